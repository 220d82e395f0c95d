//! `leaflet check`: every finding about a project's text and layouts,
//! without writing a PDF — what is missing, broken, suspicious or too long.
//!
//! Translations are compared with the source locale the way Mozilla's
//! compare-locales does; text is screened for legacy encodings; every
//! leaflet is laid out to find panels that no longer fit.

pub mod legacy;

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::error::Error;
use crate::diag::{Diagnostic, Severity};
use crate::layout::{compose, Inputs};
use crate::load::fonts::FontSet;
use crate::load::ftl::FtlFile;
use crate::load::layouts::{self, Layout};
use crate::load::links::Links;
use crate::load::locale::{self, Catalog, SOURCE_LOCALE};
use crate::load::project::Project;

/// What a check found, plus what `status` needs to summarise it.
pub struct Report {
    pub findings: Vec<Diagnostic>,
    pub locales: Vec<LocaleStatus>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Coverage of one locale against the source.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// Messages in the source locale.
    pub total: usize,
    /// Present, not a draft, and not the source text.
    pub translated: usize,
    /// Translated but not reviewed.
    pub drafts: usize,
    /// Still the source locale's text (e.g. fresh from `new-locale`).
    pub untranslated: usize,
    pub missing: usize,
    pub obsolete: usize,
    /// `layout/panel` names that overflow in this locale.
    pub overflowing: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
}

/// Checks `locales` (empty = all) of the project.
pub fn run(project: &Project, locales: &[String]) -> Report {
    let mut findings = Vec::new();
    let available = match locale::discover(&project.locales_dir()) {
        Ok(a) => a,
        Err(e) => {
            return Report {
                findings: vec![Diagnostic::from_error(&e)],
                locales: Vec::new(),
            }
        }
    };
    let mut codes: Vec<String> = Vec::new();
    for requested in locales {
        match locale::negotiate(requested, &available) {
            Ok(c) if !codes.contains(&c) => codes.push(c),
            Ok(_) => {}
            Err(e) => findings.push(Diagnostic::from_error(&e)),
        }
    }
    if locales.is_empty() {
        codes = available.clone();
    }

    // Files, parsed for positions.
    let mut files: BTreeMap<String, Vec<FtlFile>> = BTreeMap::new();
    // Locales with a file that cannot be read at all: comparing what is
    // left would bury the one finding that matters under "missing" ones.
    let mut unreadable = BTreeSet::new();
    for code in available
        .iter()
        .filter(|c| *c == SOURCE_LOCALE || codes.contains(c))
    {
        let dir = project.locales_dir().join(code);
        let mut list = Vec::new();
        match crate::files::files_with_extension(&dir, "ftl") {
            Ok(paths) => {
                for path in paths {
                    match FtlFile::load(&path) {
                        Ok(f) => list.push(f),
                        Err(e) => {
                            unreadable.insert(code.clone());
                            findings.push(Diagnostic::from_error(&e).in_file(&path).locale(code))
                        }
                    }
                }
            }
            Err(e) => findings.push(Diagnostic::from_error(&e)),
        }
        files.insert(code.clone(), list);
    }
    for code in &codes {
        for file in &files[code] {
            syntax_findings(code, file, &mut findings);
        }
    }

    let empty = Vec::new();
    let source = files.get(SOURCE_LOCALE).unwrap_or(&empty);
    let mut statuses = Vec::new();
    for code in &codes {
        if unreadable.contains(code) {
            statuses.push(compare(code, source, &files[code], &mut Vec::new()));
            continue;
        }
        statuses.push(compare(code, source, &files[code], &mut findings));
        text_findings(code, &files[code], source, &mut findings);
    }

    // Links, layouts, fonts; then every leaflet laid out.
    let links = match Links::load(&project.links_file()) {
        Ok(l) => Some(l),
        Err(e) => {
            findings.push(Diagnostic::from_error(&e));
            None
        }
    };
    let mut layouts = Vec::new();
    match layouts::discover(&project.layouts_dir()) {
        Ok(paths) => {
            for path in paths {
                match Layout::load(&path) {
                    Ok(l) => layouts.push(l),
                    Err(e) => findings.push(Diagnostic::from_error(&e)),
                }
            }
        }
        Err(e) => findings.push(Diagnostic::from_error(&e)),
    }
    let mut font_sets = BTreeMap::new();
    for layout in &layouts {
        if !font_sets.contains_key(&layout.fonts) {
            match FontSet::load(&project.fonts_dir(), &layout.fonts) {
                Ok(f) => {
                    font_sets.insert(layout.fonts.clone(), f);
                }
                Err(e) => findings.push(Diagnostic::from_error(&e)),
            }
        }
    }
    for layout in &layouts {
        reference_findings(layout, source, links.as_ref(), &mut findings);
    }
    for code in &codes {
        glyph_findings(code, &files[code], &font_sets, &mut findings);
    }

    // The default office fills the variables of messages and links.
    let office = match crate::load::offices::load_office(&project.office_file()) {
        Ok(o) => o,
        Err(e) => {
            findings.push(Diagnostic::from_error(&e));
            Default::default()
        }
    };
    if let Some(l) = &links {
        let columns = crate::load::offices::columns(source, l);
        if let Err(e) =
            crate::load::offices::check_office(&project.office_file(), &office, &columns)
        {
            findings.push(Diagnostic::from_error(&e));
        }
    }
    let links = match links
        .as_ref()
        .map(|l| crate::load::offices::expand_links(l, &office))
    {
        Some(Ok(l)) => {
            for link in l.by_id.values().filter(|l| l.url.is_none()) {
                findings.push(
                    Diagnostic::warning(
                        "link-without-url",
                        format!(
                            "link `{}` has no URL: leaflets print its name and hint instead of a QR code",
                            link.id
                        ),
                    )
                    .at_location(&link.defined_at),
                );
            }
            Some(l)
        }
        Some(Err(message)) => {
            findings.push(Diagnostic::error("office", message).in_file(&project.office_file()));
            None
        }
        None => None,
    };
    if let Some(links) = &links {
        let catalogs = load_catalogs(project, &codes);
        for catalog in catalogs
            .iter()
            .filter(|c| codes.contains(&c.code) && !unreadable.contains(&c.code))
        {
            resolve_findings(catalog, &office, &mut findings);
        }
        let source_catalog = catalogs.iter().find(|c| c.code == SOURCE_LOCALE);
        let caches = crate::workspace::caches::Caches::default();
        for layout in &layouts {
            let Some(fonts) = font_sets.get(&layout.fonts) else {
                continue;
            };
            for catalog in catalogs.iter().filter(|c| codes.contains(&c.code)) {
                let inputs = Inputs {
                    layout,
                    catalog,
                    fallback: source_catalog.filter(|s| s.code != catalog.code),
                    variables: &office,
                    links,
                    fonts,
                    shapes: &caches.shapes,
                    qr: &caches.qr,
                };
                let Err(errors) = compose(&inputs) else {
                    continue;
                };
                for e in errors {
                    if let Error::Overflow(o) = &e {
                        if let Some(s) = statuses.iter_mut().find(|s| s.locale == o.locale) {
                            s.overflowing.push(format!("{}/{}", o.layout, o.panel));
                        }
                    }
                    // Everything else is reported above, with its position.
                    if matches!(e, Error::Overflow(_) | Error::WordTooWide { .. }) {
                        findings.push(Diagnostic::from_error(&e).in_file(&layout.path));
                    }
                }
            }
        }
    }

    findings.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
    findings.dedup();
    for s in &mut statuses {
        for d in findings
            .iter()
            .filter(|d| d.locale.as_deref() == Some(&s.locale))
        {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
        }
    }
    Report {
        findings,
        locales: statuses,
    }
}

/// Source locale first, then by locale, file and position.
#[allow(clippy::type_complexity)]
fn sort_key(
    d: &Diagnostic,
) -> (
    bool,
    Option<&str>,
    Option<&str>,
    Option<usize>,
    Option<usize>,
) {
    (
        d.locale.as_deref() != Some(SOURCE_LOCALE),
        d.locale.as_deref(),
        d.file.as_deref(),
        d.line,
        d.column,
    )
}

/// Formats every message and attribute as a leaflet would (with the
/// default office's values): references to messages, terms or functions
/// that do not exist only show up this way. Variables are compared with
/// the source elsewhere.
fn resolve_findings(
    catalog: &Catalog,
    office: &crate::load::locale::Variables,
    out: &mut Vec<Diagnostic>,
) {
    let consequence = if catalog.code == SOURCE_LOCALE {
        "no leaflet can be built until it is fixed".to_string()
    } else {
        format!("until it is fixed, leaflets print the `{SOURCE_LOCALE}` text")
    };
    for file in &catalog.files {
        for m in file.messages.iter().filter(|m| !m.id.starts_with('-')) {
            let value = m.has_value.then_some((None, m.offset));
            let attributes = m.attributes.iter().map(|(a, at)| (Some(a.as_str()), *at));
            for (attribute, at) in value.into_iter().chain(attributes) {
                let mut r = crate::load::layouts::TextRef::bare(&m.id);
                r.attribute = attribute.map(str::to_string);
                let name = r.display();
                match catalog.format(&r, office, Some(("number", 1))) {
                    Err(Error::Format { detail, .. }) if !detail.starts_with("it uses `$") => out
                        .push(
                            Diagnostic::error("unresolved", format!("`{name}`: {detail}"))
                                .at(&file.path, &file.text, at)
                                .locale(&catalog.code)
                                .message_id(&m.id)
                                .help(consequence.clone()),
                        ),
                    Ok(text) if attribute.is_some() && text.trim().is_empty() => out.push(
                        Diagnostic::warning("empty-value", format!("`{name}` is empty"))
                            .at(&file.path, &file.text, at)
                            .locale(&catalog.code)
                            .message_id(&m.id)
                            .help(format!(
                                "until it has text, leaflets print the `{SOURCE_LOCALE}` text"
                            )),
                    ),
                    _ => {}
                }
            }
        }
    }
}

/// Catalogs for laying out: the source strictly, translations leniently.
fn load_catalogs(project: &Project, codes: &[String]) -> Vec<Catalog> {
    let dir = |c: &str| project.locales_dir().join(c);
    let mut out = Vec::new();
    if let Ok(source) = Catalog::load(SOURCE_LOCALE, &dir(SOURCE_LOCALE)) {
        out.push(source);
    }
    for code in codes.iter().filter(|c| *c != SOURCE_LOCALE) {
        if let Ok(c) = Catalog::load_lenient(code, &dir(code)) {
            out.push(c);
        }
    }
    out
}

fn syntax_findings(code: &str, file: &FtlFile, out: &mut Vec<Diagnostic>) {
    for e in &file.syntax_errors {
        out.push(
            Diagnostic::error(e.code, e.message.clone())
                .at(&file.path, &file.text, e.offset)
                .locale(code),
        );
    }
    let mut seen = BTreeSet::new();
    for m in &file.messages {
        if !seen.insert(&m.id) {
            out.push(
                Diagnostic::error(
                    "duplicate-message",
                    format!("message `{}` is defined twice", m.id),
                )
                .at(&file.path, &file.text, m.offset)
                .locale(code)
                .message_id(&m.id),
            );
        }
        if m.empty {
            out.push(
                Diagnostic::error(
                    "empty-value",
                    format!("message `{}` has an empty value", m.id),
                )
                .at(&file.path, &file.text, m.offset)
                .locale(code)
                .message_id(&m.id),
            );
        }
    }
}

/// Where message `id` is: (file index, message index).
fn find(files: &[FtlFile], id: &str) -> Option<(usize, usize)> {
    files.iter().enumerate().find_map(|(fi, f)| {
        f.messages
            .iter()
            .position(|m| m.id == id)
            .map(|mi| (fi, mi))
    })
}

/// Missing, obsolete, variables and drafts against the source locale.
fn compare(
    code: &str,
    source: &[FtlFile],
    files: &[FtlFile],
    out: &mut Vec<Diagnostic>,
) -> LocaleStatus {
    let source_ids: Vec<&str> = source
        .iter()
        .flat_map(|f| f.messages.iter().map(|m| m.id.as_str()))
        .collect();
    // Distinct ids of the source: a message defined twice (reported on its
    // own) or an obsolete one is not a draft of this leaflet.
    let draft_count = files
        .iter()
        .flat_map(|f| &f.messages)
        .filter(|m| m.draft && source_ids.contains(&m.id.as_str()))
        .map(|m| m.id.as_str())
        .collect::<BTreeSet<&str>>()
        .len();
    let mut status = LocaleStatus {
        locale: code.to_string(),
        total: source_ids.len(),
        translated: 0,
        drafts: 0,
        untranslated: 0,
        missing: 0,
        obsolete: 0,
        overflowing: Vec::new(),
        errors: 0,
        warnings: 0,
    };
    if code == SOURCE_LOCALE {
        status.translated = source_ids.len().saturating_sub(draft_count);
        status.drafts = draft_count;
        return status;
    }
    let main_file = files.first();
    for id in &source_ids {
        let (sfi, smi) = find(source, id).expect("the id comes from the source");
        let s = &source[sfi].messages[smi];
        let Some((fi, mi)) = find(files, id) else {
            status.missing += 1;
            if files.iter().any(|f| f.broken_ids.iter().any(|b| b == id)) {
                // Its syntax error is the finding to act on.
                continue;
            }
            let mut d = Diagnostic::error("missing-message", format!("message `{id}` is missing"))
                .locale(code)
                .message_id(id)
                .help(format!("translate it from {}", source[sfi].path.display()));
            if let Some(f) = main_file {
                d = d.in_file(&f.path);
            }
            out.push(d);
            continue;
        };
        let file = &files[fi];
        let t = &file.messages[mi];
        if t.is_copy_of(s) {
            status.untranslated += 1;
        } else if t.draft {
            status.drafts += 1;
        } else {
            status.translated += 1;
        }
        let at = |d: Diagnostic, offset: usize| {
            d.at(&file.path, &file.text, offset)
                .locale(code)
                .message_id(id)
        };
        for (attr, _) in &s.attributes {
            if !t.attributes.iter().any(|(a, _)| a == attr) {
                out.push(at(
                    Diagnostic::error(
                        "missing-attribute",
                        format!("message `{id}` lacks attribute `.{attr}`"),
                    ),
                    t.offset,
                ));
            }
        }
        for (attr, offset) in &t.attributes {
            if !s.attributes.iter().any(|(a, _)| a == attr) {
                out.push(at(
                    Diagnostic::warning(
                        "obsolete-attribute",
                        format!("attribute `.{attr}` of `{id}` is not in `{SOURCE_LOCALE}`"),
                    ),
                    *offset,
                ));
            }
        }
        for v in s.variables.difference(&t.variables) {
            out.push(at(
                Diagnostic::error(
                    "missing-variable",
                    format!(
                        "message `{id}` does not use `${v}`, which its `{SOURCE_LOCALE}` text uses"
                    ),
                ),
                t.offset,
            ));
        }
        for v in t.variables.difference(&s.variables) {
            out.push(at(
                Diagnostic::error(
                    "unknown-variable",
                    format!(
                        "message `{id}` uses `${v}`, which its `{SOURCE_LOCALE}` text does not use"
                    ),
                ),
                t.variable_offsets.get(v).copied().unwrap_or(t.offset),
            ));
        }
    }
    for file in files {
        for m in file
            .messages
            .iter()
            .filter(|m| !source_ids.contains(&m.id.as_str()))
        {
            status.obsolete += 1;
            out.push(
                Diagnostic::warning(
                    "obsolete-message",
                    format!("message `{}` is not in `{SOURCE_LOCALE}` any more", m.id),
                )
                .at(&file.path, &file.text, m.offset)
                .locale(code)
                .message_id(&m.id)
                .help("remove it, or rename it to the id the source uses now"),
            );
        }
    }
    if draft_count > 0 {
        let mut d = Diagnostic::warning(
            "draft",
            format!("{draft_count} of {} messages are drafts (not reviewed)", status.total),
        )
        .locale(code)
        .help("have a native speaker review them, then mark each `# @reviewed` or remove the file's `### @draft`");
        if let Some(f) = main_file {
            d = d.in_file(&f.path);
        }
        out.push(d);
    }
    status
}

/// Legacy encodings, stand-ins and mixed apostrophes in message text.
/// Messages still identical to the source (untranslated copies) are the
/// source's text, checked as such.
fn text_findings(code: &str, files: &[FtlFile], source: &[FtlFile], out: &mut Vec<Diagnostic>) {
    // Apostrophe kind -> (file, message, offset) of each use.
    let mut apostrophes: BTreeMap<char, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for (fi, file) in files.iter().enumerate() {
        for (mi, m) in file.messages.iter().enumerate() {
            let untranslated = code != SOURCE_LOCALE
                && source
                    .iter()
                    .find_map(|f| f.message(&m.id))
                    .is_some_and(|s| m.is_copy_of(s));
            if untranslated {
                continue;
            }
            for (offset, text) in &m.texts {
                for s in legacy::check(text, code) {
                    use legacy::SuspectKind::*;
                    let (id, what) = match s.kind {
                        Tcvn3 => (
                            "legacy-encoding",
                            "looks like text typed with a TCVN3 (ABC) font",
                        ),
                        VniWindows => (
                            "legacy-encoding",
                            "looks like text typed with a VNI-Windows font",
                        ),
                        AsciiStandIn | BackslashBreve | HashBreve => {
                            ("ascii-stand-in", "uses ASCII stand-ins of a legacy font")
                        }
                        OlderStandIn => (
                            "alt-form",
                            "uses an older stand-in for a letter with a breve",
                        ),
                    };
                    out.push(
                        Diagnostic::warning(id, format!("`{}` {what}", s.found))
                            .at(&file.path, &file.text, offset + s.range.start)
                            .locale(code)
                            .message_id(&m.id)
                            .help(format!("did you mean `{}`?", s.suggestion)),
                    );
                }
                for (at, c) in legacy::apostrophes(text) {
                    apostrophes
                        .entry(c)
                        .or_default()
                        .push((fi, mi, offset + at));
                }
            }
        }
    }
    if apostrophes.len() < 2 {
        return;
    }
    let majority = apostrophes
        .iter()
        .max_by_key(|(c, uses)| (uses.len(), std::cmp::Reverse(**c)))
        .map(|(c, _)| *c)
        .expect("at least two kinds");
    for (c, uses) in apostrophes.iter().filter(|(c, _)| **c != majority) {
        for &(fi, mi, offset) in uses {
            let file = &files[fi];
            out.push(
                Diagnostic::warning(
                    "mixed-apostrophes",
                    format!(
                        "apostrophe `{c}` (U+{:04X}) differs from the `{majority}` (U+{:04X}) used elsewhere in this locale",
                        *c as u32, majority as u32
                    ),
                )
                .at(&file.path, &file.text, offset)
                .locale(code)
                .message_id(&file.messages[mi].id)
                .help(format!("use `{majority}` everywhere")),
            );
        }
    }
}

/// Characters a font of some layout cannot draw, at their exact spot.
fn glyph_findings(
    code: &str,
    files: &[FtlFile],
    font_sets: &BTreeMap<BTreeMap<String, String>, FontSet>,
    out: &mut Vec<Diagnostic>,
) {
    for file in files {
        for m in &file.messages {
            let mut reported = BTreeSet::new();
            for (offset, text) in &m.texts {
                for (i, c) in text.char_indices() {
                    if c.is_whitespace() || reported.contains(&c) {
                        continue;
                    }
                    let missing = font_sets
                        .values()
                        .flat_map(|set| &set.faces)
                        .find(|face| !face.covers(c));
                    if let Some(face) = missing {
                        reported.insert(c);
                        out.push(
                            Diagnostic::error(
                                "missing-glyph",
                                format!(
                                    "font {} has no glyph for `{c}` (U+{:04X})",
                                    face.name, c as u32
                                ),
                            )
                            .at(&file.path, &file.text, offset + i)
                            .locale(code)
                            .message_id(&m.id),
                        );
                    }
                }
            }
        }
    }
}

/// Layout references to messages and links that do not exist.
fn reference_findings(
    layout: &Layout,
    source: &[FtlFile],
    links: Option<&Links>,
    out: &mut Vec<Diagnostic>,
) {
    let message = |id: &str| source.iter().find_map(|f| f.message(id));
    for r in layout.text_refs() {
        let ok = match (&r.attribute, message(&r.id)) {
            (_, None) => false,
            (None, Some(m)) => m.has_value,
            (Some(a), Some(m)) => m.attributes.iter().any(|(name, _)| name == a),
        };
        if !ok {
            out.push(
                Diagnostic::error(
                    "unknown-reference",
                    format!(
                        "the layout names `{}`, which `{SOURCE_LOCALE}` does not define",
                        r.display()
                    ),
                )
                .at_location(&r.at)
                .locale(SOURCE_LOCALE)
                .message_id(&r.display()),
            );
        }
    }
    let Some(links) = links else { return };
    for r in layout.link_refs() {
        let Some(link) = links.by_id.get(&r.id) else {
            out.push(
                Diagnostic::error(
                    "unknown-link",
                    format!("the layout names link `{}`, which links.toml lacks", r.id),
                )
                .at_location(&r.at),
            );
            continue;
        };
        for id in std::iter::once(&link.name_message).chain(&link.hint_message) {
            if message(id).is_none() {
                out.push(
                    Diagnostic::error(
                        "unknown-reference",
                        format!("link `{}` names message `{id}`, which `{SOURCE_LOCALE}` does not define", link.id),
                    )
                    .at_location(&link.defined_at)
                    .locale(SOURCE_LOCALE)
                    .message_id(id),
                );
            }
        }
    }
}

//! Locales: the `.ftl` files of `locales/<code>/`, parsed with positions for
//! errors and resolved into plain text for typesetting.
//!
//! Text leaves this module NFC-normalized, without Fluent's Unicode
//! isolation marks, and with line breaks of multi-line `.ftl` values
//! folded into spaces: the typesetter decides where lines break.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

use crate::diag::error::Error;
use crate::diag::location::Location;
use crate::load::ftl::FtlFile;
use crate::load::layouts::TextRef;

/// The locale every other one is translated from.
pub const SOURCE_LOCALE: &str = "vi";

/// Values for the `$variables` of messages: the office a leaflet is for
/// (name, phone, …), from `office.toml` or a row of a variants file.
pub type Variables = BTreeMap<String, String>;

/// One locale's messages, ready to format.
pub struct Catalog {
    /// The folder name, e.g. `vi`; also the PDF's `/Lang`.
    pub code: String,
    pub langid: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    /// The files it was read from, sorted by name.
    pub files: Vec<FtlFile>,
    /// Ids of messages marked as drafts (see [`crate::load::ftl::DRAFT_TAG`]).
    pub drafts: BTreeSet<String>,
    /// Syntax errors: the broken entries are left out of the bundle, so a
    /// lenient load can still use (or fall back for) the rest.
    pub broken: Vec<Error>,
    /// Messages that are still the source's text and not marked as drafts
    /// (see [`Catalog::compare_with`]): a leaflet using one is not final.
    pub copies: BTreeSet<String>,
    /// Messages that lack a `$variable` or an attribute their source has,
    /// with why: they would print without the office's name or a bold
    /// lead-in, so the source's text stands in for them.
    pub incomplete: BTreeMap<String, String>,
}

impl Catalog {
    /// Loads every `.ftl` file in `dir` (sorted by name). Any syntax error
    /// stops the load with `path:line:col`; a message defined twice too.
    pub fn load(code: &str, dir: &Path) -> Result<Catalog, Error> {
        let mut catalog = Catalog::load_lenient(code, dir)?;
        match catalog.broken.is_empty() {
            true => Ok(catalog),
            false => Err(catalog.broken.remove(0)),
        }
    }

    /// Like [`Catalog::load`], but syntax errors only leave the broken
    /// entries out (listed in `broken`): a translation with one typo still
    /// builds, falling back to the source text for that message.
    pub fn load_lenient(code: &str, dir: &Path) -> Result<Catalog, Error> {
        let langid: LanguageIdentifier = code.parse().map_err(|_| {
            Error::Setup(format!(
                "`{code}` (folder {}) is not a valid BCP 47 language tag",
                dir.display()
            ))
        })?;
        let paths = crate::files::files_with_extension(dir, "ftl")?;
        if paths.is_empty() {
            return Err(Error::Setup(format!("no .ftl files in {}", dir.display())));
        }
        // Concurrent: one catalog serves every thread of a batch build.
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        bundle
            .add_function("UPPER", |positional, _| match positional.first() {
                Some(FluentValue::String(s)) => FluentValue::String(s.to_uppercase().into()),
                Some(other) => other.clone(),
                None => FluentValue::Error,
            })
            .expect("a fresh bundle has no functions");
        let mut files: Vec<FtlFile> = Vec::new();
        let mut broken = Vec::new();
        let mut drafts = BTreeSet::new();
        for path in &paths {
            let file = FtlFile::load(path)?;
            if let Some(e) = first_duplicate(&files, &file) {
                return Err(e);
            }
            for e in &file.syntax_errors {
                broken.push(Error::syntax(path, &file.text, e.offset, e.message.clone()));
            }
            drafts.extend(
                file.messages
                    .iter()
                    .filter(|m| m.draft)
                    .map(|m| m.id.clone()),
            );
            // A file refused before parsing (too deeply nested) is not
            // handed to the runtime parser at all.
            if !file.syntax_errors.iter().any(|e| e.code == "nesting") {
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    let detail = errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; ");
                    return Err(Error::Setup(format!("{}: {detail}", path.display())));
                }
            }
            files.push(file);
        }
        Ok(Catalog {
            code: code.to_string(),
            langid,
            bundle,
            files,
            drafts,
            broken,
            copies: BTreeSet::new(),
            incomplete: BTreeMap::new(),
        })
    }

    /// Compares each message with `source`'s: finds the ones that still
    /// have its text (and are not drafts already), so that a leaflet
    /// printing Vietnamese in place of a translation is marked as not
    /// final, and the ones missing a variable or attribute it has.
    pub fn compare_with(&mut self, source: &Catalog) {
        if source.code == self.code {
            return;
        }
        let source_messages: BTreeMap<&str, &crate::load::ftl::MessageInfo> = source
            .files
            .iter()
            .flat_map(|f| f.messages.iter().map(|m| (m.id.as_str(), m)))
            .collect();
        let pairs = self
            .files
            .iter()
            .flat_map(|f| f.messages.iter())
            .filter_map(|m| source_messages.get(m.id.as_str()).map(|s| (m, *s)));
        for (m, s) in pairs {
            if !m.draft && m.is_copy_of(s) {
                self.copies.insert(m.id.clone());
            }
            let missing: Vec<String> = s
                .variables
                .difference(&m.variables)
                .map(|v| format!("`${v}`"))
                .collect();
            let missing_attributes: Vec<String> = s
                .attributes
                .iter()
                .filter(|(a, _)| !m.attributes.iter().any(|(b, _)| a == b))
                .map(|(a, _)| format!("`.{a}`"))
                .collect();
            let why = match (missing.is_empty(), missing_attributes.is_empty()) {
                (true, true) => continue,
                (false, _) => format!(
                    "it leaves out {}, which the `{}` text uses",
                    missing.join(", "),
                    source.code
                ),
                (true, false) => format!(
                    "it has no {}, which the `{}` message has",
                    missing_attributes.join(", "),
                    source.code
                ),
            };
            self.incomplete.insert(m.id.clone(), why);
        }
    }

    /// Every message id, in file order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.files
            .iter()
            .flat_map(|f| f.messages.iter().map(|m| m.id.as_str()))
    }

    /// Whether the message (or attribute) exists.
    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        match self.bundle.get_message(id) {
            Some(m) => match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            },
            None => false,
        }
    }

    /// Formats a message or attribute into typesetting-ready text.
    pub fn text(&self, r: &TextRef) -> Result<String, Error> {
        self.format(r, &Variables::new(), None)
    }

    /// Like [`Catalog::text`], with one numeric variable (e.g. a step number).
    pub fn text_with_number(&self, r: &TextRef, name: &str, n: u32) -> Result<String, Error> {
        self.format(r, &Variables::new(), Some((name, n)))
    }

    /// The text of a message by bare id, when there is no layout position.
    pub fn message(&self, id: &str) -> Result<String, Error> {
        self.format(&TextRef::bare(id), &Variables::new(), None)
            .map_err(|e| match e {
                Error::MissingMessage { locale, id, .. } => Error::MissingMessage {
                    locale,
                    id,
                    referenced_at: None,
                },
                other => other,
            })
    }

    pub(crate) fn format(
        &self,
        r: &TextRef,
        variables: &Variables,
        number: Option<(&str, u32)>,
    ) -> Result<String, Error> {
        let missing = || Error::MissingMessage {
            locale: self.code.clone(),
            id: r.display(),
            referenced_at: (r.at.line > 0).then(|| r.at.clone()),
        };
        let message = self.bundle.get_message(&r.id).ok_or_else(missing)?;
        let pattern = match &r.attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or_else(missing)?;
        let mut args = FluentArgs::with_capacity(variables.len() + 1);
        for (name, value) in variables {
            args.set(name.as_str(), FluentValue::from(value.as_str()));
        }
        if let Some((name, n)) = number {
            args.set(name, FluentValue::from(n));
        }
        let mut errors = Vec::new();
        let value = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        // A resolver error means the output contains a placeholder such as
        // `{$name}`: printing it would put garbage on paper.
        if let Some(e) = errors.first() {
            return Err(Error::Format {
                locale: self.code.clone(),
                id: r.display(),
                detail: describe(e),
            });
        }
        Ok(clean_text(&value))
    }
}

/// A Fluent resolver error in the words a translator uses.
fn describe(e: &fluent_bundle::FluentError) -> String {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    let FluentError::ResolverError(e) = e else {
        return e.to_string();
    };
    match e {
        ResolverError::Reference(ReferenceKind::Variable { id }) => {
            format!("it uses `${id}`, which no office provides")
        }
        ResolverError::Reference(ReferenceKind::Message { id, attribute }) => match attribute {
            Some(a) => format!("it refers to `{id}.{a}`, which does not exist"),
            None => format!("it refers to message `{id}`, which does not exist"),
        },
        ResolverError::Reference(ReferenceKind::Term { id, attribute }) => match attribute {
            Some(a) => format!("it refers to `-{id}.{a}`, which does not exist"),
            None => format!("it refers to term `-{id}`, which does not exist"),
        },
        ResolverError::Reference(ReferenceKind::Function { id }) => {
            format!("it calls `{id}()`, which is not a known function (only UPPER is)")
        }
        ResolverError::Cyclic => "it refers to itself, through other messages".into(),
        ResolverError::MissingDefault => {
            "a select expression has no default variant (mark one with `*`)".into()
        }
        ResolverError::NoValue(id) => format!("`{id}` has no value, only attributes"),
        ResolverError::TooManyPlaceables => "it has too many placeables".into(),
    }
}

/// NFC, no isolation marks, whitespace runs folded to one space.
pub fn clean_text(raw: &str) -> String {
    // Most messages are already NFC: the quick check skips recomposing.
    let isolated = |c: char| matches!(c, '\u{2068}' | '\u{2069}');
    let nfc: std::borrow::Cow<str> = if !raw.contains(isolated)
        && unicode_normalization::is_nfc_quick(raw.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        raw.into()
    } else {
        raw.chars()
            .filter(|&c| !isolated(c))
            .nfc()
            .collect::<String>()
            .into()
    };
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A message of `file` that `earlier` files or `file` itself already
/// define, reported at its second definition: Fluent would refuse the
/// whole file without saying where.
fn first_duplicate(earlier: &[FtlFile], file: &FtlFile) -> Option<Error> {
    // Earlier files were checked as they came: a repeat is in `file`.
    let mut seen: BTreeMap<&str, (&FtlFile, usize)> = BTreeMap::new();
    for f in earlier.iter().chain([file]) {
        for m in &f.messages {
            if let Some((first, at)) = seen.get(m.id.as_str()) {
                let first = Location::from_offset(&first.path, &first.text, *at);
                return Some(Error::syntax(
                    &f.path,
                    &f.text,
                    m.offset,
                    format!("message `{}` is defined twice (first at {first})", m.id),
                ));
            }
            seen.insert(&m.id, (f, m.offset));
        }
    }
    None
}

/// Text for one leaflet: the locale's own messages, and the source
/// locale's for any that are missing or broken. It remembers which drafts
/// and fallbacks were used, because a leaflet with either must say so.
pub struct Resolver<'a> {
    pub catalog: &'a Catalog,
    pub variables: &'a Variables,
    /// The source locale, unless `catalog` is the source itself.
    pub fallback: Option<&'a Catalog>,
    /// Draft messages used.
    pub drafts: BTreeSet<String>,
    /// Messages taken from the fallback, with the reason.
    pub fallbacks: BTreeMap<String, String>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        catalog: &'a Catalog,
        fallback: Option<&'a Catalog>,
        variables: &'a Variables,
    ) -> Resolver<'a> {
        Resolver {
            catalog,
            variables,
            fallback: fallback.filter(|f| f.code != catalog.code),
            drafts: BTreeSet::new(),
            fallbacks: BTreeMap::new(),
        }
    }

    /// Formats `r` (with an optional numeric variable).
    pub fn text(&mut self, r: &TextRef, number: Option<(&str, u32)>) -> Result<String, Error> {
        match self.catalog.format(r, self.variables, number) {
            // An empty translation would print nothing where the source
            // has text: take the source's, as for a missing message.
            Ok(t) if t.trim().is_empty() => match self.fallback {
                Some(source) => {
                    let t = source.format(r, self.variables, number)?;
                    self.fallbacks
                        .entry(r.display())
                        .or_insert_with(|| "its value is empty".into());
                    Ok(t)
                }
                None => Err(Error::Format {
                    locale: self.catalog.code.clone(),
                    id: r.display(),
                    detail: "the value is empty: the leaflet would print nothing here".into(),
                }),
            },
            Ok(t) => {
                if let (Some(why), Some(source)) =
                    (self.catalog.incomplete.get(&r.id), self.fallback)
                {
                    let t = source.format(r, self.variables, number)?;
                    self.fallbacks
                        .entry(r.display())
                        .or_insert_with(|| why.clone());
                    return Ok(t);
                }
                if self.catalog.drafts.contains(&r.id) {
                    self.drafts.insert(r.id.clone());
                } else if self.catalog.copies.contains(&r.id) {
                    self.fallbacks.entry(r.display()).or_insert_with(|| {
                        format!("not translated; if the `{SOURCE_LOCALE}` text is right here, mark it `# @reviewed`")
                    });
                }
                Ok(t)
            }
            Err(e @ (Error::MissingMessage { .. } | Error::Format { .. })) => match self.fallback {
                Some(source) => {
                    let t = source
                        .format(r, self.variables, number)
                        .map_err(|_| e.clone())?;
                    self.fallbacks
                        .entry(r.display())
                        .or_insert_with(|| fallback_reason(&e));
                    Ok(t)
                }
                None => Err(e),
            },
            Err(e) => Err(e),
        }
    }

    /// Whether the message has the attribute, judged in the catalog that
    /// supplies the message (no mixing of languages within one message).
    pub fn has_attribute(&self, id: &str, attribute: &str) -> bool {
        let taken_from_source = self.catalog.incomplete.contains_key(id) && self.fallback.is_some();
        if self.catalog.has(id, None) && !taken_from_source {
            return self.catalog.has(id, Some(attribute));
        }
        self.fallback.is_some_and(|f| f.has(id, Some(attribute)))
    }

    pub fn code(&self) -> &str {
        &self.catalog.code
    }
}

fn fallback_reason(e: &Error) -> String {
    match e {
        Error::MissingMessage { .. } => "missing or broken".into(),
        Error::Format { detail, .. } => detail.clone(),
        other => other.to_string(),
    }
}

/// The available locale that best serves `requested` (BCP 47 negotiation:
/// `vi-VN` finds `vi`, `en-Latn-US` finds `en`).
pub fn negotiate(requested: &str, available: &[String]) -> Result<String, Error> {
    if available.iter().any(|a| a == requested) {
        return Ok(requested.to_string());
    }
    let want: LanguageIdentifier = requested
        .parse()
        .map_err(|_| Error::Setup(format!("`{requested}` is not a valid BCP 47 language tag")))?;
    let have: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let found = fluent_langneg::negotiate_languages(
        &[want],
        &have,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    match found.first() {
        Some(id) => Ok(id.to_string()),
        None => Err(Error::Setup(format!(
            "unknown locale `{requested}`: available are {}",
            available.join(", ")
        ))),
    }
}

/// Every locale folder under `dir` (those holding at least one `.ftl`),
/// sorted, with the source locale first.
pub fn discover(dir: &Path) -> Result<Vec<String>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut codes: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter(|e| {
            std::fs::read_dir(e.path()).is_ok_and(|mut files| {
                files.any(|f| f.is_ok_and(|f| f.path().extension().is_some_and(|x| x == "ftl")))
            })
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort_by_key(|c| (c != SOURCE_LOCALE, c.clone()));
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_nfc_without_isolates_or_line_breaks() {
        // "ơ" + breve stays two code points; "e" + circumflex + acute composes.
        let raw = "\u{2068}e\u{0302}\u{0301}\u{2069}  mơ\u{0306}ng\n  next";
        assert_eq!(clean_text(raw), "\u{1EBF} mơ\u{0306}ng next");
    }
}

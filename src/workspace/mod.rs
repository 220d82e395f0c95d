//! The project workspace: the one way into a project for every front end
//! (each command, `watch` and the studio), as Typst's `World` is for its
//! command line.
//!
//! It reads a project once (links, the default office, layouts, locales
//! with their states against the source, fonts, images, icons), keeps the
//! findings that loading and the translation checks produced, and knows
//! which file each part came from: [`Workspace::reload`] re-reads only what
//! a changed file touches. Leaflets are laid out and built through it
//! ([`Workspace::lay_out`], [`build`]), and checked through it ([`check`]),
//! so every front end sees the same leaflet. It never prints.

pub mod build;
pub mod caches;
pub mod check;
pub mod draft;
pub mod fix;
pub mod review;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::checks;
use crate::diag::{Code, Error, Finding};
use crate::layout::{compose, Images, Inputs, LaidOut};
use crate::load::fonts::{Face, FontSet};
use crate::load::layouts::{self, Block, Layout};
use crate::load::links::Links;
use crate::load::locale::{self, Catalog, SOURCE_LOCALE};
use crate::load::offices::{self, Columns, Office};
use crate::load::project::Project;
use crate::load::review::Reviews;
use crate::msg;
use crate::resolve::LocaleStates;
use caches::Caches;

/// Which layout files a workspace reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutFiles {
    /// Every layout in `layouts/`.
    Discover,
    /// These files (as `build --layout` names them).
    Only(Vec<PathBuf>),
}

/// One loaded locale.
pub struct LocaleEntry {
    pub code: String,
    /// `None` when the folder could not be read (see the findings).
    pub catalog: Option<Catalog>,
    /// Every source message's state in this locale.
    pub states: LocaleStates,
    /// Its reviewers' approvals (`review.toml`).
    pub reviews: Reviews,
    /// What reading the locale's files found (an unreadable file, a broken
    /// review file).
    pub read_findings: Vec<Finding>,
    /// What the checks found in the locale, against the source.
    pub findings: Vec<Finding>,
    /// Increases each time the locale is read again.
    pub revision: u64,
}

/// One layout file.
pub struct LayoutEntry {
    pub path: PathBuf,
    pub layout: Option<Layout>,
    pub findings: Vec<Finding>,
    pub revision: u64,
}

/// What the paths given to [`Workspace::reload`] are.
#[derive(Debug, Default)]
struct Changes {
    /// Locales with a changed `.ftl` or review file.
    locales: BTreeSet<String>,
    /// A layout file or one of its images.
    layouts: bool,
    fonts: BTreeSet<PathBuf>,
    /// Icon files some layout may read.
    icons: Vec<PathBuf>,
    links_or_office: bool,
}

/// What a reload touched: the leaflets to lay out again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Affected {
    /// Locales whose text changed (every locale when the source did).
    pub locales: BTreeSet<String>,
    /// Layouts (by name) that changed, or whose fonts, images or icons did.
    pub layouts: BTreeSet<String>,
    /// Links, the office or the set of layouts or locales changed: every
    /// leaflet.
    pub everything: bool,
}

impl Affected {
    pub fn is_empty(&self) -> bool {
        !self.everything && self.locales.is_empty() && self.layouts.is_empty()
    }

    /// Whether leaflet (`layout`, `locale`) must be laid out again.
    pub fn touches(&self, layout: &str, locale: &str) -> bool {
        self.everything || self.locales.contains(locale) || self.layouts.contains(layout)
    }
}

pub struct Workspace {
    pub project: Project,
    layout_files: LayoutFiles,
    links: Option<Links>,
    office: Option<Office>,
    layouts: Vec<LayoutEntry>,
    /// In discovery order: the source first.
    locales: Vec<LocaleEntry>,
    faces: BTreeMap<PathBuf, Result<Arc<Face>, Error>>,
    font_sets: Vec<(BTreeMap<String, String>, Result<FontSet, Finding>)>,
    images: Images,
    columns: Columns,
    /// Findings about links, the office and the project as a whole.
    project_findings: Vec<Finding>,
    /// Findings that depend on several parts (references, glyphs,
    /// office values), made again after every reload.
    derived_findings: Vec<Finding>,
    pub caches: Caches,
    revision: u64,
}

impl Workspace {
    /// Reads the project at `root`. Fails only when `root` is not a leaflet
    /// project; everything else that is wrong is a finding.
    pub fn open(root: &Path, layout_files: LayoutFiles) -> Result<Workspace, Error> {
        let project = Project::new(root);
        project.ensure_exists()?;
        let mut ws = Workspace {
            project,
            layout_files,
            links: None,
            office: None,
            layouts: Vec::new(),
            locales: Vec::new(),
            faces: BTreeMap::new(),
            font_sets: Vec::new(),
            images: BTreeMap::new(),
            columns: Columns::default(),
            project_findings: Vec::new(),
            derived_findings: Vec::new(),
            caches: Caches::default(),
            revision: 0,
        };
        ws.load_everything();
        Ok(ws)
    }

    fn next_revision(&mut self) -> u64 {
        self.revision += 1;
        self.revision
    }

    fn load_everything(&mut self) {
        self.load_links_and_office();
        self.load_locales();
        self.load_layouts();
        self.derive();
    }

    fn load_links_and_office(&mut self) {
        self.project_findings.clear();
        self.links = Links::load(&self.project.links_file())
            .map_err(|e| self.project_findings.push(*e))
            .ok();
        self.office = offices::load_office(&self.project.office_file())
            .map_err(|e| self.project_findings.push(*e))
            .ok();
    }

    /// Every locale folder, each read again.
    fn load_locales(&mut self) {
        let codes = match locale::discover(&self.project.locales_dir()) {
            Ok(codes) => codes,
            Err(e) => {
                self.project_findings.push(*e);
                Vec::new()
            }
        };
        self.locales = codes
            .iter()
            .map(|code| {
                let revision = self.next_revision();
                LocaleEntry {
                    code: code.clone(),
                    catalog: None,
                    states: LocaleStates::default(),
                    reviews: Reviews::default(),
                    read_findings: Vec::new(),
                    findings: Vec::new(),
                    revision,
                }
            })
            .collect();
        for i in 0..self.locales.len() {
            self.read_locale(i);
        }
        self.compare_locales(None);
    }

    /// Reads the files of locale `i` (nothing else).
    fn read_locale(&mut self, i: usize) {
        let code = self.locales[i].code.clone();
        let dir = self.project.locales_dir().join(&code);
        let revision = self.next_revision();
        let entry = &mut self.locales[i];
        entry.revision = revision;
        entry.read_findings.clear();
        entry.findings.clear();
        entry.catalog = match Catalog::load(&code, &dir) {
            Ok(c) => Some(c),
            Err(e) => {
                entry.read_findings.push(e.locale(&code));
                None
            }
        };
        entry.reviews = Reviews::load(&dir).unwrap_or_else(|e| {
            entry.read_findings.push(e.locale(&code));
            Reviews {
                path: dir.join(crate::load::review::REVIEW_FILE),
                ..Reviews::default()
            }
        });
    }

    /// States and translation findings of every locale (or of `only`),
    /// against the source.
    fn compare_locales(&mut self, only: Option<&str>) {
        let source_index = self.locales.iter().position(|l| l.code == SOURCE_LOCALE);
        for i in 0..self.locales.len() {
            if only.is_some_and(|c| c != self.locales[i].code) {
                continue;
            }
            let source = source_index.and_then(|s| self.locales[s].catalog.as_ref());
            let entry = &self.locales[i];
            let Some(catalog) = entry.catalog.as_ref() else {
                continue;
            };
            let (states, findings) = compare_one(source, catalog, &entry.reviews);
            let entry = &mut self.locales[i];
            entry.findings = findings;
            entry.states = states;
        }
    }

    fn load_layouts(&mut self) {
        let paths = match &self.layout_files {
            LayoutFiles::Only(paths) => paths.clone(),
            LayoutFiles::Discover => match layouts::discover(&self.project.layouts_dir()) {
                Ok(paths) => paths,
                Err(e) => {
                    self.project_findings.push(*e);
                    Vec::new()
                }
            },
        };
        let mut seen: Vec<PathBuf> = Vec::new();
        self.layouts.clear();
        for path in paths {
            // The same file named twice is read once.
            let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
            if seen.contains(&canonical) {
                continue;
            }
            seen.push(canonical);
            let revision = self.next_revision();
            self.layouts.push(LayoutEntry {
                path,
                layout: None,
                findings: Vec::new(),
                revision,
            });
            self.read_layout(self.layouts.len() - 1);
        }
    }

    /// Reads layout `i`, its fonts and its images.
    fn read_layout(&mut self, i: usize) {
        let revision = self.next_revision();
        let path = self.layouts[i].path.clone();
        let entry = &mut self.layouts[i];
        entry.revision = revision;
        entry.findings.clear();
        entry.layout = match Layout::load(&path) {
            Ok(l) => Some(l),
            Err(e) => {
                entry.findings.push(*e);
                None
            }
        };
        let Some(layout) = self.layouts[i].layout.clone() else {
            return;
        };
        // Output folders are named after the layout: two layouts with one
        // name would overwrite each other's files.
        if let Some(first) = self.layouts[..i]
            .iter()
            .find(|l| l.layout.as_ref().is_some_and(|l| l.name == layout.name))
        {
            let finding = Finding::new(
                Code::DuplicateLayout,
                msg!(
                    "duplicate-layout",
                    name = &layout.name,
                    first = &first.path,
                    second = &path
                ),
            )
            .in_file(&path)
            .help(msg!("help-duplicate-layout"));
            let entry = &mut self.layouts[i];
            entry.findings.push(finding);
            entry.layout = None;
            return;
        }
        self.load_fonts(&layout.fonts);
        for block in layout
            .pages
            .iter()
            .flat_map(|p| &p.panels)
            .flat_map(|p| &p.blocks)
        {
            if let Block::Image { path, at, .. } = block {
                let image = crate::load::image::load_grey(path).map_err(|reason| {
                    Finding::new(
                        Code::Image,
                        msg!("image-unusable", path = path, reason = reason),
                    )
                    .at_location(at)
                });
                self.images.insert(path.clone(), image);
            }
        }
    }

    /// The faces of `files` (loading the ones not loaded yet) and their set.
    fn load_fonts(&mut self, files: &BTreeMap<String, String>) {
        let dir = self.project.fonts_dir();
        for file in files.values() {
            let path = dir.join(file);
            self.faces
                .entry(path)
                .or_insert_with_key(|path| Face::load(path).map(Arc::new));
        }
        let set = FontSet::from_faces(files, |file| self.faces[&dir.join(file)].clone());
        self.font_sets.retain(|(f, _)| f != files);
        self.font_sets.push((files.clone(), set.map_err(|e| *e)));
    }

    /// Findings that depend on several parts at once: they are cheap, so
    /// they are made again after every reload.
    fn derive(&mut self) {
        let mut out = Vec::new();
        self.columns = match (self.source(), &self.links) {
            (Some(s), Some(l)) => offices::columns(&s.files, l),
            _ => Columns::default(),
        };
        let source = self.source();
        if let Some(source) = source {
            for layout in self.layouts() {
                out.extend(checks::references::layout(
                    layout,
                    source,
                    self.links.as_ref(),
                ));
            }
        }
        if let (Some(office), Some(links)) = (&self.office, &self.links) {
            let problems = offices::check(office, &self.columns);
            if problems.is_empty() {
                match office.links(links) {
                    Ok(l) => out.extend(checks::references::links_without_url(&l)),
                    Err(e) => out.extend(e),
                }
            } else {
                out.extend(problems);
            }
        }
        let sets: Vec<&FontSet> = self
            .font_sets
            .iter()
            .filter_map(|(_, s)| s.as_ref().ok())
            .collect();
        for entry in &self.locales {
            if let Some(c) = &entry.catalog {
                out.extend(checks::text::glyphs(c, sets.iter().copied()));
            }
        }
        if matches!(self.layout_files, LayoutFiles::Discover)
            && self.layouts.is_empty()
            && self.project.layouts_dir().is_dir()
        {
            out.push(
                Finding::new(Code::NoLayouts, msg!("no-layouts"))
                    .in_file(&self.project.layouts_dir()),
            );
        }
        self.derived_findings = out;
    }

    /// Re-reads what `changed` files touch, and says which leaflets that
    /// affects. Paths that are no input of the project are ignored.
    pub fn reload(&mut self, changed: &[PathBuf]) -> Affected {
        let changes = self.classify(changed);
        let mut affected = Affected {
            everything: changes.links_or_office,
            ..Affected::default()
        };
        if changes.links_or_office {
            self.load_links_and_office();
        }
        self.reload_locales(&changes.locales, &mut affected);
        if !changes.fonts.is_empty() {
            self.reload_fonts(&changes.fonts, &mut affected);
        }
        if changes.layouts {
            self.reload_layouts(&mut affected);
        } else if !changes.icons.is_empty() {
            self.reload_layouts_reading(&changes.icons, &mut affected);
        }
        if affected.everything || !affected.is_empty() {
            self.derive();
        }
        affected
    }

    /// Which inputs the `changed` paths are.
    fn classify(&self, changed: &[PathBuf]) -> Changes {
        let locales_dir = self.project.locales_dir();
        let mut changes = Changes::default();
        for path in changed {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let ext = path
                .extension()
                .map(|e| e.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            if ext == "svg" && self.layouts.iter().any(|l| may_read_icon(l, path)) {
                // An icon: read while its layout loads, so a change of it
                // is a change of that layout.
                changes.icons.push(path.clone());
            } else if let Some(code) =
                under(path, &locales_dir).and_then(|rel| first_component(&rel))
            {
                if ext == "ftl" || name == crate::load::review::REVIEW_FILE {
                    changes.locales.insert(code);
                }
            } else if under(path, &self.project.layouts_dir()).is_some()
                || self.layouts.iter().any(|l| same_file(&l.path, path))
            {
                // A layout file or one of its images.
                if ext == "toml" || self.images.keys().any(|p| same_file(p, path)) {
                    changes.layouts = true;
                }
            } else if under(path, &self.project.fonts_dir()).is_some() {
                if matches!(ext.as_str(), "ttf" | "otf") {
                    changes.fonts.insert(path.clone());
                }
            } else if same_file(path, &self.project.links_file())
                || same_file(path, &self.project.office_file())
                || name == "links.toml"
                || name == "office.toml"
            {
                changes.links_or_office = true;
            }
        }
        changes
    }

    /// Reads the changed locales again (all of them when a locale folder
    /// appeared or went) and compares them with the source.
    fn reload_locales(&mut self, locales: &BTreeSet<String>, affected: &mut Affected) {
        let known: BTreeSet<&str> = self.locales.iter().map(|l| l.code.as_str()).collect();
        let listed: BTreeSet<String> = locale::discover(&self.project.locales_dir())
            .map(|c| c.into_iter().collect())
            .unwrap_or_default();
        if listed.iter().map(String::as_str).collect::<BTreeSet<_>>() != known {
            self.load_locales();
            affected.everything = true;
            return;
        }
        for code in locales {
            if let Some(i) = self.locales.iter().position(|l| &l.code == code) {
                self.read_locale(i);
            }
        }
        if locales.contains(SOURCE_LOCALE) {
            // Every translation is compared with the source.
            self.compare_locales(None);
            affected
                .locales
                .extend(self.locales.iter().map(|l| l.code.clone()));
        } else {
            for code in locales {
                self.compare_locales(Some(code));
            }
            affected.locales.extend(locales.iter().cloned());
        }
    }

    /// Reads changed font files again; the layouts that use them are
    /// affected, and shaping results of faces that went are forgotten.
    fn reload_fonts(&mut self, fonts: &BTreeSet<PathBuf>, affected: &mut Affected) {
        for path in fonts {
            if let Some(face) = self.faces.keys().find(|p| same_file(p, path)).cloned() {
                self.faces.remove(&face);
            }
        }
        let dir = self.project.fonts_dir();
        for entry in &self.layouts {
            if let Some(l) = &entry.layout {
                if l.fonts
                    .values()
                    .any(|f| fonts.iter().any(|p| same_file(&dir.join(f), p)))
                {
                    affected.layouts.insert(l.name.clone());
                }
            }
        }
        let sets: Vec<BTreeMap<String, String>> =
            self.font_sets.iter().map(|(f, _)| f.clone()).collect();
        for files in sets {
            self.load_fonts(&files);
        }
        let live: BTreeSet<_> = self
            .faces
            .values()
            .filter_map(|f| f.as_ref().ok().map(|f| f.key))
            .collect();
        self.caches.shapes.forget(|k| live.contains(&k));
    }

    /// Reads again the layouts that may read one of the changed `icons`.
    fn reload_layouts_reading(&mut self, icons: &[PathBuf], affected: &mut Affected) {
        for i in 0..self.layouts.len() {
            if icons.iter().any(|p| may_read_icon(&self.layouts[i], p)) {
                self.read_layout(i);
                // By its file name: a layout the icon now breaks is built
                // again too, so that its error is shown.
                affected
                    .layouts
                    .insert(layouts::name_of(&self.layouts[i].path));
            }
        }
    }

    /// Reads every layout again (one changed, or one of its images).
    fn reload_layouts(&mut self, affected: &mut Affected) {
        let before = self.layouts.len();
        self.images.clear();
        self.load_layouts();
        // The set of names may differ.
        affected.everything |= before != self.layouts.len();
        affected.layouts.extend(
            self.layouts
                .iter()
                .filter_map(|l| l.layout.as_ref().map(|l| l.name.clone())),
        );
    }

    // ----- what the workspace holds ---------------------------------------

    /// Every locale code, the source first.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.code.as_str())
    }

    pub fn locale(&self, code: &str) -> Option<&LocaleEntry> {
        self.locales.iter().find(|l| l.code == code)
    }

    pub fn catalog(&self, code: &str) -> Option<&Catalog> {
        self.locale(code).and_then(|l| l.catalog.as_ref())
    }

    /// The source locale's catalog.
    pub fn source(&self) -> Option<&Catalog> {
        self.catalog(SOURCE_LOCALE)
    }

    /// The project's locale for a requested BCP 47 tag (`vi-VN` is `vi`).
    pub fn negotiate(&self, requested: &str) -> Result<String, Error> {
        let available: Vec<String> = self.codes().map(str::to_string).collect();
        locale::negotiate(requested, &available)
    }

    /// Every layout that loaded.
    pub fn layouts(&self) -> impl Iterator<Item = &Layout> {
        self.layouts.iter().filter_map(|l| l.layout.as_ref())
    }

    pub fn layout(&self, name: &str) -> Option<&Layout> {
        self.layouts().find(|l| l.name == name)
    }

    pub fn layout_entries(&self) -> &[LayoutEntry] {
        &self.layouts
    }

    pub fn links(&self) -> Option<&Links> {
        self.links.as_ref()
    }

    /// The default office (`office.toml`).
    pub fn office(&self) -> Option<&Office> {
        self.office.as_ref()
    }

    /// The columns an office must give.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn fonts(&self, layout: &Layout) -> Option<&FontSet> {
        self.font_sets
            .iter()
            .find(|(f, _)| *f == layout.fonts)
            .and_then(|(_, s)| s.as_ref().ok())
    }

    /// Everything loading found, for `locales` (empty: every locale) and
    /// the project as a whole.
    pub fn findings(&self, locales: &[String]) -> Vec<Finding> {
        let wanted = |f: &Finding| {
            locales.is_empty()
                || f.place
                    .locale
                    .as_ref()
                    .is_none_or(|l| l == SOURCE_LOCALE || locales.contains(l))
        };
        let mut out: Vec<Finding> = self.project_findings.clone();
        for l in &self.locales {
            let all = l.read_findings.iter().chain(&l.findings);
            out.extend(all.filter(|f| wanted(f)).cloned());
        }
        for l in &self.layouts {
            out.extend(l.findings.iter().cloned());
        }
        let mut faces: Vec<&Finding> = self
            .faces
            .values()
            .filter_map(|f| f.as_ref().err().map(|e| &**e))
            .collect();
        faces.dedup();
        out.extend(faces.into_iter().cloned());
        out.extend(self.derived_findings.iter().filter(|f| wanted(f)).cloned());
        crate::diag::sort(&mut out);
        out
    }

    /// Lays out one leaflet: `layout` in locale `code` for `office`, with
    /// the office's `links` (see [`Office::links`]).
    pub fn lay_out(
        &self,
        layout: &Layout,
        code: &str,
        office: &Office,
        links: &Links,
    ) -> Result<LaidOut, Vec<Finding>> {
        let entry = self.locale(code);
        let (Some(entry), Some(catalog)) = (entry, entry.and_then(|e| e.catalog.as_ref())) else {
            return Err(vec![Finding::new(
                Code::LeafletFailed,
                msg!("locale-not-loaded", locale = code),
            )
            .locale(code)]);
        };
        self.lay_out_with(layout, catalog, &entry.states, office, links)
    }

    /// Lays out `layout` with `catalog` and its `states` in place of a
    /// loaded locale's (the studio's edit not saved yet).
    pub fn lay_out_with(
        &self,
        layout: &Layout,
        catalog: &Catalog,
        states: &LocaleStates,
        office: &Office,
        links: &Links,
    ) -> Result<LaidOut, Vec<Finding>> {
        let code = catalog.code.as_str();
        let Some(fonts) = self.fonts(layout) else {
            return Err(vec![Finding::new(
                Code::Font,
                msg!("layout-fonts-not-loaded", layout = &layout.name),
            )
            .in_file(&layout.path)]);
        };
        let inputs = Inputs {
            layout,
            catalog,
            states,
            source: self.source().filter(|s| s.code != code),
            variables: &office.variables,
            links,
            fonts,
            shapes: &self.caches.shapes,
            qr: &self.caches.qr,
            images: &self.images,
        };
        compose(&inputs)
    }
}

/// The states of `catalog`'s messages and what the translation checks
/// find in it, against `source` (none: it is the source).
fn compare_one(
    source: Option<&Catalog>,
    catalog: &Catalog,
    reviews: &Reviews,
) -> (LocaleStates, Vec<Finding>) {
    let mut findings = checks::translation::syntax(catalog);
    let states = match source {
        Some(source) if catalog.code != SOURCE_LOCALE => {
            let states = LocaleStates::compare(source, catalog, reviews);
            findings.extend(checks::translation::compare(source, catalog, &states));
            states
        }
        _ => {
            let states = LocaleStates::of_source(catalog);
            findings.extend(checks::translation::source(catalog));
            findings.extend(checks::translation::not_reviewed(catalog, &states));
            states
        }
    };
    findings.extend(checks::text::letters(catalog, &states));
    (states, findings)
}

/// Whether layout `l` may read the icon file `path`: it lies in the
/// layout's icon folder, or the layout did not load (its folder is then
/// unknown, and the file may be the icon it lacked).
fn may_read_icon(l: &LayoutEntry, path: &Path) -> bool {
    match &l.layout {
        Some(layout) => under(path, &layout.icon_dir).is_some(),
        None => true,
    }
}

/// `path` relative to `dir`, if it lies under it (as given or canonical).
fn under(path: &Path, dir: &Path) -> Option<PathBuf> {
    if let Ok(rel) = path.strip_prefix(dir) {
        return Some(rel.to_path_buf());
    }
    let dir = dir.canonicalize().ok()?;
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.strip_prefix(&dir).ok().map(Path::to_path_buf)
}

fn first_component(rel: &Path) -> Option<String> {
    rel.components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
}

/// Whether two paths name the same file (a removed file compares by name).
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => {
            a.file_name() == b.file_name()
                && a.parent().map(|p| p.canonicalize().ok())
                    == b.parent().map(|p| p.canonicalize().ok())
        }
    }
}

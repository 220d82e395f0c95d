//! `leaflet build`: every (layout, locale) pair to `output/<layout>/<locale>.pdf`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use leaflet::diag::Severity;
use leaflet::export::pdf::{self, Output};
use leaflet::export::preflight;
use leaflet::files::PendingFile;
use leaflet::layout::frame::Document;
use leaflet::layout::{compose, Inputs};
use leaflet::layout::{proof, screen};
use leaflet::load::fonts::FontSet;
use leaflet::load::layouts::{self, Layout};
use leaflet::load::links::Links;
use leaflet::load::locale::{self, Catalog, Variables, SOURCE_LOCALE};
use leaflet::load::offices::{self, Variant};
use leaflet::load::project::Project;
use leaflet::workspace::caches::Caches;
use leaflet::Error;

use crate::cli::args::BuildArgs;
use crate::cli::terminal::{self, SummaryRow};

/// Everything a build reads, loaded once: links, layouts, locales, fonts,
/// and the default office. Shared read-only by every thread of a batch.
pub struct Loaded {
    /// `links.toml` as written (addresses may hold `{ $variable }`).
    pub links: Links,
    /// `office.toml`: the default variant.
    pub office: Variables,
    /// The columns a variant must have.
    pub columns: offices::Columns,
    pub layouts: Vec<Layout>,
    /// The source locale first; translations are loaded leniently.
    pub catalogs: Vec<Catalog>,
    pub source: Option<Catalog>,
    pub fonts: BTreeMap<BTreeMap<String, String>, FontSet>,
    /// What could not be loaded (already reported).
    pub failed: Vec<String>,
    pub caches: Caches,
}

impl Loaded {
    /// Loads what `layouts` and `locales` (empty = all) name, reporting
    /// problems as it goes. `None` when nothing can be built at all.
    pub fn load(project: &Project, layouts: &[PathBuf], locales: &[String]) -> Option<Loaded> {
        let links = Links::load(&project.links_file())
            .map_err(|e| terminal::error(&e))
            .ok()?;
        let office = offices::load_office(&project.office_file())
            .map_err(|e| terminal::error(&e))
            .ok()?;
        let available = locale::discover(&project.locales_dir())
            .map_err(|e| terminal::error(&e))
            .ok()?;
        let mut failed = Vec::new();
        let mut codes = Vec::new();
        if locales.is_empty() {
            codes = available.clone();
        }
        for requested in locales {
            match locale::negotiate(requested, &available) {
                Ok(code) if !codes.contains(&code) => codes.push(code),
                Ok(_) => {}
                Err(e) => {
                    terminal::error(&e);
                    failed.push(format!("locale {requested}"));
                }
            }
        }
        let source = if available.iter().any(|a| a == SOURCE_LOCALE) {
            match Catalog::load(SOURCE_LOCALE, &project.locales_dir().join(SOURCE_LOCALE)) {
                Ok(c) => Some(c),
                Err(e) => {
                    terminal::error(&e);
                    failed.push(format!("locale {SOURCE_LOCALE}"));
                    None
                }
            }
        } else {
            None
        };
        let mut catalogs = Vec::new();
        for code in &codes {
            if code == SOURCE_LOCALE {
                continue;
            }
            match Catalog::load_lenient(code, &project.locales_dir().join(code)) {
                Ok(mut c) => {
                    if let Some(source) = &source {
                        c.compare_with(source);
                    }
                    // Broken entries fall back to the source text; say where.
                    for e in &c.broken {
                        eprintln!("{}", e.as_warning());
                        terminal::note(&format!(
                            "locale `{code}` takes this message from `{SOURCE_LOCALE}` until it is fixed"
                        ));
                    }
                    catalogs.push(c);
                }
                Err(e) => {
                    terminal::error(&e);
                    failed.push(format!("locale {code}"));
                }
            }
        }

        let paths: Vec<PathBuf> = if layouts.is_empty() {
            match layouts::discover(&project.layouts_dir()) {
                Ok(p) if !p.is_empty() => p,
                Ok(_) => {
                    terminal::error(&Error::Setup(format!(
                        "no layouts (*.toml) in {}",
                        project.layouts_dir().display()
                    )));
                    return None;
                }
                Err(e) => {
                    terminal::error(&e);
                    return None;
                }
            }
        } else {
            layouts.to_vec()
        };
        let mut loaded_layouts: Vec<Layout> = Vec::new();
        let mut fonts = BTreeMap::new();
        let mut seen = Vec::new();
        for path in &paths {
            // The same file named twice is built once.
            let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
            if seen.contains(&canonical) {
                continue;
            }
            seen.push(canonical);
            let layout = match Layout::load(path) {
                Ok(l) => l,
                Err(e) => {
                    terminal::error(&e);
                    failed.push(format!("layout {}", path.display()));
                    continue;
                }
            };
            // Output folders are named after the layout: two layouts with
            // one name would overwrite each other's files.
            if let Some(first) = loaded_layouts.iter().find(|l| l.name == layout.name) {
                terminal::error(&Error::Setup(format!(
                    "layouts {} and {} are both named `{}` and would write the same files",
                    first.path.display(),
                    path.display(),
                    layout.name
                )));
                terminal::note("rename one of the files; the second one was not built");
                failed.push(format!("layout {}", path.display()));
                continue;
            }
            if !fonts.contains_key(&layout.fonts) {
                match FontSet::load(&project.fonts_dir(), &layout.fonts) {
                    Ok(f) => {
                        fonts.insert(layout.fonts.clone(), f);
                    }
                    Err(e) => {
                        terminal::error(&e);
                        failed.push(format!("layout {}", path.display()));
                        continue;
                    }
                }
            }
            loaded_layouts.push(layout);
        }
        let columns = offices::columns(source.as_ref().map_or(&[][..], |s| &s.files), &links);
        if let Err(e) = offices::check_office(&project.office_file(), &office, &columns) {
            terminal::error(&e);
            return None;
        }
        Some(Loaded {
            links,
            office,
            columns,
            layouts: loaded_layouts,
            catalogs,
            source,
            fonts,
            failed,
            caches: Caches::default(),
        })
    }

    /// The catalogs to build, in order (source first when requested).
    pub fn targets(&self, include_source: bool) -> Vec<&Catalog> {
        let mut out: Vec<&Catalog> = Vec::new();
        if include_source {
            out.extend(self.source.as_ref());
        }
        out.extend(self.catalogs.iter());
        out
    }

    pub fn inputs<'a>(
        &'a self,
        layout: &'a Layout,
        catalog: &'a Catalog,
        variables: &'a Variables,
        links: &'a Links,
    ) -> Inputs<'a> {
        Inputs {
            layout,
            catalog,
            fallback: self.source.as_ref().filter(|s| s.code != catalog.code),
            variables,
            links,
            fonts: &self.fonts[&layout.fonts],
            shapes: &self.caches.shapes,
            qr: &self.caches.qr,
        }
    }
}

/// One office's values with its links filled in.
struct Office {
    variant: Variant,
    links: Links,
    /// `None` for the default office (files go straight into the layout
    /// folder); a variant's id otherwise.
    folder: Option<String>,
}

/// One leaflet to build.
struct Job<'a> {
    office: &'a Office,
    layout: &'a Layout,
    catalog: &'a Catalog,
    target: PathBuf,
}

/// What building one leaflet gave.
struct Outcome {
    rows: Vec<SummaryRow>,
    warnings: Vec<String>,
    errors: Vec<Error>,
    context: String,
    target: PathBuf,
}

/// Runs the build and returns the process exit code: 0 when every leaflet
/// was written, 1 when any failed.
pub fn run(root: &Path, args: &BuildArgs) -> i32 {
    run_collect(root, args).0
}

/// Like [`run`], also returning the files written.
pub fn run_collect(root: &Path, args: &BuildArgs) -> (i32, Vec<PathBuf>) {
    let started = Instant::now();
    let project = Project::new(root);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| project.default_output_dir());
    let Some(loaded) = Loaded::load(&project, &args.layouts, &args.locales) else {
        return (1, Vec::new());
    };
    let wants_source = args.locales.is_empty()
        || args.locales.iter().any(|l| {
            let available = vec![SOURCE_LOCALE.to_string()];
            locale::negotiate(l, &available).is_ok()
        });
    let mut failed = loaded.failed.clone();

    // Offices: the default one, or every good row of the variants file.
    let (rows, row_errors) = match &args.variants {
        None => (
            vec![Variant {
                id: "default".into(),
                line: 1,
                variables: loaded.office.clone(),
                layout: None,
            }],
            Vec::new(),
        ),
        Some(path) => match offices::load_variants(path, &loaded.columns) {
            Ok(v) => v,
            Err(e) => {
                terminal::error(&e);
                return (1, Vec::new());
            }
        },
    };
    let variants_file = args.variants.as_ref().map(|p| p.display().to_string());
    let mut report_row = |line: usize, id: &Option<String>, message: &str| {
        let file = variants_file.as_deref().unwrap_or("office.toml");
        let who = id
            .as_deref()
            .map_or(String::new(), |id| format!(" (variant `{id}`)"));
        eprintln!("{file}:{line}: error{who}: {message}");
        failed.push(format!("{file}:{line}{who}"));
    };
    for e in &row_errors {
        report_row(e.line, &e.id, &e.message);
    }
    let mut offices = Vec::new();
    for variant in rows {
        if let Some(name) = &variant.layout {
            if !loaded.layouts.iter().any(|l| &l.name == name) {
                report_row(
                    variant.line,
                    &Some(variant.id.clone()),
                    &format!("unknown layout `{name}`"),
                );
                continue;
            }
        }
        match offices::expand_links(&loaded.links, &variant.variables) {
            Ok(links) => offices.push(Office {
                folder: args.variants.is_some().then(|| variant.id.clone()),
                variant,
                links,
            }),
            Err(message) => report_row(variant.line, &Some(variant.id.clone()), &message),
        }
    }

    let mut jobs = Vec::new();
    for office in &offices {
        for layout in &loaded.layouts {
            if office
                .variant
                .layout
                .as_ref()
                .is_some_and(|l| *l != layout.name)
            {
                continue;
            }
            for catalog in loaded.targets(wants_source) {
                let dir = match &office.folder {
                    Some(id) => out.join(&layout.name).join(id),
                    None => out.join(&layout.name),
                };
                jobs.push(Job {
                    office,
                    layout,
                    catalog,
                    target: dir.join(format!("{}.pdf", catalog.code)),
                });
            }
        }
    }

    // Every leaflet in parallel; results come back in job order, so the
    // output (and every file) is the same whatever the scheduling.
    let progress = terminal::Progress::new(jobs.len() as u64);
    let outcomes: Vec<Outcome> = jobs
        .par_iter()
        .map(|job| {
            let inputs = loaded.inputs(
                job.layout,
                job.catalog,
                &job.office.variant.variables,
                &job.office.links,
            );
            let context = match &job.office.folder {
                Some(id) => format!("{} [{}] {id}", job.layout.name, job.catalog.code),
                None => format!("{} [{}]", job.layout.name, job.catalog.code),
            };
            let outcome = match build_one(&inputs, &loaded.caches, &job.target, args) {
                Ok((rows, warnings)) => Outcome {
                    rows,
                    warnings,
                    errors: Vec::new(),
                    context,
                    target: job.target.clone(),
                },
                Err(errors) => Outcome {
                    rows: Vec::new(),
                    warnings: Vec::new(),
                    errors,
                    context,
                    target: job.target.clone(),
                },
            };
            progress.tick(&outcome.target, outcome.errors.is_empty());
            outcome
        })
        .collect();
    progress.finish();

    let mut summary = Vec::new();
    let mut warning_count = 0;
    for (job, o) in jobs.iter().zip(outcomes) {
        for w in &o.warnings {
            terminal::warning(&o.context, w);
        }
        warning_count += o.warnings.len();
        if !o.errors.is_empty() {
            for e in &o.errors {
                terminal::error(e);
            }
            for stale in remove_stale(&o.target, args) {
                terminal::note(&format!(
                    "removed {}: a failed leaflet leaves no file that could be printed by mistake",
                    stale.display()
                ));
            }
            match &job.office.folder {
                Some(id) => {
                    let file = variants_file.as_deref().unwrap_or("");
                    failed.push(format!(
                        "{file}:{} (variant `{id}`): {}",
                        job.office.variant.line,
                        o.target.display()
                    ));
                }
                None => failed.push(o.target.display().to_string()),
            }
        }
        summary.extend(o.rows);
    }
    terminal::summary(&summary, &failed, warning_count, started.elapsed());
    let written = summary.iter().map(|r| PathBuf::from(&r.path)).collect();
    (i32::from(!failed.is_empty()), written)
}

/// Composes one leaflet and writes each variant asked for (print always;
/// screen and proof on request); returns a summary row per file.
pub fn build_one(
    inputs: &Inputs,
    caches: &Caches,
    target: &Path,
    args: &BuildArgs,
) -> Result<(Vec<SummaryRow>, Vec<String>), Vec<Error>> {
    let doc = compose(inputs)?;
    if args.final_only && doc.is_draft() {
        return Err(vec![not_final(inputs, &doc)]);
    }
    let mut variants = vec![(Output::Print, Cow::Borrowed(&doc), target.to_path_buf())];
    if args.screen {
        let screen = screen::panels_as_pages(&doc, &inputs.layout.reading_order);
        variants.push((
            Output::Screen,
            Cow::Owned(screen),
            with_suffix(target, "screen"),
        ));
    }
    if args.proof {
        let proof = proof::overlay(&doc, inputs.layout, inputs.fonts, inputs.shapes)
            .map_err(|e| vec![e])?;
        variants.push((
            Output::Proof,
            Cow::Owned(proof),
            with_suffix(target, "proof"),
        ));
    }
    let mut warnings = doc.warnings.clone();
    // Every file is written under a temporary name first and renamed only
    // when all of them are: a leaflet is either wholly written or not at all.
    let mut pending = Vec::new();
    for (output, variant, path) in &variants {
        let built =
            pdf::build(variant, inputs.fonts, &caches.subsets, *output).map_err(|e| vec![e])?;
        if *output == Output::Print {
            // The print file is preflighted before it is written: a file
            // that would block at the print shop is never left on disk.
            let report = preflight::analyze_document(
                &built,
                &path.display().to_string(),
                preflight::Depth::Quick,
            )
            .map_err(|e| vec![e])?;
            let (blocking, other): (Vec<_>, Vec<_>) = report
                .findings
                .iter()
                .partition(|f| f.severity == Severity::Error);
            warnings.extend(other.iter().map(|f| format!("preflight: {}", f.message)));
            if !blocking.is_empty() {
                let list: Vec<String> = blocking
                    .iter()
                    .map(|f| format!("  {}: {}", f.code, f.message))
                    .collect();
                return Err(vec![Error::Setup(format!(
                    "{}: preflight found print-blocking problems:\n{}",
                    path.display(),
                    list.join("\n")
                ))]);
            }
        }
        let file = PendingFile::write(path, |file| pdf::serialize_into(built, file))
            .map_err(|e| vec![Error::io(path, e)])?;
        pending.push((file, path, variant.pages.len()));
    }
    let mut written = Vec::new();
    for (file, path, pages) in pending {
        let size = file.size() as usize;
        file.commit().map_err(|e| vec![Error::io(path, e)])?;
        written.push((path, size, pages));
    }

    for (id, why) in &doc.fallbacks {
        warnings.push(format!(
            "message `{id}` taken from `{SOURCE_LOCALE}` ({why})"
        ));
    }
    if !doc.drafts.is_empty() {
        warnings.push(format!(
            "{} draft message(s): the leaflet carries the draft mark",
            doc.drafts.len()
        ));
    }
    let rows = written
        .into_iter()
        .map(|(path, bytes, pages)| SummaryRow {
            locale: inputs.catalog.code.clone(),
            path: path.display().to_string(),
            pages,
            bytes,
            warnings: warnings.len(),
            draft: doc.is_draft(),
        })
        .collect();
    Ok((rows, warnings))
}

/// Removes the files a failed leaflet would have replaced: after the
/// summary says FAILED, an older PDF under the same name must not look
/// like this build's result. Returns what was removed.
fn remove_stale(target: &Path, args: &BuildArgs) -> Vec<PathBuf> {
    let mut paths = vec![target.to_path_buf()];
    if args.screen {
        paths.push(with_suffix(target, "screen"));
    }
    if args.proof {
        paths.push(with_suffix(target, "proof"));
    }
    paths
        .into_iter()
        .filter(|p| p.is_file() && std::fs::remove_file(p).is_ok())
        .collect()
}

/// `out/trifold-a4/vi.pdf` → `out/trifold-a4/vi.<suffix>.pdf`
fn with_suffix(target: &Path, suffix: &str) -> PathBuf {
    let stem = target
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!("{stem}.{suffix}.pdf"))
}

fn not_final(inputs: &Inputs, doc: &Document) -> Error {
    let mut list: Vec<String> = doc
        .drafts
        .iter()
        .map(|id| format!("  {id} (draft)"))
        .collect();
    list.extend(
        doc.fallbacks
            .iter()
            .map(|(id, why)| format!("  {id} (printed from `{SOURCE_LOCALE}`: {why})")),
    );
    Error::Setup(format!(
        "--final: leaflet `{}` in locale `{}` is not final; finish these messages:\n{}",
        inputs.layout.name,
        inputs.catalog.code,
        list.join("\n")
    ))
}

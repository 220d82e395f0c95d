//! Building leaflets: every (office, layout, locale) asked for, laid out
//! once and written as print, screen and proof files, in parallel; results
//! come back in a fixed order, so the output (and every file) is the same
//! whatever the scheduling.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diag::{Code, Finding};
use crate::export::pdf::{self, Output};
use crate::export::preflight;
use crate::files::PendingFile;
use crate::i18n::{Arg, Lang};
use crate::layout::{office, printing_sheet, proof, screen, LaidOut};
use crate::load::layouts::Layout;
use crate::load::links::Links;
use crate::load::locale::SOURCE_LOCALE;
use crate::load::offices::{self, Office};
use crate::msg;
use crate::resolve::MessageState;
use crate::workspace::Workspace;

/// Type size of the slug line (pt), unless the layout's `min_size` is
/// larger: no text of a print file is below it.
const SLUG_SIZE: f32 = 6.0;

/// Which offices to build for.
#[derive(Debug, Clone, PartialEq)]
pub enum Offices {
    /// `office.toml`; files go straight into `<out>/<layout>/`.
    Default,
    /// Every good row of a variants file, into `<out>/<layout>/<id>/`.
    Variants(PathBuf),
    /// One office given by its values (a row picked from a variants file,
    /// or typed into the studio's form): checked as a variants row is,
    /// files go straight into `<out>/<layout>/`.
    One(Box<Office>),
}

/// Asks a running build to stop (Ctrl-C): leaflets not yet started are
/// skipped, those being written finish, so what is on disk is whole.
/// Clones share one flag.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildRequest {
    /// Layout names; empty: every layout.
    pub layouts: Vec<String>,
    /// Locale codes of the project; empty: every locale.
    pub locales: Vec<String>,
    pub offices: Offices,
    pub out: PathBuf,
    /// Also the screen file (`<subject>-<office>.<locale>.screen.pdf`) and
    /// `<locale>.proof.pdf`.
    pub screen: bool,
    pub proof: bool,
    /// Also `<locale>.office.pdf` for an office A4 printer, and beside
    /// them the printing sheet (`huong-dan-in.pdf`).
    pub office: bool,
    /// Refuse leaflets that print anything not reviewed.
    pub final_only: bool,
    /// The language of the proof overlays' labels.
    pub lang: Lang,
    /// Set to stop the build early.
    pub cancel: Cancel,
}

/// A file the build wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenFile {
    pub layout: String,
    pub locale: String,
    /// The variant id, for a batch.
    pub office: Option<String>,
    pub output: Output,
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: u64,
    /// Carries the draft mark.
    pub draft: bool,
    /// Warnings about this leaflet.
    pub warnings: usize,
}

/// A leaflet that could not be built.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedLeaflet {
    pub layout: String,
    pub locale: String,
    pub office: Option<String>,
    /// The row of the variants file it was for, and its line.
    pub row: Option<(PathBuf, usize)>,
    /// Its print file (not written; an older one was removed).
    pub target: PathBuf,
}

/// What a build did and found.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub written: Vec<WrittenFile>,
    pub failed: Vec<FailedLeaflet>,
    /// Rows of a variants file that could not be built, by line.
    pub failed_rows: Vec<(PathBuf, usize, String)>,
    /// Everything found: loading, offices, every leaflet.
    pub findings: Vec<Finding>,
    /// The build was interrupted; this many leaflets were not started.
    pub interrupted: Option<usize>,
}

impl BuildReport {
    /// Whether anything needs fixing.
    pub fn has_errors(&self) -> bool {
        !self.failed.is_empty() || self.findings.iter().any(Finding::is_error)
    }
}

/// One office with its links filled in.
struct OfficeJob {
    office: Office,
    links: Links,
    /// `None` for the default office.
    folder: Option<String>,
}

/// One leaflet to build.
struct Job<'a> {
    office: &'a OfficeJob,
    layout: &'a Layout,
    locale: &'a str,
    target: PathBuf,
}

impl Job<'_> {
    /// The screen file: people share it on Zalo, where `vi.screen.pdf`
    /// would tell the recipient nothing, so its name says what the leaflet
    /// is about and whose it is: `dvctt-huyen-ia-grai.vi.screen.pdf`.
    fn screen_path(&self) -> PathBuf {
        let vars = &self.office.office.variables;
        let level = match vars.get("level").map(String::as_str) {
            Some("district") => "huyen",
            Some("commune") => "xa",
            Some(other) => other,
            None => "",
        };
        let unit = vars.get("district").map(String::as_str).unwrap_or("");
        let name = slug(&format!("{} {level} {unit}", self.layout.share_name));
        self.target
            .with_file_name(format!("{name}.{}.screen.pdf", self.locale))
    }
}

/// Lower-case ASCII letters, digits and single hyphens, as a file name
/// travels safely through phones, Zalo and Windows: Vietnamese, Jrai and
/// Bahnar letters lose their marks (ư → u, đ → d, ƀ → b).
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            'ƀ' | 'Ƀ' => 'b',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !unicode_normalization::char::is_combining_mark(c) && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// The screen files of `locale` in `dir`, whatever office or subject
/// their names carry (and the old `<locale>.screen.pdf`).
pub fn screen_files(dir: &Path, locale: &str) -> Vec<PathBuf> {
    let tail = format!(".{locale}.screen.pdf");
    let plain = format!("{locale}.screen.pdf");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n == plain || n.ends_with(&tail))
        })
        .collect();
    found.sort();
    found
}

/// What building one leaflet gave.
struct Outcome {
    written: Vec<WrittenFile>,
    findings: Vec<Finding>,
    ok: bool,
}

impl Workspace {
    /// Builds what `request` asks for; `progress` hears of each leaflet as
    /// it is done (its print file, whether it was built, how many there are).
    pub fn build(
        &self,
        request: &BuildRequest,
        progress: &(dyn Fn(&Path, bool, usize) + Sync),
    ) -> BuildReport {
        let mut report = BuildReport {
            findings: self.findings(&request.locales),
            ..BuildReport::default()
        };
        let offices = self.offices(request, &mut report);
        let layouts: Vec<&Layout> = self
            .layouts()
            .filter(|l| request.layouts.is_empty() || request.layouts.contains(&l.name))
            .collect();
        let codes: Vec<&str> = self
            .codes()
            .filter(|c| request.locales.is_empty() || request.locales.iter().any(|r| r == c))
            .collect();
        let mut jobs = Vec::new();
        for office in &offices {
            for &layout in &layouts {
                if office
                    .office
                    .layout
                    .as_ref()
                    .is_some_and(|l| *l != layout.name)
                {
                    continue;
                }
                for &locale in &codes {
                    let dir = match &office.folder {
                        Some(id) => request.out.join(&layout.name).join(id),
                        None => request.out.join(&layout.name),
                    };
                    jobs.push(Job {
                        office,
                        layout,
                        locale,
                        target: dir.join(format!("{locale}.pdf")),
                    });
                }
            }
        }
        let outcomes: Vec<Option<Outcome>> = jobs
            .par_iter()
            .map(|job| {
                if request.cancel.is_cancelled() {
                    return None;
                }
                let outcome = self.build_one(job, request);
                progress(&job.target, outcome.ok, jobs.len());
                Some(outcome)
            })
            .collect();
        if request.cancel.is_cancelled() {
            report.interrupted = Some(outcomes.iter().filter(|o| o.is_none()).count());
        }
        let static_findings = report.findings.clone();
        for (job, outcome) in jobs
            .iter()
            .zip(outcomes)
            .filter_map(|(job, o)| Some((job, o?)))
        {
            let covered = |f: &Finding| {
                static_findings.iter().any(|s| {
                    s.code == f.code
                        && s.place.locale == f.place.locale
                        && s.place.message_id == f.place.message_id
                })
            };
            report
                .findings
                .extend(outcome.findings.into_iter().filter(|f| !covered(f)));
            if !outcome.ok {
                let origin = &job.office.office.origin;
                report.failed.push(FailedLeaflet {
                    layout: job.layout.name.clone(),
                    locale: job.locale.to_string(),
                    office: job.office.folder.clone(),
                    row: origin.variants.then(|| (origin.file.clone(), origin.line)),
                    target: job.target.clone(),
                });
            }
            report.written.extend(outcome.written);
        }
        if request.office {
            self.write_printing_sheets(&mut report);
        }
        crate::diag::sort(&mut report.findings);
        report
    }

    /// The printing sheet in every folder the build wrote office files to
    /// (after the leaflets, one by one: folders are shared by locales).
    fn write_printing_sheets(&self, report: &mut BuildReport) {
        let mut folders: BTreeMap<PathBuf, (String, Option<String>, Vec<String>)> = BTreeMap::new();
        for w in report.written.iter().filter(|w| w.output == Output::Office) {
            let Some(dir) = w.path.parent() else { continue };
            let name = w
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            folders
                .entry(dir.to_path_buf())
                .or_insert_with(|| (w.layout.clone(), w.office.clone(), Vec::new()))
                .2
                .push(name);
        }
        for (dir, (layout_name, office, mut files)) in folders {
            let (Some(layout), Some(fonts)) = (
                self.layout(&layout_name),
                self.layout(&layout_name).and_then(|l| self.fonts(l)),
            ) else {
                continue;
            };
            files.sort();
            let folds: Vec<f32> = layout
                .pages
                .first()
                .map(|p| p.panels.iter().skip(1).map(|panel| panel.x).collect())
                .unwrap_or_default();
            let path = dir.join(printing_sheet::FILE_NAME);
            let written = printing_sheet::printing_sheet(
                fonts,
                &self.caches.shapes,
                &files,
                layout.printer_margin,
                &folds,
            )
            .and_then(|doc| pdf::write(&doc, fonts, &self.caches.subsets, Output::Office))
            .and_then(|bytes| {
                crate::files::write_atomic(&path, &bytes)
                    .map_err(|e| crate::files::write_error(&path, &e))
                    .map(|()| bytes.len() as u64)
            });
            match written {
                Ok(bytes) => report.written.push(WrittenFile {
                    layout: layout_name,
                    locale: printing_sheet::LANG.code().to_string(),
                    office,
                    output: Output::Office,
                    path,
                    pages: 1,
                    bytes,
                    draft: false,
                    warnings: 0,
                }),
                Err(e) => report.findings.push(*e),
            }
        }
    }

    /// The offices of the request with their links; rows that cannot be
    /// built are findings.
    fn offices(&self, request: &BuildRequest, report: &mut BuildReport) -> Vec<OfficeJob> {
        let Some(links) = self.links() else {
            return Vec::new();
        };
        let rows = match &request.offices {
            Offices::Default => match self.office() {
                // The default office's problems are load findings already.
                Some(o) if offices::check(o, self.columns()).is_empty() => vec![o.clone()],
                _ => Vec::new(),
            },
            Offices::Variants(path) => match offices::load_variants(path, self.columns()) {
                Ok((rows, problems)) => {
                    for p in &problems {
                        note_failed_row(report, p);
                    }
                    report.findings.extend(problems);
                    rows
                }
                Err(e) => {
                    report.findings.push(*e);
                    Vec::new()
                }
            },
            Offices::One(office) => {
                let problems = offices::check(office, self.columns());
                for p in &problems {
                    note_failed_row(report, p);
                }
                let good = problems.is_empty();
                report.findings.extend(problems);
                good.then(|| (**office).clone()).into_iter().collect()
            }
        };
        // A given office's links are checked as a row's; only a batch has
        // a folder per office.
        let checked = !matches!(request.offices, Offices::Default);
        let variants = matches!(request.offices, Offices::Variants(_));
        let mut out = Vec::new();
        for office in rows {
            if let Some(name) = &office.layout {
                if self.layout(name).is_none() {
                    let f = office.finding(msg!("row-unknown-layout", name = name), Some("layout"));
                    note_failed_row(report, &f);
                    report.findings.push(f);
                    continue;
                }
            }
            match office.links(links) {
                Ok(expanded) => {
                    if checked {
                        // The default office's are load findings already.
                        report
                            .findings
                            .extend(crate::checks::references::links_without_url(&expanded));
                    }
                    out.push(OfficeJob {
                        folder: variants.then(|| office.id.clone()),
                        office,
                        links: expanded,
                    })
                }
                Err(problems) => {
                    for p in &problems {
                        note_failed_row(report, p);
                    }
                    report.findings.extend(problems);
                }
            }
        }
        out
    }

    /// Lays out one leaflet and writes each file asked for (print always;
    /// screen, office and proof on request), all or none of them.
    fn build_one(&self, job: &Job, request: &BuildRequest) -> Outcome {
        let mut findings = Vec::new();
        match self.write_leaflet(job, request, &mut findings) {
            Some(written) => {
                findings.extend(remove_stale_variants(job, &written));
                Outcome {
                    written,
                    findings,
                    ok: true,
                }
            }
            None => {
                // After the summary says FAILED, an older PDF under the same
                // name must not look like this build's result.
                // The proof of an overflowing leaflet was just written: it stays.
                let proof: Vec<PathBuf> = findings
                    .iter()
                    .filter(|f| f.code == Code::OverflowProof)
                    .filter_map(|f| f.place.file.clone())
                    .collect();
                for stale in stale_files(&job.target, job.locale)
                    .into_iter()
                    .filter(|p| !proof.contains(p) && std::fs::remove_file(p).is_ok())
                {
                    findings
                        .push(Finding::new(Code::StaleFile, msg!("stale-removed")).in_file(&stale));
                }
                Outcome {
                    written: Vec::new(),
                    findings,
                    ok: false,
                }
            }
        }
    }

    /// The steps of [`Workspace::build_one`]: lay out, refuse what must not
    /// be printed, make every variant, write them all. `None` when the
    /// leaflet failed; `findings` says why, and what else was found.
    fn write_leaflet(
        &self,
        job: &Job,
        request: &BuildRequest,
        findings: &mut Vec<Finding>,
    ) -> Option<Vec<WrittenFile>> {
        let locate = |f: Finding| locate_in_row(f, &job.office.office);
        let laid = match self.lay_out(
            job.layout,
            job.locale,
            &job.office.office,
            &job.office.links,
        ) {
            Ok(l) => l,
            Err(errors) => {
                findings.extend(errors.into_iter().map(locate));
                return None;
            }
        };
        findings.extend(laid.warnings.iter().cloned().map(locate));
        if !laid.fits() {
            findings.extend(laid.overflows.iter().cloned().map(locate));
            findings.extend(self.overflow_proof(job, &laid, request));
            return None;
        }
        if request.final_only {
            let refusals = self.refusals(job, &laid);
            if !refusals.is_empty() {
                findings.extend(refusals.into_iter().map(locate));
                return None;
            }
        }
        let fonts = self.fonts(job.layout)?;
        let variants = self
            .variants(job, request, &laid, fonts)
            .map_err(|errors| findings.extend(errors.into_iter().map(locate)))
            .ok()?;
        // Every file is written under a temporary name first and renamed
        // only when all of them are: a leaflet is wholly written or not at all.
        let mut pending = Vec::new();
        for (output, document, path) in &variants {
            let built = pdf::build(document, fonts, &self.caches.subsets, *output)
                .map_err(|e| findings.push(*e))
                .ok()?;
            let (found, blocking) = preflight_before_writing(*output, &built, path);
            findings.extend(found);
            if blocking {
                return None;
            }
            match PendingFile::write(path, |file| pdf::serialize_into(built, file)) {
                Ok(file) => pending.push((file, path, *output, document.pages.len())),
                Err(e) => {
                    findings.push(*crate::files::write_error(path, &e));
                    return None;
                }
            }
        }
        let warnings = findings.len();
        let mut written = Vec::new();
        for (file, path, output, pages) in pending {
            let bytes = file.size();
            if let Err(e) = file.commit() {
                findings.push(*crate::files::write_error(path, &e));
                return None;
            }
            written.push(WrittenFile {
                layout: job.layout.name.clone(),
                locale: job.locale.to_string(),
                office: job.office.folder.clone(),
                output,
                path: path.to_path_buf(),
                pages,
                bytes,
                draft: laid.is_draft(),
                warnings,
            });
        }
        Some(written)
    }

    /// A leaflet that does not fit gets no print file, but a proof that
    /// shows what runs past the panel, so a translator sees what to shorten.
    fn overflow_proof(&self, job: &Job, laid: &LaidOut, request: &BuildRequest) -> Option<Finding> {
        let fonts = self.fonts(job.layout)?;
        let path = with_suffix(&job.target, "proof");
        let written = proof::overlay(laid, job.layout, fonts, &self.caches.shapes, request.lang)
            .and_then(|p| pdf::write(&p, fonts, &self.caches.subsets, Output::Proof))
            .and_then(|bytes| {
                crate::files::write_atomic(&path, &bytes)
                    .map_err(|e| crate::files::write_error(&path, &e))
            });
        Some(match written {
            Ok(()) => Finding::new(Code::OverflowProof, msg!("overflow-proof-written"))
                .in_file(&path)
                .locale(job.locale),
            Err(e) => *e,
        })
    }

    /// Why `build --final` refuses the leaflet: drafts or fallbacks, and
    /// text that looks pasted from a legacy font. Empty: it may be printed.
    fn refusals(&self, job: &Job, laid: &LaidOut) -> Vec<Finding> {
        let mut out = Vec::new();
        if laid.is_draft() {
            out.push(not_final(job, laid));
        }
        let legacy = self.legacy_in(job.locale, laid);
        if !legacy.is_empty() {
            let mut f = Finding::new(
                Code::NotFinal,
                msg!("not-final-legacy", layout = &job.layout.name),
            )
            .locale(job.locale)
            .layout(&job.layout.name)
            .help(msg!("help-not-final-legacy"));
            for s in legacy {
                let found = s.message.args.iter().find_map(|(k, v)| match v {
                    Arg::Text(t) if *k == "text" => Some(t.clone()),
                    _ => None,
                });
                f = f.note(msg!(
                    "not-final-legacy-item",
                    id = s.place.message_id.clone().unwrap_or_default(),
                    text = found.unwrap_or_default()
                ));
            }
            out.push(f);
        }
        out
    }

    /// Every file asked for, as documents with their paths: the print file
    /// (with its slug line), and the screen, office and proof variants.
    fn variants(
        &self,
        job: &Job,
        request: &BuildRequest,
        laid: &LaidOut,
        fonts: &crate::load::fonts::FontSet,
    ) -> Result<Vec<(Output, crate::layout::frame::Document, PathBuf)>, Vec<Finding>> {
        let mut print = laid.document.clone();
        // The slug names the file as the print shop receives it.
        let file = job
            .target
            .strip_prefix(&request.out)
            .unwrap_or(&job.target)
            .to_string_lossy()
            .replace('\\', "/");
        crate::layout::marks::slug_lines(
            &mut print,
            fonts,
            &self.caches.shapes,
            job.layout.min_size.max(SLUG_SIZE),
            &file,
            &job.office.office.id,
        )
        .map_err(|e| vec![*e])?;
        let mut variants = vec![(Output::Print, print, job.target.clone())];
        if request.screen {
            let screen = screen::panels_as_pages(&laid.document, &job.layout.reading_order);
            variants.push((Output::Screen, screen, job.screen_path()));
        }
        if request.office {
            let doc = office::for_office_printer(&laid.document, job.layout)?;
            variants.push((Output::Office, doc, with_suffix(&job.target, "office")));
        }
        if request.proof {
            let p = proof::overlay(laid, job.layout, fonts, &self.caches.shapes, request.lang)
                .map_err(|e| vec![*e])?;
            variants.push((Output::Proof, p, with_suffix(&job.target, "proof")));
        }
        Ok(variants)
    }
}

/// Print and office files are preflighted before they are written: a file
/// that would block at the print shop (or not fit the office printer) is
/// never left on disk. The findings, and whether they block.
fn preflight_before_writing(
    output: Output,
    built: &lopdf::Document,
    path: &Path,
) -> (Vec<Finding>, bool) {
    let name = path.display().to_string();
    let report = match output {
        Output::Office => crate::export::preflight_office::analyze_document(built, &name),
        Output::Print => match preflight::analyze_document(built, &name, preflight::Depth::Quick) {
            Ok(report) => report,
            Err(e) => return (vec![*e], true),
        },
        Output::Screen | Output::Proof => return (Vec::new(), false),
    };
    let blocking = report.blocking();
    (report.findings, blocking)
}

/// A file of this leaflet that this build did not write was made from
/// other inputs: it must not sit beside the new ones.
fn remove_stale_variants(job: &Job, written: &[WrittenFile]) -> Vec<Finding> {
    let dir = job.target.parent().unwrap_or(Path::new("."));
    [Output::Proof, Output::Office]
        .into_iter()
        .map(|o| with_suffix(&job.target, suffix(o)))
        .chain(screen_files(dir, job.locale))
        .filter(|p| !written.iter().any(|w| w.path == *p))
        .filter(|p| p.is_file() && std::fs::remove_file(p).is_ok())
        .map(|stale| Finding::new(Code::StaleFile, msg!("stale-variant-removed")).in_file(&stale))
        .collect()
}

/// A leaflet's finding in a batch: it happened for this office's row, so it
/// says so, and where in the row the value is that caused it when one can
/// tell (a commune name too long for its panel is the row's problem, not
/// the translation's).
fn locate_in_row(f: Finding, office: &Office) -> Finding {
    if !office.origin.variants || f.place.file.is_some() {
        return match f.place.variant {
            None if office.origin.variants => f.variant(&office.id),
            _ => f,
        };
    }
    let word = f.message.args.iter().find_map(|(name, value)| match value {
        Arg::Text(t) if *name == "word" => Some(t.as_str()),
        _ => None,
    });
    // Messages may set a value in capitals (`UPPER`): compare in lower case.
    let field = word.map(str::to_lowercase).and_then(|word| {
        office.variables.iter().find_map(|(name, value)| {
            let longest = value.split_whitespace().max_by_key(|w| w.len())?;
            (longest.chars().count() > 3 && word.contains(&longest.to_lowercase()))
                .then_some(name.clone())
        })
    });
    let code = f.code;
    let mut located = office.finding(f.message.clone(), field.as_deref());
    located.code = code;
    located.place.locale = f.place.locale.clone();
    located.place.message_id = f.place.message_id.clone();
    located.place.layout = f.place.layout.clone();
    located.place.page = f.place.page.clone();
    located.place.panel = f.place.panel.clone();
    located.notes = f.notes.clone();
    located.help = match &field {
        Some(name) => Some(msg!("help-row-value-too-long", name = name)),
        None => f.help.clone(),
    };
    located
}

impl Workspace {
    /// Legacy-font suspects in the text `laid` prints, from the locale that
    /// supplies each message.
    fn legacy_in(&self, code: &str, laid: &LaidOut) -> Vec<&Finding> {
        let legacy = |f: &&Finding| {
            matches!(
                f.code,
                Code::LegacyEncoding | Code::AsciiStandIn | Code::AltForm
            )
        };
        let mut out = Vec::new();
        for (id, state) in &laid.printed {
            let supplier = if state.prints_translation() {
                code
            } else {
                SOURCE_LOCALE
            };
            let Some(entry) = self.locale(supplier) else {
                continue;
            };
            out.extend(
                entry
                    .findings
                    .iter()
                    .filter(legacy)
                    .filter(|f| f.place.message_id.as_deref() == Some(id.as_str())),
            );
        }
        out
    }
}

fn note_failed_row(report: &mut BuildReport, f: &Finding) {
    if let (Some(file), Some(line)) = (&f.place.file, f.place.line) {
        let id = f.place.variant.clone().unwrap_or_default();
        if !report
            .failed_rows
            .iter()
            .any(|(p, l, _)| p == file && *l == line)
        {
            report.failed_rows.push((file.clone(), line, id));
        }
    }
}

/// `--final` refuses a leaflet with anything not reviewed: how many of
/// each kind, and which.
fn not_final(job: &Job, laid: &LaidOut) -> Finding {
    let mut by_state: Vec<(&'static str, Vec<&str>)> = Vec::new();
    for (id, state) in laid
        .printed
        .iter()
        .filter(|(_, s)| **s != MessageState::Reviewed)
    {
        match by_state.iter_mut().find(|(name, _)| *name == state.name()) {
            Some((_, ids)) => ids.push(id),
            None => by_state.push((state.name(), vec![id])),
        }
    }
    let counts: Vec<Arg> = by_state
        .iter()
        .map(|(state, ids)| msg!("not-final-count", state = *state, count = ids.len()).into())
        .collect();
    let mut f = Finding::new(
        Code::NotFinal,
        msg!(
            "not-final",
            layout = &job.layout.name,
            counts = Arg::List(counts)
        ),
    )
    .locale(job.locale)
    .layout(&job.layout.name)
    .help(msg!("help-not-final", source = SOURCE_LOCALE));
    for (state, ids) in by_state {
        f = f.note(msg!(
            "not-final-ids",
            state = state,
            ids = Arg::code_list(ids)
        ));
    }
    f
}

/// The files a failed leaflet would have replaced, that exist.
fn stale_files(target: &Path, locale: &str) -> Vec<PathBuf> {
    let dir = target.parent().unwrap_or(Path::new("."));
    [
        target.to_path_buf(),
        with_suffix(target, "proof"),
        with_suffix(target, "office"),
    ]
    .into_iter()
    .chain(screen_files(dir, locale))
    .filter(|p| p.is_file())
    .collect()
}

fn suffix(output: Output) -> &'static str {
    match output {
        Output::Print => "",
        Output::Screen => "screen",
        Output::Proof => "proof",
        Output::Office => "office",
    }
}

/// `out/trifold-a4/vi.pdf` → `out/trifold-a4/vi.<suffix>.pdf`
pub fn with_suffix(target: &Path, suffix: &str) -> PathBuf {
    let stem = target
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!("{stem}.{suffix}.pdf"))
}

//! The studio's print view, for office staff: choose the office (the
//! default `office.toml`, a row of a variants file, or values typed into a
//! form, checked exactly as a variants row is), the targets and the
//! languages; the studio builds them with [`Workspace::build`], the same
//! call as `leaflet build`, and offers what it wrote for download.
//!
//! Files are never named by the page: a variants file is picked from the
//! list the server made, and a download is an id in the table of files the
//! studio's own builds wrote, inside the project's output folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{json, Value};

use crate::diag::Finding;
use crate::export::pdf::Output;
use crate::i18n::Lang;
use crate::load::offices::{self, Office, Origin};
use crate::msg;
use crate::workspace::build::{BuildRequest, Cancel, Offices};
use crate::workspace::Workspace;

/// Downloads kept at once; the oldest are forgotten first.
const MAX_DOWNLOADS: usize = 512;
/// Studio builds kept in `output/studio/`: the newest ones, so that a
/// clerk's downloads of the day stay while months of builds do not pile up.
pub const KEPT_BUILDS: usize = 8;

/// The files the studio's builds wrote, by download id.
#[derive(Default)]
pub struct Downloads {
    files: BTreeMap<u64, Download>,
    next: u64,
    builds: u64,
}

struct Download {
    path: PathBuf,
    /// What the browser saves it as: office, locale (and target).
    name: String,
}

/// Which office the page asks for.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Choice {
    Default,
    /// `file` as the view listed it (matched against the list, never opened
    /// as given).
    Row {
        file: String,
        id: String,
    },
    Form {
        values: BTreeMap<String, String>,
    },
}

/// What the page sends to build.
#[derive(Deserialize)]
struct PrintRequest {
    office: Choice,
    targets: Vec<String>,
    locales: Vec<String>,
}

/// What answers a refused or a done request: the status and its JSON.
pub type Answer = (u16, Value);

/// The variants files of the project: `.csv` and `.toml` files in the
/// project folder and in `layouts/` that read as a table of offices.
fn variants_files(ws: &Workspace) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in [ws.project.root.clone(), ws.project.layouts_dir()] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .filter(|p| {
                p.extension()
                    .is_some_and(|x| x == "csv" || (x == "toml" && !is_project_toml(ws, p)))
            })
            .collect();
        paths.sort();
        for p in paths {
            if offices::load_variants(&p, ws.columns()).is_ok() {
                out.push(p);
            }
        }
    }
    out
}

fn is_project_toml(ws: &Workspace, p: &Path) -> bool {
    *p == ws.project.office_file() || *p == ws.project.links_file()
}

/// A path as the page shows it: relative to the project.
fn shown(ws: &Workspace, p: &Path) -> String {
    p.strip_prefix(&ws.project.root)
        .unwrap_or(p)
        .display()
        .to_string()
        .replace('\\', "/")
}

/// The fields an office gives: the variables the messages and the links
/// use, with the values a select knows.
fn fields(ws: &Workspace) -> Vec<Value> {
    let columns = ws.columns();
    let defaults = ws.office().map(|o| &o.variables);
    let mut names: Vec<(&String, &str)> = columns
        .text
        .iter()
        .map(|n| (n, "text"))
        .chain(columns.links.iter().map(|n| (n, "link")))
        .collect();
    // In `office.toml`'s order, as a clerk knows them (unknown ones last).
    if let Some(o) = ws.office() {
        names.sort_by_key(|(n, _)| o.origin.fields.get(*n).copied().unwrap_or((usize::MAX, 0)));
    }
    let mut out = Vec::new();
    for (name, kind) in names {
        out.push(json!({
            "name": name,
            "kind": kind,
            "choices": columns.choices.get(name),
            "value": defaults.and_then(|d| d.get(name)),
        }));
    }
    out
}

/// GET /api/print: what can be built.
pub fn view(ws: &Workspace, lang: Lang) -> Value {
    let files: Vec<Value> = variants_files(ws)
        .iter()
        .filter_map(|p| {
            let (rows, problems) = offices::load_variants(p, ws.columns()).ok()?;
            let rows: Vec<Value> = rows
                .iter()
                .map(|o| {
                    json!({ "id": o.id, "line": o.origin.line,
                            "district": o.variables.get("district") })
                })
                .collect();
            Some(json!({ "file": shown(ws, p), "rows": rows,
                         "findings": super::api::findings_json(&problems, lang) }))
        })
        .collect();
    json!({
        "default": ws.office().is_some(),
        "files": files,
        "fields": fields(ws),
        "targets": ["print", "office", "screen"],
        "locales": ws.codes().collect::<Vec<_>>(),
    })
}

/// An office typed into the form, as a row: every field the columns name
/// (an unknown one is refused).
fn form_office(ws: &Workspace, values: BTreeMap<String, String>) -> Result<Office, Answer> {
    let columns = ws.columns();
    if values
        .keys()
        .any(|k| !columns.text.contains(k) && !columns.links.contains(k))
    {
        return Err((
            400,
            json!({ "status": "refused", "reason": "unknown field" }),
        ));
    }
    let variables = values
        .into_iter()
        .map(|(k, v)| (k, v.trim().to_string()))
        .collect();
    Ok(Office {
        id: "form".into(),
        variables,
        layout: None,
        origin: Origin {
            file: PathBuf::new(),
            line: 1,
            fields: BTreeMap::new(),
            variants: false,
        },
    })
}

/// What is wrong with an office, as a CSV row would be told: its values
/// against the columns, then its filled-in links.
fn office_problems(ws: &Workspace, office: &Office) -> Vec<Finding> {
    let mut problems = offices::check(office, ws.columns());
    if let Some(links) = ws.links() {
        if let Err(more) = office.links(links) {
            problems.extend(more);
        }
    }
    problems
}

/// Refused before building: the problems, by field where they have one.
fn invalid(problems: &[Finding], lang: Lang) -> Answer {
    let mut by_field: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for p in problems {
        if let Some(f) = &p.place.field {
            by_field
                .entry(f.clone())
                .or_default()
                .push(crate::diag::render::json_value(p, lang));
        }
    }
    (
        422,
        json!({ "status": "invalid", "fields": by_field,
                "findings": super::api::findings_json(problems, lang),
                "notice": msg!("studio-print-invalid").render(lang) }),
    )
}

/// A name for file names: the office's district, else `fallback`.
fn office_label(office: Option<&Office>, fallback: &str) -> String {
    office
        .and_then(|o| o.variables.get("district"))
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}

/// `Ia-Grai-en.pdf`, `Ia-Grai-en-screen.pdf`: characters no file system
/// takes become `-`.
pub fn file_name(office: &str, layout: Option<&str>, locale: &str, output: Output) -> String {
    let mut parts: Vec<&str> = vec![office];
    parts.extend(layout);
    parts.push(locale);
    let kind = match output {
        Output::Print => "",
        Output::Screen => "-screen",
        Output::Office => "-office",
        Output::Proof => "-proof",
    };
    let stem: String = parts
        .join("-")
        .chars()
        .map(|c| {
            if c.is_whitespace() || "/\\:*?\"<>|%;,".contains(c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    format!("{stem}{kind}.pdf")
}

impl Downloads {
    /// POST /api/print: builds what the page asks for.
    pub fn build(&mut self, ws: &Workspace, body: &[u8], lang: Lang) -> Answer {
        let Ok(q) = serde_json::from_slice::<PrintRequest>(body) else {
            return (400, json!({ "status": "refused", "reason": "bad json" }));
        };
        let (mut screen, mut office) = (false, false);
        let mut outputs = Vec::new();
        for t in &q.targets {
            match t.as_str() {
                "print" => outputs.push(Output::Print),
                "screen" => {
                    screen = true;
                    outputs.push(Output::Screen)
                }
                "office" => {
                    office = true;
                    outputs.push(Output::Office)
                }
                _ => {
                    return (
                        400,
                        json!({ "status": "refused", "reason": "unknown target" }),
                    )
                }
            }
        }
        if outputs.is_empty() {
            return refused(msg!("studio-print-no-target").render(lang));
        }
        let mut locales = Vec::new();
        for l in &q.locales {
            match ws.codes().find(|c| c == l) {
                Some(c) => locales.push(c.to_string()),
                None => {
                    return (
                        400,
                        json!({ "status": "refused", "reason": "unknown locale" }),
                    )
                }
            }
        }
        if locales.is_empty() {
            return refused(msg!("studio-print-no-locale").render(lang));
        }
        let (offices, label) = match q.office {
            Choice::Default => match ws.office() {
                Some(o) => (Offices::Default, office_label(Some(o), "office")),
                None => {
                    return (
                        409,
                        json!({ "status": "refused", "reason": "no office.toml" }),
                    )
                }
            },
            Choice::Row { file, id } => {
                let Some(path) = variants_files(ws)
                    .into_iter()
                    .find(|p| shown(ws, p) == file)
                else {
                    return (
                        404,
                        json!({ "status": "refused", "reason": "unknown file" }),
                    );
                };
                let Ok((rows, problems)) = offices::load_variants(&path, ws.columns()) else {
                    return (
                        409,
                        json!({ "status": "refused", "reason": "unreadable file" }),
                    );
                };
                match rows.into_iter().find(|o| o.id == id) {
                    Some(o) => {
                        let problems = office_problems(ws, &o);
                        if !problems.is_empty() {
                            return invalid(&problems, lang);
                        }
                        (Offices::One(Box::new(o)), id)
                    }
                    None => {
                        let mine: Vec<Finding> = problems
                            .into_iter()
                            .filter(|p| p.place.variant.as_deref() == Some(id.as_str()))
                            .collect();
                        if mine.is_empty() {
                            return (404, json!({ "status": "refused", "reason": "unknown row" }));
                        }
                        return invalid(&mine, lang);
                    }
                }
            }
            Choice::Form { values } => {
                let office = match form_office(ws, values) {
                    Ok(o) => o,
                    Err(answer) => return answer,
                };
                let problems = office_problems(ws, &office);
                if !problems.is_empty() {
                    return invalid(&problems, lang);
                }
                let label = office_label(Some(&office), "office");
                (Offices::One(Box::new(office)), label)
            }
        };
        // A folder of its own for every build, inside the project's output
        // folder: a later build never overwrites what is offered.
        self.builds += 1;
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let studio_out = ws.project.default_output_dir().join("studio");
        let out = studio_out.join(format!("{stamp}-{:06}", self.builds));
        self.prune(&studio_out);
        let request = BuildRequest {
            layouts: Vec::new(),
            locales,
            offices,
            out,
            screen,
            office,
            proof: false,
            final_only: false,
            lang,
            cancel: Cancel::default(),
        };
        let report = ws.build(&request, &|_, _, _| {});
        let several_layouts = ws.layouts().count() > 1;
        let mut files = Vec::new();
        for w in report
            .written
            .iter()
            .filter(|w| outputs.contains(&w.output))
        {
            let layout = several_layouts.then_some(w.layout.as_str());
            // The printing sheet keeps its own name: it is the same for
            // every office and language.
            let sheet = w
                .path
                .file_name()
                .is_some_and(|n| n == crate::layout::printing_sheet::FILE_NAME);
            let name = if sheet {
                crate::layout::printing_sheet::FILE_NAME.to_string()
            } else {
                file_name(&label, layout, &w.locale, w.output)
            };
            let id = self.add(w.path.clone(), name.clone());
            files.push(json!({
                "id": id,
                "name": name,
                "layout": w.layout,
                "locale": w.locale,
                "target": match w.output {
                    Output::Screen => "screen",
                    Output::Office => "office",
                    _ => "print",
                },
                "info": msg!("studio-print-file-info", pages = w.pages,
                             kb = w.bytes.div_ceil(1024) as usize).render(lang),
                "draft": w.draft,
            }));
        }
        let errors = report.findings.iter().filter(|f| f.is_error()).count();
        let warnings = report.findings.len() - errors;
        let failed: Vec<Value> = report
            .failed
            .iter()
            .map(|f| {
                Value::String(
                    msg!(
                        "studio-print-not-built",
                        locale = &f.locale,
                        layout = &f.layout
                    )
                    .render(lang),
                )
            })
            .collect();
        (
            200,
            json!({
                "status": if report.has_errors() { "failed" } else { "built" },
                "summary": msg!("studio-print-summary", files = files.len(),
                                errors = errors, warnings = warnings).render(lang),
                "files": files,
                "failed": failed,
                "findings": super::api::findings_json(&report.findings, lang),
            }),
        )
    }

    /// Removes all but the newest [`KEPT_BUILDS`] - 1 build folders of
    /// `dir` (the studio's own, named `<seconds>-<n>`), before a new one is
    /// made, with the downloads they held.
    fn prune(&mut self, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let is_build = |name: &str| {
            name.split_once('-').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().all(|c| c.is_ascii_digit())
                    && b.bytes().all(|c| c.is_ascii_digit())
            })
        };
        let mut builds: Vec<(u64, String, PathBuf)> = entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_string();
                let (seconds, _) = name.split_once('-')?;
                let seconds = seconds.parse().ok()?;
                is_build(&name).then(|| (seconds, name, e.path()))
            })
            .collect();
        builds.sort();
        let excess = builds.len().saturating_sub(KEPT_BUILDS - 1);
        for (_, _, old) in builds.into_iter().take(excess) {
            if std::fs::remove_dir_all(&old).is_ok() {
                self.files.retain(|_, d| !d.path.starts_with(&old));
            }
        }
    }

    fn add(&mut self, path: PathBuf, name: String) -> u64 {
        self.next += 1;
        self.files.insert(self.next, Download { path, name });
        while self.files.len() > MAX_DOWNLOADS {
            self.files.pop_first();
        }
        self.next
    }

    /// GET /api/download?id=N: a file a build of this run wrote, as an
    /// attachment; its bytes and the name to save it as.
    pub fn file(&self, ws: &Workspace, id: Option<&str>) -> Option<(Vec<u8>, String)> {
        let d = self.files.get(&id?.parse::<u64>().ok()?)?;
        // Still inside the output folder (nothing replaced it with a link
        // to elsewhere since).
        let root = std::fs::canonicalize(ws.project.default_output_dir()).ok()?;
        let real = std::fs::canonicalize(&d.path).ok()?;
        if !real.starts_with(root) || !real.is_file() {
            return None;
        }
        Some((std::fs::read(real).ok()?, d.name.clone()))
    }
}

fn refused(notice: String) -> Answer {
    (422, json!({ "status": "refused", "notice": notice }))
}

/// `Content-Disposition` for `name`: an ASCII fallback, and the name as
/// written (RFC 6266, RFC 8187).
pub fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii_graphic() { c } else { '_' })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_office_and_locale_and_nothing_unsafe() {
        assert_eq!(
            file_name("Ia Grai", None, "jra", Output::Print),
            "Ia-Grai-jra.pdf"
        );
        assert_eq!(
            file_name("a/b:c", Some("trifold"), "en", Output::Screen),
            "a-b-c-trifold-en-screen.pdf"
        );
        let d = disposition("Thử-vi.pdf");
        assert!(d.starts_with("attachment; filename=\"Th_-vi.pdf\""), "{d}");
        assert!(d.ends_with("UTF-8''Th%E1%BB%AD-vi.pdf"), "{d}");
    }
}

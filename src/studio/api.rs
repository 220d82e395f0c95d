//! The studio's routes: the page and its assets, and the JSON endpoints
//! over the one project [`Workspace`] (the same the commands use, so the
//! studio shows what `check` and `build` would say).
//!
//! Files are named by the server, never by the page: a locale and a layout
//! must be ones the workspace loaded, and the file a message is saved into
//! is the one the catalog read it from. Asset paths come from a fixed
//! table.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use serde::Deserialize;
use serde_json::{json, Value};

use super::editor::{self, Field};
use super::pages::{self, PageImage};
use super::print;
use super::save::{self, Saved};
use super::server::{Handler, Request, Response, COOKIE};
use crate::checks::legacy;
use crate::diag::{render, Code, Finding};
use crate::i18n::{text_of, Lang, Message};
use crate::load::locale::SOURCE_LOCALE;
use crate::msg;
use crate::resolve::MessageState;
use crate::workspace::review::{Messages, Verdict};
use crate::workspace::Workspace;

/// The page, its style and its script, embedded in the binary.
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "/assets/studio.css",
        "text/css; charset=utf-8",
        include_str!("assets/studio.css"),
    ),
    (
        "/assets/studio.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/studio.js"),
    ),
];
const INDEX: &str = include_str!("assets/index.html");

/// The studio over one project.
pub struct App {
    state: Mutex<State>,
    /// The language of the interface when the browser names none we speak.
    lang: Lang,
}

struct State {
    ws: Workspace,
    /// Modification time and size of every input file, to notice edits
    /// made elsewhere.
    stamps: BTreeMap<PathBuf, (Option<SystemTime>, u64)>,
    /// The last good pages of each (layout, locale).
    renders: BTreeMap<(String, String), Render>,
    next_rev: u64,
    /// The files the print view's builds wrote, by download id.
    print: print::Downloads,
}

struct Render {
    rev: u64,
    pages: Vec<PageImage>,
    /// The page shows an edit not saved yet.
    draft: bool,
    /// The files changed since: made again when next asked for (the pages
    /// that come out the same keep their render).
    stale: bool,
}

impl App {
    pub fn new(ws: Workspace, lang: Lang) -> App {
        let stamps = stamps(&ws);
        App {
            state: Mutex::new(State {
                ws,
                stamps,
                renders: BTreeMap::new(),
                next_rev: 1,
                print: print::Downloads::default(),
            }),
            lang,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A handler that panicked left the state as it was before its
        // request: reading it on is safe.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Handler for App {
    fn handle(&self, r: &Request, token: &str) -> Response {
        if !safe_path(&r.path) {
            return Response::refuse(400, "bad path");
        }
        let lang = self.lang_of(r);
        match (r.method.as_str(), r.path.as_str()) {
            ("GET" | "HEAD", "/") => index(token, lang),
            ("GET" | "HEAD", path) if path.starts_with("/assets/") => asset(path),
            ("GET", "/api/locale") => self.with_state(|st| st.locale_view(r, lang)),
            ("GET", "/api/page") => self.with_state(|st| st.page(r)),
            ("POST", "/api/preview") => self.with_state(|st| st.preview(r, lang)),
            ("POST", "/api/save") => self.with_state(|st| st.save(r, lang)),
            ("POST", "/api/review") => self.with_state(|st| st.review(r, lang)),
            ("GET", "/api/print") => {
                self.with_state(|st| Ok(Response::json(200, &print::view(&st.ws, lang))))
            }
            ("POST", "/api/print") => self.with_state(|st| {
                let (status, answer) = st.print.build(&st.ws, &r.body, lang);
                Ok(Response::json(status, &answer))
            }),
            ("GET", "/api/download") => self.with_state(|st| {
                let (bytes, name) = st
                    .print
                    .file(&st.ws, r.query("id"))
                    .ok_or_else(|| Response::refuse(404, "no such download"))?;
                Ok(Response::new(200, "application/pdf", bytes)
                    .with_header("Content-Disposition", print::disposition(&name)))
            }),
            ("GET" | "HEAD" | "POST", _) => Response::refuse(404, "not found"),
            _ => Response::refuse(405, "method not allowed"),
        }
    }
}

impl App {
    fn with_state(&self, f: impl FnOnce(&mut State) -> Result<Response, Response>) -> Response {
        let mut st = self.lock();
        st.refresh();
        f(&mut st).unwrap_or_else(|e| e)
    }

    /// `?lang=`, else the browser's first language we speak, else the
    /// system's.
    fn lang_of(&self, r: &Request) -> Lang {
        if let Some(l) = r.query("lang").and_then(Lang::parse) {
            return l;
        }
        let accepted = r.header("accept-language").unwrap_or("");
        accepted
            .split(',')
            .filter_map(|part| Lang::parse(part.split(';').next().unwrap_or("").trim()))
            .next()
            .unwrap_or(self.lang)
    }
}

/// No `..`, no encoded dots or slashes, no backslashes, no empty segments:
/// nothing a path could climb out of the routes with.
fn safe_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    path.starts_with('/')
        && !path.contains("..")
        && !path.contains('\\')
        && !path.contains("//")
        && !lower.contains("%2e")
        && !lower.contains("%2f")
        && !lower.contains("%5c")
        && !lower.contains("%00")
}

fn asset(path: &str) -> Response {
    match ASSETS.iter().find(|(p, _, _)| *p == path) {
        Some((_, kind, body)) => Response::new(200, kind, body.as_bytes()),
        None => Response::refuse(404, "not found"),
    }
}

/// The page, in `lang`, with the token for its script (and as a cookie for
/// the page images, which the browser fetches by itself).
fn index(token: &str, lang: Lang) -> Response {
    let strings: BTreeMap<String, String> = studio_ids()
        .into_iter()
        .map(|id| {
            let text = text_of(&id, lang);
            (id, text)
        })
        .collect();
    let boot = json!({ "token": token, "lang": lang.code(), "strings": strings });
    // `</` cannot end the data block early: JSON escapes it here.
    let boot = boot.to_string().replace("</", "<\\/");
    let html = INDEX
        .replace("{{lang}}", lang.code())
        .replace("{{title}}", &html_escape(&text_of("studio-title", lang)))
        .replace("{{boot}}", &boot);
    Response::new(200, "text/html; charset=utf-8", html).with_header(
        "Set-Cookie",
        format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"),
    )
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every id of the studio's catalogue (`i18n/en/studio.ftl`) whose text
/// has no variables: the page's own words. (What the server says with
/// variables, it renders itself.)
fn studio_ids() -> Vec<String> {
    crate::i18n::CATALOGUES
        .iter()
        .filter(|(l, name, _)| *l == Lang::En && *name == "studio.ftl")
        .flat_map(|(_, _, text)| text.lines())
        .filter_map(|line| {
            let (id, value) = line.split_once(" =")?;
            let plain = id.starts_with("studio-") && !id.contains(' ') && !value.contains('$');
            plain.then(|| id.to_string())
        })
        .collect()
}

fn bad_request(reason: &str) -> Response {
    Response::refuse(400, reason)
}

pub(super) fn findings_json(findings: &[Finding], lang: Lang) -> Vec<Value> {
    findings
        .iter()
        .map(|f| render::json_value(f, lang))
        .collect()
}

/// A notice for the page, in the reader's language.
fn notice(m: Message, lang: Lang) -> Value {
    Value::String(m.render(lang))
}

/// What the page sends to preview or save one message.
#[derive(Deserialize)]
struct Edit {
    locale: String,
    id: String,
    fields: Vec<Field>,
    /// The file's version as read (save only).
    #[serde(default)]
    version: String,
    /// The message's source as read (save only; `None`: it had none).
    #[serde(default)]
    base_entry: Option<String>,
    #[serde(default)]
    layout: Option<String>,
}

/// An edit made Fluent: the entry, the file it goes into and that file's
/// text with it, and what breaks it (`None`: it reads).
struct Edited {
    entry: String,
    path: PathBuf,
    text: String,
    broken: Option<Vec<Finding>>,
}

#[derive(Deserialize)]
struct ReviewRequest {
    locale: String,
    id: String,
    by: String,
}

fn body<T: for<'de> Deserialize<'de>>(r: &Request) -> Result<T, Response> {
    serde_json::from_slice(&r.body).map_err(|_| bad_request("bad json"))
}

/// Every input file's stamp: locales, layouts, the project's TOML files,
/// fonts, icons.
fn stamps(ws: &Workspace) -> BTreeMap<PathBuf, (Option<SystemTime>, u64)> {
    let p = &ws.project;
    let mut out = BTreeMap::new();
    let mut add = |path: PathBuf| {
        if let Ok(m) = std::fs::metadata(&path) {
            if m.is_file() {
                out.insert(path, (m.modified().ok(), m.len()));
            }
        }
    };
    add(p.links_file());
    add(p.office_file());
    let dirs = [p.layouts_dir(), p.fonts_dir(), p.icons_dir()];
    for dir in dirs {
        for path in list(&dir) {
            add(path);
        }
    }
    for dir in list(&p.locales_dir()) {
        for path in list(&dir) {
            add(path);
        }
    }
    out
}

fn list(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|it| it.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default()
}

impl State {
    /// Reads again what changed on disk since the last request.
    fn refresh(&mut self) {
        let now = stamps(&self.ws);
        if now == self.stamps {
            return;
        }
        let mut changed: Vec<PathBuf> = Vec::new();
        for (path, stamp) in &now {
            if self.stamps.get(path) != Some(stamp) {
                changed.push(path.clone());
            }
        }
        for path in self.stamps.keys() {
            if !now.contains_key(path) {
                changed.push(path.clone());
            }
        }
        self.stamps = now;
        self.reload(&changed);
    }

    /// Reads `changed` files again; their leaflets' pages are made again
    /// when next asked for (an edit shown but not saved is given up: the
    /// file is what it shows now).
    fn reload(&mut self, changed: &[PathBuf]) {
        let affected = self.ws.reload(changed);
        for ((layout, locale), r) in self.renders.iter_mut() {
            r.stale |= affected.touches(layout, locale);
        }
        self.stamps = stamps(&self.ws);
    }

    fn locale_code(&self, given: Option<&str>) -> Result<String, Response> {
        let code = given.unwrap_or("");
        match self.ws.locale(code) {
            Some(l) if l.catalog.is_some() => Ok(l.code.clone()),
            _ => Err(Response::refuse(404, "unknown locale")),
        }
    }

    /// The layout named (else the first).
    fn layout_name(&self, given: Option<&str>) -> Result<String, Response> {
        let name = match given {
            Some(n) => self.ws.layout(n).map(|l| l.name.clone()),
            None => self.ws.layouts().next().map(|l| l.name.clone()),
        };
        name.ok_or_else(|| Response::refuse(404, "unknown layout"))
    }

    fn next_rev(&mut self) -> u64 {
        self.next_rev += 1;
        self.next_rev
    }

    /// The pages of (`layout`, `code`) as the files read now.
    fn pages(&mut self, layout: &str, code: &str) -> Result<(), Vec<Finding>> {
        let key = (layout.to_string(), code.to_string());
        if self.renders.get(&key).is_some_and(|r| !r.stale) {
            return Ok(());
        }
        let previous = self
            .renders
            .remove(&key)
            .map(|r| r.pages)
            .unwrap_or_default();
        let ws = &self.ws;
        let l = ws.layout(layout).expect("checked by the caller");
        let (Some(office), Some(links)) = (ws.office(), ws.links()) else {
            return Err(ws.findings(&[code.to_string()]));
        };
        let links = office.links(links)?;
        let laid = ws.lay_out(l, code, office, &links)?;
        let fonts = ws.fonts(l).expect("a laid-out layout has its fonts");
        let pages = pages::render(&laid, fonts, &ws.caches, &previous).map_err(|e| vec![*e])?;
        let rev = self.next_rev();
        self.renders.insert(
            key,
            Render {
                rev,
                pages,
                draft: false,
                stale: false,
            },
        );
        Ok(())
    }

    fn pages_json(&self, layout: &str, code: &str) -> Value {
        match self.renders.get(&(layout.to_string(), code.to_string())) {
            Some(r) => json!({ "rev": r.rev, "draft": r.draft, "pages": r.pages }),
            None => json!({ "rev": 0, "draft": false, "pages": [] }),
        }
    }

    /// GET /api/locale?locale=CODE[&layout=NAME]: every message of the
    /// locale in the source's order and groups, and its pages.
    fn locale_view(&mut self, r: &Request, lang: Lang) -> Result<Response, Response> {
        // No locale named: the first translation.
        let first = self
            .ws
            .codes()
            .find(|c| *c != SOURCE_LOCALE)
            .map(str::to_string);
        let given = r
            .query("locale")
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        let code = self.locale_code(given.or(first).as_deref())?;
        let layout = self.layout_name(r.query("layout"))?;
        let page_findings = self.pages(&layout, &code).err().unwrap_or_default();
        let ws = &self.ws;
        let report = ws.check(std::slice::from_ref(&code));
        let rooms = report.rooms(ws);
        let source = ws
            .source()
            .ok_or_else(|| Response::refuse(500, "no source"))?;
        let entry = ws.locale(&code).expect("checked");
        let catalog = entry.catalog.as_ref().expect("checked");
        let mut groups: Vec<Value> = Vec::new();
        let parsed: BTreeMap<PathBuf, String> = catalog
            .files
            .iter()
            .map(|f| (f.path.clone(), f.text().to_string()))
            .collect();
        for file in &source.files {
            let vi_text = file.text();
            let mut current: Option<(usize, Value)> = None;
            let mut list: Vec<Value> = Vec::new();
            let group_of = |offset: usize| {
                file.groups
                    .iter()
                    .rposition(|(at, _)| *at < offset)
                    .map(|i| (i, file.groups[i].1.join(" ")))
            };
            for info in &file.messages {
                let id = info.id.as_str();
                let g = group_of(info.offset);
                let key = g.as_ref().map_or(usize::MAX, |(i, _)| *i);
                if current.as_ref().map(|c| c.0) != Some(key) {
                    if let Some((_, mut group)) = current.take() {
                        group["messages"] = Value::Array(std::mem::take(&mut list));
                        groups.push(group);
                    }
                    let title = g.map(|(_, t)| t).unwrap_or_default();
                    current = Some((key, json!({ "title": title })));
                }
                let target = catalog.find(id);
                let (path, text) = match target {
                    Some((f, _)) => (f.path.clone(), parsed[&f.path].clone()),
                    None => {
                        let path = ws
                            .project
                            .locales_dir()
                            .join(&code)
                            .join(file.path.file_name().unwrap_or_default());
                        let text = parsed.get(&path).cloned().unwrap_or_default();
                        (path, text)
                    }
                };
                let vi = editor::fields_in(vi_text, id).unwrap_or_default();
                let fields = editor::fields_in(&text, id);
                let state = entry.states.get(id);
                let room = rooms
                    .iter()
                    .find(|m| m.locale == code && m.message_id == id);
                let mine: Vec<Finding> = report
                    .findings
                    .iter()
                    .filter(|f| {
                        f.place.locale.as_deref() == Some(code.as_str())
                            && f.place
                                .message_id
                                .as_deref()
                                .is_some_and(|m| m.split('.').next() == Some(id))
                    })
                    .cloned()
                    .collect();
                let previous = match state {
                    Some(MessageState::SourceChanged { previous }) => Some(previous.clone()),
                    _ => None,
                };
                let reviewed_by = entry.reviews.approvals.get(id).map(|a| a.by.clone());
                list.push(json!({
                    "id": id,
                    "vi": vi,
                    "fields": fields.clone().unwrap_or(vi.clone()),
                    "missing": fields.is_none(),
                    "state": state.map(MessageState::name).unwrap_or("untranslated"),
                    "previous": previous,
                    "current_vi": info.shown(),
                    "reviewed_by": reviewed_by,
                    "findings": findings_json(&mine, lang),
                    "room_mm": room.and_then(|m| m.room_mm),
                    "panel": room.and_then(|m| m.panel.clone()),
                    "version": save::version(&text),
                    "base_entry": save::entry_text(&path, &text, id),
                    "editable": code != SOURCE_LOCALE,
                }));
            }
            if let Some((_, mut group)) = current.take() {
                group["messages"] = Value::Array(list);
                groups.push(group);
            }
        }
        let counts = entry.states.counts();
        let view = json!({
            "locale": code,
            "locales": ws.codes().collect::<Vec<_>>(),
            "layout": layout,
            "layouts": ws.layouts().map(|l| l.name.clone()).collect::<Vec<_>>(),
            "groups": groups,
            "counts": counts,
            "page_findings": findings_json(&page_findings, lang),
            "pages": self.pages_json(&layout, &code),
        });
        Ok(Response::json(200, &view))
    }

    /// GET /api/page?locale=CODE&layout=NAME&n=N: the PNG of page N as
    /// last rendered.
    fn page(&mut self, r: &Request) -> Result<Response, Response> {
        let code = self.locale_code(r.query("locale"))?;
        let layout = self.layout_name(r.query("layout"))?;
        let n: usize = r
            .query("n")
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| bad_request("bad page"))?;
        // Made again if the files changed since (else at once).
        let _ = self.pages(&layout, &code);
        let render = self
            .renders
            .get(&(layout, code))
            .ok_or_else(|| Response::refuse(404, "no pages"))?;
        let page = render
            .pages
            .iter()
            .find(|p| p.n == n)
            .ok_or_else(|| Response::refuse(404, "no such page"))?;
        Ok(Response::new(200, "image/png", page.png.clone()))
    }

    /// The file `id` of `code` is saved into, with its text now.
    fn target(&self, code: &str, id: &str) -> Result<(PathBuf, String), Response> {
        let catalog = self.ws.catalog(code).expect("checked");
        if let Some((f, _)) = catalog.find(id) {
            return Ok((f.path.clone(), f.text().to_string()));
        }
        // Not translated yet: the file of the same name as the source's.
        let source = self.ws.source().ok_or_else(|| bad_request("no source"))?;
        let (file, _) = source
            .find(id)
            .ok_or_else(|| Response::refuse(404, "unknown message"))?;
        let name = file.path.file_name().unwrap_or_default();
        let path = self.ws.project.locales_dir().join(code).join(name);
        let text = catalog
            .files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.text().to_string())
            .unwrap_or_default();
        Ok((path, text))
    }

    /// The edit as Fluent, checked: the entry and the file's text with it,
    /// or the syntax errors that break it.
    fn edited(&self, e: &Edit) -> Result<Edited, Response> {
        if e.locale == SOURCE_LOCALE {
            return Err(Response::refuse(403, "the source is not edited here"));
        }
        let (path, text) = self.target(&e.locale, &e.id)?;
        let entry = editor::entry_source(&e.id, &e.fields);
        let new_text = save::splice(&path, &text, &e.id, &entry);
        // Where the edit lands in the new text: where the entry was, or at
        // the end.
        let old = crate::load::ftl::FtlFile::parse(&path, text.clone());
        let at = match save::span(&old, &e.id) {
            Some(r) => r.start,
            None => new_text.len().saturating_sub(entry.len()),
        };
        let region = at..=(at + entry.len()).min(new_text.len());
        let file = crate::load::ftl::FtlFile::parse(&path, new_text.clone());
        let lost = file.message(&e.id).is_none();
        // The edit broke the entry: the parser's findings, for it alone.
        let mut broken: Vec<Finding> = file
            .syntax_errors
            .iter()
            .filter(|err| region.contains(&err.offset))
            .map(|err| {
                file.finding_at(Finding::new(err.code, err.message.clone()), err.offset)
                    .locale(&e.locale)
                    .message_id(&e.id)
            })
            .collect();
        if lost && broken.is_empty() {
            broken.push(
                Finding::new(Code::Syntax, msg!("studio-entry-lost"))
                    .locale(&e.locale)
                    .message_id(&e.id),
            );
        }
        let broken = (!broken.is_empty()).then_some(broken);
        Ok(Edited {
            entry,
            path,
            text: new_text,
            broken,
        })
    }

    /// POST /api/preview: lays the leaflet out with the edit (not saved)
    /// and answers with its findings and, when it lays out, new pages.
    fn preview(&mut self, r: &Request, lang: Lang) -> Result<Response, Response> {
        let e: Edit = body(r)?;
        let code = self.locale_code(Some(&e.locale))?;
        let layout = self.layout_name(e.layout.as_deref())?;
        let suspects = legacy_suspects(&e.fields, &code);
        let Edited {
            path,
            text: new_text,
            broken,
            ..
        } = self.edited(&e)?;
        if let Some(broken) = broken {
            // The page keeps its last good state.
            return Ok(Response::json(
                200,
                &json!({ "ok": false, "findings": findings_json(&broken, lang),
                         "legacy": suspects, "pages": self.pages_json(&layout, &code) }),
            ));
        }
        let ws = &self.ws;
        let draft = ws.draft(&code, &path, new_text).map_err(|f| {
            Response::json(
                200,
                &json!({"ok": false, "findings": findings_json(&[*f], lang)}),
            )
        })?;
        let mut findings: Vec<Finding> = draft
            .findings
            .iter()
            .filter(|f| {
                f.place
                    .message_id
                    .as_deref()
                    .and_then(|m| m.split('.').next())
                    == Some(e.id.as_str())
            })
            .cloned()
            .collect();
        let l = ws.layout(&layout).expect("checked");
        let (Some(office), Some(links)) = (ws.office(), ws.links()) else {
            return Err(Response::refuse(409, "the project has no office or links"));
        };
        let links = office
            .links(links)
            .map_err(|_| Response::refuse(409, "links"))?;
        let laid = match ws.lay_out_draft(l, &draft, office, &links) {
            Ok(laid) => laid,
            Err(errors) => {
                findings.extend(errors);
                return Ok(Response::json(
                    200,
                    &json!({ "ok": false, "findings": findings_json(&findings, lang),
                             "legacy": suspects, "pages": self.pages_json(&layout, &code) }),
                ));
            }
        };
        // Overflow is the panel's, and the edited message is in it.
        let room = laid
            .marks
            .blocks
            .iter()
            .find(|b| {
                b.messages
                    .iter()
                    .any(|m| m.split('.').next() == Some(e.id.as_str()))
            })
            .and_then(|b| {
                laid.marks
                    .rooms
                    .iter()
                    .find(|r| r.page == b.page && r.panel == b.panel)
            })
            .map(|r| (f64::from(r.room_mm) * 10.0).round() / 10.0);
        if let Some(b) = laid.marks.blocks.iter().find(|b| {
            b.messages
                .iter()
                .any(|m| m.split('.').next() == Some(e.id.as_str()))
        }) {
            findings.extend(
                laid.overflows
                    .iter()
                    .filter(|f| f.place.panel.as_deref() == Some(b.panel.as_str()))
                    .cloned(),
            );
        }
        let fonts = ws.fonts(l).expect("laid out");
        let key = (layout.clone(), code.clone());
        let previous = self
            .renders
            .get(&key)
            .map(|r| r.pages.as_slice())
            .unwrap_or(&[]);
        let rendered = pages::render(&laid, fonts, &ws.caches, previous);
        let ok = !findings.iter().any(Finding::is_error);
        if let Ok(pages) = rendered {
            let rev = self.next_rev();
            self.renders.insert(
                (layout.clone(), code.clone()),
                Render {
                    rev,
                    pages,
                    draft: true,
                    stale: false,
                },
            );
        }
        Ok(Response::json(
            200,
            &json!({ "ok": ok, "findings": findings_json(&findings, lang), "legacy": suspects,
                     "room_mm": room, "pages": self.pages_json(&layout, &code) }),
        ))
    }

    /// POST /api/save: writes the one message into its file.
    fn save(&mut self, r: &Request, lang: Lang) -> Result<Response, Response> {
        let e: Edit = body(r)?;
        let code = self.locale_code(Some(&e.locale))?;
        let Edited {
            entry,
            path,
            broken,
            ..
        } = self.edited(&e)?;
        if let Some(broken) = broken {
            return Ok(Response::json(
                422,
                &json!({ "status": "broken", "findings": findings_json(&broken, lang),
                         "notice": notice(msg!("studio-not-saved-broken"), lang) }),
            ));
        }
        let saved =
            save::save(&path, &e.id, &entry, &e.version, e.base_entry.as_deref()).map_err(|f| {
                Response::json(
                    500,
                    &json!({ "status": "failed", "findings": findings_json(&[*f], lang) }),
                )
            })?;
        let shown = path
            .strip_prefix(&self.ws.project.root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let answer = match saved {
            Saved::Written { .. } => json!({ "status": "written",
                "notice": notice(msg!("studio-saved", id = &e.id, file = &shown), lang) }),
            Saved::Merged { .. } => json!({ "status": "merged",
                "notice": notice(msg!("studio-merged", id = &e.id, file = &shown), lang) }),
            Saved::Conflict { theirs } => {
                let theirs_fields = theirs.as_deref().and_then(|t| editor::fields_in(t, &e.id));
                return Ok(Response::json(
                    409,
                    &json!({ "status": "conflict", "theirs": theirs, "theirs_fields": theirs_fields,
                             "notice": notice(msg!("studio-conflict", id = &e.id, file = &shown), lang) }),
                ));
            }
        };
        // Read back at once (a file's time stamp may not show a change
        // made within the same tick).
        self.reload(std::slice::from_ref(&path));
        let _ = code;
        Ok(Response::json(200, &answer))
    }

    /// POST /api/review: a named reviewer approves one message.
    fn review(&mut self, r: &Request, lang: Lang) -> Result<Response, Response> {
        let q: ReviewRequest = body(r)?;
        let code = self.locale_code(Some(&q.locale))?;
        let by = q.by.trim();
        if by.is_empty() {
            return Ok(Response::json(
                422,
                &json!({ "status": "refused", "notice": notice(msg!("studio-reviewer-needed"), lang) }),
            ));
        }
        let done = self
            .ws
            .review(
                &code,
                &Messages::Ids(vec![q.id.clone()]),
                &Verdict::Approve { by: by.to_string() },
            )
            .map_err(|f| {
                Response::json(
                    422,
                    &json!({ "status": "refused",
                "notice": Value::String(f.message.render(lang)) }),
                )
            })?;
        self.stamps = stamps(&self.ws);
        // The draft mark may come off the pages.
        for ((_, locale), r) in self.renders.iter_mut() {
            r.stale |= *locale == code;
        }
        let answer = match done.approved.is_empty() {
            false => json!({ "status": "reviewed",
                "notice": notice(msg!("studio-reviewed", id = &q.id, by = by), lang) }),
            true => json!({ "status": "skipped",
                "findings": findings_json(&done.skipped, lang),
                "notice": done.skipped.first().map(|f| Value::String(f.message.render(lang))) }),
        };
        Ok(Response::json(200, &answer))
    }
}

/// Legacy-font text in the edit, with what was meant: the page offers
/// each repair.
fn legacy_suspects(fields: &[Field], code: &str) -> Vec<Value> {
    editor::texts(fields)
        .iter()
        .flat_map(|t| legacy::check(t, code))
        .map(|s| json!({ "found": s.found, "suggestion": s.suggestion, "certain": s.certain }))
        .collect()
}

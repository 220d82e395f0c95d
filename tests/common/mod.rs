//! Helpers shared by the integration tests: running the binary on a copy of
//! the project, and reading PDFs back with tools that are not ours (lopdf to
//! parse, hayro to render, rqrr to decode QR codes).

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use lopdf::{Document, Object};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The frozen test project (no fonts or icons: [`project_copy`] adds them).
pub fn fixture() -> PathBuf {
    repo().join("tests").join("fixtures").join("project")
}

/// A scratch folder, removed with everything in it when dropped.
pub struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<std::ffi::OsStr> for Scratch {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.as_os_str()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh, empty scratch folder under the target directory.
pub fn scratch(name: &str) -> Scratch {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = repo().join("target").join("test-scratch").join(format!(
        "{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

/// Copies folder `from` into `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The workspace of a project folder.
pub fn workspace(project: &Path) -> leaflet::workspace::Workspace {
    leaflet::workspace::Workspace::open(project, leaflet::workspace::LayoutFiles::Discover)
        .expect("a leaflet project")
}

/// A copy of the test project with the repository's fonts and icons, to
/// build and to break on purpose.
pub fn project_copy(name: &str) -> Scratch {
    let dir = scratch(name);
    copy_dir(&fixture(), &dir);
    copy_dir(&repo().join("fonts"), &dir.join("fonts"));
    copy_dir(&repo().join("icons"), &dir.join("icons"));
    dir
}

/// Replaces `from` by `to` in a file of the project copy (exactly once).
pub fn edit(project: &Path, file: &str, from: &str, to: &str) {
    let path = project.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur once in {file}"
    );
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Makes message `id` of `file` (one-line value) `times` times as long.
pub fn lengthen(project: &Path, file: &str, id: &str, times: usize) {
    let text = std::fs::read_to_string(project.join(file)).unwrap();
    let prefix = format!("{id} = ");
    let line = text
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap()
        .to_string();
    let value = &line[prefix.len()..];
    let longer = format!("{prefix}{}", vec![value; times].join(" "));
    edit(project, file, &line, &longer);
}

/// Runs the binary on `project`, in English.
pub fn leaflet(project: &Path, args: &[&str]) -> Output {
    leaflet_in(project, args, "en")
}

/// Runs the binary on `project`, speaking `lang` (`--lang`).
pub fn leaflet_in(project: &Path, args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_leaflet"))
        .arg("--project")
        .arg(project)
        .arg("--lang")
        .arg(lang)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("LEAFLET_LANG")
        .output()
        .expect("the leaflet binary runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Builds a copy of the test project; returns the copy, whose `output/`
/// holds the leaflets.
pub fn build_shipped(name: &str) -> Scratch {
    build_shipped_with(name, &[])
}

/// Like [`build_shipped`], with extra `build` arguments (`--screen`, …).
pub fn build_shipped_with(name: &str, extra: &[&str]) -> Scratch {
    let project = project_copy(name);
    let mut args = vec!["build"];
    args.extend(extra);
    let o = leaflet(&project, &args);
    assert!(
        o.status.success(),
        "build failed:\n{}{}",
        stdout(&o),
        stderr(&o)
    );
    project
}

pub fn mm(pt: f64) -> f64 {
    pt * 25.4 / 72.0
}

/// A page box as `[llx lly urx ury]` in mm.
pub fn page_box(doc: &Document, page: lopdf::ObjectId, key: &[u8]) -> [f64; 4] {
    let dict = doc.get_dictionary(page).unwrap();
    let arr = dict.get(key).unwrap().as_array().unwrap();
    let v: Vec<f64> = arr
        .iter()
        .map(|o| match o {
            Object::Integer(i) => *i as f64,
            Object::Real(r) => *r as f64,
            _ => panic!("not a number"),
        })
        .map(mm)
        .collect();
    [v[0], v[1], v[2], v[3]]
}

/// Text extraction as a PDF reader does it: glyph codes through each
/// font's ToUnicode CMap, `/ActualText` spans replacing their glyphs.
/// One string per page, text objects separated by newlines.
pub fn extract_text(doc: &Document) -> Vec<String> {
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page_id).unwrap();
        let maps: BTreeMap<Vec<u8>, BTreeMap<u16, String>> = fonts
            .iter()
            .map(|(name, font)| {
                let cmap = font.get(b"ToUnicode").unwrap().as_reference().unwrap();
                let stream = doc.get_object(cmap).unwrap().as_stream().unwrap();
                let data = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                (name.clone(), parse_cmap(&String::from_utf8_lossy(&data)))
            })
            .collect();
        let content = doc.get_and_decode_page_content(page_id).unwrap();
        let mut text = String::new();
        let mut font: Vec<u8> = Vec::new();
        let mut actual: Option<String> = None;
        for op in content.operations {
            match op.operator.as_str() {
                "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
                "BDC" => {
                    if let Ok(props) = op.operands[1].as_dict() {
                        if let Ok(Object::String(bytes, _)) = props.get(b"ActualText") {
                            actual = Some(utf16(bytes));
                        }
                    }
                }
                "EMC" => {
                    if let Some(a) = actual.take() {
                        text.push_str(&a);
                    }
                }
                "ET" => text.push('\n'),
                "TJ" | "Tj" => {
                    let items: Vec<&Object> = match &op.operands[0] {
                        Object::Array(a) => a.iter().collect(),
                        other => vec![other],
                    };
                    for item in items {
                        if let Object::String(bytes, _) = item {
                            for code in bytes.chunks(2) {
                                let code = u16::from_be_bytes([code[0], code[1]]);
                                if actual.is_none() {
                                    text.push_str(maps[&font].get(&code).map_or("\u{FFFD}", |s| s));
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        pages.push(text);
    }
    pages
}

fn utf16(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(&[0xFE, 0xFF]).unwrap_or(bytes);
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16(&units).unwrap()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// The `bfchar` and `bfrange` entries of a ToUnicode CMap.
pub fn parse_cmap(cmap: &str) -> BTreeMap<u16, String> {
    let mut map = BTreeMap::new();
    let tokens: Vec<&str> = cmap
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    let mut i = 0;
    let code = |t: &str| u16::from_str_radix(t.trim_matches(['<', '>']), 16).unwrap();
    let text = |t: &str| utf16(&hex(t.trim_matches(['<', '>'])));
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" => {
                i += 1;
                while tokens[i] != "endbfchar" {
                    map.insert(code(tokens[i]), text(tokens[i + 1]));
                    i += 2;
                }
            }
            "beginbfrange" => {
                i += 1;
                while tokens[i] != "endbfrange" {
                    let (lo, hi) = (code(tokens[i]), code(tokens[i + 1]));
                    let first: Vec<u16> = {
                        let b = hex(tokens[i + 2].trim_matches(['<', '>']));
                        b.chunks(2)
                            .map(|c| u16::from_be_bytes([c[0], c[1]]))
                            .collect()
                    };
                    for (k, c) in (lo..=hi).enumerate() {
                        let mut units = first.clone();
                        *units.last_mut().unwrap() += k as u16;
                        map.insert(c, String::from_utf16(&units).unwrap());
                    }
                    i += 3;
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}

/// Renders page `index` (0-based) at `scale` pixels per point (with hayro);
/// returns (width, height, grey levels).
pub fn render_grey(pdf: &[u8], index: usize, scale: f32) -> (usize, usize, Vec<u8>) {
    let raster =
        leaflet::export::preview::render_page(pdf, index, scale * 72.0).expect("hayro renders");
    (raster.width, raster.height, raster.grey())
}

/// The 1-based number of the first line of `text` that starts with `prefix`.
pub fn line_starting(text: &str, prefix: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(prefix))
        .expect("the line is there")
        + 1
}

/// Every QR code a real decoder finds on a rendered page.
pub fn decode_qr_codes(w: usize, h: usize, grey: &[u8]) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    let mut found: Vec<String> = img
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, content)| content))
        .collect();
    found.sort();
    found
}

/// Lays out `layout` in `locale` for the default office, as `build` does.
pub fn lay_out(
    ws: &leaflet::workspace::Workspace,
    layout: &str,
    locale: &str,
) -> Result<leaflet::layout::LaidOut, Vec<leaflet::Finding>> {
    let office = ws.office().expect("the default office");
    let links = office
        .links(ws.links().unwrap())
        .expect("the office's links");
    ws.lay_out(
        ws.layout(layout).expect("the layout"),
        locale,
        office,
        &links,
    )
}

/// The English text of a finding's message.
pub fn english(f: &leaflet::Finding) -> String {
    f.message.render(leaflet::i18n::Lang::En)
}

/// The `qr_size` of the layout's (single) QR block.
pub fn qr_size(layout: &leaflet::load::layouts::Layout) -> f32 {
    let sizes: Vec<f32> = layout
        .pages
        .iter()
        .flat_map(|p| &p.panels)
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            leaflet::load::layouts::Block::Qr { size, .. } => Some(*size),
            _ => None,
        })
        .collect();
    assert_eq!(sizes.len(), 1);
    sizes[0]
}

/// One build of the test project shared by the tests that run at the same
/// time (keyed by `name` and the build arguments); removed when the last
/// of them lets go of it.
pub fn shared_build(name: &str, extra: &[&str]) -> std::sync::Arc<Scratch> {
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex, Weak};
    static BUILDS: Mutex<BTreeMap<String, Weak<Scratch>>> = Mutex::new(BTreeMap::new());
    let key = format!("{name} {}", extra.join(" "));
    let mut builds = BUILDS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(build) = builds.get(&key).and_then(Weak::upgrade) {
        return build;
    }
    let build = Arc::new(build_shipped_with(name, extra));
    builds.insert(key, Arc::downgrade(&build));
    build
}

/// The screen file's name for the test project's default office (Ia Grai
/// district): `dvctt-huyen-ia-grai.<locale>.screen.pdf`.
pub fn screen_name(locale: &str) -> String {
    format!("dvctt-huyen-ia-grai.{locale}.screen.pdf")
}

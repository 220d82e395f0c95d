//! Icons: the vendored set is what its manifest names, byte for byte;
//! every icon reads and scales to the size asked; a colour a layout does
//! not map is an error; print files carry icons in CMYK only, drawn where
//! the frame puts them.

mod common;

use std::collections::BTreeSet;

use common::*;
use leaflet::export::pdf::Output;
use leaflet::layout::frame::{Document, IconPath, Item, Rect};
use leaflet::load::icons::Ink;
use leaflet::load::layouts::{Block, Layout};
use leaflet::workspace::Workspace;
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    package: String,
    version: String,
    license: String,
    license_file: String,
    license_sha256: String,
    integrity: String,
    icon: Vec<VendoredIcon>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VendoredIcon {
    file: String,
    upstream: String,
    license: String,
    sha256: String,
}

fn sha256(path: &std::path::Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(repo().join("icons/MANIFEST.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

#[test]
fn vendored_icons_match_the_checksums_of_their_manifest() {
    let m = manifest();
    let dir = repo().join("icons");
    assert_eq!(
        (m.package.as_str(), m.license.as_str()),
        ("lucide-static", "ISC")
    );
    assert!(!m.version.is_empty() && m.integrity.starts_with("sha512-"));
    assert_eq!(
        sha256(&dir.join(&m.license_file)),
        m.license_sha256,
        "LICENSE"
    );
    for icon in &m.icon {
        assert_eq!(sha256(&dir.join(&icon.file)), icon.sha256, "{}", icon.file);
        assert!(icon.upstream.ends_with(&format!("/{}", icon.file)));
        assert!(["ISC", "ISC AND MIT"].contains(&icon.license.as_str()));
    }
    // Nothing unlisted: every SVG in the folder has its checksum here.
    let listed: BTreeSet<&str> = m.icon.iter().map(|i| i.file.as_str()).collect();
    let present: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".svg"))
        .collect();
    assert_eq!(
        present.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        listed
    );
    assert!(listed.len() >= 10, "{} icons", listed.len());
}

/// Every icon of the vendored set.
fn vendored() -> Vec<leaflet::load::icons::Icon> {
    manifest()
        .icon
        .iter()
        .map(|i| {
            let file = repo().join("icons").join(&i.file);
            // Lucide draws in `currentColor` only: no colour needs a map.
            leaflet::load::icons::load(&file, &Default::default())
                .unwrap_or_else(|e| panic!("{}", e.message().debug()))
        })
        .collect()
}

#[test]
fn every_vendored_icon_reads_and_fills_the_square_it_is_given() {
    for (icon, entry) in vendored().iter().zip(manifest().icon) {
        assert_eq!((icon.width, icon.height), (24.0, 24.0), "{}", entry.file);
        assert!(!icon.shapes.is_empty());
        for size in [4.0, 6.0, 12.5] {
            let (x, y) = (31.0, 47.0);
            let items = leaflet::layout::icon::place(icon, x, y, size, leaflet::color::Cmyk::BLACK);
            assert!(!items.is_empty());
            let mut ink: Option<Rect> = None;
            for item in &items {
                let Item::Path(p) = item else {
                    panic!("{item:?}")
                };
                // The icon's box is the square asked for, to 0.1 mm…
                let b = p.bounds;
                for (got, want) in [(b.x, x), (b.y, y), (b.width, size), (b.height, size)] {
                    assert!((got - want).abs() < 0.1, "{}: {b:?}", entry.file);
                }
                let i = p.ink_bounds().unwrap();
                ink = Some(ink.map_or(i, |r| r.union(&i)));
            }
            // …and the ink, strokes included, stays inside it while
            // filling most of it (Lucide keeps a 1-unit margin of 24).
            let ink = ink.unwrap();
            let square = Rect::new(x, y, size, size);
            assert!(square.contains(&ink), "{}: {ink:?}", entry.file);
            assert!(
                ink.width.max(ink.height) > size * 0.75,
                "{}: {ink:?}",
                entry.file
            );
        }
    }
}

/// The test project's layout with `icon_folder` set to `folder` (where the
/// vendored icons are copied) and the first `icon = "info"` replaced by
/// `icon = "<icon>"`, plus `extra` at the top level; its path and text.
fn layout_using(folder: &std::path::Path, icon: &str, extra: &str) -> (std::path::PathBuf, String) {
    // The other icons the layout names.
    for entry in manifest().icon {
        std::fs::copy(
            repo().join("icons").join(&entry.file),
            folder.join(&entry.file),
        )
        .unwrap();
    }
    let shipped = std::fs::read_to_string(fixture().join("layouts/trifold-a4.toml")).unwrap();
    let text = shipped
        .replacen(
            "embed_profile = true\n",
            &format!(
                "embed_profile = true\nicon_folder = {:?}\n{extra}",
                folder.display().to_string()
            ),
            1,
        )
        .replacen("icon = \"info\"", &format!("icon = \"{icon}\""), 1);
    assert_ne!(text, shipped);
    (folder.join("test-layout.toml"), text)
}

#[test]
fn a_colour_the_layout_does_not_map_is_an_error_naming_the_place_the_file_and_the_colour() {
    let dir = scratch("icon-colours");
    std::fs::write(
        dir.join("brand.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#E30613"/><path d="M7 12h10" fill="none" stroke="currentColor" stroke-width="2"/></svg>"##,
    )
    .unwrap();
    let (path, text) = layout_using(&dir, "brand", "");
    let e = Layout::parse(&path, &text).unwrap_err().to_string();
    let line = line_starting(&text, "  { type = \"heading\", text = \"concept-heading\"");
    let column = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"brand\"")
        .unwrap()
        + 2;
    assert!(
        e.starts_with(&format!(
            "{}:{line}:{column}: error[icon]: ",
            path.display()
        )),
        "{e}"
    );
    assert!(
        e.contains(&dir.join("brand.svg").display().to_string()),
        "{e}"
    );
    assert!(
        e.contains("`#e30613`") && e.contains("[icon_colors]"),
        "{e}"
    );

    // Mapped to a palette colour, it prints in that ink; the stroke in
    // `currentColor` takes the heading's colour.
    let (path, text) = layout_using(&dir, "brand", "[icon_colors]\n\"#e30613\" = \"red\"\n");
    let layout = Layout::parse(&path, &text).unwrap();
    let Some(Block::Heading {
        icon: Some(icon),
        style,
        ..
    }) = layout.pages[0].panels[0].blocks.first()
    else {
        panic!("the flap starts with a heading with an icon")
    };
    let fills: Vec<Ink> = icon
        .icon
        .shapes
        .iter()
        .filter_map(|s| s.fill.as_ref().map(|f| f.ink))
        .collect();
    assert_eq!(
        fills,
        [Ink::Cmyk(leaflet::color::Cmyk::from([
            0.0, 95.0, 90.0, 0.0
        ]))]
    );
    let items = leaflet::layout::icon::place(&icon.icon, 0.0, 0.0, 6.0, style.color);
    let colors: Vec<_> = items
        .iter()
        .map(|i| match i {
            Item::Path(p) => (
                p.fill.as_ref().map(|f| f.color),
                p.stroke.as_ref().map(|s| s.color),
            ),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        colors,
        [
            (
                Some(leaflet::color::Cmyk::from([0.0, 95.0, 90.0, 0.0])),
                None
            ),
            (None, Some(style.color))
        ]
    );

    // A palette name that does not exist, and an icon that does not.
    let (path, text) = layout_using(&dir, "brand", "[icon_colors]\n\"#e30613\" = \"crimson\"\n");
    let e = Layout::parse(&path, &text).unwrap_err().to_string();
    assert!(
        e.contains("`crimson`") && e.contains("`blue`, `red`) nor `currentColor`"),
        "{e}"
    );
    let (path, text) = layout_using(&dir, "no-such-icon", "");
    let e = Layout::parse(&path, &text).unwrap_err().to_string();
    assert!(e.contains("unknown icon `no-such-icon`"), "{e}");
}

/// A copy of the test project (its layout as given, the vendored icons)
/// and its workspace.
struct Shipped {
    project: Scratch,
    ws: Workspace,
}

fn shipped() -> Shipped {
    let project = project_copy("icons");
    Shipped {
        ws: workspace(&project),
        project,
    }
}

impl Shipped {
    /// The copy with each `from` of its layout replaced by its `to` (each
    /// found exactly once), loaded again.
    fn with_layout(self, edits: &[(&str, &str)]) -> Shipped {
        for (from, to) in edits {
            edit(&self.project, "layouts/trifold-a4.toml", from, to);
        }
        Shipped {
            ws: workspace(&self.project),
            project: self.project,
        }
    }

    fn print(&self, doc: &Document) -> Vec<u8> {
        let fonts = self
            .ws
            .fonts(self.ws.layout("trifold-a4").unwrap())
            .unwrap();
        leaflet::export::pdf::write(doc, fonts, &self.ws.caches.subsets, Output::Print).unwrap()
    }
}

fn compose_vi(s: &Shipped) -> Document {
    lay_out(&s.ws, "trifold-a4", "vi").unwrap().document
}

fn paths(page: &leaflet::layout::frame::Page) -> Vec<&IconPath> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Path(p) => Some(p),
            _ => None,
        })
        .collect()
}

#[test]
fn print_files_carry_the_icons_in_device_cmyk_only() {
    let s = shipped();
    let doc = compose_vi(&s);
    let count: usize = doc.pages.iter().map(|p| paths(p).len()).sum();
    assert!(count >= 10, "{count} icon paths");
    let pdf = s.print(&doc);
    let report = leaflet::export::preflight::analyze(
        &pdf,
        "vi.pdf",
        leaflet::export::preflight::Depth::Full,
    )
    .unwrap();
    assert_eq!(
        report.color_spaces.iter().collect::<Vec<_>>(),
        ["DeviceCMYK"],
        "{:?}",
        report.findings
    );
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    // The icons are there as strokes in CMYK, with no RGB operator at all.
    let lo = lopdf::Document::load_mem(&pdf).unwrap();
    let ops: Vec<String> = lo
        .get_pages()
        .values()
        .flat_map(|id| lo.get_and_decode_page_content(*id).unwrap().operations)
        .map(|o| o.operator)
        .collect();
    let has = |op: &str| ops.iter().any(|o| o == op);
    assert!(has("S") && has("K") && has("c"));
    assert!(!has("rg") && !has("RG"));
}

#[test]
fn a_rendered_page_shows_the_icon_where_the_frame_puts_it() {
    let s = shipped();
    let doc = compose_vi(&s);
    let page = &doc.pages[0];
    // The flap's first heading has the `info` icon: a ring, a dot and a stem.
    let info = paths(page)[0];
    let flap = &page.panels[0];
    assert!(flap.safe.contains(&info.bounds), "{:?}", info.bounds);
    let b = info.bounds;
    let pdf = s.print(&doc);
    let dpi = 300.0;
    let raster = leaflet::export::preview::render_page(&pdf, 0, dpi).unwrap();
    let media = page.sheet.media_box();
    // The pixel at a point of the icon's 24-unit grid.
    let pixel = |u: f32, v: f32| {
        let x = b.x + u / 24.0 * b.width;
        let y = b.y + v / 24.0 * b.height;
        let px = ((x - media.x) / 25.4 * dpi) as usize;
        let py = ((y - media.y) / 25.4 * dpi) as usize;
        let at = (py * raster.width + px) * 3;
        [raster.rgb[at], raster.rgb[at + 1], raster.rgb[at + 2]]
    };
    let ink = |p: [u8; 3]| p[0] < 120 && p[2] > p[0] + 40; // the brand blue
    let paper = |p: [u8; 3]| p.iter().all(|&c| c > 235);
    for (u, v) in [
        (2.0, 12.0),
        (22.0, 12.0),
        (12.0, 2.0),
        (12.0, 22.0),
        (12.0, 14.0),
        (12.0, 8.0),
    ] {
        assert!(ink(pixel(u, v)), "no ink at ({u}, {v}): {:?}", pixel(u, v));
    }
    for (u, v) in [
        (7.0, 12.0),
        (17.0, 12.0),
        (12.0, 5.0),
        (12.0, 19.0),
        (-4.0, 12.0),
        (12.0, -4.0),
        (0.3, 0.3),
    ] {
        assert!(paper(pixel(u, v)), "ink at ({u}, {v}): {:?}", pixel(u, v));
    }
}

#[test]
fn icons_stand_before_their_text_which_clears_them() {
    let s = shipped();
    let doc = compose_vi(&s);
    let mut checked = 0;
    for page in &doc.pages {
        let runs: Vec<_> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(r) => Some(r),
                _ => None,
            })
            .collect();
        // One box per icon (its shapes share it).
        let mut boxes: Vec<Rect> = paths(page).iter().map(|p| p.bounds).collect();
        boxes.dedup();
        for b in boxes {
            let middle = b.y + b.height / 2.0;
            // The first line starts just after the icon, level with it…
            let beside = runs.iter().any(|r| {
                r.bounds.x >= b.right() + 1.0
                    && r.bounds.x <= b.right() + 2.5
                    && r.bounds.y < middle
                    && r.bounds.bottom() > middle
            });
            assert!(beside, "no text beside the icon at {b:?}");
            // …and no text overlaps the icon.
            for r in &runs {
                let r = r.bounds;
                let apart =
                    r.x >= b.right() || r.right() <= b.x || r.y >= b.bottom() || r.bottom() <= b.y;
                assert!(apart, "text {r:?} over the icon at {b:?}");
            }
            checked += 1;
        }
    }
    // Seven headings and nine benefits.
    assert_eq!(checked, 16);
}

/// The test project's layout with each `from` replaced by its `to` (each
/// found exactly once), loaded where a copy of the project has the icons.
fn shipped_layout_with(edits: &[(&str, &str)]) -> Result<Layout, leaflet::Error> {
    let project = project_copy("icon-options");
    let path = project.join("layouts/trifold-a4.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "{from}");
        text = text.replacen(from, to, 1);
    }
    Layout::parse(&path, &text)
}

const CITIZEN_ICONS: &str = r#"icon = "circle-check", icon_color = "blue" },
  { type = "heading", text = "benefits-agencies-heading""#;

#[test]
fn each_bullet_can_have_its_own_icon_and_an_icon_block_stands_alone() {
    let per_item = CITIZEN_ICONS.replace(
        r#"icon = "circle-check""#,
        r#"icons = ["clock", "file-text", "circle-check", "search", "message-circle"]"#,
    );
    let s = shipped().with_layout(&[
        (CITIZEN_ICONS, &per_item),
        (
            r#"{ type = "spacer", fill = true },
  { type = "paragraph", text = "slogan""#,
            r#"{ type = "icon", icon = "smartphone", width = 12, style = "caption" },
  { type = "spacer", fill = true },
  { type = "paragraph", text = "slogan""#,
        ),
    ]);
    let doc = compose_vi(&s);
    let page = &doc.pages[0];
    let (flap, back) = (&page.panels[0], &page.panels[1]);
    let in_panel = |area: &Rect| {
        paths(page)
            .into_iter()
            .filter(|p| area.contains(&p.bounds))
            .collect::<Vec<_>>()
    };
    // The citizens' list: five different icons, in the order given. A
    // clock has two subpaths (its ring, its hands), a magnifier two…
    let icon = |name: &str| {
        leaflet::load::icons::load(
            &repo().join(format!("icons/{name}.svg")),
            &Default::default(),
        )
        .unwrap()
    };
    let flap_paths = in_panel(&flap.safe);
    let mut boxes: Vec<(Rect, usize)> = Vec::new();
    for p in &flap_paths {
        match boxes.last_mut() {
            Some((b, n)) if *b == p.bounds => *n += p.subpaths.len(),
            _ => boxes.push((p.bounds, p.subpaths.len())),
        }
    }
    let subpaths =
        |name: &str| -> usize { icon(name).shapes.iter().map(|s| s.outline.len()).sum() };
    let citizens: Vec<usize> = boxes[1..6].iter().map(|(_, n)| *n).collect();
    let expected: Vec<usize> = [
        "clock",
        "file-text",
        "circle-check",
        "search",
        "message-circle",
    ]
    .iter()
    .map(|n| subpaths(n))
    .collect();
    assert_eq!(citizens, expected);
    // The icon block: 12 mm, centred (its style is centred), in its colour.
    let phone: Vec<_> = in_panel(&back.safe)
        .into_iter()
        .filter(|p| p.bounds.width > 10.0)
        .collect();
    let b = phone[0].bounds;
    assert!((b.width - 12.0).abs() < 0.01 && (b.height - 12.0).abs() < 0.01);
    let centre = back.safe.x + back.safe.width / 2.0;
    assert!((b.x + b.width / 2.0 - centre).abs() < 0.01, "{b:?}");
    let stroke = phone[0].stroke.as_ref().unwrap();
    assert_eq!(stroke.color, leaflet::color::Cmyk::BLACK);
    assert!((stroke.width - 1.0).abs() < 0.01, "2 of 24 units at 12 mm");
}

#[test]
fn icon_options_are_checked_where_they_are_written() {
    let cases = [
        (
            r#"{ type = "paragraph", text = "concept-body" }"#,
            r#"{ type = "paragraph", text = "concept-body", icon = "info" }"#,
            "only `heading`, `bullets` and `icon` blocks take `icon`",
        ),
        (
            r#"icon = "circle-check", icon_color = "blue" },
  { type = "heading", text = "benefits-agencies-heading""#,
            r#"icons = ["clock"] },
  { type = "heading", text = "benefits-agencies-heading""#,
            "`icons` gives each item of a `bullets` block its icon: 1 for 5 items",
        ),
        (
            r#"{ type = "heading", text = "websites-heading", icon = "globe" }"#,
            r#"{ type = "heading", text = "websites-heading", icon = "globe", icon_color = "green" }"#,
            "`green` is not a colour of the layout's `[palette]` (it has `blue`, `red`)",
        ),
        (
            r#"{ type = "heading", text = "websites-heading", icon = "globe" }"#,
            r#"{ type = "heading", text = "websites-heading", icon = "../Cargo" }"#,
            "is not an icon name",
        ),
        (
            "red = [0, 95, 90, 0]",
            "red = [0, 95, 190, 0]",
            "palette colour `red`",
        ),
    ];
    for (from, to, message) in cases {
        let e = shipped_layout_with(&[(from, to)]).unwrap_err().to_string();
        assert!(e.contains(message), "{to}: {e}");
        assert!(e.contains("trifold-a4.toml:"), "{e}");
    }
}

#[test]
fn a_changed_icon_file_reads_the_layouts_that_use_it_again() {
    let p = project_copy("icons-reload");
    let mut ws = workspace(&p);
    let revision = |ws: &Workspace| ws.layout_entries()[0].revision;
    let before = revision(&ws);
    // The `info` icon drawn in a colour the layout does not map: the
    // layout is read again, and no longer loads.
    let info = p.join("icons/info.svg");
    let svg = std::fs::read_to_string(&info).unwrap();
    std::fs::write(
        &info,
        svg.replace(r#"stroke="currentColor""#, r##"stroke="#e30613""##),
    )
    .unwrap();
    let affected = ws.reload(std::slice::from_ref(&info));
    assert!(!affected.everything && affected.locales.is_empty());
    assert_eq!(affected.layouts.iter().collect::<Vec<_>>(), ["trifold-a4"]);
    assert_ne!(revision(&ws), before);
    assert!(ws.layout("trifold-a4").is_none());
    let findings = ws.findings(&[]);
    let f = findings
        .iter()
        .find(|f| f.code == leaflet::diag::Code::Icon)
        .expect("the unmapped colour");
    assert!(english(f).contains("`#e30613`"), "{}", english(f));
    // Put back, it loads and lays out again.
    std::fs::write(&info, &svg).unwrap();
    let affected = ws.reload(std::slice::from_ref(&info));
    assert!(affected.touches("trifold-a4", "vi"));
    assert!(lay_out(&ws, "trifold-a4", "vi").is_ok());
    // An SVG outside every icon folder is no input.
    std::fs::write(p.join("notes.svg"), &svg).unwrap();
    assert!(ws.reload(&[p.join("notes.svg")]).is_empty());
}

#[test]
fn watch_rebuilds_the_leaflets_when_an_icon_file_is_saved() {
    use std::io::BufRead;
    use std::time::{Duration, Instant};
    let p = project_copy("icons-watch");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_leaflet"))
        .arg("--project")
        .arg(&p)
        .args(["--lang", "en", "watch", "--locale", "vi"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let watching = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let w = watching.clone();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if line.starts_with("watching ") {
                w.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
    });
    let wait_for = |what: &dyn Fn() -> bool| {
        let start = Instant::now();
        while !what() {
            assert!(start.elapsed() < Duration::from_secs(20), "timed out");
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    wait_for(&|| watching.load(std::sync::atomic::Ordering::SeqCst));
    let pdf = p.join("output/trifold-a4/vi.pdf");
    let before = std::fs::read(&pdf).unwrap();
    // A thicker `info` icon: icons/ is outside layouts/, and watched too.
    edit(
        &p,
        "icons/info.svg",
        r#"stroke-width="2""#,
        r#"stroke-width="3""#,
    );
    wait_for(&|| std::fs::read(&pdf).is_ok_and(|now| now != before));
    child.kill().unwrap();
    let _ = child.wait();
}

//! The layout result itself (plain data, before any PDF is written): where
//! every glyph run, QR code and mark lands.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use leaflet::diag::error::Error;
use leaflet::layout::frame::{Document, Item};
use leaflet::layout::{compose, Inputs};
use leaflet::load::fonts::FontSet;
use leaflet::load::layouts::Layout;
use leaflet::load::links::Links;
use leaflet::load::locale::Catalog;

struct Shipped {
    layout: Layout,
    links: Links,
    fonts: FontSet,
    caches: leaflet::workspace::caches::Caches,
    office: leaflet::load::locale::Variables,
}

fn shipped() -> Shipped {
    let layout = Layout::load(&repo().join("layouts/trifold-a4.toml")).unwrap();
    let fonts = FontSet::load(&repo().join("fonts"), &layout.fonts).unwrap();
    Shipped {
        links: office_links(),
        layout,
        fonts,
        caches: Default::default(),
        office: office(),
    }
}

fn catalog(locale: &str) -> Catalog {
    Catalog::load(locale, &repo().join("locales").join(locale)).unwrap()
}

fn build(s: &Shipped, layout: &Layout, catalog: &Catalog) -> Result<Document, Vec<Error>> {
    compose(&Inputs {
        layout,
        catalog,
        fallback: None,
        variables: &s.office,
        links: &s.links,
        fonts: &s.fonts,
        shapes: &s.caches.shapes,
        qr: &s.caches.qr,
    })
}

/// A locale folder holding one `.ftl` file with `text`.
fn locale_dir(name: &str, text: &str) -> PathBuf {
    let dir = scratch(name).join("vi");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("leaflet.ftl"), text).unwrap();
    dir
}

#[test]
fn every_glyph_run_lies_inside_its_panels_safe_area_and_no_run_crosses_a_fold() {
    let s = shipped();
    for locale in ["vi", "en"] {
        let doc = build(&s, &s.layout, &catalog(locale)).unwrap();
        let mut runs = 0;
        for page in &doc.pages {
            for item in &page.items {
                let bounds = match item {
                    Item::Text(run) => {
                        runs += 1;
                        assert!(
                            run.size >= 8.0,
                            "{locale}: `{}` set at {} pt",
                            run.message,
                            run.size
                        );
                        run.bounds
                    }
                    Item::Qr(q) => q.bounds,
                    _ => continue,
                };
                let panel = page
                    .panels
                    .iter()
                    .find(|p| p.area.x <= bounds.x && bounds.x < p.area.right())
                    .unwrap();
                assert!(
                    panel.safe.contains(&bounds),
                    "{locale}: {item:?} leaves the safe area of panel `{}` {:?}",
                    panel.name,
                    panel.safe
                );
                for fold in &page.folds {
                    assert!(
                        !(bounds.x < *fold && bounds.right() > *fold),
                        "{locale}: crosses the fold at {fold}"
                    );
                }
            }
        }
        assert!(runs > 100, "{locale}: only {runs} runs");
    }
}

#[test]
fn panel_widths_and_folds_match_the_roll_fold_geometry() {
    let doc = build(&shipped(), &shipped().layout, &catalog("vi")).unwrap();
    let widths =
        |i: usize| -> Vec<f32> { doc.pages[i].panels.iter().map(|p| p.area.width).collect() };
    assert_eq!(widths(0), vec![97.0, 100.0, 100.0]);
    assert_eq!(widths(1), vec![100.0, 100.0, 97.0]);
    assert_eq!(doc.pages[0].folds, vec![97.0, 197.0]);
    assert_eq!(doc.pages[1].folds, vec![100.0, 200.0]);
    // A 6 mm safe margin from trim and folds.
    let flap = &doc.pages[0].panels[0];
    assert_eq!((flap.safe.x, flap.safe.width), (6.0, 85.0));
}

#[test]
fn backgrounds_bleed_and_marks_stay_outside_the_bleed() {
    let doc = build(&shipped(), &shipped().layout, &catalog("vi")).unwrap();
    let page = &doc.pages[0];
    let sheet = page.sheet;
    let cover = page
        .items
        .iter()
        .find_map(|i| match i {
            Item::Fill(f) => Some(f.rect),
            _ => None,
        })
        .expect("the cover has a background");
    // The cover is the rightmost panel: its colour reaches the bleed on the
    // top, right and bottom, and stops at the fold on the left.
    assert!((cover.x - 197.0).abs() < 1e-3);
    assert!((cover.right() - 300.0).abs() < 1e-3);
    assert!((cover.y + 3.0).abs() < 1e-3 && (cover.bottom() - 213.0).abs() < 1e-3);
    let bleed = sheet.bleed_box();
    let media = sheet.media_box();
    let mut marks = 0;
    for item in &page.furniture {
        if let Item::Stroke(s) = item {
            marks += 1;
            for (x, y) in [s.from, s.to] {
                let inside_bleed =
                    x > bleed.x && x < bleed.right() && y > bleed.y && y < bleed.bottom();
                assert!(!inside_bleed, "mark at ({x}, {y}) inside the bleed");
                assert!(x >= media.x && x <= media.right() && y >= media.y && y <= media.bottom());
            }
        }
    }
    assert_eq!(marks, 8 + 4, "8 crop marks and 2 fold marks per fold");
}

#[test]
fn qr_codes_are_at_least_20_mm_with_a_quiet_zone_and_readable_modules() {
    let s = shipped();
    let doc = build(&s, &s.layout, &catalog("vi")).unwrap();
    let qrs: Vec<_> = doc
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Qr(q) => Some(q),
            _ => None,
        })
        .collect();
    assert_eq!(qrs.len(), 4);
    let qr_size = qr_size(&s.layout);
    for q in qrs {
        assert!(q.module_size >= 0.4, "module {} mm", q.module_size);
        // The module area (what the finder patterns span, quiet zone
        // excluded) is the layout's `qr_size`, never less than 20 mm.
        let ink = q.modules.iter().fold(q.modules[0], |a, r| a.union(r));
        assert!(ink.width >= 20.0 - 1e-3, "{} mm", ink.width);
        for side in [ink.width, ink.height] {
            assert!((side - qr_size).abs() < 1e-3, "{side} mm");
        }
        for quiet in [ink.x - q.bounds.x, q.bounds.right() - ink.right()] {
            assert!(
                (quiet - 4.0 * q.module_size).abs() < 1e-3,
                "quiet zone {quiet} mm"
            );
        }
    }
}

#[test]
fn an_over_long_panel_is_an_overflow_error_with_panel_locale_and_millimetres() {
    let s = shipped();
    let text = std::fs::read_to_string(repo().join("layouts/trifold-a4.toml")).unwrap();
    let extra = r#"  { type = "paragraph", text = "concept-body" },
"#;
    let grow = |n: usize| {
        let t = text.replacen(
            "  { type = \"paragraph\", text = \"concept-body\" },\n",
            &extra.repeat(n),
            1,
        );
        Layout::parse(Path::new("layouts/long.toml"), &t).unwrap()
    };
    let overflow = |n: usize| -> f32 {
        let errors = build(&s, &grow(n), &catalog("vi")).unwrap_err();
        match &errors[..] {
            [Error::Overflow(o)] => {
                assert_eq!(
                    (o.panel.as_str(), o.locale.as_str(), o.page.as_str()),
                    ("flap", "vi", "outside")
                );
                assert!(o.overflow_mm > 0.0);
                o.overflow_mm
            }
            other => panic!("expected one overflow, got {other:?}"),
        }
    };
    assert!(build(&s, &grow(1), &catalog("vi")).is_ok());
    let (a, b) = (overflow(9), overflow(10));
    // One more paragraph adds its height plus the gap, measured at the
    // smallest auto-fit size (body 10 pt -> the layout's 8 pt minimum).
    let scale = s.layout.min_size / 10.0;
    let text = catalog("vi").message("concept-body").unwrap();
    let span = leaflet::layout::typeset::Span {
        text,
        face: s.fonts.id("regular").unwrap(),
        size: 10.0 * scale,
        color: leaflet::color::Cmyk::BLACK,
        message: "concept-body".into(),
    };
    let measure = leaflet::layout::typeset::Measure {
        width: 85.0,
        first_indent: 0.0,
        indent: 0.0,
        leading: 13.6 * scale,
        align: leaflet::load::layouts::Align::Left,
    };
    let p =
        leaflet::layout::typeset::set_paragraph(&s.fonts, &s.caches.shapes, &[span], measure, "vi")
            .unwrap();
    let expected = p.height + 1.5 * scale;
    assert!(
        (b - a - expected).abs() < 0.01,
        "{a} -> {b}, expected +{expected}"
    );
    let shown = Error::Overflow(
        match &build(&s, &grow(10), &catalog("vi")).unwrap_err()[0] {
            Error::Overflow(o) => o.clone(),
            _ => unreachable!(),
        },
    )
    .to_string();
    assert!(
        shown.contains("panel `flap`") && shown.contains("in locale `vi`") && shown.contains(" mm"),
        "{shown}"
    );
}

#[test]
fn a_character_the_font_lacks_is_an_error_naming_it_the_message_and_the_locale() {
    let s = shipped();
    let source = std::fs::read_to_string(repo().join("locales/vi/leaflet.ftl")).unwrap();
    let broken = source.replace(
        "concept-heading = KHÁI NIỆM",
        "concept-heading = KHÁI NIỆM ก",
    );
    let dir = locale_dir("tofu", &broken);
    let errors = build(&s, &s.layout, &Catalog::load("vi", &dir).unwrap()).unwrap_err();
    match &errors[..] {
        [Error::MissingGlyph {
            character,
            locale,
            id,
            ..
        }] => {
            assert_eq!(
                (*character, locale.as_str(), id.as_str()),
                ('ก', "vi", "concept-heading")
            );
        }
        other => panic!("expected one missing glyph, got {other:?}"),
    }
    assert!(errors[0].to_string().contains("U+0E01"), "{}", errors[0]);
}

#[test]
fn a_word_wider_than_its_column_is_an_error_not_an_overflowing_line() {
    let s = shipped();
    let source = std::fs::read_to_string(repo().join("locales/vi/leaflet.ftl")).unwrap();
    let long = format!("https://{}.gov.vn", "a".repeat(120));
    let broken = source.replace(
        "concept-heading = KHÁI NIỆM",
        &format!("concept-heading = {long}"),
    );
    let dir = locale_dir("wide", &broken);
    let errors = build(&s, &s.layout, &Catalog::load("vi", &dir).unwrap()).unwrap_err();
    assert!(
        matches!(&errors[..], [Error::WordTooWide { id, panel, excess_mm, .. }]
            if id == "concept-heading" && panel == "flap" && *excess_mm > 0.0),
        "{errors:?}"
    );
}

#[test]
fn a_fluent_syntax_error_reports_path_line_and_column() {
    let dir = locale_dir("syntax", "ok = fine\n\nbroken = { $n\nnext = x\n");
    let err = Catalog::load("vi", &dir).err().expect("syntax error");
    let shown = err.to_string();
    let path = dir.join("leaflet.ftl");
    assert!(
        shown.starts_with(&format!("{}:3:14: error:", path.display())),
        "{shown}"
    );
    assert!(shown.contains("broken = { $n\n"), "shows the line: {shown}");
}

#[test]
fn layout_errors_report_path_line_and_column() {
    let text = std::fs::read_to_string(repo().join("layouts/trifold-a4.toml")).unwrap();
    let path = Path::new("layouts/bad.toml");
    // A wrong type: bleed as a string.
    let bad = text.replacen("bleed = 3\n", "bleed = \"3\"\n", 1);
    let line = line_starting(&bad, "bleed =");
    let err = Layout::parse(path, &bad).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!("layouts/bad.toml:{line}:9: error:")),
        "{err}"
    );
    // An unknown style, pointed at where it is named.
    let bad = text.replacen("style = \"subheading\"", "style = \"subhead\"", 1);
    let err = Layout::parse(path, &bad).unwrap_err().to_string();
    let line = bad.lines().position(|l| l.contains("\"subhead\"")).unwrap() + 1;
    assert!(
        err.starts_with(&format!("layouts/bad.toml:{line}:")),
        "{err}"
    );
    assert!(err.contains("unknown style `subhead`"), "{err}");
    // Panels that do not add up to the trim width.
    let bad = text.replacen("width = 97\n", "width = 96\n", 1);
    let err = Layout::parse(path, &bad).unwrap_err().to_string();
    assert!(
        err.contains("add up to 296 mm, but the trim is 297 mm wide"),
        "{err}"
    );
}

#[test]
fn a_bad_top_level_value_is_reported_where_it_is_written() {
    let text = std::fs::read_to_string(repo().join("layouts/trifold-a4.toml")).unwrap();
    let path = Path::new("layouts/bad.toml");
    // (replace, with, the line the error is on starts with, message part)
    let cases = [
        (
            "bleed = 3\n",
            "bleed = -1\n",
            "bleed =",
            "between 0 and 50 mm",
        ),
        ("bleed = 3\n", "bleed = 2\n", "bleed =", "at least 3 mm"),
        (
            "min_size = 8\n",
            "min_size = 0\n",
            "min_size =",
            "1 to 100 pt",
        ),
        (
            "marks_margin = 10\n",
            "marks_margin = 2\n",
            "marks_margin =",
            "at least the bleed",
        ),
        (
            "safe_margin = 6\n",
            "safe_margin = 60\n",
            "safe_margin =",
            "between 0 and 50",
        ),
        (
            "embed_profile = true\n",
            "embed_profile = true\ndraft_mark = \" \"\n",
            "draft_mark =",
            "visible text",
        ),
        (
            "trim = { width = 297",
            "trim = { width = 0",
            "trim =",
            "0 to 2000 mm",
        ),
        (
            "bold = \"NotoSans-Bold.ttf\"\n",
            "",
            "[fonts]",
            "needs a `bold` entry",
        ),
        (
            "{ type = \"steps\", lead = \"step-lead\", items = [\"national",
            "{ type = \"steps\", start = 4294967295, lead = \"step-lead\", items = [\"national",
            "  { type = \"steps\", start",
            "`start` must be 1 to 999",
        ),
    ];
    for (from, to, line_start, message) in cases {
        assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once");
        let bad = text.replacen(from, to, 1);
        let err = Layout::parse(path, &bad).unwrap_err().to_string();
        assert!(err.contains(message), "{to}: {err}");
        let at = err.split(": error:").next().unwrap();
        let line: usize = at.split(':').nth(1).unwrap().parse().unwrap();
        let written = bad.lines().nth(line - 1).unwrap();
        if line_start.starts_with('[') {
            // Tables and blocks: the error points into the table.
            let header = bad.lines().take(line).filter(|l| l.starts_with('[')).last();
            assert_eq!(header, Some(line_start), "{to}: {err}");
        } else {
            assert!(written.starts_with(line_start), "{to}: {err}\n{written}");
        }
    }
    // Two panels with one name: the second one is pointed at.
    let bad = text.replacen("name = \"back\"", "name = \"flap\"", 1);
    let err = Layout::parse(path, &bad).unwrap_err().to_string();
    assert!(err.contains("two panels are named `flap`"), "{err}");
    let line: usize = err.split(':').nth(1).unwrap().parse().unwrap();
    let second = bad.match_indices("name = \"flap\"").nth(1).unwrap().0;
    assert!(
        line > 1 && line <= bad[..second].matches('\n').count() + 1,
        "{err}"
    );
}

#[test]
fn a_missing_message_names_the_id_the_locale_and_where_the_layout_uses_it() {
    let s = shipped();
    let source = std::fs::read_to_string(repo().join("locales/vi/leaflet.ftl")).unwrap();
    let broken = source.replace("levels-heading = ", "levels-headline = ");
    let dir = locale_dir("missing", &broken);
    let errors = build(&s, &s.layout, &Catalog::load("vi", &dir).unwrap()).unwrap_err();
    let shown = errors[0].to_string();
    let layout_text = std::fs::read_to_string(repo().join("layouts/trifold-a4.toml")).unwrap();
    let line = layout_text
        .lines()
        .position(|l| l.contains("\"levels-heading\""))
        .unwrap()
        + 1;
    assert!(
        shown.contains(&format!("trifold-a4.toml:{line}:")),
        "{shown}"
    );
    assert!(
        shown.contains("message `levels-heading` is missing in locale `vi`"),
        "{shown}"
    );
}

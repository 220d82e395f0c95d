//! The layout result itself (plain data, before any PDF is written): where
//! every glyph run, QR code and mark lands.

mod common;

use std::path::Path;

use common::*;
use leaflet::diag::Code;
use leaflet::layout::frame::{Document, Item};
use leaflet::load::layouts::Layout;
use leaflet::Finding;

/// The test project's vi or en leaflet, laid out.
fn document(locale: &str) -> Document {
    let p = project_copy("layout");
    lay_out(&workspace(&p), "trifold-a4", locale)
        .unwrap()
        .document
}

/// The test project with its vi text replaced by `edit(text)`, laid out in
/// vi.
fn with_vi(name: &str, edit: impl Fn(&str) -> String) -> Result<Document, Vec<Finding>> {
    let p = project_copy(name);
    let path = p.join("locales/vi/leaflet.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(&text)).unwrap();
    lay_out(&workspace(&p), "trifold-a4", "vi").map(|l| l.document)
}

/// The test project's layout file.
fn layout_text() -> String {
    std::fs::read_to_string(fixture().join("layouts/trifold-a4.toml")).unwrap()
}

#[test]
fn every_glyph_run_and_icon_lies_inside_its_panels_safe_area_and_none_crosses_a_fold() {
    for locale in ["vi", "en"] {
        let doc = document(locale);
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
                    Item::Path(p) => {
                        let ink = p.ink_bounds().unwrap();
                        assert!(p.bounds.contains(&ink), "{locale}: icon ink {ink:?}");
                        p.bounds
                    }
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
    let doc = document("vi");
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
    let doc = document("vi");
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
    // top, right and bottom, and runs 1.5 mm past the fold on the left,
    // onto the back panel (a fold a little off shows no white edge).
    assert!((cover.x - (197.0 - 1.5)).abs() < 1e-3, "{cover:?}");
    let back = &page.panels[1];
    assert_eq!(back.name, "back");
    assert!((back.area.right() - 197.0).abs() < 1e-3);
    // The 1.5 mm stay within the back panel's margin: no text under it.
    assert!(back.safe.right() < cover.x);
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
    let p = project_copy("qr");
    let ws = workspace(&p);
    let doc = lay_out(&ws, "trifold-a4", "vi").unwrap().document;
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
    let qr_size = qr_size(ws.layout("trifold-a4").unwrap());
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
    let p = project_copy("overflow");
    let text = layout_text();
    let extra = "  { type = \"paragraph\", text = \"concept-body\" },\n";
    let overflow = |n: usize| -> Result<f32, Vec<Finding>> {
        let grown = text.replacen(extra, &extra.repeat(n), 1);
        std::fs::write(p.join("layouts/trifold-a4.toml"), grown).unwrap();
        let ws = workspace(&p);
        match lay_out(&ws, "trifold-a4", "vi") {
            Err(errors) => Err(errors),
            Ok(laid) => match &laid.overflows[..] {
                [] => Ok(0.0),
                [f] if f.code == Code::Overflow => {
                    let at = &f.place;
                    assert_eq!(
                        (
                            at.panel.as_deref(),
                            at.locale.as_deref(),
                            at.page.as_deref()
                        ),
                        (Some("flap"), Some("vi"), Some("outside"))
                    );
                    let shown = f.to_string();
                    assert!(shown.contains("panel `flap` overflows by"), "{shown}");
                    assert!(shown.contains("in locale `vi`"), "{shown}");
                    let mm = f.message.args.iter().find_map(|(name, value)| match value {
                        leaflet::i18n::Arg::Measure(v, _) if *name == "mm" => Some(*v as f32),
                        _ => None,
                    });
                    // The proof shows where the text runs past the panel.
                    let mark = &laid.marks.overflows[0];
                    assert_eq!(mark.panel, "flap");
                    let mm = mm.expect("the amount");
                    assert!((mark.rect.height - mm).abs() < 1e-3);
                    Ok(mm)
                }
                _ => Err(laid.overflows.clone()),
            },
        }
    };
    assert_eq!(overflow(1).unwrap(), 0.0, "one more paragraph fits");
    let (a, b) = (overflow(9).unwrap(), overflow(10).unwrap());
    assert!(a > 0.0);
    // One more paragraph adds its height plus the gap, measured at the
    // smallest auto-fit size (body 10 pt -> the layout's 8 pt minimum).
    let ws = workspace(&p);
    let layout = ws.layout("trifold-a4").unwrap();
    let fonts = ws.fonts(layout).unwrap();
    let scale = layout.min_size / 10.0;
    let text = ws.source().unwrap().message("concept-body").unwrap();
    let span = leaflet::layout::typeset::Span {
        text,
        face: fonts.id("regular").unwrap(),
        size: 10.0 * scale,
        color: leaflet::color::Cmyk::BLACK,
        message: "concept-body".into(),
        tag: Default::default(),
    };
    let measure = leaflet::layout::typeset::Measure {
        width: 85.0,
        first_indent: 0.0,
        indent: 0.0,
        leading: 13.6 * scale,
        align: leaflet::load::layouts::Align::Left,
    };
    let para =
        leaflet::layout::typeset::set_paragraph(fonts, &ws.caches.shapes, &[span], measure, "vi")
            .unwrap();
    let expected = para.height + 1.5 * scale;
    assert!(
        (b - a - expected).abs() < 0.01,
        "{a} -> {b}, expected +{expected}"
    );
}

#[test]
fn a_character_the_font_lacks_is_an_error_naming_it_the_message_and_the_locale() {
    let errors = with_vi("tofu", |t| {
        t.replace(
            "concept-heading = KHÁI NIỆM",
            "concept-heading = KHÁI NIỆM ก",
        )
    })
    .unwrap_err();
    match &errors[..] {
        [f] => {
            assert_eq!(f.code, Code::MissingGlyph);
            assert_eq!(f.place.locale.as_deref(), Some("vi"));
            assert_eq!(f.place.message_id.as_deref(), Some("concept-heading"));
            assert!(english(f).contains("`ก` (U+0E01)"), "{f}");
        }
        other => panic!("expected one missing glyph, got {other:?}"),
    }
}

#[test]
fn a_word_wider_than_its_column_is_an_error_not_an_overflowing_line() {
    let long = format!("https://{}.gov.vn", "a".repeat(120));
    let errors = with_vi("wide", |t| {
        t.replace(
            "concept-heading = KHÁI NIỆM",
            &format!("concept-heading = {long}"),
        )
    })
    .unwrap_err();
    assert!(
        matches!(&errors[..], [f] if f.code == Code::WordTooWide
            && f.place.message_id.as_deref() == Some("concept-heading")
            && english(f).contains("wider than panel `flap`")),
        "{errors:?}"
    );
}

#[test]
fn a_fluent_syntax_error_reports_path_line_and_column() {
    let file = leaflet::load::ftl::FtlFile::parse(
        Path::new("vi/leaflet.ftl"),
        "ok = fine\n\nbroken = { $n\nnext = x\n".into(),
    );
    let e = &file.syntax_errors[0];
    let shown = file
        .finding_at(Finding::new(e.code, e.message.clone()), e.offset)
        .to_string();
    assert!(
        shown.starts_with("vi/leaflet.ftl:3:14: error[syntax]: the `{` opened at line 3, column 10 is never closed"),
        "{shown}"
    );
    assert!(shown.contains("broken = { $n\n"), "shows the line: {shown}");
}

#[test]
fn layout_errors_report_path_line_and_column() {
    let text = layout_text();
    let path = Path::new("layouts/bad.toml");
    // A wrong type: bleed as a string.
    let bad = text.replacen("bleed = 3\n", "bleed = \"3\"\n", 1);
    let line = line_starting(&bad, "bleed =");
    let err = Layout::parse(path, &bad).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "layouts/bad.toml:{line}:9: error[syntax]: a number was expected here"
        )),
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
    assert!(err.contains("there is no style `subhead`"), "{err}");
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
    let text = layout_text();
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
            "between 1 and 100 pt",
        ),
        (
            "marks_margin = 10\n",
            "marks_margin = 2\n",
            "marks_margin =",
            "at least as large as the bleed",
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
            "between 0 and 2000 mm",
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
            "`start` must be between 1 and 999",
        ),
    ];
    for (from, to, line_start, message) in cases {
        assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once");
        let bad = text.replacen(from, to, 1);
        let err = Layout::parse(path, &bad).unwrap_err().to_string();
        assert!(err.contains(message), "{to}: {err}");
        let at = err.split(": error[").next().unwrap();
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
    let errors = with_vi("missing", |t| {
        t.replace("levels-heading = ", "levels-headline = ")
    })
    .unwrap_err();
    let shown = errors[0].to_string();
    let line = layout_text()
        .lines()
        .position(|l| l.contains("\"levels-heading\""))
        .unwrap()
        + 1;
    assert!(
        shown.contains(&format!("trifold-a4.toml:{line}:")),
        "{shown}"
    );
    assert!(
        shown.contains("error[unknown-reference]: the layout names `levels-heading`, which the source text does not define"),
        "{shown}"
    );
    assert!(
        shown.contains("in locale `vi`, message `levels-heading`"),
        "{shown}"
    );
}

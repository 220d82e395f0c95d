//! The office-printer file (`build --office`): an A4 sheet exactly,
//! nothing within the printer margin, fold ticks, QR codes still 20 mm and
//! readable, the printing sheet, and preflight of such files.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::*;
use leaflet::export::preflight::{analyze, Depth};
use leaflet::layout::frame::{Item, Rect};
use leaflet::layout::office::{for_office_printer, printable, TICK_LENGTH};
use lopdf::Document;

const LOCALES: [&str; 4] = ["vi", "en", "jra", "bdq"];
/// The shipped layouts' printer margin (the default).
const MARGIN: f32 = 5.0;

fn built() -> Arc<Scratch> {
    shared_build("office", &["--office"])
}

fn read(out: &Path, file: &str) -> Vec<u8> {
    std::fs::read(out.join("output/trifold-a4").join(file)).unwrap()
}

#[test]
fn office_files_are_exactly_a4_with_no_bleed_and_no_marks() {
    let out = built();
    for locale in LOCALES {
        let bytes = read(&out, &format!("{locale}.office.pdf"));
        let doc = Document::load_mem(&bytes).unwrap();
        let pages = doc.get_pages();
        assert_eq!(pages.len(), 2, "{locale}: outside and inside");
        for (n, id) in pages {
            for key in [&b"MediaBox"[..], b"TrimBox", b"BleedBox"] {
                let b = page_box(&doc, id, key);
                let expected = [0.0, 0.0, 297.0, 210.0];
                for (got, want) in b.iter().zip(expected) {
                    assert!(
                        (got - want).abs() < 0.1,
                        "{locale} page {n}: {} is {b:?}",
                        String::from_utf8_lossy(key)
                    );
                }
            }
        }
        // Not a PDF/X print file: no output intent for a press.
        let catalog = doc.catalog().unwrap();
        assert!(catalog.get(b"OutputIntents").is_err(), "{locale}");
    }
}

/// Every item of the office document lies inside the printable area, and
/// backgrounds stop exactly at the margin.
#[test]
fn no_item_of_the_office_layout_lies_within_the_printer_margin() {
    let project = project_copy("office-layout");
    let ws = workspace(&project);
    let layout = ws.layout("trifold-a4").unwrap();
    assert_eq!(layout.printer_margin, MARGIN, "the default");
    for locale in LOCALES {
        let laid = lay_out(&ws, "trifold-a4", locale).unwrap();
        let doc = for_office_printer(&laid.document, layout).unwrap();
        for page in &doc.pages {
            let sheet = page.sheet;
            assert_eq!((sheet.bleed, sheet.marks_margin), (0.0, 0.0));
            let inside = printable(&sheet, MARGIN);
            let mut backgrounds = 0;
            for item in page.items.iter().chain(&page.furniture) {
                let b = match item {
                    Item::Path(p) => p.ink_bounds().unwrap(),
                    Item::Link(_) | Item::Note(_) => panic!("{locale}: no links on paper"),
                    other => other.bounds().unwrap(),
                };
                assert!(
                    inside.contains(&b),
                    "{locale} {}: {item:?} reaches into the margin",
                    page.name
                );
                if let Item::Fill(f) = item {
                    if f.rect.height > 150.0 {
                        backgrounds += 1;
                        // The cover's blue runs to the margin, not short of it.
                        assert!((f.rect.y - MARGIN).abs() < 0.01, "{:?}", f.rect);
                        assert!((f.rect.bottom() - (210.0 - MARGIN)).abs() < 0.01);
                        assert!((f.rect.right() - (297.0 - MARGIN)).abs() < 0.01);
                    }
                }
                if let Item::Qr(q) = item {
                    let ink = q
                        .modules
                        .iter()
                        .copied()
                        .reduce(|a, b| a.union(&b))
                        .unwrap();
                    assert!(ink.width >= 19.95 && ink.height >= 19.95, "{ink:?}");
                }
            }
            if page.name == "outside" {
                assert_eq!(backgrounds, 1, "the cover");
            }
            // The draft mark (of the translations) hides no text.
            let texts: Vec<Rect> = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text(r) => Some(r.bounds),
                    _ => None,
                })
                .collect();
            for label in page.furniture.iter().filter_map(|i| match i {
                Item::Fill(f) => Some(f.rect),
                _ => None,
            }) {
                assert!(
                    !texts.iter().any(|t| t.x < label.right()
                        && label.x < t.right()
                        && t.y < label.bottom()
                        && label.y < t.bottom()),
                    "{locale} {}: the draft mark at {label:?} covers text",
                    page.name
                );
            }
            if locale != "vi" {
                assert!(
                    page.furniture.iter().any(|i| matches!(i, Item::Fill(_))),
                    "{locale}: draft"
                );
            }
        }
    }
}

#[test]
fn rendered_office_pages_have_no_ink_within_5_mm_of_the_edge() {
    let out = built();
    let dpi = 110.0;
    let px = |mm: f32| (mm / 25.4 * dpi).floor() as usize;
    for locale in LOCALES {
        let bytes = read(&out, &format!("{locale}.office.pdf"));
        for page in 0..2 {
            let (w, h, grey) = render_grey(&bytes, page, dpi / 72.0);
            assert!(
                w.abs_diff(px(297.0)) <= 1 && h.abs_diff(px(210.0)) <= 1,
                "{w} × {h}"
            );
            // The pixel row on the margin's edge is shaded by backgrounds
            // that stop there: the check starts one pixel further out.
            let edge = px(MARGIN) - 1;
            let mut inked = Vec::new();
            for y in 0..h {
                for x in 0..w {
                    let from_edge = x.min(y).min(w - 1 - x).min(h - 1 - y);
                    if from_edge < edge && grey[y * w + x] < 250 {
                        inked.push((x, y));
                    }
                }
            }
            assert!(
                inked.is_empty(),
                "{locale} page {}: {} dark pixels in the margin, first {:?}",
                page + 1,
                inked.len(),
                inked.first()
            );
            // And the leaflet is there: the margin's inner edge is not all
            // there is.
            assert!(grey.iter().filter(|&&g| g < 128).count() > 10_000);
        }
    }
}

#[test]
fn fold_ticks_and_registration_crosses_sit_just_inside_the_margin() {
    let project = project_copy("office-ticks");
    let ws = workspace(&project);
    let layout = ws.layout("trifold-a4").unwrap();
    let laid = lay_out(&ws, "trifold-a4", "vi").unwrap();
    let doc = for_office_printer(&laid.document, layout).unwrap();
    let folds = [vec![97.0, 197.0], vec![100.0, 200.0]];
    for (page, folds) in doc.pages.iter().zip(folds) {
        assert_eq!(page.folds, folds);
        let strokes: Vec<_> = page
            .furniture
            .iter()
            .filter_map(|i| match i {
                Item::Stroke(s) => Some(s),
                _ => None,
            })
            .collect();
        for &x in &folds {
            let vertical = |top: bool| {
                strokes.iter().any(|s| {
                    let (y0, y1) = (s.from.1.min(s.to.1), s.from.1.max(s.to.1));
                    (s.from.0 - x).abs() < 0.01
                        && (s.to.0 - x).abs() < 0.01
                        && (y1 - y0 - TICK_LENGTH).abs() < 0.01
                        && if top {
                            y0 > MARGIN && y0 < MARGIN + 1.0
                        } else {
                            y1 < 210.0 - MARGIN && y1 > 210.0 - MARGIN - 1.0
                        }
                })
            };
            assert!(vertical(true) && vertical(false), "{} fold {x}", page.name);
            assert!(
                strokes.iter().any(|s| (s.from.1 - s.to.1).abs() < 0.01
                    && s.from.0 < x
                    && s.to.0 > x
                    && s.from.1 < MARGIN + TICK_LENGTH),
                "{} fold {x}: the cross's bar",
                page.name
            );
        }
        // The back side's folds, seen through the sheet flipped on its
        // short edge, are the front's: the crosses line up.
    }
    let mirrored: Vec<f32> = doc.pages[1].folds.iter().map(|x| 297.0 - x).rev().collect();
    assert_eq!(mirrored, doc.pages[0].folds);

    // On the rendered file: dark pixels on the fold at the top.
    let out = built();
    let bytes = read(&out, "vi.office.pdf");
    let scale = 300.0 / 72.0;
    let (w, _, grey) = render_grey(&bytes, 0, scale);
    let at = |x_mm: f32, y_mm: f32| {
        let (x, y) = (
            (x_mm * scale * 72.0 / 25.4) as usize,
            (y_mm * scale * 72.0 / 25.4) as usize,
        );
        grey[y * w + x]
    };
    assert!(at(97.0, MARGIN + 2.5) < 160, "a tick on the flap's fold");
    // On the cover's blue (which runs past its fold) the tick is white.
    assert!(at(197.0, MARGIN + 2.5) > 200, "a white tick on the blue");
    assert!(at(197.0 - 0.8, MARGIN + 2.5) < 160, "beside it, the blue");
}

#[test]
fn office_qr_codes_are_20_mm_and_decode_and_preflight_passes() {
    let out = built();
    for locale in LOCALES {
        let file = format!("{locale}.office.pdf");
        let bytes = read(&out, &file);
        let report = analyze(&bytes, &file, Depth::Full).unwrap();
        assert!(
            !report.blocking(),
            "{locale}: {:?}",
            report.findings.iter().map(english).collect::<Vec<_>>()
        );
        let codes = report.qr_codes.unwrap();
        assert_eq!(codes.len(), 4, "{locale}");
        for q in &codes {
            assert!(q.size_mm >= 19.9, "{locale}: {q:?}");
            assert!(q.content.starts_with("https://"), "{locale}: {q:?}");
        }
        let (w, h, grey) = render_grey(&bytes, 0, 200.0 / 72.0);
        assert_eq!(decode_qr_codes(w, h, &grey).len(), 4);
    }
    let file = out.join("output/trifold-a4/vi.office.pdf");
    let o = leaflet(&out, &["preflight", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn preflight_refuses_office_files_that_are_not_a4_or_ink_the_margin() {
    let out = built();
    // The print file under an office file's name: 317 × 230 mm.
    let print = read(&out, "vi.pdf");
    let report = analyze(&print, "vi.office.pdf", Depth::Quick).unwrap();
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == leaflet::diag::Code::NotA4));
    assert!(report.blocking());

    // An office file with a black square in its top-left corner.
    let bytes = read(&out, "vi.office.pdf");
    let mut doc = Document::load_mem(&bytes).unwrap();
    let first = *doc.get_pages().get(&1).unwrap();
    let mut content = doc.get_and_decode_page_content(first).unwrap();
    content.operations.extend(
        lopdf::content::Content::decode(b"q 0 g 2 590 8 4 re f Q")
            .unwrap()
            .operations,
    );
    doc.change_page_content(first, content.encode().unwrap())
        .unwrap();
    let mut inked = Vec::new();
    doc.save_to(&mut inked).unwrap();
    let report = analyze(&inked, "vi.office.pdf", Depth::Full).unwrap();
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == leaflet::diag::Code::InkInMargin)
        .collect();
    assert_eq!(found.len(), 1, "{:?}", report.findings);
    assert_eq!(found[0].place.pdf_page, Some(1));
    assert!(report.blocking());
}

#[test]
fn a_printer_margin_wider_than_the_safe_area_fails_instead_of_clipping_text() {
    let project = project_copy("office-wide-margin");
    edit(
        &project,
        "layouts/trifold-a4.toml",
        "safe_margin = 6\n",
        "safe_margin = 6\nprinter_margin_mm = 8\n",
    );
    let o = leaflet(&project, &["build", "--office", "--locale", "vi"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("office-margin"), "{err}");
    assert!(err.contains("8 mm"), "{err}");
    assert!(!project.join("output/trifold-a4/vi.office.pdf").exists());
    assert!(
        !project.join("output/trifold-a4/vi.pdf").exists(),
        "all or nothing"
    );
}

#[test]
fn the_printing_sheet_tells_a_clerk_in_vietnamese_how_to_print_duplex() {
    let out = built();
    let bytes = read(&out, "huong-dan-in.pdf");
    let doc = Document::load_mem(&bytes).unwrap();
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 1);
    let b = page_box(&doc, pages[&1], b"MediaBox");
    assert!(
        (b[2] - 210.0).abs() < 0.1 && (b[3] - 297.0).abs() < 0.1,
        "{b:?}"
    );
    let text = extract_text(&doc).concat();
    for needle in [
        "lật theo CẠNH NGẮN",
        "100 %",
        "Không chọn “Vừa trang”",
        "dấu chữ thập",
        "vi.office.pdf",
        "bdq.office.pdf",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    let report = analyze(&bytes, "huong-dan-in.pdf", Depth::Full).unwrap();
    assert!(!report.blocking(), "{:?}", report.findings);
}

#[test]
fn office_files_are_deterministic() {
    let a = built();
    let b = build_shipped_with("office-again", &["--office"]);
    for file in ["vi.office.pdf", "jra.office.pdf", "huong-dan-in.pdf"] {
        assert!(read(&a, file) == read(&b, file), "{file} differs");
    }
}

//! Press details of the print files: every glyph extracts on its own,
//! the cover's colour runs past the fold, and a slug line names each file
//! outside the bleed.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use common::*;
use leaflet::layout::frame::Item;
use lopdf::{Document, Object};
use unicode_normalization::UnicodeNormalization;

fn built() -> Arc<Scratch> {
    shared_build("press", &["--screen", "--office"])
}

fn load(out: &Path, file: &str) -> (Vec<u8>, Document) {
    let bytes = std::fs::read(out.join("output/trifold-a4").join(file)).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    (bytes, doc)
}

/// Text as a viewer that ignores `/ActualText` extracts it (MuPDF): every
/// glyph code through its font's ToUnicode map, U+FFFD where it has none.
/// Also returns each `/ActualText` span's text with its glyphs' own.
fn glyph_by_glyph(doc: &Document) -> (String, Vec<(String, String)>) {
    let mut text = String::new();
    let mut spans: Vec<(String, String)> = Vec::new();
    // The open marked-content sequences: an ActualText span (its text and
    // the glyphs' own texts), or structure / artifact marks of a tagged file.
    let mut open: Vec<Option<(String, String)>> = Vec::new();
    for (_, page) in doc.get_pages() {
        let maps: BTreeMap<Vec<u8>, BTreeMap<u16, String>> = doc
            .get_page_fonts(page)
            .unwrap()
            .iter()
            .map(|(name, font)| {
                let cmap = font.get(b"ToUnicode").unwrap().as_reference().unwrap();
                let stream = doc.get_object(cmap).unwrap().as_stream().unwrap();
                let data = stream.decompressed_content().unwrap();
                (name.clone(), parse_cmap(&String::from_utf8_lossy(&data)))
            })
            .collect();
        let mut font = Vec::new();
        for op in doc.get_and_decode_page_content(page).unwrap().operations {
            match op.operator.as_str() {
                "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
                "BDC" => {
                    let props = op.operands[1].as_dict().unwrap();
                    open.push(match props.get(b"ActualText") {
                        Ok(Object::String(bytes, _)) => {
                            let units: Vec<u16> = bytes[2..]
                                .chunks(2)
                                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                                .collect();
                            Some((String::from_utf16(&units).unwrap(), String::new()))
                        }
                        _ => None,
                    });
                }
                "BMC" => open.push(None),
                "EMC" => spans.extend(open.pop().flatten()),
                "TJ" => {
                    for item in op.operands[0].as_array().unwrap() {
                        if let Object::String(bytes, _) = item {
                            for code in bytes.chunks(2) {
                                let code = u16::from_be_bytes([code[0], code[1]]);
                                let t = maps[&font].get(&code).map_or("\u{FFFD}", |s| s);
                                text.push_str(t);
                                for (_, plain) in open.iter_mut().flatten() {
                                    plain.push_str(t);
                                }
                            }
                        }
                    }
                }
                "ET" => text.push('\n'),
                _ => {}
            }
        }
    }
    (text, spans)
}

/// Without whitespace (the tools break lines and space words by their own
/// rules), composed.
fn squeezed(text: &str) -> String {
    let bare: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    bare.nfc().collect()
}

/// The characters of `text`, squeezed, in order: for tools that read the
/// columns of a page in different orders.
fn characters(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = squeezed(text).chars().collect();
    chars.sort_unstable();
    chars
}

#[test]
fn every_glyph_has_its_own_tounicode_entry() {
    let out = built();
    for locale in ["vi", "en", "jra", "bdq"] {
        for file in [
            format!("{locale}.pdf"),
            screen_name(locale),
            format!("{locale}.office.pdf"),
        ] {
            let (_, doc) = load(&out, &file);
            let (plain, spans) = glyph_by_glyph(&doc);
            assert!(!plain.contains('\u{FFFD}'), "{file}: a glyph without text");
            // The same text as a reader of /ActualText gets, up to
            // canonical equivalence (ị as i + U+0323).
            let actual = extract_text(&doc).concat();
            assert_eq!(squeezed(&plain), squeezed(&actual), "{file}");
            assert!(!actual.contains('\u{FFFD}'), "{file}");
            // ActualText only where the glyphs' own texts are not the
            // exact text: ị and ụ, which the font's Vietnamese shaping sets
            // as i or u plus a combining dot below.
            for (actual, plain) in &spans {
                assert_ne!(actual, plain, "{file}: a span that is not needed");
                assert_eq!(squeezed(actual), squeezed(plain), "{file}");
            }
            if locale == "vi" {
                assert!(!spans.is_empty(), "{file}: ị keeps its composed form");
                assert!(plain.contains("i\u{323}") && plain.contains("u\u{323}"));
                assert!(actual.contains('ị') && actual.contains('ụ'));
            }
        }
    }
}

/// MuPDF and poppler, where installed, extract the same text.
#[test]
fn mupdf_and_pdftotext_agree_on_the_vietnamese_leaflet() {
    let out = built();
    let file = out.join("output/trifold-a4/vi.pdf");
    let run = |cmd: &str, args: &[&str]| {
        Command::new(cmd)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let path = file.to_str().unwrap();
    let (Some(mu), Some(poppler)) = (
        run("mutool", &["draw", "-q", "-F", "txt", "-o", "-", path]),
        run("pdftotext", &[path, "-"]),
    ) else {
        eprintln!("mutool or pdftotext not installed: skipped");
        return;
    };
    assert!(!mu.contains('\u{FFFD}'), "MuPDF: {mu}");
    assert_eq!(characters(&mu), characters(&poppler));
    assert!(poppler.contains("Dịch vụ"));
}

#[test]
fn the_cover_colour_runs_1_5_mm_past_the_fold_onto_the_back() {
    let project = project_copy("press-fold");
    let ws = workspace(&project);
    let layout = ws.layout("trifold-a4").unwrap();
    assert_eq!(layout.background_past_fold, 1.5, "the default");
    let doc = lay_out(&ws, "trifold-a4", "vi").unwrap().document;
    let page = &doc.pages[0];
    let back = page.panels.iter().find(|p| p.name == "back").unwrap();
    let cover = page.panels.iter().find(|p| p.name == "cover").unwrap();
    assert!(
        (cover.area.x - back.area.right()).abs() < 1e-3,
        "they meet at the fold"
    );
    let fill = page
        .items
        .iter()
        .find_map(|i| match i {
            Item::Fill(f) => Some(f.rect),
            _ => None,
        })
        .unwrap();
    assert!((fill.x - (cover.area.x - 1.5)).abs() < 0.01, "{fill:?}");
    // Past the fold, but clear of the back panel's text.
    for item in &page.items {
        if let Item::Text(run) = item {
            let b = run.bounds;
            if b.x < cover.area.x {
                assert!(
                    b.right() <= fill.x,
                    "{}: under the cover colour",
                    run.message
                );
            }
        }
    }
    // A layout can set it.
    edit(
        &project,
        "layouts/trifold-a4.toml",
        "safe_margin = 6\n",
        "safe_margin = 6\nbackground_past_fold = 0\n",
    );
    let ws = workspace(&project);
    let doc = lay_out(&ws, "trifold-a4", "vi").unwrap().document;
    let fill = doc.pages[0]
        .items
        .iter()
        .find_map(|i| match i {
            Item::Fill(f) => Some(f.rect),
            _ => None,
        })
        .unwrap();
    assert!((fill.x - 197.0).abs() < 0.01);
}

#[test]
fn a_slug_line_outside_the_bleed_names_file_locale_and_office() {
    let out = built();
    for locale in ["vi", "jra", "bdq"] {
        let (_, doc) = load(&out, &format!("{locale}.pdf"));
        let pages = extract_text(&doc);
        for (n, (text, side)) in pages.iter().zip(["outside", "inside"]).enumerate() {
            let slug = format!(
                "trifold-a4/{locale}.pdf · {locale} · default · {}/2 {side}",
                n + 1
            );
            assert!(
                text.contains(&slug),
                "{locale} page {}: {slug:?} in {text}",
                n + 1
            );
        }
        // Where it is: below the bleed, inside the media box, clear of the
        // crop mark at the corner and of the first fold mark.
        let id = doc.get_pages()[&1];
        let bleed = page_box(&doc, id, b"BleedBox");
        let media = page_box(&doc, id, b"MediaBox");
        let content = doc.get_and_decode_page_content(id).unwrap();
        let mut last_y = None;
        for op in content.operations {
            if op.operator == "Tm" {
                let v: Vec<f64> = op
                    .operands
                    .iter()
                    .map(|o| match o {
                        Object::Integer(i) => *i as f64,
                        Object::Real(r) => *r as f64,
                        _ => 0.0,
                    })
                    .collect();
                last_y = Some((mm(v[4]), mm(v[5])));
            }
        }
        // The slug is the last text drawn: its baseline below the bleed.
        let (x, y) = last_y.unwrap();
        assert!(y < bleed[1] && y > media[1], "{locale}: baseline at {y} mm");
        assert!(x > bleed[0] + 3.0 && x < bleed[0] + 20.0, "{locale}: x {x}");
    }
    // Only the print file has it.
    for file in [screen_name("vi"), "vi.office.pdf".to_string()] {
        let (_, doc) = load(&out, &file);
        assert!(
            !extract_text(&doc).concat().contains("trifold-a4/vi.pdf"),
            "{file}"
        );
    }
}

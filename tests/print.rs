//! Print production: PDF/X output, the screen and proof variants, auto-fit,
//! colour rules and preflight.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::*;
use leaflet::color::{area_color, text_color, Cmyk};
use leaflet::diag::Code;
use leaflet::i18n::Lang;
use leaflet::layout::frame::Item;
use leaflet::layout::LaidOut;
use leaflet::workspace::Workspace;
use leaflet::Finding;
use lopdf::{Document, Object};

/// The test project built with its screen and proof files (shared by the
/// tests running at the same time).
fn shipped() -> Arc<Scratch> {
    shared_build("print", &["--screen", "--proof"])
}

/// A file of the shipped build's `output/trifold-a4/`.
fn load(out: &Path, file: &str) -> (Vec<u8>, Document) {
    let bytes = std::fs::read(out.join("output/trifold-a4").join(file)).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    (bytes, doc)
}

/// Operators of every page's content stream.
fn operators(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .values()
        .flat_map(|id| doc.get_and_decode_page_content(*id).unwrap().operations)
        .map(|op| op.operator)
        .collect()
}

#[test]
fn print_pdfs_are_pdf_x_1a_with_a_fogra39_output_intent() {
    let out = shipped();
    for locale in ["vi", "en", "jra", "bdq"] {
        let (bytes, doc) = load(&out, &format!("{locale}.pdf"));
        assert!(
            bytes.starts_with(b"%PDF-1.3"),
            "{locale}: PDF/X-1a:2001 is PDF 1.3"
        );
        // PDF 1.3 has no cross-reference streams (1.5) or object streams:
        // a classic table and trailer only.
        let tail = &bytes[bytes.len().saturating_sub(4096)..];
        let has = |needle: &[u8]| tail.windows(needle.len()).any(|w| w == needle);
        assert!(
            has(b"\nxref\n") && has(b"\ntrailer\n"),
            "{locale}: no xref table"
        );
        for newer in [&b"/XRef"[..], b"/ObjStm"] {
            assert!(
                !bytes.windows(newer.len()).any(|w| w == newer),
                "{locale}: PDF 1.5 structure in a 1.3 file"
            );
        }
        let info = doc
            .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
            .unwrap();
        let text = |k: &[u8]| info.get(k).unwrap().as_str().unwrap().to_vec();
        assert_eq!(text(b"GTS_PDFXVersion"), b"PDF/X-1:2001");
        assert_eq!(text(b"GTS_PDFXConformance"), b"PDF/X-1a:2001");
        assert_eq!(info.get(b"Trapped").unwrap().as_name().unwrap(), b"False");
        assert!(info.get(b"ModDate").is_ok() && info.get(b"Title").is_ok());
        let intents = doc
            .catalog()
            .unwrap()
            .get(b"OutputIntents")
            .unwrap()
            .as_array()
            .unwrap();
        let intent = match &intents[0] {
            Object::Dictionary(d) => d.clone(),
            Object::Reference(r) => doc.get_dictionary(*r).unwrap().clone(),
            _ => panic!("output intent"),
        };
        assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFX");
        assert_eq!(
            intent
                .get(b"OutputConditionIdentifier")
                .unwrap()
                .as_str()
                .unwrap(),
            b"FOGRA39"
        );
        let profile = doc
            .get_object(
                intent
                    .get(b"DestOutputProfile")
                    .unwrap()
                    .as_reference()
                    .unwrap(),
            )
            .unwrap()
            .as_stream()
            .unwrap();
        assert_eq!(
            profile.dict.get(b"N").unwrap().as_i64().unwrap(),
            4,
            "a CMYK profile"
        );
        let profile = profile
            .decompressed_content()
            .unwrap_or_else(|_| profile.content.clone());
        assert_eq!(&profile[36..40], b"acsp", "an ICC profile");
        // Embedded byte for byte, as the profile's licence requires.
        assert!(
            profile == std::fs::read(repo().join("icc/CoatedFOGRA39.icc")).unwrap(),
            "the vendored FOGRA39 profile, unmodified"
        );
        // Only CMYK colour operators; no annotations.
        let ops = operators(&doc);
        assert!(ops.iter().any(|o| o == "k"));
        assert!(
            !ops.iter()
                .any(|o| ["rg", "RG", "g", "G", "sc", "scn"].contains(&o.as_str())),
            "{locale}"
        );
        for (_, page) in doc.get_pages() {
            assert!(
                doc.get_dictionary(page).unwrap().get(b"Annots").is_err(),
                "{locale}: annotations"
            );
        }
    }
}

#[test]
fn the_shipped_leaflets_pass_preflight() {
    let out = shipped();
    let files: Vec<String> = ["vi", "en", "jra", "bdq"]
        .iter()
        .map(|l| {
            out.join(format!("output/trifold-a4/{l}.pdf"))
                .display()
                .to_string()
        })
        .collect();
    let mut args = vec!["preflight", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let o = leaflet(&out, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let reports: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    for r in reports.as_array().unwrap() {
        assert_eq!(r["findings"].as_array().unwrap().len(), 0, "{r}");
        assert_eq!(r["output_intent"], "FOGRA39");
        assert_eq!(r["color_spaces"], serde_json::json!(["DeviceCMYK"]));
        assert_eq!(
            r["pages"][0]["bleed_mm"]
                .as_f64()
                .map(|b| (b * 10.0).round()),
            Some(30.0)
        );
        assert!(r["smallest_text_pt"].as_f64().unwrap() >= 8.0);
        let qr = r["qr_codes"].as_array().unwrap();
        assert_eq!(qr.len(), 4);
        // Measured from the rendering, the printed size is the layout's.
        let size = qr_size(setup().ws.layout("trifold-a4").unwrap()) as f64;
        assert_eq!(size, 20.0);
        for q in qr {
            let measured = q["size_mm"].as_f64().unwrap();
            assert!((measured - size).abs() <= 0.2, "{q}");
        }
    }
}

#[test]
fn the_screen_variant_is_one_rgb_page_per_panel_in_reading_order_with_bookmarks() {
    let out = shipped();
    let (_, doc) = load(&out, &screen_name("vi"));
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 6);
    let widths: Vec<i64> = pages
        .values()
        .map(|id| {
            let media = page_box(&doc, *id, b"MediaBox");
            assert_eq!(media, page_box(&doc, *id, b"TrimBox"), "no bleed on screen");
            (media[2] - media[0]).round() as i64
        })
        .collect();
    // cover, flap, inside left/middle/right, back: the 97 mm panels are
    // centred on pages as wide as the others (one zoom on a phone).
    assert_eq!(widths, vec![100; 6]);
    let text = extract_text(&doc);
    assert!(
        text[0].contains("DỊCH VỤ CÔNG")
            && text[1].contains("KHÁI NIỆM")
            && text[5].contains("HƯỚNG DẪN HỖ TRỢ")
    );
    let ops = operators(&doc);
    assert!(
        ops.iter().any(|o| o == "rg") && !ops.iter().any(|o| o == "k" || o == "K"),
        "RGB only"
    );
    // No crop or fold marks: those are lone straight lines (`m l S`);
    // the strokes left outline icons (curves, several subpaths).
    let mut path: Vec<&str> = Vec::new();
    let mut lone_lines = 0;
    for op in &ops {
        match op.as_str() {
            "m" | "l" | "c" | "h" => path.push(op),
            paint => {
                lone_lines += usize::from(paint == "S" && path == ["m", "l"]);
                path.clear();
            }
        }
    }
    assert_eq!(lone_lines, 0, "no crop or fold marks");
    assert!(ops.iter().any(|o| o == "S"), "icons are stroked");
    // Bookmarks: one per heading, in reading order, each opening its page.
    let outlines = doc
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut item = doc
        .get_dictionary(outlines)
        .unwrap()
        .get(b"First")
        .unwrap()
        .as_reference()
        .ok();
    let mut titles = Vec::new();
    let mut tops = Vec::new();
    while let Some(id) = item {
        let d = doc.get_dictionary(id).unwrap();
        titles.push(lopdf::decode_text_string(d.get(b"Title").unwrap()).unwrap());
        // Each opens at its heading: [page /XYZ left top zoom].
        let dest = d.get(b"Dest").unwrap().as_array().unwrap();
        tops.push(dest[3].as_float().unwrap());
        item = d.get(b"Next").and_then(Object::as_reference).ok();
    }
    let top_of = |t: &str| tops[titles.iter().position(|x| x == t).unwrap()];
    let page_height = 210.0 * 72.0 / 25.4;
    assert!(
        tops.iter().all(|&t| t > 0.0 && t <= page_height),
        "{tops:?}"
    );
    // Both on the back panel: the help section is well below the websites.
    assert!(top_of("HƯỚNG DẪN HỖ TRỢ") < top_of("NHỮNG WEBSITE CẦN BIẾT") - 100.0);
    assert_eq!(
        titles.first().map(String::as_str),
        Some("DỊCH VỤ CÔNG TRỰC TUYẾN")
    );
    assert_eq!(titles.get(1).map(String::as_str), Some("KHÁI NIỆM"));
    assert!(titles.contains(&"HƯỚNG DẪN HỖ TRỢ".to_string()));
    assert_eq!(
        doc.catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap(),
        b"vi"
    );
    // Links say where they go, for screen readers.
    let mut links = 0;
    for id in pages.values() {
        for annot in doc.get_page_annotations(*id).unwrap_or_default() {
            let uri = annot
                .get(b"A")
                .unwrap()
                .as_dict()
                .unwrap()
                .get(b"URI")
                .unwrap();
            assert_eq!(
                annot.get(b"Contents").unwrap().as_str().ok(),
                uri.as_str().ok()
            );
            links += 1;
        }
    }
    assert!(links >= 6, "{links} links");
    // Its QR codes still decode.
    let bytes =
        std::fs::read(out.join(format!("output/trifold-a4/{}", screen_name("vi")))).unwrap();
    let (w, h, grey) = render_grey(&bytes, 5, 4.0);
    assert_eq!(decode_qr_codes(w, h, &grey).len(), 4);
}

/// A copy of the test project and its workspace.
struct Setup {
    project: Scratch,
    ws: Workspace,
}

fn setup() -> Setup {
    let project = project_copy("print-setup");
    let ws = workspace(&project);
    Setup { project, ws }
}

/// The leaflet of `locale`, laid out.
fn compose_with(s: &Setup, locale: &str) -> Result<LaidOut, Vec<Finding>> {
    lay_out(&s.ws, "trifold-a4", locale)
}

/// The test project with the English `concept-body` repeated `times` times.
fn longer_english(times: usize) -> Setup {
    let s = setup();
    lengthen(&s.project, "locales/en/leaflet.ftl", "concept-body", times);
    let ws = workspace(&s.project);
    Setup { ws, ..s }
}

#[test]
fn an_overflowing_panel_is_auto_fitted_in_that_locale_only() {
    let vi = compose_with(&setup(), "vi").unwrap();
    assert!(vi.marks.autofits.is_empty());
    let s = longer_english(4);
    let min_size = s.ws.layout("trifold-a4").unwrap().min_size;
    let en = compose_with(&s, "en").unwrap();
    assert_eq!(en.marks.autofits.len(), 1, "{:?}", en.marks.autofits);
    let fit = &en.marks.autofits[0];
    assert_eq!(fit.panel, "flap");
    assert!(fit.scale < 1.0 && fit.scale >= 0.8, "{}", fit.scale);
    assert!(en.warnings.iter().any(|w| w.code == Code::AutoFit
        && w.place.panel.as_deref() == Some("flap")
        && english(w).contains("was set at")));
    // Shrunk, but never below the layout's minimum, and only on that panel.
    let flap_sizes: Vec<f32> = en.document.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(r) if r.bounds.x < 97.0 => Some(r.size),
            _ => None,
        })
        .collect();
    assert!(flap_sizes.iter().all(|&size| size >= min_size));
    assert!(
        flap_sizes.iter().any(|&size| size < 10.0),
        "body text was shrunk"
    );
    let back_body = en.document.pages[0].items.iter().find_map(|i| match i {
        Item::Text(r) if r.message == "support-body" => Some(r.size),
        _ => None,
    });
    assert_eq!(back_body, Some(10.0), "the next panel keeps its size");
}

#[test]
fn a_panel_that_cannot_fit_even_at_the_minimum_size_fails_with_its_overflow() {
    let laid = compose_with(&longer_english(14), "en").unwrap();
    assert!(!laid.fits(), "fourteen times the text cannot fit");
    match &laid.overflows[..] {
        [f] if f.code == Code::Overflow => {
            assert_eq!(
                (f.place.panel.as_deref(), f.place.locale.as_deref()),
                (Some("flap"), Some("en"))
            );
            assert!(english(f).contains("overflows by"), "{f}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn small_dark_text_prints_in_black_only_and_large_black_areas_in_rich_black() {
    let rich = Cmyk {
        c: 60.0,
        m: 40.0,
        y: 40.0,
        k: 100.0,
    };
    let k = Cmyk {
        c: 0.0,
        m: 0.0,
        y: 0.0,
        k: 100.0,
    };
    assert_eq!(text_color(rich, 9.0), k);
    assert_eq!(text_color(rich, 24.0), rich, "large type may stay rich");
    assert_eq!(area_color(k), rich);
    let blue = Cmyk {
        c: 100.0,
        m: 65.0,
        y: 0.0,
        k: 15.0,
    };
    // Coloured text keeps its two strongest inks at every size (a third
    // plate out of register fringes the letters); areas keep all four.
    let two = Cmyk {
        c: 100.0,
        m: 65.0,
        y: 0.0,
        k: 0.0,
    };
    for size in [8.0, 9.0, 10.5, 12.0, 25.0] {
        assert_eq!(text_color(blue, size), two, "{size} pt");
    }
    assert_eq!(area_color(blue), blue);
    // In the shipped leaflet every small dark run is black only, and no
    // coloured text uses more than two inks.
    let vi = compose_with(&setup(), "vi").unwrap();
    for item in vi.document.pages.iter().flat_map(|p| &p.items) {
        if let Item::Text(r) = item {
            if r.color.k >= 80.0 {
                assert_eq!(r.color.c + r.color.m + r.color.y, 0.0, "{}", r.message);
            }
            let c = r.color;
            let inks = [c.c, c.m, c.y, c.k].iter().filter(|&&v| v > 0.0).count();
            assert!(inks <= 2, "{}: {inks} inks", r.message);
        }
    }
}

#[test]
fn the_proof_draws_geometry_panel_names_and_message_ids() {
    let out = shipped();
    let (_, doc) = load(&out, "vi.proof.pdf");
    let info = doc
        .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(title.starts_with("PROOF"), "{title}");
    let text = extract_text(&doc).concat();
    for label in [
        "PROOF – NOT FOR PRINT",
        "1 · cover",
        "2 · flap",
        "6 · back",
        "3 · national-portal",
        "concept-heading",
        "national-step-1",
    ] {
        assert!(text.contains(label), "proof lacks `{label}`");
    }
    // The layout result behind it: outlines of trim, bleed, each safe area
    // and each block, and the folds.
    let s = setup();
    let doc = compose_with(&s, "vi").unwrap();
    let proof = overlay(&s, &doc);
    let page = &proof.pages[0];
    let strokes = page
        .furniture
        .iter()
        .filter(|i| matches!(i, Item::Stroke(_)))
        .count();
    let blocks = doc.marks.blocks.iter().filter(|b| b.page == 0).count();
    // crop + fold marks (12), trim + bleed (8), 3 safe areas (12), 2 folds, 4 per block
    assert_eq!(strokes, 12 + 8 + 12 + 2 + 4 * blocks);
    assert!(blocks > 10);

    // Block labels take one line above their block, so they never cover
    // its text; a block with many messages lists all of them in a note.
    let proof = overlay(&s, &doc);
    for (index, page) in proof.pages.iter().enumerate() {
        for block in doc.marks.blocks.iter().filter(|b| b.page == index) {
            // Label text starts in the 3 mm above the block's top edge,
            // within the block's width.
            let above = |r: &leaflet::layout::frame::Rect| {
                r.y < block.rect.y
                    && r.y > block.rect.y - 3.0
                    && r.x >= block.rect.x - 0.01
                    && r.right() <= block.rect.right() + 0.01
            };
            let baselines: std::collections::BTreeSet<i64> = page
                .furniture
                .iter()
                .filter_map(|i| match i {
                    Item::Text(r) if above(&r.bounds) => {
                        Some((r.glyphs[0].y * 100.0).round() as i64)
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(baselines.len(), 1, "{:?}: label lines", block.messages);
            let note = page
                .furniture
                .iter()
                .find_map(|i| match i {
                    Item::Note(n) if n.rect == block.rect => Some(n.text.clone()),
                    _ => None,
                })
                .expect("a note on every block");
            for id in &block.messages {
                assert!(note.contains(id.as_str()), "{note} lacks {id}");
            }
        }
    }
    // In the file: the notes are annotations (a proof is not PDF/X).
    let (_, file) = load(&out, "vi.proof.pdf");
    let notes: Vec<String> = file
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Square"))
        .map(|d| lopdf::decode_text_string(d.get(b"Contents").unwrap()).unwrap())
        .collect();
    assert!(
        notes.iter().any(|n| n.contains("national-step-8")),
        "{notes:?}"
    );
}

/// The proof overlay of a laid-out leaflet, labels in English.
fn overlay(s: &Setup, laid: &LaidOut) -> leaflet::layout::frame::Document {
    let layout = s.ws.layout("trifold-a4").unwrap();
    let fonts = s.ws.fonts(layout).unwrap();
    leaflet::layout::proof::overlay(laid, layout, fonts, &s.ws.caches.shapes, Lang::En).unwrap()
}

#[test]
fn the_proof_highlights_fallback_and_auto_fitted_text() {
    let s = setup();
    edit(
        &s.project,
        "locales/en/leaflet.ftl",
        "\nslogan = ",
        "\nslogan-old = ",
    );
    let missing = Setup {
        ws: workspace(&s.project),
        project: s.project,
    };
    let doc = compose_with(&missing, "en").unwrap();
    let slogan = doc
        .marks
        .blocks
        .iter()
        .find(|b| b.messages == ["slogan"])
        .unwrap();
    assert!(slogan.fallback);
    let labels = overlay_text(&overlay(&missing, &doc).pages[0]);
    assert!(labels.contains("slogan (from vi)"), "{labels}");
    let en = longer_english(4);
    let fitted = compose_with(&en, "en").unwrap();
    let labels = overlay_text(&overlay(&en, &fitted).pages[0]);
    assert!(labels.contains("2 · flap · auto-fit"), "{labels}");
}

/// All text the proof overlay adds to a page.
fn overlay_text(page: &leaflet::layout::frame::Page) -> String {
    page.furniture
        .iter()
        .filter_map(|i| match i {
            Item::Text(r) => Some(r.text()),
            _ => None,
        })
        .collect()
}

/// A one-page PDF made with printpdf to break preflight on purpose.
fn broken_pdf(builtin_font: bool, rgb_image: bool, with_bleed: bool) -> Vec<u8> {
    use printpdf::*;
    let mut doc = PdfDocument::new("broken");
    let mut ops = Vec::new();
    if builtin_font {
        ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::Builtin(BuiltinFont::Helvetica),
                size: Pt(4.0),
            },
            Op::SetTextCursor {
                pos: Point::new(Mm(20.0), Mm(200.0)),
            },
            Op::ShowText {
                items: vec![TextItem::Text("Hello".into())],
            },
            Op::EndTextSection,
        ]);
    }
    if rgb_image {
        let image = RawImage {
            pixels: RawImageData::U8(vec![200; 10 * 10 * 3]),
            width: 10,
            height: 10,
            data_format: RawImageFormat::RGB8,
            tag: Vec::new(),
        };
        let id = doc.add_image(&image);
        ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                dpi: Some(20.0),
                ..Default::default()
            },
        });
    }
    let mut page = PdfPage::new(Mm(210.0), Mm(297.0), ops);
    if with_bleed {
        page.trim_box = printpdf::Rect {
            x: Pt(10.0),
            y: Pt(10.0),
            width: Pt(100.0),
            height: Pt(100.0),
            mode: None,
            winding_order: None,
        };
    }
    doc.with_pages(vec![page]);
    doc.save(
        &PdfSaveOptions {
            optimize: false,
            ..Default::default()
        },
        &mut Vec::new(),
    )
}

fn preflight_codes(bytes: &[u8], name: &str) -> (Option<i32>, Vec<String>) {
    let dir = scratch("preflight");
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let o = leaflet(
        &repo(),
        &["preflight", "--format", "json", path.to_str().unwrap()],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let codes = json[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    (o.status.code(), codes)
}

#[test]
fn preflight_reports_a_font_that_is_not_embedded() {
    let (code, codes) = preflight_codes(&broken_pdf(true, false, false), "font.pdf");
    assert_eq!(code, Some(1));
    assert!(
        codes.contains(&"font-not-embedded".to_string()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"small-text".to_string()),
        "4 pt text: {codes:?}"
    );
}

#[test]
fn preflight_reports_an_rgb_low_resolution_image() {
    let (code, codes) = preflight_codes(&broken_pdf(false, true, false), "rgb.pdf");
    assert_eq!(code, Some(1));
    assert!(codes.contains(&"rgb".to_string()), "{codes:?}");
    assert!(codes.contains(&"low-resolution".to_string()), "{codes:?}");
}

#[test]
fn preflight_reports_missing_bleed_and_output_intent() {
    let (code, codes) = preflight_codes(&broken_pdf(false, false, false), "bleed.pdf");
    assert_eq!(code, Some(1));
    assert!(codes.contains(&"no-bleed".to_string()), "{codes:?}");
    assert!(codes.contains(&"no-output-intent".to_string()), "{codes:?}");
    // The text table says so too.
    let dir = scratch("preflight-text");
    let path = dir.join("bleed.pdf");
    std::fs::write(&path, broken_pdf(false, false, false)).unwrap();
    let o = leaflet(&repo(), &["preflight", path.to_str().unwrap()]);
    assert!(
        stdout(&o).contains("error[no-bleed]") && stdout(&o).contains("NOT ready for print"),
        "{}",
        stdout(&o)
    );
}

/// A PDF made with lopdf whose page tree lists one entry per item of
/// `pages`: `true` a readable page with trim and bleed, `false` a reference
/// to an object the file does not contain.
fn page_tree_pdf(pages: &[bool]) -> Vec<u8> {
    use lopdf::{dictionary, Stream};
    let mut doc = Document::with_version("1.4");
    let tree = doc.new_object_id();
    let boxed = |v: [i64; 4]| Object::Array(v.into_iter().map(Object::Integer).collect());
    let mut kids = Vec::new();
    for &readable in pages {
        if readable {
            let content = doc.add_object(Stream::new(dictionary! {}, b"0 0 m".to_vec()));
            let page = doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => tree,
                "MediaBox" => boxed([0, 0, 300, 300]),
                "BleedBox" => boxed([10, 10, 290, 290]),
                "TrimBox" => boxed([20, 20, 280, 280]),
                "Contents" => content,
            });
            kids.push(Object::Reference(page));
        } else {
            kids.push(Object::Reference((9999, 0)));
        }
    }
    doc.objects.insert(
        tree,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => pages.len() as i64,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => tree });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn preflight_refuses_a_pdf_without_pages() {
    let (code, codes) = preflight_codes(&page_tree_pdf(&[]), "empty.pdf");
    assert_eq!(code, Some(1));
    assert!(codes.contains(&"no-pages".to_string()), "{codes:?}");
    let dir = scratch("preflight-empty");
    let path = dir.join("empty.pdf");
    std::fs::write(&path, page_tree_pdf(&[])).unwrap();
    let o = leaflet(&repo(), &["preflight", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("error[no-pages]: the PDF has no readable pages")
            && stdout(&o).contains("NOT ready for print"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn preflight_reports_a_page_object_that_is_missing() {
    // The readable page alone would pass (bar the output intent warning).
    let (code, codes) = preflight_codes(&page_tree_pdf(&[true]), "one-page.pdf");
    assert_eq!(
        (code, codes),
        (Some(0), vec!["no-output-intent".to_string()])
    );
    let (code, codes) = preflight_codes(&page_tree_pdf(&[true, false]), "missing-page.pdf");
    assert_eq!(code, Some(1));
    assert!(codes.contains(&"broken-page".to_string()), "{codes:?}");
    let dir = scratch("preflight-missing");
    let path = dir.join("missing-page.pdf");
    std::fs::write(&path, page_tree_pdf(&[true, false])).unwrap();
    let o = leaflet(&repo(), &["preflight", path.to_str().unwrap()]);
    assert!(
        stdout(&o).contains("error[broken-page]: page 2: object 9999 0 R is missing"),
        "{}",
        stdout(&o)
    );
}

/// Full preflight (rendering included) of a print file made from `doc`.
fn preflight_full(s: &Setup, doc: &LaidOut, name: &str) -> leaflet::export::preflight::Report {
    let fonts = s.ws.fonts(s.ws.layout("trifold-a4").unwrap()).unwrap();
    let pdf = leaflet::export::pdf::write(
        &doc.document,
        fonts,
        &s.ws.caches.subsets,
        leaflet::export::pdf::Output::Print,
    )
    .unwrap();
    leaflet::export::preflight::analyze(&pdf, name, leaflet::export::preflight::Depth::Full)
        .unwrap()
}

fn findings_with(report: &leaflet::export::preflight::Report, code: Code) -> Vec<&Finding> {
    report.findings.iter().filter(|f| f.code == code).collect()
}

#[test]
fn preflight_measures_a_smaller_qr_code_at_its_true_size_and_warns() {
    // Half a millimetre too small. Layouts refuse codes below 20 mm, so
    // the size is changed after loading, as a file from elsewhere might
    // have it.
    let s = setup();
    let mut layout = s.ws.layout("trifold-a4").unwrap().clone();
    for block in layout
        .pages
        .iter_mut()
        .flat_map(|p| &mut p.panels)
        .flat_map(|p| &mut p.blocks)
    {
        if let leaflet::load::layouts::Block::Qr { size, .. } = block {
            *size = 19.5;
        }
    }
    assert_eq!(qr_size(&layout), 19.5);
    let office = s.ws.office().unwrap();
    let links = office.links(s.ws.links().unwrap()).unwrap();
    let doc = s.ws.lay_out(&layout, "vi", office, &links).unwrap();
    let report = preflight_full(&s, &doc, "small-qr.pdf");
    let qr = report.qr_codes.as_deref().unwrap();
    assert_eq!(qr.len(), 4);
    for q in qr {
        assert!((q.size_mm - 19.5).abs() <= 0.2, "{q:?}");
    }
    let warnings = findings_with(&report, Code::SmallQr);
    assert_eq!(warnings.len(), 4, "{:?}", report.findings);
    assert!(
        english(warnings[0]).contains("(below 20 mm)"),
        "{warnings:?}"
    );
}

#[test]
fn preflight_warns_about_a_qr_code_that_does_not_decode() {
    let s = setup();
    let mut doc = compose_with(&s, "vi").unwrap();
    // Blank the middle of the first code: its finder patterns still show
    // a QR code, but too much of its data is gone to decode.
    let qr = doc.document.pages[0]
        .items
        .iter_mut()
        .find_map(|i| match i {
            leaflet::layout::frame::Item::Qr(q) => Some(q),
            _ => None,
        })
        .unwrap();
    let b = qr.bounds;
    let (cx, cy) = (b.x + b.width / 2.0, b.y + b.height / 2.0);
    qr.modules.retain(|m| {
        let (mx, my) = (m.x + m.width / 2.0, m.y + m.height / 2.0);
        (mx - cx).abs() > b.width * 0.22 || (my - cy).abs() > b.height * 0.22
    });
    let report = preflight_full(&s, &doc, "damaged.pdf");
    let unreadable = findings_with(&report, Code::UnreadableQr);
    assert_eq!(unreadable.len(), 1, "{:?}", report.findings);
    assert_eq!(unreadable[0].place.pdf_page, Some(1), "{unreadable:?}");
    let decoded = report
        .qr_codes
        .unwrap()
        .iter()
        .filter(|q| !q.content.is_empty())
        .count();
    assert_eq!(decoded, 3);
}

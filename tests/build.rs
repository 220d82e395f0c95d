//! `leaflet build` on the shipped content: the PDFs a print shop receives.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::*;
use leaflet::load::layouts::TextRef;
use leaflet::load::locale::{clean_text, Catalog};
use leaflet::workspace::Workspace;
use lopdf::{Document, Object};

const LOCALES: [&str; 4] = ["vi", "en", "jra", "bdq"];

/// One build of the test project (with screen files), shared by the tests
/// of this file that run at the same time.
fn shipped() -> Arc<Scratch> {
    shared_build("shipped", &["--screen"])
}

fn pdf_bytes(project: &Path, locale: &str) -> Vec<u8> {
    std::fs::read(
        project
            .join("output/trifold-a4")
            .join(format!("{locale}.pdf")),
    )
    .unwrap()
}

fn load(project: &Path, locale: &str) -> Document {
    Document::load_mem(&pdf_bytes(project, locale)).expect("lopdf parses the PDF")
}

#[test]
fn every_page_has_trim_bleed_and_media_boxes_to_the_tenth_of_a_millimetre() {
    let out = shipped();
    for locale in LOCALES {
        let doc = load(&out, locale);
        let pages = doc.get_pages();
        assert_eq!(pages.len(), 2, "{locale}: two pages (outside, inside)");
        for (_, id) in pages {
            let close =
                |a: [f64; 4], b: [f64; 4]| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.05);
            let media = page_box(&doc, id, b"MediaBox");
            let trim = page_box(&doc, id, b"TrimBox");
            let bleed = page_box(&doc, id, b"BleedBox");
            // 10 mm of room for marks around a 297 x 210 mm trim, 3 mm bleed.
            assert!(
                close(media, [0.0, 0.0, 317.0, 230.0]),
                "{locale} MediaBox {media:?}"
            );
            assert!(
                close(trim, [10.0, 10.0, 307.0, 220.0]),
                "{locale} TrimBox {trim:?}"
            );
            assert!(
                close(bleed, [7.0, 7.0, 310.0, 223.0]),
                "{locale} BleedBox {bleed:?}"
            );
        }
    }
}

#[test]
fn fonts_are_embedded_subset_and_mapped_to_unicode() {
    let out = shipped();
    for locale in LOCALES {
        let doc = load(&out, locale);
        let mut faces = 0;
        for (_, page) in doc.get_pages() {
            for (_, font) in doc.get_page_fonts(page).unwrap() {
                faces += 1;
                let base = font.get(b"BaseFont").unwrap().as_name().unwrap();
                let base = String::from_utf8_lossy(base);
                let (tag, name) = base.split_once('+').expect("subset tag");
                assert!(
                    tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
                    "{base}"
                );
                assert!(name.starts_with("NotoSans-"), "{base}");
                assert!(font.get(b"ToUnicode").is_ok(), "{base} has ToUnicode");
                let descendant =
                    font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0].clone();
                let descendant = match descendant {
                    Object::Reference(r) => doc.get_dictionary(r).unwrap().clone(),
                    Object::Dictionary(d) => d,
                    _ => panic!("descendant font"),
                };
                let descriptor = descendant
                    .get(b"FontDescriptor")
                    .unwrap()
                    .as_reference()
                    .unwrap();
                let descriptor = doc.get_dictionary(descriptor).unwrap();
                let file = descriptor
                    .get(b"FontFile2")
                    .unwrap()
                    .as_reference()
                    .unwrap();
                let program = doc.get_object(file).unwrap().as_stream().unwrap();
                let bytes = program
                    .decompressed_content()
                    .unwrap_or_else(|_| program.content.clone());
                assert!(
                    bytes.len() < 60_000,
                    "{base}: {} bytes is not a subset",
                    bytes.len()
                );
            }
        }
        assert!(faces >= 4, "{locale}: fonts on both pages");
        // Everything but the output intent's ICC profile fits the 30 KB a
        // leaflet may take (fonts subset, streams deflated, QR merged). The
        // screen file shared on phones carries its PDF/UA structure tree on
        // top (about 6 KB: elements, marked content, XMP): 40 KB.
        let icc: usize = doc
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| s.dict.get(b"N").is_ok())
            .map(|s| s.content.len())
            .sum();
        let size = pdf_bytes(&out, locale).len() - icc;
        assert!(
            size <= 30 * 1024,
            "{locale}: {size} bytes without the ICC profile"
        );
        let screen = out.join("output/trifold-a4").join(screen_name(locale));
        let size = std::fs::metadata(&screen).unwrap().len();
        assert!(size <= 40 * 1024, "{}: {size} bytes", screen.display());
    }
}

#[test]
fn extracted_text_contains_every_message_of_the_locale() {
    let ids = leaflet_message_ids();
    let out = shipped();
    let ws = workspace(&out);
    for locale in LOCALES {
        let pages = extract_text(&load(&out, locale));
        let all = pages.join("\n");
        assert!(
            !all.contains('\u{FFFD}'),
            "{locale}: unmapped glyph in extraction"
        );
        assert!(
            !all.contains('\u{2068}') && !all.contains('\u{2069}'),
            "{locale}: isolation marks"
        );
        // Lines break where the layout wants, so compare without whitespace.
        let squeezed: String = all.chars().filter(|c| !c.is_whitespace()).collect();
        let catalog = ws.catalog(locale).unwrap();
        for id in &ids {
            if id == "leaflet-title" || id == "step-lead" {
                continue; // the PDF title; a pattern with a number
            }
            let text = office_text(&ws, catalog, id);
            let want: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                squeezed.contains(&want),
                "{locale}: message `{id}` not found in the PDF text: {text}"
            );
        }
        for n in 1..=8 {
            let lead = catalog
                .format(
                    &TextRef::bare("step-lead"),
                    &Default::default(),
                    Some(("number", n)),
                )
                .unwrap();
            let lead: String = lead.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(squeezed.contains(&lead), "{locale}: {lead}");
        }
    }
}

/// Every message id of the source locale, read with the Fluent parser.
fn leaflet_message_ids() -> Vec<String> {
    let text = std::fs::read_to_string(fixture().join("locales/vi/leaflet.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn pdf_metadata_names_the_document_and_its_language() {
    let out = shipped();
    let ws = workspace(&out);
    for locale in LOCALES {
        let doc = load(&out, locale);
        let catalog = doc.catalog().unwrap();
        let lang = catalog.get(b"Lang").unwrap().as_str().unwrap();
        assert_eq!(lang, locale.as_bytes());
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        let info = doc.get_dictionary(info).unwrap();
        let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
        let expected = office_text(&ws, ws.catalog(locale).unwrap(), "leaflet-title");
        assert_eq!(title, expected);
        let producer = lopdf::decode_text_string(info.get(b"Producer").unwrap()).unwrap();
        assert!(producer.starts_with("leaflet "), "{producer}");
        // PDF/X needs dates: the epoch unless SOURCE_DATE_EPOCH says otherwise.
        let date = info.get(b"CreationDate").unwrap().as_str().unwrap();
        assert_eq!(date, b"D:19700101000000Z");
    }
}

#[test]
fn qr_codes_decode_from_a_rendered_page_to_the_configured_urls() {
    let out = shipped();
    for locale in LOCALES {
        let (w, h, grey) = render_grey(&pdf_bytes(&out, locale), 0, 3.0);
        let found = decode_qr_codes(w, h, &grey);
        assert_eq!(
            found,
            vec![
                "https://dichvucong.gialai.gov.vn",
                "https://dichvucong.gov.vn",
                "https://gialai.gov.vn",
                "https://iagrai.gialai.gov.vn",
            ],
            "{locale}"
        );
    }
}

#[test]
fn the_screen_variant_has_borderless_uri_links() {
    let bytes =
        std::fs::read(shipped().join(format!("output/trifold-a4/{}", screen_name("vi")))).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    let mut uris = Vec::new();
    for (_, page) in doc.get_pages() {
        for annot in doc.get_page_annotations(page).unwrap() {
            assert_eq!(annot.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
            let border = annot.get(b"Border").unwrap().as_array().unwrap();
            assert!(
                border.iter().all(|b| b.as_float().unwrap() == 0.0),
                "visible border"
            );
            let action = annot.get(b"A").unwrap().as_dict().unwrap();
            uris.push(
                String::from_utf8_lossy(action.get(b"URI").unwrap().as_str().unwrap()).into_owned(),
            );
        }
    }
    for url in [
        "https://dichvucong.gov.vn",
        "https://gialai.gov.vn",
        "tel:+842693844789",
    ] {
        assert!(
            uris.iter().any(|u| u == url),
            "no link to {url} in {uris:?}"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let out = shipped();
    let again = build_shipped("again");
    for locale in LOCALES {
        assert!(
            pdf_bytes(&out, locale) == pdf_bytes(&again, locale),
            "{locale}: builds differ"
        );
    }
    // Building one locale alone gives the same file as building all.
    let single = scratch("single");
    let o = leaflet(
        &again,
        &["build", "--locale", "en", "--out", single.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(single.join("trifold-a4/en.pdf")).unwrap() == pdf_bytes(&out, "en"));
}

#[test]
fn the_summary_lists_each_file_with_pages_size_and_warnings() {
    let project = project_copy("summary");
    let o = leaflet(&project, &["build"]);
    let text = stdout(&o);
    for (locale, warnings, draft) in [
        ("vi", "0", false),
        ("en", "0", true),
        ("jra", "0", true),
        ("bdq", "0", true),
    ] {
        let line = text
            .lines()
            .find(|l| l.starts_with(locale) && l.contains(&format!("{locale}.pdf")))
            .unwrap_or_else(|| panic!("no summary line for {locale}:\n{text}"));
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(fields[1], "2", "pages: {line}");
        assert_eq!(fields[3], "KB", "size: {line}");
        // Warnings about the leaflet itself (an auto-fitted panel, say):
        // the project's are listed once, above.
        assert_eq!(fields[4], warnings, "warnings: {line}");
        assert_eq!(line.ends_with("(DRAFT)"), draft, "draft flag: {line}");
    }
    assert!(
        text.contains("4 built, 0 failed, 0 errors, 5 warnings"),
        "{text}"
    );
    // The Zalo OA links have no URL: the build says so once, naming the
    // link, as check does.
    let said = stderr(&o);
    assert_eq!(
        said.matches("warning[link-without-url]: link `zalo-province` has no address")
            .count(),
        1,
        "{said}"
    );
    let check = leaflet(&project, &["check"]);
    assert!(stdout(&check).contains("link `zalo-province` has no address"));
}

#[test]
fn message_text_is_nfc_without_isolation_marks() {
    let catalog = Catalog::load("vi", &fixture().join("locales/vi")).unwrap();
    let text = catalog.message("step-lead");
    // `step-lead` needs $number: formatting without it is an error, not `{$number}` on paper.
    assert!(text.is_err());
    assert_eq!(clean_text("a\u{2068}b\u{2069}"), "ab");
}

/// A message formatted for the default office.
fn office_text(ws: &Workspace, catalog: &Catalog, id: &str) -> String {
    let office = ws.office().unwrap();
    catalog
        .format(&TextRef::bare(id), &office.variables, None)
        .unwrap()
}

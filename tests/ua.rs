//! The screen file as a tagged PDF/UA-1 file: its structure tree read back
//! with lopdf (roles, reading order, Alt, Lang), its document settings,
//! pages and bookmarks, and `preflight --ua` on screen, print and
//! untagged files.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::*;
use lopdf::{Dictionary, Document, Object, ObjectId};

fn built() -> Arc<Scratch> {
    shared_build("ua", &["--screen"])
}

fn load(out: &Scratch, file: &str) -> Document {
    Document::load(out.join("output/trifold-a4").join(file)).unwrap()
}

/// A structure element read back: type, attributes, kids in order.
#[derive(Debug)]
struct Element {
    kind: String,
    lang: Option<String>,
    alt: Option<String>,
    page: Option<ObjectId>,
    mcids: Vec<i64>,
    annotations: Vec<ObjectId>,
    kids: Vec<Element>,
}

impl Element {
    fn walk<'a>(&'a self, out: &mut Vec<&'a Element>) {
        out.push(self);
        for k in &self.kids {
            k.walk(out);
        }
    }

    fn all(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        self.walk(&mut out);
        out
    }

    fn kinds(&self) -> Vec<&str> {
        self.kids.iter().map(|k| k.kind.as_str()).collect()
    }
}

fn text_attr(d: &Dictionary, key: &[u8]) -> Option<String> {
    d.get(key)
        .ok()
        .map(|o| lopdf::decode_text_string(o).unwrap())
}

fn element(doc: &Document, d: &Dictionary) -> Element {
    let mut e = Element {
        kind: String::from_utf8(d.get(b"S").unwrap().as_name().unwrap().to_vec()).unwrap(),
        lang: text_attr(d, b"Lang"),
        alt: text_attr(d, b"Alt"),
        page: d.get(b"Pg").and_then(Object::as_reference).ok(),
        mcids: Vec::new(),
        annotations: Vec::new(),
        kids: Vec::new(),
    };
    let kids = match d.get(b"K") {
        Ok(Object::Array(a)) => a.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    };
    for k in kids {
        match k {
            Object::Integer(mcid) => e.mcids.push(mcid),
            Object::Reference(id) => e.kids.push(element(doc, doc.get_dictionary(id).unwrap())),
            Object::Dictionary(objr) => {
                assert_eq!(objr.get(b"Type").unwrap().as_name().unwrap(), b"OBJR");
                e.annotations
                    .push(objr.get(b"Obj").unwrap().as_reference().unwrap());
            }
            other => panic!("unexpected kid {other:?}"),
        }
    }
    e
}

/// The Document element under the StructTreeRoot.
fn tree(doc: &Document) -> Element {
    let root = doc
        .catalog()
        .unwrap()
        .get(b"StructTreeRoot")
        .unwrap()
        .as_reference()
        .unwrap();
    let root = doc.get_dictionary(root).unwrap();
    assert_eq!(
        root.get(b"Type").unwrap().as_name().unwrap(),
        b"StructTreeRoot"
    );
    let k = root.get(b"K").unwrap().as_reference().unwrap();
    element(doc, doc.get_dictionary(k).unwrap())
}

fn operators(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .values()
        .flat_map(|id| doc.get_and_decode_page_content(*id).unwrap().operations)
        .map(|op| op.operator)
        .collect()
}

/// The MCIDs each page's content marks, in content order, and whether
/// anything is painted outside marked content.
fn content_mcids(doc: &Document, page: ObjectId) -> (Vec<i64>, usize) {
    let ops = lopdf::content::Content::decode(&doc.get_page_content(page))
        .unwrap()
        .operations;
    let mut depth = 0;
    let mut mcids = Vec::new();
    let mut naked = 0;
    for op in ops {
        match op.operator.as_str() {
            "BDC" | "BMC" => {
                depth += 1;
                if let Some(Object::Dictionary(d)) = op.operands.get(1) {
                    if let Ok(m) = d.get(b"MCID").and_then(Object::as_i64) {
                        mcids.push(m);
                    }
                }
            }
            "EMC" => depth -= 1,
            "TJ" | "Tj" | "f" | "S" | "B" | "B*" | "f*" | "Do" if depth == 0 => naked += 1,
            _ => {}
        }
    }
    (mcids, naked)
}

#[test]
fn the_structure_tree_reads_the_leaflet_in_order_with_the_right_roles() {
    let out = built();
    let doc = load(&out, &screen_name("vi"));
    let document = tree(&doc);
    assert_eq!(document.kind, "Document");
    let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    // A Sect per panel, in page order.
    assert_eq!(document.kinds(), vec!["Sect"; 6]);
    for (sect, page) in document.kids.iter().zip(&pages) {
        assert_eq!(sect.page, Some(*page));
    }
    // The cover: the kicker, then the title as H1, subtitle and tagline.
    let cover = &document.kids[0];
    assert_eq!(cover.kinds(), ["P", "H1", "P", "P"]);
    // The flap: H2 and H3 headings, paragraphs, bullet lists.
    let flap = &document.kids[1];
    assert_eq!(
        flap.kinds(),
        ["H2", "P", "H3", "L", "H2", "H3", "L", "H3", "L"]
    );
    // Headings in reading order start at H1 and skip no level.
    let headings: Vec<u8> = document
        .all()
        .iter()
        .filter_map(|e| e.kind.strip_prefix('H').and_then(|n| n.parse().ok()))
        .collect();
    assert_eq!(headings[0], 1);
    assert!(
        headings.windows(2).all(|w| w[1] <= w[0] + 1),
        "{headings:?}"
    );
    assert!(headings.contains(&3));
    // Steps: L → LI → Lbl ("Bước 1:") + LBody.
    let steps = &document.kids[2];
    assert_eq!(steps.kinds(), ["H2", "L"]);
    let list = &steps.kids[1];
    assert_eq!(list.kids.len(), 8, "eight steps");
    for li in &list.kids {
        assert_eq!(li.kind, "LI");
        assert_eq!(li.kinds(), ["Lbl", "LBody"]);
    }
    // The web address inside step 1 is a Link holding its text and its
    // annotation, between the text before and after it.
    let body = &list.kids[0].kids[1];
    let link = body.kids.iter().find(|k| k.kind == "Link").unwrap();
    assert_eq!((link.mcids.len(), link.annotations.len()), (1, 1));
    assert!(!body.mcids.is_empty());
    // Bullets without icons have their bullet as Lbl; with icons only LBody.
    let levels = &flap.kids[3];
    assert!(levels.kids.iter().all(|li| li.kinds() == ["Lbl", "LBody"]));
    let benefits = &flap.kids[6];
    assert!(benefits.kids.iter().all(|li| li.kinds() == ["LBody"]));
    // Every MCID of the tree is marked in its page's content and every
    // marked content is in the tree; nothing is painted unmarked.
    for (sect, page) in document.kids.iter().zip(&pages) {
        let mut in_tree: Vec<i64> = sect.all().iter().flat_map(|e| e.mcids.clone()).collect();
        in_tree.sort();
        let (mut in_content, naked) = content_mcids(&doc, *page);
        in_content.sort();
        assert_eq!(in_tree, in_content);
        assert!(!in_tree.is_empty());
        assert_eq!(naked, 0, "everything painted is tagged or an artifact");
    }
    let ops = operators(&doc);
    assert!(ops.iter().filter(|o| *o == "BMC").count() > 10, "artifacts");
}

#[test]
fn qr_codes_are_figures_with_alt_inside_links_that_hold_their_annotations() {
    let out = built();
    let doc = load(&out, &screen_name("vi"));
    let document = tree(&doc);
    let back = &document.kids[5];
    let all = back.all();
    let figures: Vec<&&Element> = all.iter().filter(|e| e.kind == "Figure").collect();
    assert_eq!(figures.len(), 4, "four QR codes");
    for f in &figures {
        let alt = f.alt.as_deref().unwrap();
        assert!(alt.contains(": ") && alt.contains(".vn"), "{alt}");
        assert_eq!(f.mcids.len(), 1);
    }
    assert!(figures
        .iter()
        .any(|f| f.alt.as_deref().unwrap().contains("dichvucong.gov.vn")));
    // Each Figure sits in a Link that references its annotation, whose
    // /StructParent leads back to that Link through the parent tree.
    let links: Vec<&&Element> = all
        .iter()
        .filter(|e| e.kind == "Link" && e.kinds().contains(&"Figure"))
        .collect();
    assert_eq!(links.len(), 4);
    let root = doc
        .get_dictionary(
            doc.catalog()
                .unwrap()
                .get(b"StructTreeRoot")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let parent_tree = doc
        .get_dictionary(root.get(b"ParentTree").unwrap().as_reference().unwrap())
        .unwrap();
    let nums = parent_tree.get(b"Nums").unwrap().as_array().unwrap();
    for link in &links {
        assert_eq!(link.annotations.len(), 1);
        let annot = doc.get_dictionary(link.annotations[0]).unwrap();
        assert_eq!(annot.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
        let key = annot.get(b"StructParent").unwrap().as_i64().unwrap();
        let at = nums
            .chunks(2)
            .find(|p| p[0].as_i64().unwrap() == key)
            .unwrap();
        let element = doc.get_dictionary(at[1].as_reference().unwrap()).unwrap();
        assert_eq!(element.get(b"S").unwrap().as_name().unwrap(), b"Link");
    }
    // Every annotation of the file is in the tree.
    let tagged: BTreeSet<ObjectId> = document
        .all()
        .iter()
        .flat_map(|e| e.annotations.clone())
        .collect();
    let mut annotations = 0;
    for page in doc.get_pages().values() {
        let d = doc.get_dictionary(*page).unwrap();
        if let Ok(annots) = d.get(b"Annots").and_then(Object::as_array) {
            for a in annots {
                assert!(tagged.contains(&a.as_reference().unwrap()));
                annotations += 1;
            }
            assert_eq!(d.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
        }
    }
    assert_eq!(annotations, tagged.len());
}

#[test]
fn document_settings_language_title_and_metadata_are_declared() {
    let out = built();
    let doc = load(&out, &screen_name("vi"));
    let catalog = doc.catalog().unwrap();
    let mark_info = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    let prefs = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"vi");
    let xmp = doc
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    assert_eq!(xmp.dict.get(b"Subtype").unwrap().as_name().unwrap(), b"XML");
    let xmp = String::from_utf8(xmp.content.clone()).unwrap();
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
    // dc:title is the Info dictionary's title.
    let info = doc
        .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(title.starts_with("Dịch vụ công trực tuyến"), "{title}");
    assert!(
        xmp.contains(&format!(
            "\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>"
        )),
        "{xmp}"
    );
    assert!(!xmp.contains("Date"), "no date without SOURCE_DATE_EPOCH");
    // The Vietnamese leaflet is final: no element names another language.
    assert!(tree(&doc).all().iter().all(|e| e.lang.is_none()));
}

#[test]
fn the_draft_label_and_fallback_text_declare_their_languages() {
    let out = built();
    // The English leaflet is a draft: its label is part English (the
    // leaflet's own language), part Vietnamese.
    let doc = load(&out, &screen_name("en"));
    assert_eq!(
        doc.catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap(),
        b"en"
    );
    let document = tree(&doc);
    for sect in &document.kids {
        // The label is read first on every page: a P with a vi Span.
        let label = &sect.kids[0];
        assert_eq!(label.kind, "P");
        let spans: Vec<&Element> = label.kids.iter().filter(|k| k.kind == "Span").collect();
        assert_eq!(spans.len(), 1, "{label:?}");
        assert_eq!(spans[0].lang.as_deref(), Some("vi"));
        assert_eq!(label.lang, None);
        assert!(!label.mcids.is_empty(), "the English part");
    }
    // Jrai: both halves are in other languages than the leaflet's.
    let doc = load(&out, &screen_name("jra"));
    let document = tree(&doc);
    let label = &document.kids[0].kids[0];
    let langs: Vec<Option<&str>> = label.kids.iter().map(|k| k.lang.as_deref()).collect();
    assert_eq!(langs, [Some("en"), Some("vi")]);
    // Untranslated Jrai messages print the Vietnamese text, and say so.
    let vi_elements = document
        .all()
        .iter()
        .filter(|e| e.lang.as_deref() == Some("vi"))
        .count();
    assert!(vi_elements > 1, "fallback text is declared Vietnamese");
}

#[test]
fn every_page_has_one_size_and_bookmarks_nest_by_heading() {
    let out = built();
    let doc = load(&out, &screen_name("vi"));
    let sizes: BTreeSet<(i64, i64)> = doc
        .get_pages()
        .values()
        .map(|id| {
            let b = page_box(&doc, *id, b"MediaBox");
            // page_box gives mm.
            (
                ((b[2] - b[0]) * 10.0).round() as i64,
                ((b[3] - b[1]) * 10.0).round() as i64,
            )
        })
        .collect();
    assert_eq!(sizes, BTreeSet::from([(1000, 2100)]));
    // Outlines: top-level entries, some with H3 children.
    let outlines = doc
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let first = |d: &Dictionary| d.get(b"First").and_then(Object::as_reference).ok();
    let title = |d: &Dictionary| lopdf::decode_text_string(d.get(b"Title").unwrap()).unwrap();
    let mut top = Vec::new();
    let mut nested = Vec::new();
    let mut item = first(doc.get_dictionary(outlines).unwrap());
    while let Some(id) = item {
        let d = doc.get_dictionary(id).unwrap();
        let mut children = Vec::new();
        let mut child = first(d);
        while let Some(c) = child {
            let cd = doc.get_dictionary(c).unwrap();
            assert_eq!(cd.get(b"Parent").unwrap().as_reference().unwrap(), id);
            children.push(title(cd));
            child = cd.get(b"Next").and_then(Object::as_reference).ok();
        }
        if !children.is_empty() {
            assert_eq!(
                d.get(b"Count").unwrap().as_i64().unwrap(),
                children.len() as i64
            );
        }
        nested.push((title(d), children));
        top.push(id);
        item = d.get(b"Next").and_then(Object::as_reference).ok();
    }
    assert_eq!(nested[0].0, "DỊCH VỤ CÔNG TRỰC TUYẾN");
    assert!(nested[0].1.is_empty());
    assert_eq!(nested[1].0, "KHÁI NIỆM");
    // "Levels" is an H3 under the concept heading.
    assert_eq!(nested[1].1.len(), 1, "{nested:?}");
    let total: usize = nested.iter().map(|n| 1 + n.1.len()).sum();
    assert_eq!(total, 14, "one bookmark per heading");
    assert!(nested.iter().filter(|n| !n.1.is_empty()).count() >= 3);
}

#[test]
fn preflight_ua_passes_screen_files_and_fails_print_and_untagged_files() {
    let out = built();
    let dir = out.join("output/trifold-a4");
    for locale in ["vi", "en", "jra", "bdq"] {
        let screen = dir.join(screen_name(locale));
        let o = leaflet(&out, &["preflight", "--ua", screen.to_str().unwrap()]);
        assert!(o.status.success(), "{locale}: {}{}", stdout(&o), stderr(&o));
        assert!(stdout(&o).contains("PDF/UA-1"), "{}", stdout(&o));
    }
    // The print file is not tagged (it is not its target): "untagged".
    let print = dir.join("vi.pdf");
    let o = leaflet_in(&out, &["preflight", "--ua", print.to_str().unwrap()], "en");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("untagged"), "{}", stdout(&o));
    assert!(stdout(&o).contains("[ua-untagged]"), "{}", stdout(&o));
    // An untagged PDF from elsewhere, in JSON: the code and the rule.
    let mut doc = load(&out, &screen_name("vi"));
    let catalog = doc.catalog_mut().unwrap();
    catalog.remove(b"StructTreeRoot");
    let stripped = out.join("stripped.pdf");
    doc.save(&stripped).unwrap();
    let o = leaflet(
        &out,
        &[
            "preflight",
            "--ua",
            "--format",
            "json",
            stripped.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json[0]["tagged"], false);
    assert_eq!(json[0]["findings"][0]["code"], "ua-untagged");
    // A tagged file that breaks rules: no Tabs, no DisplayDocTitle, a
    // figure without Alt.
    let mut doc = load(&out, &screen_name("vi"));
    for page in doc.get_pages().values().copied().collect::<Vec<_>>() {
        doc.get_dictionary_mut(page).unwrap().remove(b"Tabs");
    }
    doc.catalog_mut().unwrap().remove(b"ViewerPreferences");
    let figure = doc
        .objects
        .iter()
        .find(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                d.get(b"S")
                    .is_ok_and(|s| s.as_name().ok() == Some(b"Figure"))
            })
        })
        .map(|(id, _)| *id)
        .unwrap();
    doc.get_dictionary_mut(figure).unwrap().remove(b"Alt");
    let broken = out.join("broken.pdf");
    doc.save(&broken).unwrap();
    let o = leaflet_in(&out, &["preflight", "--ua", broken.to_str().unwrap()], "en");
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    for rule in ["[28-008]", "[07-001]", "[13-004]"] {
        assert!(text.contains(rule), "{rule}: {text}");
    }
    assert!(text.contains("NOT PDF/UA-1"), "{text}");
    // Vietnamese by default, same codes.
    let o = leaflet_in(&out, &["preflight", "--ua", broken.to_str().unwrap()], "vi");
    assert!(stdout(&o).contains("CHƯA đạt PDF/UA-1"), "{}", stdout(&o));
    // Not a PDF: an error, never a panic.
    let junk = out.join("junk.pdf");
    std::fs::write(&junk, b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n").unwrap();
    let o = leaflet(&out, &["preflight", "--ua", junk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn print_files_stay_untagged() {
    let out = built();
    let doc = load(&out, "vi.pdf");
    let catalog = doc.catalog().unwrap();
    for key in [&b"StructTreeRoot"[..], b"MarkInfo", b"Metadata"] {
        assert!(!catalog.has(key));
    }
    let ops = operators(&doc);
    assert!(!ops.iter().any(|o| o == "BMC"), "no artifacts in print");
}

#[test]
fn every_glyph_of_the_screen_file_maps_to_a_character() {
    // Combining marks drawn only inside clusters map to their own
    // character (U+0323…), not U+FFFD, so text reads right even where a
    // tool ignores /ActualText.
    let out = built();
    let doc = load(&out, &screen_name("jra"));
    let mut maps = 0;
    for page in doc.get_pages().values() {
        for (_, font) in doc.get_page_fonts(*page).unwrap() {
            let id = font.get(b"ToUnicode").unwrap().as_reference().unwrap();
            let stream = doc.get_object(id).unwrap().as_stream().unwrap();
            let cmap = String::from_utf8(stream.decompressed_content().unwrap()).unwrap();
            assert!(!cmap.to_uppercase().contains("<FFFD>"), "{cmap}");
            maps += 1;
        }
    }
    assert!(maps > 0);
}

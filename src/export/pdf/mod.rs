//! Export: serializes a [`Document`] to PDF bytes. No layout decisions are
//! made here, only unit conversion, font subsetting and the objects a
//! print shop and a PDF viewer expect:
//!
//! * `content` writes each page's operators straight to bytes: glyphs as
//!   subset glyph ids, one `TJ` per baseline segment, each glyph where the
//!   shaper put it (vertical mark offsets included);
//! * `font` embeds one subset per face with its widths and ToUnicode map;
//! * this module assembles pages, boxes (`/TrimBox`, `/BleedBox`), `/Lang`,
//!   the output intent, links, bookmarks, the Info dictionary and a `/ID`
//!   derived from the content, so identical inputs give identical bytes.
//!
//! printpdf, the crate this project started with, is not used here: its
//! operation translation and lopdf's content encoding took half of the
//! whole build's CPU time, and most of its output needed rewriting anyway
//! (page boxes, the output intent key, inline annotations, ids).

mod content;
mod font;
mod metadata;
mod tags;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use crate::diag::{Code, Error, Finding};
use crate::layout::frame::{Document, Item, Page, Rect, PT_PER_MM};
use crate::load::fonts::FontSet;
use crate::msg;

use content::{Colors, PageWriter};
pub use font::SubsetCache;
use font::Subsets;

/// Written into every file's Info dictionary.
pub const PRODUCER: &str = concat!("leaflet ", env!("CARGO_PKG_VERSION"));

/// What the file is for; it decides colour space, conformance and links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// PDF/X-1a:2001 for the print shop: CMYK, FOGRA39 output intent, no
    /// annotations (links belong to the screen variant).
    Print,
    /// The print geometry with review overlays; not for print, so not PDF/X.
    Proof,
    /// For phones: RGB, clickable links, bookmarks, no marks.
    Screen,
    /// For an office laser printer: an A4 sheet exactly, RGB (black as
    /// grey), no marks, no links.
    Office,
}

/// The PDF/X flavour of [`Output::Print`]: every colour is CMYK or grey and
/// nothing is transparent, which is exactly what X-1a checks, and it is the
/// version print shops accept without a question.
pub const PDFX_VERSION: &str = "PDF/X-1:2001";
pub const PDFX_CONFORMANCE: &str = "PDF/X-1a:2001";

/// The Info key of an office-printer file that records its printer
/// margin in mm, for preflight.
pub const PRINTER_MARGIN_KEY: &str = "LeafletPrinterMargin";

/// The output condition every print file names.
const CONDITION: &str = "Coated FOGRA39 (ISO 12647-2:2004)";

use crate::color::FOGRA39_DEFLATED;

/// Serializes `doc`. Identical documents give identical bytes.
pub fn write(
    doc: &Document,
    fonts: &FontSet,
    subsets: &SubsetCache,
    output: Output,
) -> Result<Vec<u8>, Error> {
    serialize(build(doc, fonts, subsets, output)?)
}

/// The finished PDF object tree, before it becomes bytes (what a build
/// preflights without parsing its own output back).
pub fn build(
    doc: &Document,
    fonts: &FontSet,
    subset_cache: &SubsetCache,
    output: Output,
) -> Result<lopdf::Document, Error> {
    // PDF/X-1a:2001 is defined on PDF 1.3; the other files use 1.7 features
    // (marked-content ActualText, /Lang) by their proper version.
    let version = if output == Output::Print {
        "1.3"
    } else {
        "1.7"
    };
    let mut lo = lopdf::Document::with_version(version);
    let subsets = Subsets::build(doc, fonts, subset_cache)?;

    let mut resources = Dictionary::new();
    resources.set("Font", subsets.write(&mut lo, fonts));
    let images = write_images(&mut lo, doc);
    if !images.is_empty() {
        resources.set("XObject", images);
    }
    let resources = lo.add_object(resources);

    // The screen file is tagged (PDF/UA-1): its structure is planned
    // first, so the content streams can mark what they write.
    let plan = (output == Output::Screen).then(|| tags::plan(doc));
    let marks = plan.as_ref().map(|p| p.marks.as_slice());
    let (pages_id, page_ids, annotations) =
        write_pages(&mut lo, doc, &subsets, resources, output, marks);

    let mut catalog = Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
        ("Lang", Object::string_literal(doc.lang.as_str())),
        (
            "ViewerPreferences",
            Object::Dictionary(Dictionary::from_iter([(
                "DisplayDocTitle",
                Object::Boolean(true),
            )])),
        ),
    ]);
    if let Some(plan) = plan {
        let root = tags::write(&mut lo, plan, &page_ids, &annotations);
        catalog.set("StructTreeRoot", Object::Reference(root));
        catalog.set(
            "MarkInfo",
            Object::Dictionary(Dictionary::from_iter([("Marked", Object::Boolean(true))])),
        );
        let xmp = metadata::xmp(&doc.title, &doc.lang, source_date().as_deref());
        let stream = Stream::new(
            Dictionary::from_iter([
                ("Type", Object::Name(b"Metadata".to_vec())),
                ("Subtype", Object::Name(b"XML".to_vec())),
            ]),
            xmp.into_bytes(),
        );
        catalog.set("Metadata", Object::Reference(lo.add_object(stream)));
    }
    let mut profile = None;
    if output == Output::Print {
        let intent = output_intent(&mut lo, doc.embed_profile);
        profile = intent.1;
        catalog.set("OutputIntents", Object::Array(vec![intent.0]));
    }
    if output == Output::Screen && !doc.sections.is_empty() {
        catalog.set(
            "Outlines",
            Object::Reference(outlines(&mut lo, doc, &page_ids)),
        );
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    let catalog = lo.add_object(catalog);
    let mut info = info(doc, output);
    if let Some(margin) = doc.printer_margin {
        info.set(PRINTER_MARGIN_KEY, Object::Real(margin));
    }
    let info = lo.add_object(info);
    lo.trailer.set("Root", Object::Reference(catalog));
    lo.trailer.set("Info", Object::Reference(info));

    let id = document_id(&lo, profile);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(lo)
}

/// Per page, the annotation object of each item that has one.
type Annotations = Vec<Vec<(usize, ObjectId)>>;

/// The page tree: each page with its boxes, content stream and (on
/// screen) link annotations; `marks` tags the content of a tagged file.
/// Returns the tree's id, the pages' ids and their annotations.
fn write_pages(
    lo: &mut lopdf::Document,
    doc: &Document,
    subsets: &Subsets,
    resources: ObjectId,
    output: Output,
    marks: Option<&[Vec<tags::Mark>]>,
) -> (ObjectId, Vec<ObjectId>, Annotations) {
    let pages_id = lo.new_object_id();
    let mut page_ids = Vec::with_capacity(doc.pages.len());
    let mut all_annotations = Vec::with_capacity(doc.pages.len());
    let mut first_image = 0;
    for (index, page) in doc.pages.iter().enumerate() {
        let page_marks = marks.and_then(|m| m.get(index)).map(Vec::as_slice);
        let content = PageWriter {
            page,
            subsets,
            first_image,
            colors: match output {
                Output::Print | Output::Proof => Colors::Cmyk,
                Output::Screen => Colors::ScreenRgb,
                Output::Office => Colors::Office,
            },
            marks: page_marks,
        }
        .write();
        first_image += page_items(page)
            .filter(|i| matches!(i, Item::Image(_)))
            .count();
        let content = lo.add_object(deflated_stream(Dictionary::new(), &content.into_bytes()));
        let page_id = lo.new_object_id();
        let sheet = &page.sheet;
        let mut dict = Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            ("MediaBox", pdf_box(page, &sheet.media_box())),
            ("BleedBox", pdf_box(page, &sheet.bleed_box())),
            ("TrimBox", pdf_box(page, &sheet.trim_box())),
            ("Resources", Object::Reference(resources)),
            ("Contents", Object::Reference(content)),
        ]);
        let annotations = write_annotations(lo, page, page_id, output, page_marks);
        if !annotations.is_empty() {
            dict.set(
                "Annots",
                Object::Array(
                    annotations
                        .iter()
                        .map(|&(_, id)| Object::Reference(id))
                        .collect(),
                ),
            );
        }
        if page_marks.is_some() {
            // The tagged file: the page's marked content is found through
            // the parent tree, and links are visited in structure order.
            dict.set("StructParents", Object::Integer(index as i64));
            dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
        lo.objects.insert(page_id, Object::Dictionary(dict));
        page_ids.push(page_id);
        all_annotations.push(annotations);
    }
    lo.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            (
                "Kids",
                Object::Array(page_ids.iter().map(|&id| Object::Reference(id)).collect()),
            ),
            ("Count", Object::Integer(page_ids.len() as i64)),
        ])),
    );

    (pages_id, page_ids, all_annotations)
}

/// A stable `/ID`: a hash of every object, so identical inputs give
/// identical files and any change gives a new id.
fn document_id(lo: &lopdf::Document, profile: Option<ObjectId>) -> Object {
    let mut hash = Fnv::new();
    for (id, object) in &lo.objects {
        hash.write(&id.0.to_le_bytes());
        if Some(*id) == profile {
            // A compile-time constant: its 477 KB need no hashing.
            hash.write(b"FOGRA39");
        } else {
            hash_object(&mut hash, object);
        }
    }
    let first = hash.finish();
    hash.write(b"instance");
    let second = hash.finish();
    let id_bytes: Vec<u8> = first
        .to_be_bytes()
        .into_iter()
        .chain(second.to_be_bytes())
        .collect();
    Object::String(id_bytes, StringFormat::Hexadecimal)
}

/// The bytes of a built PDF.
pub fn serialize(lo: lopdf::Document) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::with_capacity(64 * 1024);
    serialize_into(lo, &mut bytes).map_err(|e| {
        Finding::new(
            Code::Internal,
            msg!("pdf-serialize-failed", detail = e.to_string()),
        )
        .boxed()
    })?;
    Ok(bytes)
}

/// Writes a built PDF to `out` (straight to its file: a print file with
/// its profile is half a megabyte that need not be copied once more).
///
/// Files beyond PDF/X-1a's version 1.3 (screen and proof) keep their
/// dictionaries in compressed object streams: the screen file's links and
/// bookmarks were a third of its size.
pub fn serialize_into(
    mut lo: lopdf::Document,
    mut out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let result = if lo.version.as_str() >= "1.5" {
        let options = lopdf::SaveOptions::builder()
            .use_object_streams(true)
            .use_xref_streams(true)
            .compression_level(6)
            .build();
        lo.save_with_options(&mut out, options)
    } else {
        // PDF 1.3 (PDF/X-1a:2001) has only the classic cross-reference
        // table; lopdf writes a 1.5 xref stream unless told otherwise.
        lo.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
        lo.save_to(&mut out)
    };
    result.map_err(std::io::Error::other)
}

fn page_items(page: &Page) -> impl Iterator<Item = &Item> {
    page.items.iter().chain(&page.furniture)
}

/// The images as XObjects `Im0`, `Im1`, … in document order.
fn write_images(lo: &mut lopdf::Document, doc: &Document) -> Dictionary {
    let mut names = Dictionary::new();
    let pictures = doc
        .pages
        .iter()
        .flat_map(page_items)
        .filter_map(|i| match i {
            Item::Image(p) => Some(p),
            _ => None,
        });
    for (n, p) in pictures.enumerate() {
        let dict = Dictionary::from_iter([
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Image".to_vec())),
            ("Width", Object::Integer(p.width_px as i64)),
            ("Height", Object::Integer(p.height_px as i64)),
            ("ColorSpace", Object::Name(b"DeviceGray".to_vec())),
            ("BitsPerComponent", Object::Integer(8)),
        ]);
        let id = lo.add_object(deflated_stream(dict, &p.grey));
        names.set(format!("Im{n}"), Object::Reference(id));
    }
    names
}

/// The page's annotations, as indirect objects: invisible links in screen
/// files, review notes in proofs, none in print files (PDF/X).
fn write_annotations(
    lo: &mut lopdf::Document,
    page: &Page,
    page_id: ObjectId,
    output: Output,
    marks: Option<&[tags::Mark]>,
) -> Vec<(usize, ObjectId)> {
    let mut refs = Vec::new();
    for (index, item) in page_items(page).enumerate() {
        let mut annot = match (item, output) {
            (Item::Link(link), Output::Screen) => Dictionary::from_iter([
                ("Type", Object::Name(b"Annot".to_vec())),
                ("Subtype", Object::Name(b"Link".to_vec())),
                ("Rect", pdf_box(page, &link.rect)),
                ("Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
                // What screen readers announce for the link.
                ("Contents", pdf_string(&link.url)),
                (
                    "A",
                    Object::Dictionary(Dictionary::from_iter([
                        ("S", Object::Name(b"URI".to_vec())),
                        ("URI", Object::string_literal(link.url.as_str())),
                    ])),
                ),
                ("P", Object::Reference(page_id)),
            ]),
            // A square without colour or border: nothing is drawn, and
            // viewers show its text when the pointer rests on the area.
            (Item::Note(note), Output::Proof) => Dictionary::from_iter([
                ("Type", Object::Name(b"Annot".to_vec())),
                ("Subtype", Object::Name(b"Square".to_vec())),
                ("Rect", pdf_box(page, &note.rect)),
                ("Contents", pdf_string(&note.text)),
                ("Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
                ("C", Object::Array(Vec::new())),
                ("P", Object::Reference(page_id)),
            ]),
            _ => continue,
        };
        if let Some(tags::Mark::Annotation { struct_parent }) = marks.and_then(|m| m.get(index)) {
            annot.set("StructParent", Object::Integer(*struct_parent));
        }
        refs.push((index, lo.add_object(annot)));
    }
    refs
}

/// The PDF/X output intent, with the FOGRA39 profile embedded or, as
/// PDF/X-1a allows for a condition in the ICC registry, named only.
/// Returns the intent and the profile's object id.
fn output_intent(lo: &mut lopdf::Document, embed: bool) -> (Object, Option<ObjectId>) {
    let mut intent = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFX".to_vec())),
        (
            "OutputConditionIdentifier",
            Object::string_literal("FOGRA39"),
        ),
        (
            "RegistryName",
            Object::string_literal("http://www.color.org"),
        ),
        ("OutputCondition", Object::string_literal(CONDITION)),
        ("Info", Object::string_literal(CONDITION)),
    ]);
    let mut profile = None;
    if embed {
        let stream = Stream::new(
            Dictionary::from_iter([
                ("N", Object::Integer(4)),
                ("Filter", Object::Name(b"FlateDecode".to_vec())),
            ]),
            FOGRA39_DEFLATED.to_vec(),
        );
        let id = lo.add_object(stream);
        intent.set("DestOutputProfile", Object::Reference(id));
        profile = Some(id);
    }
    (Object::Dictionary(intent), profile)
}

/// Title, producer, dates and (for print) the PDF/X keys.
fn info(doc: &Document, output: Output) -> Dictionary {
    let mut info = Dictionary::new();
    info.set("Title", pdf_string(&doc.title));
    info.set("Producer", pdf_string(PRODUCER));
    info.set("Creator", pdf_string(PRODUCER));
    let date = source_date();
    if output == Output::Print {
        // PDF/X requires both dates; without SOURCE_DATE_EPOCH the epoch
        // keeps identical inputs giving identical files.
        let date = date.unwrap_or_else(|| "D:19700101000000Z".into());
        info.set("CreationDate", Object::string_literal(date.as_str()));
        info.set("ModDate", Object::string_literal(date.as_str()));
        info.set("Trapped", Object::Name(b"False".to_vec()));
        info.set("GTS_PDFXVersion", Object::string_literal(PDFX_VERSION));
        info.set(
            "GTS_PDFXConformance",
            Object::string_literal(PDFX_CONFORMANCE),
        );
    } else if let Some(date) = date {
        info.set("CreationDate", Object::string_literal(date.as_str()));
        info.set("ModDate", Object::string_literal(date.as_str()));
    }
    info
}

/// A stream holding `data` deflated (or as is, when that is not smaller).
fn deflated_stream(dict: Dictionary, data: &[u8]) -> Stream {
    thread_local! {
        // Setting up a deflate state clears half a megabyte; reset it instead.
        static DEFLATE: std::cell::RefCell<flate2::Compress> =
            std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::default(), true));
    }
    let compressed = DEFLATE.with(|cell| {
        let mut state = cell.borrow_mut();
        state.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let consumed = state.total_in() as usize;
            let status = state
                .compress_vec(&data[consumed..], &mut out, flate2::FlushCompress::Finish)
                .expect("deflating in memory");
            if status == flate2::Status::StreamEnd {
                break;
            }
            out.reserve(out.capacity().max(1024));
        }
        out
    });
    if compressed.len() + 19 < data.len() {
        let mut dict = dict;
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        Stream::new(dict, compressed)
    } else {
        Stream::new(dict, data.to_vec())
    }
}

/// Feeds an object to the hash, field by field.
fn hash_object(hash: &mut Fnv, object: &Object) {
    match object {
        Object::Null => hash.write(b"n"),
        Object::Boolean(b) => hash.write(&[b'b', u8::from(*b)]),
        Object::Integer(i) => hash.write(&i.to_le_bytes()),
        Object::Real(r) => hash.write(&r.to_le_bytes()),
        Object::Name(n) => {
            hash.write(b"/");
            hash.write(n);
        }
        Object::String(s, _) => {
            hash.write(b"(");
            hash.write(s);
        }
        Object::Reference((id, generation)) => {
            hash.write(&id.to_le_bytes());
            hash.write(&generation.to_le_bytes());
        }
        Object::Array(a) => {
            hash.write(b"[");
            a.iter().for_each(|v| hash_object(hash, v));
        }
        Object::Dictionary(d) => hash_dictionary(hash, d),
        Object::Stream(s) => {
            hash_dictionary(hash, &s.dict);
            hash.write(&s.content);
        }
    }
}

fn hash_dictionary(hash: &mut Fnv, d: &Dictionary) {
    hash.write(b"<");
    for (k, v) in d.iter() {
        hash.write(k);
        hash_object(hash, v);
    }
}

fn pdf_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            bytes.extend(unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// A box in PDF form `[llx lly urx ury]`, pt from the media box's lower left.
fn pdf_box(page: &Page, r: &Rect) -> Object {
    let media = page.sheet.media_box();
    let k = PT_PER_MM;
    let llx = (r.x - media.x) * k;
    let lly = (media.bottom() - r.bottom()) * k;
    Object::Array(
        [llx, lly, llx + r.width * k, lly + r.height * k]
            .into_iter()
            .map(|v| Object::Real((v * 1000.0).round() / 1000.0))
            .collect(),
    )
}

/// The outline (bookmarks): one entry per section heading, in reading
/// order, each opening its page at the heading. Entries nest by heading
/// level: the title (H1) and the panels' headings (H2) at the top, each
/// H3 under the heading before it, and so on; all open.
fn outlines(
    lo: &mut lopdf::Document,
    doc: &Document,
    page_ids: &[lopdf::ObjectId],
) -> lopdf::ObjectId {
    let root = lo.new_object_id();
    let sections = &doc.sections;
    let ids: Vec<lopdf::ObjectId> = sections.iter().map(|_| lo.new_object_id()).collect();
    let depth = |i: usize| sections[i].level.max(2) - 2;
    // Each entry's parent: the nearest entry before it that is shallower.
    let parents: Vec<Option<usize>> = (0..sections.len())
        .map(|i| (0..i).rev().find(|&j| depth(j) < depth(i)))
        .collect();
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..sections.len())
            .filter(|&i| parents[i] == parent)
            .collect()
    };
    let descendants = |of: usize| -> i64 {
        (0..sections.len())
            .filter(|&i| {
                let mut p = parents[i];
                while let Some(j) = p {
                    if j == of {
                        return true;
                    }
                    p = parents[j];
                }
                false
            })
            .count() as i64
    };
    for (i, section) in sections.iter().enumerate() {
        let index = section.page.min(page_ids.len() - 1);
        let page = page_ids[index];
        // Open at the heading (2 mm above it), not just at its page.
        let top = doc.pages.get(index).map_or(Object::Null, |p| {
            let media = p.sheet.media_box();
            let y = (media.bottom() - (section.top - 2.0).max(media.y)) * PT_PER_MM;
            Object::Real((y * 1000.0).round() / 1000.0)
        });
        let parent = parents[i].map_or(root, |j| ids[j]);
        let mut item = Dictionary::from_iter([
            ("Title", pdf_string(&section.title)),
            ("Parent", Object::Reference(parent)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    top,
                    Object::Null,
                ]),
            ),
        ]);
        let siblings = children(parents[i]);
        let at = siblings.iter().position(|&s| s == i).unwrap_or(0);
        if at > 0 {
            item.set("Prev", Object::Reference(ids[siblings[at - 1]]));
        }
        if let Some(&next) = siblings.get(at + 1) {
            item.set("Next", Object::Reference(ids[next]));
        }
        let kids = children(Some(i));
        if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
            item.set("First", Object::Reference(ids[first]));
            item.set("Last", Object::Reference(ids[last]));
            item.set("Count", Object::Integer(descendants(i)));
        }
        lo.objects.insert(ids[i], Object::Dictionary(item));
    }
    let top = children(None);
    lo.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Outlines".to_vec())),
            ("First", Object::Reference(ids[top[0]])),
            (
                "Last",
                Object::Reference(ids[*top.last().expect("sections are not empty")]),
            ),
            ("Count", Object::Integer(ids.len() as i64)),
        ])),
    );
    root
}

/// `D:YYYYMMDDHHmmSSZ` from `SOURCE_DATE_EPOCH`, the reproducible-builds
/// convention; without it the file carries no date at all.
fn source_date() -> Option<String> {
    pdf_date(&std::env::var("SOURCE_DATE_EPOCH").ok()?)
}

/// A PDF date for seconds since the Unix epoch, in UTC.
fn pdf_date(epoch: &str) -> Option<String> {
    let secs: i64 = epoch.trim().parse().ok()?;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm), proleptic Gregorian.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!(
        "D:{year:04}{month:02}{day:02}{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    ))
}

/// FNV-1a, 64 bit: a small stable hash for subset tags and the file `/ID`
/// (std's hasher may change between Rust releases; these must not).
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_date_epoch_becomes_a_pdf_date() {
        // 2024-02-29 12:34:56 UTC; the env var itself is not touched, so
        // tests running in parallel never see it change.
        assert_eq!(pdf_date("1709210096").as_deref(), Some("D:20240229123456Z"));
        assert_eq!(pdf_date(" 0\n").as_deref(), Some("D:19700101000000Z"));
        assert_eq!(pdf_date("-86400").as_deref(), Some("D:19691231000000Z"));
        assert_eq!(pdf_date("yesterday"), None);
    }
}

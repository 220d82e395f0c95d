//! Preflight: what a prepress operator checks before accepting a PDF —
//! page boxes and bleed, fonts, colour spaces, output intent, the smallest
//! text, QR code sizes and image resolution. It reads any PDF (ours or
//! anyone's) with lopdf and never trusts that the file came from us.

use std::collections::BTreeSet;

use lopdf::{Dictionary, Document, Object, ObjectId};
use rqrr::BitGrid;
use serde::Serialize;

use crate::diag::{Code, Error, Finding};
use crate::i18n::{Arg, Lang, Message};
use crate::msg;

pub(crate) const MM_PER_PT: f32 = 25.4 / 72.0;
/// Bleed a print shop expects on every side, in mm, less 0.1 mm for
/// boxes other tools round.
const MIN_BLEED_MM: f32 = crate::load::layouts::MIN_BLEED_MM - 0.1;
/// Text smaller than this is reported (pt).
const SMALL_TEXT_PT: f32 = 6.0;
/// QR codes narrower than this (without quiet zone) scan badly (mm).
pub(crate) const MIN_QR_MM: f32 = 20.0;
/// How far a measured QR code may fall short of [`MIN_QR_MM`] and still
/// count as that size: the measurement's precision at the render
/// resolution (a 20 mm code measures 19.98 to 20.02 mm).
pub(crate) const QR_TOLERANCE_MM: f32 = 0.1;
/// Images below this effective resolution are reported (ppi).
const GOOD_PPI: f32 = 300.0;
const BLOCKING_PPI: f32 = 150.0;
/// Form XObjects are followed this deep.
const MAX_FORM_DEPTH: usize = 8;
/// QR codes are looked for on this many pages at most: a leaflet, a poster
/// or a sheet of flyers has a handful, and a file of 100,000 pages must
/// not take hours.
pub const MAX_QR_PAGES: usize = 64;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub file: String,
    pub pages: Vec<PageInfo>,
    pub fonts: Vec<FontInfo>,
    pub color_spaces: BTreeSet<String>,
    pub output_intent: Option<String>,
    pub pdfx: Option<String>,
    pub smallest_text_pt: Option<f32>,
    /// `None` when the pages were not rendered (quick mode).
    pub qr_codes: Option<Vec<QrInfo>>,
    pub images: Vec<ImageInfo>,
    pub annotations_in_trim: usize,
    /// Rendered by [`Report::to_json`] in the reader's language.
    #[serde(skip)]
    pub findings: Vec<Finding>,
}

impl Report {
    /// The report of `file` before anything is found.
    pub fn new(file: &str) -> Report {
        Report {
            file: file.to_string(),
            pages: Vec::new(),
            fonts: Vec::new(),
            color_spaces: BTreeSet::new(),
            output_intent: None,
            pdfx: None,
            smallest_text_pt: None,
            qr_codes: None,
            images: Vec::new(),
            annotations_in_trim: 0,
            findings: Vec::new(),
        }
    }

    /// A finding that stops the file going to print.
    pub fn blocking(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }

    /// The report as JSON, findings in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        crate::diag::render::with_findings(self, &self.findings, lang)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PageInfo {
    pub page: usize,
    pub media_mm: [f32; 2],
    pub trim_mm: Option<[f32; 2]>,
    /// Smallest bleed on any side, in mm.
    pub bleed_mm: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FontInfo {
    pub name: String,
    pub kind: String,
    pub embedded: bool,
    pub subset: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QrInfo {
    pub page: usize,
    /// Printed size without the quiet zone, measured on a rendering (the
    /// smaller of width and height, to about 0.1 mm).
    pub size_mm: f32,
    pub content: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageInfo {
    pub page: usize,
    pub width_px: i64,
    pub height_px: i64,
    pub color_space: String,
    /// Effective resolution as placed (the lower of both axes).
    pub ppi: f32,
}

/// How much of a file preflight reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Structure only: boxes, bleed, fonts, output intent, images' presence.
    /// What a build checks on every file it writes (colours and type sizes
    /// of our own files are guaranteed by construction).
    Quick,
    /// Also every content stream (colours, text sizes, image resolution)
    /// and a rendering of each page to find and measure QR codes.
    Full,
}

/// Analyses a PDF.
pub fn analyze(bytes: &[u8], file: &str, depth: Depth) -> Result<Report, Error> {
    let doc = Document::load_mem(bytes).map_err(|_| {
        Finding::new(Code::NotAPdf, msg!("preflight-not-a-pdf"))
            .in_file(std::path::Path::new(file))
            .boxed()
    })?;
    if crate::export::preflight_office::is_office_file(&doc, file) {
        return crate::export::preflight_office::analyze(bytes, &doc, file, depth);
    }
    let mut report = analyze_document(&doc, file, depth)?;
    if depth == Depth::Full {
        check_qr_codes(&mut report, bytes, file)?;
    }
    Ok(report)
}

/// Finds, measures and decodes the QR codes on a rendering of the pages:
/// too small or unreadable ones are findings.
pub(crate) fn check_qr_codes(report: &mut Report, bytes: &[u8], file: &str) -> Result<(), Error> {
    // Nothing to render (and a renderer may refuse such a file): the
    // report already says so.
    let qr = if report.pages.is_empty() {
        Vec::new()
    } else {
        find_qr_codes(bytes)?
    };
    for q in qr
        .iter()
        .filter(|q| q.size_mm < MIN_QR_MM - QR_TOLERANCE_MM)
    {
        report.findings.push(
            finding(
                file,
                Code::SmallQr,
                msg!(
                    "preflight-small-qr",
                    size = Arg::mm(q.size_mm),
                    minimum = Arg::mm(MIN_QR_MM)
                ),
            )
            .pdf_page(q.page),
        );
    }
    for q in qr.iter().filter(|q| q.content.is_empty()) {
        report.findings.push(
            finding(
                file,
                Code::UnreadableQr,
                msg!("preflight-unreadable-qr", size = Arg::mm(q.size_mm)),
            )
            .pdf_page(q.page)
            .help(msg!("help-scan-qr")),
        );
    }
    if report.pages.len() > MAX_QR_PAGES {
        report.findings.push(finding(
            file,
            Code::NotExamined,
            msg!(
                "preflight-qr-pages-limited",
                pages = report.pages.len(),
                limit = MAX_QR_PAGES
            ),
        ));
    }
    report.qr_codes = Some(qr);
    Ok(())
}

/// Like [`analyze`], on a document already in memory (no QR rendering).
pub fn analyze_document(doc: &Document, file: &str, depth: Depth) -> Result<Report, Error> {
    let render = depth == Depth::Full;
    let mut report = Report::new(file);
    let mut fonts = BTreeSet::new();
    let mut transparency = false;
    let pages = readable_pages(doc, &mut report);
    for (page, page_id) in pages {
        // The page tree lists only pages it could read as dictionaries.
        let Ok(dict) = doc.get_dictionary(page_id) else {
            continue;
        };
        let trim = page_boxes(doc, dict, page, &mut report);
        for (_, font) in doc.get_page_fonts(page_id).unwrap_or_default() {
            fonts.insert(font_info(doc, font));
        }
        if render {
            let resources = page_resources(doc, page_id);
            let content = doc.get_page_content(page_id);
            let mut scan = Scan {
                doc,
                page,
                report: &mut report,
                transparency: &mut transparency,
            };
            scan.content(&content, &resources, IDENTITY, 0);
        }
        if let Some(t) = trim {
            report.annotations_in_trim += annotations_in(doc, page_id, t);
        }
    }
    report.fonts = fonts.into_iter().collect();
    report.output_intent = output_intent(doc);
    report.pdfx = pdfx(doc);
    let findings = document_findings(&report, transparency);
    report.findings.extend(findings);
    Ok(report)
}

/// Page `page`'s boxes and bleed into `report`, with what is missing;
/// returns its TrimBox.
fn page_boxes(
    doc: &Document,
    dict: &Dictionary,
    page: usize,
    report: &mut Report,
) -> Option<[f32; 4]> {
    let file = report.file.clone();
    let media = rect(doc, dict, b"MediaBox");
    let trim = rect(doc, dict, b"TrimBox");
    let bleed = rect(doc, dict, b"BleedBox");
    let size = |r: [f32; 4]| [(r[2] - r[0]) * MM_PER_PT, (r[3] - r[1]) * MM_PER_PT];
    let bleed_mm = match (trim, bleed) {
        (Some(t), Some(b)) => Some(
            [t[0] - b[0], t[1] - b[1], b[2] - t[2], b[3] - t[3]]
                .into_iter()
                .fold(f32::INFINITY, f32::min)
                * MM_PER_PT,
        ),
        _ => None,
    };
    report.pages.push(PageInfo {
        page,
        media_mm: media.map(size).unwrap_or([0.0, 0.0]),
        trim_mm: trim.map(size),
        bleed_mm,
    });
    if trim.is_none() {
        report
            .findings
            .push(finding(&file, Code::NoTrimBox, msg!("preflight-no-trimbox")).pdf_page(page));
    }
    let needed = crate::load::layouts::MIN_BLEED_MM;
    match bleed_mm {
        Some(b) if b >= MIN_BLEED_MM => {}
        Some(b) if b > 0.05 => report.findings.push(
            finding(
                &file,
                Code::NoBleed,
                msg!(
                    "preflight-little-bleed",
                    bleed = Arg::mm(b),
                    needed = Arg::mm(needed)
                ),
            )
            .pdf_page(page),
        ),
        _ => report.findings.push(
            finding(
                &file,
                Code::NoBleed,
                msg!("preflight-no-bleed", needed = Arg::mm(needed)),
            )
            .pdf_page(page),
        ),
    }
    trim
}

/// How many annotations of a page reach inside its trim `t` (printer's
/// marks do not count).
fn annotations_in(doc: &Document, page_id: ObjectId, t: [f32; 4]) -> usize {
    doc.get_page_annotations(page_id)
        .unwrap_or_default()
        .into_iter()
        .filter(|annot| {
            let subtype = annot
                .get(b"Subtype")
                .and_then(Object::as_name)
                .unwrap_or(b"");
            let v: Vec<f32> = annot
                .get(b"Rect")
                .and_then(Object::as_array)
                .map(|r| r.iter().filter_map(number).collect())
                .unwrap_or_default();
            subtype != b"PrinterMark"
                && v.len() == 4
                && v[2] > t[0]
                && v[0] < t[2]
                && v[3] > t[1]
                && v[1] < t[3]
        })
        .count()
}

/// The output condition the file names, if any.
fn output_intent(doc: &Document) -> Option<String> {
    doc.catalog()
        .ok()
        .and_then(|c| c.get(b"OutputIntents").ok())
        .and_then(|o| resolve(doc, o).as_array().ok())
        .and_then(|a| a.first())
        .and_then(|i| resolve(doc, i).as_dict().ok())
        .and_then(|d| d.get(b"OutputConditionIdentifier").ok())
        .and_then(|s| s.as_str().ok())
        .map(|s| String::from_utf8_lossy(s).into_owned())
}

/// The PDF/X conformance the Info dictionary claims, if any.
fn pdfx(doc: &Document) -> Option<String> {
    doc.trailer
        .get(b"Info")
        .ok()
        .map(|i| resolve(doc, i))
        .and_then(|i| i.as_dict().ok())
        .and_then(|i| {
            i.get(b"GTS_PDFXConformance")
                .or_else(|_| i.get(b"GTS_PDFXVersion"))
                .ok()
        })
        .and_then(|s| s.as_str().ok())
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .filter(|s| !s.is_empty())
}

/// What the whole file's facts say: fonts not embedded, RGB, no output
/// intent, small text, images of low resolution, transparency,
/// annotations in the trim.
fn document_findings(report: &Report, transparency: bool) -> Vec<Finding> {
    let file = report.file.as_str();
    let mut out = Vec::new();
    for f in report.fonts.iter().filter(|f| !f.embedded) {
        out.push(finding(
            file,
            Code::FontNotEmbedded,
            msg!("preflight-font-not-embedded", font = &f.name),
        ));
    }
    if report.color_spaces.iter().any(|c| c.contains("RGB")) {
        out.push(finding(file, Code::Rgb, msg!("preflight-rgb")));
    }
    if report.output_intent.is_none() {
        out.push(finding(
            file,
            Code::NoOutputIntent,
            msg!("preflight-no-output-intent"),
        ));
    }
    if let Some(size) = report.smallest_text_pt.filter(|s| *s < SMALL_TEXT_PT) {
        out.push(finding(
            file,
            Code::SmallText,
            msg!(
                "preflight-small-text",
                size = Arg::mm(size),
                minimum = Arg::mm(SMALL_TEXT_PT)
            ),
        ));
    }
    for img in &report.images {
        let ppi = Arg::decimal(f64::from(img.ppi), 0);
        if img.ppi < BLOCKING_PPI {
            out.push(
                finding(
                    file,
                    Code::LowResolution,
                    msg!(
                        "preflight-low-resolution",
                        ppi = ppi,
                        needed = Arg::decimal(f64::from(BLOCKING_PPI), 0)
                    ),
                )
                .pdf_page(img.page),
            );
        } else if img.ppi < GOOD_PPI {
            out.push(
                finding(
                    file,
                    Code::ModestResolution,
                    msg!(
                        "preflight-modest-resolution",
                        ppi = ppi,
                        good = Arg::decimal(f64::from(GOOD_PPI), 0)
                    ),
                )
                .pdf_page(img.page),
            );
        }
    }
    if transparency {
        out.push(finding(
            file,
            Code::Transparency,
            msg!("preflight-transparency"),
        ));
    }
    if report.annotations_in_trim > 0 {
        out.push(finding(
            file,
            Code::Annotations,
            msg!("preflight-annotations", count = report.annotations_in_trim),
        ));
    }
    out
}

/// The readable pages of `doc` with their number in its page tree (what
/// other checks of a whole file walk).
pub(crate) fn page_ids(doc: &Document) -> Vec<(usize, ObjectId)> {
    page_tree(doc).pages
}

/// Page tree nodes are followed this deep.
const MAX_TREE_DEPTH: usize = 64;

/// The pages a file's page tree lists, and what in it cannot be read.
/// The readable pages of `doc`, with a finding in `report` for each broken
/// entry of its page tree and when it has no page at all.
pub(crate) fn readable_pages(doc: &Document, report: &mut Report) -> Vec<(usize, ObjectId)> {
    let tree = page_tree(doc);
    for problem in tree.problems {
        let f = finding(&report.file, Code::BrokenPage, problem);
        report.findings.push(f);
    }
    if tree.pages.is_empty() {
        let f = finding(&report.file, Code::NoPages, msg!("preflight-no-pages"));
        report.findings.push(f);
    }
    tree.pages
}

pub(crate) struct PageTree {
    /// Readable pages with their position in the tree (1-based).
    pub(crate) pages: Vec<(usize, ObjectId)>,
    /// Entries that are not readable pages, as messages.
    pub(crate) problems: Vec<Message>,
}

/// Walks the page tree in order. lopdf's own page iterator silently skips
/// entries it cannot read, so a file missing a page (or all of them) would
/// look fine; here every such entry is a problem to report, and the
/// readable pages keep the number the file gives them.
pub(crate) fn page_tree(doc: &Document) -> PageTree {
    let mut tree = PageTree {
        pages: Vec::new(),
        problems: Vec::new(),
    };
    let root = doc.catalog().and_then(|c| c.get(b"Pages"));
    let Ok(root) = root else {
        tree.problems.push(msg!("preflight-no-page-tree"));
        return tree;
    };
    let mut seen = BTreeSet::new();
    // Entries still to visit, the next one last.
    let mut stack = vec![(root, 0)];
    // Position of the next page in the tree.
    let mut position = 1;
    while let Some((entry, depth)) = stack.pop() {
        let Ok(id) = entry.as_reference() else {
            tree.problems
                .push(msg!("preflight-not-a-page-object", page = position));
            position += 1;
            continue;
        };
        let name = format!("object {} {} R", id.0, id.1);
        if !seen.insert(id) {
            tree.problems
                .push(msg!("preflight-page-listed-twice", object = &name));
            continue;
        }
        let dict = match doc.get_object(id) {
            Ok(Object::Dictionary(d)) => d,
            Ok(_) => {
                tree.problems.push(msg!(
                    "preflight-object-not-a-page",
                    page = position,
                    object = &name
                ));
                position += 1;
                continue;
            }
            Err(_) => {
                tree.problems.push(msg!(
                    "preflight-page-missing",
                    page = position,
                    object = &name
                ));
                position += 1;
                continue;
            }
        };
        match dict.get(b"Type").and_then(Object::as_name) {
            Ok(b"Page") => {
                tree.pages.push((position, id));
                position += 1;
            }
            Ok(b"Pages") if depth < MAX_TREE_DEPTH => {
                match dict
                    .get(b"Kids")
                    .map(|k| resolve(doc, k))
                    .and_then(Object::as_array)
                {
                    Ok(kids) => stack.extend(kids.iter().rev().map(|k| (k, depth + 1))),
                    Err(_) => tree
                        .problems
                        .push(msg!("preflight-node-without-kids", object = &name)),
                }
            }
            Ok(b"Pages") => {
                tree.problems
                    .push(msg!("preflight-tree-too-deep", limit = MAX_TREE_DEPTH));
            }
            _ => {
                tree.problems.push(msg!(
                    "preflight-neither-page-nor-node",
                    page = position,
                    object = &name
                ));
                position += 1;
            }
        }
    }
    tree
}

/// A finding about the PDF `file`.
pub(crate) fn finding(file: &str, code: Code, message: Message) -> Finding {
    Finding::new(code, message).in_file(std::path::Path::new(file))
}

pub(crate) fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

pub(crate) fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// A page box as `[llx lly urx ury]`, inherited from the page tree.
pub(crate) fn rect(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<[f32; 4]> {
    let mut current = Some(dict);
    for _ in 0..32 {
        let d = current?;
        if let Ok(o) = d.get(key) {
            let v: Vec<f32> = resolve(doc, o)
                .as_array()
                .ok()?
                .iter()
                .filter_map(number)
                .collect();
            return (v.len() == 4).then(|| {
                [
                    v[0].min(v[2]),
                    v[1].min(v[3]),
                    v[0].max(v[2]),
                    v[1].max(v[3]),
                ]
            });
        }
        // MediaBox may be inherited; TrimBox and BleedBox may not.
        if key != b"MediaBox" {
            return None;
        }
        current = d
            .get(b"Parent")
            .ok()
            .and_then(|p| resolve(doc, p).as_dict().ok());
    }
    None
}

pub(crate) fn font_info(doc: &Document, font: &Dictionary) -> FontInfo {
    let name = font
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_else(|_| "(unnamed)".into());
    let kind = font
        .get(b"Subtype")
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    let descriptor_of = |f: &Dictionary| -> Option<Dictionary> {
        f.get(b"FontDescriptor")
            .ok()
            .and_then(|d| resolve(doc, d).as_dict().ok())
            .cloned()
    };
    let descriptor = if kind == "Type0" {
        font.get(b"DescendantFonts")
            .ok()
            .and_then(|d| resolve(doc, d).as_array().ok())
            .and_then(|a| a.first())
            .and_then(|d| resolve(doc, d).as_dict().ok())
            .and_then(descriptor_of)
    } else {
        descriptor_of(font)
    };
    let embedded = descriptor.is_some_and(|d| {
        [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| d.has(k))
    });
    let subset = name.len() > 7
        && name.as_bytes()[6] == b'+'
        && name[..6].chars().all(|c| c.is_ascii_uppercase());
    FontInfo {
        embedded: embedded || kind == "Type3",
        name,
        kind,
        subset,
    }
}

/// The page's resource dictionaries (its own and inherited).
fn page_resources(doc: &Document, page: ObjectId) -> Vec<Dictionary> {
    let mut out = Vec::new();
    if let Ok((direct, ids)) = doc.get_page_resources(page) {
        out.extend(direct.cloned());
        out.extend(
            ids.into_iter()
                .filter_map(|id| doc.get_dictionary(id).ok().cloned()),
        );
    }
    out
}

fn lookup<'a>(
    doc: &'a Document,
    resources: &'a [Dictionary],
    category: &[u8],
    name: &[u8],
) -> Option<&'a Object> {
    resources.iter().find_map(|r| {
        let cat = resolve(doc, r.get(category).ok()?).as_dict().ok()?;
        Some(resolve(doc, cat.get(name).ok()?))
    })
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn multiply(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn matrix(ops: &[Object]) -> Option<Matrix> {
    let v: Vec<f32> = ops.iter().filter_map(number).collect();
    (v.len() == 6).then(|| [v[0], v[1], v[2], v[3], v[4], v[5]])
}

/// Walks content streams for colours, text sizes and images.
struct Scan<'a> {
    doc: &'a Document,
    page: usize,
    report: &'a mut Report,
    transparency: &'a mut bool,
}

impl Scan<'_> {
    fn color_space(&mut self, resources: &[Dictionary], name: &[u8]) {
        let label = match name {
            b"DeviceRGB" | b"RGB" => "DeviceRGB".to_string(),
            b"DeviceCMYK" | b"CMYK" => "DeviceCMYK".to_string(),
            b"DeviceGray" | b"G" => "DeviceGray".to_string(),
            b"Pattern" => "Pattern".to_string(),
            other => match lookup(self.doc, resources, b"ColorSpace", other) {
                Some(cs) => describe_space(self.doc, cs),
                None => String::from_utf8_lossy(other).into_owned(),
            },
        };
        self.report.color_spaces.insert(label);
    }

    fn content(&mut self, bytes: &[u8], resources: &[Dictionary], base: Matrix, depth: usize) {
        let Ok(content) = lopdf::content::Content::decode(bytes) else {
            return;
        };
        let mut ctm = base;
        let mut stack: Vec<Matrix> = Vec::new();
        let mut tm = IDENTITY;
        let mut font_size = 0.0f32;
        for op in &content.operations {
            let args = &op.operands;
            match op.operator.as_str() {
                "q" => stack.push(ctm),
                "Q" => ctm = stack.pop().unwrap_or(base),
                "cm" => {
                    if let Some(m) = matrix(args) {
                        ctm = multiply(&m, &ctm);
                    }
                }
                "rg" | "RG" => {
                    self.report.color_spaces.insert("DeviceRGB".into());
                }
                "k" | "K" => {
                    self.report.color_spaces.insert("DeviceCMYK".into());
                }
                "g" | "G" => {
                    self.report.color_spaces.insert("DeviceGray".into());
                }
                "cs" | "CS" => {
                    if let Some(Ok(name)) = args.first().map(Object::as_name) {
                        let name = name.to_vec();
                        self.color_space(resources, &name);
                    }
                }
                "gs" => {
                    if let Some(Ok(name)) = args.first().map(Object::as_name) {
                        if let Some(Ok(gs)) =
                            lookup(self.doc, resources, b"ExtGState", name).map(Object::as_dict)
                        {
                            let alpha =
                                |k: &[u8]| gs.get(k).ok().and_then(number).is_some_and(|a| a < 1.0);
                            let smask = gs
                                .get(b"SMask")
                                .and_then(Object::as_name)
                                .is_ok_and(|n| n != b"None");
                            if alpha(b"CA") || alpha(b"ca") || smask {
                                *self.transparency = true;
                            }
                        }
                    }
                }
                "BT" => tm = IDENTITY,
                "Tm" => tm = matrix(args).unwrap_or(IDENTITY),
                "Tf" => font_size = args.get(1).and_then(number).unwrap_or(0.0),
                "Tj" | "TJ" | "'" | "\"" => {
                    let m = multiply(&tm, &ctm);
                    let scale = (m[0] * m[3] - m[1] * m[2]).abs().sqrt();
                    let size = font_size.abs() * scale;
                    if size > 0.0 {
                        let smallest = self.report.smallest_text_pt.get_or_insert(size);
                        *smallest = smallest.min(size);
                    }
                }
                "Do" => {
                    let Some(Ok(name)) = args.first().map(Object::as_name) else {
                        continue;
                    };
                    let Some(Ok(stream)) =
                        lookup(self.doc, resources, b"XObject", name).map(Object::as_stream)
                    else {
                        continue;
                    };
                    let subtype = stream
                        .dict
                        .get(b"Subtype")
                        .and_then(Object::as_name)
                        .unwrap_or(b"");
                    if subtype == b"Image" {
                        self.image(stream, &ctm);
                    } else if subtype == b"Form" && depth < MAX_FORM_DEPTH {
                        let form_matrix = stream
                            .dict
                            .get(b"Matrix")
                            .ok()
                            .and_then(|m| m.as_array().ok())
                            .and_then(|a| matrix(a))
                            .unwrap_or(IDENTITY);
                        let mut inner = Vec::new();
                        if let Ok(r) = stream.dict.get(b"Resources") {
                            if let Ok(d) = resolve(self.doc, r).as_dict() {
                                inner.push(d.clone());
                            }
                        }
                        inner.extend(resources.iter().cloned());
                        let data = stream
                            .decompressed_content()
                            .unwrap_or_else(|_| stream.content.clone());
                        self.content(&data, &inner, multiply(&form_matrix, &ctm), depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    fn image(&mut self, stream: &lopdf::Stream, ctm: &Matrix) {
        let int = |k: &[u8]| {
            stream
                .dict
                .get(k)
                .ok()
                .and_then(|o| o.as_i64().ok())
                .unwrap_or(0)
        };
        let (w, h) = (int(b"Width"), int(b"Height"));
        let placed_w = (ctm[0] * ctm[0] + ctm[1] * ctm[1]).sqrt() / 72.0;
        let placed_h = (ctm[2] * ctm[2] + ctm[3] * ctm[3]).sqrt() / 72.0;
        let ppi = if placed_w > 0.0 && placed_h > 0.0 {
            (w as f32 / placed_w).min(h as f32 / placed_h)
        } else {
            f32::INFINITY
        };
        let color_space = match stream.dict.get(b"ColorSpace") {
            Ok(cs) => describe_space(self.doc, cs),
            Err(_)
                if stream
                    .dict
                    .get(b"ImageMask")
                    .and_then(Object::as_bool)
                    .unwrap_or(false) =>
            {
                "mask".into()
            }
            Err(_) => "unknown".into(),
        };
        self.report.color_spaces.insert(color_space.clone());
        self.report.images.push(ImageInfo {
            page: self.page,
            width_px: w,
            height_px: h,
            color_space,
            ppi,
        });
    }
}

fn describe_space(doc: &Document, cs: &Object) -> String {
    match resolve(doc, cs) {
        Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
        Object::Array(a) => {
            let family = a
                .first()
                .and_then(|f| f.as_name().ok())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            if family == "ICCBased" {
                let n = a
                    .get(1)
                    .map(|s| resolve(doc, s))
                    .and_then(|s| s.as_stream().ok())
                    .and_then(|s| s.dict.get(b"N").ok())
                    .and_then(|n| n.as_i64().ok());
                match n {
                    Some(3) => "ICCBased RGB".into(),
                    Some(4) => "ICCBased CMYK".into(),
                    Some(1) => "ICCBased Gray".into(),
                    _ => "ICCBased".into(),
                }
            } else if family == "Indexed" {
                let base = a.get(1).map(|b| describe_space(doc, b)).unwrap_or_default();
                format!("Indexed {base}")
            } else {
                family
            }
        }
        _ => "unknown".into(),
    }
}

/// Renders every page and measures the QR codes a real decoder finds.
pub fn find_qr_codes(bytes: &[u8]) -> Result<Vec<QrInfo>, Error> {
    const DPI: f32 = 200.0;
    let pages = crate::export::preview::render_pages_at(bytes, DPI, MAX_QR_PAGES)?;
    let mut out = Vec::new();
    for (i, (page, dpi)) in pages.iter().enumerate() {
        let grey = Grey {
            pixels: page.grey(),
            width: page.width,
            height: page.height,
        };
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(page.width, page.height, |x, y| {
                grey.pixels[y * page.width + x]
            });
        for grid in img.detect_grids() {
            let size_px = symbol_px(&grey, &grid.bounds, grid.grid.size());
            let content = grid.decode().map(|(_, c)| c).unwrap_or_default();
            out.push(QrInfo {
                page: i + 1,
                size_mm: size_px / dpi * 25.4,
                content,
            });
        }
    }
    Ok(out)
}

/// A rendered page in grey levels, rows top to bottom.
struct Grey {
    pixels: Vec<u8>,
    width: usize,
    height: usize,
}

impl Grey {
    /// The grey level at (`x`, `y`) in pixels, interpolated between pixel
    /// centres, so that an anti-aliased edge can be placed to a fraction of
    /// a pixel.
    fn at(&self, x: f32, y: f32) -> f32 {
        let (x, y) = (x - 0.5, y - 0.5);
        let (x0, y0) = (x.floor(), y.floor());
        let (fx, fy) = (x - x0, y - y0);
        let pixel = |dx: f32, dy: f32| {
            let col = ((x0 + dx).max(0.0) as usize).min(self.width.saturating_sub(1));
            let row = ((y0 + dy).max(0.0) as usize).min(self.height.saturating_sub(1));
            self.pixels
                .get(row * self.width + col)
                .map_or(255.0, |&g| g as f32)
        };
        let top = pixel(0.0, 0.0) * (1.0 - fx) + pixel(1.0, 0.0) * fx;
        let bottom = pixel(0.0, 1.0) * (1.0 - fx) + pixel(1.0, 1.0) * fx;
        top * (1.0 - fy) + bottom * fy
    }
}

/// The printed size of a detected symbol without its quiet zone, in
/// pixels: the smaller of its width and height.
///
/// rqrr's `bounds` are not that size: they reach one module past the
/// symbol (module `grid_size + 1`), which over-measured 20 mm codes as
/// 20.6 to 21 mm. They do locate the finder patterns, so each side is
/// measured on the rendering itself, between the outer edges of two finder
/// patterns; the corrected bounds are the fallback where no edge is found.
fn symbol_px(grey: &Grey, bounds: &[rqrr::Point; 4], modules: usize) -> f32 {
    let n = modules as f32;
    let [b0, b1, b2, b3] = bounds.each_ref().map(|p| [p.x as f32, p.y as f32]);
    // Module coordinates to pixels (bilinear in the bounds, exact for a
    // code that is not seen in perspective).
    let at = |u: f32, v: f32| {
        let (s, t) = (u / (n + 1.0), v / (n + 1.0));
        let w = [(1.0 - s) * (1.0 - t), s * (1.0 - t), s * t, (1.0 - s) * t];
        [0, 1].map(|k| w[0] * b0[k] + w[1] * b1[k] + w[2] * b2[k] + w[3] * b3[k])
    };
    // Finder pattern centres: 3.5 modules in from their corners.
    let top_left = at(3.5, 3.5);
    let sides = [at(n - 3.5, 3.5), at(3.5, n - 3.5)]
        .map(|other| finder_span(grey, top_left, other, modules));
    match sides {
        [Some(width), Some(height)] => width.min(height),
        _ => distance(b0, b1) * n / (n + 1.0),
    }
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    (b[0] - a[0]).hypot(b[1] - a[1])
}

/// The distance between the outer edges of the finder patterns centred at
/// `a` and `b` (one side of the symbol), along the line through both.
fn finder_span(grey: &Grey, a: [f32; 2], b: [f32; 2], modules: usize) -> Option<f32> {
    let length = distance(a, b);
    if length <= 0.0 || modules <= 7 {
        return None;
    }
    let dir = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
    // The centres are `modules - 7` modules apart.
    let module = length / (modules - 7) as f32;
    let before = finder_edge(grey, a, [-dir[0], -dir[1]], module)?;
    let after = finder_edge(grey, b, dir, module)?;
    Some(before + length + after)
}

/// How far from the centre of a finder pattern, going in `dir`, its outer
/// dark ring ends: the third change between dark and light (core, light
/// ring, dark ring), where the grey level crosses halfway between the
/// core's and the lightest seen.
fn finder_edge(grey: &Grey, centre: [f32; 2], dir: [f32; 2], module: f32) -> Option<f32> {
    const STEP: f32 = 0.1;
    // The edge is 3.5 modules out; the quiet zone follows.
    let count = (6.0 * module / STEP) as usize;
    let samples: Vec<f32> = (0..=count)
        .map(|i| {
            let t = i as f32 * STEP;
            grey.at(centre[0] + dir[0] * t, centre[1] + dir[1] * t)
        })
        .collect();
    let dark = *samples.first()?;
    let light = samples.iter().copied().fold(dark, f32::max);
    if light - dark < 64.0 {
        return None;
    }
    let half = (dark + light) / 2.0;
    let mut changes = 0;
    for (i, pair) in samples.windows(2).enumerate() {
        let (p, q) = (pair[0], pair[1]);
        if (p < half) != (q < half) {
            changes += 1;
            if changes == 3 {
                return Some((i as f32 + (half - p) / (q - p)) * STEP);
            }
        }
    }
    None
}

//! Export: serializes a [`Document`] to PDF bytes. No layout decisions are
//! made here — only unit conversion, font subsetting and the repairs that
//! printpdf needs (see `shared/notes/crate-facts.md`):
//!
//! * glyphs are shaped by us and written as glyph ids, each positioned with
//!   its own text matrix so vertical mark offsets survive; printpdf merges
//!   same-baseline glyphs back into one `TJ`;
//! * fonts are subset with `subsetter` (printpdf embeds whole fonts without
//!   its heavy `text_layout` feature) and tagged `XXXXXX+Name`;
//! * ToUnicode has one entry per glyph for the whole document, so a cluster
//!   whose glyph cannot carry its own text gets an `/ActualText` span;
//! * page boxes, `/BleedBox`, `/Lang`, the Info dictionary and the trailer
//!   `/ID` are rewritten with lopdf, deterministically.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, CurTransMat, CustomPdfConformance,
    DictItem, FontId, Line, LineDashPattern, LinePoint, LinkAnnotation, Op, PaintMode, ParsedFont,
    PdfConformance, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon,
    PolygonRing, Pt, RawImage, RawImageData, RawImageFormat, TextItem, TextMatrix, WindingOrder,
    XObject, XObjectId, XObjectTransform,
};

use crate::error::Error;
use crate::fonts::{FaceId, FontSet};
use crate::frame::{Document, GlyphRun, Item, Page, Rect, PT_PER_MM};
use crate::spec::Cmyk;

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
}

impl Output {
    fn rgb(self) -> bool {
        self == Output::Screen
    }

    fn links(self) -> bool {
        self == Output::Screen
    }
}

/// The PDF/X flavour of [`Output::Print`]: every colour is CMYK or grey and
/// nothing is transparent, which is exactly what X-1a checks, and it is the
/// version print shops accept without a question.
pub const PDFX_VERSION: &str = "PDF/X-1:2001";
pub const PDFX_CONFORMANCE: &str = "PDF/X-1a:2001";

/// Serializes `doc`. Identical documents give identical bytes.
pub fn write(doc: &Document, fonts: &FontSet, output: Output) -> Result<Vec<u8>, Error> {
    serialize(build(doc, fonts, output)?)
}

/// The finished PDF object tree, before it becomes bytes (what a build
/// preflights without parsing its own output back).
pub fn build(doc: &Document, fonts: &FontSet, output: Output) -> Result<lopdf::Document, Error> {
    let subsets = Subsets::build(doc, fonts)?;
    let texts = GlyphTexts::build(doc, &subsets);

    let mut pdf = PdfDocument::new(&doc.title);
    // printpdf writes the FOGRA39 output intent (with its ICC profile) when
    // a conformance asks for one; the PDF/X keys are set in `patch`.
    pdf.metadata.info.conformance = PdfConformance::Custom(CustomPdfConformance {
        requires_icc_profile: output == Output::Print && doc.embed_profile,
        ..CustomPdfConformance::default()
    });
    pdf.metadata.info.producer = PRODUCER.into();
    for (face, subset) in &subsets.by_face {
        let mut warnings = Vec::new();
        let mut parsed =
            ParsedFont::from_bytes(&subset.bytes, 0, &mut warnings).ok_or_else(|| {
                Error::Setup(format!(
                    "font {}: its subset could not be read back",
                    fonts.face(*face).name
                ))
            })?;
        parsed.font_name = Some(format!("{}+{}", subset.tag, fonts.face(*face).name));
        pdf.resources
            .fonts
            .map
            .insert(font_id(*face), printpdf::PdfFont::new(parsed));
    }

    // Images get fixed resource names (Im0, Im1, …) in document order.
    let mut image_index = 0;
    for page in &doc.pages {
        for item in page.items.iter().chain(&page.furniture) {
            if let Item::Image(p) = item {
                pdf.resources.xobjects.map.insert(
                    image_id(image_index),
                    XObject::Image(RawImage {
                        pixels: RawImageData::U8(p.grey.as_ref().clone()),
                        width: p.width_px,
                        height: p.height_px,
                        data_format: RawImageFormat::R8,
                        tag: Vec::new(),
                    }),
                );
                image_index += 1;
            }
        }
    }

    let mut next_image = 0;
    let pages: Vec<PdfPage> = doc
        .pages
        .iter()
        .map(|page| {
            let media = page.sheet.media_box();
            let ops = PageWriter {
                page,
                fonts,
                subsets: &subsets,
                texts: &texts,
                next_image: &mut next_image,
                output,
                ops: Vec::new(),
                text_state: None,
            }
            .ops();
            PdfPage::new(printpdf::Mm(media.width), printpdf::Mm(media.height), ops)
        })
        .collect();
    pdf.with_pages(pages);

    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    compress(&mut lo);
    patch(&mut lo, doc, output)?;
    Ok(lo)
}

/// The bytes of a built PDF.
pub fn serialize(mut lo: lopdf::Document) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| Error::Setup(format!("could not serialize the PDF: {e}")))?;
    Ok(bytes)
}

fn image_id(index: usize) -> XObjectId {
    XObjectId(format!("Im{index}"))
}

fn font_id(face: FaceId) -> FontId {
    FontId(format!("F{}", face.0))
}

/// One subset font program per face, with the old → new glyph id map.
struct Subset {
    bytes: Vec<u8>,
    remap: BTreeMap<u16, u16>,
    /// Subset glyph id → original glyph id.
    reverse: Vec<u16>,
    /// Six capital letters derived from the glyph set (PDF subset tag).
    tag: String,
}

struct Subsets {
    by_face: BTreeMap<FaceId, Subset>,
}

impl Subsets {
    fn build(doc: &Document, fonts: &FontSet) -> Result<Subsets, Error> {
        let mut used: BTreeMap<FaceId, BTreeSet<u16>> = BTreeMap::new();
        for run in runs(doc) {
            used.entry(run.face)
                .or_default()
                .extend(run.glyphs.iter().map(|g| g.id));
        }
        let mut by_face = BTreeMap::new();
        for (face, glyphs) in used {
            let mut remapper = subsetter::GlyphRemapper::new();
            let mut remap = BTreeMap::new();
            for &g in &glyphs {
                remap.insert(g, remapper.remap(g));
            }
            let source = fonts.face(face);
            let bytes = subsetter::subset(&source.data, 0, &remapper).map_err(|e| {
                Error::Setup(format!("font {}: subsetting failed ({e:?})", source.name))
            })?;
            let bytes = without_tables(&bytes, &[*b"name", *b"post"]);
            let mut hash = Fnv::new();
            hash.write(source.name.as_bytes());
            for g in &glyphs {
                hash.write(&g.to_be_bytes());
            }
            let mut h = hash.finish();
            let tag: String = (0..6)
                .map(|_| {
                    let c = (b'A' + (h % 26) as u8) as char;
                    h /= 26;
                    c
                })
                .collect();
            let mut reverse = vec![0u16; remap.len() + 1];
            for (&old, &new) in &remap {
                if let Some(slot) = reverse.get_mut(new as usize) {
                    *slot = old;
                }
            }
            by_face.insert(
                face,
                Subset {
                    bytes,
                    remap,
                    reverse,
                    tag,
                },
            );
        }
        Ok(Subsets { by_face })
    }

    fn new_id(&self, face: FaceId, gid: u16) -> u16 {
        self.by_face[&face].remap[&gid]
    }

    /// The original glyph id of a subset glyph id.
    fn old_id(&self, face: FaceId, new: u16) -> u16 {
        let subset = &self.by_face[&face];
        subset.reverse.get(new as usize).copied().unwrap_or(0)
    }
}

/// The font program without `drop` tables. A PDF reads glyphs by id, so a
/// subset needs neither its names (`name`, which holds the whole licence
/// notice) nor its glyph names (`post`); a font that cannot be read is
/// returned unchanged.
fn without_tables(font: &[u8], drop: &[[u8; 4]]) -> Vec<u8> {
    let be16 = |at: usize| {
        font.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
    };
    let be32 = |at: usize| {
        font.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let Some(count) = be16(4) else {
        return font.to_vec();
    };
    let mut tables = Vec::new();
    for i in 0..count as usize {
        let at = 12 + 16 * i;
        let (Some(tag), Some(offset), Some(length)) =
            (font.get(at..at + 4), be32(at + 8), be32(at + 12))
        else {
            return font.to_vec();
        };
        let Some(data) = font.get(offset as usize..offset as usize + length as usize) else {
            return font.to_vec();
        };
        let tag: [u8; 4] = tag.try_into().expect("four bytes");
        if !drop.contains(&tag) {
            tables.push((tag, data));
        }
    }
    let checksum = |data: &[u8]| -> u32 {
        data.chunks(4).fold(0u32, |sum, c| {
            let mut word = [0u8; 4];
            word[..c.len()].copy_from_slice(c);
            sum.wrapping_add(u32::from_be_bytes(word))
        })
    };
    let n = tables.len() as u16;
    let log = 15 - n.leading_zeros() as u16; // floor(log2 n)
    let search = 16u16 << log;
    let mut out = Vec::with_capacity(font.len());
    out.extend_from_slice(&font[0..4]);
    for v in [n, search, log, n * 16 - search] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in &tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
    if let Some(head) = head_at {
        if out.len() >= head + 12 {
            out[head + 8..head + 12].copy_from_slice(&[0; 4]);
            let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
            out[head + 8..head + 12].copy_from_slice(&adjustment.to_be_bytes());
        }
    }
    out
}

fn runs(doc: &Document) -> impl Iterator<Item = &GlyphRun> {
    doc.pages
        .iter()
        .flat_map(|p| p.items.iter().chain(&p.furniture))
        .filter_map(|i| match i {
            Item::Text(run) => Some(run),
            _ => None,
        })
}

/// The one text each glyph maps to in ToUnicode, decided over the whole
/// document before anything is written (printpdf keeps the last one given).
struct GlyphTexts {
    by_glyph: BTreeMap<(FaceId, u16), String>,
}

impl GlyphTexts {
    fn build(doc: &Document, _subsets: &Subsets) -> GlyphTexts {
        let mut by_glyph: BTreeMap<(FaceId, u16), String> = BTreeMap::new();
        for run in runs(doc) {
            for cluster in clusters(run) {
                if let [glyph] = cluster {
                    by_glyph
                        .entry((run.face, glyph.id))
                        .or_insert_with(|| glyph.text.clone());
                }
            }
        }
        // Glyphs seen only inside multi-glyph clusters: their ActualText
        // span carries the text, the entry only needs to exist.
        for run in runs(doc) {
            for g in &run.glyphs {
                by_glyph
                    .entry((run.face, g.id))
                    .or_insert_with(|| "\u{FFFD}".to_string());
            }
        }
        GlyphTexts { by_glyph }
    }

    /// Whether a cluster extracts correctly from ToUnicode alone.
    fn plain(&self, face: FaceId, cluster: &[crate::frame::Glyph]) -> bool {
        match cluster {
            [g] => self.by_glyph.get(&(face, g.id)) == Some(&g.text),
            _ => false,
        }
    }
}

/// Consecutive glyphs sharing a cluster number.
fn clusters(run: &GlyphRun) -> impl Iterator<Item = &[crate::frame::Glyph]> {
    run.glyphs.chunk_by(|a, b| a.cluster == b.cluster)
}

struct PageWriter<'a> {
    page: &'a Page,
    fonts: &'a FontSet,
    subsets: &'a Subsets,
    texts: &'a GlyphTexts,
    /// Index of the next image in document order (see `image_id`).
    next_image: &'a mut usize,
    output: Output,
    ops: Vec<Op>,
    /// Font (face, size bits) and colour of the open text object.
    text_state: Option<((FaceId, u32), Cmyk)>,
}

impl PageWriter<'_> {
    fn ops(mut self) -> Vec<Op> {
        for item in self.page.items.iter().chain(&self.page.furniture) {
            if !matches!(item, Item::Text(_)) {
                self.end_text();
            }
            match item {
                Item::Fill(fill) => {
                    self.ops.push(Op::SetFillColor {
                        col: self.color(fill.color),
                    });
                    self.ops.push(Op::DrawPolygon {
                        polygon: self.polygon(&[fill.rect]),
                    });
                }
                Item::Qr(qr) => {
                    // Drawn in module units (whole numbers) under a scaling
                    // matrix: a third of the bytes of page coordinates.
                    let m = qr.module_size * PT_PER_MM;
                    let (x0, y0) = self.xy(qr.bounds.x, qr.bounds.bottom());
                    self.ops.push(Op::SaveGraphicsState);
                    self.ops.push(Op::SetTransformationMatrix {
                        matrix: CurTransMat::Raw([m, 0.0, 0.0, m, x0, y0]),
                    });
                    self.ops.push(Op::SetFillColor {
                        col: self.color(Cmyk::BLACK),
                    });
                    let units = qr.bounds.height / qr.module_size;
                    for r in &qr.modules {
                        let unit = |v: f32| Pt(((v / qr.module_size) * 1000.0).round() / 1000.0);
                        let x = unit(r.x - qr.bounds.x);
                        let y = Pt(units.round() - unit(r.bottom() - qr.bounds.y).0);
                        self.ops.push(Op::DrawRectangle {
                            rectangle: printpdf::Rect {
                                x,
                                y,
                                width: unit(r.width),
                                height: unit(r.height),
                                mode: Some(PaintMode::Fill),
                                winding_order: None,
                            },
                        });
                    }
                    self.ops.push(Op::RestoreGraphicsState);
                }
                Item::Stroke(s) => {
                    self.ops.push(Op::SaveGraphicsState);
                    self.ops.push(Op::SetOutlineColor {
                        col: self.color(s.color),
                    });
                    self.ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
                    if s.dashed {
                        self.ops.push(Op::SetLineDashPattern {
                            dash: LineDashPattern::new(0.0, &[2.0, 2.0]),
                        });
                    }
                    self.ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![
                                self.point(s.from.0, s.from.1),
                                self.point(s.to.0, s.to.1),
                            ],
                            is_closed: false,
                        },
                    });
                    self.ops.push(Op::RestoreGraphicsState);
                }
                Item::Text(run) => self.text(run),
                Item::Image(p) => {
                    let (x, y) = self.xy(p.rect.x, p.rect.bottom());
                    // At 72 dpi one pixel is one point; scale from there.
                    self.ops.push(Op::UseXobject {
                        id: image_id(*self.next_image),
                        transform: XObjectTransform {
                            translate_x: Some(Pt(x)),
                            translate_y: Some(Pt(y)),
                            scale_x: Some(p.rect.width * PT_PER_MM / p.width_px as f32),
                            scale_y: Some(p.rect.height * PT_PER_MM / p.height_px as f32),
                            dpi: Some(72.0),
                            ..Default::default()
                        },
                    });
                    *self.next_image += 1;
                }
                Item::Link(_) if !self.output.links() => {}
                Item::Link(link) => {
                    let r = self.rect(&link.rect);
                    self.ops.push(Op::LinkAnnotation {
                        link: LinkAnnotation::new(
                            r,
                            Actions::Uri(link.url.clone()),
                            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                            Some(ColorArray::Transparent),
                            None,
                        ),
                    });
                }
            }
        }
        self.end_text();
        self.ops
    }

    /// Closes the open text object, if any.
    fn end_text(&mut self) {
        if self.text_state.take().is_some() {
            self.ops.push(Op::EndTextSection);
        }
    }

    fn text(&mut self, run: &GlyphRun) {
        // Consecutive runs share one text object; font and colour are set
        // only when they change.
        let (font, color) = ((run.face, run.size.to_bits()), run.color);
        let previous = self.text_state.replace((font, color));
        if previous.is_none() {
            self.ops.push(Op::StartTextSection);
        }
        if previous.is_none_or(|(_, c)| c != color) {
            self.ops.push(Op::SetFillColor {
                col: self.color(run.color),
            });
        }
        if previous.is_none_or(|(f, _)| f != font) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font_id(run.face)),
                size: Pt(run.size),
            });
        }
        // Glyphs on one baseline go out as one `TJ` whose numbers put each
        // glyph exactly where the shaper did; a glyph off the baseline (a
        // raised mark) or a cluster needing /ActualText starts its own.
        let mut segment: Vec<(Codepoint, f32, f32)> = Vec::new(); // glyph, x, y (pt)
        for cluster in clusters(run) {
            let plain = self.texts.plain(run.face, cluster);
            if !plain {
                self.flush(&mut segment, run);
                let text: String = cluster.iter().map(|g| g.text.as_str()).collect();
                self.ops.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".into(),
                    properties: DictItem::Dict {
                        map: BTreeMap::from([(
                            "ActualText".to_string(),
                            DictItem::String {
                                data: utf16be(&text),
                                literal: false,
                            },
                        )]),
                    },
                });
            }
            for g in cluster {
                let (x, y) = self.xy(g.x, g.y);
                if segment
                    .last()
                    .is_some_and(|(_, _, sy)| (sy - y).abs() > 1e-4)
                {
                    self.flush(&mut segment, run);
                }
                segment.push((
                    Codepoint {
                        gid: self.subsets.new_id(run.face, g.id),
                        offset: 0.0,
                        cid: Some(self.texts.by_glyph[&(run.face, g.id)].clone()),
                    },
                    x,
                    y,
                ));
            }
            if !plain {
                self.flush(&mut segment, run);
                self.ops.push(Op::EndMarkedContentWithProperties);
            }
        }
        self.flush(&mut segment, run);
    }

    /// Emits a same-baseline segment: one text matrix, one show operation,
    /// with the kerning that puts every glyph at its shaped position given
    /// the advance widths the PDF declares (`/W`, whole thousandths of an em).
    fn flush(&mut self, segment: &mut Vec<(Codepoint, f32, f32)>, run: &GlyphRun) {
        if segment.is_empty() {
            return;
        }
        let face = self.fonts.face(run.face);
        let metrics = face.font.glyph_metrics();
        let original: Vec<u16> = segment
            .iter()
            .map(|(cp, _, _)| self.subsets.old_id(run.face, cp.gid))
            .collect();
        let round = |v: f32, step: f32| (v / step).round() * step;
        let (x0, y0) = (round(segment[0].1, 0.001), round(segment[0].2, 0.001));
        // Where the viewer's pen really is: kerns are rounded to 0.1/1000
        // em, and each is computed from the rounded pen, so nothing drifts.
        let mut pen = x0;
        for i in 0..segment.len() {
            let advance = metrics.h_advance(harfrust::GlyphId::new(u32::from(original[i])));
            // The width printpdf writes in /W, truncated as it does.
            let width = (advance * 1000.0 / face.units_per_em) as i64 as f32;
            pen += width * run.size / 1000.0;
            if i + 1 < segment.len() {
                let kern = round((pen - segment[i + 1].1) * 1000.0 / run.size, 0.1);
                segment[i].0.offset = kern;
                pen -= kern * run.size / 1000.0;
            }
        }
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x0, y0]),
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(
                segment.drain(..).map(|(cp, _, _)| cp).collect(),
            )],
        });
    }

    /// Page coordinates in pt (origin at the media box's lower left) of a
    /// point given in mm from the trim's top left.
    fn xy(&self, x: f32, y: f32) -> (f32, f32) {
        let media = self.page.sheet.media_box();
        ((x - media.x) * PT_PER_MM, (media.bottom() - y) * PT_PER_MM)
    }

    fn point(&self, x: f32, y: f32) -> LinePoint {
        let (x, y) = self.xy(x, y);
        LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        }
    }

    fn rect(&self, r: &Rect) -> printpdf::Rect {
        let (x, y) = self.xy(r.x, r.bottom());
        printpdf::Rect {
            x: Pt(x),
            y: Pt(y),
            width: Pt(r.width * PT_PER_MM),
            height: Pt(r.height * PT_PER_MM),
            mode: None,
            winding_order: None,
        }
    }

    fn polygon(&self, rects: &[Rect]) -> Polygon {
        Polygon {
            rings: rects
                .iter()
                .map(|r| PolygonRing {
                    points: vec![
                        self.point(r.x, r.y),
                        self.point(r.right(), r.y),
                        self.point(r.right(), r.bottom()),
                        self.point(r.x, r.bottom()),
                    ],
                })
                .collect(),
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        }
    }
}

impl PageWriter<'_> {
    /// CMYK as designed, or its plain RGB conversion for screens.
    fn color(&self, c: Cmyk) -> Color {
        if self.output.rgb() {
            let [r, g, b] = c.to_rgb();
            Color::Rgb(printpdf::Rgb::new(r, g, b, None))
        } else {
            Color::Cmyk(printpdf::Cmyk::new(
                c.c / 100.0,
                c.m / 100.0,
                c.y / 100.0,
                c.k / 100.0,
                None,
            ))
        }
    }
}

fn utf16be(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    bytes
}

fn pdf_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        Object::String(utf16be(text), StringFormat::Hexadecimal)
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

/// Rewrites what printpdf gets wrong or leaves out.
fn patch(lo: &mut lopdf::Document, doc: &Document, output: Output) -> Result<(), Error> {
    let broken = |what: &str| Error::Setup(format!("internal error: the PDF has no {what}"));
    let page_ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
    if page_ids.len() != doc.pages.len() {
        return Err(broken("matching page tree"));
    }
    for (id, page) in page_ids.iter().zip(&doc.pages) {
        let dict = lo
            .get_object_mut(*id)
            .and_then(Object::as_dict_mut)
            .map_err(|_| broken("page dictionary"))?;
        let sheet = &page.sheet;
        dict.set("MediaBox", pdf_box(page, &sheet.media_box()));
        dict.set("BleedBox", pdf_box(page, &sheet.bleed_box()));
        dict.set("TrimBox", pdf_box(page, &sheet.trim_box()));
        dict.remove(b"CropBox");
        // printpdf writes annotations inline; the standard wants them
        // as indirect objects (and an empty array is noise).
        let annots = match dict.remove(b"Annots") {
            Some(Object::Array(a)) => a,
            _ => Vec::new(),
        };
        if !annots.is_empty() {
            let refs = annots
                .into_iter()
                .map(|a| match a {
                    Object::Dictionary(mut d) => {
                        d.set("P", Object::Reference(*id));
                        Object::Reference(lo.add_object(d))
                    }
                    other => other,
                })
                .collect();
            lo.get_object_mut(*id)
                .and_then(Object::as_dict_mut)
                .map_err(|_| broken("page dictionary"))?
                .set("Annots", Object::Array(refs));
        }
    }

    let catalog_id = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| broken("catalog"))?;
    let catalog = lo
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(|_| broken("catalog"))?;
    catalog.set("Lang", Object::string_literal(doc.lang.as_str()));
    if output == Output::Print && !doc.embed_profile {
        // The registered FOGRA39 condition named, not embedded: PDF/X-1a
        // allows this for conditions in the ICC registry.
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(Dictionary::from_iter([
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
                (
                    "OutputCondition",
                    Object::string_literal("Coated FOGRA39 (ISO 12647-2:2004)"),
                ),
                (
                    "Info",
                    Object::string_literal("Coated FOGRA39 (ISO 12647-2:2004)"),
                ),
            ]))]),
        );
    }
    // printpdf names the profile key `DestinationOutputProfile`; the
    // standard (and every preflight tool) reads `DestOutputProfile`.
    if let Ok(Object::Array(intents)) = catalog.get_mut(b"OutputIntents") {
        for intent in intents.iter_mut() {
            if let Object::Dictionary(d) = intent {
                if let Some(profile) = d.remove(b"DestinationOutputProfile") {
                    d.set("DestOutputProfile", profile);
                }
            }
        }
    }
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
    );

    if output == Output::Screen && !doc.sections.is_empty() {
        let outlines = outlines(lo, doc, &page_ids);
        let catalog = lo
            .get_object_mut(catalog_id)
            .and_then(Object::as_dict_mut)
            .map_err(|_| broken("catalog"))?;
        catalog.set("Outlines", Object::Reference(outlines));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }

    let mut info = Dictionary::new();
    info.set("Title", pdf_string(&doc.title));
    info.set("Producer", pdf_string(PRODUCER));
    info.set("Creator", pdf_string(PRODUCER));
    let date = source_date();
    if output == Output::Print {
        // PDF/X requires both dates; without SOURCE_DATE_EPOCH the epoch
        // keeps identical inputs giving identical files.
        let date = date.clone().unwrap_or_else(|| "D:19700101000000Z".into());
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
    let info_id = lo
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|_| broken("Info dictionary"))?;
    lo.objects.insert(info_id, Object::Dictionary(info));

    // A stable /ID: a hash of everything that determines the content.
    let mut hash = Fnv::new();
    for (id, object) in &lo.objects {
        hash.write(&id.0.to_be_bytes());
        hash_object(&mut hash, object);
    }
    let first = hash.finish();
    hash.write(b"instance");
    let second = hash.finish();
    let id_bytes: Vec<u8> = first
        .to_be_bytes()
        .into_iter()
        .chain(second.to_be_bytes())
        .collect();
    let id = Object::String(id_bytes, StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// Deflates every stream. lopdf's own `compress` uses the slowest level;
/// the default level loses under 1 % here. The output intent's ICC profile
/// (650 KB, the same in every file) is deflated once per process.
fn compress(lo: &mut lopdf::Document) {
    static PROFILE: std::sync::OnceLock<(u64, Vec<u8>)> = std::sync::OnceLock::new();
    thread_local! {
        // Setting up a deflate state clears half a megabyte; reset it instead.
        static DEFLATE: std::cell::RefCell<flate2::Compress> =
            std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::default(), true));
    }
    let deflate = |data: &[u8]| -> Vec<u8> {
        DEFLATE.with(|cell| {
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
        })
    };
    for object in lo.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.has(b"Filter") || !stream.allows_compression {
            continue;
        }
        let is_profile = stream.dict.get(b"N").is_ok() && stream.content.len() > 100_000;
        let compressed = if is_profile {
            let mut hash = Fnv::new();
            hash.write(&stream.content);
            let key = hash.finish();
            let cached = PROFILE.get_or_init(|| (key, deflate(&stream.content)));
            if cached.0 == key {
                cached.1.clone()
            } else {
                deflate(&stream.content)
            }
        } else {
            deflate(&stream.content)
        };
        if compressed.len() + 19 < stream.content.len() {
            stream
                .dict
                .set("Filter", Object::Name(b"FlateDecode".to_vec()));
            stream.set_content(compressed);
        }
    }
}

/// Feeds an object's content to the hash (stream bytes directly: the ICC
/// profile alone is 650 KB).
fn hash_object(hash: &mut Fnv, object: &Object) {
    match object {
        Object::Stream(s) => {
            hash_object(hash, &Object::Dictionary(s.dict.clone()));
            hash.write(&s.content);
        }
        Object::Dictionary(d) => {
            for (k, v) in d.iter() {
                hash.write(k);
                hash_object(hash, v);
            }
        }
        Object::Array(a) => a.iter().for_each(|v| hash_object(hash, v)),
        other => hash.write(format!("{other:?}").as_bytes()),
    }
}

/// The outline (bookmarks): one entry per section heading, in reading
/// order, each opening its page.
fn outlines(
    lo: &mut lopdf::Document,
    doc: &Document,
    page_ids: &[lopdf::ObjectId],
) -> lopdf::ObjectId {
    let root = lo.new_object_id();
    let ids: Vec<lopdf::ObjectId> = doc.sections.iter().map(|_| lo.new_object_id()).collect();
    for (i, section) in doc.sections.iter().enumerate() {
        let page = page_ids[section.page.min(page_ids.len() - 1)];
        let mut item = Dictionary::from_iter([
            ("Title", pdf_string(&section.title)),
            ("Parent", Object::Reference(root)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            ),
        ]);
        if i > 0 {
            item.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            item.set("Next", Object::Reference(*next));
        }
        lo.objects.insert(ids[i], Object::Dictionary(item));
    }
    lo.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Outlines".to_vec())),
            ("First", Object::Reference(ids[0])),
            (
                "Last",
                Object::Reference(*ids.last().expect("sections are not empty")),
            ),
            ("Count", Object::Integer(ids.len() as i64)),
        ])),
    );
    root
}

/// `D:YYYYMMDDHHmmSSZ` from `SOURCE_DATE_EPOCH`, the reproducible-builds
/// convention; without it the file carries no date at all.
fn source_date() -> Option<String> {
    let secs: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
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
        // 2024-02-29 12:34:56 UTC
        std::env::set_var("SOURCE_DATE_EPOCH", "1709210096");
        assert_eq!(source_date().as_deref(), Some("D:20240229123456Z"));
        std::env::remove_var("SOURCE_DATE_EPOCH");
        assert_eq!(source_date(), None);
    }
}

//! Page content streams, written straight to bytes.
//!
//! Each page item becomes the few operators it needs; numbers are written
//! with at most three decimals (a micrometre is 0.003 pt), so the stream is
//! short and the same frame always gives the same bytes.

use crate::color::Cmyk;
use crate::layout::frame::{GlyphRun, IconPath, Item, Page, PT_PER_MM};
use crate::load::fonts::FaceId;
use crate::load::icons::{FillRule, LineCap, LineJoin, Segment};

use super::font::Subsets;
use super::tags::Mark;

/// An operator stream under construction.
#[derive(Default)]
pub struct Content {
    bytes: Vec<u8>,
}

impl Content {
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    fn op(&mut self, op: &str) {
        self.bytes.extend_from_slice(op.as_bytes());
        self.bytes.push(b'\n');
    }

    fn raw(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// `v` rounded to `decimals` (at most 3) places, trailing zeros dropped,
    /// followed by a space.
    fn num(&mut self, v: f32, decimals: u32) {
        write_number(&mut self.bytes, v, decimals);
        self.bytes.push(b' ');
    }

    fn nums(&mut self, values: &[f32]) {
        for &v in values {
            self.num(v, 3);
        }
    }
}

/// Writes `v` rounded to `decimals` places (0 to 3) without an exponent or
/// trailing zeros, as PDF wants reals.
pub fn write_number(out: &mut Vec<u8>, v: f32, decimals: u32) {
    let scale = 10i64.pow(decimals);
    let scaled = (f64::from(v) * scale as f64).round() as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let magnitude = scaled.unsigned_abs();
    let (whole, mut frac) = (magnitude / scale as u64, magnitude % scale as u64);
    write_integer(out, whole);
    if frac != 0 {
        out.push(b'.');
        let mut digits = decimals;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let start = out.len();
        for _ in 0..digits {
            out.push(b'0' + (frac % 10) as u8);
            frac /= 10;
        }
        out[start..].reverse();
    }
}

fn write_integer(out: &mut Vec<u8>, mut v: u64) {
    let start = out.len();
    loop {
        out.push(b'0' + (v % 10) as u8);
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out[start..].reverse();
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Opens the marked-content sequence of an item of a tagged file (unless
/// it continues the previous item's); returns whether the item must close
/// one (an annotation or an untagged file has none).
fn begin_mark(out: &mut Content, mark: Option<&Mark>) -> bool {
    match mark {
        Some(Mark::Content {
            tag,
            mcid,
            opens,
            closes,
            ..
        }) => {
            if *opens {
                out.raw("/");
                out.raw(tag);
                out.raw(" <</MCID ");
                write_integer(&mut out.bytes, u64::from(*mcid));
                out.op(">> BDC");
            }
            *closes
        }
        Some(Mark::Artifact) => {
            out.op("/Artifact BMC");
            true
        }
        Some(Mark::Annotation { .. }) | None => false,
    }
}

/// Writes one page's items and furniture as operators.
pub struct PageWriter<'a> {
    pub page: &'a Page,
    pub subsets: &'a Subsets,
    /// Index of the page's first image in document order (resource `Im<n>`).
    pub first_image: usize,
    /// How colours are written.
    pub colors: Colors,
    /// For a tagged file, how each item (items, then furniture) is marked:
    /// as content with its MCID or as an artifact.
    pub marks: Option<&'a [Mark]>,
}

/// The colour space a file's content is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colors {
    /// CMYK as designed (print and proof files).
    Cmyk,
    /// The sRGB the press would print (screen files).
    ScreenRgb,
    /// For office printers: like [`Colors::ScreenRgb`], but black and greys
    /// (K only) as pure grey, so a laser printer prints black text with its
    /// black toner alone, crisp, and not as a dark mix of four.
    Office,
}

/// The open text object: its font (face, size bits), colour, and where
/// the viewer's text position is after the last show operation (pt).
struct TextState {
    /// Face and size bits; `None` until the first `Tf`.
    font: Option<(FaceId, u32)>,
    color: Cmyk,
    pen: Option<(f32, f32)>,
}

impl PageWriter<'_> {
    pub fn write(&self) -> Content {
        let mut out = Content {
            bytes: Vec::with_capacity(32 * 1024),
        };
        let mut text: Option<TextState> = None;
        let mut image = self.first_image;
        for (index, item) in self
            .page
            .items
            .iter()
            .chain(&self.page.furniture)
            .enumerate()
        {
            if !matches!(item, Item::Text(_)) && text.take().is_some() {
                out.op("ET");
            }
            let mark = self.marks.and_then(|m| m.get(index));
            if let Item::Text(run) = item {
                // Text is marked inside its text object, which stays open
                // across consecutive runs.
                self.text(&mut out, &mut text, run, mark);
                continue;
            }
            let marked = begin_mark(&mut out, mark);
            match item {
                Item::Text(_) => unreachable!("text is written above"),
                Item::Fill(fill) => {
                    self.fill_color(&mut out, fill.color);
                    let r = fill.rect;
                    let (x, y) = self.xy(r.x, r.bottom());
                    out.nums(&[x, y, r.width * PT_PER_MM, r.height * PT_PER_MM]);
                    out.op("re f");
                }
                Item::Qr(qr) => {
                    // Module units (whole numbers) under a scaling matrix:
                    // a third of the bytes of page coordinates; one fill for
                    // the merged rectangles.
                    let m = qr.module_size * PT_PER_MM;
                    let (x0, y0) = self.xy(qr.bounds.x, qr.bounds.bottom());
                    out.op("q");
                    out.nums(&[m, 0.0, 0.0, m, x0, y0]);
                    out.op("cm");
                    self.fill_color(&mut out, Cmyk::BLACK);
                    let units = (qr.bounds.height / qr.module_size).round();
                    let unit = |v: f32| v / qr.module_size;
                    for r in &qr.modules {
                        let x = unit(r.x - qr.bounds.x);
                        let y = units - unit(r.bottom() - qr.bounds.y);
                        out.nums(&[x, y, unit(r.width), unit(r.height)]);
                        out.op("re");
                    }
                    out.op("f");
                    out.op("Q");
                }
                Item::Stroke(s) => {
                    out.op("q");
                    self.stroke_color(&mut out, s.color);
                    out.num(s.width, 3);
                    out.op("w");
                    if s.dashed {
                        out.op("[2 2] 0 d");
                    }
                    let (x1, y1) = self.xy(s.from.0, s.from.1);
                    let (x2, y2) = self.xy(s.to.0, s.to.1);
                    out.nums(&[x1, y1]);
                    out.op("m");
                    out.nums(&[x2, y2]);
                    out.op("l S");
                    out.op("Q");
                }
                Item::Image(p) => {
                    let (x, y) = self.xy(p.rect.x, p.rect.bottom());
                    out.op("q");
                    out.nums(&[
                        p.rect.width * PT_PER_MM,
                        0.0,
                        0.0,
                        p.rect.height * PT_PER_MM,
                        x,
                        y,
                    ]);
                    out.raw("cm /Im");
                    write_integer(&mut out.bytes, image as u64);
                    out.op(" Do");
                    out.op("Q");
                    image += 1;
                }
                Item::Path(p) => self.path(&mut out, p),
                // Links and notes are annotations, written with the page
                // dictionary.
                Item::Link(_) | Item::Note(_) => {}
            }
            if marked {
                out.op("EMC");
            }
        }
        if text.is_some() {
            out.op("ET");
        }
        out
    }

    /// Page coordinates in pt (origin at the media box's lower left) of a
    /// point given in mm from the trim's top left.
    pub fn xy(&self, x: f32, y: f32) -> (f32, f32) {
        let media = self.page.sheet.media_box();
        ((x - media.x) * PT_PER_MM, (media.bottom() - y) * PT_PER_MM)
    }

    fn fill_color(&self, out: &mut Content, c: Cmyk) {
        self.color(out, c, "rg", "k");
    }

    fn stroke_color(&self, out: &mut Content, c: Cmyk) {
        self.color(out, c, "RG", "K");
    }

    /// CMYK as designed, or for screens the sRGB the press would print.
    fn color(&self, out: &mut Content, c: Cmyk, rgb_op: &str, cmyk_op: &str) {
        let grey = c.c == 0.0 && c.m == 0.0 && c.y == 0.0;
        match self.colors {
            Colors::Office if grey => {
                out.num(1.0 - c.k / 100.0, 3);
                // `g`/`G`, the grey operators, are the CMYK ones' case.
                out.op(if cmyk_op == "k" { "g" } else { "G" });
            }
            Colors::ScreenRgb | Colors::Office => {
                out.nums(&crate::color::screen_rgb(c));
                out.op(rgb_op);
            }
            Colors::Cmyk => {
                out.nums(&[c.c / 100.0, c.m / 100.0, c.y / 100.0, c.k / 100.0]);
                out.op(cmyk_op);
            }
        }
    }

    /// A vector shape: its outline, then one painting operator (`B` fills
    /// then strokes, as SVG does by default). Stroke settings stay inside
    /// `q`/`Q`, so nothing leaks to the next item.
    fn path(&self, out: &mut Content, p: &IconPath) {
        out.op("q");
        if let Some(fill) = &p.fill {
            self.fill_color(out, fill.color);
        }
        if let Some(s) = &p.stroke {
            self.stroke_color(out, s.color);
            out.num(s.width * PT_PER_MM, 3);
            out.op("w");
            out.op(match s.cap {
                LineCap::Butt => "0 J",
                LineCap::Round => "1 J",
                LineCap::Square => "2 J",
            });
            match s.join {
                LineJoin::Miter => {
                    out.raw("0 j ");
                    out.num(s.miter_limit.max(1.0), 3);
                    out.op("M");
                }
                LineJoin::Round => out.op("1 j"),
                LineJoin::Bevel => out.op("2 j"),
            }
            if !s.dash.is_empty() {
                out.raw("[");
                for &d in &s.dash {
                    out.num(d * PT_PER_MM, 3);
                }
                out.raw("] ");
                out.num(s.dash_offset * PT_PER_MM, 3);
                out.op("d");
            }
        }
        for sub in &p.subpaths {
            let (x, y) = self.xy(sub.start.0, sub.start.1);
            out.nums(&[x, y]);
            out.op("m");
            for segment in &sub.segments {
                match *segment {
                    Segment::Line((x, y)) => {
                        let (x, y) = self.xy(x, y);
                        out.nums(&[x, y]);
                        out.op("l");
                    }
                    Segment::Cubic(a, b, c) => {
                        for (x, y) in [a, b, c] {
                            let (x, y) = self.xy(x, y);
                            out.nums(&[x, y]);
                        }
                        out.op("c");
                    }
                }
            }
            if sub.closed {
                out.op("h");
            }
        }
        let even_odd = p.fill.as_ref().is_some_and(|f| f.rule == FillRule::EvenOdd);
        out.op(match (p.fill.is_some(), p.stroke.is_some(), even_odd) {
            (true, true, false) => "B",
            (true, true, true) => "B*",
            (true, false, false) => "f",
            (true, false, true) => "f*",
            (false, true, _) => "S",
            (false, false, _) => "n",
        });
        out.op("Q");
    }

    fn text(
        &self,
        out: &mut Content,
        state: &mut Option<TextState>,
        run: &GlyphRun,
        mark: Option<&Mark>,
    ) {
        // Consecutive runs share one text object; font and colour are set
        // only when they change.
        let font = (run.face, run.size.to_bits());
        let state = match state {
            Some(state) => state,
            None => {
                out.op("BT");
                self.fill_color(out, run.color);
                state.insert(TextState {
                    font: None,
                    color: run.color,
                    pen: None,
                })
            }
        };
        let marked = begin_mark(out, mark);
        if state.color != run.color {
            self.fill_color(out, run.color);
            state.color = run.color;
        }
        if state.font != Some(font) {
            out.raw("/F");
            write_integer(&mut out.bytes, run.face.0 as u64);
            out.raw(" ");
            out.num(run.size, 3);
            out.op("Tf");
            state.font = Some(font);
        }
        let subset = self.subsets.get(run.face);
        // A tagged line that lost its space at the break gets it back: a
        // space glyph after its last one (invisible), or else ActualText
        // on its last cluster.
        let space_after = matches!(
            mark,
            Some(Mark::Content {
                space_after: true,
                ..
            })
        );
        let space_glyph = if space_after { subset.space() } else { None };
        let space_after = space_after && space_glyph.is_none();
        let clusters = run.glyphs.chunk_by(|a, b| a.cluster == b.cluster).count();
        // Glyphs on one baseline go out as one `TJ` whose numbers put each
        // glyph exactly where the shaper did; a glyph off the baseline (a
        // raised mark) or a cluster needing /ActualText starts its own.
        let mut segment: Vec<(u16, f32, f32)> = Vec::new(); // subset glyph, x, y (pt)
        for (n, cluster) in run
            .glyphs
            .chunk_by(|a, b| a.cluster == b.cluster)
            .enumerate()
        {
            let spaced = space_after && n + 1 == clusters;
            let plain = subset.extracts_alone(cluster) && !spaced;
            if !plain {
                self.flush(out, state, &mut segment, run);
                out.raw("/Span <</ActualText <feff");
                let mut text: String = cluster.iter().map(|g| &*g.text).collect();
                if spaced {
                    text.push(' ');
                }
                for unit in text.encode_utf16() {
                    for shift in [12, 8, 4, 0] {
                        out.bytes.push(HEX[usize::from(unit >> shift & 0xF)]);
                    }
                }
                out.op(">>> BDC");
            }
            for g in cluster {
                let (x, y) = self.xy(g.x, g.y);
                if segment.last().is_some_and(|s| (s.2 - y).abs() > 1e-4) {
                    self.flush(out, state, &mut segment, run);
                }
                segment.push((subset.new_id(g.id), x, y));
            }
            if !plain {
                self.flush(out, state, &mut segment, run);
                out.op("EMC");
            }
        }
        if let Some(space) = space_glyph {
            let em = run.size / 1000.0;
            let at = match segment.last() {
                Some(&(gid, x, y)) => Some((x + subset.width(gid) as f32 * em, y)),
                None => state.pen,
            };
            if let Some((x, y)) = at {
                segment.push((space, x, y));
            }
        }
        self.flush(out, state, &mut segment, run);
        if marked {
            out.op("EMC");
        }
    }

    /// Emits a same-baseline segment as one show operation, with the
    /// kerning that puts every glyph at its shaped position given the
    /// advance widths the PDF declares (`/W`). A segment that continues
    /// the baseline where the text position already is needs no new text
    /// matrix, only a leading kern.
    fn flush(
        &self,
        out: &mut Content,
        state: &mut TextState,
        segment: &mut Vec<(u16, f32, f32)>,
        run: &GlyphRun,
    ) {
        let Some(&(_, x0, y0)) = segment.first() else {
            return;
        };
        let subset = self.subsets.get(run.face);
        let round = |v: f32, step: f32| (v / step).round() * step;
        let (x0, y0) = (round(x0, 0.001), round(y0, 0.001));
        // Kerns are rounded to 0.1/1000 em and each is computed from the
        // pen as the viewer will have it, so nothing drifts.
        let em = run.size / 1000.0;
        let mut pen = match state.pen {
            Some((x, y)) if y == y0 && (x - x0).abs() < run.size => {
                out.raw("[");
                let kern = round((x - x0) / em, 0.1);
                if kern != 0.0 {
                    write_number(&mut out.bytes, kern, 1);
                    out.raw(" ");
                }
                out.raw("<");
                x - kern * em
            }
            _ => {
                out.raw("1 0 0 1 ");
                out.nums(&[x0, y0]);
                out.raw("Tm [<");
                x0
            }
        };
        for i in 0..segment.len() {
            let gid = segment[i].0;
            for shift in [12, 8, 4, 0] {
                out.bytes.push(HEX[usize::from(gid >> shift & 0xF)]);
            }
            pen += subset.width(gid) as f32 * em;
            if let Some(next) = segment.get(i + 1) {
                let kern = round((pen - next.1) / em, 0.1);
                if kern != 0.0 {
                    out.raw("> ");
                    write_number(&mut out.bytes, kern, 1);
                    out.raw(" <");
                    pen -= kern * em;
                }
            }
        }
        out.op(">] TJ");
        state.pen = Some((pen, y0));
        segment.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::frame::{pt_to_mm, ClusterText, Document, Glyph, Rect, Sheet};
    use crate::load::fonts::FontSet;
    use lopdf::Object;

    fn fmt(v: f32, d: u32) -> String {
        let mut out = Vec::new();
        write_number(&mut out, v, d);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_short_and_exact() {
        assert_eq!(fmt(0.0, 3), "0");
        assert_eq!(fmt(45.354004, 3), "45.354");
        assert_eq!(fmt(-171.04, 1), "-171");
        assert_eq!(fmt(-0.04, 1), "0");
        assert_eq!(fmt(12.5, 3), "12.5");
        assert_eq!(fmt(0.0005, 3), "0.001");
        assert_eq!(fmt(-3.25, 1), "-3.3");
        assert_eq!(fmt(898.583, 3), "898.583");
        assert_eq!(fmt(1.0, 3), "1");
        assert_eq!(fmt(0.65, 3), "0.65");
    }

    /// A line of Jrai with raised breves and decomposed dotted letters, set
    /// at (20, 30) mm as the typesetter would.
    fn jra_document(fonts: &FontSet) -> Document {
        let face_id = fonts.id("regular").unwrap();
        let text = "Mơ̆ng ê̆ ị ƀuh Ia Grai, ƀon sang";
        let shapes = crate::layout::shape::ShapeCache::new();
        let shaped = crate::layout::shape::shape(&shapes, fonts.face(face_id), text, 10.0, "jra");
        let mut pen = 20.0;
        let mut glyphs = Vec::new();
        for (i, g) in shaped.iter().enumerate() {
            let first = i == 0 || shaped[i - 1].cluster != g.cluster;
            let end = shaped[i..]
                .iter()
                .map(|n| n.cluster)
                .find(|&c| c > g.cluster)
                .unwrap_or(text.len());
            glyphs.push(Glyph {
                id: g.id,
                x: pen + pt_to_mm(g.x_offset),
                y: 30.0 - pt_to_mm(g.y_offset),
                cluster: g.cluster as u32,
                text: if first {
                    text[g.cluster..end].into()
                } else {
                    ClusterText::default()
                },
            });
            pen += pt_to_mm(g.x_advance);
        }
        let run = GlyphRun {
            face: face_id,
            size: 10.0,
            color: Cmyk::BLACK,
            glyphs,
            bounds: Rect::new(20.0, 26.0, pen - 20.0, 5.0),
            message: "test".into(),
            tag: Default::default(),
        };
        Document {
            title: "test".into(),
            lang: "jra".into(),
            pages: vec![Page {
                name: "inside".into(),
                sheet: Sheet {
                    trim_width: 297.0,
                    trim_height: 210.0,
                    bleed: 3.0,
                    marks_margin: 10.0,
                },
                panels: Vec::new(),
                folds: Vec::new(),
                items: vec![Item::Text(run)],
                furniture: Vec::new(),
            }],
            sections: Vec::new(),
            embed_profile: false,
            printer_margin: None,
        }
    }

    fn page_with(items: Vec<Item>) -> Page {
        Page {
            name: "inside".into(),
            sheet: Sheet {
                trim_width: 100.0,
                trim_height: 100.0,
                bleed: 3.0,
                marks_margin: 10.0,
            },
            panels: Vec::new(),
            folds: Vec::new(),
            items,
            furniture: Vec::new(),
        }
    }

    #[test]
    fn paths_are_written_as_path_operators_in_cmyk_or_screen_rgb() {
        use crate::layout::frame::{IconPath, PathFill, PathStroke};
        use crate::load::icons::Subpath;
        let blue = Cmyk {
            c: 100.0,
            m: 65.0,
            y: 0.0,
            k: 15.0,
        };
        let shape = IconPath {
            subpaths: vec![Subpath {
                start: (10.0, 20.0),
                segments: vec![
                    Segment::Line((20.0, 20.0)),
                    Segment::Cubic((20.0, 25.0), (15.0, 30.0), (10.0, 30.0)),
                ],
                closed: true,
            }],
            fill: Some(PathFill {
                color: Cmyk::BLACK,
                rule: FillRule::EvenOdd,
            }),
            stroke: Some(PathStroke {
                color: blue,
                width: 0.5,
                cap: LineCap::Round,
                join: LineJoin::Miter,
                miter_limit: 4.0,
                dash: vec![1.0, 2.0],
                dash_offset: 0.0,
            }),
            bounds: Rect::new(10.0, 20.0, 10.0, 10.0),
        };
        let page = page_with(vec![Item::Path(shape)]);
        let mut doc = jra_document(&regular_font());
        doc.pages = vec![page.clone()];
        let subsets = Subsets::build(&doc, &regular_font(), &Default::default()).unwrap();
        let ops = |colors: Colors| {
            let bytes = PageWriter {
                page: &page,
                subsets: &subsets,
                first_image: 0,
                colors,
                marks: None,
            }
            .write()
            .into_bytes();
            lopdf::content::Content::decode(&bytes).unwrap().operations
        };
        let print = ops(Colors::Cmyk);
        let names: Vec<&str> = print.iter().map(|o| o.operator.as_str()).collect();
        assert_eq!(
            names,
            ["q", "k", "K", "w", "J", "j", "M", "d", "m", "l", "c", "h", "B*", "Q"]
        );
        let numbers = |o: &lopdf::content::Operation| -> Vec<f32> {
            o.operands
                .iter()
                .filter_map(|v| v.as_float().ok())
                .collect()
        };
        assert_eq!(numbers(&print[2]), [1.0, 0.65, 0.0, 0.15]);
        // 0.5 mm is 1.417 pt; the start point (10, 20) mm from the trim's
        // top left is (20, 90) mm from the media box's bottom left (10 mm
        // of marks margin around the 100 mm trim).
        assert_eq!(numbers(&print[3]), [1.417]);
        let (x, y) = (20.0 * PT_PER_MM, 90.0 * PT_PER_MM);
        let m = numbers(&print[8]);
        assert!(
            (m[0] - x).abs() < 0.001 && (m[1] - y).abs() < 0.001,
            "{m:?}"
        );
        let screen = ops(Colors::ScreenRgb);
        let names: Vec<&str> = screen.iter().map(|o| o.operator.as_str()).collect();
        assert!(names.contains(&"rg") && names.contains(&"RG"));
        assert!(!names.contains(&"k") && !names.contains(&"K"));
    }

    fn regular_font() -> FontSet {
        let files = std::collections::BTreeMap::from([(
            "regular".to_string(),
            "NotoSans-Regular.ttf".to_string(),
        )]);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
        FontSet::load(&dir, &files).unwrap()
    }

    #[test]
    fn every_glyph_lands_where_the_frame_puts_it() {
        let fonts = regular_font();
        let doc = jra_document(&fonts);
        let page = &doc.pages[0];
        let subsets = Subsets::build(&doc, &fonts, &Default::default()).unwrap();
        let writer = PageWriter {
            page,
            subsets: &subsets,
            first_image: 0,
            colors: Colors::Cmyk,
            marks: None,
        };
        let bytes = writer.write().into_bytes();

        // Replay the operators as a viewer does: Tm sets the pen, each
        // glyph advances it by its /W width, each number moves it back.
        let number = |o: &Object| match o {
            Object::Integer(i) => *i as f32,
            Object::Real(r) => *r,
            other => panic!("not a number: {other:?}"),
        };
        let Item::Text(run) = &page.items[0] else {
            unreachable!()
        };
        let subset = subsets.get(run.face);
        let (mut x, mut y, mut size) = (0.0, 0.0, 0.0);
        let mut placed = Vec::new();
        let mut spans = 0;
        for op in lopdf::content::Content::decode(&bytes).unwrap().operations {
            let args = &op.operands;
            match op.operator.as_str() {
                "Tf" => size = number(&args[1]),
                "Tm" => (x, y) = (number(&args[4]), number(&args[5])),
                "BDC" => spans += 1,
                "TJ" => {
                    for item in args[0].as_array().unwrap() {
                        match item {
                            Object::String(codes, _) => {
                                for code in codes.chunks(2) {
                                    let gid = u16::from_be_bytes([code[0], code[1]]);
                                    placed.push((gid, x, y));
                                    x += subset.width(gid) as f32 * size / 1000.0;
                                }
                            }
                            n => x -= number(n) * size / 1000.0,
                        }
                    }
                }
                _ => {}
            }
        }
        assert_eq!(placed.len(), run.glyphs.len());
        assert!(spans > 0, "decomposed clusters carry /ActualText");
        assert!(
            run.glyphs.iter().any(|g| (g.y - 30.0).abs() > 0.1),
            "the line has raised marks"
        );
        for (g, &(gid, px, py)) in run.glyphs.iter().zip(&placed) {
            let (fx, fy) = writer.xy(g.x, g.y);
            assert_eq!(gid, subset.new_id(g.id));
            // 0.01 pt is 3.5 micrometres.
            assert!(
                (px - fx).abs() < 0.01 && (py - fy).abs() < 0.01,
                "glyph {} at ({px}, {py}), frame says ({fx}, {fy})",
                g.id
            );
        }
    }
}

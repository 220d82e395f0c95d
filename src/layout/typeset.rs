//! Paragraph setting: shape styled spans, break them into lines at Unicode
//! line-break opportunities (UAX #14), and place every glyph.
//!
//! Lines are filled greedily: a leaflet has short paragraphs in narrow
//! columns, where first-fit matches what a reader expects and keeps every
//! line's content predictable for translators.

use unicode_linebreak::{linebreaks, BreakOpportunity};

use crate::color::Cmyk;
use crate::layout::frame::{
    pt_to_mm, ClusterText, Glyph, GlyphRun, Item, LinkArea, Rect, Role, Tag,
};
use crate::layout::shape::{shape, ShapeCache};
use crate::load::fonts::{FaceId, FontSet};
use crate::load::layouts::Align;

/// A run of text in one style.
#[derive(Debug, Clone)]
pub struct Span {
    pub text: String,
    pub face: FaceId,
    /// Type size in pt.
    pub size: f32,
    pub color: Cmyk,
    /// Message id the text comes from, for diagnostics and proofs.
    pub message: String,
    /// What the text is to a screen reader (the runs set from it carry it).
    pub tag: Tag,
}

impl Span {
    /// The span with its text in `role`.
    pub fn role(mut self, role: Role) -> Span {
        self.tag.role = role;
        self
    }
}

/// The column a paragraph is set in (mm, relative to the column's left edge).
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    pub width: f32,
    /// Left indent of the first line and of the following ones.
    pub first_indent: f32,
    pub indent: f32,
    /// Baseline-to-baseline distance in pt.
    pub leading: f32,
    pub align: Align,
}

/// A set paragraph: items relative to its top-left corner.
#[derive(Debug, Clone)]
pub struct SetParagraph {
    pub items: Vec<Item>,
    pub height: f32,
    /// Baselines of the first and last lines, from the top (mm).
    pub first_baseline: f32,
    pub last_baseline: f32,
    pub lines: usize,
}

/// Why a paragraph could not be set.
#[derive(Debug, Clone, PartialEq)]
pub enum TypesetError {
    MissingGlyph {
        character: char,
        message: String,
        face: FaceId,
    },
    WordTooWide {
        word: String,
        message: String,
        excess_mm: f32,
    },
}

struct PlacedGlyph {
    span: usize,
    id: u16,
    cluster: usize,
    advance: f32, // mm
    x_offset: f32,
    y_offset: f32,
}

/// Sets `spans` as one paragraph in `measure`.
pub fn set_paragraph(
    fonts: &FontSet,
    shapes: &ShapeCache,
    spans: &[Span],
    measure: Measure,
    language: &str,
) -> Result<SetParagraph, TypesetError> {
    let mut full = String::new();
    let mut glyphs: Vec<PlacedGlyph> = Vec::new();
    for (index, span) in spans.iter().enumerate() {
        let face = fonts.face(span.face);
        if let Some(c) = span.text.chars().find(|&c| !face.covers(c)) {
            return Err(TypesetError::MissingGlyph {
                character: c,
                message: span.message.clone(),
                face: span.face,
            });
        }
        let start = full.len();
        full.push_str(&span.text);
        for g in shape(shapes, face, &span.text, span.size, language) {
            if g.id == 0 {
                let character = span.text[g.cluster..].chars().next().unwrap_or('\u{FFFD}');
                return Err(TypesetError::MissingGlyph {
                    character,
                    message: span.message.clone(),
                    face: span.face,
                });
            }
            glyphs.push(PlacedGlyph {
                span: index,
                id: g.id,
                cluster: start + g.cluster,
                advance: pt_to_mm(g.x_advance),
                x_offset: pt_to_mm(g.x_offset),
                y_offset: pt_to_mm(g.y_offset),
            });
        }
    }
    if full.is_empty() {
        return Ok(SetParagraph {
            items: Vec::new(),
            height: 0.0,
            first_baseline: 0.0,
            last_baseline: 0.0,
            lines: 0,
        });
    }

    let urls = url_ranges(&full);
    let lines = break_lines(&full, &glyphs, &urls, spans, measure)?;
    Ok(place_lines(
        fonts, &full, &glyphs, &urls, spans, measure, &lines,
    ))
}

/// Byte ranges of `http(s)://…` addresses, without trailing punctuation.
/// They are never broken and become clickable.
pub fn url_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = ["https://", "http://"]
        .iter()
        .filter_map(|p| text[from..].find(p).map(|i| from + i))
        .min()
    {
        let rest = &text[found..];
        let mut end = found + rest.find(char::is_whitespace).unwrap_or(rest.len());
        while let Some(c) = text[..end].chars().next_back() {
            if matches!(c, '.' | ',' | ';' | ':' | ')' | '”' | '’' | '"' | '\'') {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        out.push((found, end));
        from = end.max(found + 1);
    }
    out
}

/// A quoted label wider than this share of the column may break (it is a
/// phrase, not a name on a button).
const MAX_LABEL_SHARE: f32 = 0.75;

/// Byte ranges of text in typographic double quotes, quotes included.
pub fn label_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '\u{201C}' => open = Some(i),
            '\u{201D}' => {
                if let Some(s) = open.take() {
                    out.push((s, i + c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    out
}

/// Line ranges (byte offsets into `full`).
fn break_lines(
    full: &str,
    glyphs: &[PlacedGlyph],
    urls: &[(usize, usize)],
    spans: &[Span],
    measure: Measure,
) -> Result<Vec<(usize, usize)>, TypesetError> {
    // Prefix sums of advances, indexed by glyph.
    let mut prefix = Vec::with_capacity(glyphs.len() + 1);
    prefix.push(0.0f32);
    for g in glyphs {
        prefix.push(prefix.last().unwrap() + g.advance);
    }
    let glyph_at = |byte: usize| glyphs.partition_point(|g| g.cluster < byte);
    // Width of `full[a..b]` without the spaces a line does not show at its end.
    let width = |a: usize, b: usize| {
        let trimmed = a + full[a..b].trim_end().len();
        prefix[glyph_at(trimmed)] - prefix[glyph_at(a)]
    };
    let inside_url = |pos: usize| urls.iter().any(|&(s, e)| pos > s && pos < e);
    // Quoted names (“Đăng ký”, the button a reader looks for) are labels:
    // kept on one line, unless one is too long to be a label.
    let labels: Vec<(usize, usize)> = label_ranges(full)
        .into_iter()
        .filter(|&(s, e)| width(s, e) <= measure.width * MAX_LABEL_SHARE)
        .collect();
    let inside_label = |pos: usize| labels.iter().any(|&(s, e)| pos > s && pos < e);

    let mut lines = Vec::new();
    let mut start = 0;
    let mut fit: Option<usize> = None;
    for (pos, kind) in linebreaks(full) {
        if (inside_url(pos) || inside_label(pos)) && pos < full.len() {
            continue;
        }
        loop {
            let available = if lines.is_empty() {
                measure.width - measure.first_indent
            } else {
                measure.width - measure.indent
            };
            let w = width(start, pos);
            if w <= available + 0.001 {
                fit = Some(pos);
                if kind == BreakOpportunity::Mandatory && pos < full.len() {
                    lines.push((start, pos));
                    start = pos;
                    fit = None;
                }
                break;
            }
            match fit.take() {
                Some(f) if f > start => {
                    lines.push((start, f));
                    start = f;
                }
                _ => {
                    let word = full[start..pos].trim().to_string();
                    let span = glyphs.get(glyph_at(start)).map_or(0, |g| g.span);
                    return Err(TypesetError::WordTooWide {
                        word,
                        message: spans[span].message.clone(),
                        excess_mm: w - available,
                    });
                }
            }
        }
    }
    if start < full.len() {
        lines.push((start, full.len()));
    }
    Ok(lines)
}

fn place_lines(
    fonts: &FontSet,
    full: &str,
    glyphs: &[PlacedGlyph],
    urls: &[(usize, usize)],
    spans: &[Span],
    measure: Measure,
    lines: &[(usize, usize)],
) -> SetParagraph {
    let ascent = spans
        .iter()
        .map(|s| pt_to_mm(fonts.face(s.face).ascent(s.size)))
        .fold(0.0, f32::max);
    let descent = spans
        .iter()
        .map(|s| pt_to_mm(fonts.face(s.face).descent(s.size)))
        .fold(0.0, f32::max);
    let leading = pt_to_mm(measure.leading);
    let glyph_at = |byte: usize| glyphs.partition_point(|g| g.cluster < byte);
    let text = LineText {
        fonts,
        full,
        glyphs,
        spans,
    };
    let mut items = Vec::new();
    for (n, &(a, b)) in lines.iter().enumerate() {
        let visible_end = a + full[a..b].trim_end().len();
        let range = glyph_at(a)..glyph_at(visible_end);
        let line_width: f32 = glyphs[range.clone()].iter().map(|g| g.advance).sum();
        let indent = if n == 0 {
            measure.first_indent
        } else {
            measure.indent
        };
        let slack = measure.width - indent - line_width;
        let pen = indent
            + match measure.align {
                Align::Left => 0.0,
                Align::Center => slack / 2.0,
                Align::Right => slack,
            };
        let baseline = ascent + n as f32 * leading;
        let xs = text.runs(range.clone(), pen, baseline, &mut items);
        // Clickable addresses on this line.
        for &(s, e) in urls {
            let (from, to) = (s.max(a), e.min(visible_end));
            if from >= to {
                continue;
            }
            let (g0, g1) = (glyph_at(from), glyph_at(to));
            if g0 >= g1 {
                continue;
            }
            let x0 = xs[g0 - range.start];
            let x1 = xs[g1 - 1 - range.start] + glyphs[g1 - 1].advance;
            items.push(Item::Link(LinkArea {
                rect: Rect::new(x0, baseline - ascent, x1 - x0, ascent + descent),
                url: full[s..e].to_string(),
                tag: spans[glyphs[g0].span].tag.clone(),
            }));
        }
    }
    let height = ascent + (lines.len().saturating_sub(1)) as f32 * leading + descent;
    SetParagraph {
        items,
        height,
        first_baseline: ascent,
        last_baseline: ascent + (lines.len().saturating_sub(1)) as f32 * leading,
        lines: lines.len(),
    }
}

/// A paragraph's shaped text, turned line by line into glyph runs.
struct LineText<'a> {
    fonts: &'a FontSet,
    full: &'a str,
    glyphs: &'a [PlacedGlyph],
    spans: &'a [Span],
}

impl LineText<'_> {
    /// The glyphs of `range` from `pen` on `baseline` as runs (one per
    /// stretch of the same face, size, colour, message and tag), pushed to
    /// `items`; returns each glyph's pen position.
    fn runs(
        &self,
        range: std::ops::Range<usize>,
        mut pen: f32,
        baseline: f32,
        items: &mut Vec<Item>,
    ) -> Vec<f32> {
        let glyphs = self.glyphs;
        let mut run: Option<GlyphRun> = None;
        let mut xs = Vec::with_capacity(range.len());
        for i in range.clone() {
            let g = &glyphs[i];
            let span = &self.spans[g.span];
            let first_of_cluster = i == range.start || glyphs[i - 1].cluster != g.cluster;
            let glyph = Glyph {
                id: g.id,
                x: pen + g.x_offset,
                y: baseline - g.y_offset,
                cluster: g.cluster as u32,
                text: if first_of_cluster {
                    self.full[g.cluster..self.cluster_end(i)].into()
                } else {
                    ClusterText::default()
                },
            };
            xs.push(pen);
            let same = run.as_ref().is_some_and(|r| {
                r.face == span.face
                    && r.size == span.size
                    && r.color == span.color
                    && r.message == span.message
                    && r.tag == span.tag
            });
            if !same {
                if let Some(done) = run.take() {
                    items.push(Item::Text(done));
                }
                let face = self.fonts.face(span.face);
                run = Some(GlyphRun {
                    face: span.face,
                    size: span.size,
                    color: span.color,
                    glyphs: Vec::new(),
                    bounds: Rect::new(
                        pen,
                        baseline - pt_to_mm(face.ascent(span.size)),
                        0.0,
                        pt_to_mm(face.ascent(span.size) + face.descent(span.size)),
                    ),
                    message: span.message.clone(),
                    tag: span.tag.clone(),
                });
            }
            let r = run.as_mut().expect("a run was just opened");
            r.glyphs.push(glyph);
            pen += g.advance;
            r.bounds.width = pen - r.bounds.x;
        }
        if let Some(done) = run.take() {
            items.push(Item::Text(done));
        }
        xs
    }

    /// End of the cluster that starts at glyph `i`.
    fn cluster_end(&self, i: usize) -> usize {
        self.glyphs[i..]
            .iter()
            .map(|g| g.cluster)
            .find(|&c| c > self.glyphs[i].cluster)
            .unwrap_or(self.full.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_stop_before_trailing_punctuation() {
        let t = "Truy cập: https://dichvucong.gov.vn, rồi (https://a.vn).";
        let r = url_ranges(t);
        assert_eq!(r.len(), 2);
        assert_eq!(&t[r[0].0..r[0].1], "https://dichvucong.gov.vn");
        assert_eq!(&t[r[1].0..r[1].1], "https://a.vn");
    }
}

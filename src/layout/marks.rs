//! Print furniture: crop marks, fold marks and the draft label, and the
//! rule that backgrounds run into the bleed where a panel meets the trim.

use crate::color::Cmyk;
use crate::diag::Error;
use crate::diag::{Code, Finding};
use crate::layout::frame::{Fill, GlyphRun, Item, Page, Rect, Role, Sheet, Stroke, Tag};
use crate::layout::typeset::{set_paragraph, Measure, Span};
use crate::layout::Inputs;
use crate::load::layouts::draft_mark_parts;
use crate::msg;

/// Marks: length and distance from the trim (beyond the bleed), in mm.
const MARK_LENGTH: f32 = 5.0;
const MARK_GAP: f32 = 0.5;
/// Hairline for marks, in pt.
const MARK_WIDTH: f32 = 0.25;

/// "DRAFT / BẢN NHÁP" (the layout's `draft_mark`) in the top margin of
/// every panel, on every page: a leaflet with unreviewed or fallback text
/// must not pass for a final one.
pub(super) fn draft_marks(inputs: &Inputs, pages: &[Page]) -> Result<Vec<Vec<Item>>, Error> {
    let fonts = inputs.fonts;
    let face = fonts
        .id("bold")
        .expect("layout check guarantees a bold font");
    let span = Span {
        text: inputs.layout.draft_mark.clone(),
        face,
        size: DRAFT_MARK_SIZE,
        color: Cmyk {
            c: 0.0,
            m: 0.0,
            y: 0.0,
            k: 0.0,
        },
        message: "(draft mark)".into(),
        tag: Tag {
            role: Role::Paragraph,
            ..Tag::default()
        },
    };
    let parts: Vec<(u32, &str)> = draft_mark_parts(&span.text)
        .into_iter()
        .zip(&inputs.layout.draft_mark_lang)
        .map(|(start, lang)| (start as u32, lang.as_str()))
        .collect();
    let mut out = Vec::new();
    for page in pages {
        let mut items = Vec::new();
        for panel in &page.panels {
            let measure = Measure {
                width: panel.area.width,
                first_indent: 0.0,
                indent: 0.0,
                leading: DRAFT_MARK_SIZE * 1.2,
                align: crate::load::layouts::Align::Center,
            };
            let p = set_paragraph(
                fonts,
                inputs.shapes,
                std::slice::from_ref(&span),
                measure,
                &inputs.catalog.code,
            )
            .map_err(|_| {
                Finding::new(
                    Code::Layout,
                    msg!("layout-draft-mark-unfit", text = &span.text),
                )
                .in_file(&inputs.layout.path)
                .boxed()
            })?;
            // White on a red label, so it shows on any background.
            let mut label: Option<Rect> = None;
            let mut texts = Vec::new();
            for mut item in p.items {
                item.translate(panel.area.x, DRAFT_MARK_TOP);
                if let Item::Text(run) = &mut item {
                    run.tag = draft_tag(run, &parts, &inputs.catalog.code);
                }
                if let Item::Text(run) = &item {
                    label = Some(label.map_or(run.bounds, |b| b.union(&run.bounds)));
                }
                texts.push(item);
            }
            if let Some(b) = label {
                let pad = 1.2;
                items.push(Item::Fill(Fill {
                    rect: Rect::new(b.x - 2.0 * pad, b.y, b.width + 4.0 * pad, b.height),
                    color: DRAFT_MARK_COLOR,
                }));
            }
            items.extend(texts);
        }
        out.push(items);
    }
    Ok(out)
}

/// A draft mark run's tag: read first on its panel (block 0), each part
/// in its language where that is not the leaflet's.
fn draft_tag(run: &GlyphRun, parts: &[(u32, &str)], own: &str) -> Tag {
    let other = |lang: &str| (lang != own).then(|| lang.to_string());
    let first = run.glyphs.first().map_or(0, |g| g.cluster);
    let last = run.glyphs.last().map_or(0, |g| g.cluster);
    let lang = parts
        .iter()
        .rev()
        .find(|(start, _)| *start <= first)
        .and_then(|(_, lang)| other(lang));
    let lang_from = parts
        .iter()
        .filter(|(start, _)| *start > first && *start <= last)
        .map(|(start, lang)| (*start, lang.to_string()))
        .collect();
    Tag {
        block: 0,
        role: Role::Paragraph,
        lang,
        lang_from,
        link: None,
    }
}

/// The draft mark: bold white on red, in the top margin: 1.8 mm below the
/// trim edge (clear of trimming tolerance), above the safe area.
const DRAFT_MARK_SIZE: f32 = 8.0;
const DRAFT_MARK_TOP: f32 = 1.8;
const DRAFT_MARK_COLOR: Cmyk = Cmyk {
    c: 0.0,
    m: 100.0,
    y: 100.0,
    k: 0.0,
};

/// A panel's background, extended into the bleed on every side that meets
/// the trim, and `past_fold` mm across each fold onto the next panel (a
/// fold a little off the line then shows no white edge on the cover).
pub(super) fn background_rect(sheet: &Sheet, area: &Rect, past_fold: f32) -> Rect {
    let b = sheet.bleed;
    let left = if area.x <= 0.001 {
        area.x - b
    } else {
        area.x - past_fold
    };
    let right = if area.right() >= sheet.trim_width - 0.001 {
        area.right() + b
    } else {
        area.right() + past_fold
    };
    Rect::new(left, -b, right - left, area.height + 2.0 * b)
}

/// Crop marks at the four corners and dashed fold marks above and below
/// each fold, all outside the bleed.
pub(super) fn marks(sheet: &Sheet, folds: &[f32]) -> Vec<Item> {
    let (w, h) = (sheet.trim_width, sheet.trim_height);
    let near = sheet.bleed + MARK_GAP;
    let far = near + MARK_LENGTH;
    let line = |from, to, dashed| {
        Item::Stroke(Stroke {
            from,
            to,
            width: MARK_WIDTH,
            color: Cmyk::REGISTRATION,
            dashed,
        })
    };
    let mut out = Vec::new();
    for (x, y, dx, dy) in [
        (0.0, 0.0, -1.0, -1.0),
        (w, 0.0, 1.0, -1.0),
        (0.0, h, -1.0, 1.0),
        (w, h, 1.0, 1.0),
    ] {
        out.push(line((x + dx * near, y), (x + dx * far, y), false));
        out.push(line((x, y + dy * near), (x, y + dy * far), false));
    }
    for &x in folds {
        out.push(line((x, -near), (x, -far), true));
        out.push(line((x, h + near), (x, h + far), true));
    }
    out
}

/// The slug line: below the bleed at the bottom left of every page, in
/// black, the file's name, its locale, the office it is for and the page,
/// so that a print shop cannot mix up files that look alike (the vi, jra
/// and bdq leaflets share their layout, pictures and codes).
pub fn slug_lines(
    doc: &mut crate::layout::frame::Document,
    fonts: &crate::load::fonts::FontSet,
    shapes: &crate::layout::shape::ShapeCache,
    size: f32,
    file: &str,
    office: &str,
) -> Result<(), Error> {
    let face = fonts
        .id("regular")
        .expect("layout check guarantees a regular font");
    let pages = doc.pages.len();
    let lang = doc.lang.clone();
    for (n, page) in doc.pages.iter_mut().enumerate() {
        let sheet = page.sheet;
        let text = msg!(
            "slug-line",
            file = file,
            locale = lang.as_str(),
            office = office,
            page = n + 1,
            pages = pages,
            side = page.name.as_str()
        )
        .render(crate::i18n::Lang::En);
        // Between the marks below the page: from the corner's crop mark to
        // the first fold mark, then from fold to fold. The line's parts
        // (` · `) fill these gaps in order, none crossing a mark.
        let mut edges = vec![0.0];
        edges.extend(page.folds.iter().copied());
        edges.push(sheet.trim_width);
        let gaps: Vec<(f32, f32)> = edges
            .windows(2)
            .map(|w| (w[0] + SLUG_INDENT, w[1] - SLUG_INDENT))
            .collect();
        let unfit = || Finding::new(Code::Internal, msg!("slug-line-unfit", text = &text)).boxed();
        let set = |part: &str, width: f32| {
            let span = Span {
                text: part.to_string(),
                face,
                size,
                color: Cmyk::BLACK,
                message: "(slug line)".into(),
                // Outside the trim, for the print shop only: a decoration.
                tag: Tag::default(),
            };
            let measure = Measure {
                width,
                first_indent: 0.0,
                indent: 0.0,
                leading: size * 1.2,
                align: crate::load::layouts::Align::Left,
            };
            set_paragraph(fonts, shapes, std::slice::from_ref(&span), measure, &lang)
                .ok()
                .filter(|p| p.lines == 1)
        };
        let top = sheet.trim_height + sheet.bleed + MARK_GAP + 0.5;
        let mut gap = 0;
        let mut line = String::new();
        let mut placed = Vec::new();
        let parts: Vec<&str> = text.split(" · ").collect();
        for (i, part) in parts.iter().enumerate() {
            let joined = if line.is_empty() {
                part.to_string()
            } else {
                format!("{line} · {part}")
            };
            let &(left, right) = gaps.get(gap).ok_or_else(unfit)?;
            let last = i + 1 == parts.len();
            if set(&joined, right - left).is_some() {
                line = joined;
            } else if line.is_empty() {
                return Err(unfit());
            } else {
                placed.push((std::mem::take(&mut line), gap));
                gap += 1;
                line = part.to_string();
            }
            if last {
                placed.push((std::mem::take(&mut line), gap));
            }
        }
        for (part, gap) in placed {
            let &(left, right) = gaps.get(gap).ok_or_else(unfit)?;
            let p = set(&part, right - left).ok_or_else(unfit)?;
            for mut item in p.items {
                item.translate(left, top);
                page.furniture.push(item);
            }
        }
    }
    Ok(())
}

/// The slug line starts this far right of the trim's left edge (mm), clear
/// of the crop mark below the corner.
const SLUG_INDENT: f32 = 4.0;

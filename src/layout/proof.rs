//! The proof copy: the leaflet with its print geometry and provenance drawn
//! over it — trim, bleed and safe-area lines, folds, panel names with their
//! reading order, the message id of every block, and what was auto-fitted
//! or taken from the source locale. Reviewers use it to find where a
//! message lands; it is never sent to print.

use crate::color::Cmyk;
use crate::diag::{Code, Error, Finding};
use crate::i18n::{Arg, Lang};
use crate::layout::frame::{Document, Fill, Item, Note, Page, Rect, Sheet, Stroke};
use crate::layout::shape::ShapeCache;
use crate::layout::typeset::{set_paragraph, Measure, SetParagraph, Span};
use crate::layout::LaidOut;
use crate::load::fonts::{FaceId, FontSet};
use crate::load::layouts::{Align, Layout};
use crate::load::locale::SOURCE_LOCALE;
use crate::msg;

const fn cmyk(c: f32, m: f32, y: f32, k: f32) -> Cmyk {
    Cmyk { c, m, y, k }
}

/// Overlay colours, chosen to differ from everything a leaflet uses.
const TRIM: Cmyk = cmyk(100.0, 0.0, 0.0, 0.0);
const BLEED: Cmyk = cmyk(0.0, 100.0, 0.0, 0.0);
const SAFE: Cmyk = cmyk(80.0, 0.0, 100.0, 0.0);
const FOLD: Cmyk = cmyk(0.0, 60.0, 100.0, 0.0);
const BLOCK: Cmyk = cmyk(60.0, 40.0, 0.0, 0.0);
const WARN: Cmyk = cmyk(0.0, 70.0, 100.0, 0.0);
const OVERFLOW: Cmyk = cmyk(0.0, 100.0, 100.0, 0.0);
const LABEL_SIZE: f32 = 5.0;
const HAIRLINE: f32 = 0.3;

/// A copy of the laid-out document with the review overlays as furniture,
/// titled PROOF; its labels in the reviewer's language `lang`.
pub fn overlay(
    laid: &LaidOut,
    layout: &Layout,
    fonts: &FontSet,
    shapes: &ShapeCache,
    lang: Lang,
) -> Result<Document, Error> {
    let doc = &laid.document;
    let mut proof = doc.clone();
    proof.title = msg!("proof-title", title = &doc.title).render(lang);
    let face = fonts.id("regular").ok_or_else(|| {
        Finding::new(
            Code::Layout,
            msg!("layout-font-key-missing", key = "regular"),
        )
        .boxed()
    })?;
    let labels = Labels {
        fonts,
        shapes,
        face,
        lang,
    };
    let order: Vec<String> = if layout.reading_order.is_empty() {
        doc.pages
            .iter()
            .flat_map(|p| p.panels.iter().map(|q| q.name.clone()))
            .collect()
    } else {
        layout.reading_order.clone()
    };
    for (index, page) in proof.pages.iter_mut().enumerate() {
        let mut over = Vec::new();
        let sheet = page.sheet;
        outline(&mut over, &sheet.trim_box(), TRIM, false);
        outline(&mut over, &sheet.bleed_box(), BLEED, false);
        for &x in &page.folds {
            over.push(line((x, 0.0), (x, sheet.trim_height), FOLD, true));
        }
        panel_overlays(&mut over, &labels, laid, layout, page, index, &order);
        // Text past a panel's end: outlined in red, with by how much; the
        // page grows so that the text stays visible.
        for o in laid.marks.overflows.iter().filter(|o| o.page == index) {
            let below = o.rect.bottom() - page.sheet.trim_height + 5.0;
            page.sheet.marks_margin = page.sheet.marks_margin.max(below);
            outline(&mut over, &o.rect, OVERFLOW, false);
            over.extend(labels.label(
                &msg!("proof-overflow", mm = Arg::mm(o.rect.height)).render(lang),
                (o.rect.x, o.rect.y + 0.5),
                o.rect.width,
                Align::Left,
                OVERFLOW,
            ));
        }
        block_overlays(&mut over, &labels, laid, index);
        banner(&mut over, &labels, &sheet);
        page.furniture.extend(over);
    }
    Ok(proof)
}

/// Sets the proof's small labels.
struct Labels<'a> {
    fonts: &'a FontSet,
    shapes: &'a ShapeCache,
    face: FaceId,
    lang: Lang,
}

impl Labels<'_> {
    fn set(&self, text: &str, width: f32, align: Align, color: Cmyk) -> Option<SetParagraph> {
        let span = Span {
            text: text.to_string(),
            face: self.face,
            size: LABEL_SIZE,
            color,
            message: "(proof)".into(),
            tag: Default::default(),
        };
        let measure = Measure {
            width,
            first_indent: 0.0,
            indent: 0.0,
            leading: LABEL_SIZE * 1.2,
            align,
        };
        set_paragraph(self.fonts, self.shapes, &[span], measure, "en").ok()
    }

    /// A label at `(x, y)`. One that cannot be set (an odd panel name) is
    /// left out: the proof still shows the lines.
    fn label(
        &self,
        text: &str,
        (x, y): (f32, f32),
        width: f32,
        align: Align,
        color: Cmyk,
    ) -> Vec<Item> {
        self.set(text, width, align, color)
            .map(|p| {
                p.items
                    .into_iter()
                    .map(|mut i| {
                        i.translate(x, y);
                        i
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A block's ids on the one line above it (more lines would cover the
    /// block's text): as many as fit, then how many more; the note on the
    /// block has them all.
    fn block_label(&self, ids: &[String], suffix: &str, width: f32) -> String {
        let lang = self.lang;
        (1..=ids.len())
            .rev()
            .map(|shown| {
                let mut text = ids[..shown].join(", ");
                if shown < ids.len() {
                    text.push_str(&msg!("proof-more-ids", count = ids.len() - shown).render(lang));
                }
                text + suffix
            })
            .find(|text| {
                self.set(text, width, Align::Right, BLOCK)
                    .is_some_and(|p| p.lines <= 1)
            })
            .unwrap_or_else(|| msg!("proof-id-count", count = ids.len()).render(lang) + suffix)
    }
}

/// Each panel's safe area, and its name with its place in the reading
/// order (and the auto-fit scale, in orange, when it was reduced).
fn panel_overlays(
    over: &mut Vec<Item>,
    labels: &Labels,
    laid: &LaidOut,
    layout: &Layout,
    page: &Page,
    index: usize,
    order: &[String],
) {
    for panel in &page.panels {
        outline(over, &panel.safe, SAFE, true);
        let n = order
            .iter()
            .position(|p| *p == panel.name)
            .map_or(0, |i| i + 1);
        let mut text = format!("{n} · {}", panel.name);
        let fit = laid
            .marks
            .autofits
            .iter()
            .find(|a| a.page == index && a.panel == panel.name);
        if let Some(fit) = fit {
            text.push_str(
                &msg!(
                    "proof-auto-fit",
                    percent = Arg::decimal(f64::from(fit.scale) * 100.0, 1)
                )
                .render(labels.lang),
            );
            outline(over, &panel.safe, WARN, false);
        }
        let y = panel.area.bottom() - layout.safe_margin + 1.0;
        let color = if fit.is_some() { WARN } else { TRIM };
        over.extend(labels.label(
            &text,
            (panel.area.x, y),
            panel.area.width,
            Align::Center,
            color,
        ));
    }
}

/// Each block outlined, its message ids above it and in a note (text taken
/// from the source in orange).
fn block_overlays(over: &mut Vec<Item>, labels: &Labels, laid: &LaidOut, index: usize) {
    for block in laid.marks.blocks.iter().filter(|b| b.page == index) {
        let color = if block.fallback { WARN } else { BLOCK };
        outline(over, &block.rect, color, false);
        let suffix = if block.fallback {
            msg!("proof-from-source", locale = SOURCE_LOCALE).render(labels.lang)
        } else {
            String::new()
        };
        let text = labels.block_label(&block.messages, &suffix, block.rect.width);
        // Small, right-aligned just above the block's top edge.
        over.extend(labels.label(
            &text,
            (
                block.rect.x,
                block.rect.y - LABEL_SIZE * 1.25 / crate::layout::frame::PT_PER_MM,
            ),
            block.rect.width,
            Align::Right,
            color,
        ));
        over.push(Item::Note(Note {
            rect: block.rect,
            text: block.messages.join("\n") + &suffix,
        }));
    }
}

/// The PROOF banner, in the marks margin outside the trim.
fn banner(over: &mut Vec<Item>, labels: &Labels, sheet: &Sheet) {
    let banner_y = -sheet.marks_margin + 0.5;
    over.push(Item::Fill(Fill {
        rect: Rect::new(-sheet.bleed, banner_y, 60.0, 3.0),
        color: cmyk(0.0, 100.0, 0.0, 0.0),
    }));
    over.extend(labels.label(
        &msg!("proof-banner").render(labels.lang),
        (-sheet.bleed + 2.0, banner_y + 0.4),
        56.0,
        Align::Left,
        cmyk(0.0, 0.0, 0.0, 0.0),
    ));
}

fn line(from: (f32, f32), to: (f32, f32), color: Cmyk, dashed: bool) -> Item {
    Item::Stroke(Stroke {
        from,
        to,
        width: HAIRLINE,
        color,
        dashed,
    })
}

fn outline(out: &mut Vec<Item>, r: &Rect, color: Cmyk, dashed: bool) {
    let (x0, y0, x1, y1) = (r.x, r.y, r.right(), r.bottom());
    out.push(line((x0, y0), (x1, y0), color, dashed));
    out.push(line((x1, y0), (x1, y1), color, dashed));
    out.push(line((x1, y1), (x0, y1), color, dashed));
    out.push(line((x0, y1), (x0, y0), color, dashed));
}

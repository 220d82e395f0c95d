//! The office-printer variant (`build --office`): the print document on
//! an A4 sheet exactly, for the laser printer most communes print on.
//!
//! A print shop trims the sheet after printing, so the print file carries
//! bleed and marks and is larger than A4; an office printer is given the
//! A4 sheet itself and cannot print its outer 4–5 mm. So here the page is
//! the trim, nothing prints within the layout's `printer_margin_mm`:
//! backgrounds stop at it, and text, codes and icons must already lie
//! inside it (they are never clipped: a leaflet that would lose text is an
//! error). Small fold ticks, just inside the margin, show where to fold,
//! and a cross on each tick at the top lines up with the back side's when
//! the sheet is held against the light.

use crate::color::Cmyk;
use crate::diag::{Code, Finding};
use crate::i18n::Arg;
use crate::layout::frame::{Document, Item, Page, Rect, Sheet, Stroke};
use crate::load::layouts::Layout;
use crate::msg;

/// A4 in mm (either orientation is accepted).
pub const A4: (f32, f32) = (297.0, 210.0);
/// How far a trim may differ from A4 and still be printed on it.
const A4_TOLERANCE: f32 = 0.1;
/// Fold ticks: length, and their distance from the printer margin (mm).
pub const TICK_LENGTH: f32 = 4.0;
const TICK_GAP: f32 = 0.3;
/// Half the width of the registration cross's bar, and its height below
/// the tick's start (mm).
pub const CROSS_HALF: f32 = 1.5;
const CROSS_AT: f32 = 1.5;
/// Line width of ticks and crosses (pt): thin, but a laser printer's
/// 600 dpi holds it.
const TICK_WIDTH: f32 = 0.5;
/// The draft mark keeps this much from the printer margin (mm).
const DRAFT_GAP: f32 = 0.3;

/// The area of a sheet an office printer prints: the page less `margin`
/// on every side.
pub fn printable(sheet: &Sheet, margin: f32) -> Rect {
    Rect::new(
        margin,
        margin,
        sheet.trim_width - 2.0 * margin,
        sheet.trim_height - 2.0 * margin,
    )
}

/// Whether a trim size is an A4 sheet (to 0.1 mm), either way round.
pub fn is_a4(width: f32, height: f32) -> bool {
    let near = |a: f32, b: f32| (a - b).abs() <= A4_TOLERANCE;
    (near(width, A4.0) && near(height, A4.1)) || (near(width, A4.1) && near(height, A4.0))
}

/// The print document `doc` of `layout` as the office printer's pages, or
/// every item that would print within the printer margin.
pub fn for_office_printer(doc: &Document, layout: &Layout) -> Result<Document, Vec<Finding>> {
    let margin = layout.printer_margin;
    let located = |f: Finding| f.locale(&doc.lang).layout(&layout.name);
    if !is_a4(layout.trim.width, layout.trim.height) {
        return Err(vec![located(
            Finding::new(
                Code::OfficeNotA4,
                msg!(
                    "office-not-a4",
                    width = Arg::mm(layout.trim.width),
                    height = Arg::mm(layout.trim.height)
                ),
            )
            .in_file(&layout.path),
        )]);
    }
    let mut errors = Vec::new();
    let mut pages = Vec::with_capacity(doc.pages.len());
    for page in &doc.pages {
        let sheet = Sheet {
            trim_width: page.sheet.trim_width,
            trim_height: page.sheet.trim_height,
            bleed: 0.0,
            marks_margin: 0.0,
        };
        let inside = printable(&sheet, margin);
        let mut items = Vec::with_capacity(page.items.len());
        for item in &page.items {
            match item {
                // Backgrounds stop at the margin: what the printer cannot
                // print is left white, evenly on every side.
                Item::Fill(fill) => {
                    let rect = fill.rect.clipped_to(&inside);
                    if rect.width > 0.0 && rect.height > 0.0 {
                        let mut fill = fill.clone();
                        fill.rect = rect;
                        items.push(Item::Fill(fill));
                    }
                }
                // Paper has nothing to click, and no reviewer's notes.
                Item::Link(_) | Item::Note(_) => {}
                other => {
                    if let Some(f) = outside(other, &inside, margin, page) {
                        errors.push(located(f.in_file(&layout.path)));
                    }
                    items.push(other.clone());
                }
            }
        }
        let mut furniture = draft_mark(page, &inside);
        furniture.extend(
            fold_ticks(&sheet, &page.folds, margin)
                .into_iter()
                .map(|mut tick| {
                    // On a background (the cover's blue runs past its fold) a
                    // black tick would hardly show: it is drawn in paper white.
                    if let Item::Stroke(s) = &mut tick {
                        let mid = ((s.from.0 + s.to.0) / 2.0, (s.from.1 + s.to.1) / 2.0);
                        if on_background(&items, mid) {
                            s.color = Cmyk {
                                c: 0.0,
                                m: 0.0,
                                y: 0.0,
                                k: 0.0,
                            };
                        }
                    }
                    tick
                }),
        );
        for item in &furniture {
            if let Some(f) = outside(item, &inside, margin, page) {
                errors.push(located(f));
            }
        }
        pages.push(Page {
            name: page.name.clone(),
            sheet,
            panels: page.panels.clone(),
            folds: page.folds.clone(),
            items,
            furniture,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Document {
        pages,
        printer_margin: Some(margin),
        ..doc.clone()
    })
}

/// The finding for an item that reaches into the printer margin.
fn outside(item: &Item, inside: &Rect, margin: f32, page: &Page) -> Option<Finding> {
    let bounds = match item {
        Item::Path(p) => p.ink_bounds().unwrap_or(p.bounds),
        Item::Qr(q) => q
            .modules
            .iter()
            .copied()
            .reduce(|a, b| a.union(&b))
            .unwrap_or(q.bounds),
        other => other.bounds()?,
    };
    if inside.contains(&bounds) {
        return None;
    }
    let what = match item {
        Item::Text(run) => run.text(),
        Item::Qr(q) => q.url.clone(),
        _ => String::new(),
    };
    let panel = page
        .panels
        .iter()
        .find(|p| {
            let centre = bounds.x + bounds.width / 2.0;
            centre >= p.area.x && centre < p.area.right()
        })
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let mut f = Finding::new(
        Code::OfficeMargin,
        msg!(
            "office-in-margin",
            text = what,
            margin = Arg::mm(margin),
            panel = panel
        ),
    )
    .help(msg!("help-office-in-margin"));
    if let Item::Text(run) = item {
        f = f.message_id(&run.message);
    }
    Some(f)
}

/// The draft mark of the print page (a label in the top margin of every
/// panel), moved inside the printer margin: at the top of its panel where
/// that is free, else at the bottom, else in the lowest gap between
/// blocks, so that it hides no text (the print file has it in the margin
/// that an office printer cannot print).
fn draft_mark(page: &Page, inside: &Rect) -> Vec<Item> {
    let mut out = Vec::new();
    for panel in &page.panels {
        let in_panel = |b: &Rect| {
            let centre = b.x + b.width / 2.0;
            centre >= panel.area.x && centre < panel.area.right()
        };
        let mut mark: Vec<Item> = page
            .furniture
            .iter()
            .filter(|i| matches!(i, Item::Fill(_) | Item::Text(_)))
            .filter(|i| i.bounds().is_some_and(|b| in_panel(&b)))
            .cloned()
            .collect();
        let Some(label) = mark
            .iter()
            .filter_map(Item::bounds)
            .reduce(|a, b| a.union(&b))
        else {
            continue;
        };
        // What the label must not cover: the panel's content, not its
        // background.
        let content: Vec<Rect> = page
            .items
            .iter()
            .filter(|i| !matches!(i, Item::Fill(_) | Item::Link(_) | Item::Note(_)))
            .filter_map(Item::bounds)
            .filter(|b| in_panel(b))
            .collect();
        let top = inside.y + DRAFT_GAP;
        let bottom = inside.bottom() - DRAFT_GAP - label.height;
        let free = |y: f32| {
            let moved = label.translate(0.0, y - label.y);
            !content.iter().any(|c| overlaps(c, &moved))
        };
        // Else the lowest free strip above the bottom (a panel's room is
        // mostly at its foot).
        let steps = ((bottom - top) / 0.5).max(0.0) as usize;
        let y = [top, bottom]
            .into_iter()
            .chain((0..=steps).map(|i| bottom - i as f32 * 0.5))
            .find(|&y| free(y))
            .unwrap_or(top);
        for item in &mut mark {
            item.translate(0.0, y - label.y);
        }
        out.extend(mark);
    }
    out
}

/// Whether a point lies on one of the page's backgrounds.
fn on_background(items: &[Item], (x, y): (f32, f32)) -> bool {
    items.iter().any(|i| match i {
        Item::Fill(f) => f.rect.contains(&Rect::new(x, y, 0.0, 0.0)),
        _ => false,
    })
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// A short solid tick at each fold, just inside the margin at the top and
/// the bottom, and at the top a bar across it: a cross that, printed on
/// both sides, shows whether the back lines up with the front.
pub fn fold_ticks(sheet: &Sheet, folds: &[f32], margin: f32) -> Vec<Item> {
    let line = |from, to| {
        Item::Stroke(Stroke {
            from,
            to,
            width: TICK_WIDTH,
            color: Cmyk::BLACK,
            dashed: false,
        })
    };
    let top = margin + TICK_GAP;
    let bottom = sheet.trim_height - margin - TICK_GAP;
    let mut out = Vec::new();
    for &x in folds {
        out.push(line((x, top), (x, top + TICK_LENGTH)));
        out.push(line(
            (x - CROSS_HALF, top + CROSS_AT),
            (x + CROSS_HALF, top + CROSS_AT),
        ));
        out.push(line((x, bottom), (x, bottom - TICK_LENGTH)));
    }
    out
}

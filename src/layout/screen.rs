//! The screen variant: one page per panel, in reading order, without bleed
//! or marks — what a phone shows well and a screen reader can follow.

use crate::layout::frame::{Document, Item, Page, PanelArea, Rect, Section, Sheet};

/// Re-cuts a print document into one page per panel, in `reading_order`
/// (panel names; empty = the order of the print pages).
pub fn panels_as_pages(doc: &Document, reading_order: &[String]) -> Document {
    let mut panels: Vec<(&Page, &PanelArea)> = doc
        .pages
        .iter()
        .flat_map(|page| page.panels.iter().map(move |panel| (page, panel)))
        .collect();
    if !reading_order.is_empty() {
        panels.sort_by_key(|(_, panel)| {
            reading_order
                .iter()
                .position(|name| *name == panel.name)
                .unwrap_or(usize::MAX)
        });
    }
    let mut pages = Vec::new();
    for (page, panel) in &panels {
        let area = panel.area;
        let belongs = |item: &Item| match item.bounds() {
            Some(b) => {
                let centre = b.x + b.width / 2.0;
                centre >= area.x && centre < area.right()
            }
            None => false,
        };
        let mut items = Vec::new();
        for item in page.items.iter().chain(
            // Print furniture: keep labels (the draft mark), drop marks.
            page.furniture
                .iter()
                .filter(|i| !matches!(i, Item::Stroke(_))),
        ) {
            if !belongs(item) {
                continue;
            }
            let mut item = item.clone();
            if let Item::Fill(fill) = &mut item {
                // Backgrounds stop at the panel edges: no bleed on screen.
                fill.rect = clip(&fill.rect, &area);
            }
            item.translate(-area.x, 0.0);
            items.push(item);
        }
        pages.push(Page {
            name: panel.name.clone(),
            sheet: Sheet {
                trim_width: area.width,
                trim_height: area.height,
                bleed: 0.0,
                marks_margin: 0.0,
            },
            panels: vec![PanelArea {
                name: panel.name.clone(),
                area: area.translate(-area.x, 0.0),
                safe: panel.safe.translate(-area.x, 0.0),
            }],
            folds: Vec::new(),
            items,
            furniture: Vec::new(),
        });
    }
    let page_of = |s: &Section| pages.iter().position(|p| p.name == s.panel).unwrap_or(0);
    let mut sections: Vec<Section> = doc
        .sections
        .iter()
        .map(|s| Section {
            page: page_of(s),
            ..s.clone()
        })
        .collect();
    // Reading order, keeping each panel's own heading order.
    sections.sort_by_key(|s| s.page);
    Document {
        pages,
        sections,
        ..doc.clone()
    }
}

fn clip(r: &Rect, to: &Rect) -> Rect {
    let x = r.x.max(to.x);
    let y = r.y.max(to.y);
    let right = r.right().min(to.right());
    let bottom = r.bottom().min(to.bottom());
    Rect::new(x, y, (right - x).max(0.0), (bottom - y).max(0.0))
}

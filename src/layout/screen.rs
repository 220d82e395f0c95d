//! The screen variant: one page per panel, in reading order, without bleed
//! or marks — what a phone shows well and a screen reader can follow.
//! Every page has the size of the widest panel (a narrower one is centred
//! on it), so a phone keeps one zoom from page to page.

use crate::layout::frame::{Document, GlyphRun, Item, Page, PanelArea, Rect, Section, Sheet};

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
    let width = panels.iter().map(|(_, p)| p.area.width).fold(0.0, f32::max);
    let height = panels
        .iter()
        .map(|(_, p)| p.area.height)
        .fold(0.0, f32::max);
    let mut pages = Vec::new();
    for (page, panel) in &panels {
        let area = panel.area;
        // A narrower panel is centred; its background is widened to the
        // page, so the padding does not show as a white band.
        let pad = (width - area.width) / 2.0;
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
                fill.rect = fill.rect.clipped_to(&area);
                if fill.rect.width >= area.width - 0.001 {
                    fill.rect.x -= pad;
                    fill.rect.width += 2.0 * pad;
                }
            }
            item.translate(pad - area.x, 0.0);
            match item {
                Item::Text(run) if !run.tag.lang_from.is_empty() => {
                    items.extend(split_languages(run, &doc.lang).into_iter().map(Item::Text));
                }
                item => items.push(item),
            }
        }
        let items = inline_links(items);
        pages.push(Page {
            name: panel.name.clone(),
            sheet: Sheet {
                trim_width: width,
                trim_height: height,
                bleed: 0.0,
                marks_margin: 0.0,
            },
            panels: vec![PanelArea {
                name: panel.name.clone(),
                area: area.translate(pad - area.x, 0.0),
                safe: panel.safe.translate(pad - area.x, 0.0),
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

/// Web addresses inside paragraphs: each link and the text under it get
/// the link's number, the run split where the address starts and ends, so
/// a screen reader finds the address's text inside its Link.
fn inline_links(items: Vec<Item>) -> Vec<Item> {
    use crate::layout::frame::Role;
    let mut areas: Vec<(Rect, u16, u16)> = Vec::new(); // rect, block, number
    let mut items = items;
    for item in &mut items {
        if let Item::Link(link) = item {
            if !matches!(link.tag.role, Role::LinkAddress(_) | Role::LinkCode { .. }) {
                let n = areas.len() as u16;
                link.tag.link = Some(n);
                areas.push((link.rect, link.tag.block, n));
            }
        }
    }
    if areas.is_empty() {
        return items;
    }
    let mut out = Vec::with_capacity(items.len() + 2 * areas.len());
    for item in items {
        let Item::Text(run) = item else {
            out.push(item);
            continue;
        };
        let area = areas.iter().find(|(r, block, _)| {
            // On the run's line: line boxes of neighbouring lines overlap,
            // their middles do not.
            let middle = |y: f32, h: f32| y + h / 2.0;
            *block == run.tag.block
                && (r.y..r.bottom()).contains(&middle(run.bounds.y, run.bounds.height))
                && (run.bounds.y..run.bounds.bottom()).contains(&middle(r.y, r.height))
                && r.x < run.bounds.right()
                && run.bounds.x < r.right()
        });
        let Some(&(rect, _, n)) = area else {
            out.push(Item::Text(run));
            continue;
        };
        // Before, inside and after the address, by where each glyph's
        // cluster starts (a glyph belongs where its pen stands).
        let eps = 0.01;
        let part = |g: &crate::layout::frame::Glyph| -> u8 {
            if g.x < rect.x - eps {
                0
            } else if g.x < rect.right() - eps {
                1
            } else {
                2
            }
        };
        let mut parts: Vec<GlyphRun> = Vec::new();
        let mut current: Option<(u8, GlyphRun)> = None;
        for g in &run.glyphs {
            let p = part(g);
            match &mut current {
                // A cluster stays whole: its marks go with its first glyph.
                Some((q, r)) if *q == p || g.text.is_empty() => r.glyphs.push(g.clone()),
                _ => {
                    if let Some((_, done)) = current.take() {
                        parts.push(done);
                    }
                    let mut r = run.clone();
                    r.glyphs = vec![g.clone()];
                    r.tag.link = (p == 1).then_some(n);
                    current = Some((p, r));
                }
            }
        }
        if let Some((_, done)) = current {
            parts.push(done);
        }
        let right = run.bounds.right();
        for i in 0..parts.len() {
            let x = parts[i].glyphs.first().map_or(run.bounds.x, |g| g.x);
            let end = parts
                .get(i + 1)
                .and_then(|n| n.glyphs.first())
                .map_or(right, |g| g.x);
            parts[i].bounds.x = if i == 0 { run.bounds.x } else { x };
            parts[i].bounds.width = (end - parts[i].bounds.x).max(0.0);
        }
        out.extend(parts.into_iter().map(Item::Text));
    }
    out
}

/// A run whose text changes language (the draft mark's parts) as one run
/// per language, so each can be tagged with its own; glyphs stay where
/// they are.
fn split_languages(run: GlyphRun, doc_lang: &str) -> Vec<GlyphRun> {
    let mut out: Vec<GlyphRun> = Vec::new();
    let mut rest = run.clone();
    rest.tag.lang_from.clear();
    rest.glyphs.clear();
    let mut current = rest.clone();
    let mut from = run.tag.lang_from.iter().peekable();
    for g in run.glyphs {
        if let Some((_, lang)) = from.next_if(|(start, _)| g.cluster >= *start) {
            if !current.glyphs.is_empty() {
                out.push(current.clone());
            }
            current = rest.clone();
            current.tag.lang = (lang != doc_lang).then(|| lang.clone());
        }
        current.glyphs.push(g);
    }
    out.push(current);
    // Each part's box runs from its first glyph to the next part's.
    let right = run.bounds.right();
    for i in 0..out.len() {
        let x = out[i].glyphs.first().map_or(run.bounds.x, |g| g.x);
        let end = out
            .get(i + 1)
            .and_then(|n| n.glyphs.first())
            .map_or(right, |g| g.x);
        out[i].bounds.x = x;
        out[i].bounds.width = (end - x).max(0.0);
    }
    out
}

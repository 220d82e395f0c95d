//! Composition: every block of every panel resolved, typeset and stacked in
//! its panel's safe area, plus backgrounds and printer's marks — the whole
//! [`Document`] as plain data.
//!
//! A problem in one panel does not hide the others: all errors of a leaflet
//! are collected so a translator sees them in one run.

pub mod frame;
pub mod proof;
pub mod qr;
pub mod screen;
pub mod shape;
pub mod typeset;

use crate::color::{area_color, text_color, Cmyk};
use crate::diag::error::{Error, OverflowError};
use crate::layout::frame::{
    pt_to_mm, AutoFit, BlockMark, Document, Fill, Item, LinkArea, Page, PanelArea, Picture,
    ProofMarks, Rect, Section, Sheet, Stroke,
};
use crate::layout::qr::QrCache;
use crate::layout::shape::ShapeCache;
use crate::layout::typeset::{set_paragraph, Measure, SetParagraph, Span, TypesetError};
use crate::load::fonts::FontSet;
use crate::load::layouts::{Block, Layout, LinkRef, Panel, Style, TextRef};
use crate::load::links::{Link, Links};
use crate::load::locale::{Catalog, Resolver, Variables};

/// Everything a leaflet is made from.
pub struct Inputs<'a> {
    pub layout: &'a Layout,
    pub catalog: &'a Catalog,
    /// The source locale, used for messages `catalog` lacks or cannot
    /// format; `None` makes every such message an error.
    pub fallback: Option<&'a Catalog>,
    /// Values for the messages' `$variables` (the office).
    pub variables: &'a Variables,
    pub links: &'a Links,
    pub fonts: &'a FontSet,
    pub shapes: &'a ShapeCache,
    pub qr: &'a QrCache,
}

/// Marks: length and distance from the trim (beyond the bleed), in mm.
const MARK_LENGTH: f32 = 5.0;
const MARK_GAP: f32 = 0.5;
/// Hairline for marks, in pt.
const MARK_WIDTH: f32 = 0.25;
/// Bullet marker; Noto Sans has it in every weight.
const BULLET: &str = "•";

/// Lays out one leaflet. On failure returns every error found.
pub fn compose(inputs: &Inputs) -> Result<Document, Vec<Error>> {
    let layout = inputs.layout;
    let sheet = Sheet {
        trim_width: layout.trim.width,
        trim_height: layout.trim.height,
        bleed: layout.bleed,
        marks_margin: layout.marks_margin,
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut resolver = Resolver::new(inputs.catalog, inputs.fallback, inputs.variables);
    let title = resolver
        .text(&TextRef::bare("leaflet-title"), None)
        .unwrap_or_else(|e| {
            errors.push(e);
            String::new()
        });
    let mut pages = Vec::new();
    let mut sections = Vec::new();
    let mut proof_marks = ProofMarks::default();
    for (page_index, page) in layout.pages.iter().enumerate() {
        let mut items = Vec::new();
        let mut panels = Vec::new();
        for panel in &page.panels {
            let area = Rect::new(panel.x, 0.0, panel.width, sheet.trim_height);
            let m = layout.safe_margin;
            let safe = Rect::new(area.x + m, m, area.width - 2.0 * m, area.height - 2.0 * m);
            if let Some(color) = panel.background {
                items.push(Item::Fill(Fill {
                    rect: background_rect(&sheet, &area),
                    color: area_color(color),
                }));
            }
            let mut composer = PanelComposer {
                inputs,
                panel,
                page_name: &page.name,
                safe,
                errors: &mut errors,
                warnings: &mut warnings,
                resolver: &mut resolver,
                page_index,
                sections: &mut sections,
                marks: &mut proof_marks,
                scale: 1.0,
            };
            items.extend(composer.compose());
            panels.push(PanelArea {
                name: panel.name.clone(),
                area,
                safe,
            });
        }
        let folds: Vec<f32> = page.panels.iter().skip(1).map(|p| p.x).collect();
        let furniture = marks(&sheet, &folds);
        pages.push(Page {
            name: page.name.clone(),
            sheet,
            panels,
            folds,
            items,
            furniture,
        });
    }
    if !resolver.drafts.is_empty() || !resolver.fallbacks.is_empty() {
        match draft_marks(inputs, &pages) {
            Ok(marks) => {
                for (page, mark) in pages.iter_mut().zip(marks) {
                    page.furniture.extend(mark);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(Document {
            title,
            lang: inputs.catalog.code.clone(),
            pages,
            warnings,
            drafts: resolver.drafts,
            fallbacks: resolver.fallbacks,
            sections,
            marks: proof_marks,
            embed_profile: inputs.layout.embed_profile,
        })
    } else {
        Err(errors)
    }
}

/// "DRAFT / BẢN NHÁP" (the layout's `draft_mark`) in the top margin of
/// every panel, on every page: a leaflet with unreviewed or fallback text
/// must not pass for a final one.
fn draft_marks(inputs: &Inputs, pages: &[Page]) -> Result<Vec<Vec<Item>>, Error> {
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
    };
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
                Error::Setup(format!(
                    "the layout's draft_mark `{}` does not fit a panel or the bold font",
                    span.text
                ))
            })?;
            // White on a red label, so it shows on any background.
            let mut label: Option<Rect> = None;
            let mut texts = Vec::new();
            for mut item in p.items {
                item.translate(panel.area.x, DRAFT_MARK_TOP);
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
/// the trim (not across folds).
fn background_rect(sheet: &Sheet, area: &Rect) -> Rect {
    let b = sheet.bleed;
    let left = if area.x <= 0.001 { area.x - b } else { area.x };
    let right = if area.right() >= sheet.trim_width - 0.001 {
        area.right() + b
    } else {
        area.right()
    };
    Rect::new(left, -b, right - left, area.height + 2.0 * b)
}

/// Crop marks at the four corners and dashed fold marks above and below
/// each fold, all outside the bleed.
fn marks(sheet: &Sheet, folds: &[f32]) -> Vec<Item> {
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

/// A block typeset at the top of its column, before stacking.
struct BlockFrame {
    items: Vec<Item>,
    height: f32,
    space_before: f32,
    space_after: f32,
    /// A `fill` spacer: its height is whatever the panel has left.
    fill: bool,
    /// A heading's text, for the outline.
    section: Option<String>,
}

/// Auto-fit shrinks text in steps of this fraction of its size.
const AUTOFIT_STEP: f32 = 0.025;

/// Total height of blocks stacked with their spacing.
fn stacked_height(frames: &[BlockFrame]) -> f32 {
    let mut total = 0.0;
    for (i, f) in frames.iter().enumerate() {
        if i > 0 {
            total += frames[i - 1].space_after.max(f.space_before);
        }
        total += f.height;
    }
    total
}

/// The messages a block shows, in order, without repeats.
fn block_messages(items: &[Item]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if let Item::Text(run) = item {
            if !out.contains(&run.message) {
                out.push(run.message.clone());
            }
        }
    }
    out
}

struct PanelComposer<'a, 'i> {
    inputs: &'a Inputs<'i>,
    resolver: &'a mut Resolver<'i>,
    panel: &'a Panel,
    page_name: &'a str,
    page_index: usize,
    safe: Rect,
    errors: &'a mut Vec<Error>,
    warnings: &'a mut Vec<String>,
    sections: &'a mut Vec<Section>,
    marks: &'a mut ProofMarks,
    /// Auto-fit scale of the text (1 = as designed).
    scale: f32,
}

impl PanelComposer<'_, '_> {
    fn compose(&mut self) -> Vec<Item> {
        let error_count = self.errors.len();
        let mut frames = self.frames();
        if self.errors.len() > error_count {
            return Vec::new();
        }
        // Auto-fit: shrink this panel's text in small steps until it fits,
        // never below the layout's minimum size.
        let mut spare = self.safe.height - stacked_height(&frames);
        let floor = self.autofit_floor();
        while spare < -0.05 && self.scale - AUTOFIT_STEP >= floor - 1e-4 {
            self.scale -= AUTOFIT_STEP;
            let (mut errors, mut warnings) = (Vec::new(), Vec::new());
            std::mem::swap(self.errors, &mut errors);
            std::mem::swap(self.warnings, &mut warnings);
            let trial = self.frames();
            std::mem::swap(self.errors, &mut errors);
            std::mem::swap(self.warnings, &mut warnings);
            if !errors.is_empty() {
                break;
            }
            spare = self.safe.height - stacked_height(&trial);
            frames = trial;
        }
        if spare < -0.05 {
            self.errors.push(Error::Overflow(Box::new(OverflowError {
                layout: self.inputs.layout.name.clone(),
                locale: self.inputs.catalog.code.clone(),
                page: self.page_name.to_string(),
                panel: self.panel.name.clone(),
                overflow_mm: -spare,
                messages: self.panel.message_ids(),
            })));
            return Vec::new();
        }
        if self.scale < 1.0 {
            self.marks.autofits.push(AutoFit {
                page: self.page_index,
                panel: self.panel.name.clone(),
                scale: self.scale,
            });
            self.warnings.push(format!(
                "panel `{}`: text reduced to {:.1} % to fit",
                self.panel.name,
                self.scale * 100.0
            ));
        }
        let mut items = Vec::new();
        let mut y = self.safe.y;
        let mut previous_space_after = None;
        for f in frames {
            if let Some(after) = previous_space_after {
                y += f.space_before.max(after);
            }
            if f.fill {
                y += spare.max(0.0);
            }
            let messages = block_messages(&f.items);
            if !messages.is_empty() {
                let fallback = messages
                    .iter()
                    .any(|m| self.resolver.fallbacks.contains_key(m));
                self.marks.blocks.push(BlockMark {
                    page: self.page_index,
                    panel: self.panel.name.clone(),
                    rect: Rect::new(self.safe.x, y, self.safe.width, f.height),
                    messages,
                    fallback,
                });
            }
            if let Some(title) = f.section {
                self.sections.push(Section {
                    title,
                    page: self.page_index,
                    panel: self.panel.name.clone(),
                    top: y,
                });
            }
            for mut item in f.items {
                item.translate(self.safe.x, y);
                items.push(item);
            }
            y += f.height;
            previous_space_after = Some(f.space_after);
        }
        items
    }

    /// Every block typeset at the current scale.
    fn frames(&mut self) -> Vec<BlockFrame> {
        let mut frames = Vec::new();
        for block in &self.panel.blocks {
            if let Some(frame) = self.block(block) {
                frames.push(frame);
            }
        }
        frames
    }

    /// The smallest scale auto-fit may use: where the panel's body text
    /// (paragraphs, lists, steps) reaches the layout's minimum size.
    fn autofit_floor(&self) -> f32 {
        let body = self
            .panel
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { style, .. }
                | Block::Bullets { style, .. }
                | Block::Steps { style, .. }
                | Block::LinkList { style, .. } => Some(style.size),
                _ => None,
            })
            .fold(f32::INFINITY, f32::min);
        if body.is_finite() {
            (self.inputs.layout.min_size / body).min(1.0)
        } else {
            1.0
        }
    }

    /// `block` with its styles at the panel's auto-fit scale.
    fn scaled_block(&self, block: &Block) -> Block {
        let mut b = block.clone();
        if self.scale >= 1.0 {
            return b;
        }
        match &mut b {
            Block::Heading { style, .. }
            | Block::Paragraph { style, .. }
            | Block::Bullets { style, .. }
            | Block::Steps { style, .. } => *style = self.scaled(style),
            Block::Qr {
                style, url_style, ..
            }
            | Block::LinkList {
                style, url_style, ..
            } => {
                *style = self.scaled(style);
                *url_style = self.scaled(url_style);
            }
            Block::Spacer { .. } | Block::Image { .. } => {}
        }
        b
    }

    /// `style` at the panel's auto-fit scale: size, leading and spacing
    /// shrink together; no size goes below the layout's minimum.
    fn scaled(&self, style: &Style) -> Style {
        if self.scale >= 1.0 {
            return style.clone();
        }
        let size = (style.size * self.scale).max(self.inputs.layout.min_size.min(style.size));
        let ratio = size / style.size;
        Style {
            size,
            leading: style.leading * ratio,
            space_before: style.space_before * self.scale,
            space_after: style.space_after * self.scale,
            ..style.clone()
        }
    }

    fn typeset_error(&mut self, e: TypesetError) {
        let locale = self.inputs.catalog.code.clone();
        self.errors.push(match e {
            TypesetError::MissingGlyph {
                character,
                message,
                face,
            } => Error::MissingGlyph {
                character,
                locale,
                id: message,
                font: self.inputs.fonts.face(face).name.clone(),
            },
            TypesetError::WordTooWide {
                word,
                message,
                excess_mm,
            } => Error::WordTooWide {
                locale,
                id: message,
                word,
                panel: self.panel.name.clone(),
                excess_mm,
            },
        });
    }

    fn text(&mut self, r: &TextRef) -> Option<String> {
        self.resolver
            .text(r, None)
            .map_err(|e| self.errors.push(e))
            .ok()
    }

    fn span(&self, text: String, style: &Style, font: &str, message: &str) -> Span {
        Span {
            text,
            face: self
                .inputs
                .fonts
                .id(font)
                .expect("layout check guarantees the font key exists"),
            size: style.size,
            color: text_color(style.color, style.size),
            message: message.to_string(),
        }
    }

    fn set(
        &mut self,
        spans: &[Span],
        style: &Style,
        width: f32,
        indent: f32,
    ) -> Option<SetParagraph> {
        let measure = Measure {
            width,
            first_indent: indent,
            indent,
            leading: style.leading,
            align: style.align,
        };
        set_paragraph(
            self.inputs.fonts,
            self.inputs.shapes,
            spans,
            measure,
            &self.inputs.catalog.code,
        )
        .map_err(|e| self.typeset_error(e))
        .ok()
    }

    fn block(&mut self, block: &Block) -> Option<BlockFrame> {
        let block = &self.scaled_block(block);
        let width = self.safe.width;
        match block {
            Block::Heading { text, style } | Block::Paragraph { text, style } => {
                let t = self.text(text)?;
                let section = matches!(block, Block::Heading { .. }).then(|| t.clone());
                let span = self.span(t, style, &style.font, &text.display());
                let p = self.set(&[span], style, width, 0.0)?;
                Some(BlockFrame {
                    section,
                    ..frame(p.items, p.height, style)
                })
            }
            Block::Bullets { items, style } => {
                let mut list = ListFrame::default();
                for item in items {
                    let spans = self.titled_spans(item, style, None)?;
                    let p = self.set(&spans, style, width, style.indent)?;
                    let marker = self.span(BULLET.into(), style, &style.font, &item.display());
                    let m = self.set(&[marker], style, width, 0.0)?;
                    list.push(p, m.items, style);
                }
                Some(list.finish(style))
            }
            Block::Steps {
                items,
                lead,
                start,
                style,
            } => {
                let mut list = ListFrame::default();
                for (n, item) in items.iter().enumerate() {
                    let number = start + n as u32;
                    let lead_text = self
                        .resolver
                        .text(lead, Some(("number", number)))
                        .map_err(|e| self.errors.push(e))
                        .ok()?;
                    let spans = self.titled_spans(item, style, Some((lead_text, lead)))?;
                    let p = self.set(&spans, style, width, 0.0)?;
                    list.push(p, Vec::new(), style);
                }
                Some(list.finish(style))
            }
            Block::Qr {
                links,
                columns,
                size,
                style,
                url_style,
            } => self.qr_grid(links, *columns, *size, style, url_style),
            Block::LinkList {
                links,
                style,
                url_style,
            } => {
                let mut list = ListFrame::default();
                for r in links {
                    let link = self.link(r)?;
                    let (items, height) = self.link_caption(&link, style, url_style, width)?;
                    list.push_raw(items, height, style);
                }
                Some(list.finish(style))
            }
            Block::Image { path, width, at } => {
                let picture = match crate::load::image::load_grey(path) {
                    Ok(p) => p,
                    Err(message) => {
                        self.errors.push(Error::Layout {
                            location: at.clone(),
                            message: format!("{}: {message}", path.display()),
                        });
                        return None;
                    }
                };
                let width = width.min(self.safe.width);
                let height = width * picture.height_px as f32 / picture.width_px as f32;
                let rect = Rect::new((self.safe.width - width) / 2.0, 0.0, width, height);
                Some(BlockFrame {
                    items: vec![Item::Image(Picture {
                        rect,
                        width_px: picture.width_px,
                        height_px: picture.height_px,
                        grey: picture.grey,
                    })],
                    height,
                    space_before: 0.0,
                    space_after: 0.0,
                    fill: false,
                    section: None,
                })
            }
            Block::Spacer { height, fill } => Some(BlockFrame {
                items: Vec::new(),
                height: *height,
                space_before: 0.0,
                space_after: 0.0,
                fill: *fill,
                section: None,
            }),
        }
    }

    /// `[lead] [title] value`: the lead (e.g. "Bước 1:") and the message's
    /// optional `.title` attribute in the lead font, the value in the body font.
    fn titled_spans(
        &mut self,
        item: &TextRef,
        style: &Style,
        lead: Option<(String, &TextRef)>,
    ) -> Option<Vec<Span>> {
        let mut spans = Vec::new();
        if let Some((text, r)) = lead {
            spans.push(self.span(text + " ", style, &style.lead_font, &r.display()));
        }
        if item.attribute.is_none() && self.resolver.has_attribute(&item.id, "title") {
            let title_ref = TextRef {
                attribute: Some("title".into()),
                ..item.clone()
            };
            let title = self.text(&title_ref)?;
            spans.push(self.span(title + " ", style, &style.lead_font, &title_ref.display()));
        }
        let value = self.text(item)?;
        spans.push(self.span(value, style, &style.font, &item.display()));
        Some(spans)
    }

    fn link(&mut self, r: &LinkRef) -> Option<Link> {
        match self.inputs.links.by_id.get(&r.id) {
            Some(link) => Some(link.clone()),
            None => {
                self.errors.push(Error::Layout {
                    location: r.at.clone(),
                    message: format!("unknown link `{}`: add it to links.toml", r.id),
                });
                None
            }
        }
    }

    /// A link's name and either its printed URL (clickable) or, when the
    /// URL is unknown, its hint. Returns items relative to (0, 0) and height.
    fn link_caption(
        &mut self,
        link: &Link,
        style: &Style,
        url_style: &Style,
        width: f32,
    ) -> Option<(Vec<Item>, f32)> {
        let name_ref = message_ref(&link.name_message, &link.defined_at);
        let name = self.text(&name_ref)?;
        let name_span = self.span(name, style, &style.font, &link.name_message);
        let p = self.set(&[name_span], style, width, 0.0)?;
        let mut items = p.items;
        let mut height = p.height;
        let second = match (&link.url, link.printed_url()) {
            (Some(url), Some(printed)) => Some((
                printed.to_string(),
                link.name_message.clone(),
                Some(url.clone()),
            )),
            _ => {
                self.warnings.push(format!(
                    "link `{}` has no URL: printing its name with a hint instead of a QR code",
                    link.id
                ));
                match &link.hint_message {
                    Some(hint) => {
                        let t = self.text(&message_ref(hint, &link.defined_at))?;
                        Some((t, hint.clone(), None))
                    }
                    None => None,
                }
            }
        };
        if let Some((text, message, url)) = second {
            let span = self.span(text, url_style, &url_style.font, &message);
            let q = self.set(&[span], url_style, width, 0.0)?;
            // Baseline to baseline: the second line's leading.
            let dy = p.last_baseline + pt_to_mm(url_style.leading) - q.first_baseline;
            let mut bounds: Option<Rect> = None;
            for mut item in q.items {
                item.translate(0.0, dy);
                if let Item::Text(run) = &item {
                    bounds = Some(bounds.map_or(run.bounds, |b| b.union(&run.bounds)));
                }
                items.push(item);
            }
            if let (Some(url), Some(b)) = (url, bounds) {
                items.push(Item::Link(LinkArea { rect: b, url }));
            }
            height = dy + q.height;
        }
        Some((items, height))
    }

    fn qr_grid(
        &mut self,
        links: &[LinkRef],
        columns: u32,
        size: f32,
        style: &Style,
        url_style: &Style,
    ) -> Option<BlockFrame> {
        let columns = columns as usize;
        let cell = self.safe.width / columns as f32;
        if size > cell + 0.001 {
            self.errors.push(Error::Layout {
                location: links[0].at.clone(),
                message: format!(
                    "QR codes of {size} mm do not fit {columns} per row in panel `{}` ({:.1} mm per column)",
                    self.panel.name, cell
                ),
            });
            return None;
        }
        let mut items = Vec::new();
        let mut y = 0.0;
        for (row_index, row) in links.chunks(columns).enumerate() {
            if row_index > 0 {
                y += style.space_after.max(style.space_before);
            }
            // Symbols first: captions start below the row's tallest code,
            // and codes with smaller quiet zones are centred on it.
            let mut symbols = Vec::new();
            for r in row {
                let link = self.link(r)?;
                let symbol = match &link.url {
                    Some(url) => {
                        let Some(symbol) = qr::symbol(self.inputs.qr, url, 0.0, 0.0, size) else {
                            self.errors.push(Error::Layout {
                                location: link.defined_at.clone(),
                                message: format!("link `{}`: URL too long for a QR code", link.id),
                            });
                            return None;
                        };
                        // The quiet zone comes on top of the printed size.
                        let total = symbol.bounds.width;
                        if total > cell + 0.001 {
                            self.errors.push(Error::Layout {
                                location: r.at.clone(),
                                message: format!(
                                    "a {size} mm QR code with its quiet zone is {total:.1} mm wide, more than the {cell:.1} mm column of panel `{}`",
                                    self.panel.name
                                ),
                            });
                            return None;
                        }
                        Some((symbol, url.clone()))
                    }
                    None => None,
                };
                symbols.push((link, symbol));
            }
            let code_height = symbols
                .iter()
                .filter_map(|(_, s)| s.as_ref().map(|(q, _)| q.bounds.height))
                .fold(0.0, f32::max);
            let mut row_height: f32 = 0.0;
            for (col, (link, symbol)) in symbols.into_iter().enumerate() {
                let x = col as f32 * cell;
                if let Some((symbol, url)) = symbol {
                    let total = symbol.bounds.width;
                    let mut qr = Item::Qr(symbol);
                    qr.translate(x + (cell - total) / 2.0, y + (code_height - total) / 2.0);
                    if let Some(rect) = qr.bounds() {
                        items.push(Item::Link(LinkArea { rect, url }));
                    }
                    items.push(qr);
                }
                let (caption, ch) = self.link_caption(&link, style, url_style, cell - 1.0)?;
                for mut item in caption {
                    item.translate(x + 0.5, y + code_height);
                    items.push(item);
                }
                row_height = row_height.max(code_height + ch);
            }
            y += row_height;
        }
        Some(BlockFrame {
            items,
            height: y,
            space_before: style.space_before,
            space_after: style.space_after,
            fill: false,
            section: None,
        })
    }
}

fn message_ref(id: &str, at: &crate::diag::location::Location) -> TextRef {
    TextRef {
        id: id.to_string(),
        attribute: None,
        at: at.clone(),
    }
}

fn frame(items: Vec<Item>, height: f32, style: &Style) -> BlockFrame {
    BlockFrame {
        items,
        height,
        space_before: style.space_before,
        space_after: style.space_after,
        fill: false,
        section: None,
    }
}

/// Items of a list stacked with the style's spacing between them.
#[derive(Default)]
struct ListFrame {
    items: Vec<Item>,
    height: f32,
    count: usize,
}

impl ListFrame {
    fn push(&mut self, p: SetParagraph, marker: Vec<Item>, style: &Style) {
        let mut items = p.items;
        items.extend(marker);
        self.push_raw(items, p.height, style);
    }

    fn push_raw(&mut self, items: Vec<Item>, height: f32, style: &Style) {
        if self.count > 0 {
            self.height += style.space_after.max(style.space_before);
        }
        for mut item in items {
            item.translate(0.0, self.height);
            self.items.push(item);
        }
        self.height += height;
        self.count += 1;
    }

    fn finish(self, style: &Style) -> BlockFrame {
        frame(self.items, self.height, style)
    }
}

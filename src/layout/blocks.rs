//! Each kind of block typeset on its own, relative to its column's top
//! left corner: headings and paragraphs, bullet and step lists, link lists,
//! pictures and icons (QR grids are in `qr_grid`, icon shapes in `icon`).

use crate::color::text_color;
use crate::diag::{Code, Finding};
use crate::layout::frame::{pt_to_mm, Item, LinkArea, Picture, Rect, Role, Tag};
use crate::layout::icon;
use crate::layout::panel::{BlockFrame, PanelComposer};
use crate::layout::typeset::{SetParagraph, Span};
use crate::load::layouts::{Align, Block, BlockIcon, LinkRef, Style, TextRef};
use crate::load::links::Link;
use crate::msg;

/// Bullet marker; Noto Sans has it in every weight.
const BULLET: &str = "•";

impl PanelComposer<'_, '_> {
    pub(super) fn block(&mut self, block: &Block) -> Option<BlockFrame> {
        let block = &self.scaled_block(block);
        let width = self.safe.width;
        match block {
            Block::Heading { text, style, .. } | Block::Paragraph { text, style } => {
                let icon = match block {
                    Block::Heading { icon, .. } => icon.as_ref(),
                    _ => None,
                };
                let t = self.text(text)?;
                let level = match block {
                    Block::Heading { .. } => Some(self.inputs.layout.heading_level(&style.name)),
                    _ => None,
                };
                let section = level.map(|level| (t.clone(), level));
                let role = level.map_or(Role::Paragraph, Role::Heading);
                let span = self.span(t, style, &style.font, &text.display()).role(role);
                let indent = icon.map_or(0.0, |_| style.icon_size + style.icon_gap);
                let spans = [span];
                let mut p = self.set(&spans, style, width, indent)?;
                if section.is_some() {
                    p = self.balanced(p, &spans, style, width, indent);
                }
                let (items, height) = match icon {
                    Some(icon) => self.icon_beside(p, icon, style),
                    None => (p.items, p.height),
                };
                Some(BlockFrame {
                    section,
                    ..frame(items, height, style)
                })
            }
            Block::Bullets {
                items,
                style,
                icons,
            } => {
                let mut list = ListFrame::default();
                // Icons take the bullets' place; the text clears them.
                let indent = match icons.is_empty() {
                    true => style.indent,
                    false => style.indent.max(style.icon_size + style.icon_gap),
                };
                for (n, item) in items.iter().enumerate() {
                    let spans = self.titled_spans(item, style, None, n as u16)?;
                    let p = self.set(&spans, style, width, indent)?;
                    match icons.get(n) {
                        Some(icon) => {
                            let (items, height) = self.icon_beside(p, icon, style);
                            list.push_raw(items, height, style);
                        }
                        None => {
                            let marker = self
                                .span(BULLET.into(), style, &style.font, &item.display())
                                .role(Role::ListLabel(n as u16));
                            let m = self.set(&[marker], style, width, 0.0)?;
                            list.push(p, m.items, style);
                        }
                    }
                }
                Some(list.finish(style))
            }
            Block::Icon { icon, size, style } => {
                let size = size.min(width);
                let x = match style.align {
                    Align::Left => 0.0,
                    Align::Center => (width - size) / 2.0,
                    Align::Right => width - size,
                };
                let color = icon.color.unwrap_or(style.color);
                let items = icon::place(&icon.icon, x, 0.0, size, color);
                Some(frame(items, size, style))
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
                        .map_err(|e| self.errors.push(*e))
                        .ok()?;
                    let spans =
                        self.titled_spans(item, style, Some((lead_text, lead)), n as u16)?;
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
                hint_style,
            } => {
                let mut list = ListFrame::default();
                for (n, r) in links.iter().enumerate() {
                    let link = self.link(r)?;
                    let styles = [style, url_style, hint_style];
                    let (items, height) = self.link_caption(&link, styles, width, n as u16)?;
                    list.push_raw(items, height, style);
                }
                Some(list.finish(style))
            }
            Block::Image { path, width, .. } => {
                let picture = match self.inputs.images.get(path) {
                    Some(Ok(p)) => p.clone(),
                    Some(Err(finding)) => {
                        self.errors.push(finding.clone());
                        return None;
                    }
                    None => {
                        self.errors.push(Finding::new(
                            Code::Internal,
                            msg!("image-not-loaded", path = path),
                        ));
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

    /// `p` with `icon` before its first line, in the icon's colour or the
    /// text's.
    fn icon_beside(&self, p: SetParagraph, icon: &BlockIcon, style: &Style) -> (Vec<Item>, f32) {
        let fonts = self.inputs.fonts;
        let face = fonts.face(
            fonts
                .id(&style.font)
                .expect("layout check guarantees the font key exists"),
        );
        let color = icon
            .color
            .unwrap_or_else(|| text_color(style.color, style.size));
        icon::beside_text(p, &icon.icon, style.icon_size, color, face, style.size)
    }

    /// `[lead] [title] value`: the lead (e.g. "Bước 1:") and the message's
    /// optional `.title` attribute in the lead font, the value in the body font.
    /// They are item `n` of a list: the lead its label, the rest its body.
    pub(super) fn titled_spans(
        &mut self,
        item: &TextRef,
        style: &Style,
        lead: Option<(String, &TextRef)>,
        n: u16,
    ) -> Option<Vec<Span>> {
        let mut spans = Vec::new();
        if let Some((text, r)) = lead {
            let span = self.span(text + " ", style, &style.lead_font, &r.display());
            spans.push(span.role(Role::ListLabel(n)));
        }
        if item.attribute.is_none() && self.resolver.has_attribute(&item.id, "title") {
            let title_ref = TextRef {
                attribute: Some("title".into()),
                ..item.clone()
            };
            let title = self.text(&title_ref)?;
            let span = self.span(title + " ", style, &style.lead_font, &title_ref.display());
            spans.push(span.role(Role::ListBody(n)));
        }
        let value = self.text(item)?;
        let span = self.span(value, style, &style.font, &item.display());
        spans.push(span.role(Role::ListBody(n)));
        Some(spans)
    }

    pub(super) fn link(&mut self, r: &LinkRef) -> Option<Link> {
        match self.inputs.links.by_id.get(&r.id) {
            Some(link) => Some(link.clone()),
            None => {
                self.errors.push(
                    Finding::new(Code::UnknownLink, msg!("unknown-link", link = &r.id))
                        .at_location(&r.at)
                        .help(msg!("help-unknown-link")),
                );
                None
            }
        }
    }

    /// A link's name and either its printed URL (clickable) or, when the
    /// URL is unknown, its hint: entry `n` of a list of links. `styles`: of
    /// the name, the URL and the hint. Returns items relative to (0, 0) and
    /// height.
    pub(super) fn link_caption(
        &mut self,
        link: &Link,
        [style, url_style, hint_style]: [&Style; 3],
        width: f32,
        n: u16,
    ) -> Option<(Vec<Item>, f32)> {
        let name_ref = message_ref(&link.name_message, &link.defined_at);
        let name = self.text(&name_ref)?;
        let name_span = self
            .span(name, style, &style.font, &link.name_message)
            .role(Role::LinkName(n));
        let p = self.set(&[name_span], style, width, 0.0)?;
        let mut items = p.items;
        let mut height = p.height;
        let second = match (&link.url, link.printed_url()) {
            (Some(url), Some(printed)) => Some((
                printed.to_string(),
                link.name_message.clone(),
                Some(url.clone()),
            )),
            // An unknown address (reported once per office, where the
            // office's links are filled in): its hint stands in.
            _ => match &link.hint_message {
                Some(hint) => {
                    let t = self.text(&message_ref(hint, &link.defined_at))?;
                    Some((t, hint.clone(), None))
                }
                None => None,
            },
        };
        if let Some((text, message, url)) = second {
            let url_style = if url.is_some() { url_style } else { hint_style };
            // The address is read as the link; a hint as plain text.
            let role = match url {
                Some(_) => Role::LinkAddress(n),
                None => Role::LinkHint(n),
            };
            let span = self
                .span(text, url_style, &url_style.font, &message)
                .role(role);
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
                items.push(Item::Link(LinkArea {
                    rect: b,
                    url,
                    tag: Tag {
                        role: Role::LinkAddress(n),
                        ..Tag::default()
                    },
                }));
            }
            height = dy + q.height;
        }
        Some((items, height))
    }

    /// A heading set again a little narrower when its last line would be a
    /// single word ("GIA" alone under "… TỈNH"): as many lines, the words
    /// shared out more evenly. Left as it was when no narrower measure
    /// keeps the number of lines.
    fn balanced(
        &self,
        p: SetParagraph,
        spans: &[Span],
        style: &Style,
        width: f32,
        indent: f32,
    ) -> SetParagraph {
        if p.lines < 2 || last_line_words(&p) >= 2 {
            return p;
        }
        let mut narrower = width;
        while narrower > width * 0.6 {
            narrower -= 1.0;
            // Set quietly: a measure too narrow for a word is no error here.
            let measure = crate::layout::typeset::Measure {
                width: narrower,
                first_indent: indent,
                indent,
                leading: style.leading,
                align: style.align,
            };
            let Ok(q) = crate::layout::typeset::set_paragraph(
                self.inputs.fonts,
                self.inputs.shapes,
                spans,
                measure,
                &self.inputs.catalog.code,
            ) else {
                break;
            };
            if q.lines > p.lines {
                break;
            }
            if last_line_words(&q) >= 2 {
                return q;
            }
        }
        p
    }
}

pub(super) fn message_ref(id: &str, at: &crate::diag::location::Location) -> TextRef {
    TextRef {
        id: id.to_string(),
        attribute: None,
        at: at.clone(),
    }
}

pub(super) fn frame(items: Vec<Item>, height: f32, style: &Style) -> BlockFrame {
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
pub(super) struct ListFrame {
    items: Vec<Item>,
    height: f32,
    count: usize,
}

impl ListFrame {
    pub(super) fn push(&mut self, p: SetParagraph, marker: Vec<Item>, style: &Style) {
        let mut items = p.items;
        items.extend(marker);
        self.push_raw(items, p.height, style);
    }

    pub(super) fn push_raw(&mut self, items: Vec<Item>, height: f32, style: &Style) {
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

    pub(super) fn finish(self, style: &Style) -> BlockFrame {
        frame(self.items, self.height, style)
    }
}

/// How many words the last line of a set paragraph has.
fn last_line_words(p: &SetParagraph) -> usize {
    let runs: Vec<&crate::layout::frame::GlyphRun> = p
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(run) => Some(run),
            _ => None,
        })
        .collect();
    let Some(last) = runs
        .iter()
        .filter_map(|r| r.glyphs.first().map(|g| g.y))
        .reduce(f32::max)
    else {
        return 0;
    };
    runs.iter()
        .filter(|r| r.glyphs.first().is_some_and(|g| (g.y - last).abs() < 0.01))
        .map(|r| r.text())
        .collect::<Vec<_>>()
        .join("")
        .split_whitespace()
        .count()
}

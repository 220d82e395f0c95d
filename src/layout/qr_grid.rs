//! QR codes in a grid, each with its link's name and printed address under
//! it; codes of one row share a baseline for their captions.

use crate::diag::{Code, Finding};
use crate::i18n::Arg;
use crate::layout::blocks::message_ref;
use crate::layout::frame::{Item, LinkArea, Role, Tag};
use crate::layout::panel::{BlockFrame, PanelComposer};
use crate::layout::qr;
use crate::load::layouts::{LinkRef, Style};
use crate::msg;

impl PanelComposer<'_, '_> {
    pub(super) fn qr_grid(
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
            self.errors.push(
                Finding::new(
                    Code::Layout,
                    msg!(
                        "qr-columns-too-narrow",
                        size = Arg::mm(size),
                        columns = columns,
                        panel = &self.panel.name,
                        cell = Arg::mm(cell)
                    ),
                )
                .at_location(&links[0].at),
            );
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
                            self.errors.push(
                                Finding::new(
                                    Code::Layout,
                                    msg!("qr-url-too-long", link = &link.id),
                                )
                                .at_location(&link.defined_at),
                            );
                            return None;
                        };
                        // The quiet zone comes on top of the printed size.
                        let total = symbol.bounds.width;
                        if total > cell + 0.001 {
                            self.errors.push(
                                Finding::new(
                                    Code::Layout,
                                    msg!(
                                        "qr-quiet-zone-too-wide",
                                        size = Arg::mm(size),
                                        total = Arg::mm(total),
                                        cell = Arg::mm(cell),
                                        panel = &self.panel.name
                                    ),
                                )
                                .at_location(&r.at),
                            );
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
                let entry = (row_index * columns + col) as u16;
                if let Some((mut symbol, url)) = symbol {
                    let total = symbol.bounds.width;
                    // What a screen reader says for the code: the site
                    // and its address, as the caption prints them.
                    let name = self.text(&message_ref(&link.name_message, &link.defined_at))?;
                    let alt = match link.printed_url() {
                        Some(printed) => format!("{name}: {printed}"),
                        None => name,
                    };
                    let tag = Tag {
                        role: Role::LinkCode { entry, alt },
                        ..Tag::default()
                    };
                    symbol.tag = tag.clone();
                    let mut qr = Item::Qr(symbol);
                    qr.translate(x + (cell - total) / 2.0, y + (code_height - total) / 2.0);
                    if let Some(rect) = qr.bounds() {
                        items.push(Item::Link(LinkArea { rect, url, tag }));
                    }
                    items.push(qr);
                }
                let (caption, ch) =
                    self.link_caption(&link, [style, url_style, url_style], cell - 1.0, entry)?;
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

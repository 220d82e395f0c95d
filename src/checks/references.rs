//! What a layout and the link table name: messages the source must define
//! and links `links.toml` must have.

use crate::diag::{Code, Finding};
use crate::load::layouts::Layout;
use crate::load::links::Links;
use crate::load::locale::{Catalog, SOURCE_LOCALE};
use crate::msg;

/// Layout references to messages and links that do not exist.
pub fn layout(layout: &Layout, source: &Catalog, links: Option<&Links>) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in layout.text_refs() {
        if !source.has(&r.id, r.attribute.as_deref()) {
            out.push(
                Finding::new(
                    Code::UnknownReference,
                    msg!("unknown-reference", id = r.display()),
                )
                .at_location(&r.at)
                .locale(SOURCE_LOCALE)
                .message_id(&r.display())
                .help(msg!("help-unknown-reference", locale = SOURCE_LOCALE)),
            );
        }
    }
    let Some(links) = links else { return out };
    for r in layout.link_refs() {
        let Some(link) = links.by_id.get(&r.id) else {
            out.push(
                Finding::new(Code::UnknownLink, msg!("unknown-link", link = &r.id))
                    .at_location(&r.at)
                    .help(msg!("help-unknown-link")),
            );
            continue;
        };
        for id in std::iter::once(&link.name_message).chain(&link.hint_message) {
            if !source.has(id, None) {
                out.push(
                    Finding::new(
                        Code::UnknownReference,
                        msg!("link-unknown-message", link = &link.id, id = id),
                    )
                    .at_location(&link.defined_at)
                    .locale(SOURCE_LOCALE)
                    .message_id(id)
                    .help(msg!("help-unknown-reference", locale = SOURCE_LOCALE)),
                );
            }
        }
    }
    out
}

/// Links of an office without an address: their name and hint are printed
/// instead of a QR code or link.
pub fn links_without_url(links: &Links) -> Vec<Finding> {
    links
        .by_id
        .values()
        .filter(|l| l.url.is_none())
        .map(|link| {
            Finding::new(
                Code::LinkWithoutUrl,
                msg!("link-without-url", link = &link.id),
            )
            .at_location(&link.defined_at)
            .help(msg!("help-link-without-url"))
        })
        .collect()
}

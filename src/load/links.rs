//! The link table (`links.toml`): every portal, Zalo official account and
//! phone number the leaflets point to, kept as data in one place.
//!
//! A link's visible name is a Fluent message, so it is translated like any
//! other text. A link may have no URL yet (the Zalo OA ids are unknown): it
//! then prints its name with a "find it in Zalo" hint instead of a QR code,
//! and the build warns. We never invent an address.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::error::Error;
use crate::diag::location::Location;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkDef {
    /// Message id of the visible name.
    name: String,
    url: Option<String>,
    /// How the address is printed, when not the URL itself (a phone number).
    display: Option<String>,
    /// Message id shown instead of a QR code while `url` is unknown.
    hint: Option<String>,
}

/// One checked link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub id: String,
    pub name_message: String,
    pub url: Option<String>,
    pub display: Option<String>,
    pub hint_message: Option<String>,
    pub defined_at: Location,
}

impl Link {
    /// The URL as printed: without the scheme, which readers need not type.
    pub fn printed_url(&self) -> Option<&str> {
        let url = self.url.as_deref()?;
        if let Some(display) = &self.display {
            return Some(display);
        }
        Some(
            url.strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"))
                .unwrap_or(url)
                .trim_end_matches('/'),
        )
    }
}

/// All links by id.
#[derive(Debug, Clone, Default)]
pub struct Links {
    pub by_id: BTreeMap<String, Link>,
}

impl Links {
    pub fn load(path: &Path) -> Result<Links, Error> {
        let text = crate::files::read_text(path)?;
        Links::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Links, Error> {
        let raw: BTreeMap<String, Spanned<LinkDef>> = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::syntax(path, text, offset, e.message().trim().to_string())
        })?;
        let mut by_id = BTreeMap::new();
        for (id, def) in raw {
            let defined_at = Location::from_offset(path, text, def.span().start);
            let def = def.into_inner();
            if let Some(url) = &def.url {
                // Addresses with `{ $variable }` are checked once filled in.
                if !url.contains('{') && !valid_url(url) {
                    return Err(Error::Layout {
                        location: defined_at,
                        message: format!(
                            "link `{id}`: `{url}` is not an https://, http://, tel: or mailto: URL"
                        ),
                    });
                }
            }
            by_id.insert(
                id.clone(),
                Link {
                    id,
                    name_message: def.name,
                    url: def.url,
                    display: def.display,
                    hint_message: def.hint,
                    defined_at,
                },
            );
        }
        Ok(Links { by_id })
    }
}

/// A URL a reader's phone can open: web, phone or mail, without spaces.
pub fn valid_url(url: &str) -> bool {
    ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .any(|scheme| url.starts_with(scheme) && url.len() > scheme.len())
        && !url.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_without_url_keeps_its_hint() {
        let links = Links::parse(
            Path::new("links.toml"),
            "[zalo]\nname = \"link-zalo\"\nhint = \"zalo-hint\"\n\n[web]\nname = \"w\"\nurl = \"https://example.gov.vn/\"\n",
        )
        .unwrap();
        assert_eq!(links.by_id["zalo"].url, None);
        assert_eq!(
            links.by_id["zalo"].hint_message.as_deref(),
            Some("zalo-hint")
        );
        assert_eq!(links.by_id["web"].printed_url(), Some("example.gov.vn"));
    }

    #[test]
    fn a_bad_url_is_reported_where_the_link_is_defined() {
        let err = Links::parse(
            Path::new("links.toml"),
            "\n[x]\nname = \"n\"\nurl = \"www.x\"\n",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("links.toml:2:1: error: link `x`"),
            "{err}"
        );
    }
}

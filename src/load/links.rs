//! The link table (`links.toml`): every portal, Zalo official account and
//! phone number the leaflets point to, kept as data in one place.
//!
//! A link's visible name is a Fluent message, so it is translated like any
//! other text. A link may have no URL yet (the Zalo OA ids are unknown): it
//! then prints its name with a "find it in Zalo" hint instead of a QR code,
//! and the build warns. We never invent an address.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Code, Error, Finding, Location};
use crate::load::locale::Variables;
use crate::msg;

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
    /// The address: as written in `links.toml` (it may hold `{ $variable }`
    /// placeholders), or, in [`Links::expand`]'s result, filled in; `None`
    /// when unknown.
    pub url: Option<String>,
    /// How the address is printed when it is not the URL itself.
    pub display: Option<String>,
    pub hint_message: Option<String>,
    pub defined_at: Location,
    /// The office variables the address and display use.
    pub variables: BTreeSet<String>,
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
#[derive(Clone, Default)]
pub struct Links {
    pub by_id: BTreeMap<String, Link>,
    /// The `url` and `display` templates as Fluent messages (`<id>.url`,
    /// `<id>.display`): fluent-bundle fills in the office's values, as it
    /// does for every other text of the leaflet.
    templates: Option<Arc<FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for Links {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Links").field("by_id", &self.by_id).finish()
    }
}

/// Why an office's values do not make a usable address.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkProblem {
    /// The template uses a variable the office does not give.
    NoValue { link: String, variable: String },
    /// The filled-in address is not one a phone can open.
    BadUrl { link: String, url: String },
    /// A variable the address needs is empty, but the address has more
    /// than empty values (`tel:`): it would be broken, not unknown.
    Empty {
        link: String,
        variables: Vec<String>,
    },
}

impl Links {
    pub fn load(path: &Path) -> Result<Links, Error> {
        let text = crate::files::read_text(path)?;
        Links::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Links, Error> {
        let raw: BTreeMap<String, Spanned<LinkDef>> =
            toml::from_str(text).map_err(|e| crate::load::toml_error(path, text, &e))?;
        let mut by_id = BTreeMap::new();
        let mut source = String::new();
        for (id, def) in raw {
            let defined_at = Location::from_offset(path, text, def.span().start);
            let def = def.into_inner();
            let mut variables = BTreeSet::new();
            for (field, template) in [("url", &def.url), ("display", &def.display)] {
                let Some(template) = template else { continue };
                let parsed = parse_template(template).ok_or_else(|| {
                    Finding::new(
                        Code::Syntax,
                        msg!("link-template", link = &id, field = field),
                    )
                    .at_location(&defined_at)
                    .help(msg!("help-link-template"))
                    .boxed()
                })?;
                variables.extend(parsed);
                source.push_str(&format!("{} = {template}\n", template_id(&id, field)));
            }
            if let Some(url) = &def.url {
                // Addresses with placeholders are checked once filled in.
                if !url.contains('{') && !valid_url(url) {
                    return Err(
                        Finding::new(Code::BadUrl, msg!("bad-url", link = &id, url = url))
                            .at_location(&defined_at)
                            .help(msg!("help-url-schemes"))
                            .boxed(),
                    );
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
                    variables,
                },
            );
        }
        let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().expect("a valid tag")]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source).map_err(|_| {
            Finding::new(Code::Syntax, msg!("link-templates"))
                .in_file(path)
                .boxed()
        })?;
        let _ = bundle.add_resource(resource);
        Ok(Links {
            by_id,
            templates: Some(Arc::new(bundle)),
        })
    }

    /// The links of one office: every address and display filled in with
    /// `variables`; an address that ends up empty is unknown (its name and
    /// hint are printed instead of a QR code).
    pub fn expand(&self, variables: &Variables) -> Result<Links, Vec<LinkProblem>> {
        let mut out = self.clone();
        let mut problems = Vec::new();
        let mut args = FluentArgs::new();
        for (name, value) in variables {
            args.set(name.as_str(), FluentValue::from(value.as_str()));
        }
        for link in out.by_id.values_mut() {
            if let Some(name) = link.variables.iter().find(|v| !variables.contains_key(*v)) {
                problems.push(LinkProblem::NoValue {
                    link: link.id.clone(),
                    variable: name.clone(),
                });
                continue;
            }
            let empty: Vec<String> = link
                .variables
                .iter()
                .filter(|v| variables[*v].trim().is_empty())
                .cloned()
                .collect();
            if let Some(url) = link.url.take() {
                let value = self.fill(&link.id, "url", &args).unwrap_or(url);
                // An address that is only empty values is unknown; one that
                // keeps its fixed part (`tel:`) lacks a value it needs.
                if value.is_empty() {
                    link.url = None;
                } else if !empty.is_empty() {
                    problems.push(LinkProblem::Empty {
                        link: link.id.clone(),
                        variables: empty.clone(),
                    });
                    continue;
                } else if !valid_url(&value) {
                    problems.push(LinkProblem::BadUrl {
                        link: link.id.clone(),
                        url: value,
                    });
                    continue;
                } else {
                    link.url = Some(value);
                }
            }
            if link.display.is_some() {
                link.display = self.fill(&link.id, "display", &args);
            }
        }
        match problems.is_empty() {
            true => Ok(out),
            false => Err(problems),
        }
    }

    fn fill(&self, link: &str, field: &str, args: &FluentArgs) -> Option<String> {
        let bundle = self.templates.as_ref()?;
        let pattern = bundle.get_message(&template_id(link, field))?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        errors.is_empty().then(|| text.trim().to_string())
    }
}

/// The Fluent message id of a link's template (link ids are TOML keys,
/// which may hold characters Fluent ids may not).
fn template_id(link: &str, field: &str) -> String {
    let safe: String = link
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("link-{safe}-{field}")
}

/// The variables of a one-line template, or `None` when it is not a valid
/// Fluent pattern.
fn parse_template(template: &str) -> Option<BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    if template.contains(['\n', '\r']) {
        return None;
    }
    let source = format!("t = {template}\n");
    let resource = fluent_syntax::parser::parse(source.as_str()).ok()?;
    let Some(Entry::Message(m)) = resource.body.first() else {
        return None;
    };
    let mut out = BTreeSet::new();
    for element in &m.value.as_ref()?.elements {
        match element {
            PatternElement::TextElement { .. } => {}
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                out.insert(id.name.to_string());
            }
            // Addresses are text and office values, nothing else.
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
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
    fn templates_are_filled_by_fluent_and_empty_addresses_are_unknown() {
        let links = Links::parse(
            Path::new("links.toml"),
            "[p]\nname = \"n\"\nurl = \"tel:{ $phone_tel }\"\ndisplay = \"{ $phone_tel } ({ $phone })\"\n\n[z]\nname = \"z\"\nurl = \"{ $zalo }\"\nhint = \"h\"\n",
        )
        .unwrap();
        let vars = |pairs: &[(&str, &str)]| -> Variables {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let office = vars(&[
            ("phone", "(0269) 1"),
            ("phone_tel", "+842691"),
            ("zalo", ""),
        ]);
        let expanded = links.expand(&office).unwrap();
        assert_eq!(expanded.by_id["p"].url.as_deref(), Some("tel:+842691"));
        assert_eq!(
            expanded.by_id["p"].printed_url(),
            Some("+842691 ((0269) 1)")
        );
        assert_eq!(expanded.by_id["z"].url, None);
        // An empty number is not an unknown address: `tel:` stays.
        let problems = links
            .expand(&vars(&[
                ("phone", "(0269) 1"),
                ("phone_tel", " "),
                ("zalo", ""),
            ]))
            .unwrap_err();
        assert_eq!(
            problems,
            vec![LinkProblem::Empty {
                link: "p".into(),
                variables: vec!["phone_tel".into()]
            }]
        );
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
                .starts_with("links.toml:2:1: error[bad-url]: link `x`"),
            "{err}"
        );
    }
}

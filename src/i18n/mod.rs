//! The tool's own words: every sentence leaflet prints comes from Fluent
//! catalogues in `i18n/<lang>/*.ftl`, embedded in the binary. The library
//! builds [`Message`]s (a catalogue id and its arguments); only a renderer
//! turns them into text, in the language the user reads.
//!
//! This is the project's own use of fluent-bundle, kept apart from the
//! leaflet content in `locales/`.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Vi,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 code (`vi`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// `vi`, `en`, and their regional forms (`vi-VN`, `en_GB.UTF-8`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language chosen by the environment: `LEAFLET_LANG`, then the
    /// system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders
    /// them), then English. `get` reads a variable (tests pass their own).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = get("LEAFLET_LANG").and_then(|v| Lang::parse(&v)) {
            return lang;
        }
        // The first of these that is set and not empty decides, as in
        // setlocale(3): `LC_ALL=C` means the C locale even if LANG is vi.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            match get(name) {
                Some(v) if !v.is_empty() => return Lang::parse(&v).unwrap_or(Lang::En),
                _ => {}
            }
        }
        Lang::En
    }

    /// The decimal separator readers of this language expect.
    fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Vi => ',',
        }
    }
}

/// A value for a `{ $name }` of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is (a path, a message id, text from a file).
    Text(String),
    /// A count: plural selectors see it as a number.
    Int(i64),
    /// A number shown with `digits` decimals, with the language's decimal
    /// separator (`12.7` in English, `12,7` in Vietnamese).
    Decimal(f64, u8),
    /// A measurement with at most `digits` decimals, trailing zeros left
    /// out (`3`, `12.7`).
    Measure(f64, u8),
    /// Another message, rendered in the same language.
    Message(Box<Message>),
    /// Items joined with commas.
    List(Vec<Arg>),
}

impl Arg {
    /// Millimetres (or points), to a tenth.
    pub fn mm(v: f32) -> Arg {
        Arg::Measure(f64::from(v), 1)
    }

    pub fn decimal(v: f64, digits: u8) -> Arg {
        Arg::Decimal(v, digits)
    }

    /// Each item in backticks, joined with commas (ids, variables).
    pub fn code_list<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Arg {
        Arg::List(
            items
                .into_iter()
                .map(|s| Arg::Text(format!("`{}`", s.as_ref())))
                .collect(),
        )
    }

    fn render(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::String(s.clone().into()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Decimal(v, digits) => {
                let s = format!("{v:.*}", usize::from(*digits));
                FluentValue::String(s.replace('.', &lang.decimal_separator().to_string()).into())
            }
            Arg::Measure(v, digits) => {
                let s = format!("{v:.*}", usize::from(*digits));
                let s = match s.contains('.') {
                    true => s.trim_end_matches('0').trim_end_matches('.'),
                    false => &s,
                };
                let s = if s == "-0" { "0" } else { s };
                FluentValue::String(s.replace('.', &lang.decimal_separator().to_string()).into())
            }
            Arg::Message(m) => FluentValue::String(m.render(lang).into()),
            Arg::List(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|a| match a.render(lang) {
                        FluentValue::String(s) => s.into_owned(),
                        FluentValue::Number(n) => n.as_string().into_owned(),
                        _ => String::new(),
                    })
                    .collect();
                FluentValue::String(parts.join(", ").into())
            }
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Arg {
        Arg::Text(p.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Arg {
        Arg::Text(p.display().to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Int(n as i64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Int(i64::from(n))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Int(n)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

/// A sentence of the tool, not yet in any language: a catalogue id and the
/// values of its variables.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang` (English where the catalogue of `lang` lacks
    /// it; the id itself if no catalogue has it, which a test forbids).
    pub fn render(&self, lang: Lang) -> String {
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            args.set(*name, value.render(lang));
        }
        format(self.id, &args, lang)
    }

    /// A plain-text rendering with the arguments, for debugging and panics.
    pub fn debug(&self) -> String {
        self.render(Lang::En)
    }
}

/// Message `id` of the catalogue in `lang` (else English, else the id).
fn format(id: &str, args: &FluentArgs, lang: Lang) -> String {
    for lang in [lang, Lang::En] {
        let bundle = catalogue(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        return text.into_owned();
    }
    id.to_string()
}

/// A message without variables whose id is made at run time (the help of
/// each command and option, `cli-build-locale`), where [`Message`] wants
/// an id written in the code.
pub fn text_of(id: &str, lang: Lang) -> String {
    format(id, &FluentArgs::new(), lang)
}

/// `msg!("id", name = value, …)`: a [`Message`] with its arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id) $(.arg(stringify!($name), $value))*
    };
}

/// The catalogue files, by language: embedded, so the binary needs nothing
/// beside it.
pub const CATALOGUES: &[(Lang, &str, &str)] = &[
    (Lang::En, "tool.ftl", include_str!("../../i18n/en/tool.ftl")),
    (Lang::En, "cli.ftl", include_str!("../../i18n/en/cli.ftl")),
    (
        Lang::En,
        "studio.ftl",
        include_str!("../../i18n/en/studio.ftl"),
    ),
    (
        Lang::En,
        "office.ftl",
        include_str!("../../i18n/en/office.ftl"),
    ),
    (Lang::Vi, "tool.ftl", include_str!("../../i18n/vi/tool.ftl")),
    (Lang::Vi, "cli.ftl", include_str!("../../i18n/vi/cli.ftl")),
    (
        Lang::Vi,
        "studio.ftl",
        include_str!("../../i18n/vi/studio.ftl"),
    ),
    (
        Lang::Vi,
        "office.ftl",
        include_str!("../../i18n/vi/office.ftl"),
    ),
    (Lang::En, "ua.ftl", include_str!("../../i18n/en/ua.ftl")),
    (Lang::Vi, "ua.ftl", include_str!("../../i18n/vi/ua.ftl")),
];

/// Whether the catalogue of `lang` itself has message `id` (with a value),
/// without falling back to English: for tests that every message the tool
/// can print exists in every language.
pub fn has_message(lang: Lang, id: &str) -> bool {
    catalogue(lang)
        .get_message(id)
        .is_some_and(|m| m.value().is_some())
}

fn catalogue(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static VI: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    };
    cell.get_or_init(|| {
        let langid = lang.code().parse().expect("a valid tag");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for (l, name, text) in CATALOGUES {
            if *l != lang {
                continue;
            }
            // A broken catalogue is a bug caught by the catalogue tests;
            // what parses still serves.
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, _)) => {
                    debug_assert!(false, "i18n/{}/{name} has syntax errors", lang.code());
                    r
                }
            };
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_language_comes_from_leaflet_lang_then_the_system_locale() {
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "vi_VN.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_MESSAGES", "vi_VN"), ("LANG", "en_US")])),
            Lang::Vi
        );
        assert_eq!(
            Lang::from_env(env(&[("LEAFLET_LANG", "vi"), ("LC_ALL", "C")])),
            Lang::Vi
        );
        // An empty variable does not decide.
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "vi_VN.UTF-8")])),
            Lang::Vi
        );
    }

    #[test]
    fn decimals_follow_the_language() {
        let a = Arg::mm(12.66);
        let text = |lang| match a.render(lang) {
            FluentValue::String(s) => s.into_owned(),
            _ => unreachable!(),
        };
        assert_eq!(text(Lang::En), "12.7");
        assert_eq!(text(Lang::Vi), "12,7");
    }
}

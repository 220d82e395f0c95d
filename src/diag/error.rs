//! Everything that can stop a build, each with what the user needs to fix it.
//!
//! Errors carry the place to look — `path:line:col` for files, the locale and
//! message id for content, the panel and the amount for overflow — because
//! the people who read them are translators and office staff, not us.

use std::fmt;
use std::path::PathBuf;

use crate::diag::location::Location;

/// A failure that stops one leaflet (or, for input files, every leaflet that
/// needs them).
#[derive(Debug, Clone)]
pub enum Error {
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        source: std::sync::Arc<std::io::Error>,
    },
    /// A syntax or schema error in an `.ftl`, layout or links file.
    Syntax {
        location: Location,
        message: String,
        /// The offending source line, shown under the message with a caret.
        line_text: String,
    },
    /// A layout or link refers to a message (or attribute) the locale lacks.
    MissingMessage {
        locale: String,
        id: String,
        referenced_at: Option<Location>,
    },
    /// Fluent could not format a message (unknown variable, bad reference…).
    Format {
        locale: String,
        id: String,
        detail: String,
    },
    /// The text needs a character that the font cannot draw.
    MissingGlyph {
        character: char,
        locale: String,
        id: String,
        font: String,
    },
    /// A panel's content is taller than its safe area. (Boxed: it is the
    /// largest variant, and every `Result` carrying an `Error` pays for it.)
    Overflow(Box<OverflowError>),
    /// A single unbreakable word (often a URL) is wider than its column.
    WordTooWide {
        locale: String,
        id: String,
        word: String,
        panel: String,
        excess_mm: f32,
    },
    /// The layout is well-formed TOML but cannot be typeset (e.g. a link id
    /// that the links table lacks).
    Layout { location: Location, message: String },
    /// Something else about the project setup (no layouts, unknown locale…).
    Setup(String),
}

/// A panel whose content does not fit, with the numbers needed to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct OverflowError {
    pub layout: String,
    pub locale: String,
    pub page: String,
    pub panel: String,
    /// How much taller the content is than the panel's safe area, in mm.
    pub overflow_mm: f32,
    /// The messages printed in the panel: what can be shortened.
    pub messages: Vec<String>,
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source: std::sync::Arc::new(source),
        }
    }

    /// A syntax error at `offset` of `text`, with its line kept for display.
    pub fn syntax(path: &std::path::Path, text: &str, offset: usize, message: String) -> Error {
        let location = Location::from_offset(path, text, offset);
        let line_text = location.source_line(text).to_string();
        Error::Syntax {
            location,
            message,
            line_text,
        }
    }

    /// What to do about it, when there is something short to say.
    pub fn help(&self) -> Option<String> {
        match self {
            Error::MissingMessage { locale, .. } => Some(format!(
                "add the message to locales/{locale}/*.ftl, or fix the id in the layout"
            )),
            Error::MissingGlyph { .. } => Some(
                "check the text for a mistyped or pasted character, or use a font that covers it"
                    .into(),
            ),
            Error::Overflow(o) => Some(format!(
                "shorten these messages in locales/{}/: {}; or move a block to another panel in the layout",
                o.locale,
                o.messages.join(", ")
            )),
            Error::WordTooWide { .. } => {
                Some("shorten the word or give the block a wider style".into())
            }
            _ => None,
        }
    }
}

impl Error {
    /// The same report as a warning: a broken message in a translation
    /// does not stop its leaflet (the source text stands in for it).
    pub fn as_warning(&self) -> String {
        struct Warning<'a>(&'a Error);
        impl fmt::Display for Warning<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.report(f, "warning")
            }
        }
        Warning(self).to_string()
    }

    /// The report, headed `error` or `warning`.
    fn report(&self, f: &mut fmt::Formatter<'_>, severity: &str) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {severity}: {source}", path.display()),
            Error::Syntax {
                location,
                message,
                line_text,
            } => {
                write!(f, "{location}: {severity}: {message}")?;
                if !line_text.is_empty() {
                    let pad: String = line_text
                        .chars()
                        .take(location.column.saturating_sub(1))
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    write!(f, "\n  | {line_text}\n  | {pad}^")?;
                }
                Ok(())
            }
            Error::MissingMessage {
                locale,
                id,
                referenced_at,
            } => {
                if let Some(at) = referenced_at {
                    write!(f, "{at}: ")?;
                }
                write!(f, "{severity}: message `{id}` is missing in locale `{locale}`")
            }
            Error::Format { locale, id, detail } => {
                write!(f, "{severity}: message `{id}` in locale `{locale}`: {detail}")
            }
            Error::MissingGlyph {
                character,
                locale,
                id,
                font,
            } => write!(
                f,
                "{severity}: font {font} has no glyph for `{character}` (U+{:04X}) in message `{id}`, locale `{locale}`",
                *character as u32
            ),
            Error::Overflow(o) => write!(f, "{severity}: {o}"),
            Error::WordTooWide {
                locale,
                id,
                word,
                panel,
                excess_mm,
            } => write!(
                f,
                "{severity}: `{word}` in message `{id}` (locale `{locale}`) is {excess_mm:.1} mm wider than panel `{panel}`"
            ),
            Error::Layout { location, message } => write!(f, "{location}: {severity}: {message}"),
            Error::Setup(message) => write!(f, "{severity}: {message}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report(f, "error")
    }
}

impl fmt::Display for OverflowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "panel `{}` on page `{}` of layout `{}` overflows by {:.1} mm in locale `{}`",
            self.panel, self.page, self.layout, self.overflow_mm, self.locale
        )
    }
}

impl std::error::Error for Error {}

//! Findings for translators and CI: one type, two renderings (rustc-style
//! text with the source line and a caret; a stable JSON array).

pub mod error;
pub mod location;

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::diag::error::Error;
use crate::diag::location::Location;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One finding. The JSON form has exactly these keys, `null` when unknown:
/// `file`, `line`, `column`, `severity`, `code`, `message`, `locale`,
/// `message_id`, `help`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: Severity,
    /// Stable, kebab-case (`missing-message`, `overflow`, …).
    pub code: &'static str,
    pub message: String,
    pub locale: Option<String>,
    pub message_id: Option<String>,
    /// The source line, for the caret display (text only).
    #[serde(skip)]
    pub source_line: Option<String>,
    /// What to do about it, often with the text that was probably meant.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: None,
            line: None,
            column: None,
            severity,
            code,
            message: message.into(),
            locale: None,
            message_id: None,
            source_line: None,
            help: None,
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    /// Points at `offset` of `text`, the contents of `path`.
    pub fn at(mut self, path: &Path, text: &str, offset: usize) -> Diagnostic {
        let loc = Location::from_offset(path, text, offset);
        self.source_line = Some(loc.source_line(text).to_string());
        self.at_location(&loc)
    }

    pub fn at_location(mut self, loc: &Location) -> Diagnostic {
        if loc.line > 0 {
            self.file = Some(loc.path.display().to_string());
            self.line = Some(loc.line);
            self.column = Some(loc.column);
        }
        self
    }

    pub fn in_file(mut self, path: &Path) -> Diagnostic {
        self.file = Some(path.display().to_string());
        self
    }

    pub fn locale(mut self, locale: &str) -> Diagnostic {
        self.locale = Some(locale.to_string());
        self
    }

    pub fn message_id(mut self, id: &str) -> Diagnostic {
        self.message_id = Some(id.to_string());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// A build error as a finding, keeping its place and context.
    pub fn from_error(e: &Error) -> Diagnostic {
        let (code, severity) = match e {
            Error::Syntax { .. } => ("syntax", Severity::Error),
            Error::MissingMessage { .. } => ("missing-message", Severity::Error),
            Error::Format { .. } => ("format", Severity::Error),
            Error::MissingGlyph { .. } => ("missing-glyph", Severity::Error),
            Error::Overflow(_) => ("overflow", Severity::Error),
            Error::WordTooWide { .. } => ("word-too-wide", Severity::Error),
            Error::Layout { .. } => ("layout", Severity::Error),
            Error::Io { .. } => ("io", Severity::Error),
            Error::Setup(_) => ("setup", Severity::Error),
        };
        // The message without its own "path:line:col: error:" prefix.
        let full = e.to_string();
        let first = full.lines().next().unwrap_or("");
        let message = first
            .split_once("error: ")
            .map_or(first, |(_, rest)| rest)
            .to_string();
        let mut d = Diagnostic::new(severity, code, message);
        match e {
            Error::Syntax {
                location,
                line_text,
                ..
            } => {
                d = d.at_location(location);
                d.source_line = Some(line_text.clone());
            }
            Error::Layout { location, .. } => d = d.at_location(location),
            Error::MissingMessage {
                locale,
                id,
                referenced_at,
            } => {
                d = d.locale(locale).message_id(id);
                if let Some(at) = referenced_at {
                    d = d.at_location(at);
                }
            }
            Error::Format { locale, id, .. }
            | Error::MissingGlyph { locale, id, .. }
            | Error::WordTooWide { locale, id, .. } => d = d.locale(locale).message_id(id),
            Error::Overflow(o) => d = d.locale(&o.locale),
            Error::Io { path, .. } => d = d.in_file(path),
            Error::Setup(_) => {}
        }
        d.help = e.help();
        d
    }

    /// rustc-style text: `path:line:col: severity[code]: message`, the
    /// source line with a caret, then context and help.
    pub fn render(&self) -> String {
        let mut out = String::new();
        match (&self.file, self.line, self.column) {
            (Some(f), Some(l), Some(c)) => {
                let _ = write!(out, "{f}:{l}:{c}: ");
            }
            (Some(f), _, _) => {
                let _ = write!(out, "{f}: ");
            }
            _ => {}
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = write!(out, "{severity}[{}]: {}", self.code, self.message);
        if let (Some(line), Some(col)) = (&self.source_line, self.column) {
            if !line.is_empty() {
                let pad: String = line
                    .chars()
                    .take(col.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = write!(out, "\n  | {line}\n  | {pad}^");
            }
        }
        let mut context = Vec::new();
        if let Some(l) = &self.locale {
            context.push(format!("locale `{l}`"));
        }
        if let Some(m) = &self.message_id {
            context.push(format!("message `{m}`"));
        }
        if !context.is_empty() && !self.message.contains('`') {
            let _ = write!(out, "\n  = in {}", context.join(", "));
        }
        if let Some(h) = &self.help {
            let _ = write!(out, "\n  = help: {h}");
        }
        out
    }
}

/// The JSON array for `--format json`.
pub fn to_json(findings: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(findings).expect("diagnostics always serialize")
}

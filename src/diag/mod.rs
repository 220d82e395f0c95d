//! Everything the tool reports, as one type: errors, warnings and notes
//! from loading, checking, laying out, writing and preflighting, each with
//! a stable [`Code`], a [`Place`], a [`Message`] and an optional help.
//!
//! Findings are data. Their text is made by [`render`] (rustc-style text,
//! or JSON for tools), in the language the user reads; the same problem
//! has the same code and severity in every command because the severity
//! belongs to the code.

pub mod code;
pub mod location;
pub mod render;

use std::path::{Path, PathBuf};

pub use code::{Code, Severity};
pub use location::{LineIndex, Location};

use crate::i18n::Message;

/// What stops a file, a leaflet or a command: one finding, boxed so that
/// `Result`s stay small.
pub type Error = Box<Finding>;

/// Where a finding is: any of a file position, a message of a locale, a
/// panel of a layout, a page of a PDF, a row of a variants file. Unknown
/// parts are `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Place {
    pub file: Option<PathBuf>,
    /// 1-based line and column (columns in characters, as editors count).
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The source line, for the caret display.
    pub line_text: Option<String>,
    pub locale: Option<String>,
    pub message_id: Option<String>,
    /// Layout name, page name and panel name.
    pub layout: Option<String>,
    pub page: Option<String>,
    pub panel: Option<String>,
    /// 1-based page of a PDF file.
    pub pdf_page: Option<usize>,
    /// The office (variant id) of a batch row.
    pub variant: Option<String>,
    /// The column of a variants row.
    pub field: Option<String>,
}

/// One thing the tool has to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub place: Place,
    pub message: Message,
    /// What to do about it.
    pub help: Option<Message>,
    /// What the tool did about it, or more context.
    pub notes: Vec<Message>,
}

impl Finding {
    pub fn new(code: Code, message: Message) -> Finding {
        Finding {
            code,
            place: Place::default(),
            message,
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// Points at byte `offset` of `text`, the contents of `path`. For many
    /// findings in one file, use [`Finding::at_line`] with a [`LineIndex`].
    pub fn at(self, path: &Path, text: &str, offset: usize) -> Finding {
        self.at_line(&LineIndex::new(text), path, text, offset)
    }

    /// Like [`Finding::at`], with the file's line index made once.
    pub fn at_line(mut self, lines: &LineIndex, path: &Path, text: &str, offset: usize) -> Finding {
        let loc = lines.location(path, text, offset);
        self.place.line_text = Some(lines.line_text(text, loc.line).to_string());
        self.at_location(&loc)
    }

    pub fn at_location(mut self, loc: &Location) -> Finding {
        self.place.file = Some(loc.path.clone());
        if loc.line > 0 {
            self.place.line = Some(loc.line);
            self.place.column = Some(loc.column);
        }
        self
    }

    pub fn in_file(mut self, path: &Path) -> Finding {
        self.place.file = Some(path.to_path_buf());
        self
    }

    pub fn locale(mut self, locale: &str) -> Finding {
        self.place.locale = Some(locale.to_string());
        self
    }

    pub fn message_id(mut self, id: &str) -> Finding {
        self.place.message_id = Some(id.to_string());
        self
    }

    pub fn panel(mut self, layout: &str, page: &str, panel: &str) -> Finding {
        self.place.layout = Some(layout.to_string());
        self.place.page = Some(page.to_string());
        self.place.panel = Some(panel.to_string());
        self
    }

    pub fn layout(mut self, layout: &str) -> Finding {
        self.place.layout = Some(layout.to_string());
        self
    }

    pub fn pdf_page(mut self, page: usize) -> Finding {
        self.place.pdf_page = Some(page);
        self
    }

    pub fn variant(mut self, id: &str) -> Finding {
        self.place.variant = Some(id.to_string());
        self
    }

    pub fn field(mut self, name: &str) -> Finding {
        self.place.field = Some(name.to_string());
        self
    }

    pub fn help(mut self, help: Message) -> Finding {
        self.help = Some(help);
        self
    }

    pub fn note(mut self, note: Message) -> Finding {
        self.notes.push(note);
        self
    }

    /// Boxed, as an [`Error`].
    pub fn boxed(self) -> Error {
        Box::new(self)
    }
}

impl std::fmt::Display for Finding {
    /// English, for logs and panics; users see [`render`]'s output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&render::text(self, crate::i18n::Lang::En))
    }
}

impl std::error::Error for Finding {}

/// Findings in the order a reader wants them: the source locale first,
/// then by locale, file and position; equal findings once.
pub fn sort(findings: &mut Vec<Finding>) {
    let source = crate::load::locale::SOURCE_LOCALE;
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.place.locale.as_deref() != Some(source),
                f.place.locale.clone(),
                f.place.file.clone(),
                f.place.line,
                f.place.column,
            )
        };
        key(a).cmp(&key(b))
    });
    findings.dedup();
}

/// How a command ends: 2 when the command could not be used as given (an
/// unknown locale, not a project), 1 when something needs fixing, else 0.
pub fn exit_code<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> i32 {
    let mut code = 0;
    for f in findings {
        if f.code.is_usage() {
            return 2;
        }
        if f.is_error() {
            code = 1;
        }
    }
    code
}

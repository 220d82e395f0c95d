//! Locales: the `.ftl` files of `locales/<code>/`, parsed with positions for
//! errors and resolved into plain text for typesetting.
//!
//! Text leaves this module NFC-normalized, without Fluent's Unicode
//! isolation marks, and with line breaks of multi-line `.ftl` values
//! folded into spaces: the typesetter decides where lines break.

use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

use crate::error::Error;
use crate::spec::TextRef;

/// The locale every other one is translated from.
pub const SOURCE_LOCALE: &str = "vi";

/// One locale's messages, ready to format.
pub struct Catalog {
    /// The folder name, e.g. `vi`; also the PDF's `/Lang`.
    pub code: String,
    pub langid: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    /// The files it was read from, sorted.
    pub files: Vec<PathBuf>,
}

impl Catalog {
    /// Loads every `.ftl` file in `dir` (sorted by name). A syntax error
    /// stops the load with `path:line:col`; a message defined twice too.
    pub fn load(code: &str, dir: &Path) -> Result<Catalog, Error> {
        let langid: LanguageIdentifier = code.parse().map_err(|_| {
            Error::Setup(format!(
                "`{code}` (folder {}) is not a valid BCP 47 language tag",
                dir.display()
            ))
        })?;
        let files = crate::project::files_with_extension(dir, "ftl")?;
        if files.is_empty() {
            return Err(Error::Setup(format!("no .ftl files in {}", dir.display())));
        }
        let mut bundle = FluentBundle::new(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        for path in &files {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                Error::Setup(format!(
                    "{}: not UTF-8 text (invalid byte at offset {}); save the file as UTF-8",
                    path.display(),
                    e.utf8_error().valid_up_to()
                ))
            })?;
            let resource = parse_resource(path, text)?;
            if let Err(errors) = bundle.add_resource(resource) {
                let detail = errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ");
                return Err(Error::Setup(format!("{}: {detail}", path.display())));
            }
        }
        Ok(Catalog {
            code: code.to_string(),
            langid,
            bundle,
            files,
        })
    }

    /// Whether the message (or attribute) exists.
    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        match self.bundle.get_message(id) {
            Some(m) => match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            },
            None => false,
        }
    }

    /// Formats a message or attribute into typesetting-ready text.
    pub fn text(&self, r: &TextRef) -> Result<String, Error> {
        self.format(r, None)
    }

    /// Like [`Catalog::text`], with one numeric variable (e.g. a step number).
    pub fn text_with_number(&self, r: &TextRef, name: &str, n: u32) -> Result<String, Error> {
        self.format(r, Some((name, n)))
    }

    /// The text of a message by bare id, when there is no layout position.
    pub fn message(&self, id: &str) -> Result<String, Error> {
        let r = TextRef {
            id: id.to_string(),
            attribute: None,
            at: crate::source::Location {
                path: PathBuf::new(),
                line: 0,
                column: 0,
            },
        };
        self.format(&r, None).map_err(|e| match e {
            Error::MissingMessage { locale, id, .. } => Error::MissingMessage {
                locale,
                id,
                referenced_at: None,
            },
            other => other,
        })
    }

    fn format(&self, r: &TextRef, number: Option<(&str, u32)>) -> Result<String, Error> {
        let missing = || Error::MissingMessage {
            locale: self.code.clone(),
            id: r.display(),
            referenced_at: (r.at.line > 0).then(|| r.at.clone()),
        };
        let message = self.bundle.get_message(&r.id).ok_or_else(missing)?;
        let pattern = match &r.attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or_else(missing)?;
        let args = number.map(|(name, n)| {
            let mut args = FluentArgs::new();
            args.set(name.to_string(), FluentValue::from(n));
            args
        });
        let mut errors = Vec::new();
        let value = self
            .bundle
            .format_pattern(pattern, args.as_ref(), &mut errors);
        // A resolver error means the output contains a placeholder such as
        // `{$name}`: printing it would put garbage on paper.
        if let Some(e) = errors.first() {
            return Err(Error::Format {
                locale: self.code.clone(),
                id: r.display(),
                detail: e.to_string(),
            });
        }
        Ok(clean_text(&value))
    }
}

/// Parses one `.ftl` file, turning the first syntax error into `path:line:col`.
pub fn parse_resource(path: &Path, text: String) -> Result<FluentResource, Error> {
    match FluentResource::try_new(text) {
        Ok(resource) => Ok(resource),
        Err((resource, errors)) => {
            let first = errors
                .iter()
                .min_by_key(|e| e.pos.start)
                .expect("the parser reports at least one error");
            // The parser reports "expected `}`" at the start of the next
            // line; point at the end of the unfinished one instead, as
            // rustc does.
            let source = resource.source();
            let at = first.pos.start.min(source.len());
            let before = &source[..at];
            let offset = if before.ends_with('\n') {
                before.trim_end().len()
            } else {
                at
            };
            Err(Error::syntax(path, source, offset, first.kind.to_string()))
        }
    }
}

/// NFC, no isolation marks, whitespace runs folded to one space.
pub fn clean_text(raw: &str) -> String {
    let nfc: String = raw
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .nfc()
        .collect();
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Every locale folder under `dir` (those holding at least one `.ftl`),
/// sorted, with the source locale first.
pub fn discover(dir: &Path) -> Result<Vec<String>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut codes: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter(|e| {
            std::fs::read_dir(e.path()).is_ok_and(|mut files| {
                files.any(|f| f.is_ok_and(|f| f.path().extension().is_some_and(|x| x == "ftl")))
            })
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort_by_key(|c| (c != SOURCE_LOCALE, c.clone()));
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_nfc_without_isolates_or_line_breaks() {
        // "ơ" + breve stays two code points; "e" + circumflex + acute composes.
        let raw = "\u{2068}e\u{0302}\u{0301}\u{2069}  mơ\u{0306}ng\n  next";
        assert_eq!(clean_text(raw), "\u{1EBF} mơ\u{0306}ng next");
    }

    #[test]
    fn syntax_errors_point_at_line_and_column() {
        let text = "ok = fine\nbad = { $x\n".to_string();
        let err = parse_resource(Path::new("locales/vi/a.ftl"), text).unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("locales/vi/a.ftl:2:"), "{shown}");
    }
}

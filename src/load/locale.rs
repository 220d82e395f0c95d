//! Locales: the `.ftl` files of `locales/<code>/`, each parsed once, and
//! the runtime bundle made from those parses, which formats messages into
//! plain text for typesetting.
//!
//! Text leaves this module NFC-normalized, without Fluent's Unicode
//! isolation marks, and with line breaks of multi-line `.ftl` values
//! folded into spaces: the typesetter decides where lines break.
//!
//! Loading is lenient: a syntax error leaves only the broken entry out (it
//! is reported from the file's [`FtlFile::syntax_errors`]), and a message
//! defined twice keeps its first definition (reported as well). A locale
//! with a typo still builds, printing the source text where it must.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

use crate::diag::{Code, Error, Finding};
use crate::i18n::Message;
use crate::load::ftl::FtlFile;
use crate::load::layouts::TextRef;
use crate::msg;

/// The locale every other one is translated from.
pub const SOURCE_LOCALE: &str = "vi";

/// Values for the `$variables` of messages: the office a leaflet is for
/// (name, phone, …), from `office.toml` or a row of a variants file.
pub type Variables = BTreeMap<String, String>;

/// One locale's messages, ready to format.
pub struct Catalog {
    /// The folder name, e.g. `vi`; also the PDF's `/Lang`.
    pub code: String,
    pub langid: LanguageIdentifier,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// The files it was read from, sorted by name.
    pub files: Vec<FtlFile>,
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatProblem {
    /// The message (or the attribute) does not exist, or is broken.
    Missing,
    /// A `$variable` no office provides.
    UnknownVariable(String),
    UnknownMessage {
        id: String,
        attribute: Option<String>,
    },
    UnknownTerm {
        id: String,
        attribute: Option<String>,
    },
    UnknownFunction(String),
    /// It refers to itself through other messages.
    Cyclic,
    NoDefault,
    /// A reference to a message that has only attributes.
    NoValue(String),
    TooManyPlaceables,
}

impl FormatProblem {
    /// What went wrong, in words.
    pub fn message(&self) -> Message {
        match self {
            FormatProblem::Missing => msg!("format-missing"),
            FormatProblem::UnknownVariable(v) => msg!("format-unknown-variable", name = v),
            FormatProblem::UnknownMessage { id, attribute } => match attribute {
                Some(a) => msg!("format-unknown-attribute", id = id, attribute = a),
                None => msg!("format-unknown-message", id = id),
            },
            FormatProblem::UnknownTerm { id, attribute } => match attribute {
                Some(a) => msg!("format-unknown-term-attribute", id = id, attribute = a),
                None => msg!("format-unknown-term", id = id),
            },
            FormatProblem::UnknownFunction(f) => msg!("format-unknown-function", name = f),
            FormatProblem::Cyclic => msg!("format-cyclic"),
            FormatProblem::NoDefault => msg!("ftl-missing-default"),
            FormatProblem::NoValue(id) => msg!("format-no-value", id = id),
            FormatProblem::TooManyPlaceables => msg!("format-too-many-placeables"),
        }
    }
}

impl Catalog {
    /// Reads and parses every `.ftl` file of `dir` (sorted by name).
    /// Fails only when there is nothing to load.
    pub fn load(code: &str, dir: &Path) -> Result<Catalog, Error> {
        let paths = crate::files::files_with_extension(dir, "ftl")?;
        if paths.is_empty() {
            return Err(Finding::new(Code::NoFtlFiles, msg!("no-ftl-files"))
                .in_file(dir)
                .locale(code)
                .boxed());
        }
        let files = paths
            .iter()
            .map(|p| FtlFile::load(p))
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::from_files(code, files)
    }

    /// The catalog of parsed `files`: their parses go into the bundle as
    /// they are.
    pub fn from_files(code: &str, files: Vec<FtlFile>) -> Result<Catalog, Error> {
        let langid: LanguageIdentifier = code.parse().map_err(|_| {
            Finding::new(
                Code::InvalidTag,
                msg!("locale-folder-not-a-tag", code = code),
            )
            .locale(code)
            .boxed()
        })?;
        // Concurrent: one catalog serves every thread of a batch build.
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        bundle
            .add_function("UPPER", |positional, _| match positional.first() {
                Some(FluentValue::String(s)) => FluentValue::String(s.to_uppercase().into()),
                Some(other) => other.clone(),
                None => FluentValue::Error,
            })
            .expect("a fresh bundle has no functions");
        for file in &files {
            if let Some(resource) = file.resource() {
                // A repeat of an id already added is left out (and reported
                // from the files, where it is found with its position).
                let _ = bundle.add_resource(resource.clone());
            }
        }
        Ok(Catalog {
            code: code.to_string(),
            langid,
            bundle,
            files,
        })
    }

    /// Every message id, in file order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.files
            .iter()
            .flat_map(|f| f.messages.iter().map(|m| m.id.as_str()))
    }

    /// The first definition of message `id` and its file.
    pub fn find(&self, id: &str) -> Option<(&FtlFile, &crate::load::ftl::MessageInfo)> {
        self.files
            .iter()
            .find_map(|f| f.message(id).map(|m| (f, m)))
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

    /// Whether a term (id without `-`) exists.
    pub fn has_term(&self, id: &str) -> bool {
        // The bundle does not answer for terms; the parsed files do.
        let term = format!("-{id}");
        self.files.iter().any(|f| f.message(&term).is_some())
    }

    /// The text of a message by bare id, with no variables.
    pub fn message(&self, id: &str) -> Result<String, FormatProblem> {
        self.format(&TextRef::bare(id), &Variables::new(), None)
    }

    /// Formats a message or attribute into typesetting-ready text.
    pub fn format(
        &self,
        r: &TextRef,
        variables: &Variables,
        number: Option<(&str, u32)>,
    ) -> Result<String, FormatProblem> {
        let message = self
            .bundle
            .get_message(&r.id)
            .ok_or(FormatProblem::Missing)?;
        let pattern = match &r.attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or(FormatProblem::Missing)?;
        let mut args = FluentArgs::with_capacity(variables.len() + 1);
        for (name, value) in variables {
            args.set(name.as_str(), FluentValue::from(value.as_str()));
        }
        if let Some((name, n)) = number {
            args.set(name, FluentValue::from(n));
        }
        let mut errors = Vec::new();
        let value = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        // A resolver error means the output contains a placeholder such as
        // `{$name}`: printing it would put garbage on paper.
        if let Some(e) = errors.first() {
            return Err(problem(e));
        }
        Ok(clean_text(&value))
    }
}

fn problem(e: &FluentError) -> FormatProblem {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    let FluentError::ResolverError(e) = e else {
        return FormatProblem::Missing;
    };
    match e {
        ResolverError::Reference(ReferenceKind::Variable { id }) => {
            FormatProblem::UnknownVariable(id.clone())
        }
        ResolverError::Reference(ReferenceKind::Message { id, attribute }) => {
            FormatProblem::UnknownMessage {
                id: id.clone(),
                attribute: attribute.clone(),
            }
        }
        ResolverError::Reference(ReferenceKind::Term { id, attribute }) => {
            FormatProblem::UnknownTerm {
                id: id.clone(),
                attribute: attribute.clone(),
            }
        }
        ResolverError::Reference(ReferenceKind::Function { id }) => {
            FormatProblem::UnknownFunction(id.clone())
        }
        ResolverError::Cyclic => FormatProblem::Cyclic,
        ResolverError::MissingDefault => FormatProblem::NoDefault,
        ResolverError::NoValue(id) => FormatProblem::NoValue(id.clone()),
        ResolverError::TooManyPlaceables => FormatProblem::TooManyPlaceables,
    }
}

/// NFC, no isolation marks, whitespace runs folded to one space.
pub fn clean_text(raw: &str) -> String {
    // Most messages are already NFC: the quick check skips recomposing.
    let isolated = |c: char| matches!(c, '\u{2068}' | '\u{2069}');
    let nfc: std::borrow::Cow<str> = if !raw.contains(isolated)
        && unicode_normalization::is_nfc_quick(raw.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        raw.into()
    } else {
        raw.chars()
            .filter(|&c| !isolated(c))
            .nfc()
            .collect::<String>()
            .into()
    };
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Messages defined more than once in `files`, each repeat with the file
/// and offset of its first definition: Fluent keeps the first silently.
pub fn duplicates(files: &[FtlFile]) -> Vec<Duplicate<'_>> {
    let mut first: rustc_hash::FxHashMap<&str, (&FtlFile, usize)> = Default::default();
    let mut out = Vec::new();
    for f in files {
        for m in &f.messages {
            match first.get(m.id.as_str()) {
                Some(&(first_file, first_at)) => out.push(Duplicate {
                    id: &m.id,
                    file: f,
                    offset: m.offset,
                    first: first_file.location(first_at),
                }),
                None => {
                    first.insert(&m.id, (f, m.offset));
                }
            }
        }
    }
    out
}

/// A second definition of a message.
pub struct Duplicate<'a> {
    pub id: &'a str,
    pub file: &'a FtlFile,
    pub offset: usize,
    pub first: crate::diag::Location,
}

/// The available locale that best serves `requested` (BCP 47 negotiation:
/// `vi-VN` finds `vi`, `en-Latn-US` finds `en`).
pub fn negotiate(requested: &str, available: &[String]) -> Result<String, Error> {
    if available.iter().any(|a| a == requested) {
        return Ok(requested.to_string());
    }
    let want: LanguageIdentifier = requested.parse().map_err(|_| {
        Finding::new(Code::InvalidTag, msg!("invalid-tag", tag = requested))
            .help(msg!("help-tag-examples"))
            .boxed()
    })?;
    let have: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let found = fluent_langneg::negotiate_languages(
        &[want],
        &have,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    match found.first() {
        Some(id) => Ok(id.to_string()),
        None => Err(Finding::new(
            Code::UnknownLocale,
            msg!(
                "unknown-locale",
                tag = requested,
                available = crate::i18n::Arg::code_list(available)
            ),
        )
        .boxed()),
    }
}

/// Every locale folder under `dir` (those holding at least one `.ftl`),
/// sorted, with the source locale first.
pub fn discover(dir: &Path) -> Result<Vec<String>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| crate::files::read_error(dir, &e))?;
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

/// Ids of `files`' messages, each once, in file order.
pub fn distinct_ids(files: &[FtlFile]) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    files
        .iter()
        .flat_map(|f| &f.messages)
        .map(|m| m.id.as_str())
        .filter(|id| seen.insert(*id))
        .collect()
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
}

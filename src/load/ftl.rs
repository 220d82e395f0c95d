//! The source view of an `.ftl` file: every message with its position,
//! attributes, variables and draft status, plus every syntax error — what
//! `check`, `status` and `new-locale` reason about.
//!
//! fluent-syntax's AST has no spans, but its `&str` slices point into the
//! source, so positions are recovered from the slices themselves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::ErrorKind;

use crate::diag::error::Error;

/// Marks a message (in its comment) or a whole file (in a `###` comment) as
/// a draft: a translation nobody has reviewed yet.
pub const DRAFT_TAG: &str = "@draft";
/// Marks one message of a draft file as reviewed.
pub const REVIEWED_TAG: &str = "@reviewed";
/// Deeper placeable nesting is refused before parsing: it is never needed
/// and would let a hostile file exhaust the parser's stack.
pub const MAX_NESTING: usize = 32;

/// A parsed `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    pub text: String,
    pub messages: Vec<MessageInfo>,
    pub syntax_errors: Vec<SyntaxError>,
    /// The file's `###` comment says `@draft`.
    pub draft_file: bool,
    /// Ids of messages lost to a syntax error: they are broken (and
    /// reported as such), not missing.
    pub broken_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
    /// Stable diagnostic code (`syntax`, `missing-default-variant`, …).
    pub code: &'static str,
}

/// One message (or term, with its `-` prefix) as written.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageInfo {
    pub id: String,
    /// Byte offset of the id.
    pub offset: usize,
    pub has_value: bool,
    pub attributes: Vec<(String, usize)>,
    /// `$variables` used anywhere in the value or attributes.
    pub variables: BTreeSet<String>,
    /// Byte offset of each variable's first use (its `$`), for findings.
    pub variable_offsets: BTreeMap<String, usize>,
    /// Literal text pieces with their byte offsets, for text checks.
    pub texts: Vec<(usize, String)>,
    /// `$variable` → the word keys of the selects on it (`{ $level ->
    /// [commune] … *[district] … }`): any other value silently picks the
    /// default variant, so offices are checked against these.
    pub choices: BTreeMap<String, BTreeSet<String>>,
    /// Comment lines (without `#`).
    pub comment: Vec<String>,
    pub draft: bool,
    /// The value has no visible text and no placeable.
    pub empty: bool,
}

impl MessageInfo {
    /// A reviewer has confirmed it (`# @reviewed`), e.g. a name that is the
    /// same in every language.
    pub fn reviewed(&self) -> bool {
        self.comment.iter().any(|l| has_tag(l, REVIEWED_TAG))
    }

    /// Still the source's text: the same words as `source`, and no
    /// reviewer said that is right. Messages without letters (only a
    /// `{ $phone }`, say) have nothing to translate.
    pub fn is_copy_of(&self, source: &MessageInfo) -> bool {
        let has_letters = self
            .texts
            .iter()
            .any(|t| t.1.chars().any(char::is_alphabetic));
        has_letters
            && !self.reviewed()
            && self
                .texts
                .iter()
                .map(|t| &t.1)
                .eq(source.texts.iter().map(|t| &t.1))
    }
}

impl FtlFile {
    pub fn load(path: &Path) -> Result<FtlFile, Error> {
        Ok(FtlFile::parse(path, crate::files::read_text(path)?))
    }

    pub fn parse(path: &Path, text: String) -> FtlFile {
        if let Some(offset) = too_deep(&text) {
            return FtlFile {
                path: path.to_path_buf(),
                messages: Vec::new(),
                syntax_errors: vec![SyntaxError {
                    offset,
                    message: format!("placeables or calls nested deeper than {MAX_NESTING} levels"),
                    code: "nesting",
                }],
                draft_file: false,
                // Nothing of the file is read: its messages are broken.
                broken_ids: text.lines().filter_map(defined_id).collect(),
                text,
            };
        }
        let (messages, syntax_errors, draft_file, broken_ids) = {
            let (resource, errors) = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => (r, Vec::new()),
                Err((r, e)) => (r, e),
            };
            let base = text.as_ptr() as usize;
            let offset_of = |s: &str| (s.as_ptr() as usize).saturating_sub(base).min(text.len());
            let mut draft_file = false;
            let mut broken_ids = Vec::new();
            let mut messages = Vec::new();
            for entry in &resource.body {
                match entry {
                    Entry::ResourceComment(c) => {
                        draft_file |= c.content.iter().any(|l| has_tag(l, DRAFT_TAG));
                    }
                    // A damaged file header must not make drafts look final.
                    Entry::Junk { content } => {
                        draft_file |= content
                            .lines()
                            .any(|l| l.trim_start().starts_with("###") && has_tag(l, DRAFT_TAG));
                        broken_ids.extend(content.lines().filter_map(defined_id));
                    }
                    Entry::Message(m) => messages.push(info(
                        m.id.name,
                        m.value.as_ref(),
                        &m.attributes,
                        m.comment.as_ref(),
                        &offset_of,
                    )),
                    Entry::Term(t) => {
                        let mut i = info(
                            t.id.name,
                            Some(&t.value),
                            &t.attributes,
                            t.comment.as_ref(),
                            &offset_of,
                        );
                        i.id = format!("-{}", i.id);
                        messages.push(i);
                    }
                    _ => {}
                }
            }
            if draft_file {
                for m in &mut messages {
                    m.draft = !m.reviewed();
                }
            }
            let errors = errors
                .into_iter()
                .map(|e| SyntaxError {
                    offset: match e.kind {
                        // An unclosed placeable: the parser notices on the
                        // next line, the mistake is at the end of this one.
                        ErrorKind::ExpectedToken(_) => error_offset(&text, e.pos.start),
                        _ => e.pos.start.min(text.len()),
                    },
                    code: match e.kind {
                        ErrorKind::MissingDefaultVariant => "missing-default-variant",
                        _ => "syntax",
                    },
                    message: e.kind.to_string(),
                })
                .collect();
            (messages, errors, draft_file, broken_ids)
        };
        FtlFile {
            path: path.to_path_buf(),
            text,
            messages,
            syntax_errors,
            draft_file,
            broken_ids,
        }
    }

    pub fn message(&self, id: &str) -> Option<&MessageInfo> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// The id a line defines (`id =` or `-term =` at the line's start).
fn defined_id(line: &str) -> Option<String> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| id.to_string())
}

fn has_tag(line: &str, tag: &str) -> bool {
    line.split_whitespace().any(|w| w == tag)
}

/// Where to point for a parser error: the parser reports "expected `}`" at
/// the start of the next line; rustc-style, we point at the end of the
/// unfinished one.
pub fn error_offset(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    if before.ends_with('\n') {
        before.trim_end().len()
    } else {
        at
    }
}

/// Offset of the first `{` or `(` nested deeper than [`MAX_NESTING`], if
/// any. Parentheses count inside placeables only (call arguments nest
/// there; in plain text they are just text).
pub fn too_deep(text: &str) -> Option<usize> {
    let mut braces = 0usize;
    let mut parens = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => braces += 1,
            '}' => {
                braces = braces.saturating_sub(1);
                if braces == 0 {
                    parens = 0;
                }
            }
            '(' if braces > 0 => parens += 1,
            ')' if braces > 0 => parens = parens.saturating_sub(1),
            _ => continue,
        }
        if braces + parens > MAX_NESTING {
            return Some(i);
        }
    }
    None
}

fn info(
    id: &str,
    value: Option<&Pattern<&str>>,
    attributes: &[ast::Attribute<&str>],
    comment: Option<&ast::Comment<&str>>,
    offset_of: &dyn Fn(&str) -> usize,
) -> MessageInfo {
    let mut found = Walker {
        offset_of,
        variables: BTreeSet::new(),
        variable_offsets: BTreeMap::new(),
        texts: Vec::new(),
        choices: BTreeMap::new(),
    };
    let mut visible = false;
    if let Some(v) = value {
        visible |= found.pattern(v);
    }
    for a in attributes {
        found.pattern(&a.value);
    }
    let comment: Vec<String> = comment
        .map(|c| c.content.iter().map(|l| l.to_string()).collect())
        .unwrap_or_default();
    MessageInfo {
        id: id.to_string(),
        offset: offset_of(id),
        has_value: value.is_some(),
        attributes: attributes
            .iter()
            .map(|a| (a.id.name.to_string(), offset_of(a.id.name)))
            .collect(),
        variables: found.variables,
        variable_offsets: found.variable_offsets,
        texts: found.texts,
        choices: found.choices,
        draft: comment.iter().any(|l| has_tag(l, DRAFT_TAG)),
        comment,
        empty: value.is_some() && !visible,
    }
}

/// Adds the keys of one select on `$name` to `choices`: a value is valid
/// only if every select on that variable knows it.
pub fn narrow_choices(
    choices: &mut BTreeMap<String, BTreeSet<String>>,
    name: &str,
    keys: &BTreeSet<String>,
) {
    choices
        .entry(name.to_string())
        .and_modify(|k| k.retain(|x| keys.contains(x)))
        .or_insert_with(|| keys.clone());
}

/// Collects what a message uses while walking its patterns.
struct Walker<'a> {
    offset_of: &'a dyn Fn(&str) -> usize,
    variables: BTreeSet<String>,
    variable_offsets: BTreeMap<String, usize>,
    texts: Vec<(usize, String)>,
    choices: BTreeMap<String, BTreeSet<String>>,
}

impl Walker<'_> {
    /// Returns whether the pattern shows anything.
    fn pattern(&mut self, pattern: &Pattern<&str>) -> bool {
        let mut visible = false;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    visible |= !value.trim().is_empty();
                    self.texts
                        .push(((self.offset_of)(value), value.to_string()));
                }
                PatternElement::Placeable { expression } => {
                    visible |= expression_visible(expression);
                    self.expression(expression);
                }
            }
        }
        visible
    }

    fn expression(&mut self, e: &Expression<&str>) {
        match e {
            Expression::Inline(i) => self.inline(i),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                if let InlineExpression::VariableReference { id } = selector {
                    // Numeric keys mean plural or number matching: any value
                    // may be right there, so only word keys are a choice.
                    let keys: Option<BTreeSet<String>> = variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => Some(name.to_string()),
                            ast::VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect();
                    if let Some(keys) = keys {
                        narrow_choices(&mut self.choices, id.name, &keys);
                    }
                }
                for v in variants {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, e: &InlineExpression<&str>) {
        match e {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
                // The name's slice points into the file; `$` is just before.
                let at = (self.offset_of)(id.name).saturating_sub(1);
                self.variable_offsets
                    .entry(id.name.to_string())
                    .or_insert(at);
            }
            InlineExpression::FunctionReference { arguments, .. }
            | InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for a in &arguments.positional {
                    self.inline(a);
                }
                for a in &arguments.named {
                    self.inline(&a.value);
                }
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }
}

fn expression_visible(e: &Expression<&str>) -> bool {
    match e {
        Expression::Inline(InlineExpression::StringLiteral { value }) => !value.trim().is_empty(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FtlFile {
        FtlFile::parse(Path::new("t.ftl"), text.to_string())
    }

    #[test]
    fn positions_variables_and_drafts() {
        let f =
            parse("### @draft\n\nhello = Hi { $name }\n    .title = T\n# @reviewed\nok = fine\n");
        let hello = f.message("hello").unwrap();
        assert_eq!(hello.offset, 12);
        assert_eq!(hello.attributes, vec![("title".to_string(), 38)]);
        assert!(hello.variables.contains("name"));
        assert!(hello.draft && f.draft_file);
        assert!(!f.message("ok").unwrap().draft);
    }

    #[test]
    fn missing_default_variant_has_its_own_code() {
        let f = parse("a = { $n ->\n    [one] x\n    [other] y\n}\n");
        assert_eq!(f.syntax_errors[0].code, "missing-default-variant");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("a = {}x{}\n", "{".repeat(10_000), "}".repeat(10_000));
        let f = parse(&text);
        assert_eq!(f.syntax_errors[0].code, "nesting");
        assert_eq!(f.syntax_errors[0].offset, 4 + MAX_NESTING);
    }

    #[test]
    fn empty_values_are_noticed() {
        let f = parse("a = { \"\" }\nb = { \" \" }\nc = x\n");
        assert!(f.message("a").unwrap().empty && f.message("b").unwrap().empty);
        assert!(!f.message("c").unwrap().empty);
    }
}

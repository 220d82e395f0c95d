//! The source view of an `.ftl` file: every message with its position,
//! attributes, variables and draft status, plus every syntax error — what
//! `check`, `status` and `new-locale` reason about.
//!
//! fluent-syntax's AST has no spans, but its `&str` slices point into the
//! source, so positions are recovered from the slices themselves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::{ErrorKind, ParserError};

use crate::diag::{Code, Error, Finding, LineIndex, Location};
use crate::i18n::Message;
use crate::msg;

/// Starts the comment lines that keep the source text a translation was
/// made from (`new-locale` writes them): `# vi: …`.
pub const SOURCE_COPY_PREFIX: &str = "vi: ";
/// Deeper placeable nesting is refused before parsing: it is never needed
/// and would let a hostile file exhaust the parser's stack.
pub const MAX_NESTING: usize = 32;

/// A parsed `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    /// The text and its one parse (shared with the locale's bundle).
    source: Source,
    /// Where each line starts, for findings' positions.
    lines: LineIndex,
    pub messages: Vec<MessageInfo>,
    pub syntax_errors: Vec<SyntaxError>,
    /// Ids of messages lost to a syntax error: they are broken (and
    /// reported as such), not missing.
    pub broken_ids: Vec<String>,
    /// Group comments (`## …`): the byte offset where each starts and its
    /// lines, in file order. Messages after one belong to its group.
    pub groups: Vec<(usize, Vec<String>)>,
}

/// The comments of a file, read from its lines: the runtime parser that
/// the bundle needs drops them, and reading them from the text keeps each
/// file to one parse.
struct Comments {
    /// `###` lines.
    resource: Vec<String>,
    groups: Vec<(usize, Vec<String>)>,
    /// `#` blocks by the line just below them.
    messages: BTreeMap<usize, Vec<String>>,
}

impl Comments {
    fn scan(text: &str) -> Comments {
        let mut out = Comments {
            resource: Vec::new(),
            groups: Vec::new(),
            messages: BTreeMap::new(),
        };
        let mut block: Vec<String> = Vec::new();
        let mut previous = 0;
        let mut offset = 0;
        for (i, raw) in text.split_inclusive('\n').enumerate() {
            let line = raw.trim_end_matches(['\n', '\r']);
            let hashes = line.bytes().take_while(|&b| b == b'#').count();
            // `#` alone or followed by a space; `#x` is not a comment.
            let rest = &line[hashes..];
            let level = if (1..=3).contains(&hashes) && (rest.is_empty() || rest.starts_with(' ')) {
                hashes
            } else {
                0
            };
            let body = rest.strip_prefix(' ').unwrap_or("").to_string();
            match level {
                3 => out.resource.push(body),
                2 if previous == 2 => {
                    if let Some((_, g)) = out.groups.last_mut() {
                        g.push(body);
                    }
                }
                2 => out.groups.push((offset, vec![body])),
                1 => block.push(body),
                _ => {
                    if !block.is_empty() {
                        // The block ends above this line (1-based i + 1).
                        out.messages.insert(i + 1, std::mem::take(&mut block));
                    }
                }
            }
            if level != 1 {
                block.clear();
            }
            previous = level;
            offset += raw.len();
        }
        out
    }

    /// The `#` comment right above 1-based `line`.
    fn above(&self, line: usize) -> Vec<String> {
        self.messages.get(&line).cloned().unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
enum Source {
    Parsed(Arc<FluentResource>),
    /// Refused before parsing (see [`MAX_NESTING`]).
    Refused(String),
}

/// A syntax error, in a translator's words.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// Where to point: the mistake itself where it can be told.
    pub offset: usize,
    pub code: Code,
    pub message: Message,
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
    /// Messages, terms and functions it refers to.
    pub references: Vec<Reference>,
    /// Attributes defined a second time, with the second one's offset.
    pub duplicate_attributes: Vec<(String, usize)>,
    /// Variant keys repeated within one select, with the repeat's offset.
    pub duplicate_keys: Vec<(String, usize)>,
    /// Attributes without visible text, with their offsets.
    pub empty_attributes: Vec<(String, usize)>,
    /// Comment lines (without `#`): notes for people, never evidence of a
    /// review (see `load::review`).
    pub comment: Vec<String>,
    /// The message (value and attributes, no comment) in Fluent's
    /// canonical serialization, and its fingerprint.
    pub canonical: String,
    pub fingerprint: String,
    /// The source text the translation was made from, from its `# vi:`
    /// comment lines, as [`shown_lines`] writes them.
    pub source_copy: Option<String>,
    /// The value has no visible text and no placeable.
    pub empty: bool,
}

/// What a message refers to by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceKind {
    Message,
    /// The id is kept without its `-`, as the bundle knows it.
    Term,
    Function,
}

/// A reference to a message (`{ other }`), a term (`{ -brand }`) or a
/// function (`{ UPPER($x) }`), with the offset of its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub kind: ReferenceKind,
    pub id: String,
    pub attribute: Option<String>,
    pub offset: usize,
}

impl MessageInfo {
    /// Still the source's words: the same text pieces as `source`.
    /// Messages without letters (only a `{ $phone }`, say) have nothing to
    /// translate.
    pub fn is_copy_of(&self, source: &MessageInfo) -> bool {
        self.has_letters()
            && self
                .texts
                .iter()
                .map(|t| &t.1)
                .eq(source.texts.iter().map(|t| &t.1))
    }

    /// Whether its text has any letter.
    pub fn has_letters(&self) -> bool {
        self.texts
            .iter()
            .any(|t| t.1.chars().any(char::is_alphabetic))
    }

    /// The message as `# vi:` lines would show it (see [`shown_lines`]).
    pub fn shown(&self) -> String {
        shown_lines(&self.canonical)
    }
}

impl FtlFile {
    pub fn load(path: &Path) -> Result<FtlFile, Error> {
        Ok(FtlFile::parse(path, crate::files::read_text(path)?))
    }

    /// Parses `text` (the contents of `path`) once: the same parse serves
    /// the checks (through the AST) and the runtime bundle.
    pub fn parse(path: &Path, text: String) -> FtlFile {
        let lines = LineIndex::new(&text);
        if let Some(offset) = too_deep(&text) {
            return FtlFile {
                path: path.to_path_buf(),
                messages: Vec::new(),
                syntax_errors: vec![SyntaxError {
                    offset,
                    code: Code::TooDeep,
                    message: msg!("ftl-too-deep", limit = MAX_NESTING),
                }],
                // Nothing of the file is read: its messages are broken.
                broken_ids: text.lines().filter_map(defined_id).collect(),
                groups: Vec::new(),
                source: Source::Refused(text),
                lines,
            };
        }
        let (resource, errors) = match FluentResource::try_new(text) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let text = resource.source();
        let base = text.as_ptr() as usize;
        let offset_of = |s: &str| (s.as_ptr() as usize).saturating_sub(base).min(text.len());
        // The runtime parse keeps no comments; they are read from the text.
        let comments = Comments::scan(text);
        let comment_of = |s: &str| comments.above(lines.location(path, text, offset_of(s)).line);
        let mut broken_ids = Vec::new();
        let mut messages = Vec::new();
        for entry in resource.entries() {
            match entry {
                Entry::Junk { content } => {
                    broken_ids.extend(content.lines().filter_map(defined_id));
                }
                Entry::Message(m) => messages.push(info(
                    m.id.name,
                    m.value.as_ref(),
                    &m.attributes,
                    comment_of(m.id.name),
                    canonical(entry),
                    &offset_of,
                )),
                Entry::Term(t) => {
                    let mut i = info(
                        t.id.name,
                        Some(&t.value),
                        &t.attributes,
                        comment_of(t.id.name),
                        canonical(entry),
                        &offset_of,
                    );
                    i.id = format!("-{}", i.id);
                    messages.push(i);
                }
                _ => {}
            }
        }
        let syntax_errors = errors
            .into_iter()
            .map(|e| syntax_error(text, &lines, path, &e))
            .collect();
        let groups = comments.groups;
        FtlFile {
            path: path.to_path_buf(),
            messages,
            syntax_errors,
            broken_ids,
            groups,
            source: Source::Parsed(Arc::new(resource)),
            lines,
        }
    }

    /// The file's text, as read.
    pub fn text(&self) -> &str {
        match &self.source {
            Source::Parsed(r) => r.source(),
            Source::Refused(t) => t,
        }
    }

    /// The parsed resource for a runtime bundle; `None` for a file refused
    /// before parsing (too deeply nested).
    pub fn resource(&self) -> Option<&Arc<FluentResource>> {
        match &self.source {
            Source::Parsed(r) => Some(r),
            Source::Refused(_) => None,
        }
    }

    pub fn message(&self, id: &str) -> Option<&MessageInfo> {
        self.messages.iter().find(|m| m.id == id)
    }

    /// A finding pointing at byte `offset` of this file.
    pub fn finding_at(&self, finding: Finding, offset: usize) -> Finding {
        finding.at_line(&self.lines, &self.path, self.text(), offset)
    }

    /// Line and column of byte `offset`.
    pub fn location(&self, offset: usize) -> Location {
        self.lines.location(&self.path, self.text(), offset)
    }
}

/// A parser error in a translator's words, pointing at the mistake (the
/// parser notices an unclosed `{` only on the next line).
fn syntax_error(text: &str, lines: &LineIndex, path: &Path, e: &ParserError) -> SyntaxError {
    let at = e.pos.start.min(text.len());
    let entry_start = e.slice.as_ref().map_or(0, |s| s.start).min(at);
    let spot = |offset: usize| {
        let loc = lines.location(path, text, offset);
        (loc.line, loc.column)
    };
    let (code, message, offset) = match &e.kind {
        ErrorKind::ExpectedToken('}') => match unclosed_brace(&text[entry_start..at]) {
            Some(open) => {
                let (line, column) = spot(entry_start + open);
                (
                    Code::Syntax,
                    msg!("ftl-unclosed-brace", line = line, column = column),
                    error_offset(text, at),
                )
            }
            None => (
                Code::Syntax,
                msg!("ftl-expected-brace"),
                error_offset(text, at),
            ),
        },
        ErrorKind::ExpectedToken('=') => (Code::Syntax, msg!("ftl-expected-equals"), at),
        ErrorKind::ExpectedToken(c) => (
            Code::Syntax,
            msg!("ftl-expected-token", token = *c),
            error_offset(text, at),
        ),
        ErrorKind::ExpectedCharRange { .. } => (Code::Syntax, msg!("ftl-expected-name"), at),
        ErrorKind::ExpectedMessageField { entry_id }
        | ErrorKind::ExpectedTermField { entry_id } => {
            (Code::Syntax, msg!("ftl-no-value", id = entry_id), at)
        }
        ErrorKind::MissingValue => (Code::Syntax, msg!("ftl-missing-value"), at),
        ErrorKind::MissingDefaultVariant => {
            (Code::MissingDefaultVariant, msg!("ftl-missing-default"), at)
        }
        ErrorKind::MultipleDefaultVariants => (Code::Syntax, msg!("ftl-two-defaults"), at),
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::TermAttributeAsPlaceable
        | ErrorKind::ExpectedSimpleExpressionAsSelector => {
            (Code::Syntax, msg!("ftl-bad-selector"), at)
        }
        ErrorKind::UnterminatedStringLiteral => (Code::Syntax, msg!("ftl-unclosed-quote"), at),
        ErrorKind::UnknownEscapeSequence(s) => {
            (Code::Syntax, msg!("ftl-unknown-escape", escape = s), at)
        }
        ErrorKind::InvalidUnicodeEscapeSequence(s) => {
            (Code::Syntax, msg!("ftl-bad-unicode-escape", escape = s), at)
        }
        ErrorKind::UnbalancedClosingBrace => (Code::Syntax, msg!("ftl-stray-brace"), at),
        ErrorKind::ForbiddenCallee => (Code::Syntax, msg!("ftl-forbidden-call"), at),
        ErrorKind::PositionalArgumentFollowsNamed => (Code::Syntax, msg!("ftl-argument-order"), at),
        ErrorKind::DuplicatedNamedArgument(name) => (
            Code::Syntax,
            msg!("ftl-duplicate-argument", name = name),
            at,
        ),
        ErrorKind::ExpectedInlineExpression => (Code::Syntax, msg!("ftl-expected-expression"), at),
        ErrorKind::ExpectedLiteral => (Code::Syntax, msg!("ftl-expected-literal"), at),
    };
    SyntaxError {
        offset,
        code,
        message,
    }
}

/// Offset of the last `{` in `entry` that no `}` closes (text in quotes
/// inside placeables does not count).
fn unclosed_brace(entry: &str) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in entry.char_indices() {
        if in_string {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '{' => open.push(i),
            '}' => {
                open.pop();
            }
            '"' if !open.is_empty() => in_string = true,
            _ => {}
        }
    }
    open.pop()
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

/// An entry in Fluent's canonical form, without its comment.
fn canonical(entry: &Entry<&str>) -> String {
    let bare = match entry {
        Entry::Message(m) => Entry::Message(ast::Message {
            comment: None,
            ..m.clone()
        }),
        Entry::Term(t) => Entry::Term(ast::Term {
            comment: None,
            ..t.clone()
        }),
        other => other.clone(),
    };
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![bare] })
}

/// A canonical message as `new-locale` shows it in `# vi:` lines: the
/// value after `id = `, then each further line trimmed.
///
/// The serializer may start a multi-line value on the line after `id =`;
/// either way the shown lines are the same.
pub fn shown_lines(canonical: &str) -> String {
    canonical
        .lines()
        .enumerate()
        .map(|(i, line)| match i {
            0 => match line.split_once(" = ") {
                Some((_, value)) => value,
                None => line.strip_suffix(" =").map_or(line, |_| ""),
            },
            _ => line.trim(),
        })
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `# vi:` lines of a comment, joined, if it has any.
fn source_copy(comment: &[String]) -> Option<String> {
    let lines: Vec<&str> = comment
        .iter()
        .filter_map(|l| l.strip_prefix(SOURCE_COPY_PREFIX))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
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
    comment: Vec<String>,
    canonical: String,
    offset_of: &dyn Fn(&str) -> usize,
) -> MessageInfo {
    let mut found = Walker {
        offset_of,
        variables: BTreeSet::new(),
        variable_offsets: BTreeMap::new(),
        texts: Vec::new(),
        choices: BTreeMap::new(),
        references: Vec::new(),
        duplicate_keys: Vec::new(),
    };
    let mut visible = false;
    if let Some(v) = value {
        visible |= found.pattern(v);
    }
    let mut empty_attributes = Vec::new();
    for a in attributes {
        if !found.pattern(&a.value) {
            empty_attributes.push((a.id.name.to_string(), offset_of(a.id.name)));
        }
    }
    // A repeated attribute: Fluent keeps the first, silently.
    let mut duplicate_attributes = Vec::new();
    for (i, a) in attributes.iter().enumerate() {
        if attributes[..i].iter().any(|b| b.id.name == a.id.name) {
            duplicate_attributes.push((a.id.name.to_string(), offset_of(a.id.name)));
        }
    }
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
        references: found.references,
        duplicate_attributes,
        duplicate_keys: found.duplicate_keys,
        empty_attributes,
        source_copy: source_copy(&comment),
        fingerprint: crate::load::review::fingerprint(&canonical),
        canonical,
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
    references: Vec<Reference>,
    duplicate_keys: Vec<(String, usize)>,
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
                for (i, v) in variants.iter().enumerate() {
                    let key = variant_key(&v.key);
                    if variants[..i].iter().any(|w| variant_key(&w.key) == key) {
                        self.duplicate_keys
                            .push((key.to_string(), (self.offset_of)(key)));
                    }
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
            InlineExpression::FunctionReference { id, arguments } => {
                self.reference(ReferenceKind::Function, id.name, None);
                self.arguments(arguments);
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.reference(ReferenceKind::Term, id.name, attribute.as_ref());
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            InlineExpression::MessageReference { id, attribute } => {
                self.reference(ReferenceKind::Message, id.name, attribute.as_ref());
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for a in &arguments.positional {
            self.inline(a);
        }
        for a in &arguments.named {
            self.inline(&a.value);
        }
    }

    fn reference(
        &mut self,
        kind: ReferenceKind,
        id: &str,
        attribute: Option<&ast::Identifier<&str>>,
    ) {
        self.references.push(Reference {
            kind,
            id: id.to_string(),
            attribute: attribute.map(|a| a.name.to_string()),
            offset: (self.offset_of)(id),
        });
    }
}

fn variant_key<'s>(key: &ast::VariantKey<&'s str>) -> &'s str {
    match key {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
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
    fn positions_variables_comments_and_fingerprints() {
        let f = parse(
            "### File\n\n## Group\n\nhello = Hi { $name }\n    .title = T\n# A note\n# vi: Xin chào\nok = fine\n",
        );
        let hello = f.message("hello").unwrap();
        assert_eq!(hello.offset, 20);
        assert_eq!(hello.attributes, vec![("title".to_string(), 46)]);
        assert!(hello.variables.contains("name"));
        assert!(hello.comment.is_empty());
        let ok = f.message("ok").unwrap();
        assert_eq!(ok.comment, vec!["A note", "vi: Xin chào"]);
        assert_eq!(ok.source_copy.as_deref(), Some("Xin chào"));
        assert_eq!(f.groups, vec![(10, vec!["Group".to_string()])]);
        // The same message written another way has the same fingerprint.
        let g = parse("# other comment\nhello =\n    Hi { $name }\n  .title   =   T\n");
        assert_eq!(g.message("hello").unwrap().fingerprint, hello.fingerprint);
        assert_ne!(ok.fingerprint, hello.fingerprint);
        assert_eq!(hello.shown(), "Hi { $name }\n.title = T");
    }

    #[test]
    fn missing_default_variant_has_its_own_code() {
        let f = parse("a = { $n ->\n    [one] x\n    [other] y\n}\n");
        assert_eq!(f.syntax_errors[0].code, Code::MissingDefaultVariant);
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("a = {}x{}\n", "{".repeat(10_000), "}".repeat(10_000));
        let f = parse(&text);
        assert_eq!(f.syntax_errors[0].code, Code::TooDeep);
        assert_eq!(f.syntax_errors[0].offset, 4 + MAX_NESTING);
    }

    #[test]
    fn empty_values_are_noticed() {
        let f = parse("a = { \"\" }\nb = { \" \" }\nc = x\n");
        assert!(f.message("a").unwrap().empty && f.message("b").unwrap().empty);
        assert!(!f.message("c").unwrap().empty);
    }
}

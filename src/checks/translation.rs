//! What a locale's files say about themselves and against the source, the
//! way Mozilla's compare-locales does: syntax errors, repeats, empty values,
//! missing or extra variables and attributes, obsolete messages, unknown
//! references, and how much is not reviewed yet.
//!
//! Each finding about a message that cannot be printed as written says what
//! the leaflet prints instead, from the same [`MessageState`] the build
//! uses.

use rustc_hash::FxHashMap;

use crate::diag::{Code, Finding};
use crate::i18n::Arg;
use crate::load::ftl::{FtlFile, MessageInfo};
use crate::load::locale::{duplicates, Catalog, SOURCE_LOCALE};
use crate::msg;
use crate::resolve::{unresolved, LocaleStates, MessageState, Untranslated};

/// Syntax errors, repeated messages, attributes and variant keys, for any
/// locale (the source included).
pub fn syntax(catalog: &Catalog) -> Vec<Finding> {
    let code = &catalog.code;
    let consequence = consequence(code);
    let mut out = Vec::new();
    for file in &catalog.files {
        for e in &file.syntax_errors {
            out.push(
                file.finding_at(Finding::new(e.code, e.message.clone()), e.offset)
                    .locale(code)
                    .note(consequence.clone()),
            );
        }
        for m in &file.messages {
            for (name, offset) in &m.duplicate_attributes {
                out.push(
                    file.finding_at(
                        Finding::new(
                            Code::DuplicateMessage,
                            msg!("duplicate-attribute", attribute = name),
                        ),
                        *offset,
                    )
                    .locale(code)
                    .message_id(&m.id)
                    .help(msg!("help-duplicate")),
                );
            }
            for (key, offset) in &m.duplicate_keys {
                out.push(
                    file.finding_at(
                        Finding::new(Code::DuplicateMessage, msg!("duplicate-variant", key = key)),
                        *offset,
                    )
                    .locale(code)
                    .message_id(&m.id)
                    .help(msg!("help-duplicate")),
                );
            }
        }
    }
    for d in duplicates(&catalog.files) {
        out.push(
            d.file
                .finding_at(
                    Finding::new(
                        Code::DuplicateMessage,
                        msg!("duplicate-message", first = d.first.to_string()),
                    ),
                    d.offset,
                )
                .locale(code)
                .message_id(d.id)
                .help(msg!("help-duplicate")),
        );
    }
    out
}

/// What a broken message costs: the source's text (in a translation), or
/// the leaflet (in the source).
fn consequence(locale: &str) -> crate::i18n::Message {
    if locale == SOURCE_LOCALE {
        msg!("consequence-source")
    } else {
        msg!("consequence-translation", source = SOURCE_LOCALE)
    }
}

/// Findings about the source locale's own messages: empty values and
/// references to messages that do not exist.
pub fn source(source: &Catalog) -> Vec<Finding> {
    let mut out = Vec::new();
    for file in &source.files {
        for m in file.messages.iter() {
            if m.empty || !m.empty_attributes.is_empty() {
                let offset = m.empty_attributes.first().map_or(m.offset, |a| a.1);
                out.push(
                    file.finding_at(
                        Finding::new(Code::EmptySource, msg!("empty-source")),
                        offset,
                    )
                    .locale(&source.code)
                    .message_id(&m.id),
                );
            }
            if let Some(problem) = unresolved(m, source) {
                out.push(
                    file.finding_at(Finding::new(Code::Unresolved, problem.message()), m.offset)
                        .locale(&source.code)
                        .message_id(&m.id)
                        .note(consequence(&source.code)),
                );
            }
        }
    }
    out
}

/// A translation against the source: one finding per message that cannot
/// be printed as written, one per obsolete message or attribute, and a
/// summary of what is not reviewed yet.
pub fn compare(source: &Catalog, translation: &Catalog, states: &LocaleStates) -> Vec<Finding> {
    let code = &translation.code;
    let mut out = Vec::new();
    let source_messages = first_definitions(&source.files);
    let translated = first_definitions(&translation.files);
    for (id, state) in states.iter() {
        let (Some(&(file, t)), Some(&(_, s))) = (translated.get(id), source_messages.get(id))
        else {
            continue;
        };
        out.extend(
            compare_message(s, t, state, translation)
                .into_iter()
                .map(|(f, offset)| file.finding_at(f, offset).locale(code).message_id(id)),
        );
    }
    out.extend(obsolete_messages(&source_messages, translation));
    out.extend(not_reviewed(translation, states));
    out
}

/// Every problem of one translated message `t` against its source `s`,
/// with the byte offset each is at (not only the one its state names).
fn compare_message(
    s: &MessageInfo,
    t: &MessageInfo,
    state: &MessageState,
    translation: &Catalog,
) -> Vec<(Finding, usize)> {
    let mut out = Vec::new();
    // Mistakes that make the leaflet print the source instead say so.
    let mut mistake = |f: Finding, offset: usize| {
        let prints_source = msg!("consequence-translation", source = SOURCE_LOCALE);
        out.push((f.note(prints_source), offset));
    };
    for v in s.variables.difference(&t.variables) {
        mistake(
            Finding::new(
                Code::MissingVariable,
                msg!("missing-variable", name = v, source = SOURCE_LOCALE),
            )
            .help(msg!("help-missing-variable", name = v)),
            t.offset,
        );
    }
    for v in t.variables.difference(&s.variables) {
        mistake(
            Finding::new(
                Code::UnknownVariable,
                msg!("unknown-variable", name = v, source = SOURCE_LOCALE),
            ),
            t.variable_offsets.get(v).copied().unwrap_or(t.offset),
        );
    }
    for (a, _) in &s.attributes {
        if !t.attributes.iter().any(|(b, _)| a == b) {
            mistake(
                Finding::new(
                    Code::MissingAttribute,
                    msg!("missing-attribute", attribute = a, source = SOURCE_LOCALE),
                ),
                t.offset,
            );
        }
    }
    if let Some(problem) = unresolved(t, translation) {
        mistake(Finding::new(Code::Unresolved, problem.message()), t.offset);
    }
    if *state == MessageState::Untranslated(Untranslated::Empty) {
        let offset = t.empty_attributes.first().map_or(t.offset, |a| a.1);
        mistake(
            Finding::new(Code::EmptyTranslation, msg!("empty-translation")),
            offset,
        );
    }
    if let MessageState::SourceChanged { previous } = state {
        out.push((
            Finding::new(
                Code::SourceChanged,
                msg!("source-changed", source = SOURCE_LOCALE),
            )
            .note(msg!("source-changed-was", text = previous.as_str()))
            .note(msg!("source-changed-now", text = s.shown()))
            .help(msg!("help-source-changed")),
            t.offset,
        ));
    }
    // An attribute the source does not have is never printed.
    for (attr, offset) in &t.attributes {
        if !s.attributes.iter().any(|(a, _)| a == attr) {
            out.push((
                Finding::new(
                    Code::ObsoleteAttribute,
                    msg!(
                        "obsolete-attribute",
                        attribute = attr,
                        source = SOURCE_LOCALE
                    ),
                ),
                *offset,
            ));
        }
    }
    out
}

/// Messages of the translation that the source does not have any more.
fn obsolete_messages(
    source_messages: &FxHashMap<&str, (&FtlFile, &MessageInfo)>,
    translation: &Catalog,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for file in &translation.files {
        for m in &file.messages {
            // Terms of a translation's own are legitimate: languages need
            // words the source has no term for.
            if source_messages.contains_key(m.id.as_str()) || m.id.starts_with('-') {
                continue;
            }
            out.push(
                file.finding_at(
                    Finding::new(
                        Code::ObsoleteMessage,
                        msg!("obsolete-message", source = SOURCE_LOCALE),
                    ),
                    m.offset,
                )
                .locale(&translation.code)
                .message_id(&m.id)
                .help(msg!("help-obsolete-message")),
            );
        }
    }
    out
}

/// One summary finding when some messages are not reviewed yet.
pub fn not_reviewed(catalog: &Catalog, states: &LocaleStates) -> Option<Finding> {
    let c = states.counts();
    if c.reviewed == c.total {
        return None;
    }
    let parts: Vec<Arg> = [
        (c.draft, "not-reviewed-draft"),
        (c.source_changed, "not-reviewed-source-changed"),
        (c.untranslated, "not-reviewed-untranslated"),
        (c.fallback, "not-reviewed-fallback"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| crate::i18n::Message::new(id).arg("count", n).into())
    .collect();
    let mut f = Finding::new(
        Code::NotReviewed,
        msg!("not-reviewed", total = c.total, parts = Arg::List(parts)),
    )
    .locale(&catalog.code)
    .help(msg!("help-not-reviewed"));
    if let Some(file) = catalog.files.first() {
        f = f.in_file(&file.path);
    }
    Some(f)
}

/// The first definition of each message, with its file.
fn first_definitions(files: &[FtlFile]) -> FxHashMap<&str, (&FtlFile, &MessageInfo)> {
    let mut out = FxHashMap::default();
    for f in files {
        for m in &f.messages {
            out.entry(m.id.as_str()).or_insert((f, m));
        }
    }
    out
}

//! Stage 2, resolve: what a leaflet prints for each message, and why.
//!
//! [`MessageState`] is the one definition of reviewed, draft, untranslated
//! and fallback, made once per locale when it is compared with the source.
//! `check`, `status`, `build` and the studio all read it, so they never
//! disagree about a message. [`Resolver`] turns message ids into text for
//! one leaflet, taking each message whole from the translation or from the
//! source as its state says, never half of each.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::diag::{Code, Error, Finding};
use crate::load::ftl::{FtlFile, MessageInfo, ReferenceKind};
use crate::load::layouts::TextRef;
use crate::load::locale::{Catalog, FormatProblem, Variables, SOURCE_LOCALE};
use crate::load::review::Reviews;
use crate::msg;

/// Where a message of a locale stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageState {
    /// Translated, and a reviewer approved it in `review.toml` (the
    /// source's own messages always count as reviewed).
    Reviewed,
    /// Translated, not yet reviewed (or changed since it was): printed,
    /// with the draft mark.
    Draft,
    /// Translated, but the source text changed since the translation was
    /// reviewed or made: printed, with the draft mark, until someone
    /// approves it again. Keeps the source text it was made from.
    SourceChanged { previous: String },
    /// Not translated: the source text is printed (the current one, also
    /// for a copy of an older source).
    Untranslated(Untranslated),
    /// Translated, but the translation cannot be printed as it is: the
    /// whole message is taken from the source.
    Fallback(Fallback),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Untranslated {
    /// Not in the translation file (platforms leave such messages out).
    Missing,
    /// Still the source's words (fresh from `new-locale`).
    CopyOfSource,
    /// Its value or an attribute is empty.
    Empty,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fallback {
    /// Lost to a syntax error.
    Broken,
    /// Leaves out `$variables` the source uses.
    LacksVariables(Vec<String>),
    /// Uses `$variables` the source does not.
    UnknownVariables(Vec<String>),
    /// Lacks attributes the source has.
    LacksAttributes(Vec<String>),
    /// Refers to a message, term or function that does not exist.
    Unresolved(FormatProblem),
}

impl MessageState {
    /// Whether a leaflet prints the translation's own text for it (else
    /// the source's).
    pub fn prints_translation(&self) -> bool {
        matches!(
            self,
            MessageState::Reviewed | MessageState::Draft | MessageState::SourceChanged { .. }
        )
    }

    /// The stable name used in JSON (`reviewed`, `draft`,
    /// `source-changed`, `untranslated`, `fallback`).
    pub fn name(&self) -> &'static str {
        match self {
            MessageState::Reviewed => "reviewed",
            MessageState::Draft => "draft",
            MessageState::SourceChanged { .. } => "source-changed",
            MessageState::Untranslated(_) => "untranslated",
            MessageState::Fallback(_) => "fallback",
        }
    }
}

/// The state of every source message in one locale.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocaleStates {
    /// By source message id (terms with their `-`), in source order.
    states: Vec<(String, MessageState)>,
    index: FxHashMap<String, usize>,
}

/// How many messages of a locale are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct StateCounts {
    pub total: usize,
    pub reviewed: usize,
    pub draft: usize,
    pub source_changed: usize,
    pub untranslated: usize,
    pub fallback: usize,
}

impl LocaleStates {
    fn push(&mut self, id: &str, state: MessageState) {
        self.index.insert(id.to_string(), self.states.len());
        self.states.push((id.to_string(), state));
    }

    /// The states of the source locale's own messages: the source is what
    /// everything else is reviewed against.
    pub fn of_source(source: &Catalog) -> LocaleStates {
        let mut out = LocaleStates::default();
        for m in first_definitions(&source.files).values_in_order() {
            out.push(&m.id, MessageState::Reviewed);
        }
        out
    }

    /// The state of each source message in `translation`, given its
    /// reviewers' approvals.
    pub fn compare(source: &Catalog, translation: &Catalog, reviews: &Reviews) -> LocaleStates {
        let translated = first_definitions(&translation.files);
        let broken: FxHashSet<&str> = translation
            .files
            .iter()
            .flat_map(|f| f.broken_ids.iter().map(String::as_str))
            .collect();
        let mut out = LocaleStates::default();
        for s in first_definitions(&source.files).values_in_order() {
            let state = match translated.get(&s.id) {
                None if broken.contains(s.id.as_str()) => MessageState::Fallback(Fallback::Broken),
                None => MessageState::Untranslated(Untranslated::Missing),
                Some(t) => state_of(s, t, translation, reviews),
            };
            out.push(&s.id, state);
        }
        out
    }

    pub fn get(&self, id: &str) -> Option<&MessageState> {
        self.index.get(id).map(|&i| &self.states[i].1)
    }

    /// Every source message with its state, in source order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &MessageState)> {
        self.states.iter().map(|(id, s)| (id.as_str(), s))
    }

    pub fn counts(&self) -> StateCounts {
        let mut c = StateCounts {
            total: self.states.len(),
            ..StateCounts::default()
        };
        for (_, s) in &self.states {
            match s {
                MessageState::Reviewed => c.reviewed += 1,
                MessageState::Draft => c.draft += 1,
                MessageState::SourceChanged { .. } => c.source_changed += 1,
                MessageState::Untranslated(_) => c.untranslated += 1,
                MessageState::Fallback(_) => c.fallback += 1,
            }
        }
        c
    }
}

/// A translated message's state, given its source and the approvals.
fn state_of(
    source: &MessageInfo,
    t: &MessageInfo,
    translation: &Catalog,
    reviews: &Reviews,
) -> MessageState {
    let lacks: Vec<String> = source.variables.difference(&t.variables).cloned().collect();
    if !lacks.is_empty() {
        return MessageState::Fallback(Fallback::LacksVariables(lacks));
    }
    let extra: Vec<String> = t.variables.difference(&source.variables).cloned().collect();
    if !extra.is_empty() {
        return MessageState::Fallback(Fallback::UnknownVariables(extra));
    }
    let missing_attributes: Vec<String> = source
        .attributes
        .iter()
        .filter(|(a, _)| !t.attributes.iter().any(|(b, _)| a == b))
        .map(|(a, _)| a.clone())
        .collect();
    if !missing_attributes.is_empty() {
        return MessageState::Fallback(Fallback::LacksAttributes(missing_attributes));
    }
    if let Some(problem) = unresolved(t, translation) {
        return MessageState::Fallback(Fallback::Unresolved(problem));
    }
    if t.empty || !t.empty_attributes.is_empty() {
        return MessageState::Untranslated(Untranslated::Empty);
    }
    // An approval holds while neither text changed; a changed source
    // needs a new one, and so does an edited translation.
    if let Some(a) = reviews.approvals.get(&t.id) {
        if a.translation == t.fingerprint {
            return if a.source == source.fingerprint {
                MessageState::Reviewed
            } else {
                MessageState::SourceChanged {
                    previous: a.vi.clone(),
                }
            };
        }
    }
    let shown = source.shown();
    // Still the words of the source it was made from: not translated.
    let copy_of_old = t.source_copy.as_ref().is_some_and(|old| *old == t.shown());
    if t.is_copy_of(source) || (copy_of_old && t.has_letters()) {
        return MessageState::Untranslated(Untranslated::CopyOfSource);
    }
    match &t.source_copy {
        Some(old) if *old != shown => MessageState::SourceChanged {
            previous: old.clone(),
        },
        _ => MessageState::Draft,
    }
}

/// The first reference of `m` that `catalog` cannot resolve.
pub fn unresolved(m: &MessageInfo, catalog: &Catalog) -> Option<FormatProblem> {
    m.references.iter().find_map(|r| {
        let known = match r.kind {
            ReferenceKind::Message => catalog.has(&r.id, r.attribute.as_deref()),
            ReferenceKind::Term => catalog.has_term(&r.id),
            ReferenceKind::Function => r.id == "UPPER",
        };
        (!known).then(|| match r.kind {
            ReferenceKind::Message => FormatProblem::UnknownMessage {
                id: r.id.clone(),
                attribute: r.attribute.clone(),
            },
            ReferenceKind::Term => FormatProblem::UnknownTerm {
                id: r.id.clone(),
                attribute: r.attribute.clone(),
            },
            ReferenceKind::Function => FormatProblem::UnknownFunction(r.id.clone()),
        })
    })
}

/// The first definition of each message of `files`, by id, remembering
/// the file order.
struct FirstDefinitions<'a> {
    order: Vec<&'a MessageInfo>,
    by_id: FxHashMap<&'a str, &'a MessageInfo>,
}

impl<'a> FirstDefinitions<'a> {
    fn get(&self, id: &str) -> Option<&'a MessageInfo> {
        self.by_id.get(id).copied()
    }

    fn values_in_order(&self) -> impl Iterator<Item = &'a MessageInfo> + '_ {
        self.order.iter().copied()
    }
}

fn first_definitions(files: &[FtlFile]) -> FirstDefinitions<'_> {
    let mut out = FirstDefinitions {
        order: Vec::new(),
        by_id: FxHashMap::default(),
    };
    for m in files.iter().flat_map(|f| &f.messages) {
        if !out.by_id.contains_key(m.id.as_str()) {
            out.by_id.insert(&m.id, m);
            out.order.push(m);
        }
    }
    out
}

/// Text for one leaflet: each message from the locale or, as its state
/// says, from the source. Remembers what it printed, because a leaflet
/// with unreviewed or untranslated text must say so.
pub struct Resolver<'a> {
    catalog: &'a Catalog,
    states: &'a LocaleStates,
    /// The source locale, unless `catalog` is the source itself.
    source: Option<&'a Catalog>,
    variables: &'a Variables,
    /// The messages printed, with their states.
    pub printed: BTreeMap<String, MessageState>,
    /// Messages that could not be formatted as their state said and were
    /// taken from the source, as findings.
    pub fallbacks: Vec<Finding>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        catalog: &'a Catalog,
        states: &'a LocaleStates,
        source: Option<&'a Catalog>,
        variables: &'a Variables,
    ) -> Resolver<'a> {
        Resolver {
            catalog,
            states,
            source: source.filter(|s| s.code != catalog.code),
            variables,
            printed: BTreeMap::new(),
            fallbacks: Vec::new(),
        }
    }

    /// The catalog that supplies message `id`.
    fn supplier(&self, id: &str) -> &'a Catalog {
        match (self.states.get(id), self.source) {
            (Some(state), Some(source)) if !state.prints_translation() => source,
            _ => self.catalog,
        }
    }

    /// Formats `r` (with an optional numeric variable).
    pub fn text(&mut self, r: &TextRef, number: Option<(&str, u32)>) -> Result<String, Error> {
        let Some(state) = self.states.get(&r.id).cloned() else {
            return Err(unknown_reference(r));
        };
        let supplier = self.supplier(&r.id);
        let result = supplier.format(r, self.variables, number);
        let text = match (result, self.source) {
            (Ok(t), _) => {
                self.printed.insert(r.id.clone(), state);
                t
            }
            // Formatting the translation failed where its state did not
            // say so (a cycle, say): the source stands in, and says why.
            (Err(problem), Some(source)) if !std::ptr::eq(supplier, source) => {
                let t = source
                    .format(r, self.variables, number)
                    .map_err(|p| format_error(r, &source.code, &p))?;
                self.fallbacks.push(
                    Finding::new(
                        Code::Fallback,
                        msg!("fallback-runtime", reason = problem.message()),
                    )
                    .locale(&self.catalog.code)
                    .message_id(&r.display()),
                );
                self.printed.insert(
                    r.id.clone(),
                    MessageState::Fallback(Fallback::Unresolved(problem)),
                );
                t
            }
            (Err(problem), _) => return Err(format_error(r, &supplier.code, &problem)),
        };
        Ok(text)
    }

    /// Whether the message has the attribute, judged in the catalog that
    /// supplies the message (no mixing of languages within one message).
    pub fn has_attribute(&self, id: &str, attribute: &str) -> bool {
        self.supplier(id).has(id, Some(attribute))
    }

    pub fn code(&self) -> &str {
        &self.catalog.code
    }

    /// The locale whose text is printed for message `id` (`id` or
    /// `id.attribute`): a problem with that text is that locale's.
    pub fn locale_of(&self, id: &str) -> &str {
        let id = id.split('.').next().unwrap_or(id);
        &self.supplier(id).code
    }
}

/// The layout names a message the source does not define.
fn unknown_reference(r: &TextRef) -> Error {
    let mut f = Finding::new(
        Code::UnknownReference,
        msg!("unknown-reference", id = r.display()),
    )
    .locale(SOURCE_LOCALE)
    .message_id(&r.display())
    .help(msg!("help-unknown-reference", locale = SOURCE_LOCALE));
    if r.at.line > 0 {
        f = f.at_location(&r.at);
    }
    f.boxed()
}

fn format_error(r: &TextRef, locale: &str, problem: &FormatProblem) -> Error {
    if *problem == FormatProblem::Missing {
        return unknown_reference(r);
    }
    let mut f = Finding::new(Code::Unresolved, problem.message())
        .locale(locale)
        .message_id(&r.display());
    if r.at.line > 0 {
        f = f.at_location(&r.at);
    }
    f.boxed()
}

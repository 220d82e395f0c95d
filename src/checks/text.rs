//! The letters of a locale's messages: text pasted from legacy fonts,
//! mixed apostrophes, and characters the layouts' fonts cannot draw.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use crate::checks::legacy;
use crate::diag::{Code, Finding};
use crate::load::fonts::{Face, FontSet};
use crate::load::locale::Catalog;
use crate::msg;
use crate::resolve::{LocaleStates, MessageState, Untranslated};

/// Legacy encodings, stand-ins and mixed apostrophes in message text.
/// Untranslated copies are the source's text, checked as such.
pub fn letters(catalog: &Catalog, states: &LocaleStates) -> Vec<Finding> {
    let code = &catalog.code;
    let mut out = Vec::new();
    // Apostrophe kind -> (file, message, offset) of each use.
    let mut apostrophes: BTreeMap<char, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for (fi, file) in catalog.files.iter().enumerate() {
        for (mi, m) in file.messages.iter().enumerate() {
            let copy =
                states.get(&m.id) == Some(&MessageState::Untranslated(Untranslated::CopyOfSource));
            if copy {
                continue;
            }
            for (offset, text) in &m.texts {
                for s in legacy::check(text, code) {
                    out.push(
                        file.finding_at(suspect_finding(&s), offset + s.range.start)
                            .locale(&catalog.code)
                            .message_id(&m.id),
                    );
                }
                for (at, c) in legacy::apostrophes(text) {
                    apostrophes
                        .entry(c)
                        .or_default()
                        .push((fi, mi, offset + at));
                }
            }
        }
    }
    if apostrophes.len() < 2 {
        return out;
    }
    let majority = apostrophes
        .iter()
        .max_by_key(|(c, uses)| (uses.len(), std::cmp::Reverse(**c)))
        .map(|(c, _)| *c)
        .expect("at least two kinds");
    for (c, uses) in apostrophes.iter().filter(|(c, _)| **c != majority) {
        for &(fi, mi, offset) in uses {
            let file = &catalog.files[fi];
            out.push(
                file.finding_at(
                    Finding::new(
                        Code::MixedApostrophes,
                        msg!(
                            "mixed-apostrophes",
                            found = *c,
                            found_code = format!("U+{:04X}", *c as u32),
                            majority = majority,
                            majority_code = format!("U+{:04X}", majority as u32)
                        ),
                    ),
                    offset,
                )
                .locale(code)
                .message_id(&file.messages[mi].id)
                .help(msg!("help-apostrophes", majority = majority)),
            );
        }
    }
    out
}

/// A legacy-font suspect as a finding: what it looks like, and the text
/// that was most likely meant.
pub fn suspect_finding(s: &legacy::Suspect) -> Finding {
    use legacy::SuspectKind as K;
    let (code, message) = match s.kind {
        K::Tcvn3 => (Code::LegacyEncoding, msg!("legacy-tcvn3", text = &s.found)),
        K::VniWindows => (Code::LegacyEncoding, msg!("legacy-vni", text = &s.found)),
        K::AsciiStandIn | K::BackslashBreve | K::HashBreve => {
            (Code::AsciiStandIn, msg!("legacy-stand-in", text = &s.found))
        }
        K::OlderStandIn => (Code::AltForm, msg!("legacy-older-form", text = &s.found)),
    };
    let help = if s.certain {
        msg!("help-legacy-certain", text = &s.suggestion)
    } else {
        msg!("help-did-you-mean", text = &s.suggestion)
    };
    Finding::new(code, message).help(help)
}

/// Characters a font of some layout cannot draw, at their exact spot.
pub fn glyphs<'a>(
    catalog: &Catalog,
    font_sets: impl Iterator<Item = &'a FontSet> + Clone,
) -> Vec<Finding> {
    let mut out = Vec::new();
    // A text repeats few characters: look each up in the fonts once.
    let mut lacking: FxHashMap<char, Option<&'a Face>> = FxHashMap::default();
    for file in &catalog.files {
        for m in &file.messages {
            let mut reported = BTreeSet::new();
            for (offset, text) in &m.texts {
                for (i, c) in text.char_indices() {
                    if c.is_whitespace() || reported.contains(&c) {
                        continue;
                    }
                    let missing = *lacking.entry(c).or_insert_with(|| {
                        font_sets
                            .clone()
                            .flat_map(|set| set.faces())
                            .find(|face| !face.covers(c))
                    });
                    if let Some(face) = missing {
                        reported.insert(c);
                        out.push(
                            file.finding_at(
                                Finding::new(
                                    Code::MissingGlyph,
                                    msg!(
                                        "missing-glyph",
                                        font = &face.name,
                                        character = c,
                                        codepoint = format!("U+{:04X}", c as u32)
                                    ),
                                ),
                                offset + i,
                            )
                            .locale(&catalog.code)
                            .message_id(&m.id)
                            .help(msg!("help-missing-glyph")),
                        );
                    }
                }
            }
        }
    }
    out
}

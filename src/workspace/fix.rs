//! `check --fix`: repairs text pasted from legacy fonts, where the repair
//! needs nobody's judgement, in place. Each file is rewritten atomically
//! with every other byte unchanged (a byte-order mark included), and only
//! if it still holds what the workspace read.

use std::path::PathBuf;

use crate::checks::legacy;
use crate::checks::text::suspect_finding;
use crate::diag::{Code, Error, Finding};
use crate::msg;
use crate::resolve::{MessageState, Untranslated};
use crate::workspace::Workspace;

/// One repair made.
#[derive(Debug, Clone, PartialEq)]
pub struct Repair {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub locale: String,
    pub message_id: String,
    pub found: String,
    pub repaired: String,
}

/// What `--fix` did, and what it left for a person.
#[derive(Debug, Default)]
pub struct Fixed {
    pub repairs: Vec<Repair>,
    /// Suspects whose repair is not certain, as findings.
    pub left: Vec<Finding>,
}

impl Workspace {
    /// Repairs every certain legacy-font suspect in the files of `locales`
    /// (empty: every locale), then reads them again.
    pub fn fix_legacy(&mut self, locales: &[String]) -> Result<Fixed, Error> {
        let mut fixed = Fixed::default();
        let mut changed: Vec<PathBuf> = Vec::new();
        for entry in &self.locales {
            if !(locales.is_empty() || locales.contains(&entry.code)) {
                continue;
            }
            let Some(catalog) = &entry.catalog else {
                continue;
            };
            for file in &catalog.files {
                let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
                for m in &file.messages {
                    // Untranslated copies are the source's text, repaired there.
                    let copy = entry.states.get(&m.id)
                        == Some(&MessageState::Untranslated(Untranslated::CopyOfSource));
                    if copy {
                        continue;
                    }
                    for (offset, text) in &m.texts {
                        let repaired = legacy::repair(text, &entry.code);
                        for s in &repaired.applied {
                            let at = file.location(offset + s.range.start);
                            fixed.repairs.push(Repair {
                                file: file.path.clone(),
                                line: at.line,
                                column: at.column,
                                locale: entry.code.clone(),
                                message_id: m.id.clone(),
                                found: s.found.clone(),
                                repaired: s.suggestion.clone(),
                            });
                            edits.push((
                                offset + s.range.start..offset + s.range.end,
                                s.suggestion.clone(),
                            ));
                        }
                        for s in &repaired.left {
                            fixed.left.push(
                                file.finding_at(suspect_finding(s), offset + s.range.start)
                                    .locale(&entry.code)
                                    .message_id(&m.id),
                            );
                        }
                    }
                }
                if edits.is_empty() {
                    continue;
                }
                // The file as it is on disk now, byte for byte.
                let bytes = std::fs::read(&file.path)
                    .map_err(|e| crate::files::read_error(&file.path, &e))?;
                let bom: &[u8] = b"\xEF\xBB\xBF";
                let skip = if bytes.starts_with(bom) { bom.len() } else { 0 };
                if &bytes[skip..] != file.text().as_bytes() {
                    return Err(Finding::new(Code::WriteFailed, msg!("fix-file-changed"))
                        .in_file(&file.path)
                        .help(msg!("help-fix-again"))
                        .boxed());
                }
                let mut out = bytes.clone();
                edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
                for (range, with) in edits {
                    out.splice(skip + range.start..skip + range.end, with.into_bytes());
                }
                crate::files::write_atomic(&file.path, &out)
                    .map_err(|e| crate::files::write_error(&file.path, &e))?;
                changed.push(file.path.clone());
            }
        }
        if !changed.is_empty() {
            self.reload(&changed);
        }
        Ok(fixed)
    }
}

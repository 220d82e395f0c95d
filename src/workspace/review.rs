//! Recording reviews: a named reviewer approves messages of a translation
//! (or withdraws an approval), in the locale's `review.toml`. Used by
//! `leaflet review` and the studio.

use crate::diag::{Code, Error, Finding};
use crate::load::review::{Approval, Reviews};
use crate::msg;
use crate::resolve::{MessageState, Untranslated};
use crate::workspace::Workspace;

/// Which messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Messages {
    /// These ids.
    Ids(Vec<String>),
    /// Every translated message not yet reviewed (drafts and messages whose
    /// source changed); copies of the source need their id named.
    All,
}

/// What the reviewer decides: approval needs a name, withdrawing does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Approve { by: String },
    Withdraw,
}

/// What a review did.
#[derive(Debug, Default, PartialEq)]
pub struct Reviewed {
    pub approved: Vec<String>,
    pub withdrawn: Vec<String>,
    /// Messages left as they were, with why (as findings).
    pub skipped: Vec<Finding>,
}

impl Workspace {
    /// Approves `messages` of locale `code`, or withdraws their approval;
    /// writes `review.toml` and reads the locale's states again.
    pub fn review(
        &mut self,
        code: &str,
        messages: &Messages,
        verdict: &Verdict,
    ) -> Result<Reviewed, Error> {
        let (Some(entry), Some(source)) = (self.locale(code), self.source()) else {
            return Err(Finding::new(
                Code::UnknownLocale,
                msg!("locale-not-loaded", locale = code),
            )
            .boxed());
        };
        if code == source.code {
            return Err(
                Finding::new(Code::BadArgument, msg!("review-source", source = code)).boxed(),
            );
        }
        let catalog = entry
            .catalog
            .as_ref()
            .expect("a compared locale has its catalog");
        let ids: Vec<String> = match messages {
            Messages::Ids(ids) => ids.clone(),
            Messages::All => entry.states.iter().map(|(id, _)| id.to_string()).collect(),
        };
        let mut reviews: Reviews = entry.reviews.clone();
        let mut done = Reviewed::default();
        for id in &ids {
            let skip = |m| {
                Finding::new(Code::NotReviewed, m)
                    .locale(code)
                    .message_id(id)
            };
            let Some(state) = entry.states.get(id) else {
                return Err(Finding::new(
                    Code::BadArgument,
                    msg!("review-unknown-message", id = id),
                )
                .locale(code)
                .boxed());
            };
            let Verdict::Approve { by } = verdict else {
                if reviews.approvals.remove(id).is_some() {
                    done.withdrawn.push(id.clone());
                }
                continue;
            };
            let (Some((_, t)), Some((_, s))) = (catalog.find(id), source.find(id)) else {
                done.skipped.push(skip(msg!("review-skip-missing")));
                continue;
            };
            match state {
                MessageState::Reviewed => {
                    if matches!(messages, Messages::Ids(_)) {
                        done.skipped.push(skip(msg!("review-skip-reviewed")));
                    }
                    continue;
                }
                MessageState::Fallback(_) => {
                    done.skipped.push(skip(msg!("review-skip-fallback")));
                    continue;
                }
                MessageState::Untranslated(Untranslated::CopyOfSource)
                    if matches!(messages, Messages::Ids(_)) => {}
                MessageState::Untranslated(_) => {
                    if matches!(messages, Messages::Ids(_)) {
                        done.skipped.push(skip(msg!("review-skip-untranslated")));
                    }
                    continue;
                }
                MessageState::Draft | MessageState::SourceChanged { .. } => {}
            }
            reviews.approvals.insert(
                id.clone(),
                Approval {
                    by: by.clone(),
                    source: s.fingerprint.clone(),
                    translation: t.fingerprint.clone(),
                    vi: s.shown(),
                },
            );
            done.approved.push(id.clone());
        }
        reviews.save()?;
        let i = self
            .locales
            .iter()
            .position(|l| l.code == code)
            .expect("the locale is loaded");
        self.locales[i].reviews = reviews;
        self.compare_locales(Some(code));
        self.derive();
        Ok(done)
    }
}

//! Review state: which messages of a translation a named reviewer
//! approved, kept in `locales/<code>/review.toml` beside the translation.
//!
//! The evidence of a review lives outside the `.ftl` files on purpose:
//! translation platforms (Pontoon, Weblate) rebuild those files from the
//! source's structure and comments, so a `# @reviewed` comment would be
//! lost or, worse, copied onto messages nobody reviewed. Each approval
//! records a fingerprint of the Vietnamese text and of the translation as
//! they were: the message counts as reviewed only while both still match.
//!
//! The file is written by `leaflet review` (and the studio), one table per
//! message in id order, so a change reads well in a diff.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::Error;

/// The file name, in each locale's folder.
pub const REVIEW_FILE: &str = "review.toml";

/// One approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Who approved it.
    pub by: String,
    /// Fingerprint of the source message at that moment.
    pub source: String,
    /// Fingerprint of the translation at that moment.
    pub translation: String,
    /// The source text it was approved against, so that a changed source
    /// can be shown beside the new one.
    pub vi: String,
}

/// The approvals of one locale.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reviews {
    pub path: PathBuf,
    pub approvals: BTreeMap<String, Approval>,
}

impl Reviews {
    /// Reads `dir/review.toml`; a locale without one has no approvals.
    pub fn load(dir: &Path) -> Result<Reviews, Error> {
        let path = dir.join(REVIEW_FILE);
        if !path.is_file() {
            return Ok(Reviews {
                path,
                approvals: BTreeMap::new(),
            });
        }
        let text = crate::files::read_text(&path)?;
        let approvals =
            toml::from_str(&text).map_err(|e| crate::load::toml_error(&path, &text, &e))?;
        Ok(Reviews { path, approvals })
    }

    /// The file's text: a header, then one table per message in id order.
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# Which messages a reviewer approved, with fingerprints of the Vietnamese\n\
             # text and of the translation at that moment. Written by `leaflet review`\n\
             # and the studio: do not edit it by hand.\n",
        );
        for (id, a) in &self.approvals {
            let table = toml::to_string(a).expect("approvals serialize");
            let key = toml::to_string(&BTreeMap::from([(id.as_str(), 0)]))
                .expect("ids serialize")
                .split_once(" = ")
                .map(|(k, _)| k.to_string())
                .unwrap_or_else(|| id.clone());
            out.push_str(&format!("\n[{key}]\n{table}"));
        }
        out
    }

    /// Writes the file atomically (removes it when nothing is approved).
    pub fn save(&self) -> Result<(), Error> {
        if self.approvals.is_empty() {
            if self.path.is_file() {
                std::fs::remove_file(&self.path)
                    .map_err(|e| crate::files::write_error(&self.path, &e))?;
            }
            return Ok(());
        }
        crate::files::write_atomic(&self.path, self.to_toml().as_bytes())
            .map_err(|e| crate::files::write_error(&self.path, &e))
    }
}

/// A message's fingerprint: its value and attributes in Fluent's canonical
/// serialization, NFC, without comments, so that a platform that rewrites
/// the file (new comments, other indentation) leaves it unchanged.
pub fn fingerprint(canonical: &str) -> String {
    use std::borrow::Cow;
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    // Most text is NFC already: the quick check spares normalising it.
    let nfc: Cow<str> = match is_nfc_quick(canonical.chars()) {
        IsNormalized::Yes => Cow::Borrowed(canonical),
        _ => Cow::Owned(canonical.nfc().collect()),
    };
    // FNV-1a, 64 bits: stable across builds and platforms; a fingerprint
    // to notice change, not a defence against anyone.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in nfc.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_round_trips_in_id_order() {
        let dir = std::env::temp_dir().join(format!("leaflet-review-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut r = Reviews::load(&dir).unwrap();
        assert!(r.approvals.is_empty());
        for id in ["zalo-hint", "-brand", "concept-heading"] {
            r.approvals.insert(
                id.to_string(),
                Approval {
                    by: "Ksor H'Bơ̆t".into(),
                    source: fingerprint("a"),
                    translation: fingerprint("b"),
                    vi: "KHÁI \"NIỆM\"".into(),
                },
            );
        }
        r.save().unwrap();
        let text = std::fs::read_to_string(dir.join(REVIEW_FILE)).unwrap();
        let at = |k: &str| text.find(k).unwrap();
        assert!(
            at("[-brand]") < at("[concept-heading]") && at("[concept-heading]") < at("[zalo-hint]")
        );
        assert_eq!(Reviews::load(&dir).unwrap(), r);
        r.approvals.clear();
        r.save().unwrap();
        assert!(!dir.join(REVIEW_FILE).exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn fingerprints_ignore_normalization_but_not_text() {
        assert_eq!(fingerprint("e\u{0302}\u{0301}"), fingerprint("\u{1EBF}"));
        assert_ne!(fingerprint("a"), fingerprint("b"));
        assert_eq!(fingerprint("x").len(), 16);
    }
}

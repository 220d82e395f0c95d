//! `check` and `status` over a workspace: what loading found, plus every
//! leaflet laid out exactly as `build` lays it out (the default office),
//! so a check never reports a problem no leaflet has, nor misses one.

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::diag::{Code, Finding, Severity};
use crate::layout::LaidOut;
use crate::resolve::StateCounts;
use crate::workspace::Workspace;

/// Everything `check` found, and what `status` shows of it.
pub struct CheckReport {
    pub findings: Vec<Finding>,
    pub locales: Vec<LocaleStatus>,
    /// Every leaflet that was laid out, by layout and locale.
    pub leaflets: Vec<(String, String, LaidOut)>,
}

impl CheckReport {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

/// Where one message of a locale lands and how much room its panel has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MessageRoom {
    pub locale: String,
    pub message_id: String,
    /// `reviewed`, `draft`, `source-changed`, `untranslated`, `fallback`.
    pub state: &'static str,
    /// Where it is printed (`null` for a message no panel shows, such as
    /// the PDF title).
    pub layout: Option<String>,
    pub page: Option<String>,
    pub panel: Option<String>,
    /// Millimetres left in that panel with its text at the designed size
    /// (negative: by how much it is too long).
    pub room_mm: Option<f64>,
}

impl CheckReport {
    /// Every source message of every checked locale: its state, where it
    /// lands and the room left there (the first layout that prints it).
    pub fn rooms(&self, ws: &Workspace) -> Vec<MessageRoom> {
        let mut out = Vec::new();
        for status in &self.locales {
            let Some(entry) = ws.locale(&status.locale) else {
                continue;
            };
            // Where each message lands, first layout first: one pass over
            // the blocks, not one per message (35,000 messages stay fast).
            let mut places: FxHashMap<&str, Place> = FxHashMap::default();
            for (layout, _, laid) in self.leaflets.iter().filter(|l| l.1 == status.locale) {
                for block in &laid.marks.blocks {
                    let room = laid
                        .marks
                        .rooms
                        .iter()
                        .find(|r| r.page == block.page && r.panel == block.panel)
                        .map(|r| (f64::from(r.room_mm) * 10.0).round() / 10.0);
                    for m in &block.messages {
                        let id = m.split('.').next().unwrap_or(m);
                        places.entry(id).or_insert_with(|| Place {
                            layout,
                            page: laid.document.pages.get(block.page).map(|p| p.name.as_str()),
                            panel: &block.panel,
                            room_mm: room,
                        });
                    }
                }
            }
            for (id, state) in entry.states.iter() {
                let place = places.get(id);
                out.push(MessageRoom {
                    locale: status.locale.clone(),
                    message_id: id.to_string(),
                    state: state.name(),
                    layout: place.map(|p| p.layout.to_string()),
                    page: place.and_then(|p| p.page.map(str::to_string)),
                    panel: place.map(|p| p.panel.to_string()),
                    room_mm: place.and_then(|p| p.room_mm),
                });
            }
        }
        out
    }
}

/// Where a block of a laid-out leaflet is, borrowed from it.
struct Place<'a> {
    layout: &'a str,
    page: Option<&'a str>,
    panel: &'a str,
    room_mm: Option<f64>,
}

/// Where one locale stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// Messages of the source; each is in exactly one of the four states.
    #[serde(flatten)]
    pub counts: StateCounts,
    /// Messages the source does not have any more.
    pub obsolete: usize,
    /// `layout/panel` names that overflow in this locale.
    pub overflowing: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
}

impl Workspace {
    /// Checks `locales` (empty: every locale).
    pub fn check(&self, locales: &[String]) -> CheckReport {
        let mut findings = self.findings(locales);
        let codes: Vec<String> = self
            .codes()
            .filter(|c| locales.is_empty() || locales.iter().any(|l| l == c))
            .map(str::to_string)
            .collect();
        let mut leaflets = Vec::new();
        let mut laid_out_findings = Vec::new();
        if let (Some(office), Some(links)) = (self.office(), self.links()) {
            if let Ok(links) = office.links(links) {
                for layout in self.layouts() {
                    // A locale that could not be read is reported as such.
                    for code in codes.iter().filter(|c| self.catalog(c).is_some()) {
                        match self.lay_out(layout, code, office, &links) {
                            Ok(l) => {
                                laid_out_findings.extend(l.warnings.iter().cloned());
                                laid_out_findings.extend(l.overflows.iter().cloned());
                                leaflets.push((layout.name.clone(), code.clone(), l));
                            }
                            Err(errors) => laid_out_findings.extend(errors),
                        }
                    }
                }
            }
        }
        // What a leaflet fails on because of a message is reported above,
        // with its position in the file.
        let covered = |f: &Finding| {
            findings.iter().any(|s| {
                s.code == f.code
                    && s.place.locale == f.place.locale
                    && s.place.message_id == f.place.message_id
            })
        };
        let extra: Vec<Finding> = laid_out_findings
            .into_iter()
            .filter(|f| !covered(f))
            .collect();
        findings.extend(extra);
        crate::diag::sort(&mut findings);
        let statuses = codes
            .iter()
            .filter_map(|code| {
                let entry = self.locale(code)?;
                let mine = findings
                    .iter()
                    .filter(|f| f.place.locale.as_deref() == Some(code.as_str()));
                let mut status = LocaleStatus {
                    locale: code.clone(),
                    counts: entry.states.counts(),
                    obsolete: 0,
                    overflowing: Vec::new(),
                    errors: 0,
                    warnings: 0,
                };
                for f in mine {
                    match f.severity() {
                        Severity::Error => status.errors += 1,
                        Severity::Warning => status.warnings += 1,
                        Severity::Note => {}
                    }
                    match f.code {
                        Code::ObsoleteMessage => status.obsolete += 1,
                        Code::Overflow => status.overflowing.push(format!(
                            "{}/{}",
                            f.place.layout.as_deref().unwrap_or(""),
                            f.place.panel.as_deref().unwrap_or("")
                        )),
                        _ => {}
                    }
                }
                Some(status)
            })
            .collect();
        CheckReport {
            findings,
            locales: statuses,
            leaflets,
        }
    }
}

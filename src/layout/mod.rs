//! Stage 3, lay out: every block of every panel resolved, typeset and
//! stacked in its panel's safe area, plus backgrounds and printer's marks:
//! the whole [`Document`] as plain data.
//!
//! `compose` (here) walks the pages; `panel` stacks one panel's blocks and
//! auto-fits them; `blocks` typesets each kind of block, `qr_grid` the QR
//! codes with their captions; `marks` draws crop, fold and draft marks.
//! `shape` and `typeset` set text, `qr` encodes codes; `screen` and `proof`
//! transform a laid-out document for phones and reviewers.
//!
//! A problem in one panel does not hide the others: all errors of a leaflet
//! are collected so a translator sees them in one run.

mod blocks;
pub mod frame;
pub mod icon;
pub mod marks;
pub mod office;
mod panel;
pub mod printing_sheet;
pub mod proof;
pub mod qr;
mod qr_grid;
pub mod screen;
pub mod shape;
pub mod typeset;

use std::collections::BTreeMap;

use crate::color::area_color;
use crate::diag::Finding;
use crate::layout::frame::{Document, Fill, Item, Page, PanelArea, ProofMarks, Rect, Sheet};
use crate::layout::marks::{background_rect, draft_marks, marks};
use crate::layout::panel::PanelComposer;
use crate::layout::qr::QrCache;
use crate::layout::shape::ShapeCache;
use crate::load::fonts::FontSet;
use crate::load::image::GreyImage;
use crate::load::layouts::{Layout, TextRef};
use crate::load::links::Links;
use crate::load::locale::{Catalog, Variables};
use crate::resolve::{LocaleStates, MessageState, Resolver};

/// Everything a leaflet is made from.
pub struct Inputs<'a> {
    pub layout: &'a Layout,
    pub catalog: &'a Catalog,
    /// The state of each message in `catalog`: which ones print the
    /// source's text instead.
    pub states: &'a LocaleStates,
    /// The source locale, unless `catalog` is the source.
    pub source: Option<&'a Catalog>,
    /// Values for the messages' `$variables` (the office).
    pub variables: &'a Variables,
    pub links: &'a Links,
    pub fonts: &'a FontSet,
    pub shapes: &'a ShapeCache,
    pub qr: &'a QrCache,
    /// The layout's images, read once by whoever loaded the layout.
    pub images: &'a Images,
}

/// Images by path, as loaded (a failure is the finding to report for every
/// leaflet that needs the image).
pub type Images = BTreeMap<std::path::PathBuf, Result<GreyImage, Finding>>;

/// A laid-out leaflet: the document (plain positioned data), and beside
/// it what a reviewer and the build need to know about it.
#[derive(Debug, Clone)]
pub struct LaidOut {
    pub document: Document,
    /// Where each block landed and what was auto-fitted.
    pub marks: ProofMarks,
    /// Every message printed, with its state.
    pub printed: BTreeMap<String, MessageState>,
    /// What is worth a look but did not stop the leaflet.
    pub warnings: Vec<Finding>,
    /// Panels whose text does not fit even at the smallest size: the
    /// leaflet cannot be printed, but its proof shows the text run past
    /// the panel, marked, so a translator sees what to shorten.
    pub overflows: Vec<Finding>,
}

impl LaidOut {
    /// Whether it can be printed (nothing overflows).
    pub fn fits(&self) -> bool {
        self.overflows.is_empty()
    }

    /// A leaflet that prints anything not reviewed is not final.
    pub fn is_draft(&self) -> bool {
        self.printed.values().any(|s| *s != MessageState::Reviewed)
    }
}

/// Lays out one leaflet. On failure returns every error found.
pub fn compose(inputs: &Inputs) -> Result<LaidOut, Vec<Finding>> {
    let layout = inputs.layout;
    let sheet = Sheet {
        trim_width: layout.trim.width,
        trim_height: layout.trim.height,
        bleed: layout.bleed,
        marks_margin: layout.marks_margin,
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut overflows = Vec::new();
    let mut resolver = Resolver::new(
        inputs.catalog,
        inputs.states,
        inputs.source,
        inputs.variables,
    );
    let title = resolver
        .text(&TextRef::bare("leaflet-title"), None)
        .unwrap_or_else(|e| {
            errors.push(*e);
            String::new()
        });
    let mut pages = Vec::new();
    let mut sections = Vec::new();
    let mut proof_marks = ProofMarks::default();
    for (page_index, page) in layout.pages.iter().enumerate() {
        let mut items = Vec::new();
        let mut panels = Vec::new();
        for panel in &page.panels {
            let area = Rect::new(panel.x, 0.0, panel.width, sheet.trim_height);
            let m = layout.safe_margin;
            let safe = Rect::new(area.x + m, m, area.width - 2.0 * m, area.height - 2.0 * m);
            if let Some(color) = panel.background {
                items.push(Item::Fill(Fill {
                    rect: background_rect(&sheet, &area, layout.background_past_fold),
                    color: area_color(color),
                }));
            }
            let mut composer = PanelComposer {
                inputs,
                panel,
                page_name: &page.name,
                safe,
                errors: &mut errors,
                warnings: &mut warnings,
                overflows: &mut overflows,
                resolver: &mut resolver,
                page_index,
                sections: &mut sections,
                marks: &mut proof_marks,
                scale: 1.0,
            };
            items.extend(composer.compose());
            panels.push(PanelArea {
                name: panel.name.clone(),
                area,
                safe,
            });
        }
        let folds: Vec<f32> = page.panels.iter().skip(1).map(|p| p.x).collect();
        let furniture = marks(&sheet, &folds);
        pages.push(Page {
            name: page.name.clone(),
            sheet,
            panels,
            folds,
            items,
            furniture,
        });
    }
    if resolver
        .printed
        .values()
        .any(|s| *s != MessageState::Reviewed)
    {
        match draft_marks(inputs, &pages) {
            Ok(marks) => {
                for (page, mark) in pages.iter_mut().zip(marks) {
                    page.furniture.extend(mark);
                }
            }
            Err(e) => errors.push(*e),
        }
    }
    warnings.append(&mut resolver.fallbacks);
    if errors.is_empty() {
        Ok(LaidOut {
            document: Document {
                title,
                lang: inputs.catalog.code.clone(),
                pages,
                sections,
                embed_profile: inputs.layout.embed_profile,
                printer_margin: None,
            },
            marks: proof_marks,
            printed: resolver.printed,
            warnings,
            overflows,
        })
    } else {
        Err(errors)
    }
}

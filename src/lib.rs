//! leaflet: print-ready, multilingual tri-fold PDF leaflets from Fluent
//! translations and TOML layout definitions.
//!
//! The pipeline mirrors how a typesetter works, one folder per stage:
//!
//! 1. [`load`] reads the project: layouts, links, offices, locales, fonts;
//! 2. [`resolve`] decides, once per locale, the state of every message
//!    (reviewed, draft, untranslated, fallback) and turns message ids into
//!    plain NFC text, each message whole from the translation or the source;
//! 3. [`layout`] shapes, breaks and places every block into its panel,
//!    producing a [`layout::frame::Document`]: plain positioned data that
//!    tests can inspect;
//! 4. [`export`] serializes that document to PDF (and renders previews).
//!
//! [`workspace`] is the one way into a project for every front end: it
//! loads the project once, knows which files it read, reloads what a
//! changed file touches, and builds leaflets; the command line and the
//! [`studio`] (a local web app for translators and clerks) are its two
//! front ends. [`checks`] reports on a
//! project for translators; [`diag`] is the one type for everything the
//! tool reports, and [`i18n`] the tool's own words in Vietnamese and
//! English; [`files`] reads and writes files safely; [`color`] holds the
//! colour types and ink rules.

pub mod checks;
pub mod color;
pub mod diag;
pub mod export;
pub mod files;
pub mod i18n;
pub mod layout;
pub mod load;
pub mod resolve;
pub mod studio;
pub mod workspace;

pub use diag::{Error, Finding};

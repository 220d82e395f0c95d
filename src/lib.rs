//! leaflet: print-ready, multilingual tri-fold PDF leaflets from Fluent
//! translations and TOML layout definitions.
//!
//! The pipeline mirrors how a typesetter works, one folder per stage:
//!
//! 1. [`load`] reads the project: layouts, links, offices, locales, fonts;
//! 2. **resolve**: [`load::locale::Catalog`] turns message ids into plain
//!    NFC text, falling back to the source locale where a translation
//!    cannot serve;
//! 3. [`layout`] shapes, breaks and places every block into its panel,
//!    producing a [`layout::frame::Document`]: plain positioned data that
//!    tests can inspect;
//! 4. [`export`] serializes that document to PDF (and renders previews).
//!
//! [`checks`] reports on a project for translators; [`diag`] is the one
//! type for everything the tool reports; [`files`] reads and writes files
//! safely; [`color`] holds the colour types and ink rules.

pub mod checks;
pub mod color;
pub mod diag;
pub mod export;
pub mod files;
pub mod layout;
pub mod load;
pub mod workspace;

pub use diag::error::Error;

//! leaflet: print-ready, multilingual tri-fold PDF leaflets from Fluent
//! translations and TOML layout definitions.
//!
//! The pipeline mirrors how a typesetter works, one module per stage:
//!
//! 1. **load** — [`project`] finds the inputs; [`spec`] reads a layout,
//!    [`links`] the link table, [`locale`] a locale's `.ftl` files and
//!    [`fonts`] the font files;
//! 2. **resolve** — [`locale::Catalog`] turns message ids into plain NFC text;
//! 3. **lay out** — [`compose`] shapes ([`shape`]), breaks ([`typeset`]) and
//!    places every block into its panel, producing a [`frame::Document`]:
//!    plain data (positioned glyph runs, fills, marks, QR modules, links)
//!    that tests can inspect;
//! 4. **export** — [`pdf`] serializes that document and nothing else.

pub mod check;
pub mod color;
pub mod compose;
pub mod diagnostic;
pub mod error;
pub mod fonts;
pub mod frame;
pub mod ftl;
pub mod image;
pub mod legacy;
pub mod links;
pub mod locale;
pub mod pdf;
pub mod preflight;
pub mod preview;
pub mod project;
pub mod proof;
pub mod qr;
pub mod screen;
pub mod shape;
pub mod source;
pub mod spec;
pub mod typeset;
pub mod variants;

pub use error::Error;

//! Stage 4, export: a laid-out document to PDF bytes, PDFs to PNG
//! previews, and preflight, which reads any PDF back the way a print shop
//! does.

pub mod pdf;
pub mod preflight;
pub mod preflight_office;
pub mod preview;

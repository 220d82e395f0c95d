//! Stage 4, export: a laid-out document to PDF bytes, PDFs to PNG
//! previews, and preflight, which reads any PDF back the way a print shop
//! does, and (`ua`) the PDF/UA-1 rules a screen reader's file must meet.

pub mod pdf;
pub mod preflight;
pub mod preflight_office;
pub mod preview;
pub mod ua;

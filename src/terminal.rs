//! Everything the binary prints: errors and warnings on stderr, the build
//! summary on stdout.

use leaflet::Error;

pub fn error(e: &Error) {
    eprintln!("{e}");
    if let Some(help) = e.help() {
        eprintln!("  = help: {help}");
    }
}

pub fn warning(context: &str, message: &str) {
    eprintln!("warning: {context}: {message}");
}

/// One line per built file.
pub struct SummaryRow {
    pub locale: String,
    pub path: String,
    pub pages: usize,
    pub bytes: usize,
    pub warnings: usize,
    /// Carries the draft mark.
    pub draft: bool,
}

pub fn summary(rows: &[SummaryRow], failed: &[String]) {
    if !rows.is_empty() {
        println!(
            "{:<8} {:>5} {:>9} {:>8}  file",
            "locale", "pages", "size", "warnings"
        );
    }
    for r in rows {
        println!(
            "{:<8} {:>5} {:>6.1} KB {:>8}  {}{}",
            r.locale,
            r.pages,
            r.bytes as f64 / 1024.0,
            r.warnings,
            r.path,
            if r.draft { "  (DRAFT)" } else { "" }
        );
    }
    for f in failed {
        println!("FAILED   {f}");
    }
    println!("{} built, {} failed", rows.len(), failed.len());
}

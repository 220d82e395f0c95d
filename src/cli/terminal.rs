//! Everything the binary prints: errors and warnings on stderr, the build
//! summary on stdout.

use leaflet::check::LocaleStatus;
use leaflet::diagnostic::{Diagnostic, Severity};
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

/// Findings, then a one-line tally.
pub fn findings(list: &[Diagnostic]) {
    for d in list {
        println!("{}\n", d.render());
    }
    let errors = list
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = list.len() - errors;
    println!("{errors} error(s), {warnings} warning(s)");
}

/// The coverage table of `leaflet status`.
pub fn status(rows: &[LocaleStatus]) {
    const BAR: usize = 20;
    println!(
        "{:<8} {:>10} {:>6} {:>12} {:>7} {:>8} {:>9}  coverage (█ reviewed, ▒ draft)",
        "locale", "translated", "drafts", "untranslated", "missing", "obsolete", "overflows"
    );
    for r in rows {
        let total = r.total.max(1);
        let done = r.translated * BAR / total;
        let draft = ((r.translated + r.drafts) * BAR / total).saturating_sub(done);
        let bar: String = "█".repeat(done) + &"▒".repeat(draft) + &"·".repeat(BAR - done - draft);
        println!(
            "{:<8} {:>4} / {:<3} {:>6} {:>12} {:>7} {:>8} {:>9}  {bar} {:>3} %",
            r.locale,
            r.translated,
            r.total,
            r.drafts,
            r.untranslated,
            r.missing,
            r.obsolete,
            r.overflowing.len(),
            r.translated * 100 / total
        );
        for panel in &r.overflowing {
            println!("{:<8} overflowing panel: {panel}", "");
        }
    }
}

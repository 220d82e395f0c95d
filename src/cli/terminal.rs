//! Everything the binary prints: errors and warnings on stderr, the build
//! summary on stdout.

use leaflet::checks::LocaleStatus;
use leaflet::diag::{Diagnostic, Severity};
use leaflet::export::preflight::Report;
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

/// Follows an error with what the tool did about it.
pub fn note(message: &str) {
    eprintln!("  = note: {message}");
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

/// Batches longer than this get totals only, not a line per file.
const MAX_ROWS: usize = 24;

pub fn summary(
    rows: &[SummaryRow],
    failed: &[String],
    warnings: usize,
    elapsed: std::time::Duration,
) {
    if !rows.is_empty() && rows.len() <= MAX_ROWS {
        println!(
            "{:<8} {:>5} {:>9} {:>8}  file",
            "locale", "pages", "size", "warnings"
        );
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
    }
    for f in failed {
        println!("FAILED   {f}");
    }
    let bytes: usize = rows.iter().map(|r| r.bytes).sum();
    println!(
        "{} built, {} failed, {warnings} warning(s), {:.2} s, {:.1} MB",
        rows.len(),
        failed.len(),
        elapsed.as_secs_f64(),
        bytes as f64 / 1_048_576.0
    );
}

/// Progress of a batch: a bar on a terminal, a plain line per file
/// otherwise (CI logs); nothing for a single leaflet.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    lines: bool,
    total: u64,
    done: std::sync::atomic::AtomicU64,
}

impl Progress {
    pub fn new(total: u64) -> Progress {
        use std::io::IsTerminal;
        let terminal = std::io::stderr().is_terminal();
        let bar = (terminal && total > 1).then(|| {
            let bar = indicatif::ProgressBar::new(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} leaflets {elapsed}")
                    .expect("a valid template"),
            );
            bar
        });
        Progress {
            bar,
            lines: !terminal && total > 4,
            total,
            done: std::sync::atomic::AtomicU64::new(0),
        }
    }

    pub fn tick(&self, file: &std::path::Path, ok: bool) {
        let n = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if let Some(bar) = &self.bar {
            bar.inc(1);
        } else if self.lines {
            let width = self.total.to_string().len();
            eprintln!(
                "[{n:>width$}/{}] {} {}",
                self.total,
                if ok { "built " } else { "FAILED" },
                file.display()
            );
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
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
    // Long tags (`zh-Hant-TW`) widen the first column instead of shifting
    // the others.
    let w = rows
        .iter()
        .map(|r| r.locale.len())
        .max()
        .unwrap_or(0)
        .max(6);
    println!(
        "{:<w$} {:>10} {:>6} {:>12} {:>7} {:>8} {:>9} {:>6}  coverage (█ reviewed, ▒ draft)",
        "locale",
        "reviewed",
        "drafts",
        "untranslated",
        "missing",
        "obsolete",
        "overflows",
        "errors"
    );
    for r in rows {
        let total = r.total.max(1);
        // Any count above zero shows as at least one cell.
        let cells = |n: usize| match n {
            0 => 0,
            n => ((n * BAR + total / 2) / total).max(1),
        };
        let done = cells(r.translated).min(BAR);
        let draft = cells(r.drafts).min(BAR - done);
        let bar: String = "█".repeat(done) + &"▒".repeat(draft) + &"·".repeat(BAR - done - draft);
        println!(
            "{:<w$} {:>4} / {:<3} {:>6} {:>12} {:>7} {:>8} {:>9} {:>6}  {bar} {:>3} %",
            r.locale,
            r.translated,
            r.total,
            r.drafts,
            r.untranslated,
            r.missing,
            r.obsolete,
            r.overflowing.len(),
            r.errors,
            r.translated * 100 / total
        );
        for panel in &r.overflowing {
            println!("{:<w$} overflowing panel: {panel}", "");
        }
    }
}

/// A preflight report as a readable table.
pub fn preflight(r: &Report) {
    println!("{}", r.file);
    for p in &r.pages {
        let trim = p.trim_mm.map_or("no TrimBox".to_string(), |t| {
            format!("trim {:.1} x {:.1} mm", t[0], t[1])
        });
        let bleed = p
            .bleed_mm
            .map_or("no bleed".to_string(), |b| format!("bleed {b:.1} mm"));
        println!(
            "  page {:<3} media {:.1} x {:.1} mm, {trim}, {bleed}",
            p.page, p.media_mm[0], p.media_mm[1]
        );
    }
    for f in &r.fonts {
        println!(
            "  font     {} ({}; {}, {})",
            f.name,
            f.kind,
            if f.embedded {
                "embedded"
            } else {
                "NOT embedded"
            },
            if f.subset { "subset" } else { "full" }
        );
    }
    let spaces: Vec<&str> = r.color_spaces.iter().map(String::as_str).collect();
    println!(
        "  colours  {}",
        if spaces.is_empty() {
            "none".into()
        } else {
            spaces.join(", ")
        }
    );
    println!(
        "  intent   {}{}",
        r.output_intent.as_deref().unwrap_or("none"),
        r.pdfx.as_ref().map_or(String::new(), |x| format!(" ({x})"))
    );
    if let Some(s) = r.smallest_text_pt {
        println!("  text     smallest {s:.1} pt");
    }
    if let Some(qr) = &r.qr_codes {
        for q in qr {
            let content = match q.content.as_str() {
                "" => "(does not decode)",
                c => c,
            };
            println!("  QR code  page {}: {:.1} mm, {content}", q.page, q.size_mm);
        }
    }
    for i in &r.images {
        println!(
            "  image    page {}: {} x {} px, {}, {:.0} ppi",
            i.page, i.width_px, i.height_px, i.color_space, i.ppi
        );
    }
    for f in &r.findings {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        println!("  {severity}[{}]: {}", f.code, f.message);
    }
    println!(
        "  => {}\n",
        if r.blocking() {
            "NOT ready for print"
        } else {
            "ready for print"
        }
    );
}

//! Everything the binary prints: findings on stderr, results (the build
//! summary, tables, JSON) on stdout, all in the user's language.
//!
//! A closed pipe (`leaflet status | head`) ends the output quietly: what
//! is left unsaid is dropped, and the command still finishes its work
//! (files are still committed), so nothing is left half-written.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use leaflet::diag::{render, Finding, Severity};
use leaflet::export::preflight::Report;
use leaflet::export::ua::UaReport;
use leaflet::i18n::{Arg, Lang, Message};
use leaflet::msg;
use leaflet::workspace::build::{BuildReport, WrittenFile};
use leaflet::workspace::check::LocaleStatus;

/// The terminal, in one language.
pub struct Terminal {
    pub lang: Lang,
    stdout_closed: AtomicBool,
    stderr_closed: AtomicBool,
}

impl Terminal {
    pub fn new(lang: Lang) -> Terminal {
        Terminal {
            lang,
            stdout_closed: AtomicBool::new(false),
            stderr_closed: AtomicBool::new(false),
        }
    }

    /// A message in the user's language.
    pub fn text(&self, m: &Message) -> String {
        m.render(self.lang)
    }

    /// A line on stdout (dropped once the reader has gone away).
    pub fn out(&self, line: &str) {
        write_line(&mut std::io::stdout().lock(), &self.stdout_closed, line);
    }

    /// A line on stderr.
    pub fn err(&self, line: &str) {
        write_line(&mut std::io::stderr().lock(), &self.stderr_closed, line);
    }

    /// One finding, rustc-style, on stderr.
    pub fn finding(&self, f: &Finding) {
        self.err(&render::text(f, self.lang));
    }

    /// Findings, then a one-line tally, on stdout (what `check` shows).
    pub fn findings(&self, list: &[Finding]) {
        for f in list {
            self.out(&format!("{}\n", render::text(f, self.lang)));
        }
        self.out(&self.text(&tally(list)));
    }

    pub fn json(&self, value: &str) {
        self.out(value);
    }

    /// The build summary: one line per file (for a small build), the
    /// failed leaflets and rows, and a total.
    pub fn summary(&self, report: &BuildReport, elapsed: std::time::Duration) {
        let rows = &report.written;
        if !rows.is_empty() && rows.len() <= MAX_ROWS {
            self.out(&self.text(&msg!("summary-header")));
            for r in rows {
                self.out(&summary_row(self, r));
            }
        }
        for f in &report.failed {
            self.out(&self.text(&match (&f.row, &f.office) {
                (Some((file, line)), Some(id)) => msg!(
                    "summary-failed-leaflet-of-row",
                    path = &f.target,
                    file = file,
                    line = *line,
                    id = id
                ),
                _ => msg!("summary-failed", path = &f.target),
            }));
        }
        for (file, line, id) in &report.failed_rows {
            self.out(&self.text(&msg!(
                "summary-failed-row",
                file = file,
                line = *line,
                id = id
            )));
        }
        let bytes: u64 = rows.iter().map(|r| r.bytes).sum();
        let (errors, warnings) = counts(&report.findings);
        self.out(&self.text(&msg!(
            "summary-total",
            built = rows.len(),
            failed = report.failed.len() + report.failed_rows.len(),
            errors = errors,
            warnings = warnings,
            seconds = Arg::decimal(elapsed.as_secs_f64(), 2),
            megabytes = Arg::decimal(bytes as f64 / 1_048_576.0, 1)
        )));
        if let Some(skipped) = report.interrupted {
            self.out(&self.text(&msg!("summary-interrupted", skipped = skipped)));
        }
    }

    /// The coverage table of `leaflet status`. Each column is as wide as
    /// its heading or its widest value, in the chosen language.
    pub fn status(&self, rows: &[LocaleStatus]) {
        const BAR: usize = 20;
        let heading = |id: &'static str| self.text(&Message::new(id));
        let headings = [
            "status-locale",
            "status-reviewed",
            "status-draft",
            "status-source-changed",
            "status-untranslated",
            "status-fallback",
            "status-obsolete",
            "status-overflows",
            "status-errors",
        ]
        .map(heading);
        let table: Vec<[String; 9]> = rows
            .iter()
            .map(|r| {
                let c = &r.counts;
                [
                    r.locale.clone(),
                    format!("{} / {}", c.reviewed, c.total),
                    c.draft.to_string(),
                    c.source_changed.to_string(),
                    c.untranslated.to_string(),
                    c.fallback.to_string(),
                    r.obsolete.to_string(),
                    r.overflowing.len().to_string(),
                    r.errors.to_string(),
                ]
            })
            .collect();
        let mut widths = headings.clone().map(|h| h.chars().count());
        for row in &table {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let line = |cells: &[String; 9]| {
            let mut out = String::new();
            for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
                let pad = " ".repeat(w - cell.chars().count());
                if i == 0 {
                    out.push_str(cell);
                    out.push_str(&pad);
                } else {
                    out.push_str("  ");
                    out.push_str(&pad);
                    out.push_str(cell);
                }
            }
            out
        };
        self.out(&format!(
            "{}  {}",
            line(&headings),
            heading("status-bar-legend")
        ));
        for (r, cells) in rows.iter().zip(&table) {
            let c = &r.counts;
            let total = c.total.max(1);
            // Any count above zero shows as at least one cell.
            let cells_for = |n: usize| match n {
                0 => 0,
                n => ((n * BAR + total / 2) / total).max(1),
            };
            let done = cells_for(c.reviewed).min(BAR);
            let draft = cells_for(c.draft + c.source_changed).min(BAR - done);
            let bar: String =
                "█".repeat(done) + &"▒".repeat(draft) + &"·".repeat(BAR - done - draft);
            self.out(&format!(
                "{}  {bar} {:>3} %",
                line(cells),
                c.reviewed * 100 / total
            ));
            for panel in &r.overflowing {
                self.out(&format!(
                    "{:<w$} {}",
                    "",
                    self.text(&msg!("status-overflowing-panel", panel = panel)),
                    w = widths[0]
                ));
            }
        }
    }

    /// A preflight report as a readable table.
    pub fn preflight(&self, r: &Report) {
        let t = |m: Message| self.text(&m);
        self.out(&r.file);
        for p in &r.pages {
            let trim = p.trim_mm.map_or(t(msg!("preflight-no-trim")), |x| {
                t(msg!(
                    "preflight-trim",
                    width = Arg::mm(x[0]),
                    height = Arg::mm(x[1])
                ))
            });
            let bleed = p.bleed_mm.map_or(t(msg!("preflight-without-bleed")), |b| {
                t(msg!("preflight-bleed", bleed = Arg::mm(b)))
            });
            self.out(&t(msg!(
                "preflight-page",
                page = p.page,
                width = Arg::mm(p.media_mm[0]),
                height = Arg::mm(p.media_mm[1]),
                trim = trim,
                bleed = bleed
            )));
        }
        for f in &r.fonts {
            self.out(&t(msg!(
                "preflight-font",
                name = &f.name,
                kind = &f.kind,
                embedded = if f.embedded { "yes" } else { "no" },
                subset = if f.subset { "yes" } else { "no" }
            )));
        }
        let spaces: Vec<&str> = r.color_spaces.iter().map(String::as_str).collect();
        self.out(&t(msg!("preflight-colours", spaces = spaces.join(", "))));
        self.out(&t(msg!(
            "preflight-intent",
            intent = r
                .output_intent
                .clone()
                .unwrap_or_else(|| t(msg!("preflight-none"))),
            pdfx = r.pdfx.as_ref().map_or(String::new(), |x| format!(" ({x})"))
        )));
        if let Some(s) = r.smallest_text_pt {
            self.out(&t(msg!("preflight-text", size = Arg::mm(s))));
        }
        if let Some(qr) = &r.qr_codes {
            for q in qr {
                self.out(&t(msg!(
                    "preflight-qr",
                    page = q.page,
                    size = Arg::mm(q.size_mm),
                    content = &q.content
                )));
            }
        }
        for i in &r.images {
            self.out(&t(msg!(
                "preflight-image",
                page = i.page,
                width = i.width_px,
                height = i.height_px,
                space = &i.color_space,
                ppi = Arg::decimal(f64::from(i.ppi), 0)
            )));
        }
        for f in &r.findings {
            self.out(&self.short_finding(f));
        }
        self.out(&t(if r.blocking() {
            msg!("preflight-verdict-blocked")
        } else {
            msg!("preflight-verdict-ready")
        }));
    }

    /// A finding on one indented line (`  error[code]: message`), as the
    /// preflight reports list them under their file.
    fn short_finding(&self, f: &Finding) -> String {
        format!(
            "  {}[{}]: {}",
            render::severity_word(f.severity(), self.lang),
            f.code.name(),
            self.text(&f.message)
        )
    }

    /// A `preflight --ua` report: the tags found, each broken rule, the
    /// verdict.
    pub fn ua_report(&self, r: &UaReport) {
        let t = |m: Message| self.text(&m);
        self.out(&r.file);
        if r.tagged {
            self.out(&t(msg!(
                "ua-summary",
                elements = r.structure_elements,
                marked = r.marked_content
            )));
        }
        for f in &r.findings {
            self.out(&self.short_finding(f));
        }
        self.out(&t(if !r.tagged {
            msg!("ua-verdict-untagged")
        } else if r.blocking() {
            msg!("ua-verdict-failed")
        } else {
            msg!("ua-verdict-ok", rules = r.rules.len())
        }));
    }
}

fn write_line(out: &mut dyn Write, closed: &AtomicBool, line: &str) {
    if closed.load(Ordering::Relaxed) {
        return;
    }
    if let Err(e) = writeln!(out, "{line}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            closed.store(true, Ordering::Relaxed);
        }
    }
}

/// Batches longer than this get totals only, not a line per file.
const MAX_ROWS: usize = 24;

fn summary_row(t: &Terminal, r: &WrittenFile) -> String {
    format!(
        "{:<8} {:>5} {:>9} {:>8}  {}{}",
        r.locale,
        r.pages,
        t.text(&msg!(
            "summary-size",
            kilobytes = Arg::decimal(r.bytes as f64 / 1024.0, 1)
        )),
        r.warnings,
        r.path.display(),
        if r.draft {
            t.text(&msg!("summary-draft"))
        } else {
            String::new()
        }
    )
}

/// Errors and warnings among `list`.
pub fn counts(list: &[Finding]) -> (usize, usize) {
    let errors = list
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    let warnings = list
        .iter()
        .filter(|f| f.severity() == Severity::Warning)
        .count();
    (errors, warnings)
}

fn tally(list: &[Finding]) -> Message {
    let (errors, warnings) = counts(list);
    msg!("tally", errors = errors, warnings = warnings)
}

/// Progress of a batch: a bar on a terminal, a plain line per file
/// otherwise (CI logs); nothing for a handful of leaflets. The number of
/// leaflets is known once the first one is done.
pub struct Progress<'t> {
    terminal: &'t Terminal,
    quiet: bool,
    bar: std::sync::OnceLock<Option<indicatif::ProgressBar>>,
    done: AtomicU64,
}

impl<'t> Progress<'t> {
    pub fn new(terminal: &'t Terminal, quiet: bool) -> Progress<'t> {
        Progress {
            terminal,
            quiet,
            bar: std::sync::OnceLock::new(),
            done: AtomicU64::new(0),
        }
    }

    fn interactive() -> bool {
        use std::io::IsTerminal;
        std::io::stderr().is_terminal()
    }

    /// Leaflet `file` of `total` is done (`ok`: built).
    pub fn tick(&self, file: &std::path::Path, ok: bool, total: usize) {
        let total = total as u64;
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let bar = self.bar.get_or_init(|| {
            (Self::interactive() && total > 1 && !self.quiet).then(|| {
                let bar = indicatif::ProgressBar::new(total);
                let template = format!(
                    "{{bar:40}} {{pos}}/{{len}} {} {{elapsed}}",
                    self.terminal.text(&msg!("progress-leaflets"))
                );
                bar.set_style(
                    indicatif::ProgressStyle::with_template(&template)
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                bar
            })
        });
        if let Some(bar) = bar {
            bar.inc(1);
        } else if !Self::interactive() && total > 4 && !self.quiet {
            let width = total.to_string().len();
            let state = if ok {
                msg!("progress-built")
            } else {
                msg!("progress-failed")
            };
            self.terminal.err(&format!(
                "[{n:>width$}/{total}] {} {}",
                self.terminal.text(&state),
                file.display()
            ));
        }
    }

    pub fn finish(&self) {
        if let Some(Some(bar)) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

//! `leaflet preflight FILE.pdf...`: the checks a print shop runs, as a
//! table or JSON; exit 1 when any file has a print-blocking finding.
//! With `--ua`, the PDF/UA-1 rules of a file for screen readers instead.

use leaflet::export::preflight::{analyze, Depth, Report};
use leaflet::export::ua::{self, UaReport};
use leaflet::i18n::Lang;
use leaflet::Error;

use crate::cli::args::{Format, PreflightArgs};
use crate::cli::terminal::Terminal;

pub fn run(args: &PreflightArgs, t: &Terminal) -> i32 {
    if args.ua {
        check_files::<UaReport>(args, t, ua::check)
    } else {
        check_files::<Report>(args, t, |bytes, name| analyze(bytes, name, Depth::Full))
    }
}

/// What both kinds of report give this command.
trait Shown {
    fn blocking(&self) -> bool;
    fn to_json(&self, lang: Lang) -> serde_json::Value;
    fn show(&self, t: &Terminal);
}

impl Shown for Report {
    fn blocking(&self) -> bool {
        Report::blocking(self)
    }
    fn to_json(&self, lang: Lang) -> serde_json::Value {
        Report::to_json(self, lang)
    }
    fn show(&self, t: &Terminal) {
        t.preflight(self)
    }
}

impl Shown for UaReport {
    fn blocking(&self) -> bool {
        UaReport::blocking(self)
    }
    fn to_json(&self, lang: Lang) -> serde_json::Value {
        UaReport::to_json(self, lang)
    }
    fn show(&self, t: &Terminal) {
        t.ua_report(self)
    }
}

/// Reads and checks every file; exit 1 when one cannot be read or has a
/// blocking finding.
fn check_files<R: Shown>(
    args: &PreflightArgs,
    t: &Terminal,
    check: impl Fn(&[u8], &str) -> Result<R, Error>,
) -> i32 {
    let mut reports = Vec::new();
    let mut failed = false;
    for file in &args.files {
        let name = file.display().to_string();
        let result = std::fs::read(file)
            .map_err(|e| leaflet::files::read_error(file, &e))
            .and_then(|bytes| check(&bytes, &name));
        match result {
            Ok(r) => {
                failed |= r.blocking();
                reports.push(r);
            }
            Err(e) => {
                t.finding(&e);
                failed = true;
            }
        }
    }
    match args.format {
        Format::Json => {
            let values: Vec<serde_json::Value> =
                reports.iter().map(|r| r.to_json(t.lang)).collect();
            t.json(&serde_json::to_string_pretty(&values).expect("reports serialize"))
        }
        Format::Text => reports.iter().for_each(|r| r.show(t)),
    }
    i32::from(failed)
}

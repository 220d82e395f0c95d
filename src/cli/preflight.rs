//! `leaflet preflight FILE.pdf...`: the checks a print shop runs, as a
//! table or JSON; exit 1 when any file has a print-blocking finding.
//! With `--ua`, the PDF/UA-1 rules of a file for screen readers instead.

use leaflet::export::preflight::{analyze, Depth};
use leaflet::export::ua;

use crate::cli::args::{Format, PreflightArgs};
use crate::cli::terminal::Terminal;

pub fn run(args: &PreflightArgs, t: &Terminal) -> i32 {
    if args.ua {
        return run_ua(args, t);
    }
    let mut reports = Vec::new();
    let mut failed = false;
    for file in &args.files {
        let name = file.display().to_string();
        let result = std::fs::read(file)
            .map_err(|e| leaflet::files::read_error(file, &e))
            .and_then(|bytes| analyze(&bytes, &name, Depth::Full));
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
        Format::Text => reports.iter().for_each(|r| t.preflight(r)),
    }
    i32::from(failed)
}

/// `preflight --ua`: exit 1 when a file breaks a rule or is not tagged.
fn run_ua(args: &PreflightArgs, t: &Terminal) -> i32 {
    let mut reports = Vec::new();
    let mut failed = false;
    for file in &args.files {
        let name = file.display().to_string();
        let result = std::fs::read(file)
            .map_err(|e| leaflet::files::read_error(file, &e))
            .and_then(|bytes| ua::check(&bytes, &name));
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
        Format::Text => reports.iter().for_each(|r| t.ua_report(r)),
    }
    i32::from(failed)
}

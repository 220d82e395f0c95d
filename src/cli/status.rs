//! `leaflet status`: a coverage table per locale (or its JSON twin).

use std::path::Path;

use leaflet::diag::exit_code;

use crate::cli::args::{Format, StatusArgs};
use crate::cli::terminal::Terminal;

pub fn run(root: &Path, args: &StatusArgs, t: &Terminal) -> i32 {
    let ws = match crate::cli::check::open(root, &[]) {
        Ok((ws, _)) => ws,
        Err(e) => {
            t.finding(&e);
            return exit_code([&*e]);
        }
    };
    let report = ws.check(&[]);
    match args.format {
        Format::Json => t.json(
            &serde_json::to_string_pretty(&report.locales).expect("status always serializes"),
        ),
        Format::Text => t.status(&report.locales),
    }
    0
}

//! `leaflet status`: a coverage table per locale (or its JSON twin).

use std::path::Path;

use leaflet::checks;
use leaflet::load::project::Project;

use crate::cli::args::{Format, StatusArgs};
use crate::cli::terminal;

pub fn run(root: &Path, args: &StatusArgs) -> i32 {
    let report = checks::run(&Project::new(root), &[]);
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report.locales).expect("status always serializes")
        ),
        Format::Text => terminal::status(&report.locales),
    }
    0
}

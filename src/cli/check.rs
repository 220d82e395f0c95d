//! `leaflet check`: findings as text or JSON; exit 0 when clean (warnings
//! allowed), 1 with errors, 2 when the arguments cannot be used.

use std::path::Path;

use leaflet::checks;
use leaflet::diag::to_json;
use leaflet::load::locale;
use leaflet::load::project::Project;

use crate::cli::args::{CheckArgs, Format};
use crate::cli::terminal;

pub fn run(root: &Path, args: &CheckArgs) -> i32 {
    let project = Project::new(root);
    let locales = match validate_locales(&project, &args.locales) {
        Ok(locales) => locales,
        Err(code) => return code,
    };
    let report = checks::run(&project, &locales);
    match args.format {
        Format::Json => println!("{}", to_json(&report.findings)),
        Format::Text => terminal::findings(&report.findings),
    }
    i32::from(report.has_errors())
}

/// The project's locale codes for the requested BCP 47 tags (`vi-VN` is
/// `vi`); unknown locales are unusable arguments (exit 2).
pub fn validate_locales(project: &Project, locales: &[String]) -> Result<Vec<String>, i32> {
    let available = locale::discover(&project.locales_dir()).map_err(|e| {
        terminal::error(&e);
        2
    })?;
    locales
        .iter()
        .map(|l| {
            locale::negotiate(l, &available).map_err(|e| {
                terminal::error(&e);
                2
            })
        })
        .collect()
}

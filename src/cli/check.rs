//! `leaflet check`: findings as text or JSON; exit 0 when clean (warnings
//! allowed), 1 with errors, 2 when the arguments cannot be used.

use std::path::Path;

use leaflet::check;
use leaflet::diagnostic::to_json;
use leaflet::locale;
use leaflet::project::Project;

use crate::cli::args::{CheckArgs, Format};
use crate::cli::terminal;

pub fn run(root: &Path, args: &CheckArgs) -> i32 {
    let project = Project::new(root);
    if let Err(code) = validate_locales(&project, &args.locales) {
        return code;
    }
    let report = check::run(&project, &args.locales);
    match args.format {
        Format::Json => println!("{}", to_json(&report.findings)),
        Format::Text => terminal::findings(&report.findings),
    }
    i32::from(report.has_errors())
}

/// Unknown locales are unusable arguments (exit 2).
pub fn validate_locales(project: &Project, locales: &[String]) -> Result<(), i32> {
    let available = locale::discover(&project.locales_dir()).map_err(|e| {
        terminal::error(&e);
        2
    })?;
    for l in locales {
        if let Err(e) = locale::negotiate(l, &available) {
            terminal::error(&e);
            return Err(2);
        }
    }
    Ok(())
}

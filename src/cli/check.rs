//! `leaflet check`: findings as text or JSON; exit 0 when clean (warnings
//! allowed), 1 with errors, 2 when the arguments cannot be used.

use std::path::Path;

use leaflet::diag::{exit_code, render, Error};
use leaflet::msg;
use leaflet::workspace::{LayoutFiles, Workspace};

use crate::cli::args::{CheckArgs, Format};
use crate::cli::terminal::Terminal;

pub fn run(root: &Path, args: &CheckArgs, t: &Terminal) -> i32 {
    let (mut ws, locales) = match open(root, &args.locales) {
        Ok(x) => x,
        Err(e) => {
            t.finding(&e);
            return exit_code([&*e]);
        }
    };
    if args.fix {
        match ws.fix_legacy(&locales) {
            Ok(fixed) => {
                for r in &fixed.repairs {
                    t.err(&format!(
                        "{}:{}:{}: {}",
                        r.file.display(),
                        r.line,
                        r.column,
                        t.text(&msg!(
                            "fix-repaired",
                            found = &r.found,
                            repaired = &r.repaired
                        ))
                    ));
                }
                t.err(&t.text(&msg!(
                    "fix-summary",
                    repaired = fixed.repairs.len(),
                    left = fixed.left.len()
                )));
            }
            Err(e) => {
                t.finding(&e);
                return exit_code([&*e]).max(1);
            }
        }
    }
    let report = ws.check(&locales);
    match args.format {
        Format::Json => {
            let findings: Vec<serde_json::Value> = report
                .findings
                .iter()
                .map(|f| render::json_value(f, t.lang))
                .collect();
            let value = serde_json::json!({
                "findings": findings,
                "messages": report.rooms(&ws),
            });
            t.json(&serde_json::to_string_pretty(&value).expect("the report serializes"))
        }
        Format::Text => t.findings(&report.findings),
    }
    exit_code(&report.findings)
}

/// The workspace of `root` and the project's codes for the requested BCP 47
/// tags (`vi-VN` is `vi`).
pub fn open(root: &Path, requested: &[String]) -> Result<(Workspace, Vec<String>), Error> {
    let ws = Workspace::open(root, LayoutFiles::Discover)?;
    let mut codes = Vec::new();
    for r in requested {
        let code = ws.negotiate(r)?;
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    Ok((ws, codes))
}

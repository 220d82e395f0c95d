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
        Format::Json => {
            let rooms = report.rooms(&ws);
            let locales: Vec<serde_json::Value> = report
                .locales
                .iter()
                .map(|l| {
                    let mut v = serde_json::to_value(l).expect("status serializes");
                    v["messages"] = rooms
                        .iter()
                        .filter(|r| r.locale == l.locale)
                        .map(|r| {
                            let mut m = serde_json::to_value(r).expect("rooms serialize");
                            m.as_object_mut().map(|o| o.remove("locale"));
                            m
                        })
                        .collect();
                    v
                })
                .collect();
            t.json(&serde_json::to_string_pretty(&locales).expect("status serializes"))
        }
        Format::Text => t.status(&report.locales),
    }
    0
}

//! `leaflet status`: a coverage table per locale (or its JSON twin).

use std::path::Path;

use leaflet::diag::exit_code;
use leaflet::workspace::check::LocaleStatus;
use serde::Serialize;

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
            let locales: Vec<LocaleJson> = report
                .locales
                .iter()
                .map(|l| LocaleJson {
                    status: l,
                    messages: rooms
                        .iter()
                        .filter(|r| r.locale == l.locale)
                        .map(|r| RoomJson {
                            message_id: &r.message_id,
                            state: r.state,
                            layout: r.layout.as_deref(),
                            page: r.page.as_deref(),
                            panel: r.panel.as_deref(),
                            room_mm: r.room_mm,
                        })
                        .collect(),
                })
                .collect();
            t.json(&serde_json::to_string_pretty(&locales).expect("status serializes"))
        }
        Format::Text => t.status(&report.locales),
    }
    0
}

/// A locale's counts and its messages, as `status --format json` gives
/// them (serialised directly: 35,000 messages make no detour through
/// `serde_json::Value`).
#[derive(Serialize)]
struct LocaleJson<'a> {
    #[serde(flatten)]
    status: &'a LocaleStatus,
    messages: Vec<RoomJson<'a>>,
}

/// One message of that locale (the locale is its parent's).
#[derive(Serialize)]
struct RoomJson<'a> {
    message_id: &'a str,
    state: &'static str,
    layout: Option<&'a str>,
    page: Option<&'a str>,
    panel: Option<&'a str>,
    room_mm: Option<f64>,
}

//! `leaflet review`: a reviewer approves messages of a translation (or
//! withdraws an approval); the approvals live in `review.toml`.

use std::path::Path;

use leaflet::diag::{exit_code, Code, Error, Finding};
use leaflet::i18n::Arg;
use leaflet::msg;
use leaflet::workspace::review::{Messages, Verdict};

use crate::cli::args::ReviewArgs;
use crate::cli::terminal::Terminal;

pub fn run(root: &Path, args: &ReviewArgs, t: &Terminal) -> i32 {
    match review(root, args, t) {
        Ok(code) => code,
        Err(e) => {
            t.finding(&e);
            exit_code([&*e])
        }
    }
}

fn review(root: &Path, args: &ReviewArgs, t: &Terminal) -> Result<i32, Error> {
    let verdict = match args.withdraw {
        true => Verdict::Withdraw,
        false => Verdict::Approve {
            by: reviewer(args.by.as_deref())?,
        },
    };
    let (mut ws, codes) = crate::cli::check::open(root, std::slice::from_ref(&args.locale))?;
    let messages = match args.all {
        true => Messages::All,
        false => Messages::Ids(args.ids.clone()),
    };
    let done = ws.review(&codes[0], &messages, &verdict)?;
    for f in &done.skipped {
        t.finding(f);
    }
    if let (false, Verdict::Approve { by }) = (done.approved.is_empty(), &verdict) {
        t.out(&t.text(&msg!(
            "review-approved",
            by = by,
            ids = Arg::code_list(&done.approved)
        )));
    }
    if !done.withdrawn.is_empty() {
        t.out(&t.text(&msg!(
            "review-withdrawn",
            ids = Arg::code_list(&done.withdrawn)
        )));
    }
    if done.approved.is_empty() && done.withdrawn.is_empty() {
        t.out(&t.text(&msg!("review-nothing")));
    }
    Ok(0)
}

/// Who approves: `--by`, then `LEAFLET_REVIEWER`, then the system's user.
fn reviewer(given: Option<&str>) -> Result<String, Error> {
    let name = given
        .map(str::to_string)
        .or_else(|| std::env::var("LEAFLET_REVIEWER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    name.ok_or_else(|| Finding::new(Code::BadArgument, msg!("review-who")).boxed())
}

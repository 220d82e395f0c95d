//! `leaflet studio`: serves the studio over the project folder, prints its
//! address (with the run's token) as the first line of standard output,
//! opens it in the browser and serves until interrupted.

use std::net::IpAddr;
use std::path::Path;

use leaflet::diag::exit_code;
use leaflet::msg;
use leaflet::studio::{self, server::Bind};
use leaflet::workspace::{LayoutFiles, Workspace};

use crate::cli::args::StudioArgs;
use crate::cli::terminal::Terminal;

pub fn run(root: &Path, args: &StudioArgs, t: &Terminal) -> i32 {
    let ws = match Workspace::open(root, LayoutFiles::Discover) {
        Ok(ws) => ws,
        Err(e) => {
            t.finding(&e);
            return exit_code([&*e]);
        }
    };
    let host: IpAddr = args.host;
    let (server, app) = match studio::bind(
        ws,
        Bind {
            host,
            port: args.port,
        },
        t.lang,
    ) {
        Ok(x) => x,
        Err(e) => {
            t.err(&t.text(&msg!("studio-bind-failed", detail = e.to_string())));
            return 1;
        }
    };
    let address = server.address();
    // First line of standard output: scripts and tests read it.
    t.out(&address);
    if !host.is_loopback() {
        t.err(&t.text(&msg!("studio-not-local", host = host.to_string())));
    }
    if !args.no_open && open_browser(&address).is_err() {
        t.err(&t.text(&msg!("studio-open-failed")));
    }
    t.err(&t.text(&msg!("studio-running")));
    server.serve(app);
    0
}

/// Opens `url` in the default browser, on each system its own way.
fn open_browser(url: &str) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]).arg(url);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg(url);
        c
    } else {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(url);
        c
    };
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
}

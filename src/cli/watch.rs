//! `leaflet watch`: rebuilds the affected leaflets whenever a `.ftl`,
//! layout, link, font or icon file changes, prints the check findings
//! each time, and refreshes previews that exist.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, MetadataKind, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};

use leaflet::diag::exit_code;
use leaflet::msg;
use leaflet::workspace::build::{screen_files, with_suffix, BuildRequest, Offices};
use leaflet::workspace::Workspace;

use crate::cli::args::WatchArgs;
use crate::cli::preview;
use crate::cli::terminal::Terminal;

/// Saves often come as several events; wait this long for quiet.
const SETTLE: Duration = Duration::from_millis(15);

pub fn run(root: &Path, args: &WatchArgs, t: &Terminal) -> i32 {
    let (mut ws, requested) = match crate::cli::check::open(root, &args.locales) {
        Ok(x) => x,
        Err(e) => {
            t.finding(&e);
            return exit_code([&*e]);
        }
    };
    let (tx, rx) = mpsc::channel();
    let mut watcher =
        match notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if let Ok(event) = event {
                if changes_content(&event.kind) {
                    let _ = tx.send(event.paths);
                }
            }
        }) {
            Ok(w) => w,
            Err(e) => {
                t.err(&t.text(&msg!("watch-failed", detail = e.to_string())));
                return 1;
            }
        };
    let project = ws.project.clone();
    let mut watched = vec![
        (project.locales_dir(), RecursiveMode::Recursive),
        (project.layouts_dir(), RecursiveMode::Recursive),
        (project.fonts_dir(), RecursiveMode::Recursive),
        (project.root.clone(), RecursiveMode::NonRecursive),
    ];
    // Icons: the project's folder, and any other a layout reads them from
    // (`icon_folder`), when it exists.
    let icon_dirs =
        std::iter::once(project.icons_dir()).chain(ws.layouts().map(|l| l.icon_dir.clone()));
    for dir in icon_dirs {
        let covered = watched
            .iter()
            .any(|(w, mode)| *mode == RecursiveMode::Recursive && within(&dir, w));
        if dir.is_dir() && !covered {
            watched.push((dir, RecursiveMode::Recursive));
        }
    }
    for (dir, mode) in &watched {
        if let Err(e) = watcher.watch(dir, *mode) {
            t.err(&t.text(&msg!(
                "watch-folder-failed",
                path = dir,
                detail = e.to_string()
            )));
            return 1;
        }
    }

    rebuild(&ws, args, &requested, t);
    t.out(&t.text(&msg!("watch-watching", path = &project.root)));
    while let Ok(first) = rx.recv() {
        let mut paths: Vec<PathBuf> = first;
        while let Ok(more) = rx.recv_timeout(SETTLE) {
            paths.extend(more);
        }
        paths.retain(|p| !is_scratch(p));
        if paths.is_empty() {
            continue;
        }
        let affected = ws.reload(&paths);
        if affected.is_empty() {
            continue;
        }
        // The locales a change affects: a translation only itself; the
        // source, layouts, links and fonts every requested locale.
        let locales: Vec<String> = if affected.everything || !affected.layouts.is_empty() {
            requested.clone()
        } else {
            affected
                .locales
                .iter()
                .filter(|c| requested.is_empty() || requested.contains(c))
                .cloned()
                .collect()
        };
        // An empty list would mean "every locale" to a build.
        if locales.is_empty() && !requested.is_empty() {
            continue;
        }
        if locales.is_empty() && !affected.everything && affected.layouts.is_empty() {
            continue;
        }
        let started = Instant::now();
        rebuild(&ws, args, &locales, t);
        t.out(&t.text(&msg!(
            "watch-rebuilt",
            milliseconds = started.elapsed().as_millis() as usize
        )));
    }
    0
}

/// Whether an event can mean new content. Opening and reading are events
/// too (inotify reports them), and every rebuild reads the inputs: reacting
/// to those would rebuild forever.
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// Whether folder `dir` is `parent` or inside it.
fn within(dir: &Path, parent: &Path) -> bool {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    canonical(dir).starts_with(canonical(parent))
}

/// An editor's scratch file (a hidden temporary, a backup copy): never an
/// input, and our own temporary files look the same.
fn is_scratch(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.') || name.ends_with('~')
}

/// Builds `locales` (each leaflet laid out once) and shows its findings,
/// which are the check's; refreshes previews and the screen and proof
/// files that exist.
fn rebuild(ws: &Workspace, args: &WatchArgs, locales: &[String], t: &Terminal) {
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| ws.project.default_output_dir());
    let exists = |suffix: &str| {
        ws.layouts().any(|l| {
            ws.codes()
                .any(|c| with_suffix(&out.join(&l.name).join(format!("{c}.pdf")), suffix).is_file())
        })
    };
    let request = BuildRequest {
        layouts: Vec::new(),
        locales: locales.to_vec(),
        offices: Offices::Default,
        screen: ws.layouts().any(|l| {
            ws.codes()
                .any(|c| !screen_files(&out.join(&l.name), c).is_empty())
        }),
        proof: exists("proof"),
        office: exists("office"),
        out,
        final_only: false,
        lang: t.lang,
        cancel: Default::default(),
    };
    let report = crate::cli::build::build(ws, &request, t, false);
    let built: Vec<PathBuf> = report
        .written
        .iter()
        .filter(|w| w.output == leaflet::export::pdf::Output::Print)
        .map(|w| w.path.clone())
        .collect();
    for (layout_dir, pdfs) in preview::group_by_layout(&built) {
        if layout_dir.join("preview").is_dir() {
            let dpi = preview::preview_dpi(&layout_dir);
            match preview::previews(&layout_dir, &pdfs, dpi) {
                Ok(files) => t.out(&t.text(&msg!("watch-previews", count = files.len()))),
                Err(e) => t.finding(&e),
            }
        }
    }
    let (errors, warnings) = crate::cli::terminal::counts(&report.findings);
    t.out(&t.text(&msg!("tally", errors = errors, warnings = warnings)));
}

//! `leaflet watch`: rebuilds the affected leaflets whenever a `.ftl`,
//! layout, link or font file changes, prints the check findings each time,
//! and refreshes previews that exist.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, MetadataKind, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};

use leaflet::checks;
use leaflet::load::locale::SOURCE_LOCALE;
use leaflet::load::project::Project;

use crate::cli::args::{BuildArgs, WatchArgs};
use crate::cli::{build, preview, terminal};

/// Saves often come as several events; wait this long for quiet.
const SETTLE: Duration = Duration::from_millis(15);

pub fn run(root: &Path, args: &WatchArgs) -> i32 {
    let project = Project::new(root);
    let requested = match crate::cli::check::validate_locales(&project, &args.locales) {
        Ok(locales) => locales,
        Err(code) => return code,
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
                eprintln!("error: cannot watch files: {e}");
                return 1;
            }
        };
    let watched = [
        (project.locales_dir(), RecursiveMode::Recursive),
        (project.layouts_dir(), RecursiveMode::Recursive),
        (project.fonts_dir(), RecursiveMode::Recursive),
        (project.root.clone(), RecursiveMode::NonRecursive),
    ];
    for (dir, mode) in &watched {
        if let Err(e) = watcher.watch(dir, *mode) {
            eprintln!("error: cannot watch {}: {e}", dir.display());
            return 1;
        }
    }

    rebuild(&project, args, &requested);
    println!(
        "watching {} for changes (Ctrl-C to stop)",
        project.root.display()
    );
    while let Ok(first) = rx.recv() {
        let mut paths: Vec<PathBuf> = first;
        while let Ok(more) = rx.recv_timeout(SETTLE) {
            paths.extend(more);
        }
        let relevant: Vec<&PathBuf> = paths.iter().filter(|p| is_input(&project, p)).collect();
        if relevant.is_empty() {
            continue;
        }
        let Some(locales) = affected_locales(&project, &relevant, &requested) else {
            continue;
        };
        let started = Instant::now();
        rebuild(&project, args, &locales);
        println!("rebuilt in {} ms", started.elapsed().as_millis());
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

/// A file whose change can change a leaflet (not our own output).
fn is_input(project: &Project, path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if name.starts_with('.') || name.ends_with('~') {
        return false;
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let under = |dir: PathBuf| {
        path.starts_with(&dir) || path.starts_with(dir.canonicalize().unwrap_or_default())
    };
    (under(project.locales_dir()) && ext == "ftl")
        || (under(project.layouts_dir()) && matches!(ext.as_str(), "toml" | "png"))
        || (under(project.fonts_dir()) && matches!(ext.as_str(), "ttf" | "otf"))
        || name == "links.toml"
        || name == "office.toml"
}

/// The locales a change affects: a translation only itself; the source
/// locale, layouts, links and fonts every requested locale. `None` when the
/// change touches none of the requested locales (an empty list would mean
/// "every locale" to `build`).
fn affected_locales(
    project: &Project,
    paths: &[&PathBuf],
    requested: &[String],
) -> Option<Vec<String>> {
    let locales_dir = project.locales_dir();
    let locales_canonical = locales_dir.canonicalize().unwrap_or_default();
    let mut codes = BTreeSet::new();
    for path in paths {
        let rel = path
            .strip_prefix(&locales_dir)
            .or_else(|_| path.strip_prefix(&locales_canonical));
        match rel.ok().and_then(|r| r.components().next()) {
            Some(code) => {
                let code = code.as_os_str().to_string_lossy().into_owned();
                if code == SOURCE_LOCALE {
                    return Some(requested.to_vec());
                }
                codes.insert(code);
            }
            None => return Some(requested.to_vec()),
        }
    }
    let codes: Vec<String> = codes
        .into_iter()
        .filter(|c| requested.is_empty() || requested.contains(c))
        .collect();
    (!codes.is_empty()).then_some(codes)
}

fn rebuild(project: &Project, args: &WatchArgs, locales: &[String]) {
    let build_args = BuildArgs {
        layouts: Vec::new(),
        locales: locales.to_vec(),
        out: args.out.clone(),
        final_only: false,
        screen: false,
        proof: false,
        variants: None,
    };
    let (_, built) = build::run_collect(&project.root, &build_args);
    for (layout_dir, pdfs) in preview::group_by_layout(&built) {
        if layout_dir.join("preview").is_dir() {
            let dpi = preview::preview_dpi(&layout_dir);
            match preview::previews(&layout_dir, &pdfs, dpi) {
                Ok(files) => println!("refreshed {} preview file(s)", files.len()),
                Err(e) => terminal::error(&e),
            }
        }
    }
    let report = checks::run(project, locales);
    terminal::findings(&report.findings);
}

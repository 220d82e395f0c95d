//! `leaflet build`: every (layout, locale) pair to `output/<layout>/<locale>.pdf`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use leaflet::diag::{exit_code, Code, Error, Finding};
use leaflet::msg;
use leaflet::workspace::build::{BuildReport, BuildRequest, Offices};
use leaflet::workspace::{LayoutFiles, Workspace};

use crate::cli::args::BuildArgs;
use crate::cli::terminal::{Progress, Terminal};

pub fn run(root: &Path, args: &BuildArgs, t: &Terminal) -> i32 {
    let started = Instant::now();
    let (ws, request) = match prepare(root, args, t) {
        Ok(x) => x,
        Err(e) => {
            t.finding(&e);
            return exit_code([&*e]);
        }
    };
    let report = build(&ws, &request, t, args.quiet);
    t.summary(&report, started.elapsed());
    if report.has_errors() {
        exit_code(&report.findings).max(1)
    } else {
        0
    }
}

/// Builds and prints the findings; what `build`, `preview` and `watch` share.
pub fn build(ws: &Workspace, request: &BuildRequest, t: &Terminal, quiet: bool) -> BuildReport {
    let progress = Progress::new(t, quiet);
    let report = ws.build(request, &|path, ok, total| progress.tick(path, ok, total));
    progress.finish();
    for f in &report.findings {
        if !quiet || f.is_error() {
            t.finding(f);
        }
    }
    report
}

/// Opens the workspace the arguments describe and turns them into a
/// request; a usage problem (an unknown locale or layout) is the error.
pub fn prepare(
    root: &Path,
    args: &BuildArgs,
    t: &Terminal,
) -> Result<(Workspace, BuildRequest), Error> {
    let (files, names) = layout_files(root, &args.layouts)?;
    let ws = Workspace::open(root, files)?;
    let mut locales = Vec::new();
    for requested in &args.locales {
        let code = ws.negotiate(requested)?;
        if !locales.contains(&code) {
            locales.push(code);
        }
    }
    let request = BuildRequest {
        layouts: names,
        locales,
        offices: match &args.variants {
            Some(path) => Offices::Variants(path.clone()),
            None => Offices::Default,
        },
        out: args
            .out
            .clone()
            .unwrap_or_else(|| ws.project.default_output_dir()),
        screen: args.screen,
        proof: args.proof,
        office: args.office,
        final_only: args.final_only,
        lang: t.lang,
    };
    Ok((ws, request))
}

/// The layout files `--layout` names (a file, or a name in `layouts/`),
/// and the names to build; no `--layout`: every layout.
pub fn layout_files(root: &Path, given: &[String]) -> Result<(LayoutFiles, Vec<String>), Error> {
    if given.is_empty() {
        return Ok((LayoutFiles::Discover, Vec::new()));
    }
    let project = leaflet::load::project::Project::new(root);
    let mut paths: Vec<PathBuf> = Vec::new();
    for g in given {
        let as_path = PathBuf::from(g);
        let in_layouts = project.layouts_dir().join(format!("{g}.toml"));
        let path = if as_path.is_file() {
            as_path
        } else if in_layouts.is_file() {
            in_layouts
        } else {
            let known: Vec<String> = leaflet::load::layouts::discover(&project.layouts_dir())
                .unwrap_or_default()
                .iter()
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
            return Err(Finding::new(
                Code::BadArgument,
                msg!(
                    "unknown-layout-argument",
                    name = g,
                    known = leaflet::i18n::Arg::code_list(&known)
                ),
            )
            .boxed());
        };
        paths.push(path);
    }
    Ok((LayoutFiles::Only(paths), Vec::new()))
}

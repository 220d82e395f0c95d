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
    if report.interrupted.is_some() {
        crate::cli::interrupt::EXIT_CODE
    } else if report.has_errors() {
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
    print_findings(t, &report.findings, quiet);
    report
}

/// How many offices a grouped finding names before "and N more".
const OFFICES_NAMED: usize = 5;

/// Prints a build's findings. In a batch the same finding for many
/// offices (the Zalo hint of 100 communes) is printed once, with how many
/// leaflets it concerns; errors come last, after a heading with their
/// count, so they are what the reader sees above the summary.
fn print_findings(t: &Terminal, findings: &[Finding], quiet: bool) {
    let groups = group_by_office(findings);
    let (errors, others): (Vec<_>, Vec<_>) = groups.iter().partition(|(f, _)| f.is_error());
    if !quiet {
        for (f, offices) in &others {
            t.finding(&with_offices(f, offices));
        }
    }
    if errors.is_empty() {
        return;
    }
    if !others.is_empty() && !quiet {
        let count: usize = errors.iter().map(|(_, o)| o.len().max(1)).sum();
        t.err(&t.text(&msg!("build-errors-heading", count = count)));
    }
    for (f, offices) in &errors {
        t.finding(&with_offices(f, offices));
    }
}

/// The findings, those that differ only in their office (and so in the
/// row's line) merged into one without it, with the offices it was for.
fn group_by_office(findings: &[Finding]) -> Vec<(Finding, Vec<String>)> {
    let mut groups: Vec<(Finding, Vec<String>)> = Vec::new();
    for f in findings {
        let Some(office) = &f.place.variant else {
            groups.push((f.clone(), Vec::new()));
            continue;
        };
        let mut key = f.clone();
        key.place.variant = None;
        key.place.line = None;
        key.place.column = None;
        key.place.line_text = None;
        match groups
            .iter_mut()
            .find(|(g, offices)| !offices.is_empty() && *g == key)
        {
            Some((_, offices)) => offices.push(office.clone()),
            None => groups.push((key, vec![office.clone()])),
        }
    }
    // A finding of one office only keeps its own place.
    for (g, offices) in groups.iter_mut().filter(|(_, o)| o.len() == 1) {
        if let Some(f) = findings
            .iter()
            .find(|f| f.place.variant.as_ref() == offices.first() && same_but_place(f, g))
        {
            *g = f.clone();
        }
        offices.clear();
    }
    groups
}

fn same_but_place(a: &Finding, b: &Finding) -> bool {
    a.code == b.code && a.message == b.message && a.help == b.help && a.notes == b.notes
}

/// `f` with a note naming the offices it concerns (when there are several).
fn with_offices(f: &Finding, offices: &[String]) -> Finding {
    if offices.len() < 2 {
        return f.clone();
    }
    let mut unique: Vec<&String> = Vec::new();
    for o in offices {
        if !unique.contains(&o) {
            unique.push(o);
        }
    }
    f.clone().note(msg!(
        "build-same-finding",
        count = offices.len(),
        offices = leaflet::i18n::Arg::code_list(unique.iter().take(OFFICES_NAMED)),
        more = unique.len().saturating_sub(OFFICES_NAMED)
    ))
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
        cancel: crate::cli::interrupt::on_ctrl_c(),
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

//! `leaflet preview`: builds the leaflets, then writes PNG renders of every
//! page and one contact sheet per layout (rows: locales, columns: pages) to
//! `output/<layout>/preview/`.

use std::path::{Path, PathBuf};

use leaflet::diag::{exit_code, Code, Error};
use leaflet::export::pdf::Output;
use leaflet::export::preview::{contact_sheet, render_pages, write_png, Raster};
use leaflet::msg;

use crate::cli::args::{BuildArgs, PreviewArgs};
use crate::cli::terminal::Terminal;

/// Resolution of the contact sheet's pages.
const SHEET_DPI: f32 = 36.0;

pub fn run(root: &Path, args: &PreviewArgs, t: &Terminal) -> i32 {
    let build_args = BuildArgs {
        layouts: Vec::new(),
        locales: args.locales.clone(),
        out: args.out.clone(),
        final_only: false,
        screen: false,
        proof: false,
        office: false,
        variants: None,
        quiet: false,
    };
    let (ws, request) = match crate::cli::build::prepare(root, &build_args, t) {
        Ok(x) => x,
        Err(e) => {
            t.finding(&e);
            return exit_code([&*e]);
        }
    };
    let report = crate::cli::build::build(&ws, &request, t, false);
    let mut failed = report.has_errors();
    for stale in prune_stale(&request.out) {
        t.err(&t.text(&msg!("preview-stale-removed", path = &stale)));
    }
    // A leaflet that does not fit has no print file but a proof that
    // shows what runs past its panel: the translator sees that picture.
    let overflow_proofs = report
        .findings
        .iter()
        .filter(|f| f.code == Code::OverflowProof)
        .filter_map(|f| f.place.file.clone());
    let built: Vec<PathBuf> = report
        .written
        .iter()
        .filter(|w| w.output == Output::Print)
        .map(|w| w.path.clone())
        .chain(overflow_proofs)
        .collect();
    for (layout_dir, pdfs) in group_by_layout(&built) {
        match previews(&layout_dir, &pdfs, args.dpi) {
            Ok(files) => {
                for f in files {
                    t.out(&t.text(&msg!("preview-written", path = &f)));
                }
            }
            Err(e) => {
                t.finding(&e);
                failed = true;
            }
        }
    }
    i32::from(failed)
}

/// Removes pictures of leaflets that no longer exist (a failed build
/// removes its PDF) from every `<out>/<layout>/preview/`; returns them.
fn prune_stale(out: &Path) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let Ok(layouts) = std::fs::read_dir(out) else {
        return removed;
    };
    for layout_dir in layouts.flatten().map(|e| e.path()) {
        let Ok(pictures) = std::fs::read_dir(layout_dir.join("preview")) else {
            continue;
        };
        let mut pictures: Vec<PathBuf> = pictures.flatten().map(|e| e.path()).collect();
        pictures.sort();
        let any_pdf = std::fs::read_dir(&layout_dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        });
        for png in pictures {
            let name = png
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stale = match name.rsplit_once('-') {
                _ if name == "contact-sheet.png" => !any_pdf,
                Some((stem, page)) if page.ends_with(".png") => {
                    !layout_dir.join(format!("{stem}.pdf")).exists()
                }
                _ => false,
            };
            if stale && std::fs::remove_file(&png).is_ok() {
                removed.push(png);
            }
        }
    }
    removed
}

/// Built PDFs grouped by their layout folder, in build order.
pub fn group_by_layout(built: &[PathBuf]) -> Vec<(PathBuf, Vec<PathBuf>)> {
    let mut groups: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    for pdf in built {
        let dir = pdf.parent().unwrap_or(Path::new(".")).to_path_buf();
        match groups.iter_mut().find(|(d, _)| *d == dir) {
            Some((_, list)) => list.push(pdf.clone()),
            None => groups.push((dir, vec![pdf.clone()])),
        }
    }
    groups
}

/// Renders `pdfs` (one layout) into `<layout_dir>/preview/`; returns the
/// files written.
pub fn previews(layout_dir: &Path, pdfs: &[PathBuf], dpi: f32) -> Result<Vec<PathBuf>, Error> {
    let dir = layout_dir.join("preview");
    let mut written = Vec::new();
    let mut rows: Vec<Vec<Raster>> = Vec::new();
    for pdf in pdfs {
        let bytes = std::fs::read(pdf).map_err(|e| leaflet::files::read_error(pdf, &e))?;
        let stem = pdf
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Each page is rendered once; the contact sheet shrinks the render.
        let pages = render_pages(&bytes, dpi)?;
        for (i, page) in pages.iter().enumerate() {
            let path = dir.join(format!("{stem}-{}.png", i + 1));
            write_png(&path, page)?;
            written.push(path);
        }
        rows.push(
            pages
                .iter()
                .map(|p| p.scaled(SHEET_DPI / dpi))
                .collect::<Vec<Raster>>(),
        );
    }
    let sheet = dir.join("contact-sheet.png");
    write_png(&sheet, &contact_sheet(&rows, 12))?;
    written.push(sheet);
    // Remembered, so that `watch` refreshes the pictures as they were made.
    let setting = dir.join(DPI_FILE);
    leaflet::files::write_atomic(&setting, format!("{dpi}\n").as_bytes())
        .map_err(|e| leaflet::files::write_error(&setting, &e))?;
    Ok(written)
}

/// In a preview folder: the resolution its pictures were made at.
const DPI_FILE: &str = ".dpi";

/// The resolution the previews in `layout_dir` were made at (110 dpi when
/// nothing says).
pub fn preview_dpi(layout_dir: &Path) -> f32 {
    std::fs::read_to_string(layout_dir.join("preview").join(DPI_FILE))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .filter(|dpi: &f32| (10.0..=600.0).contains(dpi))
        .unwrap_or(110.0)
}

//! `leaflet build`: every (layout, locale) pair to `output/<layout>/<locale>.pdf`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use leaflet::compose::{compose, Inputs};
use leaflet::fonts::FontSet;
use leaflet::links::Links;
use leaflet::locale::{self, Catalog};
use leaflet::project::{write_atomic, Project};
use leaflet::spec::{self, Layout};
use leaflet::{pdf, Error};

use crate::args::BuildArgs;
use crate::terminal::{self, SummaryRow};

/// Runs the build and returns the process exit code: 0 when every leaflet
/// was written, 1 when any failed.
pub fn run(root: &Path, args: &BuildArgs) -> i32 {
    let project = Project::new(root);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| project.default_output_dir());
    let mut failed: Vec<String> = Vec::new();

    let links = match Links::load(&project.links_file()) {
        Ok(l) => l,
        Err(e) => {
            terminal::error(&e);
            return 1;
        }
    };

    let layout_paths: Vec<PathBuf> = if args.layouts.is_empty() {
        match spec::discover(&project.layouts_dir()) {
            Ok(p) if !p.is_empty() => p,
            Ok(_) => {
                terminal::error(&Error::Setup(format!(
                    "no layouts (*.toml) in {}",
                    project.layouts_dir().display()
                )));
                return 1;
            }
            Err(e) => {
                terminal::error(&e);
                return 1;
            }
        }
    } else {
        args.layouts.clone()
    };

    let codes = if args.locales.is_empty() {
        match locale::discover(&project.locales_dir()) {
            Ok(c) => c,
            Err(e) => {
                terminal::error(&e);
                return 1;
            }
        }
    } else {
        args.locales.clone()
    };
    let mut catalogs = Vec::new();
    for code in &codes {
        let dir = project.locales_dir().join(code);
        if !dir.is_dir() {
            terminal::error(&Error::Setup(format!(
                "unknown locale `{code}`: there is no folder {}",
                dir.display()
            )));
            failed.push(format!("locale {code}"));
            continue;
        }
        match Catalog::load(code, &dir) {
            Ok(c) => catalogs.push(c),
            Err(e) => {
                terminal::error(&e);
                failed.push(format!("locale {code}"));
            }
        }
    }

    // Fonts are parsed once per distinct set of files.
    let mut font_sets: BTreeMap<BTreeMap<String, String>, FontSet> = BTreeMap::new();
    let mut rows = Vec::new();
    for path in &layout_paths {
        let layout = match Layout::load(path) {
            Ok(l) => l,
            Err(e) => {
                terminal::error(&e);
                failed.push(format!("layout {}", path.display()));
                continue;
            }
        };
        if !font_sets.contains_key(&layout.fonts) {
            match FontSet::load(&project.fonts_dir(), &layout.fonts) {
                Ok(f) => {
                    font_sets.insert(layout.fonts.clone(), f);
                }
                Err(e) => {
                    terminal::error(&e);
                    failed.push(format!("layout {}", path.display()));
                    continue;
                }
            }
        }
        let fonts = &font_sets[&layout.fonts];
        for catalog in &catalogs {
            let target = Project::output_file(&out, &layout.name, &catalog.code);
            let inputs = Inputs {
                layout: &layout,
                catalog,
                links: &links,
                fonts,
            };
            match build_one(&inputs, &target) {
                Ok(row) => rows.push(row),
                Err(errors) => {
                    for e in &errors {
                        terminal::error(e);
                    }
                    failed.push(target.display().to_string());
                }
            }
        }
    }
    terminal::summary(&rows, &failed);
    i32::from(!failed.is_empty())
}

fn build_one(inputs: &Inputs, target: &Path) -> Result<SummaryRow, Vec<Error>> {
    let doc = compose(inputs)?;
    let bytes = pdf::write(&doc, inputs.fonts).map_err(|e| vec![e])?;
    write_atomic(target, &bytes).map_err(|e| vec![Error::io(target, e)])?;
    let context = format!("{} [{}]", inputs.layout.name, inputs.catalog.code);
    for w in &doc.warnings {
        terminal::warning(&context, w);
    }
    Ok(SummaryRow {
        locale: inputs.catalog.code.clone(),
        path: target.display().to_string(),
        pages: doc.pages.len(),
        bytes: bytes.len(),
        warnings: doc.warnings.len(),
    })
}

//! An edit not saved yet: a locale as it would be if one of its files
//! read a given text. The studio lays it out and checks it while the
//! translator types, with the same checks `check` runs on the files.

use std::path::Path;

use crate::diag::{Code, Error, Finding};
use crate::layout::LaidOut;
use crate::load::ftl::FtlFile;
use crate::load::layouts::Layout;
use crate::load::links::Links;
use crate::load::locale::Catalog;
use crate::load::offices::Office;
use crate::msg;
use crate::resolve::LocaleStates;
use crate::workspace::Workspace;

/// A locale with one file's text replaced.
pub struct Draft {
    pub catalog: Catalog,
    pub states: LocaleStates,
    /// What the translation checks find in the locale so edited.
    pub findings: Vec<Finding>,
}

impl Workspace {
    /// Locale `code` as if its file `path` read `text` (a file it does not
    /// have yet is added). The files on disk are not touched.
    pub fn draft(&self, code: &str, path: &Path, text: String) -> Result<Draft, Error> {
        let entry = self.locale(code).filter(|e| e.catalog.is_some());
        let Some(entry) = entry else {
            return Err(Finding::new(
                Code::UnknownLocale,
                msg!("locale-not-loaded", locale = code),
            )
            .boxed());
        };
        let catalog = entry.catalog.as_ref().expect("filtered above");
        let edited = FtlFile::parse(path, text);
        let mut files: Vec<FtlFile> = catalog
            .files
            .iter()
            .filter(|f| f.path != path)
            .cloned()
            .collect();
        files.push(edited);
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let catalog = Catalog::from_files(code, files)?;
        let source = self.source().filter(|s| s.code != code);
        let (states, findings) = super::compare_one(source, &catalog, &entry.reviews);
        Ok(Draft {
            catalog,
            states,
            findings,
        })
    }

    /// Lays out `layout` with `draft` as its locale.
    pub fn lay_out_draft(
        &self,
        layout: &Layout,
        draft: &Draft,
        office: &Office,
        links: &Links,
    ) -> Result<LaidOut, Vec<Finding>> {
        self.lay_out_with(layout, &draft.catalog, &draft.states, office, links)
    }
}

//! Where a project's inputs and outputs live. Everything is relative to one
//! root folder (the current directory unless `--project` says otherwise).

use std::path::{Path, PathBuf};

use crate::diag::{Code, Error, Finding};
use crate::msg;

/// The folder layout of a leaflet project.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
}

impl Project {
    /// Says clearly when `root` is not a leaflet project, instead of
    /// letting the first missing file speak (or an empty table pass).
    pub fn ensure_exists(&self) -> Result<(), Error> {
        if self.locales_dir().is_dir() {
            return Ok(());
        }
        Err(Finding::new(
            Code::NotAProject,
            msg!("not-a-project", folder = &self.root),
        )
        .help(msg!("help-not-a-project"))
        .boxed())
    }

    pub fn new(root: impl Into<PathBuf>) -> Project {
        Project { root: root.into() }
    }

    /// `relative` inside the project; plain `relative` when the project is
    /// the current directory, so messages read `locales/vi/…`, not `./locales/vi/…`.
    fn path(&self, relative: &str) -> PathBuf {
        if self.root == Path::new(".") {
            PathBuf::from(relative)
        } else {
            self.root.join(relative)
        }
    }

    pub fn layouts_dir(&self) -> PathBuf {
        self.path("layouts")
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.path("locales")
    }

    pub fn fonts_dir(&self) -> PathBuf {
        self.path("fonts")
    }

    /// The icons (`<name>.svg`) layouts name, unless a layout sets its own
    /// `icon_folder`.
    pub fn icons_dir(&self) -> PathBuf {
        self.path("icons")
    }

    /// The link table shared by every layout.
    pub fn links_file(&self) -> PathBuf {
        self.path("links.toml")
    }

    /// The default office (the values of the leaflets' variables).
    pub fn office_file(&self) -> PathBuf {
        self.path("office.toml")
    }

    pub fn default_output_dir(&self) -> PathBuf {
        self.path("output")
    }

    /// `output/<layout>/<locale>.pdf`
    pub fn output_file(out: &Path, layout: &str, locale: &str) -> PathBuf {
        out.join(layout).join(format!("{locale}.pdf"))
    }
}

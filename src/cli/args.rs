//! Command-line arguments (clap definitions only).
//!
//! The doc comments here are for developers: the help users read, in
//! their language, comes from `i18n/<lang>/cli.ftl` (`cli-<command>-about`,
//! `cli-<command>-<option>`), put on this definition by `cli/help.rs`. A
//! new command or option needs its entries there; a test says which.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Print-ready, multilingual tri-fold PDF leaflets from Fluent translations.
#[derive(Debug, Parser)]
#[command(name = "leaflet", version, about)]
pub struct Cli {
    /// Project folder holding layouts/, locales/, fonts/ and links.toml.
    #[arg(long, global = true, default_value = ".")]
    pub project: PathBuf,

    /// Language of everything the tool prints: vi or en (default: from
    /// LEAFLET_LANG, then the system locale, then English).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["vi", "en"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build a PDF for every (layout, locale) pair.
    Build(BuildArgs),
    /// Check translations and layouts without writing PDFs.
    Check(CheckArgs),
    /// Show translation coverage per locale.
    Status(StatusArgs),
    /// Start a new translation from the source locale.
    NewLocale(NewLocaleArgs),
    /// Record that a reviewer approved messages of a translation (or
    /// withdraw an approval); kept in locales/<code>/review.toml.
    Review(ReviewArgs),
    /// Build, then write PNG renders and a contact sheet of every locale.
    Preview(PreviewArgs),
    /// Rebuild (and re-check) whenever a text, layout or font file changes.
    Watch(WatchArgs),
    /// Check finished PDFs the way a print shop does.
    Preflight(PreflightArgs),
    /// Translate and review in the browser, with the leaflet beside the text.
    Studio(StudioArgs),
}

#[derive(Debug, clap::Args)]
pub struct StudioArgs {
    /// Port to listen on; 0 takes any free port.
    #[arg(long, default_value_t = 0)]
    pub port: u16,

    /// Do not open the browser; only print the address.
    #[arg(long)]
    pub no_open: bool,

    /// Address to listen on (default 127.0.0.1: this computer only).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
}

#[derive(Debug, clap::Args)]
pub struct PreflightArgs {
    /// PDF files to check.
    #[arg(required = true, value_name = "FILE.pdf")]
    pub files: Vec<PathBuf>,

    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,

    /// Check the PDF/UA-1 rules (screen files) instead of print readiness.
    #[arg(long)]
    pub ua: bool,
}

#[derive(Debug, clap::Args)]
pub struct PreviewArgs {
    /// Locale(s) to preview; default: all.
    #[arg(long = "locale", value_name = "CODE")]
    pub locales: Vec<String>,

    /// Resolution of the page renders.
    #[arg(long, default_value_t = 110.0, value_parser = dpi)]
    pub dpi: f32,

    /// Output folder (as for `build`).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// Locale(s) to rebuild; default: all.
    #[arg(long = "locale", value_name = "CODE")]
    pub locales: Vec<String>,

    /// Output folder (as for `build`).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

fn dpi(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(v) if (10.0..=600.0).contains(&v) => Ok(v),
        // Never shown: the usage error quotes the option's own help.
        _ => Err("a resolution from 10 to 600 dpi".into()),
    }
}

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Locale(s) to check; default: all.
    #[arg(long = "locale", value_name = "CODE")]
    pub locales: Vec<String>,

    /// First repair, in place, the text pasted from legacy fonts whose
    /// repair is certain; the rest is listed for a person to decide.
    #[arg(long)]
    pub fix: bool,

    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The translation, e.g. `jra`.
    #[arg(long = "locale", value_name = "CODE")]
    pub locale: String,

    /// Who approves (default: LEAFLET_REVIEWER, then the user name).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,

    /// Every translated message not reviewed yet (copies of the Vietnamese
    /// text must be named one by one).
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,

    /// Withdraw the approval instead.
    #[arg(long)]
    pub withdraw: bool,

    /// Message ids.
    #[arg(value_name = "MESSAGE-ID", required_unless_present = "all")]
    pub ids: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct NewLocaleArgs {
    /// BCP 47 language tag of the new locale, e.g. `jra` or `bdq`.
    pub code: String,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Layout(s) to build, by name (as a variants file names them) or by
    /// file; default: every layouts/*.toml.
    #[arg(long = "layout", value_name = "NAME|PATH")]
    pub layouts: Vec<String>,

    /// Locale(s) to build; default: every folder in locales/.
    #[arg(long = "locale", value_name = "CODE")]
    pub locales: Vec<String>,

    /// Output folder; files land in <DIR>/<layout>/<locale>.pdf.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Refuse leaflets that contain drafts or untranslated (fallback) text.
    #[arg(long = "final")]
    pub final_only: bool,

    /// Build one leaflet per row of this CSV or TOML file (one office per
    /// row) into <DIR>/<layout>/<variant-id>/<locale>.pdf.
    #[arg(long, value_name = "FILE")]
    pub variants: Option<PathBuf>,

    /// Also write the screen file (<subject>-<office>.<locale>.screen.pdf):
    /// RGB, one page per panel, links, bookmarks, tagged.
    #[arg(long)]
    pub screen: bool,

    /// Also write <locale>.proof.pdf: trim, bleed, safe areas, folds, panel
    /// names and message ids drawn over the leaflet for review.
    #[arg(long)]
    pub proof: bool,

    /// Also write <locale>.office.pdf for an office A4 laser printer (no
    /// bleed, nothing in the printer margin, fold ticks) and the printing
    /// sheet huong-dan-in.pdf.
    #[arg(long)]
    pub office: bool,

    /// Print only errors and the summary.
    #[arg(long, short)]
    pub quiet: bool,
}

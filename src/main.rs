//! The `leaflet` binary: parses arguments and hands over to a subcommand.
//! One file per subcommand under `src/cli/`, clap definitions in
//! `cli/args.rs`, everything printed in `cli/terminal.rs`.

mod cli;

use clap::Parser;

use cli::args::{Cli, Command};
use leaflet::i18n::Lang;

fn main() {
    let cli = Cli::parse();
    let lang = cli
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(|| Lang::from_env(|name| std::env::var(name).ok()));
    let t = cli::terminal::Terminal::new(lang);
    let code = match cli.command {
        Command::Build(ref a) => cli::build::run(&cli.project, a, &t),
        Command::Check(ref a) => cli::check::run(&cli.project, a, &t),
        Command::Status(ref a) => cli::status::run(&cli.project, a, &t),
        Command::NewLocale(ref a) => cli::new_locale::run(&cli.project, a, &t),
        Command::Review(ref a) => cli::review::run(&cli.project, a, &t),
        Command::Preview(ref a) => cli::preview::run(&cli.project, a, &t),
        Command::Watch(ref a) => cli::watch::run(&cli.project, a, &t),
        Command::Preflight(ref a) => cli::preflight::run(a, &t),
    };
    std::process::exit(code);
}

//! The `leaflet` binary: parses arguments and hands over to a subcommand.
//! One file per subcommand under `src/cli/`, clap definitions in
//! `cli/args.rs`, everything printed in `cli/terminal.rs`.

mod cli;

use clap::Parser;

use cli::args::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    // Every command but preflight works on a project folder.
    if !matches!(cli.command, Command::Preflight(_)) {
        if let Err(e) = leaflet::load::project::Project::new(&cli.project).ensure_exists() {
            cli::terminal::error(&e);
            std::process::exit(2);
        }
    }
    let code = match cli.command {
        Command::Build(ref a) => cli::build::run(&cli.project, a),
        Command::Check(ref a) => cli::check::run(&cli.project, a),
        Command::Status(ref a) => cli::status::run(&cli.project, a),
        Command::NewLocale(ref a) => cli::new_locale::run(&cli.project, a),
        Command::Preview(ref a) => cli::preview::run(&cli.project, a),
        Command::Watch(ref a) => cli::watch::run(&cli.project, a),
        Command::Preflight(ref a) => cli::preflight::run(a),
    };
    std::process::exit(code);
}

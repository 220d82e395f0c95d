//! The `leaflet` binary: parses arguments and hands over to a subcommand.

mod args;
mod build;
mod terminal;

use clap::Parser;

fn main() {
    let cli = args::Cli::parse();
    let code = match cli.command {
        args::Command::Build(ref a) => build::run(&cli.project, a),
    };
    std::process::exit(code);
}

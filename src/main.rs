//! The `leaflet` binary: parses arguments and hands over to a subcommand.
//! One file per subcommand under `src/cli/`, clap definitions in
//! `cli/args.rs` (put in the user's language by `cli/help.rs`), everything
//! printed in `cli/terminal.rs`.

mod cli;

use cli::args::Command;
use cli::help::Parsed;
use leaflet::i18n::Lang;

fn main() {
    // The language is needed before clap speaks (help, usage errors):
    // `--lang` from a scan of the raw arguments, else the environment.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = cli::help::language(&args);
    let cli = match cli::help::parse(&args, lang) {
        Parsed::Run(cli) => cli,
        Parsed::Exit(code) => std::process::exit(code),
    };
    let lang = cli.lang.as_deref().and_then(Lang::parse).unwrap_or(lang);
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
        Command::Studio(ref a) => cli::studio::run(&cli.project, a, &t),
    };
    std::process::exit(code);
}

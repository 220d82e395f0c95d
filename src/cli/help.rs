//! The command line in the user's language: `--help` of every command,
//! and clap's own errors (an unknown option, a bad value…) as findings.
//!
//! clap (derive) still defines and parses the arguments; this module only
//! rewrites the words of the [`Command`] it derives before parsing: every
//! about, help and value name comes from the catalogue (`i18n/*/cli.ftl`,
//! ids `cli-<command>-about`, `cli-<command>-<option>`, `cli-value-<option>`),
//! the headings come from the help template and `help_heading`, and the
//! built-in `-h`, `-V` and `help` are replaced by ours so that their help
//! is ours too. The language must be known before clap reads anything, so
//! it is taken from `--lang` by a scan of the raw arguments, else from the
//! environment.

use std::ffi::OsString;

use clap::builder::Resettable;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command, CommandFactory, FromArgMatches};

use leaflet::diag::{Code, Finding};
use leaflet::i18n::{Arg as MsgArg, Lang, Message};
use leaflet::msg;

use crate::cli::args::Cli;
use crate::cli::terminal::Terminal;

/// The name of the program, as usage lines show it.
const BIN: &str = "leaflet";

/// The language `--lang X` or `--lang=X` asks for (the last one that names
/// a language), before clap has parsed anything.
pub fn lang_from_args(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::parse) {
            found = Some(lang);
        }
    }
    found
}

/// The language of everything the binary prints: `--lang`, else
/// `LEAFLET_LANG`, else the system locale, else English.
pub fn language(args: &[OsString]) -> Lang {
    lang_from_args(args).unwrap_or_else(|| Lang::from_env(|name| std::env::var(name).ok()))
}

/// What the command line asks for, once parsed.
pub enum Parsed {
    Run(Cli),
    /// Help, the version or a usage error has been printed: exit with this.
    Exit(i32),
}

/// Parses `args` with the command line in `lang`; prints help, the
/// version or a usage error itself.
pub fn parse(args: &[OsString], lang: Lang) -> Parsed {
    let mut cmd = command(lang);
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => return Parsed::Exit(report(&e, &mut cmd, args, lang)),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        return Parsed::Exit(help_command(&mut cmd, sub, lang));
    }
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => Parsed::Run(cli),
        Err(e) => Parsed::Exit(report(&e, &mut cmd, args, lang)),
    }
}

/// A message in `lang`.
fn text(lang: Lang, m: Message) -> String {
    m.render(lang)
}

/// The catalogue id prefix of a command: `cli` for leaflet itself,
/// `cli-build` for `leaflet build`.
fn prefix(path: &[&str]) -> String {
    std::iter::once("cli")
        .chain(path.iter().copied())
        .collect::<Vec<_>>()
        .join("-")
}

/// The catalogue id of an argument's help: by its long name (`--locale`
/// is `cli-build-locale`), else its id (`cli-preflight-files`). The help
/// and version flags are the same in every command: `cli-help`,
/// `cli-version`.
pub fn arg_help_id(path: &[&str], arg: &Arg) -> String {
    let name = arg.get_long().unwrap_or(arg.get_id().as_str());
    match name {
        "help" | "version" => format!("cli-{name}"),
        _ => format!("{}-{name}", prefix(path)),
    }
}

/// The catalogue id of the placeholder of an argument's value.
pub fn value_name_id(arg: &Arg) -> String {
    format!(
        "cli-value-{}",
        arg.get_long().unwrap_or(arg.get_id().as_str())
    )
}

/// The command line as clap derives it, with our `help` command (the
/// catalogue must explain it too).
pub fn derived() -> Command {
    Cli::command().disable_help_subcommand(true).subcommand(
        Command::new("help").arg(
            Arg::new("command")
                .action(ArgAction::Set)
                .required(false)
                .value_parser(clap::builder::NonEmptyStringValueParser::new()),
        ),
    )
}

/// The whole command line, in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = derived()
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        )
        .subcommand_help_heading(text(lang, msg!("cli-heading-commands")));
    localise(cmd, &[], lang)
}

/// One command and, recursively, its subcommands.
fn localise(cmd: Command, path: &[&str], lang: Lang) -> Command {
    let p = prefix(path);
    let about = |suffix: &str| {
        // `cli-about`, `cli-build-long-about`: a test walks the tree and
        // checks that the catalogues have each one.
        render_id(lang, &format!("{p}-{suffix}"))
    };
    let usage_line = usage(&cmd, path, lang);
    let mut cmd = cmd
        .about(about("about"))
        .long_about(about("long-about"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help),
        )
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            text(lang, msg!("cli-heading-usage"))
        ))
        .override_usage(usage_line);
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for (i, id) in ids.into_iter().enumerate() {
        let path = path.to_vec();
        cmd = cmd.mut_arg(id, |arg| {
            // A command's own options first, then the global ones (which
            // clap copies into every command), then help and version.
            let order = match arg.get_id().as_str() {
                "help" => 1000,
                "version" => 1001,
                _ if arg.is_global_set() => 900 + i,
                _ => i,
            };
            localise_arg(arg, &path, lang).display_order(order)
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        let sub = cmd
            .find_subcommand(&name)
            .cloned()
            .expect("a listed subcommand");
        let sub = localise(sub, &sub_path, lang);
        cmd = cmd.mut_subcommand(&name, |_| sub);
    }
    cmd
}

/// A message by an id made at run time (the help texts of the tree).
fn render_id(lang: Lang, id: &str) -> String {
    leaflet::i18n::text_of(id, lang)
}

fn localise_arg(arg: Arg, path: &[&str], lang: Lang) -> Arg {
    let heading = match arg.is_positional() {
        true => msg!("cli-heading-arguments"),
        false => msg!("cli-heading-options"),
    };
    let mut help = render_id(lang, &arg_help_id(path, &arg));
    let mut arg = arg.help_heading(text(lang, heading));
    if arg.get_action().takes_values() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let possible: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !defaults.is_empty() {
            help.push(' ');
            help.push_str(&text(
                lang,
                msg!("cli-default", value = defaults.join(", ")),
            ));
        }
        if !possible.is_empty() {
            help.push(' ');
            help.push_str(&text(
                lang,
                msg!("cli-possible-values", values = possible.join(", ")),
            ));
        }
        let value_name = render_id(lang, &value_name_id(&arg));
        arg = arg
            .value_name(value_name)
            .hide_default_value(true)
            .hide_possible_values(true);
    }
    arg.help(help).long_help(Resettable::Reset)
}

/// The usage line of a command, in words of `lang`: `leaflet build
/// [OPTIONS]`, `leaflet preflight [OPTIONS] <FILE.pdf>...`.
fn usage(cmd: &Command, path: &[&str], lang: Lang) -> String {
    let mut parts: Vec<String> = vec![BIN.to_string()];
    parts.extend(path.iter().map(|s| s.to_string()));
    parts.push(text(lang, msg!("cli-usage-options")));
    for arg in cmd.get_positionals() {
        let name = render_id(lang, &value_name_id(arg));
        let many = matches!(arg.get_action(), ArgAction::Append);
        let dots = if many { "..." } else { "" };
        parts.push(match arg.is_required_set() {
            true => format!("<{name}>{dots}"),
            false => format!("[{name}]{dots}"),
        });
    }
    if cmd.has_subcommands() {
        parts.push(text(lang, msg!("cli-usage-command")));
    }
    parts.join(" ")
}

/// `leaflet help [COMMAND]`.
fn help_command(cmd: &mut Command, matches: &ArgMatches, lang: Lang) -> i32 {
    cmd.build();
    let Some(name) = matches.get_one::<String>("command") else {
        let _ = cmd.print_long_help();
        return 0;
    };
    match cmd.find_subcommand_mut(name) {
        Some(sub) => {
            let _ = sub.print_long_help();
            0
        }
        None => {
            let f = Finding::new(
                Code::BadArgument,
                msg!("cli-error-unknown-command", name = name),
            )
            .note(usage_note(cmd, None));
            Terminal::new(lang).finding(&f);
            2
        }
    }
}

/// Prints what clap found (help, the version, or a mistake) and returns
/// the exit code.
fn report(e: &clap::Error, cmd: &mut Command, args: &[OsString], lang: Lang) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Help and version are already in `lang`: they are ours.
            let _ = e.print();
            e.exit_code()
        }
        _ => {
            cmd.build();
            let sub = subcommand_of(cmd, args);
            Terminal::new(lang).finding(&usage_error(e, cmd, sub.as_deref()));
            2
        }
    }
}

/// The subcommand the arguments name, if any (the first word that is one,
/// skipping the values of the global options).
fn subcommand_of(cmd: &Command, args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            return None;
        }
        if a == "--project" || a == "--lang" {
            it.next();
            continue;
        }
        if !a.starts_with('-') {
            return cmd.find_subcommand(a).map(|s| s.get_name().to_string());
        }
    }
    None
}

/// A string of clap's error context.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

fn context_list(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// `--lang <LANG>` → `--lang` (how clap names an option in its errors).
fn flag(s: &str) -> String {
    match s.starts_with('-') {
        true => s.split([' ', '=']).next().unwrap_or(s).to_string(),
        false => s.to_string(),
    }
}

/// A mistake on the command line as a finding, from the kind of clap's
/// error and its context: never clap's English sentence.
fn usage_error(e: &clap::Error, cmd: &Command, sub: Option<&str>) -> Finding {
    let command = match sub {
        Some(s) => format!("{BIN} {s}"),
        None => BIN.to_string(),
    };
    let arg = context(e, ContextKind::InvalidArg).map(|a| flag(&a));
    let arg_text = arg.clone().unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut help: Option<Message> = None;
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            if let Some(s) = context(e, ContextKind::SuggestedArg) {
                help = Some(msg!("cli-help-did-you-mean", suggestion = s));
            } else if let Some(s) = suggested_elsewhere(e) {
                help = Some(msg!("cli-help-did-you-mean", suggestion = s));
            }
            msg!(
                "cli-error-unknown-argument",
                command = &command,
                arg = &arg_text
            )
        }
        ErrorKind::InvalidSubcommand => {
            let name = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            if let Some(s) = context(e, ContextKind::SuggestedSubcommand) {
                help = Some(msg!("cli-help-did-you-mean", suggestion = s));
            } else {
                help = Some(msg!(
                    "cli-help-valid-values",
                    values = MsgArg::code_list(command_names(cmd))
                ));
            }
            msg!("cli-error-unknown-command", name = name)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            msg!(
                "cli-error-missing-command",
                commands = MsgArg::code_list(command_names(cmd))
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => {
            msg!("cli-error-missing-value", arg = &arg_text)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = context_list(e, ContextKind::ValidValue);
            help = match context(e, ContextKind::SuggestedValue) {
                Some(s) => Some(msg!("cli-help-did-you-mean", suggestion = s)),
                None if !valid.is_empty() => Some(msg!(
                    "cli-help-valid-values",
                    values = MsgArg::code_list(&valid)
                )),
                // A value its parser refused (`--dpi 5`): what the option
                // wants, in its own help.
                None => arg_help(cmd, sub, arg.as_deref())
                    .map(|h| msg!("cli-help-option", option = &arg_text, text = h)),
            };
            msg!("cli-error-invalid-value", value = &value, arg = &arg_text)
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            msg!("cli-error-missing-value", arg = &arg_text)
        }
        ErrorKind::TooManyValues => {
            msg!("cli-error-too-many-values", value = &value, arg = &arg_text)
        }
        ErrorKind::MissingRequiredArgument => {
            let args = context_list(e, ContextKind::InvalidArg);
            msg!(
                "cli-error-missing-argument",
                command = &command,
                args = MsgArg::code_list(&args)
            )
        }
        ErrorKind::ArgumentConflict => {
            let others = context_list(e, ContextKind::PriorArg);
            let others: Vec<String> = others.iter().map(|o| flag(o)).collect();
            // clap calls an option given twice a conflict with itself.
            if others.iter().all(|o| *o == arg_text) {
                msg!("cli-error-repeated", arg = &arg_text)
            } else {
                msg!(
                    "cli-error-conflict",
                    arg = &arg_text,
                    other = MsgArg::code_list(&others)
                )
            }
        }
        ErrorKind::InvalidUtf8 => msg!("cli-error-not-utf8"),
        _ => msg!("cli-error-other"),
    };
    let mut f = Finding::new(Code::BadArgument, message);
    f.help = help;
    f.note(usage_note(cmd, sub))
}

/// The usage line of the command the mistake is in, and where to read more.
fn usage_note(cmd: &Command, sub: Option<&str>) -> Message {
    let (usage, command) = match sub.and_then(|s| cmd.find_subcommand(s)) {
        Some(s) => (
            s.get_overridden_usage().map(|u| u.to_string()),
            format!("{BIN} {}", s.get_name()),
        ),
        None => (
            cmd.get_overridden_usage().map(|u| u.to_string()),
            BIN.to_string(),
        ),
    };
    msg!(
        "cli-note-usage",
        usage = usage.unwrap_or_default(),
        command = command
    )
}

/// The names of the commands, for "one of …".
fn command_names(cmd: &Command) -> Vec<String> {
    cmd.get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

/// clap's "'build --locale' exists" suggestion (an option given before the
/// command it belongs to), as the words `build --locale`.
fn suggested_elsewhere(e: &clap::Error) -> Option<String> {
    let Some(ContextValue::StyledStrs(list)) = e.get(ContextKind::Suggested) else {
        return None;
    };
    list.iter().find_map(|s| {
        let s = s.to_string();
        let inner = s.strip_prefix('\'')?.strip_suffix("' exists")?;
        Some(inner.to_string())
    })
}

/// The localised help of option `flag` of the command (`--dpi`).
fn arg_help(cmd: &Command, sub: Option<&str>, flag: Option<&str>) -> Option<String> {
    let flag = flag?;
    let owner = sub.and_then(|s| cmd.find_subcommand(s)).unwrap_or(cmd);
    let name = flag.trim_start_matches('-');
    let arg = owner
        .get_arguments()
        .find(|a| a.get_long() == Some(name) || a.get_id() == name)?;
    arg.get_help().map(|h| h.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every catalogue id the command tree needs: about and long about of
    /// each command, the help of each argument, the placeholder of each
    /// value.
    fn ids(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        out.push(format!("{}-about", prefix(&p)));
        out.push(format!("{}-long-about", prefix(&p)));
        for arg in cmd.get_arguments() {
            out.push(arg_help_id(&p, arg));
            if arg.get_action().takes_values() {
                out.push(value_name_id(arg));
            }
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            ids(sub, path, out);
            path.pop();
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        let mut all = vec!["cli-help".to_string(), "cli-version".to_string()];
        ids(&derived(), &mut Vec::new(), &mut all);
        assert!(all.len() > 40, "{all:?}");
        for id in &all {
            for lang in Lang::ALL {
                assert!(
                    leaflet::i18n::has_message(lang, id),
                    "i18n/{}/cli.ftl lacks `{id}`",
                    lang.code()
                );
            }
        }
        // And the localised tree uses them all: nothing is left without
        // help, heading or placeholder of ours.
        for lang in Lang::ALL {
            let mut cmd = command(lang);
            cmd.build();
            let mut commands = vec![&cmd];
            commands.extend(cmd.get_subcommands());
            for c in commands {
                assert!(c.get_about().is_some(), "{}", c.get_name());
                assert!(c.is_disable_help_flag_set(), "{}", c.get_name());
                for arg in c.get_arguments() {
                    let what = format!("{} {}", c.get_name(), arg.get_id());
                    assert!(arg.get_help().is_some(), "{what}");
                    assert!(arg.get_help_heading().is_some(), "{what}");
                    if arg.get_action().takes_values() {
                        assert!(arg.get_value_names().is_some(), "{what}");
                    }
                }
            }
        }
    }

    /// Everything `leaflet [COMMAND] --help` and `-h` print, in `lang`.
    fn every_help(lang: Lang) -> Vec<(String, String)> {
        let mut cmd = command(lang);
        cmd.build();
        let mut out = vec![
            ("leaflet".to_string(), cmd.render_help().to_string()),
            ("leaflet".to_string(), cmd.render_long_help().to_string()),
        ];
        let names: Vec<String> = command_names(&cmd);
        for name in names {
            let sub = cmd.find_subcommand_mut(&name).unwrap();
            out.push((name.clone(), sub.render_help().to_string()));
            out.push((name.clone(), sub.render_long_help().to_string()));
        }
        out
    }

    #[test]
    fn the_vietnamese_help_of_every_command_has_none_of_clap_s_english() {
        for (name, help) in every_help(Lang::Vi) {
            for english in [
                "Usage",
                "Options",
                "Commands",
                "Arguments",
                "Print",
                "[default",
                "[possible",
                "OPTIONS",
                "COMMAND",
            ] {
                assert!(!help.contains(english), "{name}: {english:?} in\n{help}");
            }
            assert!(help.contains("Cách dùng: leaflet"), "{name}:\n{help}");
            assert!(help.contains("Tùy chọn:"), "{name}:\n{help}");
        }
        for (name, help) in every_help(Lang::En) {
            assert!(help.contains("Usage: leaflet"), "{name}:\n{help}");
            assert!(help.contains("Options:"), "{name}:\n{help}");
        }
    }

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_from_the_arguments_before_clap_parses_them() {
        let lang = |args: &[&str]| lang_from_args(&os(args));
        assert_eq!(lang(&["leaflet", "--lang", "vi", "check"]), Some(Lang::Vi));
        assert_eq!(lang(&["leaflet", "check", "--lang=en"]), Some(Lang::En));
        assert_eq!(
            lang(&["leaflet", "--lang", "vi_VN", "check"]),
            Some(Lang::Vi)
        );
        assert_eq!(lang(&["leaflet", "--lang", "fr", "check"]), None);
        assert_eq!(lang(&["leaflet", "check"]), None);
        assert_eq!(lang(&["leaflet", "--lang"]), None);
        // After `--`, arguments are values, not options.
        assert_eq!(lang(&["leaflet", "new-locale", "--", "--lang=vi"]), None);
    }

    /// The finding for `args`, in `lang`.
    fn mistake(args: &[&str], lang: Lang) -> String {
        let args = os(args);
        let mut cmd = command(lang);
        let e = cmd
            .try_get_matches_from_mut(&args)
            .expect_err("a usage error");
        cmd.build();
        let sub = subcommand_of(&cmd, &args);
        leaflet::diag::render::text(&usage_error(&e, &cmd, sub.as_deref()), lang)
    }

    #[test]
    fn clap_s_errors_become_findings_in_the_users_language() {
        let cases: &[(&[&str], &str, &str)] = &[
            (
                &["leaflet", "build", "--bogus"],
                "lệnh `leaflet build` không có tùy chọn hay tham số `--bogus`",
                "`leaflet build` has no option or argument `--bogus`",
            ),
            (
                &["leaflet", "--lang", "fr", "check"],
                "`fr` không phải giá trị dùng được cho `--lang`",
                "`fr` is not a valid value for `--lang`",
            ),
            (
                &["leaflet", "check", "--format", "yaml"],
                "chọn một trong: `text`, `json`",
                "possible values: `text`, `json`",
            ),
            (
                &["leaflet", "preflight"],
                "lệnh `leaflet preflight` cần có `<TỆP.pdf>...`",
                "`leaflet preflight` needs `<FILE.pdf>...`",
            ),
            (
                &["leaflet", "stauts"],
                "không có lệnh `stauts`\n  = gợi ý: có phải là `status`?",
                "there is no command `stauts`\n  = help: did you mean `status`?",
            ),
            (
                &["leaflet", "--project", "x"],
                "cần ghi một lệnh: một trong `build`",
                "a command is needed: one of `build`",
            ),
            (
                &["leaflet", "preview", "--dpi", "9000"],
                "từ 10 đến 600 dpi",
                "from 10 to 600 dpi",
            ),
            (
                &["leaflet", "--project", "a", "--project", "b", "check"],
                "chỉ được ghi `--project` một lần",
                "`--project` can be given only once",
            ),
        ];
        for (args, vi, en) in cases {
            let text = mistake(args, Lang::Vi);
            assert!(text.starts_with("lỗi[bad-argument]: "), "{args:?}: {text}");
            assert!(text.contains(vi), "{args:?}: {vi:?} in\n{text}");
            assert!(!text.contains("cli-"), "{args:?}: an id, not words: {text}");
            let text = mistake(args, Lang::En);
            assert!(
                text.starts_with("error[bad-argument]: "),
                "{args:?}: {text}"
            );
            assert!(text.contains(en), "{args:?}: {en:?} in\n{text}");
        }
    }
}

//! The tool speaks Vietnamese: its two catalogues (`i18n/vi`, `i18n/en`)
//! hold the same messages with the same variables, every message the code
//! builds is in both, and what the binary prints (findings, help, usage
//! errors) is in the language asked for, with no English left in the
//! Vietnamese.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;
use leaflet::checks::translation;
use leaflet::diag::Code;
use leaflet::i18n::{Lang, CATALOGUES};
use leaflet::load::ftl::FtlFile;
use leaflet::load::locale::Catalog;
use leaflet::load::review::Reviews;
use leaflet::resolve::{LocaleStates, MessageState, Untranslated};

/// The embedded catalogue of `lang`, read the way leaflet reads a locale.
fn catalog(lang: Lang) -> Catalog {
    let files = CATALOGUES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .map(|(_, name, text)| {
            let path = PathBuf::from(format!("i18n/{}/{name}", lang.code()));
            FtlFile::parse(&path, text.to_string())
        })
        .collect();
    Catalog::from_files(lang.code(), files).expect("vi and en are language tags")
}

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn both_catalogues_parse_and_hold_the_same_messages_with_the_same_variables() {
    // The tool's own checks on its own words, with Vietnamese as the
    // source (as for leaflets) and English as its translation.
    let vi = catalog(Lang::Vi);
    let en = catalog(Lang::En);
    let mut findings = translation::syntax(&vi);
    findings.extend(translation::syntax(&en));
    findings.extend(translation::source(&vi));
    let states = LocaleStates::compare(&vi, &en, &Reviews::default());
    findings.extend(translation::compare(&vi, &en, &states));
    // A message that reads the same in both (`{ $kilobytes } KB`) counts
    // as not translated yet; that is all `not-reviewed` may be about.
    let problems: Vec<String> = findings
        .iter()
        .filter(|f| f.code != Code::NotReviewed)
        .map(|f| f.to_string())
        .collect();
    assert!(
        problems.is_empty(),
        "the catalogues disagree:\n{}",
        problems.join("\n\n")
    );
    let mut count = 0;
    for (id, state) in states.iter() {
        count += 1;
        assert!(
            matches!(
                state,
                // No review.toml for the tool's own words: translated is
                // all a message can be, and never source-changed.
                MessageState::Draft | MessageState::Untranslated(Untranslated::CopyOfSource)
            ),
            "`{id}` is {state:?} in i18n/en"
        );
    }
    assert!(count > 300, "only {count} messages");
    // Every English message is in Vietnamese too: one missing there would
    // silently print in English (and `compare` calls it obsolete above).
    let vi_ids: BTreeSet<&str> = vi.message_ids().collect();
    let en_ids: BTreeSet<&str> = en.message_ids().collect();
    assert_eq!(
        en_ids.difference(&vi_ids).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "messages missing from i18n/vi"
    );
    assert_eq!(vi_ids, en_ids);
    // The same choices on words (`[draft]`, `[yes]`); choices on a count
    // may collapse to `*[other]` in Vietnamese, which has no plurals.
    for id in &vi_ids {
        let words = |c: &Catalog| -> BTreeMap<String, BTreeSet<String>> {
            let (_, m) = c.find(id).unwrap();
            m.choices
                .iter()
                .map(|(var, keys)| {
                    let keys: BTreeSet<String> = keys
                        .iter()
                        .filter(|k| !PLURAL_CATEGORIES.contains(&k.as_str()))
                        .cloned()
                        .collect();
                    (var.clone(), keys)
                })
                .filter(|(_, keys)| !keys.is_empty())
                .collect()
        };
        assert_eq!(words(&vi), words(&en), "the choices of `{id}` differ");
        let vars = |c: &Catalog| c.find(id).unwrap().1.variables.clone();
        assert_eq!(vars(&vi), vars(&en), "the variables of `{id}` differ");
    }
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// `text` (which follows a `(`) up to the `)` that closes it, skipping
/// string and char literals.
fn balanced(text: &str) -> &str {
    let mut depth = 0usize;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            // A char literal (`'"'`), not a lifetime (`'a`).
            '\'' => {
                let rest = &text[i + 1..];
                if let Some(end) = rest.char_indices().take(4).find(|(_, c)| *c == '\'') {
                    for _ in 0..=end.0 {
                        chars.next();
                    }
                }
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return &text[..i],
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    text
}

/// The top-level comma-separated parts of `args`.
fn top_level_parts(args: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in args.char_indices() {
        if in_string {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&args[start..]);
    parts
}

/// A message the code builds, where, and the variables it passes.
#[derive(Debug)]
struct Use {
    id: String,
    at: String,
    args: BTreeSet<String>,
}

/// Every `msg!("id", name = …)` and `Message::new("id").arg("name", …)`
/// of the crate's sources.
fn message_uses() -> (Vec<Use>, Vec<String>) {
    let mut files = Vec::new();
    rust_files(&repo().join("src"), &mut files);
    let mut uses = Vec::new();
    let mut computed = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let rel = file.strip_prefix(repo()).unwrap().display().to_string();
        let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
        // Examples in comments are not uses.
        let in_comment = |offset: usize| {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            text[start..offset].contains("//")
        };
        for (at, _) in text.match_indices("msg!(") {
            if in_comment(at) {
                continue;
            }
            let inner = balanced(&text[at + 5..]);
            let parts = top_level_parts(inner);
            let first = parts[0].trim();
            let Some(id) = first.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
                // The macro's own definition (`$id:literal`).
                continue;
            };
            let args = parts[1..]
                .iter()
                .filter_map(|p| {
                    let (name, _) = p.split_once('=')?;
                    let name = name.trim();
                    name.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_')
                        .then(|| name.to_string())
                })
                .filter(|n| !n.is_empty())
                .collect();
            uses.push(Use {
                id: id.to_string(),
                at: format!("{rel}:{}", line_of(at)),
                args,
            });
        }
        // Run-time ids without a `Message` (the help of the command line).
        for (at, _) in text.match_indices("text_of(") {
            if !in_comment(at) && !text[..at].ends_with("fn ") {
                computed.push(format!("{rel}:{}", line_of(at)));
            }
        }
        for (at, _) in text.match_indices("Message::new(") {
            if in_comment(at) {
                continue;
            }
            let inner = balanced(&text[at + 13..]);
            let Some(id) = inner
                .trim()
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
            else {
                computed.push(format!("{rel}:{}", line_of(at)));
                continue;
            };
            // `.arg("name", …)` calls chained on it.
            let mut rest = &text[at + 13 + inner.len() + 1..];
            let mut args = BTreeSet::new();
            while let Some(r) = rest.trim_start().strip_prefix(".arg(") {
                let inner = balanced(r);
                let name = top_level_parts(inner)[0].trim().trim_matches('"');
                args.insert(name.to_string());
                rest = &r[inner.len() + 1..];
            }
            uses.push(Use {
                id: id.to_string(),
                at: format!("{rel}:{}", line_of(at)),
                args,
            });
        }
    }
    (uses, computed)
}

/// Messages whose id the code computes (`Message::new(id)`), with the
/// variables it passes: the scan cannot see them.
const COMPUTED_IDS: &[(&str, &[&str])] = &[
    // src/checks/translation.rs, `not_reviewed`.
    ("not-reviewed-draft", &["count"]),
    ("not-reviewed-untranslated", &["count"]),
    ("not-reviewed-fallback", &["count"]),
    // src/cli/terminal.rs, the headings of `status`.
    ("status-locale", &[]),
    ("status-reviewed", &[]),
    ("status-draft", &[]),
    ("status-source-changed", &[]),
    ("status-untranslated", &[]),
    ("status-fallback", &[]),
    ("status-obsolete", &[]),
    ("status-overflows", &[]),
    ("status-errors", &[]),
    ("status-bar-legend", &[]),
];

/// Places that build a message from an id the scan cannot read: the
/// `msg!` macro itself, the two sites of [`COMPUTED_IDS`], and the help
/// of the command line (`text_of` in `src/cli/help.rs`, checked by its own
/// test that walks the command tree).
const COMPUTED_SITES: &[&str] = &[
    "src/i18n/mod.rs",
    "src/checks/translation.rs",
    "src/cli/terminal.rs",
    "src/cli/help.rs",
    // The studio's page: every studio- id without variables (`studio_ids`).
    "src/studio/api.rs",
];

/// Variables passed that no wording uses (yet): harmless, listed so that a
/// new one is a decision.
const UNUSED_ARGS: &[(&str, &str)] = &[];

#[test]
fn every_message_the_code_builds_is_in_both_catalogues_with_the_variables_it_is_given() {
    let (uses, computed) = message_uses();
    assert!(uses.len() > 250, "only {} messages found", uses.len());
    for site in &computed {
        assert!(
            COMPUTED_SITES.iter().any(|s| site.starts_with(s)),
            "{site} builds a message from a computed id: list its ids in COMPUTED_IDS"
        );
    }
    let catalogs = [catalog(Lang::Vi), catalog(Lang::En)];
    let mut uses: Vec<Use> = uses;
    uses.extend(COMPUTED_IDS.iter().map(|(id, args)| Use {
        id: id.to_string(),
        at: "COMPUTED_IDS".to_string(),
        args: args.iter().map(|a| a.to_string()).collect(),
    }));
    let mut unused = BTreeSet::new();
    for u in &uses {
        for c in &catalogs {
            let Some((_, m)) = c.find(&u.id) else {
                panic!("{}: `{}` is not in i18n/{}", u.at, u.id, c.code);
            };
            for v in &m.variables {
                assert!(
                    u.args.contains(v),
                    "{}: `{}` in i18n/{} uses `${v}`, which the code does not pass (it passes {:?})",
                    u.at,
                    u.id,
                    c.code,
                    u.args
                );
            }
            for a in u.args.difference(&m.variables) {
                unused.insert((u.id.clone(), a.clone(), u.at.clone()));
            }
        }
    }
    let unexpected: Vec<_> = unused
        .iter()
        .filter(|(id, a, _)| !UNUSED_ARGS.contains(&(id.as_str(), a.as_str())))
        .collect();
    assert!(
        unexpected.is_empty(),
        "variables passed but used by no wording: {unexpected:?}"
    );
}

/// The commands of leaflet (names, not English words).
const COMMANDS: [&str; 8] = [
    "build",
    "check",
    "status",
    "new-locale",
    "preview",
    "watch",
    "preflight",
    "help",
];

/// Words of English sentences: none may appear in Vietnamese output once
/// names, codes, paths and quoted text are taken out.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "not",
    "has",
    "have",
    "with",
    "which",
    "this",
    "that",
    "until",
    "of",
    "and",
    "or",
    "to",
    "for",
    "from",
    "error",
    "warning",
    "note",
    "help",
    "message",
    "messages",
    "translation",
    "locale",
    "file",
    "line",
    "column",
    "missing",
    "never",
    "closed",
    "uses",
    "leaves",
    "out",
    "printed",
    "prints",
    "reviewed",
    "draft",
    "built",
    "failed",
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print",
    "default",
    "possible",
    "values",
    "value",
    "there",
    "no",
    "does",
    "cannot",
    "needs",
    "did",
    "you",
    "mean",
    "usage",
    "more",
];

/// The English words left in `output` once the names it quotes are taken
/// out: paths (`project`), `code spans`, “quoted text”, [codes], source
/// lines (`  | …`), options (`--out`) and file names.
fn english_words(output: &str, project: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut output = output.replace(&project.display().to_string(), "");
    for command in COMMANDS {
        output = output.replace(&format!("leaflet {command}"), "leaflet");
    }
    for line in output.lines() {
        if line.trim_start().starts_with('|') {
            continue;
        }
        let mut plain = String::new();
        let mut skip: Option<char> = None;
        for c in line.chars() {
            match (skip, c) {
                (None, '`') => skip = Some('`'),
                (None, '“') => skip = Some('”'),
                (None, '[') => skip = Some(']'),
                (Some(end), c) if c == end => {
                    skip = None;
                    plain.push(' ');
                }
                (Some(_), _) => {}
                (None, c) => plain.push(c),
            }
        }
        // The list of commands of `--help` names them.
        let commands_list = plain.trim_start().starts_with("help ");
        for (i, word) in plain.split_whitespace().enumerate() {
            let word = word.trim_start_matches(['(', '"']);
            if word.starts_with('-') || word.contains('/') || word.contains('.') {
                continue;
            }
            if i == 0 && commands_list {
                continue;
            }
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if ENGLISH.iter().any(|e| e.eq_ignore_ascii_case(word)) {
                found.push(format!("{word:?} in {line:?}"));
            }
        }
    }
    found
}

fn both(o: &Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

/// A project whose English translation has a syntax error and leaves out
/// a variable.
fn broken_translation(name: &str) -> Scratch {
    let project = project_copy(name);
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "cover-title = ONLINE PUBLIC SERVICES",
        "cover-title = { ONLINE",
    );
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "available in { $district } {",
        "available in {",
    );
    project
}

#[test]
fn a_broken_translation_is_reported_in_vietnamese_and_in_english() {
    let project = broken_translation("i18n-broken");
    let text = std::fs::read_to_string(project.join("locales/en/leaflet.ftl")).unwrap();
    let line = line_starting(&text, "cover-title");

    let vi = leaflet_in(&project, &["check"], "vi");
    assert_eq!(vi.status.code(), Some(1), "{}", both(&vi));
    let out = both(&vi);
    for expected in [
        format!(
            ":{line}:23: lỗi[syntax]: thiếu dấu `}}` để đóng dấu `{{` mở ở dòng {line}, cột 15"
        ),
        "lỗi[missing-variable]: bản dịch bỏ mất chỗ điền `$district`, mà bản gốc `vi` có dùng"
            .to_string(),
        "= ở ngôn ngữ `en`, mục `websites-intro`".to_string(),
        "= gợi ý: đặt `{ $district }` vào chỗ".to_string(),
        "= ghi chú: khi chưa sửa, tờ rơi in bản gốc `vi` cho mục này".to_string(),
        "cảnh báo[not-reviewed]: trong 65 mục:".to_string(),
        "2 lỗi, ".to_string(),
    ] {
        assert!(out.contains(&expected), "expected {expected:?} in:\n{out}");
    }
    let english = english_words(&out, &project);
    assert!(
        english.is_empty(),
        "English in the Vietnamese output:\n{english:#?}\n{out}"
    );

    let en = leaflet_in(&project, &["check"], "en");
    assert_eq!(en.status.code(), Some(1));
    let out = both(&en);
    for expected in [
        format!(
            ":{line}:23: error[syntax]: the `{{` opened at line {line}, column 15 is never closed"
        ),
        "error[missing-variable]: the translation leaves out `$district`, which the `vi` text uses"
            .to_string(),
        "= in locale `en`, message `websites-intro`".to_string(),
        "= note: until it is fixed, leaflets print the `vi` text for this message".to_string(),
        "2 errors, ".to_string(),
    ] {
        assert!(out.contains(&expected), "expected {expected:?} in:\n{out}");
    }
    assert!(!out.contains("lỗi") && !out.contains("gợi ý"), "{out}");

    // The build says the same, and its summary is Vietnamese too.
    let vi = leaflet_in(&project, &["build", "--locale", "en"], "vi");
    let out = both(&vi);
    assert!(out.contains("đã tạo 1, thất bại 0, 2 lỗi"), "{out}");
    assert!(out.contains("(BẢN NHÁP)"), "{out}");
    let english = english_words(&out, &project);
    assert!(
        english.is_empty(),
        "English in the Vietnamese build:\n{english:#?}\n{out}"
    );
}

/// The binary on `project` with exactly the environment `env` for the
/// language variables (none inherited).
fn leaflet_env(project: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_leaflet"));
    c.arg("--project").arg(project).args(args);
    for var in ["LEAFLET_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(var);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.env_remove("SOURCE_DATE_EPOCH");
    c.output().expect("the leaflet binary runs")
}

fn speaks(o: &Output) -> Lang {
    let out = both(o);
    match (out.contains("lỗi["), out.contains("error[")) {
        (true, false) => Lang::Vi,
        (false, true) => Lang::En,
        _ => panic!("neither or both languages:\n{out}"),
    }
}

#[test]
fn the_language_comes_from_the_option_then_leaflet_lang_then_the_system_locale() {
    let project = broken_translation("i18n-env");
    let check = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = args.to_vec();
        all.push("check");
        speaks(&leaflet_env(&project, &all, env))
    };
    assert_eq!(check(&[], &[("LANG", "vi_VN.UTF-8")]), Lang::Vi);
    assert_eq!(check(&[], &[("LANG", "C")]), Lang::En);
    assert_eq!(check(&[], &[]), Lang::En);
    assert_eq!(
        check(&[], &[("LANG", "vi_VN.UTF-8"), ("LC_ALL", "C.UTF-8")]),
        Lang::En
    );
    assert_eq!(
        check(&[], &[("LEAFLET_LANG", "en"), ("LANG", "vi_VN.UTF-8")]),
        Lang::En
    );
    assert_eq!(
        check(&[], &[("LEAFLET_LANG", "vi"), ("LANG", "C")]),
        Lang::Vi
    );
    assert_eq!(
        check(
            &["--lang", "en"],
            &[("LEAFLET_LANG", "vi"), ("LANG", "vi_VN.UTF-8")]
        ),
        Lang::En
    );
    assert_eq!(
        check(&["--lang=vi"], &[("LEAFLET_LANG", "en"), ("LANG", "C")]),
        Lang::Vi
    );
    // After the command, as clap allows for a global option.
    let o = leaflet_env(&project, &["check", "--lang", "vi"], &[("LANG", "C")]);
    assert_eq!(speaks(&o), Lang::Vi);
}

#[test]
fn an_unknown_lang_is_a_usage_error_in_the_language_of_the_environment() {
    let project = project_copy("i18n-bad-lang");
    let o = leaflet_env(
        &project,
        &["--lang", "fr", "check"],
        &[("LANG", "vi_VN.UTF-8")],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("lỗi[bad-argument]: `fr` không phải giá trị dùng được cho `--lang`"),
        "{err}"
    );
    assert!(err.contains("= gợi ý: chọn một trong: `vi`, `en`"), "{err}");
    assert!(english_words(&err, &project).is_empty(), "{err}");
    assert!(stdout(&o).is_empty());

    let o = leaflet_env(&project, &["--lang=fr", "check"], &[("LANG", "C")]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error[bad-argument]: `fr` is not a valid value for `--lang`"),
        "{err}"
    );
    assert!(err.contains("= help: possible values: `vi`, `en`"), "{err}");
}

/// Words of clap's own English that must never show in Vietnamese help.
const CLAP_ENGLISH: &[&str] = &[
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "Print this message",
    "[default",
    "[possible values",
    "[OPTIONS]",
    "<COMMAND>",
    "error:",
    "tip:",
];

#[test]
fn the_help_of_every_command_is_vietnamese_from_start_to_end() {
    let project = project_copy("i18n-help");
    let commands = COMMANDS;
    let mut runs: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    for c in commands {
        runs.push(vec![c, "--help"]);
        runs.push(vec![c, "-h"]);
        runs.push(vec!["help", c]);
    }
    for args in &runs {
        let o = leaflet_in(&project, args, "vi");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", both(&o));
        let out = stdout(&o);
        for english in CLAP_ENGLISH {
            assert!(!out.contains(english), "{args:?}: {english:?} in:\n{out}");
        }
        let english = english_words(&out, &project);
        assert!(
            english.is_empty(),
            "{args:?}: English words:\n{english:#?}\n{out}"
        );
        assert!(out.contains("Cách dùng: leaflet"), "{args:?}:\n{out}");
        assert!(out.contains("Xem hướng dẫn"), "{args:?}:\n{out}");
    }
    let o = leaflet_in(&project, &["build", "--help"], "vi");
    let out = stdout(&o);
    for expected in [
        "Cách dùng: leaflet build [TÙY_CHỌN]",
        "Tùy chọn:",
        "--locale <MÃ>",
        "--out <THƯ_MỤC>",
        "--layout <TÊN|ĐƯỜNG_DẪN>",
        "--project <THƯ_MỤC>",
        "[mặc định: .]",
        "[chọn một trong: vi, en]",
        "Ngôn ngữ cần tạo",
        "-h, --help",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
    let out = stdout(&leaflet_in(&project, &["--help"], "vi"));
    assert!(
        out.contains("Các lệnh:") && out.contains("-V, --version"),
        "{out}"
    );
    let out = stdout(&leaflet_in(&project, &["preflight", "--help"], "vi"));
    assert!(
        out.contains("Tham số:") && out.contains("<TỆP.pdf>..."),
        "{out}"
    );

    // English help is clap's layout with our words.
    let out = stdout(&leaflet_in(&project, &["build", "--help"], "en"));
    for expected in [
        "Usage: leaflet build [OPTIONS]",
        "Options:",
        "--locale <CODE>",
        "[default: .]",
        "Locale(s) to build",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
    // The environment's language, with no option at all.
    let o = leaflet_env(&project, &["--help"], &[("LANG", "vi_VN.UTF-8")]);
    assert!(
        stdout(&o).starts_with("Tạo tờ rơi gấp ba"),
        "{}",
        stdout(&o)
    );
    let o = leaflet_env(&project, &["--version"], &[("LANG", "vi_VN.UTF-8")]);
    assert_eq!(
        stdout(&o).trim(),
        format!("leaflet {}", env!("CARGO_PKG_VERSION"))
    );
    // No command at all: the help, on stderr, exit code 2.
    let o = Command::new(env!("CARGO_BIN_EXE_leaflet"))
        .env("LEAFLET_LANG", "vi")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Cách dùng: leaflet [TÙY_CHỌN] <LỆNH>"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn mistakes_on_the_command_line_are_explained_in_each_language_with_exit_code_2() {
    let project = project_copy("i18n-usage");
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["build", "--no-such-flag"],
            "lỗi[bad-argument]: lệnh `leaflet build` không có tùy chọn hay tham số `--no-such-flag`",
            "error[bad-argument]: `leaflet build` has no option or argument `--no-such-flag`",
        ),
        (
            &["biuld"],
            "lỗi[bad-argument]: không có lệnh `biuld`\n  = gợi ý: có phải là `build`?",
            "error[bad-argument]: there is no command `biuld`\n  = help: did you mean `build`?",
        ),
        (
            &["check", "--format", "xml"],
            "`xml` không phải giá trị dùng được cho `--format`\n  = gợi ý: chọn một trong: `text`, `json`",
            "`xml` is not a valid value for `--format`\n  = help: possible values: `text`, `json`",
        ),
        (
            &["check", "--format", "jsn"],
            "= gợi ý: có phải là `json`?",
            "= help: did you mean `json`?",
        ),
        (
            &["new-locale"],
            "lỗi[bad-argument]: lệnh `leaflet new-locale` cần có `<MÃ>`",
            "error[bad-argument]: `leaflet new-locale` needs `<CODE>`",
        ),
        (
            &["preview", "--dpi", "5"],
            "`5` không phải giá trị dùng được cho `--dpi`\n  = gợi ý: `--dpi`: Độ phân giải của ảnh xem trước, từ 10 đến 600 dpi.",
            "`5` is not a valid value for `--dpi`\n  = help: `--dpi`: Resolution of the page renders, from 10 to 600 dpi.",
        ),
        (
            &["build", "--out"],
            "lỗi[bad-argument]: `--out` cần có giá trị đi kèm",
            "error[bad-argument]: `--out` needs a value",
        ),
        (
            &["build", "--out", "a", "--out", "b"],
            "lỗi[bad-argument]: chỉ được ghi `--out` một lần",
            "error[bad-argument]: `--out` can be given only once",
        ),
        (
            &["--locale", "vi", "build"],
            "= gợi ý: có phải là `build --locale`?",
            "= help: did you mean `build --locale`?",
        ),
        (
            &["help", "nope"],
            "lỗi[bad-argument]: không có lệnh `nope`",
            "error[bad-argument]: there is no command `nope`",
        ),
    ];
    for (args, vi, en) in cases {
        let o = leaflet_in(&project, args, "vi");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(vi), "{args:?}: expected {vi:?} in:\n{err}");
        assert!(
            err.contains("= ghi chú: cách dùng: leaflet"),
            "{args:?}:\n{err}"
        );
        let english = english_words(&err, &project);
        assert!(
            english.is_empty(),
            "{args:?}: English:\n{english:#?}\n{err}"
        );
        for english in CLAP_ENGLISH {
            assert!(!err.contains(english), "{args:?}: {english:?} in:\n{err}");
        }
        let o = leaflet_in(&project, args, "en");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(en), "{args:?}: expected {en:?} in:\n{err}");
        assert!(
            !err.contains("error: "),
            "{args:?}: clap's own words:\n{err}"
        );
    }
}

#[test]
fn no_system_or_parser_wording_leaks_in_either_language() {
    // A layout value of the wrong type, and a Fluent line without `=`.
    let broken = project_copy("i18n-raw-broken");
    edit(
        &broken,
        "layouts/trifold-a4.toml",
        "bleed = 3\n",
        "bleed = \"3\"\n",
    );
    edit(
        &broken,
        "locales/en/leaflet.ftl",
        "cover-title = ONLINE PUBLIC SERVICES",
        "cover-title ONLINE PUBLIC SERVICES",
    );
    // Files that do not exist, or are not what they should be.
    let project = project_copy("i18n-raw");
    std::fs::write(project.join("a-file"), "").unwrap();
    let no_csv = project.join("no-such-file.csv").display().to_string();
    let under_file = project.join("a-file/sub").display().to_string();
    let no_pdf = project.join("no-such-file.pdf").display().to_string();
    let not_pdf = project.join("office.toml").display().to_string();
    let runs: Vec<(&Scratch, Vec<&str>)> = vec![
        (&broken, vec!["check"]),
        (&broken, vec!["build"]),
        (&project, vec!["build", "--variants", &no_csv]),
        (
            &project,
            vec!["build", "--locale", "vi", "--out", &under_file],
        ),
        (&project, vec!["preflight", &no_pdf]),
        (&project, vec!["preflight", &not_pdf]),
    ];
    const RAW: &[&str] = &[
        "os error",
        "No such file",
        "Not a directory",
        "Permission denied",
        "invalid type",
        "expected `",
        "TOML parse error",
        "Expected",
        "ParserError",
        "ErrorKind",
    ];
    for (p, args) in &runs {
        for lang in ["vi", "en"] {
            let o = leaflet_in(p, args, lang);
            let out = both(&o);
            assert_ne!(o.status.code(), Some(0), "{args:?} {lang}:\n{out}");
            for raw in RAW {
                assert!(!out.contains(raw), "{args:?} {lang}: {raw:?} in:\n{out}");
            }
            if lang == "vi" {
                assert!(out.contains("lỗi["), "{args:?}:\n{out}");
                let english = english_words(&out, p);
                assert!(
                    english.is_empty(),
                    "{args:?}: English:\n{english:#?}\n{out}"
                );
            }
        }
    }
}

//! The translator workflow: check, status, new-locale, preview, watch, on
//! broken fixtures, each finding asserted with its exact place and kind.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

/// `leaflet check --format json` findings of a project.
fn findings(project: &Path, extra: &[&str]) -> (Option<i32>, Vec<Value>) {
    let mut args = vec!["check", "--format", "json"];
    args.extend(extra);
    let o = leaflet(project, &args);
    let json: Value =
        serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (
        o.status.code(),
        json["findings"].as_array().unwrap().clone(),
    )
}

/// The one finding with `code`, asserting there is exactly one.
fn only<'a>(all: &'a [Value], code: &str) -> &'a Value {
    let matching: Vec<&Value> = all.iter().filter(|f| f["code"] == code).collect();
    assert_eq!(matching.len(), 1, "one `{code}` expected in {all:#?}");
    matching[0]
}

/// 1-based line and column of the first occurrence of `needle` in `file`.
fn position(project: &Path, file: &str, needle: &str) -> (u64, u64) {
    let text = std::fs::read_to_string(project.join(file)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in {file}"));
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line as u64, col as u64)
}

fn assert_at(f: &Value, project: &Path, file: &str, needle: &str) {
    let (line, col) = position(project, file, needle);
    assert_eq!(f["file"], project.join(file).display().to_string(), "{f}");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(line), Some(col)),
        "{f}"
    );
}

#[test]
fn the_test_project_is_clean_apart_from_drafts_and_unknown_zalo_addresses() {
    let p = project_copy("tr-clean");
    let (code, all) = findings(&p, &[]);
    assert_eq!(code, Some(0));
    for f in &all {
        assert_eq!(f["severity"], "warning", "{f}");
        assert!(
            ["not-reviewed", "link-without-url"].contains(&f["code"].as_str().unwrap()),
            "unexpected finding {f}"
        );
    }
    // Every key of the documented JSON form is present.
    for key in [
        "file",
        "line",
        "column",
        "severity",
        "code",
        "message",
        "locale",
        "message_id",
        "help",
    ] {
        assert!(all[0].get(key).is_some(), "missing key {key}");
    }
}

#[test]
fn a_broken_or_unreadable_translation_gets_one_finding_where_the_mistake_is() {
    let p = project_copy("tr-broken");
    let en = "locales/en/leaflet.ftl";
    // A value deleted to be retyped: the error is on that message's line,
    // and the message is not also called missing.
    edit(
        &p,
        en,
        "cover-tagline = Anytime, anywhere",
        "cover-tagline =",
    );
    let (code, all) = findings(&p, &["--locale", "en"]);
    assert_eq!(code, Some(1));
    let errors: Vec<&Value> = all.iter().filter(|f| f["severity"] == "error").collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0]["code"], "syntax");
    assert_at(errors[0], &p, en, "cover-tagline =");

    // A file saved in another encoding: one error, where the bad byte is.
    let mut bytes = std::fs::read(p.join(en)).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let line = line_starting(&text, "slogan =");
    let offset = text.find("slogan =").unwrap();
    bytes[offset] = 0xE9; // Latin-1 é
    std::fs::write(p.join(en), bytes).unwrap();
    let (code, all) = findings(&p, &["--locale", "en"]);
    assert_eq!(code, Some(1));
    let errors: Vec<&Value> = all.iter().filter(|f| f["severity"] == "error").collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0]["line"].as_u64(), Some(line as u64), "{errors:#?}");
    assert!(errors[0]["message"].as_str().unwrap().contains("not UTF-8"));
}

#[test]
fn check_resolves_every_message_and_reports_references_that_do_not_exist() {
    let p = project_copy("tr-resolve");
    let en = "locales/en/leaflet.ftl";
    edit(
        &p,
        en,
        "cover-tagline = Anytime, anywhere",
        "cover-tagline = Anytime, { -brand } anywhere",
    );
    edit(
        &p,
        en,
        "    .title = Partial service:",
        "    .title = { \"\" }",
    );
    let (code, all) = findings(&p, &["--locale", "en"]);
    assert_eq!(code, Some(1));
    let unresolved = only(&all, "unresolved");
    assert_at(unresolved, &p, en, "cover-tagline =");
    assert_eq!(
        unresolved["message"],
        "it refers to the term `-brand`, which does not exist"
    );
    assert_eq!(unresolved["message_id"], "cover-tagline");
    let empty = only(&all, "empty-translation");
    assert_at(empty, &p, en, "title = { \"\" }");
    assert_eq!(empty["message_id"], "level-partial");
}

#[test]
fn check_compares_a_translation_with_the_source() {
    let p = project_copy("tr-compare");
    let en = "locales/en/leaflet.ftl";
    // Missing message, missing attribute, obsolete message, variables both ways, empty value.
    edit(&p, en, "slogan = ", "slogan-2019 = ");
    edit(&p, en, "    .title = Choose how to register:\n", "");
    edit(
        &p,
        en,
        "step-lead = Step { $number }:",
        "step-lead = Step { $n }:",
    );
    edit(
        &p,
        en,
        "concept-heading = DEFINITION",
        "concept-heading = { \"\" }",
    );
    let (code, all) = findings(&p, &["--locale", "en"]);
    assert_eq!(code, Some(1));
    // A missing message is untranslated, not an error: platforms leave
    // untranslated messages out.
    assert!(all.iter().all(|f| f["message_id"] != "slogan"), "{all:#?}");
    assert!(only(&all, "not-reviewed")["message"]
        .as_str()
        .unwrap()
        .contains("2 not translated"));
    let obsolete = only(&all, "obsolete-message");
    assert_at(obsolete, &p, en, "slogan-2019 =");
    assert_eq!(obsolete["severity"], "warning");
    let attr = only(&all, "missing-attribute");
    assert_at(attr, &p, en, "national-step-2 =");
    assert!(attr["message"].as_str().unwrap().contains(".title"));
    let var = only(&all, "missing-variable");
    assert_at(var, &p, en, "step-lead =");
    assert!(var["message"].as_str().unwrap().contains("$number"));
    let unknown = only(&all, "unknown-variable");
    assert!(unknown["message"].as_str().unwrap().contains("$n`"));
    assert_at(unknown, &p, en, "$n }");
    let empty = only(&all, "empty-translation");
    assert_at(empty, &p, en, "concept-heading =");
}

#[test]
fn check_reports_syntax_errors_with_a_caret_and_a_default_variant_code() {
    let p = project_copy("tr-syntax");
    let en = "locales/en/leaflet.ftl";
    edit(
        &p,
        en,
        "cover-title = ONLINE PUBLIC SERVICES",
        "cover-title = { ONLINE",
    );
    edit(
        &p,
        en,
        "step-lead = Step { $number }:",
        "step-lead = { $number ->\n    [one] First step:\n    [other] Step { $number }:\n}",
    );
    let (code, all) = findings(&p, &["--locale", "en"]);
    assert_eq!(code, Some(1));
    let syntax: Vec<&Value> = all.iter().filter(|f| f["code"] == "syntax").collect();
    assert_eq!(
        syntax[0]["line"].as_u64(),
        Some(position(&p, en, "cover-title").0)
    );
    only(&all, "missing-default-variant");
    // The text form shows the line and a caret under the spot.
    let o = leaflet(&p, &["check", "--locale", "en"]);
    let text = stdout(&o);
    let (line, _) = position(&p, en, "cover-title");
    assert!(
        text.contains(&format!(
            "{}:{line}:23: error[syntax]:",
            p.join(en).display()
        )),
        "{text}"
    );
    assert!(
        text.contains("  | cover-title = { ONLINE\n  |                       ^"),
        "{text}"
    );
}

#[test]
fn check_finds_layout_references_links_and_characters_the_fonts_lack() {
    let p = project_copy("tr-refs");
    edit(
        &p,
        "layouts/trifold-a4.toml",
        "text = \"concept-body\"",
        "text = \"concept-bdy\"",
    );
    edit(
        &p,
        "layouts/trifold-a4.toml",
        "\"zalo-district\"]",
        "\"zalo-commune\"]",
    );
    edit(
        &p,
        "locales/vi/leaflet.ftl",
        "concept-heading = KHÁI NIỆM",
        "concept-heading = KHÁI NIỆM ✓",
    );
    let (code, all) = findings(&p, &[]);
    assert_eq!(code, Some(1));
    let reference = only(&all, "unknown-reference");
    assert_at(reference, &p, "layouts/trifold-a4.toml", "concept-bdy\"");
    only(&all, "unknown-link");
    let glyph = only(&all, "missing-glyph");
    assert_at(glyph, &p, "locales/vi/leaflet.ftl", "✓");
    assert!(glyph["message"].as_str().unwrap().contains("U+2713"));
    assert_eq!(
        (glyph["locale"].as_str(), glyph["message_id"].as_str()),
        (Some("vi"), Some("concept-heading"))
    );
    let zalo = all
        .iter()
        .filter(|f| f["code"] == "link-without-url")
        .count();
    assert_eq!(zalo, 2);
}

#[test]
fn check_flags_legacy_encodings_stand_ins_and_mixed_apostrophes_with_the_likely_text() {
    let p = project_copy("tr-legacy");
    std::fs::remove_dir_all(p.join("locales/bdq")).unwrap();
    let o = leaflet(&p, &["new-locale", "bdq"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bdq = "locales/bdq/leaflet.ftl";
    let text = std::fs::read_to_string(p.join(bdq)).unwrap();
    let replace = |text: String, id: &str, value: &str| -> String {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{id} = ")))
            .unwrap()
            .to_string();
        text.replacen(&line, &format!("{id} = {value}"), 1)
    };
    let text = replace(text, "benefit-citizens-1", "DÞch vô c«ng");
    let text = replace(text, "benefit-citizens-2", "kon [ơ\\n");
    let text = replace(text, "benefit-citizens-3", "tờ lờm");
    let text = replace(text, "benefit-citizens-4", "'lơ̆ng 'nu 'bôh");
    let text = replace(text, "benefit-citizens-5", "‘lơ̆ng");
    std::fs::write(p.join(bdq), text).unwrap();
    let (_, all) = findings(&p, &["--locale", "bdq"]);
    let tcvn3 = only(&all, "legacy-encoding");
    assert_at(tcvn3, &p, bdq, "DÞch");
    let o = leaflet(&p, &["check", "--locale", "bdq"]);
    assert!(
        stdout(&o).contains("help: it is “Dịch vụ công”: `leaflet check --fix` repairs it"),
        "{}",
        stdout(&o)
    );
    let stand_in = only(&all, "ascii-stand-in");
    assert_at(stand_in, &p, bdq, "[ơ\\n");
    assert_eq!(stand_in["help"], "did you mean “ƀơ̆n”?");
    assert!(stdout(&o).contains("did you mean “ƀơ̆n”?"), "{}", stdout(&o));
    let alt: Vec<&Value> = all.iter().filter(|f| f["code"] == "alt-form").collect();
    assert_eq!(alt.len(), 2, "{alt:?}");
    assert!(stdout(&o).contains("did you mean “tơ̆”?"), "{}", stdout(&o));
    let mixed = only(&all, "mixed-apostrophes");
    assert_at(mixed, &p, bdq, "‘lơ̆ng");
}

#[test]
fn check_lays_out_every_leaflet_and_reports_overflow_per_panel_and_locale() {
    let p = project_copy("tr-overflow");
    lengthen(&p, "locales/en/leaflet.ftl", "concept-body", 13);
    let (code, all) = findings(&p, &[]);
    assert_eq!(code, Some(1));
    let overflow = only(&all, "overflow");
    assert_eq!(overflow["locale"], "en");
    let message = overflow["message"].as_str().unwrap();
    assert!(
        message.starts_with("panel `flap` overflows by "),
        "{message}"
    );
    assert_eq!(
        (
            overflow["layout"].as_str(),
            overflow["page"].as_str(),
            overflow["panel"].as_str()
        ),
        (Some("trifold-a4"), Some("outside"), Some("flap"))
    );
    // status counts the overflowing panel.
    let o = leaflet(&p, &["status", "--format", "json"]);
    let status: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let en = status
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["locale"] == "en")
        .unwrap();
    assert_eq!(en["overflowing"][0], "trifold-a4/flap");
}

#[test]
fn check_exit_codes_distinguish_clean_errors_and_unusable_arguments() {
    let p = project_copy("tr-exit");
    assert_eq!(leaflet(&p, &["check"]).status.code(), Some(0));
    assert_eq!(
        leaflet(&p, &["check", "--locale", "xx"]).status.code(),
        Some(2)
    );
    assert_eq!(
        leaflet(&p, &["check", "--format", "yaml"]).status.code(),
        Some(2)
    );
    edit(
        &p,
        "locales/en/leaflet.ftl",
        "step-lead = Step { $number }:",
        "step-lead = Step:",
    );
    assert_eq!(leaflet(&p, &["check"]).status.code(), Some(1));
}

#[test]
fn status_counts_translated_drafts_missing_and_obsolete() {
    let p = project_copy("tr-status");
    edit(&p, "locales/en/leaflet.ftl", "slogan = ", "slogan-old = ");
    let o = leaflet(&p, &["status", "--format", "json"]);
    assert!(o.status.success());
    let status: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let row = |l: &str| {
        status
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["locale"] == l)
            .unwrap()
            .clone()
    };
    let vi = row("vi");
    let total = vi["total"].as_u64().unwrap();
    assert_eq!(vi["reviewed"].as_u64(), Some(total));
    let en = row("en");
    assert_eq!(en["untranslated"], 1, "the missing message");
    assert_eq!(en["obsolete"], 1);
    assert_eq!(
        en["draft"].as_u64(),
        Some(total - 1),
        "the English file is a draft"
    );
    assert_eq!(en["reviewed"], 0);
    // Every message is in exactly one state.
    for l in ["vi", "en", "jra", "bdq"] {
        let r = row(l);
        let sum: u64 = ["reviewed", "draft", "untranslated", "fallback"]
            .iter()
            .map(|k| r[k].as_u64().unwrap())
            .sum();
        assert_eq!(sum, r["total"].as_u64().unwrap(), "{l}");
    }
    // The text table has a coverage bar per locale.
    let text = stdout(&leaflet(&p, &["status"]));
    assert!(
        text.lines()
            .any(|l| l.starts_with("en ") && l.contains('▒')),
        "{text}"
    );
}

#[test]
fn new_locale_copies_the_source_as_drafts_and_refuses_to_overwrite() {
    let p = project_copy("tr-new");
    std::fs::remove_dir_all(p.join("locales/jra")).unwrap();
    let o = leaflet(&p, &["new-locale", "jra"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(p.join("locales/jra/leaflet.ftl")).unwrap();
    let vi = std::fs::read_to_string(p.join("locales/vi/leaflet.ftl")).unwrap();
    // Same messages in the same order, each a draft with the Vietnamese shown.
    let ids = |t: &str| -> Vec<String> {
        let file = leaflet::load::ftl::FtlFile::parse(Path::new("x.ftl"), t.to_string());
        assert!(file.syntax_errors.is_empty());
        file.messages.iter().map(|m| m.id.clone()).collect()
    };
    assert_eq!(ids(&text), ids(&vi));
    // No review marks in comments: a new locale is simply unreviewed.
    assert!(!text.contains("@draft") && !text.contains("@reviewed"));
    assert!(
        text.starts_with("### Locale `jra`, translated from `vi`"),
        "{text}"
    );
    assert!(text.contains("# vi: DỊCH VỤ CÔNG TRỰC TUYẾN\ncover-title = DỊCH VỤ CÔNG TRỰC TUYẾN"));
    assert!(
        text.contains("# vi: Cổng Thông tin điện tử { $level ->"),
        "multi-line values shown too"
    );
    assert!(text.contains("## Benefits"), "group comments kept");
    // It builds, as a draft.
    let o = leaflet(&p, &["build", "--locale", "jra"]);
    assert!(
        o.status.success() && stdout(&o).contains("(DRAFT)"),
        "{}",
        stdout(&o)
    );
    // Never overwrite; that and invalid tags are unusable arguments.
    assert_eq!(leaflet(&p, &["new-locale", "jra"]).status.code(), Some(2));
    assert_eq!(
        leaflet(&p, &["new-locale", "not a tag"]).status.code(),
        Some(2)
    );
    assert_eq!(leaflet(&p, &["new-locale", "EN-us"]).status.code(), Some(2));
    // The source language is not translated into itself.
    let o = leaflet(&p, &["new-locale", "vi-VN"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`vi-VN` is the source language"),
        "{}",
        stderr(&o)
    );
    assert!(!p.join("locales/vi-VN").exists());
}

#[test]
fn preview_writes_page_renders_and_a_contact_sheet() {
    let p = project_copy("tr-preview");
    let o = leaflet(&p, &["preview", "--dpi", "40"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = p.join("output/trifold-a4/preview");
    let size = |name: &str| {
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(dir.join(name)).unwrap(),
        ));
        let info = decoder.read_info().unwrap();
        (info.info().width, info.info().height)
    };
    // 317 x 230 mm media at 40 dpi.
    assert_eq!(size("vi-1.png"), (499, 362));
    // `watch` refreshes them at the resolution they were made at.
    assert_eq!(std::fs::read_to_string(dir.join(".dpi")).unwrap(), "40\n");
    assert_eq!(size("en-2.png"), (499, 362));
    let (w, h) = size("contact-sheet.png");
    // Four rows (vi, bdq, en, jra) of two pages, each page 36 dpi.
    let (page_w, page_h) = (317.0 / 25.4 * 36.0, 230.0 / 25.4 * 36.0);
    let near = |got: u32, want: f32| (got as f32 - want).abs() < 80.0;
    assert!(near(w, 2.0 * page_w), "two pages a row: {w} x {h}");
    assert!(near(h, 4.0 * page_h), "four rows: {w} x {h}");

    // The English leaflet now fails: its old pictures go with its PDF.
    lengthen(&p, "locales/en/leaflet.ftl", "concept-body", 13);
    let o = leaflet(&p, &["preview", "--dpi", "40"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("en-1.png: its leaflet failed"),
        "{}",
        stderr(&o)
    );
    // Its row of the contact sheet is now its proof, which shows what runs
    // past the panel.
    assert!(!dir.join("en-1.png").exists() && !dir.join("en-2.png").exists());
    assert!(dir.join("en.proof-1.png").exists());
    assert!(dir.join("vi-1.png").exists() && dir.join("contact-sheet.png").exists());
}

#[test]
fn watch_rebuilds_a_leaflet_after_its_ftl_file_is_saved() {
    use std::io::BufRead;
    let p = project_copy("tr-watch");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_leaflet"))
        .arg("--project")
        .arg(&p)
        .args(["--lang", "en", "watch", "--locale", "en-GB"])
        .env_remove("LEAFLET_LANG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Count "rebuilt" lines as they come.
    let rebuilds = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let watching = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stdout = child.stdout.take().unwrap();
    let (r, w) = (rebuilds.clone(), watching.clone());
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if line.starts_with("watching ") {
                w.store(true, std::sync::atomic::Ordering::SeqCst);
            }
            if line.starts_with("rebuilt in ") {
                r.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        }
    });
    let rebuilt = || rebuilds.load(std::sync::atomic::Ordering::SeqCst);
    let pdf = p.join("output/trifold-a4/en.pdf");
    let wait_for = |what: &dyn Fn() -> bool| {
        let start = Instant::now();
        while !what() {
            assert!(start.elapsed() < Duration::from_secs(20), "timed out");
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    wait_for(&|| watching.load(std::sync::atomic::Ordering::SeqCst));
    let before = std::fs::read(&pdf).unwrap();
    // Reading the inputs (as every rebuild does) is not a change.
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(rebuilt(), 0, "rebuilt with no file saved");
    // Another locale's file is not this watch's business.
    edit(&p, "locales/jra/leaflet.ftl", "DJRU BA", "DJRU  BA");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(rebuilt(), 0, "rebuilt after a jra save while watching en");
    edit(
        &p,
        "locales/en/leaflet.ftl",
        "cover-title = ONLINE PUBLIC SERVICES",
        "cover-title = E-SERVICES",
    );
    wait_for(&|| std::fs::read(&pdf).is_ok_and(|now| now != before));
    std::thread::sleep(Duration::from_millis(800));
    let after_save = rebuilt();
    child.kill().unwrap();
    let _ = child.wait();
    assert!(
        (1..=2).contains(&after_save),
        "one save, {after_save} rebuilds"
    );
    let doc = lopdf::Document::load(&pdf).unwrap();
    assert!(extract_text(&doc).concat().contains("E-SERVICES"));
}

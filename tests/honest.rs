//! Translations that stay honest (issue 11): review state that survives a
//! translation platform's rewrite, changed sources flagged, legacy-font
//! text repaired in place, duplicates refused, room per message.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use common::*;
use fluent_syntax::{ast, parser, serializer};
use serde_json::Value;

/// `status --format json`: (locale, message id) → state.
fn states(project: &Path) -> BTreeMap<(String, String), String> {
    let o = leaflet(project, &["status", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let locales: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let mut out = BTreeMap::new();
    for l in &locales {
        let code = l["locale"].as_str().unwrap().to_string();
        for m in l["messages"].as_array().unwrap() {
            out.insert(
                (code.clone(), m["message_id"].as_str().unwrap().to_string()),
                m["state"].as_str().unwrap().to_string(),
            );
        }
    }
    out
}

fn status_of(project: &Path, locale: &str) -> Value {
    let o = leaflet(project, &["status", "--format", "json"]);
    let locales: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    locales
        .into_iter()
        .find(|l| l["locale"] == locale)
        .unwrap_or_else(|| panic!("no {locale} in status"))
}

fn check_json(project: &Path, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    let o = leaflet(project, &args);
    let v: Value = serde_json::from_str(&stdout(&o))
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", stdout(&o), stderr(&o)));
    (o.status.code(), v)
}

fn findings_with<'a>(report: &'a Value, code: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

/// What Pontoon does to a translation when it writes it back: the file
/// is rebuilt from the source file's structure and comments, each message
/// present in the translation is copied in (re-serialised), and messages
/// it lacks are left out. The translation's own comments are lost.
fn pontoon_rewrite(source: &str, translation: &str) -> String {
    let parse = |s: &str| parser::parse(s.to_string()).unwrap_or_else(|(r, _)| r);
    let mut translated: HashMap<String, ast::Entry<String>> = HashMap::new();
    for entry in parse(translation).body {
        match &entry {
            ast::Entry::Message(m) => {
                translated.insert(m.id.name.clone(), entry);
            }
            ast::Entry::Term(t) => {
                translated.insert(format!("-{}", t.id.name), entry);
            }
            _ => {}
        }
    }
    let mut body = Vec::new();
    for entry in parse(source).body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(ast::Entry::Message(mut t)) = translated.remove(&m.id.name) {
                    t.comment = m.comment;
                    body.push(ast::Entry::Message(t));
                }
            }
            ast::Entry::Term(term) => {
                if let Some(ast::Entry::Term(mut t)) =
                    translated.remove(&format!("-{}", term.id.name))
                {
                    t.comment = term.comment;
                    body.push(ast::Entry::Term(t));
                }
            }
            ast::Entry::Junk { .. } => {}
            other => body.push(other),
        }
    }
    serializer::serialize(&ast::Resource { body })
}

#[test]
fn a_platform_rewrite_of_every_shipped_locale_changes_no_message_state() {
    let p = project_copy("honest-pontoon");
    // Some approvals to keep: translated messages of en, and a Vietnamese
    // copy a reviewer confirmed in jra.
    let o = leaflet(
        &p,
        &[
            "review",
            "--locale",
            "en",
            "--by",
            "Test",
            "cover-title",
            "benefits-heading",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = leaflet(
        &p,
        &["review", "--locale", "jra", "--by", "Test", "support-phone"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let before = states(&p);
    assert_eq!(
        before[&("en".into(), "cover-title".into())],
        "reviewed",
        "{before:?}"
    );
    assert_eq!(before[&("jra".into(), "support-phone".into())], "reviewed");
    let final_before = leaflet(&p, &["build", "--final", "--locale", "en"]);

    let source = std::fs::read_to_string(p.join("locales/vi/leaflet.ftl")).unwrap();
    let mut rewritten = 0;
    for code in ["en", "jra", "bdq"] {
        let path = p.join(format!("locales/{code}/leaflet.ftl"));
        let old = std::fs::read_to_string(&path).unwrap();
        let new = pontoon_rewrite(&source, &old);
        assert_ne!(old, new, "the rewrite must change {code}'s file");
        assert!(
            !new.contains("# vi:"),
            "the translation's comments are gone"
        );
        std::fs::write(&path, new).unwrap();
        rewritten += 1;
    }
    assert_eq!(rewritten, 3);

    // Untranslated copies may now be missing: both are `untranslated`.
    let after = states(&p);
    let changed: Vec<_> = before
        .iter()
        .filter(|(k, v)| after.get(*k) != Some(*v))
        .map(|(k, v)| format!("{k:?}: {v} → {:?}", after.get(k)))
        .collect();
    assert!(
        changed.is_empty(),
        "states changed:\n{}",
        changed.join("\n")
    );
    assert_eq!(before.len(), after.len());
    // And --final says the same as before (a draft stays a draft).
    let final_after = leaflet(&p, &["build", "--final", "--locale", "en"]);
    assert_eq!(final_before.status.code(), Some(1));
    assert_eq!(final_after.status.code(), final_before.status.code());
}

#[test]
fn a_changed_source_makes_a_reviewed_message_a_draft_until_it_is_approved_again() {
    let p = project_copy("honest-source-changed");
    let o = leaflet(
        &p,
        &["review", "--locale", "en", "--by", "Test", "cover-title"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(status_of(&p, "en")["reviewed"], 1);
    assert_eq!(status_of(&p, "en")["source_changed"], 0);

    edit(
        &p,
        "locales/vi/leaflet.ftl",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 4",
    );
    let (_, report) = check_json(&p, &["--locale", "en"]);
    let changed = findings_with(&report, "source-changed");
    assert_eq!(changed.len(), 1, "{report:#}");
    let f = changed[0];
    assert_eq!(f["message_id"], "cover-title", "{f:#}");
    let notes = f["notes"].to_string();
    assert!(
        notes.contains("it was: DỊCH VỤ CÔNG TRỰC TUYẾN\""),
        "{notes}"
    );
    assert!(
        notes.contains("it is now: DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 4"),
        "{notes}"
    );
    let en = status_of(&p, "en");
    assert_eq!(en["reviewed"], 0, "{en:#}");
    assert_eq!(en["source_changed"], 1, "{en:#}");
    let state = en["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["message_id"] == "cover-title")
        .unwrap()["state"]
        .clone();
    assert_eq!(state, "source-changed");
    // The text table, in Vietnamese, has the column, with the count under
    // its heading's right edge.
    let table = stdout(&leaflet_in(&p, &["status"], "vi"));
    let mut lines = table.lines();
    let head = lines.next().unwrap();
    let en_row = lines.find(|l| l.starts_with("en ")).unwrap();
    let end = head.find("nguồn đã đổi").expect(head) + "nguồn đã đổi".len();
    let column = head[..end].chars().count();
    assert_eq!(en_row.chars().nth(column - 1), Some('1'), "{table}");
    assert_eq!(en_row.chars().nth(column - 2), Some(' '), "{table}");

    // Approved again against the new text: reviewed, nothing changed.
    let o = leaflet(
        &p,
        &["review", "--locale", "en", "--by", "Test", "cover-title"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let en = status_of(&p, "en");
    assert_eq!(
        (en["reviewed"].clone(), en["source_changed"].clone()),
        (1.into(), 0.into())
    );
    // Withdrawn: a draft again.
    let o = leaflet(
        &p,
        &["review", "--locale", "en", "--withdraw", "cover-title"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(status_of(&p, "en")["reviewed"], 0);
}

#[test]
fn a_new_locale_remembers_the_vietnamese_it_was_copied_from() {
    // Unreviewed messages compare with the `# vi:` copy new-locale wrote.
    let p = project_copy("honest-new-locale");
    let o = leaflet(&p, &["new-locale", "ko"]);
    assert!(o.status.success(), "{}", stderr(&o));
    edit(
        &p,
        "locales/ko/leaflet.ftl",
        "\ncover-title = DỊCH VỤ CÔNG TRỰC TUYẾN\n",
        "\ncover-title = 온라인 공공 서비스\n",
    );
    assert_eq!(status_of(&p, "ko")["source_changed"], 0);
    edit(
        &p,
        "locales/vi/leaflet.ftl",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN MỚI",
    );
    let (_, report) = check_json(&p, &["--locale", "ko"]);
    let changed = findings_with(&report, "source-changed");
    assert_eq!(changed.len(), 1, "{report:#}");
    assert_eq!(changed[0]["message_id"], "cover-title");
}

#[test]
fn check_fix_repairs_what_is_certain_and_leaves_every_other_byte_alone() {
    let p = project_copy("honest-fix");
    let path = p.join("locales/jra/leaflet.ftl");
    let original = std::fs::read_to_string(&path).unwrap();
    // As an old Windows editor saves it: a byte-order mark and CRLF, with
    // TCVN3 text pasted into one message and an ambiguous stretch in
    // another.
    let legacy = original
        .replace(
            "\ncover-title = DỊCH VỤ CÔNG TRỰC TUYẾN\n",
            "\ncover-title = DÞch vô c«ng trùc tuyÕn\n",
        )
        .replace("\r\n", "\n")
        .replace('\n', "\r\n");
    assert_ne!(legacy.replace("\r\n", "\n"), original, "the paste happened");
    let bytes = [b"\xEF\xBB\xBF".as_slice(), legacy.as_bytes()].concat();
    std::fs::write(&path, &bytes).unwrap();

    let o = leaflet(&p, &["check", "--fix", "--locale", "jra"]);
    let out = stdout(&o) + &stderr(&o);
    assert!(
        out.contains("repaired “DÞch vô c«ng trùc tuyÕn” → “Dịch vụ công trực tuyến”"),
        "{out}"
    );
    let fixed = std::fs::read(&path).unwrap();
    let expected = [
        b"\xEF\xBB\xBF".as_slice(),
        legacy
            .replace("DÞch vô c«ng trùc tuyÕn", "Dịch vụ công trực tuyến")
            .as_bytes(),
    ]
    .concat();
    assert!(
        fixed == expected,
        "only the pasted text changes; BOM and CRLF stay"
    );
    // Nothing is left to repair, and no temporary file is left behind.
    let (_, report) = check_json(&p, &["--locale", "jra"]);
    assert!(
        findings_with(&report, "legacy-encoding").is_empty(),
        "{report:#}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(p.join("locales/jra"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "leaflet.ftl")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_duplicate_attribute_or_variant_key_is_an_error_where_it_is_written() {
    let p = project_copy("honest-duplicates");
    edit(
        &p,
        "locales/en/leaflet.ftl",
        "\ncover-title = ",
        "\ncover-title = X\n    .alt = one\n    .alt = two\nunused-ignore = ",
    );
    let path = p.join("locales/en/leaflet.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let select = text
        .lines()
        .find(|l| l.trim_start().starts_with("[commune]"))
        .expect("a select expression in en")
        .to_string();
    // The first variant key written twice.
    let doubled = text.replacen(&format!("{select}\n"), &format!("{select}\n{select}\n"), 1);
    std::fs::write(&path, doubled).unwrap();
    let (code, report) = check_json(&p, &["--locale", "en"]);
    assert_eq!(code, Some(1), "{report:#}");
    let dups = findings_with(&report, "duplicate-message");
    let messages: Vec<String> = dups.iter().map(|f| f["message"].to_string()).collect();
    assert!(
        messages.iter().any(|m| m.contains("`.alt`")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("[commune]")),
        "{messages:?}"
    );
    for f in dups {
        assert_eq!(f["severity"], "error");
        assert!(f["line"].as_u64().unwrap() > 1, "{f:#}");
    }
}

#[test]
fn check_and_status_give_every_message_its_panel_and_the_room_left() {
    let p = project_copy("honest-room");
    let (_, report) = check_json(&p, &[]);
    let status: Vec<Value> =
        serde_json::from_str(&stdout(&leaflet(&p, &["status", "--format", "json"]))).unwrap();
    let messages = report["messages"]
        .as_array()
        .expect("messages in check json");
    let en: Vec<&Value> = messages.iter().filter(|m| m["locale"] == "en").collect();
    assert!(en.len() > 50, "{}", en.len());
    let body = en
        .iter()
        .find(|m| m["message_id"] == "concept-body")
        .expect("concept-body");
    assert_eq!(body["layout"], "trifold-a4");
    assert_eq!(body["panel"], "flap");
    let room = body["room_mm"].as_f64().unwrap();
    assert!(room > 0.0 && room < 200.0, "{room}");
    // status says the same.
    let en_status = status.iter().find(|l| l["locale"] == "en").unwrap();
    let same = en_status["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["message_id"] == "concept-body")
        .unwrap();
    assert_eq!(same["room_mm"].as_f64(), Some(room));
    // The room shrinks when the message grows.
    lengthen(&p, "locales/en/leaflet.ftl", "concept-body", 2);
    let (_, report) = check_json(&p, &["--locale", "en"]);
    let grown = report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["locale"] == "en" && m["message_id"] == "concept-body")
        .unwrap()["room_mm"]
        .as_f64()
        .unwrap();
    assert!(grown < room - 5.0, "{grown} vs {room}");
}

#[test]
fn an_overflowing_leaflet_gets_a_preview_of_its_proof_and_no_print_file() {
    let p = project_copy("honest-overflow-preview");
    lengthen(&p, "locales/en/leaflet.ftl", "concept-body", 13);
    let o = leaflet(&p, &["preview", "--locale", "en", "--dpi", "30"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let dir = p.join("output/trifold-a4");
    assert!(!dir.join("en.pdf").exists());
    assert!(dir.join("en.proof.pdf").is_file());
    // Its pages as pictures, beside the contact sheet, so the translator
    // sees the text drawn past the panel.
    for page in [1, 2] {
        let png = dir.join(format!("preview/en.proof-{page}.png"));
        assert!(png.is_file(), "{png:?}\n{}", stdout(&o));
    }
    assert!(dir.join("preview/contact-sheet.png").is_file());
    assert!(!dir.join("preview/en-1.png").exists());
}

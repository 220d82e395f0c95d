//! The project workspace: every command sees the same leaflet, and a
//! changed file reloads only what depends on it.

mod common;

use common::*;
use leaflet::diag::Code;
use leaflet::resolve::{Fallback, MessageState};

/// A long English `websites-intro` that drops the office's variables: the
/// leaflet prints the Vietnamese message, so no panel overflows. `check`
/// once laid out the translation's own text and reported an overflow that
/// no leaflet has.
#[test]
fn check_finds_what_build_does_with_the_same_inputs() {
    let p = project_copy("ws-check-build");
    let path = p.join("locales/en/leaflet.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    // The message and its indented continuation lines.
    let start = text.find("\nwebsites-intro = ").unwrap() + 1;
    let end = start
        + text[start..]
            .match_indices('\n')
            .map(|(i, _)| i + 1)
            .find(|&i| !text[start + i..].starts_with(' '))
            .unwrap();
    let long = format!(
        "websites-intro = {}\n",
        "For details of the public services on offer here, please visit the websites below. "
            .repeat(12)
    );
    std::fs::write(&path, format!("{}{long}{}", &text[..start], &text[end..])).unwrap();
    let edited = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        leaflet::load::ftl::FtlFile::parse(&path, edited.clone())
            .messages
            .len(),
        leaflet::load::ftl::FtlFile::parse(&path, text.clone())
            .messages
            .len(),
        "only the one message changed"
    );
    // Laid out as written, the translation overflows its panel.
    let as_written = project_copy("ws-check-build-as-written");
    std::fs::write(
        as_written.join("locales/en/leaflet.ftl"),
        edited.replace(
            "please visit the websites below. \n",
            "{ $district } { $province } { $level }\n",
        ),
    )
    .unwrap();
    let laid = lay_out(&workspace(&as_written), "trifold-a4", "en").unwrap();
    assert!(!laid.fits(), "the long text overflows");
    assert_eq!(laid.overflows[0].code, Code::Overflow);
    assert_eq!(laid.overflows[0].place.panel.as_deref(), Some("back"));

    let ws = workspace(&p);
    let state = ws
        .locale("en")
        .unwrap()
        .states
        .get("websites-intro")
        .cloned();
    assert!(
        matches!(
            state,
            Some(MessageState::Fallback(Fallback::LacksVariables(_)))
        ),
        "{state:?}"
    );
    // The workspace lays the leaflet out once, the same way for both.
    let laid = lay_out(&ws, "trifold-a4", "en").unwrap();
    assert!(laid.fits(), "the leaflet fits: it prints the vi text");
    assert_eq!(
        laid.printed.get("websites-intro"),
        state.as_ref(),
        "printed in the state check reports"
    );

    let check = leaflet(&p, &["check", "--locale", "en", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&check)).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"overflow"), "{codes:?}");
    assert!(codes.contains(&"missing-variable"), "{codes:?}");

    let build = leaflet(&p, &["build", "--locale", "en"]);
    let said = stderr(&build);
    assert!(!said.contains("overflow"), "{said}");
    assert!(p.join("output/trifold-a4/en.pdf").is_file());
    // The same problem, the same code, severity and exit code in both.
    assert!(said.contains("error[missing-variable]"), "{said}");
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(build.status.code(), Some(1));
    // And status counts it as check does.
    let status = leaflet(&p, &["status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_str(&stdout(&status)).unwrap();
    let en = status
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["locale"] == "en")
        .unwrap();
    assert_eq!(en["fallback"], 1, "{en}");
    assert_eq!(en["overflowing"].as_array().unwrap().len(), 0, "{en}");
}

/// The same draft file counted the same way by check, build and status.
#[test]
fn every_command_counts_message_states_alike() {
    let p = project_copy("ws-states");
    let ws = workspace(&p);
    let counts = ws.locale("jra").unwrap().states.counts();
    assert_eq!(
        counts.total,
        counts.reviewed + counts.draft + counts.untranslated + counts.fallback
    );
    let summary = format!(
        "of {} messages, {} not reviewed yet, {} not translated",
        counts.total, counts.draft, counts.untranslated
    );
    let check = stdout(&leaflet(&p, &["check", "--locale", "jra"]));
    assert!(check.contains(&summary), "{summary}\n{check}");
    let build = stderr(&leaflet(&p, &["build", "--locale", "jra"]));
    assert!(build.contains(&summary), "{summary}\n{build}");
    let status = stdout(&leaflet(&p, &["status", "--format", "json"]));
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    let jra = status
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["locale"] == "jra")
        .unwrap();
    assert_eq!(jra["draft"].as_u64(), Some(counts.draft as u64));
    assert_eq!(
        jra["untranslated"].as_u64(),
        Some(counts.untranslated as u64)
    );
    // A syntax error in a translation is an error in every command.
    edit(
        &p,
        "locales/jra/leaflet.ftl",
        "\ncover-title = ",
        "\ncover-title = { ",
    );
    for args in [
        &["check", "--locale", "jra"][..],
        &["build", "--locale", "jra"],
    ] {
        let o = leaflet(&p, args);
        let said = stdout(&o) + &stderr(&o);
        assert!(said.contains("error[syntax]"), "{args:?}: {said}");
        assert_eq!(o.status.code(), Some(1), "{args:?}");
    }
}

#[test]
fn a_changed_ftl_file_reloads_only_its_locale() {
    let p = project_copy("ws-reload-ftl");
    let mut ws = workspace(&p);
    let revision =
        |ws: &leaflet::workspace::Workspace, code: &str| ws.locale(code).unwrap().revision;
    let before: Vec<(String, u64)> = ws
        .codes()
        .map(|c| (c.to_string(), revision(&ws, c)))
        .collect();
    edit(
        &p,
        "locales/en/leaflet.ftl",
        "cover-title = ONLINE PUBLIC SERVICES",
        "cover-title = E-SERVICES",
    );
    let affected = ws.reload(&[p.join("locales/en/leaflet.ftl")]);
    assert!(!affected.everything);
    assert_eq!(affected.locales.iter().collect::<Vec<_>>(), ["en"]);
    assert!(affected.layouts.is_empty());
    for (code, old) in &before {
        let now = revision(&ws, code);
        assert_eq!(now != *old, code == "en", "{code}: {old} -> {now}");
    }
    let laid = lay_out(&ws, "trifold-a4", "en").unwrap();
    let text: String = laid
        .document
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .filter_map(|i| match i {
            leaflet::layout::frame::Item::Text(run) if run.message == "cover-title" => {
                Some(run.text())
            }
            _ => None,
        })
        .collect();
    assert_eq!(text, "E-SERVICES");
    // A change of the source touches every locale (each is compared with
    // it), but reads only the source's files again.
    let before: Vec<(String, u64)> = ws
        .codes()
        .map(|c| (c.to_string(), revision(&ws, c)))
        .collect();
    edit(
        &p,
        "locales/vi/leaflet.ftl",
        "cover-tagline = Mọi lúc, mọi nơi",
        "cover-tagline = Mọi lúc",
    );
    let affected = ws.reload(&[p.join("locales/vi/leaflet.ftl")]);
    assert_eq!(affected.locales.len(), 4);
    for (code, old) in &before {
        assert_eq!(revision(&ws, code) != *old, code == "vi", "{code}");
    }
    // Nothing an input: nothing reloaded.
    assert!(ws.reload(&[p.join("output/trifold-a4/vi.pdf")]).is_empty());
}

#[test]
fn a_changed_font_reloads_only_the_leaflets_that_use_it() {
    let p = project_copy("ws-reload-font");
    // A second layout with its own copy of the regular font.
    std::fs::copy(
        p.join("fonts/NotoSans-Regular.ttf"),
        p.join("fonts/Other-Regular.ttf"),
    )
    .unwrap();
    let layout = std::fs::read_to_string(p.join("layouts/trifold-a4.toml")).unwrap();
    std::fs::write(
        p.join("layouts/other.toml"),
        layout.replace(
            "regular = \"NotoSans-Regular.ttf\"",
            "regular = \"Other-Regular.ttf\"",
        ),
    )
    .unwrap();
    let mut ws = workspace(&p);
    let key = |ws: &leaflet::workspace::Workspace, name: &str| {
        let fonts = ws.fonts(ws.layout(name).unwrap()).unwrap();
        fonts.face(fonts.id("regular").unwrap()).key
    };
    let (a, b) = (key(&ws, "trifold-a4"), key(&ws, "other"));
    let affected = ws.reload(&[p.join("fonts/Other-Regular.ttf")]);
    assert!(!affected.everything && affected.locales.is_empty());
    assert_eq!(affected.layouts.iter().collect::<Vec<_>>(), ["other"]);
    assert!(affected.touches("other", "vi") && !affected.touches("trifold-a4", "vi"));
    assert_eq!(
        key(&ws, "trifold-a4"),
        a,
        "the other layout's font is not read again"
    );
    assert_ne!(key(&ws, "other"), b, "the changed font is read again");
    assert!(lay_out(&ws, "other", "vi").is_ok());
}

#[test]
fn a_broken_file_is_a_finding_not_a_failed_workspace() {
    let p = project_copy("ws-broken");
    std::fs::write(p.join("links.toml"), "[a\n").unwrap();
    let ws = workspace(&p);
    let findings = ws.findings(&[]);
    let f = findings
        .iter()
        .find(|f| f.code == Code::Syntax)
        .expect("the links file's syntax error");
    assert_eq!(
        f.place.file.as_deref(),
        Some(p.join("links.toml").as_path())
    );
    assert_eq!((f.place.line, f.place.column), (Some(1), Some(3)));
    // Outside a project: the one thing that stops the workspace.
    let empty = scratch("ws-empty");
    let e = leaflet::workspace::Workspace::open(&empty, leaflet::workspace::LayoutFiles::Discover)
        .err()
        .expect("not a project");
    assert_eq!(e.code, Code::NotAProject);
}

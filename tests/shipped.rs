//! The shipped content itself (`locales/`, `layouts/`, `links.toml`,
//! `office.toml`), as translators leave it. Every other test works on the
//! frozen copy in `tests/fixtures/project`, so an unfinished translation
//! fails this test only, and says which file to look at.

mod common;

use common::*;

#[test]
fn the_shipped_content_builds_and_has_no_errors() {
    let out = scratch("shipped-content");
    let o = leaflet(&repo(), &["build", "--out", out.to_str().unwrap()]);
    assert!(
        o.status.success(),
        "the shipped leaflets do not build:\n{}",
        stderr(&o)
    );
    for locale in ["vi", "en", "jra", "bdq"] {
        assert!(
            out.join(format!("trifold-a4/{locale}.pdf")).is_file(),
            "{locale}"
        );
    }
    let o = leaflet(&repo(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    for f in report["findings"].as_array().unwrap() {
        assert_ne!(
            f["severity"], "error",
            "the shipped content has an error: {f}"
        );
    }
    assert_eq!(o.status.code(), Some(0));
    // The Vietnamese source is final; translations say what they are.
    let o = leaflet(
        &repo(),
        &[
            "build",
            "--final",
            "--locale",
            "vi",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

//! Design rules of the shipped tri-fold, checked on the layout result.

mod common;

use std::collections::BTreeMap;

use common::*;
use leaflet::layout::frame::Item;

/// Quoted button names (“Đăng ký”) are labels: no line ends inside one.
#[test]
fn quoted_button_names_never_break_across_lines() {
    let project = project_copy("design-labels");
    let ws = workspace(&project);
    let mut labels = 0;
    for locale in ["vi", "en", "jra", "bdq"] {
        let doc = lay_out(&ws, "trifold-a4", locale).unwrap().document;
        for (p, page) in doc.pages.iter().enumerate() {
            // Each line's text, by message and baseline (a line may hold
            // runs of several faces).
            let mut lines: BTreeMap<(String, i64), String> = BTreeMap::new();
            for item in &page.items {
                if let Item::Text(run) = item {
                    let baseline = run.glyphs.first().map_or(0.0, |g| g.y);
                    let key = (run.message.clone(), (baseline * 100.0).round() as i64);
                    lines.entry(key).or_default().push_str(&run.text());
                }
            }
            for ((message, _), line) in &lines {
                let open = line.matches('“').count();
                let close = line.matches('”').count();
                labels += close;
                assert_eq!(
                    open,
                    close,
                    "{locale} page {}: a label breaks in `{message}`: {line:?}",
                    p + 1
                );
            }
        }
    }
    assert!(labels > 20, "the leaflets quote button names ({labels})");
}

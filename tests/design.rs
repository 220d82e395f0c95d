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

/// A link without an address prints its hint ("find it in Zalo") in the
/// link list's `hint_style`, not in link colour: it is not a link.
#[test]
fn the_zalo_hint_is_not_set_in_link_colour() {
    let project = project_copy("design-hint");
    edit(
        &project,
        "layouts/trifold-a4.toml",
        "[styles.phone]",
        "[styles.hint]\nfont = \"italic\"\nsize = 9.5\nleading = 12.5\ncolor = [0, 0, 0, 80]\n\n[styles.phone]",
    );
    edit(
        &project,
        "layouts/trifold-a4.toml",
        "url_style = \"link-url\" },\n  { type = \"heading\", text = \"support-heading\"",
        "url_style = \"link-url\", hint_style = \"hint\" },\n  { type = \"heading\", text = \"support-heading\"",
    );
    let ws = workspace(&project);
    let runs = |ws: &leaflet::workspace::Workspace| -> Vec<leaflet::layout::frame::GlyphRun> {
        lay_out(ws, "trifold-a4", "vi")
            .unwrap()
            .document
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Text(r) => Some(r.clone()),
                _ => None,
            })
            .collect()
    };
    let all = runs(&ws);
    let hints: Vec<_> = all.iter().filter(|r| r.message == "zalo-hint").collect();
    assert_eq!(hints.len(), 2, "two Zalo accounts without an address");
    let link_blue = all
        .iter()
        .find(|r| r.text().contains("dichvucong.gov.vn"))
        .unwrap()
        .color;
    for h in hints {
        assert_ne!(h.color, link_blue);
        assert_eq!(
            (h.color.c, h.color.m, h.color.y, h.color.k),
            (0.0, 0.0, 0.0, 80.0)
        );
    }
    // Without `hint_style`, the hint keeps the URL's style (as before).
    let plain = workspace(&project_copy("design-hint-default"));
    let before = runs(&plain);
    assert!(before
        .iter()
        .filter(|r| r.message == "zalo-hint")
        .all(|r| r.color == link_blue));
}

/// No heading leaves a single word on its last line.
#[test]
fn heading_lines_are_balanced() {
    use leaflet::load::layouts::Block;
    let project = project_copy("design-headings");
    let ws = workspace(&project);
    let layout = ws.layout("trifold-a4").unwrap();
    let headings: Vec<String> = layout
        .pages
        .iter()
        .flat_map(|p| &p.panels)
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.display()),
            _ => None,
        })
        .collect();
    let mut multi = 0;
    for locale in ["vi", "en", "jra", "bdq"] {
        let doc = lay_out(&ws, "trifold-a4", locale).unwrap().document;
        for page in &doc.pages {
            let mut lines: BTreeMap<(String, i64), String> = BTreeMap::new();
            for item in &page.items {
                if let Item::Text(run) = item {
                    if headings.contains(&run.message) {
                        let y = run.glyphs.first().map_or(0.0, |g| g.y);
                        let key = (run.message.clone(), (y * 100.0).round() as i64);
                        lines.entry(key).or_default().push_str(&run.text());
                    }
                }
            }
            let mut by_heading: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for ((message, _), line) in lines {
                by_heading.entry(message).or_default().push(line);
            }
            for (message, lines) in by_heading {
                if lines.len() < 2 {
                    continue;
                }
                multi += 1;
                let last = lines.last().unwrap();
                // Three words or fewer may have no better split than 2 + 1
                // ("ONLINE PUBLIC / SERVICES": the last two are wider
                // than the first two).
                if lines.concat().split_whitespace().count() <= 3 {
                    continue;
                }
                assert!(
                    last.split_whitespace().count() >= 2,
                    "{locale}: `{message}` ends with a single word: {lines:?}"
                );
            }
        }
    }
    assert!(
        multi > 4,
        "headings of several lines were checked ({multi})"
    );
}

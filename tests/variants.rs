//! Batch variants: one leaflet per office, per locale.

mod common;

use common::*;

const HEADER: &str = "id,level,district,province,phone,phone_tel,portal,zalo";

/// A row of a valid office (`n` makes it unique).
fn row(n: usize) -> String {
    format!(
        "office-{n:03},commune,Thử Nghiệm {n},Gia Lai,(0000) 000 {n:03},+84000000{n:03},https://example.com/office-{n},"
    )
}

#[test]
fn the_example_variants_build_and_the_default_office_matches_the_plain_build() {
    let project = project_copy("variants-example");
    let out = scratch("variants-example-out");
    let example = project.join("layouts/variants.example.csv");
    let o = leaflet(
        &project,
        &[
            "build",
            "--variants",
            example.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    for id in ["iagrai", "test-commune-a", "test-commune-b"] {
        for locale in ["vi", "en", "jra", "bdq"] {
            assert!(
                out.join(format!("trifold-a4/{id}/{locale}.pdf")).exists(),
                "{id}/{locale}"
            );
        }
    }
    let plain = build_shipped("variants-plain");
    for locale in ["vi", "en"] {
        let a = std::fs::read(out.join(format!("trifold-a4/iagrai/{locale}.pdf"))).unwrap();
        let b = std::fs::read(plain.join(format!("output/trifold-a4/{locale}.pdf"))).unwrap();
        // The same leaflet; only the slug line below the bleed names each
        // file as it is (its folder and office).
        let text = |bytes: &[u8]| -> (Vec<String>, Vec<String>) {
            let doc = lopdf::Document::load_mem(bytes).unwrap();
            extract_text(&doc)
                .concat()
                .lines()
                .map(str::to_string)
                .partition(|l| !l.contains(&format!(".pdf · {locale} · ")))
        };
        let ((leaflet_a, slug_a), (leaflet_b, slug_b)) = (text(&a), text(&b));
        assert_eq!(
            leaflet_a, leaflet_b,
            "{locale}: the default office's row must give the plain build's leaflet"
        );
        let named = |slug: &[String], name: String| slug.iter().any(|l| l.contains(&name));
        assert!(
            named(
                &slug_a,
                format!("trifold-a4/iagrai/{locale}.pdf · {locale} · iagrai")
            ),
            "{slug_a:?}"
        );
        assert!(
            named(
                &slug_b,
                format!("trifold-a4/{locale}.pdf · {locale} · default")
            ),
            "{slug_b:?}"
        );
        assert!(a.len().abs_diff(b.len()) < 200, "only the slug differs");
    }
    // A commune's leaflet names the commune, its phone and its portal (QR).
    let bytes = std::fs::read(out.join("trifold-a4/test-commune-b/vi.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let text = extract_text(&doc).concat();
    assert!(
        text.contains("UBND XÃ THỬ NGHIỆM B · TỈNH GIA LAI"),
        "{text}"
    );
    assert!(text.contains("(0000) 000 002"));
    assert!(
        !text.contains("Ia Grai") && !text.contains("844 789"),
        "nothing of the default office"
    );
    let (w, h, grey) = render_grey(&bytes, 0, 3.0);
    assert!(
        decode_qr_codes(w, h, &grey).contains(&"https://example.com/test-commune-b".to_string())
    );
}

#[test]
fn a_batch_reports_broken_rows_by_line_and_builds_the_others() {
    let project = project_copy("variants-batch");
    let mut lines = vec![HEADER.to_string()];
    lines.extend((1..=110).map(row));
    // line 112: a missing column (fewer fields); 113: an unknown column;
    // 114: a duplicate id; 115: a name too long for any panel; 116: a
    // level no message knows (it would silently print "huyện").
    lines.push("broken-missing,commune,Thử Nghiệm X,Gia Lai".into());
    lines.push(format!("{},surplus", row(200)));
    lines.push(row(7));
    lines.push(row(300).replace("Thử Nghiệm 300", &"Rấtdàikhôngthểxuốngdòngđược".repeat(4)));
    lines.push(row(400).replace(",commune,", ",comune,"));
    let file = project.join("offices.csv");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let o = build_vi_variants(&project, &file);
    assert_eq!(o.status.code(), Some(1), "something failed");
    let err = stderr(&o);
    let f = file.display();
    // Each row's problem at its line (and the column of the value), with
    // the office named.
    let at = |line: usize, rest: &str| {
        assert!(
            err.contains(&format!("{f}:{line}")) && err.contains(rest),
            "{line}: {rest}\n{err}"
        );
    };
    at(112, "error[row]: `phone` is missing");
    assert!(err.contains("in office `broken-missing`"), "{err}");
    let column_of = |line: &str, byte: usize| line[..byte].chars().count() + 1;
    let surplus = column_of(&lines[112], lines[112].rfind(',').unwrap() + 1);
    at(
        113,
        &format!("{f}:113:{surplus}: error[row]: `column 9` is not a column leaflets use"),
    );
    at(
        114,
        &format!("{f}:114:1: error[row]: the id `office-007` is used by an earlier row"),
    );
    let district = column_of(&lines[114], "office-300,commune,".len());
    at(115, &format!("{f}:115:{district}: error[word-too-wide]:"));
    assert!(
        err.contains("help: shorten `district` in this row"),
        "{err}"
    );
    at(116, &format!("{f}:116:12: error[row]: `level` is `comune`, but the messages only know `commune`, `district`"));
    let out = stdout(&o);
    assert!(out.contains("110 built, 5 failed"), "{out}");
    assert!(
        out.contains(&format!("({f}:115, office `office-300`)")),
        "{out}"
    );
    for n in [1, 55, 110] {
        assert!(project
            .join(format!("output/trifold-a4/office-{n:03}/vi.pdf"))
            .exists());
    }
    assert!(!project
        .join("output/trifold-a4/office-300")
        .join("vi.pdf")
        .exists());
    // Not a terminal: one plain progress line per leaflet.
    assert_eq!(
        err.lines()
            .filter(|l| l.starts_with('[') && l.contains("] built "))
            .count(),
        110
    );
}

#[test]
fn toml_variants_and_a_layout_column() {
    let project = project_copy("variants-toml");
    // A second layout that only some offices use.
    std::fs::copy(
        project.join("layouts/trifold-a4.toml"),
        project.join("layouts/trifold-b.toml"),
    )
    .unwrap();
    // Kept next to the layouts, like the shipped example: a plain build
    // must not mistake it for a layout.
    let file = project.join("layouts/offices.toml");
    std::fs::write(
        &file,
        r#"[[variant]]
id = "only-b"
layout = "trifold-b"
level = "commune"
district = "Thử Nghiệm"
province = "Gia Lai"
phone = "(0000) 000 000"
phone_tel = "+840000000000"
portal = ""
zalo = ""

[[variant]]
id = "typo"
level = "commune"
distrcit = "Thử Nghiệm"
district = "Thử Nghiệm"
province = "Gia Lai"
phone = "1"
phone_tel = "+841"
portal = ""
zalo = ""
"#,
    )
    .unwrap();
    let o = build_vi_variants(&project, &file);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "{}:15:12: error[row]: `distrcit` is not a column leaflets use",
            file.display()
        )),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("in office `typo`, column `distrcit`"));
    assert!(project.join("output/trifold-b/only-b/vi.pdf").exists());
    let plain = leaflet(&project, &["build", "--locale", "vi"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert!(
        stdout(&plain).contains("2 built, 0 failed"),
        "{}",
        stdout(&plain)
    );
    assert!(
        !project.join("output/trifold-a4/only-b").exists(),
        "the row picked trifold-b only"
    );
    // An office without a portal: its name with the hint, no QR code.
    assert!(
        stderr(&o).contains("link `district-portal` has no address"),
        "{}",
        stderr(&o)
    );
}

/// `leaflet build --variants FILE --locale vi` in `project`.
fn build_vi_variants(project: &std::path::Path, file: &std::path::Path) -> std::process::Output {
    leaflet(
        project,
        &[
            "build",
            "--variants",
            file.to_str().unwrap(),
            "--locale",
            "vi",
        ],
    )
}

#[test]
fn the_same_finding_for_many_offices_is_printed_once_with_a_count_and_errors_come_last() {
    let project = project_copy("variants-grouped");
    let mut lines = vec![HEADER.to_string()];
    // Twelve offices whose name cannot fit: the same error for each.
    let long = "Rấtdàikhôngthểxuốngdòngđược".repeat(4);
    lines.extend((0..12).map(|n| row(n).replace(&format!("Thử Nghiệm {n}"), &long)));
    lines.push(row(99));
    let file = project.join("offices.csv");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let o = build_vi_variants(&project, &file);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let same = "= note: the same for 12 leaflets, of the offices `office-000`, `office-001`, \
                `office-002`, `office-003`, `office-004` and 7 more";
    assert!(err.contains(same), "{err}");
    // Once per message the name is in, not once per office.
    let errors: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("error[word-too-wide]"))
        .collect();
    let messages: std::collections::BTreeSet<&str> = errors.iter().copied().collect();
    assert_eq!(errors.len(), messages.len(), "{err}");
    assert_eq!(err.matches(same).count(), errors.len(), "{err}");
    // The errors come after every warning, under a heading with their count.
    let heading = err
        .find(&format!("{} errors:", 12 * errors.len()))
        .expect(&err);
    assert!(err.rfind("warning[").unwrap() < heading, "{err}");
    assert!(err.find("error[").unwrap() > heading, "{err}");
    assert!(stdout(&o).contains("1 built, 12 failed"), "{}", stdout(&o));
}

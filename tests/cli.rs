//! The binary on broken projects: clear errors, non-zero exit codes, and no
//! half-written PDF left behind.

mod common;

use common::*;
use lopdf::Document;

fn pdfs_and_temp_files(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                found.extend(pdfs_and_temp_files(&p));
            } else {
                found.push(p.file_name().unwrap().to_string_lossy().into_owned());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn a_syntax_error_in_a_translation_falls_back_to_the_source_for_that_message() {
    let project = project_copy("cli-syntax");
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "cover-title = ONLINE PUBLIC SERVICES",
        "cover-title = { ONLINE",
    );
    let o = leaflet(&project, &["build"]);
    // An error, as in `check`: the leaflet is still built, from the source
    // text for that message.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let text = std::fs::read_to_string(project.join("locales/en/leaflet.ftl")).unwrap();
    let line = line_starting(&text, "cover-title");
    let at = format!(
        "{}:{line}:23: error[syntax]: the `{{` opened at line {line}, column 15 is never closed",
        project.join("locales/en/leaflet.ftl").display()
    );
    assert!(err.contains(&at), "expected {at} in:\n{err}");
    assert!(
        err.contains("note: until it is fixed, leaflets print the `vi` text for this message"),
        "{err}"
    );
    assert!(project.join("output/trifold-a4/en.pdf").is_file());
    // The English leaflet prints the Vietnamese title, and says it is a draft.
    let doc = Document::load(project.join("output/trifold-a4/en.pdf")).unwrap();
    let pages = extract_text(&doc).concat();
    assert!(
        pages.contains("DỊCH VỤ CÔNG") && pages.contains("DRAFT / BẢN NHÁP"),
        "{pages}"
    );
}

#[test]
fn a_syntax_error_in_the_source_locale_fails_it_with_path_line_and_column() {
    let project = project_copy("cli-syntax-vi");
    edit(
        &project,
        "locales/vi/leaflet.ftl",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN",
        "cover-title = { DỊCH",
    );
    let o = leaflet(&project, &["build", "--locale", "vi"]);
    assert_eq!(o.status.code(), Some(1));
    let text = std::fs::read_to_string(project.join("locales/vi/leaflet.ftl")).unwrap();
    let line = line_starting(&text, "cover-title");
    let at = format!(
        "{}:{line}:",
        project.join("locales/vi/leaflet.ftl").display()
    );
    assert!(stderr(&o).contains(&at), "{}", stderr(&o));
    assert!(pdfs_and_temp_files(&project.join("output")).is_empty());
}

#[test]
fn final_refuses_a_draft_leaflet_and_lists_the_messages_to_finish() {
    let project = project_copy("cli-final");
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "slogan = ",
        "slogan-old = ",
    );
    let o = leaflet(&project, &["build", "--final"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let refusal = err
        .split("\n\n")
        .flat_map(|b| b.split("error[").skip(1))
        .find(|b| b.starts_with("not-final") && b.contains("in locale `en`"))
        .unwrap_or_else(|| panic!("no refusal for en:\n{err}"));
    assert!(
        refusal.contains("--final: the leaflet `trifold-a4` is not final: 64 messages not reviewed yet, 1 message not translated"),
        "{refusal}"
    );
    assert!(
        refusal.contains("note: not translated: `slogan`"),
        "{refusal}"
    );
    assert!(refusal.contains("`cover-title`"), "{refusal}");
    // The Vietnamese source is final and is written; English is not.
    assert_eq!(pdfs_and_temp_files(&project.join("output")), vec!["vi.pdf"]);
}

#[test]
fn final_refuses_vietnamese_text_left_in_a_translation_unless_a_reviewer_approved_it() {
    let project = project_copy("cli-final-copy");
    let o = leaflet(&project, &["build", "--final", "--locale", "jra"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let line = |prefix: &str| {
        err.lines()
            .find(|l| l.contains(prefix))
            .unwrap_or_else(|| panic!("no `{prefix}` in {err}"))
            .to_string()
    };
    assert!(
        line("note: not translated:").contains("`concept-body`"),
        "{err}"
    );
    // A heading that really is translated is a draft, not untranslated.
    assert!(
        !line("note: not translated:").contains("`support-heading`"),
        "{err}"
    );
    assert!(
        line("note: not reviewed yet:").contains("`support-heading`"),
        "{err}"
    );
    // Without --final it builds, marked as a draft.
    let o = leaflet(&project, &["build", "--locale", "jra"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("(DRAFT)"), "{}", stdout(&o));
    // A reviewer may confirm that a message is the same in both languages.
    let o = leaflet(
        &project,
        &[
            "review",
            "--locale",
            "jra",
            "--by",
            "Rơmah Mai",
            "concept-body",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = leaflet(&project, &["build", "--final", "--locale", "jra"]);
    assert!(!stderr(&o).contains("`concept-body`"), "{}", stderr(&o));
}

#[test]
fn an_empty_translation_takes_the_source_text_and_is_not_final() {
    let project = project_copy("cli-empty-value");
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "concept-heading = DEFINITION",
        "concept-heading = { \"\" }",
    );
    let o = leaflet(&project, &["build", "--locale", "en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning[empty-translation]: this translation is empty"),
        "{}",
        stderr(&o)
    );
    let doc = lopdf::Document::load(project.join("output/trifold-a4/en.pdf")).unwrap();
    assert!(extract_text(&doc).concat().contains("KHÁI NIỆM"));
    let o = leaflet(&project, &["build", "--locale", "en", "--final"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("note: not translated: `concept-heading`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn locale_negotiation_finds_vi_for_vi_vn() {
    let project = project_copy("cli-negotiate");
    let out = scratch("cli-negotiate-out");
    let o = leaflet(
        &project,
        &["build", "--locale", "vi-VN", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(pdfs_and_temp_files(&out), vec!["vi.pdf"]);
}

#[test]
fn an_overflowing_translation_fails_with_panel_locale_and_amount_and_leaves_only_its_proof() {
    let project = project_copy("cli-overflow");
    let good = leaflet(&project, &["build", "--screen"]);
    assert!(good.status.success(), "{}", stderr(&good));
    lengthen(&project, "locales/en/leaflet.ftl", "concept-body", 13);
    // A stale PDF from the earlier build must not survive as if it were new.
    let o = leaflet(&project, &["build", "--locale", "en", "--screen"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("note[stale-file]: removed: a leaflet that failed"),
        "{err}"
    );
    assert!(
        err.contains("error[overflow]: panel `flap` overflows by"),
        "{err}"
    );
    assert!(
        err.contains("= in locale `en`, panel `flap` (page `outside`, layout `trifold-a4`)"),
        "{err}"
    );
    // The help names the message that grew, not every message of the panel.
    let help = err
        .lines()
        .find(|l| l.contains("help: shorten first the messages that grew most against `vi`"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(help.contains("`concept-body` ("), "{help}");
    assert!(!help.contains("`concept-heading`"), "{help}");
    // The other locales were not asked for and stay; of en only its proof
    // is left, to show what runs past the panel.
    assert!(err.contains("note[overflow-proof]"), "{err}");
    assert_eq!(
        pdfs_and_temp_files(&project.join("output")),
        vec![
            "bdq.pdf".to_string(),
            screen_name("bdq"),
            screen_name("jra"),
            screen_name("vi"),
            "en.proof.pdf".to_string(),
            "jra.pdf".to_string(),
            "vi.pdf".to_string(),
        ]
    );
}

#[test]
fn a_leaflet_whose_last_file_cannot_be_written_leaves_none_of_its_files() {
    let project = project_copy("cli-partial");
    // The proof file's name is taken by a folder: its rename must fail.
    std::fs::create_dir_all(project.join("output/trifold-a4/vi.proof.pdf")).unwrap();
    let o = leaflet(
        &project,
        &["build", "--locale", "vi", "--screen", "--proof"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("vi.proof.pdf"), "{}", stderr(&o));
    assert!(pdfs_and_temp_files(&project.join("output")).is_empty());
}

#[test]
fn two_layouts_with_one_name_are_refused_and_one_file_named_twice_is_built_once() {
    let project = project_copy("cli-same-name");
    std::fs::create_dir_all(project.join("alt")).unwrap();
    let layout = std::fs::read_to_string(project.join("layouts/trifold-a4.toml")).unwrap();
    std::fs::write(
        project.join("alt/trifold-a4.toml"),
        layout.replace("bleed = 3\n", "bleed = 5\n"),
    )
    .unwrap();
    let build_vi_with = |a: &str, b: &str| {
        let path = |p: &str| project.join(p).to_string_lossy().into_owned();
        let args = [
            "build",
            "--locale",
            "vi",
            "--layout",
            &path(a),
            "--layout",
            &path(b),
        ];
        leaflet(&project, &args)
    };
    let o = build_vi_with("layouts/trifold-a4.toml", "alt/trifold-a4.toml");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("are both named `trifold-a4` and would write the same files"),
        "{err}"
    );
    // The first layout's leaflet is written, whole: its bleed is 3 mm.
    let pdf = project.join("output/trifold-a4/vi.pdf");
    let doc = lopdf::Document::load(&pdf).unwrap();
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_dictionary(page).unwrap();
    let bleed = page.get(b"BleedBox").unwrap().as_array().unwrap();
    let trim = page.get(b"TrimBox").unwrap().as_array().unwrap();
    let x = |o: &lopdf::Object| o.as_float().unwrap();
    assert!((x(&trim[0]) - x(&bleed[0]) - 3.0 * 72.0 / 25.4).abs() < 0.01);

    let twice = build_vi_with(
        "layouts/trifold-a4.toml",
        "layouts/../layouts/trifold-a4.toml",
    );
    assert!(twice.status.success(), "{}", stderr(&twice));
    assert!(
        stdout(&twice).contains("1 built, 0 failed"),
        "{}",
        stdout(&twice)
    );
}

#[test]
fn a_missing_translation_is_untranslated_and_prints_the_source_text() {
    let project = project_copy("cli-missing");
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "slogan = ",
        "slogan-old = ",
    );
    let o = leaflet(&project, &["build", "--locale", "en"]);
    // Not an error: translation platforms leave untranslated messages out.
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(!err.contains("error"), "{err}");
    assert!(
        err.contains("of 65 messages, 64 not reviewed yet, 1 not translated"),
        "{err}"
    );
    let doc = Document::load(project.join("output/trifold-a4/en.pdf")).unwrap();
    let text: String = extract_text(&doc).concat().split_whitespace().collect();
    assert!(text.contains("CHUNGTAYXÂYDỰNG"), "the vi slogan is printed");
}

#[test]
fn a_message_missing_from_the_source_locale_is_an_error() {
    let project = project_copy("cli-missing-vi");
    edit(
        &project,
        "locales/vi/leaflet.ftl",
        "slogan = ",
        "slogan-old = ",
    );
    let o = leaflet(&project, &["build", "--locale", "vi"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("error[unknown-reference]: the layout names `slogan`, which the source text does not define"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_layout_with_a_wrong_type_reports_its_position() {
    let project = project_copy("cli-layout");
    edit(
        &project,
        "layouts/trifold-a4.toml",
        "bleed = 3\n",
        "bleed = [3]\n",
    );
    let o = leaflet(&project, &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let text = std::fs::read_to_string(project.join("layouts/trifold-a4.toml")).unwrap();
    let line = line_starting(&text, "bleed");
    let at = format!("trifold-a4.toml:{line}:9: error[syntax]: a number was expected here");
    assert!(stderr(&o).contains(&at), "expected {at}:\n{}", stderr(&o));
}

#[test]
fn a_binary_or_empty_input_is_an_error_not_a_panic() {
    let project = project_copy("cli-binary");
    std::fs::write(
        project.join("locales/en/leaflet.ftl"),
        [0xff, 0xfe, 0x00, 0x9f, 0x80],
    )
    .unwrap();
    std::fs::write(project.join("layouts/empty.toml"), "").unwrap();
    let o = leaflet(&project, &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("leaflet.ftl:1:1: error[not-utf8]: this is not UTF-8 text (byte 0xFF)"),
        "{err}"
    );
    assert!(
        err.contains("empty.toml:1:1: error[syntax]: `trim` is missing"),
        "{err}"
    );
}

#[test]
fn a_bad_byte_in_the_middle_of_a_file_is_reported_at_its_line_and_column() {
    let project = project_copy("cli-latin1");
    let path = project.join("office.toml");
    let mut bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let line = line_starting(&text, "district");
    // "district = \"Ia Grai\"" with the I in Latin-1 É: one invalid byte.
    let at = text.find("Ia Grai").unwrap();
    bytes[at] = 0xC9;
    std::fs::write(&path, bytes).unwrap();
    let o = leaflet(&project, &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    let expected =
        format!("office.toml:{line}:{col}: error[not-utf8]: this is not UTF-8 text (byte 0xC9)");
    assert!(stderr(&o).contains(&expected), "{expected}\n{}", stderr(&o));
}

#[test]
fn a_byte_order_mark_changes_nothing_and_keeps_a_draft_a_draft() {
    let project = project_copy("cli-bom");
    for file in [
        "locales/en/leaflet.ftl",
        "layouts/trifold-a4.toml",
        "links.toml",
    ] {
        let path = project.join(file);
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(std::fs::read(&path).unwrap());
        std::fs::write(&path, bytes).unwrap();
    }
    let o = leaflet(&project, &["build", "--final", "--locale", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("is not final"), "{}", stderr(&o));
    let o = leaflet(&project, &["build", "--locale", "en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("syntax"), "{}", stderr(&o));
    assert!(stdout(&o).contains("(DRAFT)"), "{}", stdout(&o));
}

#[test]
fn unknown_locale_and_bad_arguments_exit_non_zero() {
    let project = project_copy("cli-xx");
    // An unknown locale is a usage error, with the same code in every command.
    for command in ["build", "check", "preview", "watch"] {
        let o = leaflet(&project, &[command, "--locale", "xx"]);
        assert_eq!(o.status.code(), Some(2), "{command}");
        assert!(
            stderr(&o).contains("error[unknown-locale]: there is no locale `xx`: the project has `vi`, `bdq`, `en`, `jra`"),
            "{command}: {}",
            stderr(&o)
        );
    }
    assert!(!project.join("output").exists(), "nothing was built");
    let o = leaflet(&project, &["build", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
    // A folder that is not a project: said once, plainly, for every command.
    let empty = scratch("cli-not-a-project");
    for command in ["build", "check", "status", "preview"] {
        let o = leaflet(&empty, &[command]);
        assert_eq!(o.status.code(), Some(2), "{command}");
        assert!(
            stderr(&o).contains("is not a leaflet project (it has no locales/ folder)"),
            "{command}: {}",
            stderr(&o)
        );
        assert!(stdout(&o).is_empty(), "{command}: {}", stdout(&o));
    }
}

#[test]
fn jrai_and_bahnar_letters_come_back_exactly_from_the_pdf() {
    // Every line of the letter test file, printed as one paragraph.
    let letters = std::fs::read_to_string(repo().join("tests/data/letters.tsv")).unwrap();
    let samples: Vec<&str> = letters
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split_once('\t').unwrap().1)
        .collect();
    let project = project_copy("cli-letters");
    let text = std::fs::read_to_string(project.join("locales/vi/leaflet.ftl")).unwrap();
    // Spread over four step texts on the inside page, where there is room.
    let targets = [
        "national-step-1 = ",
        "national-step-3 = ",
        "province-step-1 = ",
        "howto-province-step-3 = ",
    ];
    for (target, chunk) in targets
        .iter()
        .zip(samples.chunks(samples.len().div_ceil(targets.len())))
    {
        let line = text.lines().find(|l| l.starts_with(target)).unwrap();
        edit(
            &project,
            "locales/vi/leaflet.ftl",
            line,
            &format!("{target}{}", chunk.join(" ")),
        );
    }
    let o = leaflet(&project, &["build", "--locale", "vi"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = Document::load(project.join("output/trifold-a4/vi.pdf")).unwrap();
    let extracted: String = extract_text(&doc)
        .concat()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for sample in samples {
        let want: String = sample.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(extracted.contains(&want), "not extracted exactly: {sample}");
    }
}

#[test]
fn an_image_block_prints_a_logo_in_greys_where_the_layout_puts_it() {
    let project = project_copy("cli-image");
    // 400 x 200 px (339 ppi at 30 mm): left half black, right half transparent.
    let mut png_bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png_bytes, 400, 200);
        encoder.set_color(png::ColorType::Rgba);
        let mut writer = encoder.write_header().unwrap();
        let pixels: Vec<u8> = (0..200 * 400)
            .flat_map(|i| {
                if i % 400 < 200 {
                    [0, 0, 0, 255]
                } else {
                    [255, 0, 0, 0]
                }
            })
            .collect();
        writer.write_image_data(&pixels).unwrap();
    }
    std::fs::write(project.join("layouts/logo.png"), png_bytes).unwrap();
    add_logo_block(&project);
    let o = leaflet(&project, &["build", "--locale", "vi"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(project.join("output/trifold-a4/vi.pdf")).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    let images: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image".as_slice())
        })
        .collect();
    assert_eq!(images.len(), 1);
    assert_eq!(
        images[0]
            .dict
            .get(b"ColorSpace")
            .unwrap()
            .as_name()
            .unwrap(),
        b"DeviceGray"
    );
    // Flap safe area starts 6 mm in; a 30 mm logo is centred in its 85 mm
    // column: x 33.5–63.5 mm, y 6–21 mm from the trim corner (+10 mm marks margin).
    let scale = 2.0;
    let (w, _h, grey) = render_grey(&bytes, 0, scale);
    let px = |x_mm: f32, y_mm: f32| {
        let k = 72.0 / 25.4 * scale;
        grey[((y_mm + 10.0) * k) as usize * w + ((x_mm + 10.0) * k) as usize]
    };
    assert!(px(41.0, 13.5) < 60, "black half: {}", px(41.0, 13.5));
    assert!(
        px(56.0, 13.5) > 200,
        "transparent half prints white: {}",
        px(56.0, 13.5)
    );
    assert!(
        px(30.0, 13.5) > 200,
        "nothing left of the logo: {}",
        px(30.0, 13.5)
    );
}

#[test]
fn an_unreadable_image_is_reported_at_its_layout_position() {
    let project = project_copy("cli-bad-image");
    std::fs::write(project.join("layouts/logo.png"), b"not a png").unwrap();
    add_logo_block(&project);
    let o = leaflet(&project, &["build", "--locale", "vi"]);
    assert_eq!(o.status.code(), Some(1));
    let text = std::fs::read_to_string(project.join("layouts/trifold-a4.toml")).unwrap();
    let line = text.lines().position(|l| l.contains("logo.png")).unwrap() + 1;
    assert!(
        stderr(&o).contains(&format!("trifold-a4.toml:{line}:")),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("not a readable PNG"), "{}", stderr(&o));
}

/// Puts a 30 mm `layouts/logo.png` image block at the top of the flap.
fn add_logo_block(project: &std::path::Path) {
    edit(
        project,
        "layouts/trifold-a4.toml",
        "  { type = \"heading\", text = \"concept-heading\"",
        "  { type = \"image\", path = \"logo.png\", width = 30 },\n  { type = \"heading\", text = \"concept-heading\"",
    );
}

#[test]
fn a_message_defined_twice_is_reported_at_its_second_definition() {
    let project = project_copy("cli-duplicate");
    let path = project.join("locales/en/leaflet.ftl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let first = line_starting(&text, "concept-heading =");
    text.push_str("\nconcept-heading = AGAIN\n");
    std::fs::write(&path, &text).unwrap();
    let second = line_starting(&text, "concept-heading = AGAIN");
    let o = leaflet(&project, &["build", "--locale", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let expected = format!(
        "leaflet.ftl:{second}:1: error[duplicate-message]: this message is defined a second time (first at {}:{first}:1)",
        path.display()
    );
    assert!(stderr(&o).contains(&expected), "{expected}\n{}", stderr(&o));
}

#[test]
fn a_translation_without_a_variable_or_attribute_of_the_source_takes_the_source_text() {
    let project = project_copy("cli-incomplete");
    // A translator dropped `{ $district }` and a bold lead-in.
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "available in { $district } {",
        "available in {",
    );
    edit(
        &project,
        "locales/en/leaflet.ftl",
        "    .title = Partial service:\n",
        "",
    );
    let o = leaflet(&project, &["build", "--locale", "en"]);
    // Errors (the leaflet is built, printing the source's text for them).
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error[missing-variable]: the translation leaves out `$district`, which the `vi` text uses"),
        "{err}"
    );
    assert!(
        err.contains("in locale `en`, message `websites-intro`"),
        "{err}"
    );
    assert!(
        err.contains(
            "error[missing-attribute]: the translation lacks `.title`, which the `vi` message has"
        ),
        "{err}"
    );
    // The leaflet still names the district, and the lead-in is the
    // source's, together with the source's text (never half and half).
    let doc = lopdf::Document::load(project.join("output/trifold-a4/en.pdf")).unwrap();
    let text = extract_text(&doc).concat();
    assert!(text.contains("huyện Ia Grai"), "{text}");
    assert!(text.contains("DVCTT một phần:"), "{text}");
    let o = leaflet(&project, &["build", "--locale", "en", "--final"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("note: printed from the source: `level-partial`, `websites-intro`"),
        "{}",
        stderr(&o)
    );
}

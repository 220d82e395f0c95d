//! `leaflet studio` at the HTTP level: the binary started with `--no-open
//! --port 0` on a project copy, spoken to over raw TCP. The safety rules
//! (token, Host, Origin, paths, sizes, bad requests) and the saves (one
//! message only; a file changed meanwhile) are checked here.

mod common;
mod studio_support;

use serde_json::json;
use studio_support::Studio;

fn studio() -> (common::Scratch, Studio) {
    let project = common::project_copy("studio");
    let s = Studio::start(&project);
    (project, s)
}

#[test]
fn the_first_line_is_the_address_with_a_token_on_127_0_0_1() {
    let (_p, s) = studio();
    assert!(s.address.starts_with("http://127.0.0.1:"), "{}", s.address);
    assert_eq!(s.token.len(), 64);
    assert!(s.token.chars().all(|c| c.is_ascii_hexdigit()));
    // A second run has another token.
    let (_q, t) = studio();
    assert_ne!(s.token, t.token);
    let r = s.get("/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("/assets/studio.js"));
    assert!(r.head.contains("Set-Cookie: leaflet-studio="), "{}", r.head);
}

#[test]
fn requests_without_the_token_are_refused() {
    let (_p, s) = studio();
    for path in [
        "/",
        "/api/locale?locale=jra",
        "/assets/studio.js",
        "/api/page?locale=jra&n=1",
    ] {
        let raw = format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", s.host);
        assert_eq!(s.raw(raw.as_bytes()).status, 403, "{path}");
    }
    let wrong = format!(
        "GET /?token={} HTTP/1.1\r\nHost: {}\r\n\r\n",
        "0".repeat(64),
        s.host
    );
    assert_eq!(s.raw(wrong.as_bytes()).status, 403);
    // The cookie the page set is accepted in place of the query.
    let cookie = format!(
        "GET /api/locale?locale=jra HTTP/1.1\r\nHost: {}\r\nCookie: a=b; leaflet-studio={}\r\n\r\n",
        s.host, s.token
    );
    assert_eq!(s.raw(cookie.as_bytes()).status, 200);
    // A POST needs the token in its header; the cookie is not enough.
    let body = json!({"locale": "jra", "id": "cover-title", "fields": []}).to_string();
    let post = format!(
        "POST /api/save HTTP/1.1\r\nHost: {h}\r\nOrigin: http://{h}\r\nCookie: leaflet-studio={}\r\nContent-Length: {}\r\n\r\n{body}",
        s.token,
        body.len(),
        h = s.host
    );
    assert_eq!(s.raw(post.as_bytes()).status, 403);
}

#[test]
fn a_foreign_host_is_refused() {
    let (_p, s) = studio();
    let port = s.host.rsplit(':').next().unwrap();
    for host in [
        format!("evil.example:{port}"),
        "127.0.0.1".to_string(),
        format!("127.0.0.1.evil.example:{port}"),
    ] {
        let raw = format!("GET /?token={} HTTP/1.1\r\nHost: {host}\r\n\r\n", s.token);
        assert_eq!(s.raw(raw.as_bytes()).status, 421, "{host}");
    }
    let none = format!("GET /?token={} HTTP/1.1\r\n\r\n", s.token);
    assert_eq!(s.raw(none.as_bytes()).status, 421);
    let localhost = format!(
        "GET /?token={} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n",
        s.token
    );
    assert_eq!(s.raw(localhost.as_bytes()).status, 200);
}

#[test]
fn a_state_changing_request_from_a_foreign_origin_is_refused() {
    let (project, s) = studio();
    let path = project.join("locales/jra/leaflet.ftl");
    let before = std::fs::read(&path).unwrap();
    let m = s.message("jra", "cover-title");
    let body = json!({
        "locale": "jra", "id": "cover-title", "version": m["version"], "base_entry": m["base_entry"],
        "fields": [{"attr": null, "segments": [{"t": "text", "v": "HACKED"}]}]
    })
    .to_string();
    for origin in ["http://evil.example", "null", "http://localhost:1"] {
        let raw = format!(
            "POST /api/save HTTP/1.1\r\nHost: {h}\r\nOrigin: {origin}\r\nX-Leaflet-Token: {}\r\nContent-Length: {}\r\n\r\n{body}",
            s.token,
            body.len(),
            h = s.host
        );
        assert_eq!(s.raw(raw.as_bytes()).status, 403, "{origin}");
    }
    let cross = format!(
        "POST /api/save HTTP/1.1\r\nHost: {h}\r\nSec-Fetch-Site: cross-site\r\nX-Leaflet-Token: {}\r\nContent-Length: {}\r\n\r\n{body}",
        s.token,
        body.len(),
        h = s.host
    );
    assert_eq!(s.raw(cross.as_bytes()).status, 403);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing was written");
}

#[test]
fn paths_cannot_climb_out_of_the_routes() {
    let (_p, s) = studio();
    for path in [
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/assets/%2E%2E%2Fsecret",
        "/assets/..%5c..%5cwin.ini",
        "//etc/passwd",
        "/assets/studio.js%00.png",
        "/../../etc/passwd",
    ] {
        let r = s.get(path);
        assert!(matches!(r.status, 400 | 404), "{path}: {}", r.status);
        assert!(!r.text().contains("[package]"), "{path}");
    }
    assert_eq!(s.get("/assets/nothing.js").status, 404);
    assert_eq!(s.get("/assets/studio.css").status, 200);
    // Locales and layouts are names the workspace knows, not paths.
    assert_eq!(s.get("/api/locale?locale=../../etc").status, 404);
    assert_eq!(s.get("/api/locale?locale=jra&layout=../x").status, 404);
}

#[test]
fn sizes_are_limited_and_bad_requests_do_not_stop_the_server() {
    let (_p, s) = studio();
    let big = format!(
        "POST /api/save HTTP/1.1\r\nHost: {}\r\nX-Leaflet-Token: {}\r\nContent-Length: 100000000\r\n\r\n",
        s.host, s.token
    );
    assert_eq!(s.raw(big.as_bytes()).status, 413);
    let long = format!(
        "GET / HTTP/1.1\r\nHost: {}\r\nX-Long: {}\r\n\r\n",
        s.host,
        "a".repeat(40_000)
    );
    assert_eq!(s.raw(long.as_bytes()).status, 431);
    let many: String = (0..200).map(|i| format!("X-{i}: v\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\nHost: {}\r\n{many}\r\n", s.host);
    assert_eq!(s.raw(many.as_bytes()).status, 431);
    for garbage in [
        &b"\x00\xff\xfe garbage\r\n\r\n"[..],
        b"GET\r\n\r\n",
        b"HELLO / HTTP/1.1\r\nHost: x\r\n\r\n",
        b"",
        b"GET / HTTP/1.1\r\nHost",
    ] {
        let r = s.raw(garbage);
        assert!(r.status == 0 || r.status >= 400, "{:?}", r.head);
    }
    let bad_json = format!(
        "POST /api/save HTTP/1.1\r\nHost: {h}\r\nOrigin: http://{h}\r\nX-Leaflet-Token: {}\r\nContent-Length: 5\r\n\r\n{{{{{{{{{{",
        s.token,
        h = s.host
    );
    assert_eq!(s.raw(bad_json.as_bytes()).status, 400);
    // Still serving.
    assert_eq!(s.get("/api/locale?locale=jra").status, 200);
}

/// The fields of a one-line message whose text is `text`.
fn text_fields(text: &str) -> serde_json::Value {
    json!([{"attr": null, "segments": [{"t": "text", "v": text}]}])
}

#[test]
fn a_save_changes_exactly_one_message() {
    let (project, s) = studio();
    let path = project.join("locales/jra/leaflet.ftl");
    let before = std::fs::read_to_string(&path).unwrap();
    let m = s.message("jra", "cover-title");
    assert_eq!(m["state"], "untranslated");
    let r = s.post(
        "/api/save",
        &json!({"locale": "jra", "id": "cover-title", "version": m["version"],
                "base_entry": m["base_entry"], "fields": text_fields("HRĂ PHUN {AN}")}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["status"], "written");
    let after = std::fs::read_to_string(&path).unwrap();
    let expected = before.replace(
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN\n",
        "cover-title = HRĂ PHUN { \"{\" }AN{ \"}\" }\n",
    );
    assert_eq!(after, expected, "only that message's line changed");
    // The studio reads its own save back: the text and a new state.
    let m = s.message("jra", "cover-title");
    assert_eq!(
        m["fields"][0]["segments"],
        json!([{"t": "text", "v": "HRĂ PHUN {AN}"}])
    );
    assert_eq!(m["state"], "draft");
}

#[test]
fn a_select_and_its_chips_survive_a_save() {
    let (project, s) = studio();
    let path = project.join("locales/jra/leaflet.ftl");
    let before = std::fs::read_to_string(&path).unwrap();
    let m = s.message("jra", "cover-kicker");
    let r = s.post(
        "/api/save",
        &json!({"locale": "jra", "id": "cover-kicker", "version": m["version"],
                "base_entry": m["base_entry"], "fields": m["fields"]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn a_file_changed_meanwhile_is_merged_or_the_save_refused() {
    let (project, s) = studio();
    let path = project.join("locales/jra/leaflet.ftl");
    let title = s.message("jra", "cover-title");
    let tagline = s.message("jra", "cover-tagline");
    // Another editor changes another message: the save merges.
    common::edit(
        &project,
        "locales/jra/leaflet.ftl",
        "cover-subtitle = Đăng ký",
        "cover-subtitle = EDITED Đăng ký",
    );
    let r = s.post(
        "/api/save",
        &json!({"locale": "jra", "id": "cover-title", "version": title["version"],
                "base_entry": title["base_entry"], "fields": text_fields("MINE")}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["status"], "merged");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("cover-subtitle = EDITED Đăng ký"),
        "theirs kept"
    );
    assert!(text.contains("cover-title = MINE\n"), "mine written");
    // Another editor changes the same message: refused, both kept.
    common::edit(
        &project,
        "locales/jra/leaflet.ftl",
        "cover-tagline = Mọi lúc",
        "cover-tagline = THEIRS Mọi lúc",
    );
    let before = std::fs::read(&path).unwrap();
    let r = s.post(
        "/api/save",
        &json!({"locale": "jra", "id": "cover-tagline", "version": tagline["version"],
                "base_entry": tagline["base_entry"], "fields": text_fields("MY TAGLINE")}),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    let answer = r.json();
    assert_eq!(answer["status"], "conflict");
    assert!(answer["theirs"].as_str().unwrap().contains("THEIRS"));
    assert!(answer["notice"].as_str().unwrap().contains("cover-tagline"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
}

#[test]
fn a_broken_edit_is_reported_and_not_saved() {
    let (project, s) = studio();
    let path = project.join("locales/jra/leaflet.ftl");
    let before = std::fs::read(&path).unwrap();
    let m = s.message("jra", "cover-title");
    let edit = json!({"locale": "jra", "id": "cover-title", "version": m["version"],
                      "base_entry": m["base_entry"], "fields": text_fields("   ")});
    let preview = s.post("/api/preview", &edit).json();
    assert_eq!(preview["ok"], false);
    assert_eq!(preview["findings"][0]["code"], "syntax", "{preview}");
    let r = s.post("/api/save", &edit);
    assert_eq!(r.status, 422);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_preview_lays_out_the_edit_and_changes_the_page() {
    let (_p, s) = studio();
    let view = s.json("/api/locale?locale=jra");
    let pages = &view["pages"]["pages"];
    assert_eq!(pages.as_array().unwrap().len(), 2);
    let hash = |v: &serde_json::Value| {
        v["pages"]["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["hash"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let blocks: Vec<&str> = pages
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["blocks"].as_array().unwrap())
        .map(|b| b["message"].as_str().unwrap())
        .collect();
    assert!(blocks.contains(&"cover-title"));
    let png = s.get("/api/page?locale=jra&n=1");
    assert_eq!(png.status, 200);
    assert!(png.body.starts_with(b"\x89PNG"));
    let m = s.message("jra", "cover-title");
    let preview = s
        .post(
            "/api/preview",
            &json!({"locale": "jra", "id": "cover-title", "fields": text_fields("HRĂ")}),
        )
        .json();
    assert_eq!(preview["ok"], true, "{preview}");
    assert_ne!(hash(&preview), hash(&view), "a page changed");
    assert_eq!(preview["pages"]["draft"], true);
    let _ = m;
}

#[test]
fn a_reviewer_approves_a_message_by_name() {
    let (project, s) = studio();
    let m = s.message("jra", "cover-title");
    s.post(
        "/api/save",
        &json!({"locale": "jra", "id": "cover-title", "version": m["version"],
                "base_entry": m["base_entry"], "fields": text_fields("HRĂ")}),
    );
    let none = s.post(
        "/api/review",
        &json!({"locale": "jra", "id": "cover-title", "by": " "}),
    );
    assert_eq!(none.status, 422);
    let r = s.post(
        "/api/review",
        &json!({"locale": "jra", "id": "cover-title", "by": "Siu H'Mai"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["status"], "reviewed");
    let review = std::fs::read_to_string(project.join("locales/jra/review.toml")).unwrap();
    assert!(review.contains("Siu H'Mai"), "{review}");
    let m = s.message("jra", "cover-title");
    assert_eq!(m["state"], "reviewed");
    assert_eq!(m["reviewed_by"], "Siu H'Mai");
}

#[test]
fn the_interface_language_follows_the_request() {
    let (_p, s) = studio();
    assert!(s.get("/?lang=vi").text().contains("Xưởng dịch tờ rơi"));
    assert!(s.get("/?lang=en").text().contains("Leaflet studio"));
    let raw = format!(
        "GET /?token={} HTTP/1.1\r\nHost: {}\r\nAccept-Language: vi-VN,vi;q=0.9,en;q=0.5\r\n\r\n",
        s.token, s.host
    );
    assert!(s.raw(raw.as_bytes()).text().contains("lang=\"vi\""));
}

#[test]
fn text_typed_with_a_legacy_font_is_offered_for_repair() {
    let (_p, s) = studio();
    let preview = s
        .post(
            "/api/preview",
            &json!({"locale": "jra", "id": "cover-title", "fields": text_fields("DÞch vô c«ng")}),
        )
        .json();
    let offers = preview["legacy"].as_array().unwrap();
    assert!(
        offers.iter().any(|o| o["suggestion"] == "Dịch vụ công"),
        "{preview}"
    );
}

#[test]
fn a_message_whose_source_changed_shows_the_old_and_the_new_vietnamese() {
    let (project, s) = studio();
    let m = s.message("jra", "cover-title");
    s.post(
        "/api/save",
        &json!({"locale": "jra", "id": "cover-title", "version": m["version"],
                "base_entry": m["base_entry"], "fields": text_fields("HRĂ")}),
    );
    let r = s.post(
        "/api/review",
        &json!({"locale": "jra", "id": "cover-title", "by": "Siu H'Mai"}),
    );
    assert_eq!(r.json()["status"], "reviewed");
    // The Vietnamese changes after the review (in a text editor).
    common::edit(
        &project,
        "locales/vi/leaflet.ftl",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN",
        "cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN MỚI",
    );
    let m = s.message("jra", "cover-title");
    assert_eq!(m["state"], "source-changed");
    assert_eq!(m["previous"], "DỊCH VỤ CÔNG TRỰC TUYẾN");
    assert_eq!(m["current_vi"], "DỊCH VỤ CÔNG TRỰC TUYẾN MỚI");
}

/// The files a print answer offers: (download id, file name).
fn offered(answer: &serde_json::Value) -> Vec<(u64, String)> {
    answer["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_u64().unwrap(),
                f["name"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn printing_for_the_default_office_builds_and_offers_the_pdfs() {
    let (p, s) = studio();
    let view = s.json("/api/print");
    assert_eq!(view["default"], true);
    assert_eq!(view["files"][0]["file"], "layouts/variants.example.csv");
    assert_eq!(view["files"][0]["rows"][1]["id"], "test-commune-a");
    let names: Vec<&str> = view["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "level",
            "district",
            "province",
            "phone",
            "phone_tel",
            "portal",
            "zalo"
        ]
    );
    let r = s.post(
        "/api/print",
        &json!({"office": {"kind": "default"}, "targets": ["print", "screen", "office"], "locales": ["en"]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let answer = r.json();
    let files = offered(&answer);
    let mut names: Vec<&str> = files.iter().map(|(_, n)| n.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Ia-Grai-en-office.pdf",
            "Ia-Grai-en-screen.pdf",
            "Ia-Grai-en.pdf",
            "huong-dan-in.pdf"
        ],
        "{answer}"
    );
    // Written inside the project's output folder, in a folder of its own.
    let studio_out = p.join("output").join("studio");
    let built: Vec<_> = std::fs::read_dir(&studio_out).unwrap().collect();
    assert_eq!(built.len(), 1);
    let d = s.get(&format!("/api/download?id={}", files[0].0));
    assert_eq!(d.status, 200);
    assert!(d.body.starts_with(b"%PDF-"), "not a PDF");
    assert!(
        d.head.contains("Content-Type: application/pdf"),
        "{}",
        d.head
    );
    assert!(
        d.head
            .contains("Content-Disposition: attachment; filename=\"Ia-Grai-en.pdf\""),
        "{}",
        d.head
    );
    // The same bytes as the file written.
    let dir = built[0].as_ref().unwrap().path();
    let on_disk = std::fs::read(dir.join("trifold-a4").join("en.pdf")).unwrap();
    assert_eq!(d.body, on_disk);
    // Without the token, no download.
    let raw = format!(
        "GET /api/download?id={} HTTP/1.1\r\nHost: {}\r\n\r\n",
        files[0].0, s.host
    );
    assert_eq!(s.raw(raw.as_bytes()).status, 403);
}

#[test]
fn a_row_of_a_variants_file_is_built_under_its_id() {
    let (_p, s) = studio();
    let r = s.post(
        "/api/print",
        &json!({"office": {"kind": "row", "file": "layouts/variants.example.csv", "id": "test-commune-b"},
                "targets": ["screen"], "locales": ["vi"]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let names: Vec<String> = offered(&r.json()).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["test-commune-b-vi-screen.pdf"]);
    // A file the server did not list is not read.
    let r = s.post(
        "/api/print",
        &json!({"office": {"kind": "row", "file": "../../etc/passwd", "id": "x"},
                "targets": ["print"], "locales": ["vi"]}),
    );
    assert_eq!(r.status, 404);
}

#[test]
fn a_form_with_a_bad_phone_gives_a_field_error_and_builds_nothing() {
    let (p, s) = studio();
    let values = json!({"level": "commune", "district": "Ia Dêr", "province": "Gia Lai",
        "phone": "(0269) 1", "phone_tel": "+84 269 1", "portal": "https://example.com", "zalo": ""});
    let r = s.post(
        "/api/print",
        &json!({"office": {"kind": "form", "values": values}, "targets": ["print"], "locales": ["vi"]}),
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let answer = r.json();
    assert_eq!(answer["status"], "invalid");
    let errors = answer["fields"]["phone_tel"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{answer}");
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .contains("tel:+84 269 1"),
        "{answer}"
    );
    assert_eq!(answer["fields"].as_object().unwrap().len(), 1, "{answer}");
    assert!(!p.join("output").exists(), "nothing is built");
    // A level the messages do not know is the level's error.
    let mut bad_level = values.clone();
    bad_level["level"] = json!("hamlet");
    bad_level["phone_tel"] = json!("+842691");
    let r = s.post(
        "/api/print",
        &json!({"office": {"kind": "form", "values": bad_level}, "targets": ["print"], "locales": ["vi"]}),
    );
    assert_eq!(r.status, 422);
    assert!(r.json()["fields"]["level"].is_array(), "{}", r.text());
    // Fixed, it builds, and the file is named after the office.
    let mut good = values;
    good["phone_tel"] = json!("+842691");
    let r = s.post(
        "/api/print",
        &json!({"office": {"kind": "form", "values": good}, "targets": ["print"], "locales": ["vi"]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let files = offered(&r.json());
    assert_eq!(files[0].1, "Ia-Dêr-vi.pdf");
    let d = s.get(&format!("/api/download?id={}", files[0].0));
    assert!(d.body.starts_with(b"%PDF-"));
    assert!(
        d.head.contains("filename*=UTF-8''Ia-D%C3%AAr-vi.pdf"),
        "{}",
        d.head
    );
    // Unknown fields, targets and locales are refused.
    for body in [
        json!({"office": {"kind": "form", "values": {"../x": "1"}}, "targets": ["print"], "locales": ["vi"]}),
        json!({"office": {"kind": "default"}, "targets": ["fax"], "locales": ["vi"]}),
        json!({"office": {"kind": "default"}, "targets": ["print"], "locales": ["../vi"]}),
    ] {
        assert_eq!(s.post("/api/print", &body).status, 400, "{body}");
    }
    let none = s.post(
        "/api/print",
        &json!({"office": {"kind": "default"}, "targets": [], "locales": ["vi"]}),
    );
    assert_eq!(none.status, 422);
}

#[test]
fn only_files_a_build_wrote_are_downloaded() {
    let (_p, s) = studio();
    for path in [
        "/api/download?id=1",
        "/api/download?id=0",
        "/api/download?id=-1",
        "/api/download?id=../../Cargo.toml",
        "/api/download?id=%2e%2e%2foffice.toml",
        "/api/download?path=office.toml",
        "/api/download",
    ] {
        let r = s.get(path);
        assert!(matches!(r.status, 400 | 404), "{path}: {}", r.status);
        assert!(!r.text().contains("district"), "{path}");
    }
    assert_eq!(s.get("/api/download/../../office.toml").status, 400);
}

#[test]
fn only_the_newest_studio_builds_are_kept_with_their_downloads() {
    let (p, s) = studio();
    // A folder the studio did not make is never touched.
    let studio_out = p.join("output").join("studio");
    std::fs::create_dir_all(studio_out.join("kept by hand")).unwrap();
    let build = || {
        let r = s.post(
            "/api/print",
            &json!({"office": {"kind": "default"}, "targets": ["print"], "locales": ["vi"]}),
        );
        assert_eq!(r.status, 200, "{}", r.text());
        offered(&r.json())[0].0
    };
    let first = build();
    assert_eq!(s.get(&format!("/api/download?id={first}")).status, 200);
    let mut last = first;
    for _ in 0..8 {
        last = build();
    }
    let folders = std::fs::read_dir(&studio_out).unwrap().count();
    assert_eq!(folders, 8 + 1, "eight builds and the folder kept by hand");
    assert!(studio_out.join("kept by hand").is_dir());
    // The oldest build went, with its download; the newest stays.
    assert_eq!(s.get(&format!("/api/download?id={first}")).status, 404);
    assert_eq!(s.get(&format!("/api/download?id={last}")).status, 200);
}

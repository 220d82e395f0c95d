//! The studio end to end, in a real browser: Debian's `chromium`, driven
//! headless by `chromedriver` over the W3C WebDriver protocol (plain HTTP
//! and JSON, spoken here over `TcpStream`: no WebDriver crate needed).
//!
//! Skips with a notice when chromium or chromedriver is missing, unless
//! `LEAFLET_REQUIRE_BROWSER=1` (CI sets it after installing both).
//! `LEAFLET_STUDIO_SCREENSHOT=path.png` also saves a 1366×768 screenshot;
//! `LEAFLET_STUDIO_PRINT_SCREENSHOT=path.png` one of the print view.

mod common;
mod studio_support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use studio_support::Studio;

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// A chromedriver process and one browser session.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: common::Scratch,
}

impl Browser {
    fn start(chromium: &Path, chromedriver: &Path) -> Browser {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = common::scratch("studio-browser-profile");
        let mut b = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",
            "--window-size=1366,768",
            "--lang=vi",
            &format!("--user-data-dir={}", b._profile.display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": args}
        }}});
        let answer = b.call("POST", "/session", Some(caps));
        b.session = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_string();
        b
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(90))).unwrap();
        let raw = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        s.write_all(raw.as_bytes()).unwrap();
        // chromedriver may keep the connection open: read what
        // Content-Length says (or to the end, when chunked or not given).
        let mut out = Vec::new();
        let mut chunk = [0u8; 8192];
        loop {
            let n = s.read(&mut chunk).unwrap_or(0);
            if n == 0 {
                break;
            }
            out.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&out);
            if let Some((head, rest)) = text.split_once("\r\n\r\n") {
                let length = head.lines().find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                });
                if length.is_some_and(|n| rest.len() >= n) {
                    break;
                }
            }
        }
        let text = String::from_utf8_lossy(&out);
        let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let rest = if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            dechunk(rest)
        } else {
            rest.to_string()
        };
        serde_json::from_str(&rest).unwrap_or(Value::Null)
    }

    fn session(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn go(&self, url: &str) {
        self.session("POST", "/url", Some(json!({ "url": url })));
    }

    fn script(&self, script: &str, args: Value) -> Value {
        self.session(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )["value"]
            .clone()
    }

    /// The element for `css`, waiting for it up to `secs`.
    fn element(&self, css: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let v = self.session(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            );
            if let Some(obj) = v["value"].as_object() {
                if let Some(id) = obj
                    .iter()
                    .find(|(k, _)| k.starts_with("element-"))
                    .and_then(|(_, v)| v.as_str())
                {
                    return id.to_string();
                }
            }
            assert!(Instant::now() < deadline, "no element {css}: {v}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn click(&self, element: &str) {
        self.session(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    fn keys(&self, element: &str, text: &str) {
        self.session(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    fn screenshot(&self) -> Vec<u8> {
        let v = self.session("GET", "/screenshot", None);
        base64_decode(v["value"].as_str().expect("a screenshot"))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Waits until `check` holds, up to `secs`.
fn until(secs: u64, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_translator_edits_sees_the_page_change_and_a_broken_edit_s_finding() {
    let required = std::env::var("LEAFLET_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    let chromium = find(&["chromium", "chromium-browser"]);
    let driver = find(&["chromedriver"]);
    let (Some(chromium), Some(driver)) = (chromium, driver) else {
        assert!(
            !required,
            "LEAFLET_REQUIRE_BROWSER=1 but chromium or chromedriver is missing"
        );
        eprintln!("skipped: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        return;
    };
    let project = common::project_copy("studio-browser");
    let studio = Studio::start(&project);
    let browser = Browser::start(&chromium, &driver);
    browser.go(&format!("{}&locale=jra&lang=vi", studio.address));
    let editor = browser.element(r#"[data-message-id="cover-title"] .editable"#, 30);
    browser.element(r#"[data-page="1"] img"#, 30);
    let hash = || {
        browser
            .script(
                "return document.querySelector('[data-page=\"1\"]').dataset.hash",
                json!([]),
            )
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let first = hash();
    assert!(!first.is_empty());
    if let Ok(path) = std::env::var("LEAFLET_STUDIO_SCREENSHOT") {
        browser.click(editor.as_str());
        // The group's heading at the top, the selected message below it.
        browser.script(
            "document.querySelectorAll('#messages .group h2')[1].scrollIntoView()",
            json!([]),
        );
        std::thread::sleep(Duration::from_millis(800));
        std::fs::write(path, browser.screenshot()).unwrap();
    }

    // Clicking a block on the page selects its message.
    let block = browser.element(
        r#"[data-page="1"] .block[data-message="cover-subtitle"]"#,
        5,
    );
    browser.click(&block);
    let selected = browser.script(
        "return document.querySelector('#messages .msg.selected').dataset.messageId",
        json!([]),
    );
    assert_eq!(selected, "cover-subtitle");

    // Typing lays the leaflet out again: page 1 changes.
    browser.click(&editor);
    browser.keys(&editor, " PHUN");
    until(20, "page 1 re-rendered", || hash() != first);
    let edited = hash();

    // Saving writes the message into the file.
    let save = browser.element(r#"[data-message-id="cover-title"] [data-action="save"]"#, 5);
    browser.click(&save);
    let file = project.join("locales/jra/leaflet.ftl");
    until(20, "the file saved", || {
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN PHUN\n")
    });

    // A broken edit (the text removed) shows its finding; the page keeps
    // its last good state. (The saved message is shown again as a draft.)
    let editor = browser.element(
        r#"[data-message-id="cover-title"][data-state="draft"] .editable"#,
        20,
    );
    browser.click(&editor);
    browser.keys(&editor, "\u{E009}a\u{E000}\u{E003}");
    browser.element(r#"[data-message-id="cover-title"] [data-finding]"#, 20);
    let code = browser.script(
        "return document.querySelector('[data-message-id=\"cover-title\"] [data-finding]').dataset.finding",
        json!([]),
    );
    assert_eq!(code, "syntax");
    assert_eq!(hash(), edited, "the page keeps its last good state");
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN PHUN\n"));

    // Print: the default office, every language, print and screen files;
    // the build offers its PDFs for download.
    let tab = browser.element(r#"#tabs a[data-view="print"]"#, 5);
    browser.click(&tab);
    browser.element(r#"#print-locales input[value="bdq"]"#, 20);
    let build = browser.element("#print-build", 5);
    browser.click(&build);
    browser.element("#print-result [data-download]", 120);
    let names = browser.script(
        "return [...document.querySelectorAll('#print-result [data-download]')].map(a => a.download)",
        json!([]),
    );
    let names: Vec<&str> = names
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(names.contains(&"Ia-Grai-jra.pdf"), "{names:?}");
    assert!(names.contains(&"Ia-Grai-vi-screen.pdf"), "{names:?}");
    if let Ok(path) = std::env::var("LEAFLET_STUDIO_PRINT_SCREENSHOT") {
        std::thread::sleep(Duration::from_millis(500));
        std::fs::write(path, browser.screenshot()).unwrap();
    }
    // A typed office with a phone that cannot be dialled: the field says so.
    let form = browser.element(r#"#print-office input[value="form"]"#, 5);
    browser.click(&form);
    let phone = browser.element("#print-field-phone_tel", 5);
    browser.click(&phone);
    browser.keys(&phone, " 1");
    browser.click(&build);
    browser.element(
        r#"#print-fields .form-field[data-field="phone_tel"] [data-finding]"#,
        20,
    );
    if let Ok(path) = std::env::var("LEAFLET_STUDIO_PRINT_SCREENSHOT") {
        let path = path.replace(".png", "-form.png");
        std::fs::write(path, browser.screenshot()).unwrap();
    }
}

//! Property tests for loading untrusted input: random bytes, random edits
//! of the shipped files, and hostile shapes (huge files, deep nesting,
//! reference cycles). Every input must give a result or an error — never a
//! panic, a stack overflow or a hang.
//!
//! `LEAFLET_FUZZ_ITERS` raises the number of random cases (default 150) for
//! long runs: `LEAFLET_FUZZ_ITERS=200000 cargo test --release --test robustness`.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::*;
use leaflet::checks;
use leaflet::load::ftl::FtlFile;
use leaflet::load::layouts::{Layout, TextRef};
use leaflet::load::links::Links;
use leaflet::load::locale::Catalog;
use leaflet::resolve::{LocaleStates, Resolver};
use leaflet::workspace::Workspace;

/// xorshift64*: small, seedable, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn iterations() -> usize {
    std::env::var("LEAFLET_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

/// Characters that matter to the Fluent and TOML parsers, and some text.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "=",
    "*",
    ".",
    "-",
    "$",
    "\"",
    "\n",
    " ",
    "    ",
    "#",
    "##",
    "###",
    "->",
    "\\",
    "\\u",
    "ơ̆",
    "\u{2068}",
    "\u{0}",
    "\u{FEFF}",
    "x",
    "1e9",
    "nan",
    "inf",
    "-1",
    "[[pages]]",
    "type = \"qr\"",
    "{ $number }",
    "{ -term }",
    "{ msg.attr }",
    "[other]",
    "*[other]",
    "\r\n",
];

/// A random edit: delete, duplicate, or insert syntax pieces.
fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(4) {
            0 if !bytes.is_empty() => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            1 if !bytes.is_empty() => {
                let end = (at + rng.below(200)).min(bytes.len());
                let chunk = bytes[at.min(end)..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, chunk);
            }
            2 => {
                let byte = rng.next() as u8;
                bytes.insert(at, byte);
            }
            _ => {
                let piece = PIECES[rng.below(PIECES.len())];
                bytes.splice(at..at, piece.bytes());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Everything we do with an `.ftl` text: parse it, run the translation
/// checks on it as a source and as a translation of the test project's
/// source, and format every message.
fn exercise_ftl(dir: &Path, text: &str, source: &Catalog) {
    let file = FtlFile::parse(&dir.join("leaflet.ftl"), text.to_string());
    let Ok(catalog) = Catalog::from_files("jra", vec![file]) else {
        return;
    };
    let own = LocaleStates::of_source(&catalog);
    let _ = checks::translation::syntax(&catalog);
    let _ = checks::translation::source(&catalog);
    let _ = checks::text::letters(&catalog, &own);
    let states = LocaleStates::compare(source, &catalog, &Default::default());
    let _ = checks::translation::compare(source, &catalog, &states);
    let vars = leaflet::load::locale::Variables::new();
    for (states, fallback) in [(&own, None), (&states, Some(source))] {
        let mut resolver = Resolver::new(&catalog, states, fallback, &vars);
        for id in catalog
            .message_ids()
            .map(str::to_string)
            .collect::<Vec<_>>()
        {
            let _ = resolver.text(&TextRef::bare(&id), Some(("number", 3)));
        }
    }
}

struct Shipped {
    _project: Scratch,
    ws: Workspace,
    /// Where layouts under test say they are: in the copy's `layouts/`,
    /// so the icons they name are the copy's `icons/`.
    layout_path: PathBuf,
    layout_text: String,
    ftl_text: String,
}

fn shipped() -> Shipped {
    let project = project_copy("robustness");
    Shipped {
        ws: workspace(&project),
        layout_path: project.join("layouts/l.toml"),
        layout_text: std::fs::read_to_string(fixture().join("layouts/trifold-a4.toml")).unwrap(),
        ftl_text: std::fs::read_to_string(fixture().join("locales/vi/leaflet.ftl")).unwrap(),
        _project: project,
    }
}

impl Shipped {
    fn source(&self) -> &Catalog {
        self.ws.source().unwrap()
    }
}

fn bounded<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{what} took {:?}",
        start.elapsed()
    );
    out
}

#[test]
fn random_edits_of_the_shipped_files_never_panic() {
    let s = shipped();
    let dir = scratch("fuzz-ftl");
    let mut rng = Rng(0x5EED_1EAF_u64);
    for i in 0..iterations() {
        let ftl = mutate(&mut rng, &s.ftl_text);
        bounded(&format!("ftl case {i}"), || {
            exercise_ftl(&dir, &ftl, s.source())
        });
        let toml = mutate(&mut rng, &s.layout_text);
        bounded(&format!("layout case {i}"), || {
            if let Ok(layout) = Layout::parse(&s.layout_path, &toml) {
                if layout.fonts == Layout::parse(&s.layout_path, &s.layout_text).unwrap().fonts {
                    let office = s.ws.office().unwrap();
                    let links = office.links(s.ws.links().unwrap()).unwrap();
                    let _ = s.ws.lay_out(&layout, "vi", office, &links);
                }
            }
        });
        let links = mutate(
            &mut rng,
            "[a]\nname = \"link-national-portal\"\nurl = \"https://dichvucong.gov.vn\"\n",
        );
        let _ = Links::parse(Path::new("links.toml"), &links);
    }
}

#[test]
fn random_bytes_are_errors_not_panics() {
    let s = shipped();
    let dir = scratch("fuzz-bytes");
    let mut rng = Rng(42);
    for _ in 0..iterations() {
        let len = rng.below(2000);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        exercise_ftl(&dir, &text, s.source());
        let _ = Layout::parse(&s.layout_path, &text);
        // Raw (non-UTF-8) bytes through the file loaders.
        std::fs::write(dir.join("leaflet.ftl"), &bytes).unwrap();
        let _ = Catalog::load("vi", &dir);
        let _ = FtlFile::load(&dir.join("leaflet.ftl"));
    }
}

#[test]
fn hostile_shapes_are_handled_in_bounded_time() {
    let s = shipped();
    let dir = scratch("fuzz-hostile");
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        (
            "deep nesting",
            format!("a = {}x{}\n", "{".repeat(100_000), "}".repeat(100_000)),
        ),
        (
            "deep select",
            format!("a = {}\n", "{ $n -> *[x] ".repeat(5_000)),
        ),
        ("cycle", "a = { b }\nb = { c }\nc = { a }\n".to_string()),
        (
            "self",
            "a = { a } and { a.x }\n    .x = { a }\n".to_string(),
        ),
        (
            "long chain",
            (0..5_000)
                .map(|i| format!("m{i} = {{ m{} }}\n", i + 1))
                .collect::<String>()
                + "m5000 = end\n",
        ),
        (
            "wide",
            format!("a = {}\n", "{ b } ".repeat(50_000)) + "b = x\n",
        ),
        (
            "5 MB",
            "long = ".to_string() + &"ơ̆ xin chào ".repeat(5 * 1024 * 1024 / 16) + "\n",
        ),
        (
            "many messages",
            (0..100_000).map(|i| format!("m{i} = v\n")).collect(),
        ),
        ("unclosed", "a = {".repeat(10_000)),
        (
            "nested calls",
            format!(
                "a = {{ {}1{} }}\n",
                "NUMBER(".repeat(100_000),
                ")".repeat(100_000)
            ),
        ),
        (
            "nested term args",
            format!(
                "a = {{ {}1{} }}\n",
                "-t(x: ".repeat(50_000),
                ")".repeat(50_000)
            ),
        ),
    ];
    for (name, text) in cases {
        bounded(name, || exercise_ftl(&dir, &text, s.source()));
    }
    // A layout with wrong types, huge numbers and NaN: errors, not panics.
    let base = s.layout_text.clone();
    for (from, to) in [
        ("bleed = 3", "bleed = nan"),
        ("bleed = 3", "bleed = \"3\""),
        (
            "trim = { width = 297, height = 210 }",
            "trim = { width = inf, height = 210 }",
        ),
        ("width = 97\n", "width = nan\n"),
        ("size = 10\n", "size = 1e30\n"),
        ("[[pages]]", "pages = 3\n[[pagez]]"),
        ("qr_size = 20", "qr_size = -20"),
    ] {
        let text = base.replacen(from, to, 1);
        assert!(
            Layout::parse(&s.layout_path, &text).is_err(),
            "`{to}` was accepted"
        );
    }
    for (name, text) in [
        (
            "nested arrays",
            format!("bleed = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        ),
        (
            "nested tables",
            format!(
                "bleed = {}1{}\n",
                "{a=".repeat(100_000),
                "}".repeat(100_000)
            ),
        ),
        ("huge", "# x\n".repeat(2_000_000)),
    ] {
        bounded(name, || {
            assert!(Layout::parse(&s.layout_path, &text).is_err());
            assert!(Links::parse(Path::new("links.toml"), &text).is_err() || name == "huge");
        });
    }
}

/// A small valid PDF written by hand around `pages` (the Kids entries) and
/// `extra` objects, with a correct xref table.
fn hand_pdf(media_box: &str, kids: &str, count: usize, extra: &[String]) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        format!("<< /Type /Pages /Kids [{kids}] /Count {count} >>"),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox {media_box} /Contents 4 0 R >>"),
        "<< /Length 18 >>\nstream\n0 0 1 rg 0 0 9 9 re f\nendstream".to_string(),
    ];
    objects.extend(extra.iter().cloned());
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// Preflight, in full (content streams and QR rendering), must end with a
/// report or an error on any file.
fn preflight_bounded(what: &str, bytes: &[u8]) {
    use leaflet::export::preflight::{analyze, Depth};
    let start = Instant::now();
    let _ = analyze(bytes, "fuzz.pdf", Depth::Full);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "preflight of {what} took {:?}",
        start.elapsed()
    );
}

#[test]
fn preflight_survives_mutated_and_hostile_pdfs_in_bounded_time() {
    let project = build_shipped_with("fuzz-preflight", &["--locale", "vi", "--screen"]);
    let dir = project.join("output/trifold-a4");
    let print = std::fs::read(dir.join("vi.pdf")).unwrap();
    let screen = std::fs::read(dir.join(screen_name("vi"))).unwrap();

    // Truncated anywhere.
    for n in 1..=40 {
        let cut = print.len() * n / 41;
        preflight_bounded(&format!("print cut at {cut}"), &print[..cut]);
    }
    // A broken cross-reference table: its keyword, its offsets.
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let xref_at = print.windows(5).rposition(|w| w == b"xref\n");
    if let Some(at) = xref_at {
        let mut broken = print.clone();
        broken[at..at + 4].copy_from_slice(b"xrex");
        preflight_bounded("xref keyword", &broken);
        let mut shifted = print.clone();
        for b in shifted[at..].iter_mut().filter(|b| b.is_ascii_digit()) {
            *b = b'9';
        }
        preflight_bounded("xref offsets", &shifted);
    }
    let mut startxref = text(&screen);
    if let Some(at) = startxref.rfind("startxref") {
        startxref.replace_range(at.., "startxref\n999999999\n%%EOF\n");
        preflight_bounded("startxref", startxref.as_bytes());
    }
    // Random bytes flipped, inserted and removed.
    let mut rng = Rng(0x0BAD_F00D);
    for i in 0..iterations() / 3 {
        let mut bytes = if i % 2 == 0 {
            print.clone()
        } else {
            screen.clone()
        };
        for _ in 0..1 + rng.below(20) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[at] = rng.next() as u8,
                1 => bytes.insert(at, rng.next() as u8),
                _ => {
                    bytes.remove(at);
                }
            }
        }
        preflight_bounded(&format!("mutation {i}"), &bytes);
    }
    // A page tree that claims a billion pages, one that lists the same page
    // 100,000 times, and one whose node is its own kid.
    let page = "[0 0 595 842]";
    preflight_bounded("count", &hand_pdf(page, "3 0 R", 1_000_000_000, &[]));
    let kids = "3 0 R ".repeat(100_000);
    preflight_bounded("100,000 pages", &hand_pdf(page, &kids, 100_000, &[]));
    preflight_bounded("cycle", &hand_pdf(page, "2 0 R 3 0 R", 2, &[]));
    // A page of 5 × 5 m (the largest PDF allows) is rendered within the
    // pixel cap, not at 200 dpi.
    preflight_bounded("huge page", &hand_pdf("[0 0 14400 14400]", "3 0 R", 1, &[]));
    // Deeply nested arrays and dictionaries.
    let deep_array = format!("{}0{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_dict = format!("{}0{}", "<< /A ".repeat(50_000), " >>".repeat(50_000));
    preflight_bounded(
        "deep objects",
        &hand_pdf(page, "3 0 R", 1, &[deep_array, deep_dict]),
    );
    let deep_tree: Vec<String> = (0..5_000)
        .map(|i| format!("<< /Type /Pages /Kids [{} 0 R] /Count 1 >>", i + 6))
        .collect();
    preflight_bounded("deep page tree", &hand_pdf(page, "5 0 R", 1, &deep_tree));
}

/// Renders never exceed the pixel cap, whatever size a page claims.
#[test]
fn a_huge_page_is_rendered_within_the_pixel_cap() {
    use leaflet::export::preview::{render_page, MAX_PIXELS};
    let pdf = hand_pdf("[0 0 14400 14400]", "3 0 R", 1, &[]);
    let raster = render_page(&pdf, 0, 200.0).unwrap();
    let pixels = (raster.width * raster.height) as f32;
    assert!(
        pixels <= MAX_PIXELS * 1.01,
        "{} × {}",
        raster.width,
        raster.height
    );
    assert!(
        pixels > MAX_PIXELS * 0.9,
        "{} × {}",
        raster.width,
        raster.height
    );
}

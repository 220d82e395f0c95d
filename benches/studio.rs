//! The studio's live layout, timed: what happens after a pause in typing
//! (the edit put into the locale, the leaflet laid out, written, the pages
//! it changed rendered and encoded as PNGs), for the jra leaflet of the
//! repository's project.
//! The target is 200 ms; this prints the median and the 95th
//! percentile of `RUNS` runs.
//!
//! `cargo bench --bench studio`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use leaflet::studio::{editor, pages, save};
use leaflet::workspace::{LayoutFiles, Workspace};

const RUNS: usize = 40;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let ws = Workspace::open(&root, LayoutFiles::Discover).expect("the project");
    let layout = ws.layout("trifold-a4").expect("trifold-a4");
    let office = ws.office().expect("office.toml");
    let links = office.links(ws.links().unwrap()).unwrap();
    let catalog = ws.catalog("jra").expect("jra");
    let (file, _) = catalog.find("cover-title").expect("cover-title");
    let (path, text) = (file.path.clone(), file.text().to_string());
    let fonts = ws.fonts(layout).unwrap();
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    // The pages shown before the pause: the studio keeps them, and renders
    // again only the pages the edit changed.
    let mut shown: Vec<pages::PageImage> = Vec::new();
    for i in 0..RUNS + 3 {
        let started = Instant::now();
        // A new text each time, as typing makes: nothing shaped yet.
        let fields = vec![editor::Field {
            attr: None,
            segments: vec![editor::Segment::Text {
                v: format!("DỊCH VỤ CÔNG TRỰC TUYẾN {i}"),
            }],
        }];
        let entry = editor::entry_source("cover-title", &fields);
        let edited = save::splice(&path, &text, "cover-title", &entry);
        let draft = ws.draft("jra", &path, edited).unwrap();
        let laid = ws.lay_out_draft(layout, &draft, office, &links).unwrap();
        let rendered = pages::render(&laid, fonts, &ws.caches, &shown).unwrap();
        assert!(!rendered.is_empty());
        shown = rendered;
        // The first runs warm the caches, as the studio's first page does.
        if i >= 3 {
            times.push(started.elapsed());
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = ms(times[RUNS / 2]);
    let p95 = ms(times[(RUNS * 95).div_ceil(100) - 1]);
    println!(
        "studio: edit → lay out → render the changed page at {} dpi (jra, trifold-a4): median {median:.1} ms, p95 {p95:.1} ms, {RUNS} runs",
        pages::DPI
    );
}

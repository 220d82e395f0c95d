//! Pipeline stages, timed separately: load, resolve, shape, lay out, write.
//!
//! `cargo bench --bench stages`; whole-process figures come from
//! `benches/run.py`. Everything goes through the workspace, as the
//! commands do.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};
use leaflet::export::pdf::{self, Output};
use leaflet::load::layouts::TextRef;
use leaflet::resolve::Resolver;
use leaflet::workspace::{LayoutFiles, Workspace};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn open() -> Workspace {
    Workspace::open(&repo(), LayoutFiles::Discover).unwrap()
}

fn stages(c: &mut Criterion) {
    c.bench_function("load: the whole project (workspace)", |b| b.iter(open));
    let ws = open();
    let layout = ws.layout("trifold-a4").unwrap();
    let fonts = ws.fonts(layout).unwrap();
    let office = ws.office().unwrap();
    let links = office.links(ws.links().unwrap()).unwrap();
    let vi = ws.source().unwrap();
    let states = &ws.locale("vi").unwrap().states;
    let ids: Vec<String> = vi.message_ids().map(str::to_string).collect();
    c.bench_function("resolve: every vi message", |b| {
        b.iter(|| {
            let mut r = Resolver::new(vi, states, None, &office.variables);
            ids.iter()
                .map(|id| {
                    r.text(&TextRef::bare(id), Some(("number", 1)))
                        .map(|t| t.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    let body = vi.message("concept-body").unwrap();
    let face = fonts.face(fonts.id("regular").unwrap());
    // Shaping results are cached: a new text each time measures harfrust,
    // the same text measures the cache.
    let mut n = 0u64;
    c.bench_function("shape: one paragraph, new text", |b| {
        b.iter(|| {
            n += 1;
            leaflet::layout::shape::shape(
                &ws.caches.shapes,
                face,
                &format!("{body} {n}"),
                10.0,
                "vi",
            )
            .len()
        })
    });
    c.bench_function("shape: one paragraph, cached", |b| {
        b.iter(|| leaflet::layout::shape::shape(&ws.caches.shapes, face, &body, 10.0, "vi").len())
    });
    // Later iterations find their texts shaped: the steady state of a batch.
    c.bench_function("lay out: vi leaflet", |b| {
        b.iter(|| {
            ws.lay_out(layout, "vi", office, &links)
                .unwrap()
                .document
                .pages
                .len()
        })
    });
    c.bench_function("lay out: en leaflet", |b| {
        b.iter(|| {
            ws.lay_out(layout, "en", office, &links)
                .unwrap()
                .document
                .pages
                .len()
        })
    });
    let doc = ws.lay_out(layout, "vi", office, &links).unwrap().document;
    let mut no_profile = doc.clone();
    no_profile.embed_profile = false;
    c.bench_function("write: vi print PDF, profile named", |b| {
        b.iter(|| {
            pdf::write(&no_profile, fonts, &ws.caches.subsets, Output::Print)
                .unwrap()
                .len()
        })
    });
    c.bench_function("write: vi print PDF, profile embedded", |b| {
        b.iter(|| {
            pdf::write(&doc, fonts, &ws.caches.subsets, Output::Print)
                .unwrap()
                .len()
        })
    });
    c.bench_function("write: vi screen PDF", |b| {
        let screen = leaflet::layout::screen::panels_as_pages(&doc, &layout.reading_order);
        b.iter(|| {
            pdf::write(&screen, fonts, &ws.caches.subsets, Output::Screen)
                .unwrap()
                .len()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);

//! Pipeline stages, timed separately: load, resolve, shape, lay out, write.
//!
//! `cargo bench --bench stages`; whole-process figures come from
//! `benches/run.py`.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use leaflet::export::pdf::{self, Output};
use leaflet::layout::{compose, Inputs};
use leaflet::load::fonts::FontSet;
use leaflet::load::layouts::{Layout, TextRef};
use leaflet::load::links::Links;
use leaflet::load::locale::{Catalog, Resolver, Variables};
use leaflet::load::offices;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Project {
    layout: Layout,
    fonts: FontSet,
    caches: leaflet::workspace::caches::Caches,
    links: Links,
    office: Variables,
    vi: Catalog,
    en: Catalog,
}

fn load() -> Project {
    let layout = Layout::load(&repo().join("layouts/trifold-a4.toml")).unwrap();
    let fonts = FontSet::load(&repo().join("fonts"), &layout.fonts).unwrap();
    let office = offices::load_office(&repo().join("office.toml")).unwrap();
    let links = Links::load(&repo().join("links.toml")).unwrap();
    let links = offices::expand_links(&links, &office).unwrap();
    Project {
        vi: Catalog::load("vi", &repo().join("locales/vi")).unwrap(),
        en: Catalog::load_lenient("en", &repo().join("locales/en")).unwrap(),
        layout,
        fonts,
        caches: Default::default(),
        links,
        office,
    }
}

fn inputs<'a>(p: &'a Project, catalog: &'a Catalog) -> Inputs<'a> {
    Inputs {
        layout: &p.layout,
        catalog,
        fallback: Some(&p.vi).filter(|vi| vi.code != catalog.code),
        variables: &p.office,
        links: &p.links,
        fonts: &p.fonts,
        shapes: &p.caches.shapes,
        qr: &p.caches.qr,
    }
}

fn stages(c: &mut Criterion) {
    let root = repo();
    c.bench_function("load: layout + fonts + 2 locales + links", |b| {
        b.iter(|| {
            let layout = Layout::load(&root.join("layouts/trifold-a4.toml")).unwrap();
            let fonts = FontSet::load(&root.join("fonts"), &layout.fonts).unwrap();
            let vi = Catalog::load("vi", &root.join("locales/vi")).unwrap();
            let en = Catalog::load_lenient("en", &root.join("locales/en")).unwrap();
            let links = Links::load(&root.join("links.toml")).unwrap();
            (layout, fonts, vi, en, links)
        })
    });
    let p = load();
    let ids: Vec<String> = p.vi.message_ids().map(str::to_string).collect();
    c.bench_function("resolve: every vi message", |b| {
        b.iter(|| {
            let mut r = Resolver::new(&p.vi, None, &p.office);
            ids.iter()
                .map(|id| {
                    r.text(&TextRef::bare(id), Some(("number", 1)))
                        .map(|t| t.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    let body = p.vi.message("concept-body").unwrap();
    let face = p.fonts.face(p.fonts.id("regular").unwrap());
    // Shaping results are cached per face: a new text each time measures
    // harfrust, the same text measures the cache.
    let mut n = 0u64;
    c.bench_function("shape: one paragraph, new text", |b| {
        b.iter(|| {
            n += 1;
            leaflet::layout::shape::shape(
                &p.caches.shapes,
                face,
                &format!("{body} {n}"),
                10.0,
                "vi",
            )
            .len()
        })
    });
    c.bench_function("shape: one paragraph, cached", |b| {
        b.iter(|| leaflet::layout::shape::shape(&p.caches.shapes, face, &body, 10.0, "vi").len())
    });
    // Later iterations find their texts shaped: the steady state of a batch.
    c.bench_function("lay out: vi leaflet", |b| {
        b.iter(|| compose(&inputs(&p, &p.vi)).unwrap().pages.len())
    });
    c.bench_function("lay out: en leaflet (with fallback)", |b| {
        b.iter(|| compose(&inputs(&p, &p.en)).unwrap().pages.len())
    });
    let doc = compose(&inputs(&p, &p.vi)).unwrap();
    let mut no_profile = doc.clone();
    no_profile.embed_profile = false;
    c.bench_function("write: vi print PDF, profile named", |b| {
        b.iter(|| {
            pdf::write(&no_profile, &p.fonts, &p.caches.subsets, Output::Print)
                .unwrap()
                .len()
        })
    });
    c.bench_function("write: vi print PDF, profile embedded", |b| {
        b.iter(|| {
            pdf::write(&doc, &p.fonts, &p.caches.subsets, Output::Print)
                .unwrap()
                .len()
        })
    });
    c.bench_function("write: vi screen PDF", |b| {
        let screen = leaflet::layout::screen::panels_as_pages(&doc, &p.layout.reading_order);
        b.iter(|| {
            pdf::write(&screen, &p.fonts, &p.caches.subsets, Output::Screen)
                .unwrap()
                .len()
        })
    });
    let _ = Path::new(".");
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);

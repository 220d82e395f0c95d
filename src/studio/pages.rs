//! The leaflet's pages as the studio shows them: each page of a laid-out
//! leaflet rendered to a PNG (the screen PDF's colours, rendered by hayro,
//! as `preview` does), with the block of every message, so that a click
//! on the page selects its message.
//!
//! Why PNGs from the PDF rather than an SVG of the layout: the page the
//! translator sees is then the very file a build writes, fonts and
//! colours included (an SVG would need every glyph outline drawn again, by
//! a second renderer that could differ from the PDF). Rendering is the
//! costly part, so only the pages whose content changed are rendered again
//! (an edit changes one panel), at a resolution that fills half a
//! 1366-pixel screen; `benches/studio.rs` measures the whole path.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Code, Error, Finding};
use crate::export::pdf::{self, Output};
use crate::export::preview::{render_page, Raster};
use crate::layout::frame::Item;
use crate::layout::LaidOut;
use crate::load::fonts::FontSet;
use crate::msg;
use crate::workspace::caches::Caches;

/// Resolution of the page renders: a tri-fold A4 (297 mm) is 935 pixels
/// wide, more than the half of a 1366-pixel laptop screen it is shown in.
pub const DPI: f32 = 80.0;

/// One rendered page.
#[derive(Debug, Clone, Serialize)]
pub struct PageImage {
    /// 1-based.
    pub n: usize,
    pub name: String,
    #[serde(skip)]
    pub png: Vec<u8>,
    /// Of the PNG: a page that changed has another.
    pub hash: String,
    pub width_mm: f32,
    pub height_mm: f32,
    pub blocks: Vec<BlockArea>,
    /// What the page draws, to tell whether a new layout changed it.
    #[serde(skip)]
    content: Vec<Item>,
}

/// Where a message's block is on a page, in mm from the trim's top left.
#[derive(Debug, Clone, Serialize)]
pub struct BlockArea {
    /// The message id (without its attribute).
    pub message: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// A page's PNG and the hash of its pixels.
type Png = (Vec<u8>, String);

/// Renders the pages of `laid` (trimmed: no marks, no bleed). A page that
/// draws exactly what its namesake in `previous` drew keeps that render.
pub fn render(
    laid: &LaidOut,
    fonts: &FontSet,
    caches: &Caches,
    previous: &[PageImage],
) -> Result<Vec<PageImage>, Error> {
    let mut doc = laid.document.clone();
    for page in &mut doc.pages {
        page.sheet.marks_margin = 0.0;
        page.sheet.bleed = 0.0;
        page.furniture.retain(|i| !matches!(i, Item::Stroke(_)));
    }
    let content: Vec<Vec<Item>> = doc
        .pages
        .iter()
        .map(|p| p.items.iter().chain(&p.furniture).cloned().collect())
        .collect();
    let kept = |i: usize| {
        previous
            .get(i)
            .filter(|old| old.content == content[i] && old.name == doc.pages[i].name)
    };
    let todo: Vec<usize> = (0..doc.pages.len())
        .filter(|i| kept(*i).is_none())
        .collect();
    let bytes = match todo.is_empty() {
        true => Vec::new(),
        false => pdf::write(&doc, fonts, &caches.subsets, Output::Screen)?,
    };
    // The pages to render, in parallel (an edit seldom changes two).
    let rendered: Vec<(usize, Result<Png, Error>)> = todo
        .par_iter()
        .map(|&i| {
            let png = render_page(&bytes, i, DPI).and_then(|r| {
                let hash = super::save::version_of_bytes(&r.rgb);
                encode(&r).map(|png| (png, hash))
            });
            (i, png)
        })
        .collect();
    let mut fresh: BTreeMap<usize, Png> = BTreeMap::new();
    for (i, r) in rendered {
        fresh.insert(i, r?);
    }
    let mut out = Vec::with_capacity(doc.pages.len());
    for (i, page) in doc.pages.iter().enumerate() {
        let (png, hash) = match (fresh.remove(&i), kept(i)) {
            (Some(new), _) => new,
            (None, Some(old)) => (old.png.clone(), old.hash.clone()),
            (None, None) => unreachable!("every page not kept is rendered"),
        };
        let blocks = laid
            .marks
            .blocks
            .iter()
            .filter(|b| b.page == i)
            .filter_map(|b| {
                let id = b.messages.first()?.split('.').next()?.to_string();
                Some(BlockArea {
                    message: id,
                    x: b.rect.x,
                    y: b.rect.y,
                    w: b.rect.width,
                    h: b.rect.height,
                })
            })
            .collect();
        out.push(PageImage {
            n: i + 1,
            name: page.name.clone(),
            hash,
            png,
            width_mm: page.sheet.trim_width,
            height_mm: page.sheet.trim_height,
            blocks,
            content: content[i].clone(),
        });
    }
    Ok(out)
}

fn encode(raster: &Raster) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, raster.width as u32, raster.height as u32);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    // Fast: the page is shown once and replaced at the next pause.
    encoder.set_compression(png::Compression::Fast);
    let failed = |e: png::EncodingError| {
        Finding::new(Code::Internal, msg!("png-failed", detail = e.to_string())).boxed()
    };
    let mut writer = encoder.write_header().map_err(failed)?;
    writer.write_image_data(&raster.rgb).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(bytes)
}

//! The leaflet's pages as the studio shows them: each page of a laid-out
//! leaflet rendered to a PNG (the screen PDF's colours, rendered by hayro,
//! as `preview` does), with the block of every message, so that a click
//! on the page selects its message.
//!
//! Why PNGs from the PDF rather than an SVG of the layout: the page the
//! translator sees is then the very file a build writes, fonts and
//! colours included, and `benches/studio.rs` measures the whole path
//! (lay out, write, render, encode) well inside the 200 ms a pause allows.

use serde::Serialize;

use crate::diag::{Code, Error, Finding};
use crate::export::pdf::{self, Output};
use crate::export::preview::{render_pages, Raster};
use crate::layout::LaidOut;
use crate::load::fonts::FontSet;
use crate::msg;
use crate::workspace::caches::Caches;

/// Resolution of the page renders: a tri-fold A4 at this size fills a
/// half screen of a 1366-pixel laptop, and stays sharp when zoomed twice.
pub const DPI: f32 = 110.0;

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

/// Renders every page of `laid` (trimmed: no marks, no bleed).
pub fn render(laid: &LaidOut, fonts: &FontSet, caches: &Caches) -> Result<Vec<PageImage>, Error> {
    let mut doc = laid.document.clone();
    for page in &mut doc.pages {
        page.sheet.marks_margin = 0.0;
        page.sheet.bleed = 0.0;
        page.furniture.clear();
    }
    let bytes = pdf::write(&doc, fonts, &caches.subsets, Output::Screen)?;
    let rasters = render_pages(&bytes, DPI)?;
    let mut out = Vec::with_capacity(rasters.len());
    for (i, (raster, page)) in rasters.iter().zip(&doc.pages).enumerate() {
        let png = encode(raster)?;
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
            hash: super::save::version_of_bytes(&raster.rgb),
            png,
            width_mm: page.sheet.trim_width,
            height_mm: page.sheet.trim_height,
            blocks,
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

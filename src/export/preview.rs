//! Previews: PNG renders of built leaflets (pure Rust, with hayro) and a
//! contact sheet of every locale's pages side by side, so a reviewer sees
//! at a glance where a translation runs long or a letter looks wrong.

use std::path::Path;
use std::sync::Arc;

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

use crate::diag::{Code, Error, Finding};
use crate::files::write_atomic;
use crate::msg;

/// An RGB image, rows top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub struct Raster {
    pub width: usize,
    pub height: usize,
    pub rgb: Vec<u8>,
}

impl Raster {
    /// The raster shrunk by `factor` (0–1), each pixel the average of the
    /// pixels it covers: a contact sheet from the page renders, without
    /// rendering every page a second time.
    pub fn scaled(&self, factor: f32) -> Raster {
        let factor = factor.clamp(0.01, 1.0);
        let width = ((self.width as f32 * factor).round() as usize).max(1);
        let height = ((self.height as f32 * factor).round() as usize).max(1);
        let mut rgb = vec![0u8; width * height * 3];
        for y in 0..height {
            let (y0, y1) = span(y, height, self.height);
            for x in 0..width {
                let (x0, x1) = span(x, width, self.width);
                let mut sum = [0u32; 3];
                for sy in y0..y1 {
                    for sx in x0..x1 {
                        let at = (sy * self.width + sx) * 3;
                        for (c, s) in sum.iter_mut().enumerate() {
                            *s += u32::from(self.rgb[at + c]);
                        }
                    }
                }
                let n = ((y1 - y0) * (x1 - x0)).max(1) as u32;
                let at = (y * width + x) * 3;
                for c in 0..3 {
                    rgb[at + c] = (sum[c] / n) as u8;
                }
            }
        }
        Raster { width, height, rgb }
    }

    /// Grey levels (ITU-R 601 luma), one byte per pixel: what a QR decoder
    /// reads.
    pub fn grey(&self) -> Vec<u8> {
        self.rgb
            .chunks(3)
            .map(|p| ((p[0] as u32 * 30 + p[1] as u32 * 59 + p[2] as u32 * 11) / 100) as u8)
            .collect()
    }
}

/// The source pixels `[start, end)` that target pixel `i` of `to` covers
/// along an axis of `from` pixels.
fn span(i: usize, to: usize, from: usize) -> (usize, usize) {
    let start = i * from / to;
    let end = ((i + 1) * from / to).max(start + 1).min(from);
    (start, end)
}

/// Renders every page of `pdf` at `dpi`.
pub fn render_pages(pdf: &[u8], dpi: f32) -> Result<Vec<Raster>, Error> {
    Ok(render_pages_at(pdf, dpi, usize::MAX)?
        .into_iter()
        .map(|(raster, _)| raster)
        .collect())
}

/// The most pixels a page is rendered with: 40 million, more than an A3
/// page at 300 dpi (17.4 million). A page can claim to be 5 × 5 m; at
/// 200 dpi that would be 1.6 billion pixels, more memory than an office
/// computer has, so such a page is rendered at a lower resolution.
pub const MAX_PIXELS: f32 = 40_000_000.0;

/// Renders at most `limit` pages at `dpi` (less for a page above
/// [`MAX_PIXELS`]), each with the resolution it was rendered at.
pub fn render_pages_at(pdf: &[u8], dpi: f32, limit: usize) -> Result<Vec<(Raster, f32)>, Error> {
    let doc = open(pdf)?;
    let cache = RenderCache::new();
    Ok(doc
        .pages()
        .iter()
        .take(limit)
        .map(|page| {
            let dpi = capped_dpi(page.render_dimensions(), dpi);
            (render_one(page, &cache, dpi), dpi)
        })
        .collect())
}

/// `dpi`, lowered so that a page of `size` points stays within [`MAX_PIXELS`].
fn capped_dpi((width, height): (f32, f32), dpi: f32) -> f32 {
    let pixels = width * height * (dpi / 72.0).powi(2);
    if pixels > MAX_PIXELS {
        dpi * (MAX_PIXELS / pixels).sqrt()
    } else {
        dpi
    }
}

/// Renders page `index` (0-based) of `pdf` at `dpi`.
pub fn render_page(pdf: &[u8], index: usize, dpi: f32) -> Result<Raster, Error> {
    let doc = open(pdf)?;
    let page = doc.pages().get(index).ok_or_else(|| {
        Finding::new(Code::NotAPdf, msg!("preview-no-page", page = index + 1)).boxed()
    })?;
    let dpi = capped_dpi(page.render_dimensions(), dpi);
    Ok(render_one(page, &RenderCache::new(), dpi))
}

fn open(pdf: &[u8]) -> Result<Pdf, Error> {
    Pdf::new(Arc::new(pdf.to_vec()))
        .map_err(|_| Finding::new(Code::NotAPdf, msg!("preview-unreadable")).boxed())
}

fn render_one<'a>(
    page: &'a hayro::hayro_syntax::page::Page<'a>,
    cache: &RenderCache<'a>,
    dpi: f32,
) -> Raster {
    let scale = dpi / 72.0;
    let pixmap = render(
        page,
        cache,
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    );
    let (width, height) = (pixmap.width() as usize, pixmap.height() as usize);
    // Opaque white background: premultiplied RGBA is plain RGBA here.
    let rgb = pixmap
        .data_as_u8_slice()
        .chunks(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    Raster { width, height, rgb }
}

/// Writes `raster` as a PNG (atomically).
pub fn write_png(path: &Path, raster: &Raster) -> Result<(), Error> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, raster.width as u32, raster.height as u32);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| {
            Finding::new(Code::Internal, msg!("png-failed", detail = e.to_string()))
                .in_file(path)
                .boxed()
        })?;
        writer.write_image_data(&raster.rgb).map_err(|e| {
            Finding::new(Code::Internal, msg!("png-failed", detail = e.to_string()))
                .in_file(path)
                .boxed()
        })?;
    }
    write_atomic(path, &bytes).map_err(|e| crate::files::write_error(path, &e))
}

/// Rows of pages (one row per locale) on a light grey sheet.
pub fn contact_sheet(rows: &[Vec<Raster>], gap: usize) -> Raster {
    let cell_w = rows.iter().flatten().map(|r| r.width).max().unwrap_or(0);
    let cell_h = rows.iter().flatten().map(|r| r.height).max().unwrap_or(0);
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width = gap + columns * (cell_w + gap);
    let height = gap + rows.len() * (cell_h + gap);
    let mut rgb = vec![200u8; width * height * 3];
    for (r, row) in rows.iter().enumerate() {
        for (c, page) in row.iter().enumerate() {
            let (x0, y0) = (gap + c * (cell_w + gap), gap + r * (cell_h + gap));
            for y in 0..page.height {
                let src = &page.rgb[y * page.width * 3..(y + 1) * page.width * 3];
                let at = ((y0 + y) * width + x0) * 3;
                rgb[at..at + src.len()].copy_from_slice(src);
            }
        }
    }
    Raster { width, height, rgb }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scaled_raster_averages_the_pixels_it_covers() {
        let r = Raster {
            width: 4,
            height: 2,
            rgb: [0u8, 0, 0, 255, 255, 255, 100, 100, 100, 100, 100, 100].repeat(2),
        };
        let half = r.scaled(0.5);
        assert_eq!((half.width, half.height), (2, 1));
        assert_eq!(half.rgb, vec![127, 127, 127, 100, 100, 100]);
    }

    #[test]
    fn contact_sheet_places_rows_and_columns() {
        let page = |v: u8| Raster {
            width: 2,
            height: 1,
            rgb: vec![v; 6],
        };
        let sheet = contact_sheet(&[vec![page(0), page(10)], vec![page(20)]], 1);
        assert_eq!((sheet.width, sheet.height), (7, 5));
        let px = |x: usize, y: usize| sheet.rgb[(y * sheet.width + x) * 3];
        assert_eq!(
            (px(1, 1), px(4, 1), px(1, 3), px(4, 3), px(0, 0)),
            (0, 10, 20, 200, 200)
        );
    }
}

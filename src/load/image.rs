//! Images (logos): PNG files decoded to greys.
//!
//! A leaflet prints in CMYK; a logo converted to one grey channel prints on
//! the black plate alone and never brings RGB into the file.

use std::path::Path;
use std::sync::Arc;

use crate::i18n::Message;
use crate::msg;

/// A decoded image in greys, not yet placed anywhere.
#[derive(Debug, Clone, PartialEq)]
pub struct GreyImage {
    pub width_px: usize,
    pub height_px: usize,
    /// One byte per pixel, 0 = black, rows top to bottom.
    pub grey: Arc<Vec<u8>>,
}

/// Decodes `path` into greys (transparent areas become white).
pub fn load_grey(path: &Path) -> Result<GreyImage, Message> {
    let file = std::fs::File::open(path).map_err(|e| crate::files::io_reason(&e))?;
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|_| msg!("image-not-png"))?;
    let (width, height) = {
        let info = reader.info();
        (info.width as usize, info.height as usize)
    };
    if width == 0 || height == 0 || width * height > 25_000_000 {
        return Err(msg!("image-size", width = width, height = height));
    }
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| msg!("image-size", width = width, height = height))?;
    let mut buf = vec![0; size];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|_| msg!("image-not-png"))?;
    let channels = frame.color_type.samples();
    let grey = buf[..frame.buffer_size()]
        .chunks(channels)
        .map(|px| {
            let (luma, alpha) = match px {
                [g] => (f32::from(*g), 1.0),
                [g, a] => (f32::from(*g), f32::from(*a) / 255.0),
                [r, g, b] => (luma(*r, *g, *b), 1.0),
                [r, g, b, a, ..] => (luma(*r, *g, *b), f32::from(*a) / 255.0),
                [] => (255.0, 1.0),
            };
            (luma * alpha + 255.0 * (1.0 - alpha)).round() as u8
        })
        .collect();
    Ok(GreyImage {
        width_px: width,
        height_px: height,
        grey: Arc::new(grey),
    })
}

fn luma(r: u8, g: u8, b: u8) -> f32 {
    0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b)
}

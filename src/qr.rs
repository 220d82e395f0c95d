//! QR codes as vector paths: dark modules merged into as few rectangles as
//! possible (horizontal runs, then identical runs stacked vertically), which
//! keeps the PDF small and renders without hairline seams.

use std::collections::BTreeMap;
use std::sync::Mutex;

use qrcode::{Color, EcLevel, QrCode};

use crate::frame::{QrSymbol, Rect};

/// Modules of light margin around the symbol, as the standard requires.
pub const QUIET_ZONE: u32 = 4;

/// Encodes `url` with error correction M and lays it out so that the
/// printed symbol (without its quiet zone) is `size` mm wide; the quiet zone
/// is added around it, and the top-left corner of that zone is (`x`, `y`).
pub fn symbol(url: &str, x: f32, y: f32, size: f32) -> Option<QrSymbol> {
    // Encoding tries every mask pattern: worth doing once per address and
    // size for a whole batch, where every locale repeats the same codes.
    static CACHE: Mutex<BTreeMap<(String, u32), Option<QrSymbol>>> = Mutex::new(BTreeMap::new());
    let key = (url.to_string(), size.to_bits());
    let cached = CACHE.lock().ok().and_then(|c| c.get(&key).cloned());
    let symbol = match cached {
        Some(symbol) => symbol,
        None => {
            let symbol = encode(url, size);
            if let Ok(mut c) = CACHE.lock() {
                c.insert(key, symbol.clone());
            }
            symbol
        }
    };
    symbol.map(|mut s| {
        s.bounds = s.bounds.translate(x, y);
        for m in &mut s.modules {
            *m = m.translate(x, y);
        }
        s
    })
}

/// The symbol at (0, 0).
fn encode(url: &str, size: f32) -> Option<QrSymbol> {
    let (x, y) = (0.0, 0.0);
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let n = code.width();
    let colors = code.to_colors();
    let module = size / n as f32;
    let size = module * (n as u32 + 2 * QUIET_ZONE) as f32;
    let origin = QUIET_ZONE as f32 * module;

    // Horizontal runs of dark modules per row: (start, end) exclusive.
    let runs: Vec<Vec<(usize, usize)>> = (0..n)
        .map(|row| {
            let mut runs = Vec::new();
            let mut col = 0;
            while col < n {
                if colors[row * n + col] == Color::Dark {
                    let start = col;
                    while col < n && colors[row * n + col] == Color::Dark {
                        col += 1;
                    }
                    runs.push((start, col));
                } else {
                    col += 1;
                }
            }
            runs
        })
        .collect();

    // Stack a run onto the identical run directly above it.
    let mut merged: Vec<(usize, usize, usize, usize)> = Vec::new(); // start, end, top row, rows
    let mut open: Vec<usize> = Vec::new(); // indexes into merged still growing
    for (row, row_runs) in runs.iter().enumerate() {
        let mut still_open = Vec::new();
        for &(start, end) in row_runs {
            let above = open.iter().copied().find(|&i| {
                let m = merged[i];
                m.0 == start && m.1 == end && m.2 + m.3 == row
            });
            match above {
                Some(i) => {
                    merged[i].3 += 1;
                    still_open.push(i);
                }
                None => {
                    merged.push((start, end, row, 1));
                    still_open.push(merged.len() - 1);
                }
            }
        }
        open = still_open;
    }

    let modules = merged
        .into_iter()
        .map(|(start, end, top, rows)| {
            Rect::new(
                x + origin + start as f32 * module,
                y + origin + top as f32 * module,
                (end - start) as f32 * module,
                rows as f32 * module,
            )
        })
        .collect();
    Some(QrSymbol {
        url: url.to_string(),
        bounds: Rect::new(x, y, size, size),
        module_size: module,
        modules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_rectangles_cover_exactly_the_dark_modules() {
        let url = "https://dichvucong.gialai.gov.vn";
        let s = symbol(url, 0.0, 0.0, 25.0).unwrap();
        let code = QrCode::with_error_correction_level(url, EcLevel::M).unwrap();
        let n = code.width();
        let colors = code.to_colors();
        let dark = colors.iter().filter(|c| **c == Color::Dark).count();
        let area: f32 = s.modules.iter().map(|r| r.width * r.height).sum();
        let module_area = s.module_size * s.module_size;
        assert!((area / module_area - dark as f32).abs() < 0.01);
        assert!(s.modules.len() < dark / 2, "runs were not merged");
        // Each module centre is covered iff it is dark.
        for row in 0..n {
            for col in 0..n {
                let cx = (col as f32 + 4.5) * s.module_size;
                let cy = (row as f32 + 4.5) * s.module_size;
                let covered = s
                    .modules
                    .iter()
                    .any(|r| cx > r.x && cx < r.right() && cy > r.y && cy < r.bottom());
                assert_eq!(covered, colors[row * n + col] == Color::Dark);
            }
        }
    }
}

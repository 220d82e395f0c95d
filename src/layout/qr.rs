//! QR codes as vector paths: dark modules merged into as few rectangles as
//! possible (horizontal runs, then identical runs stacked vertically), which
//! keeps the PDF small and renders without hairline seams.

use std::collections::BTreeMap;
use std::sync::Mutex;

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel};

use crate::layout::frame::{QrSymbol, Rect};

/// Modules of light margin around the symbol, as the standard requires.
pub const QUIET_ZONE: u32 = 4;

/// Encoded symbols by address and size. Encoding tries every mask
/// pattern: worth doing once per address and size for a whole batch, where
/// every locale repeats the same codes.
#[derive(Default)]
pub struct QrCache(Mutex<BTreeMap<(String, u32), Option<QrSymbol>>>);

/// Symbols kept before the cache starts over (a batch of offices has a few
/// addresses each).
const QR_LIMIT: usize = 4096;

/// Encodes `url` with error correction M and lays it out so that the
/// printed symbol (without its quiet zone) is `size` mm wide; the quiet zone
/// is added around it, and the top-left corner of that zone is (`x`, `y`).
pub fn symbol(cache: &QrCache, url: &str, x: f32, y: f32, size: f32) -> Option<QrSymbol> {
    let key = (url.to_string(), size.to_bits());
    let cached = cache.0.lock().ok().and_then(|c| c.get(&key).cloned());
    let symbol = match cached {
        Some(symbol) => symbol,
        None => {
            let symbol = encode(url, size);
            if let Ok(mut c) = cache.0.lock() {
                if c.len() >= QR_LIMIT {
                    c.clear();
                }
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

/// The modules of `data` at error correction M, row by row, and the width.
///
/// The qrcode crate encodes and draws; the mask is chosen here. The crate's
/// own choice (`QrCode::new`) scores the eight masks with a general
/// implementation that cost more than laying out a whole leaflet; the same
/// four penalty rules of ISO/IEC 18004 (7.8.3) on a plain grid are a
/// hundred times cheaper.
fn encode_modules(data: &[u8]) -> Option<(Vec<Color>, usize)> {
    let bits = qrcode::bits::encode_auto(data, EcLevel::M).ok()?;
    let version = bits.version();
    let (codewords, ec) =
        qrcode::ec::construct_codewords(&bits.into_bytes(), version, EcLevel::M).ok()?;
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&codewords, &ec);
    let n = version.width() as usize;
    MASKS
        .iter()
        .map(|&mask| {
            let mut c = canvas.clone();
            c.apply_mask(mask);
            c.into_colors()
        })
        .min_by_key(|colors| penalty(colors, n))
        .map(|colors| (colors, n))
}

const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The penalty score of a masked symbol (lower is easier to scan): runs of
/// five or more alike, 2 x 2 blocks, finder-like 1:1:3:1:1 patterns beside
/// four light modules, and imbalance between dark and light.
fn penalty(colors: &[Color], n: usize) -> u32 {
    let dark = |row: usize, col: usize| colors[row * n + col] == Color::Dark;
    let mut score = 0;
    // Rows (transposed = false) and columns (true).
    for transposed in [false, true] {
        let at = |line: usize, i: usize| {
            if transposed {
                dark(i, line)
            } else {
                dark(line, i)
            }
        };
        for line in 0..n {
            let mut run = 1;
            for i in 1..=n {
                if i < n && at(line, i) == at(line, i - 1) {
                    run += 1;
                } else {
                    if run >= 5 {
                        score += 3 + (run - 5);
                    }
                    run = 1;
                }
            }
            // 1:1:3:1:1 with four light modules on either side; outside the
            // symbol counts as light (it is the quiet zone).
            let module = |i: isize| i >= 0 && (i as usize) < n && at(line, i as usize);
            for start in -4..n as isize {
                const FINDER: [bool; 7] = [true, false, true, true, true, false, true];
                if (0..7).all(|k| module(start + k) == FINDER[k as usize]) {
                    let light_before = (1..=4).all(|k| !module(start - k));
                    let light_after = (7..11).all(|k| !module(start + k));
                    if light_before || light_after {
                        score += 40;
                    }
                }
            }
        }
    }
    for row in 0..n - 1 {
        for col in 0..n - 1 {
            let c = dark(row, col);
            if c == dark(row, col + 1) && c == dark(row + 1, col) && c == dark(row + 1, col + 1) {
                score += 3;
            }
        }
    }
    let dark_count = colors.iter().filter(|&&c| c == Color::Dark).count();
    let percent = dark_count * 100 / colors.len();
    score += (percent.abs_diff(50) / 5) as u32 * 10;
    score
}

/// The symbol at (0, 0).
fn encode(url: &str, size: f32) -> Option<QrSymbol> {
    let (x, y) = (0.0, 0.0);
    let (colors, n) = encode_modules(url.as_bytes())?;
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
        tag: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a module grid back with rqrr, a decoder nobody here wrote.
    fn decode(colors: &[Color], n: usize) -> String {
        let scale = 4;
        let side = (n + 8) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (col, row) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
            let inside = (0..n as isize).contains(&col) && (0..n as isize).contains(&row);
            if inside && colors[row as usize * n + col as usize] == Color::Dark {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn every_mask_decodes_and_the_chosen_one_scores_lowest() {
        for url in [
            "https://dichvucong.gov.vn",
            "https://example.com/office-042?x=1",
        ] {
            let (chosen, n) = encode_modules(url.as_bytes()).unwrap();
            assert_eq!(decode(&chosen, n), url);
            let bits = qrcode::bits::encode_auto(url.as_bytes(), EcLevel::M).unwrap();
            let version = bits.version();
            let (data, ec) =
                qrcode::ec::construct_codewords(&bits.into_bytes(), version, EcLevel::M).unwrap();
            for mask in MASKS {
                let mut c = Canvas::new(version, EcLevel::M);
                c.draw_all_functional_patterns();
                c.draw_data(&data, &ec);
                c.apply_mask(mask);
                let colors = c.into_colors();
                assert_eq!(decode(&colors, n), url, "{mask:?}");
                assert!(penalty(&chosen, n) <= penalty(&colors, n));
            }
        }
    }

    #[test]
    fn penalty_counts_runs_blocks_and_imbalance() {
        // All dark 5 x 5: every row and column is a run of 5 (10 x 3),
        // 16 blocks (16 x 3), 100 % dark (10 x 10).
        let all_dark = vec![Color::Dark; 25];
        assert_eq!(penalty(&all_dark, 5), 30 + 48 + 100);
        // A checkerboard has no runs, blocks or imbalance beyond 52 % dark.
        let board: Vec<Color> = (0..25)
            .map(|i| {
                if (i / 5 + i % 5) % 2 == 0 {
                    Color::Dark
                } else {
                    Color::Light
                }
            })
            .collect();
        assert_eq!(penalty(&board, 5), 0);
    }

    #[test]
    fn merged_rectangles_cover_exactly_the_dark_modules() {
        let url = "https://dichvucong.gialai.gov.vn";
        let s = symbol(&QrCache::default(), url, 0.0, 0.0, 25.0).unwrap();
        let (colors, n) = encode_modules(url.as_bytes()).unwrap();
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

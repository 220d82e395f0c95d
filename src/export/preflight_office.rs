//! Preflight of an office-printer file (`<locale>.office.pdf`): not what a
//! print shop checks (no bleed, no PDF/X, RGB is right for a laser
//! printer's driver), but what an office printer needs: pages exactly A4,
//! and no ink within the margin the printer cannot print, found on a
//! rendering of every page (the file's own word is not taken for it).

use std::collections::BTreeSet;

use lopdf::{Document, Object};

use crate::diag::{Code, Error};
use crate::export::pdf::PRINTER_MARGIN_KEY;
use crate::export::preflight::{
    check_qr_codes, finding, font_info, readable_pages, rect, resolve, Depth, PageInfo, Report,
    MM_PER_PT,
};
use crate::i18n::Arg;
use crate::layout::office::is_a4;
use crate::msg;

/// The margin assumed when a file does not record its own (mm).
pub const DEFAULT_PRINTER_MARGIN: f32 = 5.0;
/// Resolution of the margin check (dpi): a pixel is a quarter millimetre.
const MARGIN_DPI: f32 = 100.0;
/// Pixels lighter than this in every channel count as paper.
const PAPER: u8 = 250;

/// Whether `doc` is an office-printer file: it records a printer margin,
/// or its name says so.
pub fn is_office_file(doc: &Document, file: &str) -> bool {
    file.ends_with(".office.pdf") || recorded_margin(doc).is_some()
}

/// The printer margin the file records (mm).
fn recorded_margin(doc: &Document) -> Option<f32> {
    let info = doc.trailer.get(b"Info").ok().map(|i| resolve(doc, i))?;
    match info
        .as_dict()
        .ok()?
        .get(PRINTER_MARGIN_KEY.as_bytes())
        .ok()?
    {
        Object::Real(r) => Some(*r),
        Object::Integer(i) => Some(*i as f32),
        _ => None,
    }
}

/// Checks an office-printer file: the page boxes and fonts, and with
/// [`Depth::Full`] a rendering for ink in the margin and the QR codes.
pub fn analyze(bytes: &[u8], doc: &Document, file: &str, depth: Depth) -> Result<Report, Error> {
    let mut report = analyze_document(doc, file);
    if depth == Depth::Full && !report.pages.is_empty() {
        let margin = recorded_margin(doc).unwrap_or(DEFAULT_PRINTER_MARGIN);
        // An A4 page is far below the pixel cap, so the resolution stays.
        let pages = crate::export::preview::render_pages_at(
            bytes,
            MARGIN_DPI,
            crate::export::preflight::MAX_QR_PAGES,
        )?;
        for (i, (page, _)) in pages.iter().enumerate() {
            if let Some(depth) = ink_depth(page, margin) {
                report.findings.push(
                    finding(
                        file,
                        Code::InkInMargin,
                        msg!(
                            "preflight-ink-in-margin",
                            depth = Arg::mm(depth),
                            margin = Arg::mm(margin)
                        ),
                    )
                    .pdf_page(i + 1),
                );
            }
        }
        check_qr_codes(&mut report, bytes, file)?;
    }
    Ok(report)
}

/// The structure of an office-printer file: every page exactly A4
/// (MediaBox, and TrimBox where there is one, to 0.1 mm), fonts embedded.
/// What a build checks on every office file it writes.
pub fn analyze_document(doc: &Document, file: &str) -> Report {
    let mut report = Report::new(file);
    let pages = readable_pages(doc, &mut report);
    let mut fonts = BTreeSet::new();
    for (page, page_id) in pages {
        let Ok(dict) = doc.get_dictionary(page_id) else {
            continue;
        };
        let size = |r: [f32; 4]| [(r[2] - r[0]) * MM_PER_PT, (r[3] - r[1]) * MM_PER_PT];
        let media = rect(doc, dict, b"MediaBox").map(size);
        let trim = rect(doc, dict, b"TrimBox").map(size);
        report.pages.push(PageInfo {
            page,
            media_mm: media.unwrap_or([0.0, 0.0]),
            trim_mm: trim,
            bleed_mm: None,
        });
        // A trim smaller than the media would be cut: an office sheet is
        // not cut, so every box is the sheet.
        for b in [media, trim].into_iter().flatten() {
            if !is_a4(b[0], b[1]) {
                report.findings.push(
                    finding(
                        file,
                        Code::NotA4,
                        msg!(
                            "preflight-not-a4",
                            width = Arg::mm(b[0]),
                            height = Arg::mm(b[1])
                        ),
                    )
                    .pdf_page(page),
                );
                break;
            }
        }
        for (_, font) in doc.get_page_fonts(page_id).unwrap_or_default() {
            fonts.insert(font_info(doc, font));
        }
    }
    report.fonts = fonts.into_iter().collect();
    for f in report.fonts.iter().filter(|f| !f.embedded) {
        report.findings.push(finding(
            file,
            Code::FontNotEmbedded,
            msg!("preflight-font-not-embedded", font = &f.name),
        ));
    }
    report
}

/// How far into the margin ink reaches on a rendered page (mm from the
/// margin's inner edge), or `None` when the margin is paper white. The
/// pixels on the margin's inner edge itself are not counted: a background
/// that stops exactly there shades them.
pub fn ink_depth(page: &crate::export::preview::Raster, margin: f32) -> Option<f32> {
    let px_per_mm = MARGIN_DPI / 25.4;
    let edge_px = ((margin * px_per_mm).floor() as usize).saturating_sub(1);
    let (w, h) = (page.width, page.height);
    let mut deepest: Option<usize> = None;
    for y in 0..h {
        for x in 0..w {
            let from_edge = x.min(y).min(w - 1 - x).min(h - 1 - y);
            if from_edge >= edge_px {
                continue;
            }
            let at = (y * w + x) * 3;
            if page.rgb[at..at + 3].iter().any(|&v| v < PAPER) {
                let depth = edge_px - from_edge;
                deepest = Some(deepest.map_or(depth, |d| d.max(depth)));
            }
        }
    }
    deepest.map(|d| d as f32 / px_per_mm)
}

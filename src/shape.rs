//! Shaping with harfrust: text in, glyph ids with advances and offsets out.
//!
//! Offsets matter: a breve stacked on a circumflex (ê̆, ô̆) is raised by the
//! font's mark positioning, and that vertical offset must reach the page.

use std::cell::RefCell;
use std::sync::Arc;

use harfrust::{
    Buffer, ClusterLevel, Direction, Language, Script, ShapeOptions, ShapePlan, ShaperFont,
};

use crate::fonts::Face;

/// One shaped glyph. Lengths are in pt at the size it was shaped for.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedGlyph {
    pub id: u16,
    /// Byte offset of the glyph's cluster in the shaped text.
    pub cluster: usize,
    pub x_advance: f32,
    pub x_offset: f32,
    /// Upwards, as fonts measure it.
    pub y_offset: f32,
}

thread_local! {
    /// One buffer per thread, cleared between runs: shaping hundreds of
    /// short runs should not allocate a buffer each time.
    static BUFFER: RefCell<Option<Buffer>> = const { RefCell::new(None) };
}

/// Shapes `text` (one font, one size, left to right).
///
/// `MonotoneCharacters` keeps a combining mark in its own cluster, so each
/// glyph maps back to its own characters (a ToUnicode entry per glyph).
pub fn shape(face: &Face, text: &str, size: f32, language: &str) -> Vec<ShapedGlyph> {
    let plan = face.plan(language);
    let shaper = ShaperFont::new(&face.font);
    BUFFER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let mut buffer = slot.take().unwrap_or_default();
        buffer.clear();
        buffer.push_str(text);
        buffer.set_direction(Direction::LeftToRight);
        buffer.set_script(Some(Script::LATIN));
        buffer.set_language(language.parse::<Language>().ok());
        buffer.set_cluster_level(ClusterLevel::MonotoneCharacters);
        let scale = size / face.units_per_em;
        let out = match harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().plan(Some(&plan)))
        {
            Ok(()) => buffer
                .glyph_infos()
                .iter()
                .zip(buffer.glyph_positions())
                .map(|(info, pos)| ShapedGlyph {
                    // Glyph ids of TrueType fonts fit in 16 bits; anything
                    // larger is not a glyph of this font and shows as
                    // .notdef (caught later).
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    cluster: info.cluster as usize,
                    x_advance: pos.x_advance as f32 * scale,
                    x_offset: pos.x_offset as f32 * scale,
                    y_offset: pos.y_offset as f32 * scale,
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        *slot = Some(buffer);
        out
    })
}

/// A shaping plan for Latin text in `language`, left to right.
pub fn plan(face: &harfrust::Font, language: &str) -> Arc<ShapePlan> {
    let language = language.parse::<Language>().ok();
    Arc::new(ShapePlan::new(
        face,
        Direction::LeftToRight,
        Some(Script::LATIN),
        language.as_ref(),
        &[],
    ))
}

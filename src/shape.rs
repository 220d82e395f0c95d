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

/// A shaped glyph in font units, as the cache keeps it (independent of size).
#[derive(Debug, Clone, Copy)]
pub struct UnitGlyph {
    id: u16,
    cluster: u32,
    x_advance: i32,
    x_offset: i32,
    y_offset: i32,
}

thread_local! {
    /// One buffer per thread, cleared between runs: shaping hundreds of
    /// short runs should not allocate a buffer each time.
    static BUFFER: RefCell<Option<Buffer>> = const { RefCell::new(None) };
}

/// Shapes `text` (one font, one size, left to right).
///
/// Shaping does not depend on the size, so results are kept per face in
/// font units: auto-fit retries, the same text in several leaflets of a
/// batch and repeated headings are shaped once.
pub fn shape(face: &Face, text: &str, size: f32, language: &str) -> Vec<ShapedGlyph> {
    let units = face.shaped(language, text, || shape_units(face, text, language));
    let scale = size / face.units_per_em;
    units
        .iter()
        .map(|g| ShapedGlyph {
            id: g.id,
            cluster: g.cluster as usize,
            x_advance: g.x_advance as f32 * scale,
            x_offset: g.x_offset as f32 * scale,
            y_offset: g.y_offset as f32 * scale,
        })
        .collect()
}

/// Shapes with harfrust. `MonotoneCharacters` keeps a combining mark in
/// its own cluster, so each glyph maps back to its own characters (a
/// ToUnicode entry per glyph).
fn shape_units(face: &Face, text: &str, language: &str) -> Arc<[UnitGlyph]> {
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
        let out = match harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().plan(Some(&plan)))
        {
            Ok(()) => buffer
                .glyph_infos()
                .iter()
                .zip(buffer.glyph_positions())
                .map(|(info, pos)| UnitGlyph {
                    // Glyph ids of TrueType fonts fit in 16 bits; anything
                    // larger is not a glyph of this font and shows as
                    // .notdef (caught later).
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    cluster: info.cluster,
                    x_advance: pos.x_advance,
                    x_offset: pos.x_offset,
                    y_offset: pos.y_offset,
                })
                .collect(),
            Err(_) => Arc::from([]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontSet;
    use std::collections::BTreeMap;

    fn regular() -> FontSet {
        let files = BTreeMap::from([("regular".to_string(), "NotoSans-Regular.ttf".to_string())]);
        FontSet::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts"),
            &files,
        )
        .unwrap()
    }

    #[test]
    fn the_cache_keeps_languages_with_their_own_forms_apart() {
        let fonts = regular();
        let face = fonts.face(fonts.id("regular").unwrap());
        // Noto Sans's Romanian language system turns s-cedilla into
        // s-comma; Vietnamese has no language system and shapes as default.
        let text = "Şş";
        let ro = shape(face, text, 10.0, "ro");
        let vi = shape(face, text, 10.0, "vi");
        assert_ne!(ro, vi, "ro uses its locl forms");
        assert_eq!(
            shape(face, text, 10.0, "ro"),
            ro,
            "a cached result is the same"
        );
        assert_eq!(shape(face, text, 10.0, "vi"), vi);
        assert_eq!(shape(face, text, 10.0, "jra"), vi, "jra shares the default");
    }

    #[test]
    fn a_cached_shape_scales_with_the_size() {
        let fonts = regular();
        let face = fonts.face(fonts.id("regular").unwrap());
        let small = shape(face, "Mơ̆ng ê̆", 10.0, "jra");
        let large = shape(face, "Mơ̆ng ê̆", 20.0, "jra");
        assert_eq!(small.len(), large.len());
        for (s, l) in small.iter().zip(&large) {
            assert_eq!((s.id, s.cluster), (l.id, l.cluster));
            assert!((l.x_advance - 2.0 * s.x_advance).abs() < 1e-4);
            assert!((l.y_offset - 2.0 * s.y_offset).abs() < 1e-4);
        }
        // The breve over ê is raised (see crate-facts): offsets survive.
        assert!(small.iter().any(|g| g.y_offset > 0.0));
    }
}

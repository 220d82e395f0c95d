//! Shaping with harfrust: text in, glyph ids with advances and offsets out.
//!
//! Offsets matter: a breve stacked on a circumflex (ê̆, ô̆) is raised by the
//! font's mark positioning, and that vertical offset must reach the page.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use harfrust::{
    Buffer, ClusterLevel, Direction, Language, Script, ShapeOptions, ShapePlan, ShaperFont,
};

use crate::load::fonts::{Face, FaceKey};

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

/// Shaping results and plans, per face and language. Owned by whoever owns
/// the faces (the workspace): auto-fit retries, the same text in several
/// leaflets of a batch and repeated headings are shaped once.
#[derive(Default)]
pub struct ShapeCache {
    /// Plans by face and language (building one costs more than shaping a
    /// paragraph).
    plans: Mutex<HashMap<(FaceKey, String), Arc<ShapePlan>>>,
    /// Whether the face has a language system for the language.
    languages: Mutex<HashMap<(FaceKey, String), bool>>,
    /// Glyphs by face and language, then by text.
    shaped: Mutex<HashMap<(FaceKey, String), ShapedTexts>>,
}

/// Shaped glyphs of one face and language, by text.
type ShapedTexts = HashMap<String, Arc<[UnitGlyph]>>;

/// Texts kept before the shaping cache starts over: far more than a batch
/// of leaflets holds, and a bound for a long `watch` or studio session.
const SHAPED_LIMIT: usize = 50_000;

impl ShapeCache {
    pub fn new() -> ShapeCache {
        ShapeCache::default()
    }

    /// Drops everything kept for faces that are no longer loaded.
    pub fn forget(&self, keep: impl Fn(FaceKey) -> bool) {
        if let Ok(mut plans) = self.plans.lock() {
            plans.retain(|(k, _), _| keep(*k));
        }
        if let Ok(mut languages) = self.languages.lock() {
            languages.retain(|(k, _), _| keep(*k));
        }
        if let Ok(mut shaped) = self.shaped.lock() {
            shaped.retain(|(k, _), _| keep(*k));
        }
    }

    /// The language the cache files `language` under for `face`: languages
    /// the font has no language system for shape exactly like the default
    /// and share its entries (Vietnamese, Jrai and Bahnar leaflets repeat
    /// much of the same text).
    fn language<'l>(&self, face: &Face, language: &'l str) -> &'l str {
        let key = (face.key, language.to_string());
        let known = self
            .languages
            .lock()
            .ok()
            .and_then(|l| l.get(&key).copied());
        let own = known.unwrap_or_else(|| {
            let answer = face.has_language_system(language);
            if let Ok(mut l) = self.languages.lock() {
                l.insert(key, answer);
            }
            answer
        });
        if own {
            language
        } else {
            ""
        }
    }

    fn plan(&self, face: &Face, language: &str) -> Arc<ShapePlan> {
        let key = (face.key, language.to_string());
        if let Some(plan) = self.plans.lock().ok().and_then(|p| p.get(&key).cloned()) {
            return plan;
        }
        let plan = plan(&face.font, language);
        if let Ok(mut plans) = self.plans.lock() {
            plans.insert(key, plan.clone());
        }
        plan
    }

    /// The glyphs of `text`, from the cache or shaped now (outside the
    /// lock, so threads shape in parallel).
    fn units(&self, face: &Face, text: &str, language: &str) -> Arc<[UnitGlyph]> {
        let key = (face.key, self.language(face, language).to_string());
        let cached = self
            .shaped
            .lock()
            .ok()
            .and_then(|c| c.get(&key).and_then(|texts| texts.get(text)).cloned());
        if let Some(glyphs) = cached {
            return glyphs;
        }
        let glyphs = shape_units(&self.plan(face, language), face, text, language);
        if let Ok(mut cache) = self.shaped.lock() {
            if cache.values().map(HashMap::len).sum::<usize>() >= SHAPED_LIMIT {
                cache.clear();
            }
            cache
                .entry(key)
                .or_default()
                .insert(text.to_string(), glyphs.clone());
        }
        glyphs
    }
}

/// Shapes `text` (one font, one size, left to right). Shaping does not
/// depend on the size, so `cache` keeps results in font units.
pub fn shape(
    cache: &ShapeCache,
    face: &Face,
    text: &str,
    size: f32,
    language: &str,
) -> Vec<ShapedGlyph> {
    let units = cache.units(face, text, language);
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
fn shape_units(plan: &ShapePlan, face: &Face, text: &str, language: &str) -> Arc<[UnitGlyph]> {
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
        let out = match harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().plan(Some(plan)))
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
    use crate::load::fonts::FontSet;
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
        let cache = ShapeCache::new();
        let ro = shape(&cache, face, text, 10.0, "ro");
        let vi = shape(&cache, face, text, 10.0, "vi");
        assert_ne!(ro, vi, "ro uses its locl forms");
        assert_eq!(
            shape(&cache, face, text, 10.0, "ro"),
            ro,
            "a cached result is the same"
        );
        assert_eq!(shape(&cache, face, text, 10.0, "vi"), vi);
        assert_eq!(
            shape(&cache, face, text, 10.0, "jra"),
            vi,
            "jra shares the default"
        );
    }

    #[test]
    fn a_cached_shape_scales_with_the_size() {
        let fonts = regular();
        let face = fonts.face(fonts.id("regular").unwrap());
        let cache = ShapeCache::new();
        let small = shape(&cache, face, "Mơ̆ng ê̆", 10.0, "jra");
        let large = shape(&cache, face, "Mơ̆ng ê̆", 20.0, "jra");
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

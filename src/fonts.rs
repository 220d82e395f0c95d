//! Font files: loaded once per build, shared by every leaflet, and asked
//! whether they can draw a character before anything is shaped.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::error::Error;

/// Index of a face in a [`FontSet`]; glyph runs refer to faces by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FaceId(pub usize);

/// One font file, parsed.
pub struct Face {
    /// PostScript-style name used in the PDF (`NotoSans-Bold`): the file stem.
    pub name: String,
    pub data: Arc<Vec<u8>>,
    pub font: harfrust::Font,
    pub units_per_em: f32,
    /// hhea ascender and descender (descender negative), in font units.
    pub ascender: f32,
    pub descender: f32,
    /// Shaping plans by language, built once (building one costs more
    /// than shaping a paragraph).
    plans: std::sync::Mutex<BTreeMap<String, Arc<harfrust::ShapePlan>>>,
}

impl Face {
    fn load(path: &Path) -> Result<Face, Error> {
        let data = Arc::new(std::fs::read(path).map_err(|e| Error::io(path, e))?);
        let not_a_font = || {
            Error::Setup(format!(
                "{}: not a usable TrueType/OpenType font",
                path.display()
            ))
        };
        // Share the bytes with the font parser instead of copying them.
        let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = data.clone();
        let font = harfrust::Font::new(shared, 0).ok_or_else(not_a_font)?;
        let metrics = font.metrics();
        let line = metrics.hhea_line.ok_or_else(not_a_font)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Font".into());
        Ok(Face {
            name,
            units_per_em: f32::from(metrics.units_per_em),
            ascender: line.ascender.to_f64() as f32,
            descender: line.descender.to_f64() as f32,
            data,
            font,
            plans: Default::default(),
        })
    }

    /// The shaping plan for `language`.
    pub fn plan(&self, language: &str) -> Arc<harfrust::ShapePlan> {
        if let Some(plan) = self
            .plans
            .lock()
            .ok()
            .and_then(|p| p.get(language).cloned())
        {
            return plan;
        }
        let plan = crate::shape::plan(&self.font, language);
        if let Ok(mut plans) = self.plans.lock() {
            plans.insert(language.to_string(), plan.clone());
        }
        plan
    }

    /// Whether the font maps `c` to a real glyph.
    pub fn covers(&self, c: char) -> bool {
        self.font
            .charmap()
            .map_unicode(c as u32)
            .is_some_and(|g| g.to_u32() != 0)
    }

    /// Height above the baseline, in pt, at `size`.
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascender / self.units_per_em * size
    }

    /// Depth below the baseline as a positive number, in pt, at `size`.
    pub fn descent(&self, size: f32) -> f32 {
        -self.descender / self.units_per_em * size
    }
}

/// The faces a layout uses, by the keys of its `[fonts]` table.
pub struct FontSet {
    pub faces: Vec<Face>,
    by_key: BTreeMap<String, FaceId>,
}

impl FontSet {
    /// Loads each distinct file once, from `dir`.
    pub fn load(dir: &Path, files: &BTreeMap<String, String>) -> Result<FontSet, Error> {
        let mut faces: Vec<Face> = Vec::new();
        let mut by_file: BTreeMap<&str, FaceId> = BTreeMap::new();
        let mut by_key = BTreeMap::new();
        for (key, file) in files {
            let id = match by_file.get(file.as_str()) {
                Some(id) => *id,
                None => {
                    let id = FaceId(faces.len());
                    faces.push(Face::load(&dir.join(file))?);
                    by_file.insert(file, id);
                    id
                }
            };
            by_key.insert(key.clone(), id);
        }
        Ok(FontSet { faces, by_key })
    }

    pub fn id(&self, key: &str) -> Option<FaceId> {
        self.by_key.get(key).copied()
    }

    pub fn face(&self, id: FaceId) -> &Face {
        &self.faces[id.0]
    }
}

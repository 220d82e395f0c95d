//! Font files: parsed once per load, shared by every leaflet, and asked
//! whether they can draw a character before anything is shaped. Shaping
//! itself, and its cache, live in `layout::shape`.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::diag::{Code, Error, Finding};
use crate::msg;

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
    /// Unique for each face loaded in this process: caches of shaping
    /// results and subsets are keyed by it, so a reloaded font never meets
    /// results of its old version.
    pub key: FaceKey,
    /// The language systems (OpenType tags) the font's Latin and default
    /// scripts have in GSUB or GPOS: only these languages shape differently.
    language_systems: Vec<[u8; 4]>,
}

/// See [`Face::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FaceKey(u64);

impl FaceKey {
    fn next() -> FaceKey {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        FaceKey(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

impl Face {
    pub fn load(path: &Path) -> Result<Face, Error> {
        let data = Arc::new(std::fs::read(path).map_err(|e| crate::files::read_error(path, &e))?);
        let refuse = |message| Finding::new(Code::Font, message).in_file(path).boxed();
        let not_a_font = || refuse(msg!("font-unusable"));
        // The PDF writer embeds TrueType outlines (FontFile2); a CFF-based
        // OpenType font or a collection would need another embedding.
        match data.get(0..4) {
            Some([0, 1, 0, 0] | b"true") => {}
            Some(b"OTTO") => return Err(refuse(msg!("font-cff"))),
            Some(b"ttcf") => return Err(refuse(msg!("font-collection"))),
            _ => return Err(not_a_font()),
        }
        // Share the bytes with the font parser instead of copying them.
        let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = data.clone();
        let font = harfrust::Font::new(shared, 0).ok_or_else(not_a_font)?;
        let metrics = font.metrics();
        let line = metrics.hhea_line.ok_or_else(not_a_font)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Font".into());
        let language_systems = language_systems(&data);
        Ok(Face {
            name,
            units_per_em: f32::from(metrics.units_per_em),
            ascender: line.ascender.to_f64() as f32,
            descender: line.descender.to_f64() as f32,
            data,
            font,
            key: FaceKey::next(),
            language_systems,
        })
    }

    /// Whether the font has a language system for `language` (BCP 47):
    /// only then does text in that language shape differently from the
    /// default.
    pub fn has_language_system(&self, language: &str) -> bool {
        !self.language_systems.is_empty() && self.look_up_language_system(language)
    }

    fn look_up_language_system(&self, language: &str) -> bool {
        let Ok(language) = language.parse::<harfrust::Language>() else {
            return false;
        };
        let (_, tags) =
            harfrust::Script::tags_for_language(Some(harfrust::Script::LATIN), Some(&language));
        tags.as_slice()
            .iter()
            .any(|t| self.language_systems.contains(&t.to_be_bytes()))
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

/// The faces a layout uses, by the keys of its `[fonts]` table. Faces
/// are shared: layouts with the same files share their parses.
pub struct FontSet {
    faces: Vec<Arc<Face>>,
    by_key: BTreeMap<String, FaceId>,
}

impl FontSet {
    /// Loads each distinct file once, from `dir`.
    pub fn load(dir: &Path, files: &BTreeMap<String, String>) -> Result<FontSet, Error> {
        FontSet::from_faces(files, |file| Face::load(&dir.join(file)).map(Arc::new))
    }

    /// The set of `files` (key → file name), each distinct file's face
    /// from `face`.
    pub fn from_faces(
        files: &BTreeMap<String, String>,
        mut face: impl FnMut(&str) -> Result<Arc<Face>, Error>,
    ) -> Result<FontSet, Error> {
        let mut faces: Vec<Arc<Face>> = Vec::new();
        let mut by_file: BTreeMap<&str, FaceId> = BTreeMap::new();
        let mut by_key = BTreeMap::new();
        for (key, file) in files {
            let id = match by_file.get(file.as_str()) {
                Some(id) => *id,
                None => {
                    let id = FaceId(faces.len());
                    faces.push(face(file)?);
                    by_file.insert(file, id);
                    id
                }
            };
            by_key.insert(key.clone(), id);
        }
        Ok(FontSet { faces, by_key })
    }

    /// Every face, once.
    pub fn faces(&self) -> impl Iterator<Item = &Face> + Clone {
        self.faces.iter().map(|f| &**f)
    }

    pub fn id(&self, key: &str) -> Option<FaceId> {
        self.by_key.get(key).copied()
    }

    pub fn face(&self, id: FaceId) -> &Face {
        &self.faces[id.0]
    }
}

/// The bytes of table `tag` in an sfnt font file.
pub fn table<'a>(font: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
    let count = u16::from_be_bytes(font.get(4..6)?.try_into().ok()?);
    (0..usize::from(count)).find_map(|i| {
        let record = font.get(12 + 16 * i..28 + 16 * i)?;
        if &record[0..4] != tag {
            return None;
        }
        let offset = u32::from_be_bytes(record[8..12].try_into().ok()?) as usize;
        let length = u32::from_be_bytes(record[12..16].try_into().ok()?) as usize;
        font.get(offset..offset + length)
    })
}

/// LangSys tags under the `latn` and `DFLT` scripts of GSUB and GPOS.
fn language_systems(font: &[u8]) -> Vec<[u8; 4]> {
    let u16_at = |t: &[u8], at: usize| {
        t.get(at..at + 2)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
    };
    let mut tags = Vec::new();
    for layout in [b"GSUB", b"GPOS"] {
        let Some(t) = table(font, layout) else {
            continue;
        };
        let Some(list) = u16_at(t, 4) else { continue };
        let count = u16_at(t, list).unwrap_or(0);
        for i in 0..count {
            let record = list + 2 + 6 * i;
            let (Some(script), Some(offset)) = (t.get(record..record + 4), u16_at(t, record + 4))
            else {
                break;
            };
            if script != b"latn" && script != b"DFLT" {
                continue;
            }
            let at = list + offset;
            let systems = u16_at(t, at + 2).unwrap_or(0);
            for j in 0..systems {
                let r = at + 4 + 6 * j;
                if let Some(tag) = t.get(r..r + 4) {
                    tags.push(tag.try_into().expect("four bytes"));
                }
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_languages_with_a_language_system_shape_apart() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
        let face = Face::load(&dir.join("NotoSans-Regular.ttf")).unwrap();
        // Noto Sans has Latin language systems for Romanian and Catalan,
        // none for Vietnamese, Jrai or Bahnar.
        assert!(face.has_language_system("ro"));
        assert!(face.has_language_system("ca"));
        for code in ["vi", "jra", "bdq", "en"] {
            assert!(!face.has_language_system(code), "{code}");
        }
    }

    #[test]
    fn only_truetype_outlines_are_accepted() {
        let dir = std::env::temp_dir().join(format!("leaflet-fonts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let ttf =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts/NotoSans-Regular.ttf"))
                .unwrap();
        for (name, head, says) in [
            ("cff.otf", b"OTTO", "CFF"),
            ("fonts.ttc", b"ttcf", "collection"),
            ("text.ttf", b"abcd", "not a usable"),
        ] {
            let mut bytes = ttf.clone();
            bytes[0..4].copy_from_slice(head);
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            let err = Face::load(&path).err().expect("refused").to_string();
            assert!(err.contains(says) && err.contains(name), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

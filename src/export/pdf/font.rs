//! Embedded fonts: one subset per face and document, written as a Type 0
//! font (Identity-H, glyph ids as codes) with its widths and a ToUnicode map.
//!
//! The subset is made with `subsetter` and tagged `XXXXXX+Name` (the tag is
//! derived from the glyph set, so identical inputs give identical files).
//! ToUnicode has one text per glyph for the whole document: a cluster whose
//! glyph cannot carry its own text is written under an `/ActualText` span
//! (see `content`).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use lopdf::{Dictionary, Object, ObjectId, Stream};

use crate::diag::{Code, Error, Finding};
use crate::layout::frame::{Document, Glyph, GlyphRun, Item};
use crate::load::fonts::{table, Face, FaceId, FontSet};
use crate::msg;

use super::{deflated_stream, Fnv};

/// One face's subset: what the content writer needs to address its glyphs,
/// and its font program and ToUnicode map, deflated.
///
/// Subsets are shared through a [`SubsetCache`]: the leaflets of a batch
/// mostly use the same glyphs with the same texts, and subsetting and
/// deflating the font programs was a fifth of a leaflet's time.
pub struct Subset {
    /// The subset font program (TrueType, without `name` and `post`).
    program: Stream,
    to_unicode: Stream,
    /// Original glyph id → subset glyph id (0 where unused).
    remap: Vec<u16>,
    /// By subset glyph id: advance in thousandths of an em, as `/W` says.
    widths: Vec<i32>,
    /// By subset glyph id: the text ToUnicode gives the glyph.
    texts: Vec<String>,
    /// Six capital letters derived from the glyph set (PDF subset tag).
    tag: String,
    /// What the font descriptor states.
    metrics: FaceMetrics,
}

impl Subset {
    pub fn new_id(&self, original: u16) -> u16 {
        self.remap.get(usize::from(original)).copied().unwrap_or(0)
    }

    /// Advance width of a subset glyph in thousandths of an em.
    pub fn width(&self, new_id: u16) -> i32 {
        self.widths.get(usize::from(new_id)).copied().unwrap_or(0)
    }

    /// The subset glyph that reads as a space, if the subset has one.
    pub fn space(&self) -> Option<u16> {
        self.texts.iter().position(|t| t == " ").map(|i| i as u16)
    }

    /// Whether a cluster extracts correctly through ToUnicode alone: its
    /// glyphs' texts, in order, are exactly its text. Otherwise (ị shaped
    /// as i + combining dot below gives the decomposed "i\u{323}"; a glyph
    /// whose own text is another cluster's) it needs an `/ActualText` span
    /// for viewers that read them, while viewers that do not still get
    /// each glyph's own text.
    pub fn extracts_alone(&self, cluster: &[Glyph]) -> bool {
        let Some(first) = cluster.first() else {
            return true;
        };
        let mut rest: &str = &first.text;
        for g in cluster {
            let Some(text) = self.texts.get(usize::from(self.new_id(g.id))) else {
                return false;
            };
            match rest.strip_prefix(text.as_str()) {
                Some(r) if !text.is_empty() => rest = r,
                _ => return false,
            }
        }
        rest.is_empty()
    }
}

/// The subsets of every face a document uses.
pub struct Subsets {
    by_face: BTreeMap<FaceId, Arc<Subset>>,
}

/// Subsets by face and glyph set (see [`Subset`]); emptied when full.
#[derive(Default)]
pub struct SubsetCache(Mutex<HashMap<Vec<u8>, Arc<Subset>>>);
const CACHE_LIMIT: usize = 256;

impl Subsets {
    pub fn build(doc: &Document, fonts: &FontSet, cache: &SubsetCache) -> Result<Subsets, Error> {
        // Per face and original glyph id: whether it is used and its text.
        // A glyph's text comes from the first cluster where it stands alone;
        // a glyph seen only inside clusters (a combining mark) gets its
        // share of the cluster's decomposed text, so that every glyph has
        // its own ToUnicode entry and no viewer extracts U+FFFD.
        let mut used: BTreeMap<FaceId, Vec<Option<GlyphText>>> = BTreeMap::new();
        for run in runs(doc) {
            let glyphs = used.entry(run.face).or_default();
            for cluster in run.glyphs.chunk_by(|a, b| a.cluster == b.cluster) {
                let shares = (cluster.len() > 1).then(|| shares(&cluster[0].text, cluster.len()));
                for (i, g) in cluster.iter().enumerate() {
                    let at = usize::from(g.id);
                    if glyphs.len() <= at {
                        glyphs.resize(at + 1, None);
                    }
                    let slot = glyphs[at].get_or_insert_with(GlyphText::default);
                    match &shares {
                        None if slot.alone.is_none() => slot.alone = Some(g.text.to_string()),
                        Some(shares) if slot.share.is_none() => {
                            slot.share = shares.get(i).filter(|t| !t.is_empty()).cloned();
                        }
                        _ => {}
                    }
                }
            }
        }
        let mut by_face = BTreeMap::new();
        for (face_id, slots) in used {
            let face = fonts.face(face_id);
            let glyphs: Vec<(u16, Option<&str>)> = slots
                .iter()
                .enumerate()
                .filter_map(|(gid, slot)| slot.as_ref().map(|t| (gid as u16, t.text())))
                .collect();
            let mut key = format!("{:?}", face.key).into_bytes();
            for (gid, text) in &glyphs {
                key.extend_from_slice(&gid.to_le_bytes());
                key.extend_from_slice(text.unwrap_or("").as_bytes());
                key.push(0xFF); // never part of UTF-8
            }
            let cached = cache.0.lock().ok().and_then(|c| c.get(&key).cloned());
            let subset = match cached {
                Some(subset) => subset,
                None => {
                    let subset = Arc::new(subset(face, &glyphs)?);
                    if let Ok(mut cache) = cache.0.lock() {
                        if cache.len() >= CACHE_LIMIT {
                            cache.clear();
                        }
                        cache.insert(key, subset.clone());
                    }
                    subset
                }
            };
            by_face.insert(face_id, subset);
        }
        Ok(Subsets { by_face })
    }

    /// The subset of a face the document uses (every run's face has one).
    pub fn get(&self, face: FaceId) -> &Subset {
        &self.by_face[&face]
    }

    /// Adds each font's objects; returns the font resource dictionary
    /// (`/F<face index>` → font).
    pub fn write(&self, lo: &mut lopdf::Document, fonts: &FontSet) -> Dictionary {
        let mut resources = Dictionary::new();
        for (face_id, subset) in &self.by_face {
            let id = write_font(lo, fonts.face(*face_id), subset);
            resources.set(format!("F{}", face_id.0), Object::Reference(id));
        }
        resources
    }
}

/// What a glyph's ToUnicode entry can say: its text where it stands
/// alone, else its share of a cluster's.
#[derive(Debug, Clone, Default)]
struct GlyphText {
    alone: Option<String>,
    share: Option<String>,
}

impl GlyphText {
    fn text(&self) -> Option<&str> {
        self.alone.as_deref().or(self.share.as_deref())
    }
}

/// A cluster's text shared out over its `glyphs` glyphs, in order: one
/// character of its canonical decomposition each (ị → i, U+0323), the
/// last glyph taking what is left; a glyph beyond the characters gets
/// none (`None`: it keeps no text).
fn shares(text: &str, glyphs: usize) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let chars: Vec<char> = text.nfd().collect();
    (0..glyphs)
        .map(|i| {
            if i + 1 == glyphs {
                chars
                    .get(i..)
                    .map(|c| c.iter().collect())
                    .unwrap_or_default()
            } else {
                chars.get(i).map(|c| c.to_string()).unwrap_or_default()
            }
        })
        .collect()
}

fn runs(doc: &Document) -> impl Iterator<Item = &GlyphRun> {
    doc.pages
        .iter()
        .flat_map(|p| p.items.iter().chain(&p.furniture))
        .filter_map(|i| match i {
            Item::Text(run) => Some(run),
            _ => None,
        })
}

/// Subsets `face` to `glyphs` (original ids, ascending, with their texts).
fn subset(face: &Face, glyphs: &[(u16, Option<&str>)]) -> Result<Subset, Error> {
    // Remapped in ascending order: subset ids follow the original order.
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut remap = vec![0u16; glyphs.last().map_or(0, |g| usize::from(g.0)) + 1];
    for &(g, _) in glyphs {
        remap[usize::from(g)] = remapper.remap(g);
    }
    let count = remapper.num_gids() as usize;
    let program = subsetter::subset(&face.data, 0, &remapper).map_err(|e| {
        Finding::new(
            Code::Internal,
            msg!(
                "pdf-subset-failed",
                font = &face.name,
                detail = format!("{e:?}")
            ),
        )
        .boxed()
    })?;
    let program = without_tables(&program, &[*b"name", *b"post"]);

    let metrics = face.font.glyph_metrics();
    let mut widths = vec![0i32; count];
    let mut texts = vec![String::new(); count];
    let mut hash = Fnv::new();
    hash.write(face.name.as_bytes());
    for &(old, text) in glyphs {
        let new = usize::from(remap[usize::from(old)]);
        let advance = metrics.h_advance(harfrust::GlyphId::new(u32::from(old)));
        widths[new] = (advance * 1000.0 / face.units_per_em).round() as i32;
        texts[new] = text.unwrap_or("\u{FFFD}").to_string();
        hash.write(&old.to_be_bytes());
    }
    let mut h = hash.finish();
    let tag = (0..6)
        .map(|_| {
            let c = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            c
        })
        .collect();
    let program_len = program.len() as i64;
    let mut program = deflated_stream(Dictionary::new(), &program);
    program.dict.set("Length1", program_len);
    let mut subset = Subset {
        program,
        to_unicode: Stream::new(Dictionary::new(), Vec::new()),
        remap,
        widths,
        texts,
        tag,
        metrics: FaceMetrics::read(face),
    };
    subset.to_unicode = deflated_stream(Dictionary::new(), &to_unicode(&subset));
    Ok(subset)
}

/// The Type 0 font and its descendant, descriptor, program and ToUnicode.
fn write_font(lo: &mut lopdf::Document, face: &Face, subset: &Subset) -> ObjectId {
    let name = format!("{}+{}", subset.tag, face.name);
    let program = lo.add_object(subset.program.clone());

    let m = &subset.metrics;
    let mut flags = 4; // symbolic: glyphs beyond the standard Latin set
    if m.italic_angle != 0.0 {
        flags |= 64;
    }
    let descriptor = lo.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"FontDescriptor".to_vec())),
        ("FontName", Object::Name(name.clone().into_bytes())),
        ("Flags", Object::Integer(flags)),
        (
            "FontBBox",
            Object::Array(m.bbox.iter().map(|&v| Object::Integer(v)).collect()),
        ),
        ("ItalicAngle", Object::Real(m.italic_angle)),
        ("Ascent", Object::Integer(m.ascent)),
        ("Descent", Object::Integer(m.descent)),
        ("CapHeight", Object::Integer(m.cap_height)),
        // Not in the font; 80 is the customary stand-in for a regular weight.
        ("StemV", Object::Integer(80)),
        ("FontFile2", Object::Reference(program)),
    ]));

    let widths = subset.widths.iter().map(|&w| Object::Integer(w.into()));
    let cid_font = lo.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"CIDFontType2".to_vec())),
        ("BaseFont", Object::Name(name.clone().into_bytes())),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("FontDescriptor", Object::Reference(descriptor)),
        ("CIDToGIDMap", Object::Name(b"Identity".to_vec())),
        (
            "W",
            Object::Array(vec![Object::Integer(0), Object::Array(widths.collect())]),
        ),
    ]));

    let to_unicode = lo.add_object(subset.to_unicode.clone());
    lo.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type0".to_vec())),
        ("BaseFont", Object::Name(name.into_bytes())),
        ("Encoding", Object::Name(b"Identity-H".to_vec())),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Reference(cid_font)]),
        ),
        ("ToUnicode", Object::Reference(to_unicode)),
    ]))
}

/// The ToUnicode CMap: each subset glyph id to its text in UTF-16BE.
fn to_unicode(subset: &Subset) -> Vec<u8> {
    use std::fmt::Write;
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(usize, &String)> = subset
        .texts
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .collect();
    for block in entries.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", block.len());
        for (gid, text) in block {
            let _ = write!(out, "<{gid:04X}> <");
            for unit in text.encode_utf16() {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

/// What a font descriptor states, in thousandths of an em.
struct FaceMetrics {
    bbox: [i64; 4],
    italic_angle: f32,
    ascent: i64,
    descent: i64,
    cap_height: i64,
}

impl FaceMetrics {
    fn read(face: &Face) -> FaceMetrics {
        let data = face.data.as_slice();
        let scale = |v: i16| (f32::from(v) * 1000.0 / face.units_per_em).round() as i64;
        let i16_at = |table: &[u8], at: usize| {
            table
                .get(at..at + 2)
                .map(|b| i16::from_be_bytes([b[0], b[1]]))
        };
        let head = table(data, b"head").unwrap_or(&[]);
        let bbox = [36, 38, 40, 42].map(|at| scale(i16_at(head, at).unwrap_or(0)));
        // post.italicAngle is 16.16 fixed.
        let italic_angle = table(data, b"post")
            .and_then(|t| t.get(4..8))
            .map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as f32 / 65536.0)
            .unwrap_or(0.0);
        let ascent = (face.ascender * 1000.0 / face.units_per_em).round() as i64;
        // OS/2 sCapHeight exists from version 2 on.
        let cap_height = table(data, b"OS/2")
            .filter(|t| i16_at(t, 0).unwrap_or(0) >= 2)
            .and_then(|t| i16_at(t, 88))
            .map(scale)
            .unwrap_or(ascent);
        FaceMetrics {
            bbox,
            italic_angle,
            ascent,
            descent: (face.descender * 1000.0 / face.units_per_em).round() as i64,
            cap_height,
        }
    }
}

/// The font program without `drop` tables. A PDF reads glyphs by id, so a
/// subset needs neither its names (`name`, which holds the whole licence
/// notice) nor its glyph names (`post`); a font that cannot be read is
/// returned unchanged.
fn without_tables(font: &[u8], drop: &[[u8; 4]]) -> Vec<u8> {
    let be16 = |at: usize| {
        font.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
    };
    let be32 = |at: usize| {
        font.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let Some(count) = be16(4) else {
        return font.to_vec();
    };
    let mut tables = Vec::new();
    for i in 0..count as usize {
        let at = 12 + 16 * i;
        let (Some(tag), Some(offset), Some(length)) =
            (font.get(at..at + 4), be32(at + 8), be32(at + 12))
        else {
            return font.to_vec();
        };
        let Some(data) = font.get(offset as usize..offset as usize + length as usize) else {
            return font.to_vec();
        };
        let tag: [u8; 4] = tag.try_into().expect("four bytes");
        if !drop.contains(&tag) {
            tables.push((tag, data));
        }
    }
    let checksum = |data: &[u8]| -> u32 {
        data.chunks(4).fold(0u32, |sum, c| {
            let mut word = [0u8; 4];
            word[..c.len()].copy_from_slice(c);
            sum.wrapping_add(u32::from_be_bytes(word))
        })
    };
    let n = tables.len() as u16;
    let log = 15 - n.leading_zeros() as u16; // floor(log2 n)
    let search = 16u16 << log;
    let mut out = Vec::with_capacity(font.len());
    out.extend_from_slice(&font[0..4]);
    for v in [n, search, log, n * 16 - search] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in &tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
    if let Some(head) = head_at {
        if out.len() >= head + 12 {
            out[head + 8..head + 12].copy_from_slice(&[0; 4]);
            let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
            out[head + 8..head + 12].copy_from_slice(&adjustment.to_be_bytes());
        }
    }
    out
}

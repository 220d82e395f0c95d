//! The layout result: what goes on each page, as plain data.
//!
//! Everything is positioned in millimetres from the top-left corner of the
//! trimmed page, y growing downwards; the bleed and the marks lie at
//! negative coordinates or beyond the trim size. The PDF writer only
//! converts units and serializes; tests inspect these values directly.

use crate::color::Cmyk;
use crate::load::fonts::FaceId;
use crate::load::icons::{FillRule, LineCap, LineJoin, Subpath};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

pub fn pt_to_mm(pt: f32) -> f32 {
    pt / PT_PER_MM
}

/// An axis-aligned rectangle in mm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    /// The part of this rectangle inside `to` (empty, at the nearest
    /// corner, when they do not meet).
    pub fn clipped_to(&self, to: &Rect) -> Rect {
        let x = self.x.max(to.x);
        let y = self.y.max(to.y);
        let right = self.right().min(to.right());
        let bottom = self.bottom().min(to.bottom());
        Rect::new(x, y, (right - x).max(0.0), (bottom - y).max(0.0))
    }

    pub fn new(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// Whether `other` lies within this rectangle (with a 1 µm tolerance
    /// for float rounding).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f32 = 0.001;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }

    pub fn translate(&self, dx: f32, dy: f32) -> Rect {
        Rect::new(self.x + dx, self.y + dy, self.width, self.height)
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Rect::new(
            x,
            y,
            self.right().max(other.right()) - x,
            self.bottom().max(other.bottom()) - y,
        )
    }
}

/// A built leaflet.
#[derive(Debug, Clone)]
pub struct Document {
    /// PDF `/Title`.
    pub title: String,
    /// PDF `/Lang` (BCP 47).
    pub lang: String,
    pub pages: Vec<Page>,
    /// Headings in reading order, for bookmarks.
    pub sections: Vec<Section>,
    /// Embed the output intent's ICC profile in print files (else it is
    /// named only).
    pub embed_profile: bool,
    /// For the office printer: the margin it cannot print (mm), which the
    /// file records so that preflight checks it.
    pub printer_margin: Option<f32>,
}

/// What a proof shows besides the leaflet itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProofMarks {
    pub blocks: Vec<BlockMark>,
    pub autofits: Vec<AutoFit>,
    /// How much room each panel has left at the designed size.
    pub rooms: Vec<PanelRoom>,
    /// Where text runs past a panel's safe area (a leaflet that does not
    /// fit still has a proof, to show what to shorten).
    pub overflows: Vec<OverflowMark>,
}

/// The room a panel has left with its text at the designed size (negative:
/// how much it is too long), and the messages it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelRoom {
    pub page: usize,
    pub panel: String,
    pub room_mm: f32,
    pub messages: Vec<String>,
}

/// The part of a panel's text that runs past its safe area.
#[derive(Debug, Clone, PartialEq)]
pub struct OverflowMark {
    pub page: usize,
    pub panel: String,
    pub rect: Rect,
}

/// A typeset block: where it is and which messages it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockMark {
    pub page: usize,
    pub panel: String,
    pub rect: Rect,
    pub messages: Vec<String>,
    /// Shows text taken from the source locale.
    pub fallback: bool,
}

/// A panel whose text was shrunk to fit.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoFit {
    pub page: usize,
    pub panel: String,
    /// 1 = as designed.
    pub scale: f32,
}

/// A heading and the page it is on (0-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    /// Its heading level (1 = the title): bookmarks nest by it.
    pub level: u8,
    pub page: usize,
    pub panel: String,
    /// The heading's top edge on its page (mm from the top): bookmarks
    /// open the page there.
    pub top: f32,
}

/// Print geometry shared by every page of a layout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sheet {
    pub trim_width: f32,
    pub trim_height: f32,
    pub bleed: f32,
    /// Room outside the trim for marks; the media box is the trim plus this
    /// on every side.
    pub marks_margin: f32,
}

impl Sheet {
    pub fn trim_box(&self) -> Rect {
        Rect::new(0.0, 0.0, self.trim_width, self.trim_height)
    }

    pub fn bleed_box(&self) -> Rect {
        let b = self.bleed;
        Rect::new(
            -b,
            -b,
            self.trim_width + 2.0 * b,
            self.trim_height + 2.0 * b,
        )
    }

    pub fn media_box(&self) -> Rect {
        let m = self.marks_margin;
        Rect::new(
            -m,
            -m,
            self.trim_width + 2.0 * m,
            self.trim_height + 2.0 * m,
        )
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub name: String,
    pub sheet: Sheet,
    pub panels: Vec<PanelArea>,
    /// x positions of the folds, from the left trim edge.
    pub folds: Vec<f32>,
    /// The content, drawn in order: later items paint over earlier ones.
    pub items: Vec<Item>,
    /// Print furniture drawn over the content and exempt from the panels'
    /// safe areas: crop and fold marks, the draft mark.
    pub furniture: Vec<Item>,
}

/// Where a panel sits and where its content may go.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelArea {
    pub name: String,
    pub area: Rect,
    /// The area minus the safe margin from trim and folds.
    pub safe: Rect,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(GlyphRun),
    Fill(Fill),
    Stroke(Stroke),
    Qr(QrSymbol),
    Link(LinkArea),
    Image(Picture),
    /// Vector shapes (icons), in ink colours.
    Path(IconPath),
    /// Review text shown when pointing at an area (proof files only).
    Note(Note),
}

impl Item {
    /// Where the item is drawn (a stroke's box is its end points).
    pub fn bounds(&self) -> Option<Rect> {
        Some(match self {
            Item::Text(run) => run.bounds,
            Item::Fill(fill) => fill.rect,
            Item::Stroke(s) => {
                let x = s.from.0.min(s.to.0);
                let y = s.from.1.min(s.to.1);
                Rect::new(x, y, (s.from.0 - s.to.0).abs(), (s.from.1 - s.to.1).abs())
            }
            Item::Qr(q) => q.bounds,
            Item::Link(l) => l.rect,
            Item::Image(p) => p.rect,
            Item::Path(p) => p.bounds,
            Item::Note(n) => n.rect,
        })
    }

    /// The item's structure tag, for items that have one (text, QR codes,
    /// links); everything else is decoration.
    pub fn tag_mut(&mut self) -> Option<&mut Tag> {
        match self {
            Item::Text(run) => Some(&mut run.tag),
            Item::Qr(q) => Some(&mut q.tag),
            Item::Link(l) => Some(&mut l.tag),
            _ => None,
        }
    }

    pub fn tag(&self) -> Option<&Tag> {
        match self {
            Item::Text(run) => Some(&run.tag),
            Item::Qr(q) => Some(&q.tag),
            Item::Link(l) => Some(&l.tag),
            _ => None,
        }
    }

    pub fn translate(&mut self, dx: f32, dy: f32) {
        match self {
            Item::Text(run) => {
                run.bounds = run.bounds.translate(dx, dy);
                for g in &mut run.glyphs {
                    g.x += dx;
                    g.y += dy;
                }
            }
            Item::Fill(fill) => fill.rect = fill.rect.translate(dx, dy),
            Item::Stroke(s) => {
                s.from = (s.from.0 + dx, s.from.1 + dy);
                s.to = (s.to.0 + dx, s.to.1 + dy);
            }
            Item::Qr(q) => {
                q.bounds = q.bounds.translate(dx, dy);
                for r in &mut q.modules {
                    *r = r.translate(dx, dy);
                }
            }
            Item::Link(l) => l.rect = l.rect.translate(dx, dy),
            Item::Image(p) => p.rect = p.rect.translate(dx, dy),
            Item::Path(p) => {
                p.bounds = p.bounds.translate(dx, dy);
                for s in &mut p.subpaths {
                    *s = s.map(|(x, y)| (x + dx, y + dy));
                }
            }
            Item::Note(n) => n.rect = n.rect.translate(dx, dy),
        }
    }
}

/// What a piece of content is to someone who cannot see the page: the
/// structure a tagged (screen) PDF gives it. Set by the block that made
/// the item, from the block's kind; print files ignore it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// Which block of its panel the item comes from (1-based, in layout
    /// order; 0 is the draft mark): the items of one block form one
    /// element, and the blocks are read in this order.
    pub block: u16,
    pub role: Role,
    /// The text's language when it is not the document's: text taken from
    /// the source locale, or a part of the bilingual draft mark.
    pub lang: Option<String>,
    /// Where, within a run, another language starts (cluster, language):
    /// the draft mark's parts. The screen variant splits the run there.
    pub lang_from: Vec<(u32, String)>,
    /// Text that is a web address inside a paragraph, and the link that
    /// makes it clickable: the `n`th of its page (set by the screen
    /// variant, which splits the run at the address).
    pub link: Option<u16>,
}

/// The role of an item within its block.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Role {
    /// Not content: backgrounds, rules, icons, marks.
    #[default]
    Decoration,
    /// A heading of this level (1 = the leaflet's title).
    Heading(u8),
    Paragraph,
    /// Item `n` of a list: its label (a bullet, "Bước 1:") and its text.
    ListLabel(u16),
    ListBody(u16),
    /// Entry `n` of a list of links (a link list or QR codes): the name,
    /// the address (the clickable text) and its QR code with the text a
    /// screen reader says for it.
    LinkName(u16),
    LinkAddress(u16),
    /// What stands in for an unknown address ("find it in Zalo").
    LinkHint(u16),
    LinkCode {
        entry: u16,
        alt: String,
    },
}

/// Glyphs of one face, size and colour on one line, placed where the shaper
/// said.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    pub face: FaceId,
    /// Type size in pt.
    pub size: f32,
    pub color: Cmyk,
    pub glyphs: Vec<Glyph>,
    /// The line box: from the ascender to the descender, first glyph origin
    /// to last advance. Every glyph's ink of these fonts lies inside it.
    pub bounds: Rect,
    /// The message this text comes from (`id` or `id.attr`), for diagnostics.
    pub message: String,
    pub tag: Tag,
}

impl GlyphRun {
    /// The run's text as a reader would copy it.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut last = None;
        for g in &self.glyphs {
            if last != Some(g.cluster) {
                out.push_str(&g.text);
                last = Some(g.cluster);
            }
        }
        out
    }
}

/// A positioned glyph. `x`/`y` is its origin including the shaper's offsets,
/// `y` being the baseline (mm, downwards).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub x: f32,
    pub y: f32,
    /// Number of the cluster within the run: glyphs sharing it render the
    /// same characters together.
    pub cluster: u32,
    /// The characters of the cluster (only on its first glyph; empty on the
    /// others).
    pub text: ClusterText,
}

/// The characters of a cluster: nearly always one letter with its marks,
/// so they are kept inline. A leaflet has thousands of glyphs, and a heap
/// string for each was a measurable share of a build.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct ClusterText(ClusterRepr);

#[derive(Clone, PartialEq, Eq)]
enum ClusterRepr {
    Inline { len: u8, bytes: [u8; 22] },
    Heap(Box<str>),
}

impl Default for ClusterRepr {
    fn default() -> Self {
        ClusterRepr::Inline {
            len: 0,
            bytes: [0; 22],
        }
    }
}

impl From<&str> for ClusterText {
    fn from(text: &str) -> Self {
        let mut bytes = [0; 22];
        match bytes.get_mut(..text.len()) {
            Some(slot) => {
                slot.copy_from_slice(text.as_bytes());
                ClusterText(ClusterRepr::Inline {
                    len: text.len() as u8,
                    bytes,
                })
            }
            None => ClusterText(ClusterRepr::Heap(text.into())),
        }
    }
}

impl std::ops::Deref for ClusterText {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            ClusterRepr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).expect("built from a str")
            }
            ClusterRepr::Heap(text) => text,
        }
    }
}

impl std::fmt::Debug for ClusterText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fill {
    pub rect: Rect,
    pub color: Cmyk,
}

/// A straight line, e.g. a crop or fold mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub from: (f32, f32),
    pub to: (f32, f32),
    /// Line width in pt.
    pub width: f32,
    pub color: Cmyk,
    /// Dashed (fold marks) or solid (crop marks).
    pub dashed: bool,
}

/// A QR code as merged rectangles of dark modules (quiet zone included in
/// `bounds`, never drawn).
#[derive(Debug, Clone, PartialEq)]
pub struct QrSymbol {
    pub url: String,
    pub bounds: Rect,
    pub module_size: f32,
    pub modules: Vec<Rect>,
    pub tag: Tag,
}

/// A clickable area.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    pub rect: Rect,
    pub url: String,
    /// The text (or code) it makes clickable.
    pub tag: Tag,
}

/// Text for reviewers attached to an area, shown by PDF viewers when
/// pointing at it (a proof's full list of a block's message ids).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub rect: Rect,
    pub text: String,
}

/// A greyscale raster image (a logo) placed in `rect`.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub rect: Rect,
    pub width_px: usize,
    pub height_px: usize,
    /// One byte per pixel, 0 = black, rows top to bottom.
    pub grey: std::sync::Arc<Vec<u8>>,
}

impl Picture {
    /// Effective resolution in pixels per inch as printed.
    pub fn ppi(&self) -> f32 {
        self.width_px as f32 / (self.rect.width / 25.4)
    }
}

/// One shape of an icon placed on the page: subpaths in mm, filled and/or
/// stroked (the fill painted first).
#[derive(Debug, Clone, PartialEq)]
pub struct IconPath {
    pub subpaths: Vec<Subpath>,
    pub fill: Option<PathFill>,
    pub stroke: Option<PathStroke>,
    /// The box the icon was placed in (its SVG canvas, scaled); the ink of
    /// a well-drawn icon stays inside it.
    pub bounds: Rect,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PathFill {
    pub color: Cmyk,
    pub rule: FillRule,
}

/// A path's stroke; lengths in mm (unlike [`Stroke::width`], in pt: icon
/// geometry scales as one).
#[derive(Debug, Clone, PartialEq)]
pub struct PathStroke {
    pub color: Cmyk,
    pub width: f32,
    pub cap: LineCap,
    pub join: LineJoin,
    pub miter_limit: f32,
    /// Dash and gap lengths (empty: solid), and the pattern's start.
    pub dash: Vec<f32>,
    pub dash_offset: f32,
}

impl IconPath {
    /// Where ink can fall: the outline's extent widened by the stroke (by
    /// half its width, or the miter limit's reach at miter joins; square
    /// caps reach half a width times √2).
    pub fn ink_bounds(&self) -> Option<Rect> {
        let mut extents = self.subpaths.iter().map(Subpath::extent);
        let (lo, hi) = extents.next()?;
        let (mut x0, mut y0, mut x1, mut y1) = (lo.0, lo.1, hi.0, hi.1);
        for (lo, hi) in extents {
            (x0, y0, x1, y1) = (x0.min(lo.0), y0.min(lo.1), x1.max(hi.0), y1.max(hi.1));
        }
        let reach = self.stroke.as_ref().map_or(0.0, |s| {
            let half = s.width / 2.0;
            match (s.join, s.cap) {
                (LineJoin::Miter, _) => half * s.miter_limit.max(std::f32::consts::SQRT_2),
                (_, LineCap::Square) => half * std::f32::consts::SQRT_2,
                _ => half,
            }
        });
        Some(Rect::new(
            x0 - reach,
            y0 - reach,
            x1 - x0 + 2.0 * reach,
            y1 - y0 + 2.0 * reach,
        ))
    }
}

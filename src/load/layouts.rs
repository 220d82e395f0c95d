//! Layout definitions (`layouts/*.toml`): page geometry, styles and the
//! blocks of every panel, read with serde and checked before anything is
//! typeset.
//!
//! Lengths are millimetres, type sizes and leading are points, colours are
//! CMYK percentages — the units a print shop talks in. No visible text lives
//! here: blocks name Fluent messages (`id` or `id.attribute`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::color::Cmyk;
use crate::diag::Location;
use crate::diag::{Code, Error, Finding};
use crate::i18n::{Arg, Message};
use crate::load::icon_library::{IconLibrary, IconUseError};
use crate::load::icons::Icon;
use crate::msg;

/// The least bleed a print shop accepts, in mm.
pub const MIN_BLEED_MM: f32 = 3.0;

/// A layout file as written; see [`Layout::load`] for the checked form.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayoutFile {
    // Top-level values are spanned so that a bad one is reported where it
    // is written; defaults have an empty span at the start of the file.
    /// Trimmed (finished) page size.
    pub trim: Spanned<Size>,
    /// Bleed beyond the trim on every side, in mm.
    pub bleed: Spanned<f32>,
    /// Distance that text keeps from the trim and from every fold, in mm.
    pub safe_margin: Spanned<f32>,
    /// Room outside the bleed for crop and fold marks, in mm.
    #[serde(default = "default_marks_margin")]
    pub marks_margin: Spanned<f32>,
    /// What an office laser printer cannot print at the sheet's edge, in
    /// mm: the office file (`build --office`) keeps everything inside it.
    #[serde(default = "default_printer_margin")]
    pub printer_margin_mm: Spanned<f32>,
    /// How far a panel's background runs past a fold onto its neighbour,
    /// in mm: a fold is never exactly on the line, and a cover that stops
    /// at it shows a white edge when folded a little off.
    #[serde(default = "default_past_fold")]
    pub background_past_fold: Spanned<f32>,
    /// Smallest type size the printer can hold; styles below it are refused.
    #[serde(default = "default_min_size")]
    pub min_size: Spanned<f32>,
    /// Printed at the top of every panel of a leaflet with drafts or
    /// fallback text.
    #[serde(default = "default_draft_mark")]
    pub draft_mark: Spanned<String>,
    /// The language of each " / "-separated part of `draft_mark`, for
    /// screen readers. Default: English then Vietnamese for a label of
    /// two parts (as the default label is), else the leaflet's language.
    pub draft_mark_lang: Option<Spanned<Vec<String>>>,
    /// What the leaflet is about, as the first word of the screen file's
    /// name (`dvctt` → `dvctt-huyen-ia-grai.vi.screen.pdf`), the file
    /// people share on Zalo. Default: the layout's name.
    pub share_name: Option<Spanned<String>>,
    /// Embed the FOGRA39 ICC profile (650 KB) in print files, or only name
    /// the registered condition (which PDF/X-1a allows).
    #[serde(default = "default_true")]
    pub embed_profile: bool,
    /// Font files (in `fonts/`) by the name styles use.
    pub fonts: Spanned<BTreeMap<String, Spanned<String>>>,
    pub styles: BTreeMap<String, Spanned<StyleDef>>,
    pub pages: Vec<Spanned<PageDef>>,
    /// Panel names in the order a reader meets them; the screen variant
    /// has one page per panel in this order. Default: page order.
    pub reading_order: Option<Spanned<Vec<String>>>,
    /// Folder of the icons (`<name>.svg`) that blocks name, relative to
    /// the layout file. Default: the project's `icons/`.
    pub icon_folder: Option<Spanned<String>>,
    /// Named CMYK colours, for icons (`icon_color`, `[icon_colors]`).
    #[serde(default)]
    pub palette: BTreeMap<String, Spanned<Cmyk>>,
    /// The fixed colours of icon files (`"#rrggbb"`) and the palette colour
    /// (or `"currentColor"`) each prints in; an unmapped one is an error.
    #[serde(default)]
    pub icon_colors: BTreeMap<String, Spanned<String>>,
}

fn default_marks_margin() -> Spanned<f32> {
    Spanned::new(0..0, 10.0)
}

/// What a folding machine (or a clerk) misses a fold by.
fn default_past_fold() -> Spanned<f32> {
    Spanned::new(0..0, 1.5)
}

/// Most office laser printers leave 4–5 mm unprinted at every edge.
fn default_printer_margin() -> Spanned<f32> {
    Spanned::new(0..0, 5.0)
}

fn default_min_size() -> Spanned<f32> {
    Spanned::new(0..0, 6.0)
}

fn default_true() -> bool {
    true
}

/// Where each " / "-separated part of a draft mark starts (byte offsets;
/// the separator belongs to the part before it).
pub fn draft_mark_parts(label: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(label.match_indices(" / ").map(|(i, sep)| i + sep.len()));
    starts
}

fn default_draft_mark() -> Spanned<String> {
    Spanned::new(0..0, "DRAFT / BẢN NHÁP".into())
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Size {
    pub width: f32,
    pub height: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleDef {
    /// Key into the layout's `[fonts]` table.
    pub font: String,
    /// Font for bold lead-ins ("Bước 1:", a bullet's title); defaults to `bold`.
    pub lead_font: Option<String>,
    /// Type size in pt.
    pub size: f32,
    /// Baseline-to-baseline distance in pt.
    pub leading: f32,
    #[serde(default = "default_color")]
    pub color: Cmyk,
    /// Space above and below the block (or each list item), in mm.
    #[serde(default)]
    pub space_before: f32,
    #[serde(default)]
    pub space_after: f32,
    #[serde(default)]
    pub align: Align,
    /// Hanging indent of list items, in mm.
    #[serde(default)]
    pub indent: f32,
    /// Size of the icons of blocks in this style, in mm (default: one
    /// line's leading).
    pub icon_size: Option<f32>,
    /// Space between an icon and its text, in mm (default: a third of the
    /// icon's size).
    pub icon_gap: Option<f32>,
}

fn default_color() -> Cmyk {
    Cmyk::BLACK
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageDef {
    pub name: String,
    pub panels: Vec<Spanned<PanelDef>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PanelDef {
    pub name: String,
    /// Width in mm; the panels of a page must add up to the trim width.
    pub width: f32,
    /// Background colour; it extends into the bleed where the panel meets the trim.
    pub background: Option<Cmyk>,
    #[serde(default)]
    pub blocks: Vec<Spanned<BlockDef>>,
}

/// One block as written: `type` says which of the other fields apply.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockDef {
    #[serde(rename = "type")]
    pub kind: BlockKind,
    /// Message for a heading or paragraph.
    pub text: Option<Spanned<String>>,
    /// Messages for bullets and steps, one per item.
    #[serde(default)]
    pub items: Vec<Spanned<String>>,
    /// Message with a `$number` variable for the lead-in of each step.
    pub lead: Option<Spanned<String>>,
    /// First step number.
    pub start: Option<u32>,
    /// Link ids (from `links.toml`) for QR codes and link lists.
    #[serde(default)]
    pub links: Vec<Spanned<String>>,
    /// QR codes per row.
    pub columns: Option<u32>,
    /// Printed width of each QR code, in mm, without the quiet zone (4
    /// modules on every side) that is added around it.
    pub qr_size: Option<f32>,
    /// Height of a spacer in mm.
    pub height: Option<f32>,
    /// A spacer that takes all the room left in the panel (pushes what
    /// follows to the bottom).
    #[serde(default)]
    pub fill: bool,
    /// Image file (PNG) for an `image` block, relative to the layout file.
    pub path: Option<Spanned<String>>,
    /// Printed width of an image in mm (height follows its aspect ratio),
    /// or the size of an `icon` block (default: its style's `icon_size`).
    pub width: Option<f32>,
    /// Style name; each block type has a default.
    pub style: Option<Spanned<String>>,
    /// Style of the second line of QR captions and link lists (the URL).
    pub url_style: Option<Spanned<String>>,
    /// Style of a link list's hint, printed instead of an unknown URL
    /// ("find it in Zalo"): not a link, so not in link colour. Default:
    /// `url_style`.
    pub hint_style: Option<Spanned<String>>,
    /// Icon (a file name in the icon folder, without `.svg`): before a
    /// heading's text, instead of every bullet of a list, or an `icon` block.
    pub icon: Option<Spanned<String>>,
    /// One icon per bullet, instead of the bullet (as many as `items`).
    #[serde(default)]
    pub icons: Vec<Spanned<String>>,
    /// Palette colour of the block's icons (default: its text's colour).
    pub icon_color: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    Bullets,
    Steps,
    Qr,
    LinkList,
    Spacer,
    Image,
    Icon,
}

impl Block {
    /// The messages the block prints, in order.
    pub fn text_refs(&self) -> Vec<&TextRef> {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => vec![text],
            Block::Bullets { items, .. } => items.iter().collect(),
            Block::Steps { items, lead, .. } => std::iter::once(lead).chain(items).collect(),
            _ => Vec::new(),
        }
    }
}

/// A reference to visible text: a Fluent message, or one of its attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRef {
    pub id: String,
    pub attribute: Option<String>,
    /// Where the layout names it, for errors.
    pub at: Location,
}

impl TextRef {
    /// A reference made by the program itself (no layout position).
    pub fn bare(id: &str) -> TextRef {
        TextRef {
            id: id.to_string(),
            attribute: None,
            at: Location {
                path: PathBuf::new(),
                line: 0,
                column: 0,
            },
        }
    }

    fn parse(path: &Path, text: &str, raw: &Spanned<String>) -> Result<TextRef, Error> {
        let at = Location::from_offset(path, text, raw.span().start + 1);
        let value = raw.get_ref();
        let (id, attribute) = match value.split_once('.') {
            Some((id, attr)) => (id, Some(attr.to_string())),
            None => (value.as_str(), None),
        };
        let valid = |s: &str| {
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        if !valid(id) || !attribute.as_deref().is_none_or(valid) {
            return Err(
                Finding::new(Code::Layout, msg!("layout-not-a-message-id", value = value))
                    .at_location(&at)
                    .boxed(),
            );
        }
        Ok(TextRef {
            id: id.to_string(),
            attribute,
            at,
        })
    }

    /// `id` or `id.attribute`, as written.
    pub fn display(&self) -> String {
        match &self.attribute {
            Some(a) => format!("{}.{a}", self.id),
            None => self.id.clone(),
        }
    }
}

/// A reference to an entry of the links table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub id: String,
    pub at: Location,
}

/// A checked style: font resolved to its key, sizes validated.
#[derive(Debug, Clone)]
pub struct Style {
    pub name: String,
    pub font: String,
    pub lead_font: String,
    pub size: f32,
    pub leading: f32,
    pub color: Cmyk,
    pub space_before: f32,
    pub space_after: f32,
    pub align: Align,
    pub indent: f32,
    /// Icon size and the space after it, in mm.
    pub icon_size: f32,
    pub icon_gap: f32,
}

/// An icon a block draws, read and checked, and its colour.
#[derive(Debug, Clone)]
pub struct BlockIcon {
    pub name: String,
    pub icon: Arc<Icon>,
    /// The block's `icon_color`; `None`: the colour of its text.
    pub color: Option<Cmyk>,
}

/// What a block shows, with every reference already parsed and every style
/// resolved, so that composing cannot meet a malformed block.
#[derive(Debug, Clone)]
pub enum Block {
    Heading {
        text: TextRef,
        style: Style,
        /// Drawn before the text, which is indented past it.
        icon: Option<BlockIcon>,
    },
    Paragraph {
        text: TextRef,
        style: Style,
    },
    Bullets {
        items: Vec<TextRef>,
        style: Style,
        /// Empty, or one per item, drawn instead of its bullet.
        icons: Vec<BlockIcon>,
    },
    Steps {
        items: Vec<TextRef>,
        lead: TextRef,
        start: u32,
        style: Style,
    },
    Qr {
        links: Vec<LinkRef>,
        columns: u32,
        size: f32,
        style: Style,
        url_style: Style,
    },
    LinkList {
        links: Vec<LinkRef>,
        style: Style,
        url_style: Style,
        hint_style: Style,
    },
    Spacer {
        height: f32,
        fill: bool,
    },
    /// A logo, printed in greys (one ink), centred in the column.
    Image {
        path: PathBuf,
        width: f32,
        at: Location,
    },
    /// An icon on its own, placed by its style's alignment.
    Icon {
        icon: BlockIcon,
        size: f32,
        style: Style,
    },
}

#[derive(Debug, Clone)]
pub struct Panel {
    pub name: String,
    /// Left edge, from the left trim edge, in mm.
    pub x: f32,
    pub width: f32,
    pub background: Option<Cmyk>,
    pub blocks: Vec<Block>,
}

impl Panel {
    /// The messages of the panel's text blocks, each once, in order: what a
    /// translator can shorten when the panel overflows.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for r in self.blocks.iter().flat_map(Block::text_refs) {
            if !ids.contains(&r.id) {
                ids.push(r.id.clone());
            }
        }
        ids
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub name: String,
    pub panels: Vec<Panel>,
}

/// A checked layout: what [`crate::layout`] works from.
#[derive(Debug, Clone)]
pub struct Layout {
    /// File stem, used for the output folder (`output/<name>/`).
    pub name: String,
    pub path: PathBuf,
    pub trim: Size,
    pub bleed: f32,
    pub safe_margin: f32,
    pub marks_margin: f32,
    /// The office printer's unprintable edge, in mm.
    pub printer_margin: f32,
    /// The subject part of the screen file's name.
    pub share_name: String,
    /// How far backgrounds run past a fold, in mm.
    pub background_past_fold: f32,
    pub min_size: f32,
    pub draft_mark: String,
    /// The language of each part of the draft mark (empty: the leaflet's).
    pub draft_mark_lang: Vec<String>,
    pub embed_profile: bool,
    /// Panel names in reading order (empty: the order of the pages).
    pub reading_order: Vec<String>,
    /// The folder its icons are read from (when it loads: a changed file
    /// there means the layout must be read again).
    pub icon_dir: PathBuf,
    /// Font files by key, relative to the fonts folder.
    pub fonts: BTreeMap<String, String>,
    pub pages: Vec<Page>,
}

impl Layout {
    /// Every block of every panel, page by page.
    fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.pages
            .iter()
            .flat_map(|p| &p.panels)
            .flat_map(|p| &p.blocks)
    }

    /// The level of headings in `style`: 1 for the layout's largest
    /// heading style (the cover title), 2 for the next size down, and so
    /// on (at most 6). Screen readers navigate by these levels, and the
    /// bookmarks nest by them.
    pub fn heading_level(&self, style: &str) -> u8 {
        let mut sizes: Vec<(f32, &str)> = Vec::new();
        for block in self.blocks() {
            if let Block::Heading { style, .. } = block {
                if !sizes.iter().any(|(_, name)| *name == style.name) {
                    sizes.push((style.size, &style.name));
                }
            }
        }
        let Some(size) = sizes.iter().find(|(_, name)| *name == style).map(|s| s.0) else {
            return 2;
        };
        let mut larger: Vec<f32> = sizes.iter().map(|s| s.0).filter(|&s| s > size).collect();
        larger.sort_by(f32::total_cmp);
        larger.dedup();
        (larger.len() + 1).min(6) as u8
    }

    /// Every message the layout names, in reading order.
    pub fn text_refs(&self) -> Vec<&TextRef> {
        self.blocks().flat_map(Block::text_refs).collect()
    }

    /// Every link the layout names, in reading order.
    pub fn link_refs(&self) -> Vec<&LinkRef> {
        let mut out = Vec::new();
        for block in self.blocks() {
            if let Block::Qr { links, .. } | Block::LinkList { links, .. } = block {
                out.extend(links);
            }
        }
        out
    }

    /// Reads and checks a layout file. Every error names `path:line:col`.
    pub fn load(path: &Path) -> Result<Layout, Error> {
        Layout::parse(path, &crate::files::read_text(path)?)
    }

    /// Checks `text` as the contents of `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Layout, Error> {
        let file: LayoutFile =
            toml::from_str(text).map_err(|e| crate::load::toml_error(path, text, &e))?;
        Checker { path, text }.check(file)
    }
}

/// Turns a [`LayoutFile`] into a [`Layout`], reporting the first problem
/// with its position.
struct Checker<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Checker<'_> {
    fn err<T>(&self, span: std::ops::Range<usize>, message: Message) -> Result<T, Error> {
        Err(Finding::new(Code::Layout, message)
            .at(self.path, self.text, span.start)
            .boxed())
    }

    fn check(&self, file: LayoutFile) -> Result<Layout, Error> {
        let whole = 0..0;
        let (trim, bleed, marks_margin, min_size) = self.check_lengths(&file)?;
        let draft_mark_lang = self.check_draft_mark(&file)?;
        for key in ["regular", "bold"] {
            if !file.fonts.get_ref().contains_key(key) {
                return self.err(
                    file.fonts.span(),
                    msg!("layout-font-key-missing", key = key),
                );
            }
        }

        let mut styles = BTreeMap::new();
        for (name, def) in &file.styles {
            styles.insert(name.clone(), self.check_style(&file, name, def, min_size)?);
        }
        let library = self.icon_library(&file)?;

        if file.pages.is_empty() {
            return self.err(whole, msg!("layout-no-pages"));
        }
        let mut pages = Vec::new();
        for page in &file.pages {
            pages.push(self.check_page(&file, &styles, &library, page)?);
        }
        self.check_panel_names(&file)?;
        Ok(Layout {
            name: name_of(self.path),
            path: self.path.to_path_buf(),
            icon_dir: library.dir().to_path_buf(),
            trim,
            bleed,
            safe_margin: *file.safe_margin.get_ref(),
            marks_margin,
            printer_margin: *file.printer_margin_mm.get_ref(),
            share_name: file
                .share_name
                .as_ref()
                .map_or_else(|| name_of(self.path), |s| s.get_ref().clone()),
            background_past_fold: *file.background_past_fold.get_ref(),
            min_size,
            draft_mark: file.draft_mark.get_ref().clone(),
            draft_mark_lang,
            embed_profile: file.embed_profile,
            reading_order: file
                .reading_order
                .as_ref()
                .map(|o| o.get_ref().clone())
                .unwrap_or_default(),
            fonts: file
                .fonts
                .get_ref()
                .iter()
                .map(|(k, v)| (k.clone(), v.get_ref().clone()))
                .collect(),
            pages,
        })
    }

    /// The palette and icon colours checked, and where icons are read from.
    fn icon_library(&self, file: &LayoutFile) -> Result<IconLibrary, Error> {
        let layout_dir = self.path.parent().unwrap_or(Path::new(""));
        let dir = match &file.icon_folder {
            Some(folder) => layout_dir.join(folder.get_ref()),
            // `layouts/x.toml` → `icons/`, without a `layouts/..` detour.
            None => match layout_dir.parent() {
                Some(root) if layout_dir != Path::new("") => root.join("icons"),
                _ => layout_dir.join("../icons"),
            },
        };
        let palette = file
            .palette
            .iter()
            .map(|(k, v)| (k.clone(), *v.get_ref()))
            .collect();
        let icon_colors = file
            .icon_colors
            .iter()
            .map(|(k, v)| (k.clone(), v.get_ref().clone()))
            .collect();
        IconLibrary::new(dir, &palette, &icon_colors).map_err(|(key, e)| {
            let span = match (file.palette.get(&key), file.icon_colors.get(&key)) {
                (Some(v), _) => v.span(),
                (None, Some(v)) => v.span(),
                (None, None) => 0..0,
            };
            self.icon_error(span.start, e)
        })
    }

    /// An icon error at `offset` of the layout (its words live with the
    /// errors, in the catalogue).
    /// The page size and the lengths around it, each in its range.
    fn check_lengths(&self, file: &LayoutFile) -> Result<(Size, f32, f32, f32), Error> {
        let sensible = |v: f32| v > 0.0 && v <= 2000.0;
        let trim = *file.trim.get_ref();
        if !(sensible(trim.width) && sensible(trim.height)) {
            return self.err(file.trim.span(), msg!("layout-trim-range"));
        }
        for (name, value) in [
            ("bleed", &file.bleed),
            ("safe_margin", &file.safe_margin),
            ("marks_margin", &file.marks_margin),
            ("printer_margin_mm", &file.printer_margin_mm),
            ("background_past_fold", &file.background_past_fold),
        ] {
            if !(0.0..=50.0).contains(value.get_ref()) {
                return self.err(value.span(), msg!("layout-length-range", name = name));
            }
        }
        let (bleed, marks_margin) = (*file.bleed.get_ref(), *file.marks_margin.get_ref());
        if bleed < MIN_BLEED_MM {
            return self.err(
                file.bleed.span(),
                msg!(
                    "layout-bleed-too-small",
                    bleed = Arg::mm(bleed),
                    minimum = Arg::mm(MIN_BLEED_MM)
                ),
            );
        }
        let min_size = *file.min_size.get_ref();
        if !(1.0..=100.0).contains(&min_size) {
            return self.err(file.min_size.span(), msg!("layout-min-size-range"));
        }
        if marks_margin < bleed {
            return self.err(file.marks_margin.span(), msg!("layout-marks-margin"));
        }
        Ok((trim, bleed, marks_margin, min_size))
    }

    /// The draft mark and the language of each of its parts.
    fn check_draft_mark(&self, file: &LayoutFile) -> Result<Vec<String>, Error> {
        let parts = draft_mark_parts(file.draft_mark.get_ref()).len();
        let draft_mark_lang = match &file.draft_mark_lang {
            Some(langs) if langs.get_ref().len() != parts => {
                return self.err(
                    langs.span(),
                    msg!(
                        "layout-draft-mark-lang",
                        parts = parts,
                        langs = langs.get_ref().len()
                    ),
                );
            }
            Some(langs) => langs.get_ref().clone(),
            None if parts == 2 => vec!["en".to_string(), "vi".to_string()],
            None => Vec::new(),
        };
        if file.draft_mark.get_ref().trim().is_empty() {
            // Drafts must be visible on paper: an empty label would hide them.
            return self.err(file.draft_mark.span(), msg!("layout-draft-mark-empty"));
        }
        Ok(draft_mark_lang)
    }

    /// One style: known fonts, sizes, leading, colour, spaces, icon sizes.
    fn check_style(
        &self,
        file: &LayoutFile,
        name: &String,
        def: &Spanned<StyleDef>,
        min_size: f32,
    ) -> Result<Style, Error> {
        let span = def.span();
        let s = def.get_ref();
        for font in std::iter::once(&s.font).chain(s.lead_font.as_ref()) {
            if !file.fonts.get_ref().contains_key(font) {
                return self.err(
                    span,
                    msg!("layout-style-unknown-font", style = name, font = font),
                );
            }
        }
        if !(s.size >= min_size && s.size <= 200.0) {
            return self.err(
                span,
                msg!(
                    "layout-style-size",
                    style = name,
                    size = Arg::mm(s.size),
                    minimum = Arg::mm(min_size)
                ),
            );
        }
        if !(s.leading >= s.size * 0.8 && s.leading <= s.size * 4.0) {
            return self.err(
                span,
                msg!(
                    "layout-style-leading",
                    style = name,
                    leading = Arg::mm(s.leading),
                    size = Arg::mm(s.size)
                ),
            );
        }
        if !s.color.is_valid() {
            return self.err(span, msg!("layout-style-cmyk", style = name));
        }
        if [s.space_before, s.space_after, s.indent]
            .iter()
            .any(|v| !(0.0..=100.0).contains(v))
        {
            return self.err(span, msg!("layout-style-spaces", style = name));
        }
        // An icon as tall as a line of the style, by default.
        let icon_size = s.icon_size.unwrap_or(s.leading * 25.4 / 72.0);
        let icon_gap = s.icon_gap.unwrap_or(icon_size / 3.0);
        if !(1.0..=100.0).contains(&icon_size) || !(0.0..=50.0).contains(&icon_gap) {
            let e = IconUseError::StyleSizes {
                style: name.clone(),
            };
            return Err(self.icon_error(span.start, e));
        }
        Ok(Style {
            name: name.clone(),
            font: s.font.clone(),
            lead_font: s.lead_font.clone().unwrap_or_else(|| "bold".into()),
            size: s.size,
            leading: s.leading,
            color: s.color,
            space_before: s.space_before,
            space_after: s.space_after,
            align: s.align,
            indent: s.indent,
            icon_size,
            icon_gap,
        })
    }

    /// Panel names are unique, and the reading order names each once.
    fn check_panel_names(&self, file: &LayoutFile) -> Result<(), Error> {
        let panel_defs: Vec<&Spanned<PanelDef>> = file
            .pages
            .iter()
            .flat_map(|p| p.get_ref().panels.iter())
            .collect();
        let names: Vec<&str> = panel_defs
            .iter()
            .map(|p| p.get_ref().name.as_str())
            .collect();
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return self.err(
                    panel_defs[i].span(),
                    msg!("layout-duplicate-panel", name = *n),
                );
            }
        }
        if let Some(order) = &file.reading_order {
            let mut sorted_order: Vec<&str> = order.get_ref().iter().map(String::as_str).collect();
            let mut sorted_names = names.clone();
            sorted_order.sort();
            sorted_names.sort();
            if sorted_order != sorted_names {
                return self.err(
                    order.span(),
                    msg!("layout-reading-order", panels = Arg::code_list(&names)),
                );
            }
        }
        Ok(())
    }

    fn icon_error(&self, offset: usize, e: IconUseError) -> Error {
        let mut f = Finding::new(e.code(), e.message()).at(self.path, self.text, offset);
        f.help = e.help();
        f.boxed()
    }

    /// The icon `name` of a block, in the block's `icon_color`.
    fn block_icon(
        &self,
        library: &IconLibrary,
        name: &Spanned<String>,
        color: &Option<Spanned<String>>,
    ) -> Result<BlockIcon, Error> {
        let icon = library
            .icon(name.get_ref())
            .map_err(|e| self.icon_error(name.span().start + 1, e))?;
        let color = match color {
            Some(c) => Some(
                library
                    .color(c.get_ref())
                    .map_err(|e| self.icon_error(c.span().start + 1, e))?,
            ),
            None => None,
        };
        Ok(BlockIcon {
            name: name.get_ref().clone(),
            icon,
            color,
        })
    }

    fn check_page(
        &self,
        file: &LayoutFile,
        styles: &BTreeMap<String, Style>,
        library: &IconLibrary,
        page: &Spanned<PageDef>,
    ) -> Result<Page, Error> {
        let def = page.get_ref();
        let total: f32 = def.panels.iter().map(|p| p.get_ref().width).sum();
        let trim = file.trim.get_ref();
        if def.panels.is_empty() || (total - trim.width).abs() > 0.05 {
            return self.err(
                page.span(),
                msg!(
                    "layout-panel-widths",
                    page = &def.name,
                    total = Arg::mm(total),
                    trim = Arg::mm(trim.width)
                ),
            );
        }
        let mut x = 0.0;
        let mut panels = Vec::new();
        for panel in &def.panels {
            let p = panel.get_ref();
            if !(p.width > 2.0 * file.safe_margin.get_ref() && p.width <= trim.width) {
                return self.err(
                    panel.span(),
                    msg!("layout-panel-too-narrow", panel = &p.name),
                );
            }
            if p.background.is_some_and(|c| !c.is_valid()) {
                return self.err(panel.span(), msg!("layout-panel-cmyk", panel = &p.name));
            }
            let mut blocks = Vec::new();
            let mut fills = 0;
            for block in &p.blocks {
                let b = self.check_block(styles, library, block)?;
                if matches!(b, Block::Spacer { fill: true, .. }) {
                    fills += 1;
                    if fills > 1 {
                        return self.err(block.span(), msg!("layout-two-fills"));
                    }
                }
                blocks.push(b);
            }
            panels.push(Panel {
                name: p.name.clone(),
                x,
                width: p.width,
                background: p.background,
                blocks,
            });
            x += p.width;
        }
        Ok(Page {
            name: def.name.clone(),
            panels,
        })
    }

    fn style(
        &self,
        styles: &BTreeMap<String, Style>,
        given: &Option<Spanned<String>>,
        default: &str,
        block_span: std::ops::Range<usize>,
    ) -> Result<Style, Error> {
        let (name, span) = match given {
            Some(s) => (s.get_ref().as_str(), s.span()),
            None => (default, block_span),
        };
        match styles.get(name) {
            Some(s) => Ok(s.clone()),
            None => self.err(span, msg!("layout-unknown-style", name = name)),
        }
    }

    fn text(&self, raw: &Spanned<String>) -> Result<TextRef, Error> {
        TextRef::parse(self.path, self.text, raw)
    }

    /// Icons only where a block type can draw them: one per item of a
    /// bullet list, a colour only with an icon.
    fn check_icon_use(&self, b: &BlockDef) -> Result<(), Error> {
        let takes_icon = matches!(
            b.kind,
            BlockKind::Heading | BlockKind::Bullets | BlockKind::Icon
        );
        if let Some(icon) = b.icon.as_ref().filter(|_| !takes_icon) {
            return Err(self.icon_error(icon.span().start, IconUseError::NotTaken));
        }
        if let Some(first) = b.icons.first() {
            if b.kind != BlockKind::Bullets || b.icon.is_some() || b.icons.len() != b.items.len() {
                let e = IconUseError::IconsPerItem {
                    icons: b.icons.len(),
                    items: b.items.len(),
                };
                return Err(self.icon_error(first.span().start, e));
            }
        }
        if let Some(c) = b
            .icon_color
            .as_ref()
            .filter(|_| b.icon.is_none() && b.icons.is_empty())
        {
            return Err(self.icon_error(c.span().start, IconUseError::ColorWithoutIcon));
        }
        Ok(())
    }

    /// A QR block's code size (at least the 20 mm phones scan well) and
    /// columns.
    fn qr_grid(&self, b: &BlockDef, span: std::ops::Range<usize>) -> Result<(f32, u32), Error> {
        let size = b.qr_size.unwrap_or(20.0);
        if !(20.0..=80.0).contains(&size) {
            return self.err(span, msg!("layout-qr-size-range"));
        }
        let columns = b.columns.unwrap_or(1);
        if !(1..=4).contains(&columns) {
            return self.err(span, msg!("layout-columns-range"));
        }
        Ok((size, columns))
    }

    fn spacer(&self, b: &BlockDef, span: std::ops::Range<usize>) -> Result<Block, Error> {
        let height = b.height.unwrap_or(0.0);
        if !(0.0..=500.0).contains(&height) {
            return self.err(span, msg!("layout-spacer-height-range"));
        }
        if height == 0.0 && !b.fill {
            return self.err(span, msg!("layout-spacer-needs-height"));
        }
        Ok(Block::Spacer {
            height,
            fill: b.fill,
        })
    }

    /// An image block: its file, relative to the layout, and its width.
    fn image(&self, b: &BlockDef, span: std::ops::Range<usize>) -> Result<Block, Error> {
        let Some(path) = &b.path else {
            return self.err(span, msg!("layout-image-needs-path"));
        };
        let width = b.width.unwrap_or(0.0);
        if !(width > 0.0 && width <= 500.0) {
            return self.err(span, msg!("layout-image-needs-width"));
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        Ok(Block::Image {
            path: dir.join(path.get_ref()),
            width,
            at: Location::from_offset(self.path, self.text, path.span().start + 1),
        })
    }

    fn check_block(
        &self,
        styles: &BTreeMap<String, Style>,
        library: &IconLibrary,
        block: &Spanned<BlockDef>,
    ) -> Result<Block, Error> {
        let span = block.span();
        let b = block.get_ref();
        self.check_icon_use(b)?;
        let icon = || -> Result<Option<BlockIcon>, Error> {
            b.icon
                .as_ref()
                .map(|name| self.block_icon(library, name, &b.icon_color))
                .transpose()
        };
        let need_text = |what: &str| -> Result<TextRef, Error> {
            match &b.text {
                Some(t) => self.text(t),
                None => self.err(span.clone(), msg!("layout-block-needs-text", kind = what)),
            }
        };
        let items = || -> Result<Vec<TextRef>, Error> {
            if b.items.is_empty() {
                return self.err(span.clone(), msg!("layout-block-needs-items"));
            }
            b.items.iter().map(|i| self.text(i)).collect()
        };
        let links = || -> Result<Vec<LinkRef>, Error> {
            if b.links.is_empty() {
                return self.err(span.clone(), msg!("layout-block-needs-links"));
            }
            Ok(b.links
                .iter()
                .map(|l| LinkRef {
                    id: l.get_ref().clone(),
                    at: Location::from_offset(self.path, self.text, l.span().start + 1),
                })
                .collect())
        };
        Ok(match b.kind {
            BlockKind::Heading => Block::Heading {
                text: need_text("heading")?,
                style: self.style(styles, &b.style, "heading", span.clone())?,
                icon: icon()?,
            },
            BlockKind::Paragraph => Block::Paragraph {
                text: need_text("paragraph")?,
                style: self.style(styles, &b.style, "body", span.clone())?,
            },
            BlockKind::Bullets => {
                let items = items()?;
                let icons = match icon()? {
                    Some(one) => vec![one; items.len()],
                    None => b
                        .icons
                        .iter()
                        .map(|name| self.block_icon(library, name, &b.icon_color))
                        .collect::<Result<_, _>>()?,
                };
                Block::Bullets {
                    items,
                    style: self.style(styles, &b.style, "bullet", span.clone())?,
                    icons,
                }
            }
            BlockKind::Steps => Block::Steps {
                items: items()?,
                lead: match &b.lead {
                    Some(l) => self.text(l)?,
                    None => return self.err(span, msg!("layout-steps-need-lead")),
                },
                start: match b.start.unwrap_or(1) {
                    start @ 1..=999 => start,
                    _ => return self.err(span, msg!("layout-start-range")),
                },
                style: self.style(styles, &b.style, "step", span.clone())?,
            },
            BlockKind::Qr => {
                let (size, columns) = self.qr_grid(b, span.clone())?;
                Block::Qr {
                    links: links()?,
                    columns,
                    size,
                    style: self.style(styles, &b.style, "caption", span.clone())?,
                    url_style: self.style(styles, &b.url_style, "url", span.clone())?,
                }
            }
            BlockKind::LinkList => {
                let url_style = self.style(styles, &b.url_style, "url", span.clone())?;
                Block::LinkList {
                    links: links()?,
                    style: self.style(styles, &b.style, "body", span.clone())?,
                    hint_style: match &b.hint_style {
                        Some(_) => self.style(styles, &b.hint_style, "url", span.clone())?,
                        None => url_style.clone(),
                    },
                    url_style,
                }
            }
            BlockKind::Spacer => self.spacer(b, span)?,
            BlockKind::Image => self.image(b, span)?,
            BlockKind::Icon => {
                let Some(icon) = icon()? else {
                    return Err(self.icon_error(span.start, IconUseError::BlockWithoutIcon));
                };
                let style = self.style(styles, &b.style, "body", span.clone())?;
                let size = b.width.unwrap_or(style.icon_size);
                if !(1.0..=200.0).contains(&size) {
                    return Err(self.icon_error(span.start, IconUseError::BlockSize));
                }
                Block::Icon { icon, size, style }
            }
        })
    }
}

/// The name of the layout in file `path` (its stem: `trifold-a4`), which
/// names its output folder; known even when the file does not load.
pub fn name_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "layout".into())
}

/// Every `*.toml` layout in `dir`, sorted by name so builds are reproducible.
/// Variants files (`[[variant]]` tables) live there too, next to the
/// shipped example, and are not layouts: they are left out.
pub fn discover(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut paths = crate::files::files_with_extension(dir, "toml")?;
    paths.retain(|p| {
        std::fs::read_to_string(p).map_or(true, |text| {
            !text
                .lines()
                .any(|l| l.trim_start().starts_with("[[variant]]"))
        })
    });
    Ok(paths)
}

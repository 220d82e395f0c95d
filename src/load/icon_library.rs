//! A layout's icons: its palette of named CMYK colours, the map from the
//! fixed colours of icon files to those inks, and the icons its blocks
//! name, each read once from the icon folder.
//!
//! Checking happens while the layout is loaded, so an icon with a colour
//! the layout does not map stops the build before anything is typeset,
//! and the error points at the block that names the icon.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::color::Cmyk;
use crate::diag::Code;
use crate::i18n::{Arg, Message};
use crate::load::icons::{self, ColorMap, Icon, IconError, Ink};
use crate::msg;

/// The value of `[icon_colors]` that keeps a colour as the text's.
pub(crate) const CURRENT_COLOR: &str = "currentColor";

/// Why a layout's palette, colour map or use of an icon is refused;
/// [`IconUseError::message`] says it, in the tool's catalogue (the layout
/// adds where), and [`IconUseError::code`] decides which kind of finding.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum IconUseError {
    BadPaletteColor {
        name: String,
    },
    /// An `[icon_colors]` key that is not `#rgb` or `#rrggbb`.
    BadSvgColor {
        key: String,
    },
    /// A colour name the palette lacks; `current`: `currentColor` would
    /// do too (in `[icon_colors]`, not in a block's `icon_color`).
    UnknownPaletteColor {
        name: String,
        known: Vec<String>,
        current: bool,
    },
    BadIconName {
        name: String,
    },
    UnknownIcon {
        name: String,
        file: PathBuf,
    },
    Icon(IconError),
    /// A style's `icon_size` or `icon_gap` out of range.
    StyleSizes {
        style: String,
    },
    /// `icon` on a block type that draws none.
    NotTaken,
    /// `icons` on something other than bullets, with `icon`, or not one
    /// per item.
    IconsPerItem {
        icons: usize,
        items: usize,
    },
    ColorWithoutIcon,
    BlockWithoutIcon,
    BlockSize,
}

impl IconUseError {
    /// A value of the layout is wrong ([`Code::Layout`]), or the icon
    /// file it names cannot be used ([`Code::Icon`]).
    pub(crate) fn code(&self) -> Code {
        match self {
            IconUseError::UnknownIcon { .. } | IconUseError::Icon(_) => Code::Icon,
            _ => Code::Layout,
        }
    }

    pub(crate) fn message(&self) -> Message {
        match self {
            IconUseError::BadPaletteColor { name } => msg!("layout-palette-cmyk", name = name),
            IconUseError::BadSvgColor { key } => msg!("layout-icon-colors-key", key = key),
            IconUseError::UnknownPaletteColor {
                name,
                known,
                current,
            } => match current {
                true => msg!(
                    "layout-unknown-ink",
                    name = name,
                    count = known.len(),
                    known = Arg::code_list(known),
                    current = CURRENT_COLOR
                ),
                false => msg!(
                    "layout-unknown-palette-color",
                    name = name,
                    count = known.len(),
                    known = Arg::code_list(known)
                ),
            },
            IconUseError::BadIconName { name } => msg!("layout-icon-name", name = name),
            IconUseError::UnknownIcon { name, file } => {
                msg!("icon-unknown", name = name, file = file)
            }
            IconUseError::Icon(e) => e.message(),
            IconUseError::StyleSizes { style } => {
                msg!("layout-style-icon-sizes", style = style)
            }
            IconUseError::NotTaken => msg!("layout-icon-not-taken"),
            IconUseError::IconsPerItem { icons, items } => {
                msg!("layout-icons-per-item", icons = *icons, items = *items)
            }
            IconUseError::ColorWithoutIcon => msg!("layout-icon-color-without-icon"),
            IconUseError::BlockWithoutIcon => msg!("layout-icon-block-needs-icon"),
            IconUseError::BlockSize => msg!("layout-icon-width-range"),
        }
    }

    /// What to do about it, where the catalogue knows.
    pub(crate) fn help(&self) -> Option<Message> {
        match self {
            IconUseError::Icon(e) => e.help(),
            _ => None,
        }
    }
}

/// The palette and the icons a layout uses.
#[derive(Debug)]
pub(crate) struct IconLibrary {
    dir: PathBuf,
    palette: BTreeMap<String, Cmyk>,
    colors: ColorMap,
    loaded: RefCell<BTreeMap<String, Arc<Icon>>>,
}

impl IconLibrary {
    /// Checks the palette and the colour map; `Err` carries the key (of
    /// `palette` or `icon_colors`) at fault.
    pub(crate) fn new(
        dir: PathBuf,
        palette: &BTreeMap<String, Cmyk>,
        icon_colors: &BTreeMap<String, String>,
    ) -> Result<IconLibrary, (String, IconUseError)> {
        for (name, color) in palette {
            if !color.is_valid() {
                let error = IconUseError::BadPaletteColor { name: name.clone() };
                return Err((name.clone(), error));
            }
        }
        let mut library = IconLibrary {
            dir,
            palette: palette.clone(),
            colors: ColorMap::new(),
            loaded: RefCell::default(),
        };
        for (key, ink_name) in icon_colors {
            let Some(hex) = svg_hex(key) else {
                return Err((key.clone(), IconUseError::BadSvgColor { key: key.clone() }));
            };
            let ink = library.ink(ink_name).map_err(|e| (key.clone(), e))?;
            library.colors.insert(hex, ink);
        }
        Ok(library)
    }

    /// The folder icons are read from.
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    /// A palette colour by name.
    pub(crate) fn color(&self, name: &str) -> Result<Cmyk, IconUseError> {
        self.palette
            .get(name)
            .copied()
            .ok_or_else(|| IconUseError::UnknownPaletteColor {
                name: name.to_string(),
                known: self.palette.keys().cloned().collect(),
                current: false,
            })
    }

    /// What an `[icon_colors]` value names: a palette colour, or
    /// `currentColor`.
    fn ink(&self, name: &str) -> Result<Ink, IconUseError> {
        if name == CURRENT_COLOR {
            return Ok(Ink::Current);
        }
        self.color(name).map(Ink::Cmyk).map_err(|e| match e {
            IconUseError::UnknownPaletteColor { name, known, .. } => {
                IconUseError::UnknownPaletteColor {
                    name,
                    known,
                    current: true,
                }
            }
            e => e,
        })
    }

    /// The icon `name` (`<icon folder>/<name>.svg`), read and checked once.
    pub(crate) fn icon(&self, name: &str) -> Result<Arc<Icon>, IconUseError> {
        if let Some(icon) = self.loaded.borrow().get(name) {
            return Ok(icon.clone());
        }
        // A plain name keeps every icon inside the icon folder.
        let plain = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !plain {
            return Err(IconUseError::BadIconName {
                name: name.to_string(),
            });
        }
        let file = self.dir.join(format!("{name}.svg"));
        if !file.is_file() {
            return Err(IconUseError::UnknownIcon {
                name: name.to_string(),
                file,
            });
        }
        let icon = Arc::new(icons::load(&file, &self.colors).map_err(IconUseError::Icon)?);
        self.loaded
            .borrow_mut()
            .insert(name.to_string(), icon.clone());
        Ok(icon)
    }
}

/// `#rgb` or `#rrggbb` (any case) as `#rrggbb` in lower case, the form
/// icons report their colours in.
fn svg_hex(key: &str) -> Option<String> {
    let digits = key.strip_prefix('#')?;
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digits = digits.to_ascii_lowercase();
    match digits.len() {
        6 => Some(format!("#{digits}")),
        3 => Some(digits.chars().fold("#".to_string(), |mut s, c| {
            s.push(c);
            s.push(c);
            s
        })),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_colours_are_normalised_and_anything_else_refused() {
        assert_eq!(svg_hex("#E30613").as_deref(), Some("#e30613"));
        assert_eq!(svg_hex("#0aF").as_deref(), Some("#00aaff"));
        for bad in ["red", "#12345", "e30613", "#ggg"] {
            assert_eq!(svg_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn mappings_name_palette_colours_and_icon_names_stay_in_the_folder() {
        let palette = BTreeMap::from([("red".to_string(), Cmyk::from([0.0, 95.0, 90.0, 0.0]))]);
        let colors = |k: &str, v: &str| BTreeMap::from([(k.to_string(), v.to_string())]);
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("icons");
        let (key, e) =
            IconLibrary::new(dir.clone(), &palette, &colors("#f00", "blue")).unwrap_err();
        assert_eq!(key, "#f00");
        let text = e.message().debug();
        assert!(text.contains("`blue`") && text.contains("`red`"), "{text}");
        assert!(text.contains("`currentColor`"), "{text}");
        assert_eq!(e.code(), Code::Layout);
        let library = IconLibrary::new(dir, &palette, &colors("#F00", "red")).unwrap();
        assert_eq!(
            library.colors.get("#ff0000"),
            Some(&Ink::Cmyk(Cmyk::from([0.0, 95.0, 90.0, 0.0])))
        );
        // A block's `icon_color` is a palette colour: no `currentColor`.
        let text = library.color("green").unwrap_err().message().debug();
        assert!(
            text.contains("`green`") && !text.contains("currentColor"),
            "{text}"
        );
        assert!(library.icon("info").is_ok());
        assert!(Arc::ptr_eq(
            &library.icon("info").unwrap(),
            &library.icon("info").unwrap()
        ));
        for bad in ["../Cargo", "a/b", ""] {
            assert!(
                matches!(library.icon(bad), Err(IconUseError::BadIconName { .. })),
                "{bad}"
            );
        }
        let e = library.icon("no-such-icon").unwrap_err();
        let text = e.message().debug();
        assert!(text.contains("no-such-icon.svg"), "{text}");
        assert_eq!(e.code(), Code::Icon);
    }
}

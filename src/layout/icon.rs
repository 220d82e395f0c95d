//! Icons on the page: a checked [`Icon`] scaled into a square of the
//! requested size, its `currentColor` printed in the colour of the text it
//! goes with, and set beside a heading or a list item.

use crate::color::Cmyk;
use crate::layout::frame::{IconPath, Item, PathFill, PathStroke, Rect};
use crate::layout::typeset::SetParagraph;
use crate::load::fonts::{table, Face};
use crate::load::icons::{Icon, Ink};

/// `icon` scaled so that its larger side is `size` mm, centred in the
/// `size` square whose top-left corner is (`x`, `y`), `currentColor`
/// printed in `current`. Consecutive shapes that are only stroked, and
/// stroked alike, become one path: one set of stroke settings in the PDF.
pub fn place(icon: &Icon, x: f32, y: f32, size: f32, current: Cmyk) -> Vec<Item> {
    let scale = size / icon.width.max(icon.height);
    let (w, h) = (icon.width * scale, icon.height * scale);
    let bounds = Rect::new(x + (size - w) / 2.0, y + (size - h) / 2.0, w, h);
    let color = |ink: Ink| match ink {
        Ink::Current => current,
        Ink::Cmyk(c) => c,
    };
    let mut out: Vec<IconPath> = Vec::new();
    for shape in &icon.shapes {
        let subpaths: Vec<_> = shape
            .outline
            .iter()
            .map(|s| s.map(|(px, py)| (bounds.x + px * scale, bounds.y + py * scale)))
            .collect();
        let fill = shape.fill.as_ref().map(|f| PathFill {
            color: color(f.ink),
            rule: f.rule,
        });
        let stroke = shape.stroke.as_ref().map(|s| PathStroke {
            color: color(s.ink),
            width: s.width * scale,
            cap: s.cap,
            join: s.join,
            miter_limit: s.miter_limit,
            dash: s.dash.iter().map(|d| d * scale).collect(),
            dash_offset: s.dash_offset * scale,
        });
        match out.last_mut() {
            Some(last) if fill.is_none() && last.fill.is_none() && last.stroke == stroke => {
                last.subpaths.extend(subpaths);
            }
            _ => out.push(IconPath {
                subpaths,
                fill,
                stroke,
                bounds,
            }),
        }
    }
    out.into_iter().map(Item::Path).collect()
}

/// An icon before a set paragraph whose lines are indented past it: the
/// icon's middle level with the middle of the first line's capitals. A
/// paragraph shorter than the icon is moved down so the icon starts at
/// its top. Returns the items and the height of both together.
pub fn beside_text(
    p: SetParagraph,
    icon: &Icon,
    size: f32,
    color: Cmyk,
    face: &Face,
    font_size: f32,
) -> (Vec<Item>, f32) {
    let middle = p.first_baseline - cap_height(face, font_size) / 2.0;
    let top = middle - size / 2.0;
    let shift = (-top).max(0.0);
    let mut items = place(icon, 0.0, top + shift, size, color);
    for mut item in p.items {
        item.translate(0.0, shift);
        items.push(item);
    }
    let height = (p.height + shift).max(top + shift + size);
    (items, height)
}

/// Height of the capitals in mm at `size` pt: the font's `OS/2` cap
/// height, or 70 % of the em (Noto Sans has 71.4 %) for fonts without one.
fn cap_height(face: &Face, size: f32) -> f32 {
    let em = size * 25.4 / 72.0;
    let units = table(&face.data, b"OS/2").and_then(|os2| {
        let version = u16::from_be_bytes(os2.get(0..2)?.try_into().ok()?);
        let cap = i16::from_be_bytes(os2.get(88..90)?.try_into().ok()?);
        (version >= 2 && cap > 0).then_some(f32::from(cap))
    });
    units.map_or(0.7 * em, |u| u / face.units_per_em * em)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::icons::parse;
    use std::path::Path;

    fn icon(svg: &str) -> Icon {
        parse(Path::new("test.svg"), svg, &Default::default()).unwrap()
    }

    #[test]
    fn a_filled_canvas_fills_the_requested_square_to_the_micrometre() {
        let full = icon(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><rect width="24" height="24" fill="currentColor"/></svg>"#,
        );
        let items = place(&full, 10.0, 20.0, 7.5, Cmyk::BLACK);
        let [Item::Path(p)] = items.as_slice() else {
            panic!("{items:?}")
        };
        let ink = p.ink_bounds().unwrap();
        for (got, want) in [
            (ink.x, 10.0),
            (ink.y, 20.0),
            (ink.width, 7.5),
            (ink.height, 7.5),
        ] {
            assert!((got - want).abs() < 0.001, "{ink:?}");
        }
        assert_eq!(p.bounds, Rect::new(10.0, 20.0, 7.5, 7.5));
        assert_eq!(p.fill.as_ref().unwrap().color, Cmyk::BLACK);
    }

    #[test]
    fn a_wide_icon_is_centred_and_alike_strokes_share_one_path() {
        let wide = icon(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10" fill="none" stroke="currentColor"><path d="M0 5H20"/><path d="M10 0V10"/><path d="M0 0H1" stroke-width="2"/></svg>"#,
        );
        let red = Cmyk::from([0.0, 95.0, 90.0, 0.0]);
        let items = place(&wide, 0.0, 0.0, 10.0, red);
        let [Item::Path(p), Item::Path(thick)] = items.as_slice() else {
            panic!("{items:?}")
        };
        assert_eq!((p.subpaths.len(), thick.subpaths.len()), (2, 1));
        assert_eq!(p.bounds, Rect::new(0.0, 2.5, 10.0, 5.0));
        let stroke = p.stroke.as_ref().unwrap();
        assert_eq!((stroke.color, stroke.width), (red, 0.5));
        assert_eq!(thick.stroke.as_ref().unwrap().width, 1.0);
    }
}

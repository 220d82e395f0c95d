//! Icons: SVG files read with usvg into plain outlines whose every colour
//! is already an ink of the layout (or the colour of the text it stands
//! beside), so no RGB can reach a print file.
//!
//! usvg does the hard part of SVG: shapes become paths, arcs become
//! curves, transforms, `<use>`, CSS and inherited styles are resolved.
//! What it gives back is walked here into [`IconShape`]s in the SVG's own
//! units (the `viewBox` mapped onto `width` × `height`); the layout stage
//! scales them to millimetres.
//!
//! PDF/X-1a allows no transparency, and a print file has no use for
//! gradients or embedded pictures in a pictogram: such icons are refused
//! with a reason rather than drawn differently from what their author saw.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use usvg::tiny_skia_path::{PathSegment, Transform};

use crate::color::Cmyk;
use crate::i18n::{Arg, Message};
use crate::msg;

/// A point: x to the right, y downwards (SVG's and the frame's convention).
pub type Point = (f32, f32);

/// One piece of a subpath, from where the previous one ended.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    Line(Point),
    /// Two control points, then the end point.
    Cubic(Point, Point, Point),
}

/// A connected run of segments (a PDF `m` followed by `l`/`c`, and `h`
/// when closed).
#[derive(Debug, Clone, PartialEq)]
pub struct Subpath {
    pub start: Point,
    pub segments: Vec<Segment>,
    pub closed: bool,
}

impl Subpath {
    /// The same subpath with every point passed through `f` (an affine map:
    /// curves stay exact).
    pub fn map(&self, f: impl Fn(Point) -> Point) -> Subpath {
        Subpath {
            start: f(self.start),
            segments: self
                .segments
                .iter()
                .map(|s| match *s {
                    Segment::Line(p) => Segment::Line(f(p)),
                    Segment::Cubic(a, b, p) => Segment::Cubic(f(a), f(b), f(p)),
                })
                .collect(),
            closed: self.closed,
        }
    }

    /// The smallest box holding the outline (not its control points):
    /// top-left and bottom-right corners.
    pub fn extent(&self) -> (Point, Point) {
        let (mut lo, mut hi) = (self.start, self.start);
        let mut add = |p: Point| {
            lo = (lo.0.min(p.0), lo.1.min(p.1));
            hi = (hi.0.max(p.0), hi.1.max(p.1));
        };
        let mut pen = self.start;
        for segment in &self.segments {
            match *segment {
                Segment::Line(p) => {
                    add(p);
                    pen = p;
                }
                Segment::Cubic(a, b, p) => {
                    add(p);
                    // A cubic's turning points are where its derivative, a
                    // quadratic, is zero on either axis.
                    let axes = [(pen.0, a.0, b.0, p.0), (pen.1, a.1, b.1, p.1)];
                    for (p0, p1, p2, p3) in axes {
                        for t in quadratic_roots(p1 - p0, p2 - p1, p3 - p2) {
                            add(cubic_at(pen, a, b, p, t));
                        }
                    }
                    pen = p;
                }
            }
        }
        (lo, hi)
    }
}

/// The point at `t` of the cubic from `p0` with controls `p1`, `p2` to `p3`.
fn cubic_at(p0: Point, p1: Point, p2: Point, p3: Point, t: f32) -> Point {
    let u = 1.0 - t;
    let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (
        a * p0.0 + b * p1.0 + c * p2.0 + d * p3.0,
        a * p0.1 + b * p1.1 + c * p2.1 + d * p3.1,
    )
}

/// The `t` in (0, 1) where the derivative of a cubic Bézier coordinate
/// is zero, given the differences of its successive control values
/// (the derivative is 3 times the quadratic Bézier of `d0`, `d1`, `d2`).
fn quadratic_roots(d0: f32, d1: f32, d2: f32) -> Vec<f32> {
    // d(t) = d0 (1-t)² + 2 d1 t(1-t) + d2 t² = a t² + b t + c
    let (a, b, c) = (d0 - 2.0 * d1 + d2, 2.0 * (d1 - d0), d0);
    let roots = if a.abs() < 1e-9 {
        if b.abs() < 1e-9 {
            vec![]
        } else {
            vec![-c / b]
        }
    } else {
        let disc = b * b - 4.0 * a * c;
        if disc < 0.0 {
            vec![]
        } else {
            let r = disc.sqrt();
            vec![(-b + r) / (2.0 * a), (-b - r) / (2.0 * a)]
        }
    };
    roots.into_iter().filter(|t| *t > 0.0 && *t < 1.0).collect()
}

/// Which areas of overlapping subpaths a fill covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FillRule {
    NonZero,
    EvenOdd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineCap {
    Butt,
    Round,
    Square,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineJoin {
    Miter,
    Round,
    Bevel,
}

/// Where a shape's colour comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ink {
    /// `currentColor`: whatever colour the icon is placed in (the block's).
    Current,
    /// A fixed colour of the icon, mapped to this CMYK by the layout.
    Cmyk(Cmyk),
}

#[derive(Debug, Clone, PartialEq)]
pub struct IconFill {
    pub ink: Ink,
    pub rule: FillRule,
}

/// A stroke; lengths in the icon's units.
#[derive(Debug, Clone, PartialEq)]
pub struct IconStroke {
    pub ink: Ink,
    pub width: f32,
    pub cap: LineCap,
    pub join: LineJoin,
    pub miter_limit: f32,
    /// Dash and gap lengths (empty: solid), and where the pattern starts.
    pub dash: Vec<f32>,
    pub dash_offset: f32,
}

/// One painted path: its outline filled, stroked or both (fill first).
#[derive(Debug, Clone, PartialEq)]
pub struct IconShape {
    pub outline: Vec<Subpath>,
    pub fill: Option<IconFill>,
    pub stroke: Option<IconStroke>,
}

/// An icon as read: shapes in drawing order, in a `width` × `height` box
/// of the SVG's units with its origin at the top left.
#[derive(Debug, Clone, PartialEq)]
pub struct Icon {
    /// The file it was read from, for messages.
    pub file: PathBuf,
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<IconShape>,
}

/// Fixed SVG colours (`#rrggbb`, lower case) and the ink each prints in.
pub type ColorMap = BTreeMap<String, Ink>;

/// Why an icon cannot be used; [`IconError::message`] says it (naming the
/// file) and [`IconError::help`] what to do, in the tool's catalogue.
#[derive(Debug, Clone, PartialEq)]
pub enum IconError {
    Unreadable {
        file: PathBuf,
        /// Why the system refused.
        reason: Message,
    },
    NotSvg {
        file: PathBuf,
        /// What usvg found wrong.
        reason: Message,
    },
    /// Fixed colours (`#rrggbb`) that the layout maps to no ink.
    UnmappedColors { file: PathBuf, colors: Vec<String> },
    /// Something a print pictogram cannot have.
    Unsupported { file: PathBuf, what: Unsupported },
    /// Nothing visible is drawn.
    Empty { file: PathBuf },
}

/// What an icon may not use: PDF/X-1a has no transparency, and a
/// pictogram has no need of the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsupported {
    Text,
    GroupOpacity,
    FillOpacity,
    StrokeOpacity,
    BlendMode,
    ClipOrMask,
    Filter,
    Image,
    Gradient,
    /// A stroke under a transform that does not scale both axes alike.
    StretchedStroke,
}

impl Unsupported {
    /// What the icon uses, as a phrase of the catalogue.
    pub fn message(self) -> Message {
        match self {
            Unsupported::Text => msg!("icon-uses-text"),
            Unsupported::GroupOpacity => msg!("icon-uses-group-opacity"),
            Unsupported::FillOpacity => msg!("icon-uses-fill-opacity"),
            Unsupported::StrokeOpacity => msg!("icon-uses-stroke-opacity"),
            Unsupported::BlendMode => msg!("icon-uses-blend-mode"),
            Unsupported::ClipOrMask => msg!("icon-uses-clip-or-mask"),
            Unsupported::Filter => msg!("icon-uses-filter"),
            Unsupported::Image => msg!("icon-uses-image"),
            Unsupported::Gradient => msg!("icon-uses-gradient"),
            Unsupported::StretchedStroke => msg!("icon-uses-stretched-stroke"),
        }
    }
}

impl IconError {
    /// The icon file the error is about.
    pub fn file(&self) -> &Path {
        match self {
            IconError::Unreadable { file, .. }
            | IconError::NotSvg { file, .. }
            | IconError::UnmappedColors { file, .. }
            | IconError::Unsupported { file, .. }
            | IconError::Empty { file } => file,
        }
    }

    /// What is wrong, naming the file.
    pub fn message(&self) -> Message {
        match self {
            IconError::Unreadable { file, reason } => {
                msg!("icon-unreadable", file = file, reason = reason.clone())
            }
            IconError::NotSvg { file, reason } => {
                msg!("icon-not-svg", file = file, reason = reason.clone())
            }
            IconError::UnmappedColors { file, colors } => msg!(
                "icon-unmapped-colors",
                file = file,
                count = colors.len(),
                colors = Arg::code_list(colors)
            ),
            IconError::Unsupported { file, what } => {
                msg!("icon-unsupported", file = file, what = what.message())
            }
            IconError::Empty { file } => msg!("icon-empty", file = file),
        }
    }

    /// What to do about it, where the catalogue knows.
    pub fn help(&self) -> Option<Message> {
        match self {
            IconError::UnmappedColors { colors, .. } => Some(msg!(
                "help-icon-unmapped-colors",
                color = colors.first().map_or("#000000", String::as_str)
            )),
            IconError::Unsupported { .. } => Some(msg!("help-icon-unsupported")),
            _ => None,
        }
    }
}

/// usvg's reason for refusing an SVG, in the tool's words.
fn svg_reason(e: &usvg::Error) -> Message {
    match e {
        usvg::Error::ParsingFailed(xml) => match xml {
            usvg::roxmltree::Error::NoRootNode => msg!("icon-svg-no-root"),
            usvg::roxmltree::Error::UnexpectedEndOfStream
            | usvg::roxmltree::Error::UnclosedRootNode => msg!("icon-svg-unclosed"),
            _ => {
                let pos = xml.pos();
                msg!("icon-svg-xml", line = pos.row, column = pos.col)
            }
        },
        usvg::Error::InvalidSize => msg!("icon-svg-size"),
        usvg::Error::ElementsLimitReached => msg!("icon-svg-too-large"),
        _ => msg!("icon-svg-other"),
    }
}

/// Reads the SVG file `file`; see [`parse`].
pub fn load(file: &Path, colors: &ColorMap) -> Result<Icon, IconError> {
    let svg = std::fs::read_to_string(file).map_err(|e| IconError::Unreadable {
        file: file.to_path_buf(),
        reason: crate::files::io_reason(&e),
    })?;
    parse(file, &svg, colors)
}

/// Stand-ins for `currentColor`. usvg resolves `currentColor` to a plain
/// colour, so the icon is read twice with the root's `color` set to each
/// of these: a paint that follows the change is `currentColor`, one that
/// keeps its value (even if it equals a stand-in) is a fixed colour.
const CURRENT_A: (u8, u8, u8) = (1, 2, 3);
const CURRENT_B: (u8, u8, u8) = (3, 2, 1);

/// Reads `svg` (the text of `file`) into an [`Icon`] whose fixed colours
/// are all mapped by `colors`.
pub fn parse(file: &Path, svg: &str, colors: &ColorMap) -> Result<Icon, IconError> {
    let unsupported = |what| IconError::Unsupported {
        file: file.to_path_buf(),
        what,
    };
    // usvg built without text support skips `<text>` silently; an icon
    // with words would lose them.
    if svg.contains("<text") {
        return Err(unsupported(Unsupported::Text));
    }
    let tree = |(r, g, b): (u8, u8, u8)| {
        let options = usvg::Options {
            style_sheet: Some(format!("svg {{ color: #{r:02x}{g:02x}{b:02x} }}")),
            ..usvg::Options::default()
        };
        usvg::Tree::from_str(svg, &options).map_err(|e| IconError::NotSvg {
            file: file.to_path_buf(),
            reason: svg_reason(&e),
        })
    };
    let (a, b) = (tree(CURRENT_A)?, tree(CURRENT_B)?);
    let mut reader = Reader {
        file,
        colors,
        shapes: Vec::new(),
        unmapped: Vec::new(),
    };
    reader.group(a.root(), b.root())?;
    if !reader.unmapped.is_empty() {
        return Err(IconError::UnmappedColors {
            file: file.to_path_buf(),
            colors: reader.unmapped,
        });
    }
    if reader.shapes.is_empty() {
        return Err(IconError::Empty {
            file: file.to_path_buf(),
        });
    }
    let size = a.size();
    Ok(Icon {
        file: file.to_path_buf(),
        width: size.width(),
        height: size.height(),
        shapes: reader.shapes,
    })
}

/// Walks two readings of one SVG (see [`CURRENT_A`]) side by side.
struct Reader<'a> {
    file: &'a Path,
    colors: &'a ColorMap,
    shapes: Vec<IconShape>,
    /// Fixed colours without an ink, each once, in order of appearance.
    unmapped: Vec<String>,
}

impl Reader<'_> {
    fn unsupported(&self, what: Unsupported) -> IconError {
        IconError::Unsupported {
            file: self.file.to_path_buf(),
            what,
        }
    }

    fn group(&mut self, a: &usvg::Group, b: &usvg::Group) -> Result<(), IconError> {
        if a.opacity().get() < 1.0 {
            return Err(self.unsupported(Unsupported::GroupOpacity));
        }
        if a.blend_mode() != usvg::BlendMode::Normal {
            return Err(self.unsupported(Unsupported::BlendMode));
        }
        if a.clip_path().is_some() || a.mask().is_some() {
            return Err(self.unsupported(Unsupported::ClipOrMask));
        }
        if !a.filters().is_empty() {
            return Err(self.unsupported(Unsupported::Filter));
        }
        // The two readings differ only in colours, so their trees match.
        for (na, nb) in a.children().iter().zip(b.children()) {
            match (na, nb) {
                (usvg::Node::Group(ga), usvg::Node::Group(gb)) => self.group(ga, gb)?,
                (usvg::Node::Path(pa), usvg::Node::Path(pb)) => self.path(pa, pb)?,
                (usvg::Node::Image(_), _) => return Err(self.unsupported(Unsupported::Image)),
                _ => return Err(self.unsupported(Unsupported::Text)),
            }
        }
        Ok(())
    }

    fn path(&mut self, a: &usvg::Path, b: &usvg::Path) -> Result<(), IconError> {
        if !a.is_visible() {
            return Ok(());
        }
        let ts = a.abs_transform();
        let fill = match (a.fill(), b.fill()) {
            (Some(fa), Some(fb)) => {
                if fa.opacity().get() < 1.0 {
                    return Err(self.unsupported(Unsupported::FillOpacity));
                }
                self.ink(fa.paint(), fb.paint())?.map(|ink| IconFill {
                    ink,
                    rule: match fa.rule() {
                        usvg::FillRule::NonZero => FillRule::NonZero,
                        usvg::FillRule::EvenOdd => FillRule::EvenOdd,
                    },
                })
            }
            _ => None,
        };
        let stroke = match (a.stroke(), b.stroke()) {
            (Some(sa), Some(sb)) => {
                if sa.opacity().get() < 1.0 {
                    return Err(self.unsupported(Unsupported::StrokeOpacity));
                }
                // Outlines are mapped point by point; a stroke width maps
                // with them only under a uniform scale (and rotation).
                let Some(scale) = uniform_scale(ts) else {
                    return Err(self.unsupported(Unsupported::StretchedStroke));
                };
                self.ink(sa.paint(), sb.paint())?.map(|ink| IconStroke {
                    ink,
                    width: sa.width().get() * scale,
                    cap: match sa.linecap() {
                        usvg::LineCap::Butt => LineCap::Butt,
                        usvg::LineCap::Round => LineCap::Round,
                        usvg::LineCap::Square => LineCap::Square,
                    },
                    join: match sa.linejoin() {
                        usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => LineJoin::Miter,
                        usvg::LineJoin::Round => LineJoin::Round,
                        usvg::LineJoin::Bevel => LineJoin::Bevel,
                    },
                    miter_limit: sa.miterlimit().get(),
                    dash: sa
                        .dasharray()
                        .map(|d| d.iter().map(|v| v * scale).collect())
                        .unwrap_or_default(),
                    dash_offset: sa.dashoffset() * scale,
                })
            }
            _ => None,
        };
        if fill.is_none() && stroke.is_none() {
            return Ok(());
        }
        let outline = outline(a.data(), ts);
        if outline.is_empty() {
            return Ok(());
        }
        // PDF paints the fill first; an SVG asking for the stroke first
        // becomes two shapes.
        if a.paint_order() == usvg::PaintOrder::StrokeAndFill && fill.is_some() && stroke.is_some()
        {
            self.shapes.push(IconShape {
                outline: outline.clone(),
                fill: None,
                stroke,
            });
            self.shapes.push(IconShape {
                outline,
                fill,
                stroke: None,
            });
        } else {
            self.shapes.push(IconShape {
                outline,
                fill,
                stroke,
            });
        }
        Ok(())
    }

    /// The ink of a paint read as `a` and `b` (see [`CURRENT_A`]); `None`
    /// after recording an unmapped colour.
    fn ink(&mut self, a: &usvg::Paint, b: &usvg::Paint) -> Result<Option<Ink>, IconError> {
        let (usvg::Paint::Color(ca), usvg::Paint::Color(cb)) = (a, b) else {
            return Err(self.unsupported(Unsupported::Gradient));
        };
        let rgb = |c: &usvg::Color| (c.red, c.green, c.blue);
        if rgb(ca) == CURRENT_A && rgb(cb) == CURRENT_B {
            return Ok(Some(Ink::Current));
        }
        let hex = format!("#{:02x}{:02x}{:02x}", ca.red, ca.green, ca.blue);
        match self.colors.get(&hex) {
            Some(ink) => Ok(Some(*ink)),
            None => {
                if !self.unmapped.contains(&hex) {
                    self.unmapped.push(hex);
                }
                Ok(None)
            }
        }
    }
}

/// The scale factor of a transform that scales both axes alike (with any
/// rotation or mirroring); `None` for a stretch or skew.
fn uniform_scale(ts: Transform) -> Option<f32> {
    // Images of the unit vectors: (sx, ky) and (kx, sy).
    let x = (ts.sx * ts.sx + ts.ky * ts.ky).sqrt();
    let y = (ts.kx * ts.kx + ts.sy * ts.sy).sqrt();
    let dot = ts.sx * ts.kx + ts.ky * ts.sy;
    let tolerance = 1e-4 * x.max(y);
    ((x - y).abs() <= tolerance && dot.abs() <= tolerance * x.max(y)).then_some(x)
}

/// `data` under `ts` as subpaths; quadratic curves become cubics (PDF has
/// no quadratics; the conversion is exact).
fn outline(data: &usvg::tiny_skia_path::Path, ts: Transform) -> Vec<Subpath> {
    let map = |p: usvg::tiny_skia_path::Point| {
        let mut p = p;
        ts.map_point(&mut p);
        (p.x, p.y)
    };
    let mut out: Vec<Subpath> = Vec::new();
    let mut pen = (0.0, 0.0);
    for segment in data.segments() {
        // A segment after a close continues from the closed subpath's start.
        if !matches!(segment, PathSegment::MoveTo(_))
            && out.last().is_none_or(|s: &Subpath| s.closed)
        {
            let start = out.last().map_or(pen, |s| s.start);
            out.push(Subpath {
                start,
                segments: Vec::new(),
                closed: false,
            });
        }
        match segment {
            PathSegment::MoveTo(p) => {
                pen = map(p);
                out.push(Subpath {
                    start: pen,
                    segments: Vec::new(),
                    closed: false,
                });
            }
            PathSegment::LineTo(p) => {
                pen = map(p);
                push(&mut out, Segment::Line(pen));
            }
            PathSegment::QuadTo(c, p) => {
                let (c, end) = (map(c), map(p));
                let lerp = |from: Point| {
                    (
                        from.0 + 2.0 / 3.0 * (c.0 - from.0),
                        from.1 + 2.0 / 3.0 * (c.1 - from.1),
                    )
                };
                push(&mut out, Segment::Cubic(lerp(pen), lerp(end), end));
                pen = end;
            }
            PathSegment::CubicTo(c1, c2, p) => {
                pen = map(p);
                push(&mut out, Segment::Cubic(map(c1), map(c2), pen));
            }
            PathSegment::Close => {
                if let Some(s) = out.last_mut() {
                    s.closed = true;
                    pen = s.start;
                }
            }
        }
    }
    out.retain(|s| !s.segments.is_empty());
    out
}

fn push(out: &mut [Subpath], segment: Segment) {
    if let Some(s) = out.last_mut() {
        s.segments.push(segment);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RED: Cmyk = Cmyk {
        c: 0.0,
        m: 95.0,
        y: 90.0,
        k: 0.0,
    };

    fn read(svg: &str, colors: &[(&str, Ink)]) -> Result<Icon, IconError> {
        let map = colors.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        parse(Path::new("icons/test.svg"), svg, &map)
    }

    const LUCIDE_HEAD: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">"#;

    #[test]
    fn current_color_strokes_keep_their_style_and_shapes_become_curves() {
        let svg =
            format!(r#"{LUCIDE_HEAD}<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/></svg>"#);
        let icon = read(&svg, &[]).unwrap();
        assert_eq!(
            (icon.width, icon.height, icon.shapes.len()),
            (24.0, 24.0, 2)
        );
        let circle = &icon.shapes[0];
        assert!(circle.fill.is_none());
        let stroke = circle.stroke.as_ref().unwrap();
        assert_eq!(
            (stroke.ink, stroke.width, stroke.cap, stroke.join),
            (Ink::Current, 2.0, LineCap::Round, LineJoin::Round)
        );
        assert!(circle.outline[0].closed);
        assert!(circle.outline[0]
            .segments
            .iter()
            .all(|s| matches!(s, Segment::Cubic(..))));
        // The circle's extent, not its control points' (which reach out
        // further).
        let (lo, hi) = circle.outline[0].extent();
        for v in [lo.0, lo.1, hi.0 - 20.0, hi.1 - 20.0] {
            assert!((v - 2.0).abs() < 0.001, "{lo:?} {hi:?}");
        }
        assert_eq!(
            icon.shapes[1].outline[0],
            Subpath {
                start: (12.0, 16.0),
                segments: vec![Segment::Line((12.0, 12.0))],
                closed: false
            }
        );
    }

    #[test]
    fn fixed_colours_need_a_mapping_and_current_color_is_told_apart_from_them() {
        // A fixed colour equal to a stand-in is still a fixed colour.
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" color="#00ff00"><rect width="4" height="4" fill="#E30613"/><rect x="5" width="4" height="4" fill="#010203"/><rect y="5" width="4" height="4" fill="currentColor"/><rect x="5" y="5" width="4" height="4"/></svg>"##;
        let err = read(svg, &[]).unwrap_err();
        assert_eq!(
            err,
            IconError::UnmappedColors {
                file: "icons/test.svg".into(),
                // The last rect has SVG's default fill, black.
                colors: vec!["#e30613".into(), "#010203".into(), "#000000".into()],
            }
        );
        let text = err.message().debug();
        assert!(text.contains("icons/test.svg"), "{text}");
        assert!(text.contains("`#e30613`"), "{text}");
        let icon = read(
            svg,
            &[
                ("#e30613", Ink::Cmyk(RED)),
                ("#010203", Ink::Cmyk(Cmyk::BLACK)),
                ("#000000", Ink::Current),
            ],
        )
        .unwrap();
        let inks: Vec<Ink> = icon
            .shapes
            .iter()
            .map(|s| s.fill.as_ref().unwrap().ink)
            .collect();
        assert_eq!(
            inks,
            [
                Ink::Cmyk(RED),
                Ink::Cmyk(Cmyk::BLACK),
                Ink::Current,
                Ink::Current
            ]
        );
    }

    #[test]
    fn transforms_and_the_view_box_are_applied_and_strokes_scale_with_them() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24"><g transform="translate(2 3) rotate(90)"><path d="M0 0H5" stroke="currentColor" stroke-width="1" fill="none" stroke-dasharray="1 2"/></g><path d="M0 0Q10 0 10 10Z" fill="currentColor" fill-rule="evenodd"/></svg>"##;
        let icon = read(svg, &[]).unwrap();
        assert_eq!((icon.width, icon.height), (48.0, 48.0));
        let line = &icon.shapes[0];
        let stroke = line.stroke.as_ref().unwrap();
        assert!((stroke.width - 2.0).abs() < 1e-4);
        assert_eq!(stroke.dash.len(), 2);
        assert!((stroke.dash[1] - 4.0).abs() < 1e-4);
        let Segment::Line(end) = line.outline[0].segments[0] else {
            panic!()
        };
        let start = line.outline[0].start;
        assert!((start.0 - 4.0).abs() < 1e-4 && (start.1 - 6.0).abs() < 1e-4);
        assert!((end.0 - 4.0).abs() < 1e-4 && (end.1 - 16.0).abs() < 1e-4);
        let curve = &icon.shapes[1];
        assert_eq!(curve.fill.as_ref().unwrap().rule, FillRule::EvenOdd);
        // Q (10,0) (10,10) from (0,0), doubled: controls at 2/3 of the way.
        let Segment::Cubic(c1, c2, p) = curve.outline[0].segments[0] else {
            panic!("{:?}", curve.outline)
        };
        for (got, want) in [(c1, (13.333, 0.0)), (c2, (20.0, 6.667)), (p, (20.0, 20.0))] {
            assert!((got.0 - want.0).abs() < 0.01 && (got.1 - want.1).abs() < 0.01);
        }
        assert!(curve.outline[0].closed);
    }

    #[test]
    fn what_print_cannot_carry_is_refused_with_the_reason() {
        let cases = [
            (
                r#"<rect width="4" height="4" fill="currentColor" opacity="0.5"/>"#,
                "transparency",
            ),
            (
                r#"<rect width="4" height="4" fill="currentColor" fill-opacity="0.5"/>"#,
                "transparency",
            ),
            (
                r#"<defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs><rect width="4" height="4" fill="url(#g)"/>"#,
                "gradient",
            ),
            (r#"<text x="1" y="5">Hi</text>"#, "text"),
            (
                r#"<path d="M0 0H5" stroke="currentColor" transform="scale(2 1)"/>"#,
                "stretched",
            ),
        ];
        for (body, what) in cases {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{body}</svg>"#
            );
            let err = read(&svg, &[]).unwrap_err();
            let text = err.message().debug();
            assert!(
                matches!(err, IconError::Unsupported { .. }) && text.contains(what),
                "{body}: {text}"
            );
        }
        let empty = read(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0H5" fill="none"/></svg>"#,
            &[],
        );
        assert!(matches!(empty, Err(IconError::Empty { .. })), "{empty:?}");
        let broken = read("<svg", &[]).unwrap_err();
        assert!(matches!(broken, IconError::NotSvg { .. }));
    }
}

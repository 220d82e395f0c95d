//! The printing sheet (`huong-dan-in.pdf`): one A4 page, in Vietnamese
//! (the clerks who print read Vietnamese, whatever the leaflet's language),
//! beside the office files, that says how to print them duplex on an
//! office printer and how to check that the back side lines up.
//!
//! A separate file, not a third page of each leaflet: a clerk who prints
//! "all pages" of a leaflet then gets exactly one leaflet, and the sheet's
//! name says what it is in the folder listing. Its text comes from the
//! tool's catalogue (`i18n/vi/office.ftl`).

use crate::color::Cmyk;
use crate::diag::{Code, Error, Finding};
use crate::i18n::{Arg, Lang, Message};
use crate::layout::frame::{Document, Item, Page, PanelArea, Rect, Sheet, Stroke, Tag};
use crate::layout::office::{A4, CROSS_HALF, TICK_LENGTH};
use crate::layout::shape::ShapeCache;
use crate::layout::typeset::{set_paragraph, Measure, Span};
use crate::load::fonts::FontSet;
use crate::load::layouts::Align;
use crate::msg;

/// The sheet's file name, in each folder of office files.
pub const FILE_NAME: &str = "huong-dan-in.pdf";
/// The language clerks read.
pub const LANG: Lang = Lang::Vi;
/// The page margin of the sheet's text (mm).
const MARGIN: f32 = 20.0;

const BLACK: Cmyk = Cmyk::BLACK;
const BLUE: Cmyk = Cmyk {
    c: 100.0,
    m: 65.0,
    y: 0.0,
    k: 15.0,
};

/// The sheet for the office files `files` (their names), whose printer
/// margin is `margin` and whose leaflet pages have folds at `folds` (mm
/// from the left, on the front page).
pub fn printing_sheet(
    fonts: &FontSet,
    shapes: &ShapeCache,
    files: &[String],
    margin: f32,
    folds: &[f32],
) -> Result<Document, Error> {
    let (width, height) = (A4.1, A4.0);
    let mut column = Column {
        fonts,
        shapes,
        x: MARGIN,
        y: MARGIN,
        width: width - 2.0 * MARGIN,
        items: Vec::new(),
    };
    let title = msg!("sheet-title").render(LANG);
    column.text(&title, "bold", 18.0, BLUE, 0.0)?;
    column.gap(4.0);
    column.paragraph(msg!("sheet-intro"), "regular", 11.0)?;
    column.gap(2.0);
    let list = Arg::Text(files.join(", "));
    column.paragraph(msg!("sheet-files", files = list), "bold", 11.0)?;
    column.gap(6.0);
    column.heading(msg!("sheet-settings-heading"))?;
    let steps: [Message; 6] = [
        msg!("sheet-step-open"),
        msg!("sheet-step-paper"),
        msg!("sheet-step-scale"),
        msg!("sheet-step-duplex"),
        msg!("sheet-step-test"),
        msg!("sheet-step-fold"),
    ];
    for (n, step) in steps.iter().enumerate() {
        column.step(n + 1, &step.render(LANG))?;
        column.gap(2.0);
    }
    column.gap(4.0);
    column.heading(msg!("sheet-check-heading"))?;
    column.paragraph(msg!("sheet-check-body"), "regular", 11.0)?;
    column.gap(6.0);
    column.diagram(margin, folds);
    column.gap(3.0);
    column.paragraph(msg!("sheet-diagram-caption"), "italic", 9.5)?;
    column.gap(6.0);
    column.paragraph(msg!("sheet-not-for-shop"), "regular", 10.0)?;
    if column.y > height - MARGIN {
        return Err(Finding::new(Code::Internal, msg!("sheet-too-long")).boxed());
    }
    let sheet = Sheet {
        trim_width: width,
        trim_height: height,
        bleed: 0.0,
        marks_margin: 0.0,
    };
    let area = sheet.trim_box();
    Ok(Document {
        title,
        lang: LANG.code().to_string(),
        pages: vec![Page {
            name: "printing-sheet".into(),
            sheet,
            panels: vec![PanelArea {
                name: "printing-sheet".into(),
                area,
                safe: Rect::new(MARGIN, MARGIN, width - 2.0 * MARGIN, height - 2.0 * MARGIN),
            }],
            folds: Vec::new(),
            items: column.items,
            furniture: Vec::new(),
        }],
        sections: Vec::new(),
        embed_profile: false,
        printer_margin: Some(margin),
    })
}

/// Text and drawings stacked down a column.
struct Column<'a> {
    fonts: &'a FontSet,
    shapes: &'a ShapeCache,
    x: f32,
    y: f32,
    width: f32,
    items: Vec<Item>,
}

impl Column<'_> {
    fn gap(&mut self, mm: f32) {
        self.y += mm;
    }

    /// A section heading, and the small gap under it.
    fn heading(&mut self, m: Message) -> Result<(), Error> {
        self.text(&m.render(LANG), "bold", 13.0, BLUE, 0.0)?;
        self.gap(2.0);
        Ok(())
    }

    /// A black paragraph in face `key` at `size` pt.
    fn paragraph(&mut self, m: Message, key: &str, size: f32) -> Result<(), Error> {
        self.text(&m.render(LANG), key, size, BLACK, 0.0)
    }

    fn face(&self, key: &str) -> crate::load::fonts::FaceId {
        self.fonts
            .id(key)
            .or_else(|| self.fonts.id("regular"))
            .expect("layout check guarantees a regular font")
    }

    fn span(&self, text: &str, key: &str, size: f32, color: Cmyk) -> Span {
        Span {
            text: text.to_string(),
            face: self.face(key),
            size,
            color,
            message: "(printing sheet)".into(),
            // The sheet is printed, never read aloud: untagged.
            tag: Tag::default(),
        }
    }

    /// A paragraph; following lines indented by `indent` (mm).
    fn text(
        &mut self,
        text: &str,
        key: &str,
        size: f32,
        color: Cmyk,
        indent: f32,
    ) -> Result<(), Error> {
        let span = self.span(text, key, size, color);
        self.set(&[span], size, indent)
    }

    /// A numbered step: the number in bold blue, the text hanging after it.
    fn step(&mut self, n: usize, text: &str) -> Result<(), Error> {
        let spans = [
            self.span(&format!("{n}.\u{a0}\u{a0}"), "bold", 11.0, BLUE),
            self.span(text, "regular", 11.0, BLACK),
        ];
        self.set(&spans, 11.0, 5.5)
    }

    fn set(&mut self, spans: &[Span], size: f32, indent: f32) -> Result<(), Error> {
        let measure = Measure {
            width: self.width,
            first_indent: 0.0,
            indent,
            leading: size * 1.35,
            align: Align::Left,
        };
        let p = set_paragraph(self.fonts, self.shapes, spans, measure, LANG.code())
            .map_err(|_| Finding::new(Code::Internal, msg!("sheet-too-long")).boxed())?;
        for mut item in p.items {
            item.translate(self.x, self.y);
            self.items.push(item);
        }
        self.y += p.height;
        Ok(())
    }

    /// The leaflet's front page in small, with its folds and, at the
    /// top of each fold, the cross that must line up with the back's.
    fn diagram(&mut self, margin: f32, folds: &[f32]) {
        const SCALE: f32 = 0.45;
        let (w, h) = (A4.0 * SCALE, A4.1 * SCALE);
        let x0 = self.x + (self.width - w) / 2.0;
        let y0 = self.y;
        let line = |from: (f32, f32), to: (f32, f32), width: f32, dashed: bool| {
            Item::Stroke(Stroke {
                from,
                to,
                width,
                color: BLACK,
                dashed,
            })
        };
        let corners = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)];
        for i in 0..4 {
            self.items
                .push(line(corners[i], corners[(i + 1) % 4], 0.75, false));
        }
        for &f in folds {
            let x = x0 + f * SCALE;
            self.items
                .push(line((x, y0 + 6.0), (x, y0 + h - 6.0), 0.5, true));
        }
        // The ticks and crosses at their real size: small on the small
        // sheet, so they are easy to recognise on the leaflet.
        for &f in folds {
            let x = x0 + f * SCALE;
            let top = y0 + margin * SCALE;
            let bottom = y0 + h - margin * SCALE;
            self.items
                .push(line((x, top), (x, top + TICK_LENGTH), 0.5, false));
            self.items.push(line(
                (x - CROSS_HALF, top + CROSS_HALF),
                (x + CROSS_HALF, top + CROSS_HALF),
                0.5,
                false,
            ));
            self.items
                .push(line((x, bottom), (x, bottom - TICK_LENGTH), 0.5, false));
        }
        self.y += h;
    }
}

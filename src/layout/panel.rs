//! One panel: its blocks typeset at the top of the column, auto-fitted
//! (smaller in small steps, never below the layout's minimum size) until
//! they fit the safe area, then stacked with their spacing.

use crate::color::text_color;
use crate::diag::{Code, Finding};
use crate::i18n::Arg;
use crate::layout::frame::{
    AutoFit, BlockMark, Item, OverflowMark, PanelRoom, ProofMarks, Rect, Role, Section, Tag,
};
use crate::layout::typeset::{set_paragraph, Measure, SetParagraph, Span, TypesetError};
use crate::layout::Inputs;
use crate::load::layouts::{Block, Panel, Style, TextRef};
use crate::msg;
use crate::resolve::{MessageState, Resolver};

/// A block typeset at the top of its column, before stacking.
pub(super) struct BlockFrame {
    pub(super) items: Vec<Item>,
    pub(super) height: f32,
    pub(super) space_before: f32,
    pub(super) space_after: f32,
    /// A `fill` spacer: its height is whatever the panel has left.
    pub(super) fill: bool,
    /// A heading's text and level, for the outline.
    pub(super) section: Option<(String, u8)>,
}

/// Auto-fit shrinks text in steps of this fraction of its size.
pub(super) const AUTOFIT_STEP: f32 = 0.025;

/// Total height of blocks stacked with their spacing.
pub(super) fn stacked_height(frames: &[BlockFrame]) -> f32 {
    let mut total = 0.0;
    for (i, f) in frames.iter().enumerate() {
        if i > 0 {
            total += frames[i - 1].space_after.max(f.space_before);
        }
        total += f.height;
    }
    total
}

/// The messages a block shows, in order, without repeats.
pub(super) fn block_messages(items: &[Item]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if let Item::Text(run) = item {
            if !out.contains(&run.message) {
                out.push(run.message.clone());
            }
        }
    }
    out
}

pub(super) struct PanelComposer<'a, 'i> {
    pub(super) inputs: &'a Inputs<'i>,
    pub(super) resolver: &'a mut Resolver<'i>,
    pub(super) panel: &'a Panel,
    pub(super) page_name: &'a str,
    pub(super) page_index: usize,
    pub(super) safe: Rect,
    pub(super) errors: &'a mut Vec<Finding>,
    pub(super) warnings: &'a mut Vec<Finding>,
    pub(super) overflows: &'a mut Vec<Finding>,
    pub(super) sections: &'a mut Vec<Section>,
    pub(super) marks: &'a mut ProofMarks,
    /// Auto-fit scale of the text (1 = as designed).
    pub(super) scale: f32,
}

impl PanelComposer<'_, '_> {
    pub(super) fn compose(&mut self) -> Vec<Item> {
        let error_count = self.errors.len();
        let mut frames = self.frames();
        if self.errors.len() > error_count {
            return Vec::new();
        }
        // Auto-fit: shrink this panel's text in small steps until it fits,
        // never below the layout's minimum size.
        let mut spare = self.safe.height - stacked_height(&frames);
        self.marks.rooms.push(PanelRoom {
            page: self.page_index,
            panel: self.panel.name.clone(),
            room_mm: spare,
            messages: self.panel.message_ids(),
        });
        let floor = self.autofit_floor();
        while spare < -0.05 && self.scale - AUTOFIT_STEP >= floor - 1e-4 {
            self.scale -= AUTOFIT_STEP;
            let (mut errors, mut warnings) = (Vec::new(), Vec::new());
            std::mem::swap(self.errors, &mut errors);
            std::mem::swap(self.warnings, &mut warnings);
            let trial = self.frames();
            std::mem::swap(self.errors, &mut errors);
            std::mem::swap(self.warnings, &mut warnings);
            if !errors.is_empty() {
                break;
            }
            spare = self.safe.height - stacked_height(&trial);
            frames = trial;
        }
        if spare < -0.05 {
            let finding = self.overflow(-spare);
            self.overflows.push(finding);
            self.marks.overflows.push(OverflowMark {
                page: self.page_index,
                panel: self.panel.name.clone(),
                rect: Rect::new(self.safe.x, self.safe.bottom(), self.safe.width, -spare),
            });
        }
        if self.scale < 1.0 && spare >= -0.05 {
            self.marks.autofits.push(AutoFit {
                page: self.page_index,
                panel: self.panel.name.clone(),
                scale: self.scale,
            });
            let layout = self.inputs.layout;
            self.warnings.push(
                Finding::new(
                    Code::AutoFit,
                    msg!(
                        "auto-fit",
                        panel = &self.panel.name,
                        percent = Arg::decimal(f64::from(self.scale) * 100.0, 1)
                    ),
                )
                .panel(&layout.name, self.page_name, &self.panel.name)
                .locale(&self.inputs.catalog.code),
            );
        }
        let mut items = Vec::new();
        let mut y = self.safe.y;
        let mut previous_space_after = None;
        for (number, f) in frames.into_iter().enumerate() {
            if let Some(after) = previous_space_after {
                y += f.space_before.max(after);
            }
            if f.fill {
                y += spare.max(0.0);
            }
            let messages = block_messages(&f.items);
            if !messages.is_empty() {
                let fallback = messages.iter().any(|m| {
                    let id = m.split('.').next().unwrap_or(m);
                    self.resolver.printed.get(id).is_some_and(|s| {
                        matches!(s, MessageState::Untranslated(_) | MessageState::Fallback(_))
                    })
                });
                self.marks.blocks.push(BlockMark {
                    page: self.page_index,
                    panel: self.panel.name.clone(),
                    rect: Rect::new(self.safe.x, y, self.safe.width, f.height),
                    messages,
                    fallback,
                });
            }
            if let Some((title, level)) = f.section {
                self.sections.push(Section {
                    title,
                    level,
                    page: self.page_index,
                    panel: self.panel.name.clone(),
                    top: y,
                });
            }
            for mut item in f.items {
                item.translate(self.safe.x, y);
                if let Some(tag) = item.tag_mut() {
                    tag.block = number as u16 + 1;
                }
                items.push(item);
            }
            y += f.height;
            previous_space_after = Some(f.space_after);
        }
        items
    }

    /// The finding for a panel `mm` too long: which messages to shorten,
    /// those that grew most against the source first.
    fn overflow(&mut self, mm: f32) -> Finding {
        let layout = self.inputs.layout;
        let locale = self.inputs.catalog.code.clone();
        let mut grown: Vec<(String, f32)> = self.growth();
        grown.sort_by(|a, b| b.1.total_cmp(&a.1));
        // Those that grew; if none did (the source itself), all of them.
        if grown.iter().any(|(_, mm)| *mm > 0.05) {
            grown.retain(|(_, mm)| *mm > 0.05);
        }
        let shown: Vec<Arg> = grown
            .iter()
            .take(4)
            .map(|(id, mm)| msg!("overflow-grown", id = id, mm = Arg::mm(*mm)).into())
            .collect();
        let help = match self.inputs.source {
            Some(source) => msg!(
                "help-overflow-grown",
                locale = &locale,
                source = &source.code,
                messages = Arg::List(shown)
            ),
            None => msg!(
                "help-overflow",
                locale = &locale,
                messages = Arg::List(shown)
            ),
        };
        Finding::new(
            Code::Overflow,
            msg!("overflow", panel = &self.panel.name, mm = Arg::mm(mm)),
        )
        .in_file(&layout.path)
        .panel(&layout.name, self.page_name, &self.panel.name)
        .locale(&locale)
        .help(help)
    }

    /// Each message of the panel with how much taller it is set in this
    /// locale than in the source, at the designed size (its own height in
    /// the source locale itself).
    fn growth(&mut self) -> Vec<(String, f32)> {
        let scale = std::mem::replace(&mut self.scale, 1.0);
        let mut out: Vec<(String, f32)> = Vec::new();
        let width = self.safe.width;
        for block in &self.panel.blocks {
            let (refs, style) = match block {
                Block::Heading { text, style, .. } | Block::Paragraph { text, style } => {
                    (vec![text], style)
                }
                Block::Bullets { items, style, .. } | Block::Steps { items, style, .. } => {
                    (items.iter().collect(), style)
                }
                _ => continue,
            };
            for r in refs {
                let height = |composer: &mut Self, text: Option<String>| -> f32 {
                    let Some(text) = text else { return 0.0 };
                    let span = composer.span(text, style, &style.font, &r.display());
                    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
                    std::mem::swap(composer.errors, &mut errors);
                    std::mem::swap(composer.warnings, &mut warnings);
                    let h = composer
                        .set(&[span], style, width, style.indent)
                        .map_or(0.0, |p| p.height);
                    std::mem::swap(composer.errors, &mut errors);
                    std::mem::swap(composer.warnings, &mut warnings);
                    h
                };
                let own = self.resolver.text(r, Some(("number", 1))).ok();
                let source = self
                    .inputs
                    .source
                    .and_then(|s| s.format(r, self.inputs.variables, Some(("number", 1))).ok());
                let grew = height(self, own) - height(self, source);
                if !out.iter().any(|(id, _)| *id == r.id) {
                    out.push((r.id.clone(), grew));
                }
            }
        }
        self.scale = scale;
        out
    }

    /// Every block typeset at the current scale.
    pub(super) fn frames(&mut self) -> Vec<BlockFrame> {
        let mut frames = Vec::new();
        for block in &self.panel.blocks {
            if let Some(frame) = self.block(block) {
                frames.push(frame);
            }
        }
        frames
    }

    /// The smallest scale auto-fit may use: where the panel's body text
    /// (paragraphs, lists, steps) reaches the layout's minimum size.
    pub(super) fn autofit_floor(&self) -> f32 {
        let body = self
            .panel
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { style, .. }
                | Block::Bullets { style, .. }
                | Block::Steps { style, .. }
                | Block::LinkList { style, .. } => Some(style.size),
                _ => None,
            })
            .fold(f32::INFINITY, f32::min);
        if body.is_finite() {
            (self.inputs.layout.min_size / body).min(1.0)
        } else {
            1.0
        }
    }

    /// `block` with its styles at the panel's auto-fit scale.
    pub(super) fn scaled_block(&self, block: &Block) -> Block {
        let mut b = block.clone();
        if self.scale >= 1.0 {
            return b;
        }
        match &mut b {
            Block::Heading { style, .. }
            | Block::Paragraph { style, .. }
            | Block::Bullets { style, .. }
            | Block::Steps { style, .. } => *style = self.scaled(style),
            Block::Qr {
                style, url_style, ..
            } => {
                *style = self.scaled(style);
                *url_style = self.scaled(url_style);
            }
            Block::LinkList {
                style,
                url_style,
                hint_style,
                ..
            } => {
                *style = self.scaled(style);
                *url_style = self.scaled(url_style);
                *hint_style = self.scaled(hint_style);
            }
            // Pictures keep their size, like images.
            Block::Spacer { .. } | Block::Image { .. } | Block::Icon { .. } => {}
        }
        b
    }

    /// `style` at the panel's auto-fit scale: size, leading and spacing
    /// shrink together; no size goes below the layout's minimum.
    pub(super) fn scaled(&self, style: &Style) -> Style {
        if self.scale >= 1.0 {
            return style.clone();
        }
        let size = (style.size * self.scale).max(self.inputs.layout.min_size.min(style.size));
        let ratio = size / style.size;
        Style {
            size,
            leading: style.leading * ratio,
            space_before: style.space_before * self.scale,
            space_after: style.space_after * self.scale,
            icon_size: style.icon_size * ratio,
            icon_gap: style.icon_gap * ratio,
            ..style.clone()
        }
    }

    pub(super) fn typeset_error(&mut self, e: TypesetError) {
        let finding = match e {
            TypesetError::MissingGlyph {
                character,
                message,
                face,
            } => Finding::new(
                Code::MissingGlyph,
                msg!(
                    "missing-glyph",
                    font = &self.inputs.fonts.face(face).name,
                    character = character,
                    codepoint = format!("U+{:04X}", character as u32)
                ),
            )
            .locale(self.resolver.locale_of(&message))
            .message_id(&message)
            .help(msg!("help-missing-glyph")),
            TypesetError::WordTooWide {
                word,
                message,
                excess_mm,
            } => Finding::new(
                Code::WordTooWide,
                msg!(
                    "word-too-wide",
                    word = word,
                    mm = Arg::mm(excess_mm),
                    panel = &self.panel.name
                ),
            )
            .locale(self.resolver.locale_of(&message))
            .message_id(&message)
            .help(msg!("help-word-too-wide")),
        };
        self.errors.push(finding);
    }

    pub(super) fn text(&mut self, r: &TextRef) -> Option<String> {
        self.resolver
            .text(r, None)
            .map_err(|e| self.errors.push(*e))
            .ok()
    }

    /// The language of the text printed for `message`, when it is not
    /// the leaflet's (text taken from the source locale).
    fn text_lang(&self, message: &str) -> Option<String> {
        let own = &self.inputs.catalog.code;
        let id = message.split('.').next().unwrap_or(message);
        let lang = match (self.resolver.printed.get(id), self.inputs.source) {
            (Some(MessageState::Untranslated(_) | MessageState::Fallback(_)), Some(source)) => {
                &source.code
            }
            _ => self.resolver.locale_of(message),
        };
        (lang != own).then(|| lang.to_string())
    }

    /// A span of `message`'s text, tagged as a paragraph (callers give
    /// other roles with [`Span::role`]).
    pub(super) fn span(&self, text: String, style: &Style, font: &str, message: &str) -> Span {
        Span {
            tag: Tag {
                role: Role::Paragraph,
                lang: self.text_lang(message),
                ..Tag::default()
            },
            text,
            face: self
                .inputs
                .fonts
                .id(font)
                .expect("layout check guarantees the font key exists"),
            size: style.size,
            color: text_color(style.color, style.size),
            message: message.to_string(),
        }
    }

    pub(super) fn set(
        &mut self,
        spans: &[Span],
        style: &Style,
        width: f32,
        indent: f32,
    ) -> Option<SetParagraph> {
        let measure = Measure {
            width,
            first_indent: indent,
            indent,
            leading: style.leading,
            align: style.align,
        };
        set_paragraph(
            self.inputs.fonts,
            self.inputs.shapes,
            spans,
            measure,
            &self.inputs.catalog.code,
        )
        .map_err(|e| self.typeset_error(e))
        .ok()
    }
}

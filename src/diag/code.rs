//! The codes of findings. A code names one kind of problem, is stable
//! (tools match on it; JSON carries it in English whatever the language),
//! and decides the severity, so no command can call an error a warning.

use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Needs fixing; the command exits non-zero.
    Error,
    /// Worth a look; does not change the exit code.
    Warning,
    /// Information: what the tool did.
    Note,
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $severity:ident; )*) => {
        /// One kind of finding.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, for documentation and tests.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable kebab-case name (`missing-variable`).
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }
        }
    };
}

codes! {
    // The command as given cannot run (exit code 2).
    /// The folder is not a leaflet project.
    NotAProject = "not-a-project", Error;
    /// `--locale` names no locale of the project.
    UnknownLocale = "unknown-locale", Error;
    /// Not a BCP 47 language tag.
    InvalidTag = "invalid-tag", Error;
    /// An argument that cannot be used (a layout that does not exist…).
    BadArgument = "bad-argument", Error;

    // Files.
    /// A file or folder cannot be read.
    ReadFailed = "read-failed", Error;
    /// A file cannot be written.
    WriteFailed = "write-failed", Error;
    /// A text file that is not UTF-8.
    NotUtf8 = "not-utf8", Error;
    /// A Fluent or TOML syntax error.
    Syntax = "syntax", Error;
    /// A select expression without a `*` default variant.
    MissingDefaultVariant = "missing-default-variant", Error;
    /// Placeables nested too deeply to be read safely.
    TooDeep = "too-deep", Error;

    // Project setup.
    /// A value of a layout file that cannot be used.
    Layout = "layout", Error;
    /// No layout files.
    NoLayouts = "no-layouts", Error;
    /// Two layouts with one name would write the same files.
    DuplicateLayout = "duplicate-layout", Error;
    /// A font file that cannot be used.
    Font = "font", Error;
    /// An image that cannot be used.
    Image = "image", Error;
    /// An icon that cannot be used: missing, not SVG, a colour the layout
    /// maps to no ink, or something print cannot carry (transparency…).
    Icon = "icon", Error;
    /// A link address that a phone cannot open.
    BadUrl = "bad-url", Error;
    /// A problem with the default office (`office.toml`).
    Office = "office", Error;
    /// A variants file that cannot be read as a table of offices.
    VariantsFile = "variants-file", Error;
    /// A row of a variants file that cannot be built.
    Row = "row", Error;
    /// A locale folder without `.ftl` files.
    NoFtlFiles = "no-ftl-files", Error;

    // Translations.
    /// A message defined twice.
    DuplicateMessage = "duplicate-message", Error;
    /// A source message with an empty value.
    EmptySource = "empty-source", Error;
    /// A translation whose value is empty: the source text is printed.
    EmptyTranslation = "empty-translation", Warning;
    /// The source lacks a message a layout or link names.
    UnknownReference = "unknown-reference", Error;
    /// A message refers to a message, term or function that does not exist.
    Unresolved = "unresolved", Error;
    /// A translation lacks an attribute of the source.
    MissingAttribute = "missing-attribute", Error;
    /// A translation has an attribute the source lacks.
    ObsoleteAttribute = "obsolete-attribute", Warning;
    /// A translation leaves out a `$variable` of the source.
    MissingVariable = "missing-variable", Error;
    /// A translation uses a `$variable` the source does not.
    UnknownVariable = "unknown-variable", Error;
    /// A translation has a message the source no longer has.
    ObsoleteMessage = "obsolete-message", Warning;
    /// Messages not yet reviewed by a native speaker.
    NotReviewed = "not-reviewed", Warning;
    /// The source text changed since the translation was reviewed or made.
    SourceChanged = "source-changed", Warning;
    /// Text typed with a legacy Vietnamese byte font (TCVN3, VNI).
    LegacyEncoding = "legacy-encoding", Warning;
    /// ASCII stand-ins of a legacy Jrai or Bahnar font.
    AsciiStandIn = "ascii-stand-in", Warning;
    /// An older stand-in letter for a letter with a breve.
    AltForm = "alt-form", Warning;
    /// Two kinds of apostrophe in one locale.
    MixedApostrophes = "mixed-apostrophes", Warning;
    /// A character the layout's fonts cannot draw.
    MissingGlyph = "missing-glyph", Error;
    /// A layout names a link that `links.toml` lacks.
    UnknownLink = "unknown-link", Error;
    /// A link without an address: its name and a hint are printed.
    LinkWithoutUrl = "link-without-url", Warning;

    // Laying out.
    /// A panel's text does not fit, even at the smallest size.
    Overflow = "overflow", Error;
    /// A word wider than its column.
    WordTooWide = "word-too-wide", Error;
    /// A panel's text was set smaller to fit.
    AutoFit = "auto-fit", Warning;
    /// A message could not be formatted; the source text is printed.
    Fallback = "fallback", Warning;

    // Building.
    /// `--final` refuses a leaflet with unreviewed or untranslated text.
    NotFinal = "not-final", Error;
    /// A leaflet whose files could not be written.
    LeafletFailed = "leaflet-failed", Error;
    /// An older file removed or left, with why.
    StaleFile = "stale-file", Note;
    /// The proof of a leaflet that does not fit, written to show why.
    OverflowProof = "overflow-proof", Note;
    /// Something the tool should never meet (a font it cannot subset…).
    Internal = "internal", Error;
    /// The office file needs a layout whose trim is an A4 sheet.
    OfficeNotA4 = "office-not-a4", Error;
    /// Text, a code or an icon would print inside the office printer's
    /// unprintable margin (it is never clipped silently).
    OfficeMargin = "office-margin", Error;

    // Preflight (any PDF).
    /// Not a readable PDF.
    NotAPdf = "not-a-pdf", Error;
    /// A page the page tree names cannot be read.
    BrokenPage = "broken-page", Error;
    /// The PDF has no readable page.
    NoPages = "no-pages", Error;
    /// A page without TrimBox.
    NoTrimBox = "no-trimbox", Error;
    /// Too little bleed.
    NoBleed = "no-bleed", Error;
    /// A font that is not embedded.
    FontNotEmbedded = "font-not-embedded", Error;
    /// RGB colour in a print file.
    Rgb = "rgb", Error;
    /// No output intent.
    NoOutputIntent = "no-output-intent", Warning;
    /// Text below the readable minimum.
    SmallText = "small-text", Warning;
    /// An image too coarse to print.
    LowResolution = "low-resolution", Error;
    /// An image below the resolution a print shop wants.
    ModestResolution = "modest-resolution", Warning;
    /// Transparency, which PDF/X-1a forbids.
    Transparency = "transparency", Warning;
    /// Annotations inside the trim.
    Annotations = "annotations", Warning;
    /// A QR code below the size phones scan well.
    SmallQr = "small-qr", Warning;
    /// Something like a QR code that does not decode.
    UnreadableQr = "unreadable-qr", Warning;
    /// Part of a file was not examined, to bound time and memory.
    NotExamined = "not-examined", Note;
    /// An office-printer file whose pages are not exactly A4.
    NotA4 = "not-a4", Error;
    /// Ink within an office-printer file's printer margin.
    InkInMargin = "ink-in-margin", Error;

    // Preflight --ua: PDF/UA-1 rules (the screen file).
    /// No structure tree: the file is not tagged.
    UaUntagged = "ua-untagged", Error;
    /// MarkInfo missing, not Marked, or Suspects true.
    UaMarkInfo = "ua-mark-info", Error;
    /// Painted content neither tagged nor an artifact, or one inside the other.
    UaUnmarkedContent = "ua-unmarked-content", Error;
    /// The structure tree and the pages' marked content disagree.
    UaStructureMismatch = "ua-structure-mismatch", Error;
    /// A role map that hides or remaps structure types.
    UaRoleMap = "ua-role-map", Error;
    /// XMP metadata missing, or without the PDF/UA identifier or dc:title.
    UaMetadata = "ua-metadata", Error;
    /// The viewer is not told to show the title.
    UaDocTitle = "ua-doc-title", Error;
    /// A list not made of LI with Lbl and LBody.
    UaList = "ua-list", Error;
    /// A font whose codes do not map to Unicode.
    UaUnicode = "ua-unicode", Error;
    /// No document language.
    UaLanguage = "ua-language", Error;
    /// A figure without alternative text.
    UaFigureAlt = "ua-figure-alt", Error;
    /// Headings that do not start at H1 or skip a level.
    UaHeadings = "ua-headings", Error;
    /// Links outside Link elements, without description, or pages that
    /// do not visit them in structure order.
    UaLinks = "ua-links", Error;
}

impl Code {
    /// Whether the finding means the command could not be used as given
    /// (exit code 2 in every command).
    pub fn is_usage(self) -> bool {
        matches!(
            self,
            Code::NotAProject | Code::UnknownLocale | Code::InvalidTag | Code::BadArgument
        )
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        assert!(names.iter().all(|n| n
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())));
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }
}

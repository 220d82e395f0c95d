//! Source positions: turning byte offsets into `path:line:col`.
//!
//! Neither the Fluent parser nor the TOML deserializer report lines and
//! columns in a form we can print directly, so every finding goes through
//! [`Location::from_offset`], or, for many findings in one file, through a
//! [`LineIndex`] made once (a rescan of the file per finding made checks
//! of large files quadratic).

use std::fmt;
use std::path::{Path, PathBuf};

/// A point in a source file, 1-based, columns counted in characters (what
/// an editor shows), not bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// Computes line and column of `offset` (a byte index) in `text`.
    /// Offsets past the end point just after the last character.
    pub fn from_offset(path: &Path, text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        Location {
            path: path.to_path_buf(),
            line,
            column,
        }
    }

    /// The whole source line this location points into, for a caret display.
    pub fn source_line<'t>(&self, text: &'t str) -> &'t str {
        text.lines().nth(self.line.saturating_sub(1)).unwrap_or("")
    }
}

/// Where each line of a text starts: offsets become lines in O(log n).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// Line and column of byte `offset` of `text` (which this index was
    /// made from), as [`Location::from_offset`] computes them.
    pub fn location(&self, path: &Path, text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        Location {
            path: path.to_path_buf(),
            line,
            column: text[start..offset].chars().count() + 1,
        }
    }

    /// The text of 1-based `line`, without its line end.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).map_or(text.len(), |&next| next - 1);
        text.get(start..end.max(start))
            .unwrap_or("")
            .trim_end_matches('\r')
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path.display(), self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_characters_not_bytes() {
        let text = "a = 1\nbước = ư̆x\n";
        let at = text.find('x').unwrap();
        let loc = Location::from_offset(Path::new("f.ftl"), text, at);
        assert_eq!((loc.line, loc.column), (2, 10));
        assert_eq!(loc.source_line(text), "bước = ư̆x");
        assert_eq!(loc.to_string(), "f.ftl:2:10");
    }

    #[test]
    fn the_line_index_agrees_with_a_scan() {
        let text = "a = 1\r\nbước = ư̆x\n\nlast";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            let scan = Location::from_offset(Path::new("f"), text, offset);
            assert_eq!(
                index.location(Path::new("f"), text, offset),
                scan,
                "{offset}"
            );
            assert_eq!(index.line_text(text, scan.line), scan.source_line(text));
        }
    }

    #[test]
    fn clamps_offsets_past_the_end() {
        let loc = Location::from_offset(Path::new("f"), "ab", 99);
        assert_eq!((loc.line, loc.column), (1, 3));
    }
}

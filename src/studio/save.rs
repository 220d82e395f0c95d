//! Saving one message into an `.ftl` file: only that message's lines
//! change, every other byte and every comment stays as it was, and the
//! file is replaced atomically.
//!
//! Translators also edit the files in text editors, so the file may have
//! changed since the studio read it. The page sends the file's version and
//! the message as it read them: if only other messages changed, the edit
//! goes into the file as it is now (a merge per message); if the same
//! message changed too, nothing is written and both texts go back to the
//! page, so neither side is lost.

use std::ops::Range;
use std::path::Path;

use crate::diag::Error;
use crate::load::ftl::FtlFile;

/// A short version of a text (FNV-1a, 64 bits): enough to notice that a
/// file changed, not a security measure.
pub fn version(text: &str) -> String {
    version_of_bytes(text.as_bytes())
}

/// [`version`] of any bytes (a rendered page).
pub fn version_of_bytes(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The byte range of entry `id` in `file`: from the start of its id's line
/// to the end of its last line (its newline included). The comment above
/// it is not part of it, nor are the blank lines after it.
pub fn span(file: &FtlFile, id: &str) -> Option<Range<usize>> {
    let text = file.text();
    let info = file.message(id)?;
    let start = text[..info.offset].rfind('\n').map_or(0, |i| i + 1);
    let mut end = text[start..]
        .find('\n')
        .map_or(text.len(), |i| start + i + 1);
    let mut probe = end;
    // Continuation lines are indented (or close a select with `}`); blank
    // lines belong to the entry only when such a line follows them.
    while probe < text.len() {
        let line_end = text[probe..]
            .find('\n')
            .map_or(text.len(), |i| probe + i + 1);
        let line = &text[probe..line_end];
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare.trim().is_empty() {
            probe = line_end;
            continue;
        }
        if bare.starts_with([' ', '\t']) || bare.starts_with('}') {
            end = line_end;
            probe = line_end;
        } else {
            break;
        }
    }
    Some(start..end)
}

/// What happened to a save.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// Written; the file had not changed meanwhile.
    Written { text: String },
    /// Written into a file that another program had changed elsewhere.
    Merged { text: String },
    /// Not written: the same message changed on disk meanwhile.
    Conflict { theirs: Option<String> },
}

/// `text` with entry `id` replaced by `entry` (canonical source ending in a
/// newline), or appended at the end when the file lacks it. Line endings
/// follow the file's.
pub fn splice(path: &Path, text: &str, id: &str, entry: &str) -> String {
    let crlf = text.contains("\r\n");
    let entry = match crlf {
        true => entry.replace('\n', "\r\n"),
        false => entry.to_string(),
    };
    let file = FtlFile::parse(path, text.to_string());
    match span(&file, id) {
        Some(range) => {
            let mut entry = entry;
            if !text[..range.end].ends_with('\n') {
                // The last line of a file without a final newline.
                entry.truncate(entry.trim_end_matches(['\n', '\r']).len());
            }
            format!("{}{}{}", &text[..range.start], entry, &text[range.end..])
        }
        None => {
            let newline = if crlf { "\r\n" } else { "\n" };
            let mut out = text.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push_str(newline);
            }
            out.push_str(&entry);
            out
        }
    }
}

/// The source of entry `id` in `text`, as written, if it has it.
pub fn entry_text(path: &Path, text: &str, id: &str) -> Option<String> {
    let file = FtlFile::parse(path, text.to_string());
    span(&file, id).map(|r| text[r].to_string())
}

/// Saves `entry` as message `id` of the file at `path`. `base` is the
/// file's version when the page read it and `base_entry` the message's
/// source then (`None`: it had none).
pub fn save(
    path: &Path,
    id: &str,
    entry: &str,
    base: &str,
    base_entry: Option<&str>,
) -> Result<Saved, Error> {
    let (bom, now) = match path.exists() {
        true => read_keeping_bom(path)?,
        false => (false, String::new()),
    };
    let changed = version(&now) != base;
    if changed {
        let theirs = entry_text(path, &now, id);
        if theirs.as_deref() != base_entry {
            return Ok(Saved::Conflict { theirs });
        }
    }
    let text = splice(path, &now, id, entry);
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if bom {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(text.as_bytes());
    crate::files::write_atomic(path, &bytes).map_err(|e| crate::files::write_error(path, &e))?;
    Ok(match changed {
        true => Saved::Merged { text },
        false => Saved::Written { text },
    })
}

/// The file's text and whether it starts with a byte-order mark (kept on
/// writing: the file stays as its editor saved it).
fn read_keeping_bom(path: &Path) -> Result<(bool, String), Error> {
    let bom = std::fs::read(path)
        .map(|b| b.starts_with(b"\xEF\xBB\xBF"))
        .unwrap_or(false);
    Ok((bom, crate::files::read_text(path)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "### Head\n\n## Group\n\n# note\na = one\n    .title = T\n\nb = { $n ->\n        [one] x\n       *[other] y\n}\n# vi: c\nc = three";

    #[test]
    fn a_span_covers_the_entry_and_nothing_around_it() {
        let f = FtlFile::parse(Path::new("t.ftl"), FILE.to_string());
        assert_eq!(&FILE[span(&f, "a").unwrap()], "a = one\n    .title = T\n");
        assert_eq!(
            &FILE[span(&f, "b").unwrap()],
            "b = { $n ->\n        [one] x\n       *[other] y\n}\n"
        );
        assert_eq!(&FILE[span(&f, "c").unwrap()], "c = three");
    }

    #[test]
    fn splicing_changes_only_that_entry() {
        let p = Path::new("t.ftl");
        let out = splice(p, FILE, "a", "a = new\n");
        assert_eq!(out, FILE.replace("a = one\n    .title = T\n", "a = new\n"));
        let out = splice(p, FILE, "c", "c = 3\n");
        assert!(out.ends_with("# vi: c\nc = 3"));
        let crlf = FILE.replace('\n', "\r\n");
        let out = splice(p, &crlf, "a", "a = x\n    .title = T\n");
        assert_eq!(out, crlf.replace("a = one", "a = x"));
        let out = splice(p, "x = 1\n", "y", "y = 2\n");
        assert_eq!(out, "x = 1\ny = 2\n");
    }
}

//! Reading and writing project files safely: text as an editor saves it
//! (UTF-8, with or without a byte-order mark), and every write through a
//! temporary file and a rename, so nothing is ever left half-written.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{Code, Error, Finding};
use crate::i18n::Message;
use crate::msg;

/// Why the system refused, in words (never a raw "os error N").
pub fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => msg!("io-not-found"),
        K::PermissionDenied => msg!("io-permission-denied"),
        K::ReadOnlyFilesystem => msg!("io-read-only"),
        K::StorageFull | K::QuotaExceeded => msg!("io-disk-full"),
        K::IsADirectory => msg!("io-is-a-folder"),
        K::NotADirectory => msg!("io-not-a-folder"),
        K::AlreadyExists => msg!("io-exists"),
        K::InvalidFilename => msg!("io-bad-name"),
        K::Interrupted => msg!("io-interrupted"),
        K::OutOfMemory => msg!("io-out-of-memory"),
        _ => msg!("io-other"),
    }
}

/// `path` cannot be read.
pub fn read_error(path: &Path, e: &std::io::Error) -> Error {
    Finding::new(Code::ReadFailed, msg!("read-failed", reason = io_reason(e)))
        .in_file(path)
        .boxed()
}

/// `path` cannot be written.
pub fn write_error(path: &Path, e: &std::io::Error) -> Error {
    let help = match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Some(msg!("help-write-elsewhere"))
        }
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            Some(msg!("help-free-space"))
        }
        _ => None,
    };
    let mut f = Finding::new(
        Code::WriteFailed,
        msg!("write-failed", reason = io_reason(e)),
    )
    .in_file(path);
    f.help = help;
    f.boxed()
}

/// The files of `dir` ending in `.ext`, sorted by name so that every build
/// reads them in the same order.
pub fn files_with_extension(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| read_error(dir, &e))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext) && p.is_file())
        .collect();
    paths.sort();
    Ok(paths)
}

/// Reads a text file the way an editor would: UTF-8, with the byte-order
/// mark some Windows editors add removed (left in place it would turn the
/// first line, often a `### @draft` header, into something else).
pub fn read_text(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| read_error(path, &e))?;
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .map_or(bytes.as_slice(), |rest| rest);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = e.valid_up_to();
            // The valid prefix is text: it places the bad byte on its line.
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            Err(Finding::new(
                Code::NotUtf8,
                msg!("not-utf8", byte = format!("0x{:02X}", bytes[valid])),
            )
            .at(path, &prefix, valid)
            .help(msg!("help-save-as-utf8"))
            .boxed())
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and
/// a rename, so a failed or interrupted build never leaves half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    PendingFile::write(path, |file| file.write_all(bytes))?.commit()
}

/// A file written in full under a temporary name, waiting for [`commit`]
/// to take its real name. Dropped uncommitted, it removes itself: a
/// leaflet whose screen or proof file fails leaves none of its files.
///
/// There is no fsync: the rename already guarantees readers see the old
/// file or the whole new one, and a leaflet lost to a power cut is rebuilt
/// in milliseconds (syncing 400 files cost a batch more than it saved).
///
/// [`commit`]: PendingFile::commit
#[derive(Debug)]
pub struct PendingFile {
    /// The temporary file; `None` once committed.
    tmp: Option<PathBuf>,
    path: PathBuf,
    size: u64,
}

impl PendingFile {
    /// Streams `write`'s output to a temporary file next to `path` (a PDF
    /// is written piece by piece, never assembled in memory first).
    pub fn write(
        path: &Path,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<PendingFile> {
        // Unique per process and per call: two jobs aiming at the same
        // file must never share a temporary file.
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        let created = std::fs::File::create(&tmp)?;
        let mut pending = PendingFile {
            tmp: Some(tmp),
            path: path.to_path_buf(),
            size: 0,
        };
        let mut file = std::io::BufWriter::with_capacity(64 * 1024, created);
        write(&mut file)?;
        pending.size = file
            .into_inner()
            .map_err(|e| e.into_error())?
            .metadata()?
            .len();
        Ok(pending)
    }

    /// The size of the file in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Gives the file its real name, replacing what was there.
    pub fn commit(mut self) -> std::io::Result<()> {
        // Only `commit` takes the name, and it consumes the file.
        let Some(tmp) = self.tmp.take() else {
            return Ok(());
        };
        let result = std::fs::rename(&tmp, &self.path);
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if let Some(tmp) = &self.tmp {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

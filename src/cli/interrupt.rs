//! Ctrl-C during a build: the first press asks the build to stop after
//! the leaflets being written (each is whole or absent, never a temporary
//! file left behind), so the summary can say what was done. Later presses
//! change nothing: a leaflet takes milliseconds, and ending the process
//! mid-write is what leaves temporary files.

use leaflet::workspace::build::Cancel;

/// The exit code of an interrupted command (128 + SIGINT, as shells report it).
pub const EXIT_CODE: i32 = 130;

/// A [`Cancel`] that Ctrl-C sets. Only the first call installs the handler.
pub fn on_ctrl_c() -> Cancel {
    static SHARED: std::sync::OnceLock<Cancel> = std::sync::OnceLock::new();
    SHARED
        .get_or_init(|| {
            let cancel = Cancel::default();
            let flag = cancel.clone();
            // Without a handler (another one installed, no console), Ctrl-C
            // keeps its default: the process ends, and temporary files are
            // the only thing it can leave.
            let _ = ctrlc::set_handler(move || flag.cancel());
            cancel
        })
        .clone()
}

//! The command-line front end over the `leaflet` library.

pub mod args;
pub mod build;
pub mod check;
pub mod help;
pub mod interrupt;
pub mod new_locale;
pub mod preflight;
pub mod preview;
pub mod review;
pub mod status;
pub mod studio;
pub mod terminal;
pub mod watch;

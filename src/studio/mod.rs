//! The studio: a local web app over the project folder, where translators
//! translate and review with the leaflet's pages live beside the text.
//! `leaflet studio` starts it; everything goes through the same
//! [`Workspace`](crate::workspace::Workspace) as the commands.
//!
//! - [`server`]: the HTTP server and its safety rules;
//! - [`api`]: the routes (the page, its assets, the JSON endpoints);
//! - [`editor`]: messages as plain text with protected tokens, and back;
//! - [`save`]: writing one message into its file, merging or refusing
//!   when the file changed meanwhile;
//! - [`pages`]: the pages rendered for the browser;
//! - [`print`]: the print view's builds and their downloads.

pub mod api;
pub mod editor;
pub mod pages;
pub mod print;
pub mod save;
pub mod server;

use std::sync::Arc;

use crate::i18n::Lang;
use crate::workspace::Workspace;

/// Binds the studio's server over `ws`; [`server::Server::serve`] then
/// serves until the process ends.
pub fn bind(
    ws: Workspace,
    at: server::Bind,
    lang: Lang,
) -> std::io::Result<(server::Server, Arc<api::App>)> {
    let server = server::Server::bind(at)?;
    Ok((server, Arc::new(api::App::new(ws, lang))))
}

//! Stage 1, load: reading a project's files into checked data: the
//! folder layout, layouts, links, offices, `.ftl` files and their
//! catalogs, fonts and images. Nothing here lays anything out.

pub mod fonts;
pub mod ftl;
pub mod image;
pub mod layouts;
pub mod links;
pub mod locale;
pub mod offices;
pub mod project;

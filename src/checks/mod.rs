//! Analyses of a loaded project that produce findings for translators and
//! office staff: each module looks at one kind of thing, from loaded data
//! only (they never read files or lay anything out). The workspace runs
//! them when it loads or reloads what they depend on.

pub mod legacy;
pub mod references;
pub mod text;
pub mod translation;

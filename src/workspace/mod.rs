//! The project workspace: the one way into a project for every front end
//! (the command line, watch and the studio).

pub mod caches;

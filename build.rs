//! Deflates the FOGRA39 output-intent profile once, at compile time.
//!
//! Every print PDF embeds the same 650 KB profile; compressing it at run
//! time cost a fresh `leaflet build` more CPU than laying out all four
//! leaflets. The profile itself is embedded unmodified (its licence forbids
//! changes); only its transport encoding is prepared here.

use std::path::PathBuf;

fn main() {
    let source = PathBuf::from("icc/CoatedFOGRA39.icc");
    println!("cargo:rerun-if-changed={}", source.display());
    let profile = std::fs::read(&source).expect("icc/CoatedFOGRA39.icc is part of the repository");
    let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&profile, 9);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("CoatedFOGRA39.icc.zlib"), deflated).expect("OUT_DIR is writable");
}

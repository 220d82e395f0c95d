//! The vendored icon set: every file is the one its manifest names, byte
//! for byte, and every icon the folder holds is listed there.

mod common;

use std::collections::BTreeSet;

use common::repo;
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    package: String,
    version: String,
    license: String,
    license_file: String,
    license_sha256: String,
    integrity: String,
    icon: Vec<VendoredIcon>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VendoredIcon {
    file: String,
    upstream: String,
    license: String,
    sha256: String,
}

fn sha256(path: &std::path::Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(repo().join("icons/MANIFEST.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

#[test]
fn vendored_icons_match_the_checksums_of_their_manifest() {
    let m = manifest();
    let dir = repo().join("icons");
    assert_eq!(
        (m.package.as_str(), m.license.as_str()),
        ("lucide-static", "ISC")
    );
    assert!(!m.version.is_empty() && m.integrity.starts_with("sha512-"));
    assert_eq!(
        sha256(&dir.join(&m.license_file)),
        m.license_sha256,
        "LICENSE"
    );
    for icon in &m.icon {
        assert_eq!(sha256(&dir.join(&icon.file)), icon.sha256, "{}", icon.file);
        assert!(icon.upstream.ends_with(&format!("/{}", icon.file)));
        assert!(["ISC", "ISC AND MIT"].contains(&icon.license.as_str()));
    }
    // Nothing unlisted: every SVG in the folder has its checksum here.
    let listed: BTreeSet<&str> = m.icon.iter().map(|i| i.file.as_str()).collect();
    let present: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".svg"))
        .collect();
    assert_eq!(
        present.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        listed
    );
    assert!(listed.len() >= 10, "{} icons", listed.len());
}

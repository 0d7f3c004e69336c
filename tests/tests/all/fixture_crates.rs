//! The crates under `tests/crates/` are committed generator output: each is the output of one
//! manifest `tests/fixtures/*.generate.toml` and is what the generator emits from it now.

use std::path::PathBuf;

use generator::manifest::Manifest;

use crate::support::{fixture_crate, workspace};

#[test]
fn every_committed_fixture_crate_is_current_and_has_its_manifest() {
    let fixtures = workspace().join("tests/fixtures");
    let mut outputs = Vec::new();
    for entry in std::fs::read_dir(&fixtures).unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.ends_with(".generate.toml") {
            fixture_crate(&name);
            let output = Manifest::load(&path).unwrap_or_else(|e| panic!("{e}")).output;
            outputs.push(output.canonicalize().unwrap_or_else(|e| panic!("{}: {e}", output.display())));
        }
    }
    let crates = workspace().join("tests/crates");
    let mut committed: Vec<PathBuf> = std::fs::read_dir(&crates)
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path().canonicalize().unwrap_or_else(|e| panic!("{e}")))
        .collect();
    committed.sort();
    outputs.sort();
    assert_eq!(committed, outputs, "each folder of tests/crates/ is the output of one tests/fixtures/*.generate.toml");
}

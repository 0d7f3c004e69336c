//! The user guide's Rust examples are doctests of this crate (`tests/src/lib.rs` includes the
//! chapters): every chapter with a Rust example that is not `ignore` must be included, or its
//! examples would go untested.

use std::path::Path;

#[test]
fn every_chapter_with_a_rust_example_is_a_doctest() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap_or_default();
    let docs = root.join("../docs/src");
    let mut missing = Vec::new();
    let mut tested = 0;
    for entry in std::fs::read_dir(&docs).unwrap_or_else(|e| panic!("{}: {e}", docs.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).filter(|n| n.ends_with(".md")) else { continue };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let tested_blocks = text
            .lines()
            .filter_map(|line| line.trim_start().strip_prefix("```rust"))
            .filter(|attributes| !attributes.contains("ignore"))
            .count();
        if tested_blocks == 0 {
            continue;
        }
        if lib.contains(&format!("include_str!(\"../../docs/src/{name}\")")) {
            tested += tested_blocks;
        } else {
            missing.push(name.to_owned());
        }
    }
    assert!(missing.is_empty(), "chapters with Rust examples that tests/src/lib.rs does not include: {missing:?}");
    assert!(tested >= 3, "only {tested} Rust examples of the guide are doctests");
}

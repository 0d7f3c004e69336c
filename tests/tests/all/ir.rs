//! The IR of the bundled specs (with the manifest's overrides), snapshotted as YAML so that every
//! change to what the readers understand shows up in review.

use std::path::Path;

use generator::manifest::Manifest;

/// Loads the bundled spec of `module` as `cargo xtask generate` does.
fn load(module: &str) -> generator::read::Spec {
    let manifest = Manifest::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/generate.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let entry = manifest.apis.iter().find(|a| a.module == module).unwrap_or_else(|| panic!("no module {module}"));
    generator::load(&entry.spec, &entry.display, &entry.overrides).unwrap_or_else(|e| panic!("{module}: {e}"))
}

#[test]
fn v1_ir() {
    insta::assert_yaml_snapshot!(load("v1").api);
}

#[test]
fn v2_ir() {
    insta::assert_yaml_snapshot!(load("v2").api);
}

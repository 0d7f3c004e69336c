//! The IR of the bundled specs, snapshotted as YAML so that every change to what the readers
//! understand shows up in review.

use std::path::PathBuf;

fn spec(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs").join(name)
}

/// Loads a bundled spec, naming its file relative to the repository so snapshots are portable.
fn load(name: &str) -> generator::read::Spec {
    match generator::load(&spec(name), &format!("specs/{name}")) {
        Ok(mut spec) => {
            spec.api.source.file = format!("specs/{name}");
            spec
        }
        Err(e) => panic!("{name}: {e}"),
    }
}

#[test]
fn v1_ir() {
    let spec = load("zoom-chat-v1.openapi.yaml");
    insta::assert_yaml_snapshot!(spec.api);
}

#[test]
fn v2_ir() {
    let spec = load("zoom-chat-v2.postman_collection.json");
    insta::assert_yaml_snapshot!(spec.api);
}

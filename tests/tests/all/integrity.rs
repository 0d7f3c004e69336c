//! Output integrity: generation is deterministic (whatever the hash seeds or the order of map keys
//! that carry no meaning), and a failed write leaves the previous output byte-identical.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::emit::Files;
use generator::manifest::Manifest;

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus").join(name)
}

fn generate(spec: &Path) -> Files {
    let manifest = Manifest::for_specs(&[spec.to_owned()], PathBuf::from("unused"), "probe");
    generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}")).files
}

/// Every file of a folder, by relative path.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap_or_else(|e| panic!("{}: {e}", current.display())) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap_or(&path).to_owned();
                files.insert(relative, std::fs::read(&path).unwrap_or_else(|e| panic!("{e}")));
            }
        }
    }
    files
}

#[test]
fn runs_on_different_threads_produce_identical_files() {
    // Every thread seeds its hash maps differently; output must not depend on them.
    let spec = corpus("openapi/progenitor-nexus.openapi-3.0.3.json");
    let runs: Vec<Files> = (0..3)
        .map(|_| {
            let spec = spec.clone();
            std::thread::spawn(move || generate(&spec)).join().unwrap_or_else(|_| panic!("generation panicked"))
        })
        .collect();
    assert!(runs.windows(2).all(|pair| pair[0] == pair[1]));
}

#[test]
fn reordering_component_schemas_changes_nothing() {
    let path = corpus("openapi/swagger-petstore3.openapi-3.0.4.yaml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut document: serde_json::Value = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let schemas = document["components"]["schemas"].as_object().cloned().unwrap_or_default();
    let reversed: serde_json::Map<String, serde_json::Value> = schemas.into_iter().rev().collect();
    document["components"]["schemas"] = serde_json::Value::Object(reversed);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shuffled = dir.path().join("swagger-petstore3.json");
    std::fs::write(&shuffled, serde_json::to_string_pretty(&document).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}"));
    let strip_source = |files: Files| -> Vec<(String, String)> {
        // The spec's file name is quoted in the docs; compare everything else.
        let names = [path.to_string_lossy().into_owned(), shuffled.to_string_lossy().into_owned()];
        files
            .into_iter()
            .map(|(k, v)| (k, names.iter().fold(v, |text, name| text.replace(name.as_str(), "SPEC"))))
            .collect()
    };
    assert_eq!(strip_source(generate(&path)), strip_source(generate(&shuffled)));
}

#[test]
fn a_failed_write_leaves_the_previous_output_byte_identical() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("generated");
    let first = generate(&corpus("openapi/oai-petstore.openapi-3.0.0.yaml"));
    generator::output::write_atomically(&target, &first, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let before = snapshot(&target);

    // A crate whose files cannot all be written: `src/lib.rs` is both a file and a folder, so the
    // write fails midway, after other files were already written to the staging folder.
    let mut broken = generate(&corpus("openapi/oai-petstore-expanded.openapi-3.0.0.yaml"));
    broken.insert("src/lib.rs/inner.rs".into(), "// cannot exist".into());
    let result = generator::output::write_atomically(&target, &broken, &Default::default());
    assert!(result.is_err(), "the write should fail");

    assert_eq!(snapshot(&target), before, "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).map(|d| d.count()).into_iter().collect();
    assert_eq!(leftovers, [1], "a staging folder was left behind");
}

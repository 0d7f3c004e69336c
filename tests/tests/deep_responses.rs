//! Responses nested far deeper than real APIs nest them still give a crate that compiles and
//! decodes them: a collection whose example is 120 levels deep (13 members a level) is generated
//! with its example test, which must build and decode the example in a debug build on libtest's
//! 2 MiB threads.
//!
//! Regression (class: long chains of types nested by value): at 100 levels rustc could not lay
//! the types out ("queries overflow the depth limit"), and at 60 decoding the example overflowed
//! the stack and aborted the test process.

mod support;

use serde_json::{Value, json};
use support::{cargo_on, workspace};

const LEVELS: usize = 120;

/// An object `LEVELS` levels deep, each level with scalars, a date-time, a list and a small object.
fn deep_example() -> Value {
    let mut value = json!({"leaf": "x"});
    for level in 0..LEVELS {
        value = json!({
            "name": format!("level {level}"), "count": level, "child": value, "items": [{"id": level}],
            "when": "2020-01-01T00:00:00Z", "a": "x", "b": 2, "c": true, "d": "y", "e": 3.5,
            "f": "2020-01-01", "g": {"h": 1, "i": "z"},
        });
    }
    value
}

#[test]
fn a_response_nested_120_levels_deep_compiles_and_decodes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let collection = json!({
        "info": {"name": "Deep", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "variable": [{"key": "baseUrl", "value": "https://example.com"}],
        "item": [{
            "name": "Get deep",
            "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/deep", "host": ["{{baseUrl}}"], "path": ["deep"]}},
            "response": [{
                "name": "OK", "code": 200,
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": deep_example().to_string(),
            }],
        }],
    });
    let spec = dir.path().join("deep.postman.json");
    std::fs::write(&spec, collection.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
    let args = ["generator", "generate", &path(&spec), "--out", &path(&out), "--crate-name", "deep", "--example-tests"];
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = generator::cli::run(args, &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));

    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap_or_else(|e| panic!("{e}"));
    assert!(lib.contains("#![recursion_limit = \""), "{lib}");
    let models = std::fs::read_to_string(out.join("src/deep/models.rs")).unwrap_or_else(|e| panic!("{e}"));
    assert!(models.contains("Option<Box<"), "no member of the chain is boxed");

    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    let mut manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    // Its own workspace, with the repository's dependency profile so that their builds are reused.
    manifest.push_str("\n[workspace]\n\n[profile.dev.package.\"*\"]\nopt-level = 1\n");
    std::fs::write(out.join("Cargo.toml"), manifest).unwrap_or_else(|e| panic!("{e}"));
    let (ok, report) = cargo_on(&out, &["test", "--test", "spec_examples"]);
    assert!(ok, "the deep crate failed:\n{report}");
    assert!(report.contains("test spec_examples_decode ... ok"), "{report}");
}

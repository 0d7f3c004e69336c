//! Responses nested far deeper than real APIs nest them still give a crate that compiles and
//! decodes them: a collection whose example is 120 levels deep (13 members a level), and an OpenAPI
//! document whose schemas chain 100 levels deep (12 members a level) with an example as deep, are
//! generated into one crate with its example test, which must build and decode both examples in a
//! debug build on libtest's 2 MiB threads.
//!
//! Regression (class: long chains of types nested by value): at 100 levels rustc could not lay
//! the types out ("queries overflow the depth limit"), and at 60 levels of guessed types, or 100 of
//! declared ones, decoding the example overflowed the stack and aborted the test process.

use crate::support;

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

const SCHEMAS: usize = 100;

/// An OpenAPI document whose schema `L0` holds `L1` by value, and so on `SCHEMAS` deep, with an
/// example of the whole chain.
fn declared_chain() -> Value {
    let mut schemas = serde_json::Map::new();
    let mut example = json!({"name": "last"});
    for level in (0..SCHEMAS).rev() {
        let mut properties = json!({
            "name": {"type": "string"}, "count": {"type": "integer"}, "a": {"type": "string"},
            "when": {"type": "string", "format": "date-time"}, "b": {"type": "integer", "format": "int64"},
            "c": {"type": "boolean"}, "d": {"type": "string"}, "e": {"type": "number"},
            "f": {"type": "string", "format": "date"},
            "items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}},
            "g": {"type": "object", "properties": {"h": {"type": "integer"}, "i": {"type": "string"}}},
        });
        if level + 1 < SCHEMAS {
            properties["child"] = json!({"$ref": format!("#/components/schemas/L{}", level + 1)});
            example = json!({
                "name": "n", "count": level, "a": "x", "when": "2020-01-01T00:00:00Z", "b": 2, "c": true,
                "d": "y", "e": 3.5, "f": "2020-01-01", "items": [{"id": level}], "g": {"h": 1, "i": "z"},
                "child": example,
            });
        }
        schemas.insert(format!("L{level}"), json!({"type": "object", "properties": properties}));
    }
    let media = json!({"schema": {"$ref": "#/components/schemas/L0"}, "example": example});
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Declared", "version": "1"},
        "servers": [{"url": "https://example.com"}],
        "paths": {"/declared": {"get": {"operationId": "getDeclared", "responses": {
            "200": {"description": "ok", "content": {"application/json": media}},
        }}}},
        "components": {"schemas": schemas},
    })
}

#[test]
fn responses_nested_a_hundred_levels_deep_compile_and_decode() {
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
    let declared = dir.path().join("declared.json");
    std::fs::write(&declared, declared_chain().to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
    let (spec, declared, out_text) = (path(&spec), path(&declared), path(&out));
    let args =
        ["generator", "generate", &spec, &declared, "--out", &out_text, "--crate-name", "deep", "--example-tests"];
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = generator::cli::run(args, &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));

    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap_or_else(|e| panic!("{e}"));
    assert!(lib.contains("#![recursion_limit = \""), "{lib}");
    for module in ["deep", "declared"] {
        let models =
            std::fs::read_to_string(out.join(format!("src/{module}/models.rs"))).unwrap_or_else(|e| panic!("{e}"));
        assert!(models.contains("Option<Box<"), "{module}: no member of the chain is boxed");
    }

    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    let mut manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    manifest.push_str(crate::support::STANDALONE_WORKSPACE);
    std::fs::write(out.join("Cargo.toml"), manifest).unwrap_or_else(|e| panic!("{e}"));
    let (ok, report) = cargo_on(&out, &["test", "--test", "spec_examples"]);
    assert!(ok, "the deep crate failed:\n{report}");
    assert!(report.contains("test spec_examples_decode ... ok"), "{report}");
}

//! Models generated from an OpenAPI document give back what they read: a crate generated from a
//! small spec decodes hand-picked bodies and encodes each to the same JSON value (its
//! `tests/spec_examples.rs` oracle test, as `cargo xtask oracle` runs it). The classes: a date-time
//! keeps its offset, an optional field that may be `null` keeps `null` apart from absence, a schema
//! whose value may only be `null` (`enum: [null]`) decodes, and an alternative of a union never
//! gains a required nullable field the body did not have.

use std::path::{Path, PathBuf};
use std::process::Command;

use generator::manifest::Manifest;
use serde_json::{Value, json};

fn spec() -> Value {
    let get = |id: &str, schema: Value| {
        json!({"get": {"operationId": id, "responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": schema}}}}}})
    };
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Lossless", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/event": get("getEvent", json!({"$ref": "#/components/schemas/Event"})),
            "/nothing": get("getNothing", json!({"title": "Null", "type": "string", "enum": [null]})),
            "/timeline": get("getTimeline", json!({"type": "array", "items": {"$ref": "#/components/schemas/Timeline"}}))
        },
        "components": {"schemas": {
            "Event": {"type": "object", "required": ["at"], "properties": {
                "at": {"type": "string", "format": "date-time"},
                "until": {"type": "string", "format": "date-time", "nullable": true},
                "note": {"type": "string", "nullable": true},
                "details": {"nullable": true, "description": "Any JSON value, `null` included."},
                "value": {"oneOf": [{"type": "string", "nullable": true}, {"type": "integer", "nullable": true}]},
                "state": {"type": "string", "enum": ["open", "closed", null], "nullable": true}
            }},
            "Timeline": {"anyOf": [
                {"$ref": "#/components/schemas/Labeled"},
                {"$ref": "#/components/schemas/Commented"}
            ]},
            "Labeled": {"type": "object", "required": ["event", "commit_id"], "properties": {
                "event": {"type": "string"},
                "commit_id": {"type": "string", "nullable": true}
            }},
            "Commented": {"type": "object", "required": ["event", "body"], "properties": {
                "event": {"type": "string"},
                "body": {"type": "string"}
            }}
        }}
    })
}

/// Bodies of the three responses; `date_times` lists the strings to compare as RFC 3339 values.
fn instances() -> Vec<Value> {
    let event = |body: Value, date_times: &[&str]| json!({"response": "lossless | getEvent | 200", "body": body, "date_times": date_times});
    vec![
        event(json!({"at": "2024-02-29T23:59:58.5+05:45"}), &["2024-02-29T23:59:58.5+05:45"]),
        event(json!({"at": "2024-02-29T10:00:00-07:30", "until": null}), &["2024-02-29T10:00:00-07:30"]),
        event(
            json!({"at": "2024-02-29T10:00:00Z", "until": "2024-03-01T00:00:00.123456789+00:00"}),
            &["2024-02-29T10:00:00Z", "2024-03-01T00:00:00.123456789+00:00"],
        ),
        event(
            json!({"at": "2024-02-29T10:00:00Z", "note": null, "details": null, "value": null, "state": null}),
            &["2024-02-29T10:00:00Z"],
        ),
        event(
            json!({"at": "2024-02-29T10:00:00Z", "note": "n", "details": {"a": [1, null]}, "value": 7, "state": "open"}),
            &["2024-02-29T10:00:00Z"],
        ),
        json!({"response": "lossless | getNothing | 200", "body": null}),
        json!({"response": "lossless | getTimeline | 200", "body": [
            {"event": "commented", "body": "no commit_id here"},
            {"event": "labeled", "commit_id": null},
            {"event": "labeled", "commit_id": "6dcb09b"}
        ]}),
    ]
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn generated_models_write_back_what_they_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec_path = dir.path().join("lossless.json");
    std::fs::write(&spec_path, spec().to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("crate");
    let mut manifest = Manifest::for_specs(&[spec_path], out.clone(), "lossless-models");
    manifest.settings.example_tests = true;
    let generation = generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}"));
    generator::output::write_atomically(&out, &generation.files, &Default::default()).unwrap_or_else(|e| panic!("{e}"));

    let models = std::fs::read_to_string(out.join("src/lossless/models.rs")).unwrap_or_else(|e| panic!("{e}"));
    assert!(models.contains("pub at: chrono::DateTime<chrono::FixedOffset>,"), "{models}");
    assert!(models.contains("pub details: Option<serde_json::Value>,"), "{models}");

    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    let mut cargo_toml = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    // Its own workspace, with the repository's dependency profile so that their builds are reused.
    cargo_toml.push_str("\n[workspace]\n\n[profile.dev.package.\"*\"]\nopt-level = 1\n");
    std::fs::write(out.join("Cargo.toml"), cargo_toml).unwrap_or_else(|e| panic!("{e}"));
    let instances_dir = dir.path().join("instances");
    std::fs::create_dir_all(&instances_dir).unwrap_or_else(|e| panic!("{e}"));
    let lines: String = instances().iter().map(|i| format!("{i}\n")).collect();
    std::fs::write(instances_dir.join("lossless-models.jsonl"), lines).unwrap_or_else(|e| panic!("{e}"));

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["test", "--test", "spec_examples", "--manifest-path"])
        .arg(out.join("Cargo.toml"))
        .args(["--", "oracle_instances", "--nocapture"])
        .env("CARGO_TARGET_DIR", crate::support::target_dir())
        .env("SPEC_ORACLE_INSTANCES", &instances_dir)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap_or_else(|e| panic!("running cargo: {e}"));
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "cargo test failed:\n{report}");
    let failures: Vec<&str> = report.lines().filter(|l| l.starts_with("ORACLE-FAILURE")).collect();
    assert!(failures.is_empty(), "{failures:#?}");
    let count = instances().len();
    assert!(report.contains(&format!("ORACLE: lossless-models | {count} instances, 0 failed")), "{report}");
}

//! The generated crate's TLS backend is a cargo feature: built with `--no-default-features
//! --features native-tls` (and `tracing`, so that the traced runtime code compiles inside a
//! generated crate too), it depends on native-tls and not on rustls, and its client calls a
//! loopback server.

use crate::support;

use serde_json::json;
use support::{cargo_on, serve, workspace};

const FEATURES: [&str; 3] = ["--no-default-features", "--features", "native-tls,tracing"];

#[test]
fn a_crate_built_with_native_tls_instead_of_rustls_calls_a_server() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "Tls", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {"/things/{id}": {"get": {
            "operationId": "getThing",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"name": {"type": "string"}},
            }}}}},
        }}},
    });
    let spec_path = dir.path().join("tls.json");
    std::fs::write(&spec_path, spec.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
    let (spec_text, out_text) = (path(&spec_path), path(&out));
    let args = ["generator", "generate", &spec_text, "--out", &out_text, "--crate-name", "tls-check"];
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = generator::cli::run(args, &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));

    let base_url = serve(vec![(200, r#"{"name":"native"}"#)]);
    let call = format!(
        "#[tokio::test]\nasync fn calls_the_server() {{\n    \
         let client = tls_check::tls::Client::new().with_base_url({base_url:?});\n    \
         let thing = client.get_thing(\"t1\").send().await.unwrap();\n    \
         assert_eq!(thing.name.as_deref(), Some(\"native\"));\n}}\n"
    );
    std::fs::create_dir_all(out.join("tests")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("tests/call.rs"), call).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    let mut manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert!(manifest.contains("default = [\"rustls\""), "{manifest}");
    manifest
        .push_str("\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n");
    manifest.push_str(crate::support::STANDALONE_WORKSPACE);
    std::fs::write(out.join("Cargo.toml"), manifest).unwrap_or_else(|e| panic!("{e}"));

    let (ok, tree) = cargo_on(&out, &[&["tree", "-e", "normal", "--prefix", "none"][..], &FEATURES].concat());
    assert!(ok, "cargo tree failed:\n{tree}");
    assert!(tree.lines().any(|l| l.starts_with("native-tls v")), "native-tls is not a dependency:\n{tree}");
    assert!(!tree.lines().any(|l| l.starts_with("rustls v")), "rustls is still a dependency:\n{tree}");
    assert!(tree.lines().any(|l| l.starts_with("tracing v")), "tracing is not a dependency:\n{tree}");

    let (ok, report) = cargo_on(&out, &[&["test", "--test", "call"][..], &FEATURES].concat());
    assert!(ok, "the native-tls crate failed:\n{report}");
    assert!(report.contains("test calls_the_server ... ok"), "{report}");
}

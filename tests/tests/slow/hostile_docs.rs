//! Spec text is data, never code: a crate generated from specs with hostile documentation in every
//! position where spec text reaches rustdoc passes `cargo test --doc` and `cargo doc` with
//! `RUSTDOCFLAGS=-D warnings`, and runs nothing (a doctest the spec smuggles in would write a file).

use crate::support;

use std::path::{Path, PathBuf};

use serde_json::json;
use support::{cargo_on, workspace};

/// Hostile documentation: every way text could become a doctest or break `cargo doc`, with
/// Rust code that writes `marker` if it ever runs.
fn hostile(marker: &Path, tag: &str) -> String {
    let write = format!("std::fs::write({:?}, \"{tag}\").unwrap();", marker.display().to_string());
    format!(
        "{tag} ```rust\n{write}\n```\n\n```\nfn main() {{ {write} }}\n```\n\n    {write}\n\n\
         <pre>{write}</pre> <code>{write}</code>\n\n\
         <script>alert(1)</script> <img src=x onerror=alert(1)> <b>bold\n\n\
         [Client] [broken link] [x](NotAType) https://example.com/bare `unclosed\n\n\
         */ /* #![doc = \"x\"] #[cfg(any())] \u{202E}bidi \r\n~~~rust\n{write}\n~~~\n\n\
         ```should_panic\n{write}\n```\n\n```rust\n{write}\n"
    )
}

/// A one-line hostile name: backticks, a fence, comment and attribute openers.
fn hostile_name(tag: &str) -> String {
    format!("{tag}`name` ``` */ #![x] [y] <z> \n```rust\nfn f() {{}}\n```")
}

fn openapi(marker: &Path) -> serde_json::Value {
    let text = |tag: &str| hostile(marker, tag);
    json!({
        "openapi": "3.0.3",
        "info": {"title": text("title"), "version": text("version"), "description": text("info")},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/items/{id}/```rust/*/": {
                "get": {
                    "operationId": "getItem",
                    "summary": text("summary"),
                    "description": text("description"),
                    "deprecated": true,
                    "parameters": [
                        {"name": "id", "in": "path", "required": true, "schema": {"type": "string"},
                         "description": text("path-param")},
                        {"name": "filter", "in": "query", "schema": {"type": "string", "example": text("example")},
                         "description": text("query-param")},
                        {"name": hostile_name("header"), "in": "header", "schema": {"type": "string"},
                         "description": text("header-param")}
                    ],
                    "security": [{(hostile_name("scheme")): []}, {"undefined ``` scheme": []}],
                    "responses": {
                        "200": {"description": text("response"), "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/Item"}}}},
                        "404": {"description": text("not-found")},
                        "default": {"description": text("default")}
                    }
                },
                "post": {
                    "operationId": "postItem",
                    "requestBody": {"description": text("body"), "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Item"}},
                        "text/plain; x=```rust": {"schema": {"type": "string"}}
                    }},
                    "responses": {"204": {"description": text("no-content")}}
                }
            },
            "/inferred": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
                "example": {"value": 1}}}}}}}
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "description": text("schema"),
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "description": text("property"), "example": text("prop-example")},
                        "kind": {"type": "string", "enum": [hostile_name("enum"), "plain"], "description": text("enum-doc")},
                        "pet": {"$ref": "#/components/schemas/Pet"}
                    }
                },
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                    "discriminator": {"propertyName": hostile_name("tag")},
                    "description": text("union")
                },
                "Cat": {"type": "object", "properties": {"lives": {"type": "integer"}}}
            },
            "securitySchemes": {
                (hostile_name("scheme")): {"type": "apiKey", "in": "header", "name": hostile_name("key"),
                                         "description": text("scheme")}
            }
        }
    })
}

fn postman(marker: &Path) -> serde_json::Value {
    let text = |tag: &str| hostile(marker, tag);
    json!({
        "info": {
            "name": text("collection"),
            "description": text("collection-doc"),
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "item": [{
            "name": text("folder"),
            "description": text("folder-doc"),
            "item": [{
                "name": text("request"),
                "request": {
                    "method": "GET",
                    "description": text("request-doc"),
                    "url": {
                        "raw": "https://h.example.com/a/```rust/:id?q=1",
                        "host": ["h", "example", "com"],
                        "path": ["a", "```rust", ":id"],
                        "query": [{"key": "q", "value": "1", "description": text("query")}],
                        "variable": [{"key": "id", "value": "1", "description": text("variable")}]
                    },
                    "header": [{"key": "X-Note", "value": "v", "description": text("header")}]
                },
                "response": [{"name": "ok", "code": 200, "body": "{\"a\": 1}"}]
            }]
        }]
    })
}

/// The info string of every fenced code block that Markdown `lines` open (CommonMark rules:
/// a block ends at a fence of the same character at least as long; backtick fences take no
/// backtick in their info string).
fn opened_fences(lines: &[&str]) -> Vec<String> {
    let mut open: Option<(char, usize)> = None;
    let mut infos = Vec::new();
    for line in lines {
        let t = line.trim_start();
        let Some(c) = t.chars().next().filter(|c| *c == '`' || *c == '~') else { continue };
        let run = t.chars().take_while(|x| *x == c).count();
        let info = t.get(run..).unwrap_or_default().trim();
        match open {
            Some((fence, len)) if fence == c && run >= len && info.is_empty() => open = None,
            Some(_) => {}
            None if run >= 3 && !(c == '`' && info.contains('`')) => {
                infos.push(info.to_owned());
                open = Some((c, run));
            }
            None => {}
        }
    }
    assert!(open.is_none(), "a fence is left open");
    infos
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn hostile_documentation_in_every_position_is_never_compiled_or_run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let marker = dir.path().join("pwned");
    let spec = dir.path().join("hostile.json");
    let collection = dir.path().join("hostile_postman.json");
    std::fs::write(&spec, openapi(&marker).to_string()).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&collection, postman(&marker).to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("crate");
    let args = [
        "generator",
        "generate",
        &spec.to_string_lossy(),
        &collection.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
        "--crate-name",
        "hostile-docs",
    ]
    .map(String::from);
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = generator::cli::run(args, &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));

    // Every code block of the spec is a `text` block; no spec text opens any other.
    let mut opened = Vec::new();
    for file in rust_files(&out.join("src")) {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let docs: Vec<&str> = text
            .lines()
            .map(str::trim_start)
            .filter_map(|line| line.strip_prefix("///").or_else(|| line.strip_prefix("//!")))
            .collect();
        opened.extend(opened_fences(&docs));
        assert!(!text.contains("/**") && !text.contains("/*!"), "{}: a block doc comment", file.display());
    }
    assert!(opened.iter().any(|info| info == "text"), "no code block survived as text: {opened:?}");
    // The one other block is the quick start the generator writes itself, in `lib.rs`.
    let others: Vec<&String> = opened.iter().filter(|info| *info != "text").collect();
    assert_eq!(others, ["no_run"], "{opened:?}");

    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    let mut manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    manifest.push_str(crate::support::STANDALONE_WORKSPACE);
    std::fs::write(out.join("Cargo.toml"), manifest).unwrap_or_else(|e| panic!("{e}"));

    let (ok, report) = cargo_on(&out, &["test", "--doc"]);
    assert!(ok, "cargo test --doc failed:\n{report}");
    // The one doctest is the generator's quick start (compiled, not run).
    assert!(report.contains("running 1 test\n"), "doctests ran:\n{report}");
    assert!(!marker.exists(), "spec text ran as code: {} was written", marker.display());

    let (ok, report) = cargo_on(&out, &["doc", "--no-deps"]);
    assert!(ok, "cargo doc with -D warnings failed:\n{report}");
    assert!(!marker.exists());
}

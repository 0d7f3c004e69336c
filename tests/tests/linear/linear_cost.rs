//! Generation costs work in proportion to the spec's size: doubling a spec at most about doubles
//! the bytes and allocations the whole pipeline (read, normalise, emit, render the warnings)
//! makes. Counted by this test binary's allocator, so the measure does not depend on the
//! machine's load.

use generator::read::read_str;
use serde_json::{Value, json};

use crate::counting;

/// Read, normalise, emit and render every warning; returns (allocations, bytes allocated).
fn cost(name: &str, text: &str) -> (u64, u64) {
    let start = counting::counters();
    let mut spec = read_str(name, text).unwrap_or_else(|e| panic!("{e}"));
    let warnings = generator::normalise::normalise(&mut spec.api);
    spec.add_warnings(warnings);
    spec.locate_warnings();
    let settings = generator::emit::CrateSettings {
        name: "linear".into(),
        version: "0.1.0".into(),
        description: "linear".into(),
        examples: Vec::new(),
        example_tests: false,
        package: generator::emit::Package::default(),
    };
    let modules = [generator::emit::ApiModule { module: "api", api: &spec.api }];
    let files = generator::emit::emit_crate(&settings, &modules).unwrap_or_else(|e| panic!("{e}"));
    assert!(!files.is_empty());
    let report = generator::diagnostic::render_all(&spec.warnings);
    assert!(!report.is_empty(), "the specs raise warnings");
    counting::since(start)
}

/// An OpenAPI document of `n` operations, each with a schema, a long description, and a path
/// placeholder without a parameter (a warning).
fn operations(n: usize) -> Value {
    let paths: serde_json::Map<String, Value> = (0..n)
        .map(|i| {
            let op = json!({"get": {
                "operationId": format!("get{i}"),
                "description": format!("Returns <b>thing</b> {i}. See https://example.com/{i} and [x](https://e.com).\n\n```\ncode\n```"),
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": format!("#/components/schemas/T{i}")}}}}}
            }});
            (format!("/things{i}/{{id}}"), op)
        })
        .collect();
    let schemas: serde_json::Map<String, Value> = (0..n)
        .map(|i| {
            let schema = json!({"type": "object", "description": "d".repeat(200),
                                "properties": {"a": {"type": "string"}, "b": {"type": "integer", "format": "int64"}}});
            (format!("T{i}"), schema)
        })
        .collect();
    json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://h.com"}],
           "paths": paths, "components": {"schemas": schemas}})
}

/// The same document as YAML (flow style on several lines), for the YAML reader and locator.
fn yaml(value: &Value) -> String {
    serde_yaml::to_string(value).unwrap_or_else(|e| panic!("{e}"))
}

/// A Postman collection whose saved body is a JSON list of `25 n` objects damaged as hand-written
/// examples are (raw line breaks inside strings, trailing commas), which the reader repairs, and a
/// second request whose body is past repair (a warning).
fn malformed_bodies(n: usize) -> String {
    let damaged = "{\"note\": \"two\nlines\", \"ids\": [1, 2,],},\n".repeat(25 * n);
    let request = |name: &str, body: String| {
        json!({"name": name, "request": {"method": "GET", "url": {"raw": format!("https://h.com/{name}"),
               "host": ["https://h.com"], "path": [name]}},
               "response": [{"name": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                             "body": body}]})
    };
    json!({"info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [request("notes", format!("[{damaged}]")), request("broken", "{\"a\": [1, 2}".to_owned())]})
    .to_string()
}

/// A shape of input: its name, and the spec text of `n` operations.
type Shape = (&'static str, fn(usize) -> String);

/// Asserts that doubling the input at most about doubles the work, for every shape of input.
#[test]
fn doubling_a_spec_at_most_about_doubles_the_work() {
    let _serial = counting::serial();
    let shapes: [Shape; 4] = [
        ("minified JSON", |n| operations(n).to_string()),
        ("pretty JSON", |n| serde_json::to_string_pretty(&operations(n)).unwrap_or_default()),
        ("YAML", |n| yaml(&operations(n))),
        ("malformed Postman bodies", malformed_bodies),
    ];
    // Warm up once: thread pools and lazy statics allocate on first use only.
    let _ = cost("warm.json", &operations(10).to_string());
    let mut failures = Vec::new();
    for (shape, make) in &shapes {
        let (small, large) = (make(400), make(800));
        let (a1, b1) = cost("small", &small);
        let (a2, b2) = cost("large", &large);
        let (allocations, bytes) = (a2 as f64 / a1 as f64, b2 as f64 / b1 as f64);
        eprintln!(
            "{shape}: {} → {} bytes of spec; allocations {a1} → {a2} (×{allocations:.2}), bytes allocated {b1} → {b2} (×{bytes:.2})",
            small.len(),
            large.len()
        );
        if allocations > 2.3 || bytes > 2.3 {
            failures.push(format!("{shape}: allocations ×{allocations:.2}, bytes ×{bytes:.2}"));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

/// The API change report (compare two surfaces, render the text) costs in proportion to the APIs:
/// between `operations(n)` and the same with every operation renamed and every model's `b`
/// retyped, so that every operation and model has a change to find.
#[test]
fn doubling_the_apis_compared_at_most_about_doubles_the_work() {
    let _serial = counting::serial();
    fn surfaces(n: usize) -> (generator::changes::Surface, generator::changes::Surface) {
        let old = operations(n);
        let new: Value = serde_json::from_str(
            &old.to_string()
                .replace("\"operationId\":\"get", "\"operationId\":\"fetch")
                .replace("\"int64\"", "\"int32\""),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let surface = |value: &Value| {
            let mut spec = read_str("s.json", &value.to_string()).unwrap_or_else(|e| panic!("{e}"));
            // The surface is of a named API, as the generator emits it.
            generator::normalise::normalise(&mut spec.api);
            generator::emit::surface::surface(&[generator::emit::ApiModule { module: "api", api: &spec.api }])
        };
        (surface(&old), surface(&new))
    }
    let cost = |n: usize| {
        let (old, new) = surfaces(n);
        let start = counting::counters();
        let report = generator::changes::compare(&old, &new);
        let text = report.to_text(Some("0.1.0"));
        assert_eq!(report.changes.len(), 2 * n, "{text}");
        counting::since(start)
    };
    let _ = cost(10);
    let ((a1, b1), (a2, b2)) = (cost(400), cost(800));
    let (allocations, bytes) = (a2 as f64 / a1 as f64, b2 as f64 / b1 as f64);
    eprintln!("change report: allocations {a1} → {a2} (×{allocations:.2}), bytes {b1} → {b2} (×{bytes:.2})");
    assert!(allocations < 2.3 && bytes < 2.3, "allocations ×{allocations:.2}, bytes ×{bytes:.2}");
}

/// A Postman collection of `n` requests all named `Get item`, in one folder, each with a saved
/// response of its own shape: `n` operation names and `n` response type names to number.
fn duplicate_requests(n: usize) -> Value {
    let items: Vec<Value> = (0..n)
        .map(|i| {
            json!({
                "name": "Get item",
                "request": {"method": "GET", "url": {"raw": "https://h.com/items", "host": ["h", "com"], "path": ["items"]}},
                "response": [{"name": "ok", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                              "body": json!({format!("field{i}"): i}).to_string()}]
            })
        })
        .collect();
    json!({
        "info": {"name": "dups", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Items", "item": items}]
    })
}

/// Regression (class: super-linear numbering of duplicate names): each of 10,000 requests of one
/// name tried every number from 2 up for its method and its response type (112 s); numbers now go
/// on from the last one given.
#[test]
fn doubling_duplicate_names_at_most_about_doubles_the_work() {
    let _serial = counting::serial();
    let _ = cost("warm.json", &duplicate_requests(10).to_string());
    let (small, large) = (duplicate_requests(1000).to_string(), duplicate_requests(2000).to_string());
    let (a1, b1) = cost("small.postman.json", &small);
    let (a2, b2) = cost("large.postman.json", &large);
    let (allocations, bytes) = (a2 as f64 / a1 as f64, b2 as f64 / b1 as f64);
    eprintln!(
        "duplicate names: allocations {a1} → {a2} (×{allocations:.2}), bytes allocated {b1} → {b2} (×{bytes:.2})"
    );
    assert!(allocations <= 2.3 && bytes <= 2.3, "allocations ×{allocations:.2}, bytes ×{bytes:.2}");
}

//! Small specs whose shape once cost far more than their size: generation works in proportion to
//! the spec for each of them. Doubling the input at most about doubles the allocations (counted
//! by this test binary's allocator, so the measure does not depend on the machine's load) and the
//! time (the fastest of three runs, as a ratio between the two sizes, never an absolute time).
//!
//! - `allOf` members shared across levels: each level's schema combines two schemas that both
//!   combine the level below, so a walk that does not remember what it gathered doubles per level.
//! - Chains of `$ref` aliases (`A0` → `A1` → … → `An`), of schemas and of parameters: each alias
//!   must be resolved once, not once per alias along the chain.
//! - An example nested in a union of structs that hold the union: each value is checked against
//!   each alternative once.
//! - A file a `$ref` reads, nested deeply: refused by the depth budget before it is parsed.
//! - Many operation groups (cargo features) whose operations all reach one chain of models.
//! - Many path items and schemas of a JSON spec, which is parsed in parts on all cores.

use std::path::Path;
use std::time::Instant;

use generator::read::read_file;
use serde_json::{Value, json};

use crate::counting;

/// What one generation cost.
struct Cost {
    allocations: u64,
    bytes: u64,
    seconds: f64,
}

/// Reads the spec `file` (the first of `files`, written to a fresh folder), normalises it and emits
/// its crate; `refused` tells whether the spec must be refused rather than generate.
fn generate(files: &[(String, String)], refused: bool) -> Cost {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    let spec = dir.path().join(&files.first().unwrap_or_else(|| panic!("no spec")).0);
    let started = Instant::now();
    let start = counting::counters();
    run(&spec, refused);
    let (allocations, bytes) = counting::since(start);
    Cost { allocations, bytes, seconds: started.elapsed().as_secs_f64() }
}

fn run(spec: &Path, refused: bool) {
    let read = read_file(spec, "spec");
    let mut spec = match (read, refused) {
        (Err(_), true) => return,
        (Err(e), false) => panic!("{e}"),
        (Ok(_), true) => panic!("the spec is read, but must be refused"),
        (Ok(spec), false) => spec,
    };
    let warnings = generator::normalise::normalise(&mut spec.api);
    spec.add_warnings(warnings);
    let settings = generator::emit::CrateSettings {
        name: "shapes".into(),
        version: "0.1.0".into(),
        description: "shapes".into(),
        examples: Vec::new(),
        example_tests: false,
        package: generator::emit::Package::default(),
    };
    let modules = [generator::emit::ApiModule { module: "api", api: &spec.api }];
    let files = generator::emit::emit_crate(&settings, &modules).unwrap_or_else(|e| panic!("{e}"));
    assert!(!files.is_empty());
}

/// The cheapest of three generations: allocations do not vary, the fastest time is the least
/// disturbed by other load.
fn cost(files: &[(String, String)], refused: bool) -> Cost {
    let runs: Vec<Cost> = (0..3).map(|_| generate(files, refused)).collect();
    Cost {
        allocations: runs.iter().map(|c| c.allocations).min().unwrap_or_default(),
        bytes: runs.iter().map(|c| c.bytes).min().unwrap_or_default(),
        seconds: runs.iter().map(|c| c.seconds).fold(f64::INFINITY, f64::min),
    }
}

/// An OpenAPI document with one operation returning the schema `returned`, and `schemas`.
fn openapi(schemas: Value, returned: &str, extra: Value) -> Value {
    let mut document = json!({
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://h.com"}],
        "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{returned}")}}}}}}}},
        "components": {"schemas": schemas}
    });
    if let (Some(target), Value::Object(extra)) = (document.as_object_mut(), extra) {
        target.extend(extra);
    }
    document
}

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// `levels` levels: `L{k}` is the `allOf` of `A{k}` and `B{k}`, which both are the `allOf` of
/// `L{k-1}` (and a description), so every schema below is reached along 2^k paths. (Deeper than 16
/// levels the chain passes the reader's depth limit for `allOf`, and the top levels are read as
/// JSON values with a warning.)
fn shared_all_of(levels: usize) -> Vec<(String, String)> {
    let mut schemas = serde_json::Map::new();
    schemas.insert("L0".into(), json!({"type": "object", "properties": {"id": {"type": "string"}}}));
    for k in 1..=levels {
        let below = schema_ref(&format!("L{}", k - 1));
        let documented = json!({"description": "d"});
        schemas.insert(format!("A{k}"), json!({"allOf": [below.clone(), documented.clone()]}));
        schemas.insert(format!("B{k}"), json!({"allOf": [below, documented]}));
        let members = [schema_ref(&format!("A{k}")), schema_ref(&format!("B{k}"))];
        schemas.insert(format!("L{k}"), json!({"allOf": members}));
    }
    vec![("spec.json".into(), openapi(Value::Object(schemas), &format!("L{levels}"), json!({})).to_string())]
}

/// `A0` → `A1` → … → `A{n}`, each a `$ref` to the next; the last is an object.
fn schema_alias_chain(n: usize) -> Vec<(String, String)> {
    let mut schemas: serde_json::Map<String, Value> =
        (0..n).map(|i| (format!("A{i}"), schema_ref(&format!("A{}", i + 1)))).collect();
    schemas.insert(format!("A{n}"), json!({"type": "object", "properties": {"id": {"type": "string"}}}));
    vec![("spec.json".into(), openapi(Value::Object(schemas), "A0", json!({})).to_string())]
}

/// `n` parameters, each a `$ref` to the next; the last is a query parameter. Every operation uses
/// the first of each of ten chains.
fn parameter_alias_chain(n: usize) -> Vec<(String, String)> {
    let mut parameters = serde_json::Map::new();
    for chain in 0..10 {
        for i in 0..n {
            parameters.insert(
                format!("P{chain}_{i}"),
                json!({"$ref": format!("#/components/parameters/P{chain}_{}", i + 1)}),
            );
        }
        parameters.insert(
            format!("P{chain}_{n}"),
            json!({"name": format!("q{chain}"), "in": "query", "schema": {"type": "string"}}),
        );
    }
    let schemas = json!({"T": {"type": "object", "properties": {"id": {"type": "string"}}}});
    let mut document = openapi(schemas, "T", json!({}));
    let uses: Vec<Value> =
        (0..10).map(|chain| json!({"$ref": format!("#/components/parameters/P{chain}_0")})).collect();
    document["paths"]["/a"]["get"]["parameters"] = Value::Array(uses);
    document["components"]["parameters"] = Value::Object(parameters);
    vec![("spec.json".into(), document.to_string())]
}

/// A response example nested `levels` deep in a union of two structs that both hold the union, and
/// wrong at the bottom: checking it against each alternative in turn, without remembering what was
/// found, doubles per level.
fn nested_union_example(levels: usize) -> Vec<(String, String)> {
    let member = json!({"type": "object", "required": ["x"], "properties": {"x": schema_ref("U")}});
    let schemas = json!({"U": {"oneOf": [schema_ref("S1"), schema_ref("S2")]}, "S1": member, "S2": member});
    let mut example = json!(5);
    for _ in 0..levels {
        example = json!({ "x": example });
    }
    let mut document = openapi(schemas, "U", json!({}));
    document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = example;
    vec![("spec.json".into(), document.to_string())]
}

/// A spec whose schema is a `$ref` into a YAML file nested `depth` levels deep in flow style.
fn deep_referenced_file(depth: usize) -> Vec<(String, String)> {
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'deep.yaml#/a'}\n";
    let deep = format!("a: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    vec![("spec.yaml".into(), spec.into()), ("deep.yaml".into(), deep)]
}

/// `n` tags, each with one operation answering `C0`, the head of a chain `C0` → `C1` → … → `C{n}`:
/// a closure that walked the chain once per group (its cargo feature) would cost `n` squared, and
/// a `#[cfg]` listing every group on every model of the chain would write as much.
fn groups_sharing_a_chain(n: usize) -> Vec<(String, String)> {
    let mut schemas: serde_json::Map<String, Value> = (0..n)
        .map(|i| {
            (format!("C{i}"), json!({"type": "object", "properties": {"next": schema_ref(&format!("C{}", i + 1))}}))
        })
        .collect();
    schemas.insert(format!("C{n}"), json!({"type": "object", "properties": {"id": {"type": "string"}}}));
    let mut document = openapi(Value::Object(schemas), "C0", json!({}));
    let operation = document["paths"]["/a"]["get"].clone();
    let paths: serde_json::Map<String, Value> = (0..n)
        .map(|g| {
            let mut operation = operation.clone();
            operation["operationId"] = json!(format!("get{g}"));
            operation["tags"] = json!([format!("group{g}")]);
            (format!("/g{g}"), json!({"get": operation}))
        })
        .collect();
    document["paths"] = Value::Object(paths);
    vec![("spec.json".into(), document.to_string())]
}

/// A JSON spec of `n` path items and `n` schemas, each with extensions: read in parts on all cores (path items
/// and components parsed one by one, then put together).
fn parts_of_a_json_spec(n: usize) -> Vec<(String, String)> {
    let schemas: serde_json::Map<String, Value> = (0..n)
        .map(|i| {
            let schema = json!({"type": "object", "x-i": i, "properties": {"created_at": {"type": "string"}, "next": schema_ref(&format!("S{}", (i + 1) % n))}});
            (format!("S{i}"), schema)
        })
        .collect();
    let mut document = openapi(Value::Object(schemas), "S0", json!({}));
    for i in 0..n {
        let operation = json!({"operationId": format!("get{i}"), "x-op": i, "responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": schema_ref(&format!("S{i}"))}}}}});
        document["paths"][format!("/s{i}")] = json!({"get": operation, "x-item": i});
    }
    document["paths"]["x-paths"] = json!(n);
    vec![("spec.json".into(), document.to_string())]
}

/// `n` files, each defining a schema `Item` of its own, which the spec's `R{i}` name: every copy is
/// known as `Item`, so the naming pass numbers `n` type names of one base.
fn copies_of_one_name(n: usize) -> Vec<(String, String)> {
    let schemas: serde_json::Map<String, Value> =
        (0..n).map(|i| (format!("R{i}"), json!({"$ref": format!("f{i}.json#/definitions/Item")}))).collect();
    let mut files = vec![("spec.json".to_owned(), openapi(Value::Object(schemas), "R0", json!({})).to_string())];
    files.extend((0..n).map(|i| {
        let item = json!({"type": "object", "properties": {format!("x{i}"): {"type": "string"}}});
        (format!("f{i}.json"), json!({"definitions": {"Item": item}}).to_string())
    }));
    files
}

/// A shape of input: its name, the spec's files for a size, whether it is refused, and two sizes.
struct Shape {
    name: &'static str,
    files: fn(usize) -> Vec<(String, String)>,
    refused: bool,
    sizes: (usize, usize),
}

#[test]
fn doubling_a_hostile_shape_at_most_about_doubles_the_work() {
    let _serial = counting::serial();
    let shapes = [
        Shape { name: "allOf shared across levels", files: shared_all_of, refused: false, sizes: (7, 14) },
        Shape { name: "schema alias chain", files: schema_alias_chain, refused: false, sizes: (500, 1_000) },
        Shape { name: "parameter alias chain", files: parameter_alias_chain, refused: false, sizes: (200, 400) },
        Shape { name: "nested union example", files: nested_union_example, refused: false, sizes: (8, 16) },
        // Below the 300 features a crate may have, so that the groups are features.
        Shape { name: "groups sharing a chain", files: groups_sharing_a_chain, refused: false, sizes: (100, 200) },
        Shape { name: "copies of one name", files: copies_of_one_name, refused: false, sizes: (200, 400) },
        Shape { name: "parts of a JSON spec", files: parts_of_a_json_spec, refused: false, sizes: (150, 300) },
        Shape { name: "deep referenced file", files: deep_referenced_file, refused: true, sizes: (50_000, 100_000) },
    ];
    // Warm up once: thread pools and lazy statics allocate on first use only.
    let _ = cost(&schema_alias_chain(10), false);
    let mut failures = Vec::new();
    for shape in &shapes {
        let (small_files, large_files) = ((shape.files)(shape.sizes.0), (shape.files)(shape.sizes.1));
        let size = |files: &[(String, String)]| files.iter().map(|(_, text)| text.len()).sum::<usize>();
        let input = size(&large_files) as f64 / size(&small_files) as f64;
        let (small, large) = (cost(&small_files, shape.refused), cost(&large_files, shape.refused));
        let allocations = large.allocations as f64 / small.allocations.max(1) as f64 / input;
        let bytes = large.bytes as f64 / small.bytes.max(1) as f64 / input;
        let time = large.seconds / small.seconds.max(1e-6) / input;
        eprintln!(
            "{}: input ×{input:.2} ({} → {} bytes); per input byte: allocations ×{allocations:.2}, bytes ×{bytes:.2}, \
             time ×{time:.2} ({:.1} → {:.1} ms)",
            shape.name,
            size(&small_files),
            size(&large_files),
            small.seconds * 1e3,
            large.seconds * 1e3,
        );
        // Linear work stays near ×1 per input byte (a little more: buffers grow by doubling);
        // quadratic work is ×2 and more. Time is noisier than allocations on a loaded machine.
        if allocations > 1.3 || bytes > 1.3 || time > 1.8 {
            failures.push(format!("{}: allocations ×{allocations:.2}, bytes ×{bytes:.2}, time ×{time:.2}", shape.name));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

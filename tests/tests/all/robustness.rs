//! No input may crash the generator: property tests of the readers and the example inference on
//! arbitrary input, random single-byte mutations of every corpus spec through the whole pipeline,
//! and a 50 MB spec in bounded time and memory. Counts are printed (`cargo test -- --nocapture`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use generator::example::Shape;
use generator::ir::Origin;
use generator::read::read_str;
use generator::read::registry::TypeRegistry;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Read, normalise and emit: everything but writing files.
fn pipeline(name: &str, text: &str) {
    let Ok(mut spec) = read_str(name, text) else { return };
    let warnings = generator::normalise::normalise(&mut spec.api);
    spec.add_warnings(warnings);
    let settings = generator::emit::CrateSettings {
        name: "fuzz".into(),
        version: "0.1.0".into(),
        description: "fuzz".into(),
        examples: Vec::new(),
        example_tests: true,
        package: generator::emit::Package::default(),
    };
    let modules = [generator::emit::ApiModule { module: "api", api: &spec.api }];
    // An emit error is a reported failure, not a crash; only panics fail the test.
    let _ = generator::emit::emit_crate(&settings, &modules);
    for warning in &spec.warnings {
        let _ = warning.render();
    }
}

/// JSON values of bounded size and depth.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        prop_oneof![
            ".*",
            Just("<long>".to_owned()),
            Just("<string,null>".to_owned()),
            Just("string [date]".to_owned()),
            Just("2019-09-17T20:25:17Z".to_owned()),
            Just("#/components/schemas/A".to_owned()),
            Just(":id".to_owned()),
            Just("{{baseUrl}}".to_owned())
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        let keys = prop_oneof![
            "[a-z$]{1,8}",
            Just("type".to_owned()),
            Just("$ref".to_owned()),
            Just("properties".to_owned()),
            Just("items".to_owned()),
            Just("oneOf".to_owned()),
            Just("allOf".to_owned()),
            Just("request".to_owned()),
            Just("url".to_owned()),
            Just("item".to_owned()),
            Just("response".to_owned()),
            Just("body".to_owned())
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(keys, inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        pipeline("fuzz.yaml", &text);
        pipeline("fuzz.json", &format!("{{{text}"));
    }

    #[test]
    fn arbitrary_openapi_shaped_documents_never_panic(paths in json_value(), schemas in json_value()) {
        let document = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"example": paths.clone()}}}}}}},
            "components": {"schemas": {"A": schemas, "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}}}
        });
        pipeline("fuzz.json", &document.to_string());
        pipeline("fuzz.json", &json!({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": paths}).to_string());
    }

    #[test]
    fn arbitrary_postman_shaped_collections_never_panic(items in json_value(), body in json_value()) {
        let request = json!({"name": "r", "request": {"method": "POST", "url": "{{baseUrl}}/a/:id?x=1", "body": {"mode": "raw", "raw": body.to_string()}}, "response": [{"code": 200, "body": body.to_string()}]});
        let collection = json!({"info": {"name": "c", "schema": "v2.1"}, "item": [request, {"name": "f", "item": items.clone()}], "auth": items});
        pipeline("fuzz.json", &collection.to_string());
    }

    /// Rings of schemas that are each only another one (`oneOf`/`anyOf` of one, or with a string
    /// beside it, `allOf` of one, `nullable`) are refused, whatever their length and mix; the same
    /// ring with one member made an object or a list is ordinary recursion and reads.
    #[test]
    fn rings_of_unions_and_aliases_are_refused_unless_an_object_or_list_breaks_them(
        kinds in prop::collection::vec(0..5usize, 1..7),
        broken in prop::option::of((0..6usize, any::<bool>())),
    ) {
        let count = kinds.len();
        let schemas: serde_json::Map<String, Value> = kinds.iter().enumerate().map(|(index, kind)| {
            let next = json!({"$ref": format!("#/components/schemas/S{}", (index + 1) % count)});
            let schema = match (broken, kind) {
                (Some((at, true)), _) if at % count == index => json!({"type": "object", "properties": {"next": next}}),
                (Some((at, false)), _) if at % count == index => json!({"type": "array", "items": next}),
                (_, 0) => json!({"oneOf": [next]}),
                (_, 1) => json!({"anyOf": [next]}),
                (_, 2) => json!({"allOf": [next]}),
                (_, 3) => json!({"nullable": true, "anyOf": [next]}),
                _ => json!({"oneOf": [{"type": "string"}, next]}),
            };
            (format!("S{index}"), schema)
        }).collect();
        let document = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}});
        let read = read_str("ring.json", &document.to_string());
        let result = read.and_then(|mut spec| generator::normalise::normalise_with(&mut spec.api, &Default::default()));
        match (broken, result) {
            (None, Err(generator::error::Error::Spec(diagnostic))) => {
                prop_assert!(diagnostic.message.contains("is a ring of unions and aliases"), "{}", diagnostic.message);
            }
            (None, other) => prop_assert!(false, "{kinds:?} was not refused: {other:?}"),
            (Some(_), result) => prop_assert!(result.is_ok(), "{kinds:?} broken at {broken:?}: {result:?}"),
        }
    }

    #[test]
    fn example_inference_never_panics(samples in prop::collection::vec(json_value(), 1..4)) {
        let shape = samples.iter().map(Shape::from_example).reduce(Shape::merge);
        if let Some(shape) = shape {
            let mut registry = TypeRegistry::default();
            let _ = shape.to_type("Root", None, &Origin(String::new()), &mut registry);
        }
        for sample in &samples {
            let _ = generator::example::instantiate(sample);
        }
    }
}

fn specs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut specs = vec![
        root.join("specs/zoom-chat-v1.openapi.yaml"),
        root.join("specs/zoom-chat-v2.postman_collection.json"),
        root.join("tests/fixtures/openapi32-features.openapi.yaml"),
    ];
    let folders = [
        "../shared/corpus/openapi",
        "../shared/corpus/openapi31",
        "../shared/corpus/postman",
        "../shared/corpus/postman/oracle",
    ];
    for dir in folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
            .unwrap_or_default();
        files.sort();
        specs.extend(files);
    }
    specs
}

/// Every corpus spec, and every hostile input of the budget classes: (name, bytes).
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut seeds: Vec<(String, Vec<u8>)> = specs()
        .iter()
        .map(|spec| {
            let name = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (name, std::fs::read(spec).unwrap_or_else(|e| panic!("{}: {e}", spec.display())))
        })
        .collect();
    seeds.extend(hostile_inputs().into_iter().map(|(_, name, text)| (name, text.into_bytes())));
    seeds
}

#[test]
fn single_byte_mutations_of_every_spec_never_panic() {
    let mut rng =
        fastrand::Rng::with_seed(std::env::var("MUTATION_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(7));
    let budget = Duration::from_secs(std::env::var("MUTATION_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(40));
    let seeds = seeds();
    let hostile = hostile_inputs().len();
    assert!(seeds.len() >= 20 + hostile, "corpus missing: {} seeds", seeds.len());
    // A hostile input is refused quickly: it gets a quarter of a corpus spec's share of the time.
    let shares = 4 * (seeds.len() - hostile) + hostile;
    let per_share = budget / u32::try_from(shares).unwrap_or(1);
    let (mut runs, mut hostile_runs) = (0, 0);
    let mut crashes = Vec::new();
    for (index, (name, original)) in seeds.iter().enumerate() {
        let is_hostile = index >= seeds.len() - hostile;
        let per_seed = if is_hostile { per_share } else { per_share * 4 };
        let started = Instant::now();
        let mut seed_runs = 0;
        // At least one mutation per seed, then as many as the time share allows.
        while seed_runs == 0 || started.elapsed() < per_seed {
            let mut mutated = original.clone();
            let at = rng.usize(..mutated.len().max(1));
            let byte = rng.u8(..);
            if let Some(slot) = mutated.get_mut(at) {
                *slot = byte;
            }
            let text = String::from_utf8_lossy(&mutated).into_owned();
            let result = std::panic::catch_unwind(|| pipeline(name, &text));
            seed_runs += 1;
            if result.is_err() {
                crashes.push(format!("{name}: byte {at} set to {byte:#04x}"));
            }
        }
        runs += seed_runs;
        if is_hostile {
            hostile_runs += seed_runs;
        }
    }
    eprintln!(
        "single-byte mutations: {runs} inputs over {} seeds ({} corpus specs; {hostile_runs} inputs from {hostile} \
         hostile inputs: alias bombs, deep nesting, long lines), {} crashed",
        seeds.len(),
        seeds.len() - hostile,
        crashes.len()
    );
    assert!(crashes.is_empty(), "{crashes:#?}");
}

/// Peak resident memory of this process, from /proc (Linux), in MiB.
fn peak_rss_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kib| kib / 1024)
}

#[test]
fn a_50_mb_spec_is_read_in_bounded_time_and_memory() {
    // 200 requests with a 250 KB example body each: large examples are how real specs get big.
    let message = json!({"id": "0fbd238a0519d3abb0e4ce", "message": "I am good.", "sender": "user@example.com", "date_time": "2019-09-17T20:25:17Z", "files": [{"file_id": "x", "file_size": 14358}]});
    let page =
        serde_json::to_string(&json!({"next_page_token": "", "messages": vec![message; 1400]})).unwrap_or_default();
    let items: Vec<Value> = (0..200)
        .map(|i| {
            json!({"name": format!("Request {i}"), "request": {"method": "GET", "url": format!("https://api.example.com/things/{i}?page_token=x")},
                   "response": [{"code": 200, "body": page}]})
        })
        .collect();
    let text = json!({"info": {"name": "big", "schema": "v2.1"}, "item": items}).to_string();
    let megabytes = text.len() / 1_000_000;
    assert!(megabytes >= 50, "only {megabytes} MB");
    let started = Instant::now();
    let result = read_str("big.json", &text);
    let read = started.elapsed();
    let api = result.unwrap_or_else(|e| panic!("{e}")).api;
    assert_eq!(api.operations.len(), 200);
    let peak = peak_rss_mib();
    eprintln!("{megabytes} MB spec: read and inferred in {read:?}; peak RSS of the test process {peak:?} MiB");
    // Generous bounds: a sanity check on shared machines, not a benchmark.
    assert!(read < Duration::from_secs(120), "{read:?}");
    assert!(peak.is_none_or(|mib| mib < 8 * 1024), "{peak:?} MiB");
}

/// `levels` YAML anchors, each a list of ten aliases of the one before: 10^levels nodes.
fn alias_bomb(levels: usize) -> String {
    let mut text = String::from(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for level in 1..levels {
        let items = vec![format!("*a{}", level - 1); 10].join(", ");
        text.push_str(&format!("x-a{level}: &a{level} [{items}]\n"));
    }
    text
}

/// One minified JSON line of `paths` operations, each raising a warning (a path placeholder
/// without a parameter) and each with a long description.
fn long_line_with_warnings(paths: usize) -> String {
    let description = "d".repeat(100);
    let paths: serde_json::Map<String, Value> = (0..paths)
        .map(|i| {
            let op = json!({"get": {"description": description, "responses": {"200": {"description": "ok"}}}});
            (format!("/p{i}/{{id}}"), op)
        })
        .collect();
    json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://h.com"}], "paths": paths})
        .to_string()
}

/// The budget classes, each at a few sizes: (class, file name, text).
fn hostile_inputs() -> Vec<(&'static str, String, String)> {
    let mut inputs = Vec::new();
    for levels in [6, 8, 12] {
        inputs.push(("alias bomb", format!("bomb{levels}.yaml"), alias_bomb(levels)));
    }
    for depth in [129, 10_000, 100_000] {
        let flow = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {}{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        inputs.push(("deep YAML flow nesting", format!("flow{depth}.yaml"), flow));
        let json = format!("{{\"openapi\": \"3.0.3\", \"x\": {}{}}}", "[".repeat(depth), "]".repeat(depth));
        inputs.push(("deep JSON nesting", format!("deep{depth}.json"), json));
    }
    for depth in [129, 2_000] {
        let block: String = (0..depth).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect();
        inputs.push(("deep YAML block nesting", format!("block{depth}.yaml"), format!("openapi: 3.0.3\n{block}")));
    }
    for paths in [500, 2_000] {
        inputs.push(("long line with many warnings", format!("minified{paths}.json"), long_line_with_warnings(paths)));
    }
    inputs
}

#[test]
fn hostile_budget_classes_are_refused_or_bounded() {
    let mut failures = Vec::new();
    for (class, name, text) in hostile_inputs() {
        let started = Instant::now();
        let (outcome, report) = match read_str(&name, &text) {
            Err(generator::error::Error::Spec(d)) => (format!("refused: {}", d.message), d.render()),
            Err(other) => (format!("failed: {other}"), String::new()),
            Ok(mut spec) => {
                spec.locate_warnings();
                (format!("{} warnings", spec.warnings.len()), generator::diagnostic::render_all(&spec.warnings))
            }
        };
        let elapsed = started.elapsed();
        let longest = report.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        eprintln!(
            "{class}: {name} ({} bytes): {outcome}; {} bytes of report, longest line {longest}, {elapsed:?}",
            text.len(),
            report.len()
        );
        let expected = match class {
            "alias bomb" => name == "bomb6.yaml" || outcome.contains("YAML aliases expand this document"),
            "long line with many warnings" => report.contains("more like this") && report.len() < 200_000,
            _ => outcome.contains("nested more than 128 levels deep"),
        };
        if !expected || longest > 260 || elapsed > Duration::from_secs(10) {
            failures.push(format!("{class} {name}: {outcome}, longest line {longest}, {elapsed:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

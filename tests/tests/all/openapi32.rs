//! A hand-written OpenAPI 3.2 spec using each 3.2 feature a client meets (tests/fixtures/openapi32-features.openapi.yaml):
//! what the reader makes of it, what the emitter writes, and that the crate compiles without a
//! warning (the committed crate `tests/crates/shelter-32`).

use crate::support;

use std::path::{Path, PathBuf};

use generator::ir::{AuthKind, ParamLocation, Type};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/openapi32-features.openapi.yaml")
}

#[test]
fn each_3_2_feature_reads_into_the_ir() {
    let spec = generator::load(&fixture(), "openapi32-features.openapi.yaml", &Default::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let api = &spec.api;
    assert_eq!(api.docs.as_deref(), Some("Pets waiting for a home."));
    let operations: Vec<(&str, &str, &str)> =
        api.operations.iter().map(|op| (op.name.as_str(), op.method.as_str(), op.path.as_str())).collect();
    assert_eq!(
        operations,
        [
            ("listPets", "GET", "/pets"),
            ("searchPets", "QUERY", "/pets"),
            ("purgePets", "PURGE", "/pets"),
            ("getPet", "GET", "/pets/{id}"),
            ("watchEvents", "GET", "/events"),
        ]
    );
    // `in: querystring`: the form object's properties are the query.
    let params: Vec<(&str, ParamLocation, bool)> =
        api.operations[0].params.iter().map(|p| (p.name.as_str(), p.location, p.required)).collect();
    assert_eq!(params, [("species", ParamLocation::Query, true), ("limit", ParamLocation::Query, false)]);
    // Hierarchical tags: an operation's group is its own tag.
    assert_eq!(api.operations[0].group.as_deref(), Some("dogs"));
    // `itemSchema`: the item type exists; the body is handed over whole.
    assert_eq!(api.operations[4].responses[0].ty, Some(Type::Binary));
    assert!(api.type_def("Event").is_some());
    // Webhooks: payload types, no operation.
    assert!(api.type_def("PetAdoptedPayload").is_some());
    // The device authorization flow is a bearer token, documented.
    let device = &api.auth_schemes[0];
    assert_eq!(device.kind, AuthKind::Bearer);
    assert!(device.docs.as_deref().unwrap_or_default().contains("device code at https://shelter.example/device"));
    let warnings: Vec<&str> = spec.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        warnings,
        ["/paths/~1events/get/responses/200/content/application~1jsonl/itemSchema", "/webhooks/petAdopted"]
    );
}

/// The crate is the committed `tests/crates/shelter-32` (a workspace member, so it compiles with
/// the workspace and `cargo clippy --workspace --all-targets -D warnings` checks it).
#[test]
fn the_3_2_crate_sends_the_new_methods_and_compiles_without_warnings() {
    let files = support::fixture_crate("openapi32-features.generate.toml").files;
    let read = |file: &str| {
        let path = format!("src/openapi32_features/{file}");
        files.get(&path).cloned().unwrap_or_else(|| panic!("no {path}"))
    };
    let requests = read("requests.rs");
    assert!(requests.contains("reqwest::Method::from_bytes(b\"QUERY\")"), "{requests}");
    // QUERY is idempotent: a 5xx answer or a connection error is retried like a GET (the runtime's
    // `Request::new` says so by the method; the emitted code leaves it so).
    let query = requests.split("b\"QUERY\"").nth(1).unwrap_or_default();
    assert!(!query.split("Ok(request)").next().unwrap_or_default().contains("request.idempotent"), "{requests}");
    assert!(requests.contains("reqwest::Method::from_bytes(b\"PURGE\")"), "{requests}");
    assert!(requests.contains("request.query.add(\"species\", &self.species);"), "{requests}");
    let client = read("client.rs");
    for method in ["species: impl Into<String>", "pub fn search_pets(", "pub fn purge_pets("] {
        assert!(client.contains(method), "no `{method}` in\n{client}");
    }
    let models = read("models.rs");
    for item in ["pub struct PetAdoptedPayload", "pub struct Event", "pub name: Option<String>"] {
        assert!(models.contains(item), "no `{item}` in\n{models}");
    }
}

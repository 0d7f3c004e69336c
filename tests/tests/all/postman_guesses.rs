//! What a client generated from a Postman collection makes of what the collection does not show:
//! requests saved without a success response, saved responses that declare a body but show none,
//! numbers known only from examples, and variables inside path segments
//! (tests/fixtures/postman-guesses.postman.json).

use std::path::{Path, PathBuf};

use generator::ir::{Api, Operation, ParamLocation, Status, Type};
use generator::manifest::Manifest;

const FIXTURE: &str = "postman-guesses.postman.json";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(FIXTURE)
}

fn api() -> Api {
    generator::load(&fixture(), FIXTURE, &Default::default()).unwrap_or_else(|e| panic!("{e}")).api
}

fn operation<'a>(api: &'a Api, name: &str) -> &'a Operation {
    api.operations.iter().find(|op| op.name == name).unwrap_or_else(|| panic!("no operation {name}"))
}

fn responses(op: &Operation) -> Vec<(Status, Option<&Type>, Option<&str>)> {
    op.responses.iter().map(|r| (r.status, r.ty.as_ref(), r.content_type.as_deref())).collect()
}

fn generated_file(name: &str) -> String {
    let manifest = Manifest::for_specs(&[fixture()], PathBuf::from("unused"), "guesses");
    let files = generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}")).files;
    files.into_iter().find(|(path, _)| path.ends_with(name)).map(|(_, text)| text).unwrap_or_default()
}

/// Regression (class: requests saved without a response): the client returned `()` and threw the
/// body away; success now reads whatever the server sends.
#[test]
fn a_request_without_saved_responses_reads_any_success_body() {
    let api = api();
    assert_eq!(responses(operation(&api, "Delete item")), [(Status::Range(2), Some(&Type::Any), None)]);
    let requests = generated_file("requests.rs");
    assert!(requests.contains("response.success(200..=299, &[])?.json_or_text()"), "{requests}");
}

/// Regression (class: saved responses with a body type but no body, as Postman's converter writes
/// them for a spec without examples): they were read as "no body", so the client had no type.
#[test]
fn a_declared_but_empty_body_is_of_unknown_shape_and_a_204_has_none() {
    let api = api();
    assert_eq!(responses(operation(&api, "Get stats")), [(Status::Range(2), Some(&Type::Any), None)]);
    assert_eq!(responses(operation(&api, "Touch item")), [(Status::Range(2), None, None)]);
    let get = responses(operation(&api, "Get item"));
    assert!(get.contains(&(Status::Code(404), Some(&Type::Any), None)), "{get:?}");
}

/// Regression (class: one saved success status): a `201` from a server whose collection saved a
/// `200` was an error; the one saved success status stands for every 2xx status.
#[test]
fn one_saved_success_status_stands_for_every_success_status() {
    let api = api();
    let get = responses(operation(&api, "Get item"));
    let named = Type::Nullable(Box::new(Type::Named("GetItemResponse".into())));
    assert!(get.contains(&(Status::Range(2), Some(&named), Some("application/json"))), "{get:?}");
}

/// Regression (class: widths known only by example): literal numbers and `<integer>` are exact JSON
/// numbers in responses; a placeholder that names a width keeps it; a parameter is `i64`.
#[test]
fn numbers_known_only_by_example_are_exact_and_parameters_are_i64() {
    let api = api();
    let Some(generator::ir::TypeKind::Struct { fields, .. }) = api.type_def("GetItemResponse").map(|t| &t.kind) else {
        panic!("no GetItemResponse");
    };
    let types: Vec<(&str, &Type)> = fields.iter().map(|f| (f.name.as_str(), &f.ty)).collect();
    assert_eq!(
        types,
        [("id", &Type::Numeric), ("price", &Type::Numeric), ("size", &Type::Numeric), ("weight", &Type::I64)]
    );
    let param = &operation(&api, "Get item").params[0];
    assert_eq!((param.name.as_str(), param.location, &param.ty), ("itemId", ParamLocation::Path, &Type::I64));
}

/// A number known only by example is set from any integer in a request body's builder, not only
/// from a `serde_json::Number` built by hand.
#[test]
fn numbers_known_only_by_example_are_set_from_any_integer() {
    let models = generated_file("models.rs");
    let setter = "pub fn count(mut self, count: impl Into<serde_json::Number>) -> Self";
    assert!(models.contains(setter), "{models}");
    assert!(models.contains("self.count = Some(count.into());"), "{models}");
}

/// Regression (class: variables inside a path segment): `{{itemId}}.json` was sent with the
/// collection's placeholder value (`/items/<integer>.json`) instead of being a parameter.
#[test]
fn variables_inside_a_path_segment_are_path_parameters() {
    let api = api();
    assert_eq!(operation(&api, "Get item").path, "/items/{itemId}.json");
    assert_eq!(operation(&api, "Touch item").path, "/items/{itemId}/touch");
    let requests = generated_file("requests.rs");
    assert!(requests.contains(r#""/items/{itemId}.json","#), "{requests}");
    assert!(requests.contains(r#"&[crate::runtime::param_text(&self.item_id)]"#), "{requests}");
}

/// Regression (class: JSON bodies the converter writes unquoted): `<string>` under a JSON media
/// type was read as text, so the client did not decode the JSON string the server sends; a JSON
/// body that is no JSON at all is of unknown shape, and text under a text media type stays text.
#[test]
fn unquoted_placeholders_are_json_values_and_broken_json_is_of_unknown_shape() {
    let api = api();
    let token = responses(operation(&api, "Get token"));
    let string = Type::Nullable(Box::new(Type::String));
    assert!(token.contains(&(Status::Range(2), Some(&string), Some("application/json"))), "{token:?}");
    assert!(token.contains(&(Status::Code(418), Some(&Type::Any), None)), "{token:?}");
    assert!(token.contains(&(Status::Code(503), Some(&Type::String), Some("text/plain"))), "{token:?}");
}

/// A manifest rename changes the Rust name of a field or parameter and keeps its wire name.
#[test]
fn overrides_rename_fields_and_parameters_in_rust_only() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let overrides = dir.path().join("overrides.toml");
    let text = "[[api]]\nmodule = \"postman_guesses\"\n\
                [api.types.GetItemResponse.fields.id]\nrename = \"item_number\"\ntype = \"u64\"\n\
                [api.operations.get_item.params.itemId]\nrename = \"item\"\n";
    std::fs::write(&overrides, text).unwrap_or_else(|e| panic!("{e}"));
    let mut manifest = Manifest::for_specs(&[fixture()], PathBuf::from("unused"), "guesses");
    manifest.add_overrides_file(&overrides).unwrap_or_else(|e| panic!("{e}"));
    let files = generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}")).files;
    let file = |name: &str| files.iter().find(|(p, _)| p.ends_with(name)).map(|(_, t)| t.clone()).unwrap_or_default();
    let models = file("models.rs");
    assert!(models.contains("#[serde(rename = \"id\")]"), "{models}");
    assert!(models.contains("pub item_number: Option<u64>,"), "{models}");
    let client = file("client.rs");
    assert!(client.contains("pub fn get_item(&self, item: i64)"), "{client}");
    let requests = file("requests.rs");
    assert!(requests.contains(r#""/items/{itemId}.json","#), "{requests}");
    assert!(requests.contains(r#"crate::runtime::param_text(&self.item)"#), "{requests}");
}

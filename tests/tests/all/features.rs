//! Generator features on small purpose-made specs (tests/fixtures): discriminated unions and
//! operations that accept several request content types. The IR is asserted, the emitted code
//! snapshotted.

use std::path::{Path, PathBuf};

use generator::ir::{Discriminator, Type, TypeKind};
use generator::manifest::Manifest;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

fn api(name: &str) -> generator::ir::Api {
    generator::load(&fixture(name), name, &Default::default()).unwrap_or_else(|e| panic!("{e}")).api
}

fn emitted(name: &str, file: &str) -> String {
    let manifest = Manifest::for_specs(&[fixture(name)], PathBuf::from("unused"), "fixture");
    let files = generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}")).files;
    files
        .into_iter()
        .find(|(path, _)| path.ends_with(file))
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("no {file}"))
}

#[test]
fn a_discriminator_maps_tags_to_types_with_explicit_and_default_values() {
    let api = api("discriminated-pets.openapi.yaml");
    let pet = api.type_def("Pet").map(|t| t.kind.clone());
    assert_eq!(
        pet,
        Some(TypeKind::Union {
            variants: vec![Type::Named("Cat".into()), Type::Named("Dog".into())],
            discriminator: Some(Discriminator {
                property: "petType".into(),
                mapping: vec![("Cat".into(), "Cat".into()), ("doggo".into(), "Dog".into())],
            }),
        })
    );
    insta::assert_snapshot!(emitted("discriminated-pets.openapi.yaml", "models.rs"));
}

#[test]
fn every_request_content_type_is_reachable() {
    let api = api("multi-content.openapi.yaml");
    let body = api.operations[0].body.as_ref().unwrap_or_else(|| panic!("no body"));
    let media: Vec<&str> = body.contents.iter().map(|c| c.content_type.as_str()).collect();
    assert_eq!(media, ["application/json", "application/x-www-form-urlencoded", "application/octet-stream"]);
    insta::assert_snapshot!(emitted("multi-content.openapi.yaml", "requests.rs"));
}

#[test]
fn secrets_are_redacted_and_only_safe_requests_retried() {
    let api = api("secrets-and-retries.openapi.yaml");
    let Some(TypeKind::Struct { fields, .. }) = api.type_def("Payment").map(|t| &t.kind) else { panic!("no Payment") };
    let secret: Vec<(&str, bool)> = fields.iter().map(|f| (f.name.as_str(), f.secret)).collect();
    // `format: password` and the naming rule mark secrets; a page token is not one.
    assert_eq!(secret, [("amount", false), ("card_number", true), ("client_secret", true), ("next_page_token", false)]);

    let models = emitted("secrets-and-retries.openapi.yaml", "models.rs");
    assert!(models.contains(".field(\"card_number\", &crate::runtime::Redacted)"), "{models}");
    assert!(models.contains("&self.client_secret.as_ref().map(|_| crate::runtime::Redacted)"), "{models}");
    assert!(models.contains(".field(\"next_page_token\", &self.next_page_token)"), "{models}");

    let requests = emitted("secrets-and-retries.openapi.yaml", "requests.rs");
    // Secret parameters are hidden in the builders' Debug output too.
    assert!(requests.contains(".field(\"api_key\", &crate::runtime::Redacted)"), "{requests}");
    assert!(requests.contains("&self.pin.as_ref().map(|_| crate::runtime::Redacted)"), "{requests}");
    // A POST is retried when marked or when it carries the declared idempotency key; a PATCH with
    // a required key always; a PUT is idempotent by its method (the runtime's `Request::new` says so).
    assert!(
        requests.contains("request.idempotent = self.options.idempotent || self.idempotency_key.is_some();"),
        "{requests}"
    );
    assert_eq!(requests.matches("request.idempotent = true;").count(), 1, "{requests}");
    assert_eq!(requests.matches("request.idempotent").count(), 2, "{requests}");

    // No server: `Client::new()` exists and the base URL must be set before sending.
    let client = emitted("secrets-and-retries.openapi.yaml", "client.rs");
    assert!(client.contains("pub fn new() -> Self"), "{client}");
    assert!(!client.contains("DEFAULT_BASE_URL"), "{client}");
}

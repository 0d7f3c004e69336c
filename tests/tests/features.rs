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

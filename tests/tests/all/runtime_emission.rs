//! What operations hand the runtime: a JSON body goes with the media type the spec declares for it.

use std::path::PathBuf;

use generator::manifest::Manifest;

const SPEC: &str = "openapi: 3.0.0
info: {title: Patches, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
  /things/{id}:
    patch:
      operationId: patchThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          application/merge-patch+json:
            schema: {type: object, properties: {name: {type: string}}}
      responses: {'204': {description: done}}
    put:
      operationId: putThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses: {'204': {description: done}}
";

#[test]
fn json_bodies_are_sent_as_their_declared_media_type() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = dir.path().join("patches.yaml");
    std::fs::write(&spec, SPEC).unwrap_or_else(|e| panic!("{e}"));
    let manifest = Manifest::for_specs(&[spec], PathBuf::from("unused"), "case");
    let generation = generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}"));
    let requests = generation
        .files
        .iter()
        .find(|(path, _)| path.as_str() == "src/patches/requests.rs")
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("no requests.rs"));
    let code: String = requests.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(code.contains(r#"json_body(&self.body,"application/merge-patch+json""#), "{requests}");
    assert!(code.contains(r#"json_body(&self.body,"application/json""#), "{requests}");
}

//! The bundled collection is a valid Postman Collection v2.1, checked against the official schema
//! in ../shared/schemas.

use std::path::Path;

fn json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn bundled_collection_is_valid_postman_v2_1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let schema = json(&root.join("../shared/schemas/postman-collection-v2.1.0.schema.json"));
    let collection = json(&root.join("specs/zoom-chat-v2.postman_collection.json"));
    let validator = jsonschema::draft7::new(&schema).unwrap_or_else(|e| panic!("schema: {e}"));
    let errors: Vec<String> =
        validator.iter_errors(&collection).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_a_broken_collection() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let schema = json(&root.join("../shared/schemas/postman-collection-v2.1.0.schema.json"));
    let mut collection = json(&root.join("specs/zoom-chat-v2.postman_collection.json"));
    collection["item"] = serde_json::json!("not a list");
    let validator = jsonschema::draft7::new(&schema).unwrap_or_else(|e| panic!("schema: {e}"));
    assert!(!validator.is_valid(&collection));
}

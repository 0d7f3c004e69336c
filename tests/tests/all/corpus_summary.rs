//! A compact summary of what every corpus spec becomes (operation and type counts and names),
//! snapshotted so that any change in what the readers understand shows in review.

use std::path::{Path, PathBuf};

fn corpus_specs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mut specs = Vec::new();
    for dir in ["openapi", "postman"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        specs.extend(entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()));
    }
    specs.sort();
    specs
}

#[test]
fn corpus_summaries() {
    let specs = corpus_specs();
    assert_eq!(specs.len(), 17, "the corpus README lists 9 OpenAPI and 8 Postman specs");
    for spec in specs {
        let name = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let loaded = generator::load(&spec, &name, &Default::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let api = loaded.api;
        let operations: Vec<String> = api
            .operations
            .iter()
            .zip(&api.names.operations)
            .map(|(op, names)| format!("{} {} {}", generator::naming::snake_name(&names.base), op.method, op.path))
            .collect();
        let types: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        let summary = serde_json::json!({
            "title": api.title,
            "base_url": api.base_url,
            "operations": operations.len(),
            "types": types.len(),
            "warnings": loaded.warnings.len(),
            "auth_schemes": api.auth_schemes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            "operation_names": operations,
            "type_names": types,
        });
        insta::assert_yaml_snapshot!(name, summary);
    }
}

//! The reviewed lists `cargo xtask corpus` reads name real corpus specs: a typo would silently shrink what CI
//! checks (`corpus-ci.txt`) or excuse nothing (`corpus-exceptions.txt`).

use std::path::Path;

fn entries(list: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(list);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect()
}

fn corpus_has(file: &str) -> bool {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    ["openapi", "postman", "openapi-wild", "postman-wild", "openapi31"]
        .iter()
        .any(|folder| corpus.join(folder).join(file).is_file())
}

#[test]
fn the_ci_subset_names_wide_corpus_specs_once_each() {
    let names = entries("corpus-ci.txt");
    assert!(names.len() >= 20, "CI checks {} wide specs", names.len());
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    for name in &names {
        let wide =
            ["openapi-wild", "postman-wild", "openapi31"].iter().any(|folder| corpus.join(folder).join(name).is_file());
        assert!(wide, "{name} is not a spec of openapi-wild/, postman-wild/ or openapi31/");
    }
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "a spec is listed twice");
}

#[test]
fn every_exception_names_a_corpus_spec_and_a_reason() {
    for entry in entries("corpus-exceptions.txt") {
        let (file, reason) = entry.split_once(" -> ").unwrap_or_else(|| panic!("`{entry}` has no ` -> <reason>`"));
        assert!(corpus_has(file.trim()), "{file} is not a corpus spec");
        assert!(reason.trim().len() > 10, "{file}: the reason says too little");
    }
}

//! The generated crate: `generated/` up to date (what `cargo xtask generate --check` checks), the
//! generation's summary and warnings, output deterministic.

use std::path::{Path, PathBuf};

use generator::manifest::Manifest;

fn manifest_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/generate.toml")
}

fn generate() -> generator::Generation {
    let manifest = Manifest::load(&manifest_path()).unwrap_or_else(|e| panic!("{e}"));
    generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn generation_reports_two_specs_and_five_operations() {
    let generation = generate();
    let figures: Vec<(&str, &str, usize)> =
        generation.summaries.iter().map(|s| (s.spec.as_str(), s.module.as_str(), s.operations)).collect();
    assert_eq!(
        figures,
        [("specs/zoom-chat-v1.openapi.yaml", "v1", 2), ("specs/zoom-chat-v2.postman_collection.json", "v2", 3)]
    );
    let rendered = generate().warnings[0].render();
    assert!(rendered.contains("75 │             application/json:\n"), "{rendered}");
    assert!(
        rendered.contains("= at JSON pointer /paths/~1chat~1get/post/responses/200/content/application~1json"),
        "{rendered}"
    );
}

#[test]
fn committed_crate_is_what_the_generator_emits() {
    let generation = generate();
    let manifest = Manifest::load(&manifest_path()).unwrap_or_else(|e| panic!("{e}"));
    let stale = generator::output::stale_files(&manifest.output, &generation.files).unwrap_or_else(|e| panic!("{e}"));
    assert!(stale.is_empty(), "generated/ is stale, run `cargo xtask generate`: {stale:#?}");
}

#[test]
fn generation_is_deterministic() {
    let first = generate().files;
    for _ in 0..3 {
        assert_eq!(generate().files, first);
    }
}

/// The v1 spec's undefined schemes are defined by the manifest, so only the inferred types remain.
#[test]
fn warnings_say_what_was_guessed() {
    let warnings: Vec<String> = generate().warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "warning[S2R0011]: specs/zoom-chat-v1.openapi.yaml:75:13: no schema; the type is inferred from the example (at /paths/~1chat~1get/post/responses/200/content/application~1json)",
            "warning[S2R0011]: specs/zoom-chat-v1.openapi.yaml:138:13: no schema; the type is inferred from the example (at /paths/~1chat~1list/post/responses/200/content/application~1json)",
        ]
    );
    let rendered = generate().warnings[0].render();
    assert!(rendered.contains("75 │             application/json:\n"), "{rendered}");
    assert!(
        rendered.contains("= at JSON pointer /paths/~1chat~1get/post/responses/200/content/application~1json"),
        "{rendered}"
    );
}

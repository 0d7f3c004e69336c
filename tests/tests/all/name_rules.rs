//! The rules that turn spec names into Rust names, as properties: on generated phrases (possessives,
//! dotted names, acronyms, any text) and on every Postman collection of the corpus (operation names
//! unique and deterministic, no lone `s` from an apostrophe, request bodies never named
//! `…Response`, every inferred enum located).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use generator::ir::{Provenance, Type, TypeKind};
use generator::naming::{is_type_name, snake_name, type_name};
use proptest::prelude::*;

/// Words of a request name: letters, with the case of prose, titles or acronyms.
fn word() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z]{2,8}", "[A-Z][a-z]{1,8}", "[A-Z]{2,4}", "[A-Z][a-z][A-Z]"]
}

fn is_snake_case(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') && !name.contains("__")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    /// A possessive reads as its word: `Get user's ZAK` is `get_user_zak`, for any words and
    /// either apostrophe.
    #[test]
    fn possessives_drop_their_s(a in word(), b in word(), c in word(), curly in any::<bool>()) {
        let apostrophe = if curly { '\u{2019}' } else { '\'' };
        let possessive = snake_name(&format!("{a} {b}{apostrophe}s {c}"));
        prop_assert_eq!(&possessive, &snake_name(&format!("{a} {b} {c}")));
        prop_assert!(!possessive.split('_').any(|w| w == "s"), "{}", possessive);
    }

    /// A dotted name of a letter and digits is one word: `H.323` is `h323`.
    #[test]
    fn dotted_names_are_one_word(letter in "[A-Z]", digits in "[0-9]{1,4}", b in word()) {
        let name = snake_name(&format!("Create a {letter}.{digits} {b}"));
        let expected = format!("_{}{digits}_", letter.to_ascii_lowercase());
        prop_assert!(name.contains(&expected), "{}", name);
    }

    /// Any text gives a snake-case name that is its own snake-case name, and a type name the
    /// emitter writes as it is; the same text always gives the same names.
    #[test]
    fn names_are_identifiers_and_stable(text in "\\PC{0,40}") {
        let snake = snake_name(&text);
        prop_assert!(is_snake_case(&snake), "{:?} -> {}", text, snake);
        prop_assert_eq!(snake_name(&snake), snake.clone());
        prop_assert_eq!(snake_name(&text), snake);
        prop_assert!(is_type_name(&type_name(&text)), "{:?}", text);
    }
}

fn collections() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mut specs = Vec::new();
    for dir in ["postman", "postman-wild"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        specs.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json")),
        );
    }
    specs.sort();
    specs
}

/// Whether `name`, split into words at anything but letters, digits and apostrophes, has the word `s`.
fn has_word_s(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}').any(|w| w.eq_ignore_ascii_case("s"))
}

#[test]
fn corpus_collections_get_unique_readable_deterministic_names() {
    let specs = collections();
    assert!(specs.len() >= 20, "{specs:?}");
    for spec in specs {
        let name = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let load = || generator::load(&spec, &name, &Default::default()).unwrap_or_else(|e| panic!("{name}: {e}")).api;
        let api = load();
        let methods: Vec<String> = api.names.operations.iter().map(|names| names.method.clone()).collect();
        let again: Vec<String> = load().names.operations.iter().map(|names| names.method.clone()).collect();
        assert_eq!(methods, again, "{name}: names differ between two runs");
        assert_eq!(methods.iter().collect::<HashSet<_>>().len(), methods.len(), "{name}: {methods:?}");
        let types: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(types.iter().collect::<HashSet<_>>().len(), types.len(), "{name}: {types:?}");
        for (op, method) in api.operations.iter().zip(&methods) {
            assert!(is_snake_case(method), "{name}: {method}");
            if method.split('_').any(|w| w == "s") {
                assert!(has_word_s(&op.name), "{name}: `{}` became `{method}`", op.name);
            }
            for content in op.body.iter().flat_map(|b| &b.contents) {
                if let Type::Named(body) = &content.ty {
                    let inferred = api.types.iter().any(|t| t.name == *body && t.provenance == Provenance::Inferred);
                    assert!(!(inferred && body.ends_with("Response")), "{name}: `{method}` takes a `{body}`");
                }
            }
        }
        for def in &api.types {
            if def.provenance == Provenance::Inferred && matches!(def.kind, TypeKind::Enum { .. }) {
                assert!(!def.origin.0.is_empty(), "{name}: enum {} has no location", def.name);
            }
        }
    }
}

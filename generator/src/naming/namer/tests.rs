//! The namer over hostile vocabularies: every identifier it hands out is valid and unique, never a
//! reserved name, and the search for one ends in linear time overall.

use std::cell::Cell;
use std::collections::HashSet;

use super::*;
use crate::naming::is_type_name;

/// Regression (class: names that collide only after case conversion): `get2` and `get_2`
/// are both `Get2` as types.
#[test]
fn camel_names_are_unique_after_case_conversion() {
    let mut namer = Namer::default();
    let names: Vec<String> = ["get2", "get_2", "Get2"].iter().map(|n| namer.camel(n)).collect();
    assert_eq!(names, ["Get2", "Get22", "Get23"]);
}

/// Regression (class: a numbered name colliding with a later spec name): `list`, `list`,
/// `list2`, `list_2`.
#[test]
fn numbered_names_never_collide_with_later_names() {
    let mut snake = Namer::default();
    let names: Vec<String> = ["list", "list", "list_2", "list2"].iter().map(|n| snake.snake(n)).collect();
    assert_eq!(names, ["list", "list_2", "list_2_2", "list2"]);
    let mut camel = Namer::default();
    let types: Vec<String> = ["list", "list", "list2"].iter().map(|n| camel.camel(n)).collect();
    assert_eq!(types, ["List", "List2", "List22"]);
}

/// Regression (class: keyword escaping making two names equal): `self` is written `self_`.
#[test]
fn escaped_keywords_are_unique_on_the_final_identifier() {
    let mut namer = Namer::default();
    let names: Vec<String> =
        ["self_", "self", "type", "r#type"].iter().map(|n| escape_keyword(&namer.snake(n))).collect();
    assert_eq!(names, ["self_", "self_2", "r#type", "r_type"]);
}

/// Regression (class: names that collide after shortening): long names that differ only
/// beyond the length limit still get distinct identifiers, and the search ends.
#[test]
fn long_names_that_collide_after_shortening_stay_distinct() {
    let long = "a_very_long_operation_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason";
    let mut namer = Namer::default();
    let names: HashSet<String> = (0..50).map(|i| namer.snake(&format!("{long}_{i}"))).collect();
    assert_eq!(names.len(), 50);
    let mut types = Namer::default();
    let names: HashSet<String> = (0..50).map(|i| types.camel(&format!("{long}_{i}"))).collect();
    assert_eq!(names.len(), 50);
}

/// Regression (class: names reserved by the crate): a reserved identifier is never handed out.
#[test]
fn reserved_names_are_never_handed_out() {
    let mut namer = Namer::with_reserved(&["send", "Client"]);
    assert_eq!(namer.snake("send"), "send_2");
    assert_eq!(namer.camel("client"), "Client2");
    let mut modules = Namer::with_reserved(&["error"]);
    assert_eq!(modules.module("error"), "error_2");
    assert_eq!(modules.module("type"), "type_api");
}

/// Pieces spec names are made of, chosen to break naming: keywords in every case, names the
/// generated code uses, nothing at all, digits first, punctuation only, non-ASCII text, words
/// that fold together, raw-identifier look-alikes and names beyond the length limit.
const PIECES: &[&str] = &[
    "",
    " ",
    "_",
    "-",
    "self",
    "Self",
    "SELF",
    "super",
    "crate",
    "type",
    "r#type",
    "fn",
    "async",
    "gen",
    "Result",
    "Option",
    "Vec",
    "String",
    "Box",
    "Ok",
    "None",
    "2",
    "42",
    "0x1F",
    "1st",
    "$",
    "$$",
    "@",
    "/",
    "{id}",
    "日本",
    "über",
    "straße",
    "Ärger",
    "😀",
    "ǅ",
    "İ",
    "get",
    "Get",
    "GET",
    "get_2",
    "get2",
    "Get_2",
    "list",
    "List2",
    "_",
    "id",
    "ID",
    "Id",
    "iD",
    "user's",
    "H.323",
    "QoS",
    "a_very_long_name_that_goes_on_and_on_and_on_and_on_and_on",
];

/// A deterministic stream of hostile spec names: each one to four pieces joined by a random
/// separator (xorshift, so that a failure replays).
fn hostile_names(count: usize, mut seed: u64) -> Vec<String> {
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let separators = ["", " ", "_", "-", ".", "/", "'"];
    (0..count)
        .map(|_| {
            let pieces = 1 + next() % 4;
            let mut name = String::new();
            for i in 0..pieces {
                if i > 0 {
                    name.push_str(separators[(next() % separators.len() as u64) as usize]);
                }
                name.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            name
        })
        .collect()
}

/// Whether `text` is one identifier token as Rust reads it (a keyword is not).
fn is_identifier(text: &str) -> bool {
    syn::parse_str::<syn::Ident>(text).is_ok_and(|ident| ident == text)
}

#[test]
fn hostile_vocabularies_give_valid_unique_identifiers() {
    let reserved = ["send", "new", "clone", "Client", "Result", "error", "models"];
    for seed in 1..=20u64 {
        let names = hostile_names(500, seed);
        let (mut snakes, mut camels, mut modules) =
            (Namer::with_reserved(&reserved), Namer::with_reserved(&reserved), Namer::with_reserved(&reserved));
        let (mut seen_snake, mut seen_camel, mut seen_module) = (HashSet::new(), HashSet::new(), HashSet::new());
        for raw in &names {
            let snake = escape_keyword(&snakes.snake(raw));
            assert!(is_identifier(&snake), "seed {seed}: {raw:?} gave {snake:?}");
            assert!(!reserved.contains(&snake.as_str()) && seen_snake.insert(snake.clone()), "seed {seed}: {snake}");
            let camel = camels.camel(raw);
            assert!(is_identifier(&camel), "seed {seed}: {raw:?} gave {camel:?}");
            assert!(camel.starts_with(|c: char| c.is_ascii_uppercase()), "{camel}");
            assert!(!reserved.contains(&camel.as_str()) && seen_camel.insert(camel.clone()), "seed {seed}: {camel}");
            let module = modules.module(raw);
            assert!(is_identifier(&module) && !is_keyword(&module), "seed {seed}: {raw:?} gave {module:?}");
            assert!(!reserved.contains(&module.as_str()) && seen_module.insert(module.clone()), "{module}");
        }
    }
}

/// Names that fold together under case conversion (`Get`, `GET`, `get`, `g-e-t`…) all get an
/// identifier of their own, and a type name from a fresh namer is one [`is_type_name`] accepts.
#[test]
fn names_equal_after_case_folding_stay_apart() {
    let folded = ["get", "Get", "GET", "get_", "_get", "get!", "gét", "GeT", "g_et"];
    let mut namer = Namer::default();
    let names: HashSet<String> = folded.iter().map(|raw| namer.snake(raw)).collect();
    assert_eq!(names.len(), folded.len(), "{names:?}");
    for raw in hostile_names(200, 7) {
        assert!(is_type_name(&Namer::default().camel(&raw)), "{raw:?}");
    }
}

/// How many names the namer looks at while handing out names for every one of `raw`, in a scope
/// whose numbered names `reserved` already took.
fn probes(raw: &[String], reserved: &[String]) -> usize {
    let count = Cell::new(0usize);
    let mut namer = Namer { taken: reserved.iter().cloned().collect(), next: HashMap::new() };
    for name in raw {
        let base = snake_name(name);
        let handed = namer.unique(
            base,
            |base, n| format!("{base}_{n}"),
            |name| {
                count.set(count.get() + 1);
                name.to_owned()
            },
        );
        assert!(!handed.is_empty());
    }
    count.get()
}

/// Thousands of duplicates, in a scope where the spec already took the numbered names they
/// would get: the search ends, and doubling the input at most doubles the names looked at.
#[test]
fn thousands_of_duplicates_cost_linear_time() {
    let cost = |n: usize| {
        let duplicates: Vec<String> = (0..n).map(|_| "get item".to_owned()).collect();
        let numbered: Vec<String> = (2..n).map(|i| format!("get_item_{i}")).collect();
        probes(&duplicates, &numbered)
    };
    let (single, double) = (cost(5_000), cost(10_000));
    // Each duplicate looks at its plain name, at most one number the spec took and the number it gets.
    assert!((5_000..=3 * 5_000).contains(&single), "{single}");
    assert!(double <= 2 * single + 10, "5,000 duplicates: {single} probes, 10,000: {double}");
    // Numbered names that would collide with later numbered forms (`x_2` is both `x` #2 and a
    // name of its own).
    let tricky: Vec<String> =
        (0..4_000).map(|i| if i % 2 == 0 { "x".into() } else { format!("x_{}", i / 2) }).collect();
    assert!(probes(&tricky, &[]) <= 3 * tricky.len(), "{}", probes(&tricky, &[]));
}

/// Type names over hostile vocabularies, as the naming pass makes them: names already type names
/// are claimed as they are, every other is made a type name of its own. Each is one identifier
/// that [`is_type_name`] accepts, none is a keyword (`Self`, `crate`, `self` and `super` cannot
/// even be raw identifiers) or a name the generated code uses unqualified, and none repeats.
#[test]
fn hostile_vocabularies_give_valid_unique_type_names() {
    for seed in 1..=20u64 {
        let mut namer = Namer::default();
        let mut seen = HashSet::new();
        let mut names = hostile_names(500, seed);
        names.extend(
            ["Self", "crate", "self", "super", "SELF", "Crate", "r#crate", "1", "", "Ok", "Vec"].map(String::from),
        );
        for raw in &names {
            let name = if is_type_name(raw) { namer.claim(raw.clone()) } else { namer.camel(raw) };
            assert!(is_identifier(&name) && is_type_name(&name), "seed {seed}: {raw:?} gave {name:?}");
            assert!(!is_keyword(&name), "seed {seed}: {raw:?} gave the keyword {name:?}");
            assert!(seen.insert(name.clone()), "seed {seed}: {raw:?} gave {name:?} twice");
        }
    }
}

/// Type names that differ only in case, punctuation, digits first or script fold to one type
/// name, and each still gets its own.
#[test]
fn type_names_that_fold_together_stay_apart() {
    let folded = ["user id", "UserId", "user_id", "USER-ID", "user.id", "üser id", "User Id!", "userId"];
    let mut namer = Namer::default();
    let names: Vec<String> = folded.iter().map(|raw| namer.camel(raw)).collect();
    assert_eq!(names, ["UserId", "UserId2", "UserId3", "UserId4", "UserId5", "UserId6", "UserId7", "UserId8"]);
    let mut digits = Namer::default();
    let names: Vec<String> = ["2fa", "T2fa", "_2fa", "2FA"].iter().map(|raw| digits.camel(raw)).collect();
    assert_eq!(names, ["T2fa", "T2fa2", "T2fa3", "T2fa4"]);
}

/// Thousands of duplicate type names, where the spec already took the numbered names they would
/// get (`GetItem2`, `GetItem3`…): the search ends, and doubling the input at most doubles the
/// names looked at.
#[test]
fn thousands_of_duplicate_type_names_cost_linear_time() {
    let cost = |n: usize| {
        let count = Cell::new(0usize);
        let mut namer = Namer::taking((2..n).map(|i| format!("GetItem{i}")));
        for _ in 0..n {
            namer.unique(
                type_name("get item"),
                |base, n| format!("{base}{n}"),
                |name| {
                    count.set(count.get() + 1);
                    name.to_owned()
                },
            );
        }
        count.get()
    };
    let (single, double) = (cost(5_000), cost(10_000));
    assert!((5_000..=3 * 5_000).contains(&single), "{single}");
    assert!(double <= 2 * single + 10, "5,000 duplicates: {single} probes, 10,000: {double}");
}

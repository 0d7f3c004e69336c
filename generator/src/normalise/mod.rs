//! Passes over a freshly read API that make it ready to emit, whatever reader produced it.

pub mod corrections;
mod cycles;
mod example_bodies;
mod examples;
mod names;
mod nesting;
mod operation_type_names;
mod pagination;
mod secrets;
mod successes;
mod types;
mod unions;

pub use examples::Checker;

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Code, Diagnostic};
use crate::error::Result;
use crate::ir::Api;
use crate::naming::{numbered_snake_name, snake_name};
use corrections::Corrections;

/// Runs every pass: fields and parameters named like secrets are marked, inferred types that
/// another one subsumes are merged into it, fields documented as conditional become optional,
/// response bodies known only from examples may be `null`, success statuses without a body share
/// the others' body type, security requirements naming undefined schemes get unsupported schemes,
/// unions get tags where their alternatives carry constant properties, operation names are made
/// unique, pagination is detected, types nested too deeply get named parts, types are sorted by
/// name, and last every Rust identifier of the module is decided ([`Api::names`]). Returns
/// warnings, among them every example body that contradicts its schema. A union or alias that
/// contains itself with no object or list in between is an error.
pub fn normalise(api: &mut Api) -> Vec<Diagnostic> {
    normalise_with(api, &Corrections::default()).unwrap_or_default()
}

/// [`normalise`], applying the user's corrections (see [`corrections`]: security schemes and
/// requirements, types, fields, operations, parameters, responses) once inferred types are merged
/// (so that they name the types the crate will have) and before pagination is detected. A
/// correction whose target does not exist is an error.
pub fn normalise_with(api: &mut Api, corrections: &Corrections) -> Result<Vec<Diagnostic>> {
    // Before merging, so that types equal but for their secrets' names are marked alike.
    secrets::mark_secrets(api);
    types::merge_subsumed(api);
    operation_type_names::name_operation_types(api);
    types::conditional_fields_optional(api);
    unique_enum_values(api);
    // Before the corrections, whose per-response `nullable` keys have the last word.
    if corrections.example_responses_nullable != Some(false) {
        example_bodies::may_be_null(api);
    }
    successes::share_body_types(api);
    let mut warnings = corrections.apply(api)?;
    unions::infer_tags(api);
    warnings.extend(unique_operation_names(api));
    for op in &mut api.operations {
        op.pagination = pagination::detect(op, &api.types);
    }
    nesting::name_deep_types(api);
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    cycles::refuse_value_cycles(api)?;
    warnings.extend(examples::check_examples(api));
    // Last, once every item has its final place and spec name.
    names::name_items(api);
    Ok(warnings)
}

/// Drops repeated values of string enums (some specs list a value twice), which would give two
/// variants for one value.
fn unique_enum_values(api: &mut Api) {
    for def in &mut api.types {
        if let crate::ir::TypeKind::Enum { values } = &mut def.kind {
            let mut seen = HashSet::new();
            values.retain(|value| seen.insert(value.clone()));
        }
    }
}

/// Renames a type and every reference to it.
pub fn rename_type(api: &mut Api, from: &str, to: &str) {
    for def in api.types.iter_mut().filter(|t| t.name == from) {
        to.clone_into(&mut def.name);
    }
    types::rename_references(api, from, to);
}

/// Two operations whose names map to the same method name: the first keeps it, and each later one
/// is qualified by one part of where it lives (see [`parts`]): the most specific part that no other
/// operation of that name lives under (`webinars_update_registrant` beside `update_registrant`),
/// else the most specific one that gives a free name, else a number. Names that are unique as the
/// spec gives them never change. One pass, linear in the operations: the parts of
/// each name's operations are counted once, and numbering goes on from the last number per name.
fn unique_operation_names(api: &mut Api) -> Vec<Diagnostic> {
    let snakes: Vec<String> = api.operations.iter().map(|op| snake_name(&op.name)).collect();
    let parts: Vec<Vec<String>> = api.operations.iter().map(parts).collect();
    // How many operations of each name live under each part.
    let mut sharing: HashMap<(&str, &str), usize> = HashMap::new();
    for (snake, parts) in snakes.iter().zip(&parts) {
        for part in parts {
            *sharing.entry((snake.as_str(), part.as_str())).or_default() += 1;
        }
    }
    let mut taken: HashSet<String> = snakes.iter().cloned().collect();
    let mut seen = HashSet::new();
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut warnings = Vec::new();
    for ((op, snake), parts) in api.operations.iter_mut().zip(&snakes).zip(&parts) {
        if seen.insert(snake.as_str()) {
            continue;
        }
        let qualified = |part: &String| snake_name(&format!("{part} {snake}"));
        let only_here = |part: &&String| sharing.get(&(snake.as_str(), part.as_str())) == Some(&1);
        let name = match parts.iter().filter(only_here).chain(parts).map(qualified).find(|name| !taken.contains(name)) {
            Some(name) => name,
            None => {
                // Numbered on the final snake-case name, so shortening never cuts the number off.
                let n = next_number.entry(snake.clone()).or_insert(2);
                let mut name = numbered_snake_name(snake, *n);
                while taken.contains(&name) {
                    *n += 1;
                    name = numbered_snake_name(snake, *n);
                }
                *n += 1;
                name
            }
        };
        warnings.push(Diagnostic::warning(
            Code::RenamedDuplicateOperation,
            &api.source.file,
            op.origin.0.clone(),
            format!("operation name `{}` is used twice; this one is generated as `{name}`", op.name),
        ));
        taken.insert(name.clone());
        op.name = name;
    }
    warnings
}

/// The words that may tell an operation apart from others of its name, most specific first, in
/// snake case: its folders or tag from the innermost out, then the fixed segments of its path from
/// the last one back. Parameters (`{id}`, `:id`) tell nothing and are left out.
fn parts(op: &crate::ir::Operation) -> Vec<String> {
    let folders = op.group.iter().flat_map(|group| group.rsplit(" / "));
    let segments = op.path.rsplit('/');
    let mut seen = HashSet::new();
    folders
        .chain(segments)
        .map(str::trim)
        .filter(|part| !part.starts_with(['{', ':']) && !part.ends_with('}'))
        .filter(|part| part.chars().any(char::is_alphanumeric))
        .map(snake_name)
        .filter(|snake| seen.insert(snake.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Operation, Origin, Source, SpecFormat};

    pub(super) fn op(name: &str) -> Operation {
        Operation {
            name: name.into(),
            origin: Origin(String::new()),
            group: None,
            method: "GET".into(),
            path: "/".into(),
            params: vec![],
            body: None,
            responses: vec![],
            auth: vec![],
            deprecated: None,
            pagination: None,
            summary: None,
            docs: None,
        }
    }

    pub(super) fn api_with(operations: Vec<Operation>) -> Api {
        Api {
            title: String::new(),
            version: String::new(),
            base_url: String::new(),
            docs: None,
            source: Source { format: SpecFormat::OpenApi3, file: "x.yaml".into() },
            auth_schemes: vec![],
            operations,
            names: Default::default(),
            types: vec![],
        }
    }

    /// Regression (class: enum values listed twice): each value gives one variant.
    #[test]
    fn repeated_enum_values_are_kept_once() {
        let mut api = api_with(vec![]);
        api.types.push(crate::ir::TypeDef {
            name: "Exchange".into(),
            origin: Origin(String::new()),
            provenance: crate::ir::Provenance::Declared,
            docs: None,
            deprecated: false,
            kind: crate::ir::TypeKind::Enum { values: vec!["AC".into(), "BD".into(), "AC".into()] },
        });
        unique_enum_values(&mut api);
        let Some(crate::ir::TypeKind::Enum { values }) = api.types.first().map(|t| &t.kind) else { panic!("no enum") };
        assert_eq!(values, &["AC", "BD"]);
    }

    fn op_in(name: &str, folders: &str, path: &str) -> Operation {
        Operation { group: Some(folders.into()), path: path.into(), ..op(name) }
    }

    fn snake_names(api: &Api) -> Vec<String> {
        api.operations.iter().map(|op| snake_name(&op.name)).collect()
    }

    /// Regression (class: duplicate names qualified by whole folder paths): a second
    /// `Update registrant` got every folder above it
    /// (`meetings_meeting_id_recordings_registrants_update_registrant`); one folder that the
    /// other operations of that name do not share is enough.
    #[test]
    fn duplicates_take_the_most_specific_part_that_tells_them_apart() {
        let mut api = api_with(vec![
            op_in("Update registrant", "Meetings / Registrants", "/meetings/{id}/registrants"),
            op_in("Update registrant", "Webinars / Registrants", "/webinars/{id}/registrants"),
            op_in(
                "Update registrant",
                "Meetings / {meetingId} / Recordings / Registrants",
                "/meetings/{id}/recordings/registrants",
            ),
            op_in("List users", "Users", "/users"),
        ]);
        let warnings = unique_operation_names(&mut api);
        assert_eq!(
            snake_names(&api),
            ["update_registrant", "webinars_update_registrant", "recordings_update_registrant", "list_users"]
        );
        assert_eq!(warnings.len(), 2);
    }

    /// Names unique as the spec gives them are kept, even when a qualified duplicate would take one.
    #[test]
    fn unique_names_are_never_taken_by_a_duplicate() {
        let mut api = api_with(vec![
            op_in("Get", "Users", "/users"),
            op_in("Get", "Users / Groups", "/groups"),
            op_in("Groups get", "Other", "/other"),
            op_in("Get", "Users / Groups", "/groups"),
        ]);
        unique_operation_names(&mut api);
        assert_eq!(snake_names(&api), ["get", "users_get", "groups_get", "get_2"]);
    }

    /// Regression (class: super-linear numbering): each of 10,000 duplicates tried every number
    /// from 2 up; numbers now go on from the last one given.
    #[test]
    fn many_duplicates_are_numbered_in_order() {
        let mut api = api_with((0..1000).map(|_| op("Get item")).collect());
        unique_operation_names(&mut api);
        let names = snake_names(&api);
        assert_eq!(names.first().map(String::as_str), Some("get_item"));
        assert_eq!(names.get(1).map(String::as_str), Some("get_item_2"));
        assert_eq!(names.last().map(String::as_str), Some("get_item_1000"));
        assert_eq!(names.iter().collect::<HashSet<_>>().len(), 1000);
    }

    /// Regression (class: names that collide after shortening): numbering used to be cut off by
    /// the length limit, and the search for a free name never ended.
    #[test]
    fn long_similar_operation_names_terminate_and_stay_distinct() {
        let long = "retrieve the complete list of every resource attached to the given account";
        let mut api = api_with(vec![op(long), op(&format!("{long} now")), op(long), op(long)]);
        let warnings = unique_operation_names(&mut api);
        let names: HashSet<String> = api.operations.iter().map(|op| snake_name(&op.name)).collect();
        assert_eq!(names.len(), 4, "{names:?}");
        assert_eq!(warnings.len(), 3);
    }
}

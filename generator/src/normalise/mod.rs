//! Passes over a freshly read API that make it ready to emit, whatever reader produced it.

mod cycles;
mod example_bodies;
mod examples;
mod nesting;
mod pagination;
mod secrets;
mod successes;
mod types;
mod unions;

use std::collections::HashSet;

use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::ir::Api;
use crate::naming::{numbered_snake_name, snake_name};
use crate::overrides::Corrections;

/// Runs every pass: fields and parameters named like secrets are marked, inferred types that
/// another one subsumes are merged into it, fields documented as conditional become optional,
/// response bodies known only from examples may be `null`, success statuses without a body share
/// the others' body type, unions get tags where their
/// alternatives carry constant properties, operation names are made unique, pagination is
/// detected, types nested too deeply get named parts, and types are sorted by name. Returns
/// warnings, among them every example body that contradicts its schema. A union or alias that
/// contains itself with no object or list in between is an error.
pub fn normalise(api: &mut Api) -> Vec<Diagnostic> {
    normalise_with(api, &Corrections::default()).unwrap_or_default()
}

/// [`normalise`], applying the user's corrections once inferred types are merged (so that they
/// name the types the crate will have) and before pagination is detected. A correction whose
/// target does not exist is an error.
pub fn normalise_with(api: &mut Api, corrections: &Corrections) -> Result<Vec<Diagnostic>> {
    // Before merging, so that types equal but for their secrets' names are marked alike.
    secrets::mark_secrets(api);
    types::merge_subsumed(api);
    types::conditional_fields_optional(api);
    unique_enum_values(api);
    // Before the corrections, whose per-response `nullable` keys have the last word.
    if corrections.example_responses_nullable != Some(false) {
        example_bodies::may_be_null(api);
    }
    successes::share_body_types(api);
    corrections.apply(api)?;
    unions::infer_tags(api);
    let mut warnings = unique_operation_names(api);
    for op in &mut api.operations {
        op.pagination = pagination::detect(op, &api.types);
    }
    nesting::name_deep_types(api);
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    cycles::refuse_value_cycles(api)?;
    warnings.extend(examples::check_examples(api));
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

/// Two operations whose names map to the same method name: later ones get their group, then a number.
fn unique_operation_names(api: &mut Api) -> Vec<Diagnostic> {
    let mut taken = HashSet::new();
    let mut warnings = Vec::new();
    for op in &mut api.operations {
        let mut name = op.name.clone();
        if taken.contains(&snake_name(&name)) {
            if let Some(group) = &op.group {
                name = format!("{group} {}", op.name);
            }
            // Numbered on the final snake-case name, so shortening never cuts the number off.
            let base = snake_name(&name);
            let mut n = 2;
            while taken.contains(&snake_name(&name)) {
                name = numbered_snake_name(&base, n);
                n += 1;
            }
            warnings.push(Diagnostic::warning(
                &api.source.file,
                op.origin.0.clone(),
                format!("operation name `{}` is used twice; this one is generated as `{}`", op.name, snake_name(&name)),
            ));
        }
        taken.insert(snake_name(&name));
        op.name = name;
    }
    warnings
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

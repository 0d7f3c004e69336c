//! Passes over a freshly read API that make it ready to emit, whatever reader produced it.

pub mod corrections;
mod cycles;
mod example_bodies;
mod examples;
pub mod names;
mod nesting;
mod operation_type_names;
mod pagination;
mod secrets;
mod successes;
mod types;
mod unions;

pub use examples::Checker;

use std::collections::HashSet;

use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::ir::Api;
use corrections::Corrections;

/// Runs every pass: fields and parameters named like secrets are marked, inferred types that
/// another one subsumes are merged into it, fields documented as conditional become optional,
/// response bodies known only from examples may be `null`, success statuses without a body share
/// the others' body type, security requirements naming undefined schemes get unsupported schemes,
/// unions get tags where their alternatives carry constant properties, operations get unique
/// base names ([`names::name_operations`]), pagination is detected, types nested too deeply get named parts, types are sorted by
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
    // First, so that every later pass reads the names the reader proposed, not its keys.
    names::name_read_types(api);
    // Before merging, so that types equal but for their secrets' names are marked alike.
    secrets::mark_secrets(api);
    types::merge_subsumed(api);
    operation_type_names::name_operation_types(api);
    // Before the corrections, which address types by their names.
    names::name_types(api);
    types::conditional_fields_optional(api);
    unique_enum_values(api);
    // Before the corrections, whose per-response `nullable` keys have the last word.
    if corrections.example_responses_nullable != Some(false) {
        example_bodies::may_be_null(api);
    }
    successes::share_body_types(api);
    let mut warnings = corrections.apply(api)?;
    unions::infer_tags(api);
    warnings.extend(names::name_operations(api));
    for op in &mut api.operations {
        op.pagination = pagination::detect(op, &api.types);
    }
    nesting::name_deep_types(api);
    // Once the last type is made, before anything reports a type's name.
    names::name_types(api);
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
            type_hints: Vec::new(),
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
}

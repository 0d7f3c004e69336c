//! Passes over a freshly read API that make it ready to emit, whatever reader produced it.

mod examples;
mod pagination;
mod types;
mod unions;

use std::collections::HashSet;

use crate::diagnostic::Diagnostic;
use crate::ir::Api;
use crate::naming::snake_name;

/// Runs every pass: inferred types that another one subsumes are merged into it, unions get tags
/// where their alternatives carry constant properties, operation names
/// are made unique, pagination is detected, and types are sorted by name. Returns warnings,
/// among them every example body that contradicts its schema.
pub fn normalise(api: &mut Api) -> Vec<Diagnostic> {
    types::merge_subsumed(api);
    unions::infer_tags(api);
    let mut warnings = unique_operation_names(api);
    for op in &mut api.operations {
        op.pagination = pagination::detect(op, &api.types);
    }
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    warnings.extend(examples::check_examples(api));
    warnings
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
            let base = name.clone();
            let mut n = 2;
            while taken.contains(&snake_name(&name)) {
                name = format!("{base} {n}");
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

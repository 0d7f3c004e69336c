//! Upper bounds of how many bytes a value of a generated type takes, so that an enum boxes the
//! alternatives that could make it large (clippy's `large_enum_variant`: a variant more than 200
//! bytes larger than the next one).

use std::collections::{HashMap, HashSet};

use crate::ir::{Type, TypeDef, TypeKind};

/// Clippy's `enum-variant-size-threshold`: an enum whose variants all take at most this many bytes
/// never differs more than that between two of them.
const LARGE: usize = 200;

/// Bytes of a `serde_json::Value` or `Map` at most (with `preserve_order`, an index map).
const JSON: usize = 80;

/// Whether a value of `ty` may take more than [`LARGE`] bytes (an enum then holds it boxed).
pub fn is_large(ty: &Type, types: &[TypeDef]) -> bool {
    upper_bound(ty, types, &mut Bounds::default()) > LARGE
}

/// The types being measured (a type met again inside itself is boxed) and those measured, so that
/// a type reached along many paths is measured once.
#[derive(Default)]
struct Bounds<'a> {
    open: HashSet<&'a str>,
    done: HashMap<&'a str, usize>,
}

/// Bytes a value of `ty` takes at most (saturating): every member rounded up to 8, an `Option` 8 more than its
/// content, a type met again inside itself (then boxed) 8.
fn upper_bound<'a>(ty: &'a Type, types: &'a [TypeDef], bounds: &mut Bounds<'a>) -> usize {
    match ty {
        Type::Bool | Type::Number | Type::Date | Type::Integer { lenient: false, .. } => 8,
        Type::Integer { lenient: true, .. } | Type::DateTime | Type::Numeric => 16,
        Type::String | Type::Binary | Type::Array(_) => 24,
        Type::Any | Type::Map(_) => JSON,
        Type::Nullable(inner) => upper_bound(inner, types, bounds).saturating_add(8),
        // The text as sent and the value when it parses.
        Type::Tolerant(inner) => upper_bound(inner, types, bounds).saturating_add(24 + 8),
        // The value as sent, or the text.
        Type::Quoted(_) => 24 + 8,
        Type::Named(name) => {
            let Some(def) = types.iter().find(|t| t.name == *name) else { return 8 };
            if let Some(bound) = bounds.done.get(def.name.as_str()) {
                return *bound;
            }
            if !bounds.open.insert(&def.name) {
                return 8;
            }
            let bound = match &def.kind {
                TypeKind::Struct { fields, .. } => {
                    // Every struct keeps the properties it does not declare.
                    fields.iter().fold(JSON, |sum, f| {
                        let option = if f.required { 0 } else { 8 };
                        sum.saturating_add(upper_bound(&f.ty, types, bounds)).saturating_add(option)
                    })
                }
                // The `Unknown(String)` variant and the tag.
                TypeKind::Enum { .. } => 24 + 8,
                TypeKind::Union { variants, .. } => variants
                    .iter()
                    .map(|v| upper_bound(v, types, bounds))
                    .max()
                    .unwrap_or(0)
                    .max(JSON)
                    .saturating_add(8),
                TypeKind::Alias(inner) => upper_bound(inner, types, bounds),
            };
            bounds.open.remove(def.name.as_str());
            bounds.done.insert(&def.name, bound);
            bound
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strukt(name: &str, count: usize) -> TypeDef {
        crate::emit::boxing::tests::strukt(name, &vec![Type::String; count])
    }

    #[test]
    fn structs_with_many_fields_are_large_and_scalars_are_not() {
        let types = [strukt("Small", 2), strukt("Big", 6)];
        assert!(!is_large(&Type::Named("Small".into()), &types));
        assert!(is_large(&Type::Named("Big".into()), &types));
        assert!(!is_large(&Type::Array(Box::new(Type::Named("Big".into()))), &types));
        assert!(!is_large(&Type::Any, &types));
    }

    /// Regression (class: types reached along many paths): every path was measured again, so 40
    /// types that each hold the next one twice took 2^40 steps and hung the generator.
    #[test]
    fn types_reached_along_many_paths_are_measured_once() {
        let levels = 64;
        let types: Vec<TypeDef> = (0..=levels)
            .map(|i| {
                let mut level = strukt(&format!("T{i}"), 2);
                if let TypeKind::Struct { fields, .. } = &mut level.kind
                    && i < levels
                {
                    for field in fields.iter_mut() {
                        field.ty = Type::Named(format!("T{}", i + 1));
                    }
                }
                level
            })
            .collect();
        assert!(is_large(&Type::Named("T0".into()), &types));
        assert!(!is_large(&Type::Named(format!("T{levels}")), &types));
    }

    #[test]
    fn recursive_types_end() {
        let mut node = strukt("Node", 1);
        if let TypeKind::Struct { fields, .. } = &mut node.kind {
            fields[0].ty = Type::Nullable(Box::new(Type::Named("Node".into())));
        }
        assert!(!is_large(&Type::Named("Node".into()), &[node]));
    }
}

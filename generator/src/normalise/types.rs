//! Merging inferred types that another inferred type already describes.
//!
//! Example bodies often show one entity in several places with a few fields missing here and
//! there (`messages` with a `bot_message`, `edited_messages` without). When every field of type A
//! appears in type B with the same type and requiredness, and B's other fields are optional, every
//! A value is a valid B value: A is replaced by B.

use std::collections::HashSet;

use crate::ir::{Api, Field, Provenance, Type, TypeDef, TypeKind};

/// Replaces inferred struct types subsumed by another inferred struct type, until none is left.
pub fn merge_subsumed(api: &mut Api) {
    while let Some((from, to)) = find_subsumed(&api.types) {
        api.types.retain(|t| t.name != from);
        rename_references(api, &from, &to);
    }
}

fn find_subsumed(types: &[TypeDef]) -> Option<(String, String)> {
    let inferred: Vec<(&str, &[Field])> = types
        .iter()
        .filter(|t| t.provenance == Provenance::Inferred)
        .filter_map(|t| match &t.kind {
            TypeKind::Struct { fields, additional: None } => Some((t.name.as_str(), fields.as_slice())),
            _ => None,
        })
        .collect();
    for (small_name, small) in &inferred {
        for (big_name, big) in &inferred {
            if small_name != big_name && subsumes(big, small) {
                return Some(((*small_name).to_owned(), (*big_name).to_owned()));
            }
        }
    }
    None
}

/// Whether every value of `small` is a value of `big`, and they are close enough to be one entity:
/// `small` has at least half of `big`'s fields.
fn subsumes(big: &[Field], small: &[Field]) -> bool {
    if small.len() >= big.len() || small.len() * 2 < big.len() {
        return false;
    }
    let small_names: HashSet<&str> = small.iter().map(|f| f.name.as_str()).collect();
    let same_fields =
        small.iter().all(|s| big.iter().any(|b| b.name == s.name && b.ty == s.ty && b.required == s.required));
    let extras_optional = big.iter().filter(|b| !small_names.contains(b.name.as_str())).all(|b| !b.required);
    same_fields && extras_optional
}

pub(super) fn rename_references(api: &mut Api, from: &str, to: &str) {
    let mut rename = |ty: &mut Type| rename_in(ty, from, to);
    for def in &mut api.types {
        match &mut def.kind {
            TypeKind::Struct { fields, additional } => {
                fields.iter_mut().for_each(|f| rename(&mut f.ty));
                additional.iter_mut().for_each(&mut rename);
            }
            TypeKind::Union { variants, .. } => variants.iter_mut().for_each(&mut rename),
            TypeKind::Alias(ty) => rename(ty),
            TypeKind::Enum { .. } => {}
        }
    }
    for op in &mut api.operations {
        op.params.iter_mut().for_each(|p| rename(&mut p.ty));
        op.body.iter_mut().flat_map(|b| b.contents.iter_mut()).for_each(|c| rename(&mut c.ty));
        op.responses.iter_mut().filter_map(|r| r.ty.as_mut()).for_each(&mut rename);
    }
}

fn rename_in(ty: &mut Type, from: &str, to: &str) {
    match ty {
        Type::Named(name) if name == from => *name = to.to_owned(),
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) => rename_in(inner, from, to),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, required: bool) -> Field {
        Field { name: name.into(), ty: Type::String, required, docs: None, deprecated: false }
    }

    #[test]
    fn subset_with_optional_extras_is_subsumed() {
        let big = [field("id", true), field("text", true), field("bot", false)];
        assert!(subsumes(&big, &[field("id", true), field("text", true)]));
        // An extra field that is required in the bigger type: the smaller one's values would not decode.
        let big_required = [field("id", true), field("text", true), field("bot", true)];
        assert!(!subsumes(&big_required, &[field("id", true), field("text", true)]));
        // Requiredness must agree on shared fields.
        assert!(!subsumes(&big, &[field("id", false), field("text", true)]));
        // Too small a share of the fields to be the same entity.
        let wide: Vec<Field> = (0..6).map(|i| field(&format!("f{i}"), false)).collect();
        assert!(!subsumes(&wide, &[field("f0", false), field("f1", false)]));
    }
}

//! Merging inferred types that another inferred type already describes.
//!
//! Example bodies often show one entity in several places with a few fields missing here and
//! there (`messages` with a `bot_message`, `edited_messages` without). When every field of type A
//! appears in type B with the same type and requiredness, and B's other fields are optional, every
//! A value is a valid B value: A is replaced by B.

use std::collections::{HashMap, HashSet};

use crate::ir::{Api, Field, Provenance, Type, TypeDef, TypeKind};

/// Fields whose description says they are present only under a condition ("Only returned if …")
/// are optional, whatever a schema's `required` says: a response without them must decode.
pub fn conditional_fields_optional(api: &mut Api) {
    for def in &mut api.types {
        if let TypeKind::Struct { fields, .. } = &mut def.kind {
            for field in fields.iter_mut().filter(|f| f.required) {
                if field.docs.as_deref().is_some_and(crate::example::docs_text::is_conditional) {
                    field.required = false;
                }
            }
        }
    }
}

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

/// Points every reference to the type `from` at `to`.
pub(super) fn rename_references(api: &mut Api, from: &str, to: &str) {
    rename_all_references(api, &HashMap::from([(from.to_owned(), to.to_owned())]));
}

/// Points every reference to a type named in `renames` at its new name, in one walk over the API.
pub(super) fn rename_all_references(api: &mut Api, renames: &HashMap<String, String>) {
    let mut rename = |ty: &mut Type| rename_in(ty, renames);
    for def in &mut api.types {
        match &mut def.kind {
            TypeKind::Struct { fields, additional } => {
                fields.iter_mut().for_each(|f| rename(&mut f.ty));
                additional.iter_mut().for_each(&mut rename);
            }
            TypeKind::Union { variants, discriminator } => {
                variants.iter_mut().for_each(&mut rename);
                // The tags name their alternatives' types too.
                for (_, target) in discriminator.iter_mut().flat_map(|d| d.mapping.iter_mut()) {
                    if let Some(to) = renames.get(target.as_str()) {
                        to.clone_into(target);
                    }
                }
            }
            TypeKind::Alias(ty) => rename(ty),
            TypeKind::Enum { .. } => {}
        }
    }
    for op in &mut api.operations {
        op.params.iter_mut().for_each(|p| rename(&mut p.ty));
        op.body.iter_mut().flat_map(|b| b.contents.iter_mut()).for_each(|c| rename(&mut c.ty));
        op.responses.iter_mut().filter_map(|r| r.ty.as_mut()).for_each(&mut rename);
        op.responses.iter_mut().filter_map(|r| r.events.as_mut()).for_each(&mut rename);
    }
}

fn rename_in(ty: &mut Type, renames: &HashMap<String, String>) {
    match ty {
        Type::Named(name) => {
            if let Some(to) = renames.get(name.as_str()) {
                to.clone_into(name);
            }
        }
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) => rename_in(inner, renames),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, required: bool) -> Field {
        Field {
            name: name.into(),
            ty: Type::String,
            required,
            docs: None,
            deprecated: false,
            secret: false,
            rust_name: None,
        }
    }

    /// Regression (class: conditional presence stated in prose): a field documented as "only
    /// returned if …" but listed as required made every response without it undecodable.
    #[test]
    fn fields_documented_as_conditional_are_optional() {
        let documented = |docs: &str| Field { docs: Some(docs.into()), ..field("x", true) };
        let fields = vec![
            documented("Only returned if the meeting has ended."),
            documented("The API only returns this value if `include_fields` asks for it."),
            documented("The meeting's ID."),
        ];
        let mut api = crate::ir::Api {
            title: String::new(),
            version: String::new(),
            base_url: String::new(),
            docs: None,
            source: crate::ir::Source { format: crate::ir::SpecFormat::OpenApi3, file: "x.yaml".into() },
            auth_schemes: vec![],
            operations: vec![],
            names: Default::default(),
            type_hints: Vec::new(),
            types: vec![TypeDef {
                name: "Meeting".into(),
                origin: crate::ir::Origin(String::new()),
                provenance: Provenance::Declared,
                docs: None,
                deprecated: false,
                kind: TypeKind::Struct { fields, additional: None },
            }],
        };
        conditional_fields_optional(&mut api);
        let TypeKind::Struct { fields, .. } = &api.types[0].kind else { panic!("not a struct") };
        assert_eq!(fields.iter().map(|f| f.required).collect::<Vec<_>>(), [false, false, true]);
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

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
///
/// Each round merges the first pair found (smaller types in declaration order, each against the
/// bigger ones in that order) and points the references at the bigger type, which can make more
/// pairs equal. A pair found apart stays apart until a merge changes the fields of one of its
/// types, so a round checks a type again only against the types changed since its last check:
/// the rounds no longer scan every pair again each time.
pub fn merge_subsumed(api: &mut Api) {
    // By position in `api.types`: the round that last changed the type's fields (0: none), and the
    // round after which it was last found subsumed by no other type.
    let mut changed = vec![0usize; api.types.len()];
    let mut apart: Vec<Option<usize>> = vec![None; api.types.len()];
    let mut round = 0;
    while let Some((from, to)) = find_subsumed(&api.types, &changed, &mut apart, round) {
        round += 1;
        let keep: Vec<bool> = api.types.iter().map(|t| t.name != from).collect();
        retain_marked(&mut api.types, &keep);
        retain_marked(&mut changed, &keep);
        retain_marked(&mut apart, &keep);
        let renamed = rename_marking(api, &HashMap::from([(from, to)]));
        for (changed, renamed) in changed.iter_mut().zip(renamed) {
            if renamed {
                *changed = round;
            }
        }
    }
}

/// Keeps the items of `list` whose mark in `keep`, by position, is true.
fn retain_marked<T>(list: &mut Vec<T>, keep: &[bool]) {
    let mut marks = keep.iter().copied();
    list.retain(|_| marks.next().unwrap_or(true));
}

/// The first pair (subsumed, subsuming) of inferred struct types, checking again only the pairs a
/// merge since the smaller type's last check can have made equal; marks each type found apart from
/// all others in `apart` with `round`.
fn find_subsumed(
    types: &[TypeDef],
    changed: &[usize],
    apart: &mut [Option<usize>],
    round: usize,
) -> Option<(String, String)> {
    let inferred: Vec<(usize, &str, &[Field])> = types
        .iter()
        .enumerate()
        .filter(|(_, t)| t.provenance == Provenance::Inferred)
        .filter_map(|(at, t)| match &t.kind {
            TypeKind::Struct { fields, additional: None } => Some((at, t.name.as_str(), fields.as_slice())),
            _ => None,
        })
        .collect();
    let changed_at = |at: usize| changed.get(at).copied().unwrap_or(0);
    for &(small_at, small_name, small) in &inferred {
        // Since when this type is known to be subsumed by no type unchanged since.
        let known_apart = apart.get(small_at).copied().flatten().filter(|&since| changed_at(small_at) <= since);
        for &(big_at, big_name, big) in &inferred {
            if known_apart.is_some_and(|since| changed_at(big_at) <= since) {
                continue;
            }
            if small_name != big_name && subsumes(big, small) {
                return Some((small_name.to_owned(), big_name.to_owned()));
            }
        }
        if let Some(mark) = apart.get_mut(small_at) {
            *mark = Some(round);
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
    rename_marking(api, renames);
}

/// [`rename_all_references`], telling by position in `api.types` which type definitions changed.
fn rename_marking(api: &mut Api, renames: &HashMap<String, String>) -> Vec<bool> {
    let rename = |ty: &mut Type| rename_in(ty, renames);
    let changed = api
        .types
        .iter_mut()
        .map(|def| match &mut def.kind {
            // Every reference is renamed: no short cut past the first change.
            TypeKind::Struct { fields, additional } => {
                let fields = fields.iter_mut().fold(false, |any, f| rename(&mut f.ty) | any);
                additional.iter_mut().fold(fields, |any, ty| rename(ty) | any)
            }
            TypeKind::Union { variants, discriminator } => {
                let variants = variants.iter_mut().fold(false, |any, ty| rename(ty) | any);
                // The tags name their alternatives' types too.
                discriminator.iter_mut().flat_map(|d| d.mapping.iter_mut()).fold(variants, |any, (_, target)| {
                    match renames.get(target.as_str()) {
                        Some(to) => {
                            to.clone_into(target);
                            true
                        }
                        None => any,
                    }
                })
            }
            TypeKind::Alias(ty) => rename(ty),
            TypeKind::Enum { .. } => false,
        })
        .collect();
    for op in &mut api.operations {
        op.params.iter_mut().for_each(|p| {
            rename(&mut p.ty);
        });
        op.body.iter_mut().flat_map(|b| b.contents.iter_mut()).for_each(|c| {
            rename(&mut c.ty);
        });
        op.responses.iter_mut().filter_map(|r| r.ty.as_mut()).for_each(|ty| {
            rename(ty);
        });
        op.responses.iter_mut().filter_map(|r| r.events.as_mut()).for_each(|ty| {
            rename(ty);
        });
    }
    changed
}

/// Renames the references in `ty`; whether it named a type of `renames`.
fn rename_in(ty: &mut Type, renames: &HashMap<String, String>) -> bool {
    match ty {
        Type::Named(name) => match renames.get(name.as_str()) {
            Some(to) => {
                to.clone_into(name);
                true
            }
            None => false,
        },
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) => rename_in(inner, renames),
        _ => false,
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

    /// An API of inferred structs named by `types` (name, fields), in that order.
    fn inferred_api(types: Vec<(&str, Vec<Field>)>) -> crate::ir::Api {
        crate::ir::Api {
            title: String::new(),
            version: String::new(),
            base_url: String::new(),
            docs: None,
            source: crate::ir::Source { format: crate::ir::SpecFormat::Postman, file: "x.json".into() },
            auth_schemes: vec![],
            operations: vec![],
            names: Default::default(),
            type_hints: vec![],
            types: types
                .into_iter()
                .map(|(name, fields)| TypeDef {
                    name: name.into(),
                    origin: crate::ir::Origin(String::new()),
                    provenance: Provenance::Inferred,
                    docs: None,
                    deprecated: false,
                    kind: TypeKind::Struct { fields, additional: None },
                })
                .collect(),
        }
    }

    /// A required field naming the type `to`.
    fn reference(name: &str, to: &str) -> Field {
        Field { ty: Type::Named(to.into()), ..field(name, true) }
    }

    /// A pair found apart is checked again once a merge changes either of its types: merging `P`
    /// into `Q` makes `A` (which names `P` or whose bigger type names `P`) equal to a part of `B`.
    #[test]
    fn a_merge_makes_pairs_found_apart_equal() {
        for (a_names, b_names) in [("P", "Q"), ("Q", "P")] {
            let mut api = inferred_api(vec![
                ("A", vec![reference("x", a_names), field("y", true)]),
                ("B", vec![reference("x", b_names), field("y", true), field("z", false)]),
                ("P", vec![field("id", true)]),
                ("Q", vec![field("id", true), field("extra", false)]),
            ]);
            merge_subsumed(&mut api);
            let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
            assert_eq!(names, ["B", "Q"], "A names {a_names}, B names {b_names}");
            let TypeKind::Struct { fields, .. } = &api.types[0].kind else { panic!("not a struct") };
            assert_eq!(fields[0].ty, Type::Named("Q".into()));
        }
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

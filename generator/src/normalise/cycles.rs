//! Unions and aliases that contain themselves with no object or list in between (`A = oneOf[B]`,
//! `B = anyOf[A]`, or longer rings through aliases and `allOf` of one member) are refused: such a
//! type has no value that ends (every alternative is the type itself again), and its generated
//! decoder would call itself on the same input until the stack overflows.
//!
//! A struct decodes the members of an object and a list its items, so a cycle through either is
//! ordinary recursion that the input's own depth bounds; only unions, aliases and `null`-able
//! wrappers decode the very value they were given.

use std::collections::HashMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::error::Result;
use crate::ir::{Api, Type, TypeDef, TypeKind};

/// Refuses the first union or alias (in type order) that reaches itself through unions, aliases
/// and `null`-able wrappers only, with the ring in the message and located at the type.
pub fn refuse_value_cycles(api: &Api) -> Result<()> {
    let index: HashMap<&str, usize> = api.types.iter().enumerate().map(|(i, def)| (def.name.as_str(), i)).collect();
    let edges: Vec<Vec<usize>> = api
        .types
        .iter()
        .map(|def| {
            let mut out = Vec::new();
            same_value_types(def, &mut |name| out.extend(index.get(name).copied()));
            out
        })
        .collect();
    // Depth-first search with an explicit stack: 0 unvisited, 1 on the current path, 2 done.
    let mut state = vec![0u8; api.types.len()];
    for start in 0..api.types.len() {
        if state.get(start) != Some(&0) {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        set(&mut state, start, 1);
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            let Some(&target) = edges.get(node).and_then(|e| e.get(*next)) else {
                set(&mut state, node, 2);
                path.pop();
                continue;
            };
            *next += 1;
            match state.get(target) {
                Some(0) => {
                    set(&mut state, target, 1);
                    path.push((target, 0));
                }
                Some(1) => {
                    let ring: Vec<&TypeDef> =
                        path.iter().skip_while(|(n, _)| *n != target).filter_map(|(n, _)| api.types.get(*n)).collect();
                    return Err(refusal(api, &ring).into());
                }
                _ => {}
            }
        }
    }
    Ok(())
}

fn set(state: &mut [u8], node: usize, value: u8) {
    if let Some(slot) = state.get_mut(node) {
        *slot = value;
    }
}

/// Calls `found` with each named type that decodes the same JSON value as `def` itself.
fn same_value_types<'a>(def: &'a TypeDef, found: &mut impl FnMut(&'a str)) {
    match &def.kind {
        TypeKind::Alias(ty) => named_as_is(ty, found),
        TypeKind::Union { variants, .. } => variants.iter().for_each(|variant| named_as_is(variant, found)),
        TypeKind::Struct { .. } | TypeKind::Enum { .. } => {}
    }
}

/// The named type `ty` is, possibly `null`-able: not one inside a list or map.
fn named_as_is<'a>(ty: &'a Type, found: &mut impl FnMut(&'a str)) {
    match ty {
        Type::Named(name) => found(name),
        Type::Nullable(inner) => named_as_is(inner, found),
        _ => {}
    }
}

fn refusal(api: &Api, ring: &[&TypeDef]) -> Diagnostic {
    let names: Vec<String> = ring.iter().chain(ring.first()).map(|def| format!("`{}`", def.name)).collect();
    let first = ring.first().map(|def| def.origin.0.clone()).unwrap_or_default();
    // With a way out of the ring (another alternative, or `null`), only some values loop.
    let exits = ring.iter().any(|def| match &def.kind {
        TypeKind::Union { variants, .. } => {
            variants.len() > 1 || variants.iter().any(|v| matches!(v, Type::Nullable(_)))
        }
        TypeKind::Alias(ty) => matches!(ty, Type::Nullable(_)),
        TypeKind::Struct { .. } | TypeKind::Enum { .. } => false,
    });
    let consequence = if exits {
        "decoding a value that no other alternative accepts would go round it until the stack overflows"
    } else {
        "it has no value at all, and decoding any value would go round it until the stack overflows"
    };
    Diagnostic::error(Code::UnionRing,
        &api.source.file,
        first,
        format!("{} is a ring of unions and aliases with no object or list in between: {consequence}", names.join(" → ")),
    )
    .with_hint("give one of these schemas a type of its own (an object, a list or a scalar), or remove the alternative that leads back")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Origin, Provenance};

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: Origin(format!("/components/schemas/{name}")),
            provenance: Provenance::Declared,
            docs: None,
            deprecated: false,
            kind,
        }
    }

    fn api(types: Vec<TypeDef>) -> Api {
        Api { types, ..crate::normalise::tests::api_with(Vec::new()) }
    }

    fn named(name: &str) -> Type {
        Type::Named(name.into())
    }

    fn union(variants: Vec<Type>) -> TypeKind {
        TypeKind::Union { variants, discriminator: None }
    }

    fn refused(types: Vec<TypeDef>) -> Option<Diagnostic> {
        match refuse_value_cycles(&api(types)) {
            Err(crate::error::Error::Spec(diagnostic)) => Some(*diagnostic),
            _ => None,
        }
    }

    #[test]
    fn rings_of_unions_aliases_and_nullables_are_refused_at_their_first_type() {
        let two = refused(vec![def("A", union(vec![named("B")])), def("B", union(vec![named("A")]))]);
        let two = two.expect("refused");
        assert_eq!(
            two.message,
            "`A` → `B` → `A` is a ring of unions and aliases with no object or list in between: it has no value at \
             all, and decoding any value would go round it until the stack overflows"
        );
        assert_eq!(two.pointer, "/components/schemas/A");
        let mixed = refused(vec![
            def("Start", TypeKind::Alias(named("A"))),
            def("A", union(vec![Type::String, named("B")])),
            def("B", TypeKind::Alias(Type::Nullable(Box::new(named("C"))))),
            def("C", union(vec![Type::I32, named("A")])),
        ]);
        let mixed = mixed.expect("refused");
        assert!(mixed.message.starts_with("`A` → `B` → `C` → `A` is"), "{}", mixed.message);
        assert!(mixed.message.ends_with(
            "decoding a value that no other alternative accepts would go round it until the stack overflows"
        ));
        let itself = refused(vec![def("Me", union(vec![named("Me")]))]).expect("refused");
        assert!(itself.message.starts_with("`Me` → `Me` is"), "{}", itself.message);
    }

    #[test]
    fn rings_through_objects_and_lists_are_ordinary_recursion() {
        let list =
            vec![def("A", union(vec![Type::Array(Box::new(named("B")))])), def("B", TypeKind::Alias(named("A")))];
        assert!(refused(list).is_none());
        let object = vec![
            def("A", union(vec![named("B")])),
            def("B", TypeKind::Struct { fields: Vec::new(), additional: Some(named("A")) }),
        ];
        assert!(refused(object).is_none());
        let map = vec![def("A", TypeKind::Alias(Type::Map(Box::new(named("A")))))];
        assert!(refused(map).is_none());
    }
}

//! What the aliases of one API's types stand for, worked out once per API in time linear in its types, so
//! that a long chain of aliases (`A0` = `A1`, `A1` = `A2`, …) is walked once rather than once per alias,
//! field or body that names it.

use std::collections::{HashMap, HashSet};

use crate::ir::{Type, TypeDef, TypeKind};

/// The aliases of one API's types.
#[derive(Debug, Default)]
pub struct Aliases {
    /// What each alias stands for.
    aliased: HashMap<String, Type>,
    /// Aliases emitted as newtype structs: an alias that names itself through containers or other
    /// aliases (`type X = Vec<X>`) is a cycle Rust refuses.
    newtypes: HashSet<String>,
    /// Types one of whose values is `null`: an alias of a nullable type or of any JSON value, a union
    /// kept whole when its tag is unknown, a union with such an alternative, and aliases of those.
    null_values: HashSet<String>,
}

impl Aliases {
    /// Works out the aliases of `types`.
    pub fn new(types: &[TypeDef]) -> Aliases {
        let aliased: HashMap<String, Type> = types
            .iter()
            .filter_map(|def| match &def.kind {
                TypeKind::Alias(ty) => Some((def.name.clone(), ty.clone())),
                _ => None,
            })
            .collect();
        let newtypes = alias_cycles(&aliased);
        let null_values = null_values(types);
        Aliases { aliased, newtypes, null_values }
    }

    /// Whether the alias `name` is emitted as a newtype struct rather than `pub type`.
    pub fn is_newtype(&self, name: &str) -> bool {
        self.newtypes.contains(name)
    }

    /// Whether `null` is a value of `ty` (a nullable type, any JSON value, or a named type that
    /// admits it), so that an optional field of it needs `null` kept apart from absence.
    pub fn admits_null(&self, ty: &Type) -> bool {
        match ty {
            Type::Any | Type::Nullable(_) => true,
            Type::Named(name) => self.null_values.contains(name),
            _ => false,
        }
    }

    /// `ty` with every `pub type` alias replaced by what it stands for (newtypes, which break alias
    /// cycles, stay), as far as the aliases nest.
    pub fn unaliased(&self, ty: &Type) -> Type {
        // The containers met on the way, outermost first, then the type they hold.
        let mut containers: Vec<fn(Box<Type>) -> Type> = Vec::new();
        let mut current = ty;
        let held = loop {
            match current {
                Type::Array(inner) => {
                    containers.push(Type::Array);
                    current = inner;
                }
                Type::Map(inner) => {
                    containers.push(Type::Map);
                    current = inner;
                }
                Type::Nullable(inner) => {
                    containers.push(Type::Nullable);
                    current = inner;
                }
                // Aliases on a cycle are newtypes, so this never comes back to an alias it passed.
                Type::Named(name) if !self.newtypes.contains(name) => match self.aliased.get(name) {
                    Some(inner) => current = inner,
                    None => break current.clone(),
                },
                _ => break current.clone(),
            }
        };
        containers.into_iter().rev().fold(held, |ty, container| container(Box::new(ty)))
    }
}

/// The type an alias names through containers only: `Vec<Option<X>>` names `X`.
fn named_within(ty: &Type) -> Option<&str> {
    match ty {
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) => named_within(inner),
        Type::Named(name) => Some(name),
        _ => None,
    }
}

/// The aliases on a cycle of aliases. Each alias names at most one other, so walking each chain once,
/// never past an alias an earlier walk met, finds every cycle.
fn alias_cycles(aliased: &HashMap<String, Type>) -> HashSet<String> {
    let mut walked_by: HashMap<&str, usize> = HashMap::new();
    let mut on_cycle = HashSet::new();
    let mut starts: Vec<&String> = aliased.keys().collect();
    starts.sort();
    for (walk, start) in starts.into_iter().enumerate() {
        let mut path: Vec<&str> = Vec::new();
        let mut current = Some(start.as_str());
        while let Some(name) = current {
            match walked_by.get(name) {
                Some(&by) if by == walk => {
                    let from = path.iter().position(|n| *n == name).unwrap_or(path.len());
                    on_cycle.extend(path.get(from..).unwrap_or_default().iter().map(|n| (*n).to_owned()));
                    break;
                }
                Some(_) => break,
                None => {}
            }
            let Some((name, ty)) = aliased.get_key_value(name) else { break };
            walked_by.insert(name, walk);
            path.push(name);
            current = named_within(ty);
        }
    }
    on_cycle
}

/// The named types one of whose values is `null`, found by walking back from those that admit it
/// themselves along aliases and union alternatives: each type is added once.
fn null_values(types: &[TypeDef]) -> HashSet<String> {
    // Type → the aliases and undiscriminated unions that name it directly.
    let mut named_by: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut found: Vec<&str> = Vec::new();
    for def in types {
        let (members, itself): (&[Type], bool) = match &def.kind {
            TypeKind::Alias(ty) => (std::slice::from_ref(ty), matches!(ty, Type::Any | Type::Nullable(_))),
            TypeKind::Union { discriminator: Some(_), .. } => (&[], true),
            TypeKind::Union { variants, discriminator: None } => {
                (variants.as_slice(), variants.iter().any(|v| matches!(v, Type::Any | Type::Nullable(_))))
            }
            _ => (&[], false),
        };
        if itself {
            found.push(&def.name);
        }
        for member in members {
            if let Type::Named(name) = member {
                named_by.entry(name).or_default().push(&def.name);
            }
        }
    }
    let mut null_values: HashSet<String> = found.iter().map(|name| (*name).to_owned()).collect();
    while let Some(name) = found.pop() {
        for &user in named_by.get(name).map(Vec::as_slice).unwrap_or_default() {
            if null_values.insert(user.to_owned()) {
                found.push(user);
            }
        }
    }
    null_values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Origin, Provenance};

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            provenance: Provenance::Declared,
            origin: Origin(String::new()),
            docs: None,
            deprecated: false,
            kind,
        }
    }

    fn named(name: &str) -> Type {
        Type::Named(name.into())
    }

    #[test]
    fn aliases_on_a_cycle_through_containers_are_newtypes_and_those_leading_to_it_are_not() {
        let types = [
            def("Lead", TypeKind::Alias(named("X"))),
            def("X", TypeKind::Alias(Type::Array(Box::new(named("Y"))))),
            def("Y", TypeKind::Alias(Type::Nullable(Box::new(named("X"))))),
            def("Plain", TypeKind::Alias(Type::String)),
        ];
        let aliases = Aliases::new(&types);
        let newtypes: Vec<bool> = types.iter().map(|t| aliases.is_newtype(&t.name)).collect();
        assert_eq!(newtypes, [false, true, true, false]);
        assert_eq!(aliases.unaliased(&named("Lead")), named("X"));
        assert_eq!(aliases.unaliased(&Type::Array(Box::new(named("Plain")))), Type::Array(Box::new(Type::String)));
    }

    #[test]
    fn null_is_a_value_of_aliases_and_unions_that_reach_a_nullable_type() {
        let types = [
            def("A", TypeKind::Alias(named("B"))),
            def("B", TypeKind::Union { variants: vec![Type::String, named("C")], discriminator: None }),
            def("C", TypeKind::Alias(Type::Nullable(Box::new(Type::String)))),
            def("D", TypeKind::Alias(Type::String)),
            def("E", TypeKind::Alias(named("E"))),
        ];
        let aliases = Aliases::new(&types);
        let admits: Vec<bool> = types.iter().map(|t| aliases.admits_null(&named(&t.name))).collect();
        assert_eq!(admits, [true, true, true, false, false]);
    }
}

//! The named types of one API under construction: a key per type, and one type per distinct shape.
//!
//! Types refer to each other by keys ([`crate::naming::read_type_key`]), unique by construction;
//! what the reader proposed to name each is kept as [`TypeHint`]s, from which the naming pass
//! ([`crate::normalise`]) decides the identifiers.

use std::collections::{HashMap, HashSet};

use crate::example::TypeSink;
use crate::ir::{Hint, Origin, Provenance, TypeDef, TypeHint, TypeKind};
use crate::naming::{read_type_index, read_type_key};

/// Collects the named types of one API while a reader walks the spec.
#[derive(Debug, Default)]
pub struct TypeRegistry {
    defs: Vec<TypeDef>,
    /// What the reader proposed, in order: the names the naming pass decides from.
    hints: Vec<TypeHint>,
    /// How many types were proposed: the index of the next proposal.
    proposals: usize,
    /// Anonymous (inline or inferred) types by shape, so that identical shapes share one type.
    by_shape: HashMap<(TypeKind, Option<String>), String>,
    /// Keys of the defined types.
    defined: HashSet<String>,
}

impl TypeRegistry {
    /// The key of a type to be named after `hint`, else after `parent` (the enclosing type's key,
    /// or a type name) with `hint`: the naming pass decides the name.
    ///
    /// A type is to be defined under the key with [`TypeRegistry::add`], or the key released.
    pub fn propose_name(&mut self, hint: &str, parent: Option<&str>) -> String {
        self.propose(Hint::from(hint), parent)
    }

    /// [`TypeRegistry::propose_name`] for a name that may be made from another type's.
    pub fn propose(&mut self, hint: Hint, parent: Option<&str>) -> String {
        let key = read_type_key(self.proposals);
        self.proposals += 1;
        self.hints.push(TypeHint::Proposed { hint, parent: parent.map(str::to_owned) });
        key
    }

    /// Gives back a key from [`TypeRegistry::propose_name`] that no type turned out to need, so
    /// that the name proposed for it is free again.
    pub fn release(&mut self, key: &str) {
        if let Some(index) = read_type_index(key).filter(|_| !self.defined.contains(key)) {
            self.hints.push(TypeHint::Dropped(index));
        }
    }

    /// Defines the type under a key from [`TypeRegistry::propose_name`] and returns the key to refer
    /// to it by: for an anonymous type whose shape is already registered, the existing type's key.
    pub fn add(
        &mut self,
        key: &str,
        provenance: Provenance,
        origin: Origin,
        docs: Option<String>,
        kind: TypeKind,
    ) -> String {
        let anonymous = provenance != Provenance::Declared;
        let shape = (kind, docs);
        if anonymous {
            if let Some(existing) = self.by_shape.get(&shape) {
                let existing = existing.clone();
                self.release(key);
                return existing;
            }
            self.by_shape.insert(shape.clone(), key.to_owned());
        }
        let (kind, docs) = shape;
        self.defined.insert(key.to_owned());
        self.defs.push(TypeDef { name: key.to_owned(), origin, provenance, docs, deprecated: false, kind });
        key.to_owned()
    }

    /// Marks a just-added type deprecated.
    pub fn set_deprecated(&mut self, key: &str) {
        if let Some(def) = self.defs.iter_mut().find(|d| d.name == key) {
            def.deprecated = true;
        }
    }

    /// The registered types, in registration order, named by their keys, and the proposals their
    /// names are to be decided from ([`crate::ir::Api::type_hints`]).
    pub fn into_types(self) -> (Vec<TypeDef>, Vec<TypeHint>) {
        (self.defs, self.hints)
    }
}

impl TypeSink for TypeRegistry {
    fn propose_name(&mut self, hint: &str, parent: Option<&str>) -> String {
        TypeRegistry::propose_name(self, hint, parent)
    }

    fn add(
        &mut self,
        key: &str,
        provenance: Provenance,
        origin: Origin,
        docs: Option<String>,
        kind: TypeKind,
    ) -> String {
        TypeRegistry::add(self, key, provenance, origin, docs, kind)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ir::{Api, Field, Source, SpecFormat, Type};

    /// The registered types named as the naming pass names them, and `ty` (which may refer to
    /// one of them) with their names for keys.
    pub(crate) fn named(registry: TypeRegistry, ty: Type) -> (Type, Vec<TypeDef>) {
        let (types, type_hints) = registry.into_types();
        let mut api = Api {
            title: String::new(),
            version: String::new(),
            base_url: String::new(),
            docs: None,
            source: Source { format: SpecFormat::OpenApi3, file: "x.yaml".into() },
            auth_schemes: Vec::new(),
            operations: Vec::new(),
            types,
            names: Default::default(),
            type_hints,
        };
        let names = crate::normalise::names::name_read_types(&mut api);
        (renamed(ty, &names), api.types)
    }

    fn renamed(ty: Type, names: &HashMap<String, String>) -> Type {
        let inner = |inner: Box<Type>| Box::new(renamed(*inner, names));
        match ty {
            Type::Named(key) => Type::Named(names.get(&key).cloned().unwrap_or(key)),
            Type::Array(item) => Type::Array(inner(item)),
            Type::Map(value) => Type::Map(inner(value)),
            Type::Nullable(value) => Type::Nullable(inner(value)),
            Type::Tolerant(value) => Type::Tolerant(inner(value)),
            Type::Quoted(value) => Type::Quoted(inner(value)),
            other => other,
        }
    }

    /// The names of `keys` once named, in order.
    fn names_of(registry: TypeRegistry, keys: &[String]) -> Vec<String> {
        let (_, types) = named(registry, Type::Any);
        keys.iter()
            .map(|key| {
                let index = types.iter().position(|def| def.origin.0 == *key);
                index.and_then(|index| types.get(index)).map_or_else(|| key.clone(), |def| def.name.clone())
            })
            .collect()
    }

    fn one_field(name: &str) -> TypeKind {
        TypeKind::Struct {
            fields: vec![Field {
                name: name.into(),
                ty: Type::String,
                required: true,
                docs: None,
                deprecated: false,
                secret: false,
                rust_name: None,
            }],
            additional: None,
        }
    }

    #[test]
    fn identical_anonymous_shapes_share_a_type() {
        let mut registry = TypeRegistry::default();
        let first = registry.propose_name("messages_item", None);
        let first = registry.add(&first, Provenance::Inferred, Origin(first.clone()), None, one_field("id"));
        let second = registry.propose_name("edited_message", None);
        let second = registry.add(&second, Provenance::Inferred, Origin(second.clone()), None, one_field("id"));
        assert_eq!(first, second);
        let (types, _) = registry.into_types();
        assert_eq!(types.len(), 1);
    }

    /// Keys are unique by construction: a key per proposal, whatever the hints.
    #[test]
    fn keys_are_unique_whatever_the_hints() {
        let mut registry = TypeRegistry::default();
        let keys: Vec<String> = (0..4).map(|_| registry.propose_name("message", None)).collect();
        let distinct: HashSet<&String> = keys.iter().collect();
        assert_eq!(distinct.len(), 4, "{keys:?}");
        assert!(keys.iter().all(|key| !crate::naming::is_type_name(key)), "{keys:?}");
    }

    #[test]
    fn different_shapes_under_one_hint_get_parent_prefixed_then_numbered_names() {
        let mut registry = TypeRegistry::default();
        let mut keys = Vec::new();
        for field in ["a", "b", "c"] {
            let key = registry.propose_name("message", Some("im_chat"));
            keys.push(registry.add(&key, Provenance::Inferred, Origin(key.clone()), None, one_field(field)));
        }
        assert_eq!(names_of(registry, &keys), ["Message", "ImChatMessage", "Message2"]);
    }

    /// A name made from another type's (the items of a list) follows that type's name as it was
    /// numbered, and a parent given by key stands for its name.
    #[test]
    fn names_made_from_other_types_follow_their_names() {
        let mut registry = TypeRegistry::default();
        let define = |registry: &mut TypeRegistry, key: String, field: &str| {
            registry.add(&key, Provenance::Declared, Origin(key.clone()), None, one_field(field))
        };
        let first = registry.propose_name("messages", None);
        let second = registry.propose_name("messages", None);
        let item = registry.propose(Hint::singular_of(&second), None);
        let author = registry.propose_name("author", Some(&item));
        let editor = registry.propose_name("author", Some(&item));
        let keys: Vec<String> = [first, second, item, author, editor]
            .into_iter()
            .enumerate()
            .map(|(i, key)| define(&mut registry, key, &i.to_string()))
            .collect();
        assert_eq!(
            names_of(registry, &keys),
            ["Messages", "Messages2", "Messages2Item", "Author", "Messages2ItemAuthor"]
        );
    }

    /// Regression (class: schema names that collide only as Rust type names): the naming pass
    /// decides uniqueness on the final identifier, which the emitter writes unchanged, so no two
    /// schemas, however their names differ in case, separators, length or script, share one; none
    /// is a keyword or a name the models module uses unqualified; and the search ends.
    #[test]
    fn names_are_unique_final_type_identifiers() {
        let long = "a_very_long_schema_name_that_goes_on_and_on_and_on_beyond_any_reason_at_all";
        let mut hints: Vec<String> = [
            "get_item",
            "GetItem",
            "get-item",
            "GET_ITEM",
            "getItem",
            "list",
            "List",
            "List2",
            "list2",
            "2fa",
            "T2fa",
            "Self",
            "self",
            "Option",
            "Vec",
            "Box",
            "Result",
            "Serialize",
            "Deserialize",
            "String",
            "Some",
            "Into",
            "D",
            "Client",
            "Error",
            "",
            "$",
            "über",
            "Uber",
            "日本",
            "RiBen",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        hints.extend((0..20).map(|i| format!("{long}_{i}")));
        let mut registry = TypeRegistry::default();
        let mut keys = Vec::new();
        for hint in &hints {
            let key = registry.propose_name(hint, Some("Parent"));
            keys.push(registry.add(&key, Provenance::Declared, Origin(key.clone()), None, one_field(hint)));
        }
        let names = names_of(registry, &keys);
        let distinct: HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), hints.len(), "{names:?}");
        for name in &names {
            assert!(crate::naming::is_type_name(name), "{name}");
        }
        assert_eq!(
            names.get(..4),
            Some(&["GetItem".to_owned(), "ParentGetItem".into(), "GetItem2".into(), "GetItem3".into()][..])
        );
    }

    #[test]
    fn declared_types_are_never_merged() {
        let mut registry = TypeRegistry::default();
        for hint in ["Cat", "Dog"] {
            let key = registry.propose_name(hint, None);
            registry.add(&key, Provenance::Declared, Origin("/a".into()), None, one_field("name"));
        }
        let (_, types) = named(registry, Type::Any);
        let names: Vec<_> = types.into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["Cat", "Dog"]);
    }
}

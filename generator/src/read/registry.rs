//! The named types of one API under construction: unique names, and one type per distinct shape.

use std::collections::{HashMap, HashSet};

use crate::example::TypeSink;
use crate::ir::{Origin, Provenance, TypeDef, TypeKind};
use crate::naming::Proposals;

/// Collects the named types of one API while a reader walks the spec.
#[derive(Debug, Default)]
pub struct TypeRegistry {
    defs: Vec<TypeDef>,
    /// Names defined or promised to a type still being built, which [`crate::naming`] decides.
    names: Proposals,
    /// Anonymous (inline or inferred) types by shape, so that identical shapes share one type.
    by_shape: HashMap<(TypeKind, Option<String>), String>,
    /// Names of the defined types.
    defined: HashSet<String>,
}

impl TypeRegistry {
    /// Reserves a unique type name for `hint`, falling back to `parent` + `hint`, then to a number
    /// ([`Proposals::propose`]).
    ///
    /// The name stays taken until [`TypeRegistry::add`] either uses or releases it.
    pub fn propose_name(&mut self, hint: &str, parent: Option<&str>) -> String {
        self.names.propose(hint, parent)
    }

    /// Gives back a name from [`TypeRegistry::propose_name`] that turned out not to be needed.
    pub fn release(&mut self, name: &str) {
        if !self.defined.contains(name) {
            self.names.give_back(name);
        }
    }

    /// Defines the type under a name from [`TypeRegistry::propose_name`] and returns the name to refer
    /// to it by: for an anonymous type whose shape is already registered, the existing type's name.
    pub fn add(
        &mut self,
        name: &str,
        provenance: Provenance,
        origin: Origin,
        docs: Option<String>,
        kind: TypeKind,
    ) -> String {
        let anonymous = provenance != Provenance::Declared;
        let key = (kind, docs);
        if anonymous {
            if let Some(existing) = self.by_shape.get(&key) {
                let existing = existing.clone();
                self.release(name);
                return existing;
            }
            self.by_shape.insert(key.clone(), name.to_owned());
        }
        let (kind, docs) = key;
        self.names.keep(name);
        self.defined.insert(name.to_owned());
        self.defs.push(TypeDef { name: name.to_owned(), origin, provenance, docs, deprecated: false, kind });
        name.to_owned()
    }

    /// Marks a just-added type deprecated.
    pub fn set_deprecated(&mut self, name: &str) {
        if let Some(def) = self.defs.iter_mut().find(|d| d.name == name) {
            def.deprecated = true;
        }
    }

    /// The registered types, in registration order.
    pub fn into_types(self) -> Vec<TypeDef> {
        self.defs
    }
}

impl TypeSink for TypeRegistry {
    fn propose_name(&mut self, hint: &str, parent: Option<&str>) -> String {
        TypeRegistry::propose_name(self, hint, parent)
    }

    fn add(
        &mut self,
        name: &str,
        provenance: Provenance,
        origin: Origin,
        docs: Option<String>,
        kind: TypeKind,
    ) -> String {
        TypeRegistry::add(self, name, provenance, origin, docs, kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, Type};

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
        let origin = Origin("/a".into());
        let first = registry.propose_name("messages_item", None);
        let first = registry.add(&first, Provenance::Inferred, origin.clone(), None, one_field("id"));
        let second = registry.propose_name("edited_message", None);
        let second = registry.add(&second, Provenance::Inferred, origin, None, one_field("id"));
        assert_eq!(first, "MessagesItem");
        assert_eq!(second, "MessagesItem");
        assert_eq!(registry.into_types().len(), 1);
    }

    #[test]
    fn different_shapes_under_one_hint_get_parent_prefixed_then_numbered_names() {
        let mut registry = TypeRegistry::default();
        let origin = Origin("/a".into());
        let mut names = Vec::new();
        for field in ["a", "b", "c"] {
            let name = registry.propose_name("message", Some("im_chat"));
            names.push(registry.add(&name, Provenance::Inferred, origin.clone(), None, one_field(field)));
        }
        assert_eq!(names, ["Message", "ImChatMessage", "Message2"]);
    }

    /// Regression (class: schema names that collide only as Rust type names): the registry decides
    /// uniqueness on the final identifier, which the emitter writes unchanged, so no two schemas,
    /// however their names differ in case, separators, length or script, share one; none is a
    /// keyword or a name the models module uses unqualified; and the search ends.
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
        let mut names = Vec::new();
        for hint in &hints {
            let name = registry.propose_name(hint, Some("Parent"));
            names.push(registry.add(&name, Provenance::Declared, Origin(String::new()), None, one_field(hint)));
        }
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
        let origin = Origin("/a".into());
        for hint in ["Cat", "Dog"] {
            let name = registry.propose_name(hint, None);
            registry.add(&name, Provenance::Declared, origin.clone(), None, one_field("name"));
        }
        let names: Vec<_> = registry.into_types().into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["Cat", "Dog"]);
    }
}

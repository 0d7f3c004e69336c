//! Typed coverage: how many of an instance's leaf values (strings, numbers, booleans, `null`s) the
//! generated model holds in typed fields, rather than among a struct's extra properties (unknown
//! fields), in a `serde_json::Value` (IR [`Type::Any`]), or as the value of a field known only from
//! examples that has another shape than they showed (which the model keeps among the extra
//! properties). A static walk of the value and the client's IR type together, by the rules of the
//! generated decoder ([`Checker`]): struct fields by wire name, a union's first alternative that
//! accepts the value.

use std::collections::{BTreeMap, HashMap};

use generator::ir::{Type, TypeDef, TypeKind};
use generator::normalise::Checker;
use serde_json::Value;

/// Deeper values than this are counted as untyped (no drawn instance comes near it).
const MAX_DEPTH: usize = 256;

/// Leaf values seen, and how many of them land in typed fields.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub leaves: usize,
    pub typed: usize,
}

impl Coverage {
    /// Every leaf of `value`, none typed.
    pub fn untyped(value: &Value) -> Coverage {
        Coverage { leaves: leaves(value), typed: 0 }
    }

    pub fn add(&mut self, other: Coverage) {
        self.leaves += other.leaves;
        self.typed += other.typed;
    }
}

/// Walks values against the types of one API.
pub struct Walker<'a> {
    types: HashMap<&'a str, &'a TypeDef>,
    checker: Checker<'a>,
    /// Where the walk is: field names and `[]` for array items.
    path: Vec<String>,
    /// Untyped leaf values by why they are untyped, with the first few places each was seen.
    pub untyped: BTreeMap<&'static str, Untyped>,
}

/// Leaf values that land in no typed field for one reason.
#[derive(Debug, Default)]
pub struct Untyped {
    pub leaves: usize,
    /// The first places (`a.b[].c`) where it happened, each once.
    pub places: Vec<String>,
}

/// Places kept per reason.
const PLACES_KEPT: usize = 6;

impl<'a> Walker<'a> {
    pub fn new(types: &'a [TypeDef]) -> Self {
        // The first definition of a name is the one found, as the checker does.
        let mut by_name = HashMap::new();
        for def in types.iter().rev() {
            by_name.insert(def.name.as_str(), def);
        }
        Walker { types: by_name, checker: Checker::decoding(types), path: Vec::new(), untyped: BTreeMap::new() }
    }

    /// The coverage of `value` decoded as `ty`, one of the API's types.
    pub fn coverage(&mut self, value: &Value, ty: &'a Type) -> Coverage {
        let mut coverage = Coverage::default();
        self.walk(value, ty, 0, &mut coverage);
        coverage
    }

    /// A value the client holds in no model at all, for `reason`: every leaf untyped.
    pub fn unmodelled(&mut self, value: &Value, reason: &'static str) -> Coverage {
        let mut coverage = Coverage::default();
        self.untyped(value, reason, &mut coverage);
        coverage
    }

    /// Counts every leaf of `value` as untyped, for `reason`.
    fn untyped(&mut self, value: &Value, reason: &'static str, coverage: &mut Coverage) {
        let untyped = Coverage::untyped(value);
        coverage.add(untyped);
        if untyped.leaves == 0 {
            return;
        }
        let entry = self.untyped.entry(reason).or_default();
        entry.leaves += untyped.leaves;
        let place = self.path.concat();
        if entry.places.len() < PLACES_KEPT && !entry.places.contains(&place) {
            entry.places.push(place);
        }
    }

    fn walk(&mut self, value: &Value, ty: &'a Type, depth: usize, coverage: &mut Coverage) {
        if depth > MAX_DEPTH {
            self.untyped(value, "nested too deep", coverage);
            return;
        }
        match (ty, value) {
            (Type::Any, _) => self.untyped(value, "a value of any type", coverage),
            (Type::Nullable(_), Value::Null) => coverage.add(Coverage { leaves: 1, typed: 1 }),
            (Type::Nullable(inner), _) => self.walk(value, inner, depth + 1, coverage),
            // Any text, or the value bare.
            (Type::Quoted(_), Value::String(_)) => coverage.add(Coverage { leaves: 1, typed: 1 }),
            (Type::Quoted(inner), _) => self.walk(value, inner, depth + 1, coverage),
            (Type::Array(item), Value::Array(items)) => {
                self.path.push("[]".into());
                for item_value in items {
                    self.walk(item_value, item, depth + 1, coverage);
                }
                self.path.pop();
            }
            (Type::Map(inner), Value::Object(map)) => {
                self.path.push(".*".into());
                for entry in map.values() {
                    self.walk(entry, inner, depth + 1, coverage);
                }
                self.path.pop();
            }
            (Type::Named(name), _) => self.named(value, name, depth, coverage),
            (Type::Array(_), _) => self.untyped(value, "a list that is not a list", coverage),
            (_, Value::Array(_)) => self.untyped(value, "a list where one value was expected", coverage),
            (_, Value::Object(_)) => self.untyped(value, "an object where a scalar was expected", coverage),
            (_, _) if self.checker.accepts(value, ty) => coverage.add(Coverage { leaves: 1, typed: 1 }),
            (_, _) => self.untyped(value, "a scalar of another type", coverage),
        }
    }

    fn named(&mut self, value: &Value, name: &str, depth: usize, coverage: &mut Coverage) {
        let Some(def) = self.types.get(name).copied() else {
            self.untyped(value, "a type the client lacks", coverage);
            return;
        };
        match &def.kind {
            TypeKind::Enum { .. } if value.is_string() => coverage.add(Coverage { leaves: 1, typed: 1 }),
            TypeKind::Enum { .. } => self.untyped(value, "an enum value that is not text", coverage),
            TypeKind::Alias(inner) => self.walk(value, inner, depth + 1, coverage),
            TypeKind::Union { variants, .. } => match variants.iter().find(|v| self.checker.accepts(value, v)) {
                Some(variant) => self.walk(value, variant, depth + 1, coverage),
                None => self.untyped(value, "a union value no alternative accepts", coverage),
            },
            TypeKind::Struct { fields, additional } => {
                let Some(object) = value.as_object() else {
                    self.untyped(value, "a struct's value that is not an object", coverage);
                    return;
                };
                // Optional fields of a type known only from examples are guesses (see the emitter's
                // `WireStruct`): a value of another shape, `null` included, goes to the extras.
                let guessed = def.guesses_fall_back();
                for (key, entry) in object {
                    self.path.push(format!(".{key}"));
                    match fields.iter().find(|f| f.name == *key) {
                        Some(field) if field.ty == Type::Any => self.untyped(entry, "a field of any type", coverage),
                        // An optional field is an `Option`, which takes `null` as absent (a guessed
                        // field keeps the `null` among the extras too, to write it back).
                        Some(field) if !field.required && entry.is_null() => {
                            coverage.add(Coverage { leaves: 1, typed: 1 });
                        }
                        Some(field) if guessed && !field.required && !self.checker.accepts(entry, &field.ty) => {
                            self.untyped(entry, "a guessed field of another shape", coverage);
                        }
                        Some(field) => self.walk(entry, &field.ty, depth + 1, coverage),
                        None => match additional {
                            Some(extra) => self.walk(entry, extra, depth + 1, coverage),
                            None => self.untyped(entry, "a field the type does not declare", coverage),
                        },
                    }
                    self.path.pop();
                }
            }
        }
    }
}

/// The strings, numbers, booleans and `null`s inside `value` (an empty array or object has none).
fn leaves(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.iter().map(leaves).sum(),
        Value::Object(map) => map.values().map(leaves).sum(),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use generator::ir::{Field, Origin, Provenance};
    use serde_json::json;

    use super::*;

    fn field(name: &str, ty: Type, required: bool) -> Field {
        Field { name: name.into(), ty, required, docs: None, deprecated: false, secret: false, rust_name: None }
    }

    fn def(name: &str, provenance: Provenance, kind: TypeKind) -> TypeDef {
        TypeDef { name: name.into(), origin: Origin(String::new()), provenance, docs: None, deprecated: false, kind }
    }

    fn pet(provenance: Provenance) -> TypeDef {
        let fields = vec![
            field("id", Type::I64, true),
            field("name", Type::String, false),
            field("extra", Type::Any, false),
            field("tags", Type::Array(Box::new(Type::Named("Tag".into()))), false),
        ];
        def("Pet", provenance, TypeKind::Struct { fields, additional: None })
    }

    fn types(provenance: Provenance) -> Vec<TypeDef> {
        let tag = vec![field("label", Type::String, true)];
        vec![
            pet(provenance),
            def("Tag", Provenance::Declared, TypeKind::Struct { fields: tag, additional: None }),
            def(
                "IdOrPet",
                Provenance::Declared,
                TypeKind::Union { variants: vec![Type::I64, Type::Named("Pet".into())], discriminator: None },
            ),
        ]
    }

    fn coverage(types: &[TypeDef], value: &Value, ty: &Type) -> Coverage {
        Walker::new(types).coverage(value, ty)
    }

    #[test]
    fn typed_fields_count_and_unknown_or_any_fields_do_not() {
        let types = types(Provenance::Declared);
        let pet = Type::Named("Pet".into());
        assert_eq!(coverage(&types, &json!({"id": 1, "name": "Rex"}), &pet), Coverage { leaves: 2, typed: 2 });
        // An unknown field (two leaves) and a field of any type (three leaves) land in no typed field.
        let value = json!({"id": 1, "colour": {"r": 1, "g": "x"}, "extra": [true, null, {"k": 2}]});
        assert_eq!(coverage(&types, &value, &pet), Coverage { leaves: 6, typed: 1 });
        // An optional field's `null` is its `None`.
        assert_eq!(coverage(&types, &json!({"id": 1, "name": null}), &pet), Coverage { leaves: 2, typed: 2 });
    }

    #[test]
    fn nested_arrays_are_walked_item_by_item() {
        let types = types(Provenance::Declared);
        let list = Type::Array(Box::new(Type::Named("Pet".into())));
        let value = json!([{"id": 1, "tags": [{"label": "a"}, {"label": "b", "other": 3}]}, {"id": 2, "tags": []}]);
        assert_eq!(coverage(&types, &value, &list), Coverage { leaves: 5, typed: 4 });
        let map = Type::Map(Box::new(Type::Nullable(Box::new(Type::I64))));
        assert_eq!(coverage(&types, &json!({"a": 1, "b": null, "c": "x"}), &map), Coverage { leaves: 3, typed: 2 });
    }

    #[test]
    fn a_union_value_is_walked_as_the_first_alternative_that_accepts_it() {
        let types = types(Provenance::Declared);
        let union = Type::Named("IdOrPet".into());
        assert_eq!(coverage(&types, &json!(7), &union), Coverage { leaves: 1, typed: 1 });
        let value = json!({"id": 1, "unknown": "u"});
        assert_eq!(coverage(&types, &value, &union), Coverage { leaves: 2, typed: 1 });
        assert_eq!(coverage(&types, &json!("neither"), &union), Coverage { leaves: 1, typed: 0 });
    }

    #[test]
    fn a_guess_falls_back_in_the_deepest_struct_known_only_from_examples() {
        // `Owner.pet` holds a `Pet` whose own guess `name` misses: only `name` falls back, as the
        // generated decoder reads it; the owner's `pet` still decodes.
        let mut types = types(Provenance::Inferred);
        let pet = vec![field("pet", Type::Named("Pet".into()), false), field("nick", Type::String, false)];
        types.push(def("Owner", Provenance::Inferred, TypeKind::Struct { fields: pet, additional: None }));
        let value = json!({"nick": "Al", "pet": {"id": 1, "name": 5, "tags": [{"label": "a"}]}});
        assert_eq!(coverage(&types, &value, &Type::Named("Owner".into())), Coverage { leaves: 4, typed: 3 });
        // A required field of another shape fails its struct, which the owner then keeps whole.
        let value = json!({"nick": "Al", "pet": {"id": "one", "name": "Rex"}});
        assert_eq!(coverage(&types, &value, &Type::Named("Owner".into())), Coverage { leaves: 3, typed: 1 });
    }

    #[test]
    fn a_guessed_field_of_another_shape_is_untyped_and_lenient_scalars_are_typed() {
        let types = types(Provenance::Inferred);
        let pet = Type::Named("Pet".into());
        // `name` holds a number where the examples showed text: kept among the extras. A `null` is
        // kept there too, but the field reads it as absent, as a declared optional field does.
        assert_eq!(coverage(&types, &json!({"id": 1, "name": 5}), &pet), Coverage { leaves: 2, typed: 1 });
        assert_eq!(coverage(&types, &json!({"id": 1, "name": null}), &pet), Coverage { leaves: 2, typed: 2 });
        let quoted = Type::Quoted(Box::new(Type::Numeric));
        assert_eq!(coverage(&types, &json!(["30", 30, true]), &Type::Array(Box::new(quoted))).typed, 2);
        let lenient = Type::Integer { width: generator::ir::IntWidth::I64, lenient: true };
        assert_eq!(coverage(&types, &json!("30"), &lenient), Coverage { leaves: 1, typed: 1 });
        assert_eq!(coverage(&types, &json!("30"), &Type::I64), Coverage { leaves: 1, typed: 0 });
    }
}

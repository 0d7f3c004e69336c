//! The inference rules, one test each, on small literal samples.

use serde_json::json;

use super::*;
use crate::ir::{Provenance, TypeDef};
use crate::read::registry::TypeRegistry;

fn infer(samples: &[serde_json::Value]) -> (Type, Vec<TypeDef>) {
    let mut registry = TypeRegistry::default();
    let shape = samples.iter().map(Shape::from_example).reduce(Shape::merge).unwrap_or(Shape::of(Kind::Unknown));
    let ty = shape.to_type("Root", None, &Origin("/x".into()), &mut registry);
    crate::read::registry::tests::named(registry, ty)
}

fn fields(types: &[TypeDef], name: &str) -> Vec<(String, Type, bool)> {
    match types.iter().find(|t| t.name == name).map(|t| &t.kind) {
        Some(TypeKind::Struct { fields, .. }) => {
            fields.iter().map(|f| (f.name.clone(), f.ty.clone(), f.required)).collect()
        }
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn field_type(types: &[TypeDef], name: &str, field: &str) -> Type {
    fields(types, name).into_iter().find(|f| f.0 == field).map(|f| f.1).unwrap_or_else(|| panic!("no {name}.{field}"))
}

/// Regression (class: widths known only by example): a literal `1` became `i64`, so the `0.5` or
/// `2^64 - 1` a real response sent in the same field did not decode.
#[test]
fn literal_numbers_are_exact_json_numbers_whatever_their_size() {
    let (_, types) = infer(&[json!({"small": 30, "big": 1568751917976_i64, "float": 2.5, "huge": u64::MAX})]);
    for field in ["small", "big", "float", "huge"] {
        assert_eq!(field_type(&types, "Root", field), Type::Numeric, "{field}");
    }
}

#[test]
fn declared_widths_merge_with_literals_into_exact_numbers() {
    let (_, types) = infer(&[json!({"n": 1, "m": "<long>", "f": "<double>"}), json!({"n": 0.5, "m": 7, "f": 2})]);
    assert_eq!(field_type(&types, "Root", "n"), Type::Numeric);
    assert_eq!(field_type(&types, "Root", "m"), Type::Numeric);
    assert_eq!(field_type(&types, "Root", "f"), Type::Numeric);
    // Placeholders alone keep the width they name.
    let (_, types) = infer(&[json!({"m": "<long>", "i": "<int32>", "f": "<double>", "n": "<integer>"})]);
    assert_eq!(field_type(&types, "Root", "m"), Type::I64);
    assert_eq!(field_type(&types, "Root", "i"), Type::I32);
    assert_eq!(field_type(&types, "Root", "f"), Type::Number);
    assert_eq!(field_type(&types, "Root", "n"), Type::Numeric);
}

#[test]
fn numeric_strings_and_integers_make_a_lenient_integer() {
    let (_, types) = infer(&[json!({"ts": "1568751917976"}), json!({"ts": "<long>"})]);
    assert_eq!(field_type(&types, "Root", "ts"), Type::Integer { width: IntWidth::I64, lenient: true });
}

/// Regression (class: scalars quoted in examples): `"30"` and `"true"` made `String` fields, so a
/// server sending `30` or `true` there decoded nothing into them.
#[test]
fn quoted_numbers_and_booleans_take_either_form() {
    let quoted = |inner| Type::Quoted(Box::new(inner));
    let (_, types) = infer(&[json!({"id": "123", "on": "true", "name": "x", "zip": "007"})]);
    assert_eq!(field_type(&types, "Root", "id"), quoted(Type::Numeric));
    assert_eq!(field_type(&types, "Root", "on"), quoted(Type::Bool));
    assert_eq!(field_type(&types, "Root", "name"), Type::String);
    assert_eq!(field_type(&types, "Root", "zip"), Type::String);
    // Ids seen as numbers in one example and as text in another.
    let (_, types) = infer(&[json!({"id": 7, "on": false}), json!({"id": "8", "on": "true"})]);
    assert_eq!(field_type(&types, "Root", "id"), quoted(Type::Numeric));
    assert_eq!(field_type(&types, "Root", "on"), quoted(Type::Bool));
    // Text that is not a number beside a quoted one is text.
    let (_, types) = infer(&[json!({"id": "8"}), json!({"id": "abc"})]);
    assert_eq!(field_type(&types, "Root", "id"), Type::String);
}

#[test]
fn dates_and_date_times_from_all_dialects() {
    let (_, types) = infer(&[
        json!({"from": "string [date]", "at": "2019-09-17T20:25:17Z"}),
        json!({"from": "<date>", "at": "<dateTime>"}),
        json!({"from": "2019-08-31", "at": "2016-12-16T05:04:08.470Z"}),
    ]);
    assert_eq!(field_type(&types, "Root", "from"), Type::Tolerant(Box::new(Type::Date)));
    assert_eq!(field_type(&types, "Root", "at"), Type::Tolerant(Box::new(Type::DateTime)));
}

#[test]
fn conflicting_kinds_widen_to_a_json_value() {
    let (_, types) = infer(&[json!({"v": true, "d": "2019-08-31"}), json!({"v": "yes", "d": "2019-09-17T20:25:17Z"})]);
    assert_eq!(field_type(&types, "Root", "v"), Type::Any);
    // A date and a date-time have no common parsed form: plain text.
    assert_eq!(field_type(&types, "Root", "d"), Type::String);
}

/// Regression (class: presence inferred from examples): a field seen in every example used to be
/// required, so a real response without it did not decode.
#[test]
fn fields_of_inferred_types_are_never_required() {
    let (_, types) = infer(&[json!({"a": 1, "b": 2}), json!({"a": 3})]);
    assert_eq!(fields(&types, "Root"), [("a".into(), Type::Numeric, false), ("b".into(), Type::Numeric, false)]);
    let (_, types) = infer(&[json!({"next_page_token": "x", "messages": [{"id": "1", "sender": "a"}]})]);
    assert!(fields(&types, "Root").iter().chain(&fields(&types, "Message")).all(|f| !f.2));
}

/// Regression (class: formats known only by example): a date-time that does not parse made the
/// whole response undecodable; such fields are tolerant, a root value or a parameter stays strict.
#[test]
fn dates_known_by_example_are_tolerant_in_fields() {
    let (_, types) = infer(&[json!({"at": "<dateTime>", "days": ["2019-08-31"], "gone": "<string,null-date>"})]);
    let tolerant = |ty| Type::Tolerant(Box::new(ty));
    assert_eq!(field_type(&types, "Root", "at"), tolerant(Type::DateTime));
    assert_eq!(field_type(&types, "Root", "days"), Type::Array(Box::new(tolerant(Type::Date))));
    assert_eq!(field_type(&types, "Root", "gone"), Type::Nullable(Box::new(tolerant(Type::Date))));
    assert_eq!(infer(&[json!("2019-08-31")]).0, Type::Date);
}

#[test]
fn array_elements_merge_into_one_item_type() {
    let (_, types) = infer(&[json!({"messages": [{"id": "x"}, {"id": "y", "files": [{"size": 1}]}]})]);
    assert_eq!(field_type(&types, "Root", "messages"), Type::Array(Box::new(Type::Named("Message".into()))));
    assert_eq!(
        fields(&types, "Message")[1],
        ("files".into(), Type::Array(Box::new(Type::Named("File".into()))), false)
    );
}

#[test]
fn nulls_make_fields_nullable_and_null_only_is_untyped() {
    let (_, types) =
        infer(&[json!({"a": null, "b": "x", "c": null}), json!({"a": null, "b": null, "c": "<string,null>"})]);
    assert_eq!(field_type(&types, "Root", "a"), Type::Any);
    assert_eq!(field_type(&types, "Root", "b"), Type::Nullable(Box::new(Type::String)));
    assert_eq!(field_type(&types, "Root", "c"), Type::Nullable(Box::new(Type::String)));
}

#[test]
fn empty_arrays_and_objects_are_never_guessed() {
    let (_, types) = infer(&[json!({"list": [], "content": {}})]);
    assert_eq!(field_type(&types, "Root", "list"), Type::Array(Box::new(Type::Any)));
    assert_eq!(field_type(&types, "Root", "content"), Type::Map(Box::new(Type::Any)));
}

#[test]
fn identical_shapes_become_one_type() {
    let (_, types) = infer(&[json!({"sender": {"id": "a"}, "receiver": {"id": "b"}})]);
    assert_eq!(field_type(&types, "Root", "receiver"), Type::Named("Sender".into()));
    assert_eq!(types.iter().filter(|t| t.provenance == Provenance::Inferred).count(), 2);
}

#[test]
fn scalar_roots_need_no_named_type() {
    assert_eq!(infer(&[json!("2019-08-31")]).0, Type::Date);
    assert_eq!(infer(&[json!([1, 2])]).0, Type::Array(Box::new(Type::Numeric)));
    assert_eq!(infer(&[]).0, Type::Any);
}

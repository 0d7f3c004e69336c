//! Warnings for example bodies that contradict their own schema: the generated types would reject
//! them, so the spec is inconsistent (or the generator misread it, which the warning makes visible).

use std::collections::HashMap;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::example::instantiate;
use crate::ir::{Api, Type, TypeDef, TypeKind};

/// One warning per response example that the response's type would not accept.
pub fn check_examples(api: &Api) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut checker = Checker::new(&api.types);
    for op in &api.operations {
        for response in &op.responses {
            let Some(ty) = &response.ty else { continue };
            for (index, example) in response.examples.iter().enumerate() {
                // What was found of one example's values is no guide to another's.
                checker.checked.clear();
                if let Err(problem) = conforms(&instantiate(example), ty, &mut checker, &At::Root, 0) {
                    let status = response.status.to_string();
                    warnings.push(Diagnostic::warning(
                        Code::ExampleContradictsSchema,
                        &api.source.file,
                        pointer(&op.origin.0, &["responses", &status]),
                        format!("example {} of the {status} response contradicts its schema: {problem}", index + 1),
                    ));
                }
            }
        }
    }
    warnings
}

/// Deepest nesting followed; beyond it a value is accepted.
const MAX_DEPTH: usize = 64;

/// The API's types by name, and what was found of each value of one example checked against a named
/// type at a depth: a value is checked against each alternative of a union in turn, and unions nest,
/// so a value nested `n` unions deep would otherwise be checked 2^n times.
pub struct Checker<'a> {
    /// Each type, and whether its optional fields are guesses that fall back (see [`Checker::decoding`]).
    types: HashMap<&'a str, (&'a TypeKind, bool)>,
    checked: HashMap<(*const Value, &'a str, usize), Result<(), String>>,
}

impl<'a> Checker<'a> {
    /// A checker for values of the types of one API, every field held to its type.
    pub fn new(types: &'a [TypeDef]) -> Self {
        Self::with(types, |_| false)
    }

    /// A checker by the rules of the generated decoder in full: a struct known only from examples
    /// keeps a value of another shape in an optional field among its extra properties (the field
    /// reads as absent) instead of failing, so such a field accepts any value.
    pub fn decoding(types: &'a [TypeDef]) -> Self {
        Self::with(types, TypeDef::guesses_fall_back)
    }

    fn with(types: &'a [TypeDef], guesses_fall_back: impl Fn(&TypeDef) -> bool) -> Self {
        // The first definition of a name is the one found, as a search in order would.
        let mut by_name = HashMap::new();
        for def in types.iter().rev() {
            by_name.insert(def.name.as_str(), (&def.kind, guesses_fall_back(def)));
        }
        Checker { types: by_name, checked: HashMap::new() }
    }

    /// Whether `value` decodes as `ty` (one of this API's types), by the rules of the generated code.
    pub fn accepts(&mut self, value: &Value, ty: &'a Type) -> bool {
        // What was found of one value is no guide to another's, which may reuse its address.
        self.checked.clear();
        conforms(value, ty, self, &At::Root, 0).is_ok()
    }
}

/// Where a value is in the example being checked: written out only for a problem's message, so that
/// checking a value costs no text.
#[derive(Clone, Copy)]
enum At<'p> {
    Root,
    Item(&'p At<'p>, usize),
    Field(&'p At<'p>, &'p str),
}

impl At<'_> {
    /// The path as messages show it: `.` for the example itself, else `[0].price`.
    fn text(&self) -> String {
        let mut text = String::new();
        self.write(&mut text);
        if text.is_empty() { ".".to_owned() } else { text }
    }

    fn write(&self, text: &mut String) {
        match self {
            At::Root => {}
            At::Item(parent, index) => {
                parent.write(text);
                text.push_str(&format!("[{index}]"));
            }
            At::Field(parent, key) => {
                parent.write(text);
                text.push('.');
                text.push_str(key);
            }
        }
    }
}

/// Whether `value` decodes as `ty`, by the rules of the generated code; the first problem if not.
fn conforms<'a>(
    value: &Value,
    ty: &'a Type,
    checker: &mut Checker<'a>,
    at: &At<'_>,
    depth: usize,
) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    let expected = |what: &str| Err(format!("at `{}` expected {what}, found {}", at.text(), describe(value)));
    match ty {
        Type::Any => Ok(()),
        Type::Nullable(_) if value.is_null() => Ok(()),
        Type::Nullable(inner) => conforms(value, inner, checker, at, depth + 1),
        Type::Bool if value.is_boolean() => Ok(()),
        Type::Bool => expected("a boolean"),
        Type::Integer { lenient, .. } => {
            let numeric_text = value.as_str().is_some_and(|s| s.trim().parse::<i64>().is_ok());
            if value.is_i64() || value.is_u64() || (*lenient && numeric_text) { Ok(()) } else { expected("an integer") }
        }
        Type::Number | Type::Numeric if value.is_number() => Ok(()),
        Type::Number | Type::Numeric => expected("a number"),
        Type::String | Type::Binary if value.is_string() => Ok(()),
        Type::String | Type::Binary => expected("a string"),
        Type::Date => match value.as_str() {
            Some(text) if chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() => Ok(()),
            _ => expected("a date (YYYY-MM-DD)"),
        },
        // Any text decodes; a value that does not parse is kept as sent.
        Type::Tolerant(_) if value.is_string() => Ok(()),
        Type::Tolerant(_) => expected("a string"),
        // Any text, or the value bare.
        Type::Quoted(_) if value.is_string() => Ok(()),
        Type::Quoted(inner) => conforms(value, inner, checker, at, depth + 1),
        Type::DateTime => match value.as_str() {
            Some(text) if chrono::DateTime::parse_from_rfc3339(text).is_ok() => Ok(()),
            _ => expected("an RFC 3339 date-time"),
        },
        Type::Array(item) => match value.as_array() {
            Some(items) => {
                items.iter().enumerate().try_for_each(|(i, v)| conforms(v, item, checker, &At::Item(at, i), depth + 1))
            }
            None => expected("an array"),
        },
        Type::Map(inner) => match value.as_object() {
            Some(map) => map.iter().try_for_each(|(k, v)| conforms(v, inner, checker, &At::Field(at, k), depth + 1)),
            None => expected("an object"),
        },
        Type::Named(name) => {
            let key = (std::ptr::from_ref(value), name.as_str(), depth);
            if let Some(found) = checker.checked.get(&key) {
                return found.clone();
            }
            let found = conforms_named(value, name, checker, at, depth);
            checker.checked.insert(key, found.clone());
            found
        }
    }
}

/// [`conforms`] for the type named `name`.
fn conforms_named<'a>(
    value: &Value,
    name: &'a str,
    checker: &mut Checker<'a>,
    at: &At<'_>,
    depth: usize,
) -> Result<(), String> {
    let expected = |what: &str| Err(format!("at `{}` expected {what}, found {}", at.text(), describe(value)));
    let (kind, guesses_fall_back) = match checker.types.get(name).copied() {
        Some((kind, guesses_fall_back)) => (Some(kind), guesses_fall_back),
        None => (None, false),
    };
    match kind {
        None | Some(TypeKind::Enum { .. }) if value.is_string() => Ok(()),
        None => Ok(()),
        Some(TypeKind::Enum { .. }) => expected("a string"),
        Some(TypeKind::Alias(inner)) => conforms(value, inner, checker, at, depth + 1),
        Some(TypeKind::Union { variants, .. }) => {
            if variants.iter().any(|v| conforms(value, v, checker, at, depth + 1).is_ok()) {
                Ok(())
            } else {
                expected(&format!("one of the alternatives of `{name}`"))
            }
        }
        Some(TypeKind::Struct { fields, .. }) => {
            let Some(object) = value.as_object() else { return expected("an object") };
            for field in fields {
                match object.get(&field.name) {
                    None if field.required && !matches!(field.ty, Type::Nullable(_)) => {
                        return Err(format!("at `{}` the required field `{}` is missing", at.text(), field.name));
                    }
                    None => {}
                    // An optional field is an `Option`, which takes `null` as absent.
                    Some(Value::Null) if !field.required => {}
                    Some(_) if guesses_fall_back && !field.required => {}
                    Some(v) => conforms(v, &field.ty, checker, &At::Field(at, &field.name), depth + 1)?,
                }
            }
            Ok(())
        }
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => "a string".into(),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, Origin, Provenance};

    fn price_type() -> Vec<TypeDef> {
        vec![TypeDef {
            name: "Usage".into(),
            origin: Origin(String::new()),
            provenance: Provenance::Declared,
            docs: None,
            deprecated: false,
            kind: TypeKind::Struct {
                fields: vec![
                    Field {
                        name: "price".into(),
                        ty: Type::Nullable(Box::new(Type::Number)),
                        required: false,
                        docs: None,
                        deprecated: false,
                        secret: false,
                        rust_name: None,
                    },
                    Field {
                        name: "id".into(),
                        ty: Type::String,
                        required: true,
                        docs: None,
                        deprecated: false,
                        secret: false,
                        rust_name: None,
                    },
                ],
                additional: None,
            },
        }]
    }

    #[test]
    fn contradictions_name_the_path_and_what_was_expected() {
        let types = price_type();
        let usage = Type::Array(Box::new(Type::Named("Usage".into())));
        let good = serde_json::json!([{"id": "a", "price": 1.5}, {"id": "b", "price": null}]);
        assert_eq!(conforms(&good, &usage, &mut Checker::new(&types), &At::Root, 0), Ok(()));
        let bad = serde_json::json!([{"id": "a", "price": "0.0025"}]);
        assert_eq!(
            conforms(&bad, &usage, &mut Checker::new(&types), &At::Root, 0),
            Err("at `[0].price` expected a number, found the string \"0.0025\"".into())
        );
        let missing = serde_json::json!([{"price": 1}]);
        assert_eq!(
            conforms(&missing, &usage, &mut Checker::new(&types), &At::Root, 0),
            Err("at `[0]` the required field `id` is missing".into())
        );
    }
}

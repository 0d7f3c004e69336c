//! JSON Schema 2020-12, as OpenAPI 3.1 and 3.2 use it, rewritten into the OpenAPI 3.0 schema form.
//!
//! Each keyword maps to its 3.0 counterpart where one exists: a `type` list with `"null"` is a type and
//! `nullable`, `const` a one-value `enum`, `examples` an `example`, numeric `exclusiveMinimum` a `minimum` with
//! the boolean flag, `contentEncoding`/`contentMediaType` the `byte`/`binary` formats, `unevaluatedProperties`
//! and `patternProperties` `additionalProperties`, `prefixItems` an `items` union, a `$ref` with siblings an
//! `allOf` holding the reference. `if`/`then`/`else`, `not`, `dependentSchemas` and `$dynamicRef` have none:
//! they are dropped with a warning, and the type is what the rest of the schema says.

use serde_json::{Map, Value, json};

use super::Converter;
use crate::diagnostic::{Code, pointer};

/// Deepest nesting converted; the reader refuses deeper schemas with an error of its own.
const MAX_DEPTH: usize = 128;

/// Keywords that say nothing the reader uses, beside which a `$ref` stays a plain reference.
const REFERENCE_ANNOTATIONS: [&str; 6] = ["$ref", "$comment", "$id", "$schema", "$anchor", "summary"];

/// Keywords of one JSON type, which go with that type when a `type` list is split into alternatives.
fn belongs_to(key: &str, ty: &str) -> bool {
    match ty {
        "object" => {
            matches!(key, "properties" | "required" | "additionalProperties" | "minProperties" | "maxProperties")
        }
        "array" => matches!(key, "items" | "minItems" | "maxItems" | "uniqueItems"),
        "string" => matches!(key, "format" | "pattern" | "minLength" | "maxLength"),
        "integer" | "number" => {
            matches!(key, "format" | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf")
        }
        _ => false,
    }
}

impl Converter<'_> {
    /// Rewrites the schema at `at` in place, and every schema inside it.
    pub(super) fn schema(&mut self, schema: &mut Value, at: &str) {
        self.schema_at_depth(schema, at, 0);
    }

    fn schema_at_depth(&mut self, schema: &mut Value, at: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        // `true` accepts anything; `false` nothing, which no client value needs to be.
        if schema.is_boolean() {
            *schema = json!({});
            return;
        }
        let Some(object) = schema.as_object_mut() else { return };
        self.unhonoured(object, at);
        self.children(object, at, depth);
        null_alternatives(object);
        type_list(object);
        constant(object);
        examples(object);
        exclusive_bound(object, "exclusiveMinimum", "minimum", |bound, limit| bound >= limit);
        exclusive_bound(object, "exclusiveMaximum", "maximum", |bound, limit| bound <= limit);
        content(object);
        extra_properties(object);
        prefix_items(object);
        if let Some(index) = reference_with_siblings(object) {
            let moved = pointer(at, &["allOf", &index.to_string()]);
            self.additions.moved_references.insert(moved, at.to_owned());
        }
    }

    /// Keywords with no 3.0 counterpart that would change the type: dropped, each with a warning.
    fn unhonoured(&mut self, object: &mut Map<String, Value>, at: &str) {
        if object.contains_key("if") {
            let branches: Vec<&str> = ["if", "then", "else"].into_iter().filter(|k| object.contains_key(*k)).collect();
            let keywords = branches.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join("/");
            self.warn(
                Code::UnhonouredSchemaKeyword,
                pointer(at, &["if"]),
                format!("{keywords} is not honoured: the type is what the rest of the schema says"),
            );
            for key in branches {
                object.remove(key);
            }
        }
        // A recursive reference to `#` names the schema it is in: inside a component schema, that component.
        for key in ["$dynamicRef", "$recursiveRef"] {
            let root = at.strip_prefix("/components/schemas/").map(|rest| rest.split('/').next().unwrap_or(rest));
            if let (Some(root), Some("#")) = (root, object.get(key).and_then(Value::as_str)) {
                object.remove(key);
                object.insert("$ref".into(), Value::String(format!("#/components/schemas/{root}")));
            }
        }
        for (key, what) in [
            ("not", "`not` is not honoured: the type is what the rest of the schema says"),
            ("dependentSchemas", "`dependentSchemas` is not honoured: the type is what the rest of the schema says"),
            (
                "$dynamicRef",
                "`$dynamicRef` is only followed to `#` in a component schema; the type is what the rest of the schema says",
            ),
            (
                "$recursiveRef",
                "`$recursiveRef` is only followed to `#` in a component schema; the type is what the rest of the schema says",
            ),
        ] {
            if object.remove(key).is_some() {
                self.warn(Code::UnhonouredSchemaKeyword, pointer(at, &[key]), what);
            }
        }
    }

    /// Converts the schemas the keywords of `object` hold.
    fn children(&mut self, object: &mut Map<String, Value>, at: &str, depth: usize) {
        for (key, value) in object.iter_mut() {
            let key_at = pointer(at, &[key]);
            match (key.as_str(), value) {
                ("properties", Value::Object(properties)) => {
                    // A property whose schema is `false` can never be present.
                    properties.retain(|_, property| property != &Value::Bool(false));
                    for (name, property) in properties.iter_mut() {
                        self.schema_at_depth(property, &pointer(&key_at, &[name]), depth + 1);
                    }
                }
                ("patternProperties", Value::Object(map)) => {
                    for (name, property) in map.iter_mut() {
                        self.schema_at_depth(property, &pointer(&key_at, &[name]), depth + 1);
                    }
                }
                ("allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(members)) => {
                    // `null` alternatives are left as they are, for `null_alternatives` to find.
                    let kept = members.iter_mut().enumerate().filter(|(_, m)| key == "allOf" || !is_null_schema(m));
                    for (index, member) in kept {
                        self.schema_at_depth(member, &pointer(&key_at, &[&index.to_string()]), depth + 1);
                    }
                }
                ("items", value) if value != &Value::Bool(false) => self.schema_at_depth(value, &key_at, depth + 1),
                ("additionalProperties" | "unevaluatedProperties", value @ Value::Object(_)) => {
                    self.schema_at_depth(value, &key_at, depth + 1);
                }
                _ => {}
            }
        }
    }
}

/// `const` as a one-value `enum`; `const: null` as `nullable`.
fn constant(object: &mut Map<String, Value>) {
    let Some(value) = object.remove("const") else { return };
    if value.is_null() {
        object.insert("nullable".into(), Value::Bool(true));
    } else if !object.contains_key("enum") {
        object.insert("enum".into(), Value::Array(vec![value]));
    }
}

/// `anyOf`/`oneOf` alternatives that are only `null` make the schema nullable instead.
fn null_alternatives(object: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = object.get_mut(key) else { continue };
        let before = members.len();
        members.retain(|member| !is_null_schema(member));
        if members.len() < before {
            if members.is_empty() {
                object.remove(key);
            }
            object.insert("nullable".into(), Value::Bool(true));
        }
    }
}

/// Whether a schema admits only `null` (`type: "null"`, `const: null`, `enum: [null]`), whatever it documents.
pub(super) fn is_null_schema(schema: &Value) -> bool {
    let Some(object) = schema.as_object() else { return false };
    let null_type = match object.get("type") {
        Some(Value::String(ty)) => ty == "null",
        Some(Value::Array(types)) => !types.is_empty() && types.iter().all(|t| t == "null"),
        _ => false,
    };
    let null_const = object.get("const").is_some_and(Value::is_null);
    let null_enum =
        object.get("enum").and_then(Value::as_array).is_some_and(|v| !v.is_empty() && v.iter().all(Value::is_null));
    null_type || null_const || null_enum
}

/// A `type` list: `"null"` in it makes the schema nullable, and several other types become alternatives.
fn type_list(object: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = object.get("type") else {
        if object.get("type").is_some_and(|t| t == "null") {
            object.remove("type");
            object.insert("nullable".into(), Value::Bool(true));
        }
        return;
    };
    let mut named: Vec<String> =
        types.iter().filter_map(Value::as_str).filter(|t| *t != "null").map(str::to_owned).collect();
    named.dedup();
    if named.len() < types.len() {
        object.insert("nullable".into(), Value::Bool(true));
    }
    // An integer is a number: the wider type holds both.
    if named.iter().any(|t| t == "number") {
        named.retain(|t| t != "integer");
    }
    object.remove("type");
    match named.as_slice() {
        [] => {}
        [single] => {
            object.insert("type".into(), Value::String(single.clone()));
        }
        _ if object.contains_key("anyOf") || object.contains_key("oneOf") => {}
        several => {
            let alternatives = several
                .iter()
                .map(|ty| {
                    let mut alternative = Map::new();
                    alternative.insert("type".into(), Value::String(ty.clone()));
                    for (key, value) in object.iter().filter(|(key, _)| belongs_to(key, ty)) {
                        alternative.insert(key.clone(), value.clone());
                    }
                    Value::Object(alternative)
                })
                .collect();
            object.retain(|key, _| !several.iter().any(|ty| belongs_to(key, ty)));
            object.insert("anyOf".into(), Value::Array(alternatives));
        }
    }
}

/// `examples` (a list) as the single `example` of OpenAPI 3.0.
fn examples(object: &mut Map<String, Value>) {
    if object.contains_key("example") {
        return;
    }
    if let Some(first) = object.get("examples").and_then(Value::as_array).and_then(|list| list.first()) {
        let first = first.clone();
        object.insert("example".into(), first);
    }
}

/// A numeric `exclusiveMinimum` (or maximum) as the bound with the boolean flag; a bound looser than the inclusive
/// one beside it adds nothing and goes.
fn exclusive_bound(object: &mut Map<String, Value>, exclusive: &str, inclusive: &str, tighter: fn(f64, f64) -> bool) {
    let Some(Value::Number(bound)) = object.get(exclusive) else { return };
    let bound = bound.clone();
    let limit = object.get(inclusive).and_then(Value::as_f64);
    let applies = match (bound.as_f64(), limit) {
        (Some(bound), Some(limit)) => tighter(bound, limit),
        _ => true,
    };
    if applies {
        object.insert(inclusive.into(), Value::Number(bound));
        object.insert(exclusive.into(), Value::Bool(true));
    } else {
        object.remove(exclusive);
    }
}

/// `contentEncoding: base64` is the `byte` format; a string of another media type without an encoding is raw
/// bytes, the `binary` format.
fn content(object: &mut Map<String, Value>) {
    if object.contains_key("format") || object.get("type").is_some_and(|t| t != "string") {
        return;
    }
    let encoding = object.get("contentEncoding").and_then(Value::as_str);
    let media = object.get("contentMediaType").and_then(Value::as_str);
    let format = match (encoding, media) {
        (Some("base64" | "base64url"), _) => "byte",
        (None, Some(media)) if !is_text_media(media) => "binary",
        _ => return,
    };
    object.insert("type".into(), json!("string"));
    object.insert("format".into(), json!(format));
}

/// Whether a media type is text the client reads as a string (text, JSON, XML).
fn is_text_media(media: &str) -> bool {
    let media = media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
    media.starts_with("text/") || media.ends_with("json") || media.ends_with("xml")
}

/// `unevaluatedProperties` and `patternProperties` as the `additionalProperties` they amount to for a client:
/// properties beyond the listed ones, of the given type (patterns are not checked).
fn extra_properties(object: &mut Map<String, Value>) {
    if let Some(unevaluated) = object.remove("unevaluatedProperties") {
        if !object.contains_key("additionalProperties") && unevaluated != Value::Bool(true) {
            object.insert("additionalProperties".into(), unevaluated);
        }
    }
    let Some(Value::Object(patterns)) = object.remove("patternProperties") else { return };
    if object.get("additionalProperties").is_some_and(|a| a != &Value::Bool(false)) || patterns.is_empty() {
        return;
    }
    let mut schemas = distinct(patterns.into_values());
    let value = if schemas.len() == 1 { schemas.swap_remove(0) } else { json!({ "anyOf": schemas }) };
    object.insert("additionalProperties".into(), value);
}

/// `prefixItems` (a tuple): a list whose items are any of the positions' types, and of `items` after them.
fn prefix_items(object: &mut Map<String, Value>) {
    let Some(Value::Array(positions)) = object.remove("prefixItems") else { return };
    let rest = object.remove("items").filter(|items| items != &Value::Bool(false));
    let mut schemas = distinct(positions.into_iter().chain(rest));
    let items = match schemas.len() {
        0 => json!({}),
        1 => schemas.swap_remove(0),
        _ => json!({ "anyOf": schemas }),
    };
    object.insert("type".into(), json!("array"));
    object.insert("items".into(), items);
}

/// The schemas without repeats, in order; compared by their text, so in time linear in their size.
fn distinct(schemas: impl Iterator<Item = Value>) -> Vec<Value> {
    let mut seen = std::collections::HashSet::new();
    schemas.filter(|schema| seen.insert(schema.to_string())).collect()
}

/// A `$ref` with keywords beside it (a description, `nullable`, more properties) applies both: the reference
/// becomes an `allOf` member (the last, so the others keep their places), which the reader reads as that type with
/// the siblings' documentation. Returns the member's index.
fn reference_with_siblings(object: &mut Map<String, Value>) -> Option<usize> {
    if !object.contains_key("$ref")
        || object.keys().all(|key| REFERENCE_ANNOTATIONS.contains(&key.as_str()) || key.starts_with("x-"))
    {
        return None;
    }
    let member = json!({ "$ref": object.remove("$ref")? });
    match object.get_mut("allOf") {
        Some(Value::Array(members)) => {
            members.push(member);
            Some(members.len() - 1)
        }
        _ => {
            object.insert("allOf".into(), Value::Array(vec![member]));
            Some(0)
        }
    }
}

//! Decoding of the strings that stand for types in example bodies.
//!
//! Three dialects occur in real specs: the placeholders Postman's OpenAPI converter writes
//! (`<long>`, `<dateTime>`, `<string,null>`), documentation-style type names (`"integer"`,
//! `"string [date]"`), and literal values (`"2019-09-17T20:25:17Z"`, `"1568751917976"`).

use std::borrow::Cow;

use serde_json::Value;

use super::{Kind, Scalar, Shape};
use crate::ir::IntWidth;

/// What a string found in a JSON example body stands for.
pub fn shape_of_json_string(text: &str) -> Shape {
    if let Some(shape) = placeholder(text).or_else(|| docs_type_name(text)) {
        return shape;
    }
    Shape::of(Kind::Scalar(literal_string(text)))
}

/// What a parameter value (always text in Postman) stands for: placeholders, type names,
/// booleans and numbers written as text, dates, or plain text.
pub fn shape_of_param_value(text: &str) -> Shape {
    if let Some(shape) = placeholder(text).or_else(|| docs_type_name(text)) {
        return shape;
    }
    let trimmed = text.trim();
    let scalar = match trimmed {
        "true" | "false" => Scalar::Bool,
        _ => match literal_string(trimmed) {
            Scalar::NumericString(width) => Scalar::Int(width),
            Scalar::String if is_decimal(trimmed) => Scalar::Float,
            other => other,
        },
    };
    Shape::of(Kind::Scalar(scalar))
}

/// The example with every placeholder or type name (`"<dateTime>"`, `"integer"`) replaced by a
/// concrete value of that type, so that the example can be decoded; literal values are kept. Only
/// what holds a placeholder is copied: an example without one is given back as it is.
pub fn instantiate(value: &Value) -> Cow<'_, Value> {
    match value {
        Value::String(text) => match placeholder(text).or_else(|| docs_type_name(text)) {
            Some(shape) => Cow::Owned(sample_value(&shape, text)),
            None => Cow::Borrowed(value),
        },
        Value::Array(items) => {
            let items: Vec<Cow<'_, Value>> = items.iter().map(instantiate).collect();
            if items.iter().all(|item| matches!(item, Cow::Borrowed(_))) {
                return Cow::Borrowed(value);
            }
            Cow::Owned(Value::Array(items.into_iter().map(Cow::into_owned).collect()))
        }
        Value::Object(map) => {
            let members: Vec<(&String, Cow<'_, Value>)> = map.iter().map(|(k, v)| (k, instantiate(v))).collect();
            if members.iter().all(|(_, member)| matches!(member, Cow::Borrowed(_))) {
                return Cow::Borrowed(value);
            }
            Cow::Owned(Value::Object(members.into_iter().map(|(k, v)| (k.clone(), v.into_owned())).collect()))
        }
        _ => Cow::Borrowed(value),
    }
}

/// A value of the placeholder's type; text placeholders stay as they are (they are valid text).
fn sample_value(shape: &Shape, text: &str) -> Value {
    match &shape.kind {
        Kind::Unknown => Value::Null,
        Kind::Any | Kind::Scalar(Scalar::String) => Value::String(text.to_owned()),
        Kind::Scalar(Scalar::Bool | Scalar::QuotedBool) => Value::Bool(true),
        Kind::Scalar(
            Scalar::Int(IntWidth::I64 | IntWidth::U64)
            | Scalar::Numeral
            | Scalar::LenientInt(_)
            | Scalar::NumericString(_)
            | Scalar::QuotedNumber,
        ) => Value::from(1_568_751_917_976_i64),
        Kind::Scalar(Scalar::Int(_)) => Value::from(30),
        Kind::Scalar(Scalar::Float) => Value::from(1.5),
        Kind::Scalar(Scalar::Date) => Value::String("2019-09-17".into()),
        Kind::Scalar(Scalar::DateTime) => Value::String("2019-09-17T20:25:17Z".into()),
        Kind::Array(_) => Value::Array(Vec::new()),
        Kind::Object(_) => Value::Object(serde_json::Map::new()),
    }
}

/// A converter placeholder such as `<long>`, `<string,null>` or `<string,null-date-time>`.
fn placeholder(text: &str) -> Option<Shape> {
    let inner = text.strip_prefix('<')?.strip_suffix('>')?;
    if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '_')) {
        return None;
    }
    let mut nullable = false;
    let mut kind = None;
    for part in inner.split(',') {
        let name = if part == "null" {
            nullable = true;
            continue;
        } else if let Some(format) = part.strip_prefix("null-") {
            // `null-date-time`: the 3.1 converter appends the format to the null member.
            nullable = true;
            format
        } else {
            part
        };
        let this = placeholder_kind(name, kind.as_ref());
        kind = Some(this);
    }
    Some(Shape { kind: kind.unwrap_or(Kind::Unknown), nullable })
}

/// The kind one placeholder word names; `previous` is the type already read from an earlier member,
/// which a bare format refines (`<string,null-date-time>`).
fn placeholder_kind(word: &str, previous: Option<&Kind>) -> Kind {
    let scalar = |s| Kind::Scalar(s);
    match word {
        "int32" | "int8" | "int16" => scalar(Scalar::Int(IntWidth::I32)),
        "long" | "int64" => scalar(Scalar::Int(IntWidth::I64)),
        // Postman's converter writes `<integer>` for `int32`, `uint64` and integers without a format
        // alike: only the exact number is safe.
        "integer" => scalar(Scalar::Numeral),
        "number" | "double" | "float" | "decimal" => scalar(Scalar::Float),
        "boolean" => scalar(Scalar::Bool),
        "date" => scalar(Scalar::Date),
        "dateTime" | "date-time" => scalar(Scalar::DateTime),
        "object" => Kind::Object(Default::default()),
        "array" => Kind::Array(Box::new(Shape::of(Kind::Unknown))),
        "element" => Kind::Unknown,
        // Every other word is a string format (uuid, uri, email, hostname, byte, a custom one…).
        _ => match previous {
            Some(kind @ Kind::Scalar(Scalar::Int(_) | Scalar::Numeral | Scalar::Float | Scalar::Bool)) => kind.clone(),
            _ => scalar(Scalar::String),
        },
    }
}

/// Documentation-style type names: `integer`, `string [date]`, `number [double]`, `boolean`.
fn docs_type_name(text: &str) -> Option<Shape> {
    let (base, format) = match text.split_once(' ') {
        Some((base, rest)) => (base, Some(rest.strip_prefix('[')?.strip_suffix(']')?)),
        None => (text, None),
    };
    let kind = match (base, format) {
        ("string", None) => Kind::Scalar(Scalar::String),
        ("integer", None) => Kind::Scalar(Scalar::Int(IntWidth::I64)),
        ("number", None) => Kind::Scalar(Scalar::Float),
        ("boolean", None) => Kind::Scalar(Scalar::Bool),
        ("string" | "integer" | "number", Some(format)) => placeholder_kind(format, Some(&docs_base(base))),
        _ => return None,
    };
    Some(Shape::of(kind))
}

fn docs_base(base: &str) -> Kind {
    match base {
        "integer" => Kind::Scalar(Scalar::Int(IntWidth::I64)),
        "number" => Kind::Scalar(Scalar::Float),
        _ => Kind::Scalar(Scalar::String),
    }
}

/// Classifies literal text: RFC 3339 date-time, ISO date, numeric string or plain text.
fn literal_string(text: &str) -> Scalar {
    if chrono::DateTime::parse_from_rfc3339(text).is_ok() {
        Scalar::DateTime
    } else if text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
        Scalar::Date
    } else if let Some(width) = integer_width(text) {
        Scalar::NumericString(width)
    } else if matches!(text, "true" | "false") {
        Scalar::QuotedBool
    } else {
        Scalar::String
    }
}

/// The width of an integer written as text, if it is one: `i64`, since a literal says nothing
/// about the width the API uses.
fn integer_width(text: &str) -> Option<IntWidth> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || (digits.len() > 1 && digits.starts_with('0'))
    {
        return None;
    }
    text.parse::<i64>().ok().map(|_| IntWidth::I64)
}

fn is_decimal(text: &str) -> bool {
    text.contains('.')
        && text.parse::<f64>().is_ok_and(f64::is_finite)
        && !text.starts_with('.')
        && !text.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(s: Scalar) -> Shape {
        Shape::of(Kind::Scalar(s))
    }
    const I32: Scalar = Scalar::Int(IntWidth::I32);
    const I64: Scalar = Scalar::Int(IntWidth::I64);

    #[test]
    fn converter_placeholders_map_to_their_types() {
        let cases = [
            ("<string>", scalar(Scalar::String)),
            // The converter writes `<integer>` for int32, uint64 and plain integers: the exact number.
            ("<integer>", scalar(Scalar::Numeral)),
            ("<int32>", scalar(I32)),
            ("<long>", scalar(I64)),
            ("<number>", scalar(Scalar::Float)),
            ("<double>", scalar(Scalar::Float)),
            ("<float>", scalar(Scalar::Float)),
            ("<decimal>", scalar(Scalar::Float)),
            ("<boolean>", scalar(Scalar::Bool)),
            ("<date>", scalar(Scalar::Date)),
            ("<dateTime>", scalar(Scalar::DateTime)),
            ("<uuid>", scalar(Scalar::String)),
            ("<uri>", scalar(Scalar::String)),
            ("<email>", scalar(Scalar::String)),
            ("<binary>", scalar(Scalar::String)),
            ("<my-custom>", scalar(Scalar::String)),
            ("<array>", Shape::of(Kind::Array(Box::new(Shape::of(Kind::Unknown))))),
            ("<object>", Shape::of(Kind::Object(Default::default()))),
        ];
        for (text, expected) in cases {
            assert_eq!(shape_of_json_string(text), expected, "{text}");
        }
    }

    #[test]
    fn nullable_placeholders_keep_type_and_format() {
        assert_eq!(shape_of_json_string("<string,null>"), Shape { kind: Kind::Scalar(Scalar::String), nullable: true });
        assert_eq!(
            shape_of_json_string("<string,null-date-time>"),
            Shape { kind: Kind::Scalar(Scalar::DateTime), nullable: true }
        );
        assert_eq!(shape_of_json_string("<long,null>"), Shape { kind: Kind::Scalar(I64), nullable: true });
        assert_eq!(
            shape_of_json_string("<integer,null>"),
            Shape { kind: Kind::Scalar(Scalar::Numeral), nullable: true }
        );
        assert_eq!(shape_of_json_string("<null>"), Shape { kind: Kind::Unknown, nullable: true });
    }

    #[test]
    fn docs_style_type_names() {
        assert_eq!(shape_of_json_string("string [date]"), scalar(Scalar::Date));
        assert_eq!(shape_of_json_string("string [date-time]"), scalar(Scalar::DateTime));
        // A docs word names no width: i64, unless a format says 32 bits.
        assert_eq!(shape_of_json_string("integer"), scalar(I64));
        assert_eq!(shape_of_json_string("integer [int32]"), scalar(I32));
        assert_eq!(shape_of_json_string("integer [int64]"), scalar(I64));
        assert_eq!(shape_of_json_string("number"), scalar(Scalar::Float));
        assert_eq!(shape_of_json_string("boolean"), scalar(Scalar::Bool));
        assert_eq!(shape_of_json_string("string"), scalar(Scalar::String));
        // Prose that merely starts with a type word is text.
        assert_eq!(shape_of_json_string("string theory"), scalar(Scalar::String));
        assert_eq!(shape_of_json_string("integer [x"), scalar(Scalar::String));
    }

    #[test]
    fn literal_strings() {
        assert_eq!(shape_of_json_string("2019-09-17T20:25:17Z"), scalar(Scalar::DateTime));
        assert_eq!(shape_of_json_string("2016-12-16T05:04:08.470Z"), scalar(Scalar::DateTime));
        assert_eq!(shape_of_json_string("2016-01-16T00:00:00.000+02:00"), scalar(Scalar::DateTime));
        assert_eq!(shape_of_json_string("2019-08-31"), scalar(Scalar::Date));
        assert_eq!(shape_of_json_string("2019-02-31"), scalar(Scalar::String));
        assert_eq!(shape_of_json_string("1568751917976"), scalar(Scalar::NumericString(IntWidth::I64)));
        assert_eq!(shape_of_json_string("42"), scalar(Scalar::NumericString(IntWidth::I64)));
        assert_eq!(shape_of_json_string("007"), scalar(Scalar::String));
        assert_eq!(shape_of_json_string("true"), scalar(Scalar::QuotedBool));
        assert_eq!(shape_of_json_string("True"), scalar(Scalar::String));
        assert_eq!(shape_of_json_string("99999999999999999999999"), scalar(Scalar::String));
        assert_eq!(shape_of_json_string(""), scalar(Scalar::String));
        assert_eq!(shape_of_json_string("<b>bold</b>"), scalar(Scalar::String));
    }

    #[test]
    fn instantiated_examples_hold_values_of_the_placeholder_types() {
        let example = serde_json::json!({
            "from": "string [date]", "at": "<dateTime>", "n": "integer", "ts": "<long>", "ok": "<boolean>",
            "name": "<string>", "literal": "2019-08-31", "nested": [{"x": "<double>", "gone": "<null>"}], "size": 3
        });
        assert_eq!(
            instantiate(&example).into_owned(),
            serde_json::json!({
                "from": "2019-09-17", "at": "2019-09-17T20:25:17Z", "n": 1568751917976_i64, "ts": 1568751917976_i64, "ok": true,
                "name": "<string>", "literal": "2019-08-31", "nested": [{"x": 1.5, "gone": null}], "size": 3
            })
        );
    }

    #[test]
    fn parameter_values() {
        assert_eq!(shape_of_param_value("30"), scalar(I64));
        assert_eq!(shape_of_param_value("5000000000"), scalar(I64));
        assert_eq!(shape_of_param_value("2.5"), scalar(Scalar::Float));
        assert_eq!(shape_of_param_value("false"), scalar(Scalar::Bool));
        assert_eq!(shape_of_param_value("1989-05-07"), scalar(Scalar::Date));
        assert_eq!(shape_of_param_value("<date>"), scalar(Scalar::Date));
        assert_eq!(shape_of_param_value("quis officia in reprehenderit"), scalar(Scalar::String));
        assert_eq!(shape_of_param_value("deleted_messages"), scalar(Scalar::String));
        assert_eq!(shape_of_param_value(""), scalar(Scalar::String));
        assert_eq!(shape_of_param_value("1."), scalar(Scalar::String));
    }
}

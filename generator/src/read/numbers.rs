//! Numbers beyond what a 64-bit integer or float holds (`-9223372036854776000` as a JSON serialiser writes
//! `i64::MIN`, `2^64`, `1e400`) are read clamped to the nearest value that fits, with a warning, instead of making
//! the whole spec unreadable.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::diagnostic::pointer_token;

/// A number that was clamped: where (a JSON pointer, or a byte offset in JSON text), as written, and as read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Clamped {
    pub(super) at: Place,
    pub(super) written: String,
    pub(super) read: String,
}

/// Where a clamped number is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Place {
    Pointer(String),
    Offset(usize),
}

impl Clamped {
    /// The warning's text.
    pub(super) fn message(&self) -> String {
        format!("the number {} does not fit in 64 bits; it is read as {}", self.written, self.read)
    }
}

/// JSON text with every number literal too large for a 64-bit float replaced, in place, by `±1e308` and
/// spaces (so every byte offset stays where it was); `None` when there is none.
pub(super) fn clamp_json_floats(text: &str) -> Option<(String, Vec<Clamped>)> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut clamped = Vec::new();
    let mut copied = 0;
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'"' => {
                // Skip the string, escapes included.
                index += 1;
                while let Some(&inner) = bytes.get(index) {
                    index += if inner == b'\\' { 2 } else { 1 };
                    if inner == b'"' {
                        break;
                    }
                }
            }
            b'-' | b'0'..=b'9' => {
                let end = index
                    + bytes
                        .get(index..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                        .count();
                let literal = text.get(index..end).unwrap_or_default();
                if literal.parse::<f64>().is_ok_and(f64::is_infinite) {
                    let negative = literal.starts_with('-');
                    let replacement = if negative { "-1e308" } else { "1e308" };
                    out.push_str(text.get(copied..index).unwrap_or_default());
                    out.push_str(replacement);
                    out.extend(std::iter::repeat_n(' ', literal.len().saturating_sub(replacement.len())));
                    copied = end;
                    clamped.push(Clamped {
                        at: Place::Offset(index),
                        written: literal.to_owned(),
                        read: replacement.to_owned(),
                    });
                }
                index = end.max(index + 1);
            }
            _ => index += 1,
        }
    }
    if clamped.is_empty() {
        return None;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Some((out, clamped))
}

/// Reads YAML into a JSON value: duplicate keys refused, as `serde_yaml::Value` does, and integers and floats
/// beyond 64 bits clamped and reported in `clamped`.
pub(super) fn yaml_to_json(text: &str) -> Result<(Value, Vec<Clamped>), serde_yaml::Error> {
    let clamped = RefCell::new(Vec::new());
    let value = Node { at: None, clamped: &clamped }.deserialize(serde_yaml::Deserializer::from_str(text))?;
    Ok((value, clamped.into_inner()))
}

/// One step of a pointer, kept on the stack while a node is read, so a pointer is built only when needed.
struct Crumb<'p> {
    parent: Option<&'p Crumb<'p>>,
    token: String,
}

/// Reads one node of a YAML document.
#[derive(Clone, Copy)]
struct Node<'p> {
    at: Option<&'p Crumb<'p>>,
    clamped: &'p RefCell<Vec<Clamped>>,
}

impl Node<'_> {
    fn pointer(&self) -> String {
        let mut tokens = Vec::new();
        let mut crumb = self.at;
        while let Some(step) = crumb {
            tokens.push(step.token.as_str());
            crumb = step.parent;
        }
        tokens.iter().rev().map(|token| format!("/{}", pointer_token(token))).collect()
    }

    fn clamp(&self, written: String, read: Number) -> Value {
        self.clamped.borrow_mut().push(Clamped { at: Place::Pointer(self.pointer()), written, read: read.to_string() });
        Value::Number(read)
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_i128<E>(self, value: i128) -> Result<Value, E> {
        match (i64::try_from(value), u64::try_from(value)) {
            (Ok(value), _) => Ok(Value::Number(value.into())),
            (_, Ok(value)) => Ok(Value::Number(value.into())),
            _ if value < 0 => Ok(self.clamp(value.to_string(), i64::MIN.into())),
            _ => Ok(self.clamp(value.to_string(), u64::MAX.into())),
        }
    }

    fn visit_u128<E>(self, value: u128) -> Result<Value, E> {
        match u64::try_from(value) {
            Ok(value) => Ok(Value::Number(value.into())),
            Err(_) => Ok(self.clamp(value.to_string(), u64::MAX.into())),
        }
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        match Number::from_f64(value) {
            Some(number) => Ok(Value::Number(number)),
            None if value.is_nan() => Ok(Value::Null),
            None => {
                let read = if value < 0.0 { f64::MIN } else { f64::MAX };
                Ok(Number::from_f64(read).map_or(Value::Null, |read| self.clamp(value.to_string(), read)))
            }
        }
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let crumb = Crumb { parent: self.at, token: items.len().to_string() };
            match seq.next_element_seed(Node { at: Some(&crumb), clamped: self.clamped })? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key_seed(self)? {
            let key = match key {
                Value::String(key) => key,
                Value::Number(number) => number.to_string(),
                Value::Bool(flag) => flag.to_string(),
                other => return Err(de::Error::custom(format!("a mapping key must be a string, not {other}"))),
            };
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("duplicate entry with key \"{key}\"")));
            }
            let crumb = Crumb { parent: self.at, token: key };
            let value = map.next_value_seed(Node { at: Some(&crumb), clamped: self.clamped })?;
            out.insert(crumb.token, value);
        }
        Ok(Value::Object(out))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        // A value with a custom tag (`!Tag value`) reads as `{"!Tag": value}`.
        let (tag, variant): (String, _) = data.variant()?;
        let tag = format!("!{}", tag.trim_start_matches('!'));
        let value = variant.newtype_variant_seed(self)?;
        let mut out = Map::new();
        out.insert(tag, value);
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_floats_beyond_f64_are_clamped_in_place() {
        let text = r#"{"a": 1e400, "b": "1e400", "c": -12e999, "d": 1.5}"#;
        let (patched, clamped) = clamp_json_floats(text).unwrap();
        assert_eq!(patched.len(), text.len());
        assert_eq!(patched, r#"{"a": 1e308, "b": "1e400", "c": -1e308 , "d": 1.5}"#);
        assert_eq!(clamped.len(), 2);
        assert_eq!(clamped[0].at, Place::Offset(6));
        assert!(clamp_json_floats(r#"{"a": 1e300}"#).is_none());
    }

    #[test]
    fn yaml_integers_beyond_64_bits_are_clamped_with_their_pointer() {
        let (value, clamped) =
            yaml_to_json("a: {minimum: -9223372036854776000, maximum: 18446744073709551616}\nb: [-.inf]\n").unwrap();
        assert_eq!(value["a"]["minimum"], serde_json::json!(i64::MIN));
        assert_eq!(value["a"]["maximum"], serde_json::json!(u64::MAX));
        assert_eq!(value["b"][0], serde_json::json!(f64::MIN));
        let places: Vec<&Place> = clamped.iter().map(|c| &c.at).collect();
        assert_eq!(
            places,
            [
                &Place::Pointer("/a/minimum".into()),
                &Place::Pointer("/a/maximum".into()),
                &Place::Pointer("/b/0".into())
            ]
        );
    }

    #[test]
    fn yaml_duplicate_keys_are_refused() {
        let error = yaml_to_json("a: 1\na: 2\n").unwrap_err();
        assert!(error.to_string().contains("duplicate entry"), "{error}");
    }
}

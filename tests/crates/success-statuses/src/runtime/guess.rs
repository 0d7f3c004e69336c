// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Fields of types known only from examples: read as the examples showed them when the value fits,
//! else kept as sent.

use super::decode::straight_guesses;
use super::deep::{RawText, nested};

/// A field of a type known only from examples, as the server sent it: a value of the shape the
/// examples showed, or any other value (`null`, another kind, another structure).
pub enum Guess<T> {
    /// The value has the field's type.
    Fits(T),
    /// The value as sent.
    Other(serde_json::Value),
}

/// The name under which serde_json hands a deserializer the raw text of the next value (what its
/// `RawValue` asks for, with its `raw_value` feature). Any other deserializer (a `Value`, serde's
/// buffered content) answers this request with `visit_newtype_struct`, which reads the value as
/// before.
const RAW_TEXT: &str = "$serde_json::private::RawValue";

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Guess<T> {
    /// A scalar type (see [`asks_for_scalar`]) in one pass, from the value as it comes. Any other
    /// type straight from the input inside the first attempt of [`from_json`](super::from_json),
    /// which decodes again when a value does not fit; else from the input's text where the
    /// deserializer offers it (serde_json does): `T` is read from the raw text, and only a value
    /// that does not fit is read again as a `serde_json::Value`. Elsewhere the value is read as a
    /// `Value` first and `T` from it.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if asks_for_scalar::<T>() {
            deserializer.deserialize_any(ScalarGuessVisitor(std::marker::PhantomData))
        } else if straight_guesses() {
            nested(1, || T::deserialize(deserializer)).map(Guess::Fits)
        } else {
            deserializer.deserialize_newtype_struct(RAW_TEXT, GuessVisitor(std::marker::PhantomData))
        }
    }
}

/// Whether `T` asks a deserializer for a scalar (a string, a number, a boolean or a character)
/// before anything else, as `String`, the integers and `Tolerant` do: such a guess is
/// read in one pass, each value handed to `T` as it comes (see [`ScalarGuessVisitor`]).
fn asks_for_scalar<T: serde::de::DeserializeOwned>() -> bool {
    matches!(T::deserialize(Probe), Err(Asked::Scalar))
}

/// A deserializer that holds no value: it only answers what a type asks it for first.
struct Probe;

/// What a type asked [`Probe`] for.
#[derive(Debug)]
enum Asked {
    Scalar,
    Other,
}

impl std::fmt::Display for Asked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Asked::Scalar => "asked for a scalar",
            Asked::Other => "asked for another kind of value",
        })
    }
}

impl std::error::Error for Asked {}

impl serde::de::Error for Asked {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Asked::Other
    }
}

/// `Probe`'s methods: each named one answers `$asked`.
macro_rules! probe_answers {
    ($asked:ident: $($method:ident),*) => {
        $(
            fn $method<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Asked> {
                Err(Asked::$asked)
            }
        )*
    };
}

impl<'de> serde::Deserializer<'de> for Probe {
    type Error = Asked;

    probe_answers!(Scalar: deserialize_bool, deserialize_i8, deserialize_i16, deserialize_i32, deserialize_i64,
        deserialize_i128, deserialize_u8, deserialize_u16, deserialize_u32, deserialize_u64, deserialize_u128,
        deserialize_f32, deserialize_f64, deserialize_char, deserialize_str, deserialize_string);
    probe_answers!(Other: deserialize_any, deserialize_bytes, deserialize_byte_buf, deserialize_option,
        deserialize_unit, deserialize_seq, deserialize_map, deserialize_identifier, deserialize_ignored_any);

    fn deserialize_unit_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value, Asked> {
        Err(Asked::Other)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value, Asked> {
        Err(Asked::Other)
    }

    fn deserialize_tuple<V: serde::de::Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Asked> {
        Err(Asked::Other)
    }

    fn deserialize_tuple_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        _: V,
    ) -> Result<V::Value, Asked> {
        Err(Asked::Other)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Asked> {
        Err(Asked::Other)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Asked> {
        Err(Asked::Other)
    }
}

/// Reads a [`Guess`] of a scalar type in one pass: each scalar as it comes is handed to `T`, and
/// kept as sent when `T` refuses it; an object or array, which no scalar type takes, is kept.
struct ScalarGuessVisitor<T>(std::marker::PhantomData<T>);

impl<T: serde::de::DeserializeOwned> ScalarGuessVisitor<T> {
    /// `T` from one scalar, else the scalar as sent.
    fn fit<'a, D>(scalar: D, sent: impl FnOnce() -> serde_json::Value) -> Guess<T>
    where
        D: serde::Deserializer<'a, Error = serde::de::value::Error>,
    {
        match T::deserialize(scalar) {
            Ok(fits) => Guess::Fits(fits),
            Err(_) => Guess::Other(sent()),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> serde::de::Visitor<'de> for ScalarGuessVisitor<T> {
    type Value = Guess<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Self::fit(serde::de::value::BoolDeserializer::new(v), || serde_json::Value::Bool(v)))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Self::fit(serde::de::value::I64Deserializer::new(v), || serde_json::Value::from(v)))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Self::fit(serde::de::value::U64Deserializer::new(v), || serde_json::Value::from(v)))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Self::fit(serde::de::value::F64Deserializer::new(v), || serde_json::Value::from(v)))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Self::fit(serde::de::value::StrDeserializer::new(v), || serde_json::Value::String(v.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        match T::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(&v)) {
            Ok(fits) => Ok(Guess::Fits(fits)),
            Err(_) => Ok(Guess::Other(serde_json::Value::String(v))),
        }
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(Self::fit(serde::de::value::UnitDeserializer::new(), || serde_json::Value::Null))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        serde::Deserialize::deserialize(deserializer)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let deserializer = serde::de::value::SeqAccessDeserializer::new(seq);
        nested(1, || <serde_json::Value as serde::Deserialize>::deserialize(deserializer)).map(from_value)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let deserializer = serde::de::value::MapAccessDeserializer::new(map);
        nested(1, || <serde_json::Value as serde::Deserialize>::deserialize(deserializer)).map(from_value)
    }
}

/// Reads a [`Guess`] from raw text, or from any value when the deserializer has no raw text.
struct GuessVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: serde::de::DeserializeOwned> serde::de::Visitor<'de> for GuessVisitor<T> {
    type Value = Guess<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    /// serde_json's raw text: one entry, `RAW_TEXT` to the text. A deserializer that forwards the
    /// request to `deserialize_any` gives a real object here, read as one.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let Some(key) = map.next_key::<RawText<'de>>()? else {
            return Ok(from_value(serde_json::Value::Object(serde_json::Map::new())));
        };
        if key.as_str() != RAW_TEXT {
            let mut object = serde_json::Map::new();
            let first = map.next_value()?;
            object.insert(key.into_string(), first);
            while let Some((key, value)) = map.next_entry()? {
                object.insert(key, value);
            }
            return Ok(from_value(serde_json::Value::Object(object)));
        }
        let text: RawText<'de> = map.next_value()?;
        from_text(text.as_str()).map_err(serde::de::Error::custom)
    }

    fn visit_newtype_struct<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        <serde_json::Value as serde::Deserialize>::deserialize(deserializer).map(from_value)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let value =
            <serde_json::Value as serde::Deserialize>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
        Ok(from_value(value))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::Null))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::Null))
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        <serde_json::Value as serde::Deserialize>::deserialize(deserializer).map(from_value)
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::Bool(v)))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::from(v)))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::from(v)))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::from(v)))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::String(v.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(from_value(serde_json::Value::String(v)))
    }
}

/// Whether raw text or a value opens an object or array, a level deeper; a scalar ends here.
fn opens_level(first: Option<u8>) -> bool {
    matches!(first, Some(b'{' | b'['))
}

/// `T` read from the raw text of a value that serde_json has already checked, else the value as
/// sent. Only a value nested past serde_json's recursion limit fails.
fn from_text<T: serde::de::DeserializeOwned>(text: &str) -> Result<Guess<T>, serde_json::Error> {
    let read = || match serde_json::from_str::<T>(text) {
        Ok(fits) => Ok(Guess::Fits(fits)),
        Err(_) => serde_json::from_str(text).map(Guess::Other),
    };
    if opens_level(text.trim_start().bytes().next()) { nested(1, read) } else { read() }
}

/// `T` read from a value already buffered, else the value as sent.
fn from_value<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Guess<T> {
    let fits = if value.is_object() || value.is_array() {
        nested(1, || T::deserialize(&value))
    } else {
        T::deserialize(&value)
    };
    match fits {
        Ok(fits) => Guess::Fits(fits),
        Err(_) => Guess::Other(value),
    }
}

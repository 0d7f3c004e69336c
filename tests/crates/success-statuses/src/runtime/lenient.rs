// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Integers that the API sends sometimes as numbers and sometimes as numeric strings, and
//! numbers or booleans that the spec's examples write quoted.

use serde::de::{self, Deserializer, IntoDeserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An integer that arrives either as a JSON number or as a numeric string; it is written back in
/// the form it arrived in, so re-serialising a response changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lenient<T> {
    value: T,
    as_string: bool,
}

impl<T: Copy> Lenient<T> {
    /// A value that is written as a JSON number.
    pub fn new(value: T) -> Self {
        Lenient { value, as_string: false }
    }

    /// The integer.
    pub fn get(self) -> T {
        self.value
    }

    /// Whether it arrived as a string (and will be written back as one).
    pub fn is_string(self) -> bool {
        self.as_string
    }
}

impl<T: Copy> From<T> for Lenient<T> {
    fn from(value: T) -> Self {
        Lenient::new(value)
    }
}

impl<T: fmt::Display> fmt::Display for Lenient<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<T: Serialize + fmt::Display> Serialize for Lenient<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.as_string { serializer.collect_str(&self.value) } else { self.value.serialize(serializer) }
    }
}

impl<'de, T> Deserialize<'de> for Lenient<T>
where
    T: FromStr + TryFrom<i64> + TryFrom<u64>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LenientVisitor<T>(std::marker::PhantomData<T>);

        impl<T> Visitor<'_> for LenientVisitor<T>
        where
            T: FromStr + TryFrom<i64> + TryFrom<u64>,
        {
            type Value = Lenient<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer or a string holding an integer")
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                let value = T::try_from(v).map_err(|_| E::custom(format!("{v} is out of range")))?;
                Ok(Lenient { value, as_string: false })
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                let value = T::try_from(v).map_err(|_| E::custom(format!("{v} is out of range")))?;
                Ok(Lenient { value, as_string: false })
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                let value = v.trim().parse().map_err(|_| E::custom(format!("{v:?} is not an integer")))?;
                Ok(Lenient { value, as_string: true })
            }
        }
        deserializer.deserialize_any(LenientVisitor(std::marker::PhantomData))
    }
}

/// A number or boolean that the spec's examples write quoted (`"30"`, `"true"`), which some
/// servers send bare and others as text. Either form is kept as it arrived and written back
/// unchanged; [`Quoted::get`] reads the value from either.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Quoted<T> {
    /// Sent bare: `30`, `true`.
    Bare(T),

    /// Sent as text: `"30"`, `"true"`, or text that reads as no such value.
    Text(String),
}

impl<T: FromStr + Clone> Quoted<T> {
    /// The value, read from the text when it came quoted; `None` when the text is not one.
    pub fn get(&self) -> Option<T> {
        match self {
            Quoted::Bare(value) => Some(value.clone()),
            Quoted::Text(text) => text.trim().parse().ok(),
        }
    }
}

impl<T> From<T> for Quoted<T> {
    fn from(value: T) -> Self {
        Quoted::Bare(value)
    }
}

impl<T: fmt::Display> fmt::Display for Quoted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quoted::Bare(value) => value.fmt(f),
            Quoted::Text(text) => f.write_str(text),
        }
    }
}

impl<T: Serialize> Serialize for Quoted<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Quoted::Bare(value) => value.serialize(serializer),
            Quoted::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Quoted<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct QuotedVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for QuotedVisitor<T> {
            type Value = Quoted<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, a boolean or text")
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Quoted::Bare)
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Quoted::Bare)
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Quoted::Bare)
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Quoted::Bare)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Quoted::Text(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Quoted::Text(v))
            }
        }
        deserializer.deserialize_any(QuotedVisitor(std::marker::PhantomData))
    }
}

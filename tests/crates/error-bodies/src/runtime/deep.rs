// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Decoding values nested deeper than a thread's stack allows, and the objects of types known only
//! from examples (their fields read as [`Guess`](super::Guess)es).

use super::Guess;

/// Stack one level of types nested inside one another may take while it decodes: in a
/// debug build its frames can take tens of KiB, and a response nested a hundred levels
/// deep would overflow a 2 MiB thread and abort the process.
const LEVEL_BYTES: usize = 128 << 10;

/// The size of each stack segment added when the current one runs low.
const FRESH_STACK_BYTES: usize = 8 << 20;

/// Runs `decode`, which starts `levels` more levels of nesting: on this stack while they
/// fit in what is left of it, else on a fresh segment of this thread's stack. The thread
/// stays the same, so nothing decoded has to be `Send` (a proof rustc cannot finish for
/// many mutually recursive types).
pub(super) fn nested<T>(levels: usize, decode: impl FnOnce() -> T) -> T {
    stacker::maybe_grow((levels + 1) * LEVEL_BYTES, FRESH_STACK_BYTES, decode)
}

/// Deserializes a member held in a `Box`, which starts `LEVELS_MORE` more levels of nesting
/// (1 for a type inside itself, more for a long chain of types), straight from the input
/// and on a fresh stack segment when this one is running low.
pub fn boxed<'de, const LEVELS_MORE: usize, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    nested(LEVELS_MORE, || T::deserialize(deserializer))
}

/// [`boxed`] for an optional member that may be `null`, `null` kept apart from absence.
pub fn boxed_present<'de, const LEVELS_MORE: usize, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    boxed::<LEVELS_MORE, D, T>(deserializer).map(Some)
}

/// The raw text of one value, or a key: borrowed from the input where it can be, else owned.
pub(super) enum RawText<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl RawText<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            RawText::Borrowed(text) => text,
            RawText::Owned(text) => text,
        }
    }

    pub(super) fn into_string(self) -> String {
        match self {
            RawText::Borrowed(text) => text.to_owned(),
            RawText::Owned(text) => text,
        }
    }
}

impl<'de> serde::Deserialize<'de> for RawText<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = RawText<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("the raw text of a JSON value")
            }

            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(RawText::Borrowed(v))
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawText::Owned(v.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(RawText::Owned(v))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// The fields of a local struct that a type known only from examples reads into when all its fields
/// are optional: [`read_object`] hands it each key of the object.
pub trait WireFields<'de>: Default {
    /// Reads the value of the field named `key` with [`field`]; `false` for a key of no field,
    /// whose value the caller keeps among the extra properties.
    fn read<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;
}

/// Reads an object into `W` and the properties none of its fields names, straight from the input:
/// unlike a derive with `#[serde(flatten)]`, the object is not buffered first, so guessed fields
/// read from the input's raw text (see [`Guess`]).
pub fn read_object<'de, D, W>(
    deserializer: D,
    expecting: &'static str,
) -> Result<(W, serde_json::Map<String, serde_json::Value>), D::Error>
where
    D: serde::Deserializer<'de>,
    W: WireFields<'de>,
{
    struct ObjectVisitor<W>(&'static str, std::marker::PhantomData<W>);

    impl<'de, W: WireFields<'de>> serde::de::Visitor<'de> for ObjectVisitor<W> {
        type Value = (W, serde_json::Map<String, serde_json::Value>);

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut wire = W::default();
            let mut extra = serde_json::Map::new();
            while let Some(key) = map.next_key::<RawText<'de>>()? {
                if !wire.read(key.as_str(), &mut map)? {
                    let value = map.next_value()?;
                    extra.insert(key.into_string(), value);
                }
            }
            Ok((wire, extra))
        }
    }
    deserializer.deserialize_map(ObjectVisitor(expecting, std::marker::PhantomData))
}

/// Reads the value of the optional field `name` into `slot`, `null` kept apart from absence; a
/// field sent twice is an error, as serde's derives make it.
pub fn field<'de, A, T>(slot: &mut Option<T>, name: &'static str, map: &mut A) -> Result<(), A::Error>
where
    A: serde::de::MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(serde::de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The public value of a guessed field: a value of another shape than the examples showed reads
/// as absent and is kept among the extra properties under the field's name, so that writing the
/// value back sends it again.
pub fn guessed<T>(
    value: Option<Guess<T>>,
    name: &str,
    extra: &mut serde_json::Map<String, serde_json::Value>,
) -> Option<T> {
    match value? {
        Guess::Fits(fits) => Some(fits),
        Guess::Other(value) => {
            extra.insert(name.to_owned(), value);
            None
        }
    }
}

/// `Deserialize` of a generated struct whose fields are all optional and known only from
/// examples, written once here instead of in every such struct. Given the struct, the text its
/// decode errors name, the field that keeps undescribed properties and each field as
/// `guess name = "key"` (a guess: a value that does not fit is kept among the undescribed
/// properties, see [`guessed`]) or `any name = "key"` (any value fits, `null` apart from absence),
/// it reads the object straight from the input with [`read_object`]; attributes before the
/// struct's name go on the `deserialize` function, and the caller's module imports
/// `serde::Deserialize`, as a models module does. The fields' types are not repeated: the local
/// struct takes one type parameter per field (named after it), inferred from the struct's own
/// fields; inside its impls every path starts at a crate root, as a parameter may be named like
/// a crate or a primitive type (`std`, `bool`). (Only generated crates and the tests below expand it.)
#[allow(unused_macros)]
macro_rules! guessed_object {
    (@slot guess $ty:ident) => { Option<crate::runtime::Guess<$ty>> };
    (@slot any $ty:ident) => { Option<$ty> };
    (@init guess $wire:ident . $field:ident, $key:literal, $extra:ident) => {
        crate::runtime::guessed($wire.$field, $key, &mut $extra)
    };
    (@init any $wire:ident . $field:ident, $key:literal, $extra:ident) => { $wire.$field };
    (
        $(#[$attr:meta])* $name:ident, $expecting:literal, $rest:ident
        { $($kind:ident $field:ident = $key:literal),* $(,)? }
    ) => {
        // `Deserialize` as the models module imports it, with the `Serialize` its structs derive.
        impl<'de> Deserialize<'de> for $name {
            $(#[$attr])*
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #[allow(non_camel_case_types, clippy::builtin_type_shadow)]
                struct Wire<$($field),*> {
                    $($field: crate::runtime::guessed_object!(@slot $kind $field),)*
                }

                #[allow(non_camel_case_types, clippy::builtin_type_shadow)]
                impl<$($field),*> Default for Wire<$($field),*> {
                    fn default() -> Self {
                        Wire { $($field: None,)* }
                    }
                }

                #[allow(non_camel_case_types, clippy::builtin_type_shadow)]
                impl<'de, $($field: ::serde::de::DeserializeOwned),*> crate::runtime::WireFields<'de> for Wire<$($field),*> {
                    fn read<A: ::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &::core::primitive::str,
                        map: &mut A,
                    ) -> ::std::result::Result<::core::primitive::bool, A::Error> {
                        match key {
                            $($key => crate::runtime::field(&mut self.$field, $key, map)?,)*
                            _ => return Ok(false),
                        }
                        Ok(true)
                    }
                }

                // Names the local struct, whose type parameters the fields below then decide.
                #[allow(non_camel_case_types, clippy::builtin_type_shadow)]
                fn wire<$($field),*>(wire: Wire<$($field),*>) -> Wire<$($field),*> {
                    wire
                }

                let (read, mut extra) = crate::runtime::read_object(deserializer, $expecting)?;
                let wire = wire(read);
                Ok(Self {
                    $($field: crate::runtime::guessed_object!(@init $kind wire.$field, $key, extra),)*
                    $rest: extra,
                })
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use guessed_object;

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    /// A struct known only from examples, as the generator writes it; fields named like the crates
    /// and primitive types the macro names (the local struct's type parameters are named after the
    /// fields) still compile: regression cases of `cargo xtask props` and the oracle crates.
    #[derive(Debug, PartialEq)]
    struct Seen {
        name: Option<String>,
        count: Option<i64>,
        note: Option<serde_json::Value>,
        std: Option<bool>,
        serde: Option<bool>,
        bool: Option<bool>,
        str: Option<String>,
        rest: serde_json::Map<String, serde_json::Value>,
    }

    guessed_object!(Seen, "struct Seen", rest {
        guess name = "name", guess count = "n", any note = "note", guess std = "std", guess serde = "serde",
        guess bool = "bool", guess str = "str"
    });

    #[test]
    fn the_macro_reads_guesses_and_keeps_what_does_not_fit() {
        let seen: Seen = serde_json::from_str(r#"{"name": "a", "n": "many", "note": null, "x": 1}"#).unwrap();
        assert_eq!(seen.name.as_deref(), Some("a"));
        // "many" is no i64: the guess gives way and the value is kept as it came.
        assert_eq!(seen.count, None);
        assert_eq!(seen.rest.get("n"), Some(&serde_json::json!("many")));
        assert_eq!(seen.note, Some(serde_json::Value::Null));
        assert_eq!(seen.rest.get("x"), Some(&serde_json::json!(1)));
        let named: Seen = serde_json::from_str(r#"{"std": true, "serde": false, "bool": true, "str": "s"}"#).unwrap();
        assert_eq!(
            (named.std, named.serde, named.bool, named.str.as_deref()),
            (Some(true), Some(false), Some(true), Some("s"))
        );
        let absent: Seen = serde_json::from_str(r#"{"n": 3}"#).unwrap();
        assert_eq!((absent.count, absent.note, absent.name), (Some(3), None, None));
        let error = serde_json::from_str::<Seen>("[]").unwrap_err().to_string();
        assert!(error.contains("struct Seen"), "{error}");
    }
}

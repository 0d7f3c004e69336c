// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Helpers of the models: decoding a JSON body as the client does, optional fields where `null`
//! and absence differ, enums of strings that keep values they do not know, and secrets hidden in
//! `Debug` output.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use serde::de::DeserializeOwned;

/// Why a JSON body did not decode into the type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// JSON path of the value that failed to decode (`.` for the whole body).
    pub path: String,
    /// What was wrong with it.
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.path, self.message)
    }
}

impl std::error::Error for JsonError {}

thread_local! {
    /// Whether the decode running on this thread reads guesses of lists and objects straight from
    /// the input (the first attempt of [`from_json`]).
    static STRAIGHT_GUESSES: Cell<bool> = const { Cell::new(false) };
}

/// Whether guesses of lists and objects read their type straight from the input, failing the
/// decode when a value does not fit, because the caller decodes again if it fails.
pub(super) fn straight_guesses() -> bool {
    STRAIGHT_GUESSES.get()
}

/// Decodes a JSON body as the client decodes a response: a webhook's payload, a body stored
/// earlier. A field of a type known only from examples keeps a value of another shape as sent
/// (see the models' extra properties), and a body that does not decode names the path of the
/// value that failed.
///
/// The body is read at most three times, the cheapest way first: with every guess read straight
/// from the input (a guess that does not fit fails this attempt); then with each guessed list or
/// object read from its raw text, so that one that does not fit is kept; and only a body that
/// still fails, through `serde_path_to_error`, to name the failing value.
pub fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, JsonError> {
    struct Restore(bool);

    impl Drop for Restore {
        fn drop(&mut self) {
            STRAIGHT_GUESSES.set(self.0);
        }
    }

    let straight = {
        let _restore = Restore(STRAIGHT_GUESSES.replace(true));
        serde_json::from_slice(body)
    };
    if let Ok(value) = straight {
        return Ok(value);
    }
    if let Ok(value) = serde_json::from_slice(body) {
        return Ok(value);
    }
    let deserializer = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(deserializer).map_err(|error| JsonError {
        // A body that is not JSON at all fails before any path is entered.
        path: match error.path().to_string() {
            path if path == "?" => ".".to_owned(),
            path => path,
        },
        message: error.into_inner().to_string(),
    })
}

/// Deserializes an optional field that is present and may be `null`, so that `null`
/// (`Some(None)`, or `Some(Value::Null)` for any JSON value) stays apart from absence
/// (`None`, from `#[serde(default)]`).
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Deserializes an enum of strings: `read` turns the text into a known variant or the catch-all
/// that keeps it. One small visitor here serves every such enum, instead of a derived
/// `Deserialize` per enum that buffers the value to try its catch-all variant; a known value is
/// read without copying its text.
pub fn text_enum<'de, D, T>(deserializer: D, read: fn(Cow<'_, str>) -> T) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct TextVisitor<T>(fn(Cow<'_, str>) -> T);

    impl<T> serde::de::Visitor<'_> for TextVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(Cow::Borrowed(v)))
        }

        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<T, E> {
            Ok((self.0)(Cow::Owned(v)))
        }
    }
    deserializer.deserialize_str(TextVisitor(read))
}

/// `Serialize` and `Deserialize` of a generated enum of strings, written once here instead of in
/// every enum: `text_enum_serde!(Shade, Unknown { Light = "light", Dark = "dark" })` writes each
/// listed variant as its text and the catch-all variant (`Unknown(String)`) as the text it keeps,
/// and reads through [`text_enum`]. (Only generated crates and the tests below expand it.)
#[allow(unused_macros)]
macro_rules! text_enum_serde {
    ($name:ident, $other:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(match self {
                    $(Self::$variant => $text,)*
                    Self::$other(text) => text,
                })
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::text_enum(deserializer, |text| match &*text {
                    $($text => Self::$variant,)*
                    _ => Self::$other(text.into_owned()),
                })
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use text_enum_serde;

/// Stands in for a secret field or parameter in `Debug` output.
pub struct Redacted;

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    /// An enum of strings as the generator writes it.
    #[derive(Debug, PartialEq)]
    enum Shade {
        Light,
        Dark,
        Unknown(String),
    }

    text_enum_serde!(Shade, Unknown { Light = "light", Dark = "dark" });

    /// A correction may leave an enum no known value: it keeps every text as it is.
    #[derive(Debug, PartialEq)]
    enum Open {
        Other(String),
    }

    text_enum_serde!(Open, Other {});

    #[test]
    fn the_macro_writes_and_reads_known_and_unknown_values() {
        let read: Vec<Shade> = serde_json::from_str(r#"["light", "d\u0061rk", "dim"]"#).unwrap();
        assert_eq!(read, [Shade::Light, Shade::Dark, Shade::Unknown("dim".into())]);
        assert_eq!(serde_json::to_string(&read).unwrap(), r#"["light","dark","dim"]"#);
        assert_eq!(serde_json::from_str::<Open>(r#""light""#).unwrap(), Open::Other("light".into()));
        assert_eq!(serde_json::to_string(&Open::Other("x".into())).unwrap(), r#""x""#);
        assert!(serde_json::from_str::<Shade>("3").unwrap_err().to_string().contains("expected a string"));
    }
}

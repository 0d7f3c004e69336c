// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Helpers of the models: optional fields where `null` and absence differ, enums of strings that
//! keep values they do not know, and secrets hidden in `Debug` output.

use std::borrow::Cow;
use std::fmt;

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

/// Stands in for a secret field or parameter in `Debug` output.
pub struct Redacted;

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

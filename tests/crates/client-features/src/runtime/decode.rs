// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Helpers of the models: optional fields where `null` and absence differ, and secrets hidden in
//! `Debug` output.

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

/// Stands in for a secret field or parameter in `Debug` output.
pub struct Redacted;

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

//! Dates and date-times that the spec shows only by example: typed when they parse, kept as sent.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A date or date-time known only from the spec's examples. The text is kept exactly as it
/// arrived and written back unchanged; [`Tolerant::get`] is the parsed value, `None` when the
/// text does not parse, so one odd value never makes a whole response undecodable.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tolerant<T> {
    text: String,
    value: Option<T>,
}

impl<T: FromStr> Tolerant<T> {
    /// Keeps `text` and parses it.
    pub fn parse(text: impl Into<String>) -> Self {
        let text = text.into();
        let value = text.parse().ok();
        Tolerant { text, value }
    }
}

impl<T> Tolerant<T> {
    /// The parsed value; `None` when the text is not in the expected format.
    pub fn get(&self) -> Option<&T> {
        self.value.as_ref()
    }

    /// The text as it arrived.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<chrono::NaiveDate> for Tolerant<chrono::NaiveDate> {
    fn from(value: chrono::NaiveDate) -> Self {
        Tolerant { text: value.format("%Y-%m-%d").to_string(), value: Some(value) }
    }
}

impl From<chrono::DateTime<chrono::FixedOffset>> for Tolerant<chrono::DateTime<chrono::FixedOffset>> {
    fn from(value: chrono::DateTime<chrono::FixedOffset>) -> Self {
        let text = value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
        Tolerant { text, value: Some(value) }
    }
}

impl From<chrono::DateTime<chrono::Utc>> for Tolerant<chrono::DateTime<chrono::FixedOffset>> {
    fn from(value: chrono::DateTime<chrono::Utc>) -> Self {
        Tolerant::from(chrono::DateTime::<chrono::FixedOffset>::from(value))
    }
}

impl<T> fmt::Display for Tolerant<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<T> Serialize for Tolerant<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de, T: FromStr> Deserialize<'de> for Tolerant<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Tolerant::parse)
    }
}

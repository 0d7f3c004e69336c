// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

pub type Age = i64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub seq: i64,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pet: Option<Pet>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Kind {
    Pet,

    /// A value this version of the client does not know.
    Unknown(String),
}
crate::runtime::text_enum_serde!(Kind, Unknown { Pet = "pet" });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pet {
    pub kind: Kind,

    #[serde(deserialize_with = "Option::deserialize")]
    pub name: Option<String>,

    /// Age in whole years.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::present"
    )]
    pub age: Option<Option<Age>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PetAdoptedPayload {
    pub pet: Pet,

    #[serde(rename = "adoptedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_at: Option<chrono::DateTime<chrono::FixedOffset>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "animals")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PetFilter {
    pub species: String,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "animals")]
impl PetFilter {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(species: impl Into<String>) -> Self {
        PetFilter {
            species: species.into(),
            limit: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Tag {
    Text(String),
    Integer(i64),
}

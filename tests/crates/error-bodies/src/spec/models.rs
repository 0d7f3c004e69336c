// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

#[cfg(any(feature = "pets", feature = "stores"))]
use serde::{Deserialize, Serialize};

#[cfg(any(feature = "pets", feature = "stores"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorModel {
    pub code: i64,

    pub message: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pet {
    pub id: i64,

    pub name: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidationError {
    pub errors: Vec<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

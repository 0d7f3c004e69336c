// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

#[cfg(feature = "spec-things")]
use serde::{Deserialize, Serialize};

#[cfg(feature = "spec-things")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thing {
    pub id: i64,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

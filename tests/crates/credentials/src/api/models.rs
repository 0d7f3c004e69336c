// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Thing {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new() -> Self {
        Thing {
            name: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `name`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
}

impl std::default::Default for Thing {
    fn default() -> Self {
        Self::new()
    }
}

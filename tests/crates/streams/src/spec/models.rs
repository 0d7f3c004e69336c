// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

#[cfg(feature = "documents")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddDocumentRequest {
    pub title: String,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "documents")]
impl AddDocumentRequest {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(title: impl Into<String>) -> Self {
        AddDocumentRequest {
            title: title.into(),
            file: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `file`.
    pub fn file(mut self, file: Vec<u8>) -> Self {
        self.file = Some(file);
        self
    }
}

#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatRequest {
    pub prompt: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "chat")]
impl ChatRequest {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(prompt: impl Into<String>) -> Self {
        ChatRequest {
            prompt: prompt.into(),
            additional_properties: std::default::Default::default(),
        }
    }
}

#[cfg(feature = "complete")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompleteRequest {
    pub prompt: String,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "complete")]
impl CompleteRequest {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(prompt: impl Into<String>) -> Self {
        CompleteRequest {
            prompt: prompt.into(),
            stream: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `stream`.
    pub fn stream(mut self, stream: bool) -> Self {
        self.stream = Some(stream);
        self
    }
}

#[cfg(feature = "complete")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    pub text: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletionChunk {
    pub delta: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tick {
    pub seq: i64,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

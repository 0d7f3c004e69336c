// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

/// Inferred from example values in the spec (at `/item/1/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CancelOrderDefaultResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<serde_json::Number>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
crate::runtime::guessed_object!(
    CancelOrderDefaultResponse, "struct CancelOrderDefaultResponse",
    additional_properties { guess code = "code", guess message = "message" }
);

/// Inferred from example values in the spec (at `/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetOrderResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Number>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<serde_json::Number>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
crate::runtime::guessed_object!(
    GetOrderResponse, "struct GetOrderResponse", additional_properties { guess id = "id",
    guess total = "total" }
);

/// Inferred from example values in the spec (at `/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetOrderResponse404 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
crate::runtime::guessed_object!(
    GetOrderResponse404, "struct GetOrderResponse404", additional_properties { guess
    message = "message", guess request_id = "request_id", guess hint = "hint" }
);

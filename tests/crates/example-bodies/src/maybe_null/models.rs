// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

#[cfg(any(feature = "maybe-null-items", feature = "maybe-null-count"))]
use serde::{Deserialize, Serialize};

/// Inferred from example values in the spec (at `/item/2/response`), which gives no schema.
#[cfg(feature = "maybe-null-count")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetCountResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<serde_json::Number>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "maybe-null-count")]
crate::runtime::guessed_object!(
    GetCountResponse, "struct GetCountResponse", additional_properties { guess count =
    "count" }
);

/// Inferred from example values in the spec (at `/item/0/response`), which gives no schema.
#[cfg(feature = "maybe-null-items")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetItemResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Number>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "maybe-null-items")]
crate::runtime::guessed_object!(
    GetItemResponse, "struct GetItemResponse", additional_properties { guess id = "id",
    guess name = "name" }
);

/// Inferred from example values in the spec (at `/item/1/response`), which gives no schema.
#[cfg(feature = "maybe-null-items")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListItemsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<GetItemResponse>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "maybe-null-items")]
crate::runtime::guessed_object!(
    ListItemsResponse, "struct ListItemsResponse", additional_properties { guess
    next_page_token = "next_page_token", guess items = "items" }
);

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

#[cfg(
    any(
        feature = "collection-items",
        feature = "collection-settings",
        feature = "collection-note"
    )
)]
use serde::{Deserialize, Serialize};

/// Inferred from example values in the spec (at `/item/3/response`), which gives no schema.
#[cfg(feature = "collection-note")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetNoteResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<serde_json::Number>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "collection-note")]
crate::runtime::guessed_object!(
    GetNoteResponse, "struct GetNoteResponse", additional_properties { guess title =
    "title", guess pages = "pages" }
);

/// Inferred from example values in the spec (at `/item/2/response`), which gives no schema.
#[cfg(feature = "collection-settings")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetSettingsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<crate::Quoted<serde_json::Number>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<crate::Quoted<bool>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<crate::Quoted<serde_json::Number>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "collection-settings")]
crate::runtime::guessed_object!(
    GetSettingsResponse, "struct GetSettingsResponse", additional_properties { guess
    page_size = "page_size", guess enabled = "enabled", guess owner_id = "owner_id",
    guess zip = "zip" }
);

/// Inferred from example values in the spec (at `/item/0/response`), which gives no schema.
#[cfg(feature = "collection-items")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Number>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "collection-items")]
crate::runtime::guessed_object!(
    ItemResponse, "struct ItemResponse", additional_properties { guess id = "id", guess
    name = "name" }
);

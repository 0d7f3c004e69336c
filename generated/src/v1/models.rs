// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatGetRequest {
    /// Archived chat messages access token. Admin who has the view privilege of Archived chat messages will get it.
    pub access_token: String,

    /// Session Id of chat messages.
    pub session_id: String,

    /// Start date.
    pub from: String,

    /// End date.
    pub to: String,

    /// The amount of records returns within a single API call. Defaults to 30. Max of 30 records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<String>,

    /// Used to paginate through large result sets.  A next page token will be returned whenever the set of available chat history list exceeds 100.  The expiration period is 30 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/paths/~1chat~1get/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatGetResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::DateTime<chrono::Utc>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::DateTime<chrono::Utc>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_messages: Option<Vec<ChatMessage>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/paths/~1chat~1list/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatListItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_send_time: Option<crate::Tolerant<chrono::DateTime<chrono::Utc>>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatListRequest {
    /// Archived chat messages access token. Admin who has the view privilege of Archived chat messages will get it.
    pub access_token: String,

    /// Start date.
    pub from: String,

    /// End date.
    pub to: String,

    /// The amount of records returns within a single API call. Defaults to 30. Max of 30 records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<String>,

    /// Email query condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,

    /// Used to paginate through large result sets.  A next page token will be returned whenever the set of available chat history list exceeds 100.  The expiration period is 30 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/paths/~1chat~1list/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::DateTime<chrono::Utc>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::DateTime<chrono::Utc>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_list: Option<Vec<ChatListItem>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/paths/~1chat~1get/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatMessage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<crate::Tolerant<chrono::DateTime<chrono::Utc>>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

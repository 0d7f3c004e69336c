// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Serialize, Deserialize)]
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

impl std::fmt::Debug for ChatGetRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChatGetRequest")
            .field("access_token", &crate::runtime::Redacted)
            .field("session_id", &self.session_id)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("page_size", &self.page_size)
            .field("next_page_token", &self.next_page_token)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}

/// Inferred from example values in the spec (at `/paths/~1chat~1get/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatGetResponse {
    pub session_id: String,

    pub group_name: String,

    pub from: chrono::DateTime<chrono::Utc>,

    pub to: chrono::DateTime<chrono::Utc>,

    pub page_size: i32,

    pub page_count: i32,

    pub next_page_token: String,

    pub chat_messages: Vec<ChatMessage>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/paths/~1chat~1list/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatListItem {
    pub session_id: String,

    pub r#type: String,

    pub participants: String,

    pub group_name: String,

    pub last_message_send_time: chrono::DateTime<chrono::Utc>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
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

impl std::fmt::Debug for ChatListRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChatListRequest")
            .field("access_token", &crate::runtime::Redacted)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("page_size", &self.page_size)
            .field("email", &self.email)
            .field("next_page_token", &self.next_page_token)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}

/// Inferred from example values in the spec (at `/paths/~1chat~1list/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatListResponse {
    pub from: chrono::DateTime<chrono::Utc>,

    pub to: chrono::DateTime<chrono::Utc>,

    pub page_size: i32,

    pub page_count: i32,

    pub next_page_token: String,

    pub chat_list: Vec<ChatListItem>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/paths/~1chat~1get/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub message: String,

    pub sender: String,

    pub date_time: chrono::DateTime<chrono::Utc>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BotMessage {
    pub is_markdown_support: bool,

    pub source: String,

    pub external_sender_email: String,

    pub content: serde_json::Map<String, serde_json::Value>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct File {
    pub file_id: String,

    pub file_name: String,

    pub file_size: i32,

    pub download_url: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetChatMessagesReportsResponse {
    pub from: chrono::NaiveDate,

    pub to: chrono::NaiveDate,

    pub page_size: i32,

    pub next_page_token: String,

    pub messages: Vec<Message>,

    pub edited_messages: Vec<Message>,

    pub deleted_messages: Vec<Message>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/1/item/1/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetImChatMessagesResponse {
    pub from: chrono::NaiveDate,

    pub session_id: String,

    pub to: chrono::NaiveDate,

    pub next_page_token: String,

    pub page_size: i32,

    pub messages: Vec<GetImChatMessagesResponseMessage>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/1/item/1/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetImChatMessagesResponseMessage {
    pub action: String,

    pub action_time: chrono::DateTime<chrono::Utc>,

    pub date_time: chrono::DateTime<chrono::Utc>,

    pub message: String,

    pub sender: String,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/1/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetImChatSessionsResponse {
    pub from: chrono::NaiveDate,

    pub to: chrono::NaiveDate,

    pub page_size: i32,

    pub next_page_token: String,

    pub sessions: Vec<Session>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,

    pub message: String,

    pub sender: String,

    pub date_time: chrono::DateTime<chrono::Utc>,

    pub reply_main_message_id: String,

    pub reply_main_message_timestamp: crate::Lenient<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<File>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_member_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_message: Option<BotMessage>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Inferred from example values in the spec (at `/item/1/item/0/response`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub session_id: String,

    pub r#type: String,

    pub name: String,

    pub last_message_sent_time: chrono::DateTime<chrono::Utc>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

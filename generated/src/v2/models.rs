// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

#[cfg(any(feature = "reports", feature = "im-chat"))]
use serde::{Deserialize, Serialize};

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[cfg(feature = "reports")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BotMessage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_markdown_support: Option<bool>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_sender_email: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<serde_json::Map<String, serde_json::Value>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "reports")]
crate::runtime::guessed_object!(
    BotMessage, "struct BotMessage", additional_properties { guess is_markdown_support =
    "is_markdown_support", guess source = "source", guess external_sender_email =
    "external_sender_email", guess content = "content" }
);

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[cfg(feature = "reports")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct File {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,

    /// Size in bytes (files can be larger than 2 GiB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "reports")]
crate::runtime::guessed_object!(
    File, "struct File", additional_properties { guess file_id = "file_id", guess
    file_name = "file_name", guess file_size = "file_size", guess download_url =
    "download_url" }
);

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[cfg(feature = "reports")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetChatMessagesReportsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::NaiveDate>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::NaiveDate>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,

    /// Absent or empty on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Message>>,

    /// Only returned when `include_fields` contains `edited_messages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_messages: Option<Vec<Message>>,

    /// Only returned when `include_fields` contains `deleted_messages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_messages: Option<Vec<Message>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "reports")]
crate::runtime::guessed_object!(
    GetChatMessagesReportsResponse, "struct GetChatMessagesReportsResponse",
    additional_properties { guess from = "from", guess to = "to", guess page_size =
    "page_size", guess next_page_token = "next_page_token", guess messages = "messages",
    guess edited_messages = "edited_messages", guess deleted_messages =
    "deleted_messages" }
);

/// Inferred from example values in the spec (at `/item/1/item/1/response`), which gives no schema.
#[cfg(feature = "im-chat")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetImChatMessagesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::NaiveDate>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::NaiveDate>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<GetImChatMessagesResponseMessage>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "im-chat")]
crate::runtime::guessed_object!(
    GetImChatMessagesResponse, "struct GetImChatMessagesResponse", additional_properties
    { guess from = "from", guess session_id = "session_id", guess to = "to", guess
    next_page_token = "next_page_token", guess page_size = "page_size", guess messages =
    "messages" }
);

/// Inferred from example values in the spec (at `/item/1/item/1/response`), which gives no schema.
#[cfg(feature = "im-chat")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetImChatMessagesResponseMessage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_time: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "im-chat")]
crate::runtime::guessed_object!(
    GetImChatMessagesResponseMessage, "struct GetImChatMessagesResponseMessage",
    additional_properties { guess action = "action", guess action_time = "action_time",
    guess date_time = "date_time", guess message = "message", guess sender = "sender" }
);

/// Inferred from example values in the spec (at `/item/1/item/0/response`), which gives no schema.
#[cfg(feature = "im-chat")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GetImChatSessionsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::NaiveDate>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::NaiveDate>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<Session>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "im-chat")]
crate::runtime::guessed_object!(
    GetImChatSessionsResponse, "struct GetImChatSessionsResponse", additional_properties
    { guess from = "from", guess to = "to", guess page_size = "page_size", guess
    next_page_token = "next_page_token", guess sessions = "sessions" }
);

/// Values of `include_fields`, as the generation manifest states them.
#[cfg(feature = "reports")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IncludeField {
    EditedMessages,
    DeletedMessages,

    /// A value this version of the client does not know.
    Unknown(String),
}

#[cfg(feature = "reports")]
crate::runtime::text_enum_serde!(
    IncludeField, Unknown { EditedMessages = "edited_messages", DeletedMessages =
    "deleted_messages" }
);

/// Values of `include_fields`, sent comma-separated.
#[cfg(feature = "reports")]
pub type IncludeFieldsList = Vec<IncludeField>;

/// Inferred from example values in the spec (at `/item/0/item/0/response`), which gives no schema.
#[cfg(feature = "reports")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,

    /// The sender's email address; not every message has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

    /// Only set on a reply: the ID of the message it replies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_main_message_id: Option<String>,

    /// Only set on a reply: when the message it replies to was sent, in milliseconds since the epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_main_message_timestamp: Option<crate::Lenient<i64>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<File>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_member_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,

    /// When the message was sent, in milliseconds since the epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,

    /// Only returned for bot messages when `include_bot_message` is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_message: Option<BotMessage>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "reports")]
crate::runtime::guessed_object!(
    Message, "struct Message", additional_properties { guess id = "id", guess message =
    "message", guess sender = "sender", guess date_time = "date_time", guess
    reply_main_message_id = "reply_main_message_id", guess reply_main_message_timestamp =
    "reply_main_message_timestamp", guess files = "files", guess receiver = "receiver",
    guess sender_member_id = "sender_member_id", guess sender_display_name =
    "sender_display_name", guess timestamp = "timestamp", guess bot_message =
    "bot_message" }
);

/// Inferred from example values in the spec (at `/item/1/item/0/response`), which gives no schema.
#[cfg(feature = "im-chat")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Session {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message_sent_time: Option<
        crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
    >,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "im-chat")]
crate::runtime::guessed_object!(
    Session, "struct Session", additional_properties { guess session_id = "session_id",
    guess r#type = "type", guess name = "name", guess last_message_sent_time =
    "last_message_sent_time" }
);

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

impl ChatGetRequest {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(
        access_token: impl Into<String>,
        session_id: impl Into<String>,
        from: impl Into<String>,
        to: impl Into<String>,
    ) -> Self {
        ChatGetRequest {
            access_token: access_token.into(),
            session_id: session_id.into(),
            from: from.into(),
            to: to.into(),
            page_size: None,
            next_page_token: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `page_size`.
    pub fn page_size(mut self, page_size: impl Into<String>) -> Self {
        self.page_size = Some(page_size.into());
        self
    }

    /// Sets `next_page_token`.
    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }
}

/// Inferred from example values in the spec (at `/paths/~1chat~1get/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatGetResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

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
crate::runtime::guessed_object!(
    ChatGetResponse, "struct ChatGetResponse", additional_properties { guess session_id =
    "session_id", guess group_name = "group_name", guess from = "from", guess to = "to",
    guess page_size = "page_size", guess page_count = "page_count", guess next_page_token
    = "next_page_token", guess chat_messages = "chat_messages" }
);

/// Inferred from example values in the spec (at `/paths/~1chat~1list/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    pub last_message_send_time: Option<
        crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
    >,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
crate::runtime::guessed_object!(
    ChatListItem, "struct ChatListItem", additional_properties { guess session_id =
    "session_id", guess r#type = "type", guess participants = "participants", guess
    group_name = "group_name", guess last_message_send_time = "last_message_send_time" }
);

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

impl ChatListRequest {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(
        access_token: impl Into<String>,
        from: impl Into<String>,
        to: impl Into<String>,
    ) -> Self {
        ChatListRequest {
            access_token: access_token.into(),
            from: from.into(),
            to: to.into(),
            page_size: None,
            email: None,
            next_page_token: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `page_size`.
    pub fn page_size(mut self, page_size: impl Into<String>) -> Self {
        self.page_size = Some(page_size.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets `next_page_token`.
    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }
}

/// Inferred from example values in the spec (at `/paths/~1chat~1list/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

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
crate::runtime::guessed_object!(
    ChatListResponse, "struct ChatListResponse", additional_properties { guess from =
    "from", guess to = "to", guess page_size = "page_size", guess page_count =
    "page_count", guess next_page_token = "next_page_token", guess chat_list =
    "chat_list" }
);

/// Inferred from example values in the spec (at `/paths/~1chat~1get/post/responses/200/content/application~1json`), which gives no schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatMessage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
crate::runtime::guessed_object!(
    ChatMessage, "struct ChatMessage", additional_properties { guess message = "message",
    guess sender = "sender", guess date_time = "date_time" }
);

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

impl<'de> Deserialize<'de> for ChatGetResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            session_id: Option<crate::runtime::Guess<String>>,
            group_name: Option<crate::runtime::Guess<String>>,
            from: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            to: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            page_size: Option<crate::runtime::Guess<i64>>,
            page_count: Option<crate::runtime::Guess<i64>>,
            next_page_token: Option<crate::runtime::Guess<String>>,
            chat_messages: Option<crate::runtime::Guess<Vec<self::ChatMessage>>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "session_id" => {
                        crate::runtime::field(&mut self.session_id, "session_id", map)?
                    }
                    "group_name" => {
                        crate::runtime::field(&mut self.group_name, "group_name", map)?
                    }
                    "from" => crate::runtime::field(&mut self.from, "from", map)?,
                    "to" => crate::runtime::field(&mut self.to, "to", map)?,
                    "page_size" => {
                        crate::runtime::field(&mut self.page_size, "page_size", map)?
                    }
                    "page_count" => {
                        crate::runtime::field(&mut self.page_count, "page_count", map)?
                    }
                    "next_page_token" => {
                        crate::runtime::field(
                            &mut self.next_page_token,
                            "next_page_token",
                            map,
                        )?
                    }
                    "chat_messages" => {
                        crate::runtime::field(
                            &mut self.chat_messages,
                            "chat_messages",
                            map,
                        )?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct ChatGetResponse")?;
        Ok(Self {
            session_id: crate::runtime::guessed(
                wire.session_id,
                "session_id",
                &mut extra,
            ),
            group_name: crate::runtime::guessed(
                wire.group_name,
                "group_name",
                &mut extra,
            ),
            from: crate::runtime::guessed(wire.from, "from", &mut extra),
            to: crate::runtime::guessed(wire.to, "to", &mut extra),
            page_size: crate::runtime::guessed(wire.page_size, "page_size", &mut extra),
            page_count: crate::runtime::guessed(
                wire.page_count,
                "page_count",
                &mut extra,
            ),
            next_page_token: crate::runtime::guessed(
                wire.next_page_token,
                "next_page_token",
                &mut extra,
            ),
            chat_messages: crate::runtime::guessed(
                wire.chat_messages,
                "chat_messages",
                &mut extra,
            ),
            additional_properties: extra,
        })
    }
}

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

impl<'de> Deserialize<'de> for ChatListItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            session_id: Option<crate::runtime::Guess<String>>,
            r#type: Option<crate::runtime::Guess<String>>,
            participants: Option<crate::runtime::Guess<String>>,
            group_name: Option<crate::runtime::Guess<String>>,
            last_message_send_time: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "session_id" => {
                        crate::runtime::field(&mut self.session_id, "session_id", map)?
                    }
                    "type" => crate::runtime::field(&mut self.r#type, "type", map)?,
                    "participants" => {
                        crate::runtime::field(
                            &mut self.participants,
                            "participants",
                            map,
                        )?
                    }
                    "group_name" => {
                        crate::runtime::field(&mut self.group_name, "group_name", map)?
                    }
                    "last_message_send_time" => {
                        crate::runtime::field(
                            &mut self.last_message_send_time,
                            "last_message_send_time",
                            map,
                        )?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct ChatListItem")?;
        Ok(Self {
            session_id: crate::runtime::guessed(
                wire.session_id,
                "session_id",
                &mut extra,
            ),
            r#type: crate::runtime::guessed(wire.r#type, "type", &mut extra),
            participants: crate::runtime::guessed(
                wire.participants,
                "participants",
                &mut extra,
            ),
            group_name: crate::runtime::guessed(
                wire.group_name,
                "group_name",
                &mut extra,
            ),
            last_message_send_time: crate::runtime::guessed(
                wire.last_message_send_time,
                "last_message_send_time",
                &mut extra,
            ),
            additional_properties: extra,
        })
    }
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

impl<'de> Deserialize<'de> for ChatListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            from: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            to: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            page_size: Option<crate::runtime::Guess<i64>>,
            page_count: Option<crate::runtime::Guess<i64>>,
            next_page_token: Option<crate::runtime::Guess<String>>,
            chat_list: Option<crate::runtime::Guess<Vec<self::ChatListItem>>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "from" => crate::runtime::field(&mut self.from, "from", map)?,
                    "to" => crate::runtime::field(&mut self.to, "to", map)?,
                    "page_size" => {
                        crate::runtime::field(&mut self.page_size, "page_size", map)?
                    }
                    "page_count" => {
                        crate::runtime::field(&mut self.page_count, "page_count", map)?
                    }
                    "next_page_token" => {
                        crate::runtime::field(
                            &mut self.next_page_token,
                            "next_page_token",
                            map,
                        )?
                    }
                    "chat_list" => {
                        crate::runtime::field(&mut self.chat_list, "chat_list", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct ChatListResponse")?;
        Ok(Self {
            from: crate::runtime::guessed(wire.from, "from", &mut extra),
            to: crate::runtime::guessed(wire.to, "to", &mut extra),
            page_size: crate::runtime::guessed(wire.page_size, "page_size", &mut extra),
            page_count: crate::runtime::guessed(
                wire.page_count,
                "page_count",
                &mut extra,
            ),
            next_page_token: crate::runtime::guessed(
                wire.next_page_token,
                "next_page_token",
                &mut extra,
            ),
            chat_list: crate::runtime::guessed(wire.chat_list, "chat_list", &mut extra),
            additional_properties: extra,
        })
    }
}

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

impl<'de> Deserialize<'de> for ChatMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            message: Option<crate::runtime::Guess<String>>,
            sender: Option<crate::runtime::Guess<String>>,
            date_time: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "message" => {
                        crate::runtime::field(&mut self.message, "message", map)?
                    }
                    "sender" => crate::runtime::field(&mut self.sender, "sender", map)?,
                    "date_time" => {
                        crate::runtime::field(&mut self.date_time, "date_time", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct ChatMessage")?;
        Ok(Self {
            message: crate::runtime::guessed(wire.message, "message", &mut extra),
            sender: crate::runtime::guessed(wire.sender, "sender", &mut extra),
            date_time: crate::runtime::guessed(wire.date_time, "date_time", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for BotMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            is_markdown_support: Option<crate::runtime::Guess<bool>>,
            source: Option<crate::runtime::Guess<String>>,
            external_sender_email: Option<crate::runtime::Guess<String>>,
            content: Option<
                crate::runtime::Guess<serde_json::Map<String, serde_json::Value>>,
            >,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "is_markdown_support" => {
                        crate::runtime::field(
                            &mut self.is_markdown_support,
                            "is_markdown_support",
                            map,
                        )?
                    }
                    "source" => crate::runtime::field(&mut self.source, "source", map)?,
                    "external_sender_email" => {
                        crate::runtime::field(
                            &mut self.external_sender_email,
                            "external_sender_email",
                            map,
                        )?
                    }
                    "content" => {
                        crate::runtime::field(&mut self.content, "content", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct BotMessage")?;
        Ok(Self {
            is_markdown_support: crate::runtime::guessed(
                wire.is_markdown_support,
                "is_markdown_support",
                &mut extra,
            ),
            source: crate::runtime::guessed(wire.source, "source", &mut extra),
            external_sender_email: crate::runtime::guessed(
                wire.external_sender_email,
                "external_sender_email",
                &mut extra,
            ),
            content: crate::runtime::guessed(wire.content, "content", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for File {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            file_id: Option<crate::runtime::Guess<String>>,
            file_name: Option<crate::runtime::Guess<String>>,
            file_size: Option<crate::runtime::Guess<i64>>,
            download_url: Option<crate::runtime::Guess<String>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "file_id" => {
                        crate::runtime::field(&mut self.file_id, "file_id", map)?
                    }
                    "file_name" => {
                        crate::runtime::field(&mut self.file_name, "file_name", map)?
                    }
                    "file_size" => {
                        crate::runtime::field(&mut self.file_size, "file_size", map)?
                    }
                    "download_url" => {
                        crate::runtime::field(
                            &mut self.download_url,
                            "download_url",
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
        >(deserializer, "struct File")?;
        Ok(Self {
            file_id: crate::runtime::guessed(wire.file_id, "file_id", &mut extra),
            file_name: crate::runtime::guessed(wire.file_name, "file_name", &mut extra),
            file_size: crate::runtime::guessed(wire.file_size, "file_size", &mut extra),
            download_url: crate::runtime::guessed(
                wire.download_url,
                "download_url",
                &mut extra,
            ),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetChatMessagesReportsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            from: Option<crate::runtime::Guess<crate::Tolerant<chrono::NaiveDate>>>,
            to: Option<crate::runtime::Guess<crate::Tolerant<chrono::NaiveDate>>>,
            page_size: Option<crate::runtime::Guess<i64>>,
            next_page_token: Option<crate::runtime::Guess<String>>,
            messages: Option<crate::runtime::Guess<Vec<self::Message>>>,
            edited_messages: Option<crate::runtime::Guess<Vec<self::Message>>>,
            deleted_messages: Option<crate::runtime::Guess<Vec<self::Message>>>,
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
                    "next_page_token" => {
                        crate::runtime::field(
                            &mut self.next_page_token,
                            "next_page_token",
                            map,
                        )?
                    }
                    "messages" => {
                        crate::runtime::field(&mut self.messages, "messages", map)?
                    }
                    "edited_messages" => {
                        crate::runtime::field(
                            &mut self.edited_messages,
                            "edited_messages",
                            map,
                        )?
                    }
                    "deleted_messages" => {
                        crate::runtime::field(
                            &mut self.deleted_messages,
                            "deleted_messages",
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
        >(deserializer, "struct GetChatMessagesReportsResponse")?;
        Ok(Self {
            from: crate::runtime::guessed(wire.from, "from", &mut extra),
            to: crate::runtime::guessed(wire.to, "to", &mut extra),
            page_size: crate::runtime::guessed(wire.page_size, "page_size", &mut extra),
            next_page_token: crate::runtime::guessed(
                wire.next_page_token,
                "next_page_token",
                &mut extra,
            ),
            messages: crate::runtime::guessed(wire.messages, "messages", &mut extra),
            edited_messages: crate::runtime::guessed(
                wire.edited_messages,
                "edited_messages",
                &mut extra,
            ),
            deleted_messages: crate::runtime::guessed(
                wire.deleted_messages,
                "deleted_messages",
                &mut extra,
            ),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetImChatMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            from: Option<crate::runtime::Guess<crate::Tolerant<chrono::NaiveDate>>>,
            session_id: Option<crate::runtime::Guess<String>>,
            to: Option<crate::runtime::Guess<crate::Tolerant<chrono::NaiveDate>>>,
            next_page_token: Option<crate::runtime::Guess<String>>,
            page_size: Option<crate::runtime::Guess<i64>>,
            messages: Option<
                crate::runtime::Guess<Vec<self::GetImChatMessagesResponseMessage>>,
            >,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "from" => crate::runtime::field(&mut self.from, "from", map)?,
                    "session_id" => {
                        crate::runtime::field(&mut self.session_id, "session_id", map)?
                    }
                    "to" => crate::runtime::field(&mut self.to, "to", map)?,
                    "next_page_token" => {
                        crate::runtime::field(
                            &mut self.next_page_token,
                            "next_page_token",
                            map,
                        )?
                    }
                    "page_size" => {
                        crate::runtime::field(&mut self.page_size, "page_size", map)?
                    }
                    "messages" => {
                        crate::runtime::field(&mut self.messages, "messages", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetImChatMessagesResponse")?;
        Ok(Self {
            from: crate::runtime::guessed(wire.from, "from", &mut extra),
            session_id: crate::runtime::guessed(
                wire.session_id,
                "session_id",
                &mut extra,
            ),
            to: crate::runtime::guessed(wire.to, "to", &mut extra),
            next_page_token: crate::runtime::guessed(
                wire.next_page_token,
                "next_page_token",
                &mut extra,
            ),
            page_size: crate::runtime::guessed(wire.page_size, "page_size", &mut extra),
            messages: crate::runtime::guessed(wire.messages, "messages", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetImChatMessagesResponseMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            action: Option<crate::runtime::Guess<String>>,
            action_time: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            date_time: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            message: Option<crate::runtime::Guess<String>>,
            sender: Option<crate::runtime::Guess<String>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "action" => crate::runtime::field(&mut self.action, "action", map)?,
                    "action_time" => {
                        crate::runtime::field(&mut self.action_time, "action_time", map)?
                    }
                    "date_time" => {
                        crate::runtime::field(&mut self.date_time, "date_time", map)?
                    }
                    "message" => {
                        crate::runtime::field(&mut self.message, "message", map)?
                    }
                    "sender" => crate::runtime::field(&mut self.sender, "sender", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetImChatMessagesResponseMessage")?;
        Ok(Self {
            action: crate::runtime::guessed(wire.action, "action", &mut extra),
            action_time: crate::runtime::guessed(
                wire.action_time,
                "action_time",
                &mut extra,
            ),
            date_time: crate::runtime::guessed(wire.date_time, "date_time", &mut extra),
            message: crate::runtime::guessed(wire.message, "message", &mut extra),
            sender: crate::runtime::guessed(wire.sender, "sender", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetImChatSessionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            from: Option<crate::runtime::Guess<crate::Tolerant<chrono::NaiveDate>>>,
            to: Option<crate::runtime::Guess<crate::Tolerant<chrono::NaiveDate>>>,
            page_size: Option<crate::runtime::Guess<i64>>,
            next_page_token: Option<crate::runtime::Guess<String>>,
            sessions: Option<crate::runtime::Guess<Vec<self::Session>>>,
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
                    "next_page_token" => {
                        crate::runtime::field(
                            &mut self.next_page_token,
                            "next_page_token",
                            map,
                        )?
                    }
                    "sessions" => {
                        crate::runtime::field(&mut self.sessions, "sessions", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetImChatSessionsResponse")?;
        Ok(Self {
            from: crate::runtime::guessed(wire.from, "from", &mut extra),
            to: crate::runtime::guessed(wire.to, "to", &mut extra),
            page_size: crate::runtime::guessed(wire.page_size, "page_size", &mut extra),
            next_page_token: crate::runtime::guessed(
                wire.next_page_token,
                "next_page_token",
                &mut extra,
            ),
            sessions: crate::runtime::guessed(wire.sessions, "sessions", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl Serialize for IncludeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_str(
                match self {
                    Self::EditedMessages => "edited_messages",
                    Self::DeletedMessages => "deleted_messages",
                    Self::Unknown(text) => text,
                },
            )
    }
}

#[cfg(feature = "reports")]
impl<'de> Deserialize<'de> for IncludeField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::text_enum(
            deserializer,
            |text| match &*text {
                "edited_messages" => Self::EditedMessages,
                "deleted_messages" => Self::DeletedMessages,
                _ => Self::Unknown(text.into_owned()),
            },
        )
    }
}

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
impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            id: Option<crate::runtime::Guess<String>>,
            message: Option<crate::runtime::Guess<String>>,
            sender: Option<crate::runtime::Guess<String>>,
            date_time: Option<
                crate::runtime::Guess<
                    crate::Tolerant<chrono::DateTime<chrono::FixedOffset>>,
                >,
            >,
            reply_main_message_id: Option<crate::runtime::Guess<String>>,
            reply_main_message_timestamp: Option<
                crate::runtime::Guess<crate::Lenient<i64>>,
            >,
            files: Option<crate::runtime::Guess<Vec<self::File>>>,
            receiver: Option<crate::runtime::Guess<String>>,
            sender_member_id: Option<crate::runtime::Guess<String>>,
            sender_display_name: Option<crate::runtime::Guess<String>>,
            timestamp: Option<crate::runtime::Guess<i64>>,
            bot_message: Option<crate::runtime::Guess<self::BotMessage>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "id" => crate::runtime::field(&mut self.id, "id", map)?,
                    "message" => {
                        crate::runtime::field(&mut self.message, "message", map)?
                    }
                    "sender" => crate::runtime::field(&mut self.sender, "sender", map)?,
                    "date_time" => {
                        crate::runtime::field(&mut self.date_time, "date_time", map)?
                    }
                    "reply_main_message_id" => {
                        crate::runtime::field(
                            &mut self.reply_main_message_id,
                            "reply_main_message_id",
                            map,
                        )?
                    }
                    "reply_main_message_timestamp" => {
                        crate::runtime::field(
                            &mut self.reply_main_message_timestamp,
                            "reply_main_message_timestamp",
                            map,
                        )?
                    }
                    "files" => crate::runtime::field(&mut self.files, "files", map)?,
                    "receiver" => {
                        crate::runtime::field(&mut self.receiver, "receiver", map)?
                    }
                    "sender_member_id" => {
                        crate::runtime::field(
                            &mut self.sender_member_id,
                            "sender_member_id",
                            map,
                        )?
                    }
                    "sender_display_name" => {
                        crate::runtime::field(
                            &mut self.sender_display_name,
                            "sender_display_name",
                            map,
                        )?
                    }
                    "timestamp" => {
                        crate::runtime::field(&mut self.timestamp, "timestamp", map)?
                    }
                    "bot_message" => {
                        crate::runtime::field(&mut self.bot_message, "bot_message", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct Message")?;
        Ok(Self {
            id: crate::runtime::guessed(wire.id, "id", &mut extra),
            message: crate::runtime::guessed(wire.message, "message", &mut extra),
            sender: crate::runtime::guessed(wire.sender, "sender", &mut extra),
            date_time: crate::runtime::guessed(wire.date_time, "date_time", &mut extra),
            reply_main_message_id: crate::runtime::guessed(
                wire.reply_main_message_id,
                "reply_main_message_id",
                &mut extra,
            ),
            reply_main_message_timestamp: crate::runtime::guessed(
                wire.reply_main_message_timestamp,
                "reply_main_message_timestamp",
                &mut extra,
            ),
            files: crate::runtime::guessed(wire.files, "files", &mut extra),
            receiver: crate::runtime::guessed(wire.receiver, "receiver", &mut extra),
            sender_member_id: crate::runtime::guessed(
                wire.sender_member_id,
                "sender_member_id",
                &mut extra,
            ),
            sender_display_name: crate::runtime::guessed(
                wire.sender_display_name,
                "sender_display_name",
                &mut extra,
            ),
            timestamp: crate::runtime::guessed(wire.timestamp, "timestamp", &mut extra),
            bot_message: crate::runtime::guessed(
                wire.bot_message,
                "bot_message",
                &mut extra,
            ),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            session_id: Option<crate::runtime::Guess<String>>,
            r#type: Option<crate::runtime::Guess<String>>,
            name: Option<crate::runtime::Guess<String>>,
            last_message_sent_time: Option<
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
                    "name" => crate::runtime::field(&mut self.name, "name", map)?,
                    "last_message_sent_time" => {
                        crate::runtime::field(
                            &mut self.last_message_sent_time,
                            "last_message_sent_time",
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
        >(deserializer, "struct Session")?;
        Ok(Self {
            session_id: crate::runtime::guessed(
                wire.session_id,
                "session_id",
                &mut extra,
            ),
            r#type: crate::runtime::guessed(wire.r#type, "type", &mut extra),
            name: crate::runtime::guessed(wire.name, "name", &mut extra),
            last_message_sent_time: crate::runtime::guessed(
                wire.last_message_sent_time,
                "last_message_sent_time",
                &mut extra,
            ),
            additional_properties: extra,
        })
    }
}

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

impl<'de> Deserialize<'de> for CancelOrderDefaultResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            code: Option<crate::runtime::Guess<serde_json::Number>>,
            message: Option<crate::runtime::Guess<String>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "code" => crate::runtime::field(&mut self.code, "code", map)?,
                    "message" => {
                        crate::runtime::field(&mut self.message, "message", map)?
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct CancelOrderDefaultResponse")?;
        Ok(Self {
            code: crate::runtime::guessed(wire.code, "code", &mut extra),
            message: crate::runtime::guessed(wire.message, "message", &mut extra),
            additional_properties: extra,
        })
    }
}

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

impl<'de> Deserialize<'de> for GetOrderResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            id: Option<crate::runtime::Guess<serde_json::Number>>,
            total: Option<crate::runtime::Guess<serde_json::Number>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "id" => crate::runtime::field(&mut self.id, "id", map)?,
                    "total" => crate::runtime::field(&mut self.total, "total", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetOrderResponse")?;
        Ok(Self {
            id: crate::runtime::guessed(wire.id, "id", &mut extra),
            total: crate::runtime::guessed(wire.total, "total", &mut extra),
            additional_properties: extra,
        })
    }
}

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

impl<'de> Deserialize<'de> for GetOrderResponse404 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            message: Option<crate::runtime::Guess<String>>,
            request_id: Option<crate::runtime::Guess<String>>,
            hint: Option<crate::runtime::Guess<String>>,
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
                    "request_id" => {
                        crate::runtime::field(&mut self.request_id, "request_id", map)?
                    }
                    "hint" => crate::runtime::field(&mut self.hint, "hint", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetOrderResponse404")?;
        Ok(Self {
            message: crate::runtime::guessed(wire.message, "message", &mut extra),
            request_id: crate::runtime::guessed(
                wire.request_id,
                "request_id",
                &mut extra,
            ),
            hint: crate::runtime::guessed(wire.hint, "hint", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetCountResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            count: Option<crate::runtime::Guess<serde_json::Number>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "count" => crate::runtime::field(&mut self.count, "count", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetCountResponse")?;
        Ok(Self {
            count: crate::runtime::guessed(wire.count, "count", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetItemResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            id: Option<crate::runtime::Guess<serde_json::Number>>,
            name: Option<crate::runtime::Guess<String>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "id" => crate::runtime::field(&mut self.id, "id", map)?,
                    "name" => crate::runtime::field(&mut self.name, "name", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetItemResponse")?;
        Ok(Self {
            id: crate::runtime::guessed(wire.id, "id", &mut extra),
            name: crate::runtime::guessed(wire.name, "name", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for ListItemsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            next_page_token: Option<crate::runtime::Guess<String>>,
            items: Option<crate::runtime::Guess<Vec<self::GetItemResponse>>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "next_page_token" => {
                        crate::runtime::field(
                            &mut self.next_page_token,
                            "next_page_token",
                            map,
                        )?
                    }
                    "items" => crate::runtime::field(&mut self.items, "items", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct ListItemsResponse")?;
        Ok(Self {
            next_page_token: crate::runtime::guessed(
                wire.next_page_token,
                "next_page_token",
                &mut extra,
            ),
            items: crate::runtime::guessed(wire.items, "items", &mut extra),
            additional_properties: extra,
        })
    }
}

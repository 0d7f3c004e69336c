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
impl<'de> Deserialize<'de> for GetNoteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            title: Option<crate::runtime::Guess<String>>,
            pages: Option<crate::runtime::Guess<serde_json::Number>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "title" => crate::runtime::field(&mut self.title, "title", map)?,
                    "pages" => crate::runtime::field(&mut self.pages, "pages", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetNoteResponse")?;
        Ok(Self {
            title: crate::runtime::guessed(wire.title, "title", &mut extra),
            pages: crate::runtime::guessed(wire.pages, "pages", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for GetSettingsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        #[derive(Default)]
        struct Wire {
            page_size: Option<crate::runtime::Guess<crate::Quoted<serde_json::Number>>>,
            enabled: Option<crate::runtime::Guess<crate::Quoted<bool>>>,
            owner_id: Option<crate::runtime::Guess<crate::Quoted<serde_json::Number>>>,
            zip: Option<crate::runtime::Guess<String>>,
        }

        impl<'de> crate::runtime::WireFields<'de> for Wire {
            fn read<A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    "page_size" => {
                        crate::runtime::field(&mut self.page_size, "page_size", map)?
                    }
                    "enabled" => {
                        crate::runtime::field(&mut self.enabled, "enabled", map)?
                    }
                    "owner_id" => {
                        crate::runtime::field(&mut self.owner_id, "owner_id", map)?
                    }
                    "zip" => crate::runtime::field(&mut self.zip, "zip", map)?,
                    _ => return Ok(false),
                }
                Ok(true)
            }
        }
        let (wire, mut extra) = crate::runtime::read_object::<
            _,
            Wire,
        >(deserializer, "struct GetSettingsResponse")?;
        Ok(Self {
            page_size: crate::runtime::guessed(wire.page_size, "page_size", &mut extra),
            enabled: crate::runtime::guessed(wire.enabled, "enabled", &mut extra),
            owner_id: crate::runtime::guessed(wire.owner_id, "owner_id", &mut extra),
            zip: crate::runtime::guessed(wire.zip, "zip", &mut extra),
            additional_properties: extra,
        })
    }
}

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
impl<'de> Deserialize<'de> for ItemResponse {
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
        >(deserializer, "struct ItemResponse")?;
        Ok(Self {
            id: crate::runtime::guessed(wire.id, "id", &mut extra),
            name: crate::runtime::guessed(wire.name, "name", &mut extra),
            additional_properties: extra,
        })
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

#[cfg(any(feature = "styles", feature = "pets", feature = "uploads"))]
use serde::{Deserialize, Serialize};

#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Kind {
    Cat,
    Dog,

    /// A value this version of the client does not know.
    Unknown(String),
}

#[cfg(feature = "pets")]
crate::runtime::text_enum_serde!(Kind, Unknown { Cat = "cat", Dog = "dog" });

#[cfg(feature = "pets")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pet {
    pub name: String,

    pub kind: Kind,

    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::present"
    )]
    pub nickname: Option<Option<String>>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "pets")]
impl Pet {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(name: impl Into<String>, kind: Kind) -> Self {
        Pet {
            name: name.into(),
            kind,
            nickname: None,
            age: None,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `nickname`.
    pub fn nickname(mut self, nickname: Option<String>) -> Self {
        self.nickname = Some(nickname);
        self
    }

    /// Sets `age`.
    pub fn age(mut self, age: i64) -> Self {
        self.age = Some(age);
        self
    }
}

#[cfg(feature = "styles")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Range {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "styles")]
pub type Tags = Vec<String>;

#[cfg(feature = "uploads")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UploadRequest {
    pub title: String,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,

    pub file: Vec<u8>,

    /// Properties the spec does not describe, kept so that writing the value back loses nothing.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "uploads")]
impl UploadRequest {
    /// A value with the required fields; the optional ones are set with the methods below.
    pub fn new(title: impl Into<String>, file: Vec<u8>) -> Self {
        UploadRequest {
            title: title.into(),
            count: None,
            file,
            additional_properties: std::default::Default::default(),
        }
    }

    /// Sets `count`.
    pub fn count(mut self, count: i64) -> Self {
        self.count = Some(count);
        self
    }
}

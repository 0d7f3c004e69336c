// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Types of the values the API sends and receives.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    #[serde(rename = "cat")]
    Cat,

    #[serde(rename = "dog")]
    Dog,

    /// A value this version of the client does not know.
    #[serde(untagged)]
    Unknown(String),
}

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

pub type Tags = Vec<String>;

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

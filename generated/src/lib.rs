// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Typed async client for the Zoom Chat API: the v1 API (OpenAPI) and the v2 API (Postman collection).
//!
//! Modules, one per spec:
//!
//! * [`v1`]: Zoom chat (version 1.0.0), from `specs/zoom-chat-v1.openapi.yaml`
//! * [`v2`]: Zoom Chat API, from `specs/zoom-chat-v2.postman_collection.json`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), zoom_chat::Error> {
//! let client = zoom_chat::v1::Client::new()
//!     .with_retry_policy(zoom_chat::RetryPolicy::default());
//! // Each operation is a method of the client; `.send()` sends the request it builds.
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `reports`: [`v2`]: the operations of the group `Reports`
//! * `im-chat`: [`v2`]: the operations of the group `IM Chat`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod v1;

pub mod v2;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use runtime::{Lenient, Quoted};

pub use chrono;

pub use futures_util::{Stream, StreamExt, TryStreamExt};

pub use reqwest;

pub use runtime::Tolerant;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: each OpenAPI 3.2 feature a client meets.
//!
//! Modules, one per spec:
//!
//! * [`openapi32_features`]: Shelter (version 1.0), from `fixtures/openapi32-features.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), shelter_32::Error> {
//! let client = shelter_32::openapi32_features::Client::new()
//!     .with_retry_policy(shelter_32::RetryPolicy::default());
//! # #[cfg(feature = "pets")]
//! let value = client.purge_pets().send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `dogs`: the operations of the group `dogs`
//! * `animals`: the operations of the group `animals`
//! * `pets`: the operations of the group `pets`
//! * `events`: the operations of the group `events`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod openapi32_features;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use runtime::{ByteStream, Event, EventStream};

pub use bytes;

pub use chrono;

pub use futures_util::{Stream, StreamExt, TryStreamExt};

pub use reqwest;

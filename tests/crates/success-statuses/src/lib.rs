// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: every documented success status, from a Postman collection and an OpenAPI document.
//!
//! Modules, one per spec:
//!
//! * [`collection`]: Success statuses, from `fixtures/success-statuses.postman.json`
//! * [`spec`]: Success statuses (version 1.0), from `fixtures/success-statuses.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), success_statuses::Error> {
//! let client = success_statuses::collection::Client::new()
//!     .with_retry_policy(success_statuses::RetryPolicy::default());
//! # #[cfg(feature = "collection-items")]
//! let value = client.create_item().send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `collection-items`: [`collection`]: the operations of the group `items`
//! * `collection-settings`: [`collection`]: the operations of the group `settings`
//! * `collection-note`: [`collection`]: the operations of the group `note`
//! * `collection-wrapped-note`: [`collection`]: the operations of the group `wrapped-note`
//! * `spec-things`: [`spec`]: the operations of the group `things`
//! * `spec-notes`: [`spec`]: the operations of the group `notes`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod collection;

pub mod spec;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use runtime::{Lenient, Quoted};

pub use reqwest;

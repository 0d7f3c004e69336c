// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: documented error answers with typed bodies, from an OpenAPI document and a Postman collection.
//!
//! Modules, one per spec:
//!
//! * [`spec`]: Error bodies (version 1), from `fixtures/error-bodies.openapi.yaml`
//! * [`collection`]: Error bodies, from `fixtures/error-bodies.postman.json`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), error_bodies::Error> {
//! let client = error_bodies::spec::Client::new()
//!     .with_retry_policy(error_bodies::RetryPolicy::default());
//! # #[cfg(feature = "stores")]
//! let value = client.list_stores().send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `pets`: [`spec`]: the operations of the group `pets`
//! * `stores`: [`spec`]: the operations of the group `stores`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod spec;

pub mod collection;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use reqwest;

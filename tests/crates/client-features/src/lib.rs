// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: client features proven on the wire.
//!
//! Modules, one per spec:
//!
//! * [`spec`]: Client features (version 1), from `fixtures/client-features.openapi.yaml`
//! * [`swagger`]: Client features (Swagger) (version 1), from `fixtures/client-features.swagger.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), client_features::Error> {
//! let client = client_features::swagger::Client::new()
//!     .with_retry_policy(client_features::RetryPolicy::default());
//! let value = client.list_formats().send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `styles`: [`spec`]: the operations of the group `styles`
//! * `pets`: [`spec`]: the operations of the group `pets`
//! * `uploads`: [`spec`]: the operations of the group `uploads`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod spec;

pub mod swagger;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use runtime::{FilePart, Upload};

pub use reqwest;

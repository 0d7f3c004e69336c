// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: every kind of credential the client sends.
//!
//! Modules, one per spec:
//!
//! * [`api`]: Credentials (version 1), from `fixtures/credentials-every-kind.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), credentials::Error> {
//! let client = credentials::api::Client::new()
//!     .with_retry_policy(credentials::RetryPolicy::default());
//! let value = client.get_thing().send().await?;
//! # Ok(())
//! # }
//! ```

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod api;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use reqwest;

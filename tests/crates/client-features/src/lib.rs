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

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod spec;

pub mod swagger;

pub use runtime::{
    DecodeError, Error, ErrorBodies, Limits, RequestHook, ResponseValue, RetryPolicy,
    StatusError, Timeouts, TokenFuture, TokenProvider,
};

pub use reqwest;

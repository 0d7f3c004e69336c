// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: response bodies known only from a collection's examples, nullable or stated never null.
//!
//! Modules, one per spec:
//!
//! * [`maybe_null`]: Example bodies, from `fixtures/example-bodies.postman.json`
//! * [`never_null`]: Example bodies, from `fixtures/example-bodies.postman.json`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), example_bodies::Error> {
//! let client = example_bodies::maybe_null::Client::new()
//!     .with_retry_policy(example_bodies::RetryPolicy::default());
//! # #[cfg(feature = "maybe-null-items")]
//! let value = client.list_items().send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `maybe-null-items`: [`maybe_null`]: the operations of the group `items`
//! * `maybe-null-count`: [`maybe_null`]: the operations of the group `count`
//! * `never-null-items`: [`never_null`]: the operations of the group `items`
//! * `never-null-count`: [`never_null`]: the operations of the group `count`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod maybe_null;

pub mod never_null;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use futures_util::{Stream, StreamExt, TryStreamExt};

pub use reqwest;

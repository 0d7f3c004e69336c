// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: server-sent events, streamed downloads and uploads, multipart file parts.
//!
//! Modules, one per spec:
//!
//! * [`spec`]: Streams (version 1.0), from `fixtures/streams.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.
//!
//! # Quick start
//!
//! Make a client of an API module, call an operation, and `.send()` the request it returns:
//!
//! ```no_run
//! # async fn run() -> Result<(), streams::Error> {
//! let client = streams::spec::Client::new()
//!     .with_retry_policy(streams::RetryPolicy::default());
//! # #[cfg(feature = "ticks")]
//! let value = client.watch_ticks().send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo feature, and every feature is on by default. To compile only the groups you call, turn the default off and name them beside the TLS backend the default brings: `default-features = false, features = ["rustls", "…"]`. A model compiles when a group that uses it is on.
//!
//! * `ticks`: the operations of the group `ticks`
//! * `chat`: the operations of the group `chat`
//! * `complete`: the operations of the group `complete`
//! * `files`: the operations of the group `files`
//! * `documents`: the operations of the group `documents`

#![allow(deprecated)]
/// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
/// uses only part of what the files it carries hold.
#[allow(dead_code, unused_imports)]
mod runtime;

pub mod spec;

pub use runtime::{
    DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue,
    Result, RetryPolicy, StatusError, Timeouts, TokenFuture, TokenProvider, from_json,
};

pub use runtime::{ByteStream, Event, EventStream};

pub use runtime::{FilePart, Upload};

pub use bytes;

pub use futures_util::{Stream, StreamExt, TryStreamExt};

pub use reqwest;

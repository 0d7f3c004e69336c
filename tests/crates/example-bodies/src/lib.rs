// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: response bodies known only from a collection's examples, nullable or stated never null.
//!
//! Modules, one per spec:
//!
//! * [`maybe_null`]: Example bodies, from `fixtures/example-bodies.postman.json`
//! * [`never_null`]: Example bodies, from `fixtures/example-bodies.postman.json`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.

#![allow(deprecated)]
mod config;

mod error;

mod runtime;

pub mod maybe_null;

pub mod never_null;

pub use config::{Limits, RetryPolicy, Timeouts};

pub use error::{DecodeError, Error, StatusError};

pub use futures_util::{Stream, StreamExt, TryStreamExt};

pub use reqwest;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: each OpenAPI 3.2 feature a client meets.
//!
//! Modules, one per spec:
//!
//! * [`openapi32_features`]: Shelter (version 1.0), from `fixtures/openapi32-features.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.

#![allow(deprecated)]
mod config;

mod error;

mod runtime;

pub mod openapi32_features;

pub use config::{Limits, RetryPolicy, Timeouts, TokenFuture, TokenProvider};

pub use error::{DecodeError, Error, StatusError};

pub use chrono;

pub use reqwest;

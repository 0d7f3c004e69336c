// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: every kind of credential the client sends.
//!
//! Modules, one per spec:
//!
//! * [`api`]: Credentials (version 1), from `fixtures/credentials-every-kind.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.

#![allow(deprecated)]
mod config;

mod error;

mod runtime;

pub mod api;

pub use config::{Limits, RetryPolicy, Timeouts, TokenFuture, TokenProvider};

pub use error::{DecodeError, Error, StatusError};

pub use reqwest;

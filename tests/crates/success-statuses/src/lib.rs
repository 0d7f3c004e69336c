// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Test fixture: every documented success status, from a Postman collection and an OpenAPI document.
//!
//! Modules, one per spec:
//!
//! * [`collection`]: Success statuses, from `fixtures/success-statuses.postman.json`
//! * [`spec`]: Success statuses (version 1.0), from `fixtures/success-statuses.openapi.yaml`
//!
//! Every operation returns [`Error`] on failure; see its variants for what can go wrong.

#![allow(deprecated)]
mod config;

mod error;

mod lenient;

mod runtime;

pub mod collection;

pub mod spec;

pub use config::{Limits, RetryPolicy, Timeouts};

pub use error::{DecodeError, Error, StatusError};

pub use lenient::{Lenient, Quoted};

pub use reqwest;

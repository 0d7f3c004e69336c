// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Credentials
//!
//! Every kind of credential the generated client can send.
//!
//! Generated from `fixtures/credentials-every-kind.openapi.yaml` (version 1).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Success statuses
//!
//! Operations documenting several success statuses, and an example holding malformed JSON.
//!
//! Generated from `fixtures/success-statuses.openapi.yaml` (version 1.0).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

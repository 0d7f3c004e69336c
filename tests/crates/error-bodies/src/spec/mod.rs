// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Error bodies
//!
//! Error answers documented per status, per class and as `default`, with and without bodies.
//!
//! Generated from `fixtures/error-bodies.openapi.yaml` (version 1).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Success statuses
//!
//! Several saved success statuses, and examples that quote scalars or hold malformed JSON.
//!
//! Generated from `fixtures/success-statuses.postman.json`.

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

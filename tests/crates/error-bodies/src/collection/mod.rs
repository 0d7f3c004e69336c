// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Error bodies
//!
//! Saved error answers with example bodies beside the successes.
//!
//! Generated from `fixtures/error-bodies.postman.json`.

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

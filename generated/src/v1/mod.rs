// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Zoom chat
//!
//! Needs description.
//!
//! Generated from `specs/zoom-chat-v1.openapi.yaml` (version 1.0.0).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

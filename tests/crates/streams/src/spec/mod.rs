// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Streams
//!
//! Server-sent events, streamed downloads and uploads, and multipart file parts.
//!
//! Generated from `fixtures/streams.openapi.yaml` (version 1.0).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Client features
//!
//! Features of the generated client proven on the wire.
//!
//! Generated from `fixtures/client-features.openapi.yaml` (version 1).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

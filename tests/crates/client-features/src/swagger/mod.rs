// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Client features (Swagger)
//!
//! Generated from `fixtures/client-features.swagger.yaml` (version 1).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

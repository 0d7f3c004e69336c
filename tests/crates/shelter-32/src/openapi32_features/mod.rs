// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Shelter
//!
//! Pets waiting for a home.
//!
//! Generated from `fixtures/openapi32-features.openapi.yaml` (version 1.0).

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

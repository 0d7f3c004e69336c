// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Example bodies
//!
//! Response bodies known only from examples: the server may also answer `null` or nothing.
//!
//! Generated from `fixtures/example-bodies.postman.json`.

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Zoom Chat API
//!
//! Developers can use the Zoom Chat API to access chat and chat channel data to build private services or public applications on the Zoom App Marketplace.
//!
//! Generated from `specs/zoom-chat-v2.postman_collection.json`.

mod client;

pub mod models;

pub mod requests;

pub use client::Client;

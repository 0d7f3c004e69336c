//! Generates typed Rust client crates from OpenAPI 3.0 documents and Postman collections.
//!
//! The pipeline, one module per stage: [`read`] a spec into the [`ir`], [`normalise`] it,
//! [`emit`] Rust source, and [`output`] it atomically.

pub mod diagnostic;
pub mod error;
pub mod ir;
pub mod naming;
pub mod read;

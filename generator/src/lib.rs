//! Generates typed Rust client crates from OpenAPI 3.0 documents and Postman collections.
//!
//! The pipeline, one module per stage: [`read`] a spec into the [`ir`], [`normalise`] it,
//! [`emit`] Rust source, and [`output`] it atomically.

pub mod diagnostic;
pub mod error;
pub mod ir;
pub mod naming;
pub mod normalise;
pub mod read;

use std::path::Path;

/// Reads a spec file of any supported format and normalises it: the IR the emitter takes.
pub fn load(path: &Path) -> error::Result<read::Spec> {
    let mut spec = read::read_file(path)?;
    normalise::normalise(&mut spec.api);
    Ok(spec)
}

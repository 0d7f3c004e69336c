//! Generates typed Rust client crates from OpenAPI 3.0 documents and Postman collections.
//!
//! The pipeline, one module per stage: [`read`] a spec into the [`ir`], [`normalise`] it,
//! [`emit`] Rust source, and write it with [`output`]. [`generate`] runs them all for a
//! [`manifest::Manifest`].

// Spec-derived data must never crash the generator: no unwrap, expect, panic or indexing that
// can fail outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::todo,
        clippy::unimplemented,
        clippy::unreachable
    )
)]

pub mod cli;
pub mod diagnostic;
pub mod emit;
pub mod error;
pub mod ir;
pub mod manifest;
pub mod naming;
pub mod normalise;
pub mod output;
pub mod read;

use std::path::Path;

use diagnostic::Diagnostic;
use emit::{ApiModule, Files};
use error::Result;
use manifest::Manifest;

/// Reads a spec file of any supported format and normalises it: the IR the emitter takes.
pub fn load(path: &Path, display: &str, overrides: &read::Overrides) -> Result<read::Spec> {
    let mut spec = read::read_file(path, display, overrides)?;
    let warnings = normalise::normalise(&mut spec.api);
    spec.add_warnings(warnings);
    spec.locate_warnings();
    Ok(spec)
}

/// What generating a crate produced.
#[derive(Debug)]
pub struct Generation {
    /// The crate's files by relative path.
    pub files: Files,
    /// One line of figures per spec.
    pub summaries: Vec<SpecSummary>,
    /// Everything the readers skipped or guessed.
    pub warnings: Vec<Diagnostic>,
}

/// Figures for one spec of a generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecSummary {
    /// The spec as the manifest names it.
    pub spec: String,
    /// The module it became.
    pub module: String,
    /// Number of operations.
    pub operations: usize,
    /// Number of named types.
    pub types: usize,
}

/// Reads every spec of the manifest and emits the crate, in memory.
pub fn generate(manifest: &Manifest) -> Result<Generation> {
    let mut specs = Vec::with_capacity(manifest.apis.len());
    for entry in &manifest.apis {
        specs.push(load(&entry.spec, &entry.display, &entry.overrides)?);
    }
    let modules: Vec<ApiModule<'_>> = manifest
        .apis
        .iter()
        .zip(&specs)
        .map(|(entry, spec)| ApiModule { module: &entry.module, api: &spec.api })
        .collect();
    let files = emit::emit_crate(&manifest.settings, &modules)?;
    let summaries = manifest
        .apis
        .iter()
        .zip(&specs)
        .map(|(entry, spec)| SpecSummary {
            spec: entry.display.clone(),
            module: entry.module.clone(),
            operations: spec.api.operations.len(),
            types: spec.api.types.len(),
        })
        .collect();
    let warnings = specs.into_iter().flat_map(|spec| spec.warnings).collect();
    Ok(Generation { files, summaries, warnings })
}

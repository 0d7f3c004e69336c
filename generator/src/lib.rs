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

pub mod build;
pub mod changes;
pub mod cli;
pub mod diagnostic;
pub mod emit;
pub mod error;
pub mod example;
pub mod ir;
#[cfg(test)]
mod layering_test;
pub mod manifest;
pub mod naming;
pub mod normalise;
pub mod output;
pub mod read;
pub mod surface;

use std::path::Path;

use diagnostic::Diagnostic;
use emit::{ApiModule, Files};
use error::Result;
use manifest::Manifest;
use normalise::corrections::Corrections;
use rayon::iter::{IntoParallelRefIterator, ParallelIterator};

/// Reads a spec file of any supported format and normalises it: the IR the emitter takes, with its warnings
/// located.
pub fn load(path: &Path, display: &str, corrections: &Corrections) -> Result<read::Spec> {
    read::read_file_then(path, display, |spec| name_and_normalise(&mut spec.api, &mut spec.warnings, corrections))
}

/// Names the reader's types (so that its warnings can name them) and normalises the API: the warnings
/// normalisation raised.
fn name_and_normalise(
    api: &mut ir::Api,
    read_warnings: &mut [Diagnostic],
    corrections: &Corrections,
) -> Result<Vec<Diagnostic>> {
    let names = normalise::names::name_read_types(api);
    read_warnings.iter_mut().for_each(|warning| warning.name_types(&names));
    normalise::normalise_with(api, corrections)
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
    /// Every file read, canonical: the specs and the files their `$ref`s name. Writing the crate must
    /// not replace or remove any of them.
    pub read: Vec<std::path::PathBuf>,
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
    // The runtime's `mod.rs` does not depend on the specs: it is printed on a free core while they are read.
    rayon::spawn(emit::print_runtime_ahead);
    // Specs are read on all cores; the first failure in manifest order is the one reported.
    let loaded: Vec<Result<read::Spec>> =
        manifest.apis.par_iter().map(|entry| load(&entry.spec, &entry.display, &entry.overrides)).collect();
    let mut specs = loaded.into_iter().collect::<Result<Vec<_>>>()?;
    let located: Vec<Vec<Diagnostic>> = specs.iter_mut().map(|spec| std::mem::take(&mut spec.warnings)).collect();
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
    let mut warnings = Vec::new();
    for (mut found, entry) in located.into_iter().zip(&manifest.apis) {
        entry.lints.apply(&mut found);
        warnings.extend(found);
    }
    if warnings.iter().any(|w| w.severity == diagnostic::Severity::Error) {
        let deny_warnings = manifest.apis.iter().any(|entry| entry.lints.deny_warnings);
        return Err(error::Error::Denied { diagnostics: warnings, deny_warnings });
    }
    let mut read: Vec<std::path::PathBuf> =
        manifest.apis.iter().filter_map(|entry| entry.spec.canonicalize().ok()).collect();
    read.extend(specs.iter().flat_map(|spec| spec.referenced_files().map(Path::to_owned)));
    read.sort();
    read.dedup();
    Ok(Generation { files, summaries, warnings, read })
}

//! Test-only crate: integration and snapshot tests live in `tests/`. The repository README and the
//! user guide's chapters (`docs/src/`) are included here so that their Rust examples compile (and,
//! unless marked `no_run`, run) as doctests against the generated crate.
#![doc = include_str!("../../README.md")]

/// The user guide's chapters that hold Rust examples, one module each.
pub mod guide {
    #[doc = include_str!("../../docs/src/getting-started.md")]
    pub mod getting_started {}

    #[doc = include_str!("../../docs/src/generated-client.md")]
    pub mod generated_client {}
}

//! Test-only crate: integration and snapshot tests live in `tests/`. The repository README is
//! included here so that its usage example compiles as a doctest.
#![doc = include_str!("../../README.md")]

//! `cargo xtask test-slow`: the tests that start cargo on freshly generated crates, left out of
//! `cargo test --workspace` by the `tests` crate's `slow` feature (see tests/README.md).

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::Context;

/// Runs the `slow` test binary of the `tests` crate, passing `harness` on to the test harness.
pub fn run(root: &Path, harness: &[String]) -> anyhow::Result<ExitCode> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["test", "-p", "tests", "--features", "slow", "--test", "slow", "--"])
        .args(harness)
        .status()
        .context("running cargo test")?;
    Ok(if status.success() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

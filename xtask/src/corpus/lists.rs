//! The reviewed lists under `tests/` that a corpus run reads: the wide specs CI checks, and the specs that cannot
//! generate or compile because of a fault of their own.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// The wide-corpus specs `cargo xtask corpus --ci` checks, one file name a line.
pub const CI_SUBSET: &str = "tests/corpus-ci.txt";
/// Specs expected to fail, `<file> -> <why the spec is at fault>` a line.
pub const EXCEPTIONS: &str = "tests/corpus-exceptions.txt";

/// The meaningful lines of a list: trimmed, without blank lines and `#` comments, with their line numbers.
fn entries(path: &Path) -> Result<Vec<(usize, String)>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim().to_owned()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .collect())
}

/// A list of spec file names.
pub fn read_names(path: &Path) -> Result<HashSet<String>> {
    Ok(entries(path)?.into_iter().map(|(_, line)| line).collect())
}

/// The exception list: spec file name → reason.
pub fn read_exceptions(path: &Path) -> Result<BTreeMap<String, String>> {
    let mut exceptions = BTreeMap::new();
    for (number, line) in entries(path)? {
        let Some((file, reason)) = line.split_once(" -> ") else {
            bail!("{}:{number}: expected `<spec file> -> <reason>`", path.display());
        };
        exceptions.insert(file.trim().to_owned(), reason.trim().to_owned());
    }
    Ok(exceptions)
}

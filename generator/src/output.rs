//! Writing a generated crate: all or nothing, and checking that a written crate is current.

use std::fs;
use std::path::Path;

use crate::emit::Files;
use crate::error::{Error, Result};

mod guard;

pub use guard::check_target;

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_owned(), source }
}

/// Replaces the folder `target` with exactly `files`.
///
/// `target` must be absent, empty or earlier generator output ([`check_target`]). Everything is
/// first written to a temporary folder beside `target`; only when that succeeded is it swapped in.
/// On any error `target` is left as it was, and the temporary folder is removed.
pub fn write_atomically(target: &Path, files: &Files) -> Result<()> {
    check_target(target, &[])?;
    let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(io(parent))?;
    // Dropping the guard removes the staging folder on every error path.
    let staging = tempfile::Builder::new().prefix(".generated-").tempdir_in(parent).map_err(io(parent))?;
    write_all(staging.path(), files)?;
    swap_in(staging.path(), target)?;
    // The staging folder is the target now: nothing is left to remove.
    let _ = staging.keep();
    Ok(())
}

fn write_all(root: &Path, files: &Files) -> Result<()> {
    for (relative, contents) in files {
        let path = root.join(relative);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io(dir))?;
        }
        fs::write(&path, contents).map_err(io(&path))?;
    }
    Ok(())
}

/// Moves `staging` to `target`, keeping the old `target` until the new one is in place.
fn swap_in(staging: &Path, target: &Path) -> Result<()> {
    if fs::symlink_metadata(target).is_err() {
        return fs::rename(staging, target).map_err(io(target));
    }
    let backup = staging.with_extension("old");
    fs::rename(target, &backup).map_err(io(target))?;
    if let Err(source) = fs::rename(staging, target) {
        // Put the previous output back before reporting.
        let _ = fs::rename(&backup, target);
        return Err(Error::Io { path: target.to_owned(), source });
    }
    fs::remove_dir_all(&backup).map_err(io(&backup))
}

/// Files under `target` that differ from `files`: changed, missing or not generated.
pub fn stale_files(target: &Path, files: &Files) -> Result<Vec<String>> {
    let mut stale = Vec::new();
    for (relative, contents) in files {
        match fs::read(target.join(relative)) {
            Ok(current) if current == contents.as_bytes() => {}
            Ok(_) => stale.push(format!("{relative} (differs)")),
            Err(_) => stale.push(format!("{relative} (missing)")),
        }
    }
    for existing in list_files(target, target)? {
        if !files.contains_key(&existing) {
            stale.push(format!("{existing} (not generated)"));
        }
    }
    stale.sort();
    Ok(stale)
}

/// Every file below `dir`, relative to `root`, with `/` separators.
fn list_files(root: &Path, dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else { return Ok(out) };
    for entry in entries {
        let path = entry.map_err(io(dir))?.path();
        if path.is_dir() {
            out.extend(list_files(root, &path)?);
        } else if let Ok(relative) = path.strip_prefix(root) {
            out.push(relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::MARKER;

    fn files(pairs: &[(&str, &str)]) -> Files {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn writes_replace_the_whole_folder_and_check_sees_drift() -> Result<()> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tmp")))?;
        let target = dir.path().join("out");
        let marker = format!("{MARKER}\n");
        write_atomically(&target, &files(&[("Cargo.toml", &marker), ("a.rs", "1"), ("src/b.rs", "2")]))?;
        write_atomically(&target, &files(&[("Cargo.toml", &marker), ("a.rs", "3")]))?;
        assert_eq!(fs::read_to_string(target.join("a.rs")).ok().as_deref(), Some("3"));
        assert!(!target.join("src/b.rs").exists());
        let expected = files(&[("Cargo.toml", &marker), ("a.rs", "4"), ("c.rs", "5")]);
        fs::write(target.join("extra.rs"), "x").map_err(io(&target))?;
        assert_eq!(stale_files(&target, &expected)?, ["a.rs (differs)", "c.rs (missing)", "extra.rs (not generated)"]);
        // Nothing but the target is left beside it.
        let leftovers: Vec<_> = fs::read_dir(dir.path()).map_err(io(dir.path()))?.collect();
        assert_eq!(leftovers.len(), 1);
        Ok(())
    }

    #[test]
    fn a_failed_swap_leaves_no_staging_folder() -> Result<()> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tmp")))?;
        // A file name that cannot be written makes the staging step fail half-way.
        let result = write_atomically(&dir.path().join("out"), &files(&[("a.rs", "1"), ("a.rs/b.rs", "2")]));
        assert!(result.is_err());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).map_err(io(dir.path()))?.collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        Ok(())
    }
}

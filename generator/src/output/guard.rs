//! What `--out` may replace: only an empty folder or one this generator wrote, never the current
//! folder, one of its parents, or a folder holding a spec.

use std::fs;
use std::io::{BufRead, Read};
use std::path::{Component, Path, PathBuf};

use crate::emit::MARKER;
use crate::error::{Error, Result};

/// Refuses `target` unless replacing it destroys nothing the generator did not write: it must not
/// be the current folder or contain it, must not contain any of `specs`, and must be absent, an
/// empty folder, or a folder whose `Cargo.toml` starts with the generator's [`MARKER`].
pub fn check_target(target: &Path, specs: &[PathBuf]) -> Result<()> {
    let refuse = |message: String| Err(Error::Output { path: target.to_owned(), message });
    let io = |source| Error::Io { path: target.to_owned(), source };
    let resolved = resolve(target).map_err(io)?;
    let cwd = std::env::current_dir().and_then(|cwd| resolve(&cwd)).map_err(io)?;
    if cwd.starts_with(&resolved) {
        return refuse("the output folder is the current folder or one of its parents; replacing it would delete your files. Name a new or generated folder".to_owned());
    }
    for spec in specs {
        if resolve(spec).is_ok_and(|spec| spec.starts_with(&resolved)) {
            return refuse(format!(
                "the output folder contains the spec `{}`; replacing it would delete the spec. Name a folder of its own",
                spec.display()
            ));
        }
    }
    let metadata = match fs::metadata(target) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(io(error)),
    };
    if !metadata.is_dir() {
        return refuse("the output path is a file, not a folder; nothing was written".to_owned());
    }
    if is_empty(target).map_err(io)? || is_generated(target) {
        return Ok(());
    }
    refuse(format!(
        "the folder exists and was not written by this generator (its Cargo.toml does not start with `{MARKER}`); \
         refusing to replace it. Name a new or empty folder, or delete this one yourself"
    ))
}

fn is_empty(dir: &Path) -> std::io::Result<bool> {
    Ok(fs::read_dir(dir)?.next().is_none())
}

/// Whether the folder's `Cargo.toml` begins with the generator's marker line.
fn is_generated(dir: &Path) -> bool {
    let Ok(file) = fs::File::open(dir.join("Cargo.toml")) else { return false };
    // The marker is one short line: read no more than it, whatever the file holds.
    let limit = u64::try_from(MARKER.len() + 2).unwrap_or(u64::MAX);
    let mut first = String::new();
    let read = std::io::BufReader::new(file.take(limit)).read_line(&mut first);
    read.is_ok() && first.trim_end_matches(['\r', '\n']) == MARKER
}

/// `path` made absolute, with `.` and `..` applied and symbolic links of its existing part
/// resolved, so that two names of one folder compare equal.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let mut out = PathBuf::new();
    for component in std::path::absolute(path)?.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Prefix(_) | Component::RootDir => out.push(component),
            Component::Normal(name) => {
                out.push(name);
                if let Ok(real) = out.canonicalize() {
                    out = real;
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_applies_dots_and_links() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let real = dir.path().canonicalize()?;
        fs::create_dir(real.join("a"))?;
        assert_eq!(resolve(&real.join("a/../missing/./x"))?, real.join("missing/x"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(real.join("a"), real.join("link"))?;
            assert_eq!(resolve(&real.join("link/new"))?, real.join("a/new"));
        }
        Ok(())
    }
}

//! Folders `--out` may never name, checked before any work: the current folder, one of its parents,
//! a folder holding a spec, and a file.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// Refuses `target` if it is the current folder or contains it, contains any of `specs`, or is a
/// file. What may happen to the files inside it is decided when the crate is written.
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
    Ok(())
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

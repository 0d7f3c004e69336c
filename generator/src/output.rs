//! Writing a generated crate into `--out`, and checking that a written crate is current.
//!
//! The generator owns only the files it wrote, which it lists in a record inside the folder
//! ([`RECORD`]): a later run replaces or removes those and keeps everything else (a `.git/`, the
//! user's own modules and notes), saying what it kept. A folder holding files of others and no record
//! is refused unless [`Options::keep_foreign`] (`--keep-foreign`) is given.
//!
//! All or nothing: the whole crate is first written to a staging folder beside the output folder,
//! and nothing in the output folder changes unless that succeeded. A new output folder is then moved
//! into place in one rename. In an existing one (which may hold files of others, so it is never
//! replaced as a whole) each file is replaced by a rename, so no file is ever half-written; if any
//! step fails, every file is put back as it was. Only a crash during those renames can leave a mix of
//! old and new files, all named by the record, which the next run replaces.
//!
//! A folder that already holds the crate byte for byte is left alone: no file is rewritten, so no
//! modification time changes and cargo has nothing to rebuild.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::emit::Files;
use crate::error::{Error, Result};

mod guard;
mod plan;
mod record;
mod swap;

pub use guard::check_target;
pub use record::RECORD;

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_owned(), source }
}

/// How [`write_atomically`] treats an existing output folder.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Write into a folder that holds files of others and no record of the generator's (a first run
    /// into a non-empty folder); those files are kept.
    pub keep_foreign: bool,
    /// The files the generator read (specs and the files their `$ref`s name): never replaced or removed.
    pub read: Vec<PathBuf>,
}

/// What writing kept besides the crate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Entries of the output folder the generator did not write, all kept: files, and folders
    /// holding none of its files (with a trailing `/`), sorted.
    pub kept: Vec<String>,
    /// The folder held the crate already, byte for byte: nothing was written, so no file's
    /// modification time changed and cargo has nothing to rebuild.
    pub unchanged: bool,
}

impl Written {
    /// What writing did, in one line: `count` files written to `target`, or none as it was current.
    pub fn summary_line(&self, count: usize, target: &Path) -> String {
        if self.unchanged {
            format!("{} is current: its {count} files are what the specs give, none rewritten", target.display())
        } else {
            format!("wrote {count} files to {}", target.display())
        }
    }

    /// One line telling the user what was kept in `target` (the first few by name), if anything was.
    pub fn kept_line(&self, target: &Path) -> Option<String> {
        let count = self.kept.len();
        (count > 0).then(|| {
            let entries = if count == 1 { "1 entry".to_owned() } else { format!("{count} entries") };
            format!(
                "kept {entries} in {} that the generator did not write: {}",
                target.display(),
                plan::named(&self.kept)
            )
        })
    }
}

/// Writes `files` as the crate in the folder `target`, all or nothing (see the module docs).
///
/// `target` is refused if it is the current folder or one of its parents, or a file; files of others
/// in it are kept, and refused when in the way of the crate's files or when the folder has no record
/// of the generator's (unless `options.keep_foreign`). A symbolic link to a folder stays a link: the
/// crate is written into the folder it points to. On any error `target` is left as it was, and the
/// staging folder is removed.
pub fn write_atomically(target: &Path, files: &Files, options: &Options) -> Result<Written> {
    check_target(target, &[])?;
    let files = record::with_record(files);
    if fs::symlink_metadata(target).is_err() {
        write_new(target, &files)?;
        return Ok(Written::default());
    }
    let root = target.canonicalize().map_err(|error| Error::Output {
        path: target.to_owned(),
        message: format!("the output folder cannot be resolved ({error}); a symbolic link must point to a folder"),
    })?;
    let plan = plan::plan(&root, &files, &options.read, options.keep_foreign)?;
    if is_current(&root, &files, &plan.owned) {
        return Ok(Written { kept: plan.foreign, unchanged: true });
    }
    let parent = root.parent().unwrap_or(&root);
    // Both are removed when dropped, on every path; renames need them on the folder's file system.
    let staging = tempdir_in(parent)?;
    let backup = tempdir_in(parent)?;
    write_all(staging.path(), &files)?;
    swap::swap(&root, staging.path(), backup.path(), &files, &plan.owned)?;
    Ok(Written { kept: plan.foreign, unchanged: false })
}

/// Whether `root` holds every file of `files` with the same bytes, and no file the generator wrote
/// before that `files` lacks (which writing would remove).
fn is_current(root: &Path, files: &Files, owned: &[String]) -> bool {
    owned.iter().all(|path| files.contains_key(path))
        && files.iter().all(|(relative, contents)| {
            fs::metadata(root.join(relative)).is_ok_and(|meta| meta.len() == contents.len() as u64)
                && fs::read(root.join(relative)).is_ok_and(|current| current == contents.as_bytes())
        })
}

fn tempdir_in(parent: &Path) -> Result<tempfile::TempDir> {
    tempfile::Builder::new().prefix(".generated-").tempdir_in(parent).map_err(io(parent))
}

/// Writes `files` to the new folder `target`: staged beside it, then moved into place in one rename.
fn write_new(target: &Path, files: &Files) -> Result<()> {
    let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(io(parent))?;
    let staging = tempdir_in(parent)?;
    write_all(staging.path(), files)?;
    fs::rename(staging.path(), target).map_err(io(target))?;
    // The staging folder is the target now: nothing is left to remove.
    let _ = staging.keep();
    Ok(())
}

fn write_all(root: &Path, files: &Files) -> Result<()> {
    // Each folder is made once, not once per file (a folder's files need not follow each other).
    let mut made: HashSet<&Path> = HashSet::new();
    let paths: Vec<(PathBuf, &String)> =
        files.iter().map(|(relative, contents)| (root.join(relative), contents)).collect();
    for (path, contents) in &paths {
        if let Some(dir) = path.parent().filter(|dir| !made.contains(dir)) {
            fs::create_dir_all(dir).map_err(io(dir))?;
            made.insert(dir);
        }
        fs::write(path, contents).map_err(io(path))?;
    }
    Ok(())
}

/// Files under `target` that differ from `files` and their record: changed, missing or not generated.
pub fn stale_files(target: &Path, files: &Files) -> Result<Vec<String>> {
    let files = record::with_record(files);
    let mut stale = Vec::new();
    for (relative, contents) in &files {
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

    fn options() -> Options {
        Options::default()
    }

    /// Every file below `dir` with its contents, sorted.
    fn snapshot(dir: &Path) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        for path in list_files(dir, dir)? {
            out.push((path.clone(), fs::read_to_string(dir.join(&path)).map_err(io(dir))?));
        }
        out.sort();
        Ok(out)
    }

    #[test]
    fn writes_replace_only_recorded_files_and_check_sees_drift() -> Result<()> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tmp")))?;
        let target = dir.path().join("out");
        let marker = format!("{MARKER}\n");
        write_atomically(&target, &files(&[("Cargo.toml", &marker), ("a.rs", "1"), ("src/b/c.rs", "2")]), &options())?;
        fs::write(target.join("mine.rs"), "x").map_err(io(&target))?;
        let written = write_atomically(&target, &files(&[("Cargo.toml", &marker), ("a.rs", "3")]), &options())?;
        assert_eq!(written.kept, ["mine.rs"]);
        assert_eq!(fs::read_to_string(target.join("a.rs")).ok().as_deref(), Some("3"));
        // The removed file's folders, left empty, are removed too.
        assert!(!target.join("src").exists());
        assert_eq!(
            fs::read_to_string(target.join(RECORD)).ok().as_deref().and_then(|r| r.split_once('\n')).map(|r| r.1),
            Some("Cargo.toml\na.rs\n")
        );
        let expected = files(&[("Cargo.toml", &marker), ("a.rs", "4"), ("c.rs", "5")]);
        assert_eq!(
            stale_files(&target, &expected)?,
            [".generated-files (differs)", "a.rs (differs)", "c.rs (missing)", "mine.rs (not generated)"]
        );
        // Nothing but the target is left beside it.
        let leftovers: Vec<_> = fs::read_dir(dir.path()).map_err(io(dir.path()))?.collect();
        assert_eq!(leftovers.len(), 1);
        Ok(())
    }

    #[test]
    fn writing_the_same_crate_again_touches_nothing() -> Result<()> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tmp")))?;
        let target = dir.path().join("out");
        let marker = format!("{MARKER}\n");
        let crate_files = files(&[("Cargo.toml", &marker), ("src/lib.rs", "1")]);
        assert!(!write_atomically(&target, &crate_files, &options())?.unchanged);
        let modified = |path: &str| fs::metadata(target.join(path)).and_then(|meta| meta.modified()).ok();
        let before = modified("src/lib.rs");
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(write_atomically(&target, &crate_files, &options())?.unchanged);
        assert_eq!(modified("src/lib.rs"), before);
        // One changed file, or one file fewer, is written as usual.
        let changed = files(&[("Cargo.toml", &marker), ("src/lib.rs", "2")]);
        assert!(!write_atomically(&target, &changed, &options())?.unchanged);
        assert_eq!(fs::read_to_string(target.join("src/lib.rs")).ok().as_deref(), Some("2"));
        let fewer = files(&[("Cargo.toml", &marker)]);
        assert!(!write_atomically(&target, &fewer, &options())?.unchanged);
        assert!(!target.join("src/lib.rs").exists());
        Ok(())
    }

    #[test]
    fn a_failed_staging_leaves_no_staging_folder() -> Result<()> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tmp")))?;
        // A file name that cannot be written makes the staging step fail half-way.
        let result =
            write_atomically(&dir.path().join("out"), &files(&[("a.rs", "1"), ("a.rs/b.rs", "2")]), &options());
        assert!(result.is_err());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).map_err(io(dir.path()))?.collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        Ok(())
    }

    #[test]
    fn a_swap_that_fails_midway_puts_every_file_back() -> Result<()> {
        let dir = tempfile::tempdir().map_err(io(Path::new("tmp")))?;
        let root = dir.path().join("out");
        write_atomically(&root, &files(&[("a.rs", "1"), ("old/b.rs", "2")]), &options())?;
        fs::write(root.join("NOTES.md"), "mine").map_err(io(&root))?;
        let before = snapshot(&root)?;
        // The staging folder lacks `z/late.rs`: the swap fails after the other files moved.
        let staging = dir.path().join("staging");
        let backup = dir.path().join("backup");
        fs::create_dir(&backup).map_err(io(&backup))?;
        let new = record::with_record(&files(&[("a.rs", "3"), ("new/c.rs", "4"), ("z/late.rs", "5")]));
        write_all(&staging, &new)?;
        fs::remove_file(staging.join("z/late.rs")).map_err(io(&staging))?;
        let owned = ["a.rs".to_owned(), "old/b.rs".to_owned()];
        assert!(swap::swap(&root, &staging, &backup, &new, &owned).is_err());
        assert_eq!(snapshot(&root)?, before);
        assert!(!root.join("new").exists() && !root.join("z").exists());
        Ok(())
    }
}

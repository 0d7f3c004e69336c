//! Moving a staged crate into an existing output folder file by file, keeping what is not the
//! generator's, and putting every old file back if any step fails.
//!
//! The folder itself is never replaced (so a symbolic link to it, an open shell in it or a `.git/`
//! beside the crate are undisturbed). While files move, the record names the old files and the new
//! ones together, so that even an interrupted run leaves no file of the generator's unrecorded: the
//! next run replaces them all.

use std::fs;
use std::path::{Path, PathBuf};

use super::record::RECORD;
use crate::emit::Files;
use crate::error::{Error, Result};

/// The moves done so far, to undo them.
struct Swap<'a> {
    root: &'a Path,
    backup: &'a Path,
    /// The old record moved to the backup.
    record_saved: bool,
    /// The interim record placed in `root`.
    interim_placed: bool,
    /// Old files moved to the backup.
    saved: Vec<&'a str>,
    /// New files moved into `root`.
    placed: Vec<&'a str>,
    /// Folders created in `root`, outermost first.
    created: Vec<PathBuf>,
}

/// Replaces the generator's `owned` files in `root` by `files`, which are written in `staging` (the
/// record among them). `backup` is an empty folder on the same file system for the old files.
pub(super) fn swap(root: &Path, staging: &Path, backup: &Path, files: &Files, owned: &[String]) -> Result<()> {
    let mut swap = Swap {
        root,
        backup,
        record_saved: false,
        interim_placed: false,
        saved: Vec::new(),
        placed: Vec::new(),
        created: Vec::new(),
    };
    match swap.run(staging, files, owned) {
        Ok(()) => {
            swap.remove_emptied(owned, files);
            Ok(())
        }
        Err(error) => {
            let undone = swap.undo();
            Err(match (error, undone) {
                (error, Ok(())) => error,
                (error, Err(undo)) => Error::Output {
                    path: root.to_owned(),
                    message: format!(
                        "{error}; putting the previous files back failed too ({undo}): they are in `{}`",
                        backup.display()
                    ),
                },
            })
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_owned(), source }
}

impl<'a> Swap<'a> {
    fn run(&mut self, staging: &Path, files: &'a Files, owned: &'a [String]) -> Result<()> {
        let record = self.root.join(RECORD);
        let interim = self.backup.join("interim-record");
        let mut union: Vec<&str> = owned.iter().chain(files.keys()).map(String::as_str).collect();
        union.sort_unstable();
        union.dedup();
        let text: String = union.iter().filter(|path| **path != RECORD).map(|path| format!("{path}\n")).collect();
        fs::write(&interim, text).map_err(io(&interim))?;
        if fs::symlink_metadata(&record).is_ok() {
            fs::rename(&record, self.backup.join(RECORD)).map_err(io(&record))?;
            self.record_saved = true;
        }
        fs::rename(&interim, &record).map_err(io(&record))?;
        self.interim_placed = true;
        for path in owned {
            let from = self.root.join(path);
            let to = self.backup.join("files").join(path);
            if let Some(dir) = to.parent() {
                fs::create_dir_all(dir).map_err(io(dir))?;
            }
            fs::rename(&from, &to).map_err(io(&from))?;
            self.saved.push(path);
        }
        // The record goes last: it replaces the interim one only once every file is in place.
        let (records, crate_files): (Vec<_>, Vec<_>) = files.keys().partition(|path| path.as_str() == RECORD);
        for path in crate_files.into_iter().chain(records) {
            let to = self.root.join(path);
            self.create_parents(path)?;
            fs::rename(staging.join(path), &to).map_err(io(&to))?;
            if path != RECORD {
                self.placed.push(path);
            }
        }
        Ok(())
    }

    /// Creates the missing folders of `path` below the root, remembering them.
    fn create_parents(&mut self, path: &str) -> Result<()> {
        let mut dir = self.root.to_owned();
        let parts: Vec<&str> = path.split('/').collect();
        for part in parts.iter().take(parts.len().saturating_sub(1)) {
            dir.push(part);
            if fs::symlink_metadata(&dir).is_err() {
                fs::create_dir(&dir).map_err(io(&dir))?;
                self.created.push(dir.clone());
            }
        }
        Ok(())
    }

    /// Puts the folder back as it was: new files out, old files and record back.
    fn undo(&mut self) -> std::io::Result<()> {
        let mut result = Ok(());
        let mut keep = |step: std::io::Result<()>| {
            if let Err(error) = step {
                result = Err(error);
            }
        };
        for path in self.placed.drain(..).rev() {
            keep(fs::remove_file(self.root.join(path)));
        }
        for dir in self.created.drain(..).rev() {
            keep(fs::remove_dir(dir));
        }
        for path in self.saved.drain(..).rev() {
            keep(fs::rename(self.backup.join("files").join(path), self.root.join(path)));
        }
        let record = self.root.join(RECORD);
        if self.record_saved {
            keep(fs::rename(self.backup.join(RECORD), &record));
        } else if self.interim_placed {
            keep(fs::remove_file(&record));
        }
        result
    }

    /// Removes the folders that removing old files left empty (never a folder that still holds anything).
    fn remove_emptied(&self, owned: &[String], files: &Files) {
        for path in owned.iter().filter(|path| !files.contains_key(*path)) {
            let mut dir = self.root.join(path);
            while dir.pop() && dir.starts_with(self.root) && dir != self.root {
                if fs::remove_dir(&dir).is_err() {
                    break;
                }
            }
        }
    }
}

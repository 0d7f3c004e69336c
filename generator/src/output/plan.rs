//! Deciding, before anything is written, what a run may do in an existing output folder: which files
//! are the generator's own (named by its record) and may be replaced or removed, which entries belong
//! to someone else and are kept, and when to refuse instead.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use super::record::{self, RECORD};
use crate::emit::{Files, MARKER};
use crate::error::{Error, Result};

/// At most this many kept or conflicting entries are named in a message; the rest are counted.
const NAMED: usize = 10;

/// What a run does in an existing output folder.
#[derive(Debug)]
pub(super) struct Plan {
    /// The generator's files there now (regular files, reached through real folders): each is
    /// replaced by its new version or removed.
    pub owned: Vec<String>,
    /// Entries the generator did not write, kept: files, and folders holding none of its files
    /// (with a trailing `/`).
    pub foreign: Vec<String>,
}

/// Plans writing `files` (which include the record) into the existing folder `root` (canonical).
/// Refuses when a file of someone else is in the way, when a file to replace or remove was read as a
/// spec (`read`, canonical paths), and when the folder holds files of others but no record of ours,
/// unless `keep_foreign`.
pub(super) fn plan(root: &Path, files: &Files, read: &[PathBuf], keep_foreign: bool) -> Result<Plan> {
    let refuse = |message: String| Err(Error::Output { path: root.to_owned(), message });
    let recorded = record::read(root)?;
    let had_record = recorded.is_some();
    // Output of a generator that kept no record (its Cargo.toml starts with the marker) owns the
    // files the new crate replaces; nothing else in it is known to be ours.
    let candidates = match recorded {
        Some(paths) => paths,
        None if starts_with_marker(&root.join("Cargo.toml")) => {
            files.keys().filter(|path| path.as_str() != RECORD).cloned().collect()
        }
        None => Vec::new(),
    };
    let owned: Vec<String> = candidates.into_iter().filter(|path| is_plain_file(root, path)).collect();
    let owned_set: HashSet<&str> = owned.iter().map(String::as_str).collect();

    let mut in_the_way = Vec::new();
    for path in files.keys() {
        if path != RECORD && !owned_set.contains(path.as_str()) {
            if let Some(why) = obstacle(root, path) {
                in_the_way.push(why);
            }
        }
    }
    if !in_the_way.is_empty() {
        return refuse(format!(
            "files the generator did not write are where the crate's files go: {}. Move them away, or name another folder",
            named(&in_the_way)
        ));
    }

    let read: HashSet<&Path> = read.iter().map(PathBuf::as_path).collect();
    let touched = owned.iter().chain(files.keys()).map(|path| root.join(path));
    if let Some(spec) = touched.into_iter().find(|path| read.contains(path.as_path())) {
        return refuse(format!(
            "`{}` is read as a spec (or through a `$ref`) and would be replaced or removed. Keep specs outside the output folder",
            spec.display()
        ));
    }

    let mut folders = BTreeSet::new();
    for path in owned.iter().chain(files.keys()) {
        let mut prefix = path.as_str();
        while let Some((parent, _)) = prefix.rsplit_once('/') {
            folders.insert(parent.to_owned());
            prefix = parent;
        }
    }
    let mut foreign = Vec::new();
    let keep: HashSet<&str> = owned_set.iter().copied().chain([RECORD]).collect();
    list_foreign(root, "", &keep, &folders, &mut foreign)
        .map_err(|source| Error::Io { path: root.to_owned(), source })?;
    foreign.sort();
    if !had_record && !foreign.is_empty() && !keep_foreign {
        return refuse(format!(
            "the folder holds files this generator did not write ({}) and no record (`{RECORD}`) of files it did. \
             Name a new or empty folder, or pass --keep-foreign to write the crate beside them (they are kept)",
            named(&foreign)
        ));
    }
    Ok(Plan { owned, foreign })
}

/// `items` joined for a message: the first few by name, the rest counted.
pub(super) fn named(items: &[String]) -> String {
    let mut text = items.iter().take(NAMED).map(|item| format!("`{item}`")).collect::<Vec<_>>().join(", ");
    if items.len() > NAMED {
        text.push_str(&format!(" and {} more", items.len() - NAMED));
    }
    text
}

/// Whether `relative` (`/`-separated) is a regular file below `root` reached through real folders
/// only: a file the generator may replace or remove. A symbolic link anywhere on the way is not.
fn is_plain_file(root: &Path, relative: &str) -> bool {
    let mut path = root.to_owned();
    let mut parts = relative.split('/').peekable();
    while let Some(part) = parts.next() {
        path.push(part);
        let Ok(metadata) = fs::symlink_metadata(&path) else { return false };
        let wanted = if parts.peek().is_some() { metadata.is_dir() } else { metadata.is_file() };
        if !wanted {
            return false;
        }
    }
    true
}

/// What stands where the new file `relative` goes, if anything: an existing entry, or a file or
/// symbolic link where a folder of its path goes.
fn obstacle(root: &Path, relative: &str) -> Option<String> {
    let mut path = root.to_owned();
    let mut walked = String::new();
    let mut parts = relative.split('/').peekable();
    while let Some(part) = parts.next() {
        path.push(part);
        if !walked.is_empty() {
            walked.push('/');
        }
        walked.push_str(part);
        let Ok(metadata) = fs::symlink_metadata(&path) else { return None };
        if parts.peek().is_none() || !metadata.is_dir() {
            return Some(walked);
        }
    }
    None
}

/// Adds to `out` the entries below `root/prefix` that are not in `keep`: a folder that holds none of
/// the generator's files (`folders`) is named once with a trailing `/`, and never entered.
fn list_foreign(
    root: &Path,
    prefix: &str,
    keep: &HashSet<&str>,
    folders: &BTreeSet<String>,
    out: &mut Vec<String>,
) -> std::io::Result<()> {
    for entry in fs::read_dir(root.join(prefix))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
        let is_dir = entry.file_type()?.is_dir();
        if is_dir && folders.contains(&relative) {
            list_foreign(root, &relative, keep, folders, out)?;
        } else if is_dir {
            out.push(format!("{relative}/"));
        } else if !keep.contains(relative.as_str()) {
            out.push(relative);
        }
    }
    Ok(())
}

/// Whether the file at `path` begins with the generator's marker line.
fn starts_with_marker(path: &Path) -> bool {
    let Ok(file) = fs::File::open(path) else { return false };
    // The marker is one short line: read no more than it, whatever the file holds.
    let limit = u64::try_from(MARKER.len() + 2).unwrap_or(u64::MAX);
    let mut first = String::new();
    let read = std::io::BufReader::new(file.take(limit)).read_line(&mut first);
    read.is_ok() && first.trim_end_matches(['\r', '\n']) == MARKER
}

//! The record of the files the generator wrote into an output folder: a hidden text file in that
//! folder, one relative path per line, sorted. It is what lets a later run replace exactly those
//! files and keep everything else. Its lines are untrusted (anyone can edit the file): each is
//! checked to be a plain path below the folder before it is used.

use std::io::Read;
use std::path::Path;

use crate::emit::Files;
use crate::error::{Error, Result};

/// File name of the record, at the top of the output folder.
pub const RECORD: &str = ".generated-files";

/// A record larger than this is no record of ours (a crate of a thousand modules needs 50 KiB).
const MAX_RECORD_BYTES: u64 = 16 * 1024 * 1024;

/// The record's first line, which says what the file is for.
const HEADER: &str = "# Files written by the spec-to-Rust generator, which replaces or removes only these; \
                      other files in this folder are kept.";

/// `files` with the record of their paths added.
pub fn with_record(files: &Files) -> Files {
    let mut text = format!("{HEADER}\n");
    for path in files.keys().filter(|path| path.as_str() != RECORD) {
        text.push_str(path);
        text.push('\n');
    }
    let mut out = files.clone();
    out.insert(RECORD.to_owned(), text);
    out
}

/// The paths listed by the record in `root`, or `None` when there is no record. A line that is not a
/// plain relative path below the folder (`..`, an absolute path, an empty or `.` part, a backslash)
/// is an error, so that no record can name a file outside the folder.
pub fn read(root: &Path) -> Result<Option<Vec<String>>> {
    let path = root.join(RECORD);
    let refuse = |message: String| Err(Error::Output { path: path.clone(), message });
    let metadata = match std::fs::symlink_metadata(&path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(Error::Io { path, source }),
    };
    if !metadata.is_file() {
        return refuse("the generator's record is not a plain file; remove it to regenerate".to_owned());
    }
    let mut text = String::new();
    let file = std::fs::File::open(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
    file.take(MAX_RECORD_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|source| Error::Io { path: path.clone(), source })?;
    if u64::try_from(text.len()).unwrap_or(u64::MAX) > MAX_RECORD_BYTES {
        return refuse(format!("the generator's record is larger than {MAX_RECORD_BYTES} bytes; it is not ours"));
    }
    let mut paths = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Err(why) = check_line(line) {
            return refuse(format!(
                "line {}: `{}` {why}; the record may name only files below the output folder. \
                 Fix or remove the line",
                index + 1,
                line.escape_debug()
            ));
        }
        paths.push(line.to_owned());
    }
    paths.sort();
    paths.dedup();
    Ok(Some(paths))
}

/// Why `line` is not a plain relative path of `/`-separated names, if it is not.
fn check_line(line: &str) -> std::result::Result<(), &'static str> {
    if line == RECORD {
        return Err("is the record itself");
    }
    for part in line.split('/') {
        match part {
            "" => return Err("is absolute or has an empty part"),
            "." | ".." => return Err("has a `.` or `..` part"),
            _ if part.contains(['\\', ':', '\0']) => return Err("has a `\\`, `:` or NUL in a name"),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_leave_the_folder_are_refused() {
        for line in ["../x", "/etc/passwd", "a/../../x", "a//b", "./a", "a\\..\\b", "C:/x", ".generated-files"] {
            assert!(check_line(line).is_err(), "{line}");
        }
        for line in ["Cargo.toml", "src/v1/mod.rs", ".hidden", "a..b"] {
            assert_eq!(check_line(line), Ok(()), "{line}");
        }
    }

    #[test]
    fn the_record_lists_every_other_file_sorted() {
        let files: Files = [("src/lib.rs", ""), ("Cargo.toml", "")].map(|(k, v)| (k.to_owned(), v.to_owned())).into();
        let record = with_record(&files).remove(RECORD).unwrap_or_default();
        assert_eq!(record, format!("{HEADER}\nCargo.toml\nsrc/lib.rs\n"));
    }
}

//! The files a spec's `$ref`s reach: the spec itself and local files in its folder tree, read once each.
//!
//! URLs are never fetched, and a path that leads outside the spec's folder (through `..`, an absolute path
//! or a symbolic link) is refused; both are errors located at the reference.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};
use crate::read::budget;

/// Index of a file in [`Files`].
pub(crate) type FileId = usize;
/// The spec itself.
pub(crate) const ROOT: FileId = 0;

/// Files other than the spec read at most; more is taken for a runaway.
const MAX_FILES: usize = 1000;

#[derive(Debug)]
struct Loaded {
    /// The name diagnostics use: the spec's own, or its folder joined with the file's path below it.
    display: String,
    /// The folder relative paths in this file start from.
    folder: Option<PathBuf>,
    text: Arc<str>,
    document: Arc<Value>,
}

/// The files read so far; the spec is [`ROOT`].
#[derive(Debug, Default, Clone)]
pub(crate) struct Files {
    loaded: Vec<Arc<Loaded>>,
    /// The spec's folder, canonical: no file outside it is read.
    folder: Option<PathBuf>,
    by_path: HashMap<PathBuf, FileId>,
    /// The budgets every file read is checked against, as the spec was.
    budget: budget::Shared,
    /// Warnings raised while reading the other files, located in them.
    pub(crate) warnings: Vec<Diagnostic>,
}

impl Files {
    /// The spec `display`, its text and document; `folder` is where the files it refers to are looked for.
    pub(crate) fn new(display: &str, text: Arc<str>, folder: Option<&Path>, document: Value) -> Self {
        let folder = folder.and_then(|folder| folder.canonicalize().ok());
        let budget = budget::Shared::after(&text);
        let root = Loaded { display: display.to_owned(), folder: folder.clone(), text, document: Arc::new(document) };
        Files { loaded: vec![Arc::new(root)], folder, by_path: HashMap::new(), budget, warnings: Vec::new() }
    }

    /// Bytes of all the files read, the spec's included.
    pub(crate) fn bytes(&self) -> usize {
        self.budget.bytes()
    }

    /// The canonical paths of the files read besides the spec.
    pub(crate) fn paths(&self) -> impl Iterator<Item = &Path> {
        self.by_path.keys().map(PathBuf::as_path)
    }

    /// The parsed document of a file.
    pub(crate) fn document(&self, file: FileId) -> Arc<Value> {
        self.loaded.get(file).map_or_else(|| Arc::new(Value::Null), |loaded| loaded.document.clone())
    }

    /// The name of a file in diagnostics.
    pub(crate) fn display(&self, file: FileId) -> String {
        self.loaded.get(file).map(|loaded| loaded.display.clone()).unwrap_or_default()
    }

    /// A file's name without folder and extension, to name what it holds.
    pub(crate) fn stem(&self, file: FileId) -> String {
        let display = self.display(file);
        let stem = Path::new(&display).file_stem().map(|stem| stem.to_string_lossy().into_owned());
        stem.unwrap_or(display)
    }

    /// Names `file` in `diagnostic` and locates it in that file's text.
    pub(crate) fn locate_in(&self, file: FileId, diagnostic: &mut Diagnostic) {
        if let Some(loaded) = self.loaded.get(file) {
            diagnostic.file.clone_from(&loaded.display);
            crate::read::locate(std::slice::from_mut(diagnostic), &loaded.text);
        }
    }

    /// An error of kind `code` about the node at `at` of `file`, located there.
    pub(crate) fn error(&self, code: Code, file: FileId, at: &str, message: impl Into<String>) -> Error {
        let mut diagnostic = Diagnostic::error(code, &self.display(file), at, message);
        if file != ROOT {
            self.locate_in(file, &mut diagnostic);
        }
        diagnostic.into()
    }

    /// The file and pointer tokens a `$ref` written in `from` names; the file is read if needed.
    pub(crate) fn resolve(&mut self, from: FileId, reference: &str, ref_at: &str) -> Result<(FileId, Vec<String>)> {
        let (path, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let file = if path.is_empty() { from } else { self.load(from, reference, path, ref_at)? };
        let fragment = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
        if fragment.is_empty() {
            return Ok((file, Vec::new()));
        }
        let Some(pointer) = fragment.strip_prefix('/') else {
            return Err(self.error(
                Code::UnresolvedReference,
                from,
                ref_at,
                format!(
                    "`$ref: {reference}`: the part after `#` must be a JSON pointer such as `/components/schemas/Pet`"
                ),
            ));
        };
        Ok((file, pointer.split('/').map(super::refs::unescape).collect()))
    }

    /// Reads the file `path` (relative to `from`'s folder) once, refusing anything but a file in the spec's folder tree.
    fn load(&mut self, from: FileId, reference: &str, path: &str, ref_at: &str) -> Result<FileId> {
        let refuse = |files: &Self, why: String, hint: &str| -> Error {
            let mut diagnostic = Diagnostic::error(
                Code::UnresolvedReference,
                &files.display(from),
                ref_at,
                format!("`$ref: {reference}`: {why}"),
            );
            diagnostic = diagnostic.with_hint(hint);
            if from != ROOT {
                files.locate_in(from, &mut diagnostic);
            }
            diagnostic.into()
        };
        let local =
            "refer to a file in the spec's folder or below by a relative path, or bundle the spec into one file";
        let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned();
        if has_scheme(&path) {
            return Err(refuse(
                self,
                "URLs are never fetched; only local files beside the spec are read".into(),
                local,
            ));
        }
        if Path::new(&path).is_absolute() {
            return Err(refuse(self, "absolute paths are not followed".into(), local));
        }
        let (Some(root), Some(folder)) =
            (self.folder.clone(), self.loaded.get(from).and_then(|loaded| loaded.folder.clone()))
        else {
            return Err(refuse(
                self,
                "a reference to another file needs the spec to be read from a file".into(),
                local,
            ));
        };
        let joined = folder.join(&path);
        let canonical = match joined.canonicalize() {
            Ok(canonical) => canonical,
            Err(error) => return Err(refuse(self, format!("cannot read `{path}`: {error}"), local)),
        };
        let Ok(below) = canonical.strip_prefix(&root) else {
            return Err(refuse(self, format!("`{path}` is outside the spec's folder"), local));
        };
        if let Some(&file) = self.by_path.get(&canonical) {
            return Ok(file);
        }
        if self.loaded.len() > MAX_FILES {
            return Err(refuse(self, format!("more than {MAX_FILES} files are referred to"), local));
        }
        let spec_folder = Path::new(&self.display(ROOT)).parent().map(Path::to_owned).unwrap_or_default();
        let display = spec_folder.join(below).to_string_lossy().replace('\\', "/");
        let bytes =
            std::fs::read(&canonical).map_err(|error| refuse(self, format!("cannot read `{path}`: {error}"), local))?;
        let text: Arc<str> = match String::from_utf8(bytes) {
            Ok(text) => Arc::from(text),
            Err(_) => return Err(refuse(self, format!("`{path}` is not UTF-8 text"), local)),
        };
        // The file is checked against the budgets before any document is built from it, as the spec was.
        let checked =
            if text.trim().is_empty() { Ok(()) } else { budget::check_shared(&display, &text, &mut self.budget) };
        let (document, warnings) = match checked.and_then(|()| crate::read::parse_document(&display, &text)) {
            Ok(parsed) => parsed,
            Err(Error::Spec(mut diagnostic)) => {
                crate::read::locate(std::slice::from_mut(diagnostic.as_mut()), &text);
                let read_from = format!("this file is read for `$ref: {reference}` in {}", self.display(from));
                diagnostic.hint = Some(match diagnostic.hint.take() {
                    Some(hint) => format!("{hint}; {read_from}"),
                    None => read_from,
                });
                return Err(Error::Spec(diagnostic));
            }
            Err(other) => return Err(other),
        };
        let file = self.loaded.len();
        let folder = canonical.parent().map(Path::to_owned);
        self.loaded.push(Arc::new(Loaded { display, folder, text, document: Arc::new(document) }));
        for mut warning in warnings {
            self.locate_in(file, &mut warning);
            self.warnings.push(warning);
        }
        self.by_path.insert(canonical, file);
        Ok(file)
    }
}

/// Whether a reference's path is a URL (`https://…`, `//host/…`, `file:…`) rather than a relative path.
fn has_scheme(path: &str) -> bool {
    if path.starts_with("//") {
        return true;
    }
    let scheme = path.split(':').next().unwrap_or_default();
    path.contains(':')
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

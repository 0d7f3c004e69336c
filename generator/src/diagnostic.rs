//! Errors and warnings about a spec, located by file, line, column and JSON pointer.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use codespan_reporting::files::{Error as FilesError, Files, SimpleFile};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The generator guessed or skipped something; output is still produced.
    Warning,
    /// The spec cannot be turned into a client.
    Error,
}

/// Where in the source text a finding is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The node's bytes in the source (its first line at most).
    pub bytes: Range<usize>,
}

/// A finding about a node of a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// The spec file.
    pub file: String,
    /// JSON pointer of the node the finding is about (`""` for the whole document).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, where there is something useful to say.
    pub hint: Option<String>,
    /// Where the node is in the source, when it could be found.
    pub location: Option<Location>,
    /// The source text, for rendering the offending line.
    pub source: Option<Arc<str>>,
}

impl Diagnostic {
    /// A warning about `pointer` in `file`.
    pub fn warning(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file, pointer.into(), message.into())
    }

    /// An error about `pointer` in `file`.
    pub fn error(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, pointer.into(), message.into())
    }

    fn new(severity: Severity, file: &str, pointer: String, message: String) -> Self {
        Diagnostic { severity, file: file.to_owned(), pointer, message, hint: None, location: None, source: None }
    }

    /// The same finding with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same finding at a known location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// The finding as a compiler-style report: the message, `file:line:column`, the source line
    /// with a marker under the node, the JSON pointer and the hint.
    pub fn render(&self) -> String {
        let (Some(location), Some(source)) = (&self.location, &self.source) else { return format!("{self}\n") };
        use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
        let report = match self.severity {
            Severity::Warning => Report::warning(),
            Severity::Error => Report::error(),
        };
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        let mut notes = vec![format!("at JSON pointer {pointer}")];
        notes.extend(self.hint.as_ref().map(|hint| format!("hint: {hint}")));
        // Only the marked line is handed to the renderer, which would otherwise index every line
        // of the spec for each diagnostic.
        let start = location.bytes.start.min(source.len());
        let line_start = source.get(..start).and_then(|before| before.rfind('\n')).map_or(0, |newline| newline + 1);
        let line_end = source.get(start..).and_then(|after| after.find('\n')).map_or(source.len(), |end| start + end);
        let excerpt = Excerpt {
            file: SimpleFile::new(self.file.as_str(), source.get(line_start..line_end).unwrap_or_default()),
            first_line: location.line,
        };
        let label = location.bytes.start.saturating_sub(line_start)..location.bytes.end.saturating_sub(line_start);
        let report = report.with_message(&self.message).with_labels(vec![Label::primary((), label)]).with_notes(notes);
        let config = codespan_reporting::term::Config::default();
        codespan_reporting::term::emit_into_string(&config, &excerpt, &report).unwrap_or_else(|_| format!("{self}\n"))
    }
}

/// One line of a spec, numbered as in the whole file.
struct Excerpt<'a> {
    file: SimpleFile<&'a str, &'a str>,
    /// The 1-based number of the line in the file.
    first_line: usize,
}

impl<'a> Files<'a> for Excerpt<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: ()) -> Result<&'a str, FilesError> {
        Files::name(&self.file, id)
    }

    fn source(&'a self, id: ()) -> Result<&'a str, FilesError> {
        Files::source(&self.file, id)
    }

    fn line_index(&'a self, id: (), byte_index: usize) -> Result<usize, FilesError> {
        Files::line_index(&self.file, id, byte_index)
    }

    fn line_number(&'a self, _: (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.first_line + line_index)
    }

    fn line_range(&'a self, id: (), line_index: usize) -> Result<std::ops::Range<usize>, FilesError> {
        Files::line_range(&self.file, id, line_index)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        match &self.location {
            Some(at) => write!(f, "{label}: {}:{}:{}: {} (at {pointer})", self.file, at.line, at.column, self.message)?,
            None => write!(f, "{label}: {}: {} (at {pointer})", self.file, self.message)?,
        }
        if let Some(hint) = &self.hint {
            write!(f, "; hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends reference tokens to a JSON pointer.
pub fn pointer(base: &str, tokens: &[&str]) -> String {
    let mut out = base.to_owned();
    for token in tokens {
        out.push('/');
        out.push_str(&pointer_token(token));
    }
    out
}

//! Errors and warnings about a spec, located by file and JSON pointer.

use std::fmt;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The generator guessed or skipped something; output is still produced.
    Warning,
    /// The spec cannot be turned into a client.
    Error,
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
}

impl Diagnostic {
    /// A warning about `pointer` in `file`.
    pub fn warning(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            file: file.to_owned(),
            pointer: pointer.into(),
            message: message.into(),
        }
    }

    /// An error about `pointer` in `file`.
    pub fn error(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        write!(f, "{label}: {}: at {pointer}: {}", self.file, self.message)
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

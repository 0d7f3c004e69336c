//! The generator's error type.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

/// Everything that can stop generation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The spec is not usable; the diagnostic says where and why.
    #[error("{0}")]
    Spec(Box<Diagnostic>),
    /// Generated code failed to parse: a generator bug, reported with the offending item.
    #[error("internal error: generated code for {item} does not parse: {message}")]
    Emit {
        /// What was being generated.
        item: String,
        /// The parser's message.
        message: String,
    },
    /// The output folder cannot be replaced without destroying something the generator did not write.
    #[error("{}: {message}", path.display())]
    Output {
        /// The output folder.
        path: PathBuf,
        /// Why it is refused.
        message: String,
    },
    /// Warnings were denied (`--deny`, `--deny-warnings` or `[api.lints]`): nothing is written.
    #[error("{}", denied_line(.diagnostics, *.deny_warnings))]
    Denied {
        /// Every diagnostic of the generation; the denied ones are errors.
        diagnostics: Vec<Diagnostic>,
        /// Whether `--deny-warnings` was given.
        deny_warnings: bool,
    },
    /// The generation manifest is malformed.
    #[error("{}: {message}", path.display())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// `2 warnings, and --deny-warnings is set; nothing was written`.
fn denied_line(diagnostics: &[Diagnostic], deny_warnings: bool) -> String {
    let denied = diagnostics.iter().filter(|d| d.severity == crate::diagnostic::Severity::Error).count();
    let counted = if denied == 1 { "1 warning".to_owned() } else { format!("{denied} warnings") };
    if deny_warnings {
        format!("{counted}, and --deny-warnings is set; nothing was written")
    } else {
        format!("{counted} denied; nothing was written")
    }
}

impl From<Diagnostic> for Error {
    fn from(diagnostic: Diagnostic) -> Self {
        Error::Spec(Box::new(diagnostic))
    }
}

/// Result with the generator's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

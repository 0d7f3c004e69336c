// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! The error type of every operation.

use std::fmt;

/// Everything that can go wrong when calling the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status the operation does not treat as success.
    Status(Box<StatusError>),
    /// The response body does not match the type the spec describes.
    Decode(Box<DecodeError>),
    /// The request could not be sent or the response not received (connection, TLS, timeout).
    Transport(reqwest::Error),
    /// The request could not be built from the given values (base URL, header value).
    InvalidRequest(String),
    /// The token provider failed to supply a token.
    Token(Box<dyn std::error::Error + Send + Sync>),
    /// The response body, or one event of an event stream, is larger than
    /// [`Limits::max_response_bytes`](crate::Limits::max_response_bytes).
    TooLarge {
        /// The operation (its method's name) whose response it was.
        operation: &'static str,
        /// The limit, in bytes.
        limit: usize,
    },
    /// A streamed response did not begin within the total timeout
    /// ([`Timeouts::total`](crate::Timeouts::total)).
    TimedOut {
        /// The operation (its method's name) whose response it was.
        operation: &'static str,
    },
    /// A redirect the client does not follow: one to another origin that would send the
    /// request body again, one to a scheme other than HTTP(S) or to no valid URL, or one too
    /// many.
    Redirect(String),
    /// A `pages()` or `items()` stream stopped: the server repeated a next-page token of an
    /// earlier page (its pages would cycle forever), or offered more pages than
    /// [`Limits::max_pages`](crate::Limits::max_pages).
    Paging(String),
}

/// What an operation returns: its value, or the [`Error`] that kept it from it.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A response whose status is not a success for the operation.
#[derive(Clone)]
pub struct StatusError {
    /// The operation (its client method's name) the response answers.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: reqwest::StatusCode,
    /// What the spec says this status means for the operation, if it says anything.
    pub meaning: Option<&'static str>,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The raw response body.
    pub body: Vec<u8>,
}

/// A success response whose body could not be decoded.
pub struct DecodeError {
    /// The HTTP status of the response.
    pub status: reqwest::StatusCode,
    /// JSON path of the value that failed to decode (`.` for the whole body).
    pub path: String,
    /// What was wrong with it.
    pub message: String,
    /// The raw response body.
    pub body: Vec<u8>,
}

/// Longest part of a body that `Debug` output shows.
const BODY_SHOWN: usize = 1024;

/// A body in `Debug` output: as (lossy UTF-8) text, cut after [`BODY_SHOWN`] bytes.
struct BodyText<'a>(&'a [u8]);

impl fmt::Debug for BodyText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self.0.get(..BODY_SHOWN).unwrap_or(self.0);
        fmt::Debug::fmt(&String::from_utf8_lossy(shown), f)?;
        if shown.len() < self.0.len() {
            write!(f, "… ({} bytes in all)", self.0.len())?;
        }
        Ok(())
    }
}

impl fmt::Debug for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("meaning", &self.meaning)
            .field("headers", &self.headers)
            .field("body", &BodyText(&self.body))
            .finish()
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("body", &BodyText(&self.body))
            .finish()
    }
}

impl StatusError {
    /// The body decoded as JSON into `T`: the error type the spec documents for this status (a
    /// model of the API module), or any other the caller expects.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }

    /// The body as text, when it is UTF-8.
    pub fn text(&self) -> Option<String> {
        String::from_utf8(self.body.clone()).ok()
    }

    /// The typed view of this error (see [`ErrorBodies`]), when it answers one of `E`'s operations.
    pub fn typed<E: ErrorBodies>(&self) -> Option<E> {
        E::OPERATIONS.contains(&self.operation).then(|| E::from_status(self))
    }
}

/// The error answers operations document, by status: each generated error enum implements it, with
/// a variant per documented status, class (`4XX`) or `default` that has a body type, and `Other`
/// for the rest. Operations that document the same answers share one enum. Reached through
/// [`Error::typed`]; `send()` keeps returning the one [`Error`] type, whose body stays raw.
pub trait ErrorBodies: Sized {
    /// The operations (their client methods' names) whose errors these are.
    const OPERATIONS: &'static [&'static str];

    /// The error decoded by its status: the variant of the type documented for the status when
    /// the body decodes as that type, else `Other` holding the error as it came (a body of another
    /// shape never turns into a different error).
    fn from_status(error: &StatusError) -> Self;
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Status(error) => Some(error.status),
            Error::Decode(error) => Some(error.status),
            Error::Transport(error) => error.status(),
            Error::InvalidRequest(_)
            | Error::Token(_)
            | Error::TooLarge { .. }
            | Error::TimedOut { .. }
            | Error::Redirect(_)
            | Error::Paging(_) => None,
        }
    }

    /// The typed view of a status error of an operation `E` documents errors for
    /// (`error.typed::<GetPetError>()`): `None` for other errors, and for status errors of other
    /// operations.
    pub fn typed<E: ErrorBodies>(&self) -> Option<E> {
        match self {
            Error::Status(error) => error.typed(),
            _ => None,
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::TimedOut { .. }) || matches!(self, Error::Transport(error) if error.is_timeout())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Status(error) => {
                write!(f, "the server answered {}", error.status)?;
                if let Some(meaning) = error.meaning {
                    write!(f, ": {meaning}")?;
                }
                Ok(())
            }
            Error::Decode(error) => write!(
                f,
                "the {} response does not match its type at `{}`: {}",
                error.status, error.path, error.message
            ),
            Error::Transport(error) if error.is_timeout() => write!(f, "the request timed out: {error}"),
            Error::Transport(error) if error.is_connect() => write!(f, "could not connect to the server: {error}"),
            Error::Transport(error) => write!(f, "the request failed: {error}"),
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::Token(error) => write!(f, "no token for the request: {error}"),
            Error::TooLarge { operation, limit } => write!(
                f,
                "the response to `{operation}` is larger than the limit of {limit} bytes (`Limits::max_response_bytes`)"
            ),
            Error::TimedOut { operation } => write!(f, "the response to `{operation}` did not begin in time"),
            Error::Redirect(message) => write!(f, "redirect not followed: {message}"),
            Error::Paging(message) => write!(f, "paging stopped: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(error) => Some(error),
            Error::Token(error) => Some(error.as_ref()),
            _ => None,
        }
    }
}

impl From<reqwest::Error> for Error {
    fn from(error: reqwest::Error) -> Self {
        Error::Transport(error)
    }
}

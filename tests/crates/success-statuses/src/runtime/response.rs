// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Received responses: decoding a success, or the error for any other status.

use serde::de::DeserializeOwned;

use super::{DecodeError, Error, StatusError};

/// A received response, body read.
pub struct Response {
    /// The operation (its client method's name) the response answers.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The whole body.
    pub body: Vec<u8>,
}

/// A received response whose body is still to be read, as [`Connection::open`](super::Connection::open)
/// hands it over: a success is read as a stream (`streams.rs`), any other status whole, as an error.
pub struct Streamed {
    /// The operation (its client method's name) the response answers.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The response, body unread.
    pub response: reqwest::Response,
    /// Largest body read whole, in bytes ([`Limits::max_response_bytes`](super::Limits::max_response_bytes)).
    pub limit: usize,
}

impl Streamed {
    /// The status as a number, for matching against the statuses an operation documents.
    pub fn code(&self) -> u16 {
        self.status.as_u16()
    }

    /// The error for a status the operation does not treat as success, its body read whole
    /// (within the limit), as [`Response::into_error`] makes it.
    pub async fn into_error(self, meanings: &[Meaning]) -> Error {
        let (operation, status, headers) = (self.operation, self.status, self.headers);
        match super::connection::read_limited(self.response, operation, self.limit, transport).await {
            Ok(body) => Response { operation, status, headers, body }.into_error(meanings),
            Err(error) => error,
        }
    }
}

/// A transport error while a body is read outside the connection: without its URL, which may
/// carry credentials sent as query parameters.
pub fn transport(error: reqwest::Error) -> Error {
    Error::Transport(error.without_url())
}

/// What the spec says a status, a class of statuses (`4XX`) or every other status (`default`)
/// means for one operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meaning {
    first: u16,
    last: u16,
    text: &'static str,
}

impl Meaning {
    /// The meaning of one status.
    pub const fn status(code: u16, text: &'static str) -> Self {
        Meaning { first: code, last: code, text }
    }

    /// The meaning of a class of statuses: `4` for `4XX`.
    pub const fn class(class: u16, text: &'static str) -> Self {
        Meaning { first: class * 100, last: class * 100 + 99, text }
    }

    /// The meaning of every status (the `default` response); listed last.
    pub const fn otherwise(text: &'static str) -> Self {
        Meaning { first: 100, last: 599, text }
    }

    fn covers(&self, code: u16) -> bool {
        (self.first..=self.last).contains(&code)
    }
}

/// A decoded success with the status and headers it came with (rate limits, `ETag`, `Location`,
/// request ids), as an operation's `send_with_response()` returns it; `send()` returns the value alone.
#[derive(Debug, Clone)]
pub struct ResponseValue<T> {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    value: T,
}

impl<T> ResponseValue<T> {
    /// The HTTP status.
    pub fn status(&self) -> reqwest::StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }

    /// The decoded value.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The decoded value, status and headers dropped.
    pub fn into_inner(self) -> T {
        self.value
    }
}

/// The value `response` (a generated `send_with_response()`) answers with, status and headers
/// dropped: what a generated `send()` returns.
pub async fn into_value<T>(response: impl Future<Output = Result<ResponseValue<T>, Error>>) -> Result<T, Error> {
    response.await.map(ResponseValue::into_inner)
}

impl Response {
    /// The status as a number, for matching against the statuses an operation documents.
    pub fn code(&self) -> u16 {
        self.status.as_u16()
    }

    /// What `decode` makes of the response, with the response's status and headers.
    pub fn decode<T>(self, decode: impl FnOnce(Response) -> Result<T, Error>) -> Result<ResponseValue<T>, Error> {
        let (status, headers) = (self.status, self.headers.clone());
        decode(self).map(|value| ResponseValue { status, headers, value })
    }

    /// Decodes a JSON body as [`from_json`](super::from_json) does, naming the path of the first
    /// value that does not fit. An empty body (a `204`, or a server with nothing to say) reads as
    /// `null` where the type allows it, else as `{}` where every field is optional, else it is an
    /// error like any other.
    pub fn json<T: DeserializeOwned>(self) -> Result<T, Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            if let Ok(nothing) = serde_json::from_slice(b"null").or_else(|_| serde_json::from_slice(b"{}")) {
                return Ok(nothing);
            }
        }
        super::from_json(&self.body).map_err(|error| {
            Error::Decode(Box::new(DecodeError {
                status: self.status,
                path: error.path,
                message: error.message,
                body: self.body,
            }))
        })
    }

    /// The body as text.
    pub fn text(self) -> Result<String, Error> {
        String::from_utf8(self.body).map_err(|error| {
            Error::Decode(Box::new(DecodeError {
                status: self.status,
                path: ".".to_owned(),
                message: "the body is not UTF-8 text".to_owned(),
                body: error.into_bytes(),
            }))
        })
    }

    /// A body the spec does not describe: JSON when it parses, else the text, `null` when
    /// there is none.
    pub fn json_or_text(self) -> Result<serde_json::Value, Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(serde_json::Value::Null);
        }
        if let Ok(value) = serde_json::from_slice(&self.body) {
            return Ok(value);
        }
        String::from_utf8(self.body).map(serde_json::Value::String).map_err(|error| {
            Error::Decode(Box::new(DecodeError {
                status: self.status,
                path: ".".to_owned(),
                message: "the body is neither JSON nor UTF-8 text".to_owned(),
                body: error.into_bytes(),
            }))
        })
    }

    /// The body as bytes.
    pub fn bytes(self) -> Vec<u8> {
        self.body
    }

    /// The error for a status the operation does not treat as success, with the first of
    /// `meanings` that covers it.
    pub fn into_error(self, meanings: &[Meaning]) -> Error {
        let code = self.status.as_u16();
        let meaning = meanings.iter().find(|meaning| meaning.covers(code)).map(|meaning| meaning.text);
        Error::Status(Box::new(StatusError {
            operation: self.operation,
            status: self.status,
            meaning,
            headers: self.headers,
            body: self.body,
        }))
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! The client runtime of every generated crate: connection, retries, redirects, credentials,
//! requests, responses, errors, paging, streamed bodies and server-sent events, and value helpers.
//! The generator copies these files verbatim into the generated crate's `src/runtime/`, leaving
//! out a whole file when no operation or type uses it.

mod auth;

mod config;

mod connection;

mod decode;

mod deep;

mod error;

mod guess;

mod options;

mod query;

mod request;

mod response;

mod success;

pub use auth::{
    Credential, Credentials, KeyLocation, Provider, Secret, join_form, redact_query,
};

pub use config::{Limits, RequestHook, RetryPolicy, Timeouts, TokenFuture, TokenProvider};

pub use connection::Connection;

pub use decode::{JsonError, Redacted, from_json, present, text_enum};

#[allow(unused_imports)]
pub(crate) use decode::text_enum_serde;

pub use deep::{WireFields, boxed, boxed_present, field, guessed, read_object};

#[allow(unused_imports)]
pub(crate) use deep::guessed_object;

pub use error::{DecodeError, Error, ErrorBodies, Result, StatusError};

pub use guess::Guess;

pub use options::RequestOptions;

#[allow(unused_imports)]
pub(crate) use options::request_options;

pub use query::{Query, QueryStyle};

pub use request::{
    Body, FilePart, Params, Part, Request, Upload, add_files, form_body, header_value,
    is_idempotent, json_body, multipart_form, multipart_from_value, param_text,
};

pub use response::{Meaning, Response, ResponseValue, Streamed, into_value};

pub use success::Statuses;

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Requests as operations describe them: method, path, parameters, body, and the security schemes
//! that may authenticate them.

use super::{Error, Query, RequestOptions};

/// A request as an operation describes it; it can be sent again for a retry.
pub struct Request {
    /// The name of the operation's method, for errors.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The path as the spec writes it, with its `{placeholders}`: what traces show, since the
    /// filled path may carry identifiers or secrets.
    pub template: &'static str,
    /// Path relative to the base URL, with path parameters already encoded.
    pub path: String,
    /// Query parameters.
    pub query: Query,
    /// Header parameters.
    pub headers: Params,
    /// Cookie parameters, sent as one `cookie` header.
    pub cookies: Params,
    /// The body.
    pub body: Body,
    /// Whether sending the request twice is harmless, so that a 5xx answer or a connection
    /// error may be retried: an idempotent method, an idempotency key, or the caller says so.
    pub idempotent: bool,
    /// Alternative sets of security schemes; the first set with credentials is used.
    pub auth: &'static [&'static [&'static str]],
    /// What the caller set on this request: a timeout, extra headers, an idempotency key.
    pub options: RequestOptions,
}

impl Request {
    /// A request without parameters, body or credentials to the path `template` with its
    /// `{placeholders}` filled, in order, by `values` (each as [`param_text`] writes it), each
    /// percent-encoded as one segment; idempotent when its method is.
    pub fn new(
        operation: &'static str,
        method: reqwest::Method,
        template: &'static str,
        values: &[String],
    ) -> Result<Self, Error> {
        let idempotent = is_idempotent(&method);
        let path = fill_path(template, values)?;
        Ok(Request {
            operation,
            method,
            template,
            path,
            query: Query::default(),
            headers: Params::default(),
            cookies: Params::default(),
            body: Body::None,
            idempotent,
            auth: &[],
            options: RequestOptions::default(),
        })
    }

    /// The headers the request itself sets: the header parameters, then the cookie parameters
    /// as one `cookie` header.
    pub fn header_pairs(&self) -> impl Iterator<Item = (&'static str, String)> + '_ {
        let cookies = self.cookies.pairs().iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>();
        let cookie = (!cookies.is_empty()).then(|| ("cookie", cookies.join("; ")));
        self.headers.pairs().iter().cloned().chain(cookie)
    }
}

/// Whether the method may be sent twice with the effect of once (RFC 9110, 9.2.2; `QUERY` is safe
/// and idempotent by its definition, which OpenAPI 3.2 adopts).
pub fn is_idempotent(method: &reqwest::Method) -> bool {
    matches!(method.as_str(), "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE" | "QUERY")
}

/// A request body in its wire encoding.
pub enum Body {
    /// No body.
    None,
    /// A JSON value, sent as the media type the operation declares (`application/json`,
    /// `application/merge-patch+json`, a vendor type).
    Json {
        /// The media type.
        content_type: &'static str,
        /// The value.
        value: serde_json::Value,
    },
    /// `application/x-www-form-urlencoded` text.
    Form(String),
    /// A multipart form.
    Multipart(Vec<Part>),
    /// Text or bytes of the given media type.
    Raw {
        /// The media type.
        content_type: &'static str,
        /// The bytes.
        bytes: Vec<u8>,
    },
    /// Bytes of the given media type read from a stream (a file, a channel) as they are sent:
    /// sent once, so the request is never retried, and a redirect that would send it again fails.
    Stream {
        /// The media type.
        content_type: &'static str,
        /// The stream, taken by the first attempt.
        body: std::sync::Mutex<Option<reqwest::Body>>,
    },
}

impl Body {
    /// Whether the body can be sent again, for a retry or a redirect: all but a stream, or a
    /// multipart body with a streamed file.
    pub fn is_repeatable(&self) -> bool {
        match self {
            Body::Stream { .. } => false,
            Body::Multipart(parts) => parts_repeatable(parts),
            _ => true,
        }
    }

    /// A binary body of the given media type: the bytes of an [`Upload`], or its stream.
    pub fn upload(content_type: &'static str, upload: &Upload) -> Result<Body, Error> {
        match upload {
            Upload::Bytes(bytes) => Ok(Body::Raw { content_type, bytes: bytes.clone() }),
            Upload::Stream(stream) => Ok(Body::Stream {
                content_type,
                body: std::sync::Mutex::new(Some(stream.take().ok_or_else(Upload::spent)?)),
            }),
        }
    }
}

/// The bytes of a binary request body or file part: in memory, or read from a stream (a file, a
/// channel; any [`reqwest::Body`]) while the request is sent, so that a large file is never held
/// whole. A stream is sent once: a request with one is never retried, and a clone of the request
/// builder shares the stream, so only the first send has it.
#[derive(Clone)]
pub enum Upload {
    /// Bytes in memory.
    Bytes(Vec<u8>),
    /// A stream, until a request takes it.
    Stream(Spent),
}

/// A stream of bytes that the first request to send it takes.
#[derive(Clone)]
pub struct Spent(std::sync::Arc<std::sync::Mutex<Option<reqwest::Body>>>);

impl Spent {
    fn take(&self) -> Option<reqwest::Body> {
        self.0.lock().ok().and_then(|mut body| body.take())
    }
}

impl Upload {
    /// The error of a request whose stream an earlier request already sent.
    fn spent() -> Error {
        Error::InvalidRequest("the body is a stream that an earlier request already sent".to_owned())
    }
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Upload::Bytes(bytes) => write!(f, "Upload::Bytes({} bytes)", bytes.len()),
            Upload::Stream(_) => f.write_str("Upload::Stream"),
        }
    }
}

impl From<Vec<u8>> for Upload {
    fn from(bytes: Vec<u8>) -> Self {
        Upload::Bytes(bytes)
    }
}

impl From<&[u8]> for Upload {
    fn from(bytes: &[u8]) -> Self {
        Upload::Bytes(bytes.to_vec())
    }
}

impl From<reqwest::Body> for Upload {
    fn from(body: reqwest::Body) -> Self {
        Upload::Stream(Spent(std::sync::Arc::new(std::sync::Mutex::new(Some(body)))))
    }
}

/// One part of a multipart body.
pub enum Part {
    /// A text part.
    Text {
        /// The part's name.
        name: String,
        /// Its text.
        value: String,
    },
    /// A file part whose file name is the part's name, of no stated media type.
    File {
        /// The part's name, also its file name.
        name: &'static str,
        /// The file's bytes.
        bytes: Vec<u8>,
    },
    /// A file part as the caller describes it: its file name and media type, its bytes in memory
    /// or streamed.
    Named {
        /// The part's name.
        name: &'static str,
        /// The file.
        file: FilePart,
    },
}

/// A file to send as a part of a multipart body: its bytes (or a stream of them), the file name
/// the server sees and its media type.
#[derive(Debug, Clone)]
pub struct FilePart {
    upload: Upload,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl FilePart {
    /// A file of these bytes or this stream ([`reqwest::Body`]), with no file name or media type yet.
    pub fn new(upload: impl Into<Upload>) -> Self {
        FilePart { upload: upload.into(), file_name: None, content_type: None }
    }

    /// The file name the server sees (the part's name when none is given).
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// The file's media type, such as `image/png` (`application/octet-stream` when none is given).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl<T: Into<Upload>> From<T> for FilePart {
    fn from(upload: T) -> Self {
        FilePart::new(upload)
    }
}

/// Whether every part can be sent again, for a retry or a redirect: all but a streamed file.
pub fn parts_repeatable(parts: &[Part]) -> bool {
    !parts.iter().any(|part| matches!(part, Part::Named { file: FilePart { upload: Upload::Stream(_), .. }, .. }))
}

/// A body with `files` as parts of the multipart form, each in place of the part of its name; a
/// form of the files alone when there is no body.
pub fn add_files(body: Body, files: &[(&'static str, FilePart)]) -> Body {
    let parts = || files.iter().map(|(name, file)| Part::Named { name, file: file.clone() });
    match body {
        Body::None if !files.is_empty() => Body::Multipart(parts().collect()),
        Body::Multipart(mut given) => {
            given.retain(|part| !files.iter().any(|(name, _)| *name == part.name()));
            given.extend(parts());
            Body::Multipart(given)
        }
        body => body,
    }
}

impl Part {
    /// The part's name.
    pub fn name(&self) -> &str {
        match self {
            Part::Text { name, .. } => name,
            Part::File { name, .. } | Part::Named { name, .. } => name,
        }
    }
}

/// The multipart form for one attempt (forms cannot be reused).
pub fn multipart_form(parts: &[Part]) -> Result<reqwest::multipart::Form, Error> {
    parts.iter().try_fold(reqwest::multipart::Form::new(), |form, part| {
        Ok(match part {
            Part::Text { name, value } => form.text(name.clone(), value.clone()),
            Part::File { name, bytes } => {
                form.part(*name, reqwest::multipart::Part::bytes(bytes.clone()).file_name(*name))
            }
            Part::Named { name, file } => {
                let part = match &file.upload {
                    Upload::Bytes(bytes) => reqwest::multipart::Part::bytes(bytes.clone()),
                    Upload::Stream(stream) => {
                        reqwest::multipart::Part::stream(stream.take().ok_or_else(Upload::spent)?)
                    }
                };
                let part = part.file_name(file.file_name.clone().unwrap_or_else(|| (*name).to_owned()));
                let part = match &file.content_type {
                    Some(media) => part.mime_str(media).map_err(|_| {
                        Error::InvalidRequest(format!("the media type of part `{name}` is not one: {media:?}"))
                    })?,
                    None => part,
                };
                form.part(*name, part)
            }
        })
    })
}

/// Name/value pairs of header or cookie parameters, in the order they are added.
#[derive(Default)]
pub struct Params(Vec<(&'static str, String)>);

impl Params {
    /// A parameter, as [`param_text`] writes it.
    pub fn add<T: serde::Serialize>(&mut self, name: &'static str, value: &T) {
        self.0.push((name, param_text(value)));
    }

    /// An optional parameter: nothing when it is absent.
    pub fn add_optional<T: serde::Serialize>(&mut self, name: &'static str, value: Option<&T>) {
        if let Some(value) = value {
            self.add(name, value);
        }
    }

    /// A list parameter: one pair per item (`ids=1&ids=2`).
    pub fn add_each<'v, T: serde::Serialize + 'v>(
        &mut self,
        name: &'static str,
        values: impl IntoIterator<Item = &'v T>,
    ) {
        for value in values {
            self.add(name, value);
        }
    }

    /// The pairs, in the order they were added.
    pub fn pairs(&self) -> &[(&'static str, String)] {
        &self.0
    }
}

/// A parameter value as text: strings as they are, numbers and booleans written out,
/// dates in ISO 8601, lists comma-separated.
pub fn param_text<T: serde::Serialize>(value: &T) -> String {
    fn text(value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
            other => other.to_string(),
        }
    }
    serde_json::to_value(value).map(|v| text(&v)).unwrap_or_default()
}

/// Everything but unreserved characters is escaped in a path segment, dots included, so a
/// value can never add segments, a query, a fragment or a `..` to the path.
const PATH_SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

/// `template` with each `{placeholder}` replaced, in order, by the next of `values` as one
/// percent-encoded path segment; a `{` without a closing `}` is text. Empty and dot-only values
/// are refused: URL parsers treat `.`, `..` and their encoded forms as directory steps, whatever
/// the escaping.
fn fill_path(template: &str, values: &[String]) -> Result<String, Error> {
    let mut path = String::with_capacity(template.len());
    let mut values = values.iter();
    let mut rest = template;
    while let Some((before, (name, after))) =
        rest.split_once('{').and_then(|(before, tail)| Some((before, tail.split_once('}')?)))
    {
        let text =
            values.next().ok_or_else(|| Error::InvalidRequest(format!("path parameter `{name}` has no value")))?;
        if text.is_empty() || text.chars().all(|c| c == '.') {
            return Err(Error::InvalidRequest(format!("path parameter `{name}` cannot be {text:?}")));
        }
        path.push_str(before);
        path.extend(percent_encoding::utf8_percent_encode(text, PATH_SEGMENT));
        rest = after;
    }
    path.push_str(rest);
    Ok(path)
}

/// A header value, or an error naming the header when the text cannot be one.
pub fn header_value(name: &str, value: &str) -> Result<reqwest::header::HeaderValue, Error> {
    reqwest::header::HeaderValue::from_str(value).map_err(|_| {
        Error::InvalidRequest(format!("the value of header `{name}` contains characters a header cannot carry"))
    })
}

/// A body value as JSON, sent as `content_type`.
pub fn json_body<T: serde::Serialize>(value: &T, content_type: &'static str) -> Result<Body, Error> {
    serde_json::to_value(value)
        .map(|value| Body::Json { content_type, value })
        .map_err(|error| Error::InvalidRequest(format!("the body cannot be written as JSON: {error}")))
}

/// A body value as `application/x-www-form-urlencoded`; absent optional fields are left out.
pub fn form_body<T: serde::Serialize>(value: &T) -> Result<Body, Error> {
    serde_urlencoded::to_string(value)
        .map(Body::Form)
        .map_err(|error| Error::InvalidRequest(format!("the body cannot be written as a form: {error}")))
}

/// A multipart body from any value that serialises as an object: one text part per property.
pub fn multipart_from_value<T: serde::Serialize>(value: &T) -> Result<Body, Error> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(fields)) => Ok(Body::Multipart(
            fields
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(name, v)| Part::Text { name, value: param_text(&v) })
                .collect(),
        )),
        _ => Err(Error::InvalidRequest("a multipart body must be an object".to_owned())),
    }
}

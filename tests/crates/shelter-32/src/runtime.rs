// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request plumbing shared by the API modules' clients.

use std::time::Duration;
use backon::BackoffBuilder;
use serde::de::DeserializeOwned;
use crate::config::{Limits, RetryPolicy, Timeouts};
use crate::error::{DecodeError, Error, StatusError};

/// A secret that never shows in `Debug` output.
#[derive(Clone)]
pub(crate) struct Secret(pub(crate) String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A shared token provider; shows as `<token provider>` in `Debug` output.
#[derive(Clone)]
pub(crate) struct Provider(pub(crate) std::sync::Arc<dyn crate::config::TokenProvider>);

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<token provider>")
    }
}

/// Credentials for one security scheme.
#[derive(Clone, Debug)]
pub(crate) enum Credential {
    /// `Authorization: Bearer <token>`.
    Bearer(Secret),

    /// `Authorization: Bearer <token>` with a token fetched for every request.
    BearerProvider(Provider),
}

/// Redirects one attempt follows before it gives up.
const MAX_REDIRECTS: usize = 10;

/// Base URL, HTTP client, timeouts, limits, retry policy and credentials of one API module's client.
#[derive(Clone, Debug)]
pub(crate) struct Connection {
    base_url: String,
    http: reqwest::Client,

    /// Whether `http` is the client [`http_client`] built, rebuilt when the timeouts change
    /// (a client the user gives keeps its own).
    own_http: bool,
    timeouts: Timeouts,
    limits: Limits,
    retry: RetryPolicy,

    /// Whether 5xx answers and transport errors of non-idempotent requests are retried too.
    retry_non_idempotent: bool,
    credentials: Vec<(&'static str, Credential)>,
}

/// A request as an operation describes it; it can be sent again for a retry.
pub(crate) struct Request {
    /// The name of the operation's method, for errors.
    pub(crate) operation: &'static str,

    pub(crate) method: reqwest::Method,

    /// Path relative to the base URL, with path parameters already encoded.
    pub(crate) path: String,

    pub(crate) query: Vec<(&'static str, String)>,

    pub(crate) headers: Vec<(&'static str, String)>,

    pub(crate) body: Body,

    /// Whether sending the request twice is harmless, so that a 5xx answer or a connection
    /// error may be retried: an idempotent method, an idempotency key, or the caller says so.
    pub(crate) idempotent: bool,

    /// Alternative sets of security schemes; the first set with credentials is used.
    pub(crate) auth: &'static [&'static [&'static str]],
}

/// A request body in its wire encoding.
pub(crate) enum Body {
    None,
    Json(serde_json::Value),
}

impl Body {
    /// Whether there is no body to send.
    fn is_none(&self) -> bool {
        matches!(self, Body::None)
    }
}

/// One hop of an attempt: the request itself, then each redirect it follows.
struct Hop {
    url: reqwest::Url,
    method: reqwest::Method,

    /// Whether this is the request itself, which carries the query parameters (a redirect's
    /// location carries its own).
    first: bool,

    /// Whether the hop sends the request body (a 303, or a 301 or 302, turns the request into a GET).
    body: bool,

    /// Whether the request is still at the origin of the base URL: once a redirect has left it,
    /// no hop carries the request's headers or credentials.
    home: bool,
}

/// A received response, body read.
pub(crate) struct Response {
    pub(crate) status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Connection {
    pub(crate) fn new(base_url: String) -> Self {
        let timeouts = Timeouts::default();
        Connection {
            base_url: base_url.trim_end_matches('/').to_owned(),
            http: http_client(&timeouts),
            own_http: true,
            timeouts,
            limits: Limits::default(),
            retry: RetryPolicy::default(),
            retry_non_idempotent: false,
            credentials: Vec::new(),
        }
    }

    pub(crate) fn set_base_url(&mut self, base_url: String) {
        self.base_url = base_url.trim_end_matches('/').to_owned();
    }

    pub(crate) fn set_http_client(&mut self, http: reqwest::Client) {
        self.http = http;
        self.own_http = false;
    }

    pub(crate) fn set_timeouts(&mut self, timeouts: Timeouts) {
        if self.own_http
            && (timeouts.connect, timeouts.read)
                != (self.timeouts.connect, self.timeouts.read)
        {
            self.http = http_client(&timeouts);
        }
        self.timeouts = timeouts;
    }

    pub(crate) fn set_timeout(&mut self, total: Duration) {
        self.timeouts.total = total;
    }

    pub(crate) fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    pub(crate) fn set_retry_policy(&mut self, retry: RetryPolicy) {
        self.retry = retry;
    }

    pub(crate) fn retry_non_idempotent(&mut self) {
        self.retry_non_idempotent = true;
    }

    pub(crate) fn set_credential(
        &mut self,
        scheme: &'static str,
        credential: Credential,
    ) {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.credentials.push((scheme, credential));
    }

    pub(crate) fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends the request, retrying as the retry policy says: 429 answers always, 5xx answers and
    /// transport errors only when the request may be sent twice.
    pub(crate) async fn send(&self, request: Request) -> Result<Response, Error> {
        let repeatable = request.idempotent || self.retry_non_idempotent;
        let mut delays = backon::ExponentialBuilder::default()
            .with_min_delay(self.retry.initial_delay)
            .with_max_delay(self.retry.max_delay)
            .with_max_times(self.retry.max_retries)
            .with_jitter()
            .build();
        loop {
            let response = match self.send_once(&request).await {
                Ok(response) => response,
                Err(Error::Transport(error)) if repeatable && !error.is_builder() => {
                    let Some(backoff) = delays.next() else {
                        return Err(Error::Transport(error))
                    };
                    tokio::time::sleep(backoff).await;
                    continue;
                }
                Err(error) => return Err(error),
            };
            let retryable = response.status == reqwest::StatusCode::TOO_MANY_REQUESTS
                || (repeatable && response.status.is_server_error());
            if !retryable {
                return Ok(response);
            }
            let Some(backoff) = delays.next() else { return Ok(response) };
            let delay = match retry_after(&response.headers) {
                Some(wait) if wait > self.retry.max_delay => return Ok(response),
                Some(wait) => wait.max(backoff),
                None => backoff,
            };
            tokio::time::sleep(delay).await;
        }
    }

    /// One attempt: sends the request, follows redirects and reads the whole response.
    ///
    /// Redirects are followed here, not by the HTTP client, so that credentials never leave
    /// the origin of the base URL: a hop to another origin (scheme, host or port) carries no
    /// credentials of any kind and none of the request's headers, a 307 or 308 to another
    /// origin that would send the body again is an error (the body may hold credentials or
    /// tokens), and once the request has left the origin no later hop carries them either.
    async fn send_once(&self, request: &Request) -> Result<Response, Error> {
        if self.base_url.is_empty() {
            return Err(
                Error::InvalidRequest(
                    "the client has no base URL: the spec names no absolute server, so set one with `with_base_url`"
                        .to_owned(),
                ),
            );
        }
        let url = format!("{}{}", self.base_url, request.path);
        let url = reqwest::Url::parse(&url)
            .map_err(|error| Error::InvalidRequest(
                format!("`{url}` is not a valid URL: {error}"),
            ))?;
        let origin = url.origin();
        let deadline = tokio::time::Instant::now() + self.timeouts.total;
        let mut hop = Hop {
            url,
            method: request.method.clone(),
            first: true,
            body: true,
            home: true,
        };
        for _ in 0..=MAX_REDIRECTS {
            let home = hop.home;
            let remaining = deadline
                .saturating_duration_since(tokio::time::Instant::now());
            let mut builder = self
                .http
                .request(hop.method.clone(), hop.url.clone())
                .timeout(remaining);
            if hop.first && !request.query.is_empty() {
                builder = builder.query(&request.query);
            }
            if home {
                for (name, value) in &request.headers {
                    builder = builder.header(*name, header_value(name, value)?);
                }
            }
            let (mut builder, _) = if home {
                self.authenticate(builder, request.auth).await?
            } else {
                (builder, Vec::new())
            };
            let sends_body = hop.body && !request.body.is_none();
            if hop.body {
                builder = match &request.body {
                    Body::None => builder,
                    Body::Json(value) => builder.json(value),
                };
            }
            let response = builder.send().await.map_err(|error| self.failed(error))?;
            let Some(next) = redirect_location(&response)? else {
                let status = response.status();
                let headers = response.headers().clone();
                let body = self.read_body(response, request.operation).await?;
                return Ok(Response { status, headers, body });
            };
            let status = response.status();
            let next_home = home && next.origin() == origin;
            if status == reqwest::StatusCode::TEMPORARY_REDIRECT
                || status == reqwest::StatusCode::PERMANENT_REDIRECT
            {
                if sends_body && !next_home {
                    return Err(
                        Error::Redirect(
                            format!(
                                "the server answered {status} to `{}`, redirecting its body to another origin ({}); \
                                 a request body is never sent to another origin, since it may hold credentials",
                                request.operation,
                                next.origin().ascii_serialization(),
                            ),
                        ),
                    );
                }
            } else {
                if hop.method != reqwest::Method::HEAD {
                    hop.method = reqwest::Method::GET;
                }
                hop.body = false;
            }
            hop = Hop {
                url: next,
                first: false,
                home: next_home,
                ..hop
            };
        }
        Err(
            Error::Redirect(
                format!(
                    "`{}` was redirected more than {MAX_REDIRECTS} times",
                    request.operation,
                ),
            ),
        )
    }

    /// Reads a response body, counting its bytes as they arrive (after decompression, when
    /// the HTTP client decompresses) so that no more than the limit is ever held.
    async fn read_body(
        &self,
        mut response: reqwest::Response,
        operation: &'static str,
    ) -> Result<Vec<u8>, Error> {
        let limit = self.limits.max_response_bytes;
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.failed(error))?
        {
            if chunk.len() > limit - body.len() {
                return Err(Error::TooLarge {
                    operation,
                    limit,
                });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    /// A transport error as the client returns it: the values of any credentials sent as query
    /// parameters are hidden in its URL (which its `Display` and `Debug` show).
    fn failed(&self, error: reqwest::Error) -> Error {
        Error::Transport(error)
    }

    /// Applies the first alternative whose schemes all have credentials; credentials that are
    /// form fields are returned for the body.
    async fn authenticate(
        &self,
        mut builder: reqwest::RequestBuilder,
        alternatives: &[&[&str]],
    ) -> Result<(reqwest::RequestBuilder, Vec<(&'static str, String)>), Error> {
        let form_fields = Vec::new();
        let credential = |scheme: &str| {
            self.credentials.iter().find(|(name, _)| *name == scheme).map(|(_, c)| c)
        };
        let Some(chosen) = alternatives
            .iter()
            .find(|schemes| schemes.iter().all(|s| credential(s).is_some())) else {
            return Ok((builder, form_fields));
        };
        for credential in chosen.iter().filter_map(|scheme| credential(scheme)) {
            builder = match credential {
                Credential::Bearer(token) => builder.bearer_auth(&token.0),
                Credential::BearerProvider(provider) => {
                    let token = provider.0.token().await.map_err(Error::Token)?;
                    builder.bearer_auth(token)
                }
            };
        }
        Ok((builder, form_fields))
    }
}

impl Response {
    /// Decodes a JSON body, naming the path of the first value that does not fit. An empty body
    /// (a `204`, or a server with nothing to say) reads as `null` where the type allows it,
    /// else as `{}` where every field is optional, else it is an error like any other.
    pub(crate) fn json<T: DeserializeOwned>(self) -> Result<T, Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            if let Ok(nothing) = serde_json::from_slice(b"null")
                .or_else(|_| serde_json::from_slice(b"{}"))
            {
                return Ok(nothing);
            }
        }
        let deserializer = &mut serde_json::Deserializer::from_slice(&self.body);
        serde_path_to_error::deserialize(deserializer)
            .map_err(|error| {
                let path = match error.path().to_string() {
                    path if path == "?" => ".".to_owned(),
                    path => path,
                };
                Error::Decode(
                    Box::new(DecodeError {
                        status: self.status,
                        path,
                        message: error.into_inner().to_string(),
                        body: self.body,
                    }),
                )
            })
    }

    /// The body as bytes.
    pub(crate) fn bytes(self) -> Vec<u8> {
        self.body
    }

    /// The error for a status the operation does not treat as success, with the meaning the
    /// spec gives the first of `meanings` (`(first, last, meaning)` status ranges) that covers it.
    pub(crate) fn into_error(self, meanings: &[(u16, u16, &'static str)]) -> Error {
        let code = self.status.as_u16();
        let meaning = meanings
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&code))
            .map(|(_, _, m)| *m);
        Error::Status(
            Box::new(StatusError {
                status: self.status,
                meaning,
                headers: self.headers,
                body: self.body,
            }),
        )
    }
}

/// How long a `Retry-After` header asks to wait: delay-seconds or an HTTP date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// The HTTP client this crate builds: it follows no redirects itself (the connection does,
/// keeping credentials on the API's origin) and has the connect and read timeouts of `timeouts`.
fn http_client(timeouts: &Timeouts) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeouts.connect)
        .read_timeout(timeouts.read)
        .build()
        .unwrap_or_else(|error| {
            panic!("the HTTP client cannot start (no TLS backend?): {error}")
        })
}

/// Where a redirect (301, 302, 303, 307 or 308 with a `Location`) sends the request next:
/// `None` for any other response, which is the answer.
fn redirect_location(
    response: &reqwest::Response,
) -> Result<Option<reqwest::Url>, Error> {
    use reqwest::StatusCode;

    let redirects = [
        StatusCode::MOVED_PERMANENTLY,
        StatusCode::FOUND,
        StatusCode::SEE_OTHER,
        StatusCode::TEMPORARY_REDIRECT,
        StatusCode::PERMANENT_REDIRECT,
    ];
    if !redirects.contains(&response.status()) {
        return Ok(None);
    }
    let Some(location) = response.headers().get(reqwest::header::LOCATION) else {
        return Ok(None)
    };
    let status = response.status();
    let next = location
        .to_str()
        .ok()
        .and_then(|location| response.url().join(location).ok())
        .ok_or_else(|| Error::Redirect(
            format!("the server answered {status} with a location that is no URL"),
        ))?;
    if !matches!(next.scheme(), "http" | "https") {
        return Err(
            Error::Redirect(
                format!(
                    "the server answered {status} with a `{}:` location",
                    next.scheme(),
                ),
            ),
        );
    }
    Ok(Some(next))
}

fn header_value(name: &str, value: &str) -> Result<reqwest::header::HeaderValue, Error> {
    reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| {
            Error::InvalidRequest(
                format!(
                    "the value of header `{name}` contains characters a header cannot carry",
                ),
            )
        })
}

/// Name/value pairs of query, header or cookie parameters, in the order they are added.
#[derive(Default)]
pub(crate) struct Params(Vec<(&'static str, String)>);

impl Params {
    pub(crate) fn add<T: serde::Serialize>(&mut self, name: &'static str, value: &T) {
        self.0.push((name, param_text(value)));
    }

    pub(crate) fn add_optional<T: serde::Serialize>(
        &mut self,
        name: &'static str,
        value: Option<&T>,
    ) {
        if let Some(value) = value {
            self.add(name, value);
        }
    }

    pub(crate) fn into_pairs(self) -> Vec<(&'static str, String)> {
        self.0
    }
}

/// Everything but unreserved characters is escaped in a path segment, dots included, so a
/// value can never add segments, a query, a fragment or a `..` to the path.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'~');

/// A value as one percent-encoded path segment. Empty and dot-only values are refused:
/// URL parsers treat `.`, `..` and their encoded forms as directory steps, whatever the escaping.
pub(crate) fn path_segment<T: serde::Serialize>(
    name: &str,
    value: &T,
) -> Result<String, Error> {
    let text = param_text(value);
    if text.is_empty() || text.chars().all(|c| c == '.') {
        return Err(
            Error::InvalidRequest(format!("path parameter `{name}` cannot be {text:?}")),
        );
    }
    Ok(percent_encoding::utf8_percent_encode(&text, PATH_SEGMENT).to_string())
}

/// A parameter value as text: strings as they are, numbers and booleans written out,
/// dates in ISO 8601, lists comma-separated.
pub(crate) fn param_text<T: serde::Serialize>(value: &T) -> String {
    fn text(value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            serde_json::Value::Array(items) => {
                items.iter().map(text).collect::<Vec<_>>().join(",")
            }
            other => other.to_string(),
        }
    }
    serde_json::to_value(value).map(|v| text(&v)).unwrap_or_default()
}

/// A body value as JSON.
pub(crate) fn json_body<T: serde::Serialize>(value: &T) -> Result<Body, Error> {
    serde_json::to_value(value)
        .map(Body::Json)
        .map_err(|error| Error::InvalidRequest(
            format!("the body cannot be written as JSON: {error}"),
        ))
}

/// Deserializes an optional field that is present and may be `null`, so that `null`
/// (`Some(None)`, or `Some(Value::Null)` for any JSON value) stays apart from absence
/// (`None`, from `#[serde(default)]`).
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

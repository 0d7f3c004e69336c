// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! The connection of one API module's client: sends requests, retrying and following redirects
//! as its settings say, and reads whole responses within its limits.

use std::sync::Arc;
use std::time::Duration;

use backon::BackoffBuilder;

use super::{
    Body, Credential, Credentials, Error, Limits, Request, RequestHook, Response, ResponseValue, RetryPolicy, Streamed,
    Timeouts, header_value, join_form, multipart_form, redact_query,
};

/// Redirects one attempt follows before it gives up.
const MAX_REDIRECTS: usize = 10;

/// The `User-Agent` of the HTTP client this crate builds: the crate's name and version (some APIs,
/// GitHub's among them, refuse requests without one).
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Base URL, HTTP client, timeouts, limits, retry policy and credentials of one API module's client.
#[derive(Clone, Debug)]
pub struct Connection {
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
    credentials: Credentials,
    /// Headers sent with every request to the base URL's origin, before the request's own.
    headers: reqwest::header::HeaderMap,
    /// Hooks called with every request to the base URL's origin, in the order they were added.
    hooks: Vec<Hook>,
}

/// A shared [`RequestHook`]; shows as `<request hook>` in `Debug` output.
#[derive(Clone)]
struct Hook(Arc<dyn RequestHook>);

impl std::fmt::Debug for Hook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<request hook>")
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

impl Connection {
    /// A connection to `base_url` with the default settings and no credentials.
    pub fn new(base_url: String) -> Self {
        let timeouts = Timeouts::default();
        Connection {
            base_url: base_url.trim_end_matches('/').to_owned(),
            http: http_client(&timeouts),
            own_http: true,
            timeouts,
            limits: Limits::default(),
            retry: RetryPolicy::default(),
            retry_non_idempotent: false,
            credentials: Credentials::default(),
            headers: reqwest::header::HeaderMap::new(),
            hooks: Vec::new(),
        }
    }

    /// Sends requests to `base_url` instead.
    pub fn set_base_url(&mut self, base_url: String) {
        self.base_url = base_url.trim_end_matches('/').to_owned();
    }

    /// Sends requests with `http`, which keeps its own connect and read timeouts.
    pub fn set_http_client(&mut self, http: reqwest::Client) {
        self.http = http;
        self.own_http = false;
    }

    /// Sets every timeout.
    pub fn set_timeouts(&mut self, timeouts: Timeouts) {
        if self.own_http && (timeouts.connect, timeouts.read) != (self.timeouts.connect, self.timeouts.read) {
            self.http = http_client(&timeouts);
        }
        self.timeouts = timeouts;
    }

    /// Sets the timeout of a whole attempt.
    pub fn set_timeout(&mut self, total: Duration) {
        self.timeouts.total = total;
    }

    /// Sets the limits.
    pub fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// Pages one paging stream fetches at most.
    pub fn max_pages(&self) -> usize {
        self.limits.max_pages
    }

    /// Sets the retry policy.
    pub fn set_retry_policy(&mut self, retry: RetryPolicy) {
        self.retry = retry;
    }

    /// Retries 5xx answers and transport errors of every request, not only idempotent ones.
    pub fn retry_non_idempotent(&mut self) {
        self.retry_non_idempotent = true;
    }

    /// Sets the credential of the security scheme named `scheme`.
    pub fn set_credential(&mut self, scheme: &'static str, credential: Credential) {
        self.credentials.set(scheme, credential);
    }

    /// Sends `value` as the `name` header with every request to the base URL's origin, replacing
    /// an earlier default of that name.
    pub fn set_header(&mut self, name: reqwest::header::HeaderName, value: reqwest::header::HeaderValue) {
        self.headers.insert(name, value);
    }

    /// Calls `hook` with every request to the base URL's origin, after the hooks added before.
    pub fn add_hook(&mut self, hook: impl RequestHook + 'static) {
        self.hooks.push(Hook(Arc::new(hook)));
    }

    /// The base URL, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends the request, retrying as the retry policy says: 429 answers always, 5xx answers and
    /// transport errors only when the request may be sent twice (an idempotent method, an
    /// idempotency key, or the caller says so); reads the whole response.
    pub async fn send(&self, request: Request) -> Result<Response, Error> {
        let response = self.attempts(&request, false).await?;
        let (status, headers) = (response.status(), response.headers().clone());
        let body =
            read_limited(response, request.operation, self.limits.max_response_bytes, |error| self.failed(error))
                .await?;
        Ok(Response { operation: request.operation, status, headers, body })
    }

    /// What a generated `send_with_response()` does once its builder has made the request (or
    /// failed to): sends it as [`send`](Self::send) does and decodes the answer with `decode`.
    /// Written once here, so that each operation's own code is a plain function that builds the
    /// request rather than an `async` body of its own, which rustc would check per operation.
    pub async fn execute<T>(
        &self,
        request: Result<Request, Error>,
        decode: impl FnOnce(Response) -> Result<T, Error>,
    ) -> Result<ResponseValue<T>, Error> {
        self.send(request?).await?.decode(decode)
    }

    /// Sends the request as [`send`](Self::send) does, but hands the answer over with its body
    /// unread, for a success to be read as a stream. The total timeout covers the attempts up to
    /// the response's head only (a stream may last as long as the server keeps it going); the read
    /// timeout still cuts off a server that stalls.
    pub async fn open(&self, request: Request) -> Result<Streamed, Error> {
        let response = self.attempts(&request, true).await?;
        let (status, headers) = (response.status(), response.headers().clone());
        let limit = self.limits.max_response_bytes;
        Ok(Streamed { operation: request.operation, status, headers, response, limit })
    }

    /// The attempts of [`send`](Self::send) and [`open`](Self::open): the answer to the last one,
    /// body unread. A body that is a stream cannot be sent twice: its request is never retried.
    async fn attempts(&self, request: &Request, streamed: bool) -> Result<reqwest::Response, Error> {
        let once = !request.body.is_repeatable();
        let repeatable =
            (request.idempotent || request.options.idempotency_key.is_some() || self.retry_non_idempotent) && !once;
        let mut delays = backon::ExponentialBuilder::default()
            .with_min_delay(self.retry.initial_delay)
            .with_max_delay(self.retry.max_delay)
            .with_max_times(if once { 0 } else { self.retry.max_retries })
            .with_jitter()
            .build();
        let mut attempt = 0u32;
        loop {
            attempt = attempt.saturating_add(1);
            let response = match self.attempt(request, attempt, streamed).await {
                Ok(response) => response,
                Err(Error::Transport(error)) if repeatable && !error.is_builder() => {
                    let Some(backoff) = delays.next() else { return Err(Error::Transport(error)) };
                    tokio::time::sleep(backoff).await;
                    continue;
                }
                Err(error) => return Err(error),
            };
            let retryable = response.status() == reqwest::StatusCode::TOO_MANY_REQUESTS
                || (repeatable && response.status().is_server_error());
            if !retryable {
                return Ok(response);
            }
            let Some(backoff) = delays.next() else { return Ok(response) };
            let delay = match retry_after(response.headers()) {
                Some(wait) if wait > self.retry.max_delay => return Ok(response),
                Some(wait) => wait.max(backoff),
                None => backoff,
            };
            tokio::time::sleep(delay).await;
        }
    }

    /// One attempt, with the `tracing` feature inside a span `request` whose fields are the
    /// operation, method, path template and attempt number, and the status once answered. The span
    /// holds no parameter values, credentials or bodies: the template, not the filled path.
    #[cfg(feature = "tracing")]
    async fn attempt(&self, request: &Request, attempt: u32, streamed: bool) -> Result<reqwest::Response, Error> {
        use tracing::Instrument as _;
        let span = tracing::info_span!(
            "request",
            operation = request.operation,
            method = %request.method,
            path = request.template,
            attempt,
            status = tracing::field::Empty,
        );
        let result = self.send_once(request, streamed).instrument(span.clone()).await;
        if let Ok(response) = &result {
            span.record("status", response.status().as_u16());
        }
        result
    }

    /// One attempt (the `tracing` feature would wrap it in a span).
    #[cfg(not(feature = "tracing"))]
    async fn attempt(&self, request: &Request, _attempt: u32, streamed: bool) -> Result<reqwest::Response, Error> {
        self.send_once(request, streamed).await
    }

    /// One attempt: sends the request and follows redirects; the body of the answer is left unread.
    /// A `streamed` answer is not cut off by the total timeout once its head has arrived.
    ///
    /// Redirects are followed here, not by the HTTP client, so that credentials never leave
    /// the origin of the base URL: a hop to another origin (scheme, host or port) carries no
    /// credentials of any kind and none of the request's headers, a 307 or 308 to another
    /// origin that would send the body again is an error (the body may hold credentials or
    /// tokens), and once the request has left the origin no later hop carries them either.
    async fn send_once(&self, request: &Request, streamed: bool) -> Result<reqwest::Response, Error> {
        if self.base_url.is_empty() {
            return Err(Error::InvalidRequest(
                "the client has no base URL: the spec names no absolute server, so set one with `with_base_url`"
                    .to_owned(),
            ));
        }
        let url = format!("{}{}", self.base_url, request.path);
        let url = reqwest::Url::parse(&url)
            .map_err(|error| Error::InvalidRequest(format!("`{url}` is not a valid URL: {error}")))?;
        let origin = url.origin();
        let deadline = tokio::time::Instant::now() + request.options.timeout.unwrap_or(self.timeouts.total);
        let extra_headers = request.options.headers()?;
        let mut hop = Hop { url, method: request.method.clone(), first: true, body: true, home: true };
        for _ in 0..=MAX_REDIRECTS {
            let home = hop.home;
            let remaining = deadline.saturating_duration_since(tokio::time::Instant::now());
            let mut url = hop.url.clone();
            if hop.first && !request.query.is_empty() {
                let query = match url.query().filter(|query| !query.is_empty()) {
                    Some(own) => format!("{own}&{}", request.query.as_str()),
                    None => request.query.as_str().to_owned(),
                };
                url.set_query(Some(&query));
            }
            let mut builder = self.http.request(hop.method.clone(), url);
            if !streamed {
                builder = builder.timeout(remaining);
            }
            if home {
                builder = builder.headers(self.headers.clone());
                for (name, value) in request.header_pairs() {
                    builder = builder.header(name, header_value(name, &value)?);
                }
                builder = builder.headers(extra_headers.clone());
            }
            let (mut builder, form_fields) =
                if home { self.credentials.apply(builder, request.auth).await? } else { (builder, Vec::new()) };
            // Credentials that are form fields make a body of a request that has none.
            let sends_body = hop.body && !(matches!(request.body, Body::None) && form_fields.is_empty());
            if hop.body {
                builder = match &request.body {
                    // Credentials that travel as form fields make a form of a request without a body.
                    Body::None if !form_fields.is_empty() => builder
                        .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .body(join_form("", &form_fields)),
                    Body::None => builder,
                    Body::Json { content_type, value } => {
                        builder.header(reqwest::header::CONTENT_TYPE, *content_type).json(value)
                    }
                    Body::Form(text) => builder
                        .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .body(join_form(text, &form_fields)),
                    Body::Multipart(parts) => builder.multipart(multipart_form(parts)?),
                    Body::Raw { content_type, bytes } => {
                        builder.header(reqwest::header::CONTENT_TYPE, *content_type).body(bytes.clone())
                    }
                    Body::Stream { content_type, body } => {
                        let Some(body) = body.lock().ok().and_then(|mut body| body.take()) else {
                            return Err(Error::InvalidRequest(format!(
                                "the body of `{}` is a stream, which cannot be sent again (a redirect asked for it)",
                                request.operation
                            )));
                        };
                        builder.header(reqwest::header::CONTENT_TYPE, *content_type).body(body)
                    }
                };
            }
            let mut http_request = builder.build().map_err(|error| self.failed(error))?;
            if home {
                for hook in &self.hooks {
                    hook.0.on_request(&mut http_request);
                }
            }
            let response = if streamed {
                match tokio::time::timeout(remaining, self.http.execute(http_request)).await {
                    Ok(response) => response,
                    Err(_) => return Err(Error::TimedOut { operation: request.operation }),
                }
            } else {
                self.http.execute(http_request).await
            };
            let response = response.map_err(|error| self.failed(error))?;
            let Some(next) = redirect_location(&response)? else { return Ok(response) };
            let status = response.status();
            let next_home = home && next.origin() == origin;
            if status == reqwest::StatusCode::TEMPORARY_REDIRECT || status == reqwest::StatusCode::PERMANENT_REDIRECT {
                if sends_body && !next_home {
                    return Err(Error::Redirect(format!(
                        "the server answered {status} to `{}`, redirecting its body to another origin ({}); \
                         a request body is never sent to another origin, since it may hold credentials",
                        request.operation,
                        next.origin().ascii_serialization(),
                    )));
                }
            } else {
                // A 301, 302 or 303 turns the request into a GET without a body, as browsers do.
                if hop.method != reqwest::Method::HEAD {
                    hop.method = reqwest::Method::GET;
                }
                hop.body = false;
            }
            hop = Hop { url: next, first: false, home: next_home, ..hop };
        }
        Err(Error::Redirect(format!("`{}` was redirected more than {MAX_REDIRECTS} times", request.operation)))
    }

    /// A transport error as the client returns it: the values of any credentials sent as query
    /// parameters are hidden in its URL (which its `Display` and `Debug` show).
    fn failed(&self, mut error: reqwest::Error) -> Error {
        let keys = self.credentials.query_names();
        if let Some(url) = error.url_mut() {
            redact_query(url, &keys);
        }
        Error::Transport(error)
    }
}

/// Reads a response body, counting its bytes as they arrive (after decompression, when the HTTP
/// client decompresses) so that no more than `limit` is ever held; `failed` makes a transport
/// error the client's.
pub(super) async fn read_limited(
    mut response: reqwest::Response,
    operation: &'static str,
    limit: usize,
    failed: impl Fn(reqwest::Error) -> Error,
) -> Result<Vec<u8>, Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(&failed)? {
        if chunk.len() > limit - body.len() {
            return Err(Error::TooLarge { operation, limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
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
/// keeping credentials on the API's origin), has the connect and read timeouts of `timeouts` and
/// names the crate as its `User-Agent`.
fn http_client(timeouts: &Timeouts) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeouts.connect)
        .read_timeout(timeouts.read)
        .build()
        .unwrap_or_else(|error| panic!("the HTTP client cannot start (no TLS backend?): {error}"))
}

/// Where a redirect (301, 302, 303, 307 or 308 with a `Location`) sends the request next:
/// `None` for any other response, which is the answer.
fn redirect_location(response: &reqwest::Response) -> Result<Option<reqwest::Url>, Error> {
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
    let Some(location) = response.headers().get(reqwest::header::LOCATION) else { return Ok(None) };
    let status = response.status();
    let next = location
        .to_str()
        .ok()
        .and_then(|location| response.url().join(location).ok())
        .ok_or_else(|| Error::Redirect(format!("the server answered {status} with a location that is no URL")))?;
    if !matches!(next.scheme(), "http" | "https") {
        return Err(Error::Redirect(format!("the server answered {status} with a `{}:` location", next.scheme())));
    }
    Ok(Some(next))
}

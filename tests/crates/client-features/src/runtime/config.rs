// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Client settings: retries, timeouts, limits and credentials.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// How failed requests are retried.
///
/// A 429 (Too Many Requests) answer is retried for every method: the server refused the
/// request before processing it. 5xx answers and connection errors (including timeouts) are
/// retried only when sending the request twice is harmless: for the idempotent methods
/// (GET, HEAD, PUT, DELETE, OPTIONS, TRACE), for requests carrying an idempotency key the
/// spec declares, for a request marked `.idempotent()`, or for every request of a client
/// made with `with_non_idempotent_retries()`. A POST answered 500 may have charged or sent
/// something already.
///
/// Delays grow exponentially from `initial_delay` up to `max_delay`, with random jitter.
/// A `Retry-After` header is honoured: the client waits at least that long, and gives up
/// (returning the error response) when the server asks for more than `max_delay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: usize,
    /// Delay before the first retry.
    pub initial_delay: Duration,
    /// Longest delay between two attempts.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// No retries.
    pub const NONE: RetryPolicy =
        RetryPolicy { max_retries: 0, initial_delay: Duration::ZERO, max_delay: Duration::ZERO };
}

impl Default for RetryPolicy {
    /// Three retries, from half a second up to thirty seconds apart.
    fn default() -> Self {
        RetryPolicy { max_retries: 3, initial_delay: Duration::from_millis(500), max_delay: Duration::from_secs(30) }
    }
}

/// How long a server may keep a request waiting. Each attempt (a retry is a new attempt)
/// fails with a timeout error, which [`Error::is_timeout`](crate::Error::is_timeout) tells,
/// when one of these passes.
///
/// The connect and read timeouts belong to the HTTP client this crate builds; a client given to
/// `with_http_client` keeps its own (only `total` applies to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Longest wait to open a connection (TCP and TLS handshakes).
    pub connect: Duration,
    /// Longest wait for the next bytes of a response: a server that stalls is cut off.
    pub read: Duration,
    /// Longest time for a whole attempt, from connecting to the last byte of the body,
    /// redirects included: a server that sends a byte now and then is cut off too.
    pub total: Duration,
}

impl Default for Timeouts {
    /// Ten seconds to connect, thirty between two reads, sixty for the whole attempt.
    fn default() -> Self {
        Timeouts { connect: Duration::from_secs(10), read: Duration::from_secs(30), total: Duration::from_secs(60) }
    }
}

/// How much a server can make the client hold or fetch; a response or a stream that passes
/// a limit ends with an error naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest response body, in bytes, counted as it arrives (after decompression, when the
    /// HTTP client decompresses): a larger body is an error before it is all read.
    pub max_response_bytes: usize,
    /// Pages one `pages()` or `items()` stream fetches at most; the stream ends with an error
    /// when the server offers more.
    pub max_pages: usize,
}

impl Default for Limits {
    /// Responses of at most 32 MiB and ten thousand pages per stream.
    fn default() -> Self {
        Limits { max_response_bytes: 32 << 20, max_pages: 10_000 }
    }
}

/// Called with every request just before it is sent to the API's origin (never to another origin
/// a redirect leads to), retries and redirects included: it may add or change headers (request
/// signing), or log or count the request.
pub trait RequestHook: Send + Sync {
    /// Sees, and may change, the request about to be sent.
    fn on_request(&self, request: &mut reqwest::Request);
}

impl<F: Fn(&mut reqwest::Request) + Send + Sync> RequestHook for F {
    fn on_request(&self, request: &mut reqwest::Request) {
        self(request);
    }
}

/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = Result<String, Box<dyn std::error::Error + Send + Sync>>> + Send + 'a>>;

/// Supplies bearer tokens on demand, so that an expiring token can be refreshed between requests.
///
/// Any `Fn() -> impl Future<Output = Result<String, E>>` closure is a provider.
pub trait TokenProvider: Send + Sync {
    /// The token to send with the next request.
    fn token(&self) -> TokenFuture<'_>;
}

impl<F, Fut, E> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<String, E>> + Send + 'static,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    fn token(&self) -> TokenFuture<'_> {
        let future = self();
        Box::pin(async move { future.await.map_err(Into::into) })
    }
}

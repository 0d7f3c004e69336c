// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Options a caller sets on one request, beyond the operation's parameters: a timeout, extra
//! headers and an idempotency key.

use std::time::Duration;

use super::{Error, header_value};

/// The header an idempotency key travels in (the IETF draft `Idempotency-Key` header, which
/// Stripe, Adyen and PayPal read).
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// What one request adds to the client's settings.
#[derive(Clone, Default)]
pub struct RequestOptions {
    /// The timeout of each attempt of this request, instead of the client's total timeout.
    pub timeout: Option<Duration>,
    /// Headers sent after the operation's own and the client's defaults, replacing any of the
    /// same name; like those, only to the API's origin.
    pub headers: reqwest::header::HeaderMap,
    /// The idempotency key, sent as the `Idempotency-Key` header.
    pub idempotency_key: Option<String>,
    /// Whether the caller marked a request of a method that is not idempotent (`POST`, `PATCH`) as
    /// safe to send twice, so that it is retried as idempotent ones are.
    pub idempotent: bool,
}

impl RequestOptions {
    /// The headers to send: the extra headers, then the idempotency key, or an error when the
    /// key cannot be a header value.
    pub fn headers(&self) -> Result<reqwest::header::HeaderMap, Error> {
        let mut headers = self.headers.clone();
        if let Some(key) = &self.idempotency_key {
            headers.insert(IDEMPOTENCY_KEY, header_value(IDEMPOTENCY_KEY, key)?);
        }
        Ok(headers)
    }
}

/// Shows the names of the extra headers but not their values, nor the key: they may be credentials.
impl std::fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestOptions")
            .field("timeout", &self.timeout)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("idempotency_key", &self.idempotency_key.as_ref().map(|_| "<redacted>"))
            .field("idempotent", &self.idempotent)
            .finish()
    }
}

/// The per-request option methods of a request builder, written once here instead of in every
/// operation: inside a builder's `impl` whose struct has a field `options: RequestOptions`, this
/// expands to `with_timeout`, `with_header` and `with_idempotency_key`; given a name
/// (`request_options!(idempotent)`, for a method that is not idempotent), also to the method of
/// that name that marks the request as safe to send twice. (Only generated crates and the tests
/// below expand it: the runtime crate's own library has no builders.)
#[allow(unused_macros)]
macro_rules! request_options {
    ($($idempotent:ident)?) => {
        /// Gives up on each attempt of this request after `timeout`, instead of the client's total
        /// timeout (see [`Client::with_timeout`](super::Client::with_timeout)).
        pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }

        /// Sends `value` as the `name` header with this request, replacing the operation's own
        /// header and the client's default of that name; like those, never to another origin a
        /// redirect leads to.
        pub fn with_header(mut self, name: reqwest::header::HeaderName, value: reqwest::header::HeaderValue) -> Self {
            self.options.headers.insert(name, value);
            self
        }

        /// Sends `key` as the `Idempotency-Key` header: a server that honours it applies the
        /// request once however often it arrives, so a 5xx answer or a connection error is retried
        /// even for a POST (see [`RetryPolicy`](crate::RetryPolicy)).
        pub fn with_idempotency_key(mut self, key: impl Into<String>) -> Self {
            self.options.idempotency_key = Some(key.into());
            self
        }

        $(
            /// Marks this request as safe to send twice, so that a 5xx answer or a connection error is
            /// retried as for idempotent methods (see [`RetryPolicy`](crate::RetryPolicy)).
            pub fn $idempotent(mut self) -> Self {
                self.options.idempotent = true;
                self
            }
        )?
    };
}
pub(crate) use request_options;

#[cfg(test)]
mod tests {
    use super::RequestOptions;

    /// A builder as the generated ones are, as far as options go.
    #[derive(Default)]
    struct Builder {
        options: RequestOptions,
    }

    impl Builder {
        request_options!(idempotent);
    }

    #[test]
    fn the_builder_methods_set_the_options() {
        let builder = Builder::default()
            .with_timeout(std::time::Duration::from_secs(3))
            .with_header(
                reqwest::header::HeaderName::from_static("x-trace"),
                reqwest::header::HeaderValue::from_static("t-1"),
            )
            .with_idempotency_key("k-2")
            .idempotent();
        assert_eq!(builder.options.timeout, Some(std::time::Duration::from_secs(3)));
        assert_eq!(builder.options.headers.get("x-trace").and_then(|v| v.to_str().ok()), Some("t-1"));
        assert_eq!(builder.options.idempotency_key.as_deref(), Some("k-2"));
        assert!(builder.options.idempotent);
    }

    #[test]
    fn the_key_is_a_header_and_debug_shows_no_values() {
        let mut options = RequestOptions { idempotency_key: Some("k-1".to_owned()), ..RequestOptions::default() };
        options.headers.insert("x-secret", reqwest::header::HeaderValue::from_static("hidden"));
        let headers = options.headers().unwrap();
        assert_eq!(headers.get("idempotency-key").and_then(|v| v.to_str().ok()), Some("k-1"));
        assert_eq!(headers.get("x-secret").and_then(|v| v.to_str().ok()), Some("hidden"));
        let shown = format!("{options:?}");
        assert!(shown.contains("x-secret") && !shown.contains("hidden") && !shown.contains("k-1"), "{shown}");
        options.idempotency_key = Some("line\nbreak".to_owned());
        assert!(options.headers().is_err());
    }
}

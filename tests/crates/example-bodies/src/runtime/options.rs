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
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::RequestOptions;

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

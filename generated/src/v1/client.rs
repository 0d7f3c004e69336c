// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! The client of this API module.

/// Client for the Zoom chat/ API.
#[derive(Debug, Clone)]
pub struct Client {
    pub(super) connection: crate::runtime::Connection,
}

impl Client {
    /// The server the spec names.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.zoom.us/v1";

    /// A client for [`Client::DEFAULT_BASE_URL`].
    pub fn new() -> Self {
        Self::with_base_url(Self::DEFAULT_BASE_URL)
    }
}

impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}

impl Client {
    /// A client for the given base URL (for tests, proxies or regional hosts).
    pub fn with_base_url(base_url: impl Into<String>) -> Self {
        Client {
            connection: crate::runtime::Connection::new(base_url.into()),
        }
    }

    /// Sends requests with the given HTTP client (for its proxy, TLS or pool settings).
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.connection.set_http_client(http);
        self
    }

    /// Gives up on a request that takes longer than `timeout`.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.connection.set_timeout(timeout);
        self
    }

    /// Retries 429 and 5xx answers as `policy` says (the default: [`RetryPolicy::default`](crate::RetryPolicy::default);
    /// [`RetryPolicy::NONE`](crate::RetryPolicy::NONE) turns retrying off).
    pub fn with_retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.connection.set_retry_policy(policy);
        self
    }

    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        self.connection.base_url()
    }

    /// Sends `value` as the `api_key` form field wherever the `api_key` scheme applies.
    ///
    /// Defined by the generation manifest.
    pub fn with_api_key(mut self, value: impl Into<String>) -> Self {
        let credential = crate::runtime::Credential::FormField {
            name: "api_key",
            value: crate::runtime::Secret(value.into()),
        };
        self.connection.set_credential("api_key", credential);
        self
    }

    /// Sends `value` as the `api_secret` form field wherever the `api_secret` scheme applies.
    ///
    /// Defined by the generation manifest.
    pub fn with_api_secret(mut self, value: impl Into<String>) -> Self {
        let credential = crate::runtime::Credential::FormField {
            name: "api_secret",
            value: crate::runtime::Secret(value.into()),
        };
        self.connection.set_credential("api_secret", credential);
        self
    }

    /// Get chat messages for a specified period.
    ///
    /// `POST /chat/get`
    pub fn chat_get(
        &self,
        body: super::models::ChatGetRequest,
    ) -> super::requests::ChatGet<'_> {
        super::requests::ChatGet::new(self, body)
    }

    /// Get chat history list for a specified time period.
    ///
    /// `POST /chat/list`
    pub fn chat_list(
        &self,
        body: super::models::ChatListRequest,
    ) -> super::requests::ChatList<'_> {
        super::requests::ChatList::new(self, body)
    }
}

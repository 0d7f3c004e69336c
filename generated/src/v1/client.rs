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

    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        self.connection.base_url()
    }

    /// Get chat messages for a specified period.
    ///
    /// `POST /chat/get`
    ///
    /// The spec asks for the security scheme `api_key` (named by the spec but not defined there), `api_secret` (named by the spec but not defined there); credentials for it are not attached automatically, so supply them yourself (for example as default headers of the HTTP client given to `Client::with_http_client`).
    pub fn chat_get(
        &self,
        body: super::models::ChatGetRequest,
    ) -> super::requests::ChatGet<'_> {
        super::requests::ChatGet::new(self, body)
    }

    /// Get chat history list for a specified time period.
    ///
    /// `POST /chat/list`
    ///
    /// The spec asks for the security scheme `api_key` (named by the spec but not defined there), `api_secret` (named by the spec but not defined there); credentials for it are not attached automatically, so supply them yourself (for example as default headers of the HTTP client given to `Client::with_http_client`).
    pub fn chat_list(
        &self,
        body: super::models::ChatListRequest,
    ) -> super::requests::ChatList<'_> {
        super::requests::ChatList::new(self, body)
    }
}

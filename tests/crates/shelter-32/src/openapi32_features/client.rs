// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! The client of this API module.

#[allow(unused_imports)]
use super::{models, requests};

/// Client for the Shelter API.
#[derive(Debug, Clone)]
pub struct Client {
    pub(super) connection: crate::runtime::Connection,
}

impl Client {
    /// The server the spec names.
    pub const DEFAULT_BASE_URL: &'static str = "https://shelter.example/v1";

    /// A client for [`Client::DEFAULT_BASE_URL`]; [`Client::with_base_url`] changes it.
    pub fn new() -> Self {
        Client {
            connection: crate::runtime::Connection::new(
                Self::DEFAULT_BASE_URL.to_owned(),
            ),
        }
    }
}

impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}

impl Client {
    /// Sends requests to `base_url` instead (for tests, proxies or regional hosts).
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.connection.set_base_url(base_url.into());
        self
    }

    /// Sends requests with the given HTTP client (for its proxy, TLS or pool settings).
    ///
    /// Build it with `.redirect(reqwest::redirect::Policy::none())`: this client then follows
    /// redirects itself, keeping credentials on the API's origin, whereas reqwest's default
    /// policy sends API-key headers and request bodies on to other hosts. Its connect and read
    /// timeouts replace those of [`with_timeouts`](Self::with_timeouts).
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.connection.set_http_client(http);
        self
    }

    /// Gives up on an attempt that takes longer than `timeout` in all (see
    /// [`Timeouts::total`](crate::Timeouts::total); the default is a minute).
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.connection.set_timeout(timeout);
        self
    }

    /// Connect, read and total timeouts (the default: [`Timeouts::default`](crate::Timeouts::default)).
    pub fn with_timeouts(mut self, timeouts: crate::Timeouts) -> Self {
        self.connection.set_timeouts(timeouts);
        self
    }

    /// Limits on response sizes and paging (the default: [`Limits::default`](crate::Limits::default)).
    pub fn with_limits(mut self, limits: crate::Limits) -> Self {
        self.connection.set_limits(limits);
        self
    }

    /// Retries failed requests as `policy` says (the default: [`RetryPolicy::default`](crate::RetryPolicy::default);
    /// [`RetryPolicy::NONE`](crate::RetryPolicy::NONE) turns retrying off).
    pub fn with_retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.connection.set_retry_policy(policy);
        self
    }

    /// Also retries POST, PATCH and other non-idempotent requests after 5xx answers and
    /// connection errors. Only for APIs where sending a request twice is harmless: by
    /// default they are sent once, since the first attempt may have taken effect.
    pub fn with_non_idempotent_retries(mut self) -> Self {
        self.connection.retry_non_idempotent();
        self
    }

    /// Sends `value` as the `name` header with every request to the API (not to other
    /// origins a redirect leads to), before the operation's own headers. Requests name this
    /// crate and its version as their `User-Agent` unless this replaces it (a client given to
    /// [`with_http_client`](Self::with_http_client) sends its own).
    pub fn with_header(
        mut self,
        name: reqwest::header::HeaderName,
        value: reqwest::header::HeaderValue,
    ) -> Self {
        self.connection.set_header(name, value);
        self
    }

    /// Calls `hook` with every request just before it is sent to the API (retries included;
    /// never for another origin a redirect leads to), after the hooks added before: to sign
    /// requests, or to log or count them.
    pub fn with_request_hook(mut self, hook: impl crate::RequestHook + 'static) -> Self {
        self.connection.add_hook(hook);
        self
    }

    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        self.connection.base_url()
    }

    /// Sends `token` as a bearer token wherever the `device` scheme applies.
    ///
    /// Sign in on another device. OAuth 2.0 device authorization flow: request a device code at <https://shelter.example/device>, then an access token at <https://shelter.example/token>; give the token to the client as a bearer token.
    pub fn with_device_token(mut self, token: impl Into<String>) -> Self {
        self.connection
            .set_credential(
                "device",
                crate::runtime::Credential::Bearer(crate::runtime::Secret(token.into())),
            );
        self
    }

    /// Asks `provider` for a bearer token before every request that the `device` scheme applies to, so that tokens can be refreshed.
    pub fn with_device_token_provider(
        mut self,
        provider: impl crate::TokenProvider + 'static,
    ) -> Self {
        let provider = crate::runtime::Provider(std::sync::Arc::new(provider));
        self.connection
            .set_credential(
                "device",
                crate::runtime::Credential::BearerProvider(provider),
            );
        self
    }

    /// Calls `GET /pets`.
    #[cfg(feature = "dogs")]
    pub fn list_pets(&self, species: impl Into<String>) -> requests::ListPets<'_> {
        requests::ListPets {
            client: self,
            species: species.into(),
            limit: None,
            options: Default::default(),
        }
    }

    /// Calls `QUERY /pets`.
    #[cfg(feature = "animals")]
    pub fn search_pets(&self, body: models::PetFilter) -> requests::SearchPets<'_> {
        requests::SearchPets {
            client: self,
            body,
            options: Default::default(),
        }
    }

    /// Calls `PURGE /pets`.
    #[cfg(feature = "pets")]
    pub fn purge_pets(&self) -> requests::PurgePets<'_> {
        requests::PurgePets {
            client: self,
            options: Default::default(),
        }
    }

    /// Calls `GET /pets/{id}`.
    #[cfg(feature = "pets")]
    pub fn get_pet(&self, id: i64) -> requests::GetPet<'_> {
        requests::GetPet {
            client: self,
            id,
            options: Default::default(),
        }
    }

    /// Calls `GET /events`.
    #[cfg(feature = "events")]
    pub fn watch_events(&self) -> requests::WatchEvents<'_> {
        requests::WatchEvents {
            client: self,
            options: Default::default(),
        }
    }
}

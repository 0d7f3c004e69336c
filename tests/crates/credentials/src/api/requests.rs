// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::get_thing`](super::Client::get_thing).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetThing<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

impl<'a> GetThing<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetThing {
            client,
            options: std::default::Default::default(),
        }
    }

    /// Gives up on each attempt of this request after `timeout`, instead of the client's total
    /// timeout (see [`Client::with_timeout`](super::Client::with_timeout)).
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Sends `value` as the `name` header with this request, replacing the operation's own header
    /// and the client's default of that name; like those, never to another origin a redirect
    /// leads to.
    pub fn with_header(
        mut self,
        name: reqwest::header::HeaderName,
        value: reqwest::header::HeaderValue,
    ) -> Self {
        self.options.headers.insert(name, value);
        self
    }

    /// Sends `key` as the `Idempotency-Key` header: a server that honours it applies the request
    /// once however often it arrives, so a 5xx answer or a connection error is retried even for a
    /// POST (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn with_idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::Thing, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::Thing>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "get_thing",
            reqwest::Method::GET,
            "/thing",
            &[],
        )?;
        request.options = self.options;
        request.auth = &[
            &["headerKey"],
            &["queryKey"],
            &["cookieKey"],
            &["bearer"],
            &["basic"],
            &["formKey"],
        ];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::post_thing`](super::Client::post_thing).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PostThing<'a> {
    client: &'a super::Client,
    body: super::models::Thing,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

impl<'a> PostThing<'a> {
    pub(super) fn new(client: &'a super::Client, body: super::models::Thing) -> Self {
        PostThing {
            client,
            body,
            idempotent: false,
            options: std::default::Default::default(),
        }
    }

    /// Marks this request as safe to send twice, so that a 5xx answer or a connection error is
    /// retried as for idempotent methods (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn idempotent(mut self) -> Self {
        self.idempotent = true;
        self
    }

    /// Gives up on each attempt of this request after `timeout`, instead of the client's total
    /// timeout (see [`Client::with_timeout`](super::Client::with_timeout)).
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Sends `value` as the `name` header with this request, replacing the operation's own header
    /// and the client's default of that name; like those, never to another origin a redirect
    /// leads to.
    pub fn with_header(
        mut self,
        name: reqwest::header::HeaderName,
        value: reqwest::header::HeaderValue,
    ) -> Self {
        self.options.headers.insert(name, value);
        self
    }

    /// Sends `key` as the `Idempotency-Key` header: a server that honours it applies the request
    /// once however often it arrives, so a 5xx answer or a connection error is retried even for a
    /// POST (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn with_idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::Thing, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::Thing>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "post_thing",
            reqwest::Method::POST,
            "/thing",
            &[],
        )?;
        request.body = crate::runtime::form_body(&self.body)?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        request.auth = &[
            &["headerKey"],
            &["queryKey"],
            &["cookieKey"],
            &["bearer"],
            &["basic"],
            &["formKey"],
        ];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

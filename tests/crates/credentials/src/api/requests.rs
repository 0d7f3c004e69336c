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

    crate::runtime::request_options!();

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

    crate::runtime::request_options!();

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

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::create_item`](super::Client::create_item).
#[cfg(feature = "collection-items")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct CreateItem<'a> {
    client: &'a super::Client,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-items")]
impl<'a> CreateItem<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        CreateItem {
            client,
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

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub async fn send(
        self,
    ) -> Result<Option<super::models::ItemResponse>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::ResponseValue<Option<super::models::ItemResponse>>,
        crate::Error,
    > {
        let mut request = crate::runtime::Request::new(
            "create_item",
            reqwest::Method::POST,
            "/items",
            &[],
        )?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 | 201 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::update_item`](super::Client::update_item).
#[cfg(feature = "collection-items")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct UpdateItem<'a> {
    client: &'a super::Client,
    item_id: i64,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-items")]
impl<'a> UpdateItem<'a> {
    pub(super) fn new(client: &'a super::Client, item_id: i64) -> Self {
        UpdateItem {
            client,
            item_id,
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

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub async fn send(
        self,
    ) -> Result<Option<super::models::ItemResponse>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::ResponseValue<Option<super::models::ItemResponse>>,
        crate::Error,
    > {
        let mut request = crate::runtime::Request::new(
            "update_item",
            reqwest::Method::PATCH,
            "/items/{itemId}",
            &[crate::runtime::param_text(&self.item_id)],
        )?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 | 204 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::get_settings`](super::Client::get_settings).
#[cfg(feature = "collection-settings")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetSettings<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-settings")]
impl<'a> GetSettings<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetSettings {
            client,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub async fn send(
        self,
    ) -> Result<Option<super::models::GetSettingsResponse>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::ResponseValue<Option<super::models::GetSettingsResponse>>,
        crate::Error,
    > {
        let mut request = crate::runtime::Request::new(
            "get_settings",
            reqwest::Method::GET,
            "/settings",
            &[],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200..=299 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::get_note`](super::Client::get_note).
#[cfg(feature = "collection-note")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetNote<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-note")]
impl<'a> GetNote<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetNote {
            client,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub async fn send(
        self,
    ) -> Result<Option<super::models::GetNoteResponse>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::ResponseValue<Option<super::models::GetNoteResponse>>,
        crate::Error,
    > {
        let mut request = crate::runtime::Request::new(
            "get_note",
            reqwest::Method::GET,
            "/note",
            &[],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200..=299 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::get_wrapped_note`](super::Client::get_wrapped_note).
#[cfg(feature = "collection-wrapped-note")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetWrappedNote<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-wrapped-note")]
impl<'a> GetWrappedNote<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetWrappedNote {
            client,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<serde_json::Value, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<serde_json::Value>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "get_wrapped_note",
            reqwest::Method::GET,
            "/wrapped-note",
            &[],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200..=299 => response.json_or_text(),
                _ => Err(response.into_error(&[])),
            })
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::create_item`](super::Client::create_item).
#[cfg(feature = "collection-items")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct CreateItem<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-items")]
impl<'a> CreateItem<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<Option<models::ItemResponse>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::ItemResponse>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| match response.code() {
                    200 | 201 => response.json(),
                    _ => Err(response.into_error(&[])),
                },
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "create_item",
            reqwest::Method::POST,
            "/items",
            &[],
        )?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::update_item`](super::Client::update_item).
#[cfg(feature = "collection-items")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct UpdateItem<'a> {
    pub(super) client: &'a super::Client,
    pub(super) item_id: i64,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-items")]
impl<'a> UpdateItem<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<Option<models::ItemResponse>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::ItemResponse>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| match response.code() {
                    200 | 204 => response.json(),
                    _ => Err(response.into_error(&[])),
                },
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "update_item",
            reqwest::Method::PATCH,
            "/items/{itemId}",
            &[crate::runtime::param_text(&self.item_id)],
        )?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::get_settings`](super::Client::get_settings).
#[cfg(feature = "collection-settings")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetSettings<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-settings")]
impl<'a> GetSettings<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<Option<models::GetSettingsResponse>>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::GetSettingsResponse>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200..=299, &[])?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_settings",
            reqwest::Method::GET,
            "/settings",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::get_note`](super::Client::get_note).
#[cfg(feature = "collection-note")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetNote<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-note")]
impl<'a> GetNote<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<Option<models::GetNoteResponse>>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::GetNoteResponse>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200..=299, &[])?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_note",
            reqwest::Method::GET,
            "/note",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::get_wrapped_note`](super::Client::get_wrapped_note).
#[cfg(feature = "collection-wrapped-note")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetWrappedNote<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "collection-wrapped-note")]
impl<'a> GetWrappedNote<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<serde_json::Value>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<serde_json::Value>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200..=299, &[])?.json_or_text(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_wrapped_note",
            reqwest::Method::GET,
            "/wrapped-note",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::get_item`](super::Client::get_item).
#[cfg(feature = "maybe-null-items")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetItem<'a> {
    pub(super) client: &'a super::Client,
    pub(super) item_id: i64,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "maybe-null-items")]
impl<'a> GetItem<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<Option<models::GetItemResponse>>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::GetItemResponse>>>,
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
            "get_item",
            reqwest::Method::GET,
            "/items/{itemId}",
            &[crate::runtime::param_text(&self.item_id)],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::list_items`](super::Client::list_items).
#[cfg(feature = "maybe-null-items")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListItems<'a> {
    pub(super) client: &'a super::Client,
    pub(super) next_page_token: Option<String>,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "maybe-null-items")]
impl<'a> ListItems<'a> {
    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<Option<models::ListItemsResponse>>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::ListItemsResponse>>>,
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
            "list_items",
            reqwest::Method::GET,
            "/items",
            &[],
        )?;
        request.query.add_optional("next_page_token", self.next_page_token.as_ref());
        request.options = self.options;
        Ok(request)
    }

    /// Every page, following `next_page_token` until the server returns none, or a `null` or empty page; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = crate::Result<models::ListItemsResponse>,
    > + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| request.send(),
            |page: &models::ListItemsResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.next_page_token = Some(token),
        )
    }

    /// Every item of `items` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::GetItemResponse>> + 'a {
        crate::runtime::items(
            self.pages(),
            |page: models::ListItemsResponse| page.items.unwrap_or_default(),
        )
    }
}

/// Request builder for [`Client::get_count`](super::Client::get_count).
#[cfg(feature = "maybe-null-count")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetCount<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "maybe-null-count")]
impl<'a> GetCount<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<models::GetCountResponse>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::GetCountResponse>>,
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
            "get_count",
            reqwest::Method::GET,
            "/count",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

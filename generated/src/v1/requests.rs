// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::chat_get`](super::Client::chat_get): Get chat messages for a specified period.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatGet<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::ChatGetRequest,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> ChatGet<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<models::ChatGetResponse>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::ChatGetResponse>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "chat_get",
            reqwest::Method::POST,
            "/chat/get",
            &[],
        )?;
        request.body = crate::runtime::form_body(&self.body)?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        request.auth = &[&["api_key", "api_secret"]];
        Ok(request)
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::ChatGetResponse>> + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.body.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &models::ChatGetResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.body.next_page_token = Some(token),
        )
    }

    /// Every item of `chat_messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::ChatMessage>> + 'a {
        crate::runtime::items(
            self.pages(),
            |page: models::ChatGetResponse| page.chat_messages.unwrap_or_default(),
        )
    }
}

/// Request builder for [`Client::chat_list`](super::Client::chat_list): Get chat history list for a specified time period.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatList<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::ChatListRequest,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> ChatList<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<models::ChatListResponse>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::ChatListResponse>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "chat_list",
            reqwest::Method::POST,
            "/chat/list",
            &[],
        )?;
        request.body = crate::runtime::form_body(&self.body)?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        request.auth = &[&["api_key", "api_secret"]];
        Ok(request)
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::ChatListResponse>> + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.body.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &models::ChatListResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.body.next_page_token = Some(token),
        )
    }

    /// Every item of `chat_list` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::ChatListItem>> + 'a {
        crate::runtime::items(
            self.pages(),
            |page: models::ChatListResponse| page.chat_list.unwrap_or_default(),
        )
    }
}

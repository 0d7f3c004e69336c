// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::chat_get`](super::Client::chat_get): Get chat messages for a specified period.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatGet<'a> {
    client: &'a super::Client,
    body: super::models::ChatGetRequest,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

impl<'a> ChatGet<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::ChatGetRequest,
    ) -> Self {
        ChatGet {
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
    pub async fn send(self) -> Result<super::models::ChatGetResponse, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::ChatGetResponse>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "chat_get",
            reqwest::Method::POST,
            "/chat/get",
            &[],
        )?;
        request.body = crate::runtime::form_body(&self.body)?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        request.auth = &[&["api_key", "api_secret"]];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatGetResponse, crate::Error>,
    > + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.body.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &super::models::ChatGetResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.body.next_page_token = Some(token),
        )
    }

    /// Every item of `chat_messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatMessage, crate::Error>,
    > + 'a {
        crate::runtime::items(
            self.pages(),
            |page: super::models::ChatGetResponse| page.chat_messages.unwrap_or_default(),
        )
    }
}

/// Request builder for [`Client::chat_list`](super::Client::chat_list): Get chat history list for a specified time period.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatList<'a> {
    client: &'a super::Client,
    body: super::models::ChatListRequest,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

impl<'a> ChatList<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::ChatListRequest,
    ) -> Self {
        ChatList {
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
    pub async fn send(self) -> Result<super::models::ChatListResponse, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::ChatListResponse>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "chat_list",
            reqwest::Method::POST,
            "/chat/list",
            &[],
        )?;
        request.body = crate::runtime::form_body(&self.body)?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        request.auth = &[&["api_key", "api_secret"]];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatListResponse, crate::Error>,
    > + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.body.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &super::models::ChatListResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.body.next_page_token = Some(token),
        )
    }

    /// Every item of `chat_list` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatListItem, crate::Error>,
    > + 'a {
        crate::runtime::items(
            self.pages(),
            |page: super::models::ChatListResponse| page.chat_list.unwrap_or_default(),
        )
    }
}

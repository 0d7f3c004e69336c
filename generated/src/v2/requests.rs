// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::get_chat_messages_reports`](super::Client::get_chat_messages_reports): Use this API to get Zoom Chat message reports for a specified period of time.
#[cfg(feature = "reports")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetChatMessagesReports<'a> {
    pub(super) client: &'a super::Client,
    pub(super) session_id: String,
    pub(super) from: chrono::NaiveDate,
    pub(super) to: chrono::NaiveDate,
    pub(super) page_size: Option<i64>,
    pub(super) next_page_token: Option<String>,
    pub(super) include_fields: Option<models::IncludeFieldsList>,
    pub(super) include_bot_message: Option<bool>,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "reports")]
impl<'a> GetChatMessagesReports<'a> {
    /// The number of records returned within a single API call.
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// The next page token is used to paginate through large result sets. A next page token will be returned whenever the set of available results exceeds the current page size. The expiration period for this token is 15 minutes.
    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }

    /// Return all edited and deleted messages. The API only returns this value if the `include_fields` query parameter contains the `edited_messages` and/or the `deleted_messages` values.
    ///
    /// To include **both** edited and deleted messages, comma-separate both values.
    ///
    /// Ask for `edited_messages`, `deleted_messages` or both; the response has those lists only when asked.
    pub fn include_fields(mut self, include_fields: models::IncludeFieldsList) -> Self {
        self.include_fields = Some(include_fields);
        self
    }

    /// Whether to return the bot message. If false, the bot_message will not be returned in the response body.
    pub fn include_bot_message(mut self, include_bot_message: bool) -> Self {
        self.include_bot_message = Some(include_bot_message);
        self
    }

    crate::runtime::request_options!();

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(
            300,
            "The next page token is either invalid or has expired. Report requested exceeds 6 month limit.",
        ),
    ];

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<models::GetChatMessagesReportsResponse>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<
            crate::ResponseValue<models::GetChatMessagesReportsResponse>,
        >,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200..=299, Self::STATUS_MEANINGS)?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_chat_messages_reports",
            reqwest::Method::GET,
            "/report/chat/sessions/{sessionId}",
            &[crate::runtime::param_text(&self.session_id)],
        )?;
        request.query.add("from", &self.from);
        request.query.add("to", &self.to);
        request.query.add_optional("page_size", self.page_size.as_ref());
        request.query.add_optional("next_page_token", self.next_page_token.as_ref());
        request
            .query
            .add_optional_styled(
                "include_fields",
                self.include_fields.as_ref(),
                crate::runtime::QueryStyle::Delimited(","),
            );
        request
            .query
            .add_optional("include_bot_message", self.include_bot_message.as_ref());
        request.options = self.options;
        request.auth = &[&["bearer"]];
        Ok(request)
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = crate::Result<models::GetChatMessagesReportsResponse>,
    > + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &models::GetChatMessagesReportsResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.next_page_token = Some(token),
        )
    }

    /// Every item of `messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::Message>> + 'a {
        crate::runtime::items(
            self.pages(),
            |page: models::GetChatMessagesReportsResponse| {
                page.messages.unwrap_or_default()
            },
        )
    }
}

/// Request builder for [`Client::get_im_chat_sessions`](super::Client::get_im_chat_sessions): Retrieve IM Chat sessions for a specified period of time.
#[cfg(feature = "im-chat")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetImChatSessions<'a> {
    pub(super) client: &'a super::Client,
    pub(super) from: chrono::NaiveDate,
    pub(super) to: chrono::NaiveDate,
    pub(super) page_size: Option<i64>,
    pub(super) next_page_token: Option<String>,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "im-chat")]
impl<'a> GetImChatSessions<'a> {
    /// The number of records returned within a single API call.
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// The next page token is used to paginate through large result sets. A next page token will be returned whenever the set of available results exceeds the current page size. The expiration period for this token is 15 minutes.
    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }

    crate::runtime::request_options!();

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(
            300,
            "The next page token is invalid or expired. Report requested exceeds 6 month limit.",
        ),
    ];

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<models::GetImChatSessionsResponse>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::GetImChatSessionsResponse>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200..=299, Self::STATUS_MEANINGS)?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_im_chat_sessions",
            reqwest::Method::GET,
            "/im/chat/sessions",
            &[],
        )?;
        request.query.add("from", &self.from);
        request.query.add("to", &self.to);
        request.query.add_optional("page_size", self.page_size.as_ref());
        request.query.add_optional("next_page_token", self.next_page_token.as_ref());
        request.options = self.options;
        request.auth = &[&["bearer"]];
        Ok(request)
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = crate::Result<models::GetImChatSessionsResponse>,
    > + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &models::GetImChatSessionsResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.next_page_token = Some(token),
        )
    }

    /// Every item of `sessions` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = crate::Result<models::Session>> + 'a {
        crate::runtime::items(
            self.pages(),
            |page: models::GetImChatSessionsResponse| page.sessions.unwrap_or_default(),
        )
    }
}

/// Request builder for [`Client::get_im_chat_messages`](super::Client::get_im_chat_messages): Retrieves IM chat messages for a specified period of time.
#[cfg(feature = "im-chat")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetImChatMessages<'a> {
    pub(super) client: &'a super::Client,
    pub(super) session_id: String,
    pub(super) from: chrono::NaiveDate,
    pub(super) to: chrono::NaiveDate,
    pub(super) page_size: Option<i64>,
    pub(super) next_page_token: Option<String>,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "im-chat")]
impl<'a> GetImChatMessages<'a> {
    /// The number of records returned within a single API call.
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// The next page token paginates through a large set of results. A next page token is returned whenever the set of available results exceeds the current page size. The expiration period for this token is 15 minutes.
    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<models::GetImChatMessagesResponse>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::GetImChatMessagesResponse>>,
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
            "get_im_chat_messages",
            reqwest::Method::GET,
            "/im/chat/sessions/{sessionId}",
            &[crate::runtime::param_text(&self.session_id)],
        )?;
        request.query.add("from", &self.from);
        request.query.add("to", &self.to);
        request.query.add_optional("page_size", self.page_size.as_ref());
        request.query.add_optional("next_page_token", self.next_page_token.as_ref());
        request.options = self.options;
        request.auth = &[&["bearer"]];
        Ok(request)
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = crate::Result<models::GetImChatMessagesResponse>,
    > + 'a {
        let (limit, first) = (
            self.client.connection.max_pages(),
            self.next_page_token.as_ref().cloned(),
        );
        crate::runtime::pages(
            self,
            limit,
            first,
            |request: Self| async move { request.send().await.map(Some) },
            |page: &models::GetImChatMessagesResponse| page.next_page_token.clone(),
            |request: &mut Self, token| request.next_page_token = Some(token),
        )
    }

    /// Every item of `messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = crate::Result<models::GetImChatMessagesResponseMessage>,
    > + 'a {
        crate::runtime::items(
            self.pages(),
            |page: models::GetImChatMessagesResponse| page.messages.unwrap_or_default(),
        )
    }
}

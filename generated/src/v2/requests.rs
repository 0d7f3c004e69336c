// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::get_chat_messages_reports`](super::Client::get_chat_messages_reports): Use this API to get Zoom Chat message reports for a specified period of time.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetChatMessagesReports<'a> {
    client: &'a super::Client,
    session_id: String,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    page_size: Option<i64>,
    next_page_token: Option<String>,
    include_fields: Option<super::models::IncludeFieldsList>,
    include_bot_message: Option<bool>,
}

impl<'a> GetChatMessagesReports<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        session_id: String,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Self {
        GetChatMessagesReports {
            client,
            session_id,
            from,
            to,
            page_size: None,
            next_page_token: None,
            include_fields: None,
            include_bot_message: None,
        }
    }

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
    pub fn include_fields(
        mut self,
        include_fields: super::models::IncludeFieldsList,
    ) -> Self {
        self.include_fields = Some(include_fields);
        self
    }

    /// Whether to return the bot message. If false, the bot_message will not be returned in the response body.
    pub fn include_bot_message(mut self, include_bot_message: bool) -> Self {
        self.include_bot_message = Some(include_bot_message);
        self
    }

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [(u16, u16, &'static str)] = &[
        (
            300,
            300,
            "The next page token is either invalid or has expired. Report requested exceeds 6 month limit.",
        ),
    ];

    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::models::GetChatMessagesReportsResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "get_chat_messages_reports",
            method: reqwest::Method::GET,
            path: [
                "/report/chat/sessions/",
                &crate::runtime::path_segment("sessionId", &self.session_id)?,
            ]
                .concat(),
            query: {
                let mut params = crate::runtime::Params::default();
                params.add("from", &self.from);
                params.add("to", &self.to);
                params.add_optional("page_size", self.page_size.as_ref());
                params.add_optional("next_page_token", self.next_page_token.as_ref());
                params.add_optional("include_fields", self.include_fields.as_ref());
                params
                    .add_optional(
                        "include_bot_message",
                        self.include_bot_message.as_ref(),
                    );
                params.into_pairs()
            },
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
            auth: &[&["bearer"]],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200..=299 => response.json(),
            _ => Err(response.into_error(Self::STATUS_MEANINGS)),
        }
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::GetChatMessagesReportsResponse, crate::Error>,
    > + 'a {
        let request = self;
        let limit = request.client.connection.max_pages();
        let seen: std::collections::HashSet<String> = request
            .next_page_token
            .as_ref()
            .cloned()
            .into_iter()
            .collect();
        let start: Option<Result<Self, crate::Error>> = Some(Ok(request));
        futures_util::stream::try_unfold(
            (start, seen, 0_usize),
            move |(next, mut seen, fetched)| async move {
                let request = match next {
                    Some(Ok(request)) => request,
                    Some(Err(error)) => return Err(error),
                    None => return Ok(None),
                };
                if fetched == limit {
                    return Err(
                        crate::Error::Paging(
                            format!(
                                "the server offers more than {limit} pages (`Limits::max_pages`)",
                            ),
                        ),
                    );
                }
                let page = request.clone().send().await?;
                let following = match page
                    .next_page_token
                    .clone()
                    .filter(|token| !token.is_empty())
                {
                    Some(token) if !seen.insert(token.clone()) => {
                        Some(
                            Err(
                                crate::Error::Paging(
                                    format!(
                                        "page {} names the next-page token of an earlier page, so the pages would cycle forever",
                                        fetched + 1,
                                    ),
                                ),
                            ),
                        )
                    }
                    Some(token) => {
                        let mut request = request;
                        request.next_page_token = Some(token);
                        Some(Ok(request))
                    }
                    None => None,
                };
                Ok(Some((page, (following, seen, fetched + 1))))
            },
        )
    }

    /// Every item of `messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::Message, crate::Error>,
    > + 'a {
        use futures_util::TryStreamExt;

        self.pages()
            .map_ok(|page| futures_util::stream::iter(
                page.messages.unwrap_or_default().into_iter().map(Ok),
            ))
            .try_flatten()
    }
}

/// Request builder for [`Client::get_im_chat_sessions`](super::Client::get_im_chat_sessions): Retrieve IM Chat sessions for a specified period of time.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetImChatSessions<'a> {
    client: &'a super::Client,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    page_size: Option<i64>,
    next_page_token: Option<String>,
}

impl<'a> GetImChatSessions<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Self {
        GetImChatSessions {
            client,
            from,
            to,
            page_size: None,
            next_page_token: None,
        }
    }

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

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [(u16, u16, &'static str)] = &[
        (
            300,
            300,
            "The next page token is invalid or expired. Report requested exceeds 6 month limit.",
        ),
    ];

    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::models::GetImChatSessionsResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "get_im_chat_sessions",
            method: reqwest::Method::GET,
            path: "/im/chat/sessions".to_owned(),
            query: {
                let mut params = crate::runtime::Params::default();
                params.add("from", &self.from);
                params.add("to", &self.to);
                params.add_optional("page_size", self.page_size.as_ref());
                params.add_optional("next_page_token", self.next_page_token.as_ref());
                params.into_pairs()
            },
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
            auth: &[&["bearer"]],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200..=299 => response.json(),
            _ => Err(response.into_error(Self::STATUS_MEANINGS)),
        }
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::GetImChatSessionsResponse, crate::Error>,
    > + 'a {
        let request = self;
        let limit = request.client.connection.max_pages();
        let seen: std::collections::HashSet<String> = request
            .next_page_token
            .as_ref()
            .cloned()
            .into_iter()
            .collect();
        let start: Option<Result<Self, crate::Error>> = Some(Ok(request));
        futures_util::stream::try_unfold(
            (start, seen, 0_usize),
            move |(next, mut seen, fetched)| async move {
                let request = match next {
                    Some(Ok(request)) => request,
                    Some(Err(error)) => return Err(error),
                    None => return Ok(None),
                };
                if fetched == limit {
                    return Err(
                        crate::Error::Paging(
                            format!(
                                "the server offers more than {limit} pages (`Limits::max_pages`)",
                            ),
                        ),
                    );
                }
                let page = request.clone().send().await?;
                let following = match page
                    .next_page_token
                    .clone()
                    .filter(|token| !token.is_empty())
                {
                    Some(token) if !seen.insert(token.clone()) => {
                        Some(
                            Err(
                                crate::Error::Paging(
                                    format!(
                                        "page {} names the next-page token of an earlier page, so the pages would cycle forever",
                                        fetched + 1,
                                    ),
                                ),
                            ),
                        )
                    }
                    Some(token) => {
                        let mut request = request;
                        request.next_page_token = Some(token);
                        Some(Ok(request))
                    }
                    None => None,
                };
                Ok(Some((page, (following, seen, fetched + 1))))
            },
        )
    }

    /// Every item of `sessions` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::Session, crate::Error>,
    > + 'a {
        use futures_util::TryStreamExt;

        self.pages()
            .map_ok(|page| futures_util::stream::iter(
                page.sessions.unwrap_or_default().into_iter().map(Ok),
            ))
            .try_flatten()
    }
}

/// Request builder for [`Client::get_im_chat_messages`](super::Client::get_im_chat_messages): Retrieves IM chat messages for a specified period of time.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetImChatMessages<'a> {
    client: &'a super::Client,
    session_id: String,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    page_size: Option<i64>,
    next_page_token: Option<String>,
}

impl<'a> GetImChatMessages<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        session_id: String,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Self {
        GetImChatMessages {
            client,
            session_id,
            from,
            to,
            page_size: None,
            next_page_token: None,
        }
    }

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

    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<super::models::GetImChatMessagesResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "get_im_chat_messages",
            method: reqwest::Method::GET,
            path: [
                "/im/chat/sessions/",
                &crate::runtime::path_segment("sessionId", &self.session_id)?,
            ]
                .concat(),
            query: {
                let mut params = crate::runtime::Params::default();
                params.add("from", &self.from);
                params.add("to", &self.to);
                params.add_optional("page_size", self.page_size.as_ref());
                params.add_optional("next_page_token", self.next_page_token.as_ref());
                params.into_pairs()
            },
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
            auth: &[&["bearer"]],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200..=299 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::GetImChatMessagesResponse, crate::Error>,
    > + 'a {
        let request = self;
        let limit = request.client.connection.max_pages();
        let seen: std::collections::HashSet<String> = request
            .next_page_token
            .as_ref()
            .cloned()
            .into_iter()
            .collect();
        let start: Option<Result<Self, crate::Error>> = Some(Ok(request));
        futures_util::stream::try_unfold(
            (start, seen, 0_usize),
            move |(next, mut seen, fetched)| async move {
                let request = match next {
                    Some(Ok(request)) => request,
                    Some(Err(error)) => return Err(error),
                    None => return Ok(None),
                };
                if fetched == limit {
                    return Err(
                        crate::Error::Paging(
                            format!(
                                "the server offers more than {limit} pages (`Limits::max_pages`)",
                            ),
                        ),
                    );
                }
                let page = request.clone().send().await?;
                let following = match page
                    .next_page_token
                    .clone()
                    .filter(|token| !token.is_empty())
                {
                    Some(token) if !seen.insert(token.clone()) => {
                        Some(
                            Err(
                                crate::Error::Paging(
                                    format!(
                                        "page {} names the next-page token of an earlier page, so the pages would cycle forever",
                                        fetched + 1,
                                    ),
                                ),
                            ),
                        )
                    }
                    Some(token) => {
                        let mut request = request;
                        request.next_page_token = Some(token);
                        Some(Ok(request))
                    }
                    None => None,
                };
                Ok(Some((page, (following, seen, fetched + 1))))
            },
        )
    }

    /// Every item of `messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::GetImChatMessagesResponseMessage, crate::Error>,
    > + 'a {
        use futures_util::TryStreamExt;

        self.pages()
            .map_ok(|page| futures_util::stream::iter(
                page.messages.unwrap_or_default().into_iter().map(Ok),
            ))
            .try_flatten()
    }
}

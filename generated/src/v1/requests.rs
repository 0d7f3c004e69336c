// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::chat_get`](super::Client::chat_get): Get chat messages for a specified period.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatGet<'a> {
    client: &'a super::Client,
    body: super::models::ChatGetRequest,
    idempotent: bool,
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
        }
    }

    /// Marks this request as safe to send twice, so that a 5xx answer or a connection error is
    /// retried as for idempotent methods (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn idempotent(mut self) -> Self {
        self.idempotent = true;
        self
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::ChatGetResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "chat_get",
            method: reqwest::Method::POST,
            path: "/chat/get".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::form_body(&self.body)?,
            idempotent: self.idempotent,
            auth: &[&["api_key", "api_secret"]],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatGetResponse, crate::Error>,
    > + 'a {
        let request = self;
        let limit = request.client.connection.max_pages();
        let seen: std::collections::HashSet<String> = request
            .body
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
                        request.body.next_page_token = Some(token);
                        Some(Ok(request))
                    }
                    None => None,
                };
                Ok(Some((page, (following, seen, fetched + 1))))
            },
        )
    }

    /// Every item of `chat_messages` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatMessage, crate::Error>,
    > + 'a {
        use futures_util::TryStreamExt;

        self.pages()
            .map_ok(|page| futures_util::stream::iter(
                page.chat_messages.unwrap_or_default().into_iter().map(Ok),
            ))
            .try_flatten()
    }
}

/// Request builder for [`Client::chat_list`](super::Client::chat_list): Get chat history list for a specified time period.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatList<'a> {
    client: &'a super::Client,
    body: super::models::ChatListRequest,
    idempotent: bool,
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
        }
    }

    /// Marks this request as safe to send twice, so that a 5xx answer or a connection error is
    /// retried as for idempotent methods (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn idempotent(mut self) -> Self {
        self.idempotent = true;
        self
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::ChatListResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "chat_list",
            method: reqwest::Method::POST,
            path: "/chat/list".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::form_body(&self.body)?,
            idempotent: self.idempotent,
            auth: &[&["api_key", "api_secret"]],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }

    /// Every page, following `next_page_token` until the server returns none; the stream ends after the first error. A token that repeats one of an earlier page (pages that would cycle forever), or more pages than [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatListResponse, crate::Error>,
    > + 'a {
        let request = self;
        let limit = request.client.connection.max_pages();
        let seen: std::collections::HashSet<String> = request
            .body
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
                        request.body.next_page_token = Some(token);
                        Some(Ok(request))
                    }
                    None => None,
                };
                Ok(Some((page, (following, seen, fetched + 1))))
            },
        )
    }

    /// Every item of `chat_list` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::ChatListItem, crate::Error>,
    > + 'a {
        use futures_util::TryStreamExt;

        self.pages()
            .map_ok(|page| futures_util::stream::iter(
                page.chat_list.unwrap_or_default().into_iter().map(Ok),
            ))
            .try_flatten()
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::get_item`](super::Client::get_item).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetItem<'a> {
    client: &'a super::Client,
    item_id: i64,
}

impl<'a> GetItem<'a> {
    pub(super) fn new(client: &'a super::Client, item_id: i64) -> Self {
        GetItem { client, item_id }
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::GetItemResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "get_item",
            method: reqwest::Method::GET,
            path: ["/items/", &crate::runtime::path_segment("itemId", &self.item_id)?]
                .concat(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200..=299 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }
}

/// Request builder for [`Client::list_items`](super::Client::list_items).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListItems<'a> {
    client: &'a super::Client,
    next_page_token: Option<String>,
}

impl<'a> ListItems<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        ListItems {
            client,
            next_page_token: None,
        }
    }

    pub fn next_page_token(mut self, next_page_token: impl Into<String>) -> Self {
        self.next_page_token = Some(next_page_token.into());
        self
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::ListItemsResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "list_items",
            method: reqwest::Method::GET,
            path: "/items".to_owned(),
            query: {
                let mut params = crate::runtime::Params::default();
                params.add_optional("next_page_token", self.next_page_token.as_ref());
                params.into_pairs()
            },
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
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
        Item = Result<super::models::ListItemsResponse, crate::Error>,
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

    /// Every item of `items` on every page, in order; the stream ends after the first error.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<super::models::GetItemResponse, crate::Error>,
    > + 'a {
        use futures_util::TryStreamExt;

        self.pages()
            .map_ok(|page| futures_util::stream::iter(
                page.items.unwrap_or_default().into_iter().map(Ok),
            ))
            .try_flatten()
    }
}

/// Request builder for [`Client::get_count`](super::Client::get_count).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetCount<'a> {
    client: &'a super::Client,
}

impl<'a> GetCount<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetCount { client }
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::GetCountResponse, crate::Error> {
        let request = crate::runtime::Request {
            operation: "get_count",
            method: reqwest::Method::GET,
            path: "/count".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200..=299 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::chat_get`](super::Client::chat_get).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatGet<'a> {
    client: &'a super::Client,
    body: super::models::ChatGetRequest,
}

impl<'a> ChatGet<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::ChatGetRequest,
    ) -> Self {
        ChatGet { client, body }
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::ChatGetResponse, crate::Error> {
        let request = crate::runtime::Request {
            method: reqwest::Method::POST,
            path: "/chat/get".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::form_body(&self.body)?,
            auth: &[],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }
}

/// Request builder for [`Client::chat_list`](super::Client::chat_list).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ChatList<'a> {
    client: &'a super::Client,
    body: super::models::ChatListRequest,
}

impl<'a> ChatList<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::ChatListRequest,
    ) -> Self {
        ChatList { client, body }
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<super::models::ChatListResponse, crate::Error> {
        let request = crate::runtime::Request {
            method: reqwest::Method::POST,
            path: "/chat/list".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::form_body(&self.body)?,
            auth: &[],
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }
}

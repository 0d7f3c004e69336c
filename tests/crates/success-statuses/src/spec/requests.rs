// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// What [`Client::put_thing`](super::Client::put_thing) answers on success, by status: the spec documents a different body for each.
#[derive(Debug, Clone, PartialEq)]
pub enum PutThingSuccess {
    /// `200`: The thing existed and was replaced; the list of all things.
    Ok(Vec<super::models::Thing>),

    /// `201`: The thing was created.
    Created(super::models::Thing),

    /// `204`: Nothing changed.
    NoContent,
}

/// Request builder for [`Client::put_thing`](super::Client::put_thing).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PutThing<'a> {
    client: &'a super::Client,
    idempotent: bool,
}

impl<'a> PutThing<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        PutThing {
            client,
            idempotent: false,
        }
    }

    /// Marks this request as safe to send twice, so that a 5xx answer or a connection error is
    /// retried as for idempotent methods (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn idempotent(mut self) -> Self {
        self.idempotent = true;
        self
    }

    /// Sends the request and decodes the response by its success status.
    pub async fn send(self) -> Result<PutThingSuccess, crate::Error> {
        let request = crate::runtime::Request {
            operation: "put_thing",
            method: reqwest::Method::POST,
            path: "/things".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: self.idempotent,
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 => response.json().map(PutThingSuccess::Ok),
            201 => response.json().map(PutThingSuccess::Created),
            204 => Ok(PutThingSuccess::NoContent),
            _ => Err(response.into_error(&[])),
        }
    }
}

/// Request builder for [`Client::update_thing`](super::Client::update_thing).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct UpdateThing<'a> {
    client: &'a super::Client,
    id: i64,
}

impl<'a> UpdateThing<'a> {
    pub(super) fn new(client: &'a super::Client, id: i64) -> Self {
        UpdateThing { client, id }
    }

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body.
    pub async fn send(self) -> Result<Option<super::models::Thing>, crate::Error> {
        let request = crate::runtime::Request {
            operation: "update_thing",
            method: reqwest::Method::PUT,
            path: ["/things/", &crate::runtime::path_segment("id", &self.id)?].concat(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 | 204 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }
}

/// Request builder for [`Client::get_notes`](super::Client::get_notes).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetNotes<'a> {
    client: &'a super::Client,
}

impl<'a> GetNotes<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetNotes { client }
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<serde_json::Value, crate::Error> {
        let request = crate::runtime::Request {
            operation: "get_notes",
            method: reqwest::Method::GET,
            path: "/notes".to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::runtime::Body::None,
            idempotent: true,
        };
        let response = self.client.connection.send(request).await?;
        match response.status.as_u16() {
            200 => response.json(),
            _ => Err(response.into_error(&[])),
        }
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// What [`Client::put_thing`](super::Client::put_thing) answers on success, by status: the spec documents a different body for each.
#[cfg(feature = "spec-things")]
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
#[cfg(feature = "spec-things")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PutThing<'a> {
    client: &'a super::Client,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "spec-things")]
impl<'a> PutThing<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        PutThing {
            client,
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

    /// Sends the request and decodes the response by its success status.
    pub async fn send(self) -> Result<PutThingSuccess, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<PutThingSuccess>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "put_thing",
            reqwest::Method::POST,
            "/things",
            &[],
        )?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json().map(PutThingSuccess::Ok),
                201 => response.json().map(PutThingSuccess::Created),
                204 => Ok(PutThingSuccess::NoContent),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::update_thing`](super::Client::update_thing).
#[cfg(feature = "spec-things")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct UpdateThing<'a> {
    client: &'a super::Client,
    id: i64,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "spec-things")]
impl<'a> UpdateThing<'a> {
    pub(super) fn new(client: &'a super::Client, id: i64) -> Self {
        UpdateThing {
            client,
            id,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body.
    pub async fn send(self) -> Result<Option<super::models::Thing>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<Option<super::models::Thing>>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "update_thing",
            reqwest::Method::PUT,
            "/things/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 | 204 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::get_notes`](super::Client::get_notes).
#[cfg(feature = "spec-notes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetNotes<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "spec-notes")]
impl<'a> GetNotes<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        GetNotes {
            client,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<serde_json::Value, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<serde_json::Value>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "get_notes",
            reqwest::Method::GET,
            "/notes",
            &[],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#[allow(unused_imports)]
use super::models;

/// What [`Client::put_thing`](super::Client::put_thing) answers on success, by status: the spec documents a different body for each.
#[cfg(feature = "spec-things")]
#[derive(Debug, Clone, PartialEq)]
pub enum PutThingSuccess {
    /// `200`: The thing existed and was replaced; the list of all things.
    Ok(Vec<models::Thing>),

    /// `201`: The thing was created.
    Created(models::Thing),

    /// `204`: Nothing changed.
    NoContent,
}

/// Request builder for [`Client::put_thing`](super::Client::put_thing).
#[cfg(feature = "spec-things")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PutThing<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "spec-things")]
impl<'a> PutThing<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response by its success status.
    pub async fn send(self) -> crate::Result<PutThingSuccess> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> crate::Result<crate::ResponseValue<PutThingSuccess>> {
        let mut request = crate::runtime::Request::new(
            "put_thing",
            reqwest::Method::POST,
            "/things",
            &[],
        )?;
        request.idempotent = self.options.idempotent;
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
    pub(super) client: &'a super::Client,
    pub(super) id: i64,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "spec-things")]
impl<'a> UpdateThing<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body.
    pub async fn send(self) -> crate::Result<Option<models::Thing>> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> crate::Result<crate::ResponseValue<Option<models::Thing>>> {
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
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "spec-notes")]
impl<'a> GetNotes<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> crate::Result<crate::ResponseValue<serde_json::Value>> {
        let mut request = crate::runtime::Request::new(
            "get_notes",
            reqwest::Method::GET,
            "/notes",
            &[],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response.decode(|response| response.success(200, &[])?.json())
    }
}

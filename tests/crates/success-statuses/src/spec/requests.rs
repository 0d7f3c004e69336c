// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
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
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<PutThingSuccess>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<PutThingSuccess>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| match response.code() {
                    200 => response.json().map(PutThingSuccess::Ok),
                    201 => response.json().map(PutThingSuccess::Created),
                    204 => Ok(PutThingSuccess::NoContent),
                    _ => Err(response.into_error(&[])),
                },
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "put_thing",
            reqwest::Method::POST,
            "/things",
            &[],
        )?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
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
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<Option<models::Thing>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::Thing>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| match response.code() {
                    200 | 204 => response.json(),
                    _ => Err(response.into_error(&[])),
                },
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "update_thing",
            reqwest::Method::PUT,
            "/things/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        Ok(request)
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
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<serde_json::Value>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<serde_json::Value>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_notes",
            reqwest::Method::GET,
            "/notes",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

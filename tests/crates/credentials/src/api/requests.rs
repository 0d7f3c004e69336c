// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::get_thing`](super::Client::get_thing).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetThing<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> GetThing<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<models::Thing>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::Thing>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_thing",
            reqwest::Method::GET,
            "/thing",
            &[],
        )?;
        request.options = self.options;
        request.auth = &[
            &["headerKey"],
            &["queryKey"],
            &["cookieKey"],
            &["bearer"],
            &["basic"],
            &["formKey"],
        ];
        Ok(request)
    }
}

/// Request builder for [`Client::post_thing`](super::Client::post_thing).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PostThing<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::Thing,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> PostThing<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<models::Thing>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::Thing>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "post_thing",
            reqwest::Method::POST,
            "/thing",
            &[],
        )?;
        request.body = crate::runtime::form_body(&self.body)?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        request.auth = &[
            &["headerKey"],
            &["queryKey"],
            &["cookieKey"],
            &["bearer"],
            &["basic"],
            &["formKey"],
        ];
        Ok(request)
    }
}

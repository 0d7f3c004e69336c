// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// The error answers [`Client::get_order`](super::Client::get_order) documents, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[derive(Debug, Clone)]
pub enum GetOrderError {
    /// `404`: Not found
    NotFound(Option<models::GetOrderResponse404>),

    /// `429`: Too many requests
    TooManyRequests(String),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

impl crate::ErrorBodies for GetOrderError {
    const OPERATIONS: &'static [&'static str] = &["get_order"];

    fn from_status(error: &crate::StatusError) -> Self {
        let typed = match error.status.as_u16() {
            404 => error.json().ok().map(GetOrderError::NotFound),
            429 => error.text().map(GetOrderError::TooManyRequests),
            _ => None,
        };
        typed.unwrap_or_else(|| GetOrderError::Other(Box::new(error.clone())))
    }
}

impl GetOrderError {
    /// What the spec says the statuses these operations do not treat as success mean.
    const MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(404, "Not found"),
        crate::runtime::Meaning::status(429, "Too many requests"),
    ];
}

/// Request builder for [`Client::get_order`](super::Client::get_order).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetOrder<'a> {
    pub(super) client: &'a super::Client,
    pub(super) order_id: String,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> GetOrder<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out. A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<GetOrderError>()` decodes into its [`GetOrderError`] variant.
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<Option<models::GetOrderResponse>>,
    > {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Option<models::GetOrderResponse>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200..=299, GetOrderError::MEANINGS)?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_order",
            reqwest::Method::GET,
            "/orders/{orderId}",
            &[crate::runtime::param_text(&self.order_id)],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// The error answers [`Client::cancel_order`](super::Client::cancel_order) documents, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[derive(Debug, Clone)]
pub enum CancelOrderError {
    /// `default`: Unexpected error
    Default(Option<models::CancelOrderDefaultResponse>),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

impl crate::ErrorBodies for CancelOrderError {
    const OPERATIONS: &'static [&'static str] = &["cancel_order"];

    fn from_status(error: &crate::StatusError) -> Self {
        let typed = error.json().ok().map(CancelOrderError::Default);
        typed.unwrap_or_else(|| CancelOrderError::Other(Box::new(error.clone())))
    }
}

impl CancelOrderError {
    /// What the spec says the statuses these operations do not treat as success mean.
    const MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::otherwise("Unexpected error"),
    ];
}

/// Request builder for [`Client::cancel_order`](super::Client::cancel_order).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct CancelOrder<'a> {
    pub(super) client: &'a super::Client,
    pub(super) order_id: String,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> CancelOrder<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response. A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<CancelOrderError>()` decodes into its [`CancelOrderError`] variant.
    pub fn send(self) -> impl std::future::Future<Output = crate::Result<()>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<Output = crate::Result<crate::ResponseValue<()>>> {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| {
                    response.success(200..=299, CancelOrderError::MEANINGS).and(Ok(()))
                },
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "cancel_order",
            reqwest::Method::DELETE,
            "/orders/{orderId}",
            &[crate::runtime::param_text(&self.order_id)],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// The error answers [`Client::get_pet`](super::Client::get_pet) documents, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
pub enum GetPetError {
    /// `404`: No such pet.
    NotFound(models::ErrorModel),

    /// `422`: The id is not valid.
    UnprocessableEntity(models::ValidationError),

    /// `5XX`: Server trouble.
    ServerError(String),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

#[cfg(feature = "pets")]
impl crate::ErrorBodies for GetPetError {
    const OPERATIONS: &'static [&'static str] = &["get_pet"];

    fn from_status(error: &crate::StatusError) -> Self {
        let typed = match error.status.as_u16() {
            401 => None,
            404 => error.json().ok().map(GetPetError::NotFound),
            422 => error.json().ok().map(GetPetError::UnprocessableEntity),
            500..=599 => error.text().map(GetPetError::ServerError),
            _ => None,
        };
        typed.unwrap_or_else(|| GetPetError::Other(Box::new(error.clone())))
    }
}

#[cfg(feature = "pets")]
impl GetPetError {
    /// What the spec says the statuses these operations do not treat as success mean.
    const MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(401, "No credentials."),
        crate::runtime::Meaning::status(404, "No such pet."),
        crate::runtime::Meaning::status(422, "The id is not valid."),
        crate::runtime::Meaning::class(5, "Server trouble."),
    ];
}

/// Request builder for [`Client::get_pet`](super::Client::get_pet).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetPet<'a> {
    pub(super) client: &'a super::Client,
    pub(super) id: i64,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> GetPet<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response. A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<GetPetError>()` decodes into its [`GetPetError`] variant.
    pub fn send(self) -> impl std::future::Future<Output = crate::Result<models::Pet>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::Pet>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200, GetPetError::MEANINGS)?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_pet",
            reqwest::Method::GET,
            "/pets/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// The error answers [`Client::delete_pet`](super::Client::delete_pet) documents, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
pub enum DeletePetError {
    /// `default`: Anything else.
    Default(models::ErrorModel),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

#[cfg(feature = "pets")]
impl crate::ErrorBodies for DeletePetError {
    const OPERATIONS: &'static [&'static str] = &["delete_pet"];

    fn from_status(error: &crate::StatusError) -> Self {
        let typed = error.json().ok().map(DeletePetError::Default);
        typed.unwrap_or_else(|| DeletePetError::Other(Box::new(error.clone())))
    }
}

#[cfg(feature = "pets")]
impl DeletePetError {
    /// What the spec says the statuses these operations do not treat as success mean.
    const MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::otherwise("Anything else."),
    ];
}

/// Request builder for [`Client::delete_pet`](super::Client::delete_pet).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct DeletePet<'a> {
    pub(super) client: &'a super::Client,
    pub(super) id: i64,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> DeletePet<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response. A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<DeletePetError>()` decodes into its [`DeletePetError`] variant.
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
                |response| response.success(204, DeletePetError::MEANINGS).and(Ok(())),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "delete_pet",
            reqwest::Method::DELETE,
            "/pets/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// The error answers [`Client::list_stores`](super::Client::list_stores), [`Client::get_store`](super::Client::get_store) document, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[cfg(feature = "stores")]
#[derive(Debug, Clone)]
pub enum ErrorModelAnswers {
    /// `404`: Nothing here.
    NotFound(models::ErrorModel),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

#[cfg(feature = "stores")]
impl crate::ErrorBodies for ErrorModelAnswers {
    const OPERATIONS: &'static [&'static str] = &["list_stores", "get_store"];

    fn from_status(error: &crate::StatusError) -> Self {
        let typed = match error.status.as_u16() {
            404 => error.json().ok().map(ErrorModelAnswers::NotFound),
            429 => None,
            _ => None,
        };
        typed.unwrap_or_else(|| ErrorModelAnswers::Other(Box::new(error.clone())))
    }
}

#[cfg(feature = "stores")]
impl ErrorModelAnswers {
    /// What the spec says the statuses these operations do not treat as success mean.
    const MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(404, "Nothing here."),
        crate::runtime::Meaning::status(429, "Slow down."),
    ];
}

/// Request builder for [`Client::list_stores`](super::Client::list_stores).
#[cfg(feature = "stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListStores<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "stores")]
impl<'a> ListStores<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response. A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<ErrorModelAnswers>()` decodes into its [`ErrorModelAnswers`] variant.
    pub fn send(self) -> impl std::future::Future<Output = crate::Result<Vec<String>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Vec<String>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200, ErrorModelAnswers::MEANINGS)?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "list_stores",
            reqwest::Method::GET,
            "/stores",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::get_store`](super::Client::get_store).
#[cfg(feature = "stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetStore<'a> {
    pub(super) client: &'a super::Client,
    pub(super) id: i64,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "stores")]
impl<'a> GetStore<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response. A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<ErrorModelAnswers>()` decodes into its [`ErrorModelAnswers`] variant.
    pub fn send(self) -> impl std::future::Future<Output = crate::Result<String>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<Output = crate::Result<crate::ResponseValue<String>>> {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| response.success(200, ErrorModelAnswers::MEANINGS)?.json(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "get_store",
            reqwest::Method::GET,
            "/stores/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        Ok(request)
    }
}

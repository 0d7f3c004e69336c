// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// The error answers [`Client::get_pet`](super::Client::get_pet) documents, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[derive(Debug, Clone)]
pub enum GetPetError {
    /// `404`: No such pet.
    NotFound(super::models::ErrorModel),

    /// `422`: The id is not valid.
    UnprocessableEntity(super::models::ValidationError),

    /// `5XX`: Server trouble.
    ServerError(String),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

impl crate::ErrorBodies for GetPetError {
    const OPERATION: &'static str = "get_pet";

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

/// Request builder for [`Client::get_pet`](super::Client::get_pet).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetPet<'a> {
    client: &'a super::Client,
    id: i64,
    options: crate::runtime::RequestOptions,
}

impl<'a> GetPet<'a> {
    pub(super) fn new(client: &'a super::Client, id: i64) -> Self {
        GetPet {
            client,
            id,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(401, "No credentials."),
        crate::runtime::Meaning::status(404, "No such pet."),
        crate::runtime::Meaning::status(422, "The id is not valid."),
        crate::runtime::Meaning::class(5, "Server trouble."),
    ];

    /// Sends the request and decodes the response.
    ///
    /// A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<GetPetError>()` decodes into its [`GetPetError`] variant.
    pub async fn send(self) -> Result<super::models::Pet, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::Pet>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "get_pet",
            reqwest::Method::GET,
            "/pets/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(Self::STATUS_MEANINGS)),
            })
    }
}

/// The error answers [`Client::delete_pet`](super::Client::delete_pet) documents, by status: what [`Error::typed`](crate::Error::typed) makes of its [`Error::Status`](crate::Error::Status).
#[derive(Debug, Clone)]
pub enum DeletePetError {
    /// `default`: Anything else.
    Default(super::models::ErrorModel),

    /// Any other error answer, or one whose body does not decode as its documented type: the error as it came.
    Other(Box<crate::StatusError>),
}

impl crate::ErrorBodies for DeletePetError {
    const OPERATION: &'static str = "delete_pet";

    fn from_status(error: &crate::StatusError) -> Self {
        let typed = error.json().ok().map(DeletePetError::Default);
        typed.unwrap_or_else(|| DeletePetError::Other(Box::new(error.clone())))
    }
}

/// Request builder for [`Client::delete_pet`](super::Client::delete_pet).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct DeletePet<'a> {
    client: &'a super::Client,
    id: i64,
    options: crate::runtime::RequestOptions,
}

impl<'a> DeletePet<'a> {
    pub(super) fn new(client: &'a super::Client, id: i64) -> Self {
        DeletePet {
            client,
            id,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::otherwise("Anything else."),
    ];

    /// Sends the request and decodes the response.
    ///
    /// A documented error answer is an [`Error::Status`](crate::Error::Status) whose body `error.typed::<DeletePetError>()` decodes into its [`DeletePetError`] variant.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<()>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "delete_pet",
            reqwest::Method::DELETE,
            "/pets/{id}",
            &[crate::runtime::param_text(&self.id)],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                204 => Ok(()),
                _ => Err(response.into_error(Self::STATUS_MEANINGS)),
            })
    }
}

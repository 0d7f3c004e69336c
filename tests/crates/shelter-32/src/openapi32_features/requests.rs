// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::list_pets`](super::Client::list_pets).
#[cfg(feature = "dogs")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListPets<'a> {
    pub(super) client: &'a super::Client,
    pub(super) species: String,
    pub(super) limit: Option<i64>,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "dogs")]
impl<'a> ListPets<'a> {
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<Vec<models::Pet>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Vec<models::Pet>>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "list_pets",
            reqwest::Method::GET,
            "/pets",
            &[],
        )?;
        request.query.add("species", &self.species);
        request.query.add_optional("limit", self.limit.as_ref());
        request.options = self.options;
        request.auth = &[&["device"]];
        Ok(request)
    }
}

/// Request builder for [`Client::search_pets`](super::Client::search_pets).
#[cfg(feature = "animals")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct SearchPets<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::PetFilter,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "animals")]
impl<'a> SearchPets<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<Vec<models::Pet>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Vec<models::Pet>>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "search_pets",
            reqwest::Method::from_bytes(b"QUERY")
                .map_err(|_| crate::Error::InvalidRequest(
                    "invalid HTTP method".into(),
                ))?,
            "/pets",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.options = self.options;
        request.auth = &[&["device"]];
        Ok(request)
    }
}

/// Request builder for [`Client::purge_pets`](super::Client::purge_pets).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PurgePets<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> PurgePets<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response.
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
                |response| response.success(204, &[]).and(Ok(())),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "purge_pets",
            reqwest::Method::from_bytes(b"PURGE")
                .map_err(|_| crate::Error::InvalidRequest(
                    "invalid HTTP method".into(),
                ))?,
            "/pets",
            &[],
        )?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        request.auth = &[&["device"]];
        Ok(request)
    }
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

    /// Sends the request and decodes the response.
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
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
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
        request.auth = &[&["device"]];
        Ok(request)
    }
}

/// Request builder for [`Client::watch_events`](super::Client::watch_events).
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct WatchEvents<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "events")]
impl<'a> WatchEvents<'a> {
    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub fn send(self) -> impl std::future::Future<Output = crate::Result<Vec<u8>>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<Vec<u8>>>,
    > {
        self.client
            .connection
            .execute(
                self.into_request(),
                |response| Ok(response.success(200, &[])?.bytes()),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "watch_events",
            reqwest::Method::GET,
            "/events",
            &[],
        )?;
        request.options = self.options;
        request.auth = &[&["device"]];
        Ok(request)
    }

    /// Sends the request and reads the answer's body as a stream of chunks, as they arrive,
    /// instead of holding it whole as [`send`](Self::send) does.
    pub async fn send_streamed(self) -> crate::Result<crate::ByteStream> {
        let response = self.open().await?;
        match response.code() {
            200 => Ok(response.bytes()),
            _ => Err(response.into_error(&[]).await),
        }
    }

    /// Sends the request; the answer's body is left unread.
    async fn open(self) -> crate::Result<crate::runtime::Streamed> {
        let mut request = crate::runtime::Request::new(
            "watch_events",
            reqwest::Method::GET,
            "/events",
            &[],
        )?;
        request.options = self.options;
        request.auth = &[&["device"]];
        self.client.connection.open(request).await
    }
}

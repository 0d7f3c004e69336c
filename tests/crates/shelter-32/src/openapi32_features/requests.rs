// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::list_pets`](super::Client::list_pets).
#[cfg(feature = "dogs")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListPets<'a> {
    client: &'a super::Client,
    species: String,
    limit: Option<i64>,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "dogs")]
impl<'a> ListPets<'a> {
    pub(super) fn new(client: &'a super::Client, species: String) -> Self {
        ListPets {
            client,
            species,
            limit: None,
            options: std::default::Default::default(),
        }
    }

    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<Vec<super::models::Pet>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<Vec<super::models::Pet>>, crate::Error> {
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
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::search_pets`](super::Client::search_pets).
#[cfg(feature = "animals")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct SearchPets<'a> {
    client: &'a super::Client,
    body: super::models::PetFilter,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "animals")]
impl<'a> SearchPets<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::PetFilter,
    ) -> Self {
        SearchPets {
            client,
            body,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<Vec<super::models::Pet>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<Vec<super::models::Pet>>, crate::Error> {
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
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::purge_pets`](super::Client::purge_pets).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PurgePets<'a> {
    client: &'a super::Client,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> PurgePets<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        PurgePets {
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

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<()>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "purge_pets",
            reqwest::Method::from_bytes(b"PURGE")
                .map_err(|_| crate::Error::InvalidRequest(
                    "invalid HTTP method".into(),
                ))?,
            "/pets",
            &[],
        )?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        request.auth = &[&["device"]];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                204 => Ok(()),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::get_pet`](super::Client::get_pet).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetPet<'a> {
    client: &'a super::Client,
    id: i64,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> GetPet<'a> {
    pub(super) fn new(client: &'a super::Client, id: i64) -> Self {
        GetPet {
            client,
            id,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
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
        request.auth = &[&["device"]];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::watch_events`](super::Client::watch_events).
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct WatchEvents<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "events")]
impl<'a> WatchEvents<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        WatchEvents {
            client,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<Vec<u8>>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "watch_events",
            reqwest::Method::GET,
            "/events",
            &[],
        )?;
        request.options = self.options;
        request.auth = &[&["device"]];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => Ok(response.bytes()),
                _ => Err(response.into_error(&[])),
            })
    }

    /// Sends the request and reads the answer's body as a stream of chunks, as they arrive,
    /// instead of holding it whole as [`send`](Self::send) does.
    pub async fn send_streamed(self) -> Result<crate::ByteStream, crate::Error> {
        let response = self.open().await?;
        match response.code() {
            200 => Ok(response.bytes()),
            _ => Err(response.into_error(&[]).await),
        }
    }

    /// Sends the request; the answer's body is left unread.
    async fn open(self) -> Result<crate::runtime::Streamed, crate::Error> {
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

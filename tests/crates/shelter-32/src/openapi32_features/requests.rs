// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::list_pets`](super::Client::list_pets).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListPets<'a> {
    client: &'a super::Client,
    species: String,
    limit: Option<i64>,
}

impl<'a> ListPets<'a> {
    pub(super) fn new(client: &'a super::Client, species: String) -> Self {
        ListPets {
            client,
            species,
            limit: None,
        }
    }

    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

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
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct SearchPets<'a> {
    client: &'a super::Client,
    body: super::models::PetFilter,
}

impl<'a> SearchPets<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::PetFilter,
    ) -> Self {
        SearchPets { client, body }
    }

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
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct PurgePets<'a> {
    client: &'a super::Client,
    idempotent: bool,
}

impl<'a> PurgePets<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        PurgePets {
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
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct GetPet<'a> {
    client: &'a super::Client,
    id: i64,
}

impl<'a> GetPet<'a> {
    pub(super) fn new(client: &'a super::Client, id: i64) -> Self {
        GetPet { client, id }
    }

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
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct WatchEvents<'a> {
    client: &'a super::Client,
}

impl<'a> WatchEvents<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        WatchEvents { client }
    }

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
        request.auth = &[&["device"]];
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => Ok(response.bytes()),
                _ => Err(response.into_error(&[])),
            })
    }
}

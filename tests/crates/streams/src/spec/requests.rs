// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::watch_ticks`](super::Client::watch_ticks): Ticks as they happen.
#[cfg(feature = "ticks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct WatchTicks<'a> {
    client: &'a super::Client,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "ticks")]
impl<'a> WatchTicks<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        WatchTicks {
            client,
            options: std::default::Default::default(),
        }
    }

    crate::runtime::request_options!();

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(404, "No such clock."),
    ];

    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<String, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<String>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "watch_ticks",
            reqwest::Method::GET,
            "/ticks",
            &[],
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.text(),
                _ => Err(response.into_error(Self::STATUS_MEANINGS)),
            })
    }

    /// Sends the request and reads the answer as a stream of server-sent events, as they
    /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
    pub async fn events(
        self,
    ) -> Result<crate::EventStream<super::models::Tick>, crate::Error> {
        let response = self.open(None).await?;
        match response.code() {
            200 => Ok(response.json_events()),
            _ => Err(response.into_error(Self::STATUS_MEANINGS).await),
        }
    }

    /// [`events`](Self::events), resuming a stream after the event whose `id` is
    /// `last_event_id` (sent as the `Last-Event-ID` header): the caller reconnects, so
    /// that a request that is not idempotent is never sent again without its say.
    pub async fn events_after(
        self,
        last_event_id: impl Into<String>,
    ) -> Result<crate::EventStream<super::models::Tick>, crate::Error> {
        let response = self.open(Some(last_event_id.into())).await?;
        match response.code() {
            200 => Ok(response.json_events()),
            _ => Err(response.into_error(Self::STATUS_MEANINGS).await),
        }
    }

    /// Sends the request; the answer's body is left unread.
    async fn open(
        self,
        last_event_id: Option<String>,
    ) -> Result<crate::runtime::Streamed, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "watch_ticks",
            reqwest::Method::GET,
            "/ticks",
            &[],
        )?;
        request.options = self.options;
        request.headers.add("accept", &"text/event-stream");
        if let Some(id) = &last_event_id {
            request.headers.add("last-event-id", id);
        }
        self.client.connection.open(request).await
    }
}

/// Request builder for [`Client::chat`](super::Client::chat): A reply streamed as text.
#[cfg(feature = "chat")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct Chat<'a> {
    client: &'a super::Client,
    body: super::models::ChatRequest,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "chat")]
impl<'a> Chat<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::ChatRequest,
    ) -> Self {
        Chat {
            client,
            body,
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
    pub async fn send(self) -> Result<String, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<String>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "chat",
            reqwest::Method::POST,
            "/chat",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.text(),
                _ => Err(response.into_error(&[])),
            })
    }

    /// Sends the request and reads the answer as a stream of server-sent events, as they
    /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
    pub async fn events(self) -> Result<crate::EventStream<String>, crate::Error> {
        let response = self.open(None).await?;
        match response.code() {
            200 => Ok(response.text_events()),
            _ => Err(response.into_error(&[]).await),
        }
    }

    /// [`events`](Self::events), resuming a stream after the event whose `id` is
    /// `last_event_id` (sent as the `Last-Event-ID` header): the caller reconnects, so
    /// that a request that is not idempotent is never sent again without its say.
    pub async fn events_after(
        self,
        last_event_id: impl Into<String>,
    ) -> Result<crate::EventStream<String>, crate::Error> {
        let response = self.open(Some(last_event_id.into())).await?;
        match response.code() {
            200 => Ok(response.text_events()),
            _ => Err(response.into_error(&[]).await),
        }
    }

    /// Sends the request; the answer's body is left unread.
    async fn open(
        self,
        last_event_id: Option<String>,
    ) -> Result<crate::runtime::Streamed, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "chat",
            reqwest::Method::POST,
            "/chat",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        request.headers.add("accept", &"text/event-stream");
        if let Some(id) = &last_event_id {
            request.headers.add("last-event-id", id);
        }
        self.client.connection.open(request).await
    }
}

/// Request builder for [`Client::complete`](super::Client::complete): A completion, whole as JSON or streamed as events, as the request asks.
#[cfg(feature = "complete")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct Complete<'a> {
    client: &'a super::Client,
    body: super::models::CompleteRequest,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "complete")]
impl<'a> Complete<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::CompleteRequest,
    ) -> Self {
        Complete {
            client,
            body,
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
    pub async fn send(self) -> Result<super::models::Completion, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::Completion>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "complete",
            reqwest::Method::POST,
            "/complete",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                200 => response.json(),
                _ => Err(response.into_error(&[])),
            })
    }

    /// Sends the request and reads the answer as a stream of server-sent events, as they
    /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
    pub async fn events(
        self,
    ) -> Result<crate::EventStream<super::models::CompletionChunk>, crate::Error> {
        let response = self.open(None).await?;
        match response.code() {
            200 => Ok(response.json_events()),
            _ => Err(response.into_error(&[]).await),
        }
    }

    /// [`events`](Self::events), resuming a stream after the event whose `id` is
    /// `last_event_id` (sent as the `Last-Event-ID` header): the caller reconnects, so
    /// that a request that is not idempotent is never sent again without its say.
    pub async fn events_after(
        self,
        last_event_id: impl Into<String>,
    ) -> Result<crate::EventStream<super::models::CompletionChunk>, crate::Error> {
        let response = self.open(Some(last_event_id.into())).await?;
        match response.code() {
            200 => Ok(response.json_events()),
            _ => Err(response.into_error(&[]).await),
        }
    }

    /// Sends the request; the answer's body is left unread.
    async fn open(
        self,
        last_event_id: Option<String>,
    ) -> Result<crate::runtime::Streamed, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "complete",
            reqwest::Method::POST,
            "/complete",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.idempotent;
        request.options = self.options;
        request.headers.add("accept", &"text/event-stream");
        if let Some(id) = &last_event_id {
            request.headers.add("last-event-id", id);
        }
        self.client.connection.open(request).await
    }
}

/// Request builder for [`Client::download`](super::Client::download).
#[cfg(feature = "files")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct Download<'a> {
    client: &'a super::Client,
    name: String,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "files")]
impl<'a> Download<'a> {
    pub(super) fn new(client: &'a super::Client, name: String) -> Self {
        Download {
            client,
            name,
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
            "download",
            reqwest::Method::GET,
            "/files/{name}",
            &[crate::runtime::param_text(&self.name)],
        )?;
        request.options = self.options;
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
            "download",
            reqwest::Method::GET,
            "/files/{name}",
            &[crate::runtime::param_text(&self.name)],
        )?;
        request.options = self.options;
        self.client.connection.open(request).await
    }
}

/// Request builder for [`Client::upload`](super::Client::upload).
#[cfg(feature = "files")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct Upload<'a> {
    client: &'a super::Client,
    name: String,
    body: crate::Upload,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "files")]
impl<'a> Upload<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        name: String,
        body: crate::Upload,
    ) -> Self {
        Upload {
            client,
            name,
            body,
            options: std::default::Default::default(),
        }
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
            "upload",
            reqwest::Method::PUT,
            "/files/{name}",
            &[crate::runtime::param_text(&self.name)],
        )?;
        request.body = crate::runtime::Body::upload(
            "application/octet-stream",
            &self.body,
        )?;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                204 => Ok(()),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::add_document`](super::Client::add_document).
#[cfg(feature = "documents")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct AddDocument<'a> {
    client: &'a super::Client,
    body: super::models::AddDocumentRequest,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
    files: Vec<(&'static str, crate::FilePart)>,
}

#[cfg(feature = "documents")]
impl<'a> AddDocument<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::AddDocumentRequest,
    ) -> Self {
        AddDocument {
            client,
            body,
            idempotent: false,
            files: Vec::new(),
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

    /// Sends `file` (bytes, or a stream as a [`reqwest::Body`], with a file name and a media
    /// type) as the part named `part`, in place of the part the body gives that name.
    pub fn file_part(
        mut self,
        part: &'static str,
        file: impl Into<crate::FilePart>,
    ) -> Self {
        self.files.push((part, file.into()));
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
            "add_document",
            reqwest::Method::POST,
            "/documents",
            &[],
        )?;
        request.body = crate::runtime::add_files(
            {
                let body = &self.body;
                let mut parts = Vec::from([
                    crate::runtime::Part::Text {
                        name: "title".to_owned(),
                        value: crate::runtime::param_text(&body.title),
                    },
                ]);
                if let Some(value) = &body.file {
                    parts
                        .push(crate::runtime::Part::File {
                            name: "file",
                            bytes: value.clone(),
                        });
                }
                crate::runtime::Body::Multipart(parts)
            },
            &self.files,
        );
        request.idempotent = self.idempotent;
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                201 => Ok(()),
                _ => Err(response.into_error(&[])),
            })
    }
}

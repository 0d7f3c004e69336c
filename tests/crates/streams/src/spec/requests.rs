// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::watch_ticks`](super::Client::watch_ticks): Ticks as they happen.
#[cfg(feature = "ticks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct WatchTicks<'a> {
    pub(super) client: &'a super::Client,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "ticks")]
impl<'a> WatchTicks<'a> {
    crate::runtime::request_options!();

    /// What the spec says the statuses this operation does not treat as success mean.
    const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[
        crate::runtime::Meaning::status(404, "No such clock."),
    ];

    /// Sends the request and decodes the response.
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
                |response| response.success(200, Self::STATUS_MEANINGS)?.text(),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "watch_ticks",
            reqwest::Method::GET,
            "/ticks",
            &[],
        )?;
        request.options = self.options;
        Ok(request)
    }

    /// Sends the request and reads the answer as a stream of server-sent events, as they
    /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
    pub async fn events(self) -> crate::Result<crate::EventStream<models::Tick>> {
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
    ) -> crate::Result<crate::EventStream<models::Tick>> {
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
    ) -> crate::Result<crate::runtime::Streamed> {
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
    pub(super) client: &'a super::Client,
    pub(super) body: models::ChatRequest,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "chat")]
impl<'a> Chat<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response.
    pub fn send(self) -> impl std::future::Future<Output = crate::Result<String>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<Output = crate::Result<crate::ResponseValue<String>>> {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.text())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "chat",
            reqwest::Method::POST,
            "/chat",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }

    /// Sends the request and reads the answer as a stream of server-sent events, as they
    /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
    pub async fn events(self) -> crate::Result<crate::EventStream<String>> {
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
    ) -> crate::Result<crate::EventStream<String>> {
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
    ) -> crate::Result<crate::runtime::Streamed> {
        let mut request = crate::runtime::Request::new(
            "chat",
            reqwest::Method::POST,
            "/chat",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.options.idempotent;
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
    pub(super) client: &'a super::Client,
    pub(super) body: models::CompleteRequest,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "complete")]
impl<'a> Complete<'a> {
    crate::runtime::request_options!(idempotent);

    /// Sends the request and decodes the response.
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = crate::Result<models::Completion>> {
        crate::runtime::into_value(self.send_with_response())
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub fn send_with_response(
        self,
    ) -> impl std::future::Future<
        Output = crate::Result<crate::ResponseValue<models::Completion>>,
    > {
        self.client
            .connection
            .execute(self.into_request(), |response| response.success(200, &[])?.json())
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
        let mut request = crate::runtime::Request::new(
            "complete",
            reqwest::Method::POST,
            "/complete",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }

    /// Sends the request and reads the answer as a stream of server-sent events, as they
    /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
    pub async fn events(
        self,
    ) -> crate::Result<crate::EventStream<models::CompletionChunk>> {
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
    ) -> crate::Result<crate::EventStream<models::CompletionChunk>> {
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
    ) -> crate::Result<crate::runtime::Streamed> {
        let mut request = crate::runtime::Request::new(
            "complete",
            reqwest::Method::POST,
            "/complete",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.options.idempotent;
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
    pub(super) client: &'a super::Client,
    pub(super) name: String,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "files")]
impl<'a> Download<'a> {
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
            "download",
            reqwest::Method::GET,
            "/files/{name}",
            &[crate::runtime::param_text(&self.name)],
        )?;
        request.options = self.options;
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
    pub(super) client: &'a super::Client,
    pub(super) name: String,
    pub(super) body: crate::Upload,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "files")]
impl<'a> Upload<'a> {
    crate::runtime::request_options!();

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
        Ok(request)
    }
}

/// Request builder for [`Client::add_document`](super::Client::add_document).
#[cfg(feature = "documents")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct AddDocument<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::AddDocumentRequest,
    pub(super) options: crate::runtime::RequestOptions,
    pub(super) files: Vec<(&'static str, crate::FilePart)>,
}

#[cfg(feature = "documents")]
impl<'a> AddDocument<'a> {
    crate::runtime::request_options!(idempotent);

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
                |response| response.success(201, &[]).and(Ok(())),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
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
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }
}

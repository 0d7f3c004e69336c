// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::list_styles`](super::Client::list_styles): One query parameter in each style.
#[cfg(feature = "styles")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListStyles<'a> {
    client: &'a super::Client,
    session: String,
    exploded: Option<Vec<String>>,
    form: Option<Vec<String>>,
    space: Option<Vec<String>>,
    pipe: Option<Vec<String>>,
    pipe_exploded: Option<Vec<String>>,
    filter: Option<super::models::Range>,
    point: Option<super::models::Range>,
    tags: Option<super::models::Tags>,
    theme: Option<String>,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "styles")]
impl<'a> ListStyles<'a> {
    pub(super) fn new(client: &'a super::Client, session: String) -> Self {
        ListStyles {
            client,
            session,
            exploded: None,
            form: None,
            space: None,
            pipe: None,
            pipe_exploded: None,
            filter: None,
            point: None,
            tags: None,
            theme: None,
            options: std::default::Default::default(),
        }
    }

    pub fn exploded(mut self, exploded: Vec<String>) -> Self {
        self.exploded = Some(exploded);
        self
    }

    pub fn form(mut self, form: Vec<String>) -> Self {
        self.form = Some(form);
        self
    }

    pub fn space(mut self, space: Vec<String>) -> Self {
        self.space = Some(space);
        self
    }

    pub fn pipe(mut self, pipe: Vec<String>) -> Self {
        self.pipe = Some(pipe);
        self
    }

    pub fn pipe_exploded(mut self, pipe_exploded: Vec<String>) -> Self {
        self.pipe_exploded = Some(pipe_exploded);
        self
    }

    pub fn filter(mut self, filter: super::models::Range) -> Self {
        self.filter = Some(filter);
        self
    }

    pub fn point(mut self, point: super::models::Range) -> Self {
        self.point = Some(point);
        self
    }

    pub fn tags(mut self, tags: super::models::Tags) -> Self {
        self.tags = Some(tags);
        self
    }

    pub fn theme(mut self, theme: impl Into<String>) -> Self {
        self.theme = Some(theme.into());
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
            "list_styles",
            reqwest::Method::GET,
            "/styles",
            &[],
        )?;
        request.query.add_optional("exploded", self.exploded.as_ref());
        request
            .query
            .add_optional_styled(
                "form",
                self.form.as_ref(),
                crate::runtime::QueryStyle::Delimited(","),
            );
        request
            .query
            .add_optional_styled(
                "space",
                self.space.as_ref(),
                crate::runtime::QueryStyle::Delimited(" "),
            );
        request
            .query
            .add_optional_styled(
                "pipe",
                self.pipe.as_ref(),
                crate::runtime::QueryStyle::Delimited("|"),
            );
        request.query.add_optional("pipeExploded", self.pipe_exploded.as_ref());
        request
            .query
            .add_optional_styled(
                "filter",
                self.filter.as_ref(),
                crate::runtime::QueryStyle::DeepObject,
            );
        request
            .query
            .add_optional_styled(
                "point",
                self.point.as_ref(),
                crate::runtime::QueryStyle::Delimited(","),
            );
        request.query.add_optional("tags", self.tags.as_ref());
        request.cookies.add("session", &self.session);
        request.cookies.add_optional("theme", self.theme.as_ref());
        request.options = self.options;
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                204 => Ok(()),
                _ => Err(response.into_error(&[])),
            })
    }
}

/// Request builder for [`Client::create_pet`](super::Client::create_pet).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct CreatePet<'a> {
    client: &'a super::Client,
    body: super::models::Pet,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> CreatePet<'a> {
    pub(super) fn new(client: &'a super::Client, body: super::models::Pet) -> Self {
        CreatePet {
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
    pub async fn send(self) -> Result<super::models::Pet, crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<super::models::Pet>, crate::Error> {
        let mut request = crate::runtime::Request::new(
            "create_pet",
            reqwest::Method::POST,
            "/pets",
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
}

/// Request builder for [`Client::upload`](super::Client::upload).
#[cfg(feature = "uploads")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct Upload<'a> {
    client: &'a super::Client,
    body: super::models::UploadRequest,
    idempotent: bool,
    options: crate::runtime::RequestOptions,
    files: Vec<(&'static str, crate::FilePart)>,
}

#[cfg(feature = "uploads")]
impl<'a> Upload<'a> {
    pub(super) fn new(
        client: &'a super::Client,
        body: super::models::UploadRequest,
    ) -> Self {
        Upload {
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
            "upload",
            reqwest::Method::POST,
            "/uploads",
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
                    crate::runtime::Part::File {
                        name: "file",
                        bytes: body.file.clone(),
                    },
                ]);
                if let Some(value) = &body.count {
                    parts
                        .push(crate::runtime::Part::Text {
                            name: "count".to_owned(),
                            value: crate::runtime::param_text(value),
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
                204 => Ok(()),
                _ => Err(response.into_error(&[])),
            })
    }
}

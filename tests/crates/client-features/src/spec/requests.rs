// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::list_styles`](super::Client::list_styles): One query parameter in each style.
#[cfg(feature = "styles")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListStyles<'a> {
    pub(super) client: &'a super::Client,
    pub(super) session: String,
    pub(super) exploded: Option<Vec<String>>,
    pub(super) form: Option<Vec<String>>,
    pub(super) space: Option<Vec<String>>,
    pub(super) pipe: Option<Vec<String>>,
    pub(super) pipe_exploded: Option<Vec<String>>,
    pub(super) filter: Option<models::Range>,
    pub(super) point: Option<models::Range>,
    pub(super) tags: Option<models::Tags>,
    pub(super) theme: Option<String>,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "styles")]
impl<'a> ListStyles<'a> {
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

    pub fn filter(mut self, filter: models::Range) -> Self {
        self.filter = Some(filter);
        self
    }

    pub fn point(mut self, point: models::Range) -> Self {
        self.point = Some(point);
        self
    }

    pub fn tags(mut self, tags: models::Tags) -> Self {
        self.tags = Some(tags);
        self
    }

    pub fn theme(mut self, theme: impl Into<String>) -> Self {
        self.theme = Some(theme.into());
        self
    }

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
        Ok(request)
    }
}

/// Request builder for [`Client::create_pet`](super::Client::create_pet).
#[cfg(feature = "pets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct CreatePet<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::Pet,
    pub(super) options: crate::runtime::RequestOptions,
}

#[cfg(feature = "pets")]
impl<'a> CreatePet<'a> {
    crate::runtime::request_options!(idempotent);

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
            "create_pet",
            reqwest::Method::POST,
            "/pets",
            &[],
        )?;
        request.body = crate::runtime::json_body(&self.body, "application/json")?;
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }
}

/// Request builder for [`Client::upload`](super::Client::upload).
#[cfg(feature = "uploads")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct Upload<'a> {
    pub(super) client: &'a super::Client,
    pub(super) body: models::UploadRequest,
    pub(super) options: crate::runtime::RequestOptions,
    pub(super) files: Vec<(&'static str, crate::FilePart)>,
}

#[cfg(feature = "uploads")]
impl<'a> Upload<'a> {
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
                |response| response.success(204, &[]).and(Ok(())),
            )
    }

    /// The request this builder describes, or why it cannot be sent.
    fn into_request(self) -> crate::Result<crate::runtime::Request> {
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
        request.idempotent = self.options.idempotent;
        request.options = self.options;
        Ok(request)
    }
}

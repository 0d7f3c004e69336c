// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

#![allow(clippy::type_complexity)]
#[allow(unused_imports)]
use super::models;

/// Request builder for [`Client::list_formats`](super::Client::list_formats): One query parameter in each collection format.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListFormats<'a> {
    pub(super) client: &'a super::Client,
    pub(super) plain: Option<Vec<String>>,
    pub(super) csv: Option<Vec<String>>,
    pub(super) ssv: Option<Vec<String>>,
    pub(super) pipes: Option<Vec<String>>,
    pub(super) multi: Option<Vec<String>>,
    pub(super) options: crate::runtime::RequestOptions,
}

impl<'a> ListFormats<'a> {
    pub fn plain(mut self, plain: Vec<String>) -> Self {
        self.plain = Some(plain);
        self
    }

    pub fn csv(mut self, csv: Vec<String>) -> Self {
        self.csv = Some(csv);
        self
    }

    pub fn ssv(mut self, ssv: Vec<String>) -> Self {
        self.ssv = Some(ssv);
        self
    }

    pub fn pipes(mut self, pipes: Vec<String>) -> Self {
        self.pipes = Some(pipes);
        self
    }

    pub fn multi(mut self, multi: Vec<String>) -> Self {
        self.multi = Some(multi);
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
            "list_formats",
            reqwest::Method::GET,
            "/formats",
            &[],
        )?;
        request
            .query
            .add_optional_styled(
                "plain",
                self.plain.as_ref(),
                crate::runtime::QueryStyle::Delimited(","),
            );
        request
            .query
            .add_optional_styled(
                "csv",
                self.csv.as_ref(),
                crate::runtime::QueryStyle::Delimited(","),
            );
        request
            .query
            .add_optional_styled(
                "ssv",
                self.ssv.as_ref(),
                crate::runtime::QueryStyle::Delimited(" "),
            );
        request
            .query
            .add_optional_styled(
                "pipes",
                self.pipes.as_ref(),
                crate::runtime::QueryStyle::Delimited("|"),
            );
        request.query.add_optional("multi", self.multi.as_ref());
        request.options = self.options;
        Ok(request)
    }
}

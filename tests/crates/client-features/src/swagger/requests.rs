// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Request builders: set optional parameters, then `.send()`.

/// Request builder for [`Client::list_formats`](super::Client::list_formats): One query parameter in each collection format.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.send()`"]
pub struct ListFormats<'a> {
    client: &'a super::Client,
    plain: Option<Vec<String>>,
    csv: Option<Vec<String>>,
    ssv: Option<Vec<String>>,
    pipes: Option<Vec<String>>,
    multi: Option<Vec<String>>,
    options: crate::runtime::RequestOptions,
}

impl<'a> ListFormats<'a> {
    pub(super) fn new(client: &'a super::Client) -> Self {
        ListFormats {
            client,
            plain: None,
            csv: None,
            ssv: None,
            pipes: None,
            multi: None,
            options: std::default::Default::default(),
        }
    }

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
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response().await.map(crate::ResponseValue::into_inner)
    }

    /// [`send`](Self::send), and the status and headers of the response too.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ResponseValue<()>, crate::Error> {
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
        let response = self.client.connection.send(request).await?;
        response
            .decode(|response| match response.code() {
                204 => Ok(()),
                _ => Err(response.into_error(&[])),
            })
    }
}

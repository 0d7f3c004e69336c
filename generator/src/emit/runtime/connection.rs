//! `src/runtime.rs` of the generated crate: sending requests for the API modules' clients.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Uses, when};

/// The connection, request and response types and the value helpers the operations call.
pub fn runtime_module(uses: &Uses) -> TokenStream {
    let credentials = uses.credentials();
    let credential_items = when(credentials, credential_items(uses));
    let credentials_field = when(credentials, quote!(credentials: Vec<(&'static str, Credential)>,));
    let credentials_init = when(credentials, quote!(credentials: Vec::new(),));
    let set_credential = when(
        credentials,
        quote! {
            pub(crate) fn set_credential(&mut self, scheme: &'static str, credential: Credential) {
                self.credentials.retain(|(name, _)| *name != scheme);
                self.credentials.push((scheme, credential));
            }
        },
    );
    let auth_field = when(
        credentials,
        quote! {
            /// Alternative sets of security schemes; the first set with credentials is used.
            pub(crate) auth: &'static [&'static [&'static str]],
        },
    );
    let form_fields = if uses.form_field { quote!(form_fields) } else { quote!(_) };
    let authenticate_call = if credentials {
        quote! {
            let (mut builder, #form_fields) =
                if home { self.authenticate(builder, request.auth).await? } else { (builder, Vec::new()) };
        }
    } else {
        quote!(let mut builder = builder;)
    };
    // Credentials that are form fields make a body of a request that has none.
    let sends_body = if uses.form_field {
        quote!(hop.body && !(request.body.is_none() && form_fields.is_empty()))
    } else {
        quote!(hop.body && !request.body.is_none())
    };
    let body_is_none = if uses.no_body || uses.form_field { quote!(matches!(self, Body::None)) } else { quote!(false) };
    let redact = when(uses.api_key_query, redact_query_fn());
    let failed_body = if uses.api_key_query {
        quote! {
            let keys: Vec<&str> = self.credentials.iter().filter_map(|(_, credential)| credential.query_name()).collect();
            if let Some(url) = error.url_mut() {
                redact_query(url, &keys);
            }
            Error::Transport(error)
        }
    } else {
        quote!(Error::Transport(error))
    };
    let failed_mut = if uses.api_key_query { quote!(mut) } else { quote!() };
    let max_pages = when(
        uses.pagination,
        quote! {
            /// Pages one paging stream fetches at most.
            pub(crate) fn max_pages(&self) -> usize {
                self.limits.max_pages
            }
        },
    );
    let authenticate = when(credentials, authenticate_fn(uses));
    let body_variants = body_variants(uses);
    let body_arms = body_arms(uses);
    let response_fns = response_fns(uses);
    let json_fn = when(
        uses.json_response,
        quote! {
            /// Decodes a JSON body, naming the path of the first value that does not fit. An empty body
            /// (a `204`, or a server with nothing to say) reads as `null` where the type allows it,
            /// else as `{}` where every field is optional, else it is an error like any other.
            pub(crate) fn json<T: DeserializeOwned>(self) -> Result<T, Error> {
                if self.body.iter().all(u8::is_ascii_whitespace) {
                    if let Ok(nothing) = serde_json::from_slice(b"null").or_else(|_| serde_json::from_slice(b"{}")) {
                        return Ok(nothing);
                    }
                }
                let deserializer = &mut serde_json::Deserializer::from_slice(&self.body);
                serde_path_to_error::deserialize(deserializer).map_err(|error| {
                    // A body that is not JSON at all fails before any path is entered.
                    let path = match error.path().to_string() {
                        path if path == "?" => ".".to_owned(),
                        path => path,
                    };
                    Error::Decode(Box::new(DecodeError {
                        status: self.status,
                        path,
                        message: error.into_inner().to_string(),
                        body: self.body,
                    }))
                })
            }
        },
    );
    let deserialize_import = when(
        uses.json_response,
        quote!(
            use serde::de::DeserializeOwned;
        ),
    );
    let error_imports = if uses.json_response || uses.text_response || uses.any_response {
        quote!(
            use crate::error::{DecodeError, Error, StatusError};
        )
    } else {
        quote!(
            use crate::error::{Error, StatusError};
        )
    };
    let helpers = helpers(uses);
    quote! {
        //! Request plumbing shared by the API modules' clients.

        use std::time::Duration;

        use backon::BackoffBuilder;
        #deserialize_import

        use crate::config::{Limits, RetryPolicy, Timeouts};
        #error_imports

        #credential_items

        /// Redirects one attempt follows before it gives up.
        const MAX_REDIRECTS: usize = 10;

        /// Base URL, HTTP client, timeouts, limits, retry policy and credentials of one API module's client.
        #[derive(Clone, Debug)]
        pub(crate) struct Connection {
            base_url: String,
            http: reqwest::Client,
            /// Whether `http` is the client [`http_client`] built, rebuilt when the timeouts change
            /// (a client the user gives keeps its own).
            own_http: bool,
            timeouts: Timeouts,
            limits: Limits,
            retry: RetryPolicy,
            /// Whether 5xx answers and transport errors of non-idempotent requests are retried too.
            retry_non_idempotent: bool,
            #credentials_field
        }

        /// A request as an operation describes it; it can be sent again for a retry.
        pub(crate) struct Request {
            /// The name of the operation's method, for errors.
            pub(crate) operation: &'static str,
            pub(crate) method: reqwest::Method,
            /// Path relative to the base URL, with path parameters already encoded.
            pub(crate) path: String,
            pub(crate) query: Vec<(&'static str, String)>,
            pub(crate) headers: Vec<(&'static str, String)>,
            pub(crate) body: Body,
            /// Whether sending the request twice is harmless, so that a 5xx answer or a connection
            /// error may be retried: an idempotent method, an idempotency key, or the caller says so.
            pub(crate) idempotent: bool,
            #auth_field
        }

        /// A request body in its wire encoding.
        pub(crate) enum Body {
            #body_variants
        }

        impl Body {
            /// Whether there is no body to send.
            fn is_none(&self) -> bool {
                #body_is_none
            }
        }

        /// One hop of an attempt: the request itself, then each redirect it follows.
        struct Hop {
            url: reqwest::Url,
            method: reqwest::Method,
            /// Whether this is the request itself, which carries the query parameters (a redirect's
            /// location carries its own).
            first: bool,
            /// Whether the hop sends the request body (a 303, or a 301 or 302, turns the request into a GET).
            body: bool,
            /// Whether the request is still at the origin of the base URL: once a redirect has left it,
            /// no hop carries the request's headers or credentials.
            home: bool,
        }

        /// A received response, body read.
        pub(crate) struct Response {
            pub(crate) status: reqwest::StatusCode,
            headers: reqwest::header::HeaderMap,
            body: Vec<u8>,
        }

        impl Connection {
            pub(crate) fn new(base_url: String) -> Self {
                let timeouts = Timeouts::default();
                Connection {
                    base_url: base_url.trim_end_matches('/').to_owned(),
                    http: http_client(&timeouts),
                    own_http: true,
                    timeouts,
                    limits: Limits::default(),
                    retry: RetryPolicy::default(),
                    retry_non_idempotent: false,
                    #credentials_init
                }
            }

            pub(crate) fn set_base_url(&mut self, base_url: String) {
                self.base_url = base_url.trim_end_matches('/').to_owned();
            }

            pub(crate) fn set_http_client(&mut self, http: reqwest::Client) {
                self.http = http;
                self.own_http = false;
            }

            pub(crate) fn set_timeouts(&mut self, timeouts: Timeouts) {
                if self.own_http && (timeouts.connect, timeouts.read) != (self.timeouts.connect, self.timeouts.read) {
                    self.http = http_client(&timeouts);
                }
                self.timeouts = timeouts;
            }

            pub(crate) fn set_timeout(&mut self, total: Duration) {
                self.timeouts.total = total;
            }

            pub(crate) fn set_limits(&mut self, limits: Limits) {
                self.limits = limits;
            }

            #max_pages

            pub(crate) fn set_retry_policy(&mut self, retry: RetryPolicy) {
                self.retry = retry;
            }

            pub(crate) fn retry_non_idempotent(&mut self) {
                self.retry_non_idempotent = true;
            }

            #set_credential

            pub(crate) fn base_url(&self) -> &str {
                &self.base_url
            }

            /// Sends the request, retrying as the retry policy says: 429 answers always, 5xx answers and
            /// transport errors only when the request may be sent twice.
            pub(crate) async fn send(&self, request: Request) -> Result<Response, Error> {
                let repeatable = request.idempotent || self.retry_non_idempotent;
                let mut delays = backon::ExponentialBuilder::default()
                    .with_min_delay(self.retry.initial_delay)
                    .with_max_delay(self.retry.max_delay)
                    .with_max_times(self.retry.max_retries)
                    .with_jitter()
                    .build();
                loop {
                    let response = match self.send_once(&request).await {
                        Ok(response) => response,
                        Err(Error::Transport(error)) if repeatable && !error.is_builder() => {
                            let Some(backoff) = delays.next() else { return Err(Error::Transport(error)) };
                            tokio::time::sleep(backoff).await;
                            continue;
                        }
                        Err(error) => return Err(error),
                    };
                    let retryable = response.status == reqwest::StatusCode::TOO_MANY_REQUESTS
                        || (repeatable && response.status.is_server_error());
                    if !retryable {
                        return Ok(response);
                    }
                    let Some(backoff) = delays.next() else { return Ok(response) };
                    let delay = match retry_after(&response.headers) {
                        Some(wait) if wait > self.retry.max_delay => return Ok(response),
                        Some(wait) => wait.max(backoff),
                        None => backoff,
                    };
                    tokio::time::sleep(delay).await;
                }
            }

            /// One attempt: sends the request, follows redirects and reads the whole response.
            ///
            /// Redirects are followed here, not by the HTTP client, so that credentials never leave
            /// the origin of the base URL: a hop to another origin (scheme, host or port) carries no
            /// credentials of any kind and none of the request's headers, a 307 or 308 to another
            /// origin that would send the body again is an error (the body may hold credentials or
            /// tokens), and once the request has left the origin no later hop carries them either.
            async fn send_once(&self, request: &Request) -> Result<Response, Error> {
                if self.base_url.is_empty() {
                    return Err(Error::InvalidRequest(
                        "the client has no base URL: the spec names no absolute server, so set one with `with_base_url`".to_owned(),
                    ));
                }
                let url = format!("{}{}", self.base_url, request.path);
                let url = reqwest::Url::parse(&url)
                    .map_err(|error| Error::InvalidRequest(format!("`{url}` is not a valid URL: {error}")))?;
                let origin = url.origin();
                let deadline = tokio::time::Instant::now() + self.timeouts.total;
                let mut hop = Hop { url, method: request.method.clone(), first: true, body: true, home: true };
                for _ in 0..=MAX_REDIRECTS {
                    let home = hop.home;
                    let remaining = deadline.saturating_duration_since(tokio::time::Instant::now());
                    let mut builder = self.http.request(hop.method.clone(), hop.url.clone()).timeout(remaining);
                    if hop.first && !request.query.is_empty() {
                        builder = builder.query(&request.query);
                    }
                    if home {
                        for (name, value) in &request.headers {
                            builder = builder.header(*name, header_value(name, value)?);
                        }
                    }
                    #authenticate_call
                    let sends_body = #sends_body;
                    if hop.body {
                        builder = match &request.body {
                            #body_arms
                        };
                    }
                    let response = builder.send().await.map_err(|error| self.failed(error))?;
                    let Some(next) = redirect_location(&response)? else {
                        let status = response.status();
                        let headers = response.headers().clone();
                        let body = self.read_body(response, request.operation).await?;
                        return Ok(Response { status, headers, body });
                    };
                    let status = response.status();
                    let next_home = home && next.origin() == origin;
                    if status == reqwest::StatusCode::TEMPORARY_REDIRECT || status == reqwest::StatusCode::PERMANENT_REDIRECT {
                        if sends_body && !next_home {
                            return Err(Error::Redirect(format!(
                                "the server answered {status} to `{}`, redirecting its body to another origin ({}); \
                                 a request body is never sent to another origin, since it may hold credentials",
                                request.operation,
                                next.origin().ascii_serialization(),
                            )));
                        }
                    } else {
                        // A 301, 302 or 303 turns the request into a GET without a body, as browsers do.
                        if hop.method != reqwest::Method::HEAD {
                            hop.method = reqwest::Method::GET;
                        }
                        hop.body = false;
                    }
                    hop = Hop { url: next, first: false, home: next_home, ..hop };
                }
                Err(Error::Redirect(format!("`{}` was redirected more than {MAX_REDIRECTS} times", request.operation)))
            }

            /// Reads a response body, counting its bytes as they arrive (after decompression, when
            /// the HTTP client decompresses) so that no more than the limit is ever held.
            async fn read_body(&self, mut response: reqwest::Response, operation: &'static str) -> Result<Vec<u8>, Error> {
                let limit = self.limits.max_response_bytes;
                let mut body = Vec::new();
                while let Some(chunk) = response.chunk().await.map_err(|error| self.failed(error))? {
                    if chunk.len() > limit - body.len() {
                        return Err(Error::TooLarge { operation, limit });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(body)
            }

            /// A transport error as the client returns it: the values of any credentials sent as query
            /// parameters are hidden in its URL (which its `Display` and `Debug` show).
            fn failed(&self, #failed_mut error: reqwest::Error) -> Error {
                #failed_body
            }

            #authenticate
        }

        impl Response {
            #json_fn

            #response_fns

            /// The error for a status the operation does not treat as success, with the meaning the
            /// spec gives the first of `meanings` (`(first, last, meaning)` status ranges) that covers it.
            pub(crate) fn into_error(self, meanings: &[(u16, u16, &'static str)]) -> Error {
                let code = self.status.as_u16();
                let meaning = meanings.iter().find(|(first, last, _)| (*first..=*last).contains(&code)).map(|(_, _, m)| *m);
                Error::Status(Box::new(StatusError { status: self.status, meaning, headers: self.headers, body: self.body }))
            }
        }

        /// How long a `Retry-After` header asks to wait: delay-seconds or an HTTP date.
        fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
            let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
            if let Ok(seconds) = value.parse::<u64>() {
                return Some(Duration::from_secs(seconds));
            }
            let date = httpdate::parse_http_date(value).ok()?;
            Some(date.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
        }

        /// The HTTP client this crate builds: it follows no redirects itself (the connection does,
        /// keeping credentials on the API's origin) and has the connect and read timeouts of `timeouts`.
        fn http_client(timeouts: &Timeouts) -> reqwest::Client {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(timeouts.connect)
                .read_timeout(timeouts.read)
                .build()
                .unwrap_or_else(|error| panic!("the HTTP client cannot start (no TLS backend?): {error}"))
        }

        /// Where a redirect (301, 302, 303, 307 or 308 with a `Location`) sends the request next:
        /// `None` for any other response, which is the answer.
        fn redirect_location(response: &reqwest::Response) -> Result<Option<reqwest::Url>, Error> {
            use reqwest::StatusCode;
            let redirects = [
                StatusCode::MOVED_PERMANENTLY,
                StatusCode::FOUND,
                StatusCode::SEE_OTHER,
                StatusCode::TEMPORARY_REDIRECT,
                StatusCode::PERMANENT_REDIRECT,
            ];
            if !redirects.contains(&response.status()) {
                return Ok(None);
            }
            let Some(location) = response.headers().get(reqwest::header::LOCATION) else { return Ok(None) };
            let status = response.status();
            let next = location
                .to_str()
                .ok()
                .and_then(|location| response.url().join(location).ok())
                .ok_or_else(|| Error::Redirect(format!("the server answered {status} with a location that is no URL")))?;
            if !matches!(next.scheme(), "http" | "https") {
                return Err(Error::Redirect(format!("the server answered {status} with a `{}:` location", next.scheme())));
            }
            Ok(Some(next))
        }

        #redact

        fn header_value(name: &str, value: &str) -> Result<reqwest::header::HeaderValue, Error> {
            reqwest::header::HeaderValue::from_str(value).map_err(|_| {
                Error::InvalidRequest(format!("the value of header `{name}` contains characters a header cannot carry"))
            })
        }

        #helpers
    }
}

fn body_variants(uses: &Uses) -> TokenStream {
    let none = when(uses.no_body || uses.form_field, quote!(None,));
    let json = when(uses.json_body, quote!(Json(serde_json::Value),));
    let form = when(
        uses.form(),
        quote!(/// `application/x-www-form-urlencoded` text.
        Form(String),),
    );
    let multipart = when(uses.any_multipart(), quote!(Multipart(Vec<Part>),));
    let raw = when(uses.raw_body, quote!(Raw { content_type: &'static str, bytes: Vec<u8> },));
    quote!(#none #json #form #multipart #raw)
}

fn body_arms(uses: &Uses) -> TokenStream {
    let form_text = if uses.form_field { quote!(join_form(text, &form_fields)) } else { quote!(text.clone()) };
    let json = when(uses.json_body, quote!(Body::Json(value) => builder.json(value),));
    let form = when(
        uses.form(),
        quote! {
            Body::Form(text) => builder
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(#form_text),
        },
    );
    let multipart =
        when(uses.any_multipart(), quote!(Body::Multipart(parts) => builder.multipart(multipart_form(parts)),));
    let raw = when(
        uses.raw_body,
        quote! {
            Body::Raw { content_type, bytes } => builder.header(reqwest::header::CONTENT_TYPE, *content_type).body(bytes.clone()),
        },
    );
    let none_with_fields = when(
        uses.form_field,
        quote! {
            // Credentials that travel as form fields make a form of a request without a body.
            Body::None if !form_fields.is_empty() => builder
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(join_form("", &form_fields)),
        },
    );
    let none = when(uses.no_body, quote!(Body::None => builder,));
    // The guarded arm must come before the plain `Body::None` one.
    quote!(#none_with_fields #none #json #form #multipart #raw)
}

fn response_fns(uses: &Uses) -> TokenStream {
    let text = when(
        uses.text_response,
        quote! {
            /// The body as text.
            pub(crate) fn text(self) -> Result<String, Error> {
                String::from_utf8(self.body).map_err(|error| {
                    Error::Decode(Box::new(DecodeError {
                        status: self.status,
                        path: ".".to_owned(),
                        message: "the body is not UTF-8 text".to_owned(),
                        body: error.into_bytes(),
                    }))
                })
            }
        },
    );
    let any = when(
        uses.any_response,
        quote! {
            /// A body the spec does not describe: JSON when it parses, else the text, `null` when
            /// there is none.
            pub(crate) fn json_or_text(self) -> Result<serde_json::Value, Error> {
                if self.body.iter().all(u8::is_ascii_whitespace) {
                    return Ok(serde_json::Value::Null);
                }
                if let Ok(value) = serde_json::from_slice(&self.body) {
                    return Ok(value);
                }
                String::from_utf8(self.body).map(serde_json::Value::String).map_err(|error| {
                    Error::Decode(Box::new(DecodeError {
                        status: self.status,
                        path: ".".to_owned(),
                        message: "the body is neither JSON nor UTF-8 text".to_owned(),
                        body: error.into_bytes(),
                    }))
                })
            }
        },
    );
    let bytes = when(
        uses.bytes_response,
        quote! {
            /// The body as bytes.
            pub(crate) fn bytes(self) -> Vec<u8> {
                self.body
            }
        },
    );
    quote!(#text #any #bytes)
}

fn credential_items(uses: &Uses) -> TokenStream {
    let bearer = when(
        uses.bearer,
        quote! {
            /// `Authorization: Bearer <token>`.
            Bearer(Secret),
            /// `Authorization: Bearer <token>` with a token fetched for every request.
            BearerProvider(Provider),
        },
    );
    let basic = when(
        uses.basic,
        quote!(/// `Authorization: Basic …`.
        Basic { username: String, password: Secret },),
    );
    let key = when(
        uses.api_key,
        quote!(/// A key sent as a header, query parameter or cookie.
        ApiKey { location: KeyLocation, name: &'static str, key: Secret },),
    );
    let form_field = when(
        uses.form_field,
        quote!(/// A credential sent as a form field of the request body.
        FormField { name: &'static str, value: Secret },),
    );
    let locations: Vec<proc_macro2::Ident> =
        [(uses.api_key_header, "Header"), (uses.api_key_query, "Query"), (uses.api_key_cookie, "Cookie")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, name)| proc_macro2::Ident::new(name, proc_macro2::Span::call_site()))
            .collect();
    let key_location = when(
        uses.api_key,
        quote! {
            /// Where an API key goes.
            #[derive(Clone, Copy, Debug)]
            pub(crate) enum KeyLocation {
                #(#locations,)*
            }
        },
    );
    let provider = when(
        uses.bearer,
        quote! {
            /// A shared token provider; shows as `<token provider>` in `Debug` output.
            #[derive(Clone)]
            pub(crate) struct Provider(pub(crate) std::sync::Arc<dyn crate::config::TokenProvider>);

            impl std::fmt::Debug for Provider {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("<token provider>")
                }
            }
        },
    );
    // Without other kinds of credentials, a query key is the only one.
    let others = uses.bearer || uses.basic || uses.form_field || uses.api_key_header || uses.api_key_cookie;
    let other_kinds = when(others, quote!(_ => None,));
    let query_name = when(
        uses.api_key_query,
        quote! {
            impl Credential {
                /// The name of the query parameter this credential is sent as, if it is one.
                fn query_name(&self) -> Option<&'static str> {
                    match self {
                        Credential::ApiKey { location: KeyLocation::Query, name, .. } => Some(name),
                        #other_kinds
                    }
                }
            }
        },
    );
    quote! {
        /// A secret that never shows in `Debug` output.
        #[derive(Clone)]
        pub(crate) struct Secret(pub(crate) String);

        impl std::fmt::Debug for Secret {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("<redacted>")
            }
        }

        #provider

        /// Credentials for one security scheme.
        #[derive(Clone, Debug)]
        pub(crate) enum Credential {
            #bearer
            #basic
            #key
            #form_field
        }

        #key_location

        #query_name
    }
}

fn authenticate_fn(uses: &Uses) -> TokenStream {
    let bearer = when(
        uses.bearer,
        quote! {
            Credential::Bearer(token) => builder.bearer_auth(&token.0),
            Credential::BearerProvider(provider) => {
                let token = provider.0.token().await.map_err(Error::Token)?;
                builder.bearer_auth(token)
            }
        },
    );
    let basic = when(
        uses.basic,
        quote!(Credential::Basic { username, password } => builder.basic_auth(username, Some(&password.0)),),
    );
    let header = when(
        uses.api_key_header,
        quote!(Credential::ApiKey { location: KeyLocation::Header, name, key } => builder.header(*name, header_value(name, &key.0)?),),
    );
    let query = when(
        uses.api_key_query,
        quote!(Credential::ApiKey { location: KeyLocation::Query, name, key } => builder.query(&[(*name, key.0.as_str())]),),
    );
    let cookie = when(
        uses.api_key_cookie,
        quote! {
            Credential::ApiKey { location: KeyLocation::Cookie, name, key } => {
                builder.header(reqwest::header::COOKIE, header_value(name, &format!("{name}={}", key.0))?)
            }
        },
    );
    let key = quote!(#header #query #cookie);
    let form_field = when(
        uses.form_field,
        quote! {
            Credential::FormField { name, value } => {
                form_fields.push((*name, value.0.clone()));
                builder
            }
        },
    );
    let fields_decl =
        if uses.form_field { quote!(let mut form_fields = Vec::new();) } else { quote!(let form_fields = Vec::new();) };
    quote! {
        /// Applies the first alternative whose schemes all have credentials; credentials that are
        /// form fields are returned for the body.
        async fn authenticate(
            &self,
            mut builder: reqwest::RequestBuilder,
            alternatives: &[&[&str]],
        ) -> Result<(reqwest::RequestBuilder, Vec<(&'static str, String)>), Error> {
            #fields_decl
            let credential = |scheme: &str| self.credentials.iter().find(|(name, _)| *name == scheme).map(|(_, c)| c);
            let Some(chosen) = alternatives.iter().find(|schemes| schemes.iter().all(|s| credential(s).is_some())) else {
                return Ok((builder, form_fields));
            };
            for credential in chosen.iter().filter_map(|scheme| credential(scheme)) {
                builder = match credential {
                    #bearer
                    #basic
                    #key
                    #form_field
                };
            }
            Ok((builder, form_fields))
        }
    }
}

fn helpers(uses: &Uses) -> TokenStream {
    let params = when(uses.params() || uses.cookies, params_items(uses));
    let cookie = when(
        uses.cookies,
        quote! {
            /// Cookie parameters as one `cookie` header.
            pub(crate) fn cookie_header(cookies: Vec<(&'static str, String)>) -> Option<(&'static str, String)> {
                let text = cookies.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("; ");
                (!text.is_empty()).then_some(("cookie", text))
            }
        },
    );
    let path = when(
        uses.path_param,
        quote! {
            /// Everything but unreserved characters is escaped in a path segment, dots included, so a
            /// value can never add segments, a query, a fragment or a `..` to the path.
            const PATH_SEGMENT: &percent_encoding::AsciiSet =
                &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

            /// A value as one percent-encoded path segment. Empty and dot-only values are refused:
            /// URL parsers treat `.`, `..` and their encoded forms as directory steps, whatever the escaping.
            pub(crate) fn path_segment<T: serde::Serialize>(name: &str, value: &T) -> Result<String, Error> {
                let text = param_text(value);
                if text.is_empty() || text.chars().all(|c| c == '.') {
                    return Err(Error::InvalidRequest(format!("path parameter `{name}` cannot be {text:?}")));
                }
                Ok(percent_encoding::utf8_percent_encode(&text, PATH_SEGMENT).to_string())
            }
        },
    );
    let param_text = when(
        uses.param_text(),
        quote! {
            /// A parameter value as text: strings as they are, numbers and booleans written out,
            /// dates in ISO 8601, lists comma-separated.
            pub(crate) fn param_text<T: serde::Serialize>(value: &T) -> String {
                fn text(value: &serde_json::Value) -> String {
                    match value {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
                        other => other.to_string(),
                    }
                }
                serde_json::to_value(value).map(|v| text(&v)).unwrap_or_default()
            }
        },
    );
    let json = when(
        uses.json_body,
        quote! {
            /// A body value as JSON.
            pub(crate) fn json_body<T: serde::Serialize>(value: &T) -> Result<Body, Error> {
                serde_json::to_value(value)
                    .map(Body::Json)
                    .map_err(|error| Error::InvalidRequest(format!("the body cannot be written as JSON: {error}")))
            }
        },
    );
    let form = when(
        uses.form_body,
        quote! {
            /// A body value as `application/x-www-form-urlencoded`; absent optional fields are left out.
            pub(crate) fn form_body<T: serde::Serialize>(value: &T) -> Result<Body, Error> {
                serde_urlencoded::to_string(value)
                    .map(Body::Form)
                    .map_err(|error| Error::InvalidRequest(format!("the body cannot be written as a form: {error}")))
            }
        },
    );
    let join_form = when(
        uses.form_field,
        quote! {
            /// A form body with extra fields (credentials) appended.
            fn join_form(form: &str, extra: &[(&'static str, String)]) -> String {
                let extra = serde_urlencoded::to_string(extra).unwrap_or_default();
                match (form.is_empty(), extra.is_empty()) {
                    (_, true) => form.to_owned(),
                    (true, false) => extra,
                    (false, false) => format!("{form}&{extra}"),
                }
            }
        },
    );
    let file_variant = when(
        uses.multipart_file,
        quote!(/// A file part.
        File { name: &'static str, bytes: Vec<u8> },),
    );
    let file_arm = when(
        uses.multipart_file,
        quote!(Part::File { name, bytes } => form.part(*name, reqwest::multipart::Part::bytes(bytes.clone()).file_name(*name)),),
    );
    let text_variant = when(
        uses.text_parts(),
        quote!(/// A text part.
        Text { name: String, value: String },),
    );
    let text_arm =
        when(uses.text_parts(), quote!(Part::Text { name, value } => form.text(name.clone(), value.clone()),));
    let multipart = when(
        uses.any_multipart(),
        quote! {
            /// One part of a multipart body.
            pub(crate) enum Part {
                #text_variant
                #file_variant
            }

            /// The multipart form for one attempt (forms cannot be reused).
            fn multipart_form(parts: &[Part]) -> reqwest::multipart::Form {
                parts.iter().fold(reqwest::multipart::Form::new(), |form, part| match part {
                    #text_arm
                    #file_arm
                })
            }
        },
    );
    let multipart_value = when(
        uses.multipart_value,
        quote! {
            /// A multipart body from any value that serialises as an object: one text part per property.
            pub(crate) fn multipart_from_value<T: serde::Serialize>(value: &T) -> Result<Body, Error> {
                match serde_json::to_value(value) {
                    Ok(serde_json::Value::Object(fields)) => Ok(Body::Multipart(
                        fields
                            .into_iter()
                            .filter(|(_, v)| !v.is_null())
                            .map(|(name, v)| Part::Text { name, value: param_text(&v) })
                            .collect(),
                    )),
                    _ => Err(Error::InvalidRequest("a multipart body must be an object".to_owned())),
                }
            }
        },
    );
    let present = when(
        uses.nullable_optional,
        quote! {
            /// Deserializes an optional field that is present and may be `null`, so that `null`
            /// (`Some(None)`, or `Some(Value::Null)` for any JSON value) stays apart from absence
            /// (`None`, from `#[serde(default)]`).
            pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
            where
                D: serde::Deserializer<'de>,
                T: serde::Deserialize<'de>,
            {
                T::deserialize(deserializer).map(Some)
            }
        },
    );
    let guessed = when(
        uses.guessed_fields,
        quote! {
            /// A field of a type known only from examples, as the server sent it: a value of the shape the
            /// examples showed, or any other value (`null`, another kind, another structure).
            pub(crate) enum Guess<T> {
                /// The value has the field's type.
                Fits(T),
                /// The value as sent.
                Other(serde_json::Value),
            }

            impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Guess<T> {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let value = serde_json::Value::deserialize(deserializer)?;
                    // An object or array is a level deeper; a scalar ends here.
                    let fits = if value.is_object() || value.is_array() {
                        nested(1, || T::deserialize(&value))
                    } else {
                        T::deserialize(&value)
                    };
                    Ok(match fits {
                        Ok(fits) => Guess::Fits(fits),
                        Err(_) => Guess::Other(value),
                    })
                }
            }

            /// The public value of a guessed field: a value of another shape than the examples showed reads
            /// as absent and is kept among the extra properties under the field's name, so that writing the
            /// value back sends it again.
            pub(crate) fn guessed<T>(
                value: Option<Guess<T>>,
                name: &str,
                extra: &mut serde_json::Map<String, serde_json::Value>,
            ) -> Option<T> {
                match value? {
                    Guess::Fits(fits) => Some(fits),
                    Guess::Other(value) => {
                        extra.insert(name.to_owned(), value);
                        None
                    }
                }
            }
        },
    );
    let depth = when(
        uses.deep_decoding(),
        quote! {
            /// Stack one level of types nested inside one another may take while it decodes: in a
            /// debug build its frames can take tens of KiB, and a response nested a hundred levels
            /// deep would overflow a 2 MiB thread and abort the process.
            const LEVEL_BYTES: usize = 128 << 10;

            /// The size of each stack segment added when the current one runs low.
            const FRESH_STACK_BYTES: usize = 8 << 20;

            /// Runs `decode`, which starts `levels` more levels of nesting: on this stack while they
            /// fit in what is left of it, else on a fresh segment of this thread's stack. The thread
            /// stays the same, so nothing decoded has to be `Send` (a proof rustc cannot finish for
            /// many mutually recursive types).
            fn nested<T>(levels: usize, decode: impl FnOnce() -> T) -> T {
                stacker::maybe_grow((levels + 1) * LEVEL_BYTES, FRESH_STACK_BYTES, decode)
            }
        },
    );
    let boxed = when(
        uses.boxed_members || uses.boxed_present,
        quote! {
            /// Deserializes a member held in a `Box`, which starts `LEVELS_MORE` more levels of nesting
            /// (1 for a type inside itself, more for a long chain of types), straight from the input
            /// and on a fresh stack segment when this one is running low.
            pub(crate) fn boxed<'de, const LEVELS_MORE: usize, D, T>(deserializer: D) -> Result<T, D::Error>
            where
                D: serde::Deserializer<'de>,
                T: serde::Deserialize<'de>,
            {
                nested(LEVELS_MORE, || T::deserialize(deserializer))
            }
        },
    );
    let boxed_present = when(
        uses.boxed_present,
        quote! {
            /// [`boxed`] for an optional member that may be `null`, `null` kept apart from absence.
            pub(crate) fn boxed_present<'de, const LEVELS_MORE: usize, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
            where
                D: serde::Deserializer<'de>,
                T: serde::Deserialize<'de>,
            {
                boxed::<LEVELS_MORE, D, T>(deserializer).map(Some)
            }
        },
    );
    let redacted = when(
        uses.redacted,
        quote! {
            /// Stands in for a secret field or parameter in `Debug` output.
            pub(crate) struct Redacted;

            impl std::fmt::Debug for Redacted {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("<redacted>")
                }
            }
        },
    );
    quote!(#params #cookie #path #param_text #json #form #join_form #multipart #multipart_value #present #guessed #depth #boxed #boxed_present #redacted)
}

fn params_items(uses: &Uses) -> TokenStream {
    let optional = when(
        uses.optional_param,
        quote! {
            pub(crate) fn add_optional<T: serde::Serialize>(&mut self, name: &'static str, value: Option<&T>) {
                if let Some(value) = value {
                    self.add(name, value);
                }
            }
        },
    );
    let each = when(
        uses.list_param,
        quote! {
            /// A list parameter: one pair per item (`ids=1&ids=2`).
            pub(crate) fn add_each<'v, T: serde::Serialize + 'v>(&mut self, name: &'static str, values: impl IntoIterator<Item = &'v T>) {
                for value in values {
                    self.add(name, value);
                }
            }
        },
    );
    quote! {
        /// Name/value pairs of query, header or cookie parameters, in the order they are added.
        #[derive(Default)]
        pub(crate) struct Params(Vec<(&'static str, String)>);

        impl Params {
            pub(crate) fn add<T: serde::Serialize>(&mut self, name: &'static str, value: &T) {
                self.0.push((name, param_text(value)));
            }

            #optional
            #each

            pub(crate) fn into_pairs(self) -> Vec<(&'static str, String)> {
                self.0
            }
        }
    }
}

/// `redact_query`: hides credential values in the URL of an error.
fn redact_query_fn() -> TokenStream {
    quote! {
        /// Replaces the values of the query parameters named in `secret` with `REDACTED`.
        fn redact_query(url: &mut reqwest::Url, secret: &[&str]) {
            if !url.query_pairs().any(|(name, _)| secret.contains(&name.as_ref())) {
                return;
            }
            let pairs: Vec<(String, String)> = url
                .query_pairs()
                .map(|(name, value)| {
                    let value = if secret.contains(&name.as_ref()) { "REDACTED".to_owned() } else { value.into_owned() };
                    (name.into_owned(), value)
                })
                .collect();
            url.query_pairs_mut().clear().extend_pairs(pairs);
        }
    }
}

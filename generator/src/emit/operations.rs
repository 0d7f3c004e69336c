//! `client.rs` and `requests.rs` of an API module: one client method and one request builder per
//! operation. Required parameters are arguments of the method; optional ones are builder setters.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::aliases::Aliases;
use super::docs::{Form, doc_attrs, doc_literal, paragraphs, plain_line, spec_to_rustdoc};
use super::idents::{camel_ident, ident_from_snake, setter_allow, type_ident, type_names};
use super::models::member_idents;
use super::redact::{Shown, debug_impl};
use super::size::is_large;
use super::types::{into_target, is_string, rust_type};
use crate::ir::{
    Api, AuthKind, BodyContent, BodyEncoding, Names, Operation, OperationNames, ParamLocation, QueryStyle, Response,
    Status, Type, TypeKind, path_placeholders,
};

/// Clippy's limit on function arguments.
const MAX_ARGS: usize = 7;

/// What the caller supplies for one operation.
struct Plan<'a> {
    op: &'a Operation,
    types: &'a [crate::ir::TypeDef],
    /// The names of the API's items.
    names: &'a Names,
    /// The names of this operation's items.
    operation_names: &'a OperationNames,
    method: Ident,
    builder: Ident,
    /// The enum of the success answers, when their bodies differ.
    success_enum: Option<Ident>,
    /// The body enum's variants, one per content type, when the body has several.
    body_variants: Vec<Ident>,
    /// Method arguments, in order: path parameters, other required parameters, the body.
    required: Vec<Input<'a>>,
    /// Builder setters.
    optional: Vec<Input<'a>>,
}

/// One value of a request.
struct Input<'a> {
    ident: Ident,
    ty: &'a Type,
    docs: Option<&'a str>,
    source: Source<'a>,
    /// For a body the operation accepts in several content types: the enum of them.
    body_enum: Option<Ident>,
    /// Whether the value is a secret, hidden in `Debug` output.
    secret: bool,
}

enum Source<'a> {
    Param {
        location: ParamLocation,
        name: &'a str,
    },
    /// The body, in every content type the operation accepts (at least one).
    Body(&'a [BodyContent]),
}

impl<'a> Plan<'a> {
    fn new(op: &'a Operation, api: &'a Api, names: &'a OperationNames) -> Self {
        let mut required = Vec::new();
        let mut optional = Vec::new();
        let path_order: Vec<&str> = path_placeholders(&op.path).collect();
        let mut params: Vec<_> = op.params.iter().zip(&names.params).collect();
        params.sort_by_key(|(p, _)| (p.location != ParamLocation::Path, path_order.iter().position(|n| *n == p.name)));
        for (param, name) in params {
            let ident = ident_from_snake(name);
            let source = Source::Param { location: param.location, name: &param.name };
            let input = Input {
                ident,
                ty: &param.ty,
                docs: param.docs.as_deref(),
                source,
                body_enum: None,
                secret: param.secret,
            };
            if param.required { required.push(input) } else { optional.push(input) }
        }
        if let Some(((body, content), name)) =
            op.body.as_ref().and_then(|b| b.contents.first().map(|c| (b, c))).zip(names.body.as_deref())
        {
            let ident = ident_from_snake(name);
            let body_enum = names.body_enum.as_deref().map(type_ident);
            let source = Source::Body(&body.contents);
            let input = Input { ident, ty: &content.ty, docs: body.docs.as_deref(), source, body_enum, secret: false };
            if body.required { required.push(input) } else { optional.push(input) }
        }
        let method = ident_from_snake(&names.method);
        let success_enum = names.success_enum.as_deref().map(type_ident);
        let builder = type_ident(&names.builder);
        let body_variants = names.body_variants.iter().cloned().map(camel_ident).collect();
        let operation_names = names;
        let (types, names) = (&api.types, &api.names);
        Plan { op, types, names, operation_names, method, builder, success_enum, body_variants, required, optional }
    }

    /// The success type and how it is decoded; `None` when success has no body.
    fn success(&self) -> Option<&'a Response> {
        self.op.responses.iter().find(|r| r.status.is_success())
    }

    /// How the success can be read as a stream, when it can: the operation answers one success
    /// type, server-sent events or binary.
    fn streamed(&self) -> Option<Streamed<'a>> {
        let success = self.success().filter(|_| self.success_enum.is_none())?;
        if let Some(data) = &success.events {
            return Some(Streamed::Events(data));
        }
        let (Some(ty), Some(media)) = (&success.ty, success.content_type.as_deref()) else { return None };
        if BodyEncoding::of_media_type(media) == BodyEncoding::Binary || *ty == Type::Binary {
            Some(Streamed::Bytes)
        } else {
            None
        }
    }

    /// The body input, when the operation takes one, and whether it is required.
    fn body(&self) -> Option<(&Input<'a>, &'a [BodyContent], bool)> {
        self.required.iter().map(|i| (i, true)).chain(self.optional.iter().map(|i| (i, false))).find_map(
            |(i, required)| match i.source {
                Source::Body(contents) => Some((i, contents, required)),
                Source::Param { .. } => None,
            },
        )
    }

    /// Whether the body is a multipart form, to which the caller may add file parts.
    fn takes_files(&self) -> bool {
        self.body().is_some_and(|(input, contents, _)| {
            input.body_enum.is_none() && matches!(contents, [content] if content.encoding == BodyEncoding::Multipart)
        })
    }
}

/// How an operation's success is read as a stream.
enum Streamed<'a> {
    /// Server-sent events whose data has this type.
    Events(&'a Type),
    /// Chunks of bytes.
    Bytes,
}

/// Whether the body input is bytes, which the caller may give as a stream (the runtime's `Upload`).
fn is_upload(input: &Input<'_>) -> bool {
    input.body_enum.is_none()
        && matches!(input.source, Source::Body([content]) if content.encoding == BodyEncoding::Binary && content.ty == Type::Binary)
}

/// The argument type a caller passes, and the expression that turns the argument into the stored value.
fn argument(input: &Input<'_>, models: &TokenStream, requests: &TokenStream) -> (TokenStream, TokenStream) {
    let ident = &input.ident;
    if let Some(body_enum) = &input.body_enum {
        (quote!(impl Into<#requests #body_enum>), quote!(#ident.into()))
    } else if is_upload(input) {
        (quote!(impl Into<crate::Upload>), quote!(#ident.into()))
    } else if let Some(target) = into_target(input.ty) {
        (quote!(impl Into<#target>), quote!(#ident.into()))
    } else {
        (rust_type(input.ty, models), quote!(#ident))
    }
}

/// The type a builder stores a value as.
fn stored_type(input: &Input<'_>, models: &TokenStream) -> TokenStream {
    match &input.body_enum {
        Some(body_enum) => quote!(#body_enum),
        None if is_upload(input) => quote!(crate::Upload),
        None => rust_type(input.ty, models),
    }
}

fn too_many_args(count: usize) -> Option<TokenStream> {
    (count > MAX_ARGS).then(|| quote!(#[allow(clippy::too_many_arguments)]))
}

/// One input of an operation as its caller sees it (for [`super::surface`]).
pub(super) struct CallerInput<'a> {
    /// Where a parameter travels and its wire name; `None` for the body.
    pub(super) param: Option<(ParamLocation, &'a str)>,
    /// The argument or setter identifier.
    pub(super) ident: String,
    /// The type a caller passes.
    pub(super) ty: TokenStream,
    /// Whether the client method takes it as an argument (else the builder has a setter).
    pub(super) argument: bool,
}

/// What the API surface records of an operation (see [`caller_view`]).
pub(super) struct CallerView<'a> {
    /// The inputs in the order the client method and builder declare them.
    pub(super) inputs: Vec<CallerInput<'a>>,
    /// The type `send()` returns on success.
    pub(super) output: TokenStream,
    /// Whether the builder has `pages()` and `items()`.
    pub(super) paged: bool,
}

/// What a caller of `op` sees: its inputs, its success type and whether it pages.
pub(super) fn caller_view<'a>(api: &'a Api, op: &'a Operation, names: &'a OperationNames) -> CallerView<'a> {
    let plan = Plan::new(op, api, names);
    let (models, requests) = (quote!(models::), quote!(requests::));
    let inputs = [(&plan.required, true), (&plan.optional, false)]
        .into_iter()
        .flat_map(|(inputs, is_argument)| inputs.iter().map(move |input| (input, is_argument)))
        .map(|(input, is_argument)| CallerInput {
            param: match input.source {
                Source::Param { location, name } => Some((location, name)),
                Source::Body(_) => None,
            },
            ident: input.ident.to_string(),
            ty: argument(input, &models, &requests).0,
            argument: is_argument,
        })
        .collect();
    let output = match &plan.success_enum {
        Some(success_enum) => quote!(requests::#success_enum),
        None => super::successes::decoding(plan.success()).0,
    };
    let paged = !pagination_methods(&plan).is_empty();
    CallerView { inputs, output, paged }
}

fn plans(api: &Api) -> Vec<Plan<'_>> {
    api.operations.iter().zip(&api.names.operations).map(|(op, names)| Plan::new(op, api, names)).collect()
}

/// The index and client method (as code calls it) of the API's first operation that takes no arguments.
pub fn argument_free_method(api: &Api) -> Option<(usize, String)> {
    plans(api)
        .into_iter()
        .enumerate()
        .find(|(_, plan)| plan.required.is_empty())
        .map(|(index, plan)| (index, plan.method.to_string()))
}

/// Whether some operation of the API has `pages()` and `items()` streams.
pub fn pages(api: &Api) -> bool {
    plans(api).iter().any(|plan| plan.op.pagination.is_some() && !pagination_methods(plan).is_empty())
}

/// Whether some operation of the API reads its success as a stream (server-sent events, bytes).
pub fn streams(api: &Api) -> bool {
    plans(api).iter().any(|plan| plan.streamed().is_some())
}

/// Whether some operation of the API takes bytes that may be a stream, or file parts.
pub fn uploads(api: &Api) -> bool {
    plans(api).iter().any(|plan| plan.takes_files() || plan.body().is_some_and(|(input, _, _)| is_upload(input)))
}

/// The client module: construction, credentials and one method per operation, each method with
/// its operation's attribute of `cfgs` (a `#[cfg]` of its feature, or nothing), in operation order.
pub fn client_module(api: &Api, cfgs: &[TokenStream]) -> TokenStream {
    let plans = plans(api);
    let models = quote!(models::);
    let title = spec_to_rustdoc(&api.title, Form::Line);
    let title = if title.to_ascii_lowercase().ends_with("api") {
        format!(" Client for the {title}.")
    } else {
        format!(" Client for the {title} API.")
    };
    let defaults = if api.base_url.is_empty() {
        quote! {
            impl Client {
                /// A client without a base URL: the spec names no server, so set one with
                /// [`Client::with_base_url`] before sending requests.
                pub fn new() -> Self {
                    Client { connection: crate::runtime::Connection::new(String::new()) }
                }
            }
        }
    } else {
        let url = &api.base_url;
        quote! {
            impl Client {
                /// The server the spec names.
                pub const DEFAULT_BASE_URL: &'static str = #url;

                /// A client for [`Client::DEFAULT_BASE_URL`]; [`Client::with_base_url`] changes it.
                pub fn new() -> Self {
                    Client { connection: crate::runtime::Connection::new(Self::DEFAULT_BASE_URL.to_owned()) }
                }
            }
        }
    };
    let credentials =
        api.auth_schemes.iter().zip(&api.names.setters).filter_map(|(scheme, names)| credential_setter(scheme, names));
    let methods = plans.iter().zip(cfgs).map(|(plan, cfg)| {
        let method = &plan.method;
        let builder = &plan.builder;
        let (args, convs): (Vec<_>, Vec<_>) =
            plan.required.iter().map(|input| argument(input, &models, &quote!(requests::))).unzip();
        let idents = plan.required.iter().map(|input| &input.ident);
        // The builder as the client hands it out: the arguments, nothing optional set yet.
        let inits = plan.required.iter().zip(&convs).map(|(input, conv)| {
            let ident = &input.ident;
            if *ident == conv.to_string() { quote!(#ident,) } else { quote!(#ident: #conv,) }
        });
        let optional_idents = plan.optional.iter().map(|input| &input.ident);
        let files_init = plan.takes_files().then(|| quote!(files: Vec::new(),));
        let docs = operation_docs(api, plan.op);
        let deprecated = plan.op.deprecated.as_deref().map(|note| {
            let note = spec_to_rustdoc(note, Form::Line);
            if note.is_empty() { quote!(#[deprecated]) } else { quote!(#[deprecated(note = #note)]) }
        });
        let allow = too_many_args(plan.required.len() + 1);
        quote! {
            #docs
            #cfg
            #deprecated
            #allow
            pub fn #method(&self, #(#idents: #args),*) -> requests::#builder<'_> {
                requests::#builder {
                    client: self,
                    #(#inits)*
                    #(#optional_idents: None,)*
                    options: Default::default(),
                    #files_init
                }
            }
        }
    });
    // The models and builders, named short; unused when the features leave out every operation.
    quote! {
        //! The client of this API module.

        #[allow(unused_imports)]
        use super::{models, requests};

        #[doc = #title]
        #[derive(Debug, Clone)]
        pub struct Client {
            pub(super) connection: crate::runtime::Connection,
        }

        #defaults

        impl Default for Client {
            fn default() -> Self {
                Self::new()
            }
        }

        impl Client {
            /// Sends requests to `base_url` instead (for tests, proxies or regional hosts).
            pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
                self.connection.set_base_url(base_url.into());
                self
            }

            /// Sends requests with the given HTTP client (for its proxy, TLS or pool settings).
            ///
            /// Build it with `.redirect(reqwest::redirect::Policy::none())`: this client then follows
            /// redirects itself, keeping credentials on the API's origin, whereas reqwest's default
            /// policy sends API-key headers and request bodies on to other hosts. Its connect and read
            /// timeouts replace those of [`with_timeouts`](Self::with_timeouts).
            pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
                self.connection.set_http_client(http);
                self
            }

            /// Gives up on an attempt that takes longer than `timeout` in all (see
            /// [`Timeouts::total`](crate::Timeouts::total); the default is a minute).
            pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.connection.set_timeout(timeout);
                self
            }

            /// Connect, read and total timeouts (the default: [`Timeouts::default`](crate::Timeouts::default)).
            pub fn with_timeouts(mut self, timeouts: crate::Timeouts) -> Self {
                self.connection.set_timeouts(timeouts);
                self
            }

            /// Limits on response sizes and paging (the default: [`Limits::default`](crate::Limits::default)).
            pub fn with_limits(mut self, limits: crate::Limits) -> Self {
                self.connection.set_limits(limits);
                self
            }

            /// Retries failed requests as `policy` says (the default: [`RetryPolicy::default`](crate::RetryPolicy::default);
            /// [`RetryPolicy::NONE`](crate::RetryPolicy::NONE) turns retrying off).
            pub fn with_retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
                self.connection.set_retry_policy(policy);
                self
            }

            /// Also retries POST, PATCH and other non-idempotent requests after 5xx answers and
            /// connection errors. Only for APIs where sending a request twice is harmless: by
            /// default they are sent once, since the first attempt may have taken effect.
            pub fn with_non_idempotent_retries(mut self) -> Self {
                self.connection.retry_non_idempotent();
                self
            }

            /// Sends `value` as the `name` header with every request to the API (not to other
            /// origins a redirect leads to), before the operation's own headers. Requests name this
            /// crate and its version as their `User-Agent` unless this replaces it (a client given to
            /// [`with_http_client`](Self::with_http_client) sends its own).
            pub fn with_header(mut self, name: reqwest::header::HeaderName, value: reqwest::header::HeaderValue) -> Self {
                self.connection.set_header(name, value);
                self
            }

            /// Calls `hook` with every request just before it is sent to the API (retries included;
            /// never for another origin a redirect leads to), after the hooks added before: to sign
            /// requests, or to log or count them.
            pub fn with_request_hook(mut self, hook: impl crate::RequestHook + 'static) -> Self {
                self.connection.add_hook(hook);
                self
            }

            /// The base URL requests are sent to.
            pub fn base_url(&self) -> &str {
                self.connection.base_url()
            }

            #(#credentials)*

            #(#methods)*
        }
    }
}

/// The `with_…` methods that store credentials for a scheme the client can apply, named `names`
/// (see [`credential_setter_names`]).
fn credential_setter(scheme: &crate::ir::AuthScheme, names: &[String]) -> Option<TokenStream> {
    let name = &scheme.name;
    let setter = ident_from_snake(names.first()?);
    let shown = spec_to_rustdoc(name, Form::Code);
    let described = scheme.docs.as_deref().map(|d| spec_to_rustdoc(d, Form::Line)).filter(|d| !d.is_empty());
    let extra = described.map(|d| format!(" {d}")).map(|d| quote!(#[doc = ""] #[doc = #d]));
    Some(match &scheme.kind {
        AuthKind::Bearer => {
            let method = setter;
            let provider_method = ident_from_snake(names.get(1)?);
            let doc = format!(" Sends `token` as a bearer token wherever the {shown} scheme applies.");
            let provider_doc = format!(
                " Asks `provider` for a bearer token before every request that the {shown} scheme applies to, so that tokens can be refreshed."
            );
            quote! {
                #[doc = #doc]
                #extra
                pub fn #method(mut self, token: impl Into<String>) -> Self {
                    self.connection.set_credential(#name, crate::runtime::Credential::Bearer(crate::runtime::Secret(token.into())));
                    self
                }

                #[doc = #provider_doc]
                pub fn #provider_method(mut self, provider: impl crate::TokenProvider + 'static) -> Self {
                    let provider = crate::runtime::Provider(std::sync::Arc::new(provider));
                    self.connection.set_credential(#name, crate::runtime::Credential::BearerProvider(provider));
                    self
                }
            }
        }
        AuthKind::Basic => {
            let method = setter;
            let doc = format!(" Sends HTTP basic credentials wherever the {shown} scheme applies.");
            quote! {
                #[doc = #doc]
                #extra
                pub fn #method(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
                    let password = crate::runtime::Secret(password.into());
                    self.connection.set_credential(#name, crate::runtime::Credential::Basic { username: username.into(), password });
                    self
                }
            }
        }
        AuthKind::ApiKey { location, name: key_name } => {
            let method = setter;
            let (where_, location) = match location {
                ParamLocation::Query => ("query parameter", quote!(Query)),
                ParamLocation::Cookie => ("cookie", quote!(Cookie)),
                ParamLocation::Header | ParamLocation::Path => ("header", quote!(Header)),
            };
            let key_shown = spec_to_rustdoc(key_name, Form::Code);
            let doc = format!(" Sends `key` as the {key_shown} {where_} wherever the {shown} scheme applies.");
            quote! {
                #[doc = #doc]
                #extra
                pub fn #method(mut self, key: impl Into<String>) -> Self {
                    let location = crate::runtime::KeyLocation::#location;
                    let credential = crate::runtime::Credential::ApiKey { location, name: #key_name, key: crate::runtime::Secret(key.into()) };
                    self.connection.set_credential(#name, credential);
                    self
                }
            }
        }
        AuthKind::FormField { name: field } => {
            let method = setter;
            let field_shown = spec_to_rustdoc(field, Form::Code);
            let doc = format!(" Sends `value` as the {field_shown} form field wherever the {shown} scheme applies.");
            quote! {
                #[doc = #doc]
                #extra
                pub fn #method(mut self, value: impl Into<String>) -> Self {
                    let credential = crate::runtime::Credential::FormField { name: #field, value: crate::runtime::Secret(value.into()) };
                    self.connection.set_credential(#name, credential);
                    self
                }
            }
        }
        AuthKind::Unsupported { .. } => return None,
    })
}

/// Rustdoc of an operation's method: the spec's text, the HTTP call, and authentication notes.
fn operation_docs(api: &Api, op: &Operation) -> TokenStream {
    let mut parts = Vec::new();
    if let Some(summary) = &op.summary {
        parts.push(spec_to_rustdoc(summary, Form::Markdown));
    }
    if let Some(docs) = &op.docs {
        parts.push(spec_to_rustdoc(docs, Form::Markdown));
    }
    let call = spec_to_rustdoc(&format!("{} {}", op.method, op.path), Form::Code);
    if parts.is_empty() {
        parts.push(format!("Calls {call}."));
    } else {
        parts.push(call);
    }
    let unsupported: Vec<String> = op
        .auth
        .iter()
        .flatten()
        .filter_map(|name| api.auth_schemes.iter().find(|s| &s.name == name))
        .filter_map(|s| match &s.kind {
            AuthKind::Unsupported { kind } if kind == "undefined" => {
                Some(format!("{} (named by the spec but not defined there)", spec_to_rustdoc(&s.name, Form::Code)))
            }
            AuthKind::Unsupported { kind } => Some(format!(
                "{} ({}, which this client cannot apply)",
                spec_to_rustdoc(&s.name, Form::Code),
                spec_to_rustdoc(kind, Form::Line)
            )),
            _ => None,
        })
        .collect();
    if !unsupported.is_empty() {
        parts.push(format!(
            "The spec asks for the security scheme {}; credentials for it are not attached automatically, \
             so supply them yourself (for example as default headers of the HTTP client given to \
             `Client::with_http_client`).",
            unsupported.join(", ")
        ));
    }
    paragraphs(&parts)
}

/// The head of the requests module, whose items are one builder per operation.
pub fn requests_head() -> TokenStream {
    // The models, named short; unused when the features leave out every operation that uses one.
    // `send` returns `impl Future<Output = Result<ResponseValue<T>>>`, which clippy counts as a complex
    // type as soon as `T` nests a few levels (`Option<Vec<Vec<Value>>>`): a type alias cannot name it.
    quote! {
        //! Request builders: set optional parameters, then `.send()`.
        #![allow(clippy::type_complexity)]

        #[allow(unused_imports)]
        use super::models;
    }
}

/// The request builder of the operation at `index`, named as `names` says.
pub fn builder_items(api: &Api, index: usize, names: &OperationNames, aliases: &Aliases) -> TokenStream {
    match api.operations.get(index) {
        Some(op) => builder(api, &Plan::new(op, api, names), aliases),
        None => TokenStream::new(),
    }
}

/// The error enum of operation `first` of `api`, shared by the operations `users` (`first` among them).
pub fn error_enum_items(api: &Api, first: usize, users: &[usize]) -> TokenStream {
    let (Some(op), Some(names)) = (api.operations.get(first), api.names.operations.get(first)) else {
        return TokenStream::new();
    };
    let methods: Vec<Ident> =
        users.iter().filter_map(|&i| api.names.operations.get(i)).map(|n| ident_from_snake(&n.method)).collect();
    super::errors::enum_item(op, &api.types, names, &methods)
}

fn builder(api: &Api, plan: &Plan<'_>, aliases: &Aliases) -> TokenStream {
    let models = quote!(models::);
    let builder = &plan.builder;
    let method = &plan.method;
    let what = plan.op.summary.as_deref().or(plan.op.docs.as_deref()).map(|t| spec_to_rustdoc(t, Form::Sentence));
    let what = what.filter(|w| !w.is_empty());
    let doc = match what {
        Some(what) => format!(" Request builder for {}: {what}", method_link(method)),
        None => format!(" Request builder for {}.", method_link(method)),
    };
    let doc = doc_literal(&doc);
    let fields = plan.required.iter().map(|input| {
        let ident = &input.ident;
        let ty = stored_type(input, &models);
        quote!(pub(super) #ident: #ty,)
    });
    let optional_fields = plan.optional.iter().map(|input| {
        let ident = &input.ident;
        let ty = stored_type(input, &models);
        quote!(pub(super) #ident: Option<#ty>,)
    });
    let setters = plan.optional.iter().map(|input| {
        let ident = &input.ident;
        let (arg, conv) = argument(input, &models, &TokenStream::new());
        let docs = doc_attrs(input.docs);
        let allow = setter_allow(ident);
        quote! {
            #docs
            #allow
            pub fn #ident(mut self, #ident: #arg) -> Self {
                self.#ident = Some(#conv);
                self
            }
        }
    });
    let retry_opt_in = !is_idempotent_method(&plan.op.method);
    let options_setters = options_setters(retry_opt_in);
    let send = send_method(api, plan);
    let streams = stream_methods(api, plan);
    let paging = pagination_methods(plan);
    let takes_files = plan.takes_files();
    let files_field = takes_files.then(|| quote!(pub(super) files: Vec<(&'static str, crate::FilePart)>,));
    let file_part = takes_files.then(|| {
        quote! {
            /// Sends `file` (bytes, or a stream as a [`reqwest::Body`], with a file name and a media
            /// type) as the part named `part`, in place of the part the body gives that name.
            pub fn file_part(mut self, part: &'static str, file: impl Into<crate::FilePart>) -> Self {
                self.files.push((part, file.into()));
                self
            }
        }
    });
    let body_enum = body_enum_item(plan, method, aliases);
    let success_enum = plan
        .success_enum
        .as_ref()
        .map(|success_enum| super::successes::enum_item(plan.op, plan.types, success_enum, method));
    let (derive, debug) = builder_debug(plan);
    quote! {
        #body_enum

        #success_enum

        #[doc = #doc]
        #derive
        #[must_use = "a request does nothing until it is sent with `.send()`"]
        pub struct #builder<'a> {
            pub(super) client: &'a super::Client,
            #(#fields)*
            #(#optional_fields)*
            pub(super) options: crate::runtime::RequestOptions,
            #files_field
        }

        impl<'a> #builder<'a> {
            #(#setters)*

            #options_setters

            #file_part

            #send

            #streams

            #paging
        }

        #debug
    }
}

/// The per-request options every builder has: a timeout, extra headers, an idempotency key. They
/// are builder methods (as reqwest's `RequestBuilder` has them), so `send()` stays as it is.
/// A builder of a method that is not idempotent also has `idempotent()`, which lets it be retried.
fn options_setters(retry_opt_in: bool) -> TokenStream {
    // `with_timeout`, `with_header`, `with_idempotency_key` and `idempotent`, written once in the runtime.
    if retry_opt_in {
        quote!(crate::runtime::request_options!(idempotent);)
    } else {
        quote!(crate::runtime::request_options!();)
    }
}

/// The builder's `derive`, and a `Debug` impl that hides secret parameters when it has any.
fn builder_debug(plan: &Plan<'_>) -> (TokenStream, TokenStream) {
    if !plan.required.iter().chain(&plan.optional).any(|i| i.secret) {
        return (quote!(#[derive(Debug, Clone)]), TokenStream::new());
    }
    let client = format_ident!("client");
    let options = format_ident!("options");
    let inputs = plan.required.iter().map(|i| (i, false)).chain(plan.optional.iter().map(|i| (i, true)));
    let shown: Vec<Shown<'_>> = [Shown { ident: &client, secret: false, optional: false }]
        .into_iter()
        .chain(inputs.map(|(input, optional)| Shown { ident: &input.ident, secret: input.secret, optional }))
        .chain([Shown { ident: &options, secret: false, optional: false }])
        .collect();
    (quote!(#[derive(Clone)]), debug_impl(&plan.builder, quote!(<'_>), &shown))
}

/// How to read and write the page token of a request builder.
struct TokenAccess {
    /// The token the builder (`self`) starts with, as `Option<&String>`.
    current: TokenStream,
    /// A statement storing `token` (a `String`) in `request` (a `&mut Self`).
    set: TokenStream,
}

/// `pages()` and `items()` streams for an operation with detected token pagination; the
/// runtime's `pages` and `items` do the walking.
fn pagination_methods(plan: &Plan<'_>) -> TokenStream {
    let Some(pagination) = &plan.op.pagination else { return TokenStream::new() };
    let Some(success) = plan.success().filter(|_| plan.success_enum.is_none()) else { return TokenStream::new() };
    // A page that may be `null` (or empty) ends the stream when it is.
    let (page_type, nullable) = match &success.ty {
        Some(Type::Named(page_type)) => (page_type, false),
        Some(Type::Nullable(page)) => match &**page {
            Type::Named(page_type) => (page_type, true),
            _ => return TokenStream::new(),
        },
        _ => return TokenStream::new(),
    };
    let Some(page_fields) = struct_fields(plan.types, page_type) else { return TokenStream::new() };
    let Some(access) = token_access(plan, &pagination.request_param) else { return TokenStream::new() };
    let idents = member_idents(type_names(plan.names, page_type));
    let find = |name: &str| page_fields.iter().zip(&idents).find(|(f, _)| f.name == name);
    let Some((token_field, token_ident)) = find(&pagination.response_field) else { return TokenStream::new() };
    let next_token = match (&token_field.ty, token_field.required) {
        (Type::Nullable(_), false) => quote!(page.#token_ident.clone().flatten()),
        (Type::Nullable(_), true) | (_, false) => quote!(page.#token_ident.clone()),
        (_, true) => quote!(Some(page.#token_ident.clone())),
    };
    let models = quote!(models::);
    let page_rust = rust_type(&Type::Named(page_type.clone()), &models);
    let fetch = if nullable {
        quote!(|request: Self| request.send())
    } else {
        quote!(|request: Self| async move { request.send().await.map(Some) })
    };
    let TokenAccess { current, set } = access;
    let page_end = if nullable { ", or a `null` or empty page" } else { "" };
    let token_doc = format!(
        " Every page, following {} until the server returns none{page_end}; the stream ends after the first error. \
         A token that repeats one of an earlier page (pages that would cycle forever), or more pages than \
         [`Limits::max_pages`](crate::Limits::max_pages), ends it with [`Error::Paging`](crate::Error::Paging).",
        spec_to_rustdoc(&pagination.response_field, Form::Code)
    );
    let items = pagination.items_field.as_deref().and_then(find).and_then(|(field, ident)| {
        let Type::Array(item) = &field.ty else { return None };
        let item_rust = rust_type(item, &models);
        let all = if field.required { quote!(page.#ident) } else { quote!(page.#ident.unwrap_or_default()) };
        let doc = format!(
            " Every item of {} on every page, in order; the stream ends after the first error.",
            spec_to_rustdoc(&field.name, Form::Code)
        );
        Some(quote! {
            #[doc = #doc]
            pub fn items(self) -> impl futures_util::Stream<Item = crate::Result<#item_rust>> + 'a {
                crate::runtime::items(self.pages(), |page: #page_rust| #all)
            }
        })
    });
    quote! {
        #[doc = #token_doc]
        pub fn pages(self) -> impl futures_util::Stream<Item = crate::Result<#page_rust>> + 'a {
            let (limit, first) = (self.client.connection.max_pages(), #current.cloned());
            crate::runtime::pages(self, limit, first, #fetch, |page: &#page_rust| #next_token, |request: &mut Self, token| #set)
        }

        #items
    }
}

/// Where the page token lives in the builder: a query parameter or a field of the body struct.
fn token_access(plan: &Plan<'_>, name: &str) -> Option<TokenAccess> {
    if let Some((input, required)) = find_input(plan, ParamLocation::Query, name) {
        let ident = &input.ident;
        if !is_string(input.ty) {
            return None;
        }
        return Some(if required {
            TokenAccess { current: quote!(Some(&self.#ident)), set: quote!(request.#ident = token) }
        } else {
            TokenAccess { current: quote!(self.#ident.as_ref()), set: quote!(request.#ident = Some(token)) }
        });
    }
    let body = plan.required.iter().find(|i| matches!(i.source, Source::Body(_)) && i.body_enum.is_none())?;
    let Type::Named(body_type) = body.ty else { return None };
    let fields = struct_fields(plan.types, body_type)?;
    let idents = member_idents(type_names(plan.names, body_type));
    let (field, ident) = fields.iter().zip(&idents).find(|(f, _)| f.name == name)?;
    let body_ident = &body.ident;
    match (&field.ty, field.required) {
        (Type::String, false) => Some(TokenAccess {
            current: quote!(self.#body_ident.#ident.as_ref()),
            set: quote!(request.#body_ident.#ident = Some(token)),
        }),
        (Type::String, true) => Some(TokenAccess {
            current: quote!(Some(&self.#body_ident.#ident)),
            set: quote!(request.#body_ident.#ident = token),
        }),
        _ => None,
    }
}

fn struct_fields<'a>(types: &'a [crate::ir::TypeDef], name: &str) -> Option<&'a [crate::ir::Field]> {
    match &types.iter().find(|t| t.name == name)?.kind {
        TypeKind::Struct { fields, .. } => Some(fields),
        _ => None,
    }
}

/// The statements that build the operation's `request` from the builder (`self`).
fn request_statements(api: &Api, plan: &Plan<'_>, extra: Option<TokenStream>) -> TokenStream {
    let op = plan.op;
    let (template, path_values) = path_template(plan);
    let mut settings = params_settings(plan);
    settings.extend(body_expr(plan).map(|body| quote!(request.body = #body;)));
    settings.extend(idempotent_setting(plan));
    settings.push(quote!(request.options = self.options;));
    settings.extend(extra);
    let http_method = http_method(&op.method);
    let operation = plan.method.to_string();
    let operation = operation.trim_start_matches("r#");
    // Alternatives that need a scheme the client cannot apply are left to the caller (see the docs).
    let applicable = |name: &String| {
        api.auth_schemes.iter().any(|s| &s.name == name && !matches!(s.kind, AuthKind::Unsupported { .. }))
    };
    let alternatives: Vec<&Vec<String>> =
        op.auth.iter().filter(|alternative| alternative.iter().all(applicable)).collect();
    // Without any scheme to apply, every alternative sends nothing, as the default (none) does.
    if alternatives.iter().any(|alternative| !alternative.is_empty()) {
        let alternatives = alternatives.iter().map(|alternative| quote!(&[#(#alternative),*]));
        settings.push(quote!(request.auth = &[#(#alternatives),*];));
    }
    let request = if settings.is_empty() { quote!(request) } else { quote!(mut request) };
    quote! {
        let #request = crate::runtime::Request::new(#operation, #http_method, #template, &[#(#path_values),*])?;
        #(#settings)*
    }
}

/// The argument of `into_error` for the statuses the operation does not treat as success.
/// An operation with an error enum finds them on it, as operations that share the enum share them.
fn meanings_arg(plan: &Plan<'_>) -> TokenStream {
    match plan.operation_names.error_enum.as_deref() {
        _ if status_meanings(plan.op).is_empty() => quote!(&[]),
        Some(error_enum) => {
            let error_enum = type_ident(error_enum);
            quote!(#error_enum::MEANINGS)
        }
        None => quote!(Self::STATUS_MEANINGS),
    }
}

/// The methods that read a success as a stream: `events()` and `events_after()` for server-sent
/// events, `send_streamed()` for bytes, and the `open()` they share.
fn stream_methods(api: &Api, plan: &Plan<'_>) -> TokenStream {
    let Some(streamed) = plan.streamed() else { return TokenStream::new() };
    let success = success_patterns(plan);
    let meanings = meanings_arg(plan);
    let opened = |read: TokenStream| {
        quote! {
            match response.code() {
                #success => Ok(response.#read()),
                _ => Err(response.into_error(#meanings).await),
            }
        }
    };
    match streamed {
        Streamed::Events(data) => {
            let resume = quote! {
                request.headers.add("accept", &"text/event-stream");
                if let Some(id) = &last_event_id {
                    request.headers.add("last-event-id", id);
                }
            };
            let build = request_statements(api, plan, Some(resume));
            let (data_type, read) = match data {
                Type::String => (quote!(String), quote!(text_events)),
                ty => (rust_type(ty, &quote!(models::)), quote!(json_events)),
            };
            let read = opened(read);
            quote! {
                /// Sends the request and reads the answer as a stream of server-sent events, as they
                /// arrive (see [`EventStream`](crate::EventStream) for its errors and limits).
                pub async fn events(self) -> crate::Result<crate::EventStream<#data_type>> {
                    let response = self.open(None).await?;
                    #read
                }

                /// [`events`](Self::events), resuming a stream after the event whose `id` is
                /// `last_event_id` (sent as the `Last-Event-ID` header): the caller reconnects, so
                /// that a request that is not idempotent is never sent again without its say.
                pub async fn events_after(self, last_event_id: impl Into<String>) -> crate::Result<crate::EventStream<#data_type>> {
                    let response = self.open(Some(last_event_id.into())).await?;
                    #read
                }

                /// Sends the request; the answer's body is left unread.
                async fn open(self, last_event_id: Option<String>) -> crate::Result<crate::runtime::Streamed> {
                    #build
                    self.client.connection.open(request).await
                }
            }
        }
        Streamed::Bytes => {
            let build = request_statements(api, plan, None);
            let read = opened(quote!(bytes));
            quote! {
                /// Sends the request and reads the answer's body as a stream of chunks, as they arrive,
                /// instead of holding it whole as [`send`](Self::send) does.
                pub async fn send_streamed(self) -> crate::Result<crate::ByteStream> {
                    let response = self.open().await?;
                    #read
                }

                /// Sends the request; the answer's body is left unread.
                async fn open(self) -> crate::Result<crate::runtime::Streamed> {
                    #build
                    self.client.connection.open(request).await
                }
            }
        }
    }
}

fn send_method(api: &Api, plan: &Plan<'_>) -> TokenStream {
    let op = plan.op;
    let build = request_statements(api, plan, None);
    let (output, arms) = match &plan.success_enum {
        Some(success_enum) => (quote!(#success_enum), super::successes::arms(plan.op, plan.types, success_enum)),
        None => {
            let (output, decode) = super::successes::decoding(plan.success());
            let success = success_patterns(plan);
            (output, quote!(#success => #decode,))
        }
    };
    let meanings = status_meanings(op);
    let meanings_arg = meanings_arg(plan);
    // One success status (or range) and one body: the runtime's `success` checks the status.
    let decode = match single_success(plan) {
        Some(status) if plan.success_enum.is_none() => {
            let decode =
                super::successes::checked_decoding(plan.success(), &quote!(response.success(#status, #meanings_arg)));
            quote!(|response| #decode)
        }
        _ => quote! {
            |response| match response.code() {
                #arms
                _ => Err(response.into_error(#meanings_arg)),
            }
        },
    };
    let meanings_const = (!meanings.is_empty() && plan.operation_names.error_enum.is_none()).then(|| {
        quote! {
            /// What the spec says the statuses this operation does not treat as success mean.
            const STATUS_MEANINGS: &'static [crate::runtime::Meaning] = &[#(#meanings),*];
        }
    });
    let send_doc = match plan.success() {
        _ if plan.success_enum.is_some() => " Sends the request and decodes the response by its success status.",
        Some(Response { ty: Some(Type::Nullable(_)), inferred: true, .. }) => {
            " Sends the request and decodes the response: `None` when the server answers `null` or with no body, which the examples this type is inferred from cannot rule out."
        }
        Some(Response { ty: Some(Type::Nullable(_)), .. }) => {
            " Sends the request and decodes the response: `None` when the server answers `null` or with no body."
        }
        _ => " Sends the request and decodes the response.",
    };
    // One paragraph with the error enum, so that the docs stay short in the source too.
    let send_doc = match plan.operation_names.error_enum.as_deref() {
        Some(error_enum) => format!(
            "{send_doc} A documented error answer is an [`Error::Status`](crate::Error::Status) whose body \
             `error.typed::<{error_enum}>()` decodes into its [`{error_enum}`] variant."
        ),
        None => send_doc.to_owned(),
    };
    let send_doc = doc_literal(&send_doc);
    // Plain functions returning the runtime's futures: an `async fn` per operation is a body that
    // rustc type-checks and borrow-checks per operation, the runtime's is checked once.
    quote! {
        #meanings_const

        #[doc = #send_doc]
        pub fn send(self) -> impl std::future::Future<Output = crate::Result<#output>> {
            crate::runtime::into_value(self.send_with_response())
        }

        /// [`send`](Self::send), and the status and headers of the response too.
        pub fn send_with_response(self) -> impl std::future::Future<Output = crate::Result<crate::ResponseValue<#output>>> {
            self.client.connection.execute(self.into_request(), #decode)
        }

        /// The request this builder describes, or why it cannot be sent.
        fn into_request(self) -> crate::Result<crate::runtime::Request> {
            #build
            Ok(request)
        }
    }
}

/// Whether the method may be sent twice with the effect of once (RFC 9110, 9.2.2; `QUERY` is safe
/// and idempotent by its definition, which OpenAPI 3.2 adopts).
fn is_idempotent_method(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE" | "QUERY")
}

/// Whether a header parameter carries an idempotency key (`Idempotency-Key`, `X-Idempotency-Key`).
fn is_idempotency_key(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace('_', "-");
    name == "idempotency-key" || name.ends_with("-idempotency-key")
}

/// Whether the request may be retried after a 5xx answer or a connection error: the runtime says
/// so for idempotent methods; for others, when the caller marked it or it carries an idempotency key.
fn idempotent_setting(plan: &Plan<'_>) -> Option<TokenStream> {
    if is_idempotent_method(&plan.op.method) {
        return None;
    }
    let key = plan.op.params.iter().filter(|p| p.location == ParamLocation::Header && is_idempotency_key(&p.name));
    let mut carried = Vec::new();
    for param in key {
        match find_input(plan, ParamLocation::Header, &param.name) {
            Some((_, true)) => return Some(quote!(request.idempotent = true;)),
            Some((input, false)) => {
                let ident = &input.ident;
                carried.push(quote!(|| self.#ident.is_some()));
            }
            None => {}
        }
    }
    Some(quote!(request.idempotent = self.options.idempotent #(#carried)*;))
}

fn http_method(method: &str) -> TokenStream {
    match method {
        "GET" | "POST" | "PUT" | "DELETE" | "HEAD" | "OPTIONS" | "CONNECT" | "PATCH" | "TRACE" => {
            let ident = format_ident!("{}", method);
            quote!(reqwest::Method::#ident)
        }
        custom => {
            let bytes = Literal::byte_string(custom.as_bytes());
            quote!(reqwest::Method::from_bytes(#bytes).map_err(|_| crate::Error::InvalidRequest("invalid HTTP method".into()))?)
        }
    }
}

/// The path template the runtime fills and the values of its placeholders, in order: each
/// `&self.field` as text (the runtime encodes it as one segment). A placeholder that no parameter
/// fills is left out of the path.
fn path_template(plan: &Plan<'_>) -> (String, Vec<TokenStream>) {
    let mut template = String::new();
    let mut values = Vec::new();
    let mut rest = plan.op.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest.get(start..).and_then(|tail| tail.find('}')) else { break };
        template.push_str(rest.get(..start).unwrap_or_default());
        let name = rest.get(start + 1..start + len).unwrap_or_default();
        let input = plan
            .required
            .iter()
            .find(|i| matches!(i.source, Source::Param { location: ParamLocation::Path, name: n } if n == name));
        if let Some(input) = input {
            let ident = &input.ident;
            template.push_str(rest.get(start..=start + len).unwrap_or_default());
            values.push(quote!(crate::runtime::param_text(&self.#ident)));
        }
        rest = rest.get(start + len + 1..).unwrap_or_default();
    }
    template.push_str(rest);
    (template, values)
}

/// The statements adding the query, header and cookie parameters to `request`, in spec order
/// for each place.
fn params_settings(plan: &Plan<'_>) -> Vec<TokenStream> {
    let places = [
        (ParamLocation::Query, quote!(query)),
        (ParamLocation::Header, quote!(headers)),
        (ParamLocation::Cookie, quote!(cookies)),
    ];
    let mut settings = Vec::new();
    for (location, place) in places {
        for param in plan.op.params.iter().filter(|p| p.location == location) {
            let Some((input, required)) = find_input(plan, location, &param.name) else { continue };
            let ident = &input.ident;
            let name = &param.name;
            // Headers and cookies take a list a value at a time; the query writes one itself, in its style.
            let each = matches!(input.ty, Type::Array(_)) && location != ParamLocation::Query;
            let style = (location == ParamLocation::Query).then(|| query_style(param.style)).flatten();
            settings.push(match (required, each, style) {
                (true, _, Some(style)) => quote!(request.#place.add_styled(#name, &self.#ident, #style);),
                (false, _, Some(style)) => {
                    quote!(request.#place.add_optional_styled(#name, self.#ident.as_ref(), #style);)
                }
                (true, true, None) => quote!(request.#place.add_each(#name, &self.#ident);),
                (false, true, None) => quote!(request.#place.add_each(#name, self.#ident.iter().flatten());),
                (true, false, None) => quote!(request.#place.add(#name, &self.#ident);),
                (false, false, None) => quote!(request.#place.add_optional(#name, self.#ident.as_ref());),
            });
        }
    }
    settings
}

/// The runtime's style for a query parameter; `None` for the default, which `add` writes.
fn query_style(style: QueryStyle) -> Option<TokenStream> {
    let delimiter = match style {
        QueryStyle::Exploded => return None,
        QueryStyle::DeepObject => return Some(quote!(crate::runtime::QueryStyle::DeepObject)),
        QueryStyle::Comma => ",",
        QueryStyle::Space => " ",
        QueryStyle::Pipe => "|",
    };
    Some(quote!(crate::runtime::QueryStyle::Delimited(#delimiter)))
}

fn find_input<'p, 'a>(plan: &'p Plan<'a>, location: ParamLocation, name: &str) -> Option<(&'p Input<'a>, bool)> {
    let matches =
        |i: &&Input<'_>| matches!(i.source, Source::Param { location: l, name: n } if l == location && n == name);
    plan.required
        .iter()
        .find(matches)
        .map(|i| (i, true))
        .or_else(|| plan.optional.iter().find(matches).map(|i| (i, false)))
}

/// The request body, `None` when the operation sends none.
fn body_expr(plan: &Plan<'_>) -> Option<TokenStream> {
    let (input, contents, required) = plan.body()?;
    let ident = &input.ident;
    let encoded = match (&input.body_enum, contents) {
        (None, [content]) if is_upload(input) => {
            let media = &content.content_type;
            let reference = if required { quote!(&self.#ident) } else { quote!(value) };
            quote!(crate::runtime::Body::upload(#media, #reference)?)
        }
        (None, [content]) if required => encode_content(plan, content, quote!(&self.#ident), quote!(self.#ident)),
        (None, [content]) => encode_content(plan, content, quote!(value), quote!(value)),
        (Some(body_enum), contents) => {
            let variants = &plan.body_variants;
            let arms = contents.iter().zip(variants).map(|(content, variant)| {
                let encoded = encode_content(plan, content, quote!(value), quote!(value));
                quote!(#body_enum::#variant(value) => #encoded,)
            });
            let scrutinee = if required { quote!(&self.#ident) } else { quote!(value) };
            quote!(match #scrutinee { #(#arms)* })
        }
        (None, _) => return None,
    };
    let body = if required {
        encoded
    } else {
        quote! {
            match &self.#ident {
                Some(value) => #encoded,
                None => crate::runtime::Body::None,
            }
        }
    };
    Some(if plan.takes_files() { quote!(crate::runtime::add_files(#body, &self.files)) } else { body })
}

/// The body in one content type. `reference` is a `&T` expression for functions; `place` an
/// expression to call methods on.
fn encode_content(plan: &Plan<'_>, content: &BodyContent, reference: TokenStream, place: TokenStream) -> TokenStream {
    let media = &content.content_type;
    match content.encoding {
        BodyEncoding::Form => {
            quote!(crate::runtime::form_body(#reference)?)
        }
        BodyEncoding::Multipart => multipart_expr(plan, &content.ty, reference),
        BodyEncoding::Text if is_string(&content.ty) => {
            quote!(crate::runtime::Body::Raw { content_type: #media, bytes: #place.as_bytes().to_vec() })
        }
        BodyEncoding::Binary if matches!(content.ty, Type::Binary) => {
            quote!(crate::runtime::Body::Raw { content_type: #media, bytes: #place.to_vec() })
        }
        // JSON goes as the media type the spec declares (`application/merge-patch+json`).
        BodyEncoding::Json => quote!(crate::runtime::json_body(#reference, #media)?),
        // A text or binary payload of another type than a string or bytes: written as JSON.
        BodyEncoding::Text | BodyEncoding::Binary => quote!(crate::runtime::json_body(#reference, "application/json")?),
    }
}

/// An intra-doc link to the client method `method`, from a module beside the client. The link's
/// target names a raw identifier without its `r#` (rustdoc would read `#` as a fragment); the text
/// shows the name as code calls it.
fn method_link(method: &Ident) -> String {
    let name = method.to_string();
    let target = name.strip_prefix("r#").unwrap_or(&name);
    format!("[`Client::{name}`](super::Client::{target})")
}

/// The enum of the content types an operation's body can be sent in, with `From` for each
/// payload type that only one content type takes (the first one wins).
fn body_enum_item(plan: &Plan<'_>, method: &Ident, aliases: &Aliases) -> TokenStream {
    let Some((body_enum, contents)) =
        plan.required.iter().chain(&plan.optional).find_map(|i| match (&i.body_enum, &i.source) {
            (Some(body_enum), Source::Body(contents)) => Some((body_enum, *contents)),
            _ => None,
        })
    else {
        return TokenStream::new();
    };
    let models = quote!(models::);
    let variants = &plan.body_variants;
    let mut seen: Vec<String> = Vec::new();
    let mut declarations = Vec::new();
    let mut conversions = Vec::new();
    for (content, variant) in contents.iter().zip(variants) {
        let ty = rust_type(&content.ty, &models);
        let doc = doc_literal(&format!(" Sent as {}.", spec_to_rustdoc(&content.content_type, Form::Code)));
        // A payload that could make every body large is boxed (and still converts from itself).
        let large = is_large(&content.ty, plan.types);
        let (held, value) =
            if large { (quote!(Box<#ty>), quote!(Box::new(value))) } else { (ty.clone(), quote!(value)) };
        declarations.push(quote! { #[doc = #doc] #variant(#held), });
        // Two payloads of one Rust type (`String` and an alias of it) get one `From`.
        let key = rust_type(&aliases.unaliased(&content.ty), &models).to_string();
        if !seen.contains(&key) {
            seen.push(key);
            conversions.push(quote! {
                impl From<#ty> for #body_enum {
                    fn from(value: #ty) -> Self {
                        #body_enum::#variant(#value)
                    }
                }
            });
        }
    }
    let doc = doc_literal(&format!(" The body of {}, in one of the content types it accepts.", method_link(method)));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub enum #body_enum {
            #(#declarations)*
        }

        #(#conversions)*
    }
}

/// A multipart form with one part per field of the body struct; bytes become file parts.
fn multipart_expr(plan: &Plan<'_>, ty: &Type, value: TokenStream) -> TokenStream {
    let (fields, idents) = match ty {
        Type::Named(name) => (struct_fields(plan.types, name), member_idents(type_names(plan.names, name))),
        _ => (None, Vec::new()),
    };
    // A struct without fields sends whatever its extra properties hold.
    let Some(fields) = fields.filter(|fields| !fields.is_empty()) else {
        return quote!(crate::runtime::multipart_from_value(#value)?);
    };
    let mut required = Vec::new();
    let mut optional = Vec::new();
    for (field, ident) in fields.iter().zip(idents) {
        let name = &field.name;
        // `place` is a `T` place, `reference` a `&T` expression for the same value.
        let part = |place: TokenStream, reference: TokenStream| match field.ty {
            Type::Binary => quote!(crate::runtime::Part::File { name: #name, bytes: #place.clone() }),
            _ => {
                quote!(crate::runtime::Part::Text { name: #name.to_owned(), value: crate::runtime::param_text(#reference) })
            }
        };
        if field.required {
            required.push(part(quote!(body.#ident), quote!(&body.#ident)));
        } else {
            let part = part(quote!(value), quote!(value));
            optional.push(quote!(if let Some(value) = &body.#ident { parts.push(#part); }));
        }
    }
    let declare = if optional.is_empty() { quote!(let parts) } else { quote!(let mut parts) };
    quote! {{
        let body = #value;
        #declare = Vec::from([#(#required),*]);
        #(#optional)*
        crate::runtime::Body::Multipart(parts)
    }}
}

/// The statuses that decode into the success type: the documented 2xx statuses, which share one
/// type (see `normalise/successes.rs`) unless the operation answers with a success enum.
fn success_patterns(plan: &Plan<'_>) -> TokenStream {
    let first = plan.success();
    let patterns: Vec<TokenStream> = plan
        .op
        .responses
        .iter()
        .filter(|r| r.status.is_success() && first.is_some_and(|f| f.ty == r.ty))
        .map(|r| status_pattern(r.status))
        .collect();
    if patterns.is_empty() { quote!(200..=299) } else { quote!(#(#patterns)|*) }
}

/// The success status of an operation whose successes share one body, when that is one code or
/// one class (as [`success_patterns`] has them), for the runtime's `Response::success`.
fn single_success(plan: &Plan<'_>) -> Option<TokenStream> {
    let first = plan.success();
    let mut statuses = plan
        .op
        .responses
        .iter()
        .filter(|r| r.status.is_success() && first.is_some_and(|f| f.ty == r.ty))
        .map(|r| r.status);
    match (statuses.next(), statuses.next()) {
        (None, _) => Some(quote!(200..=299)),
        (Some(status @ (Status::Code(_) | Status::Range(_))), None) => Some(status_pattern(status)),
        _ => None,
    }
}

pub(super) fn status_pattern(status: Status) -> TokenStream {
    match status {
        Status::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote!(#code)
        }
        Status::Range(class) => {
            let low = Literal::u16_unsuffixed(u16::from(class) * 100);
            let high = Literal::u16_unsuffixed(u16::from(class) * 100 + 99);
            quote!(#low..=#high)
        }
        Status::Default => quote!(_),
    }
}

/// What the spec says the operation's non-success statuses mean, as runtime `Meaning`s; the
/// `default` response's meaning comes last and covers every status.
pub(super) fn status_meanings(op: &Operation) -> Vec<TokenStream> {
    let mut entries: Vec<TokenStream> = Vec::new();
    let mut fallback = None;
    for response in op.responses.iter().filter(|r| !r.status.is_success()) {
        let Some(meaning) = response.docs.as_deref().map(plain_line).filter(|m| !m.is_empty()) else { continue };
        match response.status {
            Status::Code(code) => {
                let code = Literal::u16_unsuffixed(code);
                entries.push(quote!(crate::runtime::Meaning::status(#code, #meaning)));
            }
            Status::Range(class) => {
                let class = Literal::u16_unsuffixed(u16::from(class));
                entries.push(quote!(crate::runtime::Meaning::class(#class, #meaning)));
            }
            Status::Default => fallback = Some(quote!(crate::runtime::Meaning::otherwise(#meaning))),
        }
    }
    entries.extend(fallback);
    entries
}

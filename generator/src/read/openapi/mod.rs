//! The OpenAPI 3.0 reader; 3.1 and 3.2 documents come to it rewritten into the 3.0 form (see `read::openapi31`).

mod additions;
mod checks;
mod files;
mod gather;
mod refs;
mod schema;
mod sections;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use openapiv3::{
    Components, MediaType, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody as OaRequestBody,
    Response as OaResponse, Schema, SecurityScheme, StatusCode,
};
use serde_json::Value;

use super::locate;
use super::registry::TypeRegistry;
use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::error::Result;
use crate::example::{Shape, looks_like_document, read_json_document};
use crate::ir::{
    Api, AuthKind, AuthScheme, BodyContent, BodyEncoding, Names, Operation, Origin, Param, ParamLocation, QueryStyle,
    RequestBody, Response, Source, SpecFormat, Status, Type, is_event_stream, path_placeholders,
};
use crate::naming::type_name;

pub(super) use refs::{Layout, Origins, bundle};

/// What an OpenAPI 3.1 or 3.2 document holds that its 3.0 form has no place for, by pointer into the document.
#[derive(Debug, Default)]
pub(super) struct Additions {
    /// Operations of methods a 3.0 path item lacks (`query`, `additionalOperations`): path, method, operation, pointer.
    pub(super) operations: Vec<(String, String, Value, String)>,
    /// Webhooks: name, path item, pointer. Their payload types are generated; the client sends no such request.
    pub(super) webhooks: Vec<(String, Value, String)>,
    /// Parameters given `in: querystring`, now `in: query`: their object's properties are the query parameters.
    pub(super) querystring: std::collections::HashSet<String>,
    /// The `itemSchema` of streamed media types, by the media type's pointer.
    pub(super) item_schemas: HashMap<String, Value>,
    /// Security schemes of kinds the 3.0 form lacks (`mutualTLS`): name and kind.
    pub(super) unsupported_schemes: Vec<(String, String)>,
    /// Where a `$ref` that had siblings now is (an `allOf` member) → the schema it was written in.
    pub(super) moved_references: HashMap<String, String>,
    /// The schemas bundling copied into the schema section: by key, the name they are known by
    /// (their types are named after it; see [`Origins::copies`]).
    pub(crate) copies: HashMap<String, String>,
}

impl Additions {
    /// Points a diagnostic about a moved `$ref` (see [`Additions::moved_references`]) back at the schema it was
    /// written in.
    pub(super) fn restore(&self, diagnostic: &mut Diagnostic) {
        if self.moved_references.is_empty() {
            return;
        }
        let at = &diagnostic.pointer;
        let ancestors = at.match_indices('/').map(|(end, _)| end).chain([at.len()]);
        let moved = ancestors.filter_map(|end| Some((end, self.moved_references.get(at.get(..end)?)?))).next_back();
        if let Some((end, written)) = moved {
            diagnostic.pointer = format!("{written}{}", at.get(end..).unwrap_or_default());
        }
    }
}

/// Sections of `#/components` a reference can name in a document read straight from its text.
const PLAIN_SECTIONS: [&str; 8] =
    ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links"];

/// Whether every `$ref` of a JSON document names a component with a plain name (`#/components/schemas/Pet`), so
/// that it can be read without [`bundle`]: a quick scan of the text, which a `"$ref"` in an example only makes
/// more careful. A `"$ref"` member whose value is no string (a schema property named `$ref`) is no reference:
/// [`bundle`] keeps it as it is.
pub(super) fn plain_references(text: &str) -> bool {
    text.match_indices("\"$ref\"").all(|(at, key)| {
        let rest = text.get(at + key.len()..).unwrap_or_default().trim_start();
        let Some(rest) = rest.strip_prefix(':') else { return false };
        if !rest.trim_start().starts_with('"') {
            return true;
        }
        let mut strings = serde_json::Deserializer::from_str(rest).into_iter::<String>();
        let Some(Ok(reference)) = strings.next() else { return false };
        // A URL is never followed: as data (GitHub's SCIM examples hold `$ref` URLs) it is left alone, and where a
        // reference belongs the reader refuses it just as `bundle` would.
        reference.contains("://")
            || reference.strip_prefix("#/components/").and_then(|rest| rest.split_once('/')).is_some_and(
                |(section, name)| {
                    PLAIN_SECTIONS.contains(&section) && !name.is_empty() && !name.contains(['/', '~', '%'])
                },
            )
    })
}

/// Reads an OpenAPI 3.0 document from JSON text, without building a JSON value first; `None` when it needs
/// [`bundle`] after all (a component that is a reference, a number beyond 64 bits).
pub(super) fn read_json(file: &str, text: &str, warnings: &mut Vec<Diagnostic>) -> Result<Option<Api>> {
    // Parsed on all cores; what does not parse so is parsed whole, tracking the path to say where it is wrong.
    let spec = match sections::parse(text) {
        Some(spec) => spec,
        None => match serde_path_to_error::deserialize::<_, OpenAPI>(&mut crate::read::budget::json_deserializer(text))
        {
            Ok(spec) => spec,
            Err(e) if e.inner().to_string().starts_with("number out of range") => return Ok(None),
            Err(e) => return Err(invalid_document(file, e.path(), locate::json_message(e.inner())).into()),
        },
    };
    if spec.components.as_ref().is_some_and(has_references) {
        return Ok(None);
    }
    read_document(file, &spec, &Additions::default(), warnings).map(Some)
}

/// Whether a component is itself a reference, which [`bundle`] follows.
fn has_references(components: &Components) -> bool {
    fn any<T>(map: &indexmap::IndexMap<String, ReferenceOr<T>>) -> bool {
        map.values().any(|item| matches!(item, ReferenceOr::Reference { .. }))
    }
    any(&components.schemas)
        || any(&components.responses)
        || any(&components.parameters)
        || any(&components.examples)
        || any(&components.request_bodies)
        || any(&components.headers)
        || any(&components.security_schemes)
        || any(&components.links)
        || any(&components.callbacks)
}

/// The component name a local reference into `#/components/<section>/` names, unescaped.
pub(super) fn component_name<'r>(reference: &'r str, section: &str) -> Option<std::borrow::Cow<'r, str>> {
    let name = reference.strip_prefix("#/components/")?.strip_prefix(section)?.strip_prefix('/')?;
    if name.contains('~') { Some(refs::unescape(name).into()) } else { Some(name.into()) }
}

/// Reads an OpenAPI 3.0 document already parsed into JSON, with what a 3.1 or 3.2 original held beside it.
/// A query parameter's style from its `style` and `explode` (`explode` is true by default for
/// `form` only). An exploded `spaceDelimited` or `pipeDelimited` list is a pair per item, as `form`.
fn query_style(style: &openapiv3::QueryStyle, explode: Option<bool>) -> QueryStyle {
    let explode = explode.unwrap_or(matches!(style, openapiv3::QueryStyle::Form));
    match style {
        openapiv3::QueryStyle::DeepObject => QueryStyle::DeepObject,
        _ if explode => QueryStyle::Exploded,
        openapiv3::QueryStyle::Form => QueryStyle::Comma,
        openapiv3::QueryStyle::SpaceDelimited => QueryStyle::Space,
        openapiv3::QueryStyle::PipeDelimited => QueryStyle::Pipe,
    }
}

pub(super) fn read(file: &str, document: Value, additions: &Additions, warnings: &mut Vec<Diagnostic>) -> Result<Api> {
    let spec: OpenAPI =
        serde_path_to_error::deserialize(document).map_err(|e| invalid_document(file, e.path(), e.inner()))?;
    read_document(file, &spec, additions, warnings)
}

fn invalid_document(file: &str, path: &serde_path_to_error::Path, why: impl std::fmt::Display) -> Diagnostic {
    invalid_at(file, &path_to_pointer(path), why)
}

fn invalid_at(file: &str, at: &str, why: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(Code::InvalidDocument, file, at, format!("not a valid OpenAPI document: {why}"))
}

/// Reads a node of a document as one of its objects, with errors at their place under `at`.
fn node<T: serde::de::DeserializeOwned>(file: &str, value: &Value, at: &str) -> Result<T> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| invalid_at(file, &format!("{at}{}", path_to_pointer(e.path())), e.inner()).into())
}

fn read_document(file: &str, spec: &OpenAPI, additions: &Additions, warnings: &mut Vec<Diagnostic>) -> Result<Api> {
    let mut reader = Reader {
        file,
        spec,
        additions,
        registry: TypeRegistry::default(),
        schema_names: HashMap::new(),
        nullable_schemas: Default::default(),
        gatherings: Default::default(),
        warnings,
    };
    reader.declare_schemas()?;
    let auth_schemes = reader.auth_schemes();
    let mut api = Api {
        title: spec.info.title.clone(),
        version: spec.info.version.clone(),
        base_url: reader.base_url(),
        docs: spec.info.description.clone(),
        source: Source { format: SpecFormat::OpenApi3, file: file.to_owned() },
        auth_schemes,
        operations: Vec::new(),
        types: Vec::new(),
        names: Names::default(),
        type_hints: Vec::new(),
    };
    let mut added: HashMap<&str, Vec<&(String, String, Value, String)>> = HashMap::new();
    for operation in &additions.operations {
        added.entry(operation.0.as_str()).or_default().push(operation);
    }
    for (path, item) in spec.paths.iter() {
        let item_at = pointer("/paths", &[path]);
        let ReferenceOr::Item(item) = item else {
            return Err(Diagnostic::error(
                Code::UnresolvedReference,
                file,
                item_at,
                "path items given as `$ref` are not supported",
            )
            .into());
        };
        if let Some(problem) = checks::template_problem(path) {
            reader.warnings.push(Diagnostic::warning(
                Code::InvalidPathTemplate,
                file,
                item_at,
                format!("path `{path}` is not a valid template: it has {problem}; its operations are skipped"),
            ));
            continue;
        }
        reader.warn_own_servers(&item.servers, &item_at);
        for (method, operation) in item.iter() {
            reader.warn_own_servers(&operation.servers, &pointer(&item_at, &[method]));
            let shared = (item.parameters.as_slice(), item_at.as_str());
            let op = reader.operation(path, method, shared, operation, &pointer(&item_at, &[method]))?;
            api.operations.push(op);
        }
        for (_, method, operation, at) in added.get(path.as_str()).into_iter().flatten() {
            let shared = (item.parameters.as_slice(), item_at.as_str());
            let operation: openapiv3::Operation = node(file, operation, at)?;
            api.operations.push(reader.operation(path, method, shared, &operation, at)?);
        }
    }
    reader.webhooks()?;
    (api.types, api.type_hints) = reader.registry.into_types();
    Ok(api)
}

/// Walks one document, building types into its registry.
pub(super) struct Reader<'a> {
    file: &'a str,
    spec: &'a OpenAPI,
    additions: &'a Additions,
    registry: TypeRegistry,
    /// Component schema name → type name.
    schema_names: HashMap<String, String>,
    /// Component schemas marked `nullable`: a reference to one may hold `null`.
    nullable_schemas: std::collections::HashSet<String>,
    /// The properties of the component schemas `allOf`s combine, gathered once each.
    gatherings: gather::Gatherings,
    warnings: &'a mut Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    fn components(&self) -> Option<&'a Components> {
        self.spec.components.as_ref()
    }

    fn components_schema(&self, name: &str) -> Option<&'a ReferenceOr<Schema>> {
        self.components()?.schemas.get(name)
    }

    /// Reserves a type name for every component schema, then defines each, in name order: the
    /// order of a map's keys carries no meaning, so it must not change the names inline types get.
    fn declare_schemas(&mut self) -> Result<()> {
        let Some(components) = self.components() else { return Ok(()) };
        // By the name each is known by (a copy's, not its key), the spec's own before copies.
        let known = |key: &'a String| self.additions.copies.get(key).map_or((key, false), |name| (name, true));
        let mut schemas: Vec<_> = components.schemas.iter().collect();
        schemas.sort_by(|a, b| (known(a.0), a.0.len(), a.0).cmp(&(known(b.0), b.0.len(), b.0)));
        for (name, schema) in &schemas {
            let type_name = self.registry.propose_name(known(name).0, None);
            self.schema_names.insert((*name).clone(), type_name);
            if matches!(schema, ReferenceOr::Item(schema) if schema::admits_null(schema)) {
                self.nullable_schemas.insert((*name).clone());
            }
        }
        for (name, schema) in schemas {
            let type_name = self.schema_names.get(name).cloned().unwrap_or_else(|| type_name(name));
            self.declare_schema(&type_name, schema, &pointer("/components/schemas", &[name]))?;
        }
        Ok(())
    }

    fn base_url(&mut self) -> String {
        let Some(server) = self.spec.servers.first() else {
            self.warnings.push(Diagnostic::warning(
                Code::MissingBaseUrl,
                self.file,
                "/servers",
                "no server URL; the client must be given a base URL",
            ));
            return String::new();
        };
        let url = checks::server_url(server);
        if !checks::is_absolute_url(&url) {
            self.warnings.push(Diagnostic::warning(Code::MissingBaseUrl,
                self.file,
                "/servers/0/url",
                format!(
                    "server URL `{}` is relative, so the client has no default server; give it one with `with_base_url(\"https://<host>{}\")`",
                    server.url,
                    url.trim_start_matches('.')
                ),
            ));
            return String::new();
        }
        url
    }

    /// `servers` of a path or an operation are not honoured: the client sends every operation to
    /// the API's base URL. Says so, with the URL the spec asks for.
    fn warn_own_servers(&mut self, servers: &[openapiv3::Server], at: &str) {
        let api_server = self.spec.servers.first().map(|s| s.url.as_str());
        if let Some(server) = servers.first().filter(|s| Some(s.url.as_str()) != api_server) {
            self.warnings.push(Diagnostic::warning(Code::UnhonouredServers,
                self.file,
                pointer(at, &["servers"]),
                format!(
                    "`servers` here ({}) is not honoured: the client sends these requests to its base URL; use a client `with_base_url` set to it",
                    checks::server_url(server)
                ),
            ));
        }
    }

    fn auth_schemes(&self) -> Vec<AuthScheme> {
        let unsupported = self.additions.unsupported_schemes.iter().map(|(name, kind)| AuthScheme {
            name: name.clone(),
            kind: AuthKind::Unsupported { kind: kind.clone() },
            docs: None,
        });
        let Some(components) = self.components() else { return unsupported.collect() };
        components
            .security_schemes
            .iter()
            .map(|(name, scheme)| {
                let (kind, docs) = match scheme {
                    ReferenceOr::Reference { reference } => {
                        (AuthKind::Unsupported { kind: format!("$ref {reference}") }, None)
                    }
                    ReferenceOr::Item(scheme) => security_kind(scheme),
                };
                AuthScheme { name: name.clone(), kind, docs }
            })
            .chain(unsupported)
            .collect()
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        (shared_params, shared_at): (&[ReferenceOr<Parameter>], &str),
        operation: &openapiv3::Operation,
        at: &str,
    ) -> Result<Operation> {
        let name = operation.operation_id.clone().unwrap_or_else(|| derived_name(method, path));
        let type_base = type_name(&name);
        let mut params: Vec<Param> = Vec::new();
        let shared =
            shared_params.iter().enumerate().map(|(i, p)| (p, pointer(shared_at, &["parameters", &i.to_string()])));
        let own =
            operation.parameters.iter().enumerate().map(|(i, p)| (p, pointer(at, &["parameters", &i.to_string()])));
        for (param, param_at) in shared.chain(own) {
            let read = if self.is_querystring(param, &param_at) {
                self.querystring_params(param, &type_base, &param_at)?
            } else {
                vec![self.parameter(param, &type_base, &param_at)?]
            };
            for param in read {
                if param.location == ParamLocation::Header && !super::is_header_name(&param.name) {
                    self.warnings.push(Diagnostic::warning(Code::InvalidHeaderName,
                        self.file,
                        pointer(&param_at, &["name"]),
                        format!(
                            "header name {:?} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only); the parameter is skipped",
                            param.name
                        ),
                    ));
                    continue;
                }
                params.retain(|p| !(p.name == param.name && p.location == param.location));
                params.push(param);
            }
        }
        self.check_path_params(path, &mut params, at);
        let body = match &operation.request_body {
            Some(body) => Some(self.request_body(body, &type_base, &pointer(at, &["requestBody"]))?),
            None => None,
        };
        let mut responses = Vec::new();
        let mut success_seen = false;
        let statuses = operation.responses.responses.iter().map(|(code, r)| (status_of(code), r, code.to_string()));
        let default = operation.responses.default.iter().map(|r| (Status::Default, r, "default".to_owned()));
        for (status, response, key) in statuses.chain(default) {
            let hint = match status {
                _ if status.is_success() && !success_seen => format!("{type_base}Response"),
                Status::Default => format!("{type_base}DefaultResponse"),
                _ => format!("{type_base}Response{key}"),
            };
            success_seen |= status.is_success();
            responses.push(self.response(status, response, &hint, &pointer(at, &["responses", &key]))?);
        }
        responses.sort_by_key(|r| r.status);
        let security = operation.security.as_ref().or(self.spec.security.as_ref());
        let auth =
            security.map(|reqs| reqs.iter().map(|req| req.keys().cloned().collect()).collect()).unwrap_or_default();
        Ok(Operation {
            name,
            origin: Origin(at.to_owned()),
            group: operation.tags.first().cloned(),
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            params,
            body,
            responses,
            auth,
            deprecated: operation.deprecated.then(String::new),
            pagination: None,
            summary: operation.summary.clone(),
            docs: operation.description.clone(),
        })
    }

    /// Every `{name}` of the path template needs a path parameter and vice versa.
    fn check_path_params(&mut self, path: &str, params: &mut Vec<Param>, at: &str) {
        let template: Vec<&str> = path_placeholders(path).collect();
        for name in &template {
            if !params.iter().any(|p| p.location == ParamLocation::Path && p.name == *name) {
                self.warnings.push(Diagnostic::warning(
                    Code::PathParameterMismatch,
                    self.file,
                    at,
                    format!("path placeholder `{{{name}}}` has no path parameter; it is taken as a required string"),
                ));
                params.push(Param {
                    name: (*name).to_owned(),
                    location: ParamLocation::Path,
                    ty: Type::String,
                    required: true,
                    default: None,
                    docs: None,
                    deprecated: false,
                    secret: false,
                    rust_name: None,
                    style: QueryStyle::Exploded,
                });
            }
        }
        let file = self.file;
        let warnings = &mut *self.warnings;
        params.retain(|p| {
            let keep = p.location != ParamLocation::Path || template.contains(&p.name.as_str());
            if !keep {
                warnings.push(Diagnostic::warning(
                    Code::PathParameterMismatch,
                    file,
                    at,
                    format!("path parameter `{}` does not appear in the path template; it is ignored", p.name),
                ));
            }
            keep
        });
    }

    fn parameter(&mut self, param: &ReferenceOr<Parameter>, type_base: &str, at: &str) -> Result<Param> {
        let (param, at) =
            resolve(self.file, param, at, "parameters", "a parameter", |c| &c.parameters, self.components())?;
        let mut style = QueryStyle::Exploded;
        let (data, location) = match param {
            Parameter::Query { parameter_data, style: written, .. } => {
                style = query_style(written, parameter_data.explode);
                (parameter_data, ParamLocation::Query)
            }
            Parameter::Header { parameter_data, .. } => (parameter_data, ParamLocation::Header),
            Parameter::Path { parameter_data, .. } => (parameter_data, ParamLocation::Path),
            Parameter::Cookie { parameter_data, .. } => (parameter_data, ParamLocation::Cookie),
        };
        let secret = matches!(&data.format, ParameterSchemaOrContent::Schema(schema) if schema::is_password(schema));
        let (ty, default) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let default = match schema {
                    ReferenceOr::Item(schema) => schema.schema_data.default.clone(),
                    ReferenceOr::Reference { .. } => None,
                };
                (self.schema_type(schema, &data.name, Some(type_base), &pointer(&at, &["schema"]))?, default)
            }
            ParameterSchemaOrContent::Content(content) => match content.first() {
                Some((media, media_type)) => {
                    (self.media_type(media, media_type, &data.name, &pointer(&at, &["content", media]))?, None)
                }
                None => (Type::String, None),
            },
        };
        Ok(Param {
            name: data.name.clone(),
            location,
            ty,
            required: data.required || location == ParamLocation::Path,
            default,
            docs: data.description.clone(),
            deprecated: data.deprecated.unwrap_or(false),
            secret,
            rust_name: None,
            style,
        })
    }

    fn request_body(&mut self, body: &ReferenceOr<OaRequestBody>, type_base: &str, at: &str) -> Result<RequestBody> {
        let (body, at) =
            resolve(self.file, body, at, "requestBodies", "a request body", |c| &c.request_bodies, self.components())?;
        let hint = format!("{type_base}Request");
        let mut contents = Vec::new();
        for (media, media_type) in &body.content {
            let ty = self.media_type(media, media_type, &hint, &pointer(&at, &["content", media]))?;
            contents.push(BodyContent {
                content_type: media.clone(),
                encoding: BodyEncoding::of_media_type(media),
                ty,
            });
        }
        Ok(RequestBody { required: body.required, contents, docs: body.description.clone() })
    }

    /// The type of a body in one media type: its schema, else inferred from its examples. For
    /// server-sent events, the type of each event's data: the `itemSchema` (3.2), else the schema
    /// (3.0 and 3.1 specs describe the events' data there), else text.
    fn media_type(&mut self, media: &str, media_type: &MediaType, hint: &str, at: &str) -> Result<Type> {
        let items = self.stream_items(media, hint, at)?;
        if is_event_stream(media) {
            let data = match (items, &media_type.schema) {
                (Some(items), _) => items,
                // Named apart from a body of another media type beside it.
                (None, Some(schema)) => {
                    self.schema_type(schema, &format!("{hint}_event"), None, &pointer(at, &["schema"]))?
                }
                (None, None) => Type::String,
            };
            return Ok(if data == Type::Binary { Type::String } else { data });
        }
        let encoding = BodyEncoding::of_media_type(media);
        match encoding {
            BodyEncoding::Binary => return Ok(Type::Binary),
            BodyEncoding::Text => return Ok(Type::String),
            _ => {}
        }
        if let Some(schema) = &media_type.schema {
            return self.schema_type(schema, hint, None, &pointer(at, &["schema"]));
        }
        let examples = self.examples(media, media_type, &Type::Any);
        // A document that stays malformed once repaired says nothing reliable about the body's shape.
        let malformed = examples.iter().filter_map(Value::as_str).find(|text| looks_like_document(text));
        if let Some(text) = malformed {
            let complaint = read_json_document(text).err().unwrap_or_else(|| "not an object or an array".to_owned());
            self.warnings.push(Diagnostic::warning(
                Code::MalformedExample,
                self.file,
                at,
                format!("no schema, and the example is malformed JSON ({complaint}); the body is any JSON value"),
            ));
            return Ok(Type::Any);
        }
        match examples.iter().map(Shape::from_example).reduce(Shape::merge) {
            Some(shape) => {
                self.warnings.push(Diagnostic::warning(
                    Code::InferredFromExample,
                    self.file,
                    at,
                    "no schema; the type is inferred from the example".to_owned(),
                ));
                Ok(shape.to_type(hint, None, &Origin(at.to_owned()), &mut self.registry))
            }
            None => Ok(Type::Any),
        }
    }

    /// The examples of one media type. Under a JSON media type, an example written as a string that
    /// holds a JSON object or array stands for that document unless the body itself is text.
    fn examples(&self, media: &str, media_type: &MediaType, ty: &Type) -> Vec<Value> {
        let named = media_type.examples.values().filter_map(|example| match example {
            ReferenceOr::Item(example) => example.value.clone(),
            ReferenceOr::Reference { reference } => {
                let name = component_name(reference, "examples")?;
                match self.components()?.examples.get(name.as_ref())? {
                    ReferenceOr::Item(example) => example.value.clone(),
                    ReferenceOr::Reference { .. } => None,
                }
            }
        });
        let examples = media_type.example.clone().into_iter().chain(named);
        if BodyEncoding::of_media_type(media) == BodyEncoding::Json && *ty != Type::String {
            examples.map(json_in_string).collect()
        } else {
            examples.collect()
        }
    }

    fn response(
        &mut self,
        status: Status,
        response: &ReferenceOr<OaResponse>,
        hint: &str,
        at: &str,
    ) -> Result<Response> {
        let (response, at) =
            resolve(self.file, response, at, "responses", "a response", |c| &c.responses, self.components())?;
        let events = match response.content.iter().find(|(media, _)| is_event_stream(media)) {
            Some((media, media_type)) => {
                Some(self.media_type(media, media_type, hint, &pointer(&at, &["content", media]))?)
            }
            None => None,
        };
        let chosen = response
            .content
            .iter()
            .find(|(media, _)| BodyEncoding::of_media_type(media) == BodyEncoding::Json)
            .or_else(|| response.content.first());
        let (content_type, ty, examples, inferred) = match chosen {
            // Read whole, an event stream is its text.
            Some((media, media_type)) if is_event_stream(media) => {
                (Some(media.clone()), Some(Type::String), self.examples(media, media_type, &Type::String), false)
            }
            Some((media, media_type)) => {
                let ty = self.media_type(media, media_type, hint, &pointer(&at, &["content", media]))?;
                let examples = self.examples(media, media_type, &ty);
                let inferred = media_type.schema.is_none() && !examples.is_empty();
                (Some(media.clone()), Some(ty), examples, inferred)
            }
            None => (None, None, Vec::new(), false),
        };
        let docs = Some(response.description.clone()).filter(|d| !d.trim().is_empty());
        Ok(Response { status, docs, content_type, ty, events, examples, inferred })
    }
}

/// The JSON document a string example holds, when it holds an object or an array (an example
/// serialised twice); any other value as it is.
fn json_in_string(example: Value) -> Value {
    let Value::String(text) = &example else { return example };
    if !looks_like_document(text) {
        return example;
    }
    match read_json_document(text) {
        Ok(document @ (Value::Object(_) | Value::Array(_))) => document,
        _ => example,
    }
}

/// A component or a local reference to one (`#/components/<kind>/<name>`), with the pointer of
/// the node actually used. A reference to a reference is not followed: it is reported, which also
/// stops reference cycles.
fn resolve<'a, T>(
    file: &str,
    node: &'a ReferenceOr<T>,
    at: &str,
    kind: &str,
    what: &str,
    map: impl Fn(&'a Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    components: Option<&'a Components>,
) -> Result<(&'a T, String)> {
    let reference = match node {
        ReferenceOr::Item(item) => return Ok((item, at.to_owned())),
        ReferenceOr::Reference { reference } => reference,
    };
    let found = component_name(reference, kind).and_then(|name| {
        let item = map(components?).get(name.as_ref())?;
        Some((name, item))
    });
    match found {
        Some((name, ReferenceOr::Item(item))) => Ok((item, pointer(&format!("/components/{kind}"), &[&name]))),
        _ => Err(reference_error(file, reference, what, &format!("#/components/{kind}"), at).into()),
    }
}

/// The error for a `$ref` that does not resolve, telling external references apart.
fn reference_error(file: &str, reference: &str, what: &str, under: &str, at: &str) -> Diagnostic {
    let at = pointer(at, &["$ref"]);
    if reference.contains("://") {
        return Diagnostic::error(
            Code::UnresolvedReference,
            file,
            at,
            format!("`$ref: {reference}`: URLs are never fetched; only local files beside the spec are read"),
        )
        .with_hint(
            "refer to a file in the spec's folder or below by a relative path, or bundle the spec into one file",
        );
    }
    Diagnostic::error(
        Code::UnresolvedReference,
        file,
        at,
        format!("`$ref: {reference}` does not point to {what} under {under}"),
    )
}

fn security_kind(scheme: &SecurityScheme) -> (AuthKind, Option<String>) {
    match scheme {
        SecurityScheme::APIKey { location, name, description, .. } => {
            let location = match location {
                openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
            };
            (AuthKind::ApiKey { location, name: name.clone() }, description.clone())
        }
        SecurityScheme::HTTP { scheme, description, .. } => {
            let kind = match scheme.to_ascii_lowercase().as_str() {
                "bearer" => AuthKind::Bearer,
                "basic" => AuthKind::Basic,
                other => AuthKind::Unsupported { kind: format!("http {other}") },
            };
            (kind, description.clone())
        }
        SecurityScheme::OAuth2 { description, .. } | SecurityScheme::OpenIDConnect { description, .. } => {
            (AuthKind::Bearer, description.clone())
        }
    }
}

fn status_of(code: &StatusCode) -> Status {
    match code {
        StatusCode::Code(code) => Status::Code(*code),
        StatusCode::Range(class) => Status::Range(u8::try_from(*class).unwrap_or(0)),
    }
}

/// A name for an operation without an operationId: method and path words, e.g. `get_pets_by_id`.
fn derived_name(method: &str, path: &str) -> String {
    let mut words = vec![method.to_owned()];
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(param) => words.push(format!("by_{param}")),
            None => words.push(segment.to_owned()),
        }
    }
    words.join("_")
}

/// Renders a serde path (`paths./a.get.responses`) as a JSON pointer.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let tokens: Vec<String> = path
        .iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect();
    let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
    pointer("", &refs)
}

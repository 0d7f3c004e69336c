//! The Postman collection reader (format v2.0 and v2.1).
//!
//! Collections carry no schemas: parameter types come from their example values and markers in
//! their descriptions, body and response types from the example bodies, all through the shared
//! example inference.

mod auth;
mod markers;
mod url;

use indexmap::IndexMap;
use serde_json::Value;

use self::auth::Auth;
use self::url::Url;
use super::registry::TypeRegistry;
use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::error::Result;
use crate::example::{Shape, docs_text, looks_like_document, read_json_document, shape_of_param_value};
use crate::ir::{
    Api, AuthScheme, BodyContent, BodyEncoding, Field, Names, Operation, Origin, Param, ParamLocation, Provenance,
    QueryStyle, RequestBody, Response, Source, SpecFormat, Status, Type, TypeKind,
};
use crate::naming::type_name;

/// Headers the client sets itself; they do not become parameters.
const MANAGED_HEADERS: &[&str] = &["accept", "authorization", "content-type", "content-length", "host", "user-agent"];

/// Reads a collection already parsed into JSON.
pub(super) fn read(file: &str, document: &Value, warnings: &mut Vec<Diagnostic>) -> Result<Api> {
    let info = document.get("info").and_then(Value::as_object).ok_or_else(|| {
        Diagnostic::error(
            Code::InvalidCollection,
            file,
            "/info",
            "a Postman collection needs an `info` object with a `name`",
        )
    })?;
    let title = info
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| Diagnostic::error(Code::InvalidCollection, file, "/info/name", "the collection has no name"))?;
    let Some(items) = document.get("item").and_then(Value::as_array) else {
        return Err(Diagnostic::error(
            Code::InvalidCollection,
            file,
            "/item",
            "`item` must be an array of requests and folders",
        )
        .into());
    };
    let mut reader = Reader {
        file,
        registry: TypeRegistry::default(),
        warnings,
        operations: Vec::new(),
        schemes: Vec::new(),
        bases: Vec::new(),
    };
    let scope = Scope { variables: variables(document.get("variable")), auth: None, folders: Vec::new() };
    let scope = scope.enter(document, None);
    reader.items(items, &scope, "/item")?;
    let base_url = reader.base_url();
    let (types, type_hints) = reader.registry.into_types();
    Ok(Api {
        title: title.to_owned(),
        version: version(info.get("version")),
        base_url,
        docs: description(info.get("description")),
        source: Source { format: SpecFormat::Postman, file: file.to_owned() },
        auth_schemes: reader.schemes,
        operations: reader.operations,
        types,
        names: Names::default(),
        type_hints,
    })
}

/// What enclosing folders and the collection pass down to a request.
#[derive(Clone)]
struct Scope {
    /// Variables, outermost first; later entries win.
    variables: Vec<(String, String)>,
    /// The nearest `auth` given by an enclosing level.
    auth: Option<Value>,
    /// Names of the enclosing folders.
    folders: Vec<String>,
}

impl Scope {
    /// The scope inside a folder (or the collection itself): its variables and auth override.
    fn enter(&self, node: &Value, folder: Option<&str>) -> Scope {
        let mut inner = self.clone();
        inner.variables.extend(variables(node.get("variable")));
        if let Some(auth) = node.get("auth").filter(|a| !a.is_null()) {
            inner.auth = Some(auth.clone());
        }
        inner.folders.extend(folder.map(str::to_owned));
        inner
    }

    fn variable(&self, name: &str) -> Option<&str> {
        self.variables.iter().rev().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    /// Replaces every `{{name}}` whose variable is known.
    fn substitute(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("{{") {
            let Some(len) = rest.get(start + 2..).and_then(|tail| tail.find("}}")) else { break };
            let name = rest.get(start + 2..start + 2 + len).unwrap_or_default();
            out.push_str(rest.get(..start).unwrap_or_default());
            match self.variable(name.trim()) {
                Some(value) => out.push_str(value),
                None => out.push_str(rest.get(start..start + len + 4).unwrap_or_default()),
            }
            rest = rest.get(start + len + 4..).unwrap_or_default();
        }
        out.push_str(rest);
        out
    }
}

struct Reader<'a> {
    file: &'a str,
    registry: TypeRegistry,
    warnings: &'a mut Vec<Diagnostic>,
    operations: Vec<Operation>,
    schemes: Vec<AuthScheme>,
    /// The resolved base URL of every request, in order.
    bases: Vec<String>,
}

impl Reader<'_> {
    fn items(&mut self, items: &[Value], scope: &Scope, at: &str) -> Result<()> {
        for (index, item) in items.iter().enumerate() {
            let item_at = pointer(at, &[&index.to_string()]);
            let name = item.get("name").and_then(Value::as_str).unwrap_or_default();
            if let Some(children) = item.get("item").and_then(Value::as_array) {
                let inner = scope.enter(item, Some(name));
                self.items(children, &inner, &pointer(&item_at, &["item"]))?;
            } else if let Some(request) = item.get("request") {
                let op = self.request(item, request, name, scope, &item_at)?;
                self.operations.push(op);
            } else {
                self.warnings.push(Diagnostic::warning(
                    Code::MalformedField,
                    self.file,
                    item_at,
                    "item has neither `request` nor `item`; skipped",
                ));
            }
        }
        Ok(())
    }

    fn request(&mut self, item: &Value, request: &Value, name: &str, scope: &Scope, at: &str) -> Result<Operation> {
        let request_at = pointer(at, &["request"]);
        // A request may be a bare URL string (GET).
        let (method, url_value) = match request {
            Value::String(_) => ("GET".to_owned(), request),
            _ => (
                request.get("method").and_then(Value::as_str).unwrap_or("GET").to_ascii_uppercase(),
                request.get("url").unwrap_or(&Value::Null),
            ),
        };
        let Some(url) = url::parse(url_value) else {
            return Err(Diagnostic::error(
                Code::InvalidCollection,
                self.file,
                pointer(&request_at, &["url"]),
                "the request has no URL",
            )
            .into());
        };
        let name = if name.is_empty() { format!("{method} {}", url.path.join("/")) } else { name.to_owned() };
        let type_base = type_name(&name);
        let base = self.base_of(&url, scope, &request_at);
        self.bases.push(base);
        let url_at = pointer(&request_at, &["url"]);
        let (path, mut params) = self.path(&url, scope, &type_base, &url_at);
        params.extend(self.query(&url, scope, &type_base, &url_at));
        params.extend(self.headers(request.get("header"), scope, &type_base, &request_at));
        let body = self.body(request.get("body"), request.get("header"), &type_base, &pointer(&request_at, &["body"]));
        let responses = self.responses(item.get("response"), &type_base, &pointer(at, &["response"]));
        let auth = self.auth(request.get("auth"), scope, &pointer(&request_at, &["auth"]));
        let docs = description(request.get("description")).or_else(|| description(item.get("description")));
        Ok(Operation {
            name,
            origin: Origin(at.to_owned()),
            group: Some(scope.folders.join(" / ")).filter(|g| !g.is_empty()),
            method,
            path,
            params,
            body,
            responses,
            auth,
            deprecated: docs.as_deref().and_then(markers::deprecation_notice),
            pagination: None,
            summary: None,
            docs,
        })
    }

    /// The request's base URL: protocol and host with variables resolved (may include a path prefix).
    fn base_of(&mut self, url: &Url, scope: &Scope, at: &str) -> String {
        let host = scope.substitute(&url.host);
        if host.contains("{{") {
            self.warnings.push(Diagnostic::warning(
                Code::MissingBaseUrl,
                self.file,
                pointer(at, &["url"]),
                format!(
                    "host `{host}` uses a variable the collection does not define; the client must be given a base URL"
                ),
            ));
            return String::new();
        }
        let base = if host.contains("://") {
            host
        } else if host.is_empty() {
            self.warnings.push(Diagnostic::warning(
                Code::MissingBaseUrl,
                self.file,
                pointer(at, &["url"]),
                "the request URL has no host; the client must be given a base URL",
            ));
            String::new()
        } else {
            format!("{}://{host}", url.protocol.as_deref().unwrap_or("https"))
        };
        base.trim_end_matches('/').to_owned()
    }

    /// The most common base URL of the requests.
    fn base_url(&self) -> String {
        let mut counts: IndexMap<&str, usize> = IndexMap::new();
        for base in &self.bases {
            *counts.entry(base.as_str()).or_default() += 1;
        }
        let best = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(std::cmp::Ordering::Greater));
        best.map(|(base, _)| (*base).to_owned()).unwrap_or_default()
    }

    /// The path template and its parameters: `:name` and `{{name}}` segments, and `{{name}}` inside
    /// a segment (`{{id}}.json`), become `{name}`.
    fn path(&mut self, url: &Url, scope: &Scope, type_base: &str, at: &str) -> (String, Vec<Param>) {
        let mut path = String::new();
        let mut params = Vec::new();
        for segment in &url.path {
            path.push('/');
            for piece in segment_pieces(segment) {
                let name = match piece {
                    // Braces left in literal text would read as placeholders: send them encoded.
                    Piece::Text(text) => {
                        path.push_str(&scope.substitute(text).replace('{', "%7B").replace('}', "%7D"));
                        continue;
                    }
                    Piece::Variable(name) => name,
                };
                if params.iter().any(|p: &Param| p.name == name) {
                    path.push_str(&format!("{{{name}}}"));
                    continue;
                }
                params.push(self.path_param(url, scope, type_base, &name, at));
                path.push_str(&format!("{{{name}}}"));
            }
        }
        if path.is_empty() {
            path.push('/');
        }
        (path, params)
    }

    /// The parameter a path variable stands for, typed by its value in the URL or the collection.
    fn path_param(&mut self, url: &Url, scope: &Scope, type_base: &str, name: &str, at: &str) -> Param {
        let declared = url.variables.iter().find(|(key, _, _)| key == name);
        let value = declared.map(|(_, value, _)| value.clone()).or_else(|| scope.variable(name).map(str::to_owned));
        let described = markers::parse_param_description(declared.and_then(|(_, _, d)| d.as_deref()).unwrap_or(""));
        let ty = self.param_type(name, value.as_deref().unwrap_or(""), &described.one_of, type_base, at);
        Param {
            name: name.to_owned(),
            location: ParamLocation::Path,
            ty,
            required: true,
            default: None,
            docs: described.docs,
            deprecated: false,
            secret: false,
            rust_name: None,
            style: QueryStyle::Exploded,
        }
    }

    fn query(&mut self, url: &Url, scope: &Scope, type_base: &str, at: &str) -> Vec<Param> {
        let mut params: Vec<Param> = Vec::new();
        for entry in &url.query {
            let described = markers::parse_param_description(entry.description.as_deref().unwrap_or(""));
            let value = scope.substitute(&entry.value);
            if let Some(existing) = params.iter_mut().find(|p| p.name == entry.key) {
                // A repeated key is a list.
                if !matches!(existing.ty, Type::Array(_)) {
                    existing.ty = Type::Array(Box::new(existing.ty.clone()));
                }
                continue;
            }
            let prose = described.docs.as_deref().unwrap_or_default();
            let one_of = if described.one_of.is_empty() { docs_text::allowed_values(prose) } else { described.one_of };
            let mut ty = self.param_type(&entry.key, &value, &one_of, type_base, at);
            // Postman has no styles: a list is a repeated key unless its description says commas.
            let mut style = QueryStyle::Exploded;
            if docs_text::is_comma_separated(prose) && !matches!(ty, Type::Array(_)) {
                ty = self.comma_list(&entry.key, ty, type_base, at);
                style = QueryStyle::Comma;
            }
            let default =
                docs_text::default_value(prose).map(|word| serde_json::from_str(&word).unwrap_or(Value::String(word)));
            params.push(Param {
                name: entry.key.clone(),
                location: ParamLocation::Query,
                ty,
                required: described.required,
                default,
                docs: described.docs,
                deprecated: false,
                secret: false,
                rust_name: None,
                style,
            });
        }
        params
    }

    fn headers(&mut self, headers: Option<&Value>, scope: &Scope, type_base: &str, at: &str) -> Vec<Param> {
        let Some(Value::Array(headers)) = headers else { return Vec::new() };
        let mut params = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            let Some(key) = header.get("key").and_then(Value::as_str) else { continue };
            if MANAGED_HEADERS.contains(&key.to_ascii_lowercase().as_str()) {
                continue;
            }
            if !super::is_header_name(key) {
                self.warnings.push(Diagnostic::warning(Code::InvalidHeaderName,
                    self.file,
                    pointer(at, &["header", &index.to_string(), "key"]),
                    format!(
                        "header name {key:?} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only); the header is skipped"
                    ),
                ));
                continue;
            }
            let described =
                markers::parse_param_description(&description(header.get("description")).unwrap_or_default());
            let value = scope.substitute(&url::text_of(header.get("value")));
            let ty = self.param_type(
                key,
                &value,
                &described.one_of,
                type_base,
                &pointer(at, &["header", &index.to_string()]),
            );
            let disabled = header.get("disabled").and_then(Value::as_bool).unwrap_or(false);
            params.push(Param {
                name: key.to_owned(),
                location: ParamLocation::Header,
                ty,
                required: described.required || !disabled,
                default: None,
                docs: described.docs,
                deprecated: false,
                secret: false,
                rust_name: None,
                style: QueryStyle::Exploded,
            });
        }
        params
    }

    /// A parameter's type: an enum when the description lists the values, else inferred from the value.
    /// `at` locates the parameter, for the docs of a type made for it.
    fn param_type(&mut self, name: &str, value: &str, one_of: &[String], type_base: &str, at: &str) -> Type {
        let origin = Origin(at.to_owned());
        if !one_of.is_empty() {
            let type_name = self.registry.propose_name(name, Some(type_base));
            let kind = TypeKind::Enum { values: one_of.to_vec() };
            return Type::Named(self.registry.add(&type_name, Provenance::Inferred, origin, None, kind));
        }
        if value.contains("{{") {
            return Type::String;
        }
        let ty = shape_of_param_value(value).to_type(name, Some(type_base), &origin, &mut self.registry);
        // The caller writes a parameter: a number of unknown width (`<integer>`) is taken as `i64`.
        match ty {
            Type::Numeric => Type::I64,
            Type::Array(item) if *item == Type::Numeric => Type::Array(Box::new(Type::I64)),
            other => other,
        }
    }

    /// A list parameter sent as one comma-joined value: a named list type, which the client writes
    /// comma-separated (repeated keys are for lists that are not named).
    fn comma_list(&mut self, name: &str, item: Type, type_base: &str, at: &str) -> Type {
        let list_name = self.registry.propose_name(&format!("{name}_list"), Some(type_base));
        let docs = Some(format!("Values of `{name}`, sent comma-separated."));
        let kind = TypeKind::Alias(Type::Array(Box::new(item)));
        Type::Named(self.registry.add(&list_name, Provenance::Inferred, Origin(at.to_owned()), docs, kind))
    }

    fn body(
        &mut self,
        body: Option<&Value>,
        headers: Option<&Value>,
        type_base: &str,
        at: &str,
    ) -> Option<RequestBody> {
        let body = body.filter(|b| b.is_object())?;
        let mode = body.get("mode").and_then(Value::as_str).unwrap_or("raw");
        let declared_type = header_value(headers, "content-type");
        let hint = format!("{type_base}Request");
        let origin = Origin(at.to_owned());
        let (content_type, encoding, ty) = match mode {
            "raw" => {
                let raw = body.get("raw").and_then(Value::as_str).unwrap_or_default();
                if raw.trim().is_empty() {
                    return None;
                }
                match serde_json::from_str::<Value>(raw) {
                    Ok(example) => {
                        let ty = Shape::from_example(&example).to_type(&hint, None, &origin, &mut self.registry);
                        (declared_type.unwrap_or_else(|| "application/json".into()), BodyEncoding::Json, ty)
                    }
                    Err(_) => {
                        let language = body.pointer("/options/raw/language").and_then(Value::as_str);
                        let content_type = declared_type.unwrap_or_else(|| raw_content_type(language).into());
                        let encoding = BodyEncoding::of_media_type(&content_type);
                        let ty = if encoding == BodyEncoding::Binary { Type::Binary } else { Type::String };
                        (content_type, if encoding == BodyEncoding::Json { BodyEncoding::Text } else { encoding }, ty)
                    }
                }
            }
            "urlencoded" | "formdata" => {
                let entries = body.get(mode).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
                if !entries.iter().any(|e| e.get("key").and_then(Value::as_str).is_some()) {
                    // An empty form is no body at all.
                    return None;
                }
                let ty = self.form_fields(entries, &hint, &origin);
                if mode == "urlencoded" {
                    ("application/x-www-form-urlencoded".into(), BodyEncoding::Form, ty)
                } else {
                    ("multipart/form-data".into(), BodyEncoding::Multipart, ty)
                }
            }
            "file" => {
                (declared_type.unwrap_or_else(|| "application/octet-stream".into()), BodyEncoding::Binary, Type::Binary)
            }
            "graphql" => ("application/json".into(), BodyEncoding::Json, self.graphql_type(body, &hint, &origin)),
            other => {
                self.warnings.push(Diagnostic::warning(
                    Code::MalformedField,
                    self.file,
                    pointer(at, &["mode"]),
                    format!("body mode `{other}` is not known; the body is sent as raw bytes"),
                ));
                ("application/octet-stream".into(), BodyEncoding::Binary, Type::Binary)
            }
        };
        Some(RequestBody { required: true, contents: vec![BodyContent { content_type, encoding, ty }], docs: None })
    }

    /// A struct for urlencoded or multipart fields; file parts are bytes.
    fn form_fields(&mut self, entries: &[Value], hint: &str, origin: &Origin) -> Type {
        let name = self.registry.propose_name(hint, None);
        let mut fields: Vec<Field> = Vec::new();
        for entry in entries {
            let Some(key) = entry.get("key").and_then(Value::as_str) else { continue };
            if fields.iter().any(|f| f.name == key) {
                continue;
            }
            let described =
                markers::parse_param_description(&description(entry.get("description")).unwrap_or_default());
            let ty = if entry.get("type").and_then(Value::as_str) == Some("file") {
                Type::Binary
            } else {
                self.param_type(key, &url::text_of(entry.get("value")), &described.one_of, &name, &origin.0)
            };
            fields.push(Field {
                name: key.to_owned(),
                ty,
                required: described.required,
                docs: described.docs,
                deprecated: false,
                secret: false,
                rust_name: None,
            });
        }
        self.inferred_struct(&name, origin, fields)
    }

    /// Registers a struct built from a request's fields under a name from `propose_name`.
    fn inferred_struct(&mut self, name: &str, origin: &Origin, fields: Vec<Field>) -> Type {
        let kind = TypeKind::Struct { fields, additional: None };
        Type::Named(self.registry.add(name, Provenance::Inferred, origin.clone(), None, kind))
    }

    /// GraphQL bodies are JSON objects with the query text and its variables.
    fn graphql_type(&mut self, body: &Value, hint: &str, origin: &Origin) -> Type {
        let variables = body
            .pointer("/graphql/variables")
            .and_then(Value::as_str)
            .and_then(|text| serde_json::from_str::<Value>(text).ok())
            .filter(Value::is_object)
            .map(|example| {
                Shape::from_example(&example).to_type(&format!("{hint}_variables"), None, origin, &mut self.registry)
            })
            .unwrap_or(Type::Map(Box::new(Type::Any)));
        let name = self.registry.propose_name(hint, None);
        let fields = vec![
            Field {
                name: "query".into(),
                ty: Type::String,
                required: true,
                docs: Some("The GraphQL document.".into()),
                deprecated: false,
                secret: false,
                rust_name: None,
            },
            Field {
                name: "variables".into(),
                ty: variables,
                required: false,
                docs: Some("Values of the query's variables.".into()),
                deprecated: false,
                secret: false,
                rust_name: None,
            },
        ];
        self.inferred_struct(&name, origin, fields)
    }

    /// Response examples grouped by status; the examples of one status merge into one type. Without
    /// a saved success response, success has a body of unknown shape.
    fn responses(&mut self, examples: Option<&Value>, type_base: &str, at: &str) -> Vec<Response> {
        let examples = match examples {
            Some(Value::Array(examples)) => examples.as_slice(),
            _ => &[],
        };
        let mut by_status: IndexMap<Status, StatusExamples> = IndexMap::new();
        for (index, example) in examples.iter().enumerate() {
            // Postman's converter saves an OpenAPI `default` response without a code: the answer to
            // every status not saved otherwise.
            let saved = match example.get("code") {
                None | Some(Value::Null) => Status::Default,
                Some(code) => match code.as_u64().and_then(|c| u16::try_from(c).ok()) {
                    Some(code) => Status::Code(code),
                    None => {
                        self.warnings.push(Diagnostic::warning(
                            Code::MissingField,
                            self.file,
                            pointer(at, &[&index.to_string()]),
                            "response example has no valid status `code`; skipped",
                        ));
                        continue;
                    }
                },
            };
            let entry = by_status.entry(saved).or_default();
            if entry.docs.is_none() {
                entry.docs =
                    example.get("name").and_then(Value::as_str).map(str::to_owned).filter(|n| !n.trim().is_empty());
            }
            let body = example.get("body").and_then(Value::as_str).unwrap_or_default();
            if body.trim().is_empty() {
                // A saved response that declares a body type but shows no body (Postman's converter
                // writes these when the spec had no example) has a body of unknown shape.
                let declares_body = header_value(example.get("header"), "content-type").is_some();
                entry.unknown_body |= declares_body && !matches!(saved, Status::Code(204 | 205 | 304));
                continue;
            }
            let content_type = header_value(example.get("header"), "content-type").or_else(|| {
                example
                    .get("_postman_previewlanguage")
                    .and_then(Value::as_str)
                    .map(|l| raw_content_type(Some(l)).to_owned())
            });
            entry.content_type = entry.content_type.take().or(content_type);
            let json = declares_json(entry.content_type.as_deref());
            let document = match serde_json::from_str::<Value>(body) {
                // A JSON body saved as a string that holds the document (serialised twice).
                Ok(Value::String(inner)) if json && looks_like_document(&inner) => read_json_document(&inner),
                Ok(value) => Ok(value),
                Err(_) if json && looks_like_document(body) => read_json_document(body),
                Err(_) if json => {
                    // Postman's converter writes a JSON string's placeholder unquoted (`<string>`).
                    let text = body.trim();
                    if text.starts_with('<') && text.ends_with('>') && !text.contains('\n') {
                        entry.bodies.push(Value::String(text.to_owned()));
                    } else {
                        entry.unknown_body = true;
                    }
                    continue;
                }
                Err(_) => {
                    entry.has_text = true;
                    continue;
                }
            };
            match document {
                Ok(value) => entry.bodies.push(value),
                Err(complaint) => {
                    // Malformed beyond repair: the body is any JSON value rather than text.
                    self.warnings.push(Diagnostic::warning(
                        Code::MalformedExample,
                        self.file,
                        pointer(at, &[&index.to_string(), "body"]),
                        format!("the saved body is malformed JSON ({complaint}); the body is any JSON value"),
                    ));
                    entry.unknown_body = true;
                }
            }
        }
        let mut responses = Vec::new();
        let mut success_seen = false;
        // Saved responses are samples: the one success status saved stands for every 2xx status.
        let one_success = by_status.keys().filter(|saved| saved.is_success()).count() == 1;
        let common = self.common_success_type(&by_status, type_base, at);
        for (saved, StatusExamples { docs, content_type, bodies, has_text, unknown_body }) in by_status {
            let status = if one_success && saved.is_success() { Status::Range(2) } else { saved };
            let hint = if status.is_success() && !success_seen {
                format!("{type_base}Response")
            } else {
                match saved {
                    Status::Default => format!("{type_base}DefaultResponse"),
                    _ => format!("{type_base}Response{saved}"),
                }
            };
            // The first success status with a body names the type; a bodiless one does not count.
            success_seen |= status.is_success() && (!bodies.is_empty() || has_text);
            let origin = Origin(at.to_owned());
            // The bodies' shape is worked out only when it gives the type.
            let has_bodies = !bodies.is_empty();
            let ty = match has_bodies {
                true if status.is_success() && common.is_some() => common.clone(),
                true if !has_text => bodies
                    .iter()
                    .map(Shape::from_example)
                    .reduce(Shape::merge)
                    .map(|shape| shape.to_type(&hint, None, &origin, &mut self.registry)),
                _ if has_text => Some(Type::String),
                false if unknown_body => {
                    responses.push(unknown_body_response(status, docs));
                    continue;
                }
                _ => None,
            };
            let content_type = match &ty {
                Some(Type::String) if has_text => {
                    Some(content_type.filter(|c| !c.contains("json")).unwrap_or_else(|| "text/plain".into()))
                }
                Some(_) => Some(content_type.unwrap_or_else(|| "application/json".into())),
                None => None,
            };
            let inferred = ty.is_some();
            responses.push(Response { status, docs, content_type, ty, events: None, examples: bodies, inferred });
        }
        // A request saved without a success response still answers with something on success.
        if !responses.iter().any(|r| r.status.is_success()) {
            responses.push(unknown_body_response(Status::Range(2), None));
        }
        responses.sort_by_key(|r| r.status);
        responses
    }

    /// The one type of every saved success status's JSON body when several success statuses saved
    /// one (an empty `200` beside a `201` with a body has one): their bodies are samples of the same
    /// answer and merge like the samples of one status. `None` with fewer than two, or with a text
    /// body among them.
    fn common_success_type(
        &mut self,
        by_status: &IndexMap<Status, StatusExamples>,
        type_base: &str,
        at: &str,
    ) -> Option<Type> {
        let successes: Vec<&StatusExamples> =
            by_status.iter().filter(|(saved, _)| saved.is_success()).map(|(_, e)| e).collect();
        let with_bodies = successes.iter().filter(|e| !e.bodies.is_empty()).count();
        if with_bodies < 2 || successes.iter().any(|e| e.has_text) {
            return None;
        }
        let shape = successes.iter().flat_map(|e| &e.bodies).map(Shape::from_example).reduce(Shape::merge)?;
        Some(shape.to_type(&format!("{type_base}Response"), None, &Origin(at.to_owned()), &mut self.registry))
    }

    /// The effective auth: the request's own, else the nearest enclosing folder's or collection's.
    fn auth(&mut self, own: Option<&Value>, scope: &Scope, at: &str) -> Vec<Vec<String>> {
        let effective =
            own.filter(|a| !a.is_null()).and_then(auth::parse).or_else(|| scope.auth.as_ref().and_then(auth::parse));
        match effective {
            None | Some(Auth::None) => Vec::new(),
            Some(Auth::Scheme(kind)) => {
                if let crate::ir::AuthKind::Unsupported { kind } = &kind {
                    self.warnings.push(Diagnostic::warning(Code::UnsupportedAuth,
                        self.file,
                        at,
                        format!("auth type `{kind}` is not supported by the generated client; it is documented on the operation"),
                    ));
                }
                vec![vec![auth::register(&mut self.schemes, kind)]]
            }
        }
    }
}

/// A part of a path segment.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    /// Literal text (collection variables in it are substituted).
    Text(&'a str),
    /// A path variable.
    Variable(String),
}

/// Splits a path segment into text and variables: a whole `:name` or `{{name}}` segment, and
/// `{{name}}` inside one (`{{id}}.json`). A nested variable (`{{a_{{b}}}}`) keeps its letters:
/// braces cannot be in a name.
fn segment_pieces(segment: &str) -> Vec<Piece<'_>> {
    let whole = segment
        .strip_prefix(':')
        .or_else(|| segment.strip_prefix("{{").and_then(|s| s.strip_suffix("}}")))
        .map(|name| name.replace(['{', '}'], ""))
        .filter(|name| !name.is_empty());
    if let Some(name) = whole {
        return vec![Piece::Variable(name)];
    }
    let mut pieces = Vec::new();
    let mut rest = segment;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest.get(start + 2..).and_then(|tail| tail.find("}}")) else { break };
        let name = rest.get(start + 2..start + 2 + len).unwrap_or_default().trim();
        let simple = !name.is_empty() && !name.contains(['{', '}']);
        if !simple {
            break;
        }
        if start > 0 {
            pieces.push(Piece::Text(rest.get(..start).unwrap_or_default()));
        }
        pieces.push(Piece::Variable(name.to_owned()));
        rest = rest.get(start + len + 4..).unwrap_or_default();
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    pieces
}

/// Whether a saved response's media type is JSON.
fn declares_json(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|c| crate::ir::BodyEncoding::of_media_type(c) == crate::ir::BodyEncoding::Json)
}

/// A response whose body the collection does not show: any JSON value, or text, or nothing (see
/// the emitter's reading of an `Any` body without a media type).
fn unknown_body_response(status: Status, docs: Option<String>) -> Response {
    Response {
        status,
        docs,
        content_type: None,
        ty: Some(Type::Any),
        events: None,
        examples: Vec::new(),
        inferred: false,
    }
}

/// The response examples of one status.
#[derive(Default)]
struct StatusExamples {
    /// The first example's name, which describes the status.
    docs: Option<String>,
    content_type: Option<String>,
    /// Bodies that parse as JSON.
    bodies: Vec<Value>,
    /// Whether some body is not JSON.
    has_text: bool,
    /// Whether some example declares a body type but shows no body.
    unknown_body: bool,
}

/// Collection and folder variables as key/value pairs.
fn variables(value: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Array(entries)) = value else { return Vec::new() };
    entries
        .iter()
        .filter(|e| !e.get("disabled").and_then(Value::as_bool).unwrap_or(false))
        .filter_map(|e| {
            let key = e.get("key").or_else(|| e.get("id")).and_then(Value::as_str)?;
            Some((key.to_owned(), url::text_of(e.get("value"))))
        })
        .collect()
}

/// A description given as a string or as `{content, type}`.
fn description(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(text) => text.as_str(),
        Value::Object(object) => object.get("content").and_then(Value::as_str)?,
        _ => return None,
    };
    Some(text.to_owned()).filter(|t| !t.trim().is_empty())
}

/// The collection format's version: a string or `{major, minor, patch}`.
fn version(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(v)) => v.clone(),
        Some(Value::Object(v)) => {
            let part =
                |key| v.get(key).map(|p| url::text_of(Some(p))).filter(|p| !p.is_empty()).unwrap_or_else(|| "0".into());
            format!("{}.{}.{}", part("major"), part("minor"), part("patch"))
        }
        _ => String::new(),
    }
}

fn header_value(headers: Option<&Value>, name: &str) -> Option<String> {
    let Some(Value::Array(headers)) = headers else { return None };
    headers
        .iter()
        .filter(|h| !h.get("disabled").and_then(Value::as_bool).unwrap_or(false))
        .find(|h| h.get("key").and_then(Value::as_str).is_some_and(|k| k.eq_ignore_ascii_case(name)))
        .and_then(|h| h.get("value").and_then(Value::as_str))
        .map(str::to_owned)
}

/// Content type for a raw body language or response preview language.
fn raw_content_type(language: Option<&str>) -> &'static str {
    match language {
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("html") => "text/html",
        Some("javascript") => "application/javascript",
        _ => "text/plain",
    }
}

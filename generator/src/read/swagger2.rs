//! Swagger 2.0 documents, read by converting them into the equivalent OpenAPI 3.0 document.
//!
//! The conversion follows the correspondences between the two specifications: `definitions`,
//! `parameters`, `responses` and `securityDefinitions` become `components`; body and form
//! parameters become request bodies, one content entry per consumed media type; the value keywords
//! of other parameters move into a `schema`; response schemas get one content entry per produced
//! media type. Local `$ref`s are checked and rewritten here, so that a dangling one is reported
//! with its place in the Swagger document.

use serde_json::{Map, Value, json};

use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::error::Result;

/// The media type assumed when neither the operation nor the document lists any.
const JSON: &str = "application/json";
/// URL-encoded form bodies.
const FORM: &str = "application/x-www-form-urlencoded";
/// Multipart form bodies, the only kind that can carry files.
const MULTIPART: &str = "multipart/form-data";

/// Top-level fields that the conversion turns into others.
const CONVERTED_FIELDS: [&str; 12] = [
    "swagger",
    "info",
    "host",
    "basePath",
    "schemes",
    "consumes",
    "produces",
    "paths",
    "definitions",
    "parameters",
    "responses",
    "securityDefinitions",
];

/// The operations a Swagger 2.0 path item may hold.
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// Fields of a non-body parameter that stay on the OpenAPI 3.0 parameter; the others describe its
/// value and move into its `schema`.
const PARAMETER_FIELDS: [&str; 7] =
    ["name", "in", "description", "required", "allowEmptyValue", "deprecated", "example"];

/// Converts a Swagger 2.0 document into the equivalent OpenAPI 3.0 document, so that the OpenAPI
/// reader handles both. Warnings go to `warnings`; pointers in them refer to the Swagger document.
pub(super) fn to_openapi3(file: &str, document: &Value, warnings: &mut Vec<Diagnostic>) -> Result<Value> {
    let Some(root) = document.as_object() else {
        return Err(Diagnostic::error(Code::InvalidSyntax, file, "", "expected an object at the top level").into());
    };
    Converter { file, root, warnings }.document()
}

/// Walks one Swagger document, building its OpenAPI 3.0 counterpart.
struct Converter<'a, 'w> {
    file: &'a str,
    root: &'a Map<String, Value>,
    warnings: &'w mut Vec<Diagnostic>,
}

/// The parameters of a path item or operation, sorted by where they end up in OpenAPI 3.0.
#[derive(Default)]
struct Parameters<'a> {
    /// Path, query, header and cookie parameters as written (possibly `$ref`s), with pointers.
    plain: Vec<(&'a Value, String)>,
    /// The body parameter, resolved, with the pointer of its definition.
    body: Option<(&'a Value, String)>,
    /// Form fields, resolved, with the pointers of their definitions.
    form: Vec<(&'a Value, String)>,
}

impl<'a> Converter<'a, '_> {
    fn warn(&mut self, code: Code, at: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Diagnostic::warning(code, self.file, at, message));
    }

    /// The whole document.
    fn document(&mut self) -> Result<Value> {
        let mut out = Map::new();
        out.insert("openapi".into(), json!("3.0.3"));
        if let Some(info) = self.root.get("info") {
            out.insert("info".into(), info.clone());
        }
        let servers = self.servers(self.root.get("schemes"));
        if servers.is_empty() && self.root.contains_key("basePath") {
            self.warn(
                Code::MissingBaseUrl,
                "/basePath",
                "`basePath` without `host`: the base URL given to the client must include it",
            );
        }
        if !servers.is_empty() {
            out.insert("servers".into(), Value::Array(servers));
        }
        out.insert("paths".into(), Value::Object(self.paths()?));
        let components = self.components()?;
        if !components.is_empty() {
            out.insert("components".into(), Value::Object(components));
        }
        for (key, value) in self.root {
            if matches!(key.as_str(), "security" | "tags" | "externalDocs") || key.starts_with("x-") {
                copy(&mut out, key, value);
            } else if !CONVERTED_FIELDS.contains(&key.as_str()) {
                self.warn(
                    Code::UnknownField,
                    pointer("", &[key]),
                    format!("`{key}` is not a Swagger 2.0 field; it is ignored"),
                );
            }
        }
        Ok(Value::Object(out))
    }

    /// `host`, `basePath` and the given `schemes` as server URLs, one per scheme (https when none is
    /// given); none without a host.
    fn servers(&mut self, schemes: Option<&Value>) -> Vec<Value> {
        let Some(host) = self.root.get("host").and_then(Value::as_str) else { return Vec::new() };
        let base_path = self.root.get("basePath").and_then(Value::as_str).unwrap_or_default();
        let slash = if base_path.is_empty() || base_path.starts_with('/') { "" } else { "/" };
        if host.contains("://") {
            self.warn(
                Code::MalformedField,
                "/host",
                "`host` must not include a scheme; it is used as given, without `schemes`",
            );
            return vec![json!({ "url": format!("{host}{slash}{base_path}") })];
        }
        let mut schemes: Vec<&str> = strings(schemes);
        if schemes.is_empty() {
            schemes.push("https");
        }
        schemes.iter().map(|scheme| json!({ "url": format!("{scheme}://{host}{slash}{base_path}") })).collect()
    }

    /// `definitions`, `parameters`, `responses` and `securityDefinitions` as `components`. Body and
    /// form parameters are left out: each operation that refers to one gets a request body instead.
    fn components(&mut self) -> Result<Map<String, Value>> {
        let mut out = Map::new();
        let schemas = self.section("definitions", |this, schema, at| this.schema(schema, at).map(Some))?;
        let parameters = self.section("parameters", |this, param, at| match location(param) {
            Some("body" | "formData") => Ok(None),
            Some("path" | "query" | "header" | "cookie") => Ok(Some(this.parameter(param, at)?)),
            other => {
                this.unknown_location(other, at);
                Ok(None)
            }
        })?;
        let produces = self.media(None, "produces");
        let responses =
            self.section("responses", |this, response, at| this.response(response, &produces, at).map(Some))?;
        let schemes = self.section("securityDefinitions", |this, scheme, at| Ok(this.security_scheme(scheme, at)))?;
        for (key, section) in
            [("schemas", schemas), ("parameters", parameters), ("responses", responses), ("securitySchemes", schemes)]
        {
            if !section.is_empty() {
                out.insert(key.into(), Value::Object(section));
            }
        }
        Ok(out)
    }

    /// Converts each entry of a top-level map; entries `convert` maps to `None` are left out.
    fn section(
        &mut self,
        key: &str,
        mut convert: impl FnMut(&mut Self, &'a Value, &str) -> Result<Option<Value>>,
    ) -> Result<Map<String, Value>> {
        let mut out = Map::new();
        let Some(entries) = self.root.get(key) else { return Ok(out) };
        let at = pointer("", &[key]);
        let Some(entries) = entries.as_object() else {
            self.warn(Code::MalformedField, at, format!("`{key}` is not an object; it is ignored"));
            return Ok(out);
        };
        for (name, entry) in entries {
            if let Some(converted) = convert(self, entry, &pointer(&at, &[name]))? {
                out.insert(name.clone(), converted);
            }
        }
        Ok(out)
    }

    fn paths(&mut self) -> Result<Map<String, Value>> {
        let mut out = Map::new();
        let Some(paths) = self.root.get("paths") else { return Ok(out) };
        let Some(paths) = paths.as_object() else {
            self.warn(Code::MalformedField, "/paths", "`paths` is not an object; it is ignored");
            return Ok(out);
        };
        for (path, item) in paths {
            let converted =
                if path.starts_with("x-") { item.clone() } else { self.path_item(item, &pointer("/paths", &[path]))? };
            out.insert(path.clone(), converted);
        }
        Ok(out)
    }

    /// A path item: its operations, and the parameters they share (body and form ones are merged into
    /// each operation's request body, as OpenAPI 3.0 has no shared request bodies).
    fn path_item(&mut self, item: &'a Value, at: &str) -> Result<Value> {
        let Some(item) = item.as_object() else {
            self.warn(Code::MalformedField, at, "path item is not an object; it is ignored");
            return Ok(json!({}));
        };
        let shared = self.parameter_list(item.get("parameters"), &pointer(at, &["parameters"]))?;
        let mut out = Map::new();
        for (key, value) in item {
            let key_at = pointer(at, &[key]);
            match key.as_str() {
                "parameters" => {
                    let plain = self.plain_parameters(&shared)?;
                    if !plain.is_empty() {
                        out.insert(key.clone(), Value::Array(plain));
                    }
                }
                method if METHODS.contains(&method) => {
                    if let Some(operation) = self.operation(value, &shared, &key_at)? {
                        out.insert(key.clone(), operation);
                    }
                }
                _ if key == "$ref" || key.starts_with("x-") => copy(&mut out, key, value),
                _ => self.warn(
                    Code::UnknownField,
                    key_at,
                    format!("`{key}` is not a Swagger 2.0 path item field; it is ignored"),
                ),
            }
        }
        Ok(Value::Object(out))
    }

    /// An operation; `None` (with a warning) when it is not an object.
    fn operation(&mut self, op: &'a Value, shared: &Parameters<'a>, at: &str) -> Result<Option<Value>> {
        let Some(op) = op.as_object() else {
            self.warn(Code::MalformedField, at, "operation is not an object; it is ignored");
            return Ok(None);
        };
        let own = self.parameter_list(op.get("parameters"), &pointer(at, &["parameters"]))?;
        let mut out = Map::new();
        for (key, value) in op {
            let key_at = pointer(at, &[key]);
            match key.as_str() {
                "tags" | "summary" | "description" | "externalDocs" | "operationId" | "deprecated" | "security" => {
                    copy(&mut out, key, value);
                }
                "parameters" => {
                    let plain = self.plain_parameters(&own)?;
                    if !plain.is_empty() {
                        out.insert(key.clone(), Value::Array(plain));
                    }
                }
                "responses" => {
                    let produces = self.media(Some(op), "produces");
                    out.insert(key.clone(), self.responses(value, &produces, &key_at)?);
                }
                "schemes" => {
                    let servers = self.servers(Some(value));
                    if !servers.is_empty() {
                        out.insert("servers".into(), Value::Array(servers));
                    }
                }
                "consumes" | "produces" => {}
                _ if key.starts_with("x-") => copy(&mut out, key, value),
                _ => self.warn(
                    Code::UnknownField,
                    key_at,
                    format!("`{key}` is not a Swagger 2.0 operation field; it is ignored"),
                ),
            }
        }
        let consumes = self.media(Some(op), "consumes");
        if let Some(body) = self.request_body(&own, shared, &consumes, at)? {
            out.insert("requestBody".into(), body);
        }
        if !out.contains_key("responses") {
            self.warn(Code::MissingField, at, "operation has no `responses`; it is taken to document none");
            out.insert("responses".into(), json!({}));
        }
        Ok(Some(Value::Object(out)))
    }

    /// The operation's `consumes` or `produces`, else the document's, else JSON.
    fn media(&self, op: Option<&Map<String, Value>>, key: &str) -> Vec<String> {
        let listed = |value: Option<&Value>| -> Option<Vec<String>> {
            let list: Vec<String> = strings(value).into_iter().map(str::to_owned).collect();
            (!list.is_empty()).then_some(list)
        };
        op.and_then(|op| listed(op.get(key)))
            .or_else(|| listed(self.root.get(key)))
            .unwrap_or_else(|| vec![JSON.to_owned()])
    }

    /// Sorts a `parameters` list by location, resolving `$ref`s to see where each goes.
    fn parameter_list(&mut self, list: Option<&'a Value>, at: &str) -> Result<Parameters<'a>> {
        let mut out = Parameters::default();
        let Some(list) = list else { return Ok(out) };
        let Some(list) = list.as_array() else {
            self.warn(Code::MalformedField, at, "`parameters` is not a list; it is ignored");
            return Ok(out);
        };
        for (index, param) in list.iter().enumerate() {
            let param_at = pointer(at, &[&index.to_string()]);
            let (resolved, resolved_at) = match param.get("$ref") {
                Some(reference) => {
                    let (target, _, target_at) =
                        self.lookup(reference, "parameters", &pointer(&param_at, &["$ref"]))?;
                    (target, target_at)
                }
                None => (param, param_at.clone()),
            };
            match location(resolved) {
                Some("body") if out.body.is_some() => {
                    self.warn(Code::MalformedField, param_at, "more than one body parameter; only the first is used");
                }
                Some("body") => out.body = Some((resolved, resolved_at)),
                Some("formData") => out.form.push((resolved, resolved_at)),
                Some("path" | "query" | "header" | "cookie") => out.plain.push((param, param_at)),
                other => self.unknown_location(other, &param_at),
            }
        }
        Ok(out)
    }

    fn unknown_location(&mut self, location: Option<&str>, at: &str) {
        let message = match location {
            Some(other) => format!(
                "parameter location `{other}` is not one of path, query, header, body or formData; the parameter is ignored"
            ),
            None => "parameter has no `in`; it is ignored".to_owned(),
        };
        self.warn(Code::MalformedField, pointer(at, &["in"]), message);
    }

    /// The path, query and header parameters of a list, converted.
    fn plain_parameters(&mut self, params: &Parameters<'a>) -> Result<Vec<Value>> {
        let mut out = Vec::with_capacity(params.plain.len());
        for (param, at) in &params.plain {
            let converted = match param.get("$ref") {
                Some(reference) => {
                    let (_, name, _) = self.lookup(reference, "parameters", &pointer(at, &["$ref"]))?;
                    json!({ "$ref": format!("#/components/parameters/{name}") })
                }
                None => self.parameter(param, at)?,
            };
            out.push(converted);
        }
        Ok(out)
    }

    /// A path, query or header parameter: its value keywords move into `schema`, and its
    /// `collectionFormat` becomes `style` and `explode`.
    fn parameter(&mut self, param: &Value, at: &str) -> Result<Value> {
        let Some(param) = param.as_object() else { return Ok(param.clone()) };
        let mut out = Map::new();
        let mut keywords = Map::new();
        for (key, value) in param {
            if PARAMETER_FIELDS.contains(&key.as_str()) || (key.starts_with("x-") && key != "x-nullable") {
                copy(&mut out, key, value);
            } else if key != "collectionFormat" {
                copy(&mut keywords, key, value);
            }
        }
        if let Some((style, explode)) =
            self.style(param.get("in").and_then(Value::as_str).unwrap_or_default(), param, at)
        {
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
        out.insert("schema".into(), self.schema(&Value::Object(keywords), at)?);
        Ok(Value::Object(out))
    }

    /// `style` and `explode` for an array parameter's `collectionFormat` (`csv` when absent); `None`
    /// when OpenAPI 3.0's default for the location means the same.
    fn style(&mut self, location: &str, param: &Map<String, Value>, at: &str) -> Option<(&'static str, bool)> {
        if param.get("type").and_then(Value::as_str) != Some("array") {
            return None;
        }
        let format = param.get("collectionFormat").and_then(Value::as_str).unwrap_or("csv");
        let form_like = matches!(location, "query" | "formData" | "cookie");
        match (form_like, format) {
            (true, "csv") => Some(("form", false)),
            (true, "multi") => Some(("form", true)),
            (true, "ssv") => Some(("spaceDelimited", false)),
            (true, "pipes") => Some(("pipeDelimited", false)),
            (false, "csv") => None,
            (_, other) => {
                self.warn(
                    Code::UnhonouredSchemaKeyword,
                    pointer(at, &["collectionFormat"]),
                    format!("collectionFormat `{other}` has no OpenAPI 3.0 equivalent here; it is treated as `csv`"),
                );
                form_like.then_some(("form", false))
            }
        }
    }

    /// The request body of an operation: its own body or form parameters, else its path item's.
    fn request_body(
        &mut self,
        own: &Parameters<'a>,
        shared: &Parameters<'a>,
        consumes: &[String],
        at: &str,
    ) -> Result<Option<Value>> {
        let body = own.body.as_ref().or(shared.body.as_ref());
        let overridden = |field: &Value| own.form.iter().any(|(own, _)| own.get("name") == field.get("name"));
        let form: Vec<&(&Value, String)> =
            shared.form.iter().filter(|(field, _)| !overridden(field)).chain(&own.form).collect();
        match body {
            Some((body, body_at)) => {
                if !form.is_empty() {
                    self.warn(
                        Code::MalformedField,
                        at,
                        "operation has both a body parameter and form parameters; the form parameters are ignored",
                    );
                }
                Ok(Some(self.body(body, body_at, consumes)?))
            }
            None if form.is_empty() => Ok(None),
            None => Ok(Some(self.form(&form, consumes)?)),
        }
    }

    /// An `in: body` parameter as a request body with one content entry per consumed media type.
    fn body(&mut self, param: &Value, at: &str, consumes: &[String]) -> Result<Value> {
        let schema = match param.get("schema") {
            Some(schema) => self.schema(schema, &pointer(at, &["schema"]))?,
            None => {
                self.warn(Code::MissingField, at, "body parameter has no `schema`; the body is taken as any value");
                json!({})
            }
        };
        let content: Map<String, Value> =
            consumes.iter().map(|media| (media.clone(), json!({ "schema": schema.clone() }))).collect();
        let mut out = Map::new();
        if let Some(description) = param.get("description") {
            out.insert("description".into(), description.clone());
        }
        out.insert("content".into(), Value::Object(content));
        if param.get("required").and_then(Value::as_bool) == Some(true) {
            out.insert("required".into(), json!(true));
        }
        if let Some(param) = param.as_object() {
            copy_extensions(&mut out, param);
        }
        Ok(Value::Object(out))
    }

    /// `in: formData` parameters as a request body whose schema is an object with one property per
    /// field: multipart when a field is a file or the operation consumes multipart, else URL-encoded.
    fn form(&mut self, fields: &[&(&Value, String)], consumes: &[String]) -> Result<Value> {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut encoding = Map::new();
        for (field, at) in fields.iter().copied() {
            let Some(field) = field.as_object() else { continue };
            let Some(name) = field.get("name").and_then(Value::as_str) else {
                self.warn(Code::MissingField, at, "form parameter has no `name`; it is ignored");
                continue;
            };
            let keywords: Map<String, Value> = field
                .iter()
                .filter(|(key, _)| {
                    !matches!(key.as_str(), "name" | "in" | "required" | "allowEmptyValue" | "collectionFormat")
                })
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            properties.insert(name.to_owned(), self.schema(&Value::Object(keywords), at)?);
            if field.get("required").and_then(Value::as_bool) == Some(true) {
                required.push(json!(name));
            }
            if let Some((style, explode)) = self.style("formData", field, at) {
                encoding.insert(name.to_owned(), json!({ "style": style, "explode": explode }));
            }
        }
        let has_file = fields.iter().any(|(field, _)| field.get("type").and_then(Value::as_str) == Some("file"));
        let mut schema = Map::new();
        schema.insert("type".into(), json!("object"));
        schema.insert("properties".into(), Value::Object(properties));
        let is_required = !required.is_empty();
        if is_required {
            schema.insert("required".into(), Value::Array(required));
        }
        let schema = Value::Object(schema);
        let mut content = Map::new();
        for media in form_media(consumes, has_file) {
            let mut entry = Map::new();
            entry.insert("schema".into(), schema.clone());
            if essence(&media) == FORM && !encoding.is_empty() {
                entry.insert("encoding".into(), Value::Object(encoding.clone()));
            }
            content.insert(media, Value::Object(entry));
        }
        let mut out = Map::new();
        out.insert("content".into(), Value::Object(content));
        if is_required {
            out.insert("required".into(), json!(true));
        }
        Ok(Value::Object(out))
    }

    fn responses(&mut self, responses: &Value, produces: &[String], at: &str) -> Result<Value> {
        let Some(responses) = responses.as_object() else {
            self.warn(Code::MalformedField, at, "`responses` is not an object; it is ignored");
            return Ok(json!({}));
        };
        let mut out = Map::new();
        for (code, response) in responses {
            let converted = if code.starts_with("x-") {
                response.clone()
            } else {
                self.response(response, produces, &pointer(at, &[code]))?
            };
            out.insert(code.clone(), converted);
        }
        Ok(Value::Object(out))
    }

    /// A response: its schema under each produced media type, with the example given for that type.
    fn response(&mut self, response: &Value, produces: &[String], at: &str) -> Result<Value> {
        if let Some(reference) = response.get("$ref") {
            let (_, name, _) = self.lookup(reference, "responses", &pointer(at, &["$ref"]))?;
            return Ok(json!({ "$ref": format!("#/components/responses/{name}") }));
        }
        let Some(response) = response.as_object() else {
            self.warn(Code::MalformedField, at, "response is not an object; it is taken as one without a body");
            return Ok(json!({ "description": "" }));
        };
        let mut out = Map::new();
        let description = response.get("description").cloned().unwrap_or_else(|| {
            self.warnings.push(Diagnostic::warning(Code::MissingField, self.file, at, "response has no `description`"));
            json!("")
        });
        out.insert("description".into(), description);
        let mut content = Map::new();
        let mut schema = None;
        for (key, value) in response {
            let key_at = pointer(at, &[key]);
            match key.as_str() {
                "description" | "examples" => {}
                "schema" => schema = Some(self.schema(value, &key_at)?),
                "headers" => {
                    out.insert(key.clone(), self.headers(value, &key_at)?);
                }
                _ if key.starts_with("x-") => copy(&mut out, key, value),
                _ => self.warn(
                    Code::UnknownField,
                    key_at,
                    format!("`{key}` is not a Swagger 2.0 response field; it is ignored"),
                ),
            }
        }
        if let Some(schema) = &schema {
            for media in produces {
                content.insert(media.clone(), json!({ "schema": schema }));
            }
        }
        self.examples(response.get("examples"), schema.as_ref(), &mut content, &pointer(at, &["examples"]));
        if !content.is_empty() {
            out.insert("content".into(), Value::Object(content));
        }
        Ok(Value::Object(out))
    }

    /// Response `examples` (media type → value) as the `example` of each media type's content,
    /// adding an entry for a media type the operation does not list as produced.
    fn examples(
        &mut self,
        examples: Option<&Value>,
        schema: Option<&Value>,
        content: &mut Map<String, Value>,
        at: &str,
    ) {
        let Some(examples) = examples else { return };
        let Some(examples) = examples.as_object() else {
            self.warn(Code::MalformedField, at, "`examples` is not an object of media type → example; it is ignored");
            return;
        };
        for (media, example) in examples {
            let entry = content.entry(media.clone()).or_insert_with(|| match schema {
                Some(schema) => json!({ "schema": schema }),
                None => json!({}),
            });
            if let Some(entry) = entry.as_object_mut() {
                entry.insert("example".into(), example.clone());
            }
        }
    }

    /// Response headers: `description` stays, the value keywords become `schema`.
    fn headers(&mut self, headers: &Value, at: &str) -> Result<Value> {
        let Some(headers) = headers.as_object() else {
            self.warn(Code::MalformedField, at, "`headers` is not an object; it is ignored");
            return Ok(json!({}));
        };
        let mut out = Map::new();
        for (name, header) in headers {
            let header_at = pointer(at, &[name]);
            let Some(header) = header.as_object() else {
                self.warn(Code::MalformedField, &header_at, "header is not an object; it is ignored");
                continue;
            };
            let mut converted = Map::new();
            let mut keywords = Map::new();
            for (key, value) in header {
                if key == "description" || (key.starts_with("x-") && key != "x-nullable") {
                    copy(&mut converted, key, value);
                } else if key != "collectionFormat" {
                    copy(&mut keywords, key, value);
                }
            }
            // Only for its warning: a header's `csv` is OpenAPI 3.0's default, the others have no equivalent.
            self.style("header", header, &header_at);
            converted.insert("schema".into(), self.schema(&Value::Object(keywords), &header_at)?);
            out.insert(name.clone(), Value::Object(converted));
        }
        Ok(Value::Object(out))
    }

    /// A security definition as a security scheme; `None` (with a warning) for an unknown type.
    fn security_scheme(&mut self, scheme: &Value, at: &str) -> Option<Value> {
        let Some(scheme) = scheme.as_object() else {
            self.warn(Code::MalformedField, at, "security definition is not an object; it is ignored");
            return None;
        };
        let mut out = Map::new();
        match scheme.get("type").and_then(Value::as_str) {
            Some("basic") => {
                out.insert("type".into(), json!("http"));
                out.insert("scheme".into(), json!("basic"));
            }
            Some("apiKey") => {
                out.insert("type".into(), json!("apiKey"));
                for key in ["name", "in"] {
                    if let Some(value) = scheme.get(key) {
                        copy(&mut out, key, value);
                    }
                }
            }
            Some("oauth2") => {
                out.insert("type".into(), json!("oauth2"));
                out.insert("flows".into(), self.oauth2_flows(scheme, at));
            }
            other => {
                let other = other.map_or_else(|| "no type".to_owned(), |t| format!("type `{t}`"));
                self.warn(
                    Code::UnsupportedAuth,
                    pointer(at, &["type"]),
                    format!("security definition has {other}, not basic, apiKey or oauth2; it is ignored"),
                );
                return None;
            }
        }
        if let Some(description) = scheme.get("description") {
            out.insert("description".into(), description.clone());
        }
        copy_extensions(&mut out, scheme);
        Some(Value::Object(out))
    }

    /// The single OAuth 2 `flow` of a Swagger security definition as an OpenAPI `flows` object.
    fn oauth2_flows(&mut self, scheme: &Map<String, Value>, at: &str) -> Value {
        let (flow, urls): (&str, &[&str]) = match scheme.get("flow").and_then(Value::as_str) {
            Some("implicit") => ("implicit", &["authorizationUrl"]),
            Some("password") => ("password", &["tokenUrl"]),
            Some("application") => ("clientCredentials", &["tokenUrl"]),
            Some("accessCode") => ("authorizationCode", &["authorizationUrl", "tokenUrl"]),
            _ => {
                self.warn(
                    Code::UnsupportedAuth,
                    pointer(at, &["flow"]),
                    "oauth2 `flow` is not implicit, password, application or accessCode; the scheme gets no flows",
                );
                return json!({});
            }
        };
        let mut out = Map::new();
        for url in urls {
            let value = scheme.get(*url).cloned().unwrap_or_else(|| {
                self.warnings.push(Diagnostic::warning(
                    Code::UnsupportedAuth,
                    self.file,
                    at,
                    format!("oauth2 flow `{flow}` needs `{url}`"),
                ));
                json!("")
            });
            out.insert((*url).into(), value);
        }
        let scopes: Map<String, Value> = scheme
            .get("scopes")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(_, description)| description.is_string())
            .map(|(scope, description)| (scope.clone(), description.clone()))
            .collect();
        out.insert("scopes".into(), Value::Object(scopes));
        json!({ flow: out })
    }

    /// A Schema Object (or the value keywords of a parameter, header or form field): `$ref`s
    /// rewritten, `type: file` as a binary string, `x-nullable` as `nullable`, a string
    /// `discriminator` as an object; subschemas converted in turn.
    fn schema(&mut self, schema: &Value, at: &str) -> Result<Value> {
        let Some(schema) = schema.as_object() else {
            self.warn(Code::MalformedField, at, "schema is not an object; any value is accepted");
            return Ok(json!({}));
        };
        let is_file = schema.get("type").and_then(Value::as_str) == Some("file");
        let mut out = Map::new();
        for (key, value) in schema {
            let key_at = pointer(at, &[key]);
            let converted = match key.as_str() {
                "$ref" => {
                    let (_, name, _) = self.lookup(value, "definitions", &key_at)?;
                    json!(format!("#/components/schemas/{name}"))
                }
                "type" if is_file => {
                    out.insert("type".into(), json!("string"));
                    out.insert("format".into(), json!("binary"));
                    continue;
                }
                "format" if is_file => continue,
                "properties" => self.schema_map(value, &key_at)?,
                "items" if value.is_array() => {
                    self.warn(
                        Code::UnhonouredSchemaKeyword,
                        key_at,
                        "a list of `items` schemas (a tuple) has no OpenAPI 3.0 equivalent; items accept any value",
                    );
                    json!({})
                }
                "items" | "not" => self.schema(value, &key_at)?,
                "additionalProperties" if value.is_object() => self.schema(value, &key_at)?,
                "allOf" | "anyOf" | "oneOf" => self.schema_list(value, &key_at)?,
                "discriminator" => match value {
                    Value::String(property) => json!({ "propertyName": property }),
                    Value::Object(_) => value.clone(),
                    _ => {
                        self.warn(
                            Code::MalformedField,
                            key_at,
                            "`discriminator` is not a property name; it is ignored",
                        );
                        continue;
                    }
                },
                "x-nullable" => {
                    match value.as_bool() {
                        Some(true) => {
                            out.insert("nullable".into(), json!(true));
                        }
                        Some(false) => {}
                        None => self.warn(Code::MalformedField, key_at, "`x-nullable` is not a boolean; it is ignored"),
                    }
                    continue;
                }
                "collectionFormat" => {
                    self.warn(
                        Code::UnhonouredSchemaKeyword,
                        key_at,
                        "a nested `collectionFormat` has no OpenAPI 3.0 equivalent; it is ignored",
                    );
                    continue;
                }
                "required" if !value.is_array() => {
                    self.warn(
                        Code::MalformedField,
                        key_at,
                        "`required` in a schema must be a list of property names; it is ignored",
                    );
                    continue;
                }
                _ => value.clone(),
            };
            out.insert(key.clone(), converted);
        }
        // OpenAPI 3.0 ignores the siblings of a `$ref`: a nullable reference needs a wrapper.
        if out.get("nullable").and_then(Value::as_bool) == Some(true) {
            if let Some(reference) = out.remove("$ref") {
                out.insert("allOf".into(), json!([{ "$ref": reference }]));
            }
        }
        Ok(Value::Object(out))
    }

    /// A map of schemas (`properties`).
    fn schema_map(&mut self, schemas: &Value, at: &str) -> Result<Value> {
        let Some(schemas) = schemas.as_object() else {
            self.warn(Code::MalformedField, at, "expected an object of schemas; it is ignored");
            return Ok(json!({}));
        };
        let mut out = Map::new();
        for (name, schema) in schemas {
            out.insert(name.clone(), self.schema(schema, &pointer(at, &[name]))?);
        }
        Ok(Value::Object(out))
    }

    /// A list of schemas (`allOf`).
    fn schema_list(&mut self, schemas: &Value, at: &str) -> Result<Value> {
        let Some(schemas) = schemas.as_array() else {
            self.warn(Code::MalformedField, at, "expected a list of schemas; it is ignored");
            return Ok(json!([]));
        };
        let mut out = Vec::with_capacity(schemas.len());
        for (index, schema) in schemas.iter().enumerate() {
            out.push(self.schema(schema, &pointer(at, &[&index.to_string()]))?);
        }
        Ok(Value::Array(out))
    }

    /// The entry a local `$ref` names in the top-level `section` (`definitions`, `parameters` or
    /// `responses`), with its name as written in the reference and its pointer; an error otherwise.
    fn lookup(&self, reference: &'a Value, section: &str, at: &str) -> Result<(&'a Value, &'a str, String)> {
        let Some(text) = reference.as_str() else {
            return Err(Diagnostic::error(Code::InvalidDocument, self.file, at, "`$ref` must be a string").into());
        };
        if !text.starts_with('#') {
            return Err(Diagnostic::error(
                Code::UnresolvedReference,
                self.file,
                at,
                format!("`$ref: {text}`: external references are not supported"),
            )
            .with_hint("bundle the spec into one file first, for example with `swagger-cli bundle`")
            .into());
        }
        let name = text
            .strip_prefix("#/")
            .and_then(|rest| rest.strip_prefix(section))
            .and_then(|rest| rest.strip_prefix('/'))
            .filter(|name| !name.contains('/'));
        let found = name.and_then(|name| {
            let unescaped = name.replace("~1", "/").replace("~0", "~");
            let target = self.root.get(section)?.get(&unescaped)?;
            Some((target, name, pointer("", &[section, &unescaped])))
        });
        found.ok_or_else(|| {
            Diagnostic::error(
                Code::UnresolvedReference,
                self.file,
                at,
                format!("`$ref: {text}` does not point to an entry of `{section}`"),
            )
            .into()
        })
    }
}

/// The `in` of a parameter.
fn location(param: &Value) -> Option<&str> {
    param.get("in").and_then(Value::as_str)
}

/// The strings of a JSON list (others skipped); empty when the value is not a list.
fn strings(value: Option<&Value>) -> Vec<&str> {
    value.and_then(Value::as_array).map(|list| list.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

fn copy(out: &mut Map<String, Value>, key: &str, value: &Value) {
    out.insert(key.to_owned(), value.clone());
}

/// Copies the vendor extensions (`x-…` fields) of an object.
fn copy_extensions(out: &mut Map<String, Value>, from: &Map<String, Value>) {
    for (key, value) in from {
        if key.starts_with("x-") {
            copy(out, key, value);
        }
    }
}

/// A media type without parameters, lower-cased.
fn essence(media: &str) -> String {
    media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// The media types of a form body: the form types the operation consumes (URL-encoding cannot carry
/// a file), else the one that fits the fields.
fn form_media(consumes: &[String], has_file: bool) -> Vec<String> {
    let mut media: Vec<String> = consumes
        .iter()
        .filter(|media| {
            let essence = essence(media);
            essence == MULTIPART || (essence == FORM && !has_file)
        })
        .cloned()
        .collect();
    if media.is_empty() {
        media.push(if has_file { MULTIPART } else { FORM }.to_owned());
    }
    media
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::to_openapi3;
    use crate::diagnostic::Diagnostic;
    use crate::ir::{AuthKind, BodyEncoding, IntWidth, ParamLocation, Status, Type};

    /// Converts `document`, returning the OpenAPI document and the warnings' pointers and messages.
    fn convert(document: Value) -> (Value, Vec<(String, String)>) {
        let mut warnings = Vec::new();
        let openapi = to_openapi3("swagger.json", &document, &mut warnings).unwrap();
        (openapi, warnings.into_iter().map(|w| (w.pointer, w.message)).collect())
    }

    fn error(document: Value) -> Diagnostic {
        match to_openapi3("swagger.json", &document, &mut Vec::new()) {
            Err(crate::error::Error::Spec(diagnostic)) => *diagnostic,
            other => panic!("expected a spec error, got {other:?}"),
        }
    }

    /// A document with the given paths and nothing else.
    fn with_paths(paths: Value) -> Value {
        json!({ "swagger": "2.0", "info": { "title": "t", "version": "1" }, "paths": paths })
    }

    #[test]
    fn petstore_converts_to_the_equivalent_openapi_document() {
        let swagger = json!({
            "swagger": "2.0",
            "info": { "title": "Pets", "version": "1.0" },
            "host": "pets.example.com",
            "basePath": "/v1",
            "schemes": ["http", "https"],
            "consumes": ["application/json"],
            "produces": ["application/json"],
            "paths": {
                "/pets": {
                    "get": {
                        "operationId": "listPets",
                        "tags": ["pets"],
                        "parameters": [
                            { "name": "tags", "in": "query", "type": "array", "items": { "type": "string" },
                              "collectionFormat": "csv" },
                            { "name": "limit", "in": "query", "type": "integer", "format": "int32", "default": 20 },
                            { "$ref": "#/parameters/TraceId" }
                        ],
                        "responses": {
                            "200": {
                                "description": "The pets",
                                "schema": { "type": "array", "items": { "$ref": "#/definitions/Pet" } },
                                "examples": { "application/json": [{ "id": 1, "name": "Rex" }] },
                                "headers": { "X-Total": { "type": "integer", "description": "Total count" } }
                            },
                            "default": { "$ref": "#/responses/Error" }
                        }
                    },
                    "post": {
                        "operationId": "createPet",
                        "consumes": ["application/json", "application/xml"],
                        "parameters": [{ "$ref": "#/parameters/NewPet" }],
                        "responses": { "201": { "description": "Created", "schema": { "$ref": "#/definitions/Pet" } } },
                        "security": [{ "oauth": ["write"] }],
                        "x-internal": false
                    }
                },
                "/pets/{id}/photo": {
                    "parameters": [{ "name": "id", "in": "path", "required": true, "type": "integer", "format": "int64" }],
                    "post": {
                        "operationId": "uploadPhoto",
                        "summary": "Upload a photo",
                        "deprecated": true,
                        "parameters": [
                            { "name": "caption", "in": "formData", "type": "string", "required": true,
                              "description": "What the photo shows" },
                            { "name": "photo", "in": "formData", "type": "file" }
                        ],
                        "responses": { "204": { "description": "Uploaded" } }
                    }
                }
            },
            "parameters": {
                "TraceId": { "name": "X-Trace-Id", "in": "header", "type": "string" },
                "NewPet": { "name": "pet", "in": "body", "required": true, "description": "The pet",
                            "schema": { "$ref": "#/definitions/Pet" } }
            },
            "responses": { "Error": { "description": "An error", "schema": { "$ref": "#/definitions/Error" } } },
            "definitions": {
                "Pet": {
                    "type": "object",
                    "required": ["id", "name"],
                    "discriminator": "kind",
                    "properties": {
                        "id": { "type": "integer", "format": "int64" },
                        "name": { "type": "string" },
                        "kind": { "type": "string" },
                        "owner": { "$ref": "#/definitions/Owner", "x-nullable": true },
                        "nickname": { "type": "string", "x-nullable": true }
                    }
                },
                "Owner": { "type": "object", "properties": { "name": { "type": "string" } } },
                "Error": { "type": "object", "properties": { "message": { "type": "string" } } }
            },
            "securityDefinitions": {
                "basic": { "type": "basic", "description": "User and password" },
                "key": { "type": "apiKey", "name": "X-Api-Key", "in": "header" },
                "oauth": { "type": "oauth2", "flow": "accessCode",
                           "authorizationUrl": "https://auth.example.com/authorize",
                           "tokenUrl": "https://auth.example.com/token", "scopes": { "write": "Modify pets" } }
            },
            "security": [{ "key": [] }],
            "tags": [{ "name": "pets" }],
            "x-generator": "by hand"
        });
        let pet_array = json!({ "type": "array", "items": { "$ref": "#/components/schemas/Pet" } });
        let expected = json!({
            "openapi": "3.0.3",
            "info": { "title": "Pets", "version": "1.0" },
            "servers": [{ "url": "http://pets.example.com/v1" }, { "url": "https://pets.example.com/v1" }],
            "paths": {
                "/pets": {
                    "get": {
                        "operationId": "listPets",
                        "tags": ["pets"],
                        "parameters": [
                            { "name": "tags", "in": "query", "style": "form", "explode": false,
                              "schema": { "type": "array", "items": { "type": "string" } } },
                            { "name": "limit", "in": "query",
                              "schema": { "type": "integer", "format": "int32", "default": 20 } },
                            { "$ref": "#/components/parameters/TraceId" }
                        ],
                        "responses": {
                            "200": {
                                "description": "The pets",
                                "headers": { "X-Total": { "description": "Total count", "schema": { "type": "integer" } } },
                                "content": {
                                    "application/json": { "schema": pet_array, "example": [{ "id": 1, "name": "Rex" }] }
                                }
                            },
                            "default": { "$ref": "#/components/responses/Error" }
                        }
                    },
                    "post": {
                        "operationId": "createPet",
                        "requestBody": {
                            "description": "The pet",
                            "required": true,
                            "content": {
                                "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } },
                                "application/xml": { "schema": { "$ref": "#/components/schemas/Pet" } }
                            }
                        },
                        "responses": {
                            "201": {
                                "description": "Created",
                                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } }
                            }
                        },
                        "security": [{ "oauth": ["write"] }],
                        "x-internal": false
                    }
                },
                "/pets/{id}/photo": {
                    "parameters": [
                        { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } }
                    ],
                    "post": {
                        "operationId": "uploadPhoto",
                        "summary": "Upload a photo",
                        "deprecated": true,
                        "requestBody": {
                            "required": true,
                            "content": {
                                "multipart/form-data": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "caption": { "type": "string", "description": "What the photo shows" },
                                            "photo": { "type": "string", "format": "binary" }
                                        },
                                        "required": ["caption"]
                                    }
                                }
                            }
                        },
                        "responses": { "204": { "description": "Uploaded" } }
                    }
                }
            },
            "components": {
                "schemas": {
                    "Pet": {
                        "type": "object",
                        "required": ["id", "name"],
                        "discriminator": { "propertyName": "kind" },
                        "properties": {
                            "id": { "type": "integer", "format": "int64" },
                            "name": { "type": "string" },
                            "kind": { "type": "string" },
                            "owner": { "allOf": [{ "$ref": "#/components/schemas/Owner" }], "nullable": true },
                            "nickname": { "type": "string", "nullable": true }
                        }
                    },
                    "Owner": { "type": "object", "properties": { "name": { "type": "string" } } },
                    "Error": { "type": "object", "properties": { "message": { "type": "string" } } }
                },
                "parameters": {
                    "TraceId": { "name": "X-Trace-Id", "in": "header", "schema": { "type": "string" } }
                },
                "responses": {
                    "Error": {
                        "description": "An error",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
                    }
                },
                "securitySchemes": {
                    "basic": { "type": "http", "scheme": "basic", "description": "User and password" },
                    "key": { "type": "apiKey", "name": "X-Api-Key", "in": "header" },
                    "oauth": {
                        "type": "oauth2",
                        "flows": {
                            "authorizationCode": {
                                "authorizationUrl": "https://auth.example.com/authorize",
                                "tokenUrl": "https://auth.example.com/token",
                                "scopes": { "write": "Modify pets" }
                            }
                        }
                    }
                }
            },
            "security": [{ "key": [] }],
            "tags": [{ "name": "pets" }],
            "x-generator": "by hand"
        });
        let (openapi, warnings) = convert(swagger);
        assert_eq!(openapi, expected);
        assert_eq!(warnings, Vec::<(String, String)>::new());
        let parsed: Result<openapiv3::OpenAPI, _> = serde_json::from_value(openapi);
        assert!(parsed.is_ok(), "{parsed:?}");
    }

    #[test]
    fn oauth2_flows_are_renamed() {
        let scheme = |flow: &str| json!({ "type": "oauth2", "flow": flow, "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {} });
        let mut swagger = with_paths(json!({}));
        if let Some(root) = swagger.as_object_mut() {
            root.insert(
                "securityDefinitions".into(),
                json!({ "i": scheme("implicit"), "p": scheme("password"), "c": scheme("application"), "a": scheme("accessCode") }),
            );
        }
        let (openapi, warnings) = convert(swagger);
        let expected = json!({
            "i": { "type": "oauth2", "flows": { "implicit": { "authorizationUrl": "https://a", "scopes": {} } } },
            "p": { "type": "oauth2", "flows": { "password": { "tokenUrl": "https://t", "scopes": {} } } },
            "c": { "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": "https://t", "scopes": {} } } },
            "a": { "type": "oauth2", "flows": { "authorizationCode": { "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {} } } }
        });
        assert_eq!(openapi.pointer("/components/securitySchemes"), Some(&expected));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn defaults_apply_without_consumes_produces_or_schemes() {
        let mut swagger = with_paths(json!({
            "/login": { "post": {
                "parameters": [
                    { "name": "user", "in": "formData", "type": "string", "required": true },
                    { "name": "roles", "in": "formData", "type": "array", "items": { "type": "string" } }
                ],
                "responses": { "200": { "description": "ok", "schema": { "type": "string" } } }
            } }
        }));
        if let Some(root) = swagger.as_object_mut() {
            root.insert("host".into(), json!("api.example.com"));
        }
        let (openapi, warnings) = convert(swagger);
        assert_eq!(openapi.pointer("/servers"), Some(&json!([{ "url": "https://api.example.com" }])));
        let expected = json!({
            "requestBody": {
                "required": true,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "user": { "type": "string" },
                                "roles": { "type": "array", "items": { "type": "string" } }
                            },
                            "required": ["user"]
                        },
                        "encoding": { "roles": { "style": "form", "explode": false } }
                    }
                }
            },
            "responses": {
                "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string" } } } }
            }
        });
        assert_eq!(openapi.pointer("/paths/~1login/post"), Some(&expected));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn multi_and_path_level_body_and_example_media() {
        let (openapi, warnings) = convert(with_paths(json!({
            "/items": {
                "parameters": [{ "name": "item", "in": "body", "schema": { "type": "object" } }],
                "put": {
                    "produces": ["application/xml"],
                    "parameters": [
                        { "name": "ids", "in": "query", "type": "array", "collectionFormat": "multi",
                          "items": { "type": "integer" } },
                        { "name": "X-Tags", "in": "header", "type": "array", "items": { "type": "string" } }
                    ],
                    "responses": { "200": { "description": "ok", "examples": { "application/json": { "ok": true } } } }
                }
            }
        })));
        let expected = json!({
            "parameters": [
                { "name": "ids", "in": "query", "style": "form", "explode": true,
                  "schema": { "type": "array", "items": { "type": "integer" } } },
                { "name": "X-Tags", "in": "header", "schema": { "type": "array", "items": { "type": "string" } } }
            ],
            "requestBody": { "content": { "application/json": { "schema": { "type": "object" } } } },
            "responses": { "200": { "description": "ok", "content": { "application/json": { "example": { "ok": true } } } } }
        });
        assert_eq!(openapi.pointer("/paths/~1items/put"), Some(&expected));
        assert_eq!(openapi.pointer("/paths/~1items/parameters"), None);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn what_cannot_be_mapped_is_reported_at_its_swagger_pointer() {
        let mut swagger = with_paths(json!({
            "/things/{id}": { "post": {
                "parameters": [
                    { "name": "id", "in": "path", "required": true, "type": "string" },
                    { "name": "odd", "in": "matrix", "type": "string" },
                    { "name": "tabs", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "tsv" },
                    { "name": "body", "in": "body", "schema": { "type": "object" } },
                    { "name": "field", "in": "formData", "type": "string" }
                ],
                "responses": { "204": { "description": "done" } },
                "callbacks": {}
            } }
        }));
        if let Some(root) = swagger.as_object_mut() {
            root.insert("basePath".into(), json!("/api"));
            root.insert("securityDefinitions".into(), json!({ "digest": { "type": "digest" } }));
        }
        let (openapi, warnings) = convert(swagger);
        let op = "/paths/~1things~1{id}/post";
        let pointers: Vec<&str> = warnings.iter().map(|(pointer, _)| pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/basePath",
                &format!("{op}/parameters/1/in"),
                &format!("{op}/parameters/2/collectionFormat"),
                &format!("{op}/callbacks"),
                op,
                "/securityDefinitions/digest/type",
            ]
        );
        assert_eq!(openapi.pointer("/servers"), None);
        assert_eq!(openapi.pointer("/components"), None);
        let params = openapi.pointer(&format!("{op}/parameters")).and_then(Value::as_array).map(Vec::len);
        assert_eq!(params, Some(2), "the unknown location is dropped");
        assert_eq!(openapi.pointer(&format!("{op}/parameters/1/style")), Some(&json!("form")));
        assert!(openapi.pointer(&format!("{op}/requestBody/content/application~1json")).is_some());
    }

    #[test]
    fn dangling_and_external_references_are_errors_at_the_reference() {
        let dangling = error(with_paths(json!({
            "/a": { "get": { "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Nope" } } } } }
        })));
        assert_eq!(dangling.pointer, "/paths/~1a/get/responses/200/schema/$ref");
        assert!(dangling.message.contains("does not point to an entry of `definitions`"), "{}", dangling.message);
        let external = error(with_paths(json!({
            "/a": { "get": { "parameters": [{ "$ref": "common.json#/parameters/Id" }], "responses": {} } }
        })));
        assert_eq!(external.pointer, "/paths/~1a/get/parameters/0/$ref");
        assert!(external.message.contains("external references are not supported"), "{}", external.message);
    }

    /// A trimmed copy of the Swagger 2.0 petstore (petstore.swagger.io/v2/swagger.json).
    const PETSTORE: &str = r##"{
      "swagger": "2.0",
      "info": { "title": "Swagger Petstore", "version": "1.0.7" },
      "host": "petstore.swagger.io",
      "basePath": "/v2",
      "schemes": ["https", "http"],
      "paths": {
        "/pet": {
          "post": {
            "tags": ["pet"], "summary": "Add a new pet to the store", "operationId": "addPet",
            "consumes": ["application/json", "application/xml"], "produces": ["application/json", "application/xml"],
            "parameters": [{ "in": "body", "name": "body", "required": true, "schema": { "$ref": "#/definitions/Pet" } }],
            "responses": { "405": { "description": "Invalid input" } },
            "security": [{ "petstore_auth": ["write:pets", "read:pets"] }]
          }
        },
        "/pet/findByStatus": {
          "get": {
            "tags": ["pet"], "operationId": "findPetsByStatus", "produces": ["application/xml", "application/json"],
            "parameters": [{ "name": "status", "in": "query", "required": true, "type": "array",
              "items": { "type": "string", "enum": ["available", "pending", "sold"], "default": "available" },
              "collectionFormat": "multi" }],
            "responses": {
              "200": { "description": "successful operation", "schema": { "type": "array", "items": { "$ref": "#/definitions/Pet" } } },
              "400": { "description": "Invalid status value" }
            },
            "security": [{ "petstore_auth": ["write:pets", "read:pets"] }]
          }
        },
        "/pet/{petId}/uploadImage": {
          "post": {
            "tags": ["pet"], "operationId": "uploadFile",
            "consumes": ["multipart/form-data"], "produces": ["application/json"],
            "parameters": [
              { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" },
              { "name": "additionalMetadata", "in": "formData", "required": false, "type": "string" },
              { "name": "file", "in": "formData", "required": false, "type": "file" }
            ],
            "responses": { "200": { "description": "successful operation", "schema": { "$ref": "#/definitions/ApiResponse" } } },
            "security": [{ "petstore_auth": ["write:pets", "read:pets"] }]
          }
        },
        "/pet/{petId}": {
          "post": {
            "tags": ["pet"], "operationId": "updatePetWithForm", "consumes": ["application/x-www-form-urlencoded"],
            "parameters": [
              { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" },
              { "name": "name", "in": "formData", "required": false, "type": "string" }
            ],
            "responses": { "405": { "description": "Invalid input" } },
            "security": [{ "petstore_auth": ["write:pets", "read:pets"] }]
          },
          "delete": {
            "tags": ["pet"], "operationId": "deletePet",
            "parameters": [
              { "name": "api_key", "in": "header", "required": false, "type": "string" },
              { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" }
            ],
            "responses": { "404": { "description": "Pet not found" } }
          }
        },
        "/store/inventory": {
          "get": {
            "tags": ["store"], "operationId": "getInventory", "produces": ["application/json"],
            "responses": { "200": { "description": "successful operation",
              "schema": { "type": "object", "additionalProperties": { "type": "integer", "format": "int32" } } } },
            "security": [{ "api_key": [] }]
          }
        },
        "/user/login": {
          "get": {
            "tags": ["user"], "operationId": "loginUser", "produces": ["application/json", "application/xml"],
            "parameters": [
              { "name": "username", "in": "query", "required": true, "type": "string" },
              { "name": "password", "in": "query", "required": true, "type": "string" }
            ],
            "responses": { "200": { "description": "successful operation", "schema": { "type": "string" },
              "headers": { "X-Rate-Limit": { "type": "integer", "format": "int32" } } } },
            "security": [{ "basic": [] }]
          }
        }
      },
      "securityDefinitions": {
        "api_key": { "type": "apiKey", "name": "api_key", "in": "header" },
        "petstore_auth": { "type": "oauth2", "authorizationUrl": "https://petstore.swagger.io/oauth/authorize",
          "flow": "implicit", "scopes": { "read:pets": "read your pets", "write:pets": "modify pets in your account" } },
        "basic": { "type": "basic" }
      },
      "definitions": {
        "ApiResponse": { "type": "object", "properties": {
          "code": { "type": "integer", "format": "int32" }, "type": { "type": "string" }, "message": { "type": "string" } } },
        "Category": { "type": "object", "properties": { "id": { "type": "integer", "format": "int64" }, "name": { "type": "string" } } },
        "Pet": { "type": "object", "required": ["name", "photoUrls"], "properties": {
          "id": { "type": "integer", "format": "int64" },
          "category": { "$ref": "#/definitions/Category", "x-nullable": true },
          "name": { "type": "string", "example": "doggie" },
          "photoUrls": { "type": "array", "xml": { "wrapped": true }, "items": { "type": "string" } },
          "status": { "type": "string", "description": "pet status in the store", "enum": ["available", "pending", "sold"] },
          "nickname": { "type": "string", "x-nullable": true } } }
      }
    }"##;

    #[test]
    fn petstore_reads_into_the_ir() {
        let spec = crate::read::read_named("petstore2.json", PETSTORE).unwrap();
        let api = &spec.api;
        assert!(spec.warnings.is_empty(), "{:?}", spec.warnings);
        assert_eq!(api.base_url, "https://petstore.swagger.io/v2");
        let names: Vec<&str> = api.operations.iter().map(|op| op.name.as_str()).collect();
        assert_eq!(
            names,
            ["addPet", "findPetsByStatus", "uploadFile", "updatePetWithForm", "deletePet", "getInventory", "loginUser"]
        );
        let op = |name: &str| api.operations.iter().find(|op| op.name == name).unwrap();

        let add = op("addPet").body.as_ref().unwrap();
        assert!(add.required);
        let contents: Vec<(&str, BodyEncoding, &Type)> =
            add.contents.iter().map(|c| (c.content_type.as_str(), c.encoding, &c.ty)).collect();
        let pet = Type::Named("Pet".into());
        assert_eq!(
            contents,
            [("application/json", BodyEncoding::Json, &pet), ("application/xml", BodyEncoding::Text, &Type::String)]
        );

        let status = &op("findPetsByStatus").params;
        assert_eq!(status.len(), 1);
        let status = &status[0];
        assert_eq!((status.name.as_str(), status.location, status.required), ("status", ParamLocation::Query, true));
        assert!(matches!(&status.ty, Type::Array(item) if matches!(item.as_ref(), Type::Named(_))), "{:?}", status.ty);
        let found = &op("findPetsByStatus").responses[0];
        assert_eq!(found.status, Status::Code(200));
        assert_eq!(found.content_type.as_deref(), Some("application/json"));
        assert_eq!(found.ty, Some(Type::Array(Box::new(pet.clone()))));

        let upload = op("uploadFile");
        assert_eq!(upload.params.len(), 1);
        assert_eq!((upload.params[0].location, &upload.params[0].ty), (ParamLocation::Path, &Type::I64));
        let upload_body = &upload.body.as_ref().unwrap().contents;
        assert_eq!(upload_body.len(), 1);
        assert_eq!(
            (upload_body[0].content_type.as_str(), upload_body[0].encoding),
            ("multipart/form-data", BodyEncoding::Multipart)
        );
        let Type::Named(upload_type) = &upload_body[0].ty else { panic!("{:?}", upload_body[0].ty) };
        let def = api.types.iter().find(|t| &t.name == upload_type).unwrap();
        let crate::ir::TypeKind::Struct { fields, .. } = &def.kind else { panic!("{:?}", def.kind) };
        let file = fields.iter().find(|f| f.name == "file").unwrap();
        assert_eq!(file.ty, Type::Binary);
        assert_eq!(upload.responses[0].ty, Some(Type::Named("ApiResponse".into())));

        let form = &op("updatePetWithForm").body.as_ref().unwrap().contents;
        assert_eq!(form.len(), 1);
        assert_eq!(form[0].encoding, BodyEncoding::Form);

        let delete: Vec<(&str, ParamLocation)> =
            op("deletePet").params.iter().map(|p| (p.name.as_str(), p.location)).collect();
        assert_eq!(delete, [("api_key", ParamLocation::Header), ("petId", ParamLocation::Path)]);

        let inventory = op("getInventory").responses[0].ty.clone();
        let i32_type = Type::Integer { width: IntWidth::I32, lenient: false };
        assert_eq!(inventory, Some(Type::Map(Box::new(i32_type))));
        assert_eq!(op("loginUser").responses[0].ty, Some(Type::String));
        assert_eq!(op("loginUser").auth, [vec!["basic".to_owned()]]);

        let pet_def = api.types.iter().find(|t| t.name == "Pet").unwrap();
        let crate::ir::TypeKind::Struct { fields, .. } = &pet_def.kind else { panic!("{:?}", pet_def.kind) };
        let nickname = fields.iter().find(|f| f.name == "nickname").unwrap();
        assert_eq!(nickname.ty, Type::Nullable(Box::new(Type::String)));
        let category = fields.iter().find(|f| f.name == "category").unwrap();
        assert_eq!(category.ty, Type::Nullable(Box::new(Type::Named("Category".into()))));

        let schemes: Vec<(&str, &AuthKind)> = api.auth_schemes.iter().map(|s| (s.name.as_str(), &s.kind)).collect();
        let key = AuthKind::ApiKey { location: ParamLocation::Header, name: "api_key".into() };
        assert_eq!(schemes, [("api_key", &key), ("petstore_auth", &AuthKind::Bearer), ("basic", &AuthKind::Basic)]);
    }

    /// A trimmed copy of the Uber API example from the OpenAPI Specification repository (v2.0).
    const UBER: &str = r##"
swagger: "2.0"
info:
  title: Uber API
  description: Move your app forward with the Uber API
  version: "1.0.0"
host: api.uber.com
schemes:
  - https
basePath: /v1
produces:
  - application/json
paths:
  /products:
    get:
      summary: Product Types
      parameters:
        - name: latitude
          in: query
          description: Latitude component of location.
          required: true
          type: number
          format: double
        - name: longitude
          in: query
          required: true
          type: number
          format: double
      tags:
        - Products
      responses:
        200:
          description: An array of products
          schema:
            type: array
            items:
              $ref: '#/definitions/Product'
        default:
          description: Unexpected error
          schema:
            $ref: '#/definitions/Error'
  /history:
    get:
      summary: User Activity
      parameters:
        - name: offset
          in: query
          type: integer
          format: int32
        - name: limit
          in: query
          type: integer
          format: int32
      tags:
        - User
      responses:
        200:
          description: History information for the given user
          schema:
            $ref: '#/definitions/Activities'
definitions:
  Product:
    properties:
      product_id:
        type: string
      capacity:
        type: string
      image:
        type: string
  Activity:
    properties:
      uuid:
        type: string
  Activities:
    properties:
      offset:
        type: integer
        format: int32
      history:
        type: array
        items:
          $ref: '#/definitions/Activity'
  Error:
    properties:
      code:
        type: integer
        format: int32
      message:
        type: string
"##;

    #[test]
    fn uber_yaml_reads_into_the_ir() {
        let spec = crate::read::read_named("uber.yaml", UBER).unwrap();
        let api = &spec.api;
        assert!(spec.warnings.is_empty(), "{:?}", spec.warnings);
        assert_eq!(api.base_url, "https://api.uber.com/v1");
        let ops: Vec<(&str, &str, Option<&str>)> =
            api.operations.iter().map(|op| (op.name.as_str(), op.method.as_str(), op.group.as_deref())).collect();
        assert_eq!(ops, [("get_products", "GET", Some("Products")), ("get_history", "GET", Some("User"))]);
        let products = &api.operations[0];
        let params: Vec<(&str, &Type, bool)> =
            products.params.iter().map(|p| (p.name.as_str(), &p.ty, p.required)).collect();
        assert_eq!(params, [("latitude", &Type::Number, true), ("longitude", &Type::Number, true)]);
        let statuses: Vec<(Status, Option<&Type>)> =
            products.responses.iter().map(|r| (r.status, r.ty.as_ref())).collect();
        let products_type = Type::Array(Box::new(Type::Named("Product".into())));
        let error_type = Type::Named("Error".into());
        assert_eq!(statuses, [(Status::Code(200), Some(&products_type)), (Status::Default, Some(&error_type))]);
    }

    /// Every JSON pointer of a value.
    fn pointers(value: &Value, at: &str, out: &mut Vec<String>) {
        out.push(at.to_owned());
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, &crate::diagnostic::pointer(at, &[k]), out)),
            Value::Array(list) => list.iter().enumerate().for_each(|(i, v)| pointers(v, &format!("{at}/{i}"), out)),
            _ => {}
        }
    }

    #[test]
    fn every_node_replaced_by_a_wrong_shape_never_panics() {
        let petstore: Value = serde_json::from_str(PETSTORE).unwrap();
        let mut all = Vec::new();
        pointers(&petstore, "", &mut all);
        for at in all.iter().filter(|at| !at.is_empty() && *at != "/swagger") {
            for replacement in [json!(null), json!([]), json!({}), json!("x"), json!(1), json!({ "$ref": "#/x" })] {
                let mut document = petstore.clone();
                if let Some(node) = document.pointer_mut(at) {
                    *node = replacement;
                }
                let mut warnings = Vec::new();
                if let Ok(openapi) = to_openapi3("mutated.json", &document, &mut warnings) {
                    let _ = crate::read::openapi::read("mutated.json", openapi, &Default::default(), &mut warnings);
                }
            }
        }
    }

    #[test]
    fn unsupported_swagger_versions_are_rejected() {
        let text = r#"{"swagger": "1.2", "info": {"title": "t", "version": "1"}, "paths": {}}"#;
        let error = crate::read::read_str("old.json", text).unwrap_err();
        assert!(error.to_string().contains("Swagger version \"1.2\" is not supported"), "{error}");
        let numeric = "swagger: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n";
        assert!(crate::read::read_str("numeric.yaml", numeric).is_ok());
    }
}

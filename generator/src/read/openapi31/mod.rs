//! OpenAPI 3.1 and 3.2 documents, read by rewriting them into the OpenAPI 3.0 form the 3.0 reader takes.
//!
//! The rewrite runs on the bundled document (every `$ref` made plain by `bundle`) and changes it in place: schemas
//! keyword by keyword (see [`schema`]), and the few objects whose 3.0 form differs (`in: querystring` parameters,
//! examples' `dataValue`, responses without a description, security schemes 3.0 lacks). Nodes stay where they
//! are, so a diagnostic's pointer names the same node in the 3.1 document. What 3.0 has no place for at all
//! (webhooks, the `query` method and `additionalOperations`, streamed items' `itemSchema`) is handed to the reader
//! beside the document as [`Additions`].

mod schema;
#[cfg(test)]
mod tests;

use serde_json::{Map, Value};

use super::openapi::Additions;
use crate::diagnostic::{Code, Diagnostic, pointer};

/// The operations of a path item that OpenAPI 3.0 also has.
const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The dialects whose schemas the reader understands: the OpenAPI 3.1 and 3.2 base dialects and plain 2020-12.
const KNOWN_DIALECTS: [&str; 3] = [
    "https://spec.openapis.org/oas/3.1/dialect/base",
    "https://spec.openapis.org/oas/3.2/dialect/base",
    "https://json-schema.org/draft/2020-12/schema",
];

/// Rewrites a bundled OpenAPI 3.1 or 3.2 document into the OpenAPI 3.0 form in place; what that form has no
/// place for is returned. Warnings go to `warnings`, at pointers into the document as written.
pub(super) fn to_openapi30(file: &str, document: &mut Value, warnings: &mut Vec<Diagnostic>) -> Additions {
    let mut converter = Converter { file, warnings, additions: Additions::default() };
    if let Some(root) = document.as_object_mut() {
        converter.document(root);
    }
    converter.additions
}

/// Walks one document, rewriting it and gathering the [`Additions`].
pub(super) struct Converter<'a> {
    file: &'a str,
    warnings: &'a mut Vec<Diagnostic>,
    additions: Additions,
}

impl Converter<'_> {
    fn warn(&mut self, code: Code, at: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Diagnostic::warning(code, self.file, at, message));
    }

    fn document(&mut self, root: &mut Map<String, Value>) {
        if let Some(Value::Object(info)) = root.get_mut("info") {
            summary_into_description(info);
        }
        if let Some(dialect) = root.get("jsonSchemaDialect").and_then(Value::as_str) {
            if !KNOWN_DIALECTS.contains(&dialect.trim_end_matches('#')) {
                let message = format!(
                    "`jsonSchemaDialect` {dialect} is not known; schemas are read as the OpenAPI base dialect (JSON Schema 2020-12)"
                );
                self.warn(Code::UnhonouredSchemaKeyword, "/jsonSchemaDialect", message);
            }
        }
        // `paths` is optional since 3.1 (a document may hold only webhooks or components).
        let paths = root.entry("paths").or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(paths) = paths {
            for (path, item) in paths.iter_mut().filter(|(path, _)| !path.starts_with("x-")) {
                self.path_item(item, &pointer("/paths", &[path]), Some(path));
            }
        }
        if let Some(Value::Object(webhooks)) = root.remove("webhooks") {
            for (name, mut item) in webhooks.into_iter().filter(|(name, _)| !name.starts_with("x-")) {
                let at = pointer("/webhooks", &[&name]);
                self.path_item(&mut item, &at, None);
                self.additions.webhooks.push((name, item, at));
            }
        }
        if let Some(Value::Object(components)) = root.get_mut("components") {
            self.components(components);
        }
    }

    fn components(&mut self, components: &mut Map<String, Value>) {
        for (section, entries) in components.iter_mut() {
            let Value::Object(entries) = entries else { continue };
            for (name, entry) in entries.iter_mut().filter(|(name, _)| !name.starts_with("x-")) {
                let at = pointer("/components", &[section, name]);
                match section.as_str() {
                    "schemas" => self.schema(entry, &at),
                    "parameters" => self.parameter(entry, &at),
                    "headers" => self.header(entry, &at),
                    "responses" => self.response(entry, &at),
                    "requestBodies" => self.content(entry, &at),
                    "examples" => example(entry),
                    "callbacks" => self.callback(entry, &at),
                    "securitySchemes" => device_flow(entry),
                    _ => {}
                }
            }
        }
        // Schemes the 3.0 form cannot hold are handed over as unsupported ones.
        if let Some(Value::Object(schemes)) = components.get_mut("securitySchemes") {
            schemes.retain(|name, scheme| {
                let mutual_tls = scheme.get("type").and_then(Value::as_str) == Some("mutualTLS");
                if mutual_tls {
                    self.additions.unsupported_schemes.push((name.clone(), "mutualTLS".to_owned()));
                }
                !mutual_tls
            });
        }
    }

    /// A path item; under `paths` (`path` given), its operations beyond the 3.0 methods are handed over.
    fn path_item(&mut self, item: &mut Value, at: &str, path: Option<&str>) {
        let Some(item) = item.as_object_mut() else { return };
        self.parameters(item, at);
        for method in METHODS {
            if let Some(operation) = item.get_mut(method) {
                self.operation(operation, &pointer(at, &[method]));
            }
        }
        let mut added = Vec::new();
        if let Some(mut operation) = item.remove("query") {
            let op_at = pointer(at, &["query"]);
            self.operation(&mut operation, &op_at);
            added.push(("QUERY".to_owned(), operation, op_at));
        }
        if let Some(Value::Object(operations)) = item.remove("additionalOperations") {
            for (method, mut operation) in operations {
                let op_at = pointer(at, &["additionalOperations", &method]);
                if !super::is_header_name(&method) {
                    self.warn(
                        Code::UnknownField,
                        op_at,
                        format!("`{method}` is not an HTTP method name; the operation is skipped"),
                    );
                    continue;
                }
                self.operation(&mut operation, &op_at);
                added.push((method, operation, op_at));
            }
        }
        if let Some(path) = path {
            let added = added.into_iter().map(|(method, operation, at)| (path.to_owned(), method, operation, at));
            self.additions.operations.extend(added);
        }
    }

    fn callback(&mut self, callback: &mut Value, at: &str) {
        let Some(callback) = callback.as_object_mut() else { return };
        for (expression, item) in callback.iter_mut().filter(|(key, _)| !key.starts_with("x-")) {
            self.path_item(item, &pointer(at, &[expression]), None);
        }
    }

    fn parameters(&mut self, holder: &mut Map<String, Value>, at: &str) {
        let Some(Value::Array(parameters)) = holder.get_mut("parameters") else { return };
        for (index, parameter) in parameters.iter_mut().enumerate() {
            self.parameter(parameter, &pointer(at, &["parameters", &index.to_string()]));
        }
    }

    fn operation(&mut self, operation: &mut Value, at: &str) {
        let Some(operation) = operation.as_object_mut() else { return };
        self.parameters(operation, at);
        if let Some(body) = operation.get_mut("requestBody") {
            self.content(body, &pointer(at, &["requestBody"]));
        }
        if let Some(Value::Object(responses)) = operation.get_mut("responses") {
            for (status, response) in responses.iter_mut().filter(|(key, _)| !key.starts_with("x-")) {
                self.response(response, &pointer(at, &["responses", status]));
            }
        }
        if let Some(Value::Object(callbacks)) = operation.get_mut("callbacks") {
            for (name, callback) in callbacks.iter_mut().filter(|(key, _)| !key.starts_with("x-")) {
                self.callback(callback, &pointer(at, &["callbacks", name]));
            }
        }
    }

    /// A parameter; one `in: querystring` (3.2: the whole query string) is read as a query parameter whose object
    /// properties the reader spreads into the query.
    fn parameter(&mut self, parameter: &mut Value, at: &str) {
        if let Some(Value::String(location)) = parameter.get_mut("in") {
            if location == "querystring" {
                "query".clone_into(location);
                self.additions.querystring.insert(at.to_owned());
            }
        }
        self.header(parameter, at);
    }

    /// A header, or what a parameter has in common with one: a schema or a content map, and examples.
    fn header(&mut self, header: &mut Value, at: &str) {
        let Some(object) = header.as_object_mut() else { return };
        if let Some(schema) = object.get_mut("schema") {
            self.schema(schema, &pointer(at, &["schema"]));
        }
        examples(object);
        self.media_types(object, at);
    }

    /// A request body or anything else whose payloads are a `content` map.
    fn content(&mut self, holder: &mut Value, at: &str) {
        if let Some(holder) = holder.as_object_mut() {
            self.media_types(holder, at);
        }
    }

    fn media_types(&mut self, holder: &mut Map<String, Value>, at: &str) {
        let Some(Value::Object(content)) = holder.get_mut("content") else { return };
        for (media, media_type) in content.iter_mut() {
            let media_at = pointer(at, &["content", media]);
            let Some(media_type) = media_type.as_object_mut() else { continue };
            if let Some(schema) = media_type.get_mut("schema") {
                self.schema(schema, &pointer(&media_at, &["schema"]));
            }
            if let Some(mut items) = media_type.remove("itemSchema") {
                self.schema(&mut items, &pointer(&media_at, &["itemSchema"]));
                self.additions.item_schemas.insert(media_at.clone(), items);
            }
            examples(media_type);
            if let Some(Value::Object(encodings)) = media_type.get_mut("encoding") {
                for (field, encoding) in encodings.iter_mut() {
                    let Some(Value::Object(headers)) = encoding.get_mut("headers") else { continue };
                    for (name, header) in headers.iter_mut() {
                        self.header(header, &pointer(&media_at, &["encoding", field, "headers", name]));
                    }
                }
            }
        }
    }

    fn response(&mut self, response: &mut Value, at: &str) {
        let Some(object) = response.as_object_mut() else { return };
        // The description is optional since 3.2.
        if !object.contains_key("$ref") {
            object.entry("description").or_insert_with(|| Value::String(String::new()));
        }
        if let Some(Value::Object(headers)) = object.get_mut("headers") {
            for (name, header) in headers.iter_mut() {
                self.header(header, &pointer(at, &["headers", name]));
            }
        }
        self.media_types(object, at);
    }
}

/// The OAuth 2 flow 3.0 lacks (3.2's device authorization) is documented on its scheme, which the client applies
/// as a bearer token like every OAuth 2 scheme.
fn device_flow(scheme: &mut Value) {
    let Some(scheme) = scheme.as_object_mut() else { return };
    let device = scheme.get("flows").and_then(|flows| flows.get("deviceAuthorization"));
    let Some(device) = device else { return };
    let url = |key: &str| device.get(key).and_then(Value::as_str).unwrap_or("(not given)").to_owned();
    let note = format!(
        "OAuth 2.0 device authorization flow: request a device code at {}, then an access token at {}; give the token to the client as a bearer token.",
        url("deviceAuthorizationUrl"),
        url("tokenUrl")
    );
    let description = match scheme.get("description").and_then(Value::as_str) {
        Some(text) if !text.trim().is_empty() => format!("{text}\n\n{note}"),
        _ => note,
    };
    scheme.insert("description".into(), Value::String(description));
}

/// `info.summary` (3.1) leads the API's description.
fn summary_into_description(info: &mut Map<String, Value>) {
    let Some(summary) = info.get("summary").and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()) else {
        return;
    };
    let description = match info.get("description").and_then(Value::as_str) {
        Some(text) if !text.trim().is_empty() => format!("{summary}\n\n{text}"),
        _ => summary.to_owned(),
    };
    info.insert("description".into(), Value::String(description));
}

/// The named examples of a parameter, header or media type.
fn examples(holder: &mut Map<String, Value>) {
    if let Some(Value::Object(examples)) = holder.get_mut("examples") {
        examples.values_mut().for_each(example);
    }
}

/// An example's `dataValue` (3.2: the value as data, beside its serialized form) is its `value`.
fn example(example: &mut Value) {
    let Some(object) = example.as_object_mut() else { return };
    if !object.contains_key("value") {
        if let Some(data) = object.get("dataValue").cloned() {
            object.insert("value".into(), data);
        }
    }
}

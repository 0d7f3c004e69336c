//! The JSON response schemas of a spec document (OpenAPI 3.x or Swagger 2.0, read as plain JSON),
//! and the generated model that decodes each: the operation with the same method and path in the
//! client's IR, and its response for the same status.

use generator::ir::{Api, BodyEncoding, Status, Type};
use serde_json::Value;

use super::instance::resolve;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// One response of one operation whose body is JSON with a schema.
pub struct ResponseSchema<'a> {
    /// Upper-case HTTP method.
    pub method: String,
    /// The path as the spec writes it.
    pub path: String,
    /// `200`, `4XX` or `default`.
    pub status: String,
    /// The body's schema, inside the document.
    pub schema: &'a Value,
}

impl ResponseSchema<'_> {
    /// `GET /pets/{id} 200`.
    pub fn label(&self) -> String {
        format!("{} {} {}", self.method, self.path, self.status)
    }
}

/// Every response with a JSON body schema, in document order.
pub fn response_schemas(doc: &Value) -> Vec<ResponseSchema<'_>> {
    let swagger = doc.get("swagger").is_some();
    let global_produces = doc.get("produces");
    let mut found = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return found };
    for (path, item) in paths {
        for method in METHODS {
            let Some(operation) = item.get(method) else { continue };
            let Some(responses) = operation.get("responses").and_then(Value::as_object) else { continue };
            for (status, response) in responses {
                let Ok(response) = resolve(doc, response) else { continue };
                let schema = if swagger {
                    let produces = operation.get("produces").or(global_produces);
                    response.get("schema").filter(|_| produces_json(produces))
                } else {
                    json_schema_of(response)
                };
                if let Some(schema) = schema {
                    let method = method.to_ascii_uppercase();
                    found.push(ResponseSchema { method, path: path.clone(), status: status.clone(), schema });
                }
            }
        }
    }
    found
}

/// The schema of an OpenAPI 3 response's first JSON media type.
fn json_schema_of(response: &Value) -> Option<&Value> {
    let content = response.get("content")?.as_object()?;
    content
        .iter()
        .find(|(media, body)| BodyEncoding::of_media_type(media) == BodyEncoding::Json && body.get("schema").is_some())
        .and_then(|(_, body)| body.get("schema"))
}

/// Whether a Swagger `produces` list (absent: JSON) offers JSON.
fn produces_json(produces: Option<&Value>) -> bool {
    match produces.and_then(Value::as_array) {
        Some(list) if !list.is_empty() => {
            list.iter().filter_map(Value::as_str).any(|media| BodyEncoding::of_media_type(media) == BodyEncoding::Json)
        }
        _ => true,
    }
}

/// What the client decodes a response with.
#[derive(Debug, PartialEq)]
pub enum Model<'a> {
    /// The model the generated oracle test knows by this label (`<module> | <operation> | <status>`),
    /// and its type in the client's IR.
    Typed(String, &'a Type),
    /// None: the status is an error the client's spec does not describe, so the client hands the
    /// body over as it came (`StatusError::body`), which loses nothing and types nothing.
    UntypedError,
}

/// What the client decodes this response with, chosen as the client's typed errors choose (the
/// status's own response, else its class's, else `default`; for a class, a status of it the client
/// documents), or why it has none.
pub fn model_label<'a>(api: &'a Api, module: &str, response: &ResponseSchema<'_>) -> Result<Model<'a>, &'static str> {
    let wanted = segments(&response.path);
    let candidates = api
        .operations
        .iter()
        .zip(&api.names.operations)
        .filter(|(op, _)| op.method.eq_ignore_ascii_case(&response.method));
    // The same path, else the longest one that ends the other (a base path on one side only).
    let (operation, names) = candidates
        .filter_map(|(op, names)| {
            let have = segments(&op.path);
            let exact = have == wanted;
            let suffix = !have.is_empty() && (have.ends_with(&wanted) || wanted.ends_with(&have));
            (exact || suffix).then_some((exact, have.len(), (op, names)))
        })
        .max_by_key(|(exact, len, _)| (*exact, *len))
        .map(|(_, _, found)| found)
        .ok_or("the client has no operation with this method and path")?;
    let status = parse_status(&response.status).ok_or("the status is neither a code, a range nor `default`")?;
    let class = match status {
        Status::Code(code) => u8::try_from(code / 100).ok().map(Status::Range),
        Status::Range(_) | Status::Default => None,
    };
    let exact = |wanted: Status| operation.responses.iter().find(|r| r.status == wanted);
    let found = match status {
        // A class (`4XX`) answers with any of its statuses: without the class itself, one the client
        // documents by its code (a collection saves a `400`, not `4XX`) stands for it and decodes into
        // that code's model, as the client's typed error does for a response of that status.
        Status::Range(k) => exact(status)
            .or_else(|| {
                operation.responses.iter().find(|r| matches!(r.status, Status::Code(c) if c / 100 == u16::from(k)))
            })
            .or_else(|| exact(Status::Default)),
        _ => [Some(status), class, Some(Status::Default)].into_iter().flatten().find_map(exact),
    };
    let Some(ir_response) = found else {
        return if status.is_success() {
            Err("the client's operation has no response for this status")
        } else {
            Ok(Model::UntypedError)
        };
    };
    let status = ir_response.status;
    let json = ir_response.content_type.as_deref().is_none_or(|c| BodyEncoding::of_media_type(c) == BodyEncoding::Json);
    let Some(ty) = ir_response.ty.as_ref().filter(|_| json) else {
        return Err("the client's response for this status has no JSON body type");
    };
    let status = status.to_string();
    Ok(Model::Typed(format!("{module} | {} | {status}", names.base), ty))
}

fn parse_status(status: &str) -> Option<Status> {
    if status == "default" {
        return Some(Status::Default);
    }
    if let Ok(code) = status.parse() {
        return Some(Status::Code(code));
    }
    let class = status.strip_suffix("XX").or_else(|| status.strip_suffix("xx"))?;
    class.parse().ok().map(Status::Range)
}

/// A path's segments with every parameter (`{id}`, `:id`, `{{id}}`) as `{}`.
fn segments(path: &str) -> Vec<String> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| if s.starts_with('{') || s.starts_with(':') { "{}".to_owned() } else { s.to_owned() })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn path_parameters_match_in_every_spelling() {
        assert_eq!(segments("/pets/{petId}/toys"), segments("pets/:petId/toys/"));
        assert_eq!(segments("/pets/{{petId}}"), segments("/pets/{id}?verbose=true"));
    }

    #[test]
    fn response_schemas_are_found_through_refs_in_both_formats() {
        let openapi = json!({"openapi": "3.0.0", "paths": {"/a": {"get": {"responses": {
            "200": {"$ref": "#/components/responses/Ok"},
            "204": {"description": "no body"},
            "400": {"content": {"text/plain": {"schema": {"type": "string"}}}}}}}},
            "components": {"responses": {"Ok": {"content": {"application/problem+json": {"schema": {"type": "integer"}}}}}}});
        let found = response_schemas(&openapi);
        assert_eq!(found.iter().map(ResponseSchema::label).collect::<Vec<_>>(), ["GET /a 200"]);
        assert_eq!(found.first().map(|r| r.schema), Some(&json!({"type": "integer"})));
        let swagger = json!({"swagger": "2.0", "produces": ["application/xml"], "paths": {"/b": {
            "post": {"produces": ["application/json"], "responses": {"201": {"schema": {"type": "string"}}}},
            "put": {"responses": {"200": {"schema": {"type": "string"}}}}}}});
        assert_eq!(response_schemas(&swagger).iter().map(ResponseSchema::label).collect::<Vec<_>>(), ["POST /b 201"]);
    }

    #[test]
    fn a_class_of_the_schema_decodes_with_the_clients_model_of_a_status_in_it() {
        // A collection saved a `400` and a `500`; the document says `4XX` and `5XX`.
        let collection = r#"{"info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "get a", "request": {"method": "GET", "url": "https://x.test/a"}, "response": [
                {"code": 200, "body": "{}"},
                {"code": 400, "header": [{"key": "Content-Type", "value": "application/json"}], "body": "{\"message\": \"m\"}"}]}]}"#;
        let mut api = generator::read::read_str("c.postman.json", collection).unwrap_or_else(|e| panic!("{e}")).api;
        // As `generator::load` gives it to the oracle: normalised, so named.
        generator::normalise::normalise(&mut api);
        let schema = json!({"type": "object"});
        let response = |status: &str| ResponseSchema {
            method: "GET".into(),
            path: "/a".into(),
            status: status.into(),
            schema: &schema,
        };
        let label = |status| match model_label(&api, "m", &response(status)) {
            Ok(Model::Typed(label, _)) => label,
            other => format!("{other:?}"),
        };
        assert_eq!(label("4XX"), "m | get a | 400");
        assert_eq!(label("404"), "Ok(UntypedError)");
        assert_eq!(label("5XX"), "Ok(UntypedError)");
    }

    #[test]
    fn statuses_parse_as_codes_ranges_and_default() {
        assert_eq!(parse_status("404"), Some(Status::Code(404)));
        assert_eq!(parse_status("5XX"), Some(Status::Range(5)));
        assert_eq!(parse_status("default"), Some(Status::Default));
        assert_eq!(parse_status("oops"), None);
    }
}

//! The rewrite of 3.1/3.2 documents into the 3.0 form, one test per keyword or document feature, and what the
//! reader makes of the result.

use serde_json::{Value, json};

use crate::diagnostic::Diagnostic;
use crate::ir::{Api, AuthKind, Field, ParamLocation, Type, TypeKind};
use crate::read::{Spec, read_named as read_str};

/// The schema `schema` becomes as component `S`, with the warnings as (pointer, message).
fn convert(schema: Value) -> (Value, Vec<(String, String)>) {
    let mut document =
        json!({ "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": {"S": schema}} });
    let mut warnings = Vec::new();
    super::to_openapi30("spec.json", &mut document, &mut warnings);
    let converted = document["components"]["schemas"]["S"].take();
    (converted, warnings.into_iter().map(|w: Diagnostic| (w.pointer, w.message)).collect())
}

fn converted(schema: Value) -> Value {
    let (converted, warnings) = convert(schema);
    assert!(warnings.is_empty(), "{warnings:?}");
    converted
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://h'}]\n";
const HEAD_32: &str = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://h'}]\n";

fn read(body: &str) -> Spec {
    read_document(&format!("{HEAD}{body}"))
}

fn read_document(text: &str) -> Spec {
    read_str("spec.yaml", text).unwrap_or_else(|e| panic!("{e}"))
}

fn field<'a>(api: &'a Api, type_name: &str, field: &str) -> &'a Field {
    let def = api.types.iter().find(|t| t.name == type_name).unwrap_or_else(|| panic!("no type {type_name}"));
    let TypeKind::Struct { fields, .. } = &def.kind else { panic!("{type_name} is {:?}", def.kind) };
    fields.iter().find(|f| f.name == field).unwrap_or_else(|| panic!("no field {field}"))
}

fn messages(spec: &Spec) -> Vec<String> {
    spec.warnings.iter().map(|w| format!("{}: {}", w.pointer, w.message)).collect()
}

fn named(name: &str) -> Type {
    Type::Named(name.into())
}

fn nullable(ty: Type) -> Type {
    Type::Nullable(Box::new(ty))
}

#[test]
fn type_lists_with_null_are_nullable() {
    assert_eq!(converted(json!({"type": ["string", "null"]})), json!({"type": "string", "nullable": true}));
    assert_eq!(converted(json!({"type": "null"})), json!({"nullable": true}));
    assert_eq!(converted(json!({"type": ["integer", "number"]})), json!({"type": "number"}));
}

#[test]
fn type_lists_of_several_types_are_alternatives_with_their_own_keywords() {
    let schema = converted(json!({"type": ["string", "array"], "items": {"type": "integer"}, "maxLength": 3}));
    assert_eq!(
        schema,
        json!({"anyOf": [{"type": "string", "maxLength": 3}, {"type": "array", "items": {"type": "integer"}}]})
    );
}

#[test]
fn null_alternatives_make_the_schema_nullable() {
    let schema = converted(json!({"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]}));
    assert_eq!(schema, json!({"anyOf": [{"$ref": "#/components/schemas/T"}], "nullable": true}));
}

#[test]
fn const_is_a_one_value_enum() {
    assert_eq!(converted(json!({"type": "string", "const": "pet"})), json!({"type": "string", "enum": ["pet"]}));
    assert_eq!(converted(json!({"const": null})), json!({"nullable": true}));
}

#[test]
fn examples_lists_give_the_single_example() {
    assert_eq!(converted(json!({"type": "integer", "examples": [3, 4]}))["example"], json!(3));
}

#[test]
fn numeric_exclusive_bounds_become_the_bound_and_the_flag() {
    assert_eq!(
        converted(json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "maximum": 5})),
        json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 5})
    );
}

#[test]
fn content_encoding_and_media_type_are_the_byte_and_binary_formats() {
    assert_eq!(converted(json!({"type": "string", "contentEncoding": "base64"}))["format"], json!("byte"));
    assert_eq!(converted(json!({"contentMediaType": "image/png"}))["format"], json!("binary"));
    assert_eq!(converted(json!({"type": "string", "contentMediaType": "application/json"})).get("format"), None);
}

#[test]
fn unevaluated_and_pattern_properties_are_additional_properties() {
    assert_eq!(
        converted(json!({"type": "object", "unevaluatedProperties": false}))["additionalProperties"],
        json!(false)
    );
    let schema = converted(json!({"type": "object", "patternProperties": {"^x": {"type": "integer"}}}));
    assert_eq!(schema, json!({"type": "object", "additionalProperties": {"type": "integer"}}));
}

#[test]
fn prefix_items_are_a_list_of_any_position_type() {
    let schema =
        converted(json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}));
    assert_eq!(schema, json!({"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}));
}

#[test]
fn references_with_siblings_become_an_all_of_member() {
    let schema = converted(json!({"$ref": "#/components/schemas/T", "description": "d", "type": ["object", "null"]}));
    assert_eq!(
        schema,
        json!({"allOf": [{"$ref": "#/components/schemas/T"}], "description": "d", "type": "object", "nullable": true})
    );
    let schema = converted(json!({"$ref": "#/components/schemas/T", "allOf": [{"required": ["a"]}]}));
    assert_eq!(schema, json!({"allOf": [{"required": ["a"]}, {"$ref": "#/components/schemas/T"}]}));
    assert_eq!(converted(json!({"$ref": "#/x", "$comment": "c"})), json!({"$ref": "#/x", "$comment": "c"}));
}

#[test]
fn errors_about_a_reference_with_siblings_point_where_it_is_written() {
    let text = format!(
        "{HEAD}components:\n  schemas:\n    S: {{properties: {{a: {{$ref: '#/components/schemas/Missing', description: d}}}}}}\n"
    );
    let error = match read_str("spec.yaml", &text) {
        Ok(_) => panic!("a dangling reference was read"),
        Err(crate::error::Error::Spec(diagnostic)) => diagnostic,
        Err(other) => panic!("{other}"),
    };
    assert_eq!(error.pointer, "/components/schemas/S/properties/a/$ref");
}

#[test]
fn conditionals_not_and_dependent_schemas_are_dropped_with_a_warning() {
    let (schema, warnings) = convert(json!({
        "type": "object",
        "if": {"required": ["a"]}, "then": {"required": ["b"]},
        "not": {"type": "null"},
        "dependentSchemas": {"a": {}},
        "dependentRequired": {"a": ["b"]},
    }));
    assert_eq!(schema, json!({"type": "object", "dependentRequired": {"a": ["b"]}}));
    let pointers: Vec<&str> = warnings.iter().map(|(at, _)| at.as_str()).collect();
    assert_eq!(
        pointers,
        ["/components/schemas/S/if", "/components/schemas/S/not", "/components/schemas/S/dependentSchemas"]
    );
    assert!(warnings[0].1.contains("`if`/`then` is not honoured"), "{warnings:?}");
}

#[test]
fn recursive_references_to_the_root_name_the_component() {
    let schema = converted(json!({"type": "object", "properties": {"next": {"$recursiveRef": "#"}}}));
    assert_eq!(schema["properties"]["next"], json!({"$ref": "#/components/schemas/S"}));
    let (_, warnings) = convert(json!({"$dynamicRef": "#meta"}));
    assert_eq!(warnings.len(), 1);
}

#[test]
fn boolean_schemas_accept_anything_and_false_properties_go() {
    let schema = converted(json!({"type": "object", "properties": {"a": true, "b": false}}));
    assert_eq!(schema, json!({"type": "object", "properties": {"a": {}}}));
}

#[test]
fn a_3_1_document_reads_into_the_ir() {
    let spec = read_document(
        "openapi: 3.1.1\ninfo: {title: t, version: '1', summary: Short., license: {name: MIT, identifier: MIT}}\nservers: [{url: 'https://h'}]\njsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      required: [kind]\n      properties:\n        kind: {const: pet}\n        name: {type: [string, 'null']}\n        owner: {$ref: '#/components/schemas/Pet/$defs/Owner', description: The owner.}\n        tags: {type: array, prefixItems: [{type: string}]}\n      $defs:\n        Owner: {type: object, properties: {id: {type: integer, exclusiveMinimum: 0}}}\n",
    );
    let api = &spec.api;
    assert_eq!(api.docs.as_deref(), Some("Short."));
    assert!(api.operations.is_empty());
    assert_eq!(field(api, "Pet", "name").ty, nullable(Type::String));
    let owner = field(api, "Pet", "owner");
    assert_eq!((owner.ty.clone(), owner.docs.as_deref()), (named("PetOwner"), Some("The owner.")));
    assert_eq!(field(api, "Pet", "tags").ty, Type::Array(Box::new(Type::String)));
    let kind = field(api, "Pet", "kind");
    let Type::Named(kind_type) = &kind.ty else { panic!("{kind:?}") };
    assert_eq!(api.type_def(kind_type).map(|t| &t.kind), Some(&TypeKind::Enum { values: vec!["pet".into()] }));
    assert_eq!(field(api, "PetOwner", "id").ty, Type::I64);
    assert!(spec.warnings.is_empty(), "{:?}", messages(&spec));
}

#[test]
fn webhooks_give_payload_types_and_a_warning() {
    let spec = read(
        "webhooks:\n  petAdded:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {id: {type: integer}}}\n      responses: {'200': {description: ok}}\n",
    );
    assert_eq!(field(&spec.api, "PetAddedPayload", "id").ty, Type::I64);
    assert!(spec.api.operations.is_empty());
    assert_eq!(
        messages(&spec),
        [
            "/webhooks/petAdded: webhook `petAdded` is a request the API sends, not one the client makes: its payload types are generated (`PetAddedPayload`), but no client method"
        ]
    );
}

#[test]
fn path_items_in_components_are_followed() {
    let spec = read(
        "paths:\n  /pets: {$ref: '#/components/pathItems/Pets'}\ncomponents:\n  pathItems:\n    Pets:\n      get:\n        operationId: listPets\n        responses: {'200': {description: ok}}\n",
    );
    assert_eq!(spec.api.operations.len(), 1);
    assert_eq!((spec.api.operations[0].name.as_str(), spec.api.operations[0].path.as_str()), ("listPets", "/pets"));
}

#[test]
fn query_and_additional_operations_are_operations() {
    let spec = read_document(&[
        HEAD_32,
        "paths:\n  /pets:\n    parameters: [{name: v, in: header, schema: {type: string}}]\n    query:\n      operationId: searchPets\n      responses: {'200': {description: ok}}\n    additionalOperations:\n      PURGE:\n        operationId: purgePets\n        responses: {'204': {description: gone}}\n",
    ].concat());
    let ops: Vec<(&str, &str, usize)> =
        spec.api.operations.iter().map(|op| (op.name.as_str(), op.method.as_str(), op.params.len())).collect();
    assert_eq!(ops, [("searchPets", "QUERY", 1), ("purgePets", "PURGE", 1)]);
    assert_eq!(spec.api.operations[1].origin.0, "/paths/~1pets/additionalOperations/PURGE");
}

#[test]
fn a_querystring_object_is_spread_into_query_parameters() {
    let spec = read(
        "paths:\n  /pets:\n    get:\n      operationId: find\n      parameters:\n        - name: filter\n          in: querystring\n          required: true\n          content:\n            application/x-www-form-urlencoded:\n              schema:\n                type: object\n                required: [species]\n                properties: {species: {type: string}, limit: {type: integer}}\n      responses: {'200': {description: ok}}\n",
    );
    let params: Vec<(&str, ParamLocation, bool)> =
        spec.api.operations[0].params.iter().map(|p| (p.name.as_str(), p.location, p.required)).collect();
    assert_eq!(params, [("species", ParamLocation::Query, true), ("limit", ParamLocation::Query, false)]);
}

#[test]
fn a_querystring_that_is_not_a_form_object_is_skipped_with_a_warning() {
    let spec = read(
        "paths:\n  /pets:\n    get:\n      parameters:\n        - {name: q, in: querystring, content: {application/json: {schema: {type: object}}}}\n      responses: {'200': {description: ok}}\n",
    );
    assert!(spec.api.operations[0].params.is_empty());
    assert_eq!(messages(&spec).len(), 1, "{:?}", messages(&spec));
    assert!(messages(&spec)[0].starts_with(
        "/paths/~1pets/get/parameters/0/content/application~1json: a query string in `application/json` cannot be built"
    ));
}

#[test]
fn item_schemas_of_streams_give_their_type_and_a_warning() {
    let spec = read(
        "paths:\n  /events:\n    get:\n      operationId: events\n      responses:\n        '200':\n          content:\n            application/jsonl:\n              itemSchema: {type: object, properties: {seq: {type: integer}}}\n",
    );
    let response = &spec.api.operations[0].responses[0];
    assert_eq!((response.ty.clone(), response.docs.clone()), (Some(Type::Binary), None));
    assert_eq!(field(&spec.api, "EventsResponseItem", "seq").ty, Type::I64);
    assert!(
        messages(&spec)[0]
            .contains("`application/jsonl` streams items: their type is generated (`EventsResponseItem`)")
    );
}

#[test]
fn event_streams_type_their_events_data_by_item_schema_or_schema_alone_or_beside_json_without_a_warning() {
    let spec = read(
        "paths:\n  /events:\n    get:\n      operationId: events\n      responses:\n        '200':\n          content:\n            text/event-stream:\n              itemSchema: {type: object, properties: {seq: {type: integer}}}\n  /ticks:\n    get:\n      operationId: ticks\n      responses:\n        '200':\n          content:\n            text/event-stream; charset=utf-8:\n              schema: {type: integer}\n  /raw:\n    get:\n      operationId: raw\n      responses:\n        '200':\n          content:\n            text/event-stream: {}\n  /chat:\n    post:\n      operationId: chat\n      responses:\n        '200':\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Reply'}\n            text/event-stream:\n              schema: {$ref: '#/components/schemas/ReplyChunk'}\ncomponents:\n  schemas:\n    Reply: {type: object, properties: {text: {type: string}}}\n    ReplyChunk: {type: object, properties: {delta: {type: string}}}\n",
    );
    let types: Vec<(Option<Type>, Option<Type>)> =
        spec.api.operations.iter().map(|op| (op.responses[0].ty.clone(), op.responses[0].events.clone())).collect();
    let text = Some(Type::String);
    assert_eq!(
        types,
        [
            (text.clone(), Some(Type::Named("EventsResponseItem".into()))),
            (text.clone(), Some(Type::I64)),
            (text.clone(), text.clone()),
            (Some(Type::Named("Reply".into())), Some(Type::Named("ReplyChunk".into()))),
        ]
    );
    assert_eq!(field(&spec.api, "EventsResponseItem", "seq").ty, Type::I64);
    assert!(messages(&spec).is_empty(), "{:?}", messages(&spec));
}

#[test]
fn device_flow_and_mutual_tls_schemes() {
    let spec = read(
        "components:\n  securitySchemes:\n    device:\n      type: oauth2\n      flows:\n        deviceAuthorization: {deviceAuthorizationUrl: 'https://h/device', tokenUrl: 'https://h/token', scopes: {}}\n    tls: {type: mutualTLS}\n",
    );
    let schemes: Vec<(&str, &AuthKind)> = spec.api.auth_schemes.iter().map(|s| (s.name.as_str(), &s.kind)).collect();
    assert_eq!(schemes, [("device", &AuthKind::Bearer), ("tls", &AuthKind::Unsupported { kind: "mutualTLS".into() })]);
    let docs = spec.api.auth_schemes[0].docs.as_deref().unwrap_or_default();
    assert!(docs.contains("device code at https://h/device, then an access token at https://h/token"), "{docs}");
}

#[test]
fn examples_data_values_are_their_values() {
    let spec = read_document(&[
        HEAD_32,
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          content:\n            application/json:\n              schema: {type: integer}\n              examples: {one: {dataValue: 1}}\n",
    ].concat());
    assert_eq!(spec.api.operations[0].responses[0].examples, [json!(1)]);
}

#[test]
fn unknown_dialects_are_warned_about() {
    let spec = read("jsonSchemaDialect: https://example.com/dialect\n");
    assert_eq!(messages(&spec).len(), 1);
    assert!(
        messages(&spec)[0]
            .starts_with("/jsonSchemaDialect: `jsonSchemaDialect` https://example.com/dialect is not known")
    );
}

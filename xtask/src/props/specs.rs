//! Random valid specs from a hostile vocabulary: an abstract API (schemas and operations) drawn
//! from a seeded generator, written out as OpenAPI 3.0, Swagger 2.0 or a Postman v2.1 collection.

mod smaller;

use fastrand::Rng;
use serde_json::{Map, Value, json};

/// Names that are keywords, prelude, std, serde or runtime names in Rust, start with digits,
/// collide by case or snake case, are very long, non-ASCII or empty.
const WORDS: &[&str] = &[
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "fn",
    "match",
    "async",
    "await",
    "ref",
    "r#type",
    "self_",
    "Option",
    "Result",
    "Box",
    "Vec",
    "String",
    "Some",
    "None",
    "Ok",
    "Err",
    "Client",
    "Error",
    "Serialize",
    "Deserialize",
    "Deserializer",
    "into",
    "from",
    "Into",
    "From",
    "Default",
    "Debug",
    "Clone",
    "PartialEq",
    "Hash",
    "Copy",
    "Send",
    "Sized",
    "Iterator",
    "ToString",
    "Map",
    "BTreeMap",
    "Formatter",
    "Redacted",
    "Body",
    "Tolerant",
    "DecodeError",
    "StatusError",
    "RetryPolicy",
    "Stream",
    "Future",
    "D",
    "T",
    "de",
    "value",
    "Value",
    "Unknown",
    "Other",
    "send",
    "new",
    "client",
    "body",
    "pages",
    "items",
    "additional_properties",
    "config",
    "error",
    "runtime",
    "lenient",
    "serde",
    "serde_json",
    "reqwest",
    "std",
    "core",
    "Lenient",
    "with_base_url",
    "base_url",
    "with_bearer_token",
    "DEFAULT_BASE_URL",
    "STATUS_MEANINGS",
    "1st",
    "2fa",
    "123",
    "get2",
    "get_2",
    "Get2",
    "list",
    "list2",
    "list_2",
    "getItem",
    "get_item",
    "GetItem",
    "get-item",
    "GET_ITEM",
    "upload",
    "uploadBody",
    "upload_body",
    "über straße",
    "日本",
    "ёлка",
    "",
    "_",
    "-",
    "$",
    "a b",
    "x.y",
    "a_very_long_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason_at_all_one",
    "a_very_long_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason_at_all_two",
    "AVeryLongNameThatGoesOnAndOnAndOnAndOnBeyondAnyReasonAtAllAndThenSomeMore",
];

/// A value type of the abstract API.
#[derive(Clone, Debug, PartialEq)]
enum Ty {
    String,
    Integer,
    Int64,
    Number,
    Bool,
    Date,
    DateTime,
    Any,
    Array(Box<Ty>),
    Map(Box<Ty>),
    /// A named schema, by index.
    Ref(usize),
    /// An inline object (the reader names it after where it appears).
    Object(Vec<(String, Ty, bool)>),
    /// A nullable value.
    Nullable(Box<Ty>),
}

#[derive(Clone)]
enum Shape {
    Object {
        props: Vec<(String, Ty, bool, bool)>,
    },
    Enum(Vec<String>),
    Union(Vec<Ty>),
    /// A union of object schemas told apart by a property.
    Tagged {
        property: String,
        variants: Vec<usize>,
    },
    /// `allOf` over other schemas plus own properties.
    AllOf {
        parents: Vec<usize>,
        props: Vec<(String, Ty, bool, bool)>,
    },
    Alias(Ty),
}

#[derive(Clone)]
struct Schema {
    name: String,
    shape: Shape,
}

#[derive(Clone, Copy, PartialEq)]
enum In {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Clone)]
struct Param {
    name: String,
    location: In,
    ty: Ty,
    required: bool,
}

#[derive(Clone)]
enum Body {
    Json(Ty),
    Form(Vec<(String, Ty, bool)>),
    /// Multipart fields: name, whether a file, whether required.
    Multipart(Vec<(String, bool, bool)>),
    Text,
    Binary,
    /// JSON and text and octet-stream together.
    Several(Ty),
}

#[derive(Clone)]
enum Output {
    None,
    Json(Ty),
    Text,
    Binary,
}

#[derive(Clone)]
struct Operation {
    name: String,
    method: &'static str,
    path: String,
    params: Vec<Param>,
    body: Option<(Body, bool)>,
    output: Output,
}

/// An abstract API.
#[derive(Clone)]
pub struct Api {
    schemas: Vec<Schema>,
    operations: Vec<Operation>,
    /// Security schemes: name and kind (0 bearer, 1 basic, 2.. API key in header, query, cookie).
    schemes: Vec<(String, usize)>,
}

/// The formats a spec is written in.
#[derive(Clone, Copy, Debug)]
pub enum Format {
    OpenApi3,
    Swagger2,
    Postman,
}

fn word(rng: &mut Rng) -> String {
    WORDS[rng.usize(..WORDS.len())].to_owned()
}

/// A word usable as a component key, path segment or file name (letters, digits, `_`, `-`).
fn key_word(rng: &mut Rng) -> String {
    loop {
        let w = word(rng);
        if !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return w;
        }
    }
}

fn ty(rng: &mut Rng, schemas: usize, depth: usize) -> Ty {
    if depth == 0 && rng.usize(..6) == 0 {
        return Ty::Nullable(Box::new(ty(rng, schemas, 1)));
    }
    let choice = rng.usize(..if depth > 1 { 8 } else { 11 } + usize::from(schemas > 0) * 3);
    match choice {
        0 => Ty::String,
        1 => Ty::Integer,
        2 => Ty::Int64,
        3 => Ty::Number,
        4 => Ty::Bool,
        5 => Ty::Date,
        6 => Ty::DateTime,
        7 => Ty::Any,
        8 => Ty::Array(Box::new(ty(rng, schemas, depth + 1))),
        9 => Ty::Map(Box::new(ty(rng, schemas, depth + 1))),
        10 => Ty::Object(
            distinct(rng, 3, word).into_iter().map(|n| (n, ty(rng, schemas, depth + 2), rng.bool())).collect(),
        ),
        _ => Ty::Ref(rng.usize(..schemas)),
    }
}

/// A random API with up to `size` schemas and operations; refs may point at any schema, so
/// schemas are recursive and mutually recursive.
pub fn api(rng: &mut Rng, size: usize) -> Api {
    let schema_count = rng.usize(..=size);
    let mut names: Vec<String> = Vec::new();
    while names.len() < schema_count {
        let name = key_word(rng);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let schemas = names
        .into_iter()
        .enumerate()
        .map(|(index, name)| {
            let props = |rng: &mut Rng| -> Vec<(String, Ty, bool, bool)> {
                distinct(rng, 4, word)
                    .into_iter()
                    .map(|p| (p, ty(rng, schema_count, 0), rng.bool(), rng.usize(..4) == 0))
                    .collect()
            };
            let shape = match rng.usize(..8) {
                0 | 1 => Shape::Object { props: props(rng) },
                2 => Shape::Enum(distinct(rng, 4, word)),
                // Swagger 2.0 has no unions and writes the first alternative alone, as an alias.
                // An alternative that is a union or alias leading back to this one would make a
                // ring the generator refuses (its decoder would go round it on the same value), so
                // alternatives refer back only to earlier schemas; recursion goes through objects,
                // lists and maps, as it does in real specs.
                3 => {
                    Shape::Union((0..rng.usize(1..4)).map(|_| acyclic_alias(ty(rng, schema_count, 0), index)).collect())
                }
                4 if index > 0 => Shape::Tagged {
                    property: word(rng),
                    variants: (0..rng.usize(1..4)).map(|_| rng.usize(..schema_count) % index).collect(),
                },
                4 => Shape::Object { props: props(rng) },
                // Parents come before their children: a type cannot extend itself.
                5 => Shape::AllOf {
                    parents: (0..rng.usize(..3)).map(|_| rng.usize(..schema_count)).filter(|&p| p < index).collect(),
                    props: props(rng),
                },
                _ => Shape::Alias(acyclic_alias(ty(rng, schema_count, 0), index)),
            };
            Schema { name, shape }
        })
        .collect::<Vec<Schema>>();
    let mut schemas = schemas;
    if rng.usize(..6) == 0 {
        chain(rng, &mut schemas);
    }
    if rng.usize(..6) == 0 {
        ring(rng, &mut schemas);
    }
    let operations = (0..rng.usize(..=size)).map(|i| operation(rng, i, schema_count)).collect();
    let schemes = distinct(rng, 3, key_word).into_iter().map(|name| (name, rng.usize(..5))).collect();
    Api { schemas, operations, schemes }
}

/// Appends a chain of 20 to 140 object schemas, each holding the next one twice by value (through
/// two properties), so that every schema is reached along exponentially many paths and the chain
/// is far longer than rustc's default recursion limit allows to lay out by value, and a union of
/// its head and a string.
fn chain(rng: &mut Rng, schemas: &mut Vec<Schema>) {
    let mut taken: Vec<String> = schemas.iter().map(|s| s.name.clone()).collect();
    let start = schemas.len();
    let length = rng.usize(20..140);
    for link in 0..length {
        let name = loop {
            let name = format!("{}{link}", key_word(rng));
            if !taken.contains(&name) {
                taken.push(name.clone());
                break name;
            }
        };
        let mut props = vec![(word(rng), ty(rng, 0, 0), rng.bool(), false)];
        if link + 1 < length {
            let next = Ty::Ref(start + link + 1);
            props.push(("first".to_owned(), Ty::Nullable(Box::new(next.clone())), rng.bool(), false));
            props.push(("second".to_owned(), next, false, false));
        }
        schemas.push(Schema { name, shape: Shape::Object { props } });
    }
    // A union holding the chain's head, whose size is measured to decide whether to box it.
    let name = format!("{}Union", key_word(rng));
    if !taken.contains(&name) {
        schemas.push(Schema { name, shape: Shape::Union(vec![Ty::Ref(start), Ty::String]) });
    }
}

/// Appends 40 to 100 object schemas that all contain one another: each holds the next one (so
/// every one reaches every other), and others picked at random, optionally, nullable, in a list
/// and in a map. rustc's drop and auto-trait checks follow a value through every type of such a
/// ring, far past its default recursion limit.
fn ring(rng: &mut Rng, schemas: &mut Vec<Schema>) {
    let mut taken: Vec<String> = schemas.iter().map(|s| s.name.clone()).collect();
    let start = schemas.len();
    let length = rng.usize(40..100);
    let member = |rng: &mut Rng| Ty::Ref(start + rng.usize(..length));
    for link in 0..length {
        let name = loop {
            let name = format!("{}Ring{link}", key_word(rng));
            if !taken.contains(&name) {
                taken.push(name.clone());
                break name;
            }
        };
        let props = vec![
            (word(rng), ty(rng, 0, 0), true, false),
            ("next".to_owned(), Ty::Ref(start + (link + 1) % length), false, false),
            ("parent".to_owned(), Ty::Nullable(Box::new(member(rng))), rng.bool(), false),
            ("children".to_owned(), Ty::Array(Box::new(member(rng))), rng.bool(), false),
            ("by_key".to_owned(), Ty::Map(Box::new(member(rng))), false, false),
        ];
        schemas.push(Schema { name, shape: Shape::Object { props } });
    }
}

/// `ty` as the whole of schema `index`: a bare (or nullable) reference points at an earlier schema,
/// as a chain of references that comes back to where it started has no type at all (the reader
/// refuses it, rightly).
fn acyclic_alias(ty: Ty, index: usize) -> Ty {
    match ty {
        Ty::Ref(_) if index == 0 => Ty::String,
        Ty::Ref(target) => Ty::Ref(target % index),
        Ty::Nullable(inner) => Ty::Nullable(Box::new(acyclic_alias(*inner, index))),
        other => other,
    }
}

/// Up to `max` distinct words.
fn distinct(rng: &mut Rng, max: usize, pick: fn(&mut Rng) -> String) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for _ in 0..rng.usize(..=max) {
        let w = pick(rng);
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

fn operation(rng: &mut Rng, index: usize, schemas: usize) -> Operation {
    let mut params: Vec<Param> = Vec::new();
    let mut path = format!("/p{index}");
    for name in distinct(rng, 2, key_word) {
        path.push_str(&format!("/{{{name}}}"));
        params.push(Param { name, location: In::Path, ty: Ty::String, required: true });
    }
    for location in [In::Query, In::Header, In::Cookie] {
        for name in distinct(rng, 2, word) {
            if params.iter().any(|p| p.name == name && p.location == location) {
                continue;
            }
            let ty = match rng.usize(..4) {
                0 => Ty::Array(Box::new(Ty::String)),
                1 => Ty::Integer,
                _ => Ty::String,
            };
            params.push(Param { name, location, ty, required: rng.bool() });
        }
    }
    let method = ["get", "post", "put", "delete", "patch"][rng.usize(..5)];
    let body = (method != "get" && rng.bool()).then(|| {
        let body = match rng.usize(..6) {
            0 => Body::Json(ty(rng, schemas, 0)),
            1 => Body::Form(distinct(rng, 3, word).into_iter().map(|n| (n, Ty::String, rng.bool())).collect()),
            2 => Body::Multipart(distinct(rng, 3, word).into_iter().map(|n| (n, rng.bool(), rng.bool())).collect()),
            3 => Body::Text,
            4 => Body::Binary,
            _ => Body::Several(ty(rng, schemas, 0)),
        };
        (body, rng.bool())
    });
    let mut output = match rng.usize(..5) {
        0 => Output::None,
        1 => Output::Text,
        2 => Output::Binary,
        _ => Output::Json(ty(rng, schemas, 0)),
    };
    // Token paging: a query parameter and a response field of the same name, and a list of items.
    if rng.usize(..4) == 0 {
        let token = ["next_page_token", "nextPageToken", "page_token"][rng.usize(..3)].to_owned();
        params.retain(|p| !(p.location == In::Query && p.name == token));
        params.push(Param { name: token.clone(), location: In::Query, ty: Ty::String, required: rng.bool() });
        let items = (word(rng), Ty::Array(Box::new(ty(rng, schemas, 1))), rng.bool());
        output = Output::Json(Ty::Object(vec![(token, Ty::String, rng.bool()), items]));
    }
    Operation { name: word(rng), method, path, params, body, output }
}

impl Api {
    /// The API as a spec document of `format`.
    pub fn document(&self, format: Format) -> Value {
        match format {
            Format::OpenApi3 => self.openapi3(),
            Format::Swagger2 => self.swagger2(),
            Format::Postman => self.postman(),
        }
    }

    fn schema(&self, ty: &Ty, prefix: &str) -> Value {
        match ty {
            Ty::String => json!({"type": "string"}),
            Ty::Integer => json!({"type": "integer", "format": "int32"}),
            Ty::Int64 => json!({"type": "integer", "format": "int64"}),
            Ty::Number => json!({"type": "number"}),
            Ty::Bool => json!({"type": "boolean"}),
            Ty::Date => json!({"type": "string", "format": "date"}),
            Ty::DateTime => json!({"type": "string", "format": "date-time"}),
            Ty::Any => json!({}),
            Ty::Array(item) => json!({"type": "array", "items": self.schema(item, prefix)}),
            Ty::Map(value) => json!({"type": "object", "additionalProperties": self.schema(value, prefix)}),
            Ty::Ref(i) => json!({"$ref": format!("{prefix}{}", self.schemas[*i].name)}),
            Ty::Object(fields) => self.object(fields.iter().map(|(n, t, r)| (n, self.schema(t, prefix), *r))),
            Ty::Nullable(inner) => {
                let mut schema = self.schema(inner, prefix);
                if prefix.starts_with("#/definitions") {
                    return schema;
                }
                match schema.as_object_mut() {
                    Some(object) if object.contains_key("$ref") => json!({"nullable": true, "allOf": [schema]}),
                    Some(object) => {
                        object.insert("nullable".into(), json!(true));
                        schema
                    }
                    None => schema,
                }
            }
        }
    }

    fn definitions(&self, prefix: &str, swagger: bool) -> Value {
        let mut out = Map::new();
        for schema in &self.schemas {
            let value = match &schema.shape {
                Shape::Object { props } => {
                    let mut properties = Map::new();
                    let mut required = Vec::new();
                    for (name, ty, is_required, nullable) in props {
                        let mut property = self.schema(ty, prefix);
                        if *nullable && !swagger && !matches!(ty, Ty::Ref(_)) {
                            property["nullable"] = json!(true);
                        }
                        properties.insert(name.clone(), property);
                        if *is_required {
                            required.push(json!(name));
                        }
                    }
                    let mut object = json!({"type": "object", "properties": properties});
                    if !required.is_empty() {
                        object["required"] = Value::Array(required);
                    }
                    object
                }
                Shape::Enum(values) => json!({"type": "string", "enum": values}),
                Shape::Union(variants) if swagger => self.schema(&variants[0], prefix),
                Shape::Union(variants) => {
                    json!({"oneOf": variants.iter().map(|v| self.schema(v, prefix)).collect::<Vec<_>>()})
                }
                Shape::Tagged { property, variants } if swagger => {
                    json!({"type": "object", "discriminator": property, "properties": {property.clone(): {"type": "string"}}, "required": [property], "x-variants": variants.len()})
                }
                Shape::Tagged { property, variants } => json!({
                    "oneOf": variants.iter().map(|v| self.schema(&Ty::Ref(*v), prefix)).collect::<Vec<_>>(),
                    "discriminator": {"propertyName": property},
                }),
                Shape::AllOf { parents, props } => {
                    let own = self.object(props.iter().map(|(n, t, r, _)| (n, self.schema(t, prefix), *r)));
                    let mut all: Vec<Value> = parents.iter().map(|p| self.schema(&Ty::Ref(*p), prefix)).collect();
                    all.push(own);
                    json!({"allOf": all})
                }
                Shape::Alias(ty) => self.schema(ty, prefix),
            };
            out.insert(schema.name.clone(), value);
        }
        Value::Object(out)
    }

    fn openapi3(&self) -> Value {
        let prefix = "#/components/schemas/";
        let mut paths = Map::new();
        for op in &self.operations {
            let params: Vec<Value> = op
                .params
                .iter()
                .map(|p| {
                    let location = ["path", "query", "header", "cookie"][p.location as usize];
                    json!({"name": p.name, "in": location, "required": p.required, "schema": self.schema(&p.ty, prefix)})
                })
                .collect();
            let mut operation = json!({"operationId": op.name, "parameters": params, "responses": {}});
            if let Some((body, required)) = &op.body {
                let content = match body {
                    Body::Json(ty) => json!({"application/json": {"schema": self.schema(ty, prefix)}}),
                    Body::Form(fields) => json!({"application/x-www-form-urlencoded": {"schema": self.object(
                        fields.iter().map(|(n, t, r)| (n, self.schema(t, prefix), *r))
                    )}}),
                    Body::Multipart(fields) => json!({"multipart/form-data": {"schema": self.object(
                        fields.iter().map(|(n, file, r)| (n, if *file { json!({"type": "string", "format": "binary"}) } else { json!({"type": "string"}) }, *r))
                    )}}),
                    Body::Text => json!({"text/plain": {"schema": {"type": "string"}}}),
                    Body::Binary => {
                        json!({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}})
                    }
                    Body::Several(ty) => json!({
                        "application/json": {"schema": self.schema(ty, prefix)},
                        "text/plain": {"schema": {"type": "string"}},
                        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                    }),
                };
                operation["requestBody"] = json!({"required": required, "content": content});
            }
            operation["responses"] = match &op.output {
                Output::None => json!({"204": {"description": "none"}}),
                Output::Text => {
                    json!({"200": {"description": "text", "content": {"text/plain": {"schema": {"type": "string"}}}}})
                }
                Output::Binary => {
                    json!({"200": {"description": "bytes", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
                }
                Output::Json(ty) => {
                    json!({"200": {"description": "json", "content": {"application/json": {"schema": self.schema(ty, prefix)}}}, "default": {"description": "error"}})
                }
            };
            paths.insert(op.path.clone(), json!({ op.method: operation }));
        }
        let mut schemes = Map::new();
        for (name, kind) in &self.schemes {
            let scheme = match kind {
                0 => json!({"type": "http", "scheme": "bearer"}),
                1 => json!({"type": "http", "scheme": "basic"}),
                k => {
                    let location = ["header", "query", "cookie"].get(k - 2).copied().unwrap_or("header");
                    json!({"type": "apiKey", "in": location, "name": name})
                }
            };
            schemes.insert(name.clone(), scheme);
        }
        let security: Vec<Value> = self.schemes.iter().map(|(name, _)| json!({name.clone(): []})).collect();
        json!({
            "openapi": "3.0.3",
            "info": {"title": "Props", "version": "1"},
            "servers": [{"url": "https://example.com/api"}],
            "security": security,
            "paths": paths,
            "components": {"schemas": self.definitions(prefix, false), "securitySchemes": schemes},
        })
    }

    fn object<'a>(&self, fields: impl Iterator<Item = (&'a String, Value, bool)>) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for (name, schema, is_required) in fields {
            properties.insert(name.clone(), schema);
            if is_required {
                required.push(json!(name));
            }
        }
        let mut object = json!({"type": "object", "properties": properties});
        if !required.is_empty() {
            object["required"] = Value::Array(required);
        }
        object
    }

    fn swagger2(&self) -> Value {
        let prefix = "#/definitions/";
        let mut paths = Map::new();
        for op in &self.operations {
            let mut params: Vec<Value> = Vec::new();
            for p in op.params.iter().filter(|p| p.location != In::Cookie) {
                let location = ["path", "query", "header", "cookie"][p.location as usize];
                let mut param = json!({"name": p.name, "in": location, "required": p.required});
                match &p.ty {
                    Ty::Array(_) => {
                        param["type"] = json!("array");
                        param["items"] = json!({"type": "string"});
                        param["collectionFormat"] = json!("multi");
                    }
                    Ty::Integer => param["type"] = json!("integer"),
                    _ => param["type"] = json!("string"),
                }
                params.push(param);
            }
            let mut consumes = Vec::new();
            if let Some((body, required)) = &op.body {
                match body {
                    Body::Json(ty) | Body::Several(ty) => {
                        consumes.push("application/json");
                        params.push(json!({"name": "payload", "in": "body", "required": required, "schema": self.schema(ty, prefix)}));
                    }
                    Body::Form(fields) => {
                        consumes.push("application/x-www-form-urlencoded");
                        for (name, _, r) in fields {
                            params.push(json!({"name": name, "in": "formData", "type": "string", "required": r}));
                        }
                    }
                    Body::Multipart(fields) => {
                        consumes.push("multipart/form-data");
                        for (name, file, r) in fields {
                            let kind = if *file { "file" } else { "string" };
                            params.push(json!({"name": name, "in": "formData", "type": kind, "required": r}));
                        }
                    }
                    Body::Text => {
                        consumes.push("text/plain");
                        params.push(json!({"name": "payload", "in": "body", "required": required, "schema": {"type": "string"}}));
                    }
                    Body::Binary => {
                        consumes.push("application/octet-stream");
                        params.push(json!({"name": "payload", "in": "body", "required": required, "schema": {"type": "string", "format": "binary"}}));
                    }
                }
            }
            let (produces, responses) = match &op.output {
                Output::None => (vec![], json!({"204": {"description": "none"}})),
                Output::Text => {
                    (vec!["text/plain"], json!({"200": {"description": "text", "schema": {"type": "string"}}}))
                }
                Output::Binary => (
                    vec!["application/octet-stream"],
                    json!({"200": {"description": "bytes", "schema": {"type": "file"}}}),
                ),
                Output::Json(ty) => (
                    vec!["application/json"],
                    json!({"200": {"description": "json", "schema": self.schema(ty, prefix)}}),
                ),
            };
            let operation = json!({"operationId": op.name, "consumes": consumes, "produces": produces, "parameters": params, "responses": responses});
            paths.insert(op.path.clone(), json!({ op.method: operation }));
        }
        json!({
            "swagger": "2.0",
            "info": {"title": "Props", "version": "1"},
            "host": "example.com",
            "basePath": "/api",
            "schemes": ["https"],
            "paths": paths,
            "definitions": self.definitions(prefix, true),
            "securityDefinitions": self.schemes.iter().map(|(name, kind)| (name.clone(), match kind {
                0 | 1 => json!({"type": "basic"}),
                k => json!({"type": "apiKey", "in": if *k == 3 { "query" } else { "header" }, "name": name}),
            })).collect::<Map<String, Value>>(),
            "security": self.schemes.iter().map(|(name, _)| json!({name.clone(): []})).collect::<Vec<_>>(),
        })
    }

    /// An example value of `ty`; refs are followed a few levels deep.
    fn example(&self, ty: &Ty, depth: usize) -> Value {
        match ty {
            Ty::String => json!("text"),
            Ty::Integer => json!(7),
            Ty::Int64 => json!(8_000_000_000_i64),
            Ty::Number => json!(1.5),
            Ty::Bool => json!(true),
            Ty::Date => json!("2024-01-02"),
            Ty::DateTime => json!("2024-01-02T03:04:05Z"),
            Ty::Any => Value::Null,
            Ty::Array(item) if depth < 3 => json!([self.example(item, depth + 1)]),
            Ty::Map(value) if depth < 3 => json!({"k": self.example(value, depth + 1)}),
            Ty::Ref(i) if depth < 3 => match &self.schemas[*i].shape {
                Shape::Object { props } => Value::Object(
                    props.iter().map(|(name, ty, _, _)| (name.clone(), self.example(ty, depth + 1))).collect(),
                ),
                Shape::Enum(values) => json!(values.first()),
                Shape::Union(variants) => self.example(&variants[0], depth + 1),
                Shape::Tagged { property, .. } => json!({property.clone(): "tag"}),
                Shape::AllOf { props, .. } => Value::Object(
                    props.iter().map(|(name, ty, _, _)| (name.clone(), self.example(ty, depth + 1))).collect(),
                ),
                Shape::Alias(ty) => self.example(ty, depth + 1),
            },
            Ty::Object(fields) if depth < 3 => {
                Value::Object(fields.iter().map(|(name, ty, _)| (name.clone(), self.example(ty, depth + 1))).collect())
            }
            Ty::Nullable(inner) => self.example(inner, depth),
            _ => json!([]),
        }
    }

    fn postman(&self) -> Value {
        let items: Vec<Value> = self
            .operations
            .iter()
            .map(|op| {
                let segments: Vec<String> = op
                    .path
                    .trim_start_matches('/')
                    .split('/')
                    .map(|s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(name) => format!(":{name}"),
                        None => s.to_owned(),
                    })
                    .collect();
                let query: Vec<Value> = op
                    .params
                    .iter()
                    .filter(|p| p.location == In::Query)
                    .map(|p| json!({"key": p.name, "value": "v", "disabled": !p.required}))
                    .collect();
                let variable: Vec<Value> = op
                    .params
                    .iter()
                    .filter(|p| p.location == In::Path)
                    .map(|p| json!({"key": p.name, "value": "v"}))
                    .collect();
                let header: Vec<Value> = op
                    .params
                    .iter()
                    .filter(|p| p.location == In::Header)
                    .map(|p| json!({"key": p.name, "value": "v"}))
                    .collect();
                let raw = format!("{{{{baseUrl}}}}/{}", segments.join("/"));
                let url = json!({"raw": raw, "host": ["{{baseUrl}}"], "path": segments, "query": query, "variable": variable});
                let mut request = json!({"method": op.method.to_ascii_uppercase(), "header": header, "url": url});
                if let Some((body, _)) = &op.body {
                    request["body"] = match body {
                        Body::Json(ty) | Body::Several(ty) => json!({"mode": "raw", "raw": self.example(ty, 0).to_string(), "options": {"raw": {"language": "json"}}}),
                        Body::Form(fields) => json!({"mode": "urlencoded", "urlencoded": fields.iter().map(|(n, _, _)| json!({"key": n, "value": "v"})).collect::<Vec<_>>()}),
                        Body::Multipart(fields) => json!({"mode": "formdata", "formdata": fields.iter().map(|(n, file, _)| if *file { json!({"key": n, "type": "file", "src": []}) } else { json!({"key": n, "type": "text", "value": "v"}) }).collect::<Vec<_>>()}),
                        Body::Text => json!({"mode": "raw", "raw": "plain text"}),
                        Body::Binary => json!({"mode": "file", "file": {}}),
                    };
                }
                let response: Vec<Value> = match &op.output {
                    Output::Json(ty) => vec![json!({
                        "name": "ok", "code": 200, "status": "OK",
                        "header": [{"key": "Content-Type", "value": "application/json"}],
                        "body": self.example(ty, 0).to_string(),
                    })],
                    Output::Text => vec![json!({"name": "ok", "code": 200, "header": [{"key": "Content-Type", "value": "text/plain"}], "body": "text"})],
                    Output::None | Output::Binary => vec![],
                };
                json!({"name": op.name, "request": request, "response": response})
            })
            .collect();
        json!({
            "info": {
                "name": "Props",
                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
            },
            "item": [{"name": "folder", "item": items}],
            "auth": match self.schemes.first() {
                Some((name, 0)) => json!({"type": "bearer", "bearer": [{"key": "token", "value": name}]}),
                Some((name, 1)) => json!({"type": "basic", "basic": [{"key": "username", "value": name}]}),
                Some((name, _)) => json!({"type": "apikey", "apikey": [{"key": "key", "value": name}, {"key": "in", "value": "header"}]}),
                None => json!({"type": "noauth"}),
            },
            "variable": [{"key": "baseUrl", "value": "https://example.com/api"}],
        })
    }
}

/// A file stem that makes a hostile module name (runtime modules, keywords, digits first).
pub fn file_stem(rng: &mut Rng) -> String {
    key_word(rng)
}

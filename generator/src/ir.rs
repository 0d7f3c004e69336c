//! The intermediate representation: what every reader produces and the emitter consumes.
//!
//! It is deliberately spec-agnostic: an OpenAPI operation and a Postman request end up as the same
//! [`Operation`]. Names are kept as the spec spells them; the Rust identifiers of the crate are
//! decided once, by the last pass of [`crate::normalise`], into [`Api::names`], which the emitter
//! only reads. Everything derives `Serialize` so that tests can snapshot the IR as YAML.

use std::collections::BTreeMap;

use serde::Serialize;

/// One API described by one spec file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Api {
    /// Title of the API as the spec gives it.
    pub title: String,
    /// Version string of the API document; empty when the spec gives none.
    pub version: String,
    /// Base URL that paths are appended to (the first server or the collection's `baseUrl`).
    pub base_url: String,
    /// Free-text description of the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    /// Which reader produced this API, and from which file.
    pub source: Source,
    /// Authentication schemes the operations may refer to by name.
    pub auth_schemes: Vec<AuthScheme>,
    /// Operations in spec order.
    pub operations: Vec<Operation>,
    /// Named types, sorted by name.
    pub types: Vec<TypeDef>,
    /// The Rust identifiers of the API's module; empty until normalisation names them.
    #[serde(skip)]
    pub names: Names,
    /// The names the reader proposed for its types, which refer to each other by key until the
    /// naming pass decides their identifiers from these; empty once it has.
    #[serde(skip)]
    pub type_hints: Vec<TypeHint>,
}

/// What a reader asked for as it made its types, in the order it asked: the naming pass turns
/// these into the types' identifiers (see [`crate::naming::read_type_key`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeHint {
    /// A type to be made, referred to by the key of this proposal meanwhile: to be named after
    /// `hint`, else after `parent` (a type's key or a type name) with `hint`.
    Proposed {
        /// What the name is made from.
        hint: Hint,
        /// The enclosing type or name, if any.
        parent: Option<String>,
    },
    /// No type is defined under the key of proposal `.0` (its shape was known, or it was no type).
    Dropped(usize),
}

/// What a type name a reader proposes is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    /// Text of the spec, or made by the reader from it.
    Text(String),
    /// The name proposed for the type of `key`, made singular where `singular` (the items of a
    /// list), then followed by `suffix` (`_value`, `_variant1`).
    Derived {
        /// The key of the type whose name this one is made from.
        key: String,
        /// Whether the name is made singular.
        singular: bool,
        /// Text after the name.
        suffix: String,
    },
}

impl Hint {
    /// The name proposed for the type of `key`, followed by `suffix`.
    pub fn after(key: &str, suffix: &str) -> Self {
        Hint::Derived { key: key.to_owned(), singular: false, suffix: suffix.to_owned() }
    }

    /// The name proposed for the type of `key`, made singular.
    pub fn singular_of(key: &str) -> Self {
        Hint::Derived { key: key.to_owned(), singular: true, suffix: String::new() }
    }
}

impl From<&str> for Hint {
    fn from(text: &str) -> Self {
        Hint::Text(text.to_owned())
    }
}

impl From<&String> for Hint {
    fn from(text: &String) -> Self {
        Hint::Text(text.clone())
    }
}

/// Every Rust identifier of one API module, decided by the naming pass (the last of
/// [`crate::normalise`]) with a [`crate::naming::Namer`] per scope; the emitter only reads them.
/// Snake-case names are stored before keyword escaping ([`crate::naming::escape_keyword`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// Per operation, in operation order.
    pub operations: Vec<OperationNames>,
    /// Per auth scheme, in scheme order: the client's `with_…` methods that store its credentials.
    pub setters: Vec<Vec<String>>,
    /// Per named type, by type name: its members' names.
    pub types: BTreeMap<String, TypeNames>,
}

/// The Rust names of one operation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OperationNames {
    /// The text the operation's identifiers (method, builder, enums) are made from, and its name
    /// in labels: the spec's name, or for a later operation whose name another one already has, the
    /// unique snake-case name the naming pass gave it instead ([`crate::normalise`]).
    pub base: String,
    /// The client method (snake case).
    pub method: String,
    /// The request builder type.
    pub builder: String,
    /// The enum of the body's content types, when it has several.
    pub body_enum: Option<String>,
    /// The enum of the success answers, when their bodies differ.
    pub success_enum: Option<String>,
    /// Per parameter, in parameter order: its argument or builder setter (snake case).
    pub params: Vec<String>,
    /// The argument or setter of the body, when the operation takes one (snake case).
    pub body: Option<String>,
    /// Per content type of the body, in order: its variant of the body enum.
    pub body_variants: Vec<String>,
    /// The enum of the documented error answers, when some has a body type
    /// ([`Operation::typed_errors`]).
    pub error_enum: Option<String>,
    /// Per response of [`Operation::typed_errors`], in order: its variant of the error enum.
    pub error_variants: Vec<String>,
    /// The error enum's variant for every other error answer, kept as it came.
    pub error_other: String,
}

/// The Rust names of a named type's members.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypeNames {
    /// A struct's fields (snake case), an enum's or union's variants, in member order.
    pub members: Vec<String>,
    /// The member that holds what the others do not: a struct's field of additional properties,
    /// an enum's variant for unknown values, a union's variant for other values.
    pub rest: String,
}

/// The file an API was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The kind of document.
    pub format: SpecFormat,
    /// Path of the file as given to the generator.
    pub file: String,
}

/// The kinds of input document the readers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SpecFormat {
    /// OpenAPI 3.x, YAML or JSON (3.1, 3.2 and Swagger 2.0 are read through their OpenAPI 3.0 form).
    OpenApi3,
    /// Postman Collection format v2.0 or v2.1.
    Postman,
}

/// A node of the source document: a JSON pointer into the file it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Origin(pub String);

/// A named way of authenticating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuthScheme {
    /// Name operations use to refer to the scheme.
    pub name: String,
    /// What the scheme does on the wire.
    pub kind: AuthKind,
    /// Description from the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

/// Supported wire forms of authentication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthKind {
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth 2 and OpenID Connect access tokens).
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// A key sent as a named header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ParamLocation,
        /// Header, parameter or cookie name.
        name: String,
    },
    /// A credential sent as a field of the form-encoded request body.
    FormField {
        /// The field name.
        name: String,
    },
    /// A scheme the generated client cannot apply by itself (oauth1, hawk, digest, …).
    Unsupported {
        /// The scheme's type as the spec names it.
        kind: String,
    },
}

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// Name as the spec gives it (operationId or request name), not yet an identifier nor unique;
    /// the naming pass makes it unique ([`OperationNames::base`]).
    pub name: String,
    /// Where in the spec the operation is defined.
    pub origin: Origin,
    /// Tag or folder path the operation belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template relative to the base URL, with `{name}` placeholders.
    pub path: String,
    /// Parameters in spec order.
    pub params: Vec<Param>,
    /// Request body, if the operation takes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<RequestBody>,
    /// Documented responses, in status order.
    pub responses: Vec<Response>,
    /// Alternative security requirements: any one of the inner lists satisfies the operation.
    pub auth: Vec<Vec<String>>,
    /// Deprecation notice; `Some("")` when deprecated without explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<String>,
    /// Token-based paging detected from the request parameters and response fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
    /// Short summary line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Full description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

/// A path, query, header or cookie parameter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Where the parameter is sent.
    pub location: ParamLocation,
    /// Value type.
    #[serde(rename = "type")]
    pub ty: Type,
    /// Whether the caller must supply it.
    pub required: bool,
    /// Default the server applies when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    /// Description from the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    /// Whether the spec marks the parameter deprecated.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Whether the value is a secret (password, token, key) that `Debug` output must not show:
    /// set by readers from the spec (`format: password`) and by [`crate::normalise`] from the name.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub secret: bool,
    /// The name the generated Rust code uses instead of the wire name (a manifest rename).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// How a query parameter's list or object value is written (other locations ignore it).
    #[serde(skip_serializing_if = "QueryStyle::is_exploded")]
    pub style: QueryStyle,
}

/// How a query parameter's list or object value is written: OpenAPI's `style` and `explode`,
/// Swagger's `collectionFormat`. A scalar is `name=value` in every style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueryStyle {
    /// A pair per item or property (`id=1&id=2`): `form` with `explode` (OpenAPI's default),
    /// Swagger's `multi`.
    #[default]
    Exploded,
    /// Items joined by commas (`id=1,2`): `form` without `explode`, Swagger's `csv`.
    Comma,
    /// Items joined by spaces: `spaceDelimited`, Swagger's `ssv`.
    Space,
    /// Items joined by `|`: `pipeDelimited`, Swagger's `pipes`.
    Pipe,
    /// A pair per object property named `name[property]`: `deepObject`.
    DeepObject,
}

impl QueryStyle {
    /// Whether this is the default style, which the IR's JSON leaves out.
    pub fn is_exploded(&self) -> bool {
        *self == QueryStyle::Exploded
    }
}

/// Where a parameter or API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

/// A request body: one entry per accepted content type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestBody {
    /// Whether the body must be sent.
    pub required: bool,
    /// Accepted encodings, in spec order.
    pub contents: Vec<BodyContent>,
    /// Description from the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

/// A body in one content type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BodyContent {
    /// The media type, e.g. `application/json`.
    pub content_type: String,
    /// How the body is encoded.
    pub encoding: BodyEncoding,
    /// Type of the body value.
    #[serde(rename = "type")]
    pub ty: Type,
}

/// How a body value is put on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyEncoding {
    /// JSON (`application/json` and `+json` types, GraphQL requests).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Plain text.
    Text,
    /// Raw bytes.
    Binary,
}

impl BodyEncoding {
    /// How a body of the given media type (parameters such as `; charset=` allowed) is encoded.
    pub fn of_media_type(media: &str) -> BodyEncoding {
        let essence = media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase();
        match essence.as_str() {
            "application/json" => BodyEncoding::Json,
            "application/x-www-form-urlencoded" => BodyEncoding::Form,
            "multipart/form-data" => BodyEncoding::Multipart,
            e if e.ends_with("+json") => BodyEncoding::Json,
            e if e.starts_with("text/") || e.ends_with("/xml") || e.ends_with("+xml") => BodyEncoding::Text,
            _ => BodyEncoding::Binary,
        }
    }
}

/// Whether a body of the given media type is a stream of server-sent events (`text/event-stream`).
pub fn is_event_stream(media: &str) -> bool {
    media.split(';').next().unwrap_or(media).trim().eq_ignore_ascii_case("text/event-stream")
}

/// Which statuses a response describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// One status code.
    Code(u16),
    /// A class such as `4XX`, stored as its first digit.
    Range(u8),
    /// Any status not described otherwise.
    Default,
}

impl Status {
    /// Whether the status (or every status of the range) is a 2xx success.
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(code) => (200..300).contains(&code),
            Status::Range(class) => class == 2,
            Status::Default => false,
        }
    }
}

/// As specs write it: `200`, `4XX`, `default`.
impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(code) => write!(f, "{code}"),
            Status::Range(class) => write!(f, "{class}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// A documented response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    /// The status or statuses it covers.
    pub status: Status,
    /// What the status means for this operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    /// Media type of the body, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Type of the body; `None` when the response has no body.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub ty: Option<Type>,
    /// When the response may be a stream of server-sent events ([`is_event_stream`], alone or
    /// beside another media type, as LLM APIs answer JSON or a stream by a request field): the
    /// type of each event's data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Type>,
    /// Example bodies given by the spec, used by tests of the generated crate.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<serde_json::Value>,
    /// Whether the body's type is known only from example bodies (no schema states it).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// Paging by an opaque next-page token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pagination {
    /// Request parameter (query parameter or body field) that carries the token.
    pub request_param: String,
    /// Response field that returns the token for the next page; empty or absent at the end.
    pub response_field: String,
    /// Array field of the response that holds the page's items, if one is evident.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items_field: Option<String>,
}

/// A value type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    /// Any JSON value.
    Any,
    /// `true` or `false`.
    Bool,
    /// An integer; `lenient` when the spec's own examples also send it as a numeric string.
    Integer {
        /// Width and signedness.
        width: IntWidth,
        /// Whether a numeric string must be accepted as well.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        lenient: bool,
    },
    /// A floating-point number.
    Number,
    /// Any JSON number, kept exactly as sent: a number known only from examples, whose width and
    /// kind (`30` may be `0.5` or `2^64 - 1` in the next response) no sample can tell.
    Numeric,
    /// Text.
    String,
    /// A calendar date (`2019-09-17`).
    Date,
    /// An RFC 3339 date-time.
    DateTime,
    /// Text in the inner type's format (a date or date-time) known only from examples: parsed when
    /// it is valid, kept as sent either way, so that one odd value never makes a response undecodable.
    Tolerant(Box<Type>),
    /// A number or boolean (the inner type: [`Type::Numeric`] or [`Type::Bool`]) that the spec's
    /// examples write quoted (`"30"`, `"true"`): taken bare or as any text, written back in the form
    /// it arrived in.
    Quoted(Box<Type>),
    /// Raw bytes (file uploads, octet-stream bodies).
    Binary,
    /// A list of values.
    Array(Box<Type>),
    /// A string-keyed map.
    Map(Box<Type>),
    /// A value that may be `null`.
    Nullable(Box<Type>),
    /// A reference to a [`TypeDef`] by name.
    Named(String),
}

impl Type {
    /// A signed 32-bit integer.
    pub const I32: Type = Type::Integer { width: IntWidth::I32, lenient: false };
    /// A signed 64-bit integer.
    pub const I64: Type = Type::Integer { width: IntWidth::I64, lenient: false };
}

/// Integer widths distinguished by the generated code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IntWidth {
    /// Fits in `i32`.
    I32,
    /// Fits in `i64`.
    I64,
    /// Unsigned, fits in `u32`.
    U32,
    /// Unsigned, fits in `u64`.
    U64,
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeDef {
    /// Name as the spec or the inference gives it, unique within the API.
    pub name: String,
    /// Where the type was defined or inferred from.
    pub origin: Origin,
    /// How the type came to be.
    pub provenance: Provenance,
    /// Description from the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    /// Whether the spec marks it deprecated.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// The shape of the type.
    pub kind: TypeKind,
}

impl TypeDef {
    /// Whether this is a struct known only from examples whose optional fields are guesses: the
    /// generated decoder keeps a value of another shape (`null` included) in such a field among the
    /// extra properties, where the field then reads as absent, instead of failing.
    pub fn guesses_fall_back(&self) -> bool {
        match &self.kind {
            TypeKind::Struct { additional, .. } => {
                self.provenance == Provenance::Inferred && additional.as_ref().is_none_or(|ty| *ty == Type::Any)
            }
            _ => false,
        }
    }
}

/// How a [`TypeDef`] was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// A named schema of the spec.
    Declared,
    /// An inline schema, named after where it appears.
    Inline,
    /// Inferred from example values, named after where it appears.
    Inferred,
}

/// The shape of a named type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    /// An object with known fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// Type of properties beyond the known fields, when the spec allows typed extras.
        #[serde(skip_serializing_if = "Option::is_none")]
        additional: Option<Type>,
    },
    /// A closed set of string values.
    Enum {
        /// The values, in spec order.
        values: Vec<String>,
    },
    /// One of several types.
    Union {
        /// The alternatives, in spec order.
        variants: Vec<Type>,
        /// Property whose value tells the alternatives apart, if the spec names one.
        #[serde(skip_serializing_if = "Option::is_none")]
        discriminator: Option<Discriminator>,
    },
    /// Another name for a type.
    Alias(Type),
}

/// How the alternatives of a union are told apart: by the value of one property.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Discriminator {
    /// The property holding the tag.
    pub property: String,
    /// Tag value → name of the alternative's type, in variant order.
    pub mapping: Vec<(String, String)>,
}

/// A field of a struct.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Field {
    /// Name on the wire.
    pub name: String,
    /// Value type; [`Type::Nullable`] when `null` is allowed.
    #[serde(rename = "type")]
    pub ty: Type,
    /// Whether the field is always present.
    pub required: bool,
    /// Description from the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    /// Whether the spec marks the field deprecated.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Whether the value is a secret (password, token, key) that `Debug` output must not show:
    /// set by readers from the spec (`format: password`) and by [`crate::normalise`] from the name.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub secret: bool,
    /// The name the generated Rust code uses instead of the wire name (a manifest rename).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
}

impl Field {
    /// The name its Rust identifier is made from: the rename if there is one, else the wire name.
    pub fn rust_base(&self) -> &str {
        self.rust_name.as_deref().unwrap_or(&self.name)
    }
}

impl Param {
    /// The name its Rust identifier is made from: the rename if there is one, else the wire name.
    pub fn rust_base(&self) -> &str {
        self.rust_name.as_deref().unwrap_or(&self.name)
    }
}

impl Operation {
    /// Whether the success statuses document different body types (or some a body and others
    /// none), so that the operation answers with an enum of them.
    pub fn successes_differ(&self) -> bool {
        let mut types = self.responses.iter().filter(|r| r.status.is_success()).map(|r| &r.ty);
        let Some(first) = types.next() else { return false };
        types.any(|ty| ty != first)
    }

    /// The documented error answers (non-success statuses, classes and `default`) whose body has
    /// a type that says more than the raw bytes do: not a body the spec does not show at all (any
    /// value, no media type). Each is a variant of the operation's error enum.
    pub fn typed_errors(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| {
            !r.status.is_success() && r.ty.as_ref().is_some_and(|ty| !(*ty == Type::Any && r.content_type.is_none()))
        })
    }
}

/// The `{name}` placeholders of a path template, in order.
pub fn path_placeholders(path: &str) -> impl Iterator<Item = &str> {
    path.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

impl Api {
    /// Looks a named type up.
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.name == name)
    }
}

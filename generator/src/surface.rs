//! The public surface of a generated crate: what user code names and what goes on the wire, per
//! API module. It is built by [`crate::emit::surface`] from the IR with the emitter's own names,
//! stored in every generated crate as `api-surface.json` (so that `check` and `--bump` know the API
//! the committed crate has), and compared by [`crate::changes`]. Shared by both, owned by neither.

use serde::{Deserialize, Serialize};

/// File of a generated crate holding its [`Surface`].
pub const SURFACE_FILE: &str = "api-surface.json";

/// Every API module of one crate.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Surface {
    /// Modules in crate order.
    pub modules: Vec<Module>,
}

/// One API module (one spec).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Module {
    /// Rust module name, e.g. `v2`.
    pub name: String,
    /// The spec file as the generator was given it.
    pub spec: String,
    /// `Client::DEFAULT_BASE_URL`; empty when the spec names no server.
    pub base_url: String,
    /// Authentication schemes, in spec order.
    pub auth: Vec<Auth>,
    /// Client methods, in spec order.
    pub operations: Vec<Operation>,
    /// Models, sorted by name.
    pub models: Vec<Model>,
}

/// An authentication scheme and the client methods that store its credentials.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Auth {
    /// The scheme's name in the spec.
    pub name: String,
    /// What it sends, e.g. `bearer`, `api key in header X-Key`.
    pub kind: String,
    /// The `Client::with_…` methods.
    pub setters: Vec<String>,
}

/// One operation: a client method and its request builder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Operation {
    /// Upper-case HTTP method.
    pub http_method: String,
    /// Path template.
    pub path: String,
    /// The `Client` method.
    pub method: String,
    /// The request builder type in `requests`.
    pub builder: String,
    /// JSON pointer of the operation in its spec.
    pub pointer: String,
    /// Parameters and the body, as method arguments (required) or builder setters (optional).
    pub inputs: Vec<Input>,
    /// What `send()` returns on success.
    pub output: String,
    /// Whether the builder has `pages()` and `items()` (token paging).
    #[serde(default)]
    pub paged: bool,
    /// Media types the body may be sent in.
    pub request_media: Vec<String>,
    /// Media types of the documented responses.
    pub response_media: Vec<String>,
    /// Alternative security requirements (scheme names).
    pub auth: Vec<Vec<String>>,
    /// Whether the method is `#[deprecated]`.
    pub deprecated: bool,
    /// The cargo feature that compiles the operation; none when it always compiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
}

/// A parameter or the body of an operation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Input {
    /// Where it travels: `path`, `query`, `header`, `cookie` or `body`.
    pub location: String,
    /// Name on the wire (`body` for the body).
    pub wire: String,
    /// The argument or setter name.
    pub rust: String,
    /// The type a caller passes.
    pub ty: String,
    /// Whether it is an argument of the client method (else a setter of the builder).
    pub required: bool,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
}

/// A type of the `models` module.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Model {
    /// The Rust type name.
    pub name: String,
    /// JSON pointer of the schema (or example) it comes from.
    pub pointer: String,
    /// Whether it is `#[deprecated]`.
    pub deprecated: bool,
    /// Whether it is sent as a request body (it then has a `new` taking its required fields).
    pub body: bool,
    /// Its shape.
    pub kind: ModelKind,
}

/// The shape of a model.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelKind {
    /// A struct.
    Struct {
        /// Fields in order.
        fields: Vec<Field>,
    },
    /// An enum of string values, with a catch-all `Unknown(String)` variant.
    Enum {
        /// The values.
        values: Vec<Value>,
    },
    /// An enum with one variant per alternative.
    Union {
        /// The variants.
        variants: Vec<Value>,
    },
    /// A `pub type` alias or a newtype struct of the given type.
    Alias {
        /// The type it stands for or wraps.
        ty: String,
    },
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Field {
    /// Name on the wire.
    pub wire: String,
    /// Rust field name.
    pub rust: String,
    /// Rust type of the field (`Option<…>` when it may be absent or null).
    pub ty: String,
    /// Whether the spec says it is always present.
    pub required: bool,
    /// Whether it is `#[deprecated]`.
    pub deprecated: bool,
}

/// An enum variant: the value on the wire (or the alternative's type) and the Rust variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Value {
    /// The wire value (enums) or the Rust type held (unions).
    pub wire: String,
    /// The variant name.
    pub rust: String,
}

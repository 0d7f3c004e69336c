//! The parts of the generated crate that do not depend on the spec's operations: the error type,
//! client configuration, the connection that sends requests, and value helpers. Each piece is
//! emitted only when some operation uses it, so the crate carries no dead code.

mod config;
mod connection;
mod error;
mod lenient;
mod tolerant;

pub use config::config_module;
pub use connection::runtime_module;
pub use error::error_module;
pub use lenient::lenient_module;
pub use tolerant::tolerant_module;

use crate::ir::{AuthKind, AuthScheme, ParamLocation};

/// The runtime features the emitted code calls.
#[derive(Debug, Default, Clone, Copy)]
pub struct Uses {
    /// Bearer-token credentials.
    pub bearer: bool,
    /// HTTP basic credentials.
    pub basic: bool,
    /// API-key credentials.
    pub api_key: bool,
    /// API keys sent as headers.
    pub api_key_header: bool,
    /// API keys sent as query parameters.
    pub api_key_query: bool,
    /// API keys sent as cookies.
    pub api_key_cookie: bool,
    /// Credentials sent as form fields.
    pub form_field: bool,
    /// Requests without a body.
    pub no_body: bool,
    /// JSON responses.
    pub json_response: bool,
    /// Responses of unknown shape: JSON, else text, else nothing.
    pub any_response: bool,
    /// JSON request bodies.
    pub json_body: bool,
    /// Form-encoded request bodies.
    pub form_body: bool,
    /// Text or byte request bodies.
    pub raw_body: bool,
    /// Multipart request bodies built field by field.
    pub multipart: bool,
    /// File parts in multipart bodies.
    pub multipart_file: bool,
    /// Text parts in multipart bodies built field by field.
    pub multipart_text: bool,
    /// Multipart request bodies built from any object value.
    pub multipart_value: bool,
    /// Text responses.
    pub text_response: bool,
    /// Byte responses.
    pub bytes_response: bool,
    /// Required scalar parameters.
    pub param: bool,
    /// Optional scalar parameters.
    pub optional_param: bool,
    /// List parameters.
    pub list_param: bool,
    /// Cookie parameters.
    pub cookies: bool,
    /// Path parameters.
    pub path_param: bool,
    /// Optional fields where `null` and absence differ.
    pub nullable_optional: bool,
    /// Types known only from examples, which keep a field value of another shape (or `null`) among their
    /// extra properties.
    pub guessed_fields: bool,
    /// Members of derived models held in a `Box` (decoded on a fresh stack when deep).
    pub boxed_members: bool,
    /// Such members that are optional and may be `null`.
    pub boxed_present: bool,
    /// Paginated operations (streams of pages).
    pub pagination: bool,
    /// Integers that may arrive as strings.
    pub lenient: bool,
    /// Dates or date-times known only from examples.
    pub tolerant: bool,
    /// Dates or date-times anywhere.
    pub chrono: bool,
    /// Secret fields or parameters hidden in `Debug` output.
    pub redacted: bool,
}

impl std::ops::BitOrAssign for Uses {
    /// Adds what `other` uses (pieces emitted apart, on different cores, are merged so).
    fn bitor_assign(&mut self, other: Uses) {
        let Uses {
            bearer,
            basic,
            api_key,
            api_key_header,
            api_key_query,
            api_key_cookie,
            form_field,
            no_body,
            json_response,
            any_response,
            json_body,
            form_body,
            raw_body,
            multipart,
            multipart_file,
            multipart_text,
            multipart_value,
            text_response,
            bytes_response,
            param,
            optional_param,
            list_param,
            cookies,
            path_param,
            nullable_optional,
            guessed_fields,
            boxed_members,
            boxed_present,
            pagination,
            lenient,
            tolerant,
            chrono,
            redacted,
        } = other;
        self.bearer |= bearer;
        self.basic |= basic;
        self.api_key |= api_key;
        self.api_key_header |= api_key_header;
        self.api_key_query |= api_key_query;
        self.api_key_cookie |= api_key_cookie;
        self.form_field |= form_field;
        self.no_body |= no_body;
        self.json_response |= json_response;
        self.any_response |= any_response;
        self.json_body |= json_body;
        self.form_body |= form_body;
        self.raw_body |= raw_body;
        self.multipart |= multipart;
        self.multipart_file |= multipart_file;
        self.multipart_text |= multipart_text;
        self.multipart_value |= multipart_value;
        self.text_response |= text_response;
        self.bytes_response |= bytes_response;
        self.param |= param;
        self.optional_param |= optional_param;
        self.list_param |= list_param;
        self.cookies |= cookies;
        self.path_param |= path_param;
        self.nullable_optional |= nullable_optional;
        self.guessed_fields |= guessed_fields;
        self.boxed_members |= boxed_members;
        self.boxed_present |= boxed_present;
        self.pagination |= pagination;
        self.lenient |= lenient;
        self.tolerant |= tolerant;
        self.chrono |= chrono;
        self.redacted |= redacted;
    }
}

impl Uses {
    /// The credential kinds the APIs' supported security schemes need.
    pub fn for_schemes<'a>(schemes: impl IntoIterator<Item = &'a AuthScheme>) -> Uses {
        let mut uses = Uses::default();
        for scheme in schemes {
            match scheme.kind {
                AuthKind::Bearer => uses.bearer = true,
                AuthKind::Basic => uses.basic = true,
                AuthKind::ApiKey { location, .. } => {
                    uses.api_key = true;
                    match location {
                        ParamLocation::Query => uses.api_key_query = true,
                        ParamLocation::Cookie => uses.api_key_cookie = true,
                        ParamLocation::Header | ParamLocation::Path => uses.api_key_header = true,
                    }
                }
                AuthKind::FormField { .. } => uses.form_field = true,
                AuthKind::Unsupported { .. } => {}
            }
        }
        uses
    }

    /// Whether any operation can send credentials.
    pub fn credentials(&self) -> bool {
        self.bearer || self.basic || self.api_key || self.form_field
    }

    fn params(&self) -> bool {
        self.param || self.optional_param || self.list_param
    }

    fn param_text(&self) -> bool {
        self.params() || self.cookies || self.path_param || self.multipart_text || self.multipart_value
    }

    pub fn form(&self) -> bool {
        self.form_body || self.form_field
    }

    /// Whether decoding may nest deep enough to need more stack (guessed fields, boxed members).
    pub fn deep_decoding(&self) -> bool {
        self.guessed_fields || self.boxed_members || self.boxed_present
    }

    fn any_multipart(&self) -> bool {
        self.multipart || self.multipart_value
    }

    /// Whether some multipart body has text parts.
    fn text_parts(&self) -> bool {
        self.multipart_text || self.multipart_value
    }
}

/// `tokens` when `on`, nothing otherwise.
fn when(on: bool, tokens: TokenStream) -> TokenStream {
    if on { tokens } else { TokenStream::new() }
}

use proc_macro2::TokenStream;

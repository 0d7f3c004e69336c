//! Names the generated crate uses itself, which no identifier made from a spec may take. The
//! emitter writes the items; the naming pass keeps spec names off them.

/// Names a builder's own fields and methods use, which parameters must not take; `clone` too, as
/// the paging streams call `Clone::clone` on the builder with method syntax.
pub const BUILDER_METHODS: &[&str] = &[
    "client",
    "send",
    "send_with_response",
    "into_request",
    "new",
    "pages",
    "items",
    "clone",
    "idempotent",
    "options",
    "with_timeout",
    "with_header",
    "with_idempotency_key",
    "events",
    "events_after",
    "send_streamed",
    "file_part",
    "open",
    "files",
];

/// Methods of every client, which operations must not take; `clone` too, which would hide the
/// client's `Clone` (and which clippy, like `cmp`, wants only as the trait's method).
pub const CLIENT_METHODS: &[&str] = &[
    "clone",
    "cmp",
    "new",
    "with_base_url",
    "with_http_client",
    "with_timeout",
    "with_timeouts",
    "with_limits",
    "with_retry_policy",
    "with_non_idempotent_retries",
    "with_header",
    "with_request_hook",
    "base_url",
];

/// Names used unqualified in `requests.rs`, which builders and body enums must not take; `New`
/// too, whose `new` constructor clippy refuses.
pub const REQUESTS_NAMES: &[&str] =
    &["Box", "Err", "From", "Into", "New", "None", "Ok", "Option", "Result", "Self", "Some", "String", "Vec"];

/// Names at the crate root that API modules must not take: the runtime's modules, the files Cargo
/// and Rust give a meaning in `src/` (`lib.rs`, `main.rs`, `mod.rs`, the `bin/` folder), an API
/// module's own modules (a module inside one of its name is a clippy error), and the crates the
/// generated code names by path.
pub const ROOT_NAMES: &[&str] = &[
    "lib",
    "main",
    "mod",
    "bin",
    "config",
    "error",
    "lenient",
    "runtime",
    "streams",
    "tolerant",
    "client",
    "models",
    "requests",
    "alloc",
    "backon",
    "bytes",
    "chrono",
    "core",
    "futures_util",
    "httpdate",
    "percent_encoding",
    "reqwest",
    "serde",
    "serde_json",
    "serde_path_to_error",
    "serde_urlencoded",
    "stacker",
    "std",
    "tokio",
];

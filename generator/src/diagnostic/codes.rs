//! Every kind of diagnostic, in one table: its stable code (`S2R0001`), its short name
//! (`invalid-syntax`), its default severity, and the long explanation `spec-to-rust explain` prints
//! and the guide's diagnostics index is generated from, with a minimal example and the fix.
//!
//! Codes are never renumbered or reused: a new kind takes the next free number. A test runs every
//! example through the command line and checks that it yields its code.

use super::Severity;

/// The minimal spec an explanation shows, which yields the diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// The spec's file name (its extension tells JSON from YAML; its stem names the module).
    pub file: &'static str,
    /// The spec's text.
    pub text: &'static str,
    /// An overrides file given with `--overrides`, for kinds about corrections.
    pub overrides: Option<&'static str>,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The kind.
    pub code: Code,
    /// The stable code, `S2R` and four digits.
    pub id: &'static str,
    /// The short kebab-case name, accepted wherever the code is.
    pub name: &'static str,
    /// Errors stop generation and cannot be allowed; warnings can be allowed or denied.
    pub severity: Severity,
    /// One line: what the diagnostic says.
    pub summary: &'static str,
    /// Why it happens and what the generator does.
    pub explanation: &'static str,
    /// A minimal spec that yields it.
    pub example: Example,
    /// How to fix the spec, or how to live with the diagnostic.
    pub fix: &'static str,
}

macro_rules! codes {
    ($(
        $variant:ident {
            id: $id:literal,
            name: $name:literal,
            severity: $severity:ident,
            summary: $summary:literal,
            explanation: $explanation:literal,
            example: ($file:literal, $text:expr $(, overrides: $overrides:expr)?),
            fix: $fix:literal $(,)?
        }
    )*) => {
        /// The kind of a diagnostic; see [`Code::entry`] for its code, name and explanation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $summary] $variant,)*
        }

        /// Every kind, in the order of their codes.
        pub const ALL: &[Code] = &[$(Code::$variant),*];

        impl Code {
            /// The kind's row of the table.
            pub fn entry(self) -> &'static Entry {
                match self {
                    $(Code::$variant => &Entry {
                        code: Code::$variant,
                        id: $id,
                        name: $name,
                        severity: Severity::$severity,
                        summary: $summary,
                        explanation: $explanation,
                        example: Example { file: $file, text: $text, overrides: codes!(@overrides $($overrides)?) },
                        fix: $fix,
                    },)*
                }
            }
        }
    };
    (@overrides) => { None };
    (@overrides $overrides:expr) => { Some($overrides) };
}

codes! {
    InvalidSyntax {
        id: "S2R0001",
        name: "invalid-syntax",
        severity: Error,
        summary: "The file is not readable JSON or YAML.",
        explanation: "The spec must be UTF-8 JSON or YAML whose top level is an object. Empty files, other encodings, syntax errors, duplicate keys and YAML indented with tabs are refused, with the line and column of the first problem.",
        example: ("spec.yaml", "openapi: 3.0.3\ninfo:\n\ttitle: t\n"),
        fix: "Correct the text at the line and column shown (here: indent with spaces, not a tab). Save the file as UTF-8.",
    }
    UnknownFormat {
        id: "S2R0002",
        name: "unknown-format",
        severity: Error,
        summary: "The document is not a supported OpenAPI, Swagger or Postman version.",
        explanation: "The format is detected from the content: a top-level `openapi` version string (3.0.x, 3.1.x or 3.2.x), `swagger: \"2.0\"`, or a Postman collection (`info` and `item`). Anything else, such as OpenAPI 4 or Swagger 1.2, is refused.",
        example: ("spec.yaml", "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n"),
        fix: "Convert the document to a supported version (for Swagger 1.2, the swagger-converter tools produce 2.0), or give `openapi` as a quoted version string such as `\"3.0.3\"`.",
    }
    InputOverBudget {
        id: "S2R0003",
        name: "input-over-budget",
        severity: Error,
        summary: "The document is nested too deeply or expands beyond the reader's budget.",
        explanation: "The readers cost linear time and bounded memory on any input: documents nested more than 128 levels deep, YAML aliases that expand beyond 250,000 nodes, references that expand the spec far beyond its size, and schemas nested too deeply to generate code for are refused rather than read.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\nx-a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\nx-a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\nx-a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]\nx-a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]\nx-a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]\nx-a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]\n"
        ),
        fix: "Remove the construct the message points at (here: the aliases of aliases). Real APIs stay far inside the budget; a spec beyond it is usually generated wrongly or hostile.",
    }
    InvalidDocument {
        id: "S2R0004",
        name: "invalid-document",
        severity: Error,
        summary: "An OpenAPI or Swagger object has the wrong shape.",
        explanation: "A field the specification requires has the wrong type (a list where an object belongs, a number where a string belongs) or the document's structure does not match OpenAPI. The message names what was expected and the JSON pointer of the node.",
        example: ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: []\n"),
        fix: "Give the node the shape the specification requires (here: `paths: {}`).",
    }
    InvalidCollection {
        id: "S2R0005",
        name: "invalid-collection",
        severity: Error,
        summary: "A Postman collection lacks its name, its items or a request's URL.",
        explanation: "A Postman collection needs an `info` object with a `name`, an `item` array of requests and folders, and a URL in every request.",
        example: ("spec.json", "{\"info\": {\"name\": \"c\"}, \"item\": {}}"),
        fix: "Export the collection again from Postman (v2.0 or v2.1), or add the missing part.",
    }
    UnresolvedReference {
        id: "S2R0006",
        name: "unresolved-reference",
        severity: Error,
        summary: "A `$ref` does not point to anything the generator can read.",
        explanation: "Every `$ref` must point into the document or to a file in the spec's folder or below. URLs are never fetched, files outside the spec's folder are never read, and a reference to an entry that does not exist is an error.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/Missing'}\n"
        ),
        fix: "Correct the reference's target, or bundle the spec into one file (for example with `redocly bundle`) if it refers to URLs.",
    }
    ReferenceCycle {
        id: "S2R0007",
        name: "reference-cycle",
        severity: Error,
        summary: "References lead back to themselves without reaching an object.",
        explanation: "A reference whose target is a reference, and so on back to the first, never reaches a schema, parameter or response: there is nothing to generate. (A cycle through an object's properties is fine: the type is boxed.)",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n"
        ),
        fix: "Point one of the references at a real schema, or remove the entry.",
    }
    UnionRing {
        id: "S2R0008",
        name: "union-ring",
        severity: Error,
        summary: "Unions and aliases refer to each other with no object or list in between.",
        explanation: "A `oneOf`/`anyOf`/`allOf` whose alternatives lead back to itself through other unions and aliases describes no value at all (or only the values its other alternatives accept): a decoder for it would recurse without end.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {oneOf: [{$ref: '#/components/schemas/B'}]}\n    B: {anyOf: [{$ref: '#/components/schemas/A'}]}\n"
        ),
        fix: "Break the ring: give one of the schemas a concrete type (an object with properties, a list of the other schema).",
    }
    InvalidOverride {
        id: "S2R0009",
        name: "invalid-override",
        severity: Error,
        summary: "A correction in a manifest or `--overrides` file is malformed or names nothing.",
        explanation: "Corrections (`[api.types]`, `[api.operations]`) are checked against the API after inference: a type, field, operation, parameter or response that does not exist, an unknown type name, `type` and `enum` together, or a `rename` without letters is an error located in the TOML file.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths: {}\ncomponents:\n  schemas:\n    Pet: {type: object, properties: {name: {type: string}}}\n",
            overrides: "[[api]]\nmodule = \"spec\"\n\n[api.types.Pet.fields.name]\ntype = \"text\"\n"
        ),
        fix: "Name what the generated crate has (its docs show the names) and use one of the types the message lists (here: `type = \"string\"`).",
    }
    NumberOutOfRange {
        id: "S2R0010",
        name: "number-out-of-range",
        severity: Warning,
        summary: "A number does not fit in 64 bits and is read clamped.",
        explanation: "Integers beyond `i64`/`u64` and floats beyond `f64` (often a bound written as a huge literal) are read as the nearest value that fits.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths: {}\ncomponents:\n  schemas:\n    N: {type: integer, maximum: 18446744073709551616}\n"
        ),
        fix: "Write the bound the API means (here: `maximum: 18446744073709551615`), or allow the lint if the clamped value is what you want.",
    }
    InferredFromExample {
        id: "S2R0011",
        name: "inferred-from-example",
        severity: Warning,
        summary: "A body has no schema; its type is inferred from the example.",
        explanation: "A request or response with an example but no schema gets a type guessed from the example: every field optional, numbers as exact JSON numbers, unknown fields kept. Postman collections are read this way throughout (without this warning).",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              example: {name: Rex, age: 3}\n"
        ),
        fix: "Add a schema to the spec, or correct the guessed type with overrides (`[api.types.<Type>.fields.<field>]` with `type`, `required`, `enum`); allow the lint once the guesses are checked.",
    }
    MalformedExample {
        id: "S2R0012",
        name: "malformed-example",
        severity: Warning,
        summary: "An example body the type would be inferred from is not valid JSON.",
        explanation: "A body without a schema whose example (or Postman saved response) is malformed JSON cannot give a type: the body is typed as any JSON value.",
        example: (
            "spec.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"https://h.example/a\"}, \"response\": [{\"name\": \"x\", \"code\": 200, \"_postman_previewlanguage\": \"json\", \"body\": \"{\\\"a\\\": \"}]}]}"
        ),
        fix: "Correct the example's JSON, or type the body with an override (`[api.operations.<op>.responses.\"200\"] type = \"...\"`).",
    }
    ExampleContradictsSchema {
        id: "S2R0013",
        name: "example-contradicts-schema",
        severity: Warning,
        summary: "An example does not match the schema it illustrates.",
        explanation: "Examples are decoded against their schema while generating. One that does not fit (a string where the schema says number) means the spec or the server disagrees with itself: the generated type follows the schema and may fail on real answers.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /usage:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {price: {type: number}}}\n              example: {price: '0.0025'}\n"
        ),
        fix: "Find out which is right; correct the schema (or override the field's type, for example `type = \"json-number\"`) or the example.",
    }
    RenamedDuplicateOperation {
        id: "S2R0014",
        name: "renamed-duplicate-operation",
        severity: Warning,
        summary: "Two operations have the same name; one is renamed.",
        explanation: "Operation names (from `operationId`, or the method and path) become method names and must be unique; a second use is prefixed with its tag or path.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /a:\n    get:\n      operationId: list\n      tags: [a]\n      responses: {'200': {description: ok}}\n  /b:\n    get:\n      operationId: list\n      tags: [b]\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Give each operation its own `operationId`, or rename one with an override (`[api.operations.b_list] rename = \"list_b\"`).",
    }
    InvalidPathTemplate {
        id: "S2R0015",
        name: "invalid-path-template",
        severity: Warning,
        summary: "A path is not a valid template; its operations are skipped.",
        explanation: "A path such as `/a/{id` or `/d/{{id}}` cannot be filled in safely, so no method is generated for its operations.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /a/{id:\n    get:\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Close every placeholder and use one pair of braces: `/a/{id}`.",
    }
    PathParameterMismatch {
        id: "S2R0016",
        name: "path-parameter-mismatch",
        severity: Warning,
        summary: "A path placeholder and the path parameters do not match.",
        explanation: "A placeholder without a path parameter is taken as a required string; a path parameter that is not in the template is ignored.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /pets/{id}:\n    get:\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Declare the parameter: `parameters: [{name: id, in: path, required: true, schema: {type: integer}}]`.",
    }
    MissingBaseUrl {
        id: "S2R0017",
        name: "missing-base-url",
        severity: Warning,
        summary: "The spec gives no absolute server URL; the client needs one.",
        explanation: "Without `servers` (or with a relative server URL, a Swagger `basePath` without `host`, or a Postman host made of undefined variables) the generated `Client::new()` has no default server, and requests fail until one is set.",
        example: ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"),
        fix: "Add `servers: [{url: 'https://api.example.com'}]`, or call `Client::new().with_base_url(\"https://…\")` in your program and allow the lint.",
    }
    UnhonouredServers {
        id: "S2R0018",
        name: "unhonoured-servers",
        severity: Warning,
        summary: "`servers` on a path or operation is not honoured.",
        explanation: "The client sends every request to its one base URL; servers given for a path or an operation are only documented.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /a:\n    get:\n      servers: [{url: 'https://other.example.com'}]\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Use a second client `with_base_url` set to that server for those operations, and allow the lint.",
    }
    UnsupportedAuth {
        id: "S2R0019",
        name: "unsupported-auth",
        severity: Warning,
        summary: "A security scheme is undefined, malformed or of a kind the client cannot apply.",
        explanation: "Security requirements naming schemes that are not defined, Swagger definitions of unknown types, OAuth flows without their URLs, and Postman auth types other than bearer, OAuth 2, basic and API key are documented but not applied by the client.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\nsecurity: [{token: []}]\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Define the scheme in the spec, or in the manifest: `[api.auth_schemes] token = { type = \"bearer\" }`.",
    }
    InvalidHeaderName {
        id: "S2R0020",
        name: "invalid-header-name",
        severity: Warning,
        summary: "A header name is not a valid HTTP header name; it is skipped.",
        explanation: "Header names may hold letters, digits and ``!#$%&'*+-.^_`|~`` only. A name with a space or a line break could not be sent (or would inject another header), so the parameter or header is skipped.",
        example: (
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: 'X Trace', in: header, schema: {type: string}}\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Use the header's real name (here probably `X-Trace`).",
    }
    UnbuildableQueryString {
        id: "S2R0021",
        name: "unbuildable-query-string",
        severity: Warning,
        summary: "A whole-query-string parameter cannot be built from typed values; it is skipped.",
        explanation: "An OpenAPI 3.2 `in: querystring` parameter is built from an object's properties, encoded as `application/x-www-form-urlencoded`; other media types or schemas without properties cannot be.",
        example: (
            "spec.yaml",
            "openapi: 3.2.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: querystring, content: {application/json: {schema: {type: object}}}}\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Describe the query string as `application/x-www-form-urlencoded` with an object schema of its properties, or as separate `in: query` parameters.",
    }
    WebhookNotCallable {
        id: "S2R0022",
        name: "webhook-not-callable",
        severity: Warning,
        summary: "A webhook gets payload types but no client method.",
        explanation: "Webhooks are requests the API sends to you; the client cannot make them. Their payload types are generated so that a server can decode them.",
        example: (
            "spec.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\nwebhooks:\n  newPet:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {name: {type: string}}}\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Nothing to fix: allow the lint once you have seen it.",
    }
    UndecodedStream {
        id: "S2R0023",
        name: "undecoded-stream",
        severity: Warning,
        summary: "A streamed body of items (JSON lines, JSON sequences) is returned whole.",
        explanation: "For media types that stream items, such as `application/jsonl` or `application/json-seq`, the item type is generated, but the client returns the body whole for the caller to split. (Server-sent events, `text/event-stream`, are not returned whole: the client reads them as a stream of events whose data has the item type.)",
        example: (
            "spec.yaml",
            "openapi: 3.2.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /events:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/jsonl:\n              itemSchema: {type: object, properties: {id: {type: string}}}\n"
        ),
        fix: "Split the body into lines or events and decode each with the generated item type; allow the lint.",
    }
    UnhonouredSchemaKeyword {
        id: "S2R0024",
        name: "unhonoured-schema-keyword",
        severity: Warning,
        summary: "A schema keyword has no equivalent in the generated types and is ignored.",
        explanation: "Keywords such as `if`/`then`/`else`, `not`, `dependentSchemas`, `$dynamicRef`, an unknown `jsonSchemaDialect`, an `allOf` member that is not an object, or Swagger's tuple `items` and nested `collectionFormat` cannot be expressed in Rust types: the type is what the rest of the schema says.",
        example: ("spec.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\ncomponents:\n  schemas:\n    S: {type: string, not: {enum: [x]}}\n"),
        fix: "Nothing is lost on the wire (values are still sent and received); validate the condition in your code if it matters, and allow the lint.",
    }
    UnknownField {
        id: "S2R0025",
        name: "unknown-field",
        severity: Warning,
        summary: "A field the format does not define is ignored.",
        explanation: "Swagger 2.0 objects and OpenAPI path items have a fixed set of fields (plus `x-` extensions); others, often typos or fields of another version, are ignored.",
        example: (
            "spec.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\npaths:\n  /a:\n    get:\n      operationID: getA\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Correct the field's name (here `operationId`), or prefix a private field with `x-`.",
    }
    MalformedField {
        id: "S2R0026",
        name: "malformed-field",
        severity: Warning,
        summary: "A field has the wrong shape or an unknown value and is ignored.",
        explanation: "Where a lenient reading is possible (Swagger 2.0, Postman), a field of the wrong type (not an object, not a list, not a boolean) or with an unknown value (a parameter location, a body mode) is ignored, with this warning, instead of refusing the spec.",
        example: (
            "spec.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\npaths:\n  /a:\n    get:\n      parameters: {id: 1}\n      responses: {'200': {description: ok}}\n"
        ),
        fix: "Give the field the shape the format requires (here: `parameters` is a list).",
    }
    MissingField {
        id: "S2R0027",
        name: "missing-field",
        severity: Warning,
        summary: "A field the format requires is missing; a default is assumed.",
        explanation: "A Swagger 2.0 response without `description`, an operation without `responses`, a body parameter without `schema`, a Postman saved response without a status code: the generator assumes the obvious default or skips the part, and says so.",
        example: (
            "spec.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\npaths:\n  /a:\n    get:\n      responses: {'200': {schema: {type: string}}}\n"
        ),
        fix: "Add the field (here: `description: ok`).",
    }
}

impl Code {
    /// The kind a code (`S2R0011`, any case) or a name (`inferred-from-example`) stands for.
    pub fn parse(text: &str) -> Option<Code> {
        let text = text.trim();
        ALL.iter().copied().find(|code| {
            let entry = code.entry();
            entry.id.eq_ignore_ascii_case(text) || entry.name == text
        })
    }

    /// `S2R0011 (inferred-from-example)`.
    pub fn label(self) -> String {
        let entry = self.entry();
        format!("{} ({})", entry.id, entry.name)
    }

    /// The long explanation `spec-to-rust explain` prints, as Markdown.
    pub fn explain(self) -> String {
        let entry = self.entry();
        let mut out = format!("# {} `{}`: {}\n\n", entry.id, entry.name, entry.summary);
        out.push_str(&format!("{}\n\n", level_note(entry)));
        out.push_str(&format!("{}\n\n", entry.explanation));
        let example = entry.example;
        let fence = if example.file.ends_with(".json") { "json" } else { "yaml" };
        out.push_str(&format!("Example (`{}`):\n\n```{fence}\n{}\n```\n\n", example.file, example.text.trim_end()));
        if let Some(overrides) = example.overrides {
            out.push_str(&format!("with this `--overrides` file:\n\n```toml\n{}\n```\n\n", overrides.trim_end()));
        }
        out.push_str(&format!("Fix: {}\n", entry.fix));
        out
    }
}

/// What the default level is and how it can change.
fn level_note(entry: &Entry) -> String {
    match entry.severity {
        Severity::Error => "An error: generation stops and nothing is written. Errors cannot be allowed or \
                           turned into warnings; the spec (or the corrections) must be fixed."
            .to_owned(),
        Severity::Warning => format!(
            "A warning by default: the crate is still written. `--allow {0}` silences it, `--deny {0}` makes it \
             an error (also `[api.lints]` in a manifest).",
            entry.name
        ),
    }
}

/// The guide's diagnostics index (`docs/src/diagnostics.md`): a table of every kind, then each
/// explanation. `cargo xtask generate` writes it and `--check` fails when the committed page differs.
pub fn index_markdown() -> String {
    let mut out = String::from(
        "# Diagnostics\n\n\
         <!-- Generated by `cargo xtask generate` from generator/src/diagnostic/codes.rs: do not edit. -->\n\n\
         Every error and warning has a stable code and a name. `spec-to-rust explain CODE` prints its \
         explanation; warnings can be allowed or denied by code or name on the command line \
         (`--allow NAME`, `--warn NAME`, `--deny NAME`, `--deny-warnings`) and per API in a manifest \
         (`[api.lints]`, see the manifest reference). Errors cannot be allowed.\n\n\
         | Code | Name | Level | Summary |\n|---|---|---|---|\n",
    );
    for code in ALL {
        let entry = code.entry();
        let level = if entry.severity == Severity::Error { "error" } else { "warning" };
        out.push_str(&format!(
            "| [{}](#{}) | `{}` | {level} | {} |\n",
            entry.id,
            entry.id.to_ascii_lowercase(),
            entry.name,
            entry.summary.replace('|', "\\|")
        ));
    }
    for code in ALL {
        let explanation = code.explain();
        // One heading level down, under the page's title, with an anchor the table links to.
        let entry = code.entry();
        let body = explanation.split_once('\n').map_or("", |(_, rest)| rest);
        out.push_str(&format!(
            "\n## {} `{}` {{#{}}}\n\n**{}**\n{body}",
            entry.id,
            entry.name,
            entry.id.to_ascii_lowercase(),
            entry.summary
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_well_formed_and_in_order() {
        let mut previous = 0;
        let mut names = std::collections::HashSet::new();
        for code in ALL {
            let entry = code.entry();
            assert_eq!(entry.code, *code);
            let number: u32 = entry.id.strip_prefix("S2R").and_then(|n| n.parse().ok()).expect(entry.id);
            assert_eq!(entry.id.len(), 7, "{}", entry.id);
            assert!(number > previous, "{} is out of order", entry.id);
            previous = number;
            assert!(entry.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", entry.name);
            assert!(names.insert(entry.name), "{} twice", entry.name);
            assert_eq!(Code::parse(entry.id), Some(*code));
            assert_eq!(Code::parse(&entry.id.to_ascii_lowercase()), Some(*code));
            assert_eq!(Code::parse(entry.name), Some(*code));
            assert!(!entry.explanation.is_empty() && !entry.fix.is_empty() && !entry.example.text.is_empty());
        }
        assert_eq!(Code::parse("no-such-lint"), None);
    }
}

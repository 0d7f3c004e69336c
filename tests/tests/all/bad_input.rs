//! A catalogue of broken and odd specs run through the command line in-process. Each case asserts
//! the exit code, the message and its location, and that the output folder is left untouched when
//! generation fails. Nothing may panic.

use std::path::{Path, PathBuf};

use generator::cli::{EXIT_SPEC, EXIT_USAGE, run};

/// One case: a spec file's name and bytes, the expected exit code, and text the report must contain.
struct Case {
    name: &'static str,
    file: &'static str,
    contents: Vec<u8>,
    exit: u8,
    expect: &'static [&'static str],
}

fn case(
    name: &'static str,
    file: &'static str,
    contents: impl Into<Vec<u8>>,
    exit: u8,
    expect: &'static [&'static str],
) -> Case {
    Case { name, file, contents: contents.into(), exit, expect }
}

const OK: u8 = 0;

const MINIMAL_OPENAPI: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

fn openapi(paths_and_components: &str) -> String {
    format!("{MINIMAL_OPENAPI}{paths_and_components}")
}

/// An OpenAPI 3.1 document whose component schema `S` is `schema` (YAML flow style).
fn openapi31_schema(schema: &str) -> String {
    format!("openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\ncomponents:\n  schemas:\n    S: {schema}\n")
}

/// An OpenAPI document whose extension holds `levels` YAML anchors, each a list of ten aliases of
/// the one before: 10^levels nodes once expanded, from a few hundred bytes.
fn yaml_alias_bomb(levels: usize) -> String {
    let mut text = openapi("paths: {}\nx-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..levels {
        let items = vec![format!("*a{}", level - 1); 10].join(", ");
        text.push_str(&format!("x-a{level}: &a{level} [{items}]\n"));
    }
    text
}

/// Schemas nested `depth` levels deep through `properties`.
fn deeply_nested(depth: usize) -> String {
    let mut schema = String::from("{\"type\": \"string\"}");
    for _ in 0..depth {
        schema = format!("{{\"type\": \"object\", \"properties\": {{\"x\": {schema}}}}}");
    }
    format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}}, \"components\": {{\"schemas\": {{\"Deep\": {schema}}}}}}}"
    )
}

/// A valid spec nested exactly `levels` levels deep (its top-level mapping is the first level):
/// an extension holds the lists that nest the rest.
fn nested_to(levels: usize, json: bool) -> String {
    let lists = format!("{}{}", "[".repeat(levels - 1), "]".repeat(levels - 1));
    if json {
        format!(
            "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}}, \"x-deep\": {lists}}}"
        )
    } else {
        openapi(&format!("paths: {{}}\nx-deep: {lists}\n"))
    }
}

fn cases() -> Vec<Case> {
    vec![
        // Regression (class: rings of unions and aliases, whose decoders overflowed the stack on `{}`).
        case(
            "ring of single-alternative unions",
            "union-ring.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    A: {oneOf: [{$ref: '#/components/schemas/B'}]}\n    B: {anyOf: [{$ref: '#/components/schemas/A'}]}\n",
            ),
            EXIT_SPEC,
            &[
                "error[S2R0008]",
                "`A` → `B` → `A` is a ring of unions and aliases",
                "it has no value at all",
                "union-ring.yaml:6:5",
            ],
        ),
        case(
            "ring of unions through allOf and a nullable alias",
            "union-ring-mixed.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    A: {oneOf: [{type: string}, {$ref: '#/components/schemas/B'}]}\n    B: {allOf: [{$ref: '#/components/schemas/C'}]}\n    C: {nullable: true, anyOf: [{$ref: '#/components/schemas/A'}]}\n",
            ),
            EXIT_SPEC,
            &[
                "error[S2R0008]",
                "`A` → `B` → `C` → `A` is a ring",
                "no other alternative accepts",
                "union-ring-mixed.yaml:6:5",
            ],
        ),
        // Regression (class: the depth budget's boundary, which JSON and YAML put one level apart).
        case("JSON nested exactly 128 deep", "deep128.json", nested_to(128, true), OK, &[]),
        case("YAML nested exactly 128 deep", "deep128.yaml", nested_to(128, false), OK, &[]),
        case(
            "JSON nested 129 deep",
            "deep129.json",
            nested_to(129, true),
            EXIT_SPEC,
            &["error[S2R0003]", "the document is nested more than 128 levels deep", "deep129.json:1:"],
        ),
        case(
            "YAML nested 129 deep",
            "deep129.yaml",
            nested_to(129, false),
            EXIT_SPEC,
            &["error[S2R0003]", "the document is nested more than 128 levels deep", "deep129.yaml:4:"],
        ),
        case("empty file", "empty.yaml", "", EXIT_SPEC, &["error[S2R0001]", "the file is empty"]),
        case("whitespace only", "blank.json", "  \n\t\n", EXIT_SPEC, &["error[S2R0001]", "the file is empty"]),
        case(
            "binary garbage",
            "garbage.json",
            vec![0xff, 0xfe, 0x00, 0x9f, 0x12, 0x80],
            EXIT_SPEC,
            &["error[S2R0001]", "not UTF-8 text", "offset 0"],
        ),
        case(
            "truncated JSON",
            "truncated.json",
            "{\"openapi\": \"3.0.0\",\n \"info\": {\"title\": \"x\"",
            EXIT_SPEC,
            &["error[S2R0001]", "invalid JSON: EOF while parsing", "truncated.json:2:"],
        ),
        case(
            "truncated YAML",
            "truncated.yaml",
            "openapi: 3.0.0\ninfo:\n  title: \"unterminated\n",
            EXIT_SPEC,
            &["error[S2R0001]", "invalid YAML", "truncated.yaml:"],
        ),
        case(
            "YAML with a tab indent",
            "tabs.yaml",
            "openapi: 3.0.0\ninfo:\n\ttitle: x\n",
            EXIT_SPEC,
            &["error[S2R0001]", "invalid YAML", "tabs.yaml:3:"],
        ),
        case(
            "YAML with duplicate keys",
            "dupes.yaml",
            "openapi: 3.0.0\nopenapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n",
            EXIT_SPEC,
            &["error[S2R0001]", "invalid YAML", "duplicate"],
        ),
        case(
            "a JSON array at the top",
            "array.json",
            "[1, 2]",
            EXIT_SPEC,
            &["error[S2R0001]", "expected an object at the top level"],
        ),
        case(
            "neither OpenAPI nor Postman",
            "other.yaml",
            "name: something\nversion: 2\n",
            EXIT_SPEC,
            &["error[S2R0002]", "not an OpenAPI document or a Postman collection"],
        ),
        case(
            "Swagger 1.2",
            "swagger.json",
            "{\"swagger\": \"1.2\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}",
            EXIT_SPEC,
            &["error[S2R0002]", "Swagger version \"1.2\" is not supported", "swagger.json:1:2"],
        ),
        case(
            "Swagger 2.0 is read like OpenAPI 3.0",
            "swagger2.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\npaths:\n  /pets/{id}:\n    get:\n      operationId: getPet\n      parameters: [{name: id, in: path, required: true, type: integer}]\n      responses: {'200': {description: ok, schema: {type: object, properties: {name: {type: string}}}}}\n",
            OK,
            &[],
        ),
        case(
            "OpenAPI 3.1 if/then/else",
            "conditional.yaml",
            openapi31_schema("{type: object, if: {required: [a]}, then: {required: [b]}, else: {required: [c]}}"),
            OK,
            &[
                "warning[S2R0024]",
                "`if`/`then`/`else` is not honoured",
                "conditional.yaml:5:23",
                "at JSON pointer /components/schemas/S/if",
            ],
        ),
        case(
            "OpenAPI 3.1 not",
            "not.yaml",
            openapi31_schema("{type: string, not: {enum: [x]}}"),
            OK,
            &[
                "warning[S2R0024]",
                "`not` is not honoured",
                "not.yaml:5:23",
                "at JSON pointer /components/schemas/S/not",
            ],
        ),
        case(
            "OpenAPI 3.1 dependentSchemas",
            "dependent.yaml",
            openapi31_schema("{type: object, dependentSchemas: {a: {required: [b]}}}"),
            OK,
            &[
                "warning[S2R0024]",
                "`dependentSchemas` is not honoured",
                "at JSON pointer /components/schemas/S/dependentSchemas",
            ],
        ),
        case(
            "OpenAPI 3.1 $dynamicRef to an anchor",
            "dynamic.yaml",
            openapi31_schema("{type: object, properties: {next: {$dynamicRef: '#node'}}}"),
            OK,
            &[
                "warning[S2R0024]",
                "`$dynamicRef` is only followed to `#`",
                "at JSON pointer /components/schemas/S/properties/next/$dynamicRef",
            ],
        ),
        case(
            "OpenAPI 3.2 querystring in JSON",
            "querystring.yaml",
            "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: querystring, content: {application/json: {schema: {type: object}}}}\n      responses: {'200': {description: ok}}\n",
            OK,
            &[
                "warning[S2R0021]",
                "a query string in `application/json` cannot be built from typed values",
                "the `q` parameter is skipped",
            ],
        ),
        case(
            "OpenAPI 3.1 mutual TLS",
            "mtls.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nsecurity: [{tls: []}]\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\ncomponents:\n  securitySchemes:\n    tls: {type: mutualTLS}\n",
            OK,
            &[],
        ),
        case(
            "OpenAPI 3.1 unknown schema dialect",
            "dialect.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\njsonSchemaDialect: https://example.com/mine\n",
            OK,
            &["warning[S2R0024]", "`jsonSchemaDialect` https://example.com/mine is not known", "dialect.yaml:3:1"],
        ),
        case(
            "OpenAPI 3.1 broken component schema",
            "broken31.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    S: {type: object, properties: {a: {$ref: '#/components/schemas/Missing', description: d}}}\n",
            EXIT_SPEC,
            &[
                "error[S2R0006]",
                "`$ref: #/components/schemas/Missing` does not point to a schema",
                "broken31.yaml:5:",
                "at JSON pointer /components/schemas/S/properties/a/$ref\n",
            ],
        ),
        case(
            "OpenAPI 4",
            "v4.yaml",
            "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            EXIT_SPEC,
            &[
                "error[S2R0002]",
                "OpenAPI 4.0.0 is not supported",
                "reads OpenAPI 3.0.x, 3.1.x and 3.2.x",
                "v4.yaml:1:1",
            ],
        ),
        case(
            "openapi given as a number",
            "number.yaml",
            "openapi: 3\ninfo: {title: t, version: '1'}\npaths: {}\n",
            EXIT_SPEC,
            &["error[S2R0002]", "`openapi` must be a version string", "number.yaml:1:1"],
        ),
        case(
            "paths is a list",
            "paths.yaml",
            openapi("paths: []\n"),
            EXIT_SPEC,
            &["error[S2R0004]", "invalid type: sequence", "paths.yaml:3:1", "at JSON pointer /paths"],
        ),
        case(
            "title is a number",
            "title.json",
            "{\"openapi\": \"3.0.0\", \"info\": {\"title\": 5, \"version\": \"1\"}, \"paths\": {}}",
            EXIT_SPEC,
            &["error[S2R0004]", "invalid type: integer `5`", "at JSON pointer /info/title"],
        ),
        case(
            "dangling schema $ref",
            "dangling.yaml",
            openapi(
                "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Missing'\n",
            ),
            EXIT_SPEC,
            &[
                "error[S2R0006]",
                "`$ref: #/components/schemas/Missing` does not point to a schema",
                "dangling.yaml:12:17",
            ],
        ),
        // Regression (class: a copy's key taken by the spec): a schema found outside the schema
        // section is copied into it under a key of the bundler's; the spec using that key is refused.
        case(
            "schema named like the key of a copied schema",
            "copy-key.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    '@copy0': {type: string}\n    Disk:\n      type: object\n      properties:\n        size: {type: string}\n    A: {$ref: '#/components/schemas/Disk/properties/size'}\n",
            ),
            EXIT_SPEC,
            &[
                "error[S2R0006]",
                "is copied into it under `@copy0`, but the spec's own `/components/schemas` uses that name",
                "copy-key.yaml:11:9",
            ],
        ),
        case(
            "$ref to a file that does not exist",
            "external.yaml",
            openapi(
                "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: 'missing.yaml#/Pet'\n",
            ),
            EXIT_SPEC,
            &["error[S2R0006]", "`$ref: missing.yaml#/Pet`: cannot read `missing.yaml`", "external.yaml:12:17"],
        ),
        case(
            "$ref cycle between schemas still generates (boxed)",
            "cycle.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      required: [next]\n      properties:\n        next: {$ref: '#/components/schemas/Link'}\n    Link:\n      type: object\n      required: [node]\n      properties:\n        node: {$ref: '#/components/schemas/Node'}\n",
            ),
            OK,
            &[],
        ),
        case(
            "$ref cycle between parameters",
            "param-cycle.yaml",
            openapi(
                "paths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/A'\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    A: {$ref: '#/components/parameters/B'}\n    B: {$ref: '#/components/parameters/A'}\n",
            ),
            EXIT_SPEC,
            &[
                "error[S2R0007]",
                "`$ref: #/components/parameters/A` starts a cycle of references that never reaches an object",
                "param-cycle.yaml:7:11",
            ],
        ),
        case(
            "duplicate operationIds are renamed with a warning",
            "dupe-ids.yaml",
            openapi(
                "paths:\n  /a:\n    get:\n      operationId: list\n      tags: [a]\n      responses: {'200': {description: ok}}\n  /b:\n    get:\n      operationId: list\n      tags: [b]\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &[
                "warning[S2R0014]",
                "warning[S2R0014]: operation name `list` is used twice; this one is generated as `b_list`",
                "dupe-ids.yaml:10:5",
            ],
        ),
        case(
            "path placeholder without a parameter",
            "no-param.yaml",
            openapi("paths:\n  /pets/{id}:\n    get:\n      responses: {'200': {description: ok}}\n"),
            OK,
            &["warning[S2R0016]", "path placeholder `{id}` has no path parameter", "no-param.yaml:5:5"],
        ),
        case(
            "path parameter missing from the template",
            "extra-param.yaml",
            openapi(
                "paths:\n  /pets:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &["warning[S2R0016]", "path parameter `id` does not appear in the path template"],
        ),
        case(
            "a path item given as $ref to nothing",
            "path-ref.yaml",
            openapi("paths:\n  /a:\n    $ref: '#/components/pathItems/A'\n"),
            EXIT_SPEC,
            &["error[S2R0006]", "`$ref: #/components/pathItems/A` does not point to anything in", "path-ref.yaml:5:5"],
        ),
        case(
            "a schema that is only a $ref to itself",
            "self-ref.yaml",
            openapi("paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n"),
            EXIT_SPEC,
            &["error[S2R0007]", "schema `A` is only a reference to itself", "self-ref.yaml:6:9"],
        ),
        case(
            "a $ref to a URL",
            "url-ref.yaml",
            openapi("paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'https://example.com/a.yaml#/A'}\n"),
            EXIT_SPEC,
            &[
                "error[S2R0006]",
                "URLs are never fetched; only local files beside the spec are read",
                "url-ref.yaml:6:9",
            ],
        ),
        case(
            "a $ref into another schema's property",
            "inner-ref.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    Disk: {type: object, properties: {fs: {type: string, enum: [ext4]}}}\n    B: {type: object, properties: {fs: {$ref: '#/components/schemas/Disk/properties/fs'}}}\n",
            ),
            OK,
            &[],
        ),
        case(
            "numbers beyond 64 bits",
            "big.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    N: {type: integer, minimum: -9223372036854776000, maximum: 18446744073709551616}\n",
            ),
            OK,
            &[
                "warning[S2R0010]",
                "warning[S2R0010]: the number -9223372036854776000 does not fit in 64 bits; it is read as -9223372036854775808",
                "big.yaml:6:24",
            ],
        ),
        case(
            "names that collide after case conversion",
            "collide.yaml",
            openapi(
                "paths: {}\ncomponents:\n  schemas:\n    pet: {type: object, properties: {a: {type: string}}}\n    Pet: {type: object, properties: {b: {type: string}}}\n    PET-: {type: string, enum: [x]}\n",
            ),
            OK,
            &[],
        ),
        case(
            "an example that contradicts its schema",
            "contradiction.yaml",
            openapi(
                "paths:\n  /usage:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {price: {type: number}}}\n              example: {price: '0.0025'}\n",
            ),
            OK,
            &[
                "warning[S2R0013]",
                "example 1 of the 200 response contradicts its schema: at `.price` expected a number, found the string \"0.0025\"",
                "contradiction.yaml:7:9",
            ],
        ),
        case(
            "100-level nested schema",
            "deep.json",
            deeply_nested(100),
            EXIT_SPEC,
            &["error[S2R0003]", "the document is nested more than 128 levels deep", "deep.json:1:"],
        ),
        case(
            "JSON nested 100,000 deep",
            "deep-array.json",
            format!("{{\"openapi\": \"3.0.3\",\n\"x\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000)),
            EXIT_SPEC,
            &["error[S2R0003]", "the document is nested more than 128 levels deep", "deep-array.json:2:"],
        ),
        case(
            "YAML flow collections nested 100,000 deep",
            "deep-flow.yaml",
            format!("openapi: 3.0.3\nx: {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
            EXIT_SPEC,
            &["error[S2R0003]", "the document is nested more than 128 levels deep", "deep-flow.yaml:2:"],
        ),
        case(
            "YAML alias bomb",
            "bomb.yaml",
            yaml_alias_bomb(9),
            EXIT_SPEC,
            &[
                "error[S2R0003]",
                "YAML aliases expand this document beyond 250000 nodes and scalar bytes",
                "bomb.yaml:9:",
            ],
        ),
        case(
            "JSON with a duplicate key",
            "dupes.json",
            "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"},\n\"paths\": {\n  \"/a\": {\"get\": {\"responses\": {}}},\n  \"/a\": {\"post\": {\"responses\": {}}}\n}}",
            EXIT_SPEC,
            &["error[S2R0001]", "duplicate key", "dupes.json:4:", "at JSON pointer /paths/~1a"],
        ),
        case(
            "YAML starting with a byte order mark is read like JSON with one",
            "bom.yaml",
            format!("\u{FEFF}{}", openapi("servers: [{url: 'https://h.com'}]\npaths: {}\n")),
            OK,
            &[],
        ),
        case(
            "JSON starting with a byte order mark",
            "bom.json",
            "\u{FEFF}{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"servers\": [{\"url\": \"https://h.com\"}], \"paths\": {}}",
            OK,
            &[],
        ),
        case("40-level nested schema is fine", "deep-ok.json", deeply_nested(40), OK, &[]),
        case(
            "Postman collection without info",
            "no-info.json",
            "{\"item\": []}",
            EXIT_SPEC,
            &["error[S2R0005]", "a Postman collection needs an `info` object", "at JSON pointer /info"],
        ),
        case(
            "OpenAPI path with a placeholder inside a placeholder",
            "nested-braces.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /d/{{id}}:\n    get:\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &[
                "warning[S2R0015]",
                "path `/d/{{id}}` is not a valid template: it has a `{` inside a placeholder; its operations are skipped",
                "nested-braces.yaml:5:3",
            ],
        ),
        case(
            "OpenAPI path with an unclosed placeholder",
            "unclosed.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /a/{id:\n    get:\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &[
                "warning[S2R0015]",
                "path `/a/{id` is not a valid template: it has a `{` that is never closed",
                "unclosed.yaml:5:3",
            ],
        ),
        case(
            "OpenAPI header parameter name with a space",
            "header-space.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: 'X Trace', in: header, schema: {type: string}}\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &[
                "warning[S2R0020]",
                "header name \"X Trace\" is not a valid HTTP header name",
                "the parameter is skipped",
                "header-space.yaml:8:",
            ],
        ),
        case(
            "OpenAPI header parameter name with a newline",
            "header-newline.json",
            "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"servers\": [{\"url\": \"https://h.example\"}],\n \"paths\": {\"/a\": {\"get\": {\"parameters\": [{\"name\": \"X-A\\nInjected\", \"in\": \"header\", \"schema\": {\"type\": \"string\"}}], \"responses\": {\"200\": {\"description\": \"ok\"}}}}}}",
            OK,
            &[
                "warning[S2R0020]",
                "header name \"X-A\\nInjected\" is not a valid HTTP header name",
                "at JSON pointer /paths/~1a/get/parameters/0/name",
            ],
        ),
        case(
            "OpenAPI relative server URL",
            "relative-server.yaml",
            openapi("servers: [{url: /api/v3}]\npaths: {}\n"),
            OK,
            &[
                "warning[S2R0017]",
                "server URL `/api/v3` is relative, so the client has no default server; give it one with `with_base_url(\"https://<host>/api/v3\")`",
                "relative-server.yaml:3:",
            ],
        ),
        case(
            "OpenAPI servers on an operation",
            "operation-servers.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /a:\n    get:\n      servers: [{url: 'https://other.example'}]\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &[
                "warning[S2R0018]",
                "`servers` here (https://other.example) is not honoured: the client sends these requests to its base URL",
                "at JSON pointer /paths/~1a/get/servers",
            ],
        ),
        case(
            "OpenAPI servers on a path",
            "path-servers.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /a:\n    servers: [{url: 'https://other.example'}]\n    get:\n      responses: {'200': {description: ok}}\n",
            ),
            OK,
            &[
                "warning[S2R0018]",
                "`servers` here (https://other.example) is not honoured",
                "at JSON pointer /paths/~1a/servers",
            ],
        ),
        case(
            "Postman header name with a space",
            "header-space.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"https://h.com/a\",\n \"header\": [{\"key\": \"X Trace\", \"value\": \"1\"}]}}]}",
            OK,
            &[
                "warning[S2R0020]",
                "header name \"X Trace\" is not a valid HTTP header name",
                "the header is skipped",
                "header-space.json:2:",
                "at JSON pointer /item/0/request/header/0/key",
            ],
        ),
        case(
            "Postman collection without a name",
            "no-name.json",
            "{\"info\": {\"schema\": \"x\"}, \"item\": []}",
            EXIT_SPEC,
            &["error[S2R0005]", "the collection has no name", "no-name.json:1:2"],
        ),
        case(
            "Postman item is not a list",
            "item-object.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": {}}",
            EXIT_SPEC,
            &["error[S2R0005]", "`item` must be an array"],
        ),
        case(
            "Postman item with neither request nor item",
            "hollow.json",
            "{\"info\": {\"name\": \"c\"},\n \"item\": [\n  {\"name\": \"nothing here\"}\n ]}",
            OK,
            &["warning[S2R0026]", "item has neither `request` nor `item`; skipped", "hollow.json:3:3"],
        ),
        case(
            "Postman request without a URL",
            "no-url.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": [{\"name\": \"r\", \"request\": {\"method\": \"GET\"}}]}",
            EXIT_SPEC,
            &["error[S2R0005]", "the request has no URL", "at JSON pointer /item/0/request/url"],
        ),
        case(
            "Postman URL with no host",
            "no-host.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": [{\"name\": \"r\", \"request\": {\"method\": \"GET\", \"url\": {\"path\": [\"a\"]}}}]}",
            OK,
            &["warning[S2R0017]", "the request URL has no host", "the client must be given a base URL"],
        ),
        case(
            "Postman unknown auth type",
            "auth.json",
            "{\"info\": {\"name\": \"c\"}, \"auth\": {\"type\": \"quantum\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"https://h.com/a\"}}]}",
            OK,
            &["warning[S2R0019]", "auth type `quantum` is not supported"],
        ),
        case(
            "Postman unknown body mode",
            "mode.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": [{\"name\": \"r\", \"request\": {\"method\": \"POST\", \"url\": \"https://h.com/a\", \"body\": {\"mode\": \"telepathy\"}}}]}",
            OK,
            &["warning[S2R0026]", "body mode `telepathy` is not known"],
        ),
        case(
            "Postman response example whose code is not a number",
            "no-code.json",
            "{\"info\": {\"name\": \"c\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"https://h.com/a\"}, \"response\": [{\"name\": \"x\", \"code\": \"two hundred\", \"body\": \"{}\"}]}]}",
            OK,
            &["warning[S2R0027]", "response example has no valid status `code`; skipped"],
        ),
        case(
            "a response known only from its example",
            "example-only.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {example: {id: 7}}}\n",
            ),
            OK,
            &["warning[S2R0011]", "no schema; the type is inferred from the example", "example-only.yaml:10:"],
        ),
        case(
            "a malformed example without a schema",
            "bad-example.yaml",
            openapi(
                "servers: [{url: 'https://h.example'}]\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {example: '{\"id\": 7,, ]'}}\n",
            ),
            OK,
            &["warning[S2R0012]", "the example is malformed JSON"],
        ),
        case(
            "an OpenAPI 3.1 webhook",
            "webhook.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://h.example'}]\nwebhooks:\n  ping:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object, properties: {at: {type: string}}}}}}\n      responses: {'200': {description: ok}}\n",
            OK,
            &["warning[S2R0022]", "webhook `ping` is a request the API sends"],
        ),
        case(
            "an OpenAPI 3.2 stream of JSON lines (server-sent events are decoded, without a warning)",
            "events.yaml",
            "openapi: 3.2.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://h.example'}]\npaths:\n  /events:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/jsonl: {itemSchema: {type: object, properties: {data: {type: string}}}}}\n",
            OK,
            &["warning[S2R0023]", "`application/jsonl` streams items"],
        ),
        case(
            "a Swagger 2.0 operation field of another version",
            "swagger-field.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: h.example\npaths:\n  /a:\n    get:\n      requestBody: {}\n      responses: {'200': {description: ok}}\n",
            OK,
            &["warning[S2R0025]", "`requestBody` is not a Swagger 2.0 operation field; it is ignored"],
        ),
    ]
}

/// A folder standing in for a previous `generated/`: the generator's marked Cargo.toml and one file,
/// both in its record (so that a successful run removes `previous.rs`).
fn previous_output(root: &Path) -> PathBuf {
    let out = root.join("out");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("Cargo.toml"), format!("{}\n", generator::emit::MARKER)).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("previous.rs"), "// the crate generated before").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join(generator::output::RECORD), "Cargo.toml\nprevious.rs\n").unwrap_or_else(|e| panic!("{e}"));
    out
}

/// A diagnostic's first line without its code; the summary lines (`error: 2 warnings, …`, `… and N
/// more like this`) are not diagnostics.
fn uncoded_header(line: &str) -> bool {
    (line.starts_with("error: ") || line.starts_with("warning: "))
        && !line.contains(" more like this: ")
        && !line.contains("nothing was written")
}

fn run_cli(args: &[&str]) -> (u8, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(args.iter().copied(), &mut out, &mut err);
    (code, String::from_utf8_lossy(&err).into_owned())
}

#[test]
fn every_bad_input_gets_a_located_message_and_the_right_exit_code() {
    let cases = cases();
    assert!(cases.len() >= 30, "the catalogue holds {} cases", cases.len());
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for case in &cases {
        let root = dir.path().join(case.name.replace(' ', "_"));
        let out = previous_output(&root);
        let spec = root.join(case.file);
        std::fs::write(&spec, &case.contents).unwrap_or_else(|e| panic!("{e}"));
        let (code, report) =
            run_cli(&["generator", "generate", &spec.to_string_lossy(), "--out", &out.to_string_lossy()]);
        let mut missing: Vec<_> =
            case.expect.iter().map(|text| text.to_string()).filter(|text| !report.contains(text)).collect();
        // Every diagnostic names its kind's code: `error[S2R0001]: …`, `warning[S2R0011]: …`.
        missing.extend(report.lines().filter(|line| uncoded_header(line)).map(|line| format!("a code in `{line}`")));
        let previous_kept = out.join("previous.rs").exists();
        let ok = code == case.exit && missing.is_empty() && (case.exit == OK) != previous_kept;
        if !ok {
            failures.push(format!(
                "{}: exit {code} (expected {}), missing {missing:?}, previous output kept: {previous_kept}\n{report}",
                case.name, case.exit
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}

/// Specs split over files: what a `$ref` to another file may reach, and where its errors are reported.
#[test]
fn references_to_other_files_stay_in_the_spec_folder_and_are_located() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap_or(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        path
    };
    write("secret.yaml", "type: string\n");
    write("api/defs.yaml", "Pet:\n  type: object\n  properties:\n    owner: {$ref: '#/Owner'}\n");
    let schema_ref =
        |target: &str| openapi(&format!("paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{target}'}}\n"));
    let cases: [(&str, String, u8, &[&str]); 3] = [
        ("api/ok.yaml", schema_ref("defs.yaml#/Pet"), EXIT_SPEC, &["does not point to anything in", "defs.yaml:4:13"]),
        (
            "api/outside.yaml",
            schema_ref("../secret.yaml"),
            EXIT_SPEC,
            &["`../secret.yaml` is outside the spec's folder", "outside.yaml:6:9"],
        ),
        (
            "api/missing.yaml",
            schema_ref("nothing.yaml"),
            EXIT_SPEC,
            &["cannot read `nothing.yaml`", "missing.yaml:6:9"],
        ),
    ];
    for (file, text, exit, expect) in cases {
        let spec = write(file, &text);
        let out = previous_output(&dir.path().join(file.replace('/', "_")));
        let (code, report) =
            run_cli(&["generator", "generate", &spec.to_string_lossy(), "--out", &out.to_string_lossy()]);
        let missing: Vec<_> = expect.iter().filter(|text| !report.contains(*text)).collect();
        assert!(code == exit && missing.is_empty(), "{file}: exit {code}, missing {missing:?}\n{report}");
    }
    write("api/defs.yaml", "Pet:\n  type: object\n  properties:\n    name: {type: string}\n");
    let spec = write("api/fine.yaml", &schema_ref("./defs.yaml#/Pet"));
    let out = dir.path().join("fine-out");
    let (code, report) = run_cli(&["generator", "generate", &spec.to_string_lossy(), "--out", &out.to_string_lossy()]);
    assert_eq!(code, OK, "{report}");
}

/// Every file a spec reads is checked against the budgets the spec is (depth, duplicate keys, alias
/// expansion), before a document is built from it, and the error names that file.
#[test]
fn budgets_apply_to_every_file_a_spec_reads() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        path
    };
    let deep = 100_000;
    write("deep.yaml", &format!("a: {}{}\n", "[".repeat(deep), "]".repeat(deep)));
    write("deep.json", &format!("{{\"a\": {}{}}}", "[".repeat(deep), "]".repeat(deep)));
    write("repeated.json", "{\n  \"type\": \"object\",\n  \"type\": \"string\"\n}\n");
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..9 {
        bomb.push_str(&format!("a{level}: &a{level} [{}]\n", vec![format!("*a{}", level - 1); 10].join(", ")));
    }
    write("bomb.yaml", &bomb);
    let schema_ref =
        |target: &str| openapi(&format!("paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{target}'}}\n"));
    let cases: [(&str, &str, &[&str]); 4] = [
        (
            "deep-yaml.yaml",
            "deep.yaml#/a",
            &["the document is nested more than 128 levels deep", "deep.yaml:1:", "read for `$ref: deep.yaml#/a` in"],
        ),
        ("deep-json.yaml", "deep.json#/a", &["the document is nested more than 128 levels deep", "deep.json:1:"]),
        (
            "repeated.yaml",
            "repeated.json",
            &["duplicate key: this member is given twice in one object", "repeated.json:3:", "/type"],
        ),
        ("bomb-spec.yaml", "bomb.yaml#/a8", &["YAML aliases expand this document beyond 250000", "bomb.yaml:"]),
    ];
    for (file, target, expect) in cases {
        let spec = write(file, &schema_ref(target));
        let out = previous_output(&dir.path().join(format!("out-{file}")));
        let started = std::time::Instant::now();
        let (code, report) =
            run_cli(&["generator", "generate", &spec.to_string_lossy(), "--out", &out.to_string_lossy()]);
        let missing: Vec<_> = expect.iter().filter(|text| !report.contains(*text)).collect();
        assert!(code == EXIT_SPEC && missing.is_empty(), "{file}: exit {code}, missing {missing:?}\n{report}");
        assert!(out.join("previous.rs").exists(), "{file}: the previous output is kept");
        eprintln!("{file}: refused in {:?}", started.elapsed());
    }
}

#[test]
fn usage_and_io_errors_exit_with_2() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let missing = dir.path().join("missing.yaml");
    let (code, report) = run_cli(&["generator", "generate", &missing.to_string_lossy(), "--out", "x"]);
    assert_eq!(code, EXIT_USAGE);
    assert!(report.contains("missing.yaml") && report.contains("No such file"), "{report}");

    let (code, report) = run_cli(&["generator", "generate", "--no-such-flag"]);
    assert_eq!(code, EXIT_USAGE);
    assert!(report.contains("unexpected argument '--no-such-flag'"), "{report}");

    // The output folder's parent is a file: nothing can be written.
    let spec = dir.path().join("ok.yaml");
    std::fs::write(&spec, openapi("paths: {}\n")).unwrap_or_else(|e| panic!("{e}"));
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap_or_else(|e| panic!("{e}"));
    let (code, report) =
        run_cli(&["generator", "generate", &spec.to_string_lossy(), "--out", &blocker.join("out").to_string_lossy()]);
    assert_eq!(code, EXIT_USAGE, "{report}");
}

#[test]
fn deny_warnings_turns_warnings_into_a_failure() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = previous_output(dir.path());
    let spec = dir.path().join("warn.yaml");
    std::fs::write(&spec, openapi("paths:\n  /pets/{id}:\n    get:\n      responses: {'200': {description: ok}}\n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let args = ["generator", "generate", &spec.to_string_lossy(), "--out", &out.to_string_lossy(), "--deny-warnings"]
        .map(String::from);
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = run(args, &mut stdout, &mut stderr);
    let report = String::from_utf8_lossy(&stderr);
    assert_eq!(code, EXIT_SPEC);
    // The path placeholder without a parameter, and the missing server URL.
    assert!(report.contains("error: 2 warnings, and --deny-warnings is set; nothing was written"), "{report}");
    assert!(out.join("previous.rs").exists());
}

#[test]
fn a_rendered_error_shows_the_source_line_with_a_marker() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = dir.path().join("paths.yaml");
    std::fs::write(&spec, openapi("paths: []\n")).unwrap_or_else(|e| panic!("{e}"));
    let (_, report) =
        run_cli(&["generator", "generate", &spec.to_string_lossy(), "--out", &dir.path().join("o").to_string_lossy()]);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines[0], "error[S2R0004]: not a valid OpenAPI document: invalid type: sequence, expected struct Paths");
    assert!(lines[1].ends_with("paths.yaml:3:1"), "{report}");
    assert_eq!(lines[3], "3 │ paths: []");
    assert_eq!(lines[4], "  │ ^^^^^");
    assert_eq!(lines[6], "  = at JSON pointer /paths");
}

/// Regression (class: overrides naming targets that do not exist): `--overrides` corrections apply
/// to the module named after the spec; an unknown target fails with the key's line and column in
/// the overrides file and leaves the output untouched; an unknown module is a usage error.
#[test]
fn overrides_file_applies_or_fails_located() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = dir.path().join("pets.yaml");
    let responses = "responses: {'200': {description: ok, content: {application/json: {example: {id: 1}}}}}";
    std::fs::write(&spec, openapi(&format!("servers: [{{url: 'http://x'}}]\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      {responses}\n")))
        .unwrap_or_else(|e| panic!("{e}"));
    let overrides = dir.path().join("fix.toml");
    let out = previous_output(dir.path());
    let (spec_arg, out_arg, overrides_arg) =
        (spec.to_string_lossy(), out.to_string_lossy(), overrides.to_string_lossy());
    let generate = |text: &str| {
        std::fs::write(&overrides, text).unwrap_or_else(|e| panic!("{e}"));
        run_cli(&["generator", "generate", &spec_arg, "--out", &out_arg, "--overrides", &overrides_arg])
    };
    let (code, report) =
        generate("[[api]]\nmodule = \"pets\"\n[api.types.ListPetsResponse.fields.idd]\nrequired = true\n");
    assert_eq!(code, EXIT_SPEC, "{report}");
    assert!(report.contains("error[S2R0009]: type `ListPetsResponse` has no field `idd` (there are: id)"), "{report}");
    assert!(report.contains("fix.toml:3:36"), "{report}");
    assert!(out.join("previous.rs").exists());

    // Regression (class: an override's enum listing a value twice, which gave an unreachable match arm).
    let (code, report) =
        generate("[[api]]\nmodule = \"pets\"\n[api.types.ListPetsResponse.fields.id]\nenum = [\"a\", \"b\", \"a\"]\n");
    assert_eq!(code, EXIT_SPEC, "{report}");
    assert!(report.contains("`enum` lists the value \"a\" twice; list each value once"), "{report}");
    assert!(report.contains("fix.toml:3:"), "{report}");
    assert!(out.join("previous.rs").exists());

    let (code, report) = generate("[[api]]\nmodule = \"cats\"\n");
    assert_eq!(code, EXIT_USAGE, "{report}");
    assert!(report.contains("no module `cats` (the specs give: pets)"), "{report}");

    let (code, report) = generate(
        "[[api]]\nmodule = \"pets\"\n[api.types.ListPetsResponse.fields.id]\nrequired = true\ntype = \"u32\"\n",
    );
    assert_eq!(code, OK, "{report}");
    let models = std::fs::read_to_string(out.join("src/pets/models.rs")).unwrap_or_else(|e| panic!("{e}"));
    assert!(models.contains("pub id: u32,"), "{models}");
}

/// Every diagnostic code has a case in this file (the overrides test holds `invalid-override`'s), so
/// that a kind cannot be added without one.
#[test]
fn every_diagnostic_code_has_a_catalogue_case() {
    let this_file = include_str!("bad_input.rs");
    let expected: Vec<&str> = cases().iter().flat_map(|case| case.expect.iter().copied()).collect();
    let missing: Vec<&str> = generator::diagnostic::codes::ALL
        .iter()
        .map(|code| code.entry().id)
        .filter(|id| !expected.iter().any(|text| text.contains(&format!("[{id}]"))))
        .filter(|id| !this_file.contains(&format!("error[{id}]: type `ListPetsResponse`")))
        .collect();
    assert!(missing.is_empty(), "codes without a case in the bad-input catalogue: {missing:?}");
}

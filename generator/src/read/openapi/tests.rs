//! Regression tests of the reference classes the OpenAPI and Swagger readers handle, one per class.

use std::path::Path;

use crate::ir::{Api, Field, Type, TypeKind};
use crate::read::{Spec, name_read_types, read_file, read_named as read_str};

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://h'}]\n";
const SWAGGER_HEAD: &str = "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: h\n";

fn read(body: &str) -> Spec {
    read_str("spec.yaml", &format!("{HEAD}{body}")).unwrap_or_else(|e| panic!("{e}"))
}

fn error(body: &str) -> String {
    match read_str("spec.yaml", &format!("{HEAD}{body}")) {
        Ok(_) => panic!("expected an error"),
        Err(error) => error.to_string(),
    }
}

fn fields<'a>(api: &'a Api, type_name: &str) -> &'a [Field] {
    let def = api.types.iter().find(|t| t.name == type_name).unwrap_or_else(|| panic!("no type {type_name}"));
    match &def.kind {
        TypeKind::Struct { fields, .. } => fields,
        other => panic!("{type_name} is {other:?}"),
    }
}

fn field<'a>(api: &'a Api, type_name: &str, field: &str) -> &'a Field {
    fields(api, type_name).iter().find(|f| f.name == field).unwrap_or_else(|| panic!("no field {field}"))
}

#[test]
fn all_of_with_a_documentation_member_is_the_referenced_type() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Tag: {type: object, properties: {name: {type: string}}}\n    Item:\n      type: object\n      properties:\n        tag:\n          allOf:\n            - $ref: '#/components/schemas/Tag'\n            - description: The item's tag.\n",
    );
    let tag = field(&spec.api, "Item", "tag");
    assert_eq!(tag.ty, Type::Named("Tag".into()));
    assert_eq!(tag.docs.as_deref(), Some("The item's tag."));
}

#[test]
fn all_of_with_a_documentation_member_of_a_recursive_schema() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        parent:\n          allOf: [{$ref: '#/components/schemas/Node'}, {description: up, nullable: true}]\n        children:\n          type: array\n          items:\n            allOf: [{$ref: '#/components/schemas/Node'}, {description: down}]\n",
    );
    assert_eq!(field(&spec.api, "Node", "parent").ty, Type::Nullable(Box::new(Type::Named("Node".into()))));
    assert_eq!(field(&spec.api, "Node", "children").ty, Type::Array(Box::new(Type::Named("Node".into()))));
}

#[test]
fn ref_to_a_property_of_another_schema() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Disk:\n      type: object\n      properties:\n        filesystem: {type: string, enum: [ext4, swap]}\n    Request:\n      type: object\n      properties:\n        fs: {$ref: '#/components/schemas/Disk/properties/filesystem'}\n",
    );
    let Type::Named(name) = &field(&spec.api, "Request", "fs").ty else { panic!("not a named type") };
    let def = spec.api.types.iter().find(|t| &t.name == name).unwrap_or_else(|| panic!("no type {name}"));
    assert_eq!(def.kind, TypeKind::Enum { values: vec!["ext4".into(), "swap".into()] });
}

/// A schema copied into the schema section is named after its path (as the spec names no schema
/// there), its type's origin is where it was copied from, and its key is no name: the tag of a
/// discriminated union whose alternative is a copy is the name the copy is known by.
#[test]
fn copied_schemas_are_named_after_their_place_and_located_there() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Disk:\n      type: object\n      properties:\n        size: {type: object, properties: {gb: {type: integer}}}\n    Shape:\n      oneOf: [{$ref: '#/components/schemas/Disk/properties/size'}, {$ref: '#/components/schemas/Disk'}]\n      discriminator: {propertyName: kind}\n",
    );
    let copy = spec.api.types.iter().find(|t| t.name == "DiskSize").unwrap_or_else(|| panic!("{:?}", spec.api.types));
    assert_eq!(copy.origin.0, "/components/schemas/Disk/properties/size");
    let shape = spec.api.types.iter().find(|t| t.name == "Shape").unwrap_or_else(|| panic!("no Shape"));
    let TypeKind::Union { discriminator: Some(discriminator), .. } = &shape.kind else { panic!("{:?}", shape.kind) };
    let tags = [("Disk_size".to_owned(), "DiskSize".to_owned()), ("Disk".to_owned(), "Disk".to_owned())];
    assert_eq!(discriminator.mapping, tags);
}

/// Regression (class: a copy's key taken by the spec): the keys copies get are the bundler's, so
/// a spec whose own schema section uses one is refused with a located error, not misread.
#[test]
fn a_schema_named_like_a_copys_key_is_a_located_error() {
    let message = error(
        "paths: {}\ncomponents:\n  schemas:\n    '@copy0': {type: string}\n    Disk:\n      type: object\n      properties:\n        size: {type: string}\n    A: {$ref: '#/components/schemas/Disk/properties/size'}\n",
    );
    assert!(message.contains("copied into it under `@copy0`"), "{message}");
    assert!(message.contains("/components/schemas/A"), "{message}");
}

#[test]
fn ref_to_a_parameter_and_a_response_of_another_operation() {
    let spec = read(
        "paths:\n  /a:\n    get:\n      parameters: [{name: q, in: query, schema: {type: integer}}]\n      responses:\n        '200': {description: ok}\n        '401':\n          description: no\n          content: {application/json: {schema: {type: object, properties: {why: {type: string}}}}}\n  /b:\n    get:\n      parameters: [{$ref: '#/paths/~1a/get/parameters/0'}]\n      responses:\n        '401': {$ref: '#/paths/~1a/get/responses/401'}\n",
    );
    let b = spec.api.operations.iter().find(|op| op.path == "/b").unwrap_or_else(|| panic!("no /b"));
    assert_eq!(b.params.len(), 1);
    assert_eq!(b.params[0].name, "q");
    assert_eq!(b.responses[0].docs.as_deref(), Some("no"));
    assert!(matches!(b.responses[0].ty, Some(Type::Named(_))), "{:?}", b.responses[0].ty);
}

#[test]
fn chains_of_component_refs() {
    let spec = read(
        "paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/A'}]\n      responses: {'200': {$ref: '#/components/responses/Ok'}}\ncomponents:\n  parameters:\n    A: {$ref: '#/components/parameters/B'}\n    B: {$ref: '#/components/parameters/C'}\n    C: {name: c, in: header, schema: {type: string}}\n  responses:\n    Ok: {$ref: '#/components/responses/Fine'}\n    Fine: {description: fine}\n",
    );
    let op = &spec.api.operations[0];
    assert_eq!(op.params[0].name, "c");
    assert_eq!(op.responses[0].docs.as_deref(), Some("fine"));
}

#[test]
fn percent_encoded_and_escaped_pointers() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Ref (of Bundle): {type: object, properties: {a: {type: string}}}\n    a/b~c: {type: object, properties: {b: {type: string}}}\n    Holder:\n      type: object\n      properties:\n        one: {$ref: '#/components/schemas/Ref%20(of%20Bundle)'}\n        two: {$ref: '#/components/schemas/a~1b~0c'}\n",
    );
    assert!(matches!(&field(&spec.api, "Holder", "one").ty, Type::Named(n) if n.starts_with("RefOfBundle")));
    assert!(matches!(&field(&spec.api, "Holder", "two").ty, Type::Named(n) if n.starts_with("ABC")));
}

#[test]
fn swagger_ref_to_a_member_of_all_of_and_a_percent_encoded_definition() {
    let text = format!(
        "{SWAGGER_HEAD}paths: {{}}\ndefinitions:\n  Base:\n    allOf:\n      - {{type: object, properties: {{id: {{type: integer}}}}}}\n      - {{type: object, properties: {{name: {{type: string}}}}}}\n  A B: {{type: object, properties: {{x: {{type: string}}}}}}\n  User:\n    type: object\n    properties:\n      base: {{$ref: '#/definitions/Base/allOf/0'}}\n      ab: {{$ref: '#/definitions/A%20B'}}\n"
    );
    let spec = read_str("swagger.yaml", &text).unwrap_or_else(|e| panic!("{e}"));
    let Type::Named(base) = &field(&spec.api, "User", "base").ty else { panic!("not a named type") };
    assert_eq!(fields(&spec.api, base).iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["id"]);
    assert!(matches!(&field(&spec.api, "User", "ab").ty, Type::Named(n) if n == "AB"));
}

#[test]
fn callback_given_as_a_ref() {
    let spec = read(
        "paths:\n  /subscribe:\n    post:\n      callbacks:\n        onEvent: {$ref: '#/components/callbacks/Event'}\n      responses: {'201': {description: ok}}\ncomponents:\n  callbacks:\n    Event:\n      '{$request.body#/url}':\n        post:\n          responses: {'200': {description: ok}}\n",
    );
    assert_eq!(spec.api.operations.len(), 1);
}

#[test]
fn ref_cycles_without_structure_are_located_errors() {
    let message = error("paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n");
    assert!(message.contains("schema `A` is only a reference to itself"), "{message}");
    assert!(message.contains("/components/schemas/A/$ref"), "{message}");
    let message = error(
        "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {allOf: [{$ref: '#/components/schemas/A'}, {description: b}]}\n",
    );
    assert!(message.contains("only a reference to itself (through A → B)"), "{message}");
    let message = error(
        "paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/A'}]\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    A: {$ref: '#/components/parameters/B'}\n    B: {$ref: '#/components/parameters/A'}\n",
    );
    assert!(message.contains("starts a cycle of references"), "{message}");
}

/// Writes files under a temporary folder and reads `root` from it.
fn read_files(files: &[(&str, &str)], root: &str) -> (tempfile::TempDir, crate::error::Result<Spec>) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    }
    let spec = read_file(&dir.path().join(root), root).map(name_read_types);
    (dir, spec)
}

#[test]
fn relative_file_refs_are_read_from_the_spec_folder() {
    let root = format!(
        "{HEAD}paths:\n  /pets:\n    $ref: 'paths/pets.yaml'\ncomponents:\n  schemas:\n    Owner: {{$ref: './schemas.json#/definitions/Owner'}}\n"
    );
    let pets = "get:\n  operationId: listPets\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema: {type: array, items: {$ref: '../schemas.json#/definitions/Pet'}}\n";
    let schemas = r##"{"definitions": {"Pet": {"type": "object", "properties": {"owner": {"$ref": "#/definitions/Owner"}, "tag": {"$ref": "tag.yaml"}}}, "Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}}}}}"##;
    let tag = "type: object\nproperties: {label: {type: string}}\n";
    let files = [("api.yaml", root.as_str()), ("paths/pets.yaml", pets), ("schemas.json", schemas), ("tag.yaml", tag)];
    let (_dir, spec) = read_files(&files, "api.yaml");
    let spec = spec.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(spec.api.operations[0].name, "listPets");
    assert_eq!(spec.api.operations[0].responses[0].ty, Some(Type::Array(Box::new(Type::Named("Pet".into())))));
    // The root's own `Owner` is a reference to the file's, which is copied in under a name of its own.
    assert_eq!(field(&spec.api, "Pet", "owner").ty, Type::Named("Owner2".into()));
    assert_eq!(field(&spec.api, "Pet", "tag").ty, Type::Named("Tag".into()));
    assert_eq!(field(&spec.api, "Owner2", "pets").ty, Type::Array(Box::new(Type::Named("Pet".into()))));
}

#[test]
fn file_refs_that_leave_the_folder_or_name_urls_or_missing_files_are_located_errors() {
    let with_ref = |target: &str| format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{target}'}}\n");
    for (target, expected) in [
        ("../outside.yaml", "is outside the spec's folder"),
        ("https://example.com/a.yaml", "URLs are never fetched"),
        ("/etc/hostname", "absolute paths are not followed"),
        ("missing.yaml#/A", "cannot read `missing.yaml`"),
        ("other.yaml#/nothing/here", "does not point to anything in sub/other.yaml"),
    ] {
        let root = with_ref(target);
        let files = [("sub/api.yaml", root.as_str()), ("sub/other.yaml", "a: 1\n"), ("outside.yaml", "type: string\n")];
        let (_dir, spec) = read_files(&files, "sub/api.yaml");
        let message = spec.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains(expected), "{target}: {message}");
        assert!(message.contains("sub/api.yaml:7:9"), "{target}: {message}");
    }
}

#[test]
fn errors_in_a_referenced_file_are_located_in_that_file() {
    let root = format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: 'defs.yaml#/A'}}\n");
    let defs = "A:\n  type: object\n  properties:\n    b: {$ref: '#/Missing'}\n";
    let (_dir, spec) = read_files(&[("api.yaml", root.as_str()), ("defs.yaml", defs)], "api.yaml");
    let message = spec.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("defs.yaml:4:9"), "{message}");
    assert!(message.contains("does not point to anything in defs.yaml"), "{message}");
}

#[test]
fn numbers_beyond_64_bits_are_read_clamped_with_a_warning() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Big:\n      type: object\n      properties:\n        n: {type: integer, minimum: -9223372036854776000, maximum: 18446744073709551616}\n        f: {type: number, maximum: 1e400}\n",
    );
    assert_eq!(field(&spec.api, "Big", "n").ty, Type::Integer { width: crate::ir::IntWidth::I64, lenient: false });
    let clamped: Vec<&str> = spec.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        clamped,
        [
            "/components/schemas/Big/properties/n/minimum",
            "/components/schemas/Big/properties/n/maximum",
            "/components/schemas/Big/properties/f/maximum"
        ]
    );
    let json = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://h"}], "paths": {},
        "components": {"schemas": {"F": {"type": "number", "minimum": -1e400, "example": 1e999}}}}"#;
    let spec = read_str("spec.json", json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(spec.warnings.len(), 2);
    assert!(spec.warnings[0].message.contains("the number -1e400 does not fit in 64 bits"), "{}", spec.warnings[0]);
}

#[test]
fn ref_urls_are_refused_in_json_read_from_text_too() {
    let json = r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {
        "A": {"type": "object", "example": {"$ref": "https://h/data"}},
        "B": {"type": "object", "properties": {"a": {"$ref": "https://h/a.json#/A"}}}}}}"##;
    assert!(super::plain_references(json), "URLs alone keep the JSON fast path");
    let message = read_str("spec.json", json).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("URLs are never fetched"), "{message}");
    assert!(!super::plain_references(r##"{"$ref": "#/definitions/A%20B"}"##));
}

#[test]
fn properties_named_ref_keep_the_json_fast_path_and_read_as_bundled() {
    let json = r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {
        "Op": {"type": "object", "properties": {"$ref": {"type": "string"}, "to": {"$ref": "#/components/schemas/To"}}},
        "To": {"type": "object", "properties": {"$ref": {"type": "array", "items": {"type": "integer"}}}}}}}"##;
    assert!(super::plain_references(json), "a `$ref` member that holds a schema is no reference");
    assert!(!super::plain_references(r##"{"properties": {"$ref": {"$ref": "#/definitions/A"}}}"##));
    let fast = read_str("spec.json", json).unwrap_or_else(|e| panic!("{e}"));
    // The same document as YAML takes the bundling path.
    let yaml = serde_yaml::to_string(&serde_json::from_str::<serde_json::Value>(json).unwrap()).unwrap();
    let bundled = read_str("spec.yaml", &yaml).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(format!("{:?}", fast.api.types), format!("{:?}", bundled.api.types));
    assert!(fast.api.types.iter().any(|t| format!("{t:?}").contains("\"$ref\"")), "{:?}", fast.api.types);
}

#[test]
fn ref_keys_inside_examples_are_data() {
    let spec = read(
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {r: {type: string}}}\n              example: {$ref: 'not/a/reference'}\n",
    );
    assert_eq!(spec.api.operations[0].responses[0].examples, [serde_json::json!({"$ref": "not/a/reference"})]);
}

#[test]
fn null_among_enum_values_makes_the_schema_nullable() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    Nothing: {type: string, enum: [null]}\n    Item:\n      type: object\n      properties:\n        state: {type: string, enum: [open, null]}\n        untyped: {enum: [a, null]}\n        nothing: {$ref: '#/components/schemas/Nothing'}\n",
    );
    let enum_of = |name: &str| {
        let def = spec.api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"));
        def.kind.clone()
    };
    let Type::Nullable(state) = &field(&spec.api, "Item", "state").ty else { panic!("state is not nullable") };
    let Type::Named(state) = state.as_ref() else { panic!("state is not an enum") };
    assert_eq!(enum_of(state), TypeKind::Enum { values: vec!["open".into()] });
    let Type::Nullable(untyped) = &field(&spec.api, "Item", "untyped").ty else { panic!("untyped is not nullable") };
    let Type::Named(untyped) = untyped.as_ref() else { panic!("untyped is not an enum") };
    assert_eq!(enum_of(untyped), TypeKind::Enum { values: vec!["a".into()] });
    assert_eq!(field(&spec.api, "Item", "nothing").ty, Type::Nullable(Box::new(Type::Named("Nothing".into()))));
    assert_eq!(enum_of("Nothing"), TypeKind::Alias(Type::String));
}

#[test]
fn json_examples_serialised_twice_are_read_as_the_document() {
    let spec = read(concat!(
        "paths:\n  /a:\n    get:\n      responses:\n",
        "        '200':\n          description: ok\n          content:\n            application/json:\n",
        "              schema: {type: object, properties: {r: {type: string}}}\n",
        "              example: '{\"r\": \"x\"}'\n",
        "        '201':\n          description: text in JSON\n          content:\n            application/json:\n",
        "              schema: {type: string}\n              example: '{\"r\": \"x\"}'\n",
        "        '202':\n          description: not JSON\n          content:\n            text/plain:\n",
        "              example: '[1]'\n",
        "        '203':\n          description: no document\n          content:\n            application/json:\n",
        "              schema: {type: object}\n              examples: {a: {value: '{broken'}, b: {value: '\"quoted\"'}}\n",
    ));
    let examples: Vec<_> = spec.api.operations[0].responses.iter().map(|r| r.examples.clone()).collect();
    assert_eq!(
        examples,
        [
            vec![serde_json::json!({"r": "x"})],
            vec![serde_json::json!("{\"r\": \"x\"}")],
            vec![serde_json::json!("[1]")],
            vec![serde_json::json!("{broken"), serde_json::json!("\"quoted\"")],
        ]
    );
}

#[test]
fn all_of_gathers_a_shared_member_as_if_walked_along_every_path() {
    // `X` is met twice: its `a` is the last definition of `a` (after `Y`'s), in the place `a` was first met;
    // `required` keeps the order names were first required in.
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    X: {type: object, required: [a], properties: {a: {type: string}}}\n    Y: {type: object, required: [b, a], properties: {b: {type: boolean}, a: {type: integer}}}\n    Both: {allOf: [{$ref: '#/components/schemas/X'}, {$ref: '#/components/schemas/Y'}]}\n    All:\n      allOf: [{$ref: '#/components/schemas/Both'}, {$ref: '#/components/schemas/X'}, {properties: {c: {type: number}}}]\n",
    );
    let all = fields(&spec.api, "All");
    let names: Vec<(&str, &Type, bool)> = all.iter().map(|f| (f.name.as_str(), &f.ty, f.required)).collect();
    assert_eq!(names, [("a", &Type::String, true), ("b", &Type::Bool, true), ("c", &Type::Number, false)]);
    let both: Vec<(&str, &Type)> = fields(&spec.api, "Both").iter().map(|f| (f.name.as_str(), &f.ty)).collect();
    assert_eq!(both, [("a", &Type::I64), ("b", &Type::Bool)]);
}

#[test]
fn all_of_through_a_cycle_or_too_long_a_chain_is_a_json_value() {
    let spec = read(
        "paths: {}\ncomponents:\n  schemas:\n    A: {allOf: [{$ref: '#/components/schemas/B'}, {properties: {a: {type: string}}}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}, {properties: {b: {type: string}}}]}\n",
    );
    let a = spec.api.types.iter().find(|t| t.name == "A").unwrap_or_else(|| panic!("no A"));
    assert_eq!(a.kind, TypeKind::Alias(Type::Any));
    let mut schemas = String::from("    L0: {type: object, properties: {id: {type: string}}}\n");
    for level in 1..=40 {
        let below = format!("{{$ref: '#/components/schemas/L{}'}}", level - 1);
        schemas.push_str(&format!("    L{level}: {{allOf: [{below}, {below}]}}\n"));
    }
    let spec = read(&format!("paths: {{}}\ncomponents:\n  schemas:\n{schemas}"));
    assert_eq!(fields(&spec.api, "L20").len(), 1);
    let deepest = spec.api.types.iter().find(|t| t.name == "L40").unwrap_or_else(|| panic!("no L40"));
    assert_eq!(deepest.kind, TypeKind::Alias(Type::Any));
}

/// Each `style` and `explode` of a query parameter, and each Swagger `collectionFormat`, is one
/// `QueryStyle`; `explode` defaults to true for `form` only, and a `$ref`'d parameter keeps its own.
#[test]
fn query_styles_from_style_explode_and_collection_format() {
    use crate::ir::QueryStyle;
    let styles = |spec: Spec| -> Vec<(String, QueryStyle)> {
        spec.api.operations[0].params.iter().map(|p| (p.name.clone(), p.style)).collect()
    };
    let list = "schema: {type: array, items: {type: string}}";
    let openapi = read(&format!(
        "paths:\n  /a:\n    get:\n      parameters:\n\
         \x20       - {{name: a, in: query, {list}}}\n\
         \x20       - {{name: b, in: query, style: form, explode: false, {list}}}\n\
         \x20       - {{name: c, in: query, style: spaceDelimited, {list}}}\n\
         \x20       - {{name: d, in: query, style: pipeDelimited, {list}}}\n\
         \x20       - {{name: e, in: query, style: pipeDelimited, explode: true, {list}}}\n\
         \x20       - {{name: f, in: query, style: deepObject, explode: true, schema: {{type: object}}}}\n\
         \x20       - $ref: '#/components/parameters/G'\n\
         \x20     responses: {{'204': {{description: done}}}}\n\
         components:\n  parameters:\n    G: {{name: g, in: query, style: form, explode: false, {list}}}\n"
    ));
    let expected = [
        ("a", QueryStyle::Exploded),
        ("b", QueryStyle::Comma),
        ("c", QueryStyle::Space),
        ("d", QueryStyle::Pipe),
        ("e", QueryStyle::Exploded),
        ("f", QueryStyle::DeepObject),
        ("g", QueryStyle::Comma),
    ];
    assert_eq!(styles(openapi), expected.map(|(name, style)| (name.to_owned(), style)));
    let items = "type: array, items: {type: string}";
    let swagger = read_str(
        "swagger.yaml",
        &format!(
            "{SWAGGER_HEAD}paths:\n  /a:\n    get:\n      parameters:\n\
             \x20       - {{name: a, in: query, {items}}}\n\
             \x20       - {{name: b, in: query, {items}, collectionFormat: ssv}}\n\
             \x20       - {{name: c, in: query, {items}, collectionFormat: pipes}}\n\
             \x20       - {{name: d, in: query, {items}, collectionFormat: multi}}\n\
             \x20     responses: {{'204': {{description: done}}}}\n"
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let expected =
        [("a", QueryStyle::Comma), ("b", QueryStyle::Space), ("c", QueryStyle::Pipe), ("d", QueryStyle::Exploded)];
    assert_eq!(styles(swagger), expected.map(|(name, style)| (name.to_owned(), style)));
}

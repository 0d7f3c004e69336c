//! Corrections stated as data: each kind of target, and located errors for unknown ones.

use super::*;
use crate::diagnostic::Diagnostic;
use crate::ir::{Api, Field, Origin, Param, Provenance, TypeDef, TypeKind};
use crate::ir::{Source, SpecFormat};

fn api() -> Api {
    let field = |name: &str, ty: Type| Field {
        name: name.into(),
        ty,
        required: false,
        docs: None,
        deprecated: false,
        secret: false,
        rust_name: None,
    };
    let message = TypeDef {
        name: "Message".into(),
        origin: Origin(String::new()),
        provenance: Provenance::Inferred,
        docs: None,
        deprecated: false,
        kind: TypeKind::Struct {
            fields: vec![
                field("id", Type::String),
                field("file_size", Type::Nullable(Box::new(Type::I32))),
                field("status", Type::Array(Box::new(Type::String))),
            ],
            additional: None,
        },
    };
    let param = |name: &str| Param {
        name: name.into(),
        location: crate::ir::ParamLocation::Query,
        ty: Type::String,
        required: false,
        default: None,
        docs: None,
        deprecated: false,
        secret: false,
        rust_name: None,
        style: crate::ir::QueryStyle::Exploded,
    };
    let op = crate::ir::Operation {
        name: "Get chat messages reports".into(),
        origin: Origin(String::new()),
        group: None,
        method: "GET".into(),
        path: "/r".into(),
        params: vec![param("include_fields"), param("from")],
        body: None,
        responses: vec![crate::ir::Response {
            status: crate::ir::Status::Code(200),
            docs: None,
            content_type: None,
            ty: Some(Type::Named("Message".into())),
            events: None,
            examples: vec![],
            inferred: false,
        }],
        auth: vec![],
        deprecated: None,
        pagination: None,
        summary: None,
        docs: None,
    };
    Api {
        title: String::new(),
        version: String::new(),
        base_url: String::new(),
        docs: None,
        source: Source { format: SpecFormat::Postman, file: "x.json".into() },
        auth_schemes: vec![],
        operations: vec![op],
        names: Default::default(),
        type_hints: Vec::new(),
        types: vec![message],
    }
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    types: RawTypes,
    #[serde(default)]
    operations: RawOperations,
}

fn corrections(text: &str) -> Result<Corrections> {
    let entry: Entry = toml::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let source = TomlSource { file: "generate.toml".into(), text: text.into() };
    parse(source, "", entry.types, entry.operations)
}

fn apply(text: &str) -> Result<Api> {
    let mut api = api();
    corrections(text)?.apply(&mut api)?;
    // The types the corrections make get their identifiers from the naming pass.
    crate::normalise::names::name_types(&mut api);
    Ok(api)
}

fn message_fields(api: &Api) -> Vec<Field> {
    match &api.type_def("Message").map(|t| &t.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields.clone(),
        other => panic!("{other:?}"),
    }
}

fn error_of(result: Result<Api>) -> Diagnostic {
    match result {
        Err(crate::error::Error::Spec(diagnostic)) => *diagnostic,
        other => panic!("expected a located error, got {other:?}"),
    }
}

#[test]
fn field_type_presence_and_doc() {
    let api = apply(
        "[types.Message.fields.file_size]\ntype = \"i64\"\ndoc = \"Bytes.\"\n\
         [types.Message.fields.id]\nrequired = true\n\
         [types.Message.fields.status]\nenum = [\"sent\", \"read\"]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fields = message_fields(&api);
    // The null and list wrappers are kept; the innermost type is replaced.
    assert_eq!(fields[1].ty, Type::Nullable(Box::new(Type::I64)));
    assert_eq!(fields[1].docs.as_deref(), Some("Bytes."));
    assert!(fields[0].required);
    assert_eq!(fields[2].ty, Type::Array(Box::new(Type::Named("MessageStatus".into()))));
    let status = api.type_def("MessageStatus").map(|t| t.kind.clone());
    assert_eq!(status, Some(TypeKind::Enum { values: vec!["sent".into(), "read".into()] }));
}

#[test]
fn operation_rename_and_comma_separated_enum_parameter() {
    let api = apply(
        "[operations.get_chat_messages_reports]\nrename = \"chat_report\"\n\
         [operations.get_chat_messages_reports.params.include_fields]\n\
         enum = [\"edited_messages\", \"deleted_messages\"]\ncomma_separated = true\n\
         [operations.get_chat_messages_reports.params.from]\nrequired = true\ntype = \"date\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let op = &api.operations[0];
    assert_eq!(op.name, "chat_report");
    assert_eq!(op.params[0].ty, Type::Named("GetChatMessagesReportsIncludeFieldsList".into()));
    let list = api.type_def("GetChatMessagesReportsIncludeFieldsList").map(|t| t.kind.clone());
    let item = Type::Named("IncludeField".into());
    assert_eq!(list, Some(TypeKind::Alias(Type::Array(Box::new(item)))));
    assert_eq!((op.params[1].required, &op.params[1].ty), (true, &Type::Date));
}

#[test]
fn type_rename_follows_references() {
    let api =
        apply("[types.Message]\nrename = \"ChatMessage\"\ndoc = \"One message.\"\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(api.operations[0].responses[0].ty, Some(Type::Named("ChatMessage".into())));
    assert_eq!(api.type_def("ChatMessage").and_then(|t| t.docs.as_deref()), Some("One message."));
}

/// Regression (class: overrides naming targets that do not exist): every unknown target is an
/// error located at its key in the TOML file, listing what exists.
#[test]
fn unknown_targets_are_located_errors() {
    let cases = [
        ("[types.Mesage.fields.id]\nrequired = true\n", 1, 8, "no type `Mesage`"),
        ("\n[types.Message.fields.sender]\nrequired = true\n", 2, 23, "type `Message` has no field `sender`"),
        ("[operations.nope]\ndoc = \"x\"\n", 1, 13, "no operation `nope`"),
        ("[operations.get_chat_messages_reports.params.too]\ndoc = \"x\"\n", 1, 46, "has no parameter `too`"),
        ("[types.Message.fields.id]\ntype = \"Missing\"\n", 1, 23, "type `Missing` does not exist"),
    ];
    for (text, line, column, message) in cases {
        let error = error_of(apply(text));
        assert!(error.message.contains(message), "{text}: {}", error.message);
        let at = error.location.as_ref().map(|l| (l.line, l.column));
        assert_eq!(at, Some((line, column)), "{text}");
        assert!(error.render().contains("generate.toml:"), "{}", error.render());
    }
}

#[test]
fn malformed_corrections_are_located_errors() {
    let error = error_of(corrections("[types.Message.fields.id]\ntype = \"int\"\n").map(|_| api()));
    assert!(error.message.contains("unknown type `int`"), "{}", error.message);
    assert_eq!(error.location.map(|l| (l.line, l.column)), Some((2, 8)));
    let error = error_of(corrections("[types.Message.fields.id]\ncomma_separated = true\n").map(|_| api()));
    assert!(error.message.contains("parameters only"), "{}", error.message);
}

#[test]
fn field_and_parameter_renames_keep_the_wire_name() {
    let api = apply(
        "[types.Message.fields.file_size]\nrename = \"size_in_bytes\"\n\
         [operations.get_chat_messages_reports.params.from]\nrename = \"since\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fields = message_fields(&api);
    assert_eq!((fields[1].name.as_str(), fields[1].rust_base()), ("file_size", "size_in_bytes"));
    let param = &api.operations[0].params[1];
    assert_eq!((param.name.as_str(), param.rust_base()), ("from", "since"));
}

#[test]
fn renames_onto_a_taken_or_empty_name_are_errors() {
    let error = error_of(apply("[types.Message.fields.file_size]\nrename = \"ID\"\n"));
    assert!(error.message.contains("another field has that name"), "{}", error.message);
    let error = error_of(apply("[operations.get_chat_messages_reports.params.from]\nrename = \"include_fields\"\n"));
    assert!(error.message.contains("another parameter has that name"), "{}", error.message);
    let error = error_of(corrections("[types.Message.fields.id]\nrename = \"--\"\n").map(|_| api()));
    assert!(error.message.contains("no letters or digits"), "{}", error.message);
}

/// A response body the examples show as an object may be `null` (a nullable root no example
/// shows), or have a type no example gives: stated per status, errors located like the others.
#[test]
fn response_type_nullability_and_doc() {
    let nullable = apply(
        "[operations.get_chat_messages_reports.responses.200]\nnullable = true\ndoc = \"`null` when there is none.\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let response = &nullable.operations[0].responses[0];
    assert_eq!(response.ty, Some(Type::Nullable(Box::new(Type::Named("Message".into())))));
    assert_eq!(response.docs.as_deref(), Some("`null` when there is none."));
    let any = apply("[operations.get_chat_messages_reports.responses.200]\ntype = \"any\"\nnullable = false\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let response = &any.operations[0].responses[0];
    assert_eq!((response.ty.as_ref(), response.content_type.as_deref()), (Some(&Type::Any), Some("application/json")));
    // A JSON value holds `null` itself: no `Option<serde_json::Value>`, stated or kept.
    let text = "[operations.get_chat_messages_reports.responses.200]\ntype = \"any\"\n";
    let stated = apply(&format!("{text}nullable = true\n")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stated.operations[0].responses[0].ty, Some(Type::Any));
    let mut kept = api();
    kept.operations[0].responses[0].ty = Some(Type::Nullable(Box::new(Type::Named("Message".into()))));
    corrections(text).and_then(|c| c.apply(&mut kept)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kept.operations[0].responses[0].ty, Some(Type::Any));
    let error = error_of(apply("[operations.get_chat_messages_reports.responses.404]\nnullable = true\n"));
    assert!(error.message.contains("has no `404` response (there are: 200)"), "{}", error.message);
    assert_eq!(error.location.map(|l| (l.line, l.column)), Some((1, 49)));
    let error = error_of(corrections("[operations.x.responses.200]\ntype = \"int\"\n").map(|_| api()));
    assert_eq!(
        (error.message.contains("unknown type `int`"), error.pointer.as_str()),
        (true, "/operations/x/responses/200/type")
    );
}

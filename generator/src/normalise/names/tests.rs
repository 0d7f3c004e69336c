//! The naming pass: each scope's identifiers are unique, apart from the crate's own names, and the
//! emitter refuses an API that did not go through it.

use super::*;
use crate::ir::{BodyContent, Field, Origin, Param, Provenance, RequestBody};
use crate::normalise::tests::{api_with, op};

fn param(name: &str, location: ParamLocation) -> Param {
    Param {
        name: name.into(),
        location,
        ty: Type::String,
        required: location == ParamLocation::Path,
        default: None,
        docs: None,
        deprecated: false,
        secret: false,
        rust_name: None,
        style: crate::ir::QueryStyle::Exploded,
    }
}

fn content(content_type: &str) -> BodyContent {
    BodyContent {
        content_type: content_type.into(),
        encoding: BodyEncoding::of_media_type(content_type),
        ty: Type::Any,
    }
}

/// Regression (class: names that collide with the generated code's own): a parameter named like
/// a builder method, two parameters equal after case conversion, a keyword, an operation named
/// like a client method and a builder named like a name `requests.rs` uses unqualified.
#[test]
fn operations_get_names_apart_from_the_crate_and_each_other() {
    let mut get = op("new");
    get.path = "/things/{id}".into();
    get.params = vec![
        param("send", ParamLocation::Query),
        param("Send", ParamLocation::Header),
        param("type", ParamLocation::Query),
        param("id", ParamLocation::Path),
    ];
    get.body = Some(RequestBody {
        required: true,
        contents: vec![content("application/json"), content("text/plain"), content("text/csv")],
        docs: None,
    });
    let mut other = op("New");
    other.path = "/others".into();
    let mut api = api_with(vec![get, other]);
    name_items(&mut api);
    let [first, second] = api.names.operations.as_slice() else { panic!("{:?}", api.names.operations) };
    assert_eq!((first.method.as_str(), first.builder.as_str()), ("new_2", "New2"));
    // The second `new` is told apart by its path, as the naming pass makes operation names unique.
    assert_eq!((second.method.as_str(), second.builder.as_str()), ("others_new", "OthersNew"));
    // Path parameters are named first, as the client method takes them first.
    assert_eq!(first.params, ["send_2", "send_3", "type", "id"]);
    assert_eq!(first.body.as_deref(), Some("body"));
    assert_eq!(first.body_enum.as_deref(), Some("New2Body"));
    assert_eq!(first.body_variants, ["Json", "TextPlain", "TextCsv"]);
    assert_eq!(second.body, None);
}

/// Fields equal after case conversion and keyword escaping, and a field named like the one that
/// holds additional properties.
#[test]
fn type_members_are_unique_and_leave_room_for_the_rest() {
    let field = |name: &str| Field {
        name: name.into(),
        ty: Type::String,
        required: false,
        docs: None,
        deprecated: false,
        secret: false,
        rust_name: None,
    };
    let def = |name: &str, kind: TypeKind| TypeDef {
        name: name.into(),
        origin: Origin(String::new()),
        provenance: Provenance::Declared,
        docs: None,
        deprecated: false,
        kind,
    };
    let mut api = api_with(vec![]);
    let fields = ["self", "self_", "additionalProperties", "userId", "user_id"].map(field).to_vec();
    api.types.push(def("Thing", TypeKind::Struct { fields, additional: None }));
    api.types.push(def("Mood", TypeKind::Enum { values: vec!["unknown".into(), "Unknown".into(), "ok".into()] }));
    let variants = vec![Type::String, Type::Array(Box::new(Type::Named("Mood".into()))), Type::Named("Other".into())];
    api.types.push(def("Either", TypeKind::Union { variants, discriminator: None }));
    name_items(&mut api);
    let names = |name: &str| api.names.types.get(name).cloned().unwrap_or_default();
    assert_eq!(names("Thing").members, ["self", "self_2", "additional_properties", "user_id", "user_id_2"]);
    assert_eq!(names("Thing").rest, "additional_properties_2");
    // `Ok` would shadow the prelude's.
    assert_eq!(names("Mood").members, ["Unknown", "Unknown2", "OkType"]);
    assert_eq!(names("Mood").rest, "Unknown3");
    assert_eq!(names("Either").members, ["Text", "MoodList", "Other"]);
    assert_eq!(names("Either").rest, "Other2");
}

/// The emitter only reads names: an API that did not go through the naming pass is refused, not
/// emitted with names made up on the spot.
#[test]
fn the_emitter_refuses_an_unnamed_api() {
    let api = api_with(vec![op("list things")]);
    let settings = crate::manifest::Manifest::for_specs(&[], "out".into(), "api").settings;
    let modules = [crate::emit::ApiModule { module: "api", api: &api }];
    let error = crate::emit::emit_crate(&settings, &modules).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(error.contains("module `api`") && error.contains("normalise the API first"), "{error}");
    let mut named = api.clone();
    name_items(&mut named);
    let modules = [crate::emit::ApiModule { module: "api", api: &named }];
    assert!(crate::emit::emit_crate(&settings, &modules).is_ok());
}

fn error_response(status: Status, ty: Option<Type>, content_type: Option<&str>) -> Response {
    Response {
        status,
        docs: None,
        content_type: content_type.map(str::to_owned),
        ty,
        events: None,
        examples: vec![],
        inferred: false,
    }
}

/// The error enum and its variants: reason phrases, classes, `default` and numbers; a status
/// without a body type, or with a body the spec does not show, gets no variant; `Other` stays free.
#[test]
fn documented_error_bodies_get_an_enum_with_a_variant_each() {
    let model = || Some(Type::Named("Problem".into()));
    let mut get = op("get pet");
    get.responses = vec![
        error_response(Status::Code(200), model(), Some("application/json")),
        error_response(Status::Code(401), None, None),
        error_response(Status::Code(404), model(), Some("application/json")),
        error_response(Status::Code(418), model(), Some("application/json")),
        error_response(Status::Code(429), Some(Type::Any), None),
        error_response(Status::Range(5), Some(Type::String), Some("text/plain")),
        error_response(Status::Default, model(), Some("application/json")),
    ];
    let mut quiet = op("ping");
    quiet.responses = vec![error_response(Status::Code(404), None, None)];
    let mut api = api_with(vec![get, quiet]);
    name_items(&mut api);
    let names = &api.names.operations[0];
    assert_eq!(names.error_enum.as_deref(), Some("GetPetError"));
    assert_eq!(names.error_variants, ["NotFound", "Status418", "ServerError", "Default"]);
    assert_eq!(names.error_other, "Other");
    assert_eq!(api.names.operations[1].error_enum, None);
}

/// Operations whose error answers have the same shape share one enum, named after its body types;
/// two shared shapes of the same types are told apart by their variants; a shape of one operation
/// keeps the builder's name.
#[test]
fn operations_with_the_same_error_answers_share_one_enum() {
    let model = || Some(Type::Named("Problem".into()));
    let with = |name: &str, statuses: &[u16]| {
        let mut operation = op(name);
        operation.responses = statuses
            .iter()
            .map(|&code| error_response(Status::Code(code), model(), Some("application/json")))
            .collect();
        operation
    };
    let mut api = api_with(vec![
        with("get pet", &[404]),
        with("get owner", &[404]),
        with("add pet", &[400, 404]),
        with("add owner", &[400, 404]),
        with("delete pet", &[409]),
        with("list pets", &[404]),
    ]);
    name_items(&mut api);
    let enums: Vec<Option<&str>> = api.names.operations.iter().map(|names| names.error_enum.as_deref()).collect();
    assert_eq!(
        enums,
        [
            Some("ProblemAnswers"),
            Some("ProblemAnswers"),
            Some("BadRequestNotFoundProblemAnswers"),
            Some("BadRequestNotFoundProblemAnswers"),
            Some("DeletePetError"),
            Some("ProblemAnswers"),
        ]
    );
}

/// Regression (class: type names decided outside the naming pass): a name that is no Rust type
/// name (a manifest's rename `chat message`) was converted by the emitter, where nothing checked
/// that another type did not already have the result; the naming pass now gives it a free type
/// name and points its references at it.
#[test]
fn types_get_final_unique_identifiers_and_references_follow() {
    let alias = |name: &str, ty: Type| TypeDef {
        name: name.into(),
        origin: Origin(String::new()),
        provenance: Provenance::Declared,
        docs: None,
        deprecated: false,
        kind: TypeKind::Alias(ty),
    };
    let mut api = api_with(vec![]);
    api.types.push(alias("ChatMessage", Type::String));
    api.types.push(alias("chat message", Type::Array(Box::new(Type::Named("ChatMessage".into())))));
    api.types.push(alias("Vec", Type::Map(Box::new(Type::Named("chat message".into())))));
    name_items(&mut api);
    let names: Vec<(&str, &TypeKind)> = api.types.iter().map(|def| (def.name.as_str(), &def.kind)).collect();
    let named = |name: &str| Box::new(Type::Named(name.into()));
    assert_eq!(
        names,
        [
            ("ChatMessage", &TypeKind::Alias(Type::String)),
            ("ChatMessage2", &TypeKind::Alias(Type::Array(named("ChatMessage")))),
            ("VecType", &TypeKind::Alias(Type::Map(named("ChatMessage2")))),
        ]
    );
    assert!(api.types.iter().all(|def| api.names.types.contains_key(&def.name)));
}

/// Regression (class: module names that collide with the crate's own): a name the crate root uses
/// (`error`, `runtime`) is numbered, as is a name asked for twice, and a keyword is no module name.
#[test]
fn module_names_are_unique_and_apart_from_the_crate_roots() {
    let names = module_names(["chat", "error", "chat", "runtime", "type", "error_2"]);
    assert_eq!(names, ["chat", "error_2", "chat_2", "runtime_2", "type_api", "error_2_2"]);
}

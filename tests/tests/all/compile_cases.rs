//! The regression cases of `cargo xtask props` (tests/fixtures/compile/), one per class of valid
//! spec that used to give a crate that does not compile or has warnings. `cargo xtask props`
//! compiles them (CI runs it); these tests assert on the emitted code, so that a regression shows
//! without a compiler run.

use std::path::{Path, PathBuf};

use generator::manifest::Manifest;

fn case(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/compile").join(name)
}

/// The crate generated from `specs`, as (path, text) pairs.
fn emit(specs: &[PathBuf]) -> Vec<(String, String)> {
    let manifest = Manifest::for_specs(specs, PathBuf::from("unused"), "case");
    generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}")).files.into_iter().collect()
}

fn file<'a>(files: &'a [(String, String)], path: &str) -> &'a str {
    files.iter().find(|(p, _)| p == path).map(|(_, text)| text.as_str()).unwrap_or_else(|| panic!("no {path}"))
}

/// Declared item names (`pub struct X`, `pub enum X`, `pub type X`) of a file, in order.
fn items(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let rest = ["pub struct ", "pub enum ", "pub type "].iter().find_map(|p| line.strip_prefix(p))?;
            Some(rest.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or_default().to_owned())
        })
        .collect()
}

#[test]
fn required_file_parts_are_sent_as_owned_bytes_and_file_only_forms_have_no_text_parts() {
    let files = emit(&[case("multipart-file-parts.yaml")]);
    let requests = file(&files, "src/multipart_file_parts/requests.rs");
    assert!(requests.contains("bytes: body.file.clone()"), "{requests}");
    assert!(requests.contains("bytes: value.clone()"), "{requests}");
    assert!(!requests.contains("&body.file.clone()"));
    // A form without fields sends its extra properties.
    assert!(requests.contains("crate::runtime::multipart_from_value(value)?"), "{requests}");
}

#[test]
fn an_api_without_operations_has_a_body_enum_with_a_variant() {
    let files = emit(&[case("no-operations.yaml")]);
    let lib = file(&files, "src/lib.rs");
    assert!(lib.contains("#[allow(dead_code, unused_imports)]\nmod runtime;"), "{lib}");
}

#[test]
fn a_models_module_without_derives_imports_no_serde() {
    let files = emit(&[case("no-operations.yaml")]);
    let models = file(&files, "src/no_operations/models.rs");
    assert!(models.contains("pub type OnlyAnAlias = Vec<String>;"), "{models}");
    assert!(!models.contains("use serde"), "{models}");
}

#[test]
fn names_that_collide_only_as_rust_identifiers_get_distinct_ones() {
    let files = emit(&[case("colliding-rust-names.yaml")]);
    let requests = file(&files, "src/colliding_rust_names/requests.rs");
    assert_eq!(
        items(requests),
        [
            "Get2",
            "Get22",
            "List",
            "DList",
            "List2",
            "IntoType",
            "FromType",
            "UploadBody",
            "Upload",
            "UploadBody2",
            "WithBaseUrl",
            "New2",
            "Configure"
        ]
    );
    let client = file(&files, "src/colliding_rust_names/client.rs");
    for method in
        ["pub fn get2(", "pub fn get_2(", "pub fn list(", "pub fn d_list(", "pub fn list2(", "pub fn with_base_url_2("]
    {
        assert!(client.contains(method), "{method} missing in {client}");
    }
    // Parameters never take the builder's own names, and escaping never makes two equal.
    for setter in ["pub fn send_2(", "pub fn self_(", "pub fn self_2(", "pub fn pages_2("] {
        assert!(requests.contains(setter), "{setter} missing in {requests}");
    }
    assert!(client.contains("value_123: impl Into<String>"), "{client}");
    let models = file(&files, "src/colliding_rust_names/models.rs");
    // A body type named `Default` gets a constructor and a `Default` impl that name std's trait.
    assert!(models.contains("impl std::default::Default for Default {"), "{models}");
    assert!(models.contains("additional_properties: std::default::Default::default(),"), "{models}");
    assert_eq!(items(models), ["Default", "DeserializeType", "IntoType", "SerializeType"]);
    assert!(models.contains("pub additional_properties_2: serde_json::Map<String, serde_json::Value>"), "{models}");
    assert!(models.contains("Unknown2(String)"), "{models}");
}

#[test]
fn types_that_contain_themselves_through_containers_are_newtypes_or_boxed() {
    let files = emit(&[case("recursive-containers.yaml")]);
    let models = file(&files, "src/recursive_containers/models.rs");
    for item in [
        "pub struct Forest(pub Vec<Forest>);",
        "pub struct Index(pub std::collections::BTreeMap<String, Index>);",
        "pub struct Ping(pub Vec<Pong>);",
        "pub struct Maybe(pub Vec<Option<Maybe>>);",
        "pub next: Option<Box<Node>>,",
        "pub children: Option<Vec<Node>>,",
        "EitherList(Vec<Either>),",
    ] {
        assert!(models.contains(item), "{item} missing in {models}");
    }
    assert!(!models.contains("pub type Forest"), "{models}");
}

#[test]
fn spec_files_named_like_runtime_modules_get_other_module_names() {
    let dir = case("spec-files-named-like-runtime-modules");
    let mut specs: Vec<PathBuf> =
        ["config", "error", "lenient", "models", "runtime", "tolerant", "lib", "main", "mod", "bin"]
            .iter()
            .map(|n| dir.join(format!("{n}.yaml")))
            .collect();
    specs.push(dir.join("dates-from-examples.json"));
    let files = emit(&specs);
    let lib = file(&files, "src/lib.rs");
    assert!(files.iter().any(|(path, _)| path == "src/runtime/tolerant.rs"), "{lib}");
    for module in [
        "pub mod config_2;",
        "pub mod error_2;",
        "pub mod lenient_2;",
        "pub mod models_2;",
        "pub mod runtime_2;",
        "pub mod tolerant_2;",
        "pub mod lib_2;",
        "pub mod main_2;",
        "pub mod mod_api;",
        "pub mod bin_2;",
    ] {
        assert!(lib.contains(module), "{module} missing in {lib}");
    }
    assert!(files.iter().any(|(path, _)| path == "src/error_2/client.rs"));
    assert!(files.iter().any(|(path, _)| path == "src/runtime/error.rs"));
    // Nothing but the crate root is `lib`, and nothing is a binary Cargo would find in `src/bin/`.
    assert!(!files.iter().any(|(path, _)| {
        path == "src/main.rs"
            || path.starts_with("src/lib/")
            || path.starts_with("src/bin/")
            || path.starts_with("src/mod/")
            || path == "src/mod.rs"
    }));
}

#[test]
fn credential_setters_never_collide_with_client_methods_or_each_other() {
    let files = emit(&[case("credential-setters-colliding.yaml")]);
    let client = file(&files, "src/credential_setters_colliding/client.rs");
    for method in [
        "pub fn with_base_url(mut self, base_url",
        "pub fn with_base_url_2(mut self, key",
        "pub fn with_api_key(mut self, key",
        "pub fn with_api_key_token(mut self, token",
        "pub fn with_2fa(mut self, key",
        "pub fn with_api_key_2(&self)",
    ] {
        assert!(client.contains(method), "{method} missing in {client}");
    }
}

#[test]
fn tagged_union_arms_name_variants_through_self_and_match_each_tag_once() {
    let files = emit(&[case("tagged-union-odd-variants.yaml")]);
    let models = file(&files, "src/tagged_union_odd_variants/models.rs");
    assert!(models.contains("impl<'de> Deserialize<'de> for D {"), "{models}");
    assert!(models.contains(".map(Self::Clone)"), "{models}");
    assert!(!models.contains("D::Clone"), "{models}");
    assert_eq!(models.matches("Some(\"Clone\")").count(), 1, "{models}");
}

#[test]
fn builder_setters_never_shadow_methods_the_paging_stream_calls() {
    let files = emit(&[case("paged-builder-setters-named-like-trait-methods.yaml")]);
    let requests = file(&files, "src/paged_builder_setters_named_like_trait_methods/requests.rs");
    assert!(requests.contains("pub fn clone_2(mut self, clone_2: i64) -> Self"), "{requests}");
    // The runtime clones the builder (as `Clone::clone`, which no inherent method can shadow).
    assert!(requests.contains("crate::runtime::pages("), "{requests}");
    assert!(!requests.contains("pub fn clone("), "{requests}");
    // `send_with_response` builds the request with the builder's own `into_request`, which a
    // parameter's setter must not take; the send functions are plain, over the runtime's future.
    assert!(requests.contains("pub fn into_request_2(mut self, into_request_2: bool) -> Self"), "{requests}");
    assert!(requests.contains(".execute(self.into_request(), |response|"), "{requests}");
    assert!(!requests.contains("async fn send"), "{requests}");
}

#[test]
fn schema_names_that_collide_as_rust_type_names_get_distinct_ones() {
    let files = emit(&[case("colliding-schema-names.yaml")]);
    let models = file(&files, "src/colliding_schema_names/models.rs");
    let long = "AVeryLongSchemaNameThatGoesOnAndOnAndOnBeyondAnyReasonAtAll";
    let declared = items(models);
    let mut expected: Vec<String> = [
        long,
        &format!("{long}2"),
        "BoxType",
        "Client",
        "D",
        "Error",
        "GetItem",
        "GetItem2",
        "GetItem3",
        "GetItem4",
        "List",
        "List2",
        "List3",
        "OptionType",
        "Owner",
        "Owner2",
        "Pet",
        "PetOwner",
        "ResultType",
        "SelfType",
        "SelfType2",
        "SerializeType",
        "T2fa",
        "T2fa2",
        "VecType",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    expected.sort();
    let mut sorted = declared.clone();
    sorted.sort();
    assert_eq!(sorted, expected);
    // Each schema keeps its own type: references follow the schema, not the Rust name it would get alone.
    for member in [
        "pub d: Option<GetItem3>,",
        "pub c: Option<GetItem2>,",
        "pub b: Option<GetItem4>,",
        "pub g: Option<List>,",
        "pub f: Option<List3>,",
        "pub j: Option<T2fa>,",
        "pub l: Option<SelfType>,",
        "pub owner: Owner2,",
        "pub self_: Option<SelfType2>,",
        "pub friends: Option<Vec<T2fa2>>,",
        "pub list: Option<List2>,",
        &format!("pub i: Option<{long}>,"),
        &format!("pub long: Option<{long}2>,"),
        "pub type VecType = Vec<OptionType>;",
        "Client(Box<Client>),",
        // Boxed: the struct could make every value of the union large.
        "Error(Box<Error>),",
    ] {
        assert!(models.contains(member), "{member} missing in {models}");
    }
    // The tagged union named like the deserializer's type parameter names its variants through `Self`.
    assert!(models.contains("impl<'de> Deserialize<'de> for D {"), "{models}");
    assert!(models.contains(".map(Self::Client)"), "{models}");
}

#[test]
fn shapes_clippy_refuses_are_written_as_clippy_accepts_them() {
    let files = emit(&[case("shapes-clippy-refuses.yaml")]);
    let client = file(&files, "src/shapes_clippy_refuses/client.rs");
    // Operations never take the names of the client's trait methods.
    assert!(client.contains("pub fn clone_2(&self)"), "{client}");
    assert!(client.contains("pub fn cmp_2(&self, other: impl Into<String>)"), "{client}");
    assert!(!client.contains("pub fn clone("), "{client}");
    let requests = file(&files, "src/shapes_clippy_refuses/requests.rs");
    assert!(
        requests.contains("#[allow(clippy::should_implement_trait)]\n    pub fn add(mut self, add: i64) -> Self"),
        "{requests}"
    );
    assert!(requests.contains("Output = crate::Result<Vec<models::ReportResponseItem>>"), "{requests}");
    // The futures `send` returns nest the response type two levels deeper still.
    assert!(requests.contains("ResponseValue<Option<Vec<Vec<Vec<serde_json::Value>>>>>"), "{requests}");
    assert!(requests.contains("#![allow(clippy::type_complexity)]"), "{requests}");
    let models = file(&files, "src/shapes_clippy_refuses/models.rs");
    assert!(models.contains("Report {\n            count,\n"), "{models}");
    assert!(models.contains("#[allow(clippy::should_implement_trait)]\n    pub fn sub(mut self"), "{models}");
    assert!(models.contains("pub grid: Option<Vec<ReportGridItem>>,"), "{models}");
    assert!(
        models.contains("pub type ReportGridItem = Vec<std::collections::BTreeMap<String, Vec<bool>>>;"),
        "{models}"
    );
    assert!(
        models.contains("pub type ReportResponseItem = Vec<std::collections::BTreeMap<String, Vec<Vec<bool>>>>;"),
        "{models}"
    );
    // Enums hold a large struct boxed, and a body still converts from the struct itself.
    assert!(models.contains("Large(Box<Large>),\n    Text(String),"), "{models}");
    assert!(requests.contains("Json(Box<models::Large>),"), "{requests}");
    assert!(requests.contains("PutLargeBody::Json(Box::new(value))"), "{requests}");
}

#[test]
fn body_payloads_of_one_rust_type_get_one_conversion() {
    let files = emit(&[case("body-payloads-of-one-rust-type.yaml")]);
    let requests = file(&files, "src/body_payloads_of_one_rust_type/requests.rs");
    // `Note` (a one-alternative `oneOf` of `string`) and `text/plain` are both `String`: the first wins.
    assert_eq!(requests.matches("impl From<models::Note> for PostNoteBody").count(), 1, "{requests}");
    assert_eq!(requests.matches("impl From<String> for PostNoteBody").count(), 0, "{requests}");
    assert_eq!(requests.matches("impl From<Vec<u8>> for PostNoteBody").count(), 1, "{requests}");
    // A list of an alias of `string` and the text payload are different types: both convert.
    assert_eq!(requests.matches("impl From<Vec<models::Label>> for PostLabelsBody").count(), 1, "{requests}");
    assert_eq!(requests.matches("impl From<String> for PostLabelsBody").count(), 1, "{requests}");
}

#[test]
fn doc_links_to_methods_named_like_keywords_name_them_without_r_hash() {
    let files = emit(&[case("raw-identifiers-in-doc-links.yaml")]);
    let requests = file(&files, "src/raw_identifiers_in_doc_links/requests.rs");
    // rustdoc reads `#` in a link target as a fragment: `Client::r#type` would be unresolved.
    assert!(requests.contains("/// Request builder for [`Client::r#match`](super::Client::match)."), "{requests}");
    assert!(requests.contains("/// The body of [`Client::r#type`](super::Client::type), in one"), "{requests}");
    assert!(!requests.contains("](super::Client::r#"), "{requests}");
}

/// Regression (class: many mutually recursive types): rustc's drop check follows a value through
/// every type of a cycle, and its auto-trait checks did too where decoding deep members required
/// `Send` (a fresh thread); 48 types containing one another overflowed its default recursion limit
/// (E0275, E0320). The crate now raises the limit by the size of the cycle, and deep members grow
/// the stack on the decoding thread, which needs no `Send` proof.
#[test]
fn many_mutually_recursive_types_raise_the_recursion_limit_and_need_no_send() {
    let files = emit(&[case("many-mutually-recursive-types.yaml")]);
    let lib = file(&files, "src/lib.rs");
    let limit: usize = lib
        .split("#![recursion_limit = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|limit| limit.parse().ok())
        .unwrap_or_else(|| panic!("no recursion limit: {lib}"));
    assert!(limit >= 4 * 48, "{limit}");
    let runtime = file(&files, "src/runtime/deep.rs");
    assert!(runtime.contains("stacker::maybe_grow"), "{runtime}");
    assert!(!runtime.contains("DeserializeOwned + Send"), "{runtime}");
    assert!(!runtime.contains("spawn_scoped"), "{runtime}");
    let models = file(&files, "src/many_mutually_recursive_types/models.rs");
    assert!(models.contains("crate::runtime::boxed_present::<1, _, _>"), "{models}");
    let manifest = file(&files, "Cargo.toml");
    assert!(manifest.contains("\nstacker = "), "{manifest}");
}

#[test]
fn error_bodies_kept_as_raw_bytes_are_their_variant_without_an_option_around_it() {
    let files = emit(&[case("error-bodies-kept-as-raw-bytes.yaml")]);
    let requests = file(&files, "src/error_bodies_kept_as_raw_bytes/requests.rs");
    // Only `default`, as bytes: every error is that variant.
    assert!(requests.contains("DeviceAuthRequestError::Default(error.body.clone())"), "{requests}");
    // Among other statuses, a bytes body is `Some` of its variant; a JSON body may not decode.
    assert!(requests.contains("Some(InstanceSerialError::Status101(error.body.clone()))"), "{requests}");
    assert!(requests.contains("error.json().ok().map(InstanceSerialError::NotFound)"), "{requests}");
    assert!(!requests.contains("Some(error.body.clone()).map("), "{requests}");
    assert!(!requests.contains("let typed = Some("), "{requests}");
}

#[test]
fn stream_methods_and_file_parts_keep_parameters_named_like_them_apart() {
    let files = emit(&[case("streamed-bodies-named-like-builder-methods.yaml")]);
    let requests = file(&files, "src/streamed_bodies_named_like_builder_methods/requests.rs");
    for method in ["events(", "events_after(", "open(", "send_streamed(", "file_part("] {
        let declared = requests.matches(&format!("fn {method}")).count();
        let expected = match method {
            "events(" | "events_after(" | "send_streamed(" | "file_part(" => 1,
            _ => 2,
        };
        assert_eq!(declared, expected, "fn {method} in\n{requests}");
    }
    // The event stream beside a JSON success answers with an enum, and has no `events()`.
    assert!(requests.contains("pub enum MixedSuccess"), "{requests}");
    assert!(requests.contains("crate::EventStream<models::Update>"), "{requests}");
    // An optional body of bytes may be a stream; an optional form takes file parts.
    assert!(requests.contains("Some(value) => crate::runtime::Body::upload(\"image/png\", value)?"), "{requests}");
    assert!(requests.contains("crate::runtime::add_files("), "{requests}");
    let lib = file(&files, "src/lib.rs");
    assert!(lib.contains("pub use runtime::{ByteStream, Event, EventStream};"), "{lib}");
    assert!(lib.contains("pub use runtime::{FilePart, Upload};"), "{lib}");
}

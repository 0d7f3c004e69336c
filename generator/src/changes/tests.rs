//! One hand-made pair of specs per rule: a base spec, and the base with one edit.

use super::{Class, Report, bump_version, compare};
use crate::emit::ApiModule;
use crate::emit::surface::surface;
use crate::ir::Api;

const BASE: &str = r#"
openapi: 3.0.0
info: {title: Chat, version: '1'}
servers: [{url: 'https://api.example.com'}]
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  schemas:
    Message:
      type: object
      required: [id]
      properties:
        id: {type: string}
        file_size: {type: integer, format: int32}
        status: {$ref: '#/components/schemas/Status'}
    NewMessage:
      type: object
      required: [text]
      properties:
        text: {type: string}
    Status:
      type: string
      enum: [sent, read]
    Reaction:
      type: object
      properties:
        emoji: {type: string}
        count: {type: integer}
security: [{token: []}]
paths:
  /messages/{id}:
    get:
      operationId: getMessage
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer, format: int32}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Message'}
  /messages:
    post:
      operationId: sendMessage
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewMessage'}
      responses:
        '204': {description: sent}
  /reactions:
    get:
      operationId: listReactions
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Reaction'}
"#;

fn api(text: &str) -> Api {
    let mut spec = crate::read::read_str("chat.yaml", text).expect("the test spec reads");
    crate::normalise::normalise_with(&mut spec.api, &Default::default()).expect("the test spec normalises");
    spec.api
}

fn report(old: &str, new: &str) -> Report {
    let (old, new) = (api(old), api(new));
    let old = surface(&[ApiModule { module: "chat", api: &old }]);
    let new = surface(&[ApiModule { module: "chat", api: &new }]);
    compare(&old, &new)
}

/// The base with `from` replaced by `to` (which must occur).
fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from}");
    BASE.replacen(from, to, 1)
}

/// The changes as (class, rule, item), for assertions.
fn found(report: &Report) -> Vec<(Class, &'static str, String)> {
    report.changes.iter().map(|c| (c.class, c.rule, c.item.clone())).collect()
}

fn one(report: &Report) -> (Class, &'static str, String) {
    let all = found(report);
    assert_eq!(all.len(), 1, "{}", report.to_text(None));
    all.into_iter().next().expect("one change")
}

use Class::{Behaviour, Breaking, Compatible};

#[test]
fn identical_specs_have_no_changes() {
    let report = report(BASE, BASE);
    assert!(report.changes.is_empty());
    assert_eq!(report.to_text(Some("0.3.1")).lines().last(), Some("No API changes: the version stays."));
}

#[test]
fn operation_added_and_removed() {
    let without = edit(
        "  /reactions:\n    get:\n      operationId: listReactions\n",
        "  /reactions:\n    x-none:\n      operationId: listReactions\n",
    );
    let added = report(&without, BASE);
    assert!(
        found(&added).contains(&(Compatible, "operation-added", "chat::Client::list_reactions".into())),
        "{added:?}"
    );
    let removed = report(BASE, &without);
    assert!(
        found(&removed).contains(&(Breaking, "operation-removed", "chat::Client::list_reactions".into())),
        "{removed:?}"
    );
}

#[test]
fn operation_renamed_on_the_same_endpoint() {
    let report = report(BASE, &edit("operationId: getMessage", "operationId: fetchMessage"));
    let change = report.changes.iter().find(|c| c.rule == "operation-renamed").expect("a rename");
    assert_eq!((change.class, change.item.as_str()), (Breaking, "chat::Client::fetch_message"));
    assert!(change.message.contains("renamed from `get_message`"), "{}", change.message);
    // The endpoint matched, so its parameters are not reported as removed and added.
    assert!(!report.changes.iter().any(|c| c.rule.starts_with("parameter")), "{report:?}");
}

#[test]
fn operation_path_placeholder_renames_still_match() {
    let new = edit("  /messages/{id}:", "  /messages/{message_id}:")
        .replace("{name: id, in: path", "{name: message_id, in: path");
    // The URL is the same, and arguments are passed by position: nothing to report.
    assert_eq!(found(&report(BASE, &new)), []);
}

#[test]
fn arguments_swapped_are_breaking() {
    let two = edit("  /messages/{id}:", "  /messages/{id}/{part}:")
        .replace("{name: id, in: path, required: true, schema: {type: string}}", "{name: id, in: path, required: true, schema: {type: string}}\n        - {name: part, in: path, required: true, schema: {type: string}}");
    let swapped = two.replace("/messages/{id}/{part}", "/messages/{part}/{id}");
    let report = report(&two, &swapped);
    let change = report.changes.iter().find(|c| c.rule == "arguments-reordered").expect("a new order");
    assert_eq!((change.class, change.item.as_str()), (Breaking, "chat::Client::get_message"));
    assert_eq!(change.message, "arguments reordered: now (part, id), were (id, part)");
}

#[test]
fn operation_moved_between_modules() {
    let chat = api(BASE);
    let empty = api(&edit("  /messages/{id}:\n    get:", "  /messages/{id}:\n    x-none:"));
    let old = surface(&[ApiModule { module: "v1", api: &chat }, ApiModule { module: "v2", api: &empty }]);
    let new = surface(&[ApiModule { module: "v1", api: &empty }, ApiModule { module: "v2", api: &chat }]);
    let report = compare(&old, &new);
    let moved = report.changes.iter().find(|c| c.rule == "operation-moved").expect("a move");
    assert_eq!((moved.class, moved.item.as_str()), (Breaking, "v2::Client::get_message"));
    assert!(moved.message.contains("from `v1::Client::get_message`"), "{}", moved.message);
}

#[test]
fn required_parameter_added_is_breaking_optional_compatible() {
    let required = edit(
        "        - {name: limit, in: query, schema: {type: integer, format: int32}}",
        "        - {name: limit, in: query, schema: {type: integer, format: int32}}\n        - {name: thread, in: query, required: true, schema: {type: string}}",
    );
    assert_eq!(
        one(&report(BASE, &required)),
        (Breaking, "parameter-added-required", "chat::Client::get_message(thread)".into())
    );
    let optional = required.replace("name: thread, in: query, required: true", "name: thread, in: query");
    assert_eq!(
        one(&report(BASE, &optional)),
        (Compatible, "parameter-added-optional", "chat::requests::GetMessage::thread".into())
    );
    assert_eq!(
        one(&report(&optional, BASE)),
        (Breaking, "parameter-removed", "chat::requests::GetMessage::thread".into())
    );
}

#[test]
fn parameter_retyped_and_made_required_or_optional() {
    let retyped = edit(
        "{name: limit, in: query, schema: {type: integer, format: int32}}",
        "{name: limit, in: query, schema: {type: string}}",
    );
    let report_retyped = report(BASE, &retyped);
    assert_eq!(one(&report_retyped), (Breaking, "parameter-retyped", "chat::requests::GetMessage::limit".into()));
    assert!(
        report_retyped.changes.iter().any(|c| c.message.contains("now takes `impl Into<String>` (was `i32`)")),
        "{report_retyped:?}"
    );
    let required = edit("{name: limit, in: query, schema", "{name: limit, in: query, required: true, schema");
    assert_eq!(
        one(&report(BASE, &required)),
        (Breaking, "parameter-made-required", "chat::Client::get_message(limit)".into())
    );
    assert_eq!(
        one(&report(&required, BASE)),
        (Breaking, "parameter-made-optional", "chat::requests::GetMessage::limit".into())
    );
}

#[test]
fn parameter_sent_elsewhere_is_a_behaviour_change() {
    let header = edit("{name: limit, in: query", "{name: limit, in: header");
    assert_eq!(
        one(&report(BASE, &header)),
        (Behaviour, "parameter-wire-renamed", "chat::requests::GetMessage::limit".into())
    );
}

#[test]
fn response_type_changed() {
    let new = edit(
        "              schema: {$ref: '#/components/schemas/Message'}",
        "              schema: {$ref: '#/components/schemas/Reaction'}",
    );
    let report = report(BASE, &new);
    let change = report.changes.iter().find(|c| c.rule == "response-retyped").expect("a new output");
    assert_eq!(change.item, "chat::Client::get_message");
    assert!(change.message.contains("now returns `models::Reaction` (was `models::Message`)"), "{}", change.message);
}

#[test]
fn fields_added_removed_retyped() {
    let added = edit(
        "        id: {type: string}\n        file_size",
        "        id: {type: string}\n        edited: {type: boolean}\n        file_size",
    );
    assert_eq!(one(&report(BASE, &added)), (Compatible, "field-added", "chat::models::Message::edited".into()));
    assert_eq!(one(&report(&added, BASE)), (Breaking, "field-removed", "chat::models::Message::edited".into()));
    let retyped = edit("file_size: {type: integer, format: int32}", "file_size: {type: integer, format: int64}");
    let report = report(BASE, &retyped);
    assert_eq!(one(&report), (Breaking, "field-retyped", "chat::models::Message::file_size".into()));
    assert_eq!(
        report.changes.first().map(|c| c.message.as_str()),
        Some("field type now `Option<i64>` (was `Option<i32>`)")
    );
}

#[test]
fn fields_made_optional_or_required() {
    let optional = edit("      required: [id]\n      properties:\n        id", "      properties:\n        id");
    assert_eq!(one(&report(BASE, &optional)), (Breaking, "field-made-optional", "chat::models::Message::id".into()));
    assert_eq!(one(&report(&optional, BASE)), (Breaking, "field-made-required", "chat::models::Message::id".into()));
}

#[test]
fn field_renamed_on_the_wire_only_or_in_rust_too() {
    // `fileSize` and `file_size` are one Rust field: the code compiles, the JSON differs.
    let camel = edit("        file_size: {type: integer", "        fileSize: {type: integer");
    assert_eq!(
        one(&report(BASE, &camel)),
        (Behaviour, "field-wire-renamed", "chat::models::Message::file_size".into())
    );
    let renamed = edit("        file_size: {type: integer", "        bytes: {type: integer");
    let change = report(BASE, &renamed);
    assert_eq!(one(&change), (Breaking, "field-renamed", "chat::models::Message::bytes".into()));
}

#[test]
fn required_field_of_a_request_body_is_a_new_constructor_argument() {
    let new = edit(
        "      required: [text]\n      properties:\n        text: {type: string}",
        "      required: [text, channel]\n      properties:\n        text: {type: string}\n        channel: {type: string}",
    );
    assert_eq!(
        one(&report(BASE, &new)),
        (Breaking, "field-added-required", "chat::models::NewMessage::channel".into())
    );
}

#[test]
fn enum_values_added_are_compatible_removed_breaking() {
    let more = edit("enum: [sent, read]", "enum: [sent, read, deleted]");
    let added = report(BASE, &more);
    assert_eq!(one(&added), (Compatible, "enum-value-added", "chat::models::Status::Deleted".into()));
    assert!(added.to_text(None).contains("decode it as `Unknown`"));
    assert_eq!(one(&report(&more, BASE)), (Breaking, "enum-value-removed", "chat::models::Status::Deleted".into()));
}

#[test]
fn types_added_removed_renamed() {
    let renamed = BASE.replace("Reaction", "Emoji");
    let report_renamed = report(BASE, &renamed);
    let rules: Vec<_> = found(&report_renamed);
    assert!(rules.contains(&(Breaking, "type-renamed", "chat::models::Emoji".into())), "{rules:?}");
    assert!(!rules.iter().any(|(_, rule, _)| *rule == "type-removed"), "{rules:?}");
    let extra = edit(
        "    Status:\n",
        "    Extra:\n      type: object\n      properties:\n        a: {type: string}\n        b: {type: boolean}\n    Status:\n",
    );
    assert_eq!(one(&report(BASE, &extra)), (Compatible, "type-added", "chat::models::Extra".into()));
    assert_eq!(one(&report(&extra, BASE)), (Breaking, "type-removed", "chat::models::Extra".into()));
}

#[test]
fn base_url_auth_and_media_types() {
    let url = edit("https://api.example.com", "https://api.example.org");
    assert_eq!(one(&report(BASE, &url)), (Behaviour, "base-url-changed", "chat::Client::DEFAULT_BASE_URL".into()));
    let key = edit(
        "token: {type: http, scheme: bearer}",
        "token: {type: http, scheme: bearer}\n    key: {type: apiKey, in: header, name: X-Key}",
    );
    assert_eq!(one(&report(BASE, &key)), (Compatible, "auth-added", "chat::Client::with_key".into()));
    assert_eq!(one(&report(&key, BASE)), (Breaking, "auth-removed", "chat::Client::with_key".into()));
    let basic = edit("token: {type: http, scheme: bearer}", "token: {type: http, scheme: basic}");
    let rules: Vec<_> = found(&report(BASE, &basic)).into_iter().map(|(class, rule, _)| (class, rule)).collect();
    assert_eq!(rules, [(Breaking, "auth-setters-changed"), (Behaviour, "auth-changed")]);
    let form = edit(
        "      content:\n          application/json:\n            schema: {$ref: '#/components/schemas/NewMessage'}",
        "      content:\n          application/x-www-form-urlencoded:\n            schema: {$ref: '#/components/schemas/NewMessage'}",
    );
    assert_eq!(one(&report(BASE, &form)), (Behaviour, "request-media-changed", "chat::Client::send_message".into()));
}

#[test]
fn deprecations_are_compatible_and_a_patch() {
    let new = edit("      operationId: getMessage\n", "      operationId: getMessage\n      deprecated: true\n");
    let report = report(BASE, &new);
    assert_eq!(one(&report), (Compatible, "deprecation-added", "chat::Client::get_message".into()));
    assert_eq!(report.bump(), super::Bump::Patch);
}

#[test]
fn changes_point_into_the_new_spec() {
    let new = edit("file_size: {type: integer, format: int32}", "file_size: {type: integer, format: int64}");
    let mut report = report(BASE, &new);
    report.locate(super::Side::New, &[("chat".to_owned(), std::sync::Arc::from(new.as_str()))]);
    let at = report.changes.first().and_then(|c| c.at.clone()).expect("a location");
    let line = new.lines().position(|l| l.contains("file_size: {type: integer, format: int64}")).expect("the line") + 1;
    assert_eq!((at.line, at.column), (Some(line), Some(9)));
    assert!(report.to_text(None).contains(&format!("(chat.yaml:{line}:9)")), "{}", report.to_text(None));
}

#[test]
fn versions_bump_as_cargo_reads_them() {
    use super::Bump::{Major, Minor, None, Patch};
    assert_eq!(bump_version("0.3.1", Major).as_deref(), Some("0.4.0"));
    assert_eq!(bump_version("0.3.1", Minor).as_deref(), Some("0.3.2"));
    assert_eq!(bump_version("0.0.4", Major).as_deref(), Some("0.0.5"));
    assert_eq!(bump_version("1.2.3", Major).as_deref(), Some("2.0.0"));
    assert_eq!(bump_version("1.2.3", Minor).as_deref(), Some("1.3.0"));
    assert_eq!(bump_version("1.2.3", Patch).as_deref(), Some("1.2.4"));
    assert_eq!(bump_version("1.2.3", None).as_deref(), Some("1.2.3"));
    assert_eq!(bump_version("1.2", Major), Option::None);
    let breaking = report(BASE, &edit("enum: [sent, read]", "enum: [sent]"));
    assert!(breaking.to_text(Some("0.3.1")).ends_with("Implied version: 0.4.0 (was 0.3.1; breaking changes).\n"));
    assert!(breaking.to_json(Some("0.3.1")).contains("\"new_version\": \"0.4.0\""));
}

const UNION: &str = r#"
    Shape:
      oneOf:
        - {$ref: '#/components/schemas/Reaction'}
        - {type: string}
"#;

#[test]
fn union_alternatives_added_or_removed_are_breaking() {
    let with = edit("    Status:\n", &format!("{}    Status:\n", UNION.trim_start_matches('\n')));
    let more = with.replace("        - {type: string}\n", "        - {type: string}\n        - {type: boolean}\n");
    assert_eq!(one(&report(&with, &more)), (Breaking, "variant-added", "chat::models::Shape::Boolean".into()));
    assert_eq!(one(&report(&more, &with)), (Breaking, "variant-removed", "chat::models::Shape::Boolean".into()));
}

#[test]
fn a_type_of_another_kind_and_an_alias_of_another_type() {
    let as_enum = edit(
        "    Reaction:\n      type: object\n      properties:\n        emoji: {type: string}\n        count: {type: integer}\n",
        "    Reaction:\n      type: string\n      enum: [like]\n",
    );
    let change = report(BASE, &as_enum);
    let kind = change.changes.iter().find(|c| c.rule == "type-kind-changed").expect("a new kind");
    assert_eq!(
        (kind.class, kind.item.as_str(), kind.message.as_str()),
        (Breaking, "chat::models::Reaction", "now an enum (was a struct)")
    );
    let alias = edit("    Status:\n", "    Id:\n      type: string\n    Status:\n");
    let retyped = alias.replace("    Id:\n      type: string\n", "    Id:\n      type: integer\n      format: int64\n");
    let change = report(&alias, &retyped);
    assert_eq!(one(&change), (Breaking, "alias-retyped", "chat::models::Id".into()));
    assert_eq!(change.changes.first().map(|c| c.message.as_str()), Some("now stands for `i64` (was `String`)"));
}

#[test]
fn modules_added_and_removed() {
    let chat = api(BASE);
    let one_module = surface(&[ApiModule { module: "chat", api: &chat }]);
    let two_modules = surface(&[ApiModule { module: "chat", api: &chat }, ApiModule { module: "chat_v2", api: &chat }]);
    let added = compare(&one_module, &two_modules);
    let rules: Vec<_> = found(&added).into_iter().filter(|(_, rule, _)| rule.starts_with("module")).collect();
    assert_eq!(rules, [(Compatible, "module-added", "chat_v2".into())]);
    assert!(found(&compare(&two_modules, &one_module)).contains(&(Breaking, "module-removed", "chat_v2".into())));
}

#[test]
fn wire_changes_of_an_operation_are_behaviour() {
    // Still under `/reactions`, so in the same cargo feature.
    let moved = edit("  /reactions:\n", "  /reactions/all:\n");
    assert_eq!(
        one(&report(BASE, &moved)),
        (Behaviour, "operation-path-changed", "chat::Client::list_reactions".into())
    );
    let open = edit("      operationId: listReactions\n", "      operationId: listReactions\n      security: []\n");
    assert_eq!(one(&report(BASE, &open)), (Behaviour, "operation-auth-changed", "chat::Client::list_reactions".into()));
    let xml = edit(
        "                items: {$ref: '#/components/schemas/Reaction'}\n",
        "                items: {$ref: '#/components/schemas/Reaction'}\n        '404':\n          description: missing\n          content:\n            application/problem+json:\n              schema: {type: object, properties: {title: {type: string}}}\n",
    );
    let media = report(BASE, &xml);
    assert!(
        found(&media).contains(&(Behaviour, "response-media-changed", "chat::Client::list_reactions".into())),
        "{media:?}"
    );
}

#[test]
fn a_setter_renamed_in_rust_is_breaking() {
    let old = surface(&[ApiModule { module: "chat", api: &api(BASE) }]);
    let mut new = old.clone();
    let input = new
        .modules
        .iter_mut()
        .flat_map(|m| &mut m.operations)
        .flat_map(|op| &mut op.inputs)
        .find(|i| i.wire == "limit")
        .expect("the limit parameter");
    input.rust = "max".to_owned();
    assert_eq!(one(&compare(&old, &new)), (Breaking, "parameter-renamed", "chat::requests::GetMessage::max".into()));
}

#[test]
fn enum_variants_renumbered_are_breaking() {
    // `read-only` and `read_only` are both `ReadOnly`: the second is `ReadOnly2` until the first goes.
    let both = edit("enum: [sent, read]", "enum: [sent, read-only, read_only]");
    let one_left = edit("enum: [sent, read]", "enum: [sent, read_only]");
    let rules: Vec<_> = found(&report(&both, &one_left));
    assert_eq!(
        rules,
        [
            (Breaking, "enum-value-removed", "chat::models::Status::ReadOnly".into()),
            (Breaking, "variant-renamed", "chat::models::Status::ReadOnly".into()),
        ]
    );
}

#[test]
fn deprecations_removed_and_of_fields_and_parameters() {
    let deprecated = edit(
        "        file_size: {type: integer, format: int32}",
        "        file_size: {type: integer, format: int32, deprecated: true}",
    )
    .replace("{name: limit, in: query, schema", "{name: limit, in: query, deprecated: true, schema");
    let rules = found(&report(BASE, &deprecated));
    assert!(rules.contains(&(Compatible, "deprecation-added", "chat::models::Message::file_size".into())), "{rules:?}");
    assert!(
        rules.contains(&(Compatible, "deprecation-added", "chat::requests::GetMessage::limit".into())),
        "{rules:?}"
    );
    let rules = found(&report(&deprecated, BASE));
    assert!(
        rules.contains(&(Compatible, "deprecation-removed", "chat::models::Message::file_size".into())),
        "{rules:?}"
    );
}

#[test]
fn paging_added_and_removed() {
    let paged = edit(
        "        - {name: limit, in: query, schema: {type: integer, format: int32}}",
        "        - {name: limit, in: query, schema: {type: integer, format: int32}}\n        - {name: next_page_token, in: query, schema: {type: string}}",
    )
    .replace("        id: {type: string}\n        file_size", "        id: {type: string}\n        next_page_token: {type: string}\n        items: {type: array, items: {type: string}}\n        file_size");
    let rules = found(&report(&paged, BASE));
    assert!(rules.contains(&(Breaking, "paging-removed", "chat::Client::get_message".into())), "{rules:?}");
    let rules = found(&report(BASE, &paged));
    assert!(rules.contains(&(Compatible, "paging-added", "chat::Client::get_message".into())), "{rules:?}");
}

#[test]
fn a_union_alternative_of_another_type_is_breaking() {
    let with = edit("    Status:\n", &format!("{}    Status:\n", UNION.trim_start_matches('\n')))
        .replace("        - {type: string}\n", "        - {type: integer, format: int32}\n");
    let wider =
        with.replace("        - {type: integer, format: int32}\n", "        - {type: integer, format: int64}\n");
    let change = report(&with, &wider);
    assert_eq!(one(&change), (Breaking, "variant-retyped", "chat::models::Shape::Integer".into()));
    assert_eq!(change.changes.first().map(|c| c.message.as_str()), Some("variant now holds `i64` (was `i32`)"));
}

#[test]
fn a_builder_renamed_under_the_same_method_is_breaking() {
    let old = surface(&[ApiModule { module: "chat", api: &api(BASE) }]);
    let mut new = old.clone();
    let op =
        new.modules.iter_mut().flat_map(|m| &mut m.operations).find(|op| op.method == "get_message").expect("an op");
    op.builder = "GetMessage2".to_owned();
    assert_eq!(one(&compare(&old, &new)), (Breaking, "builder-renamed", "chat::Client::get_message".into()));
}

#[test]
fn an_operation_in_another_cargo_feature_is_breaking_and_so_is_a_feature_removed() {
    // Untagged, the operations are grouped by path: features `messages` and `reactions`.
    let tagged = edit("      operationId: getMessage\n", "      operationId: getMessage\n      tags: [mail]\n");
    let tagged =
        tagged.replacen("      operationId: sendMessage\n", "      operationId: sendMessage\n      tags: [mail]\n", 1);
    let report = report(BASE, &tagged);
    assert_eq!(
        found(&report),
        [
            (Breaking, "operation-feature-changed", "chat::Client::get_message".into()),
            (Breaking, "operation-feature-changed", "chat::Client::send_message".into()),
            (Breaking, "feature-removed", "messages".into()),
        ],
        "{}",
        report.to_text(None)
    );
    let text = report.to_text(None);
    assert!(text.contains("now compiles with the cargo feature `mail` (was `messages`)"), "{text}");
    assert!(text.contains("cargo feature `messages` removed"), "{text}");
}

use super::*;
use crate::read::read_named as read_str;

/// Pets and stores both answer with a `Pet` (stores through `Owner`); `Unused` is named by no
/// operation; the tags `type` and `default` are a keyword (which gets `-api`, as module names do)
/// and Cargo's own feature; two tags differ only in case and punctuation; `/v1/orders/{id}` has no tag.
const SPEC: &str = r##"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {
    "/v1/pets": {"get": {"operationId": "listPets", "tags": ["Pets"], "responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}},
    "/v1/stores": {"get": {"operationId": "getStore", "tags": ["Stores"], "responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Store"}}}}}}},
    "/v1/types": {"get": {"operationId": "getTypes", "tags": ["type"], "responses": {"204": {"description": "ok"}}}},
    "/v1/defaults": {"get": {"operationId": "getDefaults", "tags": ["default"], "responses": {"204": {"description": "ok"}}}},
    "/v1/profiles": {"get": {"operationId": "getProfiles", "tags": ["User Profiles"], "responses": {"204": {"description": "ok"}}}},
    "/v1/profiles2": {"get": {"operationId": "getProfiles2", "tags": ["user_profiles"], "responses": {"204": {"description": "ok"}}}},
    "/v1/orders/{id}": {"get": {"operationId": "getOrder", "parameters": [{"name": "id", "in": "path", "required": true,
        "schema": {"type": "string"}}], "responses": {"204": {"description": "ok"}}}}},
  "components": {"schemas": {
    "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}},
    "Store": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}},
    "Leaf": {"type": "object", "properties": {"n": {"type": "integer"}}},
    "Unused": {"type": "object", "properties": {"leaf": {"$ref": "#/components/schemas/Leaf"}}}}}}"##;

fn features_of(spec: &str) -> Features {
    let spec = read_str("a.json", spec).unwrap();
    Features::new(&[ApiModule { module: "api", api: &spec.api }])
}

fn op_features(features: &Features, count: usize) -> Vec<Option<&str>> {
    (0..count).map(|index| features.operation(0, index)).collect()
}

#[test]
fn every_group_is_a_feature_with_a_name_that_is_unique_and_not_cargos_own() {
    let features = features_of(SPEC);
    assert_eq!(
        op_features(&features, 7),
        [
            Some("pets"),
            Some("stores"),
            Some("type-api"),
            Some("default-2"),
            Some("user-profiles"),
            Some("user-profiles-2"),
            Some("orders")
        ]
    );
    assert_eq!(
        features.names(),
        ["pets", "stores", "type-api", "default-2", "user-profiles", "user-profiles-2", "orders"]
    );
}

#[test]
fn a_model_compiles_with_any_group_that_uses_it_directly_or_through_other_models() {
    let features = features_of(SPEC);
    assert_eq!(
        features.model_cfg(0, "Pet").attr().to_string(),
        r#"# [cfg (any (feature = "pets" , feature = "stores"))]"#
    );
    assert_eq!(features.model_cfg(0, "Owner").attr().to_string(), r#"# [cfg (feature = "stores")]"#);
    assert_eq!(features.model_cfg(0, "Store").attr().to_string(), r#"# [cfg (feature = "stores")]"#);
}

#[test]
fn a_model_no_operation_uses_always_compiles_and_so_do_the_models_it_names() {
    let features = features_of(SPEC);
    assert!(features.model_cfg(0, "Unused").is_always());
    assert!(features.model_cfg(0, "Leaf").is_always());
    // The serde import is needed as soon as one always compiled model derives its traits.
    assert!(features.any_model_cfg(0, ["Pet", "Leaf"]).is_always());
    assert_eq!(
        features.any_model_cfg(0, ["Owner", "Pet"]).attr().to_string(),
        r#"# [cfg (any (feature = "pets" , feature = "stores"))]"#
    );
}

#[test]
fn an_api_with_one_group_gets_no_features() {
    let one_group = SPEC.replace(r#""tags": ["Stores"]"#, r#""tags": ["Pets"]"#);
    let one_group = one_group.replace(r#""tags": ["type"]"#, r#""tags": ["Pets"]"#);
    let one_group = one_group.replace(r#""tags": ["default"]"#, r#""tags": ["Pets"]"#);
    let one_group = one_group.replace(r#""tags": ["User Profiles"]"#, r#""tags": ["Pets"]"#);
    let one_group = one_group.replace(r#""tags": ["user_profiles"]"#, r#""tags": ["Pets"]"#);
    let one_group =
        one_group.replace(r#""operationId": "getOrder","#, r#""operationId": "getOrder", "tags": ["Pets"],"#);
    let features = features_of(&one_group);
    assert!(!features.any());
    assert_eq!(op_features(&features, 7), [None; 7]);
    assert!(features.model_cfg(0, "Pet").is_always());
    assert!(features.all_inner_cfg().is_empty());
}

#[test]
fn operations_without_a_tag_are_grouped_by_the_first_path_segment_after_the_shared_ones() {
    let spec = read_str("a.json", SPEC).unwrap();
    let mut api = spec.api;
    for op in &mut api.operations {
        op.group = None;
    }
    assert_eq!(operation_groups(&api), ["pets", "stores", "types", "defaults", "profiles", "profiles2", "orders"]);
    // A Postman folder path is grouped by its top folder.
    api.operations[0].group = Some("Users / Groups".to_owned());
    assert_eq!(operation_groups(&api)[0], "Users");
    // Alone, an operation is grouped by its path's first segment.
    api.operations.truncate(1);
    api.operations[0].group = None;
    assert_eq!(operation_groups(&api), ["v1"]);
}

#[test]
fn several_split_modules_put_their_name_first() {
    let spec = read_str("a.json", SPEC).unwrap();
    let features =
        Features::new(&[ApiModule { module: "v1", api: &spec.api }, ApiModule { module: "v2", api: &spec.api }]);
    assert_eq!(features.operation(0, 0), Some("v1-pets"));
    assert_eq!(features.operation(1, 0), Some("v2-pets"));
    assert_eq!(features.model_cfg(1, "Owner").attr().to_string(), r#"# [cfg (feature = "v2-stores")]"#);
}

#[test]
fn the_cfg_goes_below_the_docs_and_above_the_derives() {
    let mut file: syn::File = syn::parse_str("/// Docs.\n#[derive(Debug)]\npub struct A;").unwrap();
    let cfg = Cfg(vec!["pets".to_owned()]);
    add_cfg(&mut file.items[0], &cfg).unwrap();
    let text = prettyplease::unparse(&file);
    assert_eq!(text, "/// Docs.\n#[cfg(feature = \"pets\")]\n#[derive(Debug)]\npub struct A;\n");
}

/// `groups` tags, each with one operation answering `Shared`, which holds a `Leaf`.
fn shared_by(groups: usize) -> String {
    let paths: Vec<String> = (0..groups)
        .map(|g| {
            format!(
                r##""/g{g}": {{"get": {{"operationId": "get{g}", "tags": ["g{g}"], "responses": {{"200": {{"description": "ok",
                "content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/Shared"}}}}}}}}}}}}}}"##
            )
        })
        .collect();
    format!(
        r##"{{"openapi": "3.0.0", "info": {{"title": "t", "version": "1"}}, "paths": {{{}}}, "components": {{"schemas": {{
        "Shared": {{"type": "object", "properties": {{"leaf": {{"$ref": "#/components/schemas/Leaf"}}}}}},
        "Leaf": {{"type": "object", "properties": {{"n": {{"type": "integer"}}}}}}}}}}}}"##,
        paths.join(",")
    )
}

#[test]
fn a_model_more_groups_use_than_a_cfg_lists_always_compiles_with_what_it_names() {
    let at_most = features_of(&shared_by(MAX_MODEL_FEATURES));
    let cfg = at_most.model_cfg(0, "Leaf").attr().to_string();
    assert_eq!(cfg.matches("feature =").count(), MAX_MODEL_FEATURES, "{cfg}");
    assert_eq!(at_most.model_cfg(0, "Shared"), at_most.model_cfg(0, "Leaf"));
    let more = features_of(&shared_by(MAX_MODEL_FEATURES + 1));
    assert_eq!(more.names().len(), MAX_MODEL_FEATURES + 1);
    assert!(more.model_cfg(0, "Shared").is_always());
    assert!(more.model_cfg(0, "Leaf").is_always());
}

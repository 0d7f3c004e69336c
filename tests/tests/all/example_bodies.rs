//! Response bodies known only from a collection's examples may be `null` or empty: an example shows
//! one body, and nothing rules out the `null` a server generated from a `nullable` schema sends.
//! A client generated from `tests/fixtures/example-bodies.postman.json` is built and run against a
//! loopback server: once as it is (`Option<T>`), once with `example_responses_nullable = false`
//! for the whole API, and with a per-response `nullable = false` on one operation.

use crate::support;

use support::workspace;

/// The test run inside the generated crate: `maybe_null` is the collection as it is, `never_null`
/// the same collection with `example_responses_nullable = false`.
const BEHAVIOUR: &str = r##"
use example_bodies::{maybe_null, never_null};
use futures_util::TryStreamExt;

#[tokio::test]
async fn a_null_or_empty_body_is_none_and_an_object_is_some() {
    let base = serve(vec![(200, "null"), (200, ""), (204, ""), (200, r#"{"id":7,"name":"lamp","colour":"red"}"#)]);
    let client = maybe_null::Client::new().with_base_url(base);
    assert_eq!(client.get_item(7).send().await.unwrap(), None);
    assert_eq!(client.get_item(7).send().await.unwrap(), None);
    assert_eq!(client.get_item(7).send().await.unwrap(), None);
    let item: maybe_null::models::GetItemResponse = client.get_item(7).send().await.unwrap().unwrap();
    assert_eq!(item.name.as_deref(), Some("lamp"));
    assert_eq!(item.additional_properties["colour"], "red");
}

#[tokio::test]
async fn a_null_page_ends_the_stream() {
    let base = serve(vec![
        (200, r#"{"next_page_token":"t1","items":[{"id":1},{"id":2}]}"#),
        (200, r#"{"next_page_token":"t2","items":[{"id":3}]}"#),
        (200, "null"),
    ]);
    let client = maybe_null::Client::new().with_base_url(base);
    let items: Vec<_> = client.list_items().items().try_collect().await.unwrap();
    let ids: Vec<String> = items.iter().map(|item| item.id.as_ref().unwrap().to_string()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
}

#[tokio::test]
async fn a_response_stated_never_null_is_the_type_itself() {
    let base = serve(vec![(200, r#"{"count":3}"#), (200, "null")]);
    let client = maybe_null::Client::new().with_base_url(base);
    let count: maybe_null::models::GetCountResponse = client.get_count().send().await.unwrap();
    assert_eq!(count.count, Some(3.into()));
    let error = client.get_count().send().await.unwrap_err().to_string();
    assert!(error.contains("invalid type: null, expected struct GetCountResponse"), "{error}");
}

#[tokio::test]
async fn an_api_stated_never_null_has_plain_types() {
    let base = serve(vec![(200, r#"{"id":7}"#), (200, "null")]);
    let client = never_null::Client::new().with_base_url(base);
    let item: never_null::models::GetItemResponse = client.get_item(7).send().await.unwrap();
    assert_eq!(item.id, Some(7.into()));
    let error = client.get_item(7).send().await.unwrap_err().to_string();
    assert!(error.contains("invalid type: null, expected struct GetItemResponse"), "{error}");
}
"##;

#[test]
fn bodies_known_only_from_examples_may_be_null_unless_stated_otherwise() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fixture = workspace().join("tests/fixtures/example-bodies.postman.json");
    let (maybe, never) = (dir.path().join("maybe_null.postman.json"), dir.path().join("never_null.postman.json"));
    for copy in [&maybe, &never] {
        std::fs::copy(&fixture, copy).unwrap_or_else(|e| panic!("{e}"));
    }
    let overrides = dir.path().join("overrides.toml");
    let stated = "[[api]]\nmodule = \"maybe_null\"\n\n[api.operations.get_count.responses.2XX]\nnullable = false\n\n\
                  [[api]]\nmodule = \"never_null\"\nexample_responses_nullable = false\n";
    std::fs::write(&overrides, stated).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
    let args = vec![
        "generator".to_owned(),
        "generate".to_owned(),
        path(&maybe),
        path(&never),
        "--out".to_owned(),
        path(&out),
        "--crate-name".to_owned(),
        "example-bodies".to_owned(),
        "--overrides".to_owned(),
        path(&overrides),
    ];
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = generator::cli::run(args, &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));

    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert!(!manifest.contains("[dev-dependencies]"), "{manifest}");
    // The test's runtime; its own workspace, with the repository's dependency profile so that
    // their builds are reused.
    let report = support::run_behaviour(&out, manifest, BEHAVIOUR);
    assert!(report.contains("test result: ok. 4 passed"), "{report}");
}

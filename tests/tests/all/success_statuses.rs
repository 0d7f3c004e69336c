//! Every success a collection or a spec documents decodes, and examples that quote scalars or hold
//! malformed JSON still type the body. The committed crate `tests/crates/success-statuses`,
//! generated from `tests/fixtures/success-statuses.postman.json` (module `collection`) and
//! `tests/fixtures/success-statuses.openapi.yaml` (module `spec`), is run against a loopback server.
use success_statuses::{Quoted, collection, spec};

use crate::support::{fixture_crate, serve};

/// Regression (class: several saved success statuses): a `201` with a body beside an empty `200`
/// came back as `Err(Status)`.
#[tokio::test]
async fn a_201_with_a_body_beside_an_empty_200_decodes_and_the_200_is_none() {
    let base = serve(vec![(201, r#"{"id":7,"name":"lamp"}"#), (200, "")]);
    let client = collection::Client::new().with_base_url(base);
    let created = client.create_item().send().await.unwrap().unwrap();
    assert_eq!(created.name.as_deref(), Some("lamp"));
    assert_eq!(created.id, Some(7.into()));
    assert_eq!(client.create_item().send().await.unwrap(), None);
}

/// Regression (class: a documented `204`): a request that saved a `200` body and a `204` turned
/// every `204` into an error.
#[tokio::test]
async fn a_204_beside_a_200_body_is_none() {
    let base = serve(vec![(204, ""), (200, r#"{"id":7,"name":"lamp"}"#), (202, "")]);
    let client = collection::Client::new().with_base_url(base);
    assert_eq!(client.update_item(7).send().await.unwrap(), None);
    assert_eq!(client.update_item(7).send().await.unwrap().unwrap().name.as_deref(), Some("lamp"));
    // A status the collection never saved is still an error.
    let error = client.update_item(7).send().await.unwrap_err().to_string();
    assert!(error.contains("202"), "{error}");
}

/// An OpenAPI operation documenting `200`, `201` and `204` with different bodies answers with an
/// enum of them; one documenting `200` and `204` with `Option` of the body.
#[tokio::test]
async fn openapi_200_201_and_204_each_decode_into_their_own_variant() {
    let base = serve(vec![
        (200, r#"[{"id":1},{"id":2,"name":"b"}]"#),
        (201, r#"{"id":3,"name":"c"}"#),
        (204, ""),
        (204, ""),
        (200, r#"{"id":4}"#),
    ]);
    let client = spec::Client::new().with_base_url(base);
    let spec::requests::PutThingSuccess::Ok(list) = client.put_thing().send().await.unwrap() else { panic!("not 200") };
    assert_eq!(list.iter().map(|t| t.id).collect::<Vec<_>>(), [1, 2]);
    let created = client.put_thing().send().await.unwrap();
    let spec::requests::PutThingSuccess::Created(thing) = created else { panic!("not 201: {created:?}") };
    assert_eq!((thing.id, thing.name.as_deref()), (3, Some("c")));
    assert_eq!(client.put_thing().send().await.unwrap(), spec::requests::PutThingSuccess::NoContent);
    assert_eq!(client.update_thing(4).send().await.unwrap(), None);
    assert_eq!(client.update_thing(4).send().await.unwrap().map(|t| t.id), Some(4));
}

/// Regression (class: malformed JSON in examples): a raw line break inside a saved body's string
/// is repaired, so the body is typed; a document malformed beyond repair (here a JSON string
/// holding one, and an OpenAPI string example) reads any JSON value rather than a string.
#[tokio::test]
async fn malformed_json_examples_type_the_body_or_take_any_value() {
    let base = serve(vec![
        (200, r#"{"title":"two\nlines","pages":2}"#),
        (200, r#"{"title":"x","pages":[1,2]}"#),
        (200, r#"{"notes":["a","b"]}"#),
    ]);
    let client = collection::Client::new().with_base_url(base.clone());
    let note: collection::models::GetNoteResponse = client.get_note().send().await.unwrap().unwrap();
    assert_eq!((note.title.as_deref(), note.pages), (Some("two\nlines"), Some(2.into())));
    let wrapped: serde_json::Value = client.get_wrapped_note().send().await.unwrap();
    assert_eq!(wrapped["pages"][1], 2);
    let notes: serde_json::Value = spec::Client::new().with_base_url(base).get_notes().send().await.unwrap();
    assert_eq!(notes["notes"][0], "a");
}

/// Regression (class: scalars quoted in examples): `"30"` and `"true"` made `String` fields that
/// the numbers and booleans a server sends did not decode into; ids seen as numbers and as text
/// took neither. Both forms decode and are written back exactly as they came.
#[tokio::test]
async fn quoted_integers_and_booleans_decode_from_both_forms_and_write_back_losslessly() {
    let bare = r#"{"page_size":30,"enabled":true,"owner_id":12,"zip":"007"}"#;
    let quoted = r#"{"page_size":"30","enabled":"true","owner_id":"ab-13","zip":"007"}"#;
    let base = serve(vec![(200, bare), (200, quoted)]);
    let client = collection::Client::new().with_base_url(base);
    let read_bare = client.get_settings().send().await.unwrap().unwrap();
    let read_quoted = client.get_settings().send().await.unwrap().unwrap();
    for settings in [&read_bare, &read_quoted] {
        assert_eq!(settings.page_size.as_ref().and_then(Quoted::get).and_then(|n| n.as_i64()), Some(30));
        assert_eq!(settings.enabled.as_ref().and_then(Quoted::get), Some(true));
        assert!(settings.additional_properties.is_empty(), "{settings:?}");
    }
    assert_eq!(read_bare.owner_id, Some(Quoted::Bare(12.into())));
    assert_eq!(read_quoted.owner_id, Some(Quoted::Text("ab-13".into())));
    assert_eq!(read_quoted.owner_id.as_ref().and_then(Quoted::get), None);
    for (read, sent) in [(&read_bare, bare), (&read_quoted, quoted)] {
        let written = serde_json::to_value(read).unwrap();
        assert_eq!(written, serde_json::from_str::<serde_json::Value>(sent).unwrap());
    }
}

/// The committed crate is what the generator emits now, and each document malformed beyond
/// repair is reported where it is.
#[test]
fn the_committed_crate_is_current_and_malformed_documents_are_reported() {
    let warnings: Vec<String> =
        fixture_crate("success-statuses.generate.toml").warnings.iter().map(ToString::to_string).collect();
    let text = warnings.join("\n");
    assert!(text.contains("/item/4/response/0/body"), "{text}");
    assert!(text.contains("/paths/~1notes/get/responses/200/content/application~1json"), "{text}");
    assert_eq!(text.matches("malformed JSON").count(), 2, "{text}");
}

//! Typed error bodies: the documented error answers of an operation decode, on demand, into its
//! error enum (`error.typed::<GetPetError>()`), while `send()` keeps returning the one `Error`.
//! The committed crate `tests/crates/error-bodies`, generated from
//! `tests/fixtures/error-bodies.openapi.yaml` (module `spec`) and
//! `tests/fixtures/error-bodies.postman.json` (module `collection`), is run against a loopback server.
use error_bodies::{Error, RetryPolicy, collection, spec};

use crate::support::serve;

fn spec_client(base: String) -> spec::Client {
    spec::Client::new().with_base_url(base).with_retry_policy(RetryPolicy::NONE)
}

fn collection_client(base: String) -> collection::Client {
    collection::Client::new().with_base_url(base).with_retry_policy(RetryPolicy::NONE)
}

#[tokio::test]
async fn a_documented_404_decodes_into_its_typed_variant() {
    let base = serve(vec![(404, r#"{"code":44,"message":"no pet 7"}"#)]);
    let error = spec_client(base).get_pet(7).send().await.unwrap_err();
    let Some(spec::requests::GetPetError::NotFound(model)) = error.typed::<spec::requests::GetPetError>() else {
        panic!("not the 404 variant: {error:?}")
    };
    assert_eq!((model.code, model.message.as_str()), (44, "no pet 7"));
    // The error itself is unchanged: the status and the raw body.
    let Error::Status(status) = &error else { panic!("{error:?}") };
    assert_eq!(
        (status.status.as_u16(), status.body.as_slice()),
        (404, br#"{"code":44,"message":"no pet 7"}"#.as_slice())
    );
}

#[tokio::test]
async fn each_documented_status_class_and_default_decodes_into_its_own_variant() {
    use spec::requests::{DeletePetError, GetPetError};
    let base = serve(vec![
        (422, r#"{"errors":["id too large"]}"#),
        (503, "down for maintenance"),
        (409, r#"{"code":9,"message":"busy"}"#),
    ]);
    let client = spec_client(base);
    let error = client.get_pet(7).send().await.unwrap_err();
    let Some(GetPetError::UnprocessableEntity(invalid)) = error.typed() else { panic!("{error:?}") };
    assert_eq!(invalid.errors, ["id too large"]);
    // `5XX` with a text body.
    let error = client.get_pet(7).send().await.unwrap_err();
    let Some(GetPetError::ServerError(text)) = error.typed() else { panic!("{error:?}") };
    assert_eq!(text, "down for maintenance");
    // `default` covers every status of an operation that documents nothing else.
    let error = client.delete_pet(7).send().await.unwrap_err();
    let Some(DeletePetError::Default(model)) = error.typed() else { panic!("{error:?}") };
    assert_eq!(model.message, "busy");
}

#[tokio::test]
async fn an_undocumented_status_falls_to_other_with_the_error_as_it_came() {
    use spec::requests::GetPetError;
    // 418 is not documented; 401 is documented without a body.
    let base = serve(vec![(418, r#"{"code":1,"message":"teapot"}"#), (401, r#"{"code":2,"message":"who?"}"#)]);
    let client = spec_client(base);
    for status in [418, 401] {
        let error = client.get_pet(7).send().await.unwrap_err();
        let Some(GetPetError::Other(other)) = error.typed() else { panic!("{error:?}") };
        assert_eq!(other.status.as_u16(), status);
        assert!(other.body.starts_with(br#"{"code":"#), "{other:?}");
    }
}

#[tokio::test]
async fn a_body_of_another_shape_stays_raw_in_other() {
    use spec::requests::GetPetError;
    let body = r#"{"error":"not the documented model"}"#;
    let base = serve(vec![(404, body)]);
    let error = spec_client(base).get_pet(7).send().await.unwrap_err();
    // Still a status error (never a decode error), and its typed view keeps the body as it came.
    assert!(matches!(error, Error::Status(_)), "{error:?}");
    let Some(GetPetError::Other(other)) = error.typed() else { panic!("{error:?}") };
    assert_eq!((other.status.as_u16(), other.body.as_slice()), (404, body.as_bytes()));
}

#[tokio::test]
async fn the_typed_view_belongs_to_its_own_operation() {
    let base = serve(vec![(404, r#"{"code":44,"message":"no pet"}"#), (500, "")]);
    let client = spec_client(base);
    let error = client.get_pet(7).send().await.unwrap_err();
    // A status error of `get_pet` is not one of `delete_pet`, whose `default` would take any status.
    assert!(error.typed::<spec::requests::DeletePetError>().is_none());
    // Errors without a status have no typed view.
    let error = spec::Client::new().with_base_url("not a url").get_pet(7).send().await.unwrap_err();
    assert!(error.typed::<spec::requests::GetPetError>().is_none(), "{error:?}");
}

#[tokio::test]
async fn postman_saved_error_examples_give_typed_errors() {
    use collection::requests::GetOrderError;
    let base = serve(vec![
        (404, r#"{"message":"no such order","request_id":"r-9","hint":"check the id"}"#),
        (429, "slow down"),
        (404, "[1, 2]"),
        (400, r#"{"message":"bad"}"#),
    ]);
    let client = collection_client(base);
    // A 404 whose body the saved examples show: its model, inferred like a success's.
    let error = client.get_order("o-1").send().await.unwrap_err();
    let Some(GetOrderError::NotFound(Some(model))) = error.typed() else { panic!("{error:?}") };
    assert_eq!(model.message.as_deref(), Some("no such order"));
    assert_eq!(model.request_id.as_deref(), Some("r-9"));
    assert_eq!(model.hint.as_deref(), Some("check the id"));
    // A saved text answer.
    let error = client.get_order("o-1").send().await.unwrap_err();
    let Some(GetOrderError::TooManyRequests(text)) = error.typed() else { panic!("{error:?}") };
    assert_eq!(text, "slow down");
    // A 404 body of another shape than the examples show stays raw.
    let error = client.get_order("o-1").send().await.unwrap_err();
    let Some(GetOrderError::Other(other)) = error.typed() else { panic!("{error:?}") };
    assert_eq!(other.body, b"[1, 2]");
    // A status the collection never saved.
    let error = client.get_order("o-1").send().await.unwrap_err();
    let Some(GetOrderError::Other(other)) = error.typed() else { panic!("{error:?}") };
    assert_eq!(other.status.as_u16(), 400);
}

/// Postman's converter saves an OpenAPI `default` response without a code: it types every error
/// status the collection did not save otherwise.
#[tokio::test]
async fn a_postman_response_saved_without_a_code_is_the_default() {
    use collection::requests::CancelOrderError;
    let base = serve(vec![(409, r#"{"code":17,"message":"already shipped"}"#), (204, "")]);
    let client = collection_client(base);
    let error = client.cancel_order("o-1").send().await.unwrap_err();
    let Some(CancelOrderError::Default(Some(model))) = error.typed() else { panic!("{error:?}") };
    assert_eq!(model.message.as_deref(), Some("already shipped"));
    client.cancel_order("o-1").send().await.unwrap();
}

#[tokio::test]
async fn operations_with_the_same_error_answers_share_one_enum() {
    use spec::requests::{ErrorModelAnswers, GetPetError};
    let base = serve(vec![
        (404, r#"{"code":1,"message":"no stores"}"#),
        (404, r#"{"code":2,"message":"no store 3"}"#),
        (429, "later"),
        (404, r#"{"code":3,"message":"no pet"}"#),
    ]);
    let client = spec_client(base);
    // `list_stores` and `get_store` document the same answers: one enum types both.
    let error = client.list_stores().send().await.unwrap_err();
    let Some(ErrorModelAnswers::NotFound(model)) = error.typed() else { panic!("{error:?}") };
    assert_eq!((model.code, model.message.as_str()), (1, "no stores"));
    let error = client.get_store(3).send().await.unwrap_err();
    let Some(ErrorModelAnswers::NotFound(model)) = error.typed() else { panic!("{error:?}") };
    assert_eq!((model.code, model.message.as_str()), (2, "no store 3"));
    assert!(error.typed::<GetPetError>().is_none(), "{error:?}");
    // The meaning the spec gives a status comes with the shared enum too.
    let error = client.get_store(3).send().await.unwrap_err();
    let Error::Status(status) = &error else { panic!("{error:?}") };
    assert_eq!((status.status.as_u16(), status.meaning), (429, Some("Slow down.")));
    let Some(ErrorModelAnswers::Other(_)) = error.typed() else { panic!("{error:?}") };
    // Another operation's error is none of the shared enum's.
    let error = client.get_pet(7).send().await.unwrap_err();
    assert!(error.typed::<ErrorModelAnswers>().is_none(), "{error:?}");
}

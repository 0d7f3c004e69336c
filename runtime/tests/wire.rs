//! The runtime on the wire, against a loopback server: request assembly, credentials of every
//! kind, status meanings and redirects.

mod support;

use spec_to_rust_runtime::{
    Body, Connection, Credential, Error, KeyLocation, Meaning, QueryStyle, Request, RetryPolicy, Secret, into_value,
    json_body, param_text,
};
use support::{Server, json};

fn connection(server: &Server) -> Connection {
    let mut connection = Connection::new(format!("{}/", server.url));
    connection.set_retry_policy(RetryPolicy::NONE);
    connection
}

#[tokio::test]
async fn parameters_go_to_the_query_headers_and_one_cookie_header() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let mut request = Request::new("list", reqwest::Method::GET, "/items", &[]).unwrap();
    request.query.add("page", &2);
    request.query.add_optional::<String>("absent", None);
    request.query.add("id", &[1, 2]);
    request.headers.add("x-trace", &"abc");
    request.cookies.add("session", &"s1");
    request.cookies.add("theme", &"dark");
    let response = connection(&server).send(request).await.unwrap();
    assert_eq!(response.code(), 200);
    let sent = &server.requests()[0];
    assert!(sent.starts_with("GET /items?page=2&id=1&id=2 HTTP/1.1\r\n"), "{sent}");
    assert!(sent.contains("x-trace: abc\r\n"), "{sent}");
    assert!(sent.contains("cookie: session=s1; theme=dark\r\n"), "{sent}");
}

/// Each style's delimiter stays literal while the values' own delimiters are encoded, and a key
/// sent in the query follows the parameters.
#[tokio::test]
async fn query_styles_reach_the_server_as_written() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let mut connection = connection(&server);
    connection.set_credential(
        "query",
        Credential::ApiKey { location: KeyLocation::Query, name: "api_key", key: Secret("k".to_owned()) },
    );
    let mut request = Request::new("list", reqwest::Method::GET, "/items", &[]).unwrap();
    let tags = ["a,b", "c d"];
    request.query.add_styled("form", &tags, QueryStyle::Delimited(","));
    request.query.add_styled("space", &tags, QueryStyle::Delimited(" "));
    request.query.add_styled("pipe", &tags, QueryStyle::Delimited("|"));
    request.query.add_styled("multi", &tags, QueryStyle::Exploded);
    request.query.add_styled("filter", &serde_json::json!({ "max": 9, "min": 1 }), QueryStyle::DeepObject);
    request.auth = &[&["query"]];
    connection.send(request).await.unwrap();
    let sent = &server.requests()[0];
    let expected = "GET /items?form=a%2Cb,c%20d&space=a%2Cb%20c%20d&pipe=a%2Cb|c%20d&multi=a%2Cb&multi=c%20d\
                    &filter%5Bmax%5D=9&filter%5Bmin%5D=1&api_key=k HTTP/1.1\r\n";
    assert!(sent.starts_with(expected), "{sent}");
}

#[tokio::test]
async fn every_credential_kind_is_sent_where_its_scheme_says() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let mut connection = connection(&server);
    connection.set_credential("bearer", Credential::Bearer(Secret("t0k".to_owned())));
    connection
        .set_credential("basic", Credential::Basic { username: "u".to_owned(), password: Secret("p".to_owned()) });
    let key = |location, name| Credential::ApiKey { location, name, key: Secret(format!("{name}-value")) };
    connection.set_credential("header", key(KeyLocation::Header, "x-api-key"));
    connection.set_credential("query", key(KeyLocation::Query, "api_key"));
    connection.set_credential("cookie", key(KeyLocation::Cookie, "sid"));
    connection.set_credential("field", Credential::FormField { name: "token", value: Secret("f".to_owned()) });
    let mut request = Request::new("create", reqwest::Method::POST, "/things", &[]).unwrap();
    request.auth = &[&["bearer", "header", "query", "cookie", "field"]];
    connection.send(request).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.starts_with("POST /things?api_key=api_key-value HTTP/1.1\r\n"), "{sent}");
    assert!(sent.contains("authorization: Bearer t0k\r\n"), "{sent}");
    assert!(sent.contains("x-api-key: x-api-key-value\r\n"), "{sent}");
    assert!(sent.contains("cookie: sid=sid-value\r\n"), "{sent}");
    assert!(sent.contains("content-type: application/x-www-form-urlencoded\r\n"), "{sent}");
    assert!(sent.ends_with("\r\n\r\ntoken=f"), "{sent}");
}

#[tokio::test]
async fn basic_credentials_apply_when_their_alternative_is_the_first_complete_one() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let mut connection = connection(&server);
    connection
        .set_credential("basic", Credential::Basic { username: "u".to_owned(), password: Secret("p".to_owned()) });
    let mut request = Request::new("get", reqwest::Method::GET, "/", &[]).unwrap();
    // The first alternative lacks a credential, so the second applies.
    request.auth = &[&["bearer"], &["basic"]];
    connection.send(request).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.contains("authorization: Basic dTpw\r\n"), "{sent}");
}

#[tokio::test]
async fn a_failed_status_carries_the_meaning_the_spec_gives_it() {
    let server = Server::start(vec![json("404 Not Found", r#"{"error":"gone"}"#)]).await;
    let request = Request::new("get", reqwest::Method::GET, "/", &[]).unwrap();
    let response = connection(&server).send(request).await.unwrap();
    let meanings =
        [Meaning::class(5, "server trouble"), Meaning::status(404, "no such thing"), Meaning::otherwise("?")];
    let Error::Status(error) = response.into_error(&meanings) else { panic!("a status error") };
    assert_eq!(error.status, 404);
    assert_eq!(error.meaning, Some("no such thing"));
    assert_eq!(error.body, br#"{"error":"gone"}"#);
    // The body decodes into the type the caller names: the error model the spec documents.
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Gone {
        error: String,
    }
    assert_eq!(error.json::<Gone>().unwrap(), Gone { error: "gone".to_owned() });
}

#[tokio::test]
async fn success_lets_a_documented_status_through_and_turns_any_other_into_its_error() {
    let server = Server::start(vec![
        json("201 Created", r#"{"id":7}"#),
        json("201 Created", "{}"),
        json("404 Not Found", r#"{"error":"gone"}"#),
    ])
    .await;
    let connection = connection(&server);
    let meanings = [Meaning::status(404, "no such thing")];
    let send = || async {
        let request = Request::new("get", reqwest::Method::GET, "/", &[]).unwrap();
        connection.send(request).await.unwrap()
    };
    // A range of statuses, then one code that is not the answer's.
    let value: serde_json::Value = send().await.success(200..=299, &meanings).unwrap().json().unwrap();
    assert_eq!(value, serde_json::json!({"id": 7}));
    let Err(Error::Status(error)) = send().await.success(200, &meanings) else { panic!("201 is not 200") };
    assert_eq!((error.status.as_u16(), error.meaning), (201, None));
    let Err(Error::Status(error)) = send().await.success(200..=299, &meanings) else { panic!("a status error") };
    assert_eq!(
        (error.status.as_u16(), error.meaning, error.body.as_slice()),
        (404, Some("no such thing"), br#"{"error":"gone"}"#.as_slice())
    );
}

#[tokio::test]
async fn a_json_body_is_sent_and_the_answer_decoded() {
    let server = Server::start(vec![json("201 Created", r#"{"id":7}"#)]).await;
    let mut request = Request::new("create", reqwest::Method::POST, "/things", &[]).unwrap();
    request.body = json_body(&serde_json::json!({"name": "a"}), "application/json").unwrap();
    let response = connection(&server).send(request).await.unwrap();
    let value: serde_json::Value = response.json().unwrap();
    assert_eq!(value, serde_json::json!({"id": 7}));
    let sent = &server.requests()[0];
    assert!(sent.contains("content-type: application/json\r\n"), "{sent}");
    assert!(sent.ends_with(r#"{"name":"a"}"#), "{sent}");
}

/// What a generated `send_with_response()` and `send()` do: `execute` sends the request and
/// decodes the answer with the operation's closure, keeping status and headers; `into_value`
/// keeps the value alone.
#[tokio::test]
async fn execute_sends_the_request_and_decodes_the_answer_with_its_status_and_headers() {
    let server = Server::start(vec![json("201 Created", r#"{"id":7}"#), json("200 OK", r#"{"id":8}"#)]).await;
    let connection = connection(&server);
    let request = || Request::new("create", reqwest::Method::POST, "/things", &[]);
    let decode = |response: spec_to_rust_runtime::Response| response.success(201, &[])?.json::<serde_json::Value>();
    let answered = connection.execute(request(), decode).await.unwrap();
    assert_eq!(answered.status(), reqwest::StatusCode::CREATED);
    assert_eq!(answered.headers()["content-type"], "application/json");
    assert_eq!(answered.into_inner(), serde_json::json!({"id": 7}));
    let value = into_value(connection.execute(request(), |response| response.json::<serde_json::Value>())).await;
    assert_eq!(value.unwrap(), serde_json::json!({"id": 8}));
    assert_eq!(server.requests().len(), 2);
}

/// A type known only from examples, as the client decodes it from a server: each field a guess.
#[derive(serde::Deserialize)]
struct Page {
    #[serde(default)]
    items: Option<spec_to_rust_runtime::Guess<Vec<Item>>>,
    #[serde(default)]
    next: Option<spec_to_rust_runtime::Guess<String>>,
}

#[derive(serde::Deserialize)]
struct Item {
    #[serde(default)]
    ids: Option<spec_to_rust_runtime::Guess<Vec<i64>>>,
}

/// The client reads guessed lists straight from the body when everything fits; a page where one
/// does not (an id that is text, deep inside a list) decodes all the same, that list kept as
/// sent, and a body cut short is an error naming the guessed field where it stopped.
#[tokio::test]
async fn guessed_values_from_a_server_decode_whether_they_fit_or_not() {
    let fits = r#"{"items": [{"ids": [1, 2]}, {"ids": []}], "next": "t2"}"#;
    let misfit = r#"{"items": [{"ids": [1]}, {"ids": [2, "3"]}], "next": 7}"#;
    let server =
        Server::start(vec![json("200 OK", fits), json("200 OK", misfit), json("200 OK", r#"{"items": [{"#)]).await;
    let connection = connection(&server);
    let get = || connection.execute(Request::new("list", reqwest::Method::GET, "/items", &[]), |r| r.json::<Page>());
    fn outcome<T>(guess: Option<spec_to_rust_runtime::Guess<T>>) -> Result<T, serde_json::Value> {
        match guess {
            Some(spec_to_rust_runtime::Guess::Fits(value)) => Ok(value),
            Some(spec_to_rust_runtime::Guess::Other(value)) => Err(value),
            None => panic!("the field was sent"),
        }
    }
    let page = get().await.unwrap().into_inner();
    let items = outcome(page.items).unwrap();
    let ids: Vec<_> = items.into_iter().map(|item| outcome(item.ids).unwrap()).collect();
    assert_eq!(ids, [vec![1, 2], vec![]]);
    assert_eq!(outcome(page.next), Ok("t2".to_owned()));
    let page = get().await.unwrap().into_inner();
    let items = outcome(page.items).unwrap();
    assert_eq!(outcome(items.into_iter().nth(1).unwrap().ids), Err(serde_json::json!([2, "3"])));
    assert_eq!(outcome(page.next), Err(serde_json::json!(7)));
    let Err(Error::Decode(error)) = get().await else { panic!("the body ends early") };
    assert_eq!(error.path, "items");
}

/// A request that could not be built (here a path parameter that is not one segment) is that
/// error, and nothing is sent.
#[tokio::test]
async fn execute_returns_the_error_of_a_request_that_could_not_be_built_and_sends_nothing() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let request = Request::new("get", reqwest::Method::GET, "/things/{id}", &[param_text(&"..")]);
    let error =
        connection(&server).execute(request, |response| response.json::<serde_json::Value>()).await.unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn credentials_and_headers_stay_behind_when_a_redirect_leaves_the_origin() {
    let elsewhere = Server::start(vec![json("200 OK", "{}")]).await;
    let redirect = format!("HTTP/1.1 302 Found\r\nlocation: {}/landing\r\ncontent-length: 0\r\n\r\n", elsewhere.url);
    let server = Server::start(vec![redirect]).await;
    let mut connection = connection(&server);
    connection.set_credential("bearer", Credential::Bearer(Secret("t0k".to_owned())));
    let mut request = Request::new("get", reqwest::Method::GET, "/start", &[]).unwrap();
    request.headers.add("x-trace", &"abc");
    request.auth = &[&["bearer"]];
    let response = connection.send(request).await.unwrap();
    assert_eq!(response.code(), 200);
    assert!(server.requests()[0].contains("authorization: Bearer t0k\r\n"));
    let followed = &elsewhere.requests()[0];
    assert!(followed.starts_with("GET /landing HTTP/1.1\r\n"), "{followed}");
    assert!(!followed.contains("authorization"), "{followed}");
    assert!(!followed.contains("x-trace"), "{followed}");
}

#[tokio::test]
async fn a_body_is_never_redirected_to_another_origin() {
    let elsewhere = Server::start(vec![]).await;
    let redirect =
        format!("HTTP/1.1 307 Temporary Redirect\r\nlocation: {}/\r\ncontent-length: 0\r\n\r\n", elsewhere.url);
    let server = Server::start(vec![redirect]).await;
    let mut request = Request::new("create", reqwest::Method::POST, "/", &[]).unwrap();
    request.body = Body::Raw { content_type: "text/plain", bytes: b"secret".to_vec() };
    let error = connection(&server).send(request).await.err().expect("an error");
    assert!(matches!(error, Error::Redirect(_)), "{error}");
}

#[tokio::test]
async fn requests_name_the_crate_and_carry_default_headers_to_the_origin_only() {
    let elsewhere = Server::start(vec![json("200 OK", "{}")]).await;
    let redirect = format!("HTTP/1.1 302 Found\r\nlocation: {}/\r\ncontent-length: 0\r\n\r\n", elsewhere.url);
    let server = Server::start(vec![redirect]).await;
    let mut connection = connection(&server);
    connection.set_header(
        reqwest::header::HeaderName::from_static("x-tenant"),
        reqwest::header::HeaderValue::from_static("t1"),
    );
    connection.send(Request::new("get", reqwest::Method::GET, "/", &[]).unwrap()).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.contains("user-agent: spec-to-rust-runtime/0.1.0\r\n"), "{sent}");
    assert!(sent.contains("x-tenant: t1\r\n"), "{sent}");
    assert!(!elsewhere.requests()[0].contains("x-tenant"), "{}", elsewhere.requests()[0]);
}

#[tokio::test]
async fn a_json_body_goes_as_the_media_type_the_operation_declares() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let mut request = Request::new("update", reqwest::Method::PATCH, "/things/1", &[]).unwrap();
    request.body = json_body(&serde_json::json!({"name": null}), "application/merge-patch+json").unwrap();
    connection(&server).send(request).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.contains("content-type: application/merge-patch+json\r\n"), "{sent}");
    assert!(!sent.contains("application/json"), "{sent}");
    assert!(sent.ends_with(r#"{"name":null}"#), "{sent}");
}

#[tokio::test]
async fn hooks_see_every_request_to_the_origin_and_no_other() {
    let elsewhere = Server::start(vec![json("200 OK", "{}")]).await;
    let redirect = format!("HTTP/1.1 302 Found\r\nlocation: {}/\r\ncontent-length: 0\r\n\r\n", elsewhere.url);
    let server = Server::start(vec![redirect]).await;
    let mut connection = connection(&server);
    connection.add_hook(|request: &mut reqwest::Request| {
        let signature = format!("signed {}", request.url().path());
        request.headers_mut().insert("x-signature", signature.parse().unwrap());
    });
    connection.send(Request::new("get", reqwest::Method::GET, "/start", &[]).unwrap()).await.unwrap();
    assert!(server.requests()[0].contains("x-signature: signed /start\r\n"), "{}", server.requests()[0]);
    assert!(!elsewhere.requests()[0].contains("x-signature"), "{}", elsewhere.requests()[0]);
}

#[tokio::test]
async fn a_multipart_body_has_its_text_and_file_parts() {
    let server = Server::start(vec![json("200 OK", "{}")]).await;
    let mut request = Request::new("upload", reqwest::Method::POST, "/files", &[]).unwrap();
    request.body = spec_to_rust_runtime::Body::Multipart(vec![
        spec_to_rust_runtime::Part::Text { name: "title".to_owned(), value: "notes".to_owned() },
        spec_to_rust_runtime::Part::File { name: "file", bytes: b"hello".to_vec() },
    ]);
    connection(&server).send(request).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.contains("content-type: multipart/form-data; boundary="), "{sent}");
    assert!(sent.contains("Content-Disposition: form-data; name=\"title\"\r\n\r\nnotes\r\n"), "{sent}");
    assert!(sent.contains("Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"), "{sent}");
    assert!(sent.contains("\r\n\r\nhello\r\n"), "{sent}");
}

#[tokio::test]
async fn a_streamed_body_is_sent_once_and_a_redirect_that_would_send_it_again_fails() {
    let redirect = "HTTP/1.1 307 Temporary Redirect\r\nlocation: /again\r\ncontent-length: 0\r\n\r\n".to_owned();
    let server = Server::start(vec![redirect]).await;
    let mut request = Request::new("upload", reqwest::Method::PUT, "/", &[]).unwrap();
    request.body = Body::Stream {
        content_type: "text/plain",
        body: std::sync::Mutex::new(Some(reqwest::Body::from(b"streamed".to_vec()))),
    };
    assert!(!request.body.is_repeatable());
    let error = connection(&server).send(request).await.err().expect("an error");
    assert!(matches!(&error, Error::InvalidRequest(message) if message.contains("cannot be sent again")), "{error}");
    let sent = server.requests();
    assert_eq!(sent.len(), 1);
    assert!(sent[0].ends_with("\r\n\r\nstreamed"), "{}", sent[0]);
}

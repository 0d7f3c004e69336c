//! Client features on the wire: the committed crate `tests/crates/client-features` (from
//! tests/fixtures/client-features.*) against a loopback server. Each test asserts what the server
//! received or what the client decoded, so that it fails when the feature is removed: query
//! parameter styles (OpenAPI `style`/`explode`, Swagger `collectionFormat`), cookie parameters,
//! multipart bodies, unknown enum values, `null` versus absent and per-request options.

use client_features::spec::models::{Kind, Pet, Range, UploadRequest};
use client_features::{spec, swagger};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A server answering `status` with `body` (JSON, when given) to every request.
async fn server(status: u16, body: Option<serde_json::Value>) -> MockServer {
    let server = MockServer::start().await;
    let template = ResponseTemplate::new(status);
    let template = match body {
        Some(body) => template.set_body_json(body),
        None => template,
    };
    Mock::given(method("GET")).respond_with(template.clone()).mount(&server).await;
    Mock::given(method("POST")).respond_with(template).mount(&server).await;
    server
}

/// The one request the server received.
async fn received(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.remove(0)
}

fn header(request: &Request, name: &str) -> Option<String> {
    request.headers.get(name).and_then(|value| value.to_str().ok()).map(str::to_owned)
}

fn range(min: i64, max: i64) -> Range {
    Range { min: Some(min), max: Some(max), additional_properties: Default::default() }
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

/// Every OpenAPI style: each delimiter is literal (a space encoded), and the values' own
/// delimiters are percent-encoded so that the server can split the value safely.
#[tokio::test]
async fn openapi_query_styles_reach_the_server_as_each_style_writes_them() {
    let server = server(204, None).await;
    let values = list(&["a b", "c,d|e"]);
    spec::Client::new()
        .with_base_url(server.uri())
        .list_styles("s1")
        .exploded(values.clone())
        .form(values.clone())
        .space(values.clone())
        .pipe(values.clone())
        .pipe_exploded(values.clone())
        .filter(range(1, 9))
        .point(range(1, 9))
        .tags(values)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let request = received(&server).await;
    assert_eq!(request.url.path(), "/styles");
    let expected = [
        "exploded=a%20b&exploded=c%2Cd%7Ce",
        "form=a%20b,c%2Cd%7Ce",
        "space=a%20b%20c%2Cd%7Ce",
        "pipe=a%20b|c%2Cd%7Ce",
        "pipeExploded=a%20b&pipeExploded=c%2Cd%7Ce",
        "filter%5Bmax%5D=9&filter%5Bmin%5D=1",
        "point=max,9,min,1",
        // A list type of its own (`$ref`) has the parameter's style too: `form`, exploded.
        "tags=a%20b&tags=c%2Cd%7Ce",
    ]
    .join("&");
    assert_eq!(request.url.query(), Some(expected.as_str()));
}

/// Swagger's `collectionFormat`: `csv` when absent, `ssv`, `pipes` and `multi`.
#[tokio::test]
async fn swagger_collection_formats_reach_the_server_as_each_format_writes_them() {
    let server = server(204, None).await;
    let values = list(&["x", "y z"]);
    swagger::Client::new()
        .with_base_url(server.uri())
        .list_formats()
        .plain(values.clone())
        .csv(values.clone())
        .ssv(values.clone())
        .pipes(values.clone())
        .multi(values)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let request = received(&server).await;
    assert_eq!(request.url.query(), Some("plain=x,y%20z&csv=x,y%20z&ssv=x%20y%20z&pipes=x|y%20z&multi=x&multi=y%20z"));
}

/// Cookie parameters travel as one `cookie` header, an absent optional one left out.
#[tokio::test]
async fn cookie_parameters_are_one_cookie_header() {
    let server = server(204, None).await;
    let client = spec::Client::new().with_base_url(server.uri());
    client.list_styles("s1").theme("dark").send().await.unwrap_or_else(|e| panic!("{e}"));
    let request = received(&server).await;
    assert_eq!(header(&request, "cookie").as_deref(), Some("session=s1; theme=dark"));
    assert_eq!(request.url.query(), None);

    let server = self::server(204, None).await;
    let client = spec::Client::new().with_base_url(server.uri());
    client.list_styles("s2").send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(header(&received(&server).await, "cookie").as_deref(), Some("session=s2"));
}

/// The parts of a multipart body as the server reads them: name, file name and text.
fn parts(request: &Request) -> Vec<(String, Option<String>, String)> {
    let content_type = header(request, "content-type").unwrap_or_default();
    let boundary = content_type.split("boundary=").nth(1).unwrap_or_else(|| panic!("no boundary: {content_type}"));
    let body = String::from_utf8_lossy(&request.body).into_owned();
    let quoted = |head: &str, key: &str| {
        let start = head.find(&format!("{key}=\"")).map(|at| at + key.len() + 2)?;
        head.get(start..).and_then(|rest| rest.split('"').next()).map(str::to_owned)
    };
    body.split(&format!("--{boundary}"))
        .filter_map(|part| part.strip_prefix("\r\n"))
        .filter_map(|part| part.split_once("\r\n\r\n"))
        .map(|(head, text)| {
            let head = head.to_ascii_lowercase();
            let name = quoted(&head, " name").unwrap_or_default();
            (name, quoted(&head, "filename"), text.trim_end_matches("\r\n").to_owned())
        })
        .collect()
}

/// A multipart body: a text part per field, the bytes a file part, an absent optional field left out.
#[tokio::test]
async fn a_multipart_body_sends_each_field_as_its_named_part() {
    let server = server(204, None).await;
    let client = spec::Client::new().with_base_url(server.uri());
    let upload = UploadRequest::new("report", b"file bytes".to_vec()).count(3);
    client.upload(upload).send().await.unwrap_or_else(|e| panic!("{e}"));
    let request = received(&server).await;
    assert!(header(&request, "content-type").unwrap_or_default().starts_with("multipart/form-data; boundary="));
    let expected = [
        ("title".to_owned(), None, "report".to_owned()),
        ("file".to_owned(), Some("file".to_owned()), "file bytes".to_owned()),
        ("count".to_owned(), None, "3".to_owned()),
    ];
    assert_eq!(parts(&request), expected);

    let server = self::server(204, None).await;
    let client = spec::Client::new().with_base_url(server.uri());
    client.upload(UploadRequest::new("t", Vec::new())).send().await.unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<String> = parts(&received(&server).await).into_iter().map(|(name, _, _)| name).collect();
    assert_eq!(names, ["title", "file"]);
}

/// An enum value the spec does not list decodes into the `Unknown` variant, and is written back
/// unchanged; the client sends one too.
#[tokio::test]
async fn an_unknown_enum_value_decodes_and_is_written_back_unchanged() {
    let server = server(200, Some(serde_json::json!({ "name": "Rex", "kind": "parrot" }))).await;
    let client = spec::Client::new().with_base_url(server.uri());
    let pet = Pet::new("Rex", Kind::Unknown("ferret".to_owned()));
    let stored = client.create_pet(pet).send().await.unwrap_or_else(|e| panic!("{e}"));
    let sent: serde_json::Value = serde_json::from_slice(&received(&server).await.body).unwrap_or_default();
    assert_eq!(sent, serde_json::json!({ "name": "Rex", "kind": "ferret" }));
    assert_eq!(stored.kind, Kind::Unknown("parrot".to_owned()));
    let written = serde_json::to_value(&stored).unwrap_or_default();
    assert_eq!(written, serde_json::json!({ "name": "Rex", "kind": "parrot" }));
    assert_eq!(serde_json::to_value(Kind::Dog).unwrap_or_default(), "dog");
}

/// A nullable optional field: absent and `null` are told apart both ways, on the wire and back.
#[tokio::test]
async fn null_and_absent_are_told_apart_both_ways() {
    for (answer, nickname) in [
        (serde_json::json!({ "name": "Rex", "kind": "dog", "nickname": null }), Some(None)),
        (serde_json::json!({ "name": "Rex", "kind": "dog" }), None),
        (serde_json::json!({ "name": "Rex", "kind": "dog", "nickname": "R" }), Some(Some("R".to_owned()))),
    ] {
        let server = server(200, Some(answer.clone())).await;
        let client = spec::Client::new().with_base_url(server.uri());
        let mut pet = Pet::new("Rex", Kind::Dog);
        pet.nickname = nickname.clone();
        let stored = client.create_pet(pet).send().await.unwrap_or_else(|e| panic!("{e}"));
        let sent: serde_json::Value = serde_json::from_slice(&received(&server).await.body).unwrap_or_default();
        assert_eq!(sent, answer, "sent");
        assert_eq!(stored.nickname, nickname, "decoded from {answer}");
        assert_eq!(serde_json::to_value(&stored).unwrap_or_default(), answer, "written back");
    }
}

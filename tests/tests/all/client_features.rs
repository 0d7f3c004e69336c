//! Client features on the wire: the committed crate `tests/crates/client-features` (from
//! tests/fixtures/client-features.*) against a loopback server. Each test asserts what the server
//! received or what the client decoded, so that it fails when the feature is removed: query
//! parameter styles (OpenAPI `style`/`explode`, Swagger `collectionFormat`), cookie parameters,
//! multipart bodies, unknown enum values, `null` versus absent and per-request options (a timeout,
//! extra headers, an idempotency key).

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

/// Quick retries, so that a retried request shows in the test without waiting.
const QUICK_RETRIES: client_features::RetryPolicy = client_features::RetryPolicy {
    max_retries: 2,
    initial_delay: std::time::Duration::from_millis(1),
    max_delay: std::time::Duration::from_millis(5),
};

/// A request's own timeout cuts an attempt the client's minute-long default would wait out.
#[tokio::test]
async fn a_request_timeout_replaces_the_clients_for_that_request() {
    let server = MockServer::start().await;
    let slow = ResponseTemplate::new(204).set_delay(std::time::Duration::from_secs(2));
    Mock::given(method("GET")).respond_with(slow).mount(&server).await;
    let client = spec::Client::new().with_base_url(server.uri()).with_retry_policy(client_features::RetryPolicy::NONE);
    let started = std::time::Instant::now();
    let error = client.list_styles("s").with_timeout(std::time::Duration::from_millis(200)).send().await;
    let error = error.err().unwrap_or_else(|| panic!("the request outlived its timeout"));
    assert!(error.is_timeout(), "{error}");
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
    // Without it, the client's timeout applies and the slow answer arrives.
    client.list_styles("s").send().await.unwrap_or_else(|e| panic!("{e}"));
}

/// An extra header replaces the client's default of its name, reaches the API, and is not sent
/// to another origin a redirect leads to.
#[tokio::test]
async fn extra_headers_reach_the_api_and_never_another_origin() {
    let other = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&other).await;
    let api = MockServer::start().await;
    let moved = ResponseTemplate::new(302).insert_header("location", format!("{}/elsewhere", other.uri()));
    Mock::given(method("GET")).and(wiremock::matchers::path("/moved/styles")).respond_with(moved).mount(&api).await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/styles"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&api)
        .await;
    let value = |text: &'static str| client_features::reqwest::header::HeaderValue::from_static(text);
    let client = spec::Client::new()
        .with_base_url(api.uri())
        .with_header(client_features::reqwest::header::HeaderName::from_static("x-trace"), value("client"));
    client
        .list_styles("s")
        .with_header(client_features::reqwest::header::HeaderName::from_static("x-trace"), value("request"))
        .with_header(client_features::reqwest::header::HeaderName::from_static("x-extra"), value("e"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let request = received(&api).await;
    assert_eq!(header(&request, "x-extra").as_deref(), Some("e"));
    let traces: Vec<&str> = request.headers.get_all("x-trace").iter().filter_map(|v| v.to_str().ok()).collect();
    assert_eq!(traces, ["request"]);

    // The same request redirected to another origin: the extra header stays home.
    let redirected = spec::Client::new().with_base_url(format!("{}/moved", api.uri()));
    let request = redirected
        .list_styles("s")
        .with_header(client_features::reqwest::header::HeaderName::from_static("x-extra"), value("e"));
    let _ = request.send().await;
    let arrived = received(&other).await;
    assert_eq!(arrived.url.path(), "/elsewhere");
    assert_eq!(header(&arrived, "x-extra"), None);
}

/// An idempotency key travels as `Idempotency-Key`, and makes a POST answered 500 retried, with
/// the same key; without one the POST is sent once.
#[tokio::test]
async fn an_idempotency_key_is_sent_and_makes_a_post_retried() {
    let pet = serde_json::json!({ "name": "Rex", "kind": "dog" });
    for key in [Some("key-1"), None] {
        let server = MockServer::start().await;
        Mock::given(method("POST")).respond_with(ResponseTemplate::new(500)).up_to_n_times(1).mount(&server).await;
        Mock::given(method("POST")).respond_with(ResponseTemplate::new(200).set_body_json(&pet)).mount(&server).await;
        let client = spec::Client::new().with_base_url(server.uri()).with_retry_policy(QUICK_RETRIES);
        let request = client.create_pet(Pet::new("Rex", Kind::Dog));
        let result = match key {
            Some(key) => request.with_idempotency_key(key).send().await,
            None => request.send().await,
        };
        let requests = server.received_requests().await.unwrap_or_default();
        let keys: Vec<Option<String>> = requests.iter().map(|r| header(r, "idempotency-key")).collect();
        match key {
            Some(key) => {
                assert_eq!(result.map(|pet| pet.name).ok().as_deref(), Some("Rex"));
                assert_eq!(keys, [Some(key.to_owned()), Some(key.to_owned())]);
            }
            None => {
                assert!(matches!(result, Err(client_features::Error::Status(_))), "{result:?}");
                assert_eq!(keys, [None]);
            }
        }
    }
}

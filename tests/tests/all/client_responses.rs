//! What the generated client adds to every request and keeps of every success, on the wire: the
//! crate's own `User-Agent`, default headers, request hooks, and the status and headers next to the decoded value.

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoom_chat::v2;

fn day(d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2019, 9, d).unwrap_or_else(|| panic!("bad day {d}"))
}

async fn serve(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/report/chat/sessions/abc"))
        .respond_with(
            ResponseTemplate::new(status)
                .insert_header("x-request-id", "r-42")
                .insert_header("etag", "\"v7\"")
                .set_body_json(serde_json::json!({"page_size": 30, "messages": []})),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn requests_name_the_crate_and_carry_default_headers() {
    let server = serve(200).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_header(
        reqwest::header::HeaderName::from_static("x-tenant"),
        reqwest::header::HeaderValue::from_static("acme"),
    );
    client.get_chat_messages_reports("abc", day(1), day(30)).send().await.unwrap_or_else(|e| panic!("{e}"));
    let requests = server.received_requests().await.unwrap_or_default();
    let header = |name: &str| requests[0].headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    assert_eq!(header("user-agent").as_deref(), Some("zoom-chat/0.1.0"));
    assert_eq!(header("x-tenant").as_deref(), Some("acme"));
}

#[tokio::test]
async fn a_success_keeps_its_status_and_headers_next_to_the_value() {
    let server = serve(203).await;
    let client = v2::Client::new().with_base_url(server.uri());
    let answer = client
        .get_chat_messages_reports("abc", day(1), day(30))
        .send_with_response()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(answer.status(), 203);
    assert_eq!(answer.headers().get("x-request-id").and_then(|v| v.to_str().ok()), Some("r-42"));
    assert_eq!(answer.headers().get("etag").and_then(|v| v.to_str().ok()), Some("\"v7\""));
    assert_eq!(answer.value().page_size, Some(30));
    assert_eq!(answer.into_inner().messages.map(|m| m.len()), Some(0));
}

#[tokio::test]
async fn a_request_hook_signs_every_request() {
    let server = serve(200).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_request_hook(|request: &mut reqwest::Request| {
        let signature = format!("sig:{}", request.url().path());
        request.headers_mut().insert("x-signature", signature.parse().unwrap_or_else(|e| panic!("{e}")));
    });
    client.get_chat_messages_reports("abc", day(1), day(30)).send().await.unwrap_or_else(|e| panic!("{e}"));
    let requests = server.received_requests().await.unwrap_or_default();
    let signature = requests[0].headers.get("x-signature").and_then(|v| v.to_str().ok());
    assert_eq!(signature, Some("sig:/report/chat/sessions/abc"));
}

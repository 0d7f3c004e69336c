//! What a Rust developer meets first: one crate to depend on, setters that chain, error and model
//! `Debug` output that is readable and never shows a secret, and a timeout that says so.

use crate::support;

use std::time::Duration;

use support::{example, minimal_chat_list_request};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
// Everything below comes through the generated crate: no direct chrono or futures-util use.
use zoom_chat::chrono::NaiveDate;
use zoom_chat::{RetryPolicy, TryStreamExt, v1, v2};

const ROUTE: &str = "/report/chat/sessions/abc";

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2019, 9, d).unwrap_or_else(|| panic!("bad day {d}"))
}

async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path(ROUTE)).respond_with(response).mount(&server).await;
    server
}

#[tokio::test]
async fn the_reexported_chrono_and_stream_traits_page_through_a_report() {
    let mut body = example("v2", "Get chat messages reports", 200);
    body["next_page_token"] = serde_json::json!("");
    let server = server_answering(ResponseTemplate::new(200).set_body_json(&body)).await;
    let client = v2::Client::new().with_base_url(server.uri());
    let mut items = std::pin::pin!(client.get_chat_messages_reports("abc", day(1), day(30)).items());
    let mut count = 0;
    while let Some(message) = items.try_next().await.unwrap_or_else(|e| panic!("{e}")) {
        assert!(message.id.is_some_and(|id| !id.is_empty()));
        count += 1;
    }
    assert_eq!(count, 2);
}

#[test]
fn with_base_url_chains_like_the_other_setters() {
    let client = v2::Client::new()
        .with_bearer_token("t")
        .with_base_url("http://127.0.0.1:1/")
        .with_timeout(Duration::from_secs(1));
    assert_eq!(client.base_url(), "http://127.0.0.1:1");
    assert_eq!(v2::Client::new().base_url(), v2::Client::DEFAULT_BASE_URL);
    assert_eq!(v2::Client::default().with_base_url("http://h").base_url(), "http://h");
}

#[tokio::test]
async fn debug_of_an_error_shows_the_body_as_text() {
    let server = server_answering(ResponseTemplate::new(404).set_body_string(r#"{"message":"no such session"}"#)).await;
    let result =
        v2::Client::new().with_base_url(server.uri()).get_chat_messages_reports("abc", day(1), day(30)).send().await;
    let debug = format!("{:?}", result.err().unwrap_or_else(|| panic!("a 404 succeeded")));
    assert!(debug.contains(r#"body: "{\"message\":\"no such session\"}""#), "{debug}");
    assert!(!debug.contains("123, 34"), "the body shows as byte numbers: {debug}");

    // A long body is cut, saying how long it was.
    let long = "x".repeat(5000);
    let server = server_answering(ResponseTemplate::new(200).set_body_string(long)).await;
    let result =
        v2::Client::new().with_base_url(server.uri()).get_chat_messages_reports("abc", day(1), day(30)).send().await;
    let debug = format!("{:?}", result.err().unwrap_or_else(|| panic!("a text body decoded")));
    assert!(debug.contains("… (5000 bytes in all)"), "{debug}");
    assert!(debug.len() < 1500, "{} bytes of Debug output", debug.len());
}

#[tokio::test]
async fn a_timeout_says_it_timed_out() {
    let slow = ResponseTemplate::new(200).set_body_string("{}").set_delay(Duration::from_secs(3));
    let server = server_answering(slow).await;
    let result = v2::Client::new()
        .with_base_url(server.uri())
        .with_timeout(Duration::from_millis(100))
        .with_retry_policy(RetryPolicy::NONE)
        .get_chat_messages_reports("abc", day(1), day(30))
        .send()
        .await;
    let error = result.err().unwrap_or_else(|| panic!("a 3 s response beat a 100 ms timeout"));
    assert!(error.is_timeout());
    assert!(error.to_string().starts_with("the request timed out"), "{error}");
}

#[test]
fn secrets_are_redacted_in_debug_output_of_models_and_requests() {
    let mut body = minimal_chat_list_request();
    body.access_token = "archive-token-123".into();
    let debug = format!("{body:?}");
    assert!(!debug.contains("archive-token-123"), "{debug}");
    assert!(debug.contains("access_token: <redacted>"), "{debug}");
    // The other fields still show.
    assert!(debug.contains(r#"from: "f""#), "{debug}");

    let client = v1::Client::new().with_api_key("key-456").with_api_secret("secret-789");
    let request = client.chat_list(body);
    let debug = format!("{request:?}");
    for secret in ["archive-token-123", "key-456", "secret-789"] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    assert!(debug.contains("access_token: <redacted>"), "{debug}");
}

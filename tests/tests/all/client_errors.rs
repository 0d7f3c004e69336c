//! How the generated client maps what a server does wrong: documented and undocumented error
//! statuses, retries, bodies that do not decode, and timeouts. Never a panic.

use crate::support;

use std::time::Duration;

use support::{date, example, seen};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoom_chat::{Error, RetryPolicy, v2};

const ROUTE: &str = "/report/chat/sessions/abc";

/// Fast retries so that tests do not wait.
const QUICK: RetryPolicy =
    RetryPolicy { max_retries: 2, initial_delay: Duration::from_millis(1), max_delay: Duration::from_millis(20) };

async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path(ROUTE)).respond_with(response).mount(&server).await;
    server
}

async fn call(server: &MockServer) -> Result<zoom_chat::v2::models::GetChatMessagesReportsResponse, Error> {
    v2::Client::new()
        .with_base_url(server.uri())
        .with_bearer_token("t")
        .with_retry_policy(QUICK)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await
}

fn status_error(result: Result<impl std::fmt::Debug, Error>) -> Box<zoom_chat::StatusError> {
    match result {
        Err(Error::Status(error)) => error,
        other => panic!("expected a status error, got {other:?}"),
    }
}

fn decode_error(result: Result<impl std::fmt::Debug, Error>) -> Box<zoom_chat::DecodeError> {
    match result {
        Err(Error::Decode(error)) => error,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn documented_300_carries_the_meaning_from_the_spec() {
    let server = server_answering(ResponseTemplate::new(300).set_body_string("")).await;
    let error = status_error(call(&server).await);
    assert_eq!(error.status.as_u16(), 300);
    assert_eq!(
        error.meaning,
        Some("The next page token is either invalid or has expired. Report requested exceeds 6 month limit.")
    );
    let message = Error::Status(error).to_string();
    assert_eq!(
        message,
        "the server answered 300 Multiple Choices: The next page token is either invalid or has expired. Report requested exceeds 6 month limit."
    );
}

#[tokio::test]
async fn undocumented_401_and_404_keep_status_headers_and_body() {
    for status in [401, 404] {
        let body = r#"{"code":124,"message":"Invalid access token."}"#;
        let server = server_answering(
            ResponseTemplate::new(status).insert_header("x-zm-trackingid", "abc").set_body_string(body),
        )
        .await;
        let error = status_error(call(&server).await);
        assert_eq!(error.status.as_u16(), status);
        assert_eq!(error.meaning, None);
        assert_eq!(error.body, body.as_bytes());
        assert_eq!(error.headers.get("x-zm-trackingid").and_then(|v| v.to_str().ok()), Some("abc"));
        assert_eq!(seen(&server).await.len(), 1, "{status} is not retried");
    }
}

#[tokio::test]
async fn a_429_is_retried_after_the_time_the_server_asks_for() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ROUTE))
        .respond_with(ResponseTemplate::new(200).set_body_json(example("v2", "Get chat messages reports", 200)))
        .mount(&server)
        .await;
    let policy =
        RetryPolicy { max_retries: 3, initial_delay: Duration::from_millis(1), max_delay: Duration::from_secs(5) };
    let started = std::time::Instant::now();
    let report = v2::Client::new()
        .with_base_url(server.uri())
        .with_retry_policy(policy)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.messages.map(|m| m.len()), Some(2));
    assert_eq!(seen(&server).await.len(), 2);
    assert!(started.elapsed() >= Duration::from_secs(1), "Retry-After: 1 was not honoured");
}

#[tokio::test]
async fn a_retry_after_beyond_the_policy_is_not_waited_for() {
    let server = server_answering(ResponseTemplate::new(429).insert_header("retry-after", "3600")).await;
    let error = status_error(call(&server).await);
    assert_eq!(error.status.as_u16(), 429);
    assert_eq!(seen(&server).await.len(), 1);
}

#[tokio::test]
async fn a_500_is_retried_as_the_policy_says_then_reported() {
    let server = server_answering(ResponseTemplate::new(500).set_body_string("oops")).await;
    let error = status_error(call(&server).await);
    assert_eq!(error.status.as_u16(), 500);
    assert_eq!(error.body, b"oops");
    assert_eq!(seen(&server).await.len(), 3, "one attempt and two retries");

    let server = server_answering(ResponseTemplate::new(503)).await;
    let result = v2::Client::new()
        .with_base_url(server.uri())
        .with_retry_policy(RetryPolicy::NONE)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await;
    assert_eq!(status_error(result).status.as_u16(), 503);
    assert_eq!(seen(&server).await.len(), 1, "retries turned off");
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_that_keeps_the_body() {
    let server = server_answering(ResponseTemplate::new(200).set_body_raw("{not json", "application/json")).await;
    let error = decode_error(call(&server).await);
    assert_eq!(error.status.as_u16(), 200);
    assert_eq!(error.path, ".");
    assert!(error.message.starts_with("key must be a string"), "{}", error.message);
    assert_eq!(error.body, b"{not json");
}

/// A field whose type is known only from the examples and that arrives as another type does not
/// fail the call (it was `Error::Decode` at `messages[1].files[0].file_size`): the response
/// decodes, the field reads as absent, and the value is kept as sent among the extra properties.
#[tokio::test]
async fn a_wrong_field_type_of_a_guessed_type_is_kept_and_the_rest_decodes() {
    let mut body = example("v2", "Get chat messages reports", 200);
    body["messages"][1]["files"][0]["file_size"] = serde_json::json!("big");
    let server = server_answering(ResponseTemplate::new(200).set_body_json(&body)).await;
    let report = call(&server).await.unwrap_or_else(|e| panic!("{e}"));
    let messages = report.messages.unwrap_or_default();
    let file = &messages[1].files.as_deref().unwrap_or_default()[0];
    assert_eq!((file.file_name.as_deref(), file.file_size), (Some("example.txt"), None));
    assert_eq!(file.additional_properties.get("file_size"), Some(&serde_json::json!("big")));
    assert_eq!(serde_json::to_value(&messages[1]).ok(), Some(body["messages"][1].clone()));
}

/// A body whose root is not what any example shows is a decode error that names where and why.
#[tokio::test]
async fn a_root_of_another_kind_is_a_decode_error_that_names_it() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(serde_json::json!([1, 2]))).await;
    let error = decode_error(call(&server).await);
    assert_eq!(error.path, ".");
    assert!(
        error.message.starts_with("invalid type: sequence, expected struct GetChatMessagesReportsResponse"),
        "{}",
        error.message
    );
    let message = Error::Decode(error).to_string();
    assert!(message.starts_with("the 200 OK response does not match its type at `.`"), "{message}");
}

#[tokio::test]
async fn an_html_error_page_is_a_status_error_and_an_html_success_a_decode_error() {
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let server = server_answering(ResponseTemplate::new(502).set_body_raw(page, "text/html")).await;
    let error = status_error(call(&server).await);
    assert_eq!(error.status.as_u16(), 502);
    assert_eq!(error.body, page.as_bytes());

    let server = server_answering(ResponseTemplate::new(200).set_body_raw(page, "text/html")).await;
    let error = decode_error(call(&server).await);
    assert_eq!(error.path, ".");
    assert_eq!(error.body, page.as_bytes());
}

#[tokio::test]
async fn a_truncated_body_is_a_decode_error() {
    let full = serde_json::to_string(&example("v2", "Get chat messages reports", 200)).unwrap_or_default();
    let truncated = &full[..full.len() / 2];
    let server = server_answering(ResponseTemplate::new(200).set_body_raw(truncated, "application/json")).await;
    let error = decode_error(call(&server).await);
    assert!(error.message.contains("EOF while parsing"), "{}", error.message);
    assert_eq!(error.body, truncated.as_bytes());
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let slow = ResponseTemplate::new(200)
        .set_body_json(example("v2", "Get chat messages reports", 200))
        .set_delay(Duration::from_secs(3));
    let server = server_answering(slow).await;
    let result = v2::Client::new()
        .with_base_url(server.uri())
        .with_timeout(Duration::from_millis(200))
        .with_retry_policy(QUICK)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await;
    match result {
        Err(error) => {
            assert!(error.is_timeout(), "{error:?}");
            assert!(matches!(error, Error::Transport(_)));
            assert_eq!(error.status(), None);
        }
        Ok(_) => panic!("a 3 s response beat a 200 ms timeout"),
    }
}

#[tokio::test]
async fn nobody_listening_is_a_transport_error() {
    // A port that was free a moment ago: nothing accepts connections on it.
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(9);
    let result = v2::Client::new()
        .with_base_url(format!("http://127.0.0.1:{port}"))
        .with_retry_policy(QUICK)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await;
    assert!(matches!(result, Err(Error::Transport(_))), "{result:?}");
}

/// Regression (class: no content where the examples show a body): one saved `200` stands for every
/// success status, and a server that answers `204 No Content`, or `200` with an empty body, failed
/// with `EOF while parsing`. An empty body now reads as the value with every field absent.
#[tokio::test]
async fn an_empty_success_body_reads_as_a_report_with_nothing_in_it() {
    for status in [200, 204] {
        let server = server_answering(ResponseTemplate::new(status)).await;
        let report = call(&server).await.unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!((report.messages, report.additional_properties.len()), (None, 0), "{status}");
    }
}

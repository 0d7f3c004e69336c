//! Which failed requests the generated client sends again: 429 always; 5xx answers and connection
//! errors only for idempotent methods, or when the caller opts in per client or per request.

use crate::support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use support::{date, example, minimal_chat_list_request, seen};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoom_chat::{Error, RetryPolicy, v1, v2};

/// Fast retries so that tests do not wait: one attempt and two retries.
const QUICK: RetryPolicy =
    RetryPolicy { max_retries: 2, initial_delay: Duration::from_millis(1), max_delay: Duration::from_millis(20) };

/// A server answering every `method` request to `route` with `status`.
async fn answering(http_method: &str, route: &str, status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(http_method))
        .and(path(route))
        .respond_with(ResponseTemplate::new(status).set_body_string("busy"))
        .mount(&server)
        .await;
    server
}

fn v1_client(server: &MockServer) -> v1::Client {
    v1::Client::new().with_base_url(server.uri()).with_retry_policy(QUICK)
}

fn status_of(result: Result<impl std::fmt::Debug, Error>) -> u16 {
    match result {
        Err(Error::Status(error)) => error.status.as_u16(),
        other => panic!("expected a status error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_post_answered_500_is_sent_exactly_once_by_default() {
    let server = answering("POST", "/chat/list", 500).await;
    let result = v1_client(&server).chat_list(minimal_chat_list_request()).send().await;
    assert_eq!(status_of(result), 500);
    assert_eq!(seen(&server).await.len(), 1, "a POST may have taken effect: it must not be repeated");
}

#[tokio::test]
async fn a_post_is_retried_when_the_client_opts_in() {
    let server = answering("POST", "/chat/list", 503).await;
    let client = v1_client(&server).with_non_idempotent_retries();
    let result = client.chat_list(minimal_chat_list_request()).send().await;
    assert_eq!(status_of(result), 503);
    assert_eq!(seen(&server).await.len(), 3, "one attempt and two retries");
}

#[tokio::test]
async fn a_post_is_retried_when_the_request_is_marked_idempotent() {
    let server = answering("POST", "/chat/list", 500).await;
    let client = v1_client(&server);
    let result = client.chat_list(minimal_chat_list_request()).idempotent().send().await;
    assert_eq!(status_of(result), 500);
    assert_eq!(seen(&server).await.len(), 3);
    // The mark belongs to that request only.
    let again = client.chat_list(minimal_chat_list_request()).send().await;
    assert_eq!(status_of(again), 500);
    assert_eq!(seen(&server).await.len(), 4);
}

#[tokio::test]
async fn a_post_answered_429_is_retried_since_the_server_did_not_process_it() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/chat/list"))
        .respond_with(ResponseTemplate::new(429))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/chat/list"))
        .respond_with(ResponseTemplate::new(200).set_body_json(example("v1", "chatList", 200)))
        .mount(&server)
        .await;
    v1_client(&server).chat_list(minimal_chat_list_request()).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(seen(&server).await.len(), 2);
}

#[tokio::test]
async fn a_get_answered_500_is_retried() {
    let server = answering("GET", "/report/chat/sessions/abc", 500).await;
    let result = v2::Client::new()
        .with_base_url(server.uri())
        .with_retry_policy(QUICK)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await;
    assert_eq!(status_of(result), 500);
    assert_eq!(seen(&server).await.len(), 3);
}

/// A loopback port that accepts connections and closes them at once, counting them.
fn closing_listener() -> (String, Arc<AtomicUsize>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let url = format!("http://{}", listener.local_addr().unwrap_or_else(|e| panic!("{e}")));
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            counter.fetch_add(1, Ordering::SeqCst);
            drop(stream);
        }
    });
    (url, accepted)
}

#[tokio::test]
async fn connection_errors_are_retried_for_a_get_but_not_for_a_post() {
    let (url, accepted) = closing_listener();
    let result = v2::Client::new()
        .with_base_url(&url)
        .with_retry_policy(QUICK)
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await;
    assert!(matches!(result, Err(Error::Transport(_))), "{result:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 3, "a GET is tried three times");

    let (url, accepted) = closing_listener();
    let result = v1::Client::new()
        .with_base_url(&url)
        .with_retry_policy(QUICK)
        .chat_list(minimal_chat_list_request())
        .send()
        .await;
    assert!(matches!(result, Err(Error::Transport(_))), "{result:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "a POST is tried once");
}

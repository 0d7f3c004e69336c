//! What a hostile server cannot make the generated client do: hold a body past the size limit (even
//! one that inflates past it), wait forever on a server that stalls or drips, page forever through
//! tokens that cycle or never end. Every server is on loopback.

use crate::support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::json;
use support::{date, example, seen};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use zoom_chat::{Error, Limits, RetryPolicy, Timeouts, v2};

const ROUTE: &str = "/report/chat/sessions/abc";

/// A v2 client of `base` that does not retry, with the given limits.
fn client(base: &str, limits: Limits) -> v2::Client {
    v2::Client::new().with_base_url(base).with_retry_policy(RetryPolicy::NONE).with_limits(limits)
}

fn body_limit(bytes: usize) -> Limits {
    Limits { max_response_bytes: bytes, ..Limits::default() }
}

/// The spec's example page with a next page token.
fn page(next: &str) -> serde_json::Value {
    let mut body = example("v2", "Get chat messages reports", 200);
    body["next_page_token"] = json!(next);
    body
}

async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(response).mount(&server).await;
    server
}

async fn report(client: &v2::Client) -> Result<zoom_chat::v2::models::GetChatMessagesReportsResponse, Error> {
    client.get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30)).send().await
}

fn assert_too_large(result: Result<impl std::fmt::Debug, Error>, limit: usize) {
    match result {
        Err(error @ Error::TooLarge { .. }) => {
            let Error::TooLarge { operation, limit: said } = &error else { unreachable!() };
            assert_eq!((*operation, *said), ("get_chat_messages_reports", limit));
            let message = error.to_string();
            assert!(message.contains(&format!("limit of {limit} bytes")), "{message}");
            assert!(message.contains("`get_chat_messages_reports`"), "{message}");
        }
        other => panic!("expected a body over the limit, got {other:?}"),
    }
}

#[test]
fn the_default_limits_and_timeouts_are_those_documented() {
    let limits = Limits::default();
    assert_eq!((limits.max_response_bytes, limits.max_pages), (32 << 20, 10_000));
    let timeouts = Timeouts::default();
    assert_eq!(
        (timeouts.connect, timeouts.read, timeouts.total),
        (Duration::from_secs(10), Duration::from_secs(30), Duration::from_secs(60))
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_an_error_naming_the_limit_and_the_operation() {
    let body = page("").to_string();
    let server = server_answering(ResponseTemplate::new(200).set_body_string(body.clone())).await;
    // Exactly at the limit is fine; one byte less is not.
    assert!(report(&client(&server.uri(), body_limit(body.len()))).await.is_ok());
    assert_too_large(report(&client(&server.uri(), body_limit(body.len() - 1))).await, body.len() - 1);
    // Error bodies are bounded too.
    let server = server_answering(ResponseTemplate::new(500).set_body_string("x".repeat(5000))).await;
    assert_too_large(report(&client(&server.uri(), body_limit(4096))).await, 4096);
}

#[tokio::test]
async fn a_gzip_body_that_inflates_past_the_limit_is_cut_after_decompression() {
    // 4 MiB of spaces around `{}` compress to a few KiB, far under the limit as sent.
    let inflated = format!("{{{}}}", " ".repeat(4 << 20));
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(inflated.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let gzip = encoder.finish().unwrap_or_else(|e| panic!("{e}"));
    assert!(gzip.len() < 64 << 10, "{} bytes compressed", gzip.len());
    let response = ResponseTemplate::new(200)
        .insert_header("content-encoding", "gzip")
        .insert_header("content-type", "application/json")
        .set_body_bytes(gzip);
    let server = server_answering(response).await;
    // The HTTP client decompresses (this test crate turns on reqwest's `gzip`), and the limit
    // counts what it decodes.
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let limited = client(&server.uri(), body_limit(1 << 20)).with_http_client(http.clone());
    assert_too_large(report(&limited).await, 1 << 20);
    // Under a limit larger than the inflated body it decodes.
    let roomy = client(&server.uri(), body_limit(8 << 20)).with_http_client(http);
    assert!(report(&roomy).await.is_ok());
}

/// A loopback server that answers every connection with `200` headers announcing `length` bytes,
/// then sends `drip` bytes of them, one every `every`, and keeps the connection open.
fn dripping_server(length: usize, drip: usize, every: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let address = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let mut request = [0; 4096];
                let _ = stream.read(&mut request);
                let head =
                    format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n");
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                for _ in 0..drip {
                    std::thread::sleep(every);
                    if stream.write_all(b" ").is_err() {
                        return;
                    }
                }
                std::thread::sleep(Duration::from_secs(30));
            });
        }
    });
    format!("http://{address}")
}

#[tokio::test]
async fn a_server_dripping_bytes_is_cut_by_the_total_timeout() {
    // A byte every 50 ms, never a read gap as long as the read timeout: only the total cuts it.
    let base = dripping_server(1_000_000, 1_000_000, Duration::from_millis(50));
    let timeouts =
        Timeouts { connect: Duration::from_secs(5), read: Duration::from_secs(5), total: Duration::from_millis(600) };
    let client = client(&base, Limits::default()).with_timeouts(timeouts);
    let started = Instant::now();
    let error = report(&client).await.err().unwrap_or_else(|| panic!("a dripping body completed"));
    assert!(error.is_timeout(), "{error:?}");
    assert!(error.to_string().starts_with("the request timed out"), "{error}");
    assert!(started.elapsed() < Duration::from_secs(5), "cut after {:?}", started.elapsed());
}

#[tokio::test]
async fn a_server_that_stalls_mid_body_is_cut_by_the_read_timeout() {
    let base = dripping_server(1000, 3, Duration::from_millis(10));
    let timeouts =
        Timeouts { connect: Duration::from_secs(5), read: Duration::from_millis(300), total: Duration::from_secs(60) };
    let client = client(&base, Limits::default()).with_timeouts(timeouts);
    let started = Instant::now();
    let error = report(&client).await.err().unwrap_or_else(|| panic!("a stalled body completed"));
    assert!(error.is_timeout(), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(10), "cut after {:?}", started.elapsed());
}

/// Mounts answers that give, for each token (`None`: the first request), the next token.
async fn tokens(server: &MockServer, walk: &[(Option<&str>, &str)]) {
    for (token, next) in walk {
        let mock = Mock::given(method("GET")).and(path(ROUTE));
        let mock = match token {
            None => mock.and(query_param_is_missing("next_page_token")),
            Some(token) => mock.and(query_param("next_page_token", *token)),
        };
        mock.respond_with(ResponseTemplate::new(200).set_body_json(page(next))).mount(server).await;
    }
}

async fn walk(client: &v2::Client) -> Vec<Result<(), Error>> {
    let stream = client.get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30)).pages();
    stream.map(|page| page.map(|_| ())).collect().await
}

#[tokio::test]
async fn tokens_that_cycle_a_b_a_stop_paging_with_an_error() {
    let server = MockServer::start().await;
    tokens(&server, &[(None, "A"), (Some("A"), "B"), (Some("B"), "A")]).await;
    let pages = walk(&client(&server.uri(), Limits::default())).await;
    assert_eq!(pages.len(), 4, "{pages:?}");
    assert!(pages[..3].iter().all(Result::is_ok), "{pages:?}");
    match &pages[3] {
        Err(error @ Error::Paging(_)) => assert!(error.to_string().contains("page 3"), "{error}"),
        other => panic!("expected a paging error, got {other:?}"),
    }
    assert_eq!(seen(&server).await.len(), 3, "page A is not fetched a second time");
}

#[tokio::test]
async fn a_token_repeating_the_one_the_walk_started_from_is_a_cycle() {
    let server = MockServer::start().await;
    tokens(&server, &[(Some("S"), "T"), (Some("T"), "S")]).await;
    let client = client(&server.uri(), Limits::default());
    let stream =
        client.get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30)).next_page_token("S").pages();
    let pages: Vec<_> = stream.collect().await;
    assert_eq!(pages.len(), 3);
    assert!(matches!(pages[2], Err(Error::Paging(_))), "{:?}", pages[2]);
}

/// Answers every request with a page whose next token is new.
struct EndlessTokens(Arc<AtomicUsize>);

impl Respond for EndlessTokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, Ordering::SeqCst);
        ResponseTemplate::new(200).set_body_json(page(&format!("token-{n}")))
    }
}

#[tokio::test]
async fn paging_stops_with_an_error_past_the_page_limit() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(EndlessTokens(Arc::default())).mount(&server).await;
    let limits = Limits { max_pages: 5, ..Limits::default() };
    let pages = walk(&client(&server.uri(), limits)).await;
    assert_eq!(pages.len(), 6, "{pages:?}");
    assert!(pages[..5].iter().all(Result::is_ok), "{pages:?}");
    match &pages[5] {
        Err(error @ Error::Paging(_)) => assert!(error.to_string().contains("more than 5 pages"), "{error}"),
        other => panic!("expected a paging error, got {other:?}"),
    }
    assert_eq!(seen(&server).await.len(), 5);
}

//! With the `tracing` feature, every attempt of a request is one `request` span whose fields are
//! the operation, method, path template, attempt number and status, and never a parameter value
//! or credential: checked against a loopback server that answers 503 once, then 200.

use std::sync::{Arc, Mutex};

use spec_to_rust_runtime::{Connection, Credential, Request, RetryPolicy, Secret};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// A span's name and its fields as `name=value` text, in the order recorded.
type Captured = (String, Vec<String>);

/// Every span created, in order.
#[derive(Clone, Default)]
struct Spans(Arc<Mutex<Vec<Captured>>>);

struct Fields<'a>(&'a mut Vec<String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push(format!("{}={value:?}", field.name()));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push(format!("{}={value}", field.name()));
    }
}

impl<S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>> Layer<S> for Spans {
    fn on_new_span(&self, attributes: &Attributes<'_>, _: &Id, _: Context<'_, S>) {
        let mut fields = Vec::new();
        attributes.record(&mut Fields(&mut fields));
        self.0.lock().unwrap().push((attributes.metadata().name().to_owned(), fields));
    }

    fn on_record(&self, _: &Id, values: &Record<'_>, _: Context<'_, S>) {
        // The spans of this test are sequential: a record belongs to the latest span.
        let mut spans = self.0.lock().unwrap();
        let (_, fields) = spans.last_mut().unwrap();
        values.record(&mut Fields(fields));
    }
}

/// A loopback server that answers each connection with the next of `statuses` (no body) and
/// returns every request it read.
async fn server(statuses: Vec<u16>) -> (String, tokio::task::JoinHandle<Vec<String>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = tokio::spawn(async move {
        let mut requests = Vec::new();
        for status in statuses {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut head = Vec::new();
            while !head.ends_with(b"\r\n\r\n") {
                let mut byte = [0u8; 1];
                if stream.read(&mut byte).await.unwrap() == 0 {
                    break;
                }
                head.push(byte[0]);
            }
            requests.push(String::from_utf8_lossy(&head).into_owned());
            let answer = format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            stream.write_all(answer.as_bytes()).await.unwrap();
        }
        requests
    });
    (base, handle)
}

#[tokio::test]
async fn each_attempt_is_a_span_with_the_template_and_no_values() {
    let spans = Spans::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    let _guard = tracing::subscriber::set_default(subscriber);

    let (base, server) = server(vec![503, 200]).await;
    let mut connection = Connection::new(base);
    connection.set_retry_policy(RetryPolicy {
        max_retries: 1,
        initial_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(5),
    });
    connection.set_credential("bearer", Credential::Bearer(Secret("sekrit-token".to_owned())));
    let mut request =
        Request::new("get_user", reqwest::Method::GET, "/users/{userId}", &["alice-4711".to_owned()]).unwrap();
    request.query.add("search", &"query-value-31337");
    request.auth = &[&["bearer"]];
    let response = connection.send(request).await.unwrap();
    assert_eq!(response.status.as_u16(), 200);

    // The values did go out, so their absence from the spans is the span's doing.
    let requests = server.await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(requests[1].contains("/users/alice-4711?search=query-value-31337"), "{}", requests[1]);
    assert!(requests[1].contains("sekrit-token"), "{}", requests[1]);

    let spans = spans.0.lock().unwrap().clone();
    let expected = |attempt: u32, status: u16| {
        (
            "request".to_owned(),
            vec![
                "operation=get_user".to_owned(),
                "method=GET".to_owned(),
                "path=/users/{userId}".to_owned(),
                format!("attempt={attempt}"),
                format!("status={status}"),
            ],
        )
    };
    assert_eq!(spans, vec![expected(1, 503), expected(2, 200)]);
    let text = format!("{spans:?}");
    for secret in ["alice-4711", "query-value-31337", "sekrit-token"] {
        assert!(!text.contains(secret), "a span shows `{secret}`: {text}");
    }
}

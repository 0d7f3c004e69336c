//! Streamed bodies on the wire: server-sent events (typed and raw, multi-line data, comments,
//! an over-size event, resumption with `Last-Event-ID`), a download read chunk by chunk, a
//! streamed upload (received whole, never retried) and multipart file parts with their file name
//! and media type. The committed crate `tests/crates/streams`, generated from
//! `tests/fixtures/streams.openapi.yaml` (module `spec`), is run against a loopback server that
//! writes its answers piece by piece and can hold a piece back until the test lets it go.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use streams::spec::{Client, models};
use streams::{Error, FilePart, Limits, RetryPolicy};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::sync::oneshot;

/// One answer of the server: a status line and content type, then the body in pieces; the last
/// piece waits for `gate` when there is one.
struct Answer {
    status: &'static str,
    content_type: &'static str,
    pieces: Vec<&'static [u8]>,
    gate: Option<oneshot::Receiver<()>>,
}

fn answer(status: &'static str, content_type: &'static str, pieces: Vec<&'static [u8]>) -> Answer {
    Answer { status, content_type, pieces, gate: None }
}

/// The requests the server received, each as its head and its body (chunked bodies decoded).
type Received = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// A loopback server answering one connection per answer, in order.
async fn serve(answers: Vec<Answer>) -> (String, Received) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received: Received = Arc::default();
    let seen = received.clone();
    tokio::spawn(async move {
        for answer in answers {
            let (stream, _) = listener.accept().await.unwrap();
            let mut stream = BufReader::new(stream);
            let (head, body) = read_request(&mut stream).await;
            seen.lock().unwrap().push((head, body));
            let head = format!(
                "HTTP/1.1 {}\r\ncontent-type: {}\r\nconnection: close\r\n\r\n",
                answer.status, answer.content_type
            );
            let stream = stream.get_mut();
            stream.write_all(head.as_bytes()).await.unwrap();
            let last = answer.pieces.len().saturating_sub(1);
            let mut gate = answer.gate;
            for (index, piece) in answer.pieces.into_iter().enumerate() {
                if index == last {
                    if let Some(gate) = gate.take() {
                        let _ = gate.await;
                    }
                }
                stream.write_all(piece).await.unwrap();
                stream.flush().await.unwrap();
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            stream.shutdown().await.unwrap();
        }
    });
    (url, received)
}

/// A request's head and its body, by `content-length` or chunked.
async fn read_request(stream: &mut BufReader<tokio::net::TcpStream>) -> (String, Vec<u8>) {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        stream.read_line(&mut line).await.unwrap();
        head.push_str(&line);
        if line == "\r\n" || line.is_empty() {
            break;
        }
    }
    let lower = head.to_ascii_lowercase();
    let mut body = Vec::new();
    if let Some(length) = lower.split("content-length: ").nth(1) {
        let length: usize = length.split("\r\n").next().unwrap().parse().unwrap();
        body.resize(length, 0);
        stream.read_exact(&mut body).await.unwrap();
    } else if lower.contains("transfer-encoding: chunked") {
        loop {
            let mut size = String::new();
            stream.read_line(&mut size).await.unwrap();
            let size = usize::from_str_radix(size.trim(), 16).unwrap();
            let mut chunk = vec![0; size + 2];
            stream.read_exact(&mut chunk).await.unwrap();
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    }
    (head, body)
}

fn client(url: &str) -> Client {
    Client::new().with_base_url(url).with_retry_policy(RetryPolicy::NONE)
}

/// Typed events: comments are skipped, data lines are joined by newlines and decoded as the item
/// schema's type, and `event`, `id` and `retry` come with each event; data that does not decode (a
/// closing `[DONE]`) is an error holding it, and the stream goes on.
#[tokio::test]
async fn typed_events_decode_their_data_and_carry_their_fields() {
    let body: &[u8] =
        b": keep-alive\n\nevent: tick\nid: 1\nretry: 2000\ndata: {\"seq\": 1,\ndata: \"note\": \"a\"}\n\n\
        data: {\"seq\": 2}\r\n\r\ndata: [DONE]\n\n";
    let (url, received) = serve(vec![answer("200 OK", "text/event-stream", vec![body])]).await;
    let events: Vec<_> = client(&url).watch_ticks().events().await.unwrap().collect().await;
    let first = events[0].as_ref().unwrap();
    assert_eq!((first.event.as_str(), first.id.as_deref()), ("tick", Some("1")));
    assert_eq!(first.retry, Some(Duration::from_secs(2)));
    assert_eq!((first.data.seq, first.data.note.as_deref()), (1, Some("a")));
    let second = events[1].as_ref().unwrap();
    assert_eq!((second.event.as_str(), second.id.as_deref(), second.data.seq), ("message", Some("1"), 2));
    let Err(Error::Decode(done)) = &events[2] else { panic!("{:?}", events[2]) };
    assert_eq!(done.body, b"[DONE]");
    assert_eq!(events.len(), 3);
    let head = &received.lock().unwrap()[0].0;
    assert!(head.contains("accept: text/event-stream\r\n"), "{head}");
    assert!(!head.contains("last-event-id"), "{head}");
}

/// Raw events: data stays text, multi-line data joined by newlines.
#[tokio::test]
async fn raw_events_keep_their_data_as_text() {
    let pieces: Vec<&[u8]> = vec![b"data: Hel", b"lo\ndata:  world\n\nevent: end\ndata\n\n"];
    let (url, received) = serve(vec![answer("200 OK", "text/event-stream", pieces)]).await;
    let events: Vec<_> =
        client(&url).chat(models::ChatRequest::new("hi")).events().await.unwrap().try_collect().await.unwrap();
    let data: Vec<(&str, &str)> = events.iter().map(|e| (e.event.as_str(), e.data.as_str())).collect();
    assert_eq!(data, [("message", "Hello\n world"), ("end", "")]);
    let (head, body) = received.lock().unwrap()[0].clone();
    assert!(head.starts_with("POST /chat "), "{head}");
    assert_eq!(body, br#"{"prompt":"hi"}"#);
}

/// An operation answering JSON or an event stream (as LLM APIs do, by a request field) keeps
/// `send()` for the JSON and has `events()` for the stream, each typed by its own schema.
#[tokio::test]
async fn json_or_events_each_decode_as_their_own_schema() {
    let (url, received) = serve(vec![
        answer("200 OK", "application/json", vec![b"{\"text\": \"Hello\"}"]),
        answer(
            "200 OK",
            "text/event-stream",
            vec![b"data: {\"delta\": \"Hel\"}\n\n", b"data: {\"delta\": \"lo\"}\n\n"],
        ),
    ])
    .await;
    let client = client(&url);
    let whole = client.complete(models::CompleteRequest::new("hi")).send().await.unwrap();
    assert_eq!(whole.text, "Hello");
    let chunks: Vec<_> = client
        .complete(models::CompleteRequest::new("hi").stream(true))
        .events()
        .await
        .unwrap()
        .map_ok(|event| event.data.delta)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(chunks, ["Hel", "lo"]);
    assert_eq!(received.lock().unwrap()[1].1, br#"{"prompt":"hi","stream":true}"#);
}

/// Events arrive as the server sends them: the first is read while the server still holds back
/// the rest (a client that read the whole body first would wait forever).
#[tokio::test]
async fn events_arrive_before_the_stream_ends() {
    let (release, gate) = oneshot::channel();
    let pieces: Vec<&[u8]> = vec![b"data: {\"seq\": 1}\n\n", b"data: {\"seq\": 2}\n\n"];
    let (url, _) = serve(vec![Answer { gate: Some(gate), ..answer("200 OK", "text/event-stream", pieces) }]).await;
    let mut events = client(&url).watch_ticks().events().await.unwrap();
    let first =
        tokio::time::timeout(Duration::from_secs(5), events.next()).await.expect("the first event is held back");
    assert_eq!(first.unwrap().unwrap().data.seq, 1);
    release.send(()).unwrap();
    assert_eq!(events.next().await.unwrap().unwrap().data.seq, 2);
    assert!(events.next().await.is_none());
}

/// An event larger than `Limits::max_response_bytes` ends the stream with `TooLarge`, after the
/// events before it.
#[tokio::test]
async fn an_over_size_event_ends_the_stream() {
    let big: &'static [u8] = Box::leak(format!("data: \"{}\"\n\n", "x".repeat(500)).into_bytes().into_boxed_slice());
    let pieces: Vec<&[u8]> = vec![b"data: ok\n\n", big, b"data: never\n\n"];
    let (url, _) = serve(vec![answer("200 OK", "text/event-stream", pieces)]).await;
    let limits = Limits { max_response_bytes: 100, ..Limits::default() };
    let client = client(&url).with_limits(limits);
    let events: Vec<_> = client.chat(models::ChatRequest::new("hi")).events().await.unwrap().collect().await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].as_ref().unwrap().data, "ok");
    assert!(matches!(events[1], Err(Error::TooLarge { operation: "chat", limit: 100 })), "{:?}", events[1]);
}

/// `events_after` resumes a stream: the server is told the last event id.
#[tokio::test]
async fn resuming_sends_the_last_event_id() {
    let (url, received) =
        serve(vec![answer("200 OK", "text/event-stream", vec![b"id: 42\ndata: {\"seq\": 42}\n\n"])]).await;
    let events: Vec<_> = client(&url).watch_ticks().events_after("41").await.unwrap().try_collect().await.unwrap();
    assert_eq!((events[0].data.seq, events[0].id.as_deref()), (42, Some("42")));
    let head = &received.lock().unwrap()[0].0;
    assert!(head.contains("last-event-id: 41\r\n"), "{head}");
}

/// A status the operation does not treat as success is the usual error, with its meaning.
#[tokio::test]
async fn an_error_status_is_an_error_not_a_stream() {
    let (url, _) = serve(vec![answer("404 Not Found", "application/json", vec![b"{\"gone\": true}"])]).await;
    let Err(Error::Status(error)) = client(&url).watch_ticks().events().await else { panic!("not a status error") };
    assert_eq!(
        (error.status.as_u16(), error.meaning, error.body.as_slice()),
        (404, Some("No such clock."), &b"{\"gone\": true}"[..])
    );
}

/// A download is read chunk by chunk: the first chunk while the server holds back the rest.
#[tokio::test]
async fn a_streamed_download_is_read_chunk_by_chunk() {
    let (release, gate) = oneshot::channel();
    let pieces: Vec<&[u8]> = vec![b"first-", b"second"];
    let (url, _) =
        serve(vec![Answer { gate: Some(gate), ..answer("200 OK", "application/octet-stream", pieces) }]).await;
    let mut chunks = client(&url).download("a.bin").send_streamed().await.unwrap();
    assert_eq!(chunks.status().as_u16(), 200);
    let first =
        tokio::time::timeout(Duration::from_secs(5), chunks.next()).await.expect("the first chunk is held back");
    assert_eq!(first.unwrap().unwrap().as_ref(), b"first-");
    release.send(()).unwrap();
    let rest: Vec<_> = chunks.try_collect().await.unwrap();
    assert_eq!(rest.concat(), b"second");
}

/// A streamed upload reaches the server whole; a 503 answer to it is not retried (the stream
/// cannot be sent again), where the same upload from bytes is.
#[tokio::test]
async fn a_streamed_upload_is_received_whole_and_never_retried() {
    let (url, received) = serve(vec![
        answer("204 No Content", "text/plain", vec![]),
        answer("503 Service Unavailable", "text/plain", vec![]),
        answer("503 Service Unavailable", "text/plain", vec![]),
        answer("204 No Content", "text/plain", vec![]),
    ])
    .await;
    let stream = || {
        let pieces: Vec<Result<&'static [u8], std::io::Error>> = vec![Ok(b"one,"), Ok(b"two,"), Ok(b"three")];
        streams::reqwest::Body::wrap_stream(futures_util::stream::iter(pieces))
    };
    let fast =
        RetryPolicy { max_retries: 2, initial_delay: Duration::from_millis(1), max_delay: Duration::from_millis(5) };
    let client = Client::new().with_base_url(&url).with_retry_policy(fast);
    client.upload("notes", stream()).send().await.unwrap();
    let error = client.upload("notes", stream()).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    client.upload("notes", b"bytes".to_vec()).send().await.unwrap();
    let received = received.lock().unwrap();
    assert_eq!(received.len(), 4);
    assert!(received[0].0.starts_with("PUT /files/notes "), "{}", received[0].0);
    assert!(received[0].0.contains("content-type: application/octet-stream\r\n"), "{}", received[0].0);
    assert_eq!(received[0].1, b"one,two,three");
    assert_eq!((received[2].1.as_slice(), received[3].1.as_slice()), (&b"bytes"[..], &b"bytes"[..]));
}

/// A file part goes with the file name and media type the caller gives, in place of the body's
/// part of that name; a streamed file part too.
#[tokio::test]
async fn multipart_file_parts_carry_their_file_name_and_media_type() {
    let (url, received) =
        serve(vec![answer("201 Created", "text/plain", vec![]), answer("201 Created", "text/plain", vec![])]).await;
    let client = client(&url);
    let body = models::AddDocumentRequest::new("cat").file(b"replaced".to_vec());
    let png = FilePart::new(b"\x89PNG".to_vec()).file_name("cat.png").content_type("image/png");
    client.add_document(body).file_part("file", png).send().await.unwrap();
    let pieces: Vec<Result<&'static [u8], std::io::Error>> = vec![Ok(b"streamed "), Ok(b"text")];
    let streamed = FilePart::new(streams::reqwest::Body::wrap_stream(futures_util::stream::iter(pieces)))
        .file_name("notes.txt")
        .content_type("text/plain");
    client.add_document(models::AddDocumentRequest::new("notes")).file_part("file", streamed).send().await.unwrap();
    let received = received.lock().unwrap();
    let first = String::from_utf8_lossy(&received[0].1).into_owned();
    assert!(first.contains("name=\"title\"\r\n\r\ncat\r\n"), "{first}");
    assert!(
        first.contains("name=\"file\"; filename=\"cat.png\"\r\nContent-Type: image/png\r\n\r\n\u{FFFD}PNG\r\n"),
        "{first}"
    );
    assert!(!first.contains("replaced"), "{first}");
    let second = String::from_utf8_lossy(&received[1].1).into_owned();
    assert!(
        second.contains("name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\nstreamed text\r\n"),
        "{second}"
    );
}

//! Success bodies read as they arrive: binary downloads as a stream of byte chunks, and
//! `text/event-stream` answers as a stream of server-sent events, parsed as the HTML Living
//! Standard (9.2.6, "Interpreting an event stream") says.
//!
//! The event parser is this file's own rather than a crate's: the parsers on crates.io
//! (`eventsource-stream` among them) grow an event's buffer without bound, and a server must not
//! be able to make the client hold more than [`Limits::max_response_bytes`](super::Limits) for
//! one event.

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::Stream;

use super::response::transport;
use super::{DecodeError, Error, Streamed};

/// The body of a success, chunk by chunk as it arrives, with the response's status and headers;
/// nothing is held beyond the chunk at hand. The stream ends after the first error.
pub struct ByteStream {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    chunks: Pin<Box<dyn Stream<Item = Result<bytes::Bytes, Error>> + Send>>,
}

impl ByteStream {
    /// The HTTP status.
    pub fn status(&self) -> reqwest::StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }
}

impl Stream for ByteStream {
    type Item = Result<bytes::Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.chunks.as_mut().poll_next(cx)
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ByteStream").field("status", &self.status).finish_non_exhaustive()
    }
}

/// One server-sent event: its type, its data decoded as `T`, and the stream's last event id.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The event's type: its `event:` field, `message` when it has none.
    pub event: String,
    /// The event's data (its `data:` lines joined by newlines), decoded.
    pub data: T,
    /// The last event id the stream has set, by this event or an earlier one: give it to the
    /// operation's `events_after` to resume the stream after this event.
    pub id: Option<String>,
    /// How long the server asks a client to wait before reconnecting, when this event says.
    pub retry: Option<Duration>,
}

/// The server-sent events of a success answer, as they arrive, with the response's status and
/// headers. An event whose data does not decode is an [`Error::Decode`] holding the data (a
/// closing sentinel such as `[DONE]`, say) and the stream goes on; a transport error, or an event
/// larger than [`Limits::max_response_bytes`](super::Limits::max_response_bytes)
/// ([`Error::TooLarge`]), ends it. An event the server did not finish before closing is dropped.
pub struct EventStream<T> {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    events: Pin<Box<dyn Stream<Item = Result<Event<T>, Error>> + Send>>,
}

impl<T> EventStream<T> {
    /// The HTTP status.
    pub fn status(&self) -> reqwest::StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<Event<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.events.as_mut().poll_next(cx)
    }
}

impl<T> std::fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream").field("status", &self.status).finish_non_exhaustive()
    }
}

impl Streamed {
    /// The body as a stream of chunks.
    pub fn bytes(self) -> ByteStream {
        let chunks = futures_util::stream::unfold(Some(self.response), |response| async move {
            let mut response = response?;
            match response.chunk().await {
                Ok(Some(chunk)) => Some((Ok(chunk), Some(response))),
                Ok(None) => None,
                Err(error) => Some((Err(transport(error)), None)),
            }
        });
        ByteStream { status: self.status, headers: self.headers, chunks: Box::pin(chunks) }
    }

    /// The body as server-sent events whose data is text, taken as it is.
    pub fn text_events(self) -> EventStream<String> {
        self.events_decoded(Ok)
    }

    /// The body as server-sent events whose data is JSON, decoded as `T`.
    pub fn json_events<T: serde::de::DeserializeOwned + Send + 'static>(self) -> EventStream<T> {
        self.events_decoded(|data| serde_json::from_str(&data).map_err(|error| (error.to_string(), data)))
    }

    /// The body as server-sent events, each event's data decoded by `decode`, which on failure
    /// returns what was wrong and the data.
    fn events_decoded<T: Send + 'static>(self, decode: fn(String) -> Result<T, (String, String)>) -> EventStream<T> {
        let (operation, status) = (self.operation, self.status);
        let reader = Reader {
            response: self.response,
            parser: Parser::new(self.limit),
            ready: VecDeque::new(),
            failure: None,
            ended: false,
        };
        let events = futures_util::stream::unfold(reader, move |mut reader| async move {
            let raw = reader.next(operation).await?;
            let event = raw.and_then(|raw| {
                let data = decode(raw.data).map_err(|(message, data)| {
                    Error::Decode(Box::new(DecodeError {
                        status,
                        path: ".".to_owned(),
                        message,
                        body: data.into_bytes(),
                    }))
                })?;
                Ok(Event { event: raw.event, data, id: raw.id, retry: raw.retry })
            });
            Some((event, reader))
        });
        EventStream { status: self.status, headers: self.headers, events: Box::pin(events) }
    }
}

/// Reads a response body into events.
struct Reader {
    response: reqwest::Response,
    parser: Parser,
    /// Events parsed and not yet handed out.
    ready: VecDeque<RawEvent>,
    /// The error that ends the stream once the events before it are handed out.
    failure: Option<Error>,
    /// Whether the body is read to its end (or failed).
    ended: bool,
}

impl Reader {
    /// The next event, `None` at the end of the stream.
    async fn next(&mut self, operation: &'static str) -> Option<Result<RawEvent, Error>> {
        loop {
            if let Some(event) = self.ready.pop_front() {
                return Some(Ok(event));
            }
            if let Some(error) = self.failure.take() {
                return Some(Err(error));
            }
            if self.ended {
                return None;
            }
            match self.response.chunk().await {
                Ok(Some(chunk)) => {
                    if self.parser.feed(&chunk, &mut self.ready).is_err() {
                        self.failure = Some(Error::TooLarge { operation, limit: self.parser.limit });
                        self.ended = true;
                    }
                }
                Ok(None) => self.ended = true,
                Err(error) => {
                    self.failure = Some(transport(error));
                    self.ended = true;
                }
            }
        }
    }
}

/// An event as the stream spells it, its data not yet decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RawEvent {
    event: String,
    data: String,
    id: Option<String>,
    retry: Option<Duration>,
}

/// The state of the event-stream parser between two chunks of the body.
#[derive(Debug)]
struct Parser {
    /// The bytes of the line not yet ended.
    line: Vec<u8>,
    /// Whether the last byte seen was a CR, so that a LF right after it ends no second line.
    after_cr: bool,
    /// Whether the body's first bytes (a byte order mark to skip) are still to come.
    at_start: bool,
    /// The event's type, `data` and `retry` fields so far.
    event: String,
    data: String,
    retry: Option<Duration>,
    /// The last event id set, which outlives the event that set it.
    last_id: Option<String>,
    /// Largest event, in bytes: its fields and the line at hand.
    limit: usize,
}

/// An event larger than the parser's limit.
#[derive(Debug, PartialEq, Eq)]
struct TooLarge;

impl Parser {
    fn new(limit: usize) -> Self {
        Parser {
            line: Vec::new(),
            after_cr: false,
            at_start: true,
            event: String::new(),
            data: String::new(),
            retry: None,
            last_id: None,
            limit,
        }
    }

    /// Parses the next chunk of the body, adding every event it completes to `ready`.
    fn feed(&mut self, mut chunk: &[u8], ready: &mut VecDeque<RawEvent>) -> Result<(), TooLarge> {
        if self.at_start {
            let bom = [0xEF, 0xBB, 0xBF];
            let seen = self.line.len() + chunk.len();
            if seen < bom.len() && bom.starts_with(&[self.line.as_slice(), chunk].concat()) {
                self.line.extend_from_slice(chunk);
                return Ok(());
            }
            let mut start = std::mem::take(&mut self.line);
            start.extend_from_slice(chunk);
            self.at_start = false;
            let start = start.strip_prefix(&bom).map_or(start.as_slice(), |rest| rest).to_vec();
            return self.feed(&start, ready);
        }
        while !chunk.is_empty() {
            if self.after_cr && chunk.first() == Some(&b'\n') {
                chunk = chunk.get(1..).unwrap_or_default();
            }
            self.after_cr = false;
            match chunk.iter().position(|byte| matches!(byte, b'\n' | b'\r')) {
                Some(end) => {
                    let (line, rest) = chunk.split_at(end);
                    self.line.extend_from_slice(line);
                    self.after_cr = rest.first() == Some(&b'\r');
                    chunk = rest.get(1..).unwrap_or_default();
                    self.check()?;
                    let line = std::mem::take(&mut self.line);
                    self.line_ended(&String::from_utf8_lossy(&line), ready);
                }
                None => {
                    self.line.extend_from_slice(chunk);
                    chunk = &[];
                }
            }
            self.check()?;
        }
        Ok(())
    }

    /// Whether the event and the line at hand are within the limit.
    fn check(&self) -> Result<(), TooLarge> {
        let held = self.line.len() + self.event.len() + self.data.len();
        if held > self.limit { Err(TooLarge) } else { Ok(()) }
    }

    /// One line: a field of the event, a comment, or the blank line that ends the event.
    fn line_ended(&mut self, line: &str, ready: &mut VecDeque<RawEvent>) {
        if line.is_empty() {
            let (event, mut data, retry) =
                (std::mem::take(&mut self.event), std::mem::take(&mut self.data), self.retry.take());
            if data.is_empty() {
                return;
            }
            data.pop();
            let event = if event.is_empty() { "message".to_owned() } else { event };
            ready.push_back(RawEvent { event, data, id: self.last_id.clone(), retry });
            return;
        }
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "event" => value.clone_into(&mut self.event),
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
            }
            // An empty id forgets the last one.
            "id" if !value.contains('\0') => self.last_id = (!value.is_empty()).then(|| value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) => {
                self.retry = value.parse().ok().map(Duration::from_millis);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of a body cut into the given chunks.
    fn parse(chunks: &[&[u8]], limit: usize) -> Result<Vec<RawEvent>, TooLarge> {
        let mut parser = Parser::new(limit);
        let mut ready = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk, &mut ready)?;
        }
        Ok(ready.into())
    }

    fn event(event: &str, data: &str, id: Option<&str>) -> RawEvent {
        RawEvent { event: event.to_owned(), data: data.to_owned(), id: id.map(str::to_owned), retry: None }
    }

    #[test]
    fn fields_comments_and_line_ends_of_every_kind() {
        let body = b"\xEF\xBB\xBF: a comment\r\nevent: add\ndata: one\rdata:two\r\nid: 7\n\ndata\n\n";
        assert_eq!(
            parse(&[body], 1024).unwrap(),
            vec![event("add", "one\ntwo", Some("7")), event("message", "", Some("7"))]
        );
    }

    #[test]
    fn events_cut_anywhere_between_chunks_parse_the_same() {
        let body: &[u8] = b"\xEF\xBB\xBFdata: {\"a\": 1}\r\nretry: 1500\r\n\r\nid\ndata: x\r\n\r\n";
        let whole = parse(&[body], 1024).unwrap();
        assert_eq!(whole.len(), 2);
        assert_eq!(whole[0].retry, Some(Duration::from_millis(1500)));
        assert_eq!(whole[1], event("message", "x", None));
        for cut in 0..body.len() {
            let (head, tail) = body.split_at(cut);
            assert_eq!(parse(&[head, tail], 1024).unwrap(), whole, "cut at {cut}");
        }
        let bytes: Vec<&[u8]> = body.chunks(1).collect();
        assert_eq!(parse(&bytes, 1024).unwrap(), whole);
    }

    #[test]
    fn an_event_larger_than_the_limit_is_refused_before_it_is_held() {
        assert_eq!(parse(&[b"data: 0123456789\n\n"], 16).unwrap().len(), 1);
        assert_eq!(parse(&[b"data: 0123456789", b"0123456789"], 16), Err(TooLarge));
        assert_eq!(parse(&[b"data: 01234\n", b"data: 56789\n", b"data: 0\n"], 16), Err(TooLarge));
    }

    #[test]
    fn an_unfinished_event_and_empty_data_dispatch_nothing() {
        assert_eq!(parse(&[b"event: x\n\ndata: y"], 64).unwrap(), Vec::new());
    }
}

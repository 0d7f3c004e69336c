//! The runtime's pure parts: paging streams, idempotency, parameter text and lenient values.

use futures_util::TryStreamExt;
use spec_to_rust_runtime::{Error, Lenient, Quoted, Request, is_idempotent, items, pages, param_text, path_segment};

/// A page of a fake API: its items and the next token.
#[derive(Clone, Debug, PartialEq)]
struct Page {
    items: Vec<u32>,
    next: Option<String>,
}

/// A request of the fake API: the token it asks for.
#[derive(Clone)]
struct Ask {
    token: Option<String>,
}

/// Pages `tokens` in order: the page asked for with no token has the first, and so on.
fn walk(tokens: &'static [&'static str], limit: usize) -> impl futures_util::Stream<Item = Result<Page, Error>> {
    let fetch = move |ask: Ask| async move {
        let index = ask.token.map_or(0, |token| token.trim_start_matches('t').parse::<usize>().unwrap_or(0) + 1);
        let next = tokens.get(index).map(|token| (*token).to_owned());
        Ok(Some(Page { items: vec![index as u32], next }))
    };
    pages(
        Ask { token: None },
        limit,
        None,
        fetch,
        |page: &Page| page.next.clone(),
        |ask: &mut Ask, token| ask.token = Some(token),
    )
}

#[tokio::test]
async fn pages_follow_tokens_until_there_is_none() {
    let items: Vec<u32> = items(walk(&["t0", "t1"], 10), |page: Page| page.items).try_collect().await.unwrap();
    assert_eq!(items, [0, 1, 2]);
}

#[tokio::test]
async fn a_repeated_token_stops_the_walk() {
    let result: Result<Vec<Page>, Error> = walk(&["t0", "t0"], 10).try_collect().await;
    let Err(Error::Paging(message)) = result else { panic!("a paging error") };
    assert!(message.contains("page 2 names the next-page token of an earlier page"), "{message}");
}

#[tokio::test]
async fn more_pages_than_the_limit_end_the_walk() {
    let result: Result<Vec<Page>, Error> = walk(&["t0", "t1", "t2"], 2).try_collect().await;
    let Err(Error::Paging(message)) = result else { panic!("a paging error") };
    assert!(message.contains("more than 2 pages"), "{message}");
}

#[test]
fn methods_that_may_be_sent_twice_are_idempotent() {
    for method in ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "QUERY"] {
        assert!(is_idempotent(&reqwest::Method::from_bytes(method.as_bytes()).unwrap()), "{method}");
    }
    assert!(!is_idempotent(&reqwest::Method::POST));
    assert!(!Request::new("create", reqwest::Method::PATCH, "/".to_owned()).idempotent);
}

#[test]
fn parameters_read_as_text_and_path_segments_cannot_step_out() {
    assert_eq!(param_text(&vec!["a", "b"]), "a,b");
    assert_eq!(param_text(&true), "true");
    assert_eq!(path_segment("id", &"a/b c").unwrap(), "a%2Fb%20c");
    assert!(matches!(path_segment("id", &".."), Err(Error::InvalidRequest(_))));
    assert!(matches!(path_segment("id", &""), Err(Error::InvalidRequest(_))));
}

#[test]
fn lenient_and_quoted_values_are_written_back_as_they_came() {
    let number: Lenient<i64> = serde_json::from_str(r#""42""#).unwrap();
    assert_eq!((number.get(), number.is_string()), (42, true));
    assert_eq!(serde_json::to_string(&number).unwrap(), r#""42""#);
    let quoted: Quoted<bool> = serde_json::from_str(r#""true""#).unwrap();
    assert_eq!(quoted.get(), Some(true));
    assert_eq!(serde_json::to_string(&quoted).unwrap(), r#""true""#);
}

//! Pagination streams and path parameter encoding of the generated client.

use crate::support;

use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;
use support::{date, example, seen};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoom_chat::{Error, v1, v2};

/// The spec's example page with the given message ids and next page token.
fn page(ids: &[&str], next: &str) -> serde_json::Value {
    let mut body = example("v2", "Get chat messages reports", 200);
    let template = body["messages"][0].clone();
    body["messages"] = ids
        .iter()
        .map(|id| {
            let mut message = template.clone();
            message["id"] = json!(id);
            message
        })
        .collect();
    body["next_page_token"] = json!(next);
    body
}

async fn three_pages() -> MockServer {
    let server = MockServer::start().await;
    let route = "/report/chat/sessions/abc";
    let answers =
        [(None, page(&["1", "2"], "t1")), (Some("t1"), page(&["3"], "t2")), (Some("t2"), page(&["4", "5"], ""))];
    for (token, body) in answers {
        let mock = Mock::given(method("GET")).and(path(route));
        let mock = match token {
            None => mock.and(query_param_is_missing("next_page_token")),
            Some(token) => mock.and(query_param("next_page_token", token)),
        };
        mock.respond_with(ResponseTemplate::new(200).set_body_json(body)).expect(1).mount(&server).await;
    }
    server
}

#[tokio::test]
async fn items_follow_the_next_page_token_across_three_pages() {
    let server = three_pages().await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("t");
    let ids: Vec<String> = client
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .page_size(2)
        .items()
        .map_ok(|message| message.id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    let queries: Vec<String> = seen(&server).await.into_iter().filter_map(|r| r.query).collect();
    assert_eq!(
        queries,
        [
            "from=2019-09-01&to=2019-09-30&page_size=2",
            "from=2019-09-01&to=2019-09-30&page_size=2&next_page_token=t1",
            "from=2019-09-01&to=2019-09-30&page_size=2&next_page_token=t2",
        ]
    );
}

#[tokio::test]
async fn pages_stop_at_the_first_error() {
    let server = MockServer::start().await;
    let route = "/report/chat/sessions/abc";
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param_is_missing("next_page_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["1"], "t1")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param("next_page_token", "t1"))
        .respond_with(ResponseTemplate::new(300))
        .mount(&server)
        .await;
    let client = v2::Client::new().with_base_url(server.uri());
    let pages: Vec<Result<_, Error>> =
        client.get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30)).pages().collect().await;
    assert_eq!(pages.len(), 2);
    assert!(pages[0].is_ok());
    assert!(matches!(&pages[1], Err(Error::Status(e)) if e.status.as_u16() == 300));
}

#[tokio::test]
async fn a_server_repeating_its_token_does_not_loop_forever() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["1"], "same")))
        .mount(&server)
        .await;
    let client = v2::Client::new().with_base_url(server.uri());
    let pages: Vec<_> =
        client.get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30)).pages().collect().await;
    assert_eq!(pages.len(), 3, "two pages, then the error: the second page repeats the token");
    assert!(pages[0].is_ok() && pages[1].is_ok());
    assert!(matches!(pages[2], Err(Error::Paging(_))), "{:?}", pages[2]);
    assert_eq!(seen(&server).await.len(), 2);
}

#[tokio::test]
async fn v1_pages_through_the_form_body_token() {
    let server = MockServer::start().await;
    let mut first = example("v1", "chatList", 200);
    first["next_page_token"] = json!("p2");
    let last = example("v1", "chatList", 200);
    Mock::given(method("POST"))
        .and(path("/chat/list"))
        .respond_with(ResponseTemplate::new(200).set_body_json(first))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/chat/list"))
        .respond_with(ResponseTemplate::new(200).set_body_json(last))
        .mount(&server)
        .await;
    let body = support::minimal_chat_list_request();
    let client = v1::Client::new().with_base_url(server.uri());
    let sessions: Vec<_> = client.chat_list(body).items().try_collect().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sessions.len(), 2);
    let bodies: Vec<String> = seen(&server).await.into_iter().map(|r| r.body).collect();
    assert_eq!(bodies, ["access_token=a&from=f&to=t", "access_token=a&from=f&to=t&next_page_token=p2"]);
}

#[tokio::test]
async fn a_hostile_session_id_stays_one_encoded_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(example("v2", "Get chat messages reports", 200)))
        .mount(&server)
        .await;
    let client = v2::Client::new().with_base_url(server.uri());
    for (hostile, encoded) in [
        ("a/b?c#d%2F..", "/report/chat/sessions/a%2Fb%3Fc%23d%252F%2E%2E"),
        ("../../admin", "/report/chat/sessions/%2E%2E%2F%2E%2E%2Fadmin"),
        ("sp ace+ü", "/report/chat/sessions/sp%20ace%2B%C3%BC"),
    ] {
        client
            .get_chat_messages_reports(hostile, date(2019, 9, 1), date(2019, 9, 30))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{hostile}: {e}"));
        let last = seen(&server).await.pop().unwrap_or_else(|| panic!("no request"));
        assert_eq!(last.path, encoded);
        assert_eq!(last.query.as_deref(), Some("from=2019-09-01&to=2019-09-30"), "{hostile} leaked into the query");
    }
}

#[tokio::test]
async fn dot_and_empty_segments_are_refused_before_sending() {
    let server = MockServer::start().await;
    let client = v2::Client::new().with_base_url(server.uri());
    for hostile in ["..", ".", ""] {
        let result = client.get_chat_messages_reports(hostile, date(2019, 9, 1), date(2019, 9, 30)).send().await;
        match result {
            Err(Error::InvalidRequest(message)) => {
                assert!(message.starts_with("path parameter `sessionId` cannot be"), "{message}")
            }
            other => panic!("{hostile:?}: {other:?}"),
        }
    }
    assert!(seen(&server).await.is_empty());
}

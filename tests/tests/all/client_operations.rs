//! Each of the five Zoom operations against a real HTTP server on loopback: the request on the wire
//! (method, path, query, form body, credentials) and the typed value decoded from the spec's own
//! example response.

use crate::support;

use support::{date, example, seen};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoom_chat::{v1, v2};

async fn serve(method_name: &str, route: &str, body: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(method_name))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn v2_get_chat_messages_reports() {
    let server = serve("GET", "/report/chat/sessions/abc", example("v2", "Get chat messages reports", 200)).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("secret-token");
    let report = client
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .page_size(30)
        .include_fields(vec![v2::models::IncludeField::EditedMessages, v2::models::IncludeField::DeletedMessages])
        .include_bot_message(false)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let requests = seen(&server).await;
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/report/chat/sessions/abc");
    assert_eq!(
        request.query.as_deref(),
        Some(
            "from=2019-09-01&to=2019-09-30&page_size=30&include_fields=edited_messages,deleted_messages&include_bot_message=false"
        )
    );
    assert_eq!(request.authorization.as_deref(), Some("Bearer secret-token"));

    // Seed 000's example: dates given as "string [date]", a timestamp given as a numeric string.
    assert_eq!(report.from.as_ref().and_then(|d| d.get().copied()), Some(date(2019, 9, 17)));
    let messages = report.messages.unwrap_or_default();
    assert_eq!(messages.len(), 2);
    let first = &messages[0];
    assert_eq!(first.id.as_deref(), Some("0fbd238a0519d3abb0e4ce"));
    assert_eq!(first.sender.as_deref(), Some("user@example.com"));
    let sent = first.date_time.as_ref().and_then(|t| t.get()).map(|t| t.to_rfc3339());
    assert_eq!(sent.as_deref(), Some("2019-09-17T20:25:17+00:00"));
    let reply = first.reply_main_message_timestamp.unwrap_or_else(|| panic!("reply timestamp"));
    assert_eq!(reply.get(), 1_568_751_917_976);
    assert!(reply.is_string());
    let files = messages[1].files.as_deref().unwrap_or_default();
    assert_eq!(files[0].file_size, Some(14358));
    assert_eq!(files[0].file_name.as_deref(), Some("example.txt"));
    assert_eq!(report.edited_messages.map(|m| m.len()), Some(2));
    let deleted = report.deleted_messages.unwrap_or_default();
    assert_eq!(deleted[1].id.as_deref(), Some("38a0fbd205abb0e4ce19d3"));
}

#[tokio::test]
async fn v2_report_decodes_the_newer_example_with_bot_messages() {
    let newer = support::examples("v2", "Get chat messages reports", 200).into_iter().nth(1).unwrap_or_default();
    let server = serve("GET", "/report/chat/sessions/abc", newer).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("t");
    let report = client
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let messages = report.messages.unwrap_or_default();
    let message = &messages[0];
    assert_eq!(message.timestamp.map(|t| t > 0), Some(true));
    let bot = message.bot_message.as_ref().unwrap_or_else(|| panic!("bot_message missing"));
    assert_eq!(bot.is_markdown_support, Some(true));
    assert!(bot.content.as_ref().is_some_and(|c| c.is_empty()));
    assert!(report.edited_messages.unwrap_or_default()[0].bot_message.is_none());
    assert_eq!(seen(&server).await[0].query.as_deref(), Some("from=2019-09-01&to=2019-09-30"));
}

#[tokio::test]
#[allow(deprecated)]
async fn v2_get_im_chat_sessions() {
    let server = serve("GET", "/im/chat/sessions", example("v2", "Get IM chat sessions", 200)).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("t0k");
    let sessions = client
        .get_im_chat_sessions(date(2019, 8, 31), date(2019, 9, 12))
        .next_page_token("vsdfjesfdhs")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let request = &seen(&server).await[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", "/im/chat/sessions"));
    assert_eq!(request.query.as_deref(), Some("from=2019-08-31&to=2019-09-12&next_page_token=vsdfjesfdhs"));
    assert_eq!(request.authorization.as_deref(), Some("Bearer t0k"));

    assert_eq!(sessions.page_size, Some(30));
    assert_eq!(sessions.next_page_token.as_deref(), Some("vsdfjesfdhs"));
    let session = &sessions.sessions.unwrap_or_default()[0];
    assert_eq!(
        (session.session_id.as_deref(), session.r#type.as_deref(), session.name.as_deref()),
        (Some("dkhfgjd"), Some("Group"), Some("API overview meeting"))
    );
    let last = session.last_message_sent_time.as_ref().and_then(|t| t.get()).map(|t| t.to_rfc3339());
    assert_eq!(last.as_deref(), Some("2016-12-16T05:04:08.470+00:00"));
}

#[tokio::test]
#[allow(deprecated)]
async fn v2_get_im_chat_messages() {
    let server = serve("GET", "/im/chat/sessions/s-1", example("v2", "Get IM chat messages", 200)).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("t");
    let messages = client
        .get_im_chat_messages("s-1", date(2019, 9, 1), date(2019, 9, 2))
        .page_size(10)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let request = &seen(&server).await[0];
    assert_eq!(request.path, "/im/chat/sessions/s-1");
    assert_eq!(request.query.as_deref(), Some("from=2019-09-01&to=2019-09-02&page_size=10"));
    assert_eq!(messages.page_size, Some(30));
    let messages = messages.messages.unwrap_or_default();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].action.as_deref(), Some("unread"));
    assert_eq!(messages[1].action.as_deref(), Some("read"));
}

#[tokio::test]
async fn v1_chat_get_sends_a_form_with_credentials() {
    let server = serve("POST", "/chat/get", example("v1", "chatGet", 200)).await;
    let client = v1::Client::new().with_base_url(server.uri()).with_api_key("key 1").with_api_secret("s&cret");
    let body =
        v1::models::ChatGetRequest::new("archive-token", "unique_id", "2016-01-16", "2016-01-22").page_size("30");
    let chat = client.chat_get(body).send().await.unwrap_or_else(|e| panic!("{e}"));

    let request = &seen(&server).await[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/chat/get"));
    assert_eq!(request.query, None);
    assert_eq!(request.content_type.as_deref(), Some("application/x-www-form-urlencoded"));
    assert_eq!(
        request.body,
        "access_token=archive-token&session_id=unique_id&from=2016-01-16&to=2016-01-22&page_size=30&api_key=key+1&api_secret=s%26cret"
    );
    assert_eq!(request.authorization, None);

    assert_eq!(chat.session_id.as_deref(), Some("unique_id"));
    let from = chat.from.as_ref().and_then(|t| t.get()).map(|t| t.to_rfc3339());
    assert_eq!(from.as_deref(), Some("2016-01-16T00:00:00+00:00"));
    assert_eq!(chat.page_count, Some(1));
    assert_eq!(chat.next_page_token.as_deref(), Some(""));
    let messages = chat.chat_messages.unwrap_or_default();
    assert_eq!(messages[0].message.as_deref(), Some("test1"));
    let sent = messages[0].date_time.as_ref().and_then(|t| t.get()).map(|t| t.to_rfc3339());
    assert_eq!(sent.as_deref(), Some("2016-01-18T06:40:56+00:00"));
}

#[tokio::test]
async fn v1_chat_list_sends_a_form_with_credentials() {
    let server = serve("POST", "/chat/list", example("v1", "chatList", 200)).await;
    let client = v1::Client::new().with_base_url(server.uri()).with_api_key("k").with_api_secret("s");
    let body = v1::models::ChatListRequest::new("a", "2016-01-16", "2016-01-22").email("user@example.com");
    let list = client.chat_list(body).send().await.unwrap_or_else(|e| panic!("{e}"));

    let request = &seen(&server).await[0];
    assert_eq!(request.path, "/chat/list");
    assert_eq!(
        request.body,
        "access_token=a&from=2016-01-16&to=2016-01-22&email=user%40example.com&api_key=k&api_secret=s"
    );
    let chats = list.chat_list.unwrap_or_default();
    assert_eq!(chats[0].group_name.as_deref(), Some("zoom test1"));
    assert_eq!(chats[0].r#type.as_deref(), Some("Group"));
    let last = chats[0].last_message_send_time.as_ref().and_then(|t| t.get()).map(|t| t.to_rfc3339());
    assert_eq!(last.as_deref(), Some("2016-01-18T06:40:56+00:00"));
}

#[tokio::test]
async fn v1_without_both_credentials_sends_none() {
    let server = serve("POST", "/chat/list", example("v1", "chatList", 200)).await;
    // The manifest requires api_key and api_secret together; one alone is not applied.
    let client = v1::Client::new().with_base_url(server.uri()).with_api_key("k");
    let body = support::minimal_chat_list_request();
    client.chat_list(body).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(seen(&server).await[0].body, "access_token=a&from=f&to=t");
}

#[tokio::test]
async fn secrets_never_show_in_debug_output() {
    let v2 = v2::Client::new().with_bearer_token("super-secret-token");
    let v1 = v1::Client::new().with_api_key("key-123").with_api_secret("secret-456");
    let printed = format!("{v2:?} {v1:?}");
    for secret in ["super-secret-token", "key-123", "secret-456"] {
        assert!(!printed.contains(secret), "{secret} leaked: {printed}");
    }
    assert!(printed.contains("<redacted>"));
    assert_eq!(v2.base_url(), "https://api.zoom.us/v2");
    assert_eq!(v1.base_url(), "https://api.zoom.us/v1");
}

#[tokio::test]
async fn a_token_provider_is_asked_before_every_request() {
    let server = serve("GET", "/report/chat/sessions/abc", example("v2", "Get chat messages reports", 200)).await;
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = calls.clone();
    let provider = move || {
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        async move { Ok::<_, std::io::Error>(format!("token-{n}")) }
    };
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token_provider(provider);
    for _ in 0..2 {
        client
            .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 2))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let tokens: Vec<_> = seen(&server).await.into_iter().map(|r| r.authorization.unwrap_or_default()).collect();
    assert_eq!(tokens, ["Bearer token-0", "Bearer token-1"]);
}

#[tokio::test]
async fn a_failing_token_provider_is_an_error_not_a_request() {
    let server = serve("GET", "/report/chat/sessions/abc", example("v2", "Get chat messages reports", 200)).await;
    let provider = || async { Err::<String, _>(std::io::Error::other("refresh token expired")) };
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token_provider(provider);
    let error = client.get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 2)).send().await.err();
    assert!(matches!(error, Some(zoom_chat::Error::Token(_))), "{error:?}");
    assert_eq!(error.map(|e| e.to_string()).as_deref(), Some("no token for the request: refresh token expired"));
    assert!(seen(&server).await.is_empty());
}

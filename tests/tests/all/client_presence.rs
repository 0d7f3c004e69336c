//! What a real server sends must decode: fields known only from examples are optional, dates known
//! only by example keep odd values, and the manifest's corrections reach the client. Responses are
//! shaped as Zoom's documentation pages for these operations describe them
//! (`../shared/seeds/`), once with every optional or conditional field present and once without.

use crate::support;

use futures_util::TryStreamExt;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use support::{date, seen};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoom_chat::v2;
use zoom_chat::v2::models::{
    GetChatMessagesReportsResponse, GetImChatMessagesResponse, GetImChatSessionsResponse, IncludeField,
};

/// Decodes `body` as `T` and writes it back: the same JSON value, nothing lost or added.
fn round_trip<T: DeserializeOwned + Serialize>(body: &Value) -> T {
    let value: T = serde_json::from_value(body.clone()).unwrap_or_else(|e| panic!("{e}: {body}"));
    let written = serde_json::to_value(&value).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&written, body);
    value
}

async fn serve(route: &str, body: &Value) -> MockServer {
    let server = MockServer::start().await;
    let response = ResponseTemplate::new(200).set_body_json(body);
    Mock::given(method("GET")).and(path(route)).respond_with(response).expect(1).mount(&server).await;
    server
}

/// A report message with every field the docs page lists (docs page 001 and the docs table 000).
fn full_message(id: &str, reply_timestamp: Value) -> Value {
    json!({
        "id": id,
        "message": "user has sent you a file",
        "sender": "user@example.com",
        "sender_member_id": "m1",
        "sender_display_name": "User",
        "receiver": "other@example.com",
        "date_time": "2019-09-17T20:25:18Z",
        "timestamp": 1568751918000_i64,
        "reply_main_message_id": "{52400403-DA96-4D7B-9E05-C1C399FF0726}",
        "reply_main_message_timestamp": reply_timestamp,
        "files": [{
            "file_id": "LqfULZp2SIWBGe_GNgrRFw",
            "file_name": "video.mp4",
            "file_size": 3_221_225_472_i64,
            "download_url": "https://example.com/file/download/LqfULZp2SIWBGe_GNgrRFw"
        }],
        "bot_message": {"is_markdown_support": true, "source": "bot", "external_sender_email": "bot@example.com", "content": {"head": {"text": "x"}}}
    })
}

/// Regression (class: presence inferred from examples): the README example failed on the first
/// page (`missing field edited_messages`) against a server that sends only `from`, `to`,
/// `page_size` and `messages`, with messages that are not replies, have no sender, no files.
#[tokio::test]
async fn readme_example_reads_a_report_with_only_the_promised_fields() {
    let body = json!({
        "from": "2019-09-01", "to": "2019-09-30", "page_size": 300,
        "messages": [{"id": "1", "message": "hi"}, {"message": "no id, sender or date"}]
    });
    let server = serve("/report/chat/sessions/abc", &body).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("t");
    let (from, to) = (date(2019, 9, 1), date(2019, 9, 30));
    let mut messages = std::pin::pin!(client.get_chat_messages_reports("abc", from, to).page_size(300).items());
    let mut lines = Vec::new();
    while let Some(message) = messages.try_next().await.unwrap_or_else(|e| panic!("{e}")) {
        let sender = message.sender.as_deref().unwrap_or("unknown sender");
        lines.push(format!("{sender}: {}", message.message.unwrap_or_default()));
    }
    assert_eq!(lines, ["unknown sender: hi", "unknown sender: no id, sender or date"]);
}

/// Docs page 001: the report with every optional and conditional field present, then with none.
#[test]
fn chat_report_decodes_with_all_fields_and_with_none() {
    let full = json!({
        "from": "2019-09-01", "to": "2019-09-30", "page_size": 30, "next_page_token": "t1",
        "messages": [full_message("a", json!(1568751917976_i64)), full_message("b", json!("1568751917976"))],
        "edited_messages": [full_message("c", json!(1568751917976_i64))],
        "deleted_messages": [full_message("d", json!(1568751917976_i64))]
    });
    let report: GetChatMessagesReportsResponse = round_trip(&full);
    let messages = report.messages.unwrap_or_default();
    let files = messages[0].files.clone().unwrap_or_default();
    assert_eq!(files[0].file_size, Some(3_221_225_472));
    assert_eq!(messages[1].reply_main_message_timestamp.map(|t| t.get()), Some(1568751917976));
    assert_eq!(report.from.as_ref().and_then(|d| d.get().copied()), Some(date(2019, 9, 1)));
    assert_eq!(report.deleted_messages.map(|m| m.len()), Some(1));

    let none: GetChatMessagesReportsResponse = round_trip(&json!({}));
    assert_eq!((none.messages, none.next_page_token, none.edited_messages), (None, None, None));
    let bare: GetChatMessagesReportsResponse = round_trip(&json!({"messages": [{}], "page_size": 30}));
    assert_eq!(bare.messages.map(|m| m[0].id.clone()), Some(None));
}

/// Docs page 003 (IM chat messages) and docs page 002 (IM chat sessions), full and empty.
#[test]
fn im_chat_responses_decode_with_all_fields_and_with_none() {
    let messages = json!({
        "from": "2019-08-31", "to": "2019-09-12", "session_id": "s", "next_page_token": "t", "page_size": 30,
        "messages": [
            {"action": "unread", "action_time": "2019-09-17T20:25:17Z", "date_time": "2019-09-17T20:25:17Z", "message": "m", "sender": "a@example.com"},
            {"message": "a message without action or sender"}
        ]
    });
    round_trip::<GetImChatMessagesResponse>(&messages);
    round_trip::<GetImChatMessagesResponse>(&json!({}));
    let sessions = json!({
        "from": "2019-08-31", "to": "2019-09-12", "page_size": 30, "next_page_token": "",
        "sessions": [
            {"session_id": "dkhfgjd", "type": "Group", "name": "API overview meeting", "last_message_sent_time": "2016-12-16T05:04:08.470Z"},
            {"session_id": "x"}
        ]
    });
    round_trip::<GetImChatSessionsResponse>(&sessions);
    round_trip::<GetImChatSessionsResponse>(&json!({"sessions": []}));
}

/// Regression (class: formats known only by example): a date-time the server writes in another
/// form made the whole response undecodable; it is kept as sent and parses where it can.
#[test]
fn dates_known_only_by_example_keep_values_that_do_not_parse() {
    let body = json!({
        "from": "2019-09-01T00:00:00Z", "to": "2019-09-30",
        "messages": [
            {"date_time": "2019-09-17 20:25:17"},
            {"date_time": "2019-09-17T22:25:17.123+02:00"}
        ]
    });
    let report: GetChatMessagesReportsResponse = round_trip(&body);
    let from = report.from.unwrap_or_else(|| panic!("from"));
    assert_eq!((from.get(), from.as_str()), (None, "2019-09-01T00:00:00Z"));
    let messages = report.messages.unwrap_or_default();
    let odd = messages[0].date_time.clone().unwrap_or_else(|| panic!("date_time"));
    assert_eq!((odd.get(), odd.to_string().as_str()), (None, "2019-09-17 20:25:17"));
    let offset = messages[1].date_time.clone().unwrap_or_else(|| panic!("date_time"));
    let parsed = offset.get().map(|t| (t.to_rfc3339(), t.to_utc().to_rfc3339()));
    let (local, utc) = parsed.unwrap_or_else(|| panic!("{offset} does not parse"));
    assert_eq!((local.as_str(), utc.as_str()), ("2019-09-17T22:25:17.123+02:00", "2019-09-17T20:25:17.123+00:00"));
}

/// The manifest makes `include_fields` a list of the documented values, sent comma-joined.
#[tokio::test]
async fn include_fields_is_sent_as_one_comma_separated_value() {
    let server = serve("/report/chat/sessions/abc", &json!({"messages": []})).await;
    let client = v2::Client::new().with_base_url(server.uri()).with_bearer_token("t");
    client
        .get_chat_messages_reports("abc", date(2019, 9, 1), date(2019, 9, 30))
        .include_fields(vec![IncludeField::EditedMessages, IncludeField::DeletedMessages])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let queries: Vec<String> = seen(&server).await.into_iter().filter_map(|r| r.query).collect();
    assert_eq!(queries.len(), 1);
    let query = queries[0].replace("%2C", ",");
    assert!(query.ends_with("&include_fields=edited_messages,deleted_messages"), "{query}");
}

/// Regression (class: `null` where every example had a value): the field read `null` as absent and
/// writing the response back dropped it; it still reads as absent, and the `null` is kept among the
/// extra properties, so the round trip loses nothing.
#[test]
fn a_null_where_the_examples_show_a_value_reads_as_absent_and_is_written_back() {
    let body = json!({"next_page_token": null, "page_size": 30, "messages": [{"id": "m", "sender": null}]});
    let report: GetChatMessagesReportsResponse = round_trip(&body);
    assert_eq!(report.next_page_token, None);
    assert_eq!(report.additional_properties.get("next_page_token"), Some(&Value::Null));
    let messages = report.messages.unwrap_or_default();
    assert_eq!((messages[0].id.as_deref(), messages[0].sender.as_deref()), (Some("m"), None));
    // Absent stays absent.
    let report: GetChatMessagesReportsResponse = round_trip(&json!({"page_size": 30}));
    assert!(report.additional_properties.is_empty());
    // Decode errors name the public type.
    let error = serde_json::from_value::<GetChatMessagesReportsResponse>(Value::Null).err().map(|e| e.to_string());
    assert_eq!(error.as_deref(), Some("invalid type: null, expected struct GetChatMessagesReportsResponse"));
}

/// Regression (class: a value of another shape than the examples showed): one field the examples
/// always showed as text, a number or a list, sent as something else, made the whole page
/// undecodable. Such a value now reads as absent and is kept among the extra properties under the
/// field's name, so the round trip loses nothing; the other fields read as usual.
#[test]
fn a_value_of_another_shape_than_the_examples_reads_as_absent_and_is_written_back() {
    let body = json!({
        "page_size": "thirty",
        "next_page_token": ["a", "b"],
        "messages": [{"id": "m", "sender": {"email": "user@example.com"}, "files": "none", "message": "hi"}]
    });
    let report: GetChatMessagesReportsResponse = round_trip(&body);
    assert_eq!((report.page_size, report.next_page_token.as_deref()), (None, None));
    assert_eq!(report.additional_properties.get("page_size"), Some(&json!("thirty")));
    assert_eq!(report.additional_properties.get("next_page_token"), Some(&json!(["a", "b"])));
    let messages = report.messages.unwrap_or_default();
    assert_eq!((messages[0].id.as_deref(), messages[0].message.as_deref()), (Some("m"), Some("hi")));
    assert_eq!((messages[0].sender.as_deref(), messages[0].files.as_ref()), (None, None));
    assert_eq!(messages[0].additional_properties.get("sender"), Some(&json!({"email": "user@example.com"})));
    assert_eq!(messages[0].additional_properties.get("files"), Some(&json!("none")));
    // A list with an item of another shape is kept whole, as sent.
    let messages = json!([{"id": "m", "files": "none"}, 5, {"id": "n", "bot_message": "text"}]);
    let report: GetChatMessagesReportsResponse = round_trip(&json!({"messages": messages.clone()}));
    assert_eq!((report.messages, report.additional_properties.get("messages")), (None, Some(&messages)));
    let report: GetChatMessagesReportsResponse = round_trip(&json!({"messages": [{"id": "m", "bot_message": 7}]}));
    let message = &report.messages.unwrap_or_default()[0];
    assert_eq!(
        (message.bot_message.as_ref(), message.additional_properties.get("bot_message")),
        (None, Some(&json!(7)))
    );
    // A root that is not an object at all is still an error that names the type.
    let error = serde_json::from_value::<GetChatMessagesReportsResponse>(json!([1])).err().map(|e| e.to_string());
    assert_eq!(error.as_deref(), Some("invalid type: sequence, expected struct GetChatMessagesReportsResponse"));
}

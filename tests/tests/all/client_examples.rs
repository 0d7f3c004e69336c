//! Every example body in both bundled specs decodes into its generated type and re-serialises to
//! the same JSON: nothing is lost. Placeholders (`"<dateTime>"`, `"integer"`) are first made
//! concrete; date-times are compared as instants (`.000Z` and `Z` are the same time).

use crate::support;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use zoom_chat::{v1, v2};

/// Decodes `example` as `T`, writes it back, and compares.
fn round_trip<T: DeserializeOwned + Serialize>(example: &Value) {
    let typed: T = serde_json::from_value(example.clone()).unwrap_or_else(|e| panic!("{e}\n{example:#}"));
    let written = serde_json::to_value(&typed).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(canonical(&written), canonical(example));
}

/// Date-times as UTC instants, everything else as it is.
fn canonical(value: &Value) -> Value {
    match value {
        Value::String(text) => match chrono::DateTime::parse_from_rfc3339(text) {
            Ok(time) => Value::String(time.to_utc().to_rfc3339()),
            Err(_) => value.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(canonical).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), canonical(v))).collect()),
        other => other.clone(),
    }
}

#[test]
fn every_example_of_both_specs_round_trips() {
    let mut checked = 0;
    let mut total = 0;
    for module in ["v1", "v2"] {
        for op in support::api(module).operations {
            for response in &op.responses {
                for example in &response.examples {
                    total += 1;
                    let example = generator::example::instantiate(example);
                    let status = response.status;
                    let check: fn(&Value) = match (module, op.name.as_str()) {
                        ("v1", "chatGet") => round_trip::<v1::models::ChatGetResponse>,
                        ("v1", "chatList") => round_trip::<v1::models::ChatListResponse>,
                        ("v2", "Get chat messages reports") => round_trip::<v2::models::GetChatMessagesReportsResponse>,
                        ("v2", "Get IM chat sessions") => round_trip::<v2::models::GetImChatSessionsResponse>,
                        ("v2", "Get IM chat messages") => round_trip::<v2::models::GetImChatMessagesResponse>,
                        other => panic!("no generated type is mapped for {other:?} {status:?}: add it here"),
                    };
                    check(&example);
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(total, 6, "the bundled specs hold six example bodies");
    assert_eq!(checked, total);
}

#[test]
fn unknown_fields_survive_a_round_trip() {
    let mut example = support::example("v2", "Get IM chat sessions", 200);
    example["brand_new_field"] = serde_json::json!({"nested": [1, 2]});
    example["sessions"][0]["colour"] = serde_json::json!("blue");
    round_trip::<v2::models::GetImChatSessionsResponse>(&example);
    let typed: v2::models::GetImChatSessionsResponse =
        serde_json::from_value(example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(typed.additional_properties["brand_new_field"]["nested"][1], 2);
    assert_eq!(typed.sessions.unwrap_or_default()[0].additional_properties["colour"], "blue");
}

#[test]
fn a_numeric_string_and_a_number_both_decode_and_keep_their_form() {
    let mut example = support::example("v2", "Get chat messages reports", 200);
    example["messages"][0]["reply_main_message_timestamp"] = serde_json::json!(1568751917976_i64);
    example["messages"][1]["reply_main_message_timestamp"] = serde_json::json!("1568751917977");
    let typed: v2::models::GetChatMessagesReportsResponse =
        serde_json::from_value(example.clone()).unwrap_or_else(|e| panic!("{e}"));
    let timestamps: Vec<Option<i64>> =
        typed.messages.unwrap_or_default().iter().map(|m| m.reply_main_message_timestamp.map(|t| t.get())).collect();
    assert_eq!(timestamps, [Some(1568751917976), Some(1568751917977)]);
    round_trip::<v2::models::GetChatMessagesReportsResponse>(&example);
    // Text that is no integer is not the field's type: it reads as absent and is kept as sent.
    example["messages"][0]["reply_main_message_timestamp"] = serde_json::json!("soon");
    round_trip::<v2::models::GetChatMessagesReportsResponse>(&example);
    let typed: v2::models::GetChatMessagesReportsResponse =
        serde_json::from_value(example).unwrap_or_else(|e| panic!("{e}"));
    let first = &typed.messages.unwrap_or_default()[0];
    assert!(first.reply_main_message_timestamp.is_none());
    assert_eq!(first.additional_properties.get("reply_main_message_timestamp"), Some(&serde_json::json!("soon")));
}

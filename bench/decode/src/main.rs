//! `bench-decode COLLECTION MESSAGES SAMPLES`: times decoding one page of the chat messages report with the
//! generated `zoom_chat::v2::models::GetChatMessagesReportsResponse` versus `serde_json::Value`; prints one JSON line.
//!
//! The page is built from the Postman collection's own example: the first 200 response of "Get chat messages
//! reports". Its top-level type placeholders (`"string [date]"`, `"integer"`, …) become values of that type, and its
//! messages are repeated, each with a distinct id, to MESSAGES messages. Every sample decodes the page many times
//! (about 50 ms' worth) with each decoder, the decoders taking turns; SAMPLES samples are taken.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use serde_json::{Value, json};
use zoom_chat::v2::models::GetChatMessagesReportsResponse;

const REQUEST: &str = "Get chat messages reports";
/// Wall time of one sample of one decoder.
const SAMPLE_SECONDS: f64 = 0.05;

fn main() -> ExitCode {
    match run() {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("bench-decode: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<Value, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [collection, messages, samples] = args.as_slice() else {
        return Err("usage: bench-decode COLLECTION MESSAGES SAMPLES".into());
    };
    let messages: usize = messages.parse().map_err(|_| format!("MESSAGES must be a number, not {messages:?}"))?;
    let samples: usize = samples.parse().map_err(|_| format!("SAMPLES must be a number, not {samples:?}"))?;
    let text = std::fs::read_to_string(collection).map_err(|e| format!("reading {collection}: {e}"))?;
    let collection: Value = serde_json::from_str(&text).map_err(|e| format!("parsing {collection}: {e}"))?;
    let page = build_page(&collection, messages)?;
    let body = serde_json::to_vec(&page).map_err(|e| e.to_string())?;

    // The page must decode, completely, before its decoding is timed.
    let typed: GetChatMessagesReportsResponse =
        serde_json::from_slice(&body).map_err(|e| format!("the generated type rejects the page: {e}"))?;
    let decoded = typed.messages.as_ref().map_or(0, Vec::len);
    if decoded != messages {
        return Err(format!("decoded {decoded} messages, expected {messages}"));
    }

    type Decoder = fn(&[u8]) -> bool;
    let decoders: [(&str, Decoder); 4] = [
        ("typed", |b| serde_json::from_slice::<GetChatMessagesReportsResponse>(b).is_ok()),
        // Always through serde_path_to_error, which names a failing field: what tracking the path costs.
        ("typed_path", |b| {
            let deserializer = &mut serde_json::Deserializer::from_slice(b);
            serde_path_to_error::deserialize::<_, GetChatMessagesReportsResponse>(deserializer).is_ok()
        }),
        // As the generated client decodes a response (`Response::json`), through the crate's `from_json`.
        ("typed_client_path", |b| zoom_chat::from_json::<GetChatMessagesReportsResponse>(b).is_ok()),
        ("value", |b| serde_json::from_slice::<Value>(b).is_ok()),
    ];
    // Warm up, and size a sample from the slowest decoder.
    let mut slowest = 0.0f64;
    for (_, decode) in &decoders {
        let started = Instant::now();
        for _ in 0..20 {
            black_box(decode(black_box(&body)));
        }
        slowest = slowest.max(started.elapsed().as_secs_f64() / 20.0);
    }
    let iterations = ((SAMPLE_SECONDS / slowest) as usize).max(10);
    let mut ns: Vec<Vec<f64>> = vec![Vec::new(); decoders.len()];
    for sample in 0..samples.max(1) {
        for turn in 0..decoders.len() {
            // Rotate the order so that no decoder always runs first (or last) in a sample.
            let index = (turn + sample) % decoders.len();
            let decode = decoders[index].1;
            let started = Instant::now();
            for _ in 0..iterations {
                if !decode(black_box(&body)) {
                    return Err(format!("{} failed to decode the page", decoders[index].0));
                }
            }
            ns[index].push(started.elapsed().as_secs_f64() * 1e9 / iterations as f64);
        }
    }
    let mut result = json!({
        "bytes": body.len(),
        "messages": messages,
        "samples": samples.max(1),
        "iterations_per_sample": iterations,
    });
    for ((name, _), mut times) in decoders.iter().zip(ns) {
        times.sort_by(f64::total_cmp);
        result[*name] = json!({ "min_ns": times[0], "median_ns": times[times.len() / 2] });
    }
    Ok(result)
}

/// The example page with `messages` distinct messages.
fn build_page(collection: &Value, messages: usize) -> Result<Value, String> {
    let request = find_request(collection, REQUEST).ok_or_else(|| format!("no request named {REQUEST:?}"))?;
    let body = request["response"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["code"] == 200)
        .find_map(|r| serde_json::from_str::<Value>(r["body"].as_str()?).ok().filter(|b| b["messages"].is_array()))
        .ok_or_else(|| format!("{REQUEST:?} has no 200 example with messages"))?;
    let mut page = body.clone();
    let object = page.as_object_mut().ok_or("the example is not an object")?;
    for value in object.values_mut() {
        if let Some(placeholder) = value.as_str() {
            *value = match placeholder {
                "string [date]" => json!("2019-09-01"),
                "integer" => json!(messages),
                "string" => json!("IOHSvKQXcNOCjEnG9FQsbh8HBS8A8q1d82"),
                _ => continue,
            };
        }
    }
    let examples = body["messages"].as_array().filter(|m| !m.is_empty()).ok_or("the example has no messages")?;
    let repeated: Vec<Value> = (0..messages)
        .map(|i| {
            let mut message = examples[i % examples.len()].clone();
            message["id"] = json!(format!("{i:08x}-{}", message["id"].as_str().unwrap_or("message")));
            message
        })
        .collect();
    page["messages"] = Value::Array(repeated);
    Ok(page)
}

/// The first request item named `name`, anywhere in the collection's folders.
fn find_request<'a>(node: &'a Value, name: &str) -> Option<&'a Value> {
    let items = node["item"].as_array()?;
    items.iter().find_map(|item| {
        if item["name"] == name && item["request"].is_object() { Some(item) } else { find_request(item, name) }
    })
}

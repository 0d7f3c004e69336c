//! Postman request URLs: a raw string, or an object with host, path, query and variables.

use serde_json::Value;

/// A URL broken into the parts the reader needs.
#[derive(Debug, Default, PartialEq)]
pub struct Url {
    /// Protocol without `://`, if given.
    pub protocol: Option<String>,
    /// Host, possibly a `{{variable}}` that holds a whole base URL.
    pub host: String,
    /// Path segments.
    pub path: Vec<String>,
    /// Query entries: key, value, description, disabled.
    pub query: Vec<QueryEntry>,
    /// Path variable declarations (`:name` segments): key, value, description.
    pub variables: Vec<(String, String, Option<String>)>,
}

/// One query parameter entry.
#[derive(Debug, Default, PartialEq)]
pub struct QueryEntry {
    /// Parameter name.
    pub key: String,
    /// Example value.
    pub value: String,
    /// Description text.
    pub description: Option<String>,
    /// Whether Postman sends it by default.
    pub disabled: bool,
}

/// Reads a `url` field: a string (format v2.0 and shorthand) or an object (v2.1).
pub fn parse(value: &Value) -> Option<Url> {
    match value {
        Value::String(raw) => Some(parse_raw(raw)),
        Value::Object(object) => {
            let raw = object.get("raw").and_then(Value::as_str).map(parse_raw).unwrap_or_default();
            let host = match object.get("host") {
                Some(Value::Array(parts)) => parts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("."),
                Some(Value::String(host)) => host.clone(),
                _ => raw.host.clone(),
            };
            let path = match object.get("path") {
                Some(Value::Array(segments)) => segments.iter().filter_map(segment_text).collect(),
                Some(Value::String(path)) => split_path(path),
                _ => raw.path.clone(),
            };
            let query = match object.get("query").and_then(Value::as_array) {
                Some(entries) => entries.iter().filter_map(query_entry).collect(),
                None => raw.query,
            };
            let variables = object
                .get("variable")
                .and_then(Value::as_array)
                .map(|vars| {
                    vars.iter()
                        .filter_map(|v| {
                            let key = v.get("key").or_else(|| v.get("id")).and_then(Value::as_str)?;
                            Some((key.to_owned(), text_of(v.get("value")), super::description(v.get("description"))))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let protocol = object.get("protocol").and_then(Value::as_str).map(str::to_owned).or(raw.protocol);
            Some(Url { protocol, host, path, query, variables })
        }
        _ => None,
    }
}

fn segment_text(segment: &Value) -> Option<String> {
    match segment {
        Value::String(text) => Some(text.clone()),
        Value::Object(object) => object.get("value").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

fn query_entry(entry: &Value) -> Option<QueryEntry> {
    let key = entry.get("key").and_then(Value::as_str)?;
    Some(QueryEntry {
        key: key.to_owned(),
        value: text_of(entry.get("value")),
        description: super::description(entry.get("description")),
        disabled: entry.get("disabled").and_then(Value::as_bool).unwrap_or(false),
    })
}

/// A scalar JSON value as text (Postman stores values as strings, but not always).
pub fn text_of(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// Splits a raw URL such as `{{baseUrl}}/a/:id?x=1#frag` or `https://h.com/a`.
fn parse_raw(raw: &str) -> Url {
    let raw = raw.split('#').next().unwrap_or(raw).trim();
    let (protocol, rest) = match raw.split_once("://") {
        Some((protocol, rest)) if !protocol.contains(['/', '{']) => (Some(protocol.to_owned()), rest),
        _ => (None, raw),
    };
    let (location, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = location.split_once('/').unwrap_or((location, ""));
    let query = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            QueryEntry { key: key.to_owned(), value: value.to_owned(), description: None, disabled: false }
        })
        .collect();
    Url { protocol, host: host.to_owned(), path: split_path(path), query, variables: Vec::new() }
}

fn split_path(path: &str) -> Vec<String> {
    path.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn raw_string_urls() {
        let url = parse(&json!("{{baseUrl}}/report/chat/sessions/:sessionId?from=1989-05-07&page_size=30"))
            .unwrap_or_default();
        assert_eq!(url.host, "{{baseUrl}}");
        assert_eq!(url.path, ["report", "chat", "sessions", ":sessionId"]);
        assert_eq!(url.query.len(), 2);
        assert_eq!((url.query[1].key.as_str(), url.query[1].value.as_str()), ("page_size", "30"));
        let url = parse(&json!("https://api.example.com/v1/things#top")).unwrap_or_default();
        assert_eq!(url.protocol.as_deref(), Some("https"));
        assert_eq!(url.host, "api.example.com");
        assert_eq!(url.path, ["v1", "things"]);
    }

    #[test]
    fn object_urls_without_raw() {
        let url = parse(&json!({
            "host": ["api", "example", "com"],
            "path": ["v1", {"type": "string", "value": "things"}],
            "query": [{"key": "q", "value": "x", "disabled": true, "description": {"content": "Search", "type": "text/plain"}}],
            "variable": [{"key": "id", "value": "7", "description": "(Required) Id"}]
        }))
        .unwrap_or_default();
        assert_eq!(url.host, "api.example.com");
        assert_eq!(url.path, ["v1", "things"]);
        assert!(url.query[0].disabled);
        assert_eq!(url.query[0].description.as_deref(), Some("Search"));
        assert_eq!(url.variables, [("id".to_owned(), "7".to_owned(), Some("(Required) Id".to_owned()))]);
    }
}

//! JSON documents written as text (a saved Postman body, an OpenAPI example serialised twice into a
//! string) that do not parse. Hand-written examples often hold a raw line break or tab inside a
//! string, which can be escaped; anything else is kept out of type inference.

use serde_json::Value;

/// Reads a text that starts like a JSON document: as it is, else with the raw control characters
/// inside its strings escaped. The parser's complaint about the text as written when neither
/// parses. Linear in the text.
pub fn read_json_document(text: &str) -> Result<Value, String> {
    let error = match serde_json::from_str::<Value>(text) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    match escape_controls_in_strings(text).map(|fixed| serde_json::from_str::<Value>(&fixed)) {
        Some(Ok(value)) => Ok(value),
        _ => Err(error.to_string()),
    }
}

/// Whether the text starts like a JSON object or array.
pub fn looks_like_document(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

/// The text with every control character inside a JSON string escaped; `None` when there is none.
fn escape_controls_in_strings(text: &str) -> Option<String> {
    let mut fixed = String::with_capacity(text.len() + 16);
    let (mut in_string, mut escaped, mut changed) = (false, false, false);
    for c in text.chars() {
        if in_string && !escaped && c.is_ascii_control() && c != '\u{7f}' {
            changed = true;
            match c {
                '\n' => fixed.push_str("\\n"),
                '\r' => fixed.push_str("\\r"),
                '\t' => fixed.push_str("\\t"),
                other => fixed.push_str(&format!("\\u{:04x}", u32::from(other))),
            }
            continue;
        }
        if escaped {
            escaped = false;
        } else if in_string {
            escaped = c == '\\';
            in_string = c != '"';
        } else {
            in_string = c == '"';
        }
        fixed.push(c);
    }
    changed.then_some(fixed)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn raw_control_characters_inside_strings_are_escaped() {
        let text = "{\"note\": \"two\nlines\tand a \\\"quote\\\"\",\n \"n\": 1}";
        assert_eq!(read_json_document(text), Ok(json!({"note": "two\nlines\tand a \"quote\"", "n": 1})));
        assert_eq!(read_json_document("[1, 2]"), Ok(json!([1, 2])));
    }

    #[test]
    fn other_damage_is_reported() {
        let complaint = read_json_document("{\"a\": [1, 2}").unwrap_err();
        assert!(complaint.contains("line 1"), "{complaint}");
        assert!(read_json_document("{\"a\": \"x\ny\"").is_err());
        assert!(looks_like_document("  [") && !looks_like_document("Not found"));
    }
}

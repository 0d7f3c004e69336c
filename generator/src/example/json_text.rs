//! JSON documents written as text (a saved Postman body, an OpenAPI example serialised twice into a
//! string) that do not parse. Hand-written examples often hold a raw line break or tab inside a
//! string, which can be escaped, or a comma before a closing bracket, which can be dropped;
//! anything else is kept out of type inference.

use serde_json::Value;

/// Reads a text that starts like a JSON document: as it is, else repaired (raw control characters
/// inside strings escaped, trailing commas dropped). The parser's complaint about the text as written when neither
/// parses. Linear in the text.
pub fn read_json_document(text: &str) -> Result<Value, String> {
    let error = match serde_json::from_str::<Value>(text) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    match repair(text).map(|fixed| serde_json::from_str::<Value>(&fixed)) {
        Some(Ok(value)) => Ok(value),
        _ => Err(error.to_string()),
    }
}

/// Whether the text starts like a JSON object or array.
pub fn looks_like_document(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

/// The text with the two damages hand-written JSON most often has repaired: every control
/// character inside a string escaped, and every comma before a closing bracket dropped. `None` when
/// there is neither.
fn repair(text: &str) -> Option<String> {
    let mut fixed = String::with_capacity(text.len() + 16);
    let (mut in_string, mut escaped, mut changed) = (false, false, false);
    // A comma outside strings and the whitespace after it, held back until the next character
    // tells whether it closes a bracket.
    let mut held: Option<String> = None;
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
        } else if let Some(comma) = held.as_mut().filter(|_| c.is_whitespace()) {
            comma.push(c);
            continue;
        } else {
            if let Some(comma) = held.take() {
                let closes = matches!(c, '}' | ']');
                changed |= closes;
                fixed.push_str(if closes { comma.trim_start_matches(',') } else { &comma });
            }
            if c == ',' {
                held = Some(",".to_owned());
                continue;
            }
            in_string = c == '"';
        }
        fixed.push(c);
    }
    fixed.extend(held);
    changed.then_some(fixed)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn raw_control_characters_and_trailing_commas_are_repaired() {
        let text = "{\"note\": \"two\nlines\tand a \\\"quote\\\"\",\n \"n\": 1}";
        assert_eq!(read_json_document(text), Ok(json!({"note": "two\nlines\tand a \"quote\"", "n": 1})));
        assert_eq!(read_json_document("[1, 2]"), Ok(json!([1, 2])));
        assert_eq!(read_json_document("{\"a\": [1, 2,\n ],\n \"b\": \"x,]\", }"), Ok(json!({"a": [1, 2], "b": "x,]"})));
    }

    #[test]
    fn other_damage_is_reported() {
        let complaint = read_json_document("{\"a\": [1, 2}").unwrap_err();
        assert!(complaint.contains("line 1"), "{complaint}");
        assert!(read_json_document("{\"a\": \"x\ny\"").is_err());
        assert!(looks_like_document("  [") && !looks_like_document("Not found"));
    }
}

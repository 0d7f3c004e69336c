//! Random JSON instances of a JSON Schema, read straight from a spec's own JSON (OpenAPI 3.0 and
//! 3.1, Swagger 2.0): what a server that honours the schema may send. Required fields are always
//! present and optional ones at random; `nullable` values are sometimes `null`; string enums
//! sometimes carry a value the spec does not list; integers reach their format's extremes;
//! date-times carry offsets and fractions; arrays are sometimes empty; objects that allow it get
//! unknown extra fields; `allOf` is merged, one `oneOf`/`anyOf` alternative is picked.

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Value, json};

/// Beyond this depth optional fields are left out and arrays are as short as allowed.
const SOFT_DEPTH: usize = 5;
/// A schema that still needs values this deep (required recursion) cannot be instantiated.
const MAX_DEPTH: usize = 24;
/// Nested `$ref`s followed for one schema before giving up (a `$ref` cycle).
const MAX_REF_HOPS: usize = 32;
/// JSON nodes one instance may have.
const MAX_NODES: usize = 20_000;
/// The string-enum value a server adds after the spec was written.
pub const UNKNOWN_ENUM_VALUE: &str = "oracle-unknown-value";

/// Draws instances of schemas that live in `doc` (whose `$ref`s resolve against it).
pub struct Drawer<'a> {
    doc: &'a Value,
    rng: ChaCha8Rng,
    nodes: usize,
    /// The date-time texts of the last instance.
    date_times: Vec<String>,
}

impl<'a> Drawer<'a> {
    /// A drawer over `doc`, with its own seeded random sequence.
    pub fn new(doc: &'a Value, rng: ChaCha8Rng) -> Self {
        Drawer { doc, rng, nodes: 0, date_times: Vec::new() }
    }

    /// One instance of `schema`, or why the schema admits none that can be drawn.
    pub fn draw(&mut self, schema: &Value) -> Result<Value, String> {
        self.nodes = 0;
        self.date_times.clear();
        self.value(schema, 0)
    }

    /// The strings of the last instance drawn for `format: date-time` schemas, which a model may
    /// write back as another spelling of the same RFC 3339 value (`Z` as `+00:00`, `.5` as `.500`).
    pub fn date_times(&self) -> &[String] {
        &self.date_times
    }

    fn chance(&mut self, one_in: u32) -> bool {
        self.rng.random_ratio(1, one_in)
    }

    fn value(&mut self, schema: &Value, depth: usize) -> Result<Value, String> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(format!("an instance grows beyond {MAX_NODES} JSON nodes"));
        }
        if depth > MAX_DEPTH {
            return Err(format!("required fields recurse deeper than {MAX_DEPTH} levels"));
        }
        let schema = resolve(self.doc, schema)?;
        let map = match schema {
            Value::Bool(true) => return Ok(self.any()),
            Value::Bool(false) => return Err("schema `false` admits no value".into()),
            Value::Object(map) => map,
            _ => return Err(format!("a schema is neither an object nor a boolean: {schema}")),
        };
        let types = types_of(map);
        let nullable = map.get("nullable") == Some(&Value::Bool(true))
            || map.get("x-nullable") == Some(&Value::Bool(true))
            || types.contains(&"null");
        if nullable && self.chance(5) {
            return Ok(Value::Null);
        }
        if let Some(value) = map.get("const") {
            return Ok(value.clone());
        }
        if let Some(Value::Array(values)) = map.get("enum") {
            return self.enum_value(values);
        }
        if map.get("allOf").is_some_and(Value::is_array) {
            let merged = merge_all_of(self.doc, map, 0)?;
            return self.value(&Value::Object(merged), depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(alternatives)) = map.get(key) {
                if alternatives.is_empty() {
                    return Err(format!("`{key}` has no alternative"));
                }
                let pick = self.rng.random_range(0..alternatives.len());
                let alternative = alternatives.get(pick).unwrap_or(&Value::Null);
                // Sibling keywords (properties beside a `oneOf`) apply to the alternative too.
                let mut siblings = map.clone();
                siblings.remove(key);
                let merged = merge_all_of(self.doc, &all_of(vec![Value::Object(siblings), alternative.clone()]), 0)?;
                return self.value(&Value::Object(merged), depth);
            }
        }
        let non_null: Vec<&str> = types.into_iter().filter(|t| *t != "null").collect();
        let ty = match non_null.len() {
            0 if map.contains_key("properties") || map.contains_key("additionalProperties") => "object",
            0 if map.contains_key("items") => "array",
            0 if nullable && !map.keys().any(|k| k != "nullable" && k != "x-nullable" && k != "type") => "null",
            0 => return Ok(self.any()),
            n => non_null.get(self.rng.random_range(0..n)).copied().unwrap_or("string"),
        };
        match ty {
            "object" => self.object(map, depth),
            "array" => self.array(map, depth),
            "string" => Ok(Value::String(self.string(map))),
            "integer" => Ok(self.integer(map)),
            "number" => Ok(self.number(map)),
            "boolean" => Ok(Value::Bool(self.rng.random())),
            "null" => Ok(Value::Null),
            other => Err(format!("type `{other}` is not a JSON type")),
        }
    }

    /// A listed value, or (for string enums, one time in six) a value the spec does not list.
    fn enum_value(&mut self, values: &[Value]) -> Result<Value, String> {
        let strings = values.iter().any(Value::is_string);
        if strings && self.chance(6) {
            return Ok(Value::String(UNKNOWN_ENUM_VALUE.into()));
        }
        let listed: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
        match listed.len() {
            0 if values.is_empty() => Err("`enum` lists no value".into()),
            0 => Ok(Value::Null),
            n => Ok(listed.get(self.rng.random_range(0..n)).map(|v| (*v).clone()).unwrap_or_default()),
        }
    }

    fn object(&mut self, map: &Map<String, Value>, depth: usize) -> Result<Value, String> {
        let required: Vec<&str> = match map.get("required") {
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let mut object = Map::new();
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (name, schema) in properties {
                let is_required = required.contains(&name.as_str());
                // A write-only property is never part of a response.
                let write_only = resolve(self.doc, schema)?.get("writeOnly") == Some(&Value::Bool(true));
                if is_required || (!write_only && depth < SOFT_DEPTH && self.chance(2)) {
                    object.insert(name.clone(), self.value(schema, depth + 1)?);
                }
            }
        }
        for name in required {
            if !object.contains_key(name) {
                object.insert(name.to_owned(), Value::String("oracle".into()));
            }
        }
        match map.get("additionalProperties") {
            Some(Value::Bool(false)) => {}
            Some(schema @ Value::Object(_)) if !is_empty_schema(schema) => {
                let extra = if depth < SOFT_DEPTH { self.rng.random_range(0..=2) } else { 0 };
                for n in 0..extra {
                    object.insert(format!("oracle_key_{n}"), self.value(schema, depth + 1)?);
                }
            }
            // Absent, `true` or `{}`: anything may come in addition.
            _ => {
                if self.chance(3) {
                    object.insert("oracle_extra_field".into(), json!({"note": "unknown", "n": 7}));
                }
            }
        }
        Ok(Value::Object(object))
    }

    fn array(&mut self, map: &Map<String, Value>, depth: usize) -> Result<Value, String> {
        let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let max = map.get("maxItems").and_then(Value::as_u64).unwrap_or(u64::MAX);
        let count = if depth < SOFT_DEPTH { self.rng.random_range(0..=2).clamp(min, max) } else { min };
        let items = map.get("items").cloned().unwrap_or(Value::Bool(true));
        let mut values = Vec::new();
        for _ in 0..count {
            values.push(self.value(&items, depth + 1)?);
        }
        Ok(Value::Array(values))
    }

    fn string(&mut self, map: &Map<String, Value>) -> String {
        let format = map.get("format").and_then(Value::as_str);
        let text = match format {
            Some("date-time") => self.date_time(),
            Some("date") => self.date(),
            Some("uuid") => format!(
                "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                self.rng.random::<u32>(),
                self.rng.random::<u16>(),
                self.rng.random_range(0..0x1000),
                self.rng.random_range(0..0x1000),
                self.rng.random_range(0..1u64 << 48)
            ),
            Some("email") => format!("user{}@example.com", self.rng.random_range(0..1000)),
            Some("uri" | "url") => format!("https://example.com/oracle/{}", self.rng.random_range(0..1000)),
            Some("byte") => "b3JhY2xl".into(),
            _ => match self.rng.random_range(0..4) {
                0 => String::new(),
                1 => "oracle text with ünïcödé, \"quotes\" and \\ backslash".into(),
                _ => format!("oracle-{}", self.rng.random_range(0..10_000)),
            },
        };
        let min = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = map.get("maxLength").and_then(Value::as_u64).map_or(usize::MAX, |m| m as usize);
        let mut text = text;
        while text.chars().count() < min {
            text.push('x');
        }
        if text.chars().count() > max {
            text = text.chars().take(max).collect();
        }
        if format == Some("date-time") {
            self.date_times.push(text.clone());
        }
        text
    }

    fn date(&mut self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.rng.random_range(1970..2100),
            self.rng.random_range(1..=12),
            self.rng.random_range(1..=28)
        )
    }

    /// An RFC 3339 date-time with a random fraction (none, 1, 3, 6 or 9 digits) and offset.
    fn date_time(&mut self) -> String {
        let date = self.date();
        let (h, m, s) = (self.rng.random_range(0..24), self.rng.random_range(0..60), self.rng.random_range(0..60));
        let fraction = match self.rng.random_range(0..5) {
            0 => String::new(),
            1 => ".5".into(),
            2 => format!(".{:03}", self.rng.random_range(0..1000)),
            3 => format!(".{:06}", self.rng.random_range(0..1_000_000)),
            _ => format!(".{:09}", self.rng.random_range(0..1_000_000_000)),
        };
        let offset = ["Z", "Z", "+00:00", "+02:00", "-07:30", "+05:45"][self.rng.random_range(0..6)];
        format!("{date}T{h:02}:{m:02}:{s:02}{fraction}{offset}")
    }

    /// Zero, a small value, a large one and the format's extremes, kept within the schema's bounds.
    fn integer(&mut self, map: &Map<String, Value>) -> Value {
        let (low, high): (i128, i128) = match map.get("format").and_then(Value::as_str) {
            Some("int32") => (i32::MIN.into(), i32::MAX.into()),
            Some("int64") => (i64::MIN.into(), i64::MAX.into()),
            Some("uint32") => (0, u32::MAX.into()),
            Some("uint64") => (0, u64::MAX.into()),
            Some("uint8") => (0, u8::MAX.into()),
            Some("uint16") => (0, u16::MAX.into()),
            // Unbounded by the spec: realistic values up to 2^53 (a file size, an id).
            _ => (-(1 << 53), 1 << 53),
        };
        let low = low.max(bound(map, "minimum", "exclusiveMinimum", 1).map_or(i128::MIN, |b| b.ceil() as i128));
        let high = high.min(bound(map, "maximum", "exclusiveMaximum", -1).map_or(i128::MAX, |b| b.floor() as i128));
        if low > high {
            return Value::from(low as i64);
        }
        let candidate: i128 = match self.rng.random_range(0..6) {
            0 => low,
            1 => high,
            2 => 0,
            3 => 3_000_000_000,
            _ => self.rng.random_range(-1000..1000),
        };
        let value = candidate.clamp(low, high);
        match u64::try_from(value) {
            Ok(unsigned) => Value::from(unsigned),
            Err(_) => Value::from(value as i64),
        }
    }

    fn number(&mut self, map: &Map<String, Value>) -> Value {
        let low = bound(map, "minimum", "exclusiveMinimum", 1).unwrap_or(f64::MIN);
        let high = bound(map, "maximum", "exclusiveMaximum", -1).unwrap_or(f64::MAX);
        let candidate = match self.rng.random_range(0..5) {
            0 => 0.5,
            1 => -12.25,
            2 => 1.5e10,
            // A whole number, as servers often send for `number`.
            3 => 3.0,
            _ => f64::from(self.rng.random_range(0..8000)) / 8.0,
        };
        let value = if low <= high { candidate.clamp(low, high) } else { low };
        if value.fract() == 0.0 && value.abs() < 1e15 {
            Value::from(value as i64)
        } else {
            serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number)
        }
    }

    /// Any JSON value, for a schema that says nothing.
    fn any(&mut self) -> Value {
        match self.rng.random_range(0..4) {
            0 => Value::String("oracle".into()),
            1 => Value::from(42),
            2 => json!({"any": [1, "two", null]}),
            _ => Value::Bool(true),
        }
    }
}

/// The schema a `$ref` (or a chain of them) points to inside `doc`.
pub fn resolve<'x>(doc: &'x Value, schema: &'x Value) -> Result<&'x Value, String> {
    let mut current = schema;
    for _ in 0..MAX_REF_HOPS {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else { return Ok(current) };
        let Some(pointer) = reference.strip_prefix('#') else {
            return Err(format!("external `$ref: {reference}`"));
        };
        let pointer = percent_decode(pointer);
        current = doc.pointer(&pointer).ok_or_else(|| format!("`$ref: {reference}` points nowhere"))?;
    }
    Err(format!("more than {MAX_REF_HOPS} `$ref`s in a row"))
}

/// `%xx` escapes in a `$ref` fragment (JSON pointers in URIs may use them).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(decoded) if byte == b'%' => {
                out.push(decoded);
                i += 3;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The JSON types a schema names: `type: x` or (3.1) `type: [x, "null"]`.
fn types_of(map: &Map<String, Value>) -> Vec<&str> {
    match map.get("type") {
        Some(Value::String(ty)) => vec![ty.as_str()],
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// A schema with nothing in it (`{}`), which admits anything.
fn is_empty_schema(schema: &Value) -> bool {
    schema.as_object().is_some_and(Map::is_empty)
}

/// An inclusive lower (`step` 1) or upper (`step` -1) bound: OpenAPI 3.0's boolean `exclusive*` or 3.1's numeric one.
fn bound(map: &Map<String, Value>, inclusive: &str, exclusive: &str, step: i8) -> Option<f64> {
    let shift = |value: f64| value + f64::from(step);
    match (map.get(inclusive).and_then(Value::as_f64), map.get(exclusive)) {
        (Some(value), Some(Value::Bool(true))) => Some(shift(value)),
        (_, Some(Value::Number(value))) => value.as_f64().map(shift),
        (value, _) => value,
    }
}

fn all_of(parts: Vec<Value>) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("allOf".into(), Value::Array(parts));
    map
}

/// One schema with the properties and `required` names of every `allOf` part (nested ones too);
/// other keywords come from the first part that has them.
fn merge_all_of(doc: &Value, map: &Map<String, Value>, hops: usize) -> Result<Map<String, Value>, String> {
    if hops > MAX_REF_HOPS {
        return Err(format!("`allOf` nests deeper than {MAX_REF_HOPS} levels"));
    }
    let mut merged = Map::new();
    let mut own = map.clone();
    let parts = match own.remove("allOf") {
        Some(Value::Array(parts)) => parts,
        _ => Vec::new(),
    };
    let mut sources = vec![own];
    for part in &parts {
        match resolve(doc, part)? {
            Value::Object(part) if part.contains_key("allOf") => sources.push(merge_all_of(doc, part, hops + 1)?),
            Value::Object(part) => sources.push(part.clone()),
            Value::Bool(true) => {}
            other => return Err(format!("an `allOf` part is not a schema object: {other}")),
        }
    }
    for source in sources {
        for (key, value) in source {
            match (key.as_str(), merged.get_mut(&key), value) {
                ("properties", Some(Value::Object(into)), Value::Object(from)) => into.extend(from),
                ("required", Some(Value::Array(into)), Value::Array(from)) => into.extend(from),
                // Any other keyword: the first part that has it wins.
                (_, Some(_), _) => {}
                (_, None, value) => {
                    merged.insert(key, value);
                }
            }
        }
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use serde_json::json;

    use super::*;

    fn draws(doc: &Value, schema: &Value, count: u64) -> Vec<Value> {
        (0..count).map(|seed| Drawer::new(doc, ChaCha8Rng::seed_from_u64(seed)).draw(schema).unwrap()).collect()
    }

    #[test]
    fn required_fields_are_always_present_and_optional_ones_vary() {
        let schema = json!({"type": "object", "required": ["id"], "additionalProperties": false,
            "properties": {"id": {"type": "integer"}, "note": {"type": "string"}}});
        let instances = draws(&json!({}), &schema, 50);
        assert!(instances.iter().all(|i| i.get("id").is_some_and(Value::is_number)));
        let with_note = instances.iter().filter(|i| i.get("note").is_some()).count();
        assert!((5..45).contains(&with_note), "note present in {with_note} of 50");
    }

    #[test]
    fn refs_resolve_against_the_document_and_cycles_end() {
        let doc = json!({"components": {"schemas": {"Node": {"type": "object",
            "properties": {"next": {"$ref": "#/components/schemas/Node"}}}}}});
        let schema = json!({"$ref": "#/components/schemas/Node"});
        assert!(draws(&doc, &schema, 20).iter().all(Value::is_object));
        let looping = json!({"a": {"$ref": "#/a"}});
        let error = Drawer::new(&looping, ChaCha8Rng::seed_from_u64(1)).draw(&json!({"$ref": "#/a"})).unwrap_err();
        assert!(error.contains("`$ref`s in a row"), "{error}");
    }

    #[test]
    fn required_recursion_is_refused_not_followed_forever() {
        let doc = json!({"Node": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/Node"}}}});
        let error = Drawer::new(&doc, ChaCha8Rng::seed_from_u64(1)).draw(&json!({"$ref": "#/Node"})).unwrap_err();
        assert!(error.contains("recurse deeper"), "{error}");
    }

    #[test]
    fn nullable_values_are_sometimes_null_in_both_spellings() {
        for schema in [json!({"type": "string", "nullable": true}), json!({"type": ["string", "null"]})] {
            let instances = draws(&json!({}), &schema, 60);
            assert!(instances.iter().any(Value::is_null), "{schema}");
            assert!(instances.iter().any(Value::is_string), "{schema}");
        }
    }

    #[test]
    fn string_enums_include_unknown_values_and_integer_enums_do_not() {
        let strings = draws(&json!({}), &json!({"type": "string", "enum": ["a", "b"]}), 60);
        assert!(strings.contains(&json!(UNKNOWN_ENUM_VALUE)));
        assert!(strings.contains(&json!("a")) && strings.contains(&json!("b")));
        let numbers = draws(&json!({}), &json!({"type": "integer", "enum": [1, 2]}), 30);
        assert!(numbers.iter().all(|n| n == &json!(1) || n == &json!(2)));
    }

    #[test]
    fn integers_reach_their_format_extremes_within_bounds() {
        let int64 = draws(&json!({}), &json!({"type": "integer", "format": "int64"}), 60);
        assert!(int64.contains(&json!(i64::MAX)) && int64.contains(&json!(i64::MIN)));
        let bounded = draws(&json!({}), &json!({"type": "integer", "format": "int32", "minimum": 1, "maximum": 9}), 60);
        assert!(bounded.iter().all(|n| (1..=9).contains(&n.as_i64().unwrap())));
        let unsigned = draws(&json!({}), &json!({"type": "integer", "format": "uint64"}), 60);
        assert!(unsigned.contains(&json!(u64::MAX)));
    }

    #[test]
    fn date_times_carry_offsets_and_fractions() {
        let instances = draws(&json!({}), &json!({"type": "string", "format": "date-time"}), 60);
        let texts: Vec<&str> = instances.iter().filter_map(Value::as_str).collect();
        assert!(texts.iter().all(|t| chrono_like(t)), "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("-07:30")));
        assert!(texts.iter().any(|t| t.contains('.')));
    }

    #[test]
    fn date_time_texts_of_an_instance_are_listed() {
        let schema = json!({"type": "object", "required": ["at", "name"],
            "properties": {"at": {"type": "string", "format": "date-time"}, "name": {"type": "string"}}});
        let doc = json!({});
        let mut drawer = Drawer::new(&doc, ChaCha8Rng::seed_from_u64(3));
        let instance = drawer.draw(&schema).unwrap();
        assert_eq!(drawer.date_times(), [instance["at"].as_str().unwrap().to_owned()]);
        drawer.draw(&json!({"type": "string"})).unwrap();
        assert!(drawer.date_times().is_empty());
    }

    fn chrono_like(text: &str) -> bool {
        text.len() >= 20 && text.as_bytes().get(10) == Some(&b'T')
    }

    #[test]
    fn all_of_parts_merge_their_properties_and_required_names() {
        let doc = json!({"Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}});
        let schema = json!({"allOf": [{"$ref": "#/Base"},
            {"type": "object", "required": ["size"], "properties": {"size": {"type": "integer"}}}]});
        for instance in draws(&doc, &schema, 20) {
            assert!(instance["id"].is_string() && instance["size"].is_number(), "{instance}");
        }
    }

    #[test]
    fn one_of_picks_every_alternative_over_enough_draws() {
        let schema = json!({"oneOf": [{"type": "string"}, {"type": "boolean"}]});
        let instances = draws(&json!({}), &schema, 40);
        assert!(instances.iter().any(Value::is_string) && instances.iter().any(Value::is_boolean));
    }

    #[test]
    fn arrays_are_sometimes_empty_and_open_objects_get_unknown_fields() {
        let arrays = draws(&json!({}), &json!({"type": "array", "items": {"type": "string"}}), 40);
        assert!(arrays.iter().any(|a| a.as_array().unwrap().is_empty()));
        assert!(arrays.iter().any(|a| !a.as_array().unwrap().is_empty()));
        let objects = draws(&json!({}), &json!({"type": "object", "properties": {}}), 40);
        assert!(objects.iter().any(|o| o.get("oracle_extra_field").is_some()));
        let maps = draws(&json!({}), &json!({"type": "object", "additionalProperties": {"type": "integer"}}), 40);
        assert!(maps.iter().any(|m| m.get("oracle_key_0").is_some_and(Value::is_number)));
    }

    #[test]
    fn the_same_seed_draws_the_same_instance() {
        let schema = json!({"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "number"}}});
        assert_eq!(draws(&json!({}), &schema, 10), draws(&json!({}), &schema, 10));
    }
}

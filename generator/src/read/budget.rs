//! Limits checked on a spec's text before any document is built from it, so that hostile input
//! costs time and memory in proportion to its size: nesting depth, YAML alias expansion, and
//! duplicate keys in JSON (which a JSON value would silently collapse).
//!
//! Each check streams the text once: JSON through `serde_json` without building values, YAML
//! through `saphyr-parser`'s event stream.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;

use saphyr_parser::{Event, Marker, Parser};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::locate;
use crate::diagnostic::{Code, Diagnostic};
use crate::error::Result;

/// Deepest nesting of mappings and sequences accepted (serde_json's own limit is 128 as well).
pub const MAX_DEPTH: usize = 128;

/// The fewest nodes a YAML document may expand to through its aliases, whatever its size.
pub const MIN_EXPANDED_SIZE: usize = 250_000;

/// Expanded size a YAML document may have per byte of its text, above [`MIN_EXPANDED_SIZE`].
/// A document without aliases stays under it: its nodes plus its scalars' bytes are at most
/// about one and a half times its text.
pub const EXPANDED_SIZE_PER_BYTE: usize = 2;

/// The largest size `text` may expand to once every alias is replaced by what it names,
/// counting each node as 1 plus the bytes of its scalar (so that an alias of one long string
/// repeated many times counts its bytes too).
pub fn expanded_size_budget(text: &str) -> usize {
    MIN_EXPANDED_SIZE.max(text.len().saturating_mul(EXPANDED_SIZE_PER_BYTE))
}

/// Refuses text that is nested too deeply, whose YAML aliases expand beyond
/// [`expanded_size_budget`], or (JSON) that repeats a key in an object.
pub fn check(file: &str, text: &str) -> Result<()> {
    check_shared(file, text, &mut Shared::default())
}

/// What the files of one spec (the spec and the files its `$ref`s read) have used of one budget for
/// alias expansion, which grows with the bytes of all of them: many small files cannot each expand
/// to [`MIN_EXPANDED_SIZE`].
#[derive(Debug, Default, Clone)]
pub(crate) struct Shared {
    /// Bytes of the files checked so far.
    bytes: usize,
    /// Their size once their YAML aliases are expanded, as counted by [`check`].
    expanded: usize,
}

impl Shared {
    /// The budget left to the files a spec reads once the spec `text` itself was checked (against a
    /// budget of its own): theirs grows with its bytes too.
    pub(crate) fn after(text: &str) -> Shared {
        Shared { bytes: text.len(), expanded: 0 }
    }

    /// Bytes of the files checked so far.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }
}

/// [`check`] for one more file of a spec whose other files used `shared`.
pub(crate) fn check_shared(file: &str, text: &str, shared: &mut Shared) -> Result<()> {
    shared.bytes = shared.bytes.saturating_add(text.len());
    if super::is_json(text) { check_json(file, text) } else { check_yaml(file, text, shared) }
}

fn check_json(file: &str, text: &str) -> Result<()> {
    if let Some(offset) = json_too_deep(text) {
        return Err(Diagnostic::error(Code::InputOverBudget, file, "", too_deep())
            .at(locate::location_of_offset(text, offset))
            .into());
    }
    let walk = Walk::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // The depth is checked above; serde_json's own limit would refuse 128 levels, one too few.
    deserializer.disable_recursion_limit();
    let Err(e) = Node(&walk).deserialize(&mut deserializer) else { return Ok(()) };
    if let Some(pointer) = walk.duplicate.take() {
        let at = locate::location_of_offset(text, locate::offset_of(text, e.line(), e.column()));
        let message =
            "duplicate key: this member is given twice in one object (a JSON reader would keep only the last)";
        return Err(Diagnostic::error(Code::InvalidSyntax, file, pointer, message).at(at).into());
    }
    // Syntax errors are reported by the reader itself, in its own words.
    Ok(())
}

/// A JSON deserializer of `text` that reads [`MAX_DEPTH`] levels: serde_json's own limit (which
/// refuses 128 levels) is lifted only for text no deeper than that, so it still stops deeper text.
pub(crate) fn json_deserializer(text: &str) -> serde_json::Deserializer<serde_json::de::StrRead<'_>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    if json_too_deep(text).is_none() {
        deserializer.disable_recursion_limit();
    }
    deserializer
}

/// The byte offset of the first `[` or `{` of the JSON `text` nested more than [`MAX_DEPTH`] levels
/// deep, if there is one. Brackets inside strings do not count. A JSON parser never nests deeper
/// than this finds, valid text or not.
pub(crate) fn json_too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut offset = 0;
    while let Some(&byte) = bytes.get(offset) {
        match byte {
            b'"' => {
                // A string ends at the next quote no backslash escapes, found a stretch at a time.
                offset += 1;
                loop {
                    let rest = bytes.get(offset..).unwrap_or_default();
                    match memchr::memchr2(b'"', b'\\', rest) {
                        Some(at) if rest.get(at) == Some(&b'\\') => offset += at + 2,
                        Some(at) => {
                            offset += at;
                            break;
                        }
                        // Nothing nests in a string that does not end.
                        None => return None,
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(offset);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        offset += 1;
    }
    None
}

fn too_deep() -> String {
    format!("the document is nested more than {MAX_DEPTH} levels deep")
}

/// The state of one walk over a JSON text: the path to the current value, and the pointer of
/// the first repeated key.
#[derive(Default)]
struct Walk<'de> {
    path: RefCell<Vec<Segment<'de>>>,
    duplicate: RefCell<Option<String>>,
}

/// One step of the path to a value: an object's key or an array's index.
enum Segment<'de> {
    Key(Cow<'de, str>),
    Index(usize),
}

impl<'de> Walk<'de> {
    /// Visits the value under `segment` of the current path.
    fn child<R>(&self, segment: Segment<'de>, visit: impl FnOnce() -> R) -> R {
        self.path.borrow_mut().push(segment);
        let result = visit();
        self.path.borrow_mut().pop();
        result
    }

    /// The JSON pointer of `key` in the current object.
    fn pointer(&self, key: &str) -> String {
        let path = self.path.borrow();
        let mut tokens: Vec<String> = path
            .iter()
            .map(|segment| match segment {
                Segment::Key(k) => k.to_string(),
                Segment::Index(i) => i.to_string(),
            })
            .collect();
        tokens.push(key.to_owned());
        crate::diagnostic::pointer("", &tokens.iter().map(String::as_str).collect::<Vec<_>>())
    }
}

/// The keys of one object so far: a list while there are few (most objects of a spec are
/// small), a hash set beyond.
enum Keys<'de> {
    Few(Vec<Cow<'de, str>>),
    Many(HashSet<Cow<'de, str>>),
}

impl<'de> Keys<'de> {
    const FEW: usize = 16;

    /// Adds `key`; false when the object already has it.
    fn insert(&mut self, key: Cow<'de, str>) -> bool {
        match self {
            Keys::Few(keys) if keys.contains(&key) => false,
            Keys::Few(keys) if keys.len() < Self::FEW => {
                keys.push(key);
                true
            }
            Keys::Few(keys) => {
                let mut set: HashSet<Cow<'de, str>> = keys.drain(..).collect();
                set.insert(key);
                *self = Keys::Many(set);
                true
            }
            Keys::Many(set) => set.insert(key),
        }
    }
}

/// An object's key, borrowed from the text when it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> std::result::Result<Self::Value, E> {
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> std::result::Result<Self::Value, E> {
        Ok(Cow::Owned(key.to_owned()))
    }
}

/// One JSON value, visited without being built; objects remember their keys to find repeats.
struct Node<'w, 'de>(&'w Walk<'de>);

impl<'de> DeserializeSeed<'de> for Node<'_, 'de> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut index = 0usize;
        while self.0.child(Segment::Index(index), || seq.next_element_seed(Node(self.0)))?.is_some() {
            index += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut keys = Keys::Few(Vec::new());
        while let Some(key) = map.next_key_seed(Key)? {
            if !keys.insert(key.clone()) {
                *self.0.duplicate.borrow_mut() = Some(self.0.pointer(&key));
                return Err(de::Error::custom("duplicate key"));
            }
            self.0.child(Segment::Key(key), || map.next_value_seed(Node(self.0)))?;
        }
        Ok(())
    }
}

fn check_yaml(file: &str, text: &str, shared: &mut Shared) -> Result<()> {
    let budget = MIN_EXPANDED_SIZE.max(shared.bytes.saturating_mul(EXPANDED_SIZE_PER_BYTE));
    // Size seen so far (nodes plus scalar bytes), aliases counted as what they expand to.
    let mut expanded = shared.expanded;
    // Open collections: (anchor id, `expanded` when they started).
    let mut open: Vec<(usize, usize)> = Vec::new();
    // Expanded size of each anchored node, by anchor id.
    let mut anchored: HashMap<usize, usize> = HashMap::new();
    for event in Parser::new_from_str(text) {
        let fail = |marker: &Marker, message: String| {
            let at = locate::offset_of(text, marker.line(), marker.col() + 1);
            Err(Diagnostic::error(Code::InputOverBudget, file, "", message)
                .at(locate::location_of_offset(text, at))
                .into())
        };
        let (event, span) = match event {
            Ok(event) => event,
            // The scanner's own limit on flow nesting (255) can come first, as it reads ahead.
            Err(e) if e.info() == "recursion limit exceeded" => return fail(e.marker(), too_deep()),
            // Other syntax errors are reported by the reader itself.
            Err(_) => return Ok(()),
        };
        match event {
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if open.len() >= MAX_DEPTH {
                    return fail(&span.start, too_deep());
                }
                expanded = expanded.saturating_add(1);
                open.push((anchor, expanded));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((anchor, start)) = open.pop()
                    && anchor != 0
                {
                    anchored.insert(anchor, expanded - start + 1);
                }
            }
            Event::Scalar(value, _, anchor, _) => {
                let size = value.len().saturating_add(1);
                expanded = expanded.saturating_add(size);
                if anchor != 0 {
                    anchored.insert(anchor, size);
                }
            }
            Event::Alias(anchor) => {
                expanded = expanded.saturating_add(anchored.get(&anchor).copied().unwrap_or(1));
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart(_) | Event::DocumentEnd => {}
        }
        if expanded > budget {
            return fail(
                &span.start,
                format!(
                    "YAML aliases expand this document beyond {budget} nodes and scalar bytes \
                 (the budget for {} bytes of text); refusing to build it",
                    shared.bytes
                ),
            );
        }
    }
    shared.expanded = expanded;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> Diagnostic {
        match check("t", text) {
            Err(crate::error::Error::Spec(d)) => *d,
            other => panic!("expected a spec error, got {other:?}"),
        }
    }

    /// `levels` anchors, each a list of ten aliases of the one before.
    fn alias_bomb(levels: usize) -> String {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..levels {
            let previous = format!("*a{}", level - 1);
            let items = [previous.as_str(); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{items}]\n"));
        }
        text
    }

    #[test]
    fn alias_expansion_is_bounded_by_expanded_size_not_alias_count() {
        // 9 levels: 10^9 nodes from about 400 bytes and only 80 aliases.
        let d = error(&alias_bomb(9));
        assert!(d.message.contains("YAML aliases expand this document beyond 250000 nodes and scalar bytes"), "{d}");
        let at = d.location.clone().expect("located");
        assert_eq!((at.line, at.column), (6, 10), "{d}");
        // A few levels expand to a few thousand nodes: fine.
        assert!(check("t", &alias_bomb(3)).is_ok());
    }

    #[test]
    fn an_alias_of_a_long_string_counts_the_string_s_bytes() {
        // 100 KB of text whose 5,000 aliases expand to 500 MB of strings, but only 5,000 nodes.
        let text = format!("a: &a {}\nb: [{}]\n", "x".repeat(100_000), vec!["*a"; 5_000].join(", "));
        let d = error(&text);
        assert!(d.message.contains("YAML aliases expand this document beyond 250000"), "{d}");
        assert_eq!(d.location.expect("located").line, 2);
    }

    #[test]
    fn the_files_of_one_spec_share_one_alias_budget() {
        // Each file alone stays within the least budget; together they pass it.
        let file = format!("a: &a [{}]\nb: [{}]\n", vec!["x"; 1_000].join(", "), vec!["*a"; 35].join(", "));
        assert!(check("t", &file).is_ok());
        let mut shared = Shared::default();
        let results: Vec<bool> = (0..5).map(|_| check_shared("t", &file, &mut shared).is_ok()).collect();
        assert_eq!(results, [true, true, true, false, false]);
    }

    #[test]
    fn alias_budget_grows_with_the_input_size() {
        assert_eq!(expanded_size_budget("x"), MIN_EXPANDED_SIZE);
        assert_eq!(expanded_size_budget(&"x".repeat(1_000_000)), 2_000_000);
    }

    #[test]
    fn deep_yaml_flow_nesting_is_refused_at_the_limit() {
        let text = format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        let d = error(&text);
        assert_eq!(d.message, "the document is nested more than 128 levels deep");
        assert_eq!(d.location.expect("located").line, 1);
        let ok = format!("a: {}{}", "[".repeat(100), "]".repeat(100));
        assert!(check("t", &ok).is_ok());
    }

    /// A document whose top-level mapping holds lists nested to `levels` levels in all.
    fn nested(levels: usize, json: bool) -> String {
        let lists = format!("{}{}", "[".repeat(levels - 1), "]".repeat(levels - 1));
        if json { format!("{{\"a\": {lists}, \"b\": \"[[[{{\\\"\"}}") } else { format!("a: {lists}\nb: '[[[{{'\n") }
    }

    #[test]
    fn exactly_128_levels_are_accepted_and_129_refused_in_json_and_yaml() {
        for json in [true, false] {
            assert!(check("t", &nested(MAX_DEPTH, json)).is_ok(), "json: {json}");
            let d = error(&nested(MAX_DEPTH + 1, json));
            assert_eq!(d.message, "the document is nested more than 128 levels deep", "json: {json}");
            // Located at the bracket that opens level 129.
            assert_eq!(
                d.location.expect("located").column,
                if json { 6 + MAX_DEPTH } else { 3 + MAX_DEPTH },
                "json: {json}"
            );
        }
    }

    #[test]
    fn deep_json_nesting_is_refused_at_the_limit() {
        let text = format!("{{\"a\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        let d = error(&text);
        assert_eq!(d.message, "the document is nested more than 128 levels deep");
        assert_eq!(d.location.expect("located").line, 1);
    }

    /// Brackets inside strings (after escaped quotes and backslashes too) do not nest; the offset is the first
    /// bracket too deep.
    #[test]
    fn json_depth_skips_strings() {
        let deep = |prefix: &str| format!("{prefix}{}", "[".repeat(MAX_DEPTH + 1));
        let at = MAX_DEPTH;
        assert_eq!(json_too_deep(&deep("")), Some(at));
        let string = r#"{"a\"[[": "\\", "b": "x\\\"{", "c": "#;
        assert_eq!(json_too_deep(&deep(string)), Some(string.len() + at - 1));
        assert_eq!(json_too_deep(&format!("{string}\"{}\"", "[".repeat(200))), None);
        assert_eq!(json_too_deep(&format!("\"unterminated {}", "[".repeat(200))), None);
        assert_eq!(json_too_deep("\"ends in a backslash\\"), None);
        assert_eq!(json_too_deep(&format!("{}{}", "[]".repeat(1000), "[".repeat(MAX_DEPTH))), None);
    }

    #[test]
    fn duplicate_json_keys_are_located_errors() {
        let d = error("{\"paths\": {\n  \"/a\": {\"get\": {}},\n  \"/a\": {\"post\": {}}\n}}");
        assert!(d.message.starts_with("duplicate key"), "{d}");
        assert_eq!(d.pointer, "/paths/~1a");
        assert_eq!(d.location.expect("located").line, 3);
        assert!(check("t", "{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}, \"c\": [{\"x\": 1}, {\"x\": 2}]}").is_ok());
    }

    #[test]
    fn repeats_are_found_in_large_objects_and_inside_arrays() {
        let members: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{\"a\": [1, {{{}, \"k7\": 0}}]}}", members.join(", "));
        assert_eq!(error(&text).pointer, "/a/1/k7");
    }

    #[test]
    fn escaped_and_plain_spellings_of_one_key_are_the_same_key() {
        assert!(check("t", "{\"a\": 1, \"\\u0061\": 2}").is_err());
    }

    #[test]
    fn syntax_errors_are_left_to_the_reader() {
        assert!(check("t", "{\"a\": ").is_ok());
        assert!(check("t", "a: [").is_ok());
    }
}

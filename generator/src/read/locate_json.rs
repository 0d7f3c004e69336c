//! Where the nodes of a JSON document are: one pass over the text records each value's byte range
//! (and its key's, inside an object) in a flat table, without building a syntax tree.
//!
//! Locating warnings scans large Postman collections and JSON specs again after they were read; a
//! table of ranges costs a fraction of a parser's tree of values.

use std::ops::Range;

/// One value of the document, in document order: a container comes before its members.
#[derive(Debug, Clone)]
struct Node {
    /// The member's key with its quotes, for a value inside an object.
    key: Option<Range<usize>>,
    /// The value's bytes, brackets or quotes included.
    value: Range<usize>,
    /// A container's members: where their indices are in [`JsonIndex::members`].
    members: Range<usize>,
}

/// The ranges of every value of a JSON document.
#[derive(Debug)]
pub(super) struct JsonIndex {
    nodes: Vec<Node>,
    /// The indices of the members of every container, each container's in one run, so that an
    /// array's item is found at once.
    members: Vec<usize>,
}

impl JsonIndex {
    /// Indexes `text`; `None` when it is not a single JSON value.
    pub(super) fn new(text: &str) -> Option<Self> {
        let scanner = Scanner {
            bytes: text.as_bytes(),
            at: 0,
            index: JsonIndex { nodes: Vec::new(), members: Vec::new() },
            open: Vec::new(),
            pending: Vec::new(),
        };
        scanner.scan()
    }

    /// The byte range of the node `tokens` (unescaped JSON pointer tokens) name: the key of an object member,
    /// else the value. When the tokens go deeper than the document, the deepest node that exists.
    pub(super) fn span<T: AsRef<str>>(&self, text: &str, tokens: impl IntoIterator<Item = T>) -> Option<Range<usize>> {
        let mut node = 0;
        let mut span = self.nodes.first()?.value.clone();
        for token in tokens {
            let Some(found) = self.child(text, node, token.as_ref()) else { break };
            let child = self.nodes.get(found)?;
            span = child.key.clone().unwrap_or_else(|| child.value.clone());
            node = found;
        }
        Some(span)
    }

    /// The index of the member `token` of the container at `parent`: the first with that key in an
    /// object, the item at that position in an array.
    fn child(&self, text: &str, parent: usize, token: &str) -> Option<usize> {
        let container = self.nodes.get(parent)?;
        let members = self.members.get(container.members.clone())?;
        match text.as_bytes().get(container.value.start)? {
            b'[' => members.get(token.parse::<usize>().ok()?).copied(),
            b'{' => members.iter().copied().find(|&member| {
                let key = self.nodes.get(member).and_then(|node| node.key.clone());
                key.and_then(|key| text.get(key)).is_some_and(|key| key_is(key, token))
            }),
            _ => None,
        }
    }
}

/// Whether the quoted JSON string `quoted` (a key) says `token`.
fn key_is(quoted: &str, token: &str) -> bool {
    let inner = quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or_default();
    if inner.contains('\\') {
        serde_json::from_str::<String>(quoted).is_ok_and(|key| key == token)
    } else {
        inner == token
    }
}

/// The single pass over the text; it gives up (`None`) at anything that is not JSON.
struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
    index: JsonIndex,
    /// The containers the scan is inside, innermost last, each with where its members start in
    /// `pending`.
    open: Vec<(usize, usize)>,
    /// The members of the open containers found so far, in order.
    pending: Vec<usize>,
}

impl Scanner<'_> {
    fn scan(mut self) -> Option<JsonIndex> {
        self.skip_space();
        let mut key = None;
        loop {
            // A value starts here.
            let start = self.at;
            let index = self.index.nodes.len();
            self.index.nodes.push(Node { key: key.take(), value: start..start, members: 0..0 });
            if !self.open.is_empty() {
                self.pending.push(index);
            }
            match *self.bytes.get(start)? {
                open @ (b'{' | b'[') => {
                    self.at += 1;
                    self.open.push((index, self.pending.len()));
                    self.skip_space();
                    let close = if open == b'{' { b'}' } else { b']' };
                    if self.bytes.get(self.at) != Some(&close) {
                        key = if open == b'{' { Some(self.key()?) } else { None };
                        continue;
                    }
                }
                b'"' => {
                    self.at = string_end(self.bytes, start)?;
                    self.end_scalar(index)?;
                }
                _ => {
                    self.at = scalar_end(self.bytes, start);
                    if self.at == start {
                        return None;
                    }
                    self.end_scalar(index)?;
                }
            }
            // After a value (or at the end of an empty container): close containers until a comma.
            loop {
                self.skip_space();
                let Some(&(container, _)) = self.open.last() else {
                    return (self.at == self.bytes.len()).then_some(self.index);
                };
                let in_object = self.bytes.get(self.index.nodes.get(container)?.value.start) == Some(&b'{');
                match *self.bytes.get(self.at)? {
                    b',' => {
                        self.at += 1;
                        self.skip_space();
                        key = if in_object { Some(self.key()?) } else { None };
                        break;
                    }
                    b'}' if in_object => self.close()?,
                    b']' if !in_object => self.close()?,
                    _ => return None,
                }
            }
        }
    }

    /// Ends the scalar at `index`, which ends where the scan is.
    fn end_scalar(&mut self, index: usize) -> Option<()> {
        self.index.nodes.get_mut(index)?.value.end = self.at;
        Some(())
    }

    /// Ends the innermost open container at its closing bracket, where the scan is.
    fn close(&mut self) -> Option<()> {
        self.at += 1;
        let (index, first) = self.open.pop()?;
        let start = self.index.members.len();
        self.index.members.extend(self.pending.drain(first..));
        let node = self.index.nodes.get_mut(index)?;
        node.value.end = self.at;
        node.members = start..self.index.members.len();
        Some(())
    }

    /// A member's key and its colon; the scan stops at the value.
    fn key(&mut self) -> Option<Range<usize>> {
        let start = self.at;
        if self.bytes.get(start) != Some(&b'"') {
            return None;
        }
        self.at = string_end(self.bytes, start)?;
        let key = start..self.at;
        self.skip_space();
        if self.bytes.get(self.at) != Some(&b':') {
            return None;
        }
        self.at += 1;
        self.skip_space();
        Some(key)
    }

    fn skip_space(&mut self) {
        while self.bytes.get(self.at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }
}

/// The offset after the string that opens at `start`; `None` if it is not closed.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    loop {
        match *bytes.get(at)? {
            b'"' => return Some(at + 1),
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
}

/// The offset after the number or literal (`true`, `false`, `null`) that starts at `start`.
fn scalar_end(bytes: &[u8], start: usize) -> usize {
    let rest = bytes.get(start..).unwrap_or_default();
    start + rest.iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.')).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, pointer: &str) -> Option<String> {
        let index = JsonIndex::new(text)?;
        let range = index.span(text, pointer.split('/').skip(1))?;
        text.get(range).map(str::to_owned)
    }

    #[test]
    fn keys_items_and_the_root_are_spanned() {
        let text = r#" {"a": {"b": [1, {"c": true}, "x\"y"], "": null}, "e\u0073c": -1.5e3} "#;
        assert_eq!(span(text, "").as_deref(), Some(text.trim()));
        assert_eq!(span(text, "/a").as_deref(), Some(r#""a""#));
        assert_eq!(span(text, "/a/b/0").as_deref(), Some("1"));
        assert_eq!(span(text, "/a/b/1/c").as_deref(), Some(r#""c""#));
        assert_eq!(span(text, "/a/b/2").as_deref(), Some(r#""x\"y""#));
        assert_eq!(span(text, "/a/").as_deref(), Some(r#""""#));
        // An escaped key is compared unescaped.
        assert_eq!(span(text, "/esc").as_deref(), Some(r#""e\u0073c""#));
        // Past the document's end: the deepest node that exists.
        assert_eq!(span(text, "/a/b/9").as_deref(), Some(r#""b""#));
        assert_eq!(span(text, "/a/b/1/c/d").as_deref(), Some(r#""c""#));
    }

    #[test]
    fn empty_containers_and_the_first_of_repeated_keys() {
        let text = "{\"a\": {}, \"b\": [ ], \"a\": 2}";
        assert_eq!(span(text, "/b").as_deref(), Some("\"b\""));
        let counts = JsonIndex::new(text).map(|index| (index.nodes.len(), index.members.len()));
        assert_eq!(counts, Some((4, 3)));
        assert_eq!(span(text, "/a/x").as_deref(), Some("\"a\""));
    }

    #[test]
    fn text_that_is_not_json_is_not_indexed() {
        for text in ["", "{", "{\"a\" 1}", "[1,]x", "{\"a\": 1]", "[1 2]", "\"open", "{} {}", "{'a': 1}"] {
            assert!(JsonIndex::new(text).is_none(), "{text}");
        }
    }
    /// The oracle: the range jsonc-parser's syntax tree gives the node `tokens` name (the key of an
    /// object member, else the value; past the document's end, the deepest node that exists).
    fn oracle_span(root: &jsonc_parser::ast::Value<'_>, tokens: &[String]) -> Range<usize> {
        use jsonc_parser::ast::{ObjectPropName, Value};
        use jsonc_parser::common::Ranged;
        let mut node = root;
        let mut span = node.range();
        for token in tokens {
            let next = match node {
                Value::Object(object) => object.properties.iter().find(|p| p.name.as_str() == token).map(|p| {
                    let name = match &p.name {
                        ObjectPropName::String(literal) => literal.range,
                        ObjectPropName::Word(word) => word.range,
                    };
                    (name, &p.value)
                }),
                Value::Array(array) => {
                    token.parse::<usize>().ok().and_then(|i| array.elements.get(i)).map(|item| (item.range(), item))
                }
                _ => None,
            };
            let Some((found, child)) = next else { break };
            span = found;
            node = child;
        }
        span.start..span.end
    }

    /// Every node's tokens, and for each container a token past its members (a missing key or index).
    fn pointers(value: &serde_json::Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(prefix.clone());
        let children: Vec<(String, &serde_json::Value)> = match value {
            serde_json::Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
            serde_json::Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
            _ => return,
        };
        let past = if value.is_array() { children.len().to_string() } else { "no such key".to_owned() };
        out.push(prefix.iter().cloned().chain([past]).collect());
        for (token, child) in children {
            prefix.push(token);
            pointers(child, prefix, out);
            prefix.pop();
        }
    }

    /// Checks that the index and the oracle give the same span for every pointer of `text`; the count.
    fn agree_with_oracle(text: &str, what: &str) -> usize {
        let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &Default::default());
        let root = parsed.ok().and_then(|result| result.value).unwrap_or_else(|| panic!("{what}: the oracle fails"));
        let value: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}"));
        let index = JsonIndex::new(text).unwrap_or_else(|| panic!("{what}: not indexed"));
        let mut all = Vec::new();
        pointers(&value, &mut Vec::new(), &mut all);
        for tokens in &all {
            assert_eq!(index.span(text, tokens), Some(oracle_span(&root, tokens)), "{what}: /{}", tokens.join("/"));
        }
        all.len()
    }

    /// A random JSON value as text: escapes, non-ASCII text, numbers, empty containers, repeated keys
    /// and irregular white space.
    fn random_json(rng: &mut fastrand::Rng, depth: usize, out: &mut String) {
        const SPACE: [&str; 5] = ["", " ", "\n", "\r\n\t", "  "];
        const TEXT: [&str; 10] = ["a", "é", "日本", "🦀", "\\\"", "\\\\", "\\u00e9", "\\n", "/~1", ""];
        const SCALARS: [&str; 8] = ["0", "-1.5e3", "12", "true", "false", "null", "3.25E-2", "-0"];
        let space = |rng: &mut fastrand::Rng, out: &mut String| out.push_str(SPACE[rng.usize(..SPACE.len())]);
        let string = |rng: &mut fastrand::Rng, out: &mut String| {
            out.push('"');
            (0..rng.usize(..4)).for_each(|_| out.push_str(TEXT[rng.usize(..TEXT.len())]));
            out.push('"');
        };
        match if depth == 0 { rng.usize(2..4) } else { rng.usize(..4) } {
            kind @ (0 | 1) => {
                out.push(if kind == 0 { '{' } else { '[' });
                for i in 0..rng.usize(..5) {
                    if i > 0 {
                        out.push(',');
                    }
                    space(rng, out);
                    if kind == 0 {
                        string(rng, out);
                        space(rng, out);
                        out.push(':');
                        space(rng, out);
                    }
                    random_json(rng, depth - 1, out);
                    space(rng, out);
                }
                out.push(if kind == 0 { '}' } else { ']' });
            }
            2 => string(rng, out),
            _ => out.push_str(SCALARS[rng.usize(..SCALARS.len())]),
        }
    }

    #[test]
    fn spans_agree_with_a_full_parser_on_random_documents() {
        let mut rng = fastrand::Rng::with_seed(25);
        let mut checked = 0;
        for _ in 0..4000 {
            let mut text = String::from(" ");
            random_json(&mut rng, 5, &mut text);
            text.push('\n');
            checked += agree_with_oracle(&text, &text);
        }
        assert!(checked > 25_000, "{checked} pointers");
    }

    #[test]
    fn spans_agree_with_a_full_parser_on_the_curated_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
        let mut checked = 0;
        for folder in ["openapi", "postman"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder)) else { continue };
            for path in entries.flatten().map(|entry| entry.path()) {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // The largest files take long in a debug build; the random documents cover their shapes.
                if path.extension().is_some_and(|e| e == "json") && text.len() < 1_600_000 {
                    checked += agree_with_oracle(&text, &path.display().to_string());
                }
            }
        }
        // The corpus is beside the repository in CI; without it there is nothing to compare.
        assert!(checked == 0 || checked > 50_000, "{checked} pointers");
    }
}

//! Where a JSON pointer's node is in the source text, for YAML and JSON alike.

use std::ops::Range;

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

use super::locate_json::JsonIndex;
use crate::diagnostic::Location;

/// A parsed document that can answer where nodes are.
pub struct Locator<'a> {
    source: &'a str,
    tree: Tree<'a>,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

/// The document's nodes with their positions; `None` when the text does not parse.
enum Tree<'a> {
    /// JSON, indexed in one pass: many times faster than a YAML parser on large specs.
    Json(Option<JsonIndex>),
    Yaml(Option<MarkedYaml<'a>>),
}

impl<'a> Locator<'a> {
    /// Parses `source` (YAML or JSON) keeping positions; a document it cannot parse locates nothing.
    pub fn new(source: &'a str) -> Self {
        let tree = if super::is_json(source) {
            Tree::Json(JsonIndex::new(source))
        } else {
            // Read from the text in place (`load_from_str` reads it a character at a time through a buffer).
            let mut parser = saphyr_parser::Parser::new_from_str(source);
            Tree::Yaml(MarkedYaml::load_from_parser(&mut parser).ok().and_then(|docs| docs.into_iter().next()))
        };
        let line_starts = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Locator { source, tree, line_starts }
    }

    /// The location of the node at `pointer`: the key of a mapping entry, else the node itself.
    /// When the pointer goes deeper than the document, the deepest node that exists.
    pub fn locate(&self, pointer: &str) -> Option<Location> {
        let bytes = match &self.tree {
            Tree::Json(index) => index.as_ref()?.span(self.source, pointer.split('/').skip(1).map(unescape))?,
            Tree::Yaml(root) => self.yaml_span(root.as_ref()?, pointer),
        };
        let line = self.line_starts.partition_point(|&start| start <= bytes.start).max(1);
        let line_start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self.source.get(line_start..bytes.start).map_or(0, |before| before.chars().count()) + 1;
        // A node over several lines is marked at its first character.
        let first_line = self.source.get(bytes.clone()).is_some_and(|text| !text.contains('\n'));
        let end = if first_line && bytes.end > bytes.start {
            bytes.end
        } else {
            self.source
                .get(bytes.start..)
                .and_then(|rest| rest.chars().next())
                .map_or(bytes.start, |c| bytes.start + c.len_utf8())
        };
        Some(Location { line, column, bytes: bytes.start..end })
    }

    fn yaml_span(&self, root: &MarkedYaml<'_>, pointer: &str) -> Range<usize> {
        let mut node = root;
        let mut span = node.span;
        for token in pointer.split('/').skip(1).map(unescape) {
            let next = match &node.data {
                YamlData::Mapping(map) => {
                    map.iter().find(|(key, _)| key_is(key, &token)).map(|(key, value)| (key.span, value))
                }
                YamlData::Sequence(items) => {
                    token.parse::<usize>().ok().and_then(|i| items.get(i)).map(|item| (item.span, item))
                }
                _ => None,
            };
            let Some((found, child)) = next else { break };
            span = found;
            node = child;
        }
        // saphyr counts lines and characters; turn them into bytes from the line start, so that
        // no lookup scans the whole text.
        let byte = |marker: saphyr::Marker| {
            let line_start = self.line_starts.get(marker.line().saturating_sub(1)).copied().unwrap_or(0);
            let line = self.source.get(line_start..).unwrap_or_default();
            line_start + line.chars().take(marker.col()).map(char::len_utf8).sum::<usize>()
        };
        let start = byte(span.start);
        let end = if span.end.line() == span.start.line() { byte(span.end) } else { start };
        start..end
    }
}

fn key_is(key: &MarkedYaml<'_>, token: &str) -> bool {
    match &key.data {
        YamlData::Value(Scalar::String(text)) => text == token,
        YamlData::Value(Scalar::Integer(n)) => n.to_string() == token,
        YamlData::Value(Scalar::Boolean(b)) => b.to_string() == token,
        YamlData::Representation(text, _, _) => text == token,
        _ => false,
    }
}

/// Undoes RFC 6901 escaping of one reference token.
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The location of a byte offset (from a parser's error) in `source`.
pub fn location_of_offset(source: &str, offset: usize) -> Location {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let end = source.get(offset..).and_then(|rest| rest.chars().next()).map_or(offset, |c| offset + c.len_utf8());
    Location { line, column, bytes: offset..end }
}

/// A JSON error's message without the position serde_json appends (diagnostics show it their way).
pub fn json_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rsplit_once(" at line ") {
        Some((text, _)) if error.line() > 0 => text.to_owned(),
        _ => message,
    }
}

/// The byte offset of a 1-based line and column (as JSON and YAML parsers report them).
pub fn offset_of(source: &str, line: usize, column: usize) -> usize {
    let line_start: usize = source.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = source.get(line_start..).unwrap_or_default();
    line_start + rest.chars().take(column.saturating_sub(1)).map(char::len_utf8).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_keys_are_located() {
        let source = "openapi: 3.0.1\npaths:\n  /chat/get:\n    post:\n      x: 1\n";
        let locator = Locator::new(source);
        let at = locator.locate("/paths/~1chat~1get/post").map(|l| (l.line, l.column, l.bytes));
        assert_eq!(at, Some((4, 5, 39..43)));
        assert_eq!(source.get(39..43), Some("post"));
        // Deeper than the document: the deepest existing node.
        assert_eq!(locator.locate("/paths/~1chat~1get/post/x/y").map(|l| l.line), Some(5));
    }

    #[test]
    fn json_array_items_are_located() {
        let source = "{\n  \"item\": [\n    {\"name\": \"a\"},\n    {\"name\": \"ü\", \"request\": 7}\n  ]\n}";
        let at = Locator::new(source).locate("/item/1/request").map(|l| (l.line, l.column));
        assert_eq!(at, Some((4, 19)));
    }

    #[test]
    fn json_is_located_where_yaml_parsers_give_up() {
        // YAML caps implicit keys at 1024 characters; JSON has no such limit.
        let long = "k".repeat(1500);
        let source = format!("{{\n  \"{long}\": 1,\n  \"paths\": {{\"/a\": {{\"get\": {{}}}}}}\n}}");
        let at = Locator::new(&source).locate("/paths/~1a/get").map(|l| (l.line, l.column, l.bytes.len()));
        assert_eq!(at, Some((3, 20, 5)));
    }

    #[test]
    fn offsets_and_lines_convert_both_ways() {
        let source = "ab\nçd\nef";
        assert_eq!(offset_of(source, 2, 2), 5);
        let location = location_of_offset(source, 5);
        assert_eq!((location.line, location.column, location.bytes), (2, 2, 5..6));
    }
}

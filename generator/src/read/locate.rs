//! Where a JSON pointer's node is in the source text, for YAML and JSON alike.

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

use crate::diagnostic::Location;

/// A parsed document that can answer where nodes are.
pub struct Locator<'a> {
    source: &'a str,
    root: Option<MarkedYaml<'a>>,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    /// Parses `source` (YAML or JSON) keeping positions; a document it cannot parse locates nothing.
    pub fn new(source: &'a str) -> Self {
        let root = MarkedYaml::load_from_str(source).ok().and_then(|docs| docs.into_iter().next());
        let line_starts = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Locator { source, root, line_starts }
    }

    /// The location of the node at `pointer`: the key of a mapping entry, else the node itself.
    /// When the pointer goes deeper than the document, the deepest node that exists.
    pub fn locate(&self, pointer: &str) -> Option<Location> {
        let mut node = self.root.as_ref()?;
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
        let start = span.start;
        let width = if span.end.index() > start.index() && span.end.line() == start.line() {
            span.end.index() - start.index()
        } else {
            1
        };
        // Byte offsets from the line start, so that no lookup scans the whole text.
        let line_start = self.line_starts.get(start.line().saturating_sub(1)).copied().unwrap_or(0);
        let line = self.source.get(line_start..).unwrap_or_default();
        let byte = |chars: usize| line_start + line.chars().take(chars).map(char::len_utf8).sum::<usize>();
        let start_byte = byte(start.col());
        Some(Location { line: start.line(), column: start.col() + 1, bytes: start_byte..byte(start.col() + width) })
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
    fn offsets_and_lines_convert_both_ways() {
        let source = "ab\nçd\nef";
        assert_eq!(offset_of(source, 2, 2), 5);
        let location = location_of_offset(source, 5);
        assert_eq!((location.line, location.column, location.bytes), (2, 2, 5..6));
    }
}

//! Whitespace-only lines that hold a tab, blanked before YAML is parsed.
//!
//! Some publishers' specs have lines of spaces ending in a tab inside block scalars (descriptions). Other YAML
//! parsers read them as the blank lines they look like; ours refuses them ("found a tab character where an
//! indentation space is expected"). Blanking such lines changes no value beyond the trailing whitespace of a blank
//! line in a block scalar, and keeps every line where it was, so locations stay true.

use std::borrow::Cow;

/// `text` with every whitespace-only line that holds a tab made empty; borrowed when there is none.
pub(super) fn blank_tabbed_lines(text: &str) -> Cow<'_, str> {
    let tabbed = |line: &str| line.contains('\t') && line.trim_start_matches([' ', '\t', '\r']).is_empty();
    if !text.split('\n').any(tabbed) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text
        .split('\n')
        .map(|line| if tabbed(line) { line.strip_suffix('\r').map_or("", |_| "\r") } else { line })
        .collect();
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::blank_tabbed_lines;

    const TABBED: &str = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n  description: |\n    First.\n  \t\n    Second.\npaths: {}\n";

    #[test]
    fn only_whitespace_lines_with_a_tab_are_blanked_and_lines_keep_their_place() {
        let blanked = blank_tabbed_lines(TABBED);
        assert_eq!(blanked, TABBED.replace("  \t\n", "\n"));
        assert_eq!(blanked.lines().count(), TABBED.lines().count());
        assert_eq!(blank_tabbed_lines("a: 'x\ty'\n  \r\n"), "a: 'x\ty'\n  \r\n");
        assert_eq!(blank_tabbed_lines("a: 1\n \t\r\nb: 2"), "a: 1\n\r\nb: 2");
    }

    #[test]
    fn block_scalars_with_tabbed_blank_lines_are_read() {
        assert!(serde_yaml::from_str::<serde_yaml::Value>(TABBED).is_err(), "the parser now reads tabbed lines");
        let spec = crate::read::read_str("spec.yaml", TABBED).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(spec.api.docs.as_deref(), Some("First.\n\nSecond.\n"));
    }
}

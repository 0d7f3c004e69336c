//! Errors and warnings about a spec, located by file, line, column and JSON pointer.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use codespan_reporting::files::{Error as FilesError, Files, SimpleFile};

pub mod codes;
pub mod levels;

pub use codes::Code;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The generator guessed or skipped something; output is still produced.
    Warning,
    /// The spec cannot be turned into a client.
    Error,
}

/// Where in the source text a finding is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The node's bytes in the source (its first line at most).
    pub bytes: Range<usize>,
}

/// A finding about a node of a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Its kind: stable code, name and explanation.
    pub code: Code,
    /// Warning or error (a denied warning is an error).
    pub severity: Severity,
    /// The spec file.
    pub file: String,
    /// JSON pointer of the node the finding is about (`""` for the whole document).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, where there is something useful to say.
    pub hint: Option<String>,
    /// Where the node is in the source, when it could be found.
    pub location: Option<Location>,
    /// The source text, for rendering the offending line.
    pub source: Option<Arc<str>>,
    /// The types the message names, by the keys a reader refers to them by, until the naming
    /// pass names them ([`Diagnostic::naming_types`]).
    pub unnamed_types: Option<UnnamedTypes>,
}

/// A message that names types the naming pass has yet to name: the text before them, their keys,
/// the text after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnnamedTypes {
    before: String,
    keys: Vec<String>,
    after: String,
}

impl UnnamedTypes {
    /// The message, the types written as `names` has them (by key), in backticks, comma-separated.
    fn message(&self, names: &HashMap<String, String>) -> String {
        let types: Vec<String> = self.keys.iter().map(|key| format!("`{}`", names.get(key).unwrap_or(key))).collect();
        format!("{}{}{}", self.before, types.join(", "), self.after)
    }
}

impl Diagnostic {
    /// A warning of kind `code` about `pointer` in `file`.
    pub fn warning(code: Code, file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, file, pointer.into(), message.into())
    }

    /// An error of kind `code` about `pointer` in `file`.
    pub fn error(code: Code, file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, file, pointer.into(), message.into())
    }

    fn new(code: Code, severity: Severity, file: &str, pointer: String, message: String) -> Self {
        Diagnostic {
            code,
            severity,
            file: file.to_owned(),
            pointer,
            message,
            hint: None,
            location: None,
            source: None,
            unnamed_types: None,
        }
    }

    /// The same finding, its message `before`, the types of `keys` (by the keys a reader refers
    /// to them by) and `after`: the types' names are written in once the naming pass has decided
    /// them ([`Diagnostic::name_types`]).
    pub fn naming_types(mut self, before: &str, keys: Vec<String>, after: &str) -> Self {
        let unnamed = UnnamedTypes { before: before.to_owned(), keys, after: after.to_owned() };
        self.message = unnamed.message(&HashMap::new());
        self.unnamed_types = Some(unnamed);
        self
    }

    /// Writes the names of the types the message names ([`Diagnostic::naming_types`]) into it:
    /// `names` maps a reader's keys to the types' names.
    pub fn name_types(&mut self, names: &HashMap<String, String>) {
        if let Some(unnamed) = self.unnamed_types.take() {
            self.message = unnamed.message(names);
        }
    }

    /// The same finding with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same finding at a known location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// The finding as a compiler-style report: the message, `file:line:column`, the source line
    /// with a marker under the node, the JSON pointer and the hint.
    pub fn render(&self) -> String {
        let (Some(location), Some(source)) = (&self.location, &self.source) else { return format!("{self}\n") };
        use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
        let report = match self.severity {
            Severity::Warning => Report::warning(),
            Severity::Error => Report::error(),
        }
        .with_code(self.code.entry().id);
        let pointer = if self.pointer.is_empty() { "/".into() } else { shorten(&self.pointer) };
        let mut notes = vec![format!("at JSON pointer {pointer}")];
        notes.extend(self.hint.as_ref().map(|hint| format!("hint: {hint}")));
        // Only a window of the marked line is handed to the renderer, which would otherwise index
        // every line of the spec for each diagnostic, and print all of a minified spec's one line.
        let window = Window::around(source, location);
        let excerpt = Excerpt {
            file: SimpleFile::new(self.file.as_str(), window.text.as_str()),
            first_line: location.line,
            column_offset: window.column_offset,
        };
        let label = window.label;
        let report =
            report.with_message(shorten(&self.message)).with_labels(vec![Label::primary((), label)]).with_notes(notes);
        let config = codespan_reporting::term::Config::default();
        codespan_reporting::term::emit_into_string(&config, &excerpt, &report).unwrap_or_else(|_| format!("{self}\n"))
    }
}

/// The most diagnostics of one kind rendered in full; the others are counted in one line.
pub const SHOWN_PER_KIND: usize = 50;

/// Renders every diagnostic as [`Diagnostic::render`] does, but only the first
/// [`SHOWN_PER_KIND`] of each kind (same severity, same message apart from quoted names and
/// numbers); each kind with more ends with one line `… and N more like this`. A last line says
/// how to look a code up and change its level.
pub fn render_all(diagnostics: &[Diagnostic]) -> String {
    let mut counts: indexmap::IndexMap<(Severity, String), usize> = indexmap::IndexMap::new();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let count = counts.entry((diagnostic.severity, kind(&diagnostic.message))).or_default();
        *count += 1;
        if *count <= SHOWN_PER_KIND {
            out.push_str(&diagnostic.render());
        }
    }
    for ((severity, kind), count) in counts {
        if count > SHOWN_PER_KIND {
            let label = if severity == Severity::Error { "error" } else { "warning" };
            out.push_str(&format!("{label}: … and {} more like this: {kind}\n", count - SHOWN_PER_KIND));
        }
    }
    // One line however many kinds there were: it names the first code as an example.
    if let Some(first) = diagnostics.first() {
        out.push_str(&format!(
            "note: `spec-to-rust explain {}` explains a code; `--allow NAME` silences a kind of warning, `--deny NAME` makes it an error\n",
            first.code.entry().id
        ));
    }
    out
}

/// A message with its particulars (anything in backticks or quotes, and numbers) replaced by `…`.
fn kind(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quote = None;
    for c in message.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '`' | '"') => {
                quote = Some(c);
                out.push('…');
            }
            (None, c) if c.is_ascii_digit() => {
                if !out.ends_with('…') {
                    out.push('…');
                }
            }
            (None, c) => out.push(c),
        }
    }
    out
}

/// The most characters of a message or pointer shown (spec text in them can be arbitrarily long).
const MAX_SHOWN: usize = 300;

/// `text` cut to [`MAX_SHOWN`] characters, with `…` where it was cut.
fn shorten(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(MAX_SHOWN) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()).into(),
        None => text.into(),
    }
}

/// The most characters of the marked line shown on each side of the marker's start.
const WINDOW_SIDE: usize = 100;

/// At most `2 * WINDOW_SIDE` characters of a diagnostic's line around its column, with `…` where
/// the line goes on; found without scanning the line beyond the window.
struct Window {
    text: String,
    /// The marked bytes, in `text`.
    label: Range<usize>,
    /// How many characters of the real line precede `text`, less the `…` shown for them.
    column_offset: usize,
}

impl Window {
    fn around(source: &str, location: &Location) -> Window {
        let start = floor_boundary(source, location.bytes.start.min(source.len()));
        let before = source.get(..start).unwrap_or_default();
        let kept_before: usize =
            before.chars().rev().take(WINDOW_SIDE).take_while(|&c| c != '\n').map(char::len_utf8).sum();
        let from = start - kept_before;
        let after = source.get(start..).unwrap_or_default();
        let kept_after: usize = after.chars().take(WINDOW_SIDE).take_while(|&c| c != '\n').map(char::len_utf8).sum();
        let to = start + kept_after;
        let cut_before = before.get(..from).is_some_and(|head| !head.is_empty() && !head.ends_with('\n'));
        let cut_after = source.get(to..).is_some_and(|rest| !rest.is_empty() && !rest.starts_with('\n'));
        let lead = if cut_before { "…" } else { "" };
        let mut text = format!("{lead}{}", source.get(from..to).unwrap_or_default());
        if cut_after {
            text.push('…');
        }
        let label_start = lead.len() + kept_before;
        let label_end = location.bytes.end.clamp(start, to) - start + label_start;
        let shown_before = before.get(from..).unwrap_or_default().chars().count() + usize::from(cut_before);
        let column_offset = location.column.saturating_sub(1).saturating_sub(shown_before);
        Window { text, label: label_start..label_end, column_offset }
    }
}

/// The largest char boundary of `text` at or before `index`.
fn floor_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A window of one line of a spec, numbered as in the whole file.
struct Excerpt<'a> {
    file: SimpleFile<&'a str, &'a str>,
    /// The 1-based number of the line in the file.
    first_line: usize,
    /// Characters of the real line before the window (see [`Window::column_offset`]).
    column_offset: usize,
}

impl<'a> Files<'a> for Excerpt<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: ()) -> Result<&'a str, FilesError> {
        Files::name(&self.file, id)
    }

    fn source(&'a self, id: ()) -> Result<&'a str, FilesError> {
        Files::source(&self.file, id)
    }

    fn line_index(&'a self, id: (), byte_index: usize) -> Result<usize, FilesError> {
        Files::line_index(&self.file, id, byte_index)
    }

    fn line_number(&'a self, _: (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.first_line + line_index)
    }

    fn line_range(&'a self, id: (), line_index: usize) -> Result<std::ops::Range<usize>, FilesError> {
        Files::line_range(&self.file, id, line_index)
    }

    fn column_number(&'a self, id: (), line_index: usize, byte_index: usize) -> Result<usize, FilesError> {
        Ok(Files::column_number(&self.file, id, line_index, byte_index)? + self.column_offset)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let label = format!("{label}[{}]", self.code.entry().id);
        let pointer = if self.pointer.is_empty() { "/".into() } else { shorten(&self.pointer) };
        match &self.location {
            Some(at) => write!(
                f,
                "{label}: {}:{}:{}: {} (at {pointer})",
                self.file,
                at.line,
                at.column,
                shorten(&self.message)
            )?,
            None => write!(f, "{label}: {}: {} (at {pointer})", self.file, shorten(&self.message))?,
        }
        if let Some(hint) = &self.hint {
            write!(f, "; hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends reference tokens to a JSON pointer.
pub fn pointer(base: &str, tokens: &[&str]) -> String {
    let mut out = base.to_owned();
    for token in tokens {
        out.push('/');
        out.push_str(&pointer_token(token));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(source: &str, node: &str) -> Diagnostic {
        let start = source.find(node).expect("node in source");
        let before = source.get(..start).expect("boundary");
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let mut d = Diagnostic::warning(Code::MalformedField, "spec.json", "/a", "odd `a` at 3").at(Location {
            line,
            column,
            bytes: start..start + node.len(),
        });
        d.source = Some(Arc::from(source));
        d
    }

    /// The rendered source line and marker line, and the `file:line:column` header.
    fn rendered(d: &Diagnostic) -> (String, String, String) {
        let report = d.render();
        let lines: Vec<&str> = report.lines().collect();
        let find = |p: &dyn Fn(&str) -> bool| lines.iter().find(|l| p(l)).map(|l| (*l).to_owned()).unwrap_or_default();
        let header = find(&|l| l.contains("┌─"));
        let source = find(&|l| l.contains(" │ ") && !l.contains('^') && l.trim_start().starts_with(char::is_numeric));
        let marker = find(&|l| l.contains('^'));
        (header, source, marker)
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_column() {
        let source = format!("{}é NODE {}\nnext", "x".repeat(5_000), "y".repeat(5_000));
        let d = at(&source, "NODE");
        let (header, line, marker) = rendered(&d);
        assert!(header.ends_with("spec.json:1:5003"), "{header}");
        assert!(line.chars().count() < 220, "{line}");
        assert!(line.contains("…x") && line.contains("y…"), "{line}");
        let node_at = line.chars().position(|c| c == 'N');
        assert_eq!(marker.chars().position(|c| c == '^'), node_at, "\n{line}\n{marker}");
        assert_eq!(marker.matches('^').count(), 4);
    }

    #[test]
    fn long_messages_and_pointers_are_cut() {
        let mut d = at("{\"a\": 1}", "\"a\"");
        d.message = format!("`$ref: {}` does not point to a schema", "r".repeat(10_000));
        d.pointer = format!("/{}", "p".repeat(10_000));
        let report = d.render();
        assert!(report.lines().all(|l| l.chars().count() < 330), "{report}");
        assert!(report.contains("rrr…") && report.contains("ppp…"), "{report}");
        assert!(d.to_string().chars().count() < 700);
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let d = at("{\n  \"a\": 1\n}", "\"a\"");
        let (header, line, marker) = rendered(&d);
        assert!(header.ends_with("spec.json:2:3"), "{header}");
        assert!(line.ends_with("│   \"a\": 1"), "{line}");
        assert_eq!(marker.trim_end().chars().last(), Some('^'));
    }

    #[test]
    fn after_fifty_of_a_kind_one_line_counts_the_rest() {
        let source = "x".repeat(100);
        let many: Vec<Diagnostic> = (0..120)
            .map(|i| {
                let mut d = at(&source, "x");
                d.message = format!("path placeholder `{{p{i}}}` has no path parameter ({i})");
                d
            })
            .chain([Diagnostic::error(Code::InvalidDocument, "spec.json", "", "another kind")])
            .collect();
        let report = render_all(&many);
        assert_eq!(report.matches("warning[S2R0026]: path placeholder").count(), SHOWN_PER_KIND);
        assert!(report.contains("warning: … and 70 more like this: path placeholder … has no path parameter (…)\n"));
        assert!(report.contains("another kind"));
    }
}

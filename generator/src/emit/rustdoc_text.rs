//! Turns free-text spec descriptions (Markdown mixed with HTML, often messy)
//! into Markdown that `cargo doc` renders without warnings and that
//! `cargo test --doc` never tries to compile.
//!
//! Choices made here:
//! * Stray `<` / `>` in prose are backslash-escaped (`\<string\>`), which is
//!   valid CommonMark, renders as plain `<string>`, and keeps the text readable.
//!   A `>` opening a line (a blockquote) is kept.
//! * `<tag>` is only treated as HTML when `tag` is a common HTML element name;
//!   anything else (`<string>`, `<id>`) is a placeholder and gets escaped.
//! * Links are kept only when the target is an absolute URL (`http(s)://`,
//!   `mailto:`, `ftp://`) or a path/fragment (`/`, `./`, `../`, `#`); any other
//!   target (e.g. `(authentication)`) would be resolved as an intra-doc link.
//! * Every fence becomes ` ```text `, whatever its language (` ```rust ` too): spec text is
//!   data, and rustdoc must never compile or run it as a doctest.
//! * `<pre>` and multi-line `<code>` become ` ```text ` blocks. Prose lines are
//!   trimmed (nested list items keep 2 spaces), so no indented code block survives.
//! * `<br>` becomes a paragraph break: a plain newline is a Markdown soft break, and
//!   rustdoc would run the lines together.
//! * Control and bidi-override characters are dropped (rustc rejects the
//!   latter in comments).

/// HTML element names that are converted or dropped; other `<names>` are escaped.
#[rustfmt::skip]
const KNOWN_TAGS: &[&str] = &[
    "a", "abbr", "article", "b", "big", "blockquote", "body", "br", "caption", "center", "cite",
    "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
    "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
    "i", "img", "ins", "kbd", "li", "mark", "nav", "ol", "p", "pre", "q", "s", "samp", "section",
    "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "tt", "u", "ul", "var", "wbr",
];

/// How far (in chars) to look for a closing `]`, backtick run, `>`, `-->` or `</tag>`.
/// Bounds the work per char; a longer construct falls back to escaped text.
const LOOKAHEAD: usize = 4_000;

/// How a piece of spec text is shown in rustdoc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Descriptions and summaries: Markdown with embedded HTML, cleaned; code blocks become `text` blocks.
    Markdown,
    /// The first sentence of [`Form::Markdown`] on one line (empty when the text has none).
    Sentence,
    /// Titles and versions inside a sentence: [`Form::Markdown`] joined onto one line.
    Line,
    /// Names, paths, media types and pointers: one inline code span, shown literally.
    Code,
}

/// The one way spec text reaches a doc comment: every position where the emitter puts spec text
/// into `#[doc]` goes through here, so no spec text is ever compiled, run or read as markup
/// that breaks `cargo doc`.
pub fn spec_to_rustdoc(text: &str, form: Form) -> String {
    match form {
        Form::Markdown => to_rustdoc(text),
        Form::Sentence => summary(text).unwrap_or_default(),
        Form::Line => to_rustdoc(text).split_whitespace().collect::<Vec<_>>().join(" "),
        Form::Code => {
            let text = normalize(text).replace('\n', " ");
            if text.trim().is_empty() { "` `".to_owned() } else { code_span(text.trim()) }
        }
    }
}

/// `text` as an inline code span whose backtick fence is longer than any run inside it.
fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{ticks}{pad}{text}{pad}{ticks}")
}

/// Converts a spec description (Markdown with embedded HTML) into Markdown that rustdoc renders cleanly.
fn to_rustdoc(text: &str) -> String {
    let parts: Vec<String> = blocks(text).iter().map(Block::render).collect();
    parts.join("\n\n")
}

/// First sentence (or first line) of the cleaned text, for a one-line doc summary.
fn summary(text: &str) -> Option<String> {
    blocks(text).into_iter().find_map(|block| match block {
        Block::Text(t) => t.lines().next().map(|l| first_sentence(strip_marker(l.trim())).to_string()),
        Block::Code { .. } => None,
    })
}

/// A cleaned paragraph group, or a code block (always rendered as a `text` block).
enum Block {
    Text(String),
    Code { lines: Vec<String> },
}

impl Block {
    fn code(lines: impl Iterator<Item = String>) -> Block {
        let mut lines: Vec<String> = lines.map(|l| l.trim_end().to_string()).collect();
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let lead = lines.iter().take_while(|l| l.is_empty()).count();
        Block::Code { lines: lines.split_off(lead) }
    }

    fn render(&self) -> String {
        match self {
            Block::Text(t) => t.clone(),
            Block::Code { lines } => {
                let longest = lines.iter().map(|l| run_len(l.trim_start(), '`')).max();
                let fence = "`".repeat(longest.unwrap_or(0).max(2) + 1);
                let mut s = format!("{fence}text\n");
                for line in lines {
                    s.push_str(line);
                    s.push('\n');
                }
                s + &fence
            }
        }
    }
}

/// Splits the text into Markdown fences (kept verbatim) and converted prose.
fn blocks(text: &str) -> Vec<Block> {
    let text = normalize(text);
    let mut out = Vec::new();
    let mut prose = String::new();
    let mut lines = text.split('\n');
    while let Some(line) = lines.next() {
        let Some((indent, ch, n)) = fence_open(line) else {
            prose.push_str(line);
            prose.push('\n');
            continue;
        };
        convert(&std::mem::take(&mut prose), &mut out);
        let body = lines.by_ref().take_while(|l| !is_fence_close(l, ch, n));
        out.push(Block::code(body.map(|l| dedent(l, indent).to_string())));
    }
    convert(&prose, &mut out);
    out
}

/// `\r\n`/`\r` → `\n`, tab → 4 spaces, control and bidi characters dropped.
fn normalize(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => s.push('\n'),
            '\t' => s.push_str("    "),
            c if allowed(c) => s.push(c),
            _ => {}
        }
    }
    s
}

fn allowed(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Parses an opening fence: (indent, fence char, fence length).
fn fence_open(line: &str) -> Option<(usize, char, usize)> {
    let body = line.trim_start_matches(' ');
    let ch = body.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let info = body.trim_start_matches(ch);
    let n = body.len() - info.len();
    if n < 3 || (ch == '`' && info.contains('`')) {
        return None;
    }
    Some((line.len() - body.len(), ch, n))
}

fn is_fence_close(line: &str, ch: char, n: usize) -> bool {
    let t = line.trim();
    t.len() >= n && t.chars().all(|c| c == ch)
}

/// Removes up to `indent` leading spaces.
fn dedent(line: &str, indent: usize) -> &str {
    let spaces = run_len(line, ' ');
    line.get(spaces.min(indent)..).unwrap_or(line) // spaces are 1 byte each: always a char boundary
}

fn run_len(s: &str, ch: char) -> usize {
    s.chars().take_while(|&c| c == ch).count()
}

/// `c[from..to]`, or empty when the range is out of bounds (never panics).
fn slice(c: &[char], from: usize, to: usize) -> &[char] {
    c.get(from..to).unwrap_or_default()
}

/// `c[from..]`, or empty when `from` is out of bounds (never panics).
fn tail(c: &[char], from: usize) -> &[char] {
    c.get(from..).unwrap_or_default()
}

/// Length of the run of `ch` starting at `c[from]`.
fn char_run(c: &[char], from: usize, ch: char) -> usize {
    tail(c, from).iter().take_while(|&&x| x == ch).count()
}

/// Converts one prose chunk and appends the resulting blocks.
fn convert(prose: &str, out: &mut Vec<Block>) {
    let chars: Vec<char> = prose.chars().collect();
    let mut conv = Conv::new(&chars, false);
    conv.run();
    conv.flush();
    out.append(&mut conv.blocks);
}

/// Kind of an open `<b>`/`<i>` element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Emph {
    Bold,
    Italic,
}

impl Emph {
    fn mark(self) -> &'static str {
        match self {
            Emph::Bold => "**",
            Emph::Italic => "*",
        }
    }
}

/// Inline converter over a char slice (never byte offsets).
struct Conv<'a> {
    c: &'a [char],
    out: String,
    blocks: Vec<Block>,
    /// Open HTML lists: `None` = `<ul>`, `Some(n)` = `<ol>` at item `n`.
    lists: Vec<Option<u32>>,
    /// Open `<b>`/`<i>`: (kind, `out.len()` right after the marker).
    emph: Vec<(Emph, usize)>,
    /// Converting link text: no nested links, autolinks, line or block breaks.
    in_link: bool,
    /// Finds closing tags and comment ends.
    closers: Closers<'a>,
}

impl<'a> Conv<'a> {
    fn new(c: &'a [char], in_link: bool) -> Self {
        let closers = Closers::new(c);
        Conv { c, out: String::new(), blocks: Vec::new(), lists: Vec::new(), emph: Vec::new(), in_link, closers }
    }

    /// Converts link text (or other inline-only content) to a single string.
    fn inline(c: &[char]) -> String {
        let mut conv = Conv::new(c, true);
        conv.run();
        let mut text = conv.out.trim().to_string();
        if run_len(&text.chars().rev().collect::<String>(), '\\') % 2 == 1 {
            text.push('\\'); // a trailing lone `\` would escape the `]` that follows
        }
        text
    }

    fn run(&mut self) {
        let mut i = 0;
        while let Some(&ch) = self.c.get(i) {
            i = self.step(ch, i);
        }
    }

    /// Moves the pending prose into a cleaned `Text` block.
    fn flush(&mut self) {
        while let Some((kind, _)) = self.emph.pop() {
            self.close_mark(kind.mark()); // unclosed `<b>`/`<i>`
        }
        let text = clean_lines(&std::mem::take(&mut self.out));
        if !text.is_empty() {
            self.blocks.push(Block::Text(text));
        }
    }

    /// Handles the construct starting at `c[i] == ch`; returns the next index.
    fn step(&mut self, ch: char, i: usize) -> usize {
        let next = self.c.get(i + 1).copied();
        match ch {
            '\\' => match next {
                Some(n) if n.is_ascii_punctuation() => {
                    self.out.push(ch);
                    self.out.push(n);
                    return i + 2;
                }
                // a lone `\` must not escape the `<` of an autolink we emit next
                _ if bare_url(self.c, i + 1).is_some() => self.out.push_str("\\\\"),
                _ => self.out.push(ch),
            },
            '`' => return self.code_span(i),
            '[' => return self.md_link(i),
            ']' => self.out.push_str("\\]"),
            '\n' if self.in_link => self.out.push(' '),
            '<' => return self.angle(i),
            '>' if self.at_line_start() => self.out.push('>'),
            '>' => self.out.push_str("\\>"),
            '&' => match decode_entity(tail(self.c, i)) {
                Some((d, len)) => {
                    // `&amp;lt;` must stay the text `&lt;`, not become `<`
                    if d == '&' && self.c.get(i + len).is_some_and(|n| n.is_alphanumeric() || *n == '#') {
                        self.out.push('\\');
                    }
                    self.push_escaped(d);
                    return i + len;
                }
                None => self.out.push('&'),
            },
            'h' | 'H' if !self.in_link => {
                if let Some(end) = bare_url(self.c, i) {
                    self.out.push('<');
                    self.out.extend(slice(self.c, i, end));
                    self.out.push('>');
                    return end;
                }
                self.out.push(ch);
            }
            _ => self.out.push(ch),
        }
        i + 1
    }

    /// Whether only whitespace precedes on the current output line; looks back only as far as
    /// the first other character, so a long line costs no more per call.
    fn at_line_start(&self) -> bool {
        !self.in_link && self.out.chars().rev().take_while(|&c| c != '\n').all(char::is_whitespace)
    }

    /// Pushes a decoded entity, escaping characters Markdown would interpret.
    fn push_escaped(&mut self, d: char) {
        if "\\`*_[]<>".contains(d) {
            self.out.push('\\');
        }
        self.out.push(d);
    }

    /// Backtick code span on one line is copied verbatim; a lone run is escaped.
    fn code_span(&mut self, i: usize) -> usize {
        let n = char_run(self.c, i, '`');
        let mut j = i + n;
        while let Some(&c) = self.c.get(j).filter(|&&c| c != '\n' && j - i < LOOKAHEAD) {
            let m = if c == '`' { char_run(self.c, j, '`') } else { 1 };
            if c == '`' && m == n {
                self.sep_backticks();
                self.out.extend(slice(self.c, i, j + m));
                return j + m;
            }
            j += m;
        }
        self.out.push_str(&"\\`".repeat(n));
        i + n
    }

    /// Keeps a new code span from merging with a backtick run just emitted.
    fn sep_backticks(&mut self) {
        if self.out.ends_with('`') {
            self.out.push(' ');
        }
    }

    /// `[text](url)` with a URL-like target is kept; any other `[` is escaped.
    fn md_link(&mut self, i: usize) -> usize {
        if let Some((close, end, dest)) = parse_md_link(self.c, i)
            && !self.in_link
            && valid_dest(&dest)
        {
            let text = Conv::inline(slice(self.c, i + 1, close));
            self.out.push_str(&format!("[{text}]({dest})"));
            return end;
        }
        self.out.push_str("\\[");
        i + 1
    }

    /// Comment, autolink, HTML tag, or a stray `<` (escaped).
    fn angle(&mut self, i: usize) -> usize {
        if starts_with_ci(self.c, i, "<!--")
            && let Some(end) = self.closers.find(i + 4, "-->", LOOKAHEAD)
        {
            return end + 3;
        }
        if let Some(end) = autolink(self.c, i).filter(|_| !self.in_link) {
            self.out.extend(slice(self.c, i, end));
            return end;
        }
        match parse_tag(self.c, i) {
            Some(tag) if KNOWN_TAGS.contains(&tag.name.as_str()) => self.tag(&tag),
            _ => {
                self.out.push_str("\\<");
                i + 1
            }
        }
    }

    /// Converts a known HTML tag; returns the index after what it consumed.
    fn tag(&mut self, t: &Tag) -> usize {
        match (t.name.as_str(), t.close) {
            ("br", _) => {
                // A paragraph break: a plain newline would be a soft break, and rustdoc would run
                // the lines together.
                self.brk("\n\n");
                let j = t.end + char_run(self.c, t.end, ' ');
                return if self.c.get(j) == Some(&'\n') { j + 1 } else { t.end };
            }
            (
                "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "hr" | "table" | "blockquote" | "dl" | "section"
                | "article" | "header" | "footer",
                _,
            ) => self.brk("\n\n"),
            ("div" | "tr" | "dt" | "dd" | "caption" | "figcaption", _) => self.newline(),
            ("td" | "th", false) => self.out.push(' '),
            ("b" | "strong", _) => return self.emphasis(Emph::Bold, t),
            ("i" | "em", _) => return self.emphasis(Emph::Italic, t),
            ("code" | "tt" | "kbd" | "samp", false) => {
                let closing = format!("</{}>", t.name);
                if let Some(end) = self.closers.find(t.end, &closing, LOOKAHEAD) {
                    self.code(plain(slice(self.c, t.end, end)), false);
                    return end + closing.chars().count();
                }
            }
            ("pre", false) => {
                let end = self.closers.find(t.end, "</pre>", usize::MAX);
                let content = plain(end.map_or(tail(self.c, t.end), |e| slice(self.c, t.end, e)));
                self.code(content, true);
                return end.map_or(self.c.len(), |e| e + 6);
            }
            ("a", false) => return self.anchor(t),
            ("ul", false) => {
                self.newline();
                self.lists.push(None);
            }
            ("ol", false) => {
                self.newline();
                self.lists.push(Some(0));
            }
            ("ul" | "ol", true) => {
                self.lists.pop();
                if self.lists.is_empty() { self.brk("\n\n") } else { self.newline() }
            }
            ("li", false) => self.item(),
            _ => {}
        }
        t.end
    }

    /// Line/paragraph break (a space inside link text).
    fn brk(&mut self, s: &str) {
        if self.in_link {
            self.out.push(' ');
        } else {
            self.out.push_str(s);
        }
    }

    /// Ends the current line unless already at a line start.
    fn newline(&mut self) {
        let len = self.out.trim_end_matches(' ').len();
        self.out.truncate(len);
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.brk("\n");
        }
    }

    fn item(&mut self) {
        if self.in_link {
            return self.out.push(' ');
        }
        self.newline();
        if self.lists.len() > 1 {
            self.out.push_str("  ");
        }
        match self.lists.last_mut() {
            Some(Some(n)) => {
                *n += 1;
                let marker = format!("{n}. ");
                self.out.push_str(&marker);
            }
            _ => self.out.push_str("* "),
        }
    }

    /// `<b>` → `**`, `<i>` → `*`; whitespace is kept outside the markers.
    fn emphasis(&mut self, kind: Emph, t: &Tag) -> usize {
        let mark = kind.mark();
        if !t.close {
            let spaces = char_run(self.c, t.end, ' ');
            if spaces > 0 {
                self.out.push(' ');
            }
            self.out.push_str(mark);
            self.emph.push((kind, self.out.len()));
            return t.end + spaces;
        }
        let Some(pos) = self.emph.iter().rposition(|&(k, _)| k == kind) else {
            return t.end; // stray closing tag
        };
        let (_, at) = self.emph.remove(pos);
        if self.out.len() == at && self.out.ends_with(mark) {
            self.out.truncate(at - mark.len()); // empty element
        } else {
            self.close_mark(mark);
        }
        t.end
    }

    /// Appends a closing `mark` before any trailing whitespace.
    fn close_mark(&mut self, mark: &str) {
        let ws = self.out.split_off(self.out.trim_end().len());
        self.out.push_str(mark);
        self.out.push_str(&ws);
    }

    /// Emits code: a span, or a ```` ```text ```` block if multi-line or `<pre>`.
    fn code(&mut self, content: String, block: bool) {
        if (block || content.contains('\n')) && !self.in_link {
            self.flush();
            let lines = content.split('\n').map(str::to_string);
            self.blocks.push(Block::code(lines));
            return;
        }
        let content = content.replace('\n', " ");
        if content.trim().is_empty() {
            return self.out.push_str(&content);
        }
        self.sep_backticks();
        self.out.push_str(&code_span(&content));
    }

    /// `<a href="URL">text</a>` → `[text](URL)`; without a usable href the tag is dropped.
    fn anchor(&mut self, t: &Tag) -> usize {
        let href = attr(&t.attrs, "href").map(|h| encode_dest(&plain(&h.chars().collect::<Vec<_>>())));
        let Some((href, end)) =
            href.filter(|h| is_url_like(h) && !self.in_link).zip(self.closers.find(t.end, "</a>", LOOKAHEAD))
        else {
            return t.end;
        };
        let text = Conv::inline(slice(self.c, t.end, end));
        if text.is_empty() {
            self.out.push_str(&format!("<{href}>"));
        } else {
            self.out.push_str(&format!("[{text}]({href})"));
        }
        end + 4
    }
}

/// Trims lines (keeping 2 spaces for nested list items), collapses blank lines, and indents the
/// lines that continue a list item's paragraph to its text (Markdown reads them as part of the
/// item either way; clippy's `doc_lazy_continuation` wants them indented).
fn clean_lines(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    // The indentation of the text of the list item whose paragraph is open.
    let mut item_text: Option<usize> = None;
    for line in text.split('\n') {
        let body = line.trim();
        if body.is_empty() {
            item_text = None;
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(String::new());
            }
            continue;
        }
        let body = normalize_prefix(body);
        let indent = if is_list_item(&body) {
            let nested = if line.len() - line.trim_start().len() >= 2 { 2 } else { 0 };
            item_text = Some(nested + body.len() - strip_marker(&body).len());
            nested
        } else if body.starts_with(['>', '#']) {
            // A quote or a heading ends the item's paragraph.
            item_text = None;
            0
        } else {
            item_text.unwrap_or(0)
        };
        lines.push(format!("{}{body}", " ".repeat(indent)));
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

/// Puts exactly one space after leading `>` / list markers (more would start an
/// indented code block) and escapes a fence opener that follows them.
fn normalize_prefix(body: &str) -> String {
    let (mut out, mut rest) = (String::new(), body);
    loop {
        let after = rest.strip_prefix('>').map_or_else(|| strip_marker(rest), str::trim_start);
        if after.len() == rest.len() {
            break;
        }
        out.push_str(rest.strip_suffix(after).unwrap_or_default().trim_end()); // `after` is a suffix of `rest`
        out.push(' ');
        rest = after;
    }
    if fence_open(rest).is_some() {
        out.push('\\');
    }
    out.push_str(rest);
    out.trim_end().to_string()
}

fn is_list_item(line: &str) -> bool {
    strip_marker(line).len() < line.len()
}

/// `line` without a leading list marker (`* `, `- `, `+ `, `1. `, `1) `).
fn strip_marker(line: &str) -> &str {
    let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest =
        if digits.len() < line.len() { digits.strip_prefix(['.', ')']) } else { line.strip_prefix(['*', '-', '+']) };
    rest.and_then(|r| r.strip_prefix(' ')).map_or(line, str::trim_start)
}

/// Cuts at the first `.`/`!`/`?` followed by whitespace, outside code spans and brackets.
fn first_sentence(line: &str) -> &str {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let (mut code, mut depth, mut k) = (0, 0usize, 0); // code: open backtick run length
    while let Some(&(idx, c)) = chars.get(k) {
        let escaped = k > 0 && chars.get(k - 1).is_some_and(|p| p.1 == '\\');
        match c {
            '`' => {
                let run = chars.iter().skip(k).take_while(|p| p.1 == '`').count();
                if code == run {
                    code = 0;
                } else if code == 0 && !escaped {
                    code = run;
                }
                k += run;
                continue;
            }
            _ if code > 0 || escaped => {}
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '.' | '!' | '?' if depth == 0 && chars.get(k + 1).is_some_and(|n| n.1.is_whitespace()) => {
                return line.get(..idx + 1).unwrap_or(line); // ASCII char: idx + 1 is a boundary
            }
            _ => {}
        }
        k += 1;
    }
    line
}

/// Case-insensitive (ASCII) match of `pat` at `c[at..]`.
fn starts_with_ci(c: &[char], at: usize, pat: &str) -> bool {
    pat.chars().enumerate().all(|(k, p)| c.get(at + k).is_some_and(|x| x.eq_ignore_ascii_case(&p)))
}

/// Finds closing tags and comment ends in a text read from left to right. Each pattern's last
/// answer is kept, so each pattern is searched for once over the whole text rather than once per
/// opening tag (thousands of unclosed `<code>` would otherwise cost `LOOKAHEAD` each).
struct Closers<'a> {
    c: &'a [char],
    /// (pattern, where its last search started, what it found).
    found: Vec<(String, usize, Option<usize>)>,
}

impl<'a> Closers<'a> {
    fn new(c: &'a [char]) -> Self {
        Closers { c, found: Vec::new() }
    }

    /// Index of the first match of `pat` at or after `from`, within `limit` chars.
    fn find(&mut self, from: usize, pat: &str, limit: usize) -> Option<usize> {
        let known = self.found.iter().find(|(p, start, _)| p == pat && *start <= from).map(|&(_, _, at)| at);
        let at = match known {
            Some(Some(at)) if at >= from => Some(at),
            Some(None) => None,
            _ => {
                let at = find_ci(self.c, from, pat, usize::MAX);
                self.found.retain(|(p, _, _)| p != pat);
                self.found.push((pat.to_owned(), from, at));
                at
            }
        };
        at.filter(|&at| at - from < limit)
    }
}

/// Index of the first match of `pat` at or after `from`, within `limit` chars.
fn find_ci(c: &[char], from: usize, pat: &str, limit: usize) -> Option<usize> {
    (from..c.len().min(from.saturating_add(limit))).find(|&k| starts_with_ci(c, k, pat))
}

/// Decodes `&name;`, `&#NN;`, `&#xNN;` at `c[0]`: (char, chars consumed).
fn decode_entity(c: &[char]) -> Option<(char, usize)> {
    let semi = c.iter().take(12).position(|&ch| ch == ';')?;
    let name: String = c.get(1..semi)?.iter().collect();
    let ch = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|&ch| allowed(ch))?
    } else {
        match name.as_str() {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "copy" => '©',
            "reg" => '®',
            "trade" => '™',
            _ => return None,
        }
    };
    Some((ch, semi + 1))
}

/// HTML content as plain text: known tags dropped (`<br>`, `<p>`, `<div>`,
/// `<li>` → newline), comments dropped, entities decoded, other `<` kept.
fn plain(c: &[char]) -> String {
    let mut closers = Closers::new(c);
    let mut s = String::new();
    let mut i = 0;
    while let Some(&ch) = c.get(i) {
        if ch == '<'
            && starts_with_ci(c, i, "<!--")
            && let Some(end) = closers.find(i + 4, "-->", LOOKAHEAD)
        {
            i = end + 3;
        } else if ch == '<'
            && let Some(t) = parse_tag(c, i).filter(|t| KNOWN_TAGS.contains(&t.name.as_str()))
        {
            if matches!(t.name.as_str(), "br" | "p" | "div" | "li") {
                s.push('\n');
            }
            i = t.end;
        } else if ch == '&'
            && let Some((d, len)) = decode_entity(tail(c, i))
        {
            s.push(d);
            i += len;
        } else {
            s.push(ch);
            i += 1;
        }
    }
    s
}

/// A parsed HTML tag: lowercase name, `</...>` or not, raw attributes, end index.
struct Tag {
    name: String,
    close: bool,
    attrs: String,
    end: usize,
}

/// Parses `<name attrs>` / `</name>` / `<name/>` at `c[i] == '<'`.
fn parse_tag(c: &[char], i: usize) -> Option<Tag> {
    let close = c.get(i + 1) == Some(&'/');
    let start = i + 1 + usize::from(close);
    let len = c.get(start..)?.iter().take_while(|ch| ch.is_ascii_alphanumeric()).count();
    if !c.get(start)?.is_ascii_alphabetic() {
        return None;
    }
    let name: String = slice(c, start, start + len).iter().collect::<String>().to_ascii_lowercase();
    let (mut j, mut quote) = (start + len, None);
    loop {
        let ch = *c.get(j).filter(|_| j - i < LOOKAHEAD)?;
        match (quote, ch) {
            (Some(q), _) if ch == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(ch),
            (None, '>') => break,
            (None, '<') => return None,
            _ => {}
        }
        j += 1;
    }
    let attrs: String = slice(c, start + len, j).iter().collect();
    if attrs.starts_with(|ch: char| !ch.is_whitespace() && ch != '/') {
        return None;
    }
    Some(Tag { name, close, attrs, end: j + 1 })
}

/// Value of attribute `name` (lowercase) in a raw attribute string.
fn attr(attrs: &str, name: &str) -> Option<String> {
    // ASCII lowercasing keeps byte offsets identical, so the slices below stay on char boundaries.
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower.get(from..)?.find(name) {
        let at = from + pos;
        from = at + name.len();
        let preceded = attrs.get(..at).is_some_and(|s| s.ends_with(char::is_whitespace));
        let Some(value) = attrs.get(from..).unwrap_or_default().trim_start().strip_prefix('=').filter(|_| preceded)
        else {
            continue;
        };
        let value = value.trim_start();
        let mut chars = value.chars();
        let v = match chars.next() {
            Some(q @ ('"' | '\'')) => chars.as_str().split(q).next(),
            _ => value.split(char::is_whitespace).next(),
        };
        return v.map(|v| v.trim().to_string());
    }
    None
}

/// `<scheme:...>` autolink at `c[i]`; returns the index after `>`.
fn autolink(c: &[char], i: usize) -> Option<usize> {
    if !["<http://", "<https://", "<mailto:"].iter().any(|p| starts_with_ci(c, i, p)) {
        return None;
    }
    let len = c.get(i + 1..)?.iter().take(LOOKAHEAD).position(|&ch| ch == '>' || ch == '<' || ch.is_whitespace())?;
    (c.get(i + 1 + len) == Some(&'>')).then_some(i + len + 2)
}

/// Bare `http(s)://` URL at `c[i]`; returns its end (trailing punctuation excluded).
fn bare_url(c: &[char], i: usize) -> Option<usize> {
    let scheme = ["http://", "https://"].iter().find(|p| starts_with_ci(c, i, p))?.len();
    let stop = |ch: &char| ch.is_whitespace() || "<>\"'`[]{}|\\".contains(*ch);
    let len = tail(c, i).iter().take_while(|ch| !stop(ch)).count();
    let mut url = slice(c, i, i + len);
    while url.len() > scheme
        && let Some((&last, rest)) = url.split_last()
    {
        let unbalanced = |o, cl| url.iter().filter(|&&x| x == cl).count() > url.iter().filter(|&&x| x == o).count();
        if ".,;:!?*_".contains(last) || (last == ')' && unbalanced('(', ')')) {
            url = rest;
        } else {
            return Some(i + url.len());
        }
    }
    None
}

/// Parses `[text](dest)` at `c[i] == '['` on one line: (index of `]`, end, dest).
fn parse_md_link(c: &[char], i: usize) -> Option<(usize, usize, String)> {
    let (mut j, mut depth) = (i, 0usize);
    let close = loop {
        match *c.get(j).filter(|&&ch| ch != '\n' && j - i < LOOKAHEAD)? {
            '\\' => j += 1,
            '[' => depth += 1,
            ']' if depth == 1 => break j,
            ']' => depth -= 1,
            _ => {}
        }
        j += 1;
    };
    if c.get(close + 1) != Some(&'(') {
        return None;
    }
    let (mut k, mut parens) = (close + 2, 1usize);
    loop {
        match *c.get(k).filter(|&&ch| ch != '\n' && k - i < LOOKAHEAD)? {
            '(' => parens += 1,
            ')' if parens == 1 => break,
            ')' => parens -= 1,
            _ => {}
        }
        k += 1;
    }
    let dest: String = slice(c, close + 2, k).iter().collect();
    Some((close, k + 1, dest.trim().to_string()))
}

/// A Markdown link target `url` or `url "title"` with a URL-like `url`.
fn valid_dest(dest: &str) -> bool {
    let (url, title) = dest.split_once(' ').unwrap_or((dest, ""));
    let title = title.trim();
    let quoted = |o, c| title.len() >= 2 && title.starts_with(o) && title.ends_with(c);
    is_url_like(url)
        && !url.contains(['<', '>'])
        && (title.is_empty() || quoted('"', '"') || quoted('\'', '\'') || quoted('(', ')'))
}

/// Targets rustdoc will not try to resolve as intra-doc links.
fn is_url_like(dest: &str) -> bool {
    let d = dest.to_ascii_lowercase();
    let prefixes = ["http://", "https://", "mailto:", "ftp://", "#", "/", "./", "../"];
    prefixes.iter().any(|p| d.starts_with(p))
}

/// Percent-encodes characters that would break a Markdown link target.
fn encode_dest(url: &str) -> String {
    let mut s = String::new();
    for c in url.trim().chars() {
        match c {
            ' ' => s.push_str("%20"),
            '(' => s.push_str("%28"),
            ')' => s.push_str("%29"),
            '<' => s.push_str("%3C"),
            '>' => s.push_str("%3E"),
            c if c.is_whitespace() => {}
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{Form, spec_to_rustdoc, summary, to_rustdoc};

    #[track_caller]
    fn check(input: &str, expected: &str) {
        assert_eq!(to_rustdoc(input), expected, "input: {input:?}");
    }

    // --- the real spec inputs -------------------------------------------------

    const ZOOM_1: &str = "Use this API to get Zoom Chat message reports for a specified period of time. The monthly date range must be within the last six months.\n\n**Scopes:** `report_chat:read:admin`<br>**[Rate Limit Label](https://marketplace.zoom.us/docs/api-reference/rate-limits#rate-limits):** `Medium`\n\n**Prerequisites:** \n* A Pro or higher plan \n* Report chat permissions";
    const ZOOM_2: &str = "Retrieve IM Chat sessions for a specified period of time. This API only supports Oauth2.<br>\n\t\n**Scopes:** `imchat:read, imchat:read:admin`<br>\n **[Rate Limit Label](https://marketplace.zoom.us/docs/api-reference/rate-limits#rate-limits):** `Heavy`\n <br><br>\n <p style=\"background-color:#e1f5fe; color:#000000; padding:8px\"><b>Deprecated:</b> By end of 2021, Zoom is deprecating this API in favor of a consolidated set of APIs. The API will still be available for you to use, though Zoom will no longer provide support for it. For further information, see <a href=\"https://marketplace.zoom.us/docs/guides/stay-up-to-date/announcements#im-api-notice\">Announcements: IM APIs Deprecation</a>.</p>\n \n";
    const ZOOM_3: &str = "Get chat messages for a specified period.\n\n";
    const ZOOM_4: &str = "**HTTP Status Code:** `200` <br>\nArchived chat messages returned.";
    const ZOOM_5: &str = "The API only returns this value if the `include_fields` query parameter contains the `edited_messages` and/or the `deleted_messages` values.\n\nTo include **both** edited and deleted messages, comma-separate both values.";
    const ZOOM_6: &str = "see https://example.com/x for details and string [date] type";

    #[test]
    fn real_input_1() {
        check(
            ZOOM_1,
            "Use this API to get Zoom Chat message reports for a specified period of time. The monthly date range must be within the last six months.\n\n**Scopes:** `report_chat:read:admin`\n\n**[Rate Limit Label](https://marketplace.zoom.us/docs/api-reference/rate-limits#rate-limits):** `Medium`\n\n**Prerequisites:**\n* A Pro or higher plan\n* Report chat permissions",
        );
    }

    #[test]
    fn real_input_2() {
        check(
            ZOOM_2,
            "Retrieve IM Chat sessions for a specified period of time. This API only supports Oauth2.\n\n**Scopes:** `imchat:read, imchat:read:admin`\n\n**[Rate Limit Label](https://marketplace.zoom.us/docs/api-reference/rate-limits#rate-limits):** `Heavy`\n\n**Deprecated:** By end of 2021, Zoom is deprecating this API in favor of a consolidated set of APIs. The API will still be available for you to use, though Zoom will no longer provide support for it. For further information, see [Announcements: IM APIs Deprecation](https://marketplace.zoom.us/docs/guides/stay-up-to-date/announcements#im-api-notice).",
        );
    }

    #[test]
    fn real_input_3() {
        check(ZOOM_3, "Get chat messages for a specified period.");
    }

    #[test]
    fn real_input_4() {
        check(ZOOM_4, "**HTTP Status Code:** `200`\n\nArchived chat messages returned.");
    }

    #[test]
    fn real_input_5() {
        check(
            ZOOM_5,
            "The API only returns this value if the `include_fields` query parameter contains the `edited_messages` and/or the `deleted_messages` values.\n\nTo include **both** edited and deleted messages, comma-separate both values.",
        );
    }

    #[test]
    fn real_input_6() {
        check(ZOOM_6, "see <https://example.com/x> for details and string \\[date\\] type");
    }

    #[test]
    fn real_inputs_are_idempotent() {
        for input in [ZOOM_1, ZOOM_2, ZOOM_3, ZOOM_4, ZOOM_5, ZOOM_6] {
            let once = to_rustdoc(input);
            assert_eq!(to_rustdoc(&once), once);
        }
    }

    #[test]
    fn real_input_summaries() {
        let s = |t| summary(t).expect("non-empty");
        assert_eq!(s(ZOOM_1), "Use this API to get Zoom Chat message reports for a specified period of time.");
        assert_eq!(s(ZOOM_2), "Retrieve IM Chat sessions for a specified period of time.");
        assert_eq!(s(ZOOM_3), "Get chat messages for a specified period.");
        assert_eq!(s(ZOOM_4), "**HTTP Status Code:** `200`");
        assert_eq!(
            s(ZOOM_5),
            "The API only returns this value if the `include_fields` query parameter contains the `edited_messages` and/or the `deleted_messages` values."
        );
        assert_eq!(s(ZOOM_6), "see <https://example.com/x> for details and string \\[date\\] type");
    }

    // --- HTML ------------------------------------------------------------------

    #[test]
    fn br_is_a_paragraph_break() {
        check("a<br>b<br/>c<br />d<BR>e", "a\n\nb\n\nc\n\nd\n\ne");
        check("a<br><br>b", "a\n\nb");
        check("a <br>\nb", "a\n\nb"); // newline right after <br> adds nothing
        check("a<br>\n<br>b", "a\n\nb");
    }

    #[test]
    fn p_with_attributes_is_a_paragraph_break() {
        check(
            "intro<p style=\"background-color:#e1f5fe; color:#000000; padding:8px\">para</p>end",
            "intro\n\npara\n\nend",
        );
    }

    #[test]
    fn bold_and_italic() {
        check("<b>B</b> <strong>S</strong> <i>I</i> <em>E</em>", "**B** **S** *I* *E*");
        check("<b> spaced </b>x", "**spaced** x");
        check("a<b></b>b", "ab");
        check("<b>open", "**open**");
    }

    #[test]
    fn code_tags() {
        check("use <code>a&lt;b&gt;</code> or <code>x`y</code>", "use `a<b>` or ``x`y``");
        check("<code>line1\nline2</code>", "```text\nline1\nline2\n```");
        check("<pre>\n  {\"a\": &quot;b&quot;}\n</pre>", "```text\n  {\"a\": \"b\"}\n```");
    }

    #[test]
    fn anchors() {
        check("see <a href=\"https://x.com/a?b=1&amp;c=2\">the docs</a>.", "see [the docs](https://x.com/a?b=1&c=2).");
        // a bare-word target would be an unresolved intra-doc link: keep the text only
        check(
            "<a href=\"authentication\">Auth</a> <a href=\"#frag\">F</a> <a href=\"https://e.com\"></a>",
            "Auth [F](#frag) <https://e.com>",
        );
        check("<a name=\"x\">see https://x.com</a>", "see <https://x.com>");
    }

    #[test]
    fn html_lists() {
        check(
            "Items:<ul><li>one</li>\n<li>two<ul><li>nested</li></ul></li></ul>After",
            "Items:\n* one\n* two\n  * nested\n\nAfter",
        );
        check("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b");
    }

    #[test]
    fn other_tags_and_comments_dropped() {
        check("<div>x</div><div>y</div><span>z</span><!-- hidden -->!<font color=red>r</font>", "x\ny\nz!r");
    }

    #[test]
    fn entities() {
        check("&amp; &lt; &gt; &quot; &#39; a&nbsp;b &#65; &#x42; &#X43;", "& \\< \\> \" ' a b A B C");
        check("a & b &c d&#; &#xZZ; &#0; &unknown;", "a & b &c d&#; &#xZZ; &#0; &unknown;");
        check("&lt;string&gt; &amp;lt; 2 &#42;x&#42;", "\\<string\\> \\&lt; 2 \\*x\\*");
    }

    #[test]
    fn stray_angle_brackets_are_escaped() {
        check(
            "Pass <string> or <your_token> (a < b, c > d)",
            "Pass \\<string\\> or \\<your_token\\> (a \\< b, c \\> d)",
        );
        check("> quoted\na -> b", "> quoted\na -\\> b");
    }

    // --- Markdown ------------------------------------------------------------------

    #[test]
    fn markdown_is_preserved() {
        let md = "**bold** [text](https://x.com) `code [x]` *it*\n* item\n- dash";
        check(md, md);
        check("[b](https://x.com \"T\") [c](https://x.com/(p))", "[b](https://x.com \"T\") [c](https://x.com/(p))");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        check(
            "see https://example.com/x, or (https://x.com/a_(b)). https://y.z/p.",
            "see <https://example.com/x>, or (<https://x.com/a_(b)>). <https://y.z/p>.",
        );
        check(
            "[https://a.b](https://a.b) `https://c.d` <https://e.f> \"https://g.h\"",
            "[https://a.b](https://a.b) `https://c.d` <https://e.f> \"<https://g.h>\"",
        );
        check("a\\https://x.com", "a\\\\<https://x.com>");
    }

    #[test]
    fn non_link_brackets_are_escaped() {
        check(
            "string [date] [Required] foo[0] [x](authentication) [Self] \\[ok\\]",
            "string \\[date\\] \\[Required\\] foo\\[0\\] \\[x\\](authentication) \\[Self\\] \\[ok\\]",
        );
        check("[a](https://x.com/a b)", "\\[a\\](<https://x.com/a> b)");
    }

    #[test]
    fn backticks() {
        check("lone ` tick and ```x``` ok", "lone \\` tick and ```x``` ok");
    }

    // --- code blocks and indentation ----------------------------------------------

    #[test]
    fn fences() {
        check("```\nlet x = 1;\n```", "```text\nlet x = 1;\n```");
        check("```json\n{\"a\": [1]}\n```", "```text\n{\"a\": [1]}\n```");
        check("```rust\nfn main() {}\n```", "```text\nfn main() {}\n```");
        check("~~~\nunclosed <b>", "```text\nunclosed <b>\n```");
        check("* item\n    ```js\n    code\n    ```", "* item\n\n```text\ncode\n```");
    }

    #[test]
    fn indented_lines_are_not_code() {
        check("Example:\n\n    fn main() {}\n\tx = 1;\n        deeper", "Example:\n\nfn main() {}\nx = 1;\ndeeper");
    }

    #[test]
    fn list_nesting_and_markers() {
        check("* a\n    * b\n        * c\n*     d\n>      e", "* a\n  * b\n  * c\n* d\n> e");
    }

    /// Regression (class: list items whose text wraps onto unindented lines, as in openai's and
    /// linode's specs): clippy's `doc_lazy_continuation` refused the generated crates.
    #[test]
    fn lines_continuing_a_list_item_are_indented_to_its_text() {
        check("* a\nwraps\n  1. b\nwraps\n\nafter", "* a\n  wraps\n  1. b\n     wraps\n\nafter");
        check("10. ten\nwraps\n# Heading", "10. ten\n    wraps\n# Heading");
    }

    // --- hostile text: never code, never broken docs ------------------------------------

    const WRITE: &str = "std::fs::write(\"/tmp/pwned\", \"\").unwrap();";

    fn markdown(text: &str) -> String {
        spec_to_rustdoc(text, Form::Markdown)
    }

    /// The info strings of every fence that opens a block in rustdoc Markdown.
    fn opened_fences(doc: &str) -> Vec<String> {
        let mut open: Option<String> = None;
        let mut infos = Vec::new();
        for line in doc.lines() {
            let t = line.trim_start();
            match &open {
                Some(fence) if t.trim_end() == fence.as_str() => open = None,
                Some(_) => {}
                None if t.starts_with("```") || t.starts_with("~~~") => {
                    let fence: String = t.chars().take_while(|&c| c == '`' || c == '~').collect();
                    infos.push(t.get(fence.len()..).unwrap_or_default().to_owned());
                    open = Some(fence);
                }
                None => {}
            }
        }
        assert!(open.is_none(), "a fence is left open in {doc:?}");
        infos
    }

    #[test]
    fn every_fenced_block_becomes_text_whatever_its_language() {
        for lang in ["rust", "", "rs", "should_panic", "compile_fail", "no_run", "edition2021", "ignore", "rust,no_run"]
        {
            let doc = markdown(&format!("Run this:\n```{lang}\n{WRITE}\n```\nafter"));
            assert_eq!(opened_fences(&doc), ["text"], "{lang}: {doc}");
            let tilde = markdown(&format!("~~~{lang}\n{WRITE}\n~~~"));
            assert_eq!(opened_fences(&tilde), ["text"], "{lang}: {tilde}");
        }
    }

    #[test]
    fn unbalanced_fences_are_closed() {
        let doc = markdown(&format!("```rust\n{WRITE}"));
        assert_eq!(doc, format!("```text\n{WRITE}\n```"));
        // A closing fence alone opens an (empty) text block, never a Rust one.
        let doc = markdown(&format!("a\n```\n{WRITE}\n```\n```\nb"));
        assert!(opened_fences(&doc).iter().all(|info| info == "text"), "{doc}");
    }

    #[test]
    fn indented_code_blocks_become_prose() {
        let doc = markdown(&format!("Example:\n\n    {WRITE}\n\n\t{WRITE}"));
        assert!(doc.lines().all(|l| !l.starts_with("    ")), "{doc}");
        assert!(opened_fences(&doc).is_empty());
    }

    #[test]
    fn raw_html_is_escaped_or_dropped() {
        assert_eq!(markdown("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
        assert_eq!(markdown("a<img src=x onerror=alert(1)>b<iframe src=x>"), "ab\\<iframe src=x\\>");
    }

    #[test]
    fn links_that_rustdoc_would_resolve_or_flag_are_escaped() {
        assert_eq!(markdown("[Client] [x](Client) [a][b]"), "\\[Client\\] \\[x\\](Client) \\[a\\]\\[b\\]");
        assert_eq!(markdown("see https://e.com/x"), "see <https://e.com/x>");
    }

    #[test]
    fn comment_and_attribute_openers_stay_text() {
        // Doc text is emitted as string literals, one line each, which prettyplease prints as
        // `///` line comments: `*/` and `#![` cannot end or open anything there.
        assert_eq!(markdown("*/ /* #![doc = \"x\"] #[cfg(any())]"), "*/ /* #!\\[doc = \"x\"\\] #\\[cfg(any())\\]");
    }

    #[test]
    fn code_form_is_one_inert_inline_code_span() {
        let code = |t: &str| spec_to_rustdoc(t, Form::Code);
        assert_eq!(code("/pets/{id}"), "`/pets/{id}`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a`"), "`` `a` ``");
        assert_eq!(code("x\n```rust\nfn f() {}\n```"), "```` x ```rust fn f() {} ``` ````");
        assert_eq!(code("a\u{202E}b\rc"), "`ab c`");
        assert_eq!(code(" \n "), "` `");
    }

    #[test]
    fn line_form_is_one_line_with_fences_made_inline() {
        let line = |t: &str| spec_to_rustdoc(t, Form::Line);
        assert_eq!(line("Pet  Store\n API"), "Pet Store API");
        let fenced = line(&format!("T\n```rust\n{WRITE}\n```"));
        assert!(!fenced.contains('\n') && opened_fences(&fenced).is_empty(), "{fenced}");
        assert_eq!(line("<script>[x]"), "\\<script\\>\\[x\\]");
    }

    #[test]
    fn sentence_form_is_the_cleaned_first_sentence() {
        assert_eq!(spec_to_rustdoc("Gets <b>a</b> pet. More.", Form::Sentence), "Gets **a** pet.");
        assert_eq!(spec_to_rustdoc("```rust\ncode\n```", Form::Sentence), "");
    }

    // --- whitespace and characters -------------------------------------------------

    #[test]
    fn whitespace() {
        check("a\r\nb  \r\n\r\n\r\n\r\n  c\t\n\n", "a\nb\n\nc");
        check("\n\n  lead\n\n", "lead");
        check("", "");
        check("   \n\t\n", "");
    }

    #[test]
    fn control_and_bidi_characters_removed() {
        check("x\u{202E}y\u{0}z\u{7}\u{2066}w", "xyzw");
    }

    // --- summary -----------------------------------------------------------------

    #[test]
    fn summaries() {
        assert_eq!(summary(""), None);
        assert_eq!(summary(" \n<p></p>"), None);
        assert_eq!(summary("```\ncode only\n```"), None);
        assert_eq!(summary("First one. Second."), Some("First one.".into()));
        assert_eq!(summary("<ol><li>a</li></ol>"), Some("a".into()));
        assert_eq!(
            summary("Use `a. b` and [x. y](https://z.com). Next"),
            Some("Use `a. b` and [x. y](https://z.com).".into())
        );
        assert_eq!(summary("Line one\nline two. More"), Some("Line one".into()));
    }

    // --- robustness -----------------------------------------------------------------

    #[test]
    fn never_panics_on_malformed_input() {
        let pieces = [
            "<",
            ">",
            "</",
            "<b",
            "<a href=",
            "<a href=\"",
            "\"",
            "'",
            "&",
            "&#",
            "&#x",
            "&#x110000;",
            "&#xD800;",
            "&amp",
            ";",
            "[",
            "]",
            "](",
            "(",
            ")",
            "`",
            "``",
            "```",
            "~~~",
            "\\",
            "\n",
            "\r",
            "\t",
            "<!--",
            "-->",
            "<pre>",
            "</pre>",
            "<code>",
            "</code>",
            "<li>",
            "</ul>",
            "</ol>",
            "<br>",
            "https://",
            "http://x",
            "*",
            "é",
            "日本",
            "🦀",
            "\u{202E}",
            "\u{0}",
            "\u{FEFF}",
            " ",
            "a",
        ];
        for a in pieces {
            for b in pieces {
                for c in ["", "<", "x", "`", "]", "&"] {
                    let input = format!("{a}{b}{c}");
                    let _ = to_rustdoc(&input);
                    let _ = summary(&input);
                }
            }
        }
    }

    #[test]
    fn never_panics_on_random_unicode_and_is_deterministic() {
        let mut state: u32 = 0x1234_5678;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        for _ in 0..3000 {
            let len = next() % 60;
            let input: String = (0..len)
                .map(|_| match next() % 4 {
                    0 => char::from_u32(next() % 0x11_0000).unwrap_or('\u{FFFD}'),
                    1 => "<>&;[]()`\\*_#\n \t/:".chars().nth((next() % 18) as usize).unwrap_or(' '),
                    _ => char::from_u32(0x20 + next() % 0x5F).unwrap_or('x'),
                })
                .collect();
            let out = to_rustdoc(&input);
            assert_eq!(out, to_rustdoc(&input));
            assert!(!out.contains('\r') && !out.contains('\t'));
            let _ = summary(&input);
        }
    }
}

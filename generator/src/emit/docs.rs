//! Doc comments for generated items. Spec text reaches them only through
//! [`spec_to_rustdoc`]; the helpers here take text it already cleaned, or the spec's description.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub use super::rustdoc_text::{Form, spec_to_rustdoc};

/// `#[doc]` attributes, one per line, for a spec description given as Markdown with embedded HTML.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else { return TokenStream::new() };
    lines_to_attrs(&spec_to_rustdoc(text, Form::Markdown))
}

/// `#[doc]` attributes for several paragraphs of already clean Markdown; empty ones are skipped.
pub fn paragraphs(paragraphs: &[String]) -> TokenStream {
    let text: Vec<&str> = paragraphs.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
    lines_to_attrs(&text.join("\n\n"))
}

/// `#![doc]` attributes (module or crate docs) for several paragraphs of clean Markdown.
pub fn inner_paragraphs(paragraphs: &[String]) -> TokenStream {
    let text: Vec<&str> = paragraphs.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
    let joined = text.join("\n\n");
    let lines =
        joined.lines().map(|line| doc_literal(&if line.is_empty() { String::new() } else { format!(" {line}") }));
    quote! { #( #![doc = #lines] )* }
}

/// Spec text as one plain line for messages at run time (never for docs): no Markdown, no
/// label such as `**Error Code:** 300`.
pub fn plain_line(text: &str) -> String {
    let cleaned = spec_to_rustdoc(text, Form::Markdown).replace(['*', '`', '\\'], "");
    let joined = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    strip_status_label(&joined).to_owned()
}

/// Drops a leading `HTTP Status Code: 200` / `Error Code: 300` label.
fn strip_status_label(text: &str) -> &str {
    let Some((label, rest)) = text.split_once(':') else { return text };
    let rest = rest.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if label.to_ascii_lowercase().ends_with("code") && digits == 3 {
        rest.get(digits..).map(str::trim_start).filter(|r| !r.is_empty()).unwrap_or(text)
    } else {
        text
    }
}

fn lines_to_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| doc_literal(&if line.is_empty() { String::new() } else { format!(" {line}") }));
    quote! { #( #[doc = #lines] )* }
}

/// The string literal of a doc attribute (one line of docs). Raw (`r"…"`, with as many `#` as the line
/// needs) when prettyplease prints the attribute as a `///` or `//!` line from its value alone:
/// syn and prettyplease read a raw literal back with a copy, whereas an escaped one is escaped and
/// unescaped again character by character, a tenth of the formatting work for documented APIs.
/// An ordinary escaped literal otherwise.
pub fn doc_literal(line: &str) -> Literal {
    // prettyplease prints an outer doc starting with `/` (which `///` would turn into `////`) or
    // one of several lines as the attribute itself; a raw literal needs no bare carriage return.
    if line.starts_with('/') || line.contains(['\n', '\r']) {
        return Literal::string(line);
    }
    // The literal ends at the first quote followed by its `#`s: one more than any quote is followed by.
    let mut hashes = 0;
    let mut rest = line;
    while let Some(quote) = rest.find('"') {
        rest = rest.get(quote + 1..).unwrap_or_default();
        let run = rest.len() - rest.trim_start_matches('#').len();
        hashes = hashes.max(run + 1);
    }
    let fence = "#".repeat(hashes);
    // proc-macro2 reads at most 255 `#` (as rustc); beyond that, or should it refuse the literal, escape it.
    let raw = (hashes <= 255).then(|| format!("r{fence}\"{line}\"{fence}").parse::<Literal>().ok()).flatten();
    raw.unwrap_or_else(|| Literal::string(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What syn reads back from a doc line's literal, and the literal as written.
    fn read_back(line: &str) -> (String, String) {
        let literal = doc_literal(line);
        let parsed: syn::LitStr = syn::parse2(quote!(#literal)).unwrap();
        (parsed.value(), literal.to_string())
    }

    #[test]
    fn doc_lines_are_raw_literals_that_read_back_as_the_line() {
        assert_eq!(read_back(" Plain text."), (" Plain text.".to_owned(), "r\" Plain text.\"".to_owned()));
        assert_eq!(read_back(" Say \"hi\"#."), (" Say \"hi\"#.".to_owned(), "r##\" Say \"hi\"#.\"##".to_owned()));
        assert_eq!(
            read_back(" a \"## b \"# c"),
            (" a \"## b \"# c".to_owned(), "r###\" a \"## b \"# c\"###".to_owned())
        );
        assert_eq!(
            read_back(" Ends with a quote\""),
            (" Ends with a quote\"".to_owned(), "r#\" Ends with a quote\"\"#".to_owned())
        );
        assert_eq!(read_back(""), (String::new(), "r\"\"".to_owned()));
        assert_eq!(read_back(" \\ and \0 and \u{1F600}").0, " \\ and \0 and \u{1F600}");
    }

    #[test]
    fn doc_lines_prettyplease_prints_as_attributes_stay_escaped() {
        for line in ["/ starts with a slash", " two\nlines", " a \r return"] {
            let (value, written) = read_back(line);
            assert_eq!(value, line);
            assert!(written.starts_with('"'), "{written}");
        }
        let fence = format!(" \"{}", "#".repeat(300));
        assert!(read_back(&fence).1.starts_with('"'));
        assert_eq!(read_back(&fence).0, fence);
    }

    #[test]
    fn status_labels_are_dropped_from_meanings() {
        assert_eq!(
            plain_line(
                "**Error Code:**`300` <br>\nThe next page token is either invalid or has expired.<br>\nReport requested exceeds 6 month limit."
            ),
            "The next page token is either invalid or has expired. Report requested exceeds 6 month limit."
        );
        assert_eq!(
            plain_line("**HTTP Status Code:** `200` <br>\nArchived chat messages returned."),
            "Archived chat messages returned."
        );
        assert_eq!(plain_line("Not found"), "Not found");
        assert_eq!(plain_line("Error Code: 300"), "Error Code: 300");
    }
}

//! Doc comments for generated items. Spec text reaches them only through
//! [`spec_to_rustdoc`]; the helpers here take text it already cleaned, or the spec's description.

use proc_macro2::TokenStream;
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
    let lines = joined.lines().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
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
    let lines = text.lines().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
    quote! { #( #[doc = #lines] )* }
}

#[cfg(test)]
mod tests {
    use super::*;

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

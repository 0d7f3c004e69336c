//! Identifiers for generated items, built so that they are always valid and never collide.

use std::collections::HashSet;

use proc_macro2::{Ident, Span};

use crate::naming::{escape_keyword, snake_name, type_name};

/// A type or variant identifier from a name the IR already made `UpperCamelCase`.
pub fn type_ident(name: &str) -> Ident {
    let name = if is_plain_ident(name) && !crate::naming::is_keyword(name) { name.to_owned() } else { type_name(name) };
    Ident::new(&name, Span::call_site())
}

/// A `snake_case` identifier (escaped with `r#` where it is a keyword).
pub fn snake_ident(name: &str) -> Ident {
    ident_from_snake(&snake_name(name))
}

/// The identifier for an already `snake_case` name (escaped with `r#` where it is a keyword).
pub fn ident_from_snake(snake: &str) -> Ident {
    let escaped = escape_keyword(snake);
    match escaped.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(&escaped, Span::call_site()),
    }
}

fn is_plain_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
}

/// Hands out `snake_case` names that are unique within one scope (a struct's fields, a builder's
/// methods), suffixing a number on collision.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope { taken: reserved.iter().map(|s| (*s).to_owned()).collect() }
    }

    /// A unique snake-case identifier for `raw`; also returns its plain text (for comparisons).
    pub fn snake(&mut self, raw: &str) -> (Ident, String) {
        let unique = self.unique(snake_name(raw), "_");
        (ident_from_snake(&unique), unique)
    }

    /// A unique `UpperCamelCase` identifier for `raw`.
    pub fn camel(&mut self, raw: &str) -> Ident {
        let unique = self.unique(type_name(raw), "");
        Ident::new(&unique, Span::call_site())
    }

    fn unique(&mut self, base: String, separator: &str) -> String {
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{separator}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }
}

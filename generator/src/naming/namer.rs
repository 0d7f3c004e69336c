//! The [`Namer`]: identifiers unique within one scope of the generated crate.

use std::collections::{HashMap, HashSet};

use super::{escape_keyword, is_keyword, snake_name, type_name};

/// Hands out identifiers that are unique within one scope (a struct's fields, a builder's
/// methods, a module's types, the crate's modules), numbering on collision: the first name for
/// `raw` is its plain form, later ones get `_2`, `_3`, … (`2`, `3`, … for type names).
///
/// Uniqueness is decided on the final identifier, after case conversion, shortening and keyword
/// escaping, so two spec names that differ only in case, punctuation or beyond the length limit
/// still get two identifiers. The search for a free name always ends, in linear time overall:
/// distinct numbers give distinct names, and numbering for each base goes on from the last number
/// it gave (every lower number is still taken, as names are never given back).
#[derive(Debug, Default)]
pub struct Namer {
    /// Final identifiers handed out or reserved.
    taken: HashSet<String>,
    /// Per base name, the next number to try.
    next: HashMap<String, usize>,
}

impl Namer {
    /// A scope where the `reserved` identifiers (the crate's own names) are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namer { taken: reserved.iter().map(|name| (*name).to_owned()).collect(), next: HashMap::new() }
    }

    /// A scope where `names` (the identifiers a pass finds in use, such as an API's type names)
    /// are already taken.
    pub fn taking(names: impl IntoIterator<Item = String>) -> Self {
        Namer { taken: names.into_iter().collect(), next: HashMap::new() }
    }

    /// A unique `snake_case` name for `raw` (fields, parameters, methods), before keyword
    /// escaping (see [`escape_keyword`]); unique on its escaped form.
    pub fn snake(&mut self, raw: &str) -> String {
        let base = snake_name(raw);
        self.unique(base, |base, n| format!("{base}_{n}"), escape_keyword)
    }

    /// A unique `snake_case` name for `raw` that is no keyword at all (module names, which are
    /// also folder names): a keyword gets the suffix `_api`.
    pub fn module(&mut self, raw: &str) -> String {
        let base = snake_name(raw);
        let base = if is_keyword(&base) { format!("{base}_api") } else { base };
        self.unique(base, |base, n| format!("{base}_{n}"), str::to_owned)
    }

    /// A unique `UpperCamelCase` name for `raw` (types and variants).
    pub fn camel(&mut self, raw: &str) -> String {
        self.claim(type_name(raw))
    }

    /// `name`, a type name as [`type_name`] makes them, numbered as [`Namer::camel`] numbers if
    /// it is taken.
    pub fn claim(&mut self, name: String) -> String {
        self.numbered(name)
    }

    /// `text` as it is, else `text` with the first number from 2 that makes it free (`Pet2`):
    /// names that are no identifiers yet, such as the schema names of a bundled document.
    pub fn numbered(&mut self, text: String) -> String {
        self.unique(text, |base, n| format!("{base}{n}"), str::to_owned)
    }

    /// `base`, else `numbered(base, n)` for the first `n` from 2 whose final form is free.
    fn unique(
        &mut self,
        base: String,
        numbered: impl Fn(&str, usize) -> String,
        to_final: impl Fn(&str) -> String,
    ) -> String {
        if self.taken.insert(to_final(&base)) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let name = numbered(&base, *n);
            *n += 1;
            if self.taken.insert(to_final(&name)) {
                return name;
            }
        }
    }
}

#[cfg(test)]
mod tests;

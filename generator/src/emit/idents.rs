//! Identifiers for generated items, built so that they are always valid and never collide.

use std::collections::HashSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::naming::{escape_keyword, is_keyword, is_type_name, snake_name, type_name};

/// A type or variant identifier from a name the IR already made a type name (the readers' type
/// registry decides model names on these final identifiers, so they are written unchanged).
pub fn type_ident(name: &str) -> Ident {
    let name = if is_type_name(name) { name.to_owned() } else { type_name(name) };
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

/// Methods of operator traits, which clippy (`should_implement_trait`) expects any method that takes
/// `self` and one argument under that name to implement, as a chainable setter does.
const OPERATOR_METHODS: &[&str] = &["add", "bitand", "bitor", "bitxor", "div", "mul", "rem", "shl", "shr", "sub"];

/// For a setter (`fn x(mut self, x: T) -> Self`) named like an operator trait's method, the allow
/// clippy needs: its name is the spec's, of the field or parameter it sets.
pub fn setter_allow(setter: &Ident) -> Option<TokenStream> {
    OPERATOR_METHODS.contains(&setter.to_string().as_str()).then(|| quote!(#[allow(clippy::should_implement_trait)]))
}

/// Hands out identifiers that are unique within one scope (a struct's fields, a builder's
/// methods, a module's types), numbering on collision. Uniqueness is decided on the final
/// identifier (after case conversion, shortening and keyword escaping), and the search for a free
/// name ends by construction: distinct numbers give distinct names, so it tries at most one more
/// name than the scope holds.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope where `reserved` identifiers are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope { taken: reserved.iter().map(|s| (*s).to_owned()).collect() }
    }

    /// A unique snake-case identifier for `raw`; also returns its plain text (for comparisons).
    pub fn snake(&mut self, raw: &str) -> (Ident, String) {
        let base = snake_name(raw);
        let unique = self.unique(&base, |n| format!("{base}_{n}"), escape_keyword);
        (ident_from_snake(&unique), unique)
    }

    /// A unique snake-case name for `raw` that is not a keyword at all (module names, which are
    /// also folder names).
    pub fn plain_snake(&mut self, raw: &str) -> String {
        let base = snake_name(raw);
        let base = if is_keyword(&base) { format!("{base}_api") } else { base };
        self.unique(&base, |n| format!("{base}_{n}"), str::to_owned)
    }

    /// A unique `UpperCamelCase` identifier for `raw`.
    pub fn camel(&mut self, raw: &str) -> Ident {
        let base = type_name(raw);
        let unique = self.unique(&base, |n| format!("{base}{n}"), str::to_owned);
        Ident::new(&unique, Span::call_site())
    }

    /// `base`, else `numbered(2)`, `numbered(3)`, …: the first whose final form is free.
    fn unique(&mut self, base: &str, numbered: impl Fn(usize) -> String, to_final: impl Fn(&str) -> String) -> String {
        let mut name = base.to_owned();
        let mut n = 2;
        while self.taken.contains(&to_final(&name)) {
            name = numbered(n);
            n += 1;
        }
        self.taken.insert(to_final(&name));
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (class: names that collide only after case conversion): `get2` and `get_2`
    /// are both `Get2` as types.
    #[test]
    fn camel_names_are_unique_after_case_conversion() {
        let mut scope = Scope::default();
        let names: Vec<String> = ["get2", "get_2", "Get2"].iter().map(|n| scope.camel(n).to_string()).collect();
        assert_eq!(names, ["Get2", "Get22", "Get23"]);
    }

    /// Regression (class: a numbered name colliding with a later spec name): `list`, `list`,
    /// `list2`, `list_2`.
    #[test]
    fn numbered_names_never_collide_with_later_names() {
        let mut snake = Scope::default();
        let names: Vec<String> = ["list", "list", "list_2", "list2"].iter().map(|n| snake.snake(n).1).collect();
        assert_eq!(names, ["list", "list_2", "list_2_2", "list2"]);
        let mut camel = Scope::default();
        let types: Vec<String> = ["list", "list", "list2"].iter().map(|n| camel.camel(n).to_string()).collect();
        assert_eq!(types, ["List", "List2", "List22"]);
    }

    /// Regression (class: keyword escaping making two names equal): `self` is written `self_`.
    #[test]
    fn escaped_keywords_are_unique_on_the_final_identifier() {
        let mut scope = Scope::default();
        let names: Vec<String> =
            ["self_", "self", "type", "r#type"].iter().map(|n| scope.snake(n).0.to_string()).collect();
        assert_eq!(names, ["self_", "self_2", "r#type", "r_type"]);
    }

    /// Regression (class: names that collide after shortening): long names that differ only
    /// beyond the length limit still get distinct identifiers, and the search ends.
    #[test]
    fn long_names_that_collide_after_shortening_stay_distinct() {
        let long = "a_very_long_operation_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason";
        let mut scope = Scope::default();
        let names: HashSet<String> = (0..50).map(|i| scope.snake(&format!("{long}_{i}")).1).collect();
        assert_eq!(names.len(), 50);
        let mut types = Scope::default();
        let names: HashSet<String> = (0..50).map(|i| types.camel(&format!("{long}_{i}")).to_string()).collect();
        assert_eq!(names.len(), 50);
    }

    /// Regression (class: names reserved by the crate): a reserved identifier is never handed out.
    #[test]
    fn reserved_names_are_never_handed_out() {
        let mut scope = Scope::with_reserved(&["send", "Client"]);
        assert_eq!(scope.snake("send").1, "send_2");
        assert_eq!(scope.camel("client").to_string(), "Client2");
        let mut modules = Scope::with_reserved(&["error"]);
        assert_eq!(modules.plain_snake("error"), "error_2");
        assert_eq!(modules.plain_snake("type"), "type_api");
    }
}

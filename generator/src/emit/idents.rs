//! Identifiers for generated items from the names [`crate::naming`] decides.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Names, TypeNames};
use crate::naming::{escape_keyword, snake_name};

/// The identifier of a type name the naming pass decided: a named type's (which
/// [`super::emit_crate`] checks before emitting), a builder's or an enum's.
pub fn type_ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The names the naming pass gave the members of the type `type_name`; none for a type it did not
/// see (which [`super::emit_crate`] refuses before emitting).
pub fn type_names<'a>(names: &'a Names, type_name: &str) -> &'a TypeNames {
    static NONE: TypeNames = TypeNames { members: Vec::new(), rest: String::new() };
    names.types.get(type_name).unwrap_or(&NONE)
}

/// The identifier of a type or variant name the [`crate::naming::Namer`] gave.
pub fn camel_ident(name: String) -> Ident {
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

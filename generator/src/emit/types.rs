//! IR types as Rust types.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::type_ident;
use crate::ir::{Api, IntWidth, Type, TypeKind};

/// The Rust type for `ty`; named types are prefixed with `models` (e.g. `quote!(models::)`), which
/// is empty inside the models module itself.
pub fn rust_type(ty: &Type, models: &TokenStream) -> TokenStream {
    match ty {
        Type::Any => quote!(serde_json::Value),
        Type::Bool => quote!(bool),
        Type::Integer { width, lenient: false } => int_type(*width),
        Type::Integer { width, lenient: true } => {
            let int = int_type(*width);
            quote!(crate::Lenient<#int>)
        }
        Type::Number => quote!(f64),
        Type::Numeric => quote!(serde_json::Number),
        Type::String => quote!(String),
        Type::Date => quote!(chrono::NaiveDate),
        Type::DateTime => quote!(chrono::DateTime<chrono::FixedOffset>),
        Type::Tolerant(inner) => {
            let inner = rust_type(inner, models);
            quote!(crate::Tolerant<#inner>)
        }
        Type::Quoted(inner) => {
            let inner = rust_type(inner, models);
            quote!(crate::Quoted<#inner>)
        }
        Type::Binary => quote!(Vec<u8>),
        Type::Array(item) => {
            let item = rust_type(item, models);
            quote!(Vec<#item>)
        }
        Type::Map(value) if **value == Type::Any => quote!(serde_json::Map<String, serde_json::Value>),
        Type::Map(value) => {
            let value = rust_type(value, models);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        Type::Nullable(inner) => {
            let inner = rust_type(inner, models);
            quote!(Option<#inner>)
        }
        Type::Named(name) => {
            let ident = type_ident(name);
            quote!(#models #ident)
        }
    }
}

fn int_type(width: IntWidth) -> TokenStream {
    match width {
        IntWidth::I32 => quote!(i32),
        IntWidth::I64 => quote!(i64),
        IntWidth::U32 => quote!(u32),
        IntWidth::U64 => quote!(u64),
    }
}

/// Whether values of the type are text, so that APIs can take `impl Into<String>`.
pub fn is_string(ty: &Type) -> bool {
    matches!(ty, Type::String)
}

/// The type an argument of `ty` is converted into, when APIs take `impl Into<…>` for it: text from
/// `&str`, date-times from a `chrono::DateTime` in any time zone (`Utc::now()` included), and numbers
/// known only from examples from any integer.
pub fn into_target(ty: &Type) -> Option<TokenStream> {
    match ty {
        Type::String => Some(quote!(String)),
        Type::Numeric => Some(quote!(serde_json::Number)),
        Type::DateTime => Some(quote!(chrono::DateTime<chrono::FixedOffset>)),
        _ => None,
    }
}

/// Every type an API mentions: parameters, bodies, responses and named types' members.
fn api_types(api: &Api) -> impl Iterator<Item = &Type> {
    let in_defs = api.types.iter().flat_map(|t| -> Box<dyn Iterator<Item = &Type>> {
        match &t.kind {
            TypeKind::Struct { fields, additional } => Box::new(fields.iter().map(|f| &f.ty).chain(additional)),
            TypeKind::Union { variants, .. } => Box::new(variants.iter()),
            TypeKind::Alias(ty) => Box::new(std::iter::once(ty)),
            TypeKind::Enum { .. } => Box::new(std::iter::empty()),
        }
    });
    let in_ops = api.operations.iter().flat_map(|op| {
        op.params
            .iter()
            .map(|p| &p.ty)
            .chain(op.body.iter().flat_map(|b| &b.contents).map(|c| &c.ty))
            .chain(op.responses.iter().filter_map(|r| r.ty.as_ref()))
    });
    in_defs.chain(in_ops)
}

/// Whether the API mentions a date or date-time (the crate then needs chrono).
pub fn api_uses_chrono(api: &Api) -> bool {
    api_types(api).any(|ty| mentions(ty, &|t| matches!(t, Type::Date | Type::DateTime)))
}

/// Whether the API has integers that may arrive as strings, or quoted scalars.
pub fn uses_lenient(api: &Api) -> bool {
    api_types(api).any(|ty| mentions(ty, &|t| matches!(t, Type::Integer { lenient: true, .. } | Type::Quoted(_))))
}

/// Whether the API has dates or date-times known only from examples.
pub fn uses_tolerant(api: &Api) -> bool {
    api_types(api).any(|ty| mentions(ty, &|t| matches!(t, Type::Tolerant(_))))
}

fn mentions(ty: &Type, test: &dyn Fn(&Type) -> bool) -> bool {
    test(ty)
        || match ty {
            Type::Array(inner)
            | Type::Map(inner)
            | Type::Nullable(inner)
            | Type::Tolerant(inner)
            | Type::Quoted(inner) => mentions(inner, test),
            _ => false,
        }
}

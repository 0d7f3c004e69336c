//! Typed error bodies: an operation whose spec documents error answers with a body type gets an
//! enum of them beside its request builder (`GetPetError`), one variant per documented status,
//! class (`4XX`) or `default`, and `Other` for every other error. Operations whose error answers
//! have the same shape share one enum (named by the naming pass), which also holds the meanings of
//! their error statuses. `send()` still returns the one
//! crate-wide `Error`, whose body stays raw; `error.typed::<GetPetError>()` decodes it on demand
//! (the runtime's `ErrorBodies`), so that a body of another shape stays available as it came.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{Form, doc_literal, spec_to_rustdoc};
use super::idents::{camel_ident, type_ident};
use super::size::is_large;
use super::types::rust_type;
use crate::ir::{BodyEncoding, Operation, OperationNames, Response, Status, Type, TypeDef};

/// One variant: its name and the response it decodes.
struct Variant<'a> {
    ident: Ident,
    response: &'a Response,
}

/// The Rust type an error body decodes into, and the expression (an `Option` of it) decoding it
/// from `error`, a `&StatusError`.
fn decoding(response: &Response, ty: &Type) -> (TokenStream, TokenStream) {
    let models = quote!(models::);
    if is_raw_bytes(response, ty) {
        return (quote!(Vec<u8>), quote!(Some(error.body.clone())));
    }
    match (encoding(response), ty) {
        (BodyEncoding::Text, Type::String) => (quote!(String), quote!(error.text())),
        _ => (rust_type(ty, &models), quote!(error.json().ok())),
    }
}

/// `Some(variant)` of the error enum when the body decodes as the response's type, else `None`.
fn into_variant(response: &Response, ty: &Type, types: &[TypeDef], error_enum: &Ident, ident: &Ident) -> TokenStream {
    let (_, decode) = decoding(response, ty);
    let boxed = is_large(ty, types);
    if is_raw_bytes(response, ty) {
        // Raw bytes always fit: the variant itself, not a `map` on `Some` (clippy's
        // `unnecessary_map_on_constructor`).
        let body = quote!(error.body.clone());
        let body = if boxed { quote!(Box::new(#body)) } else { body };
        return quote!(Some(#error_enum::#ident(#body)));
    }
    if boxed {
        quote!(#decode.map(|body| #error_enum::#ident(Box::new(body))))
    } else {
        quote!(#decode.map(#error_enum::#ident))
    }
}

/// Whether the error body is kept as its raw bytes (a binary media type or schema).
fn is_raw_bytes(response: &Response, ty: &Type) -> bool {
    matches!((encoding(response), ty), (BodyEncoding::Binary, _) | (_, Type::Binary))
}

/// How the error body is encoded, by its media type (JSON when the spec names none).
fn encoding(response: &Response) -> BodyEncoding {
    response.content_type.as_deref().map_or(BodyEncoding::Json, BodyEncoding::of_media_type)
}

/// The error enum of `op` and its `ErrorBodies` impl, for the operations whose client methods are
/// `methods` (`op`'s first), which share it; nothing when no error answer has a body type.
pub fn enum_item(op: &Operation, types: &[TypeDef], names: &OperationNames, methods: &[Ident]) -> TokenStream {
    let Some(error_enum) = names.error_enum.as_deref().map(type_ident) else { return TokenStream::new() };
    let variants: Vec<Variant<'_>> = op
        .typed_errors()
        .zip(&names.error_variants)
        .map(|(response, name)| Variant { ident: camel_ident(name.clone()), response })
        .collect();
    let other = camel_ident(names.error_other.clone());
    let mut declarations = Vec::new();
    for Variant { ident, response } in &variants {
        let Some(ty) = &response.ty else { continue };
        let status = format!("`{}`", response.status);
        let meaning = response.docs.as_deref().map(|d| spec_to_rustdoc(d, Form::Line)).filter(|m| !m.is_empty());
        let doc = match meaning {
            Some(meaning) => format!(" {status}: {meaning}"),
            None => format!(" {status}."),
        };
        let (rust, _) = decoding(response, ty);
        let held = if is_large(ty, types) { quote!(Box<#rust>) } else { rust };
        let doc = doc_literal(&doc);
        declarations.push(quote! { #[doc = #doc] #ident(#held), });
    }
    // Every documented error status in status order (codes, classes, `default`), as the client's
    // meanings take the most specific response: one documented without a body type goes to
    // `Other`, not to its class's or `default`'s variant.
    let mut arms = Vec::new();
    let mut seen = Vec::new();
    for response in op.responses.iter().filter(|r| !r.status.is_success()) {
        // A status documented twice (`4XX` and `4xx`) is decoded by its first response.
        if seen.contains(&response.status) {
            continue;
        }
        seen.push(response.status);
        let pattern = super::operations::status_pattern(response.status);
        let variant = variants.iter().find(|v| v.response.status == response.status);
        let decoded = match (variant, &response.ty) {
            (Some(Variant { ident, .. }), Some(ty)) => into_variant(response, ty, types, &error_enum, ident),
            _ => quote!(None),
        };
        arms.push((response.status == Status::Default, quote!(#pattern => #decoded,)));
    }
    if !arms.iter().any(|(default, _)| *default) {
        arms.push((true, quote!(_ => None,)));
    }
    let typed = match arms.as_slice() {
        // Only `default`: every status decodes alike.
        [(true, _)] => match variants.first() {
            Some(Variant { ident, response: response @ Response { ty: Some(ty), .. } }) => {
                into_variant(response, ty, types, &error_enum, ident)
            }
            _ => quote!(None),
        },
        arms => {
            let arms = arms.iter().map(|(_, arm)| arm);
            quote!(match error.status.as_u16() { #(#arms)* })
        }
    };
    let fallback = quote!(#error_enum::#other(Box::new(error.clone())));
    let from_status = match (arms.as_slice(), variants.first()) {
        // Only `default`, kept as raw bytes: every error is that variant, with nothing to fall back on.
        ([(true, _)], Some(Variant { ident, response: response @ Response { ty: Some(ty), .. } }))
            if is_raw_bytes(response, ty) =>
        {
            let body = quote!(error.body.clone());
            let body = if is_large(ty, types) { quote!(Box::new(#body)) } else { body };
            quote!(#error_enum::#ident(#body))
        }
        _ => quote! {
            let typed = #typed;
            typed.unwrap_or_else(|| #fallback)
        },
    };
    let links: Vec<String> = methods
        .iter()
        .map(|method| {
            let name = method.to_string();
            let operation = name.trim_start_matches("r#").to_owned();
            format!("[`Client::{name}`](super::Client::{operation})")
        })
        .collect();
    let operations: Vec<String> =
        methods.iter().map(|method| method.to_string().trim_start_matches("r#").to_owned()).collect();
    let verb = if links.len() == 1 { "documents" } else { "document" };
    let doc = format!(
        " The error answers {} {verb}, by status: what [`Error::typed`](crate::Error::typed) makes of its \
         [`Error::Status`](crate::Error::Status).",
        links.join(", ")
    );
    let meanings = super::operations::status_meanings(op);
    let meanings = (!meanings.is_empty()).then(|| {
        quote! {
            impl #error_enum {
                /// What the spec says the statuses these operations do not treat as success mean.
                const MEANINGS: &'static [crate::runtime::Meaning] = &[#(#meanings),*];
            }
        }
    });
    let other_doc = doc_literal(
        " Any other error answer, or one whose body does not decode as its documented type: the error as it came.",
    );
    let doc = doc_literal(&doc);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub enum #error_enum {
            #(#declarations)*
            #[doc = #other_doc]
            #other(Box<crate::StatusError>),
        }

        impl crate::ErrorBodies for #error_enum {
            const OPERATIONS: &'static [&'static str] = &[#(#operations),*];

            fn from_status(error: &crate::StatusError) -> Self {
                #from_status
            }
        }

        #meanings
    }
}

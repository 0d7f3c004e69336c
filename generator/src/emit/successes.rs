//! Operations whose success statuses document different bodies (a `200` with a list, a `201` with
//! the created item, a `204` with nothing) answer with an enum of them, one variant per status, so
//! that every documented success decodes into its own type.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::docs::{Form, doc_literal, spec_to_rustdoc};
use super::size::is_large;
use super::types::rust_type;
use crate::ir::{BodyEncoding, Operation, Response, Status, Type, TypeDef};

/// The Rust type a success response's body decodes into and the expression decoding it from
/// `response`; `()` for a response without a body.
pub fn decoding(response: Option<&Response>) -> (TokenStream, TokenStream) {
    decoding_from(response, &quote!(response))
}

/// The expression that checks the status with `checked` (`response.success(…)`, a
/// `Result<Response, Error>`) and decodes the response's body.
pub fn checked_decoding(response: Option<&Response>, checked: &TokenStream) -> TokenStream {
    match response {
        Some(Response { ty: Some(_), .. }) => decoding_from(response, &quote!(#checked?)).1,
        _ => quote!(#checked.and(Ok(()))),
    }
}

/// [`decoding`] of the response `from`, an expression of the runtime's `Response`.
fn decoding_from(response: Option<&Response>, from: &TokenStream) -> (TokenStream, TokenStream) {
    let models = quote!(models::);
    let Some(Response { ty: Some(ty), content_type, .. }) = response else { return (quote!(()), quote!(Ok(()))) };
    let encoding = content_type.as_deref().map_or(BodyEncoding::Json, BodyEncoding::of_media_type);
    match (encoding, ty) {
        (BodyEncoding::Binary, _) | (_, Type::Binary) => (quote!(Vec<u8>), quote!(Ok(#from.bytes()))),
        (BodyEncoding::Text, Type::String) => (quote!(String), quote!(#from.text())),
        // A body the spec does not show (no media type, no shape): whatever the server sends.
        (_, Type::Any) if content_type.is_none() => (quote!(serde_json::Value), quote!(#from.json_or_text())),
        _ => (rust_type(ty, &models), quote!(#from.json())),
    }
}

/// One variant of the enum: its name, its status and the response it decodes.
struct Variant<'a> {
    ident: Ident,
    response: &'a Response,
}

fn variants(op: &Operation) -> Vec<Variant<'_>> {
    op.responses
        .iter()
        .filter(|r| r.status.is_success())
        .map(|response| Variant { ident: variant_ident(response.status), response })
        .collect()
}

/// The status's reason phrase (RFC 9110 and its registry), else its number.
fn variant_ident(status: Status) -> Ident {
    match status {
        Status::Code(200) => format_ident!("Ok"),
        Status::Code(201) => format_ident!("Created"),
        Status::Code(202) => format_ident!("Accepted"),
        Status::Code(203) => format_ident!("NonAuthoritativeInformation"),
        Status::Code(204) => format_ident!("NoContent"),
        Status::Code(205) => format_ident!("ResetContent"),
        Status::Code(206) => format_ident!("PartialContent"),
        Status::Code(207) => format_ident!("MultiStatus"),
        Status::Code(208) => format_ident!("AlreadyReported"),
        Status::Code(226) => format_ident!("ImUsed"),
        Status::Code(code) => format_ident!("Status{code}"),
        Status::Range(_) | Status::Default => format_ident!("OtherSuccess"),
    }
}

/// The match arms of `send` that decode each success status into its variant of `success_enum`.
pub fn arms(op: &Operation, types: &[TypeDef], success_enum: &Ident) -> TokenStream {
    let arms = variants(op).into_iter().map(|Variant { ident, response }| {
        let pattern = super::operations::status_pattern(response.status);
        if response.ty.is_none() {
            return quote!(#pattern => Ok(#success_enum::#ident),);
        }
        let (_, decode) = decoding(Some(response));
        if response.ty.as_ref().is_some_and(|ty| is_large(ty, types)) {
            quote!(#pattern => #decode.map(|body| #success_enum::#ident(Box::new(body))),)
        } else {
            quote!(#pattern => #decode.map(#success_enum::#ident),)
        }
    });
    quote!(#(#arms)*)
}

/// The enum of an operation's success answers, declared beside its request builder.
pub fn enum_item(op: &Operation, types: &[TypeDef], success_enum: &Ident, method: &Ident) -> TokenStream {
    let declarations = variants(op).into_iter().map(|Variant { ident, response }| {
        let status = format!("`{}`", response.status);
        let meaning = response.docs.as_deref().map(|d| spec_to_rustdoc(d, Form::Line)).filter(|m| !m.is_empty());
        let doc = match meaning {
            Some(meaning) => format!(" {status}: {meaning}"),
            None => format!(" {status}."),
        };
        let doc = doc_literal(&doc);
        if response.ty.is_none() {
            return quote! { #[doc = #doc] #ident, };
        }
        let (ty, _) = decoding(Some(response));
        let held = if response.ty.as_ref().is_some_and(|ty| is_large(ty, types)) { quote!(Box<#ty>) } else { ty };
        quote! { #[doc = #doc] #ident(#held), }
    });
    let doc = doc_literal(&format!(
        " What [`Client::{method}`](super::Client::{method}) answers on success, by status: the spec documents a different body for each."
    ));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #success_enum {
            #(#declarations)*
        }
    }
}

//! `Debug` implementations that hide secrets: emitted instead of `#[derive(Debug)]` for models and
//! request builders with a field or parameter the IR marks secret.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// One member of a struct as its `Debug` output shows it.
pub struct Shown<'a> {
    /// The member's identifier.
    pub ident: &'a Ident,
    /// Whether the value is a secret.
    pub secret: bool,
    /// Whether the member is an `Option` (a secret then shows as `None` or `Some(<redacted>)`).
    pub optional: bool,
}

/// `impl Debug for #ty #generics` listing every member, secrets as `<redacted>`.
pub fn debug_impl(ty: &Ident, generics: TokenStream, members: &[Shown<'_>]) -> TokenStream {
    let name = ty.to_string();
    let fields = members.iter().map(|Shown { ident, secret, optional }| {
        let label = ident.to_string();
        let label = label.trim_start_matches("r#");
        match (secret, optional) {
            (false, _) => quote!(.field(#label, &self.#ident)),
            (true, false) => quote!(.field(#label, &crate::runtime::Redacted)),
            (true, true) => quote!(.field(#label, &self.#ident.as_ref().map(|_| crate::runtime::Redacted))),
        }
    });
    quote! {
        impl std::fmt::Debug for #ty #generics {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#name) #(#fields)* .finish()
            }
        }
    }
}

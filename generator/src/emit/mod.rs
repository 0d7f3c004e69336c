//! The emitter: from IR to the files of a client crate.
//!
//! Every Rust file is built as tokens with `quote!`, parsed by `syn` and printed by `prettyplease`,
//! so output is deterministic and always syntactically valid.

mod cargo_toml;
mod docs;
mod example_tests;
mod idents;
mod models;
mod operations;
mod runtime;
mod rustdoc_text;
mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

pub use cargo_toml::CrateSettings;

use crate::error::{Error, Result};
use crate::ir::Api;

/// One API of a crate and the module it goes in.
pub struct ApiModule<'a> {
    /// Module name, e.g. `v2`.
    pub module: &'a str,
    /// The API.
    pub api: &'a Api,
}

/// The files of a generated crate, by path relative to the crate root.
pub type Files = BTreeMap<String, String>;

/// Keeps `cargo fmt` of an enclosing workspace from reformatting the crate, which would make it
/// differ from what the generator emits.
const RUSTFMT_TOML: &str = "# @generated: the code is formatted by the generator (prettyplease); rustfmt leaves it as it is.\ndisable_all_formatting = true\n";

/// First line of every generated Rust file.
const HEADER: &str = "// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.\n";

/// Emits a whole crate: `Cargo.toml`, `src/lib.rs`, the shared runtime and one module per API.
pub fn emit_crate(settings: &CrateSettings, apis: &[ApiModule<'_>]) -> Result<Files> {
    let mut files = Files::new();
    files.insert("rustfmt.toml".into(), RUSTFMT_TOML.into());
    if settings.example_tests {
        if let Some(tests) = example_tests::example_tests(&settings.name, apis) {
            files.insert("tests/spec_examples.rs".into(), format_file("tests/spec_examples.rs", tests)?);
        }
    }
    for (name, contents) in &settings.examples {
        files.insert(format!("examples/{name}"), contents.clone());
    }
    files.insert("src/error.rs".into(), format_file("src/error.rs", runtime::error_module())?);
    let mut uses = runtime::Uses::for_schemes(apis.iter().flat_map(|m| &m.api.auth_schemes));
    for ApiModule { module, api } in apis {
        let dir = format!("src/{module}");
        files.insert(format!("{dir}/mod.rs"), format_file(module, module_rs(api))?);
        files.insert(format!("{dir}/client.rs"), format_file(module, operations::client_module(api))?);
        files.insert(format!("{dir}/requests.rs"), format_file(module, operations::requests_module(api, &mut uses))?);
        files.insert(format!("{dir}/models.rs"), format_file(module, models::models_module(api, &mut uses))?);
        uses.lenient |= types::uses_lenient(api);
        uses.chrono |= types::api_uses_chrono(api);
    }
    if uses.lenient {
        files.insert("src/lenient.rs".into(), format_file("src/lenient.rs", runtime::lenient_module())?);
    }
    files.insert("src/config.rs".into(), format_file("src/config.rs", runtime::config_module(&uses))?);
    files.insert("src/runtime.rs".into(), format_file("src/runtime.rs", runtime::runtime_module(&uses))?);
    files.insert("src/lib.rs".into(), format_file("src/lib.rs", lib_rs(settings, apis, &uses))?);
    files.insert("Cargo.toml".into(), cargo_toml::cargo_toml(settings, &uses));
    Ok(files)
}

fn lib_rs(settings: &CrateSettings, apis: &[ApiModule<'_>], uses: &runtime::Uses) -> TokenStream {
    let mut docs = vec![settings.description.clone()];
    docs.push("Modules, one per spec:".to_owned());
    let list: Vec<String> = apis
        .iter()
        .map(|m| {
            format!("* [`{}`]: {}{}, from `{}`", m.module, m.api.title.trim(), version_note(m.api), m.api.source.file)
        })
        .collect();
    docs.push(list.join("\n"));
    docs.push("Every operation returns [`Error`] on failure; see its variants for what can go wrong.".to_owned());
    let docs = docs::inner_paragraphs(&docs);
    let modules = apis.iter().map(|m| idents::snake_ident(m.module));
    let lenient_mod = uses.lenient.then(|| {
        quote!(
            mod lenient;
        )
    });
    let lenient_use = uses.lenient.then(|| {
        quote!(
            pub use lenient::Lenient;
        )
    });
    let config_use = if uses.bearer {
        quote!(
            pub use config::{RetryPolicy, TokenFuture, TokenProvider};
        )
    } else {
        quote!(
            pub use config::RetryPolicy;
        )
    };
    quote! {
        #docs
        #![allow(deprecated)]

        mod config;
        mod error;
        #lenient_mod
        mod runtime;

        #(pub mod #modules;)*

        #config_use
        pub use error::{DecodeError, Error, StatusError};
        #lenient_use
    }
}

fn module_rs(api: &Api) -> TokenStream {
    let mut docs = vec![api.title.trim().to_owned()];
    if let Some(text) = &api.docs {
        docs.push(docs::clean(text));
    }
    docs.push(format!("Generated from `{}`{}.", api.source.file, version_note(api)));
    let docs = docs::inner_paragraphs(&docs);
    quote! {
        #docs

        mod client;
        pub mod models;
        pub mod requests;

        pub use client::Client;
    }
}

fn version_note(api: &Api) -> String {
    if api.version.trim().is_empty() { String::new() } else { format!(" (version {})", api.version.trim()) }
}

/// Parses tokens as a file and pretty-prints it, with the generated-file header.
fn format_file(item: &str, tokens: TokenStream) -> Result<String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| Error::Emit { item: item.to_owned(), message: e.to_string() })?;
    Ok(format!("{HEADER}{}", space_items(&prettyplease::unparse(&file))))
}

/// Puts a blank line between items and after the module docs, as people write Rust;
/// `prettyplease` prints items back to back.
fn space_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    for line in code.lines() {
        let current = line.trim_start();
        let after_module_docs = previous.starts_with("//!") && !current.starts_with("//!");
        let item_start =
            ["///", "#[", "pub ", "pub(", "impl", "fn ", "mod ", "struct ", "enum ", "const ", "type ", "async fn "]
                .iter()
                .any(|start| current.starts_with(start));
        let after_item = !previous.starts_with("//")
            && !previous.starts_with("#[")
            && (previous == "}" || previous.ends_with(';') || previous.ends_with(','));
        let between_items = item_start && after_item && !(previous.starts_with("use ") && current.starts_with("use "));
        let after_imports = previous.starts_with("use ") && !current.starts_with("use ") && !current.is_empty();
        if !previous.is_empty() && (after_module_docs || between_items || after_imports) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = current;
    }
    out
}

//! The emitter: from IR to the files of a client crate.
//!
//! Every Rust file is built as tokens with `quote!`, parsed by `syn` and printed by `prettyplease`,
//! so output is deterministic and always syntactically valid. Files are built item by item on all
//! cores.

mod aliases;
mod boxing;
mod cargo_toml;
mod docs;
mod errors;
mod example_tests;
mod features;
mod idents;
mod models;
mod operations;
mod readme;
mod redact;
mod runtime;
mod rustdoc_text;
mod size;
mod successes;
pub mod surface;
mod types;

pub use runtime::print_ahead as print_runtime_ahead;
pub use rustdoc_text::{Form, spec_to_rustdoc};

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use rayon::iter::{IntoParallelRefIterator, ParallelIterator};

pub use cargo_toml::{CrateSettings, MARKER, Package};

use crate::error::{Error, Result};
use crate::ir::Api;

/// One API of a crate and the module it goes in.
pub struct ApiModule<'a> {
    /// Module name, e.g. `v2`: final, unique at the crate root and apart from the names the crate
    /// uses itself ([`crate::naming::reserved::ROOT_NAMES`]), as the manifest names modules.
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

/// Builds the tokens of a piece of a Rust file: a file's head (inner docs and imports) or one or
/// more whole items. Pieces are built and formatted independently, on all cores, and joined in
/// order; printing items one by one gives the same text as printing the whole file.
type Piece<'a> = Box<dyn Fn() -> TokenStream + Send + Sync + 'a>;

/// A Rust file of the crate, as the pieces it is made of, in order.
struct RustFile<'a> {
    path: String,
    /// Each piece with the `#[cfg]` its items get.
    pieces: Vec<(Piece<'a>, features::Cfg)>,
}

impl<'a> RustFile<'a> {
    fn new(path: impl Into<String>, piece: impl Fn() -> TokenStream + Send + Sync + 'a) -> Self {
        RustFile { path: path.into(), pieces: vec![(Box::new(piece), features::Cfg::default())] }
    }

    /// Adds a piece whose every item gets the attribute of `cfg`.
    fn piece(mut self, cfg: features::Cfg, piece: impl Fn() -> TokenStream + Send + Sync + 'a) -> Self {
        self.pieces.push((Box::new(piece), cfg));
        self
    }
}

/// Emits a whole crate: `Cargo.toml`, `src/lib.rs`, the shared runtime and one module per API.
pub fn emit_crate(settings: &CrateSettings, apis: &[ApiModule<'_>]) -> Result<Files> {
    if let Some(unnamed) = apis.iter().find(|m| !is_named(m.api)) {
        let message = "its items have no Rust names: normalise the API first".to_owned();
        return Err(Error::Emit { item: format!("module `{}`", unnamed.module), message });
    }
    let mut files = Files::new();
    files.insert("rustfmt.toml".into(), RUSTFMT_TOML.into());
    let features = features::Features::new(apis);
    // The surface and the README, which read it, are written while the Rust files are formatted.
    let ((readme, surface_json), rust) = rayon::join(
        || {
            let api_surface = surface::surface_with(apis, &features);
            (readme::readme(settings, apis, &api_surface), surface::surface_json(&api_surface))
        },
        || code_files(settings, apis, &features),
    );
    files.extend(rust?);
    files.insert("README.md".into(), readme);
    files.insert(crate::surface::SURFACE_FILE.into(), surface_json);
    Ok(files)
}

/// The crate's Rust files and its `Cargo.toml`.
fn code_files(settings: &CrateSettings, apis: &[ApiModule<'_>], features: &features::Features) -> Result<Files> {
    let mut files = Files::new();
    let recursion_limit = recursion_limit(apis);
    if settings.example_tests {
        if let Some(tests) = example_tests::example_tests(&settings.name, apis, recursion_limit_attr(recursion_limit)) {
            // The examples cover every operation: they are checked with every feature on.
            let all = features.all_inner_cfg();
            files.insert("tests/spec_examples.rs".into(), format_file("tests/spec_examples.rs", quote!(#all #tests))?);
        }
    }
    for (name, contents) in &settings.examples {
        files.insert(format!("examples/{name}"), contents.clone());
    }
    let parts = runtime::Parts {
        paging: apis.iter().any(|m| operations::pages(m.api)),
        deep: apis.iter().any(|m| models::uses_deep_decoding(&m.api.types)),
        lenient: apis.iter().any(|m| types::uses_lenient(m.api)),
        tolerant: apis.iter().any(|m| types::uses_tolerant(m.api)),
        streams: apis.iter().any(|m| operations::streams(m.api)),
        uploads: apis.iter().any(|m| operations::uploads(m.api)),
    };
    let chrono = parts.tolerant || apis.iter().any(|m| types::api_uses_chrono(m.api));
    let (runtime_mod, runtime_files) = runtime::runtime_files(&parts)?;
    files.insert("src/runtime/mod.rs".into(), format!("{HEADER}{}", space_items(&runtime_mod)));
    for (path, text) in runtime_files {
        files.insert(path, format!("{HEADER}{text}"));
    }
    let mut rust_files: Vec<RustFile<'_>> =
        apis.iter().enumerate().flat_map(|(index, m)| api_files(m, index, features)).collect();
    rust_files.push(RustFile::new("src/lib.rs", || lib_rs(settings, apis, &parts, chrono, recursion_limit, features)));
    format_files(&rust_files, &mut files)?;
    files.insert("Cargo.toml".into(), cargo_toml::cargo_toml(settings, &parts, chrono, features.names()));
    Ok(files)
}

/// Whether the naming pass named every item of `api`, as the emitter only reads names.
fn is_named(api: &Api) -> bool {
    let names = &api.names;
    names.operations.len() == api.operations.len()
        && names.setters.len() == api.auth_schemes.len()
        && api.types.iter().all(|def| names.types.contains_key(&def.name) && crate::naming::is_type_name(&def.name))
}

/// The files of one API's module: its `mod.rs`, the client, a builder per operation and a type per model.
/// `module_index` is the module's place in the crate, for its items' [`features::Features`].
fn api_files<'a>(module: &ApiModule<'a>, module_index: usize, features: &features::Features) -> Vec<RustFile<'a>> {
    let ApiModule { module, api } = *module;
    let dir = format!("src/{module}");
    let mut requests = RustFile::new(format!("{dir}/requests.rs"), operations::requests_head);
    let aliases = std::sync::Arc::new(aliases::Aliases::new(&api.types));
    let operation_cfgs: Vec<features::Cfg> =
        (0..api.operations.len()).map(|index| features.operation_cfg(module_index, index)).collect();
    // Each error enum goes before the builder of the first operation that uses it, compiled with
    // any of its operations.
    let mut error_users: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, op_names) in api.names.operations.iter().enumerate() {
        if let Some(error_enum) = op_names.error_enum.as_deref() {
            error_users.entry(error_enum).or_default().push(index);
        }
    }
    for ((index, op_names), cfg) in api.names.operations.iter().enumerate().zip(&operation_cfgs) {
        let users = op_names.error_enum.as_deref().and_then(|name| error_users.get(name));
        if let Some(users) = users.filter(|users| users.first() == Some(&index)) {
            let cfgs = users.iter().filter_map(|&user| operation_cfgs.get(user));
            let users = users.clone();
            requests =
                requests.piece(features::Cfg::union(cfgs), move || operations::error_enum_items(api, index, &users));
        }
        let aliases = aliases.clone();
        requests = requests.piece(cfg.clone(), move || operations::builder_items(api, index, op_names, &aliases));
    }
    let deriving = api.types.iter().filter(|def| models::derives(def, &aliases)).map(|def| def.name.as_str());
    let import_cfg = features.any_model_cfg(module_index, deriving);
    let mut models =
        RustFile::new(format!("{dir}/models.rs"), move || models::models_head(&api.types, &import_cfg.attr()));
    let bodies = body_type_names(api);
    let boxing = std::sync::Arc::new(boxing::Boxing::new(&api.types));
    for def in &api.types {
        let is_body = bodies.contains(def.name.as_str());
        let (boxing, aliases) = (boxing.clone(), aliases.clone());
        let cfg = features.model_cfg(module_index, &def.name);
        models = models.piece(cfg, move || models::type_item(def, &api.types, &api.names, &boxing, &aliases, is_body));
    }
    vec![
        RustFile::new(format!("{dir}/mod.rs"), move || module_rs(api)),
        RustFile::new(format!("{dir}/client.rs"), move || {
            let cfgs: Vec<TokenStream> = operation_cfgs.iter().map(features::Cfg::attr).collect();
            operations::client_module(api, &cfgs)
        }),
        requests,
        models,
    ]
}

/// Builds, formats and spaces the pieces of `files` on all cores and adds the files to `out`.
///
/// Each piece is spaced on its own, as if it began the file; joining them in order adds the blank
/// line [`space_items`] would have put between the last line of one and the first of the next,
/// so a file reads as if spaced whole while no core waits for the biggest file at the end.
fn format_files(files: &[RustFile<'_>], out: &mut Files) -> Result<()> {
    let jobs: Vec<(&RustFile<'_>, &(Piece<'_>, features::Cfg))> =
        files.iter().flat_map(|file| file.pieces.iter().map(move |piece| (file, piece))).collect();
    let spaced: Vec<Result<String>> = jobs
        .par_iter()
        .map(|(file, (piece, cfg))| unparse_with(&file.path, piece(), cfg).map(|text| space_items(&text)))
        .collect();
    // The first failure in file and piece order is the one reported, whichever core met it.
    let spaced = spaced.into_iter().collect::<Result<Vec<String>>>()?;
    let mut texts: BTreeMap<&str, (String, &str)> = BTreeMap::new();
    for ((file, _), text) in jobs.iter().zip(&spaced) {
        let (joined, last_line) = texts.entry(&file.path).or_insert_with(|| (HEADER.to_owned(), ""));
        if let Some(first_line) = text.lines().next() {
            if blank_line_between(last_line, first_line.trim_start()) {
                joined.push('\n');
            }
        }
        joined.push_str(text);
        if let Some(line) = text.lines().next_back() {
            *last_line = line.trim_start();
        }
    }
    out.extend(texts.into_iter().map(|(path, (text, _))| (path.to_owned(), text)));
    Ok(())
}

/// `recursion_limit` is rustc's limit for the crate, when its types need a higher one.
fn lib_rs(
    settings: &CrateSettings,
    apis: &[ApiModule<'_>],
    parts: &runtime::Parts,
    chrono: bool,
    recursion_limit: Option<usize>,
    features: &features::Features,
) -> TokenStream {
    let mut docs = vec![settings.description.clone()];
    docs.push("Modules, one per spec:".to_owned());
    let list: Vec<String> = apis
        .iter()
        .map(|m| {
            let title = module_title(m.api);
            let file = spec_to_rustdoc(&m.api.source.file, Form::Code);
            format!("* [`{}`]: {title}{}, from {file}", m.module, version_note(m.api))
        })
        .collect();
    docs.push(list.join("\n"));
    docs.push("Every operation returns [`Error`] on failure; see its variants for what can go wrong.".to_owned());
    docs.extend(quick_start(&settings.name, apis, features));
    docs.extend(features_docs(apis, features));
    let docs = docs::inner_paragraphs(&docs);
    let modules = apis.iter().map(|m| idents::ident_from_snake(m.module));
    let lenient = parts.lenient.then(|| {
        quote!(
            pub use runtime::{Lenient, Quoted};
        )
    });
    let tolerant = parts.tolerant.then(|| {
        quote!(
            pub use runtime::Tolerant;
        )
    });
    // The crates whose types the API surface shows, so that a user depends on this crate alone.
    let chrono = chrono.then(|| {
        quote!(
            pub use chrono;
        )
    });
    let streams = (parts.paging || parts.streams).then(|| {
        quote!(
            pub use futures_util::{Stream, StreamExt, TryStreamExt};
        )
    });
    let bytes = parts.streams.then(|| {
        quote!(
            pub use bytes;
        )
    });
    let reexports = quote! {
        #bytes
        #chrono
        #streams
        pub use reqwest;
    };
    let streamed = parts.streams.then(|| {
        quote!(
            pub use runtime::{ByteStream, Event, EventStream};
        )
    });
    let uploads = parts.uploads.then(|| {
        quote!(
            pub use runtime::{FilePart, Upload};
        )
    });
    // rustc's `non_snake_case` lint checks the crate name (`a__b`, `MyApi`); it can only be allowed
    // crate-wide.
    let crate_name_allow =
        (!is_snake_case(&settings.name.replace('-', "_"))).then(|| quote!(#![allow(non_snake_case)]));
    let recursion_limit = recursion_limit_attr(recursion_limit);
    quote! {
        #docs
        #![allow(deprecated)]
        #crate_name_allow
        #recursion_limit

        /// The client runtime, the same for every generated crate (see its `mod.rs`): a crate
        /// uses only part of what the files it carries hold.
        #[allow(dead_code, unused_imports)]
        mod runtime;

        #(pub mod #modules;)*

        pub use runtime::{
            DecodeError, Error, ErrorBodies, JsonError, Limits, RequestHook, ResponseValue, Result, RetryPolicy, StatusError,
            Timeouts, TokenFuture, TokenProvider, from_json,
        };
        #lenient
        #streamed
        #uploads
        #reexports
        #tolerant
    }
}

/// Whether rustc considers `name` snake case: no upper-case letters and no `__` between words.
/// The `recursion_limit` a crate using the APIs' types needs, when they nest too deep for the
/// default: rustc follows a type into its members a few steps per level (layout, drop and
/// auto-trait checks) and stops at 128 steps, so types nested deeper than `DEFAULT_NESTING` need more.
fn recursion_limit(apis: &[ApiModule<'_>]) -> Option<usize> {
    const DEFAULT_NESTING: usize = 32;
    let deepest = apis.iter().map(|m| boxing::nesting_depth(&m.api.types)).max().unwrap_or(0);
    (deepest > DEFAULT_NESTING).then(|| deepest.saturating_mul(4))
}

/// `#![recursion_limit = "…"]` when a limit is needed.
fn recursion_limit_attr(limit: Option<usize>) -> Option<TokenStream> {
    limit.map(|limit| {
        let limit = limit.to_string();
        quote!(#![recursion_limit = #limit])
    })
}

fn is_snake_case(name: &str) -> bool {
    let name = name.trim_matches('_');
    !name.contains("__") && !name.chars().any(char::is_uppercase)
}

fn module_rs(api: &Api) -> TokenStream {
    let mut docs = vec![module_title(api)];
    if let Some(text) = &api.docs {
        docs.push(spec_to_rustdoc(text, Form::Markdown));
    }
    docs.push(format!("Generated from {}{}.", spec_to_rustdoc(&api.source.file, Form::Code), version_note(api)));
    let docs = docs::inner_paragraphs(&docs);
    quote! {
        #docs

        mod client;
        pub mod models;
        pub mod requests;

        pub use client::Client;
    }
}

/// The API's title as a heading: without the punctuation some specs end it with (`Zoom chat/`).
fn module_title(api: &Api) -> String {
    let title = api.title.trim_end_matches(|c: char| c.is_whitespace() || ".,;:/\\!?-".contains(c));
    spec_to_rustdoc(title, Form::Line)
}

/// A quick start for the crate docs, written by the generator (no spec text): a client of the
/// first API module with an operation that takes no arguments, and a call of it; else a client
/// of the first module.
fn quick_start(crate_name: &str, apis: &[ApiModule<'_>], features: &features::Features) -> Vec<String> {
    let callable = apis.iter().enumerate().find_map(|(index, m)| {
        operations::argument_free_method(m.api)
            .map(|(operation, method)| (m, (method, features.operation(index, operation))))
    });
    let Some((first, method)) = callable.map(|(m, method)| (m, Some(method))).or(apis.first().map(|m| (m, None)))
    else {
        return Vec::new();
    };
    let krate = crate_name.replace('-', "_");
    let module = first.module;
    let call = method.map_or_else(
        || "// Each operation is a method of the client; `.send()` sends the request it builds.\n".to_owned(),
        |(method, feature)| {
            // The call compiles only with its operation's feature, as tests of other features run the example too.
            let cfg = feature.map(|name| format!("# #[cfg(feature = \"{name}\")]\n")).unwrap_or_default();
            format!("{cfg}let value = client.{method}().send().await?;\n")
        },
    );
    let code = format!(
        "```no_run\n# async fn run() -> Result<(), {krate}::Error> {{\n\
         let client = {krate}::{module}::Client::new()\n    .with_retry_policy({krate}::RetryPolicy::default());\n\
         {call}# Ok(())\n# }}\n```"
    );
    vec![
        "# Quick start".to_owned(),
        "Make a client of an API module, call an operation, and `.send()` the request it returns:".to_owned(),
        code,
    ]
}

/// The crate docs' list of its cargo features, when it has some.
fn features_docs(apis: &[ApiModule<'_>], features: &features::Features) -> Vec<String> {
    if !features.any() {
        return Vec::new();
    }
    let several = apis.len() > 1;
    let list: Vec<String> = features
        .described()
        .map(|(name, module, group)| {
            let group = spec_to_rustdoc(group, Form::Code);
            let module = if several { format!("[`{module}`]: ") } else { String::new() };
            format!("* `{name}`: {module}the operations of the group {group}")
        })
        .collect();
    vec![
        "# Cargo features".to_owned(),
        "Each group of operations (a tag or folder of the spec, else the first part of the path) is a cargo \
         feature, and every feature is on by default. To compile only the groups you call, turn the default \
         off and name them beside the TLS backend the default brings: \
         `default-features = false, features = [\"rustls\", \"…\"]`. A model compiles when a group that \
         uses it is on."
            .to_owned(),
        list.join("\n"),
    ]
}

fn version_note(api: &Api) -> String {
    let version = spec_to_rustdoc(&api.version, Form::Line);
    if version.is_empty() { String::new() } else { format!(" (version {version})") }
}

/// Parses tokens as a file and pretty-prints it, with the generated-file header.
fn format_file(item: &str, tokens: TokenStream) -> Result<String> {
    Ok(format!("{HEADER}{}", space_items(&unparse(item, tokens)?)))
}

/// Parses tokens as (part of) a file and pretty-prints them.
fn unparse(item: &str, tokens: TokenStream) -> Result<String> {
    unparse_with(item, tokens, &features::Cfg::default())
}

/// [`unparse`], giving every item the attribute of `cfg` after its docs.
fn unparse_with(item: &str, tokens: TokenStream, cfg: &features::Cfg) -> Result<String> {
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| Error::Emit { item: item.to_owned(), message: e.to_string() })?;
    if !cfg.is_always() {
        for file_item in &mut file.items {
            features::add_cfg(file_item, cfg).map_err(|message| Error::Emit { item: item.to_owned(), message })?;
        }
    }
    Ok(prettyplease::unparse(&file))
}

/// Puts a blank line between items and after the module docs, as people write Rust;
/// `prettyplease` prints items back to back.
fn space_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    for line in code.lines() {
        let current = line.trim_start();
        if blank_line_between(previous, current) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = current;
    }
    out
}

/// Whether [`space_items`] puts a blank line between two lines of code, given without their
/// indentation: `previous` is empty at the start of a file.
fn blank_line_between(previous: &str, current: &str) -> bool {
    let after_module_docs = previous.starts_with("//!") && !current.starts_with("//!");
    let item_start = [
        "///",
        "#[",
        "pub ",
        "pub(",
        "impl",
        "fn ",
        "mod ",
        "struct ",
        "enum ",
        "const ",
        "type ",
        "async fn ",
        "thread_local!",
        // The runtime's macro that writes the per-request option methods of a builder.
        "crate::runtime::request_options!",
    ]
    .iter()
    .any(|start| current.starts_with(start));
    let after_item = !previous.starts_with("//")
        && !previous.starts_with("#[")
        && (previous == "}" || previous.ends_with(';') || previous.ends_with(','));
    // The crate-visible fields of a request builder, without docs, stay together.
    let between_fields = previous.starts_with("pub(super) ") && current.starts_with("pub(super) ");
    let between_items =
        item_start && after_item && !between_fields && !(previous.starts_with("use ") && current.starts_with("use "));
    let after_imports = previous.starts_with("use ") && !current.starts_with("use ") && !current.is_empty();
    !previous.is_empty() && (after_module_docs || between_items || after_imports)
}

/// The named types some operation sends as a request body.
fn body_type_names(api: &Api) -> std::collections::HashSet<&str> {
    api.operations
        .iter()
        .flat_map(|op| op.body.iter().flat_map(|b| &b.contents))
        .filter_map(|c| match &c.ty {
            crate::ir::Type::Named(name) => Some(name.as_str()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// proc-macro2 is built without its `proc-macro` feature (see `generator/Cargo.toml`), so a token
    /// stream is its plain form, one pointer, not the wrapper that asks on every token whether it runs
    /// inside the compiler. A dependency that turns the feature back on costs a large spec 6% of its
    /// generation time, and fails this test.
    #[test]
    fn tokens_are_not_wrapped_for_the_compiler() {
        assert_eq!(
            std::mem::size_of::<proc_macro2::TokenStream>(),
            std::mem::size_of::<usize>(),
            "proc-macro2 is built with its `proc-macro` feature: find the dependency that enables it (`cargo tree \
             -e features -i proc-macro2`)"
        );
    }
}

//! The runtime of the generated crate: the files of the `spec-to-rust-runtime` crate
//! (`runtime/src/` of this repository, compiled, linted and tested there), copied verbatim into
//! the generated crate's `src/runtime/`. A file that no operation or type of the crate uses is
//! left out whole, with its dependencies; `src/runtime/mod.rs` is the runtime crate's `lib.rs`
//! without the modules left out.

use crate::error::{Error, Result};

/// One file of the runtime: its module name and its text.
struct RuntimeFile {
    module: &'static str,
    text: &'static str,
}

/// Every file of the runtime crate but its `lib.rs`, in module order.
const FILES: &[RuntimeFile] = &[
    RuntimeFile { module: "auth", text: include_str!("../../../runtime/src/auth.rs") },
    RuntimeFile { module: "config", text: include_str!("../../../runtime/src/config.rs") },
    RuntimeFile { module: "connection", text: include_str!("../../../runtime/src/connection.rs") },
    RuntimeFile { module: "decode", text: include_str!("../../../runtime/src/decode.rs") },
    RuntimeFile { module: "deep", text: include_str!("../../../runtime/src/deep.rs") },
    RuntimeFile { module: "error", text: include_str!("../../../runtime/src/error.rs") },
    RuntimeFile { module: "guess", text: include_str!("../../../runtime/src/guess.rs") },
    RuntimeFile { module: "lenient", text: include_str!("../../../runtime/src/lenient.rs") },
    RuntimeFile { module: "options", text: include_str!("../../../runtime/src/options.rs") },
    RuntimeFile { module: "paging", text: include_str!("../../../runtime/src/paging.rs") },
    RuntimeFile { module: "query", text: include_str!("../../../runtime/src/query.rs") },
    RuntimeFile { module: "request", text: include_str!("../../../runtime/src/request.rs") },
    RuntimeFile { module: "response", text: include_str!("../../../runtime/src/response.rs") },
    RuntimeFile { module: "streams", text: include_str!("../../../runtime/src/streams.rs") },
    RuntimeFile { module: "success", text: include_str!("../../../runtime/src/success.rs") },
    RuntimeFile { module: "tolerant", text: include_str!("../../../runtime/src/tolerant.rs") },
];

/// The runtime crate's `lib.rs`: the module declarations and re-exports `mod.rs` is made from.
const LIB_RS: &str = include_str!("../../../runtime/src/lib.rs");

/// The optional files of the runtime a crate carries; the others it always does.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// `paging.rs`: some operation has `pages()` and `items()` streams.
    pub paging: bool,
    /// `deep.rs` and `guess.rs`: some model has a boxed member or fields of a type known only from
    /// examples.
    pub deep: bool,
    /// `lenient.rs`: integers that may arrive as strings, or quoted scalars.
    pub lenient: bool,
    /// `tolerant.rs`: dates or date-times known only from examples.
    pub tolerant: bool,
    /// `streams.rs`: some operation reads its success as server-sent events or as a stream of bytes.
    pub streams: bool,
    /// Some operation takes a binary body, which may be a stream (the runtime's `Upload` is exported).
    pub uploads: bool,
}

impl Parts {
    /// Whether the crate carries the runtime module `module`.
    fn carries(&self, module: &str) -> bool {
        match module {
            "paging" => self.paging,
            "deep" | "guess" => self.deep,
            "lenient" => self.lenient,
            "tolerant" => self.tolerant,
            "streams" => self.streams,
            _ => true,
        }
    }
}

/// The runtime files of a crate: `src/runtime/mod.rs` (printed, its items yet to be spaced like the other
/// files') and each file it declares, path and text.
pub fn runtime_files(parts: &Parts) -> Result<(String, Vec<(String, &'static str)>)> {
    let files = FILES
        .iter()
        .filter(|file| parts.carries(file.module))
        .map(|file| (format!("src/runtime/{}.rs", file.module), file.text))
        .collect();
    Ok((mod_rs(parts)?, files))
}

/// Prints the runtime crate's `lib.rs`, which `mod.rs` is made of, if it was not yet: it does not depend on
/// any spec, so a caller can have it done ahead, on a core that is free while the specs are read.
pub fn print_ahead() {
    let _ = printed_lib_rs();
}

/// The runtime crate's `lib.rs` without the declarations and re-exports of the modules left out, printed.
fn mod_rs(parts: &Parts) -> Result<String> {
    let pieces = printed_lib_rs()
        .as_ref()
        .map_err(|message| Error::Emit { item: "runtime/src/lib.rs".to_owned(), message: message.clone() })?;
    Ok(pieces
        .iter()
        .filter(|piece| piece.module.as_deref().is_none_or(|m| parts.carries(m)))
        .map(|p| &*p.text)
        .collect())
}

/// A piece of the printed `lib.rs`: its inner docs, or one item with the module it is about.
struct Piece {
    /// The runtime module an item declares or re-exports from; `None` for what every crate carries.
    module: Option<String>,
    text: String,
}

/// `lib.rs` printed a piece at a time, once per process: the printer lays out each item of a file on its own,
/// so the pieces a crate carries, joined, are the file of those items printed whole.
fn printed_lib_rs() -> &'static std::result::Result<Vec<Piece>, String> {
    static PRINTED: std::sync::OnceLock<std::result::Result<Vec<Piece>, String>> = std::sync::OnceLock::new();
    PRINTED.get_or_init(|| {
        let mut file: syn::File = syn::parse_str(LIB_RS).map_err(|error| error.to_string())?;
        let items = std::mem::take(&mut file.items);
        let mut pieces = vec![Piece { module: None, text: prettyplease::unparse(&file) }];
        file.attrs.clear();
        for item in items {
            let module = match &item {
                // The runtime's own test scaffolding stays in the runtime crate.
                syn::Item::Mod(module) if is_test_only(&module.attrs) => continue,
                syn::Item::Mod(module) => Some(module.ident.to_string()),
                syn::Item::Use(import) => match &import.tree {
                    syn::UseTree::Path(path) => Some(path.ident.to_string()),
                    _ => None,
                },
                _ => None,
            };
            file.items = vec![item];
            pieces.push(Piece { module, text: prettyplease::unparse(&file) });
        }
        Ok(pieces)
    })
}

/// Whether `attrs` hold `#[cfg(test)]`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|attr| attr.path().is_ident("cfg") && attr.parse_args::<syn::Ident>().is_ok_and(|arg| arg == "test"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every combination of the optional files.
    fn every_parts() -> Vec<Parts> {
        (0..32u8)
            .map(|bits| Parts {
                paging: bits & 1 != 0,
                deep: bits & 2 != 0,
                lenient: bits & 4 != 0,
                tolerant: bits & 8 != 0,
                streams: bits & 16 != 0,
                uploads: false,
            })
            .collect()
    }

    /// Every module `lib.rs` declares has its file here, and every file here is declared.
    #[test]
    fn every_runtime_module_has_its_file() {
        let file: syn::File = syn::parse_str(LIB_RS).unwrap();
        let declared: Vec<String> = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Mod(module) if !is_test_only(&module.attrs) => Some(module.ident.to_string()),
                _ => None,
            })
            .collect();
        let files: Vec<&str> = FILES.iter().map(|file| file.module).collect();
        assert_eq!(declared, files);
    }

    /// The pieces joined are, for every combination of files, `lib.rs` printed whole without the items of the
    /// files left out and its test scaffolding.
    #[test]
    fn joined_pieces_are_the_file_printed_whole() {
        for parts in every_parts() {
            let mut file: syn::File = syn::parse_str(LIB_RS).unwrap();
            file.items.retain(|item| match item {
                syn::Item::Mod(module) if is_test_only(&module.attrs) => false,
                syn::Item::Mod(module) => parts.carries(&module.ident.to_string()),
                syn::Item::Use(import) => match &import.tree {
                    syn::UseTree::Path(path) => parts.carries(&path.ident.to_string()),
                    _ => true,
                },
                _ => true,
            });
            assert_eq!(mod_rs(&parts).unwrap(), prettyplease::unparse(&file), "{parts:?}");
        }
    }

    /// A crate without paging carries neither `paging.rs` nor its re-exports.
    #[test]
    fn left_out_files_leave_no_declaration() {
        let (text, files) = runtime_files(&Parts::default()).unwrap();
        assert!(!text.contains("mod paging;") && !text.contains("paging::"), "{text}");
        assert!(text.contains("mod connection;"), "{text}");
        assert!(!text.contains("mod runtime"), "{text}");
        assert!(files.iter().all(|(path, _)| !path.ends_with("paging.rs")));
        assert!(files.iter().any(|(path, _)| path.ends_with("connection.rs")));
    }
}

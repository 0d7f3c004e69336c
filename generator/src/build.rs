//! Generation from a `build.rs`: a [`Builder`] writes the client into `OUT_DIR` and a root file
//! for `include!`, and tells cargo which files to watch.
//!
//! ```no_run
//! // in build.rs's `main`
//! generator::build::Builder::new("petstore").spec("petstore.yaml").generate().unwrap_or_else(|e| panic!("{e}"));
//! ```
//!
//! `build-example/` in this repository is a project that does this.
//!
//! ```ignore
//! // src/lib.rs: the crate is the client (its items use `crate::` paths, so it is included at the root)
//! include!(concat!(env!("OUT_DIR"), "/petstore.rs"));
//! ```
//!
//! The including crate needs the client's dependencies: those of the generated
//! `OUT_DIR/petstore/Cargo.toml`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::Severity;
use crate::error::{Error, Result};
use crate::manifest::Manifest;

/// Configures and runs a generation from a build script.
#[derive(Debug, Clone)]
pub struct Builder {
    name: String,
    specs: Vec<PathBuf>,
    overrides: Option<PathBuf>,
    out_dir: Option<PathBuf>,
}

impl Builder {
    /// A client named `name`: its folder and root file in `OUT_DIR` are named after it.
    pub fn new(name: impl Into<String>) -> Self {
        Builder { name: name.into(), specs: Vec::new(), overrides: None, out_dir: None }
    }

    /// Adds a spec (a module named after its file, as `generate` names it).
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.specs.push(path.into());
        self
    }

    /// A corrections file, as `generate --overrides` takes.
    pub fn overrides(mut self, path: impl Into<PathBuf>) -> Self {
        self.overrides = Some(path.into());
        self
    }

    /// Writes to `dir` instead of `OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Generates the client and returns the root file to `include!`. Prints `cargo:rerun-if-changed`
    /// for the specs and corrections, and each warning as a `cargo:warning`; an error is rendered
    /// as the command line renders it (file, line, column, the offending line).
    pub fn generate(self) -> Result<PathBuf> {
        let mut stdout = std::io::stdout();
        self.generate_to(&mut stdout)
    }

    /// [`Builder::generate`], writing cargo's instructions to `out`.
    pub fn generate_to(self, out: &mut dyn std::io::Write) -> Result<PathBuf> {
        let out_dir = match self.out_dir.clone().or_else(|| std::env::var_os("OUT_DIR").map(PathBuf::from)) {
            Some(dir) => dir,
            None => {
                let message = "OUT_DIR is not set: run from a build script, or give Builder::out_dir".to_owned();
                return Err(Error::Output { path: PathBuf::from("OUT_DIR"), message });
            }
        };
        crate::manifest::check_crate_name(&self.name)
            .map_err(|message| Error::Output { path: PathBuf::from(&self.name), message })?;
        for file in self.specs.iter().chain(&self.overrides) {
            let _ = writeln!(out, "cargo:rerun-if-changed={}", file.display());
        }
        let target = out_dir.join(&self.name);
        let mut manifest = Manifest::for_specs(&self.specs, target.clone(), &self.name);
        if let Some(file) = &self.overrides {
            manifest.add_overrides_file(file)?;
        }
        let generation = crate::generate(&manifest)?;
        for warning in generation.warnings.iter().filter(|w| w.severity == Severity::Warning) {
            let at = match &warning.location {
                Some(location) => format!("{}:{}:{}", warning.file, location.line, location.column),
                None => warning.file.clone(),
            };
            // One line per warning: cargo shows each `cargo:warning` line as one warning.
            let message = warning.message.replace('\n', " ");
            let _ = writeln!(out, "cargo:warning={at}: {message} [{}]", warning.code.label());
        }
        let lib = generation.files.get("src/lib.rs").cloned().unwrap_or_default();
        // A crate-level limit cannot come through `include!`: the including crate must set it.
        for limit in lib.lines().filter(|l| l.starts_with("#![recursion_limit")) {
            let _ = writeln!(out, "cargo:warning=the client's types nest deeply: add `{limit}` to the including crate");
        }
        let options = crate::output::Options { keep_foreign: false, read: generation.read.clone() };
        crate::output::write_atomically(&target, &generation.files, &options)?;
        let root = out_dir.join(format!("{}.rs", self.name.replace('-', "_")));
        let text = include_root(&lib, &target.join("src"));
        std::fs::write(&root, text).map_err(|source| Error::Io { path: root.clone(), source })?;
        Ok(root)
    }
}

/// The crate's `lib.rs` made includable: inner attributes and docs (which `include!` refuses)
/// dropped, the crate-wide lints put on each module instead, and each module given the absolute
/// `#[path]` of its file in `src`.
fn include_root(lib: &str, src: &Path) -> String {
    let allows: Vec<&str> =
        lib.lines().filter_map(|l| l.strip_prefix("#![allow(")).filter_map(|l| l.strip_suffix(")]")).collect();
    let allow = if allows.is_empty() { String::new() } else { format!("#[allow({})]\n", allows.join(", ")) };
    let mut out = String::with_capacity(lib.len() * 2);
    for line in lib.lines().filter(|l| !l.starts_with("//!") && !l.starts_with("#![")) {
        let module =
            line.strip_prefix("pub mod ").or_else(|| line.strip_prefix("mod ")).and_then(|m| m.strip_suffix(';'));
        match module {
            Some(name) => {
                // Every module of a generated crate's root is a folder: the runtime and the APIs.
                let file = src.join(name).join("mod.rs");
                let _ = writeln!(out, "{allow}#[path = {:?}]\n{line}", file.to_string_lossy());
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_is_told_what_to_watch_and_errors_say_where() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("notes.yaml");
        let text = "openapi: 3.0.0\ninfo: {title: N, version: '1'}\npaths:\n  /n:\n    get:\n      operationId: getN\n      responses: {'204': {description: none}}\n";
        std::fs::write(&spec, text).expect("the spec is written");
        let mut cargo = Vec::new();
        let root = Builder::new("notes")
            .spec(&spec)
            .out_dir(dir.path().join("out"))
            .generate_to(&mut cargo)
            .expect("generates");
        let told = String::from_utf8_lossy(&cargo).into_owned();
        let watch = format!("cargo:rerun-if-changed={}\n", spec.display());
        let warning = format!(
            "cargo:warning={}:1:1: no server URL; the client must be given a base URL [S2R0017 (missing-base-url)]\n",
            spec.display()
        );
        assert_eq!(told, format!("{watch}{warning}"));
        assert_eq!(root, dir.path().join("out/notes.rs"));
        assert!(std::fs::read_to_string(&root).expect("the root file").contains("pub mod notes;"));
        std::fs::write(&spec, text.replace("paths:", "paths: [")).expect("the spec is written");
        let error = Builder::new("notes").spec(&spec).out_dir(dir.path().join("out")).generate_to(&mut Vec::new());
        let shown = error.expect_err("a broken spec").to_string();
        assert!(shown.contains("notes.yaml:"), "{shown}");
    }

    #[test]
    fn the_root_file_has_no_inner_attributes_and_absolute_module_paths() {
        let lib = "// @generated\n//! Docs.\n#![allow(deprecated)]\n#![allow(non_snake_case)]\n#[allow(dead_code)]\nmod runtime;\npub mod v1;\npub use runtime::Error;\n";
        let root = include_root(lib, Path::new("/out/api/src"));
        assert_eq!(
            root,
            "// @generated\n#[allow(dead_code)]\n#[allow(deprecated, non_snake_case)]\n#[path = \"/out/api/src/runtime/mod.rs\"]\nmod runtime;\n#[allow(deprecated, non_snake_case)]\n#[path = \"/out/api/src/v1/mod.rs\"]\npub mod v1;\npub use runtime::Error;\n"
        );
    }
}

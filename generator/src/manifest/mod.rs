//! The generation manifest: which specs make up which crate (`specs/generate.toml`), and what it
//! corrects in each. Every TOML type lives here; the corrections it reads are applied by the
//! normalise stage ([`crate::normalise::corrections`]).

pub mod corrections;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use indexmap::IndexMap;

use crate::diagnostic::levels::Lints;
use crate::emit::CrateSettings;
use crate::error::{Error, Result};
use crate::ir::{AuthKind, AuthScheme, ParamLocation};
use crate::naming::{escape_keyword, snake_name};
use crate::normalise::corrections::{Corrections, TomlSource};
use crate::normalise::names::module_names;
use corrections::{RawOperations, RawTypes};

/// A parsed manifest with paths resolved against its folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Metadata of the generated crate.
    pub settings: CrateSettings,
    /// Folder the crate is written to.
    pub output: PathBuf,
    /// The specs, one module each.
    pub apis: Vec<ApiEntry>,
}

/// One spec of the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiEntry {
    /// Module name in the generated crate.
    pub module: String,
    /// The spec file.
    pub spec: PathBuf,
    /// How diagnostics and generated docs name the spec (relative to the manifest's parent folder).
    pub display: String,
    /// What the manifest adds to or corrects in the spec.
    pub overrides: Corrections,
    /// Which of the spec's warnings are allowed, shown or denied (`[api.lints]`, then the command line's).
    pub lints: Lints,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(rename = "crate")]
    krate: RawCrate,
    api: Vec<RawApi>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCrate {
    name: String,
    version: String,
    description: String,
    output: PathBuf,
    /// Example programs (paths relative to the manifest) copied into the crate's `examples/`.
    #[serde(default)]
    examples: Vec<PathBuf>,
    /// SPDX license expression of the generated crate.
    license: Option<String>,
    /// Its source repository URL.
    repository: Option<String>,
    /// Its documentation URL.
    documentation: Option<String>,
    /// Its home page URL.
    homepage: Option<String>,
    /// `false` keeps it from being published.
    #[serde(default = "publishable")]
    publish: bool,
}

fn publishable() -> bool {
    true
}

/// One `[[api]]` entry: a spec and what the manifest corrects in it. An overrides file has the
/// same entries without `spec`, naming the module they correct.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApi {
    module: String,
    spec: Option<PathBuf>,
    /// Security schemes by name, defining or replacing the spec's.
    #[serde(default)]
    auth_schemes: IndexMap<String, RawScheme>,
    /// Security requirements for every operation: alternatives of scheme names.
    security: Option<Vec<Vec<String>>>,
    /// Corrections per type and its fields.
    #[serde(default)]
    types: RawTypes,
    /// Corrections per operation and its parameters.
    #[serde(default)]
    operations: RawOperations,
    /// Whether response bodies known only from examples may be `null` or empty (default: yes).
    example_responses_nullable: Option<bool>,
    /// Lint levels of the spec's warnings, by code or name.
    #[serde(default)]
    lints: RawLints,
}

/// `[api.lints]`: `allow`, `warn` and `deny`, each a list of diagnostic codes or names.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLints {
    #[serde(default)]
    allow: Vec<String>,
    #[serde(default)]
    warn: Vec<String>,
    #[serde(default)]
    deny: Vec<String>,
}

impl RawLints {
    fn lints(&self, module: &str) -> std::result::Result<Lints, String> {
        let mut lints = Lints::default();
        lints
            .set_all(&self.allow, &self.warn, &self.deny)
            .map_err(|message| format!("module `{module}`: [api.lints]: {message}"))?;
        Ok(lints)
    }
}

/// An overrides file (`--overrides`): `[[api]]` entries without `spec`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverridesFile {
    api: Vec<RawApi>,
}

impl RawApi {
    /// The entry's overrides; `at` is its JSON pointer in the TOML document.
    fn overrides(&mut self, source: &TomlSource, at: &str) -> Result<Corrections> {
        let auth_schemes = std::mem::take(&mut self.auth_schemes)
            .into_iter()
            .map(|(name, scheme)| AuthScheme {
                name,
                kind: scheme.into_kind(),
                docs: Some("Defined by the generation manifest.".into()),
            })
            .collect();
        let types = std::mem::take(&mut self.types);
        let operations = std::mem::take(&mut self.operations);
        let mut corrections = corrections::parse(source.clone(), at, types, operations)?;
        corrections.example_responses_nullable = self.example_responses_nullable;
        corrections.auth_schemes = auth_schemes;
        corrections.security = self.security.take();
        Ok(corrections)
    }
}

/// A security scheme as the manifest writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, tag = "type", rename_all = "snake_case")]
enum RawScheme {
    Bearer,
    Basic,
    ApiKey {
        name: String,
        #[serde(rename = "in")]
        location: RawKeyLocation,
    },
    FormField {
        name: String,
    },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKeyLocation {
    Header,
    Query,
    Cookie,
}

impl RawScheme {
    fn into_kind(self) -> AuthKind {
        match self {
            RawScheme::Bearer => AuthKind::Bearer,
            RawScheme::Basic => AuthKind::Basic,
            RawScheme::ApiKey { name, location } => {
                let location = match location {
                    RawKeyLocation::Header => ParamLocation::Header,
                    RawKeyLocation::Query => ParamLocation::Query,
                    RawKeyLocation::Cookie => ParamLocation::Cookie,
                };
                AuthKind::ApiKey { location, name }
            }
            RawScheme::FormField { name } => AuthKind::FormField { name },
        }
    }
}

impl Manifest {
    /// A manifest for specs given on the command line: one module per spec, named after its file
    /// (unique, and apart from the names the crate uses itself).
    pub fn for_specs(specs: &[PathBuf], output: PathBuf, crate_name: &str) -> Manifest {
        let mut apis: Vec<ApiEntry> = Vec::new();
        for spec in specs {
            let stem = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let stem = stem.split('.').next().unwrap_or_default();
            // `self.yaml` is module `self_api`, as `self_` would be read back as `self`.
            let module = escape_keyword(&snake_name(stem)).replace("r#", "");
            let display = spec.to_string_lossy().replace('\\', "/");
            let overrides = Corrections::default();
            apis.push(ApiEntry { module, spec: spec.clone(), display, overrides, lints: Lints::default() });
        }
        name_modules(&mut apis);
        let settings = CrateSettings {
            name: crate_name.to_owned(),
            version: "0.1.0".into(),
            description: format!("Typed async client generated from {}.", plural_specs(specs.len())),
            examples: Vec::new(),
            example_tests: false,
            package: crate::emit::Package::default(),
        };
        Manifest { settings, output, apis }
    }

    /// Reads a manifest file.
    pub fn load(path: &Path) -> Result<Manifest> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        let error = |message: String| Error::Manifest { path: path.to_owned(), message };
        let raw: RawManifest = toml::from_str(&text).map_err(|e| error(e.to_string()))?;
        check_crate_name(&raw.krate.name).map_err(|message| error(format!("[crate] name: {message}")))?;
        let source = TomlSource { file: path.to_string_lossy().replace('\\', "/"), text: text.into() };
        let dir = path.parent().unwrap_or(Path::new("."));
        let dir_name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut apis = Vec::new();
        for (index, mut api) in raw.api.into_iter().enumerate() {
            let Some(spec) = api.spec.take() else {
                return Err(error(format!("module `{}` names no `spec`", api.module)));
            };
            if crate::naming::snake_name(&api.module) != api.module || crate::naming::is_keyword(&api.module) {
                return Err(error(format!("module `{}` must be a snake_case Rust identifier", api.module)));
            }
            if apis.iter().any(|a: &ApiEntry| a.module == api.module) {
                return Err(error(format!("module `{}` is listed twice", api.module)));
            }
            let display = Path::new(&dir_name).join(&spec).to_string_lossy().replace('\\', "/");
            let overrides = api.overrides(&source, &format!("/api/{index}"))?;
            let lints = api.lints.lints(&api.module).map_err(error)?;
            let module = api.module;
            apis.push(ApiEntry { module, spec: dir.join(&spec), display, overrides, lints });
        }
        // A name the crate uses itself (`error`, `runtime`…) is numbered.
        name_modules(&mut apis);
        let mut examples = Vec::new();
        for example in &raw.krate.examples {
            let path = dir.join(example);
            let contents = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            let name = example.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !name.ends_with(".rs") {
                return Err(error(format!("example `{}` is not a .rs file", example.display())));
            }
            examples.push((name, contents));
        }
        let settings = CrateSettings {
            name: raw.krate.name,
            version: raw.krate.version,
            description: raw.krate.description,
            examples,
            example_tests: false,
            package: crate::emit::Package {
                license: raw.krate.license,
                repository: raw.krate.repository,
                documentation: raw.krate.documentation,
                homepage: raw.krate.homepage,
                unpublished: !raw.krate.publish,
            },
        };
        Ok(Manifest { settings, output: dir.join(raw.krate.output), apis })
    }
}

/// Checks that `name` can be a Cargo package name: 1 to 64 ASCII letters, digits, `-` or `_`,
/// starting with a letter, and neither a Rust keyword nor the name of a built-in crate.
pub fn check_crate_name(name: &str) -> std::result::Result<(), String> {
    let shown = format!("{name:?}");
    if name.is_empty() {
        return Err("the crate name is empty".to_owned());
    }
    if name.len() > 64 {
        return Err(format!("the crate name {shown} is longer than 64 characters"));
    }
    if let Some(bad) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_')) {
        return Err(format!("the crate name {shown} contains {bad:?}; use only ASCII letters, digits, `-` and `_`"));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(format!("the crate name {shown} must start with a letter"));
    }
    let lib = lib_name(name);
    if crate::naming::is_keyword(&lib) || ["std", "core", "alloc", "proc_macro", "test"].contains(&lib.as_str()) {
        return Err(format!("the crate name {shown} is reserved by Rust"));
    }
    Ok(())
}

/// The name the crate is imported by: the package name with `-` as `_`.
pub fn lib_name(package: &str) -> String {
    package.replace('-', "_")
}

impl Manifest {
    /// Adds the overrides of an overrides file (`[[api]]` entries naming a module, without `spec`)
    /// to the modules they name; an unknown module is an error.
    pub fn add_overrides_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        let error = |message: String| Error::Manifest { path: path.to_owned(), message };
        let raw: RawOverridesFile = toml::from_str(&text).map_err(|e| error(e.to_string()))?;
        let source = TomlSource { file: path.to_string_lossy().replace('\\', "/"), text: text.into() };
        for (index, mut api) in raw.api.into_iter().enumerate() {
            if api.spec.is_some() {
                return Err(error(format!("module `{}`: an overrides file names modules, not specs", api.module)));
            }
            let overrides = api.overrides(&source, &format!("/api/{index}"))?;
            let lints = api.lints.lints(&api.module).map_err(error)?;
            let modules: Vec<&str> = self.apis.iter().map(|a| a.module.as_str()).collect();
            let known = modules.join(", ");
            let Some(entry) = self.apis.iter_mut().find(|a| a.module == api.module) else {
                return Err(error(format!("no module `{}` (the specs give: {known})", api.module)));
            };
            entry.overrides.extend(overrides);
            entry.lints.extend(&lints);
        }
        Ok(())
    }

    /// Puts the command line's lint levels over every API's own.
    pub fn add_lints(&mut self, lints: &Lints) {
        for entry in &mut self.apis {
            entry.lints.extend(lints);
        }
    }
}

/// Gives each API the module name the naming pass decides from the one it asks for.
fn name_modules(apis: &mut [ApiEntry]) {
    let names = module_names(apis.iter().map(|api| api.module.as_str()));
    for (api, name) in apis.iter_mut().zip(names) {
        api.module = name;
    }
}

fn plural_specs(count: usize) -> String {
    if count == 1 { "one API spec".to_owned() } else { format!("{count} API specs") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_are_cargo_package_names() {
        for name in ["zoom-chat", "a__b", "MyApi", "api_client2"] {
            assert_eq!(check_crate_name(name), Ok(()), "{name}");
        }
        for (name, message) in [
            ("../evil", "contains '.'"),
            ("", "is empty"),
            ("a b", "contains ' '"),
            ("-x", "must start with a letter"),
            ("fn", "reserved by Rust"),
            ("std", "reserved by Rust"),
        ] {
            let error = check_crate_name(name).err().unwrap_or_default();
            assert!(error.contains(message), "{name:?}: {error}");
        }
        assert!(check_crate_name(&"a".repeat(65)).is_err());
    }

    #[test]
    fn a_manifest_with_a_bad_crate_name_is_refused() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|source| Error::Io { path: "tmp".into(), source })?;
        let path = dir.path().join("generate.toml");
        let text = "[crate]\nname = \"../evil\"\nversion = \"0.1.0\"\ndescription = \"d\"\noutput = \"out\"\n\n[[api]]\nmodule = \"v1\"\nspec = \"a.yaml\"\n";
        std::fs::write(&path, text).map_err(|source| Error::Io { path: path.clone(), source })?;
        let error = Manifest::load(&path).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("[crate] name: the crate name \"../evil\" contains '.'"), "{error}");
        Ok(())
    }
}

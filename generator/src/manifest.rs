//! The generation manifest: which specs make up which crate (`specs/generate.toml`).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::emit::CrateSettings;
use crate::error::{Error, Result};

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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApi {
    module: String,
    spec: PathBuf,
}

impl Manifest {
    /// Reads a manifest file.
    pub fn load(path: &Path) -> Result<Manifest> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        let error = |message: String| Error::Manifest { path: path.to_owned(), message };
        let raw: RawManifest = toml::from_str(&text).map_err(|e| error(e.to_string()))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let dir_name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut apis = Vec::new();
        for api in raw.api {
            if crate::naming::snake_name(&api.module) != api.module || crate::naming::is_keyword(&api.module) {
                return Err(error(format!("module `{}` must be a snake_case Rust identifier", api.module)));
            }
            if apis.iter().any(|a: &ApiEntry| a.module == api.module) {
                return Err(error(format!("module `{}` is listed twice", api.module)));
            }
            let display = Path::new(&dir_name).join(&api.spec).to_string_lossy().replace('\\', "/");
            apis.push(ApiEntry { module: api.module, spec: dir.join(&api.spec), display });
        }
        let settings =
            CrateSettings { name: raw.krate.name, version: raw.krate.version, description: raw.krate.description };
        Ok(Manifest { settings, output: dir.join(raw.krate.output), apis })
    }
}

//! The crate already on disk, for `check` and `generate --bump`: the API surface it was generated
//! with (its `api-surface.json`), its version and its `CHANGELOG.md`.

use std::path::Path;
use std::sync::Arc;

use super::{Report, SURFACE_FILE, Side, Surface, bump_version, compare};
use crate::emit::Files;
use crate::error::{Error, Result};
use crate::manifest::Manifest;

/// The generated crate's changelog, carried from one regeneration to the next.
pub const CHANGELOG_FILE: &str = "CHANGELOG.md";

const CHANGELOG_HEAD: &str = "# Changelog\n\nOne section per regeneration with `--bump`: what changed for code that uses this crate,\nas the generator's API change report tells it.\n";

/// What a generated crate on disk says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Committed {
    /// Its API surface; `None` when the folder holds no crate, or one generated before surfaces were stored.
    pub surface: Option<Surface>,
    /// The `version` of its `Cargo.toml`.
    pub version: Option<String>,
    /// Its changelog.
    pub changelog: Option<String>,
}

/// Reads what the crate at `target` says about itself; a folder without a crate says nothing.
/// Its surface is read only when `with_surface` (a regeneration without `--bump` needs none).
pub fn read(target: &Path, with_surface: bool) -> Result<Committed> {
    let text = |name: &str| std::fs::read_to_string(target.join(name)).ok();
    let surface = match text(SURFACE_FILE).filter(|_| with_surface) {
        Some(json) => Some(serde_json::from_str(&json).map_err(|e| Error::Output {
            path: target.join(SURFACE_FILE),
            message: format!("not an API surface written by this generator: {e}"),
        })?),
        None => None,
    };
    let version = text("Cargo.toml").and_then(|toml| {
        let manifest: toml::Table = toml.parse().ok()?;
        manifest.get("package")?.get("version")?.as_str().map(str::to_owned)
    });
    Ok(Committed { surface, version, changelog: text(CHANGELOG_FILE) })
}

/// The surface of freshly generated files.
pub fn surface_of(files: &Files) -> Surface {
    files.get(SURFACE_FILE).and_then(|json| serde_json::from_str(json).ok()).unwrap_or_default()
}

/// The changes from `old` to the crate in `files`, generated from `manifest`, located in its specs.
pub fn report(old: &Surface, files: &Files, manifest: &Manifest) -> Report {
    let new = surface_of(files);
    let mut report = compare(old, &new);
    // Surface modules are in manifest order.
    let sources: Vec<(String, Arc<str>)> = new
        .modules
        .iter()
        .zip(&manifest.apis)
        .filter_map(|(module, entry)| {
            Some((module.name.clone(), Arc::from(std::fs::read_to_string(&entry.spec).ok()?)))
        })
        .collect();
    report.locate(Side::New, &sources);
    report
}

/// Carries the committed crate's changelog and version into `files`. With a report (`--bump`),
/// the version becomes the one the changes imply, and the changelog gains a section for it.
pub fn carry(files: &mut Files, committed: &Committed, bump: Option<&Report>) {
    let mut version = committed.version.clone().filter(|_| committed.changelog.is_some());
    let mut changelog = committed.changelog.clone();
    if let Some(report) = bump {
        let current = committed.version.clone().or_else(|| cargo_version(files));
        let next = current.as_deref().and_then(|v| bump_version(v, report.bump()));
        let section = match &committed.surface {
            None => Some(format!("## {}\n\nFirst generation.\n", current.as_deref().unwrap_or("unreleased"))),
            Some(_) if report.changes.is_empty() => None,
            Some(_) => Some(format!(
                "## {}\n\n{}",
                next.as_deref().unwrap_or("unreleased"),
                report.to_text(current.as_deref())
            )),
        };
        if let Some(section) = section {
            // Newest first: the section goes before the first older one.
            let log = changelog.take().unwrap_or_else(|| CHANGELOG_HEAD.to_owned());
            let at = log.find("\n## ").map_or(log.len(), |i| i + 1);
            let (head, older) = log.split_at_checked(at).unwrap_or((&log, ""));
            let older = if older.is_empty() { String::new() } else { format!("\n{older}") };
            changelog = Some(format!("{}\n\n{section}{older}", head.trim_end()));
        }
        version = next.or(current);
    }
    if let (Some(version), Some(cargo)) = (version, files.get_mut("Cargo.toml")) {
        *cargo = set_version(cargo, &version);
    }
    if let Some(changelog) = changelog {
        files.insert(CHANGELOG_FILE.to_owned(), changelog);
    }
}

/// Before `generate` writes `files` over the crate at `target`: carries its changelog and version
/// and, with `bump`, applies the changes' version bump. Returns the change report's text when bumping.
pub fn prepare(target: &Path, files: &mut Files, manifest: &Manifest, bump: bool) -> Result<Option<String>> {
    let committed = read(target, bump)?;
    if !bump {
        carry(files, &committed, None);
        return Ok(None);
    }
    let Some(old) = &committed.surface else {
        carry(files, &committed, Some(&Report::default()));
        let version = cargo_version(files).unwrap_or_default();
        return Ok(Some(format!("First generation: version {version}, recorded in {CHANGELOG_FILE}.\n")));
    };
    let report = report(old, files, manifest);
    carry(files, &committed, Some(&report));
    Ok(Some(report.to_text(committed.version.as_deref())))
}

fn cargo_version(files: &Files) -> Option<String> {
    let manifest: toml::Table = files.get("Cargo.toml")?.parse().ok()?;
    manifest.get("package")?.get("version")?.as_str().map(str::to_owned)
}

/// The `Cargo.toml` text with its package version replaced (the first `version =` line is the
/// package's: the generator writes `[package]` first).
fn set_version(cargo: &str, version: &str) -> String {
    let mut done = false;
    let mut out = String::with_capacity(cargo.len());
    for line in cargo.split_inclusive('\n') {
        if !done && line.starts_with("version = ") {
            done = true;
            out.push_str(&format!("version = {}\n", toml::Value::String(version.to_owned())));
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_line_of_the_package_is_replaced() {
        let cargo = "# @generated\n[package]\nname = \"x\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = { version = \"1\" }\n";
        assert_eq!(
            set_version(cargo, "0.2.0"),
            "# @generated\n[package]\nname = \"x\"\nversion = \"0.2.0\"\n\n[dependencies]\nserde = { version = \"1\" }\n"
        );
    }
}

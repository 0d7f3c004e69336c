//! The API change report: what a regeneration changes for the code that uses the crate.
//!
//! Two [`Surface`]s (the public items of the old and the new crate, named by the emitter itself)
//! are compared item by item ([`compare`]); each [`Change`] names the Rust item it affects
//! (`v2::Client::get_chat_messages_reports`, `v2::models::Message::file_size`) and has a [`Class`]:
//!
//! - **breaking**: code that uses the item may stop compiling (a method, argument, setter, field,
//!   variant or type is gone or has another type or name; a new required argument);
//! - **behaviour**: the code compiles as before, but the wire contract changed (a wire name, a
//!   parameter's location, a path, the base URL, media types, authentication);
//! - **compatible**: additions and deprecations. A new enum value is compatible because unknown
//!   values already decode (into the enum's `Unknown` variant); a `match` without a wildcard arm
//!   is the exception.
//!
//! Struct literals of models are not considered: every model has an `additional_properties`
//! field, and request bodies are built with their `new` constructor and setters, so a new optional
//! field is compatible and a new required field of a request body (a new `new` argument) breaking.
//! The report ends with the implied [`Bump`] of the crate version.

pub mod commands;
pub mod committed;
mod compare;
mod render;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use serde::Serialize;

pub use crate::surface::{SURFACE_FILE, Surface};
pub use compare::compare;

/// How a change affects the users of the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// User code may stop compiling.
    Breaking,
    /// Code compiles as before; the wire contract changed.
    Behaviour,
    /// Additions and deprecations.
    Compatible,
}

/// Which spec a change points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The old spec (what was removed).
    Old,
    /// The new spec.
    New,
}

/// Where in a spec a change comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct At {
    /// The spec it points into.
    pub side: Side,
    /// The API module whose spec it is.
    #[serde(skip)]
    pub module: String,
    /// The spec file.
    pub file: String,
    /// JSON pointer of the node.
    pub pointer: String,
    /// 1-based line, once located.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column, once located.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

/// One change of the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// How it affects users.
    pub class: Class,
    /// The rule that found it, e.g. `field-retyped`.
    pub rule: &'static str,
    /// The Rust item it affects, e.g. `v2::models::Message::file_size`.
    pub item: String,
    /// What changed.
    pub message: String,
    /// Where in a spec it comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<At>,
}

/// A version bump, least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Deprecations only.
    Patch,
    /// Additions or wire changes.
    Minor,
    /// Breaking changes.
    Major,
}

/// The changes between two surfaces.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Report {
    /// Breaking first, then behaviour, then compatible; by item within a class.
    pub changes: Vec<Change>,
}

impl Report {
    /// Whether any change is breaking.
    pub fn has_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.class == Class::Breaking)
    }

    /// The bump the changes call for, by semver's rules for 1.0 and later (see [`bump_version`]).
    pub fn bump(&self) -> Bump {
        self.changes.iter().map(change_bump).max().unwrap_or(Bump::None)
    }

    /// Gives each change that points into `side`'s specs its line and column; `sources` are the
    /// module names and spec texts of that side.
    pub fn locate(&mut self, side: Side, sources: &[(String, Arc<str>)]) {
        for (module, source) in sources {
            let mut found: Vec<(usize, crate::diagnostic::Diagnostic)> = self
                .changes
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.at.as_ref().map(|at| (i, at)))
                .filter(|(_, at)| at.side == side && at.module == *module)
                // Only the location of these is used: their kind and message are never shown.
                .map(|(i, at)| {
                    let code = crate::diagnostic::Code::InvalidDocument;
                    (i, crate::diagnostic::Diagnostic::warning(code, &at.file, at.pointer.clone(), ""))
                })
                .collect();
            let mut diagnostics: Vec<_> = found.iter().map(|(_, d)| d.clone()).collect();
            crate::read::locate(&mut diagnostics, source);
            for ((index, _), diagnostic) in found.iter_mut().zip(diagnostics) {
                if let (Some(at), Some(location)) =
                    (self.changes.get_mut(*index).and_then(|c| c.at.as_mut()), diagnostic.location)
                {
                    at.line = Some(location.line);
                    at.column = Some(location.column);
                }
            }
        }
    }

    /// The report as text, grouped like a changelog, ending with the bump of `version` (the old
    /// crate version, when known).
    pub fn to_text(&self, version: Option<&str>) -> String {
        render::text(self, version)
    }

    /// The report as JSON, for CI.
    pub fn to_json(&self, version: Option<&str>) -> String {
        render::json(self, version)
    }
}

/// What one change calls for: breaking changes a major bump, other changes but deprecations a
/// minor one.
fn change_bump(change: &Change) -> Bump {
    match change.class {
        Class::Breaking => Bump::Major,
        Class::Compatible if change.rule.starts_with("deprecation") => Bump::Patch,
        Class::Behaviour | Class::Compatible => Bump::Minor,
    }
}

/// `version` bumped by `bump`. Before 1.0 everything moves one place right, as cargo reads
/// versions: breaking changes bump the minor number, others the patch number. `None` when the
/// version is not `MAJOR.MINOR.PATCH`.
pub fn bump_version(version: &str, bump: Bump) -> Option<String> {
    let core = version.split(['-', '+']).next().unwrap_or(version);
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let (Some(Some(major)), Some(Some(minor)), Some(Some(patch)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let bump = match (major, minor, bump) {
        (_, _, Bump::None) => return Some(version.to_owned()),
        (0, 0, _) => Bump::Patch,
        (0, _, Bump::Major) => Bump::Minor,
        (0, _, _) => Bump::Patch,
        (_, _, bump) => bump,
    };
    Some(match bump {
        Bump::Major => format!("{}.0.0", major.saturating_add(1)),
        Bump::Minor => format!("{major}.{}.0", minor.saturating_add(1)),
        Bump::Patch | Bump::None => format!("{major}.{minor}.{}", patch.saturating_add(1)),
    })
}

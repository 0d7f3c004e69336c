//! Shrinking a failing crate of `cargo xtask props` to a minimal one that fails the same way: its
//! specs lose operations, schemas, parameters, fields and types and get short names for as long as
//! the same rustc error code, lint or generator error remains.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use generator::manifest::Manifest;

use super::specs::{Api, Format};
use crate::corpus::{cargo_clippy, generate_crate, write_workspace};

/// Most candidates tried for one crate: a try is one generation and one `cargo clippy` of a small
/// crate (about a second), so a shrink ends within minutes.
const BUDGET: usize = 400;

/// One random spec of a crate: the abstract API, its format and its file stem (the module name).
#[derive(Clone)]
pub struct RandomSpec {
    pub api: Api,
    pub format: Format,
    pub stem: String,
}

/// How a crate fails: a generator error (its first line without the quoted names), or a rustc
/// error code or lint name.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    Generator(String),
    Compiler(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Generator(kind) => write!(f, "generator error: {kind}"),
            Failure::Compiler(code) => write!(f, "{code}"),
        }
    }
}

/// The kind of a generator error: its first line, names in backticks left out, as shrinking
/// changes names.
pub fn generator_failure(error: &str) -> Failure {
    let first = error.lines().next().unwrap_or_default();
    let kind: String = first.split('`').step_by(2).collect::<Vec<_>>().join("``");
    Failure::Generator(kind)
}

/// Writes `specs` under `dir` (one folder per spec, so that stems may repeat) and returns their paths.
pub fn write_specs(dir: &Path, specs: &[RandomSpec]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for (part, spec) in specs.iter().enumerate() {
        let path = dir.join(part.to_string()).join(format!("{}.json", spec.stem));
        let text = serde_json::to_string_pretty(&spec.api.document(spec.format))?;
        fs::create_dir_all(path.parent().unwrap_or(dir))?;
        fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        files.push(path);
    }
    Ok(files)
}

/// Shrinks the crate made of `specs` while it fails as `target` says; writes the smallest one to
/// `target/props/shrunk/<krate>/` and returns that folder and the number of candidates tried.
pub fn shrink_crate(repo: &Path, krate: &str, specs: Vec<RandomSpec>, target: &Failure) -> Result<(PathBuf, usize)> {
    let mut error = None;
    let size = |specs: &Vec<RandomSpec>| crate_size(specs);
    let smaller = |specs: &Vec<RandomSpec>| smaller_crates(specs);
    let (smallest, tries) = shrink(specs, size, smaller, BUDGET, |candidate| match fails_as(repo, candidate, target) {
        Ok(fails) => fails,
        Err(e) => {
            error.get_or_insert(e);
            false
        }
    });
    if let Some(error) = error {
        return Err(error);
    }
    let out = repo.join("target/props/shrunk").join(krate);
    if out.exists() {
        fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
    }
    fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    for (part, spec) in smallest.iter().enumerate() {
        let name = if smallest.iter().filter(|s| s.stem == spec.stem).count() > 1 {
            format!("{}-{part}.json", spec.stem)
        } else {
            format!("{}.json", spec.stem)
        };
        let text = serde_json::to_string_pretty(&spec.api.document(spec.format))?;
        fs::write(out.join(&name), text).with_context(|| format!("writing {name}"))?;
    }
    Ok((out, tries))
}

/// Greedy shrinking: takes the first of `smaller(current)` that still `fails`, until none does
/// or `budget` candidates were tried; returns the smallest failing value and the tries. Only
/// candidates that are smaller by `size` are tried, so the search ends even without a budget.
pub fn shrink<T>(
    start: T,
    size: impl Fn(&T) -> usize,
    smaller: impl Fn(&T) -> Vec<T>,
    budget: usize,
    mut fails: impl FnMut(&T) -> bool,
) -> (T, usize) {
    let mut current = start;
    let mut tries = 0;
    'search: loop {
        let bound = size(&current);
        for candidate in smaller(&current).into_iter().filter(|c| size(c) < bound) {
            if tries == budget {
                break 'search;
            }
            tries += 1;
            if fails(&candidate) {
                current = candidate;
                continue 'search;
            }
        }
        break;
    }
    (current, tries)
}

/// A measure that every candidate of [`smaller_crates`] decreases.
fn crate_size(specs: &[RandomSpec]) -> usize {
    specs.iter().map(|s| 1_000_000 + s.api.size() + s.stem.len()).sum()
}

/// The crate with one spec fewer, one spec's file stem shortened, or one spec smaller.
fn smaller_crates(specs: &[RandomSpec]) -> Vec<Vec<RandomSpec>> {
    let mut out = Vec::new();
    if specs.len() > 1 {
        for index in 0..specs.len() {
            let mut fewer = specs.to_vec();
            fewer.remove(index);
            out.push(fewer);
        }
    }
    for (index, spec) in specs.iter().enumerate() {
        let short = format!("s{index}");
        if short.len() < spec.stem.len() {
            let mut renamed = specs.to_vec();
            renamed[index].stem = short;
            out.push(renamed);
        }
        for api in spec.api.smaller() {
            let mut smaller = specs.to_vec();
            smaller[index].api = api;
            out.push(smaller);
        }
    }
    out
}

/// Whether the crate of `specs` fails as `target` says: generated and checked alone in
/// `target/props-shrink/` (whose target folder is the repository's, dependencies already built).
fn fails_as(repo: &Path, specs: &[RandomSpec], target: &Failure) -> Result<bool> {
    let root = repo.join("target/props-shrink");
    for dir in [root.join("specs"), root.join("crates")] {
        if dir.exists() {
            fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
        }
    }
    let files = write_specs(&root.join("specs"), specs)?;
    let krate = "props-shrink";
    let out = root.join("crates").join(krate);
    match generate_crate(&Manifest::for_specs(&files, out.clone(), krate), &out) {
        Err(error) => Ok(generator_failure(&error) == *target),
        Ok(_) => {
            write_workspace(repo, &root, &[krate])?;
            let check = cargo_clippy(&root, &[krate], true)?;
            Ok(check.codes(krate).into_iter().map(Failure::Compiler).any(|f| f == *target))
        }
    }
}

#[cfg(test)]
mod tests {
    use fastrand::Rng;

    use super::super::specs;
    use super::*;

    #[test]
    fn shrinking_keeps_the_failure_and_stops_at_a_minimum() {
        // Fails while the numbers add up to at least 10; smaller: one number fewer, or one halved.
        let size = |v: &Vec<u32>| v.iter().map(|n| *n as usize + 1).sum::<usize>();
        let smaller = |v: &Vec<u32>| {
            let mut out = Vec::new();
            for i in 0..v.len() {
                let mut fewer = v.clone();
                fewer.remove(i);
                out.push(fewer);
                let mut halved = v.clone();
                halved[i] /= 2;
                out.push(halved);
            }
            out
        };
        let (smallest, tries) = shrink(vec![3, 9, 1, 7, 20, 2], size, smaller, 1_000, |v| v.iter().sum::<u32>() >= 10);
        assert_eq!(smallest, [10]);
        assert!(tries > 0);
        // A budget ends the search early, with a value that still fails.
        let (partial, tries) = shrink(vec![3, 9, 1, 7, 20, 2], size, smaller, 2, |v| v.iter().sum::<u32>() >= 10);
        assert_eq!(tries, 2);
        assert!(partial.iter().sum::<u32>() >= 10);
    }

    #[test]
    fn a_random_crate_shrinks_to_the_one_part_the_predicate_needs() {
        let mut rng = Rng::with_seed(5);
        // Some API that has an enum schema and more besides.
        let api = (0..100)
            .map(|_| specs::api(&mut rng, 8))
            .find(|api| has_enum(api) && api.size() > 5_000)
            .unwrap_or_else(|| panic!("no such api"));
        let start = vec![
            RandomSpec { api: api.clone(), format: Format::OpenApi3, stem: "first_spec".into() },
            RandomSpec { api, format: Format::Swagger2, stem: "second_spec".into() },
        ];
        let size = |specs: &Vec<RandomSpec>| crate_size(specs);
        let smaller = |specs: &Vec<RandomSpec>| smaller_crates(specs);
        let (smallest, _) = shrink(start, size, smaller, usize::MAX, |specs| specs.iter().any(|s| has_enum(&s.api)));
        assert_eq!(smallest.len(), 1);
        let spec = &smallest[0];
        assert!(spec.stem.len() == 2 && spec.stem.starts_with('s'), "{}", spec.stem);
        let document = spec.api.document(Format::OpenApi3);
        assert_eq!(document["paths"], serde_json::json!({}));
        assert_eq!(document["security"], serde_json::json!([]));
        let schemas = document["components"]["schemas"].as_object().cloned().unwrap_or_default();
        assert_eq!(schemas.len(), 1, "{schemas:?}");
        let (name, schema) = schemas.iter().next().unwrap_or_else(|| panic!("no schema"));
        assert!(name.len() <= 2, "{name}");
        assert_eq!(schema["enum"].as_array().map(Vec::len), Some(1), "{schema}");
    }

    fn has_enum(api: &Api) -> bool {
        let document = api.document(Format::OpenApi3);
        document["components"]["schemas"]
            .as_object()
            .is_some_and(|s| s.values().any(|s| s["enum"].as_array().is_some_and(|v| !v.is_empty())))
    }

    #[test]
    fn generator_failures_compare_without_the_names_they_quote() {
        let a = generator_failure("error: `$ref: #/a` does not point to a schema\n  at x.yaml:3");
        let b = generator_failure("error: `$ref: #/bb` does not point to a schema\n  at y.yaml:9");
        assert_eq!(a, b);
        assert_ne!(a, generator_failure("error: the spec has a cycle"));
    }
}

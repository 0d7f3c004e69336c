//! `cargo xtask props`: the property test of the whole generator on valid specs it has never
//! seen. From a seed, it draws `count` crates, each from one to three random specs (OpenAPI 3.0,
//! Swagger 2.0, Postman v2.1, see [`specs`]) under hostile file names, plus one crate per kept
//! regression case in `tests/fixtures/compile/`; generates them all into one throw-away
//! workspace, `target/props/`, and checks it with one `cargo clippy` (generated code must be clean
//! under `cargo clippy -- -D warnings`; dependencies shared with the repository's `target/`, as
//! `cargo xtask corpus` does). Any generator error, compiler error or warning
//! fails the run; the specs stay in `target/props/specs/` to reproduce it, and each failing random
//! crate is shrunk (see [`shrink`]) to a minimal case in `target/props/shrunk/`.

mod shrink;
mod specs;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use generator::manifest::Manifest;

use crate::corpus::{Row, cargo_clippy, generate_crate, report, write_workspace};
use shrink::{Failure, RandomSpec};

/// Failing random crates shrunk in one run at most (each takes up to a few minutes).
const MAX_SHRUNK: usize = 3;

/// What one run draws.
#[derive(clap::Args)]
pub struct Options {
    /// Seed of the random specs; the same seed always draws the same specs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many random crates to generate.
    #[arg(long, default_value_t = 12)]
    count: usize,
    /// Largest number of schemas and of operations in one spec.
    #[arg(long, default_value_t = 8)]
    size: usize,
}

/// Generates and checks the crates; fails when any does not generate or compile without warnings.
pub fn run(repo: &Path, options: &Options) -> Result<ExitCode> {
    let started = Instant::now();
    let root = repo.join("target/props");
    let spec_dir = root.join("specs");
    // Crates of an earlier, larger run would stay members otherwise.
    for dir in [&spec_dir, &root.join("crates")] {
        if dir.exists() {
            fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))?;
        }
    }
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let mut jobs: Vec<(String, Vec<PathBuf>)> = Vec::new();
    let mut random: Vec<Vec<RandomSpec>> = Vec::new();
    for index in 0..options.count {
        let krate = format!("props-{}-{index}", options.seed);
        let specs: Vec<RandomSpec> = (0..rng.usize(1..=3))
            .map(|_| {
                let format = [specs::Format::OpenApi3, specs::Format::Swagger2, specs::Format::Postman][rng.usize(..3)];
                let api = specs::api(&mut rng, options.size);
                RandomSpec { api, format, stem: specs::file_stem(&mut rng) }
            })
            .collect();
        jobs.push((krate.clone(), shrink::write_specs(&spec_dir.join(&krate), &specs)?));
        random.push(specs);
    }
    jobs.extend(regression_cases(repo)?);
    let mut rows = Vec::new();
    for (krate, files) in &jobs {
        let timer = Instant::now();
        let out = root.join("crates").join(krate);
        let generated = generate_crate(&Manifest::for_specs(files, out.clone(), krate), &out);
        let shown = |f: &PathBuf| f.strip_prefix(repo).unwrap_or(f).display().to_string();
        let file = files.iter().map(shown).collect::<Vec<_>>().join(" ");
        rows.push(Row {
            folder: "props".into(),
            file,
            krate: krate.clone(),
            ms: timer.elapsed().as_millis(),
            generated,
        });
    }
    let members: Vec<&str> = rows.iter().filter(|r| r.generated.is_ok()).map(|r| r.krate.as_str()).collect();
    write_workspace(repo, &root, &members)?;
    let check = cargo_clippy(&root, &members, false)?;
    let (failed, _, _) = report(&rows, Some(&check), &Default::default());
    let specs: usize = jobs.iter().map(|(_, files)| files.len()).sum();
    println!(
        "props: seed {}, size {}: {} crates compiled ({} random, {} regression cases) from {specs} specs; \
         {:.1} s, of which cargo clippy {:.1} s",
        options.seed,
        options.size,
        members.len(),
        options.count,
        jobs.len() - options.count,
        started.elapsed().as_secs_f64(),
        check.elapsed.as_secs_f64()
    );
    let failing = rows.iter().zip(random).filter_map(|(row, specs)| {
        let failure = match &row.generated {
            Err(error) => Some(shrink::generator_failure(error)),
            Ok(_) => check.codes(&row.krate).into_iter().next().map(Failure::Compiler),
        };
        failure.map(|failure| (row.krate.as_str(), specs, failure))
    });
    for (krate, specs, failure) in failing.take(MAX_SHRUNK) {
        let timer = Instant::now();
        let (folder, tries) = shrink::shrink_crate(repo, krate, specs, &failure)?;
        let shown = folder.strip_prefix(repo).unwrap_or(&folder).display();
        println!(
            "shrunk {krate} ({failure}) in {tries} tries, {:.0} s: the minimal case is {shown}/; keep it as a \
             regression case in tests/fixtures/compile/ named after its class (its one spec as a file, several \
             as a folder; file names are module names)",
            timer.elapsed().as_secs_f64()
        );
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// One crate per regression case kept in `tests/fixtures/compile/` (a spec, or a folder of specs
/// that go into one crate), named after its class.
fn regression_cases(repo: &Path) -> Result<Vec<(String, Vec<PathBuf>)>> {
    let dir = repo.join("tests/fixtures/compile");
    let mut cases = Vec::new();
    for path in sorted_entries(&dir)? {
        let stem = path.file_stem().map(|s| s.to_string_lossy().replace(['_', '.'], "-")).unwrap_or_default();
        let specs = if path.is_dir() { sorted_entries(&path)? } else { vec![path] };
        cases.push((format!("props-case-{stem}"), specs));
    }
    Ok(cases)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        paths.push(entry.with_context(|| format!("reading {}", dir.display()))?.path());
    }
    paths.sort();
    Ok(paths)
}

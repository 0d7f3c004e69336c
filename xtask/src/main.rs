//! `cargo xtask`: project automation.
//!
//! `cargo xtask generate` regenerates `generated/` from `specs/generate.toml`, the test fixtures'
//! crates `tests/crates/*` from `tests/fixtures/*.generate.toml`, and the guide's diagnostics index;
//! `cargo xtask generate --check` fails when one of them is not what the generator emits;
//! `cargo xtask corpus [--ci]` generates and checks a crate for every spec of the shared real-world corpus;
//! `cargo xtask props [--seed S --count N --size M]` generates crates from random valid specs and checks them;
//! `cargo xtask oracle` decodes random instances of OpenAPI response schemas with the generated models;
//! `cargo xtask test-slow [FILTER]` runs the slow lane of the tests (those that start cargo on generated crates);
//! `cargo xtask bench` measures generation, compile and decode costs against progenitor (target/bench/report.md).
//! The measuring commands (corpus, oracle, bench) write their tables into the guide's `docs/src/figures/`.

mod bench;
mod corpus;
mod figures_page;
mod oracle;
mod props;
mod slow_lane;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use generator::manifest::Manifest;

#[derive(Parser)]
#[command(about = "Project automation for the spec-to-Rust generator")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the client crate from the specs listed in specs/generate.toml, and the test
    /// fixtures' crates (tests/crates/*) from tests/fixtures/*.generate.toml.
    Generate {
        /// Do not write; when generated/ is stale, print the API change report, list the files that
        /// differ and exit non-zero.
        #[arg(long)]
        check: bool,
        /// Set the version the API changes imply and add a section to generated/CHANGELOG.md.
        #[arg(long, conflicts_with = "check")]
        bump: bool,
        /// The manifest to generate from (only this one); by default specs/generate.toml and, unless
        /// --bump, the test fixtures' manifests.
        #[arg(long)]
        manifest: Option<PathBuf>,
    },
    /// Generate a crate for every corpus spec and `cargo clippy` them all: zero errors, zero warnings.
    Corpus {
        /// Only the specs whose file name contains this.
        #[arg(long)]
        filter: Option<String>,
        /// Only the wide-corpus specs listed in tests/corpus-ci.txt (the curated folders in full), as CI runs it.
        #[arg(long)]
        ci: bool,
        /// The corpus folder, holding openapi/, postman/, openapi-wild/, postman-wild/ and openapi31/.
        #[arg(long, default_value_os_t = repo_root().join("../shared/corpus"))]
        corpus: PathBuf,
    },
    /// Generate crates from random valid specs with hostile names and `cargo clippy` them: zero errors, zero warnings.
    Props(props::Options),
    /// Decode random instances of the corpus's OpenAPI response schemas with generated clients (also Postman ones).
    Oracle(oracle::Options),
    /// Benchmark generation (CLI and library), nexus compile cost and decoding, side by side with progenitor.
    Bench(bench::Options),
    /// Run the slow lane of the tests: those that generate a crate and start cargo on it.
    TestSlow {
        /// Passed on to the test harness: a name filter, `--nocapture`, ...
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        harness: Vec<String>,
    },
}

/// What follows `marker` in a line a test printed with `--nocapture`, wherever it starts: the test
/// harness may print `test other ... ok` on the same line just before it (tests run in parallel).
pub(crate) fn after_marker<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.find(marker).and_then(|at| line.get(at + marker.len()..))
}

pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_owned).unwrap_or_default()
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Generate { check, bump, manifest } => generate_all(manifest, check, bump),
        Command::Corpus { filter, ci, corpus } => {
            corpus::run(&repo_root(), &corpus, &corpus::Selection { filter: filter.as_deref(), ci })
        }
        Command::Props(options) => props::run(&repo_root(), &options),
        Command::Oracle(options) => oracle::run(&repo_root(), &options),
        Command::Bench(options) => bench::run(&repo_root(), &options),
        Command::TestSlow { harness } => slow_lane::run(&repo_root(), &harness),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Generates (or checks) from `manifest`, else from specs/generate.toml and, unless `bump`, from
/// every test fixture's manifest; stops at the first failure.
fn generate_all(manifest: Option<PathBuf>, check: bool, bump: bool) -> anyhow::Result<ExitCode> {
    let manifests = match manifest {
        Some(manifest) => vec![manifest],
        None if bump => vec![repo_root().join("specs/generate.toml")],
        None => {
            let mut fixtures = Vec::new();
            for entry in std::fs::read_dir(repo_root().join("tests/fixtures"))? {
                let path = entry?.path();
                if path.to_string_lossy().ends_with(".generate.toml") {
                    fixtures.push(path);
                }
            }
            fixtures.sort();
            std::iter::once(repo_root().join("specs/generate.toml")).chain(fixtures).collect()
        }
    };
    for manifest in &manifests {
        let code = generate(manifest, check, bump).map_err(|error| match error {
            // A spec error is shown with its source line, not just its one-line summary.
            generator::error::Error::Spec(diagnostic) => anyhow::anyhow!("{}", diagnostic.render().trim_end()),
            generator::error::Error::Denied { ref diagnostics, .. } => {
                anyhow::anyhow!("{}{error}", generator::diagnostic::render_all(diagnostics))
            }
            other => anyhow::Error::from(other),
        })?;
        if code != ExitCode::SUCCESS {
            return Ok(code);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn generate(manifest_path: &Path, check: bool, bump: bool) -> Result<ExitCode, generator::error::Error> {
    let manifest = Manifest::load(manifest_path)?;
    let index_current = diagnostics_index(check)?;
    if check {
        let format = generator::changes::commands::Format::Text;
        let code = generator::changes::commands::check_manifest(
            &manifest,
            format,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        )?;
        return Ok(if code == 0 && index_current { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    let mut generation = generator::generate(&manifest)?;
    for warning in &generation.warnings {
        eprint!("{}", warning.render());
    }
    for summary in &generation.summaries {
        println!(
            "{}: {} operations, {} types -> module {}",
            summary.spec, summary.operations, summary.types, summary.module
        );
    }
    let output = manifest.output.canonicalize().unwrap_or(manifest.output.clone());
    let report = generator::changes::committed::prepare(&output, &mut generation.files, &manifest, bump)?;
    let options = generator::output::Options { keep_foreign: false, read: generation.read.clone() };
    let written = generator::output::write_atomically(&output, &generation.files, &options)?;
    if let Some(line) = written.kept_line(&output) {
        eprintln!("{line}");
    }
    let operations: usize = generation.summaries.iter().map(|s| s.operations).sum();
    println!(
        "{} ({} specs, {operations} operations)",
        written.summary_line(generation.files.len(), &output),
        generation.summaries.len()
    );
    if let Some(report) = report {
        print!("\n{report}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The guide's diagnostics index, generated from the table of codes: written, or with `check`
/// compared with the committed page (`false`, with a message, when it differs).
fn diagnostics_index(check: bool) -> Result<bool, generator::error::Error> {
    let path = repo_root().join(DIAGNOSTICS_INDEX);
    let text = generator::diagnostic::codes::index_markdown();
    if check {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != text {
            eprintln!(
                "{DIAGNOSTICS_INDEX} is not what the table of diagnostic codes gives: run `cargo xtask generate`"
            );
            return Ok(false);
        }
        return Ok(true);
    }
    std::fs::write(&path, text).map_err(|source| generator::error::Error::Io { path, source })?;
    Ok(true)
}

/// The guide's page listing every diagnostic code.
const DIAGNOSTICS_INDEX: &str = "docs/src/diagnostics.md";

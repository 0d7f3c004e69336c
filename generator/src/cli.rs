//! The command line: `spec-to-rust generate <SPEC>... --out <DIR>`, as a function so that tests can
//! run it in-process and check its output and exit code.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::diagnostic::Severity;
use crate::diagnostic::codes::{ALL, Code};
use crate::diagnostic::levels::LintArgs;
use crate::error::Error;
use crate::output::Options;

/// Exit code: a spec is broken (or a warning is denied: `--deny`, `--deny-warnings`, `[api.lints]`).
pub const EXIT_SPEC: u8 = 1;
/// Exit code: bad usage, or a file could not be read or written.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: `check` found the crate is not what the specs give, or `diff --fail-on-breaking`
/// found a breaking change.
pub const EXIT_CHANGED: u8 = 3;

/// Generates a typed async Rust client crate from OpenAPI 3.0, 3.1 or 3.2 or Swagger 2.0 documents and Postman collections.
#[derive(Parser)]
#[command(name = "spec-to-rust", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate one crate from one or more specs, a module per spec (named after the file).
    ///
    /// Each spec's format (OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0 in YAML or JSON, Postman collection v2.0 or
    /// v2.1) is detected from its content. The crate is written to a temporary folder and moved
    /// into place only when everything succeeded; on any error the output folder is left untouched.
    /// Only files the generator wrote before (listed in the folder's `.generated-files`) are replaced
    /// or removed; every other file in the folder is kept, and named on stderr.
    ///
    /// Exit codes: 0 success (warnings allowed), 1 a spec is broken or a warning is denied, 2 usage or I/O error.
    Generate {
        /// The spec files.
        #[arg(required_unless_present = "manifest")]
        specs: Vec<PathBuf>,
        /// Folder to write the crate to: new, empty, or earlier output of this generator (files of
        /// others in it are kept). Neither the current folder, a parent of it, nor a folder holding a
        /// spec. A symbolic link to a folder stays a link.
        #[arg(long, required_unless_present = "manifest")]
        out: Option<PathBuf>,
        /// Generate as a manifest says instead (a `generate.toml` as in this repository's `specs/`:
        /// the crate's name, version and output folder, a module per spec with its corrections),
        /// its paths read relative to its own folder.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["specs", "out", "overrides"])]
        manifest: Option<PathBuf>,
        /// Write into a folder that holds files this generator did not write and no record of its
        /// own (a first run into a non-empty folder); those files are kept. Without it such a
        /// folder is refused with a list of its files.
        #[arg(long)]
        keep_foreign: bool,
        /// Package name of the crate.
        #[arg(long, default_value = "api-client")]
        crate_name: String,
        /// Lint levels of warnings, by code or name (`spec-to-rust explain` lists them).
        #[command(flatten)]
        lints: LintArgs,
        /// Also emit tests/spec_examples.rs: a test that the spec's example bodies decode.
        #[arg(long)]
        example_tests: bool,
        /// A TOML file of corrections: `[[api]]` entries as in specs/generate.toml, each naming a
        /// module (the spec's file name) instead of a spec.
        #[arg(long, value_name = "FILE")]
        overrides: Option<PathBuf>,
        /// Compare with the crate in `--out`, set the version its API changes imply (breaking: major,
        /// minor before 1.0) and add a section to its CHANGELOG.md; prints the change report.
        #[arg(long)]
        bump: bool,
    },
    /// Print the API change report between two versions of a spec, naming the Rust items that
    /// change; writes nothing.
    ///
    /// Exit codes: 0 (3 with --fail-on-breaking when a change is breaking), 1 a spec is broken, 2 usage or I/O error.
    Diff(crate::changes::commands::DiffArgs),
    /// Check that the crate in `--out` is what the specs give; writes nothing. When it is not, print
    /// the change report from the crate's API (its api-surface.json) to the specs'.
    ///
    /// Exit codes: 0 up to date, 3 the crate differs, 1 a spec is broken or a warning is denied, 2 usage or I/O error.
    Check(crate::changes::commands::CheckArgs),
    /// Explain a diagnostic code (such as S2R0011) or name (such as inferred-from-example): what it
    /// means, a minimal example and the fix. Without a code, list every code.
    ///
    /// Exit codes: 0, 2 an unknown code.
    Explain {
        /// The code or name.
        code: Option<String>,
    },
}

/// Runs the command line with `args` (the first is the program name); reports go to `out` and
/// diagnostics to `err`. Returns the exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(args, out, err, Pool::AsItIs)
}

/// [`run`] as the `spec-to-rust` binary runs it: rayon's global pool is started once the command is known,
/// sized for its work (see [`ONE_THREAD_BELOW`]). In a process that already has a global pool (tests), that
/// pool is used.
pub fn run_binary<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(args, out, err, Pool::Start)
}

/// Specs of fewer bytes than this in all are generated on one thread: their parallel parts are too small to
/// gain from a second core what starting a thread and handing it work costs (on zoom-chat-v1, 4.8 KB, one
/// thread took 0.4 ms less CPU time and as much less wall time, idle machine or busy).
pub const ONE_THREAD_BELOW: u64 = 32 * 1024;

/// Whether [`run_with`] starts rayon's global pool.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pool {
    /// Leaves the pool as it is (rayon starts one thread per core when first needed).
    AsItIs,
    /// Starts it, one thread for small specs, else one per core (this thread being one of them).
    Start,
}

impl Pool {
    /// Starts the pool for a command that reads `spec_bytes` of specs (`None`: unknown, one thread per core).
    fn start(self, spec_bytes: Option<u64>) {
        if self == Pool::AsItIs {
            return;
        }
        // This thread is one of the pool's threads instead of waiting for them: a thread fewer to start, and no
        // hand-over of the work to another thread and back. Only this thread starts parallel work, so it never
        // needs to take jobs from the others' queues.
        let mut builder = rayon::ThreadPoolBuilder::new().use_current_thread();
        if spec_bytes.is_some_and(|bytes| bytes < ONE_THREAD_BELOW) {
            builder = builder.num_threads(1);
        }
        let _ = builder.build_global();
    }
}

fn run_with<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write, pool: Pool) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // `--help` and `--version` are not errors.
            if error.use_stderr() {
                let _ = write!(err, "{}", error.render());
                return EXIT_USAGE;
            }
            let _ = write!(out, "{}", error.render());
            return 0;
        }
    };
    let (specs, target, manifest_file, keep_foreign, crate_name, lints, example_tests, overrides, bump) = match cli
        .command
    {
        Command::Generate { specs, out, manifest, keep_foreign, crate_name, lints, example_tests, overrides, bump } => {
            (specs, out, manifest, keep_foreign, crate_name, lints, example_tests, overrides, bump)
        }
        Command::Diff(args) => {
            pool.start(None);
            return crate::changes::commands::diff(args, out, err);
        }
        Command::Check(args) => {
            pool.start(None);
            return crate::changes::commands::check(args, out, err);
        }
        Command::Explain { code } => return explain(code.as_deref(), out, err),
    };
    let lints = match lints.lints() {
        Ok(lints) => lints,
        Err(message) => {
            let _ = writeln!(err, "error: {message}");
            return EXIT_USAGE;
        }
    };
    let mut manifest =
        match crate::changes::commands::manifest(manifest_file.as_deref(), &specs, target, &crate_name, err) {
            Ok(manifest) => manifest,
            Err(code) => return code,
        };
    let target = manifest.output.clone();
    // Refused before any work, so that a wrong `--out` costs nothing.
    let specs: Vec<PathBuf> = manifest.apis.iter().map(|api| api.spec.clone()).collect();
    pool.start(Some(specs.iter().map(|spec| std::fs::metadata(spec).map_or(0, |meta| meta.len())).sum()));
    if let Err(error) = crate::output::check_target(&target, &specs) {
        return fail(&error, err);
    }
    manifest.settings.example_tests = example_tests;
    manifest.add_lints(&lints);
    let mut options = Options { keep_foreign, read: Vec::new() };
    if let Some(file) = overrides {
        if let Err(error) = manifest.add_overrides_file(&file) {
            return fail(&error, err);
        }
        options.read.extend(file.canonicalize());
    }
    let mut generation = match crate::generate(&manifest) {
        Ok(generation) => generation,
        Err(error) => return fail(&error, err),
    };
    let _ = write!(err, "{}", crate::diagnostic::render_all(&generation.warnings));
    let report = match crate::changes::committed::prepare(&target, &mut generation.files, &manifest, bump) {
        Ok(report) => report,
        Err(error) => return fail(&error, err),
    };
    options.read.extend(generation.read);
    let written = match crate::output::write_atomically(&target, &generation.files, &options) {
        Ok(written) => written,
        Err(error) => return fail(&error, err),
    };
    if let Some(line) = written.kept_line(&target) {
        let _ = writeln!(err, "{line}");
    }
    for summary in &generation.summaries {
        let _ = writeln!(
            out,
            "{}: {} operations, {} types -> module {}",
            summary.spec, summary.operations, summary.types, summary.module
        );
    }
    let _ = writeln!(out, "{}", written.summary_line(generation.files.len(), &target));
    if let Some(report) = report {
        let _ = write!(out, "\n{report}");
    }
    0
}

/// Reports an error; spec errors and denied warnings exit with [`EXIT_SPEC`], everything else with [`EXIT_USAGE`].
pub(crate) fn fail(error: &Error, err: &mut dyn Write) -> u8 {
    match error {
        Error::Spec(diagnostic) => {
            let _ = write!(err, "{}", diagnostic.render());
            EXIT_SPEC
        }
        Error::Denied { diagnostics, .. } => {
            let _ = write!(err, "{}", crate::diagnostic::render_all(diagnostics));
            let _ = writeln!(err, "error: {error}");
            EXIT_SPEC
        }
        Error::Io { .. } | Error::Output { .. } | Error::Manifest { .. } | Error::Emit { .. } => {
            let _ = writeln!(err, "error: {error}");
            EXIT_USAGE
        }
    }
}

/// `explain [CODE]`: the explanation of one code, or a list of them all.
fn explain(code: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(text) = code else {
        for code in ALL {
            let entry = code.entry();
            let level = if entry.severity == Severity::Error { "error" } else { "warning" };
            let _ = writeln!(out, "{} {:<28} {level:<7} {}", entry.id, entry.name, entry.summary);
        }
        return 0;
    };
    match Code::parse(text) {
        Some(code) => {
            let _ = write!(out, "{}", code.explain());
            0
        }
        None => {
            let _ = writeln!(err, "error: no diagnostic is called `{text}`; `spec-to-rust explain` lists them all");
            EXIT_USAGE
        }
    }
}

//! The generator's command line: `generator generate <SPEC>... --out <DIR>`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use generator::diagnostic::Severity;
use generator::error::Error;
use generator::manifest::Manifest;

/// Generates a typed async Rust client crate from OpenAPI 3.0 documents and Postman collections.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate one crate from one or more specs, a module per spec (named after the file).
    ///
    /// Each spec's format (OpenAPI 3.0 in YAML or JSON, Postman collection v2.0 or v2.1) is
    /// detected from its content. The crate is written to a temporary folder and moved into
    /// place only when everything succeeded; on any error the output folder is left untouched.
    ///
    /// Exit codes: 0 success (warnings allowed), 1 a spec is broken, 2 usage or I/O error.
    Generate {
        /// The spec files.
        #[arg(required = true)]
        specs: Vec<PathBuf>,
        /// Folder to write the crate to (replaced as a whole).
        #[arg(long)]
        out: PathBuf,
        /// Package name of the crate.
        #[arg(long, default_value = "api-client")]
        crate_name: String,
        /// Treat warnings (guesses, skipped parts of a spec) as errors.
        #[arg(long)]
        deny_warnings: bool,
    },
}

fn main() -> ExitCode {
    let Cli { command: Command::Generate { specs, out, crate_name, deny_warnings } } = Cli::parse();
    let manifest = Manifest::for_specs(&specs, out.clone(), &crate_name);
    let generation = match generator::generate(&manifest) {
        Ok(generation) => generation,
        Err(error) => return fail(&error),
    };
    for warning in &generation.warnings {
        eprint!("{}", warning.render());
    }
    if deny_warnings && generation.warnings.iter().any(|w| w.severity == Severity::Warning) {
        eprintln!("error: {} warnings, and --deny-warnings is set", generation.warnings.len());
        return ExitCode::from(1);
    }
    if let Err(error) = generator::output::write_atomically(&out, &generation.files) {
        return fail(&error);
    }
    for summary in &generation.summaries {
        println!(
            "{}: {} operations, {} types -> module {}",
            summary.spec, summary.operations, summary.types, summary.module
        );
    }
    println!("wrote {} files to {}", generation.files.len(), out.display());
    ExitCode::SUCCESS
}

/// Reports an error; spec errors exit with 1, everything else with 2.
fn fail(error: &Error) -> ExitCode {
    match error {
        Error::Spec(diagnostic) => {
            eprint!("{}", diagnostic.render());
            ExitCode::from(1)
        }
        Error::Io { .. } | Error::Manifest { .. } | Error::Emit { .. } => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

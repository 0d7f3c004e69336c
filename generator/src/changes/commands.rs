//! The `diff` and `check` subcommands (see [`crate::cli`]), and the manifest `generate` and `check`
//! build from their arguments.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Side, Surface, committed};
use crate::cli::{EXIT_CHANGED, EXIT_USAGE};
use crate::emit::ApiModule;
use crate::error::Error;
use crate::manifest::Manifest;

/// How a report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A changelog section.
    Text,
    /// JSON, for CI.
    Json,
}

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The spec as it was.
    old: PathBuf,
    /// The spec as it is now.
    new: PathBuf,
    /// Module name of the API in the crate (default: as `generate` names the new spec's module).
    #[arg(long)]
    module: Option<String>,
    /// The crate's version before the change; the report then ends with the version after it.
    #[arg(long, value_name = "VERSION")]
    from_version: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit with code 3 when a change is breaking.
    #[arg(long)]
    fail_on_breaking: bool,
}

/// Arguments of `check`: the same as `generate`'s.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The spec files.
    #[arg(required_unless_present = "manifest")]
    specs: Vec<PathBuf>,
    /// The committed crate.
    #[arg(long, required_unless_present = "manifest")]
    out: Option<PathBuf>,
    /// Check the crate a manifest (`generate.toml`) describes instead.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["specs", "out", "overrides"])]
    manifest: Option<PathBuf>,
    /// Package name of the crate.
    #[arg(long, default_value = "api-client")]
    crate_name: String,
    /// Whether the crate was generated with `--example-tests`.
    #[arg(long)]
    example_tests: bool,
    /// The corrections file the crate was generated with.
    #[arg(long, value_name = "FILE")]
    overrides: Option<PathBuf>,
    /// Output format of the change report.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Lint levels of warnings, as `generate` takes them: a denied warning fails the check.
    #[command(flatten)]
    lints: crate::diagnostic::levels::LintArgs,
}

/// `diff OLD NEW`: the change report between two versions of a spec; writes nothing.
pub fn diff(args: DiffArgs, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let module = args.module.clone().unwrap_or_else(|| {
        Manifest::for_specs(std::slice::from_ref(&args.new), PathBuf::new(), "x")
            .apis
            .first()
            .map_or_else(|| "api".to_owned(), |entry| entry.module.clone())
    });
    let overrides = crate::normalise::corrections::Corrections::default();
    let mut sides = Vec::new();
    for path in [&args.old, &args.new] {
        let display = path.to_string_lossy().replace('\\', "/");
        match crate::load(path, &display, &overrides) {
            Ok(spec) => sides.push(spec),
            Err(error) => return crate::cli::fail(&error, err),
        }
    }
    let surfaces: Vec<(Surface, Arc<str>)> = sides
        .iter()
        .map(|spec| {
            (crate::emit::surface::surface(&[ApiModule { module: &module, api: &spec.api }]), spec.source.clone())
        })
        .collect();
    let [(old, old_source), (new, new_source)] = surfaces.as_slice() else { return EXIT_USAGE };
    let mut report = super::compare(old, new);
    let name = |surface: &Surface| surface.modules.first().map(|m| m.name.clone()).unwrap_or_default();
    report.locate(Side::New, &[(name(new), new_source.clone())]);
    report.locate(Side::Old, &[(name(old), old_source.clone())]);
    let version = args.from_version.as_deref();
    let text = match args.format {
        Format::Text => report.to_text(version),
        Format::Json => report.to_json(version),
    };
    let _ = write!(out, "{text}");
    if args.fail_on_breaking && report.has_breaking() { EXIT_CHANGED } else { 0 }
}

/// `check`: whether the committed crate is what the specs give; writes nothing. When it is not,
/// prints the change report from the committed crate's API to the specs' and exits with code 3.
pub fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut manifest = match manifest(args.manifest.as_deref(), &args.specs, args.out.clone(), &args.crate_name, err) {
        Ok(manifest) => manifest,
        Err(code) => return code,
    };
    manifest.settings.example_tests = args.example_tests;
    match args.lints.lints() {
        Ok(lints) => manifest.add_lints(&lints),
        Err(message) => {
            let _ = writeln!(err, "error: {message}");
            return EXIT_USAGE;
        }
    }
    if let Some(file) = &args.overrides {
        if let Err(error) = manifest.add_overrides_file(file) {
            return crate::cli::fail(&error, err);
        }
    }
    match check_manifest(&manifest, args.format, out, err) {
        Ok(code) => code,
        Err(error) => crate::cli::fail(&error, err),
    }
}

/// The manifest a command works from: the `--manifest` file, else one module per spec in a crate
/// named `crate_name` written to `out`. Errors are reported to `err`; the `Err` is the exit code.
pub fn manifest(
    file: Option<&Path>,
    specs: &[PathBuf],
    out: Option<PathBuf>,
    crate_name: &str,
    err: &mut dyn Write,
) -> Result<Manifest, u8> {
    if let Some(file) = file {
        return Manifest::load(file).map_err(|error| crate::cli::fail(&error, err));
    }
    if let Err(message) = crate::manifest::check_crate_name(crate_name) {
        let _ = writeln!(err, "error: --crate-name: {message}");
        return Err(EXIT_USAGE);
    }
    Ok(Manifest::for_specs(specs, out.unwrap_or_default(), crate_name))
}

/// [`check`] for a manifest (also what `cargo xtask generate --check` runs).
pub fn check_manifest(
    manifest: &Manifest,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, Error> {
    let mut generation = crate::generate(manifest)?;
    let target: &Path = &manifest.output;
    let committed = committed::read(target, true)?;
    committed::carry(&mut generation.files, &committed, None);
    let stale = crate::output::stale_files(target, &generation.files)?;
    if stale.is_empty() {
        let _ = writeln!(out, "{} is up to date", target.display());
        return Ok(0);
    }
    match &committed.surface {
        Some(old) => {
            let report = committed::report(old, &generation.files, manifest);
            let version = committed.version.as_deref();
            let text = match format {
                Format::Text => report.to_text(version),
                Format::Json => report.to_json(version),
            };
            let _ = write!(out, "{text}");
        }
        None => {
            let _ = writeln!(
                err,
                "{} holds no {}: no change report (it was not generated by this version)",
                target.display(),
                super::SURFACE_FILE
            );
        }
    }
    let _ = writeln!(
        err,
        "{} is not what the specs give; regenerate it (with --bump to set the version). Files that differ:",
        target.display()
    );
    for file in stale {
        let _ = writeln!(err, "  {file}");
    }
    Ok(EXIT_CHANGED)
}

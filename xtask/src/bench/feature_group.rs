//! The cost of one small feature group of a large generated crate against the whole crate: the GitHub crate compiled
//! whole (`cargo clean -p` first) in debug with its default features (every group) and with
//! `--no-default-features --features rustls,<group>`, side by side in one run, its dependencies built untimed first.

use std::fs;
use std::process::Command;

use anyhow::{Context, Result};

use super::{Measured, Paths, Spec, cli_command, measure, step};

/// The group built alone: two operations (the `.gitignore` templates) and the models they use.
pub const SMALL_GROUP: &str = "gitignore";
/// The crate's name, and its folder under the bench's `compile/`.
const NAME: &str = "ours-github";

/// The GitHub crate's debug build times: whole, and with the small group alone.
pub struct FeatureGroup {
    /// The features given for the small build.
    pub features: String,
    /// Seconds of the timed build with the default features.
    pub whole_s: Option<f64>,
    /// Seconds of the timed build with the small group alone.
    pub group_s: Option<f64>,
    /// Why a figure is missing.
    pub error: Option<String>,
}

impl FeatureGroup {
    /// The small group's build time as a share of the whole crate's.
    pub fn share(&self) -> Option<f64> {
        Some(self.group_s? / self.whole_s?)
    }
}

/// Generates the crate of `spec` with our CLI into its own workspace beside the nexus crates (sharing their target
/// folder and our lock file, so the dependencies built for them are reused) and times one debug build of each set of
/// features.
pub fn measure_group(paths: &Paths, spec: &Spec) -> Result<FeatureGroup> {
    let root = paths.bench.join("compile/github");
    if root.exists() {
        fs::remove_dir_all(&root).with_context(|| format!("removing {}", root.display()))?;
    }
    fs::create_dir_all(&root).with_context(|| format!("creating {}", root.display()))?;
    let features = format!("rustls,{SMALL_GROUP}");
    let mut result = FeatureGroup { features: features.clone(), whole_s: None, group_s: None, error: None };
    step(&format!("feature group: generating {NAME}"));
    let dir = root.join(NAME);
    let log = paths.bench.join("logs").join(format!("compile-{NAME}-generate"));
    let generated = measure(&mut cli_command(paths, super::OURS, spec, &dir, NAME), &log, None)?;
    if !generated.success {
        result.error = Some(format!("generation failed ({})", generated.status));
        return Ok(result);
    }
    let cargo_toml = fs::read_to_string(dir.join("Cargo.toml")).context("reading the generated Cargo.toml")?;
    if !cargo_toml.lines().any(|line| line.starts_with(&format!("{SMALL_GROUP} = "))) {
        result.error = Some(format!("the generated crate has no feature `{SMALL_GROUP}`"));
        return Ok(result);
    }
    let manifest = root.join("Cargo.toml");
    fs::write(
        &manifest,
        format!(
            "# Written by `cargo xtask bench`: the generated GitHub crate, outside the repository's workspace.\n\
             [workspace]\nresolver = \"3\"\nmembers = [\"{NAME}\"]\n"
        ),
    )
    .with_context(|| format!("writing {}", manifest.display()))?;
    fs::copy(paths.repo.join("Cargo.lock"), root.join("Cargo.lock")).context("copying Cargo.lock")?;
    let target = paths.bench.join("compile/target");
    let cargo = |args: &[&str], log: &str| -> Result<Measured> {
        let mut command = Command::new(&paths.cargo);
        command.args(args).args(["-p", NAME, "--manifest-path"]).arg(&manifest);
        command.env("CARGO_TARGET_DIR", &target);
        measure(&mut command, &paths.bench.join("logs").join(log), None)
    };
    let small = ["build", "--no-default-features", "--features", features.as_str()];
    // The groups are features of the crate alone: its dependencies are the same with one group or all, so one
    // untimed build of the small group builds them for both timed builds.
    step(&format!("feature group: cargo build -p {NAME} ({features}; dependencies, untimed)"));
    let warm = cargo(&small, &format!("compile-{NAME}-warm"))?;
    if !warm.success {
        let log = format!("target/bench/logs/compile-{NAME}-warm.err");
        result.error = Some(format!("cargo build ({features}) failed ({}); see {log}", warm.status));
        return Ok(result);
    }
    let mut times = [None, None];
    for ((label, args), time) in
        [("default features", &["build"][..]), (features.as_str(), &small[..])].into_iter().zip(&mut times)
    {
        let slug = if args.len() == 1 { "whole" } else { "group" };
        step(&format!("feature group: cargo build -p {NAME} ({label}), clean, timed"));
        let cleaned = cargo(&["clean"], &format!("compile-{NAME}-{slug}-clean"))?;
        if !cleaned.success {
            result.error = Some(format!("cargo clean failed ({})", cleaned.status));
            return Ok(result);
        }
        let timed = cargo(args, &format!("compile-{NAME}-{slug}"))?;
        if !timed.success {
            result.error = Some(format!("cargo build ({label}) failed ({})", timed.status));
            return Ok(result);
        }
        *time = Some(timed.elapsed.as_secs_f64());
    }
    [result.whole_s, result.group_s] = times;
    Ok(result)
}

/// The report's lines for `group`.
pub fn report(out: &mut String, group: &FeatureGroup) {
    use std::fmt::Write as _;
    let _ = writeln!(
        out,
        "\nOne feature group of the generated GitHub crate against the whole crate (debug build; dependencies built; \
         `cargo clean -p` first, so the crate compiles whole; 1 run each)"
    );
    let seconds = |s: Option<f64>| s.map_or_else(|| "-".to_owned(), |s| format!("{s:.2}"));
    let mut rows = vec![super::row(&["features", "build s"])];
    rows.push(vec!["default (every group)".into(), seconds(group.whole_s)]);
    rows.push(vec![format!("--no-default-features --features {}", group.features), seconds(group.group_s)]);
    rows.push(vec!["group / whole".into(), group.share().map_or_else(|| "-".to_owned(), |s| format!("{s:.3}"))]);
    super::table(out, &rows);
    if let Some(error) = &group.error {
        let _ = writeln!(out, "  {NAME}: {error}");
    }
}

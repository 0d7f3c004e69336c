//! The compile cost of the generated nexus crates (ours and the peers'), debug, their dependencies built untimed
//! first, measured two ways:
//! - clean: `cargo clean -p <crate>` before each timed `cargo build`/`cargo check`, so the crate is compiled whole,
//!   as a first build, a CI run and (nearly: incremental data of the old version helps little once every file
//!   changed) a regeneration pay it. The targets are judged on this figure.
//! - touched: the crate's files touched, nothing changed, and the same command again, so that incremental
//!   compilation re-uses nearly everything. No user pays exactly this (a dependency's files never change without
//!   changing); it is kept as the lower bound of a rebuild.
//!
//! The crates take turns within each run, so that a machine whose speed drifts slows them alike.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result};

use super::{Measured, OPENAPI_TO_RUST, OURS, PROGENITOR, Paths, Spec, cli_command, measure, rust_files, step};

/// Timed runs of each crate's build and check, per way of starting.
pub const RUNS: usize = 3;

/// How the crate's previous build is left before a timed command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// `cargo clean -p <crate>`: the crate compiles whole, its dependencies built.
    Clean,
    /// Its sources touched, nothing changed: incremental compilation re-uses nearly everything.
    Touched,
}

impl Start {
    const ALL: [Start; 2] = [Start::Clean, Start::Touched];

    fn slug(self) -> &'static str {
        match self {
            Start::Clean => "clean",
            Start::Touched => "touched",
        }
    }
}

/// Seconds of the timed runs of one crate started one way.
#[derive(Debug, Default, Clone)]
pub struct Times {
    pub build_s: Vec<f64>,
    pub check_s: Vec<f64>,
}

/// One crate of the compile-cost comparison.
pub struct Compiled {
    pub name: String,
    /// The manifest of the workspace it is built in.
    manifest: PathBuf,
    pub lines: usize,
    /// Compiled whole (`cargo clean -p` first): the figure the targets judge.
    pub clean: Times,
    /// Sources touched, nothing changed.
    pub touched: Times,
    pub error: Option<String>,
}

impl Compiled {
    /// The times of this crate started `start`.
    pub fn times(&self, start: Start) -> &Times {
        match start {
            Start::Clean => &self.clean,
            Start::Touched => &self.touched,
        }
    }

    fn times_mut(&mut self, start: Start) -> &mut Times {
        match start {
            Start::Clean => &mut self.clean,
            Start::Touched => &mut self.touched,
        }
    }
}

/// Generates the nexus crate with each CLI and times `cargo build` and `cargo check` of each, dependencies built,
/// started clean and touched (see the module's docs).
pub fn compile(paths: &Paths, spec: &Spec) -> Result<Vec<Compiled>> {
    let root = paths.bench.join("compile");
    fs::create_dir_all(&root).with_context(|| format!("creating {}", root.display()))?;
    // Every crate first: ours and progenitor's are members of one workspace (sharing our lock file), openapi-to-rust's
    // is its own; all share one target folder.
    let mut compiled = Vec::new();
    for (tool, name) in
        [(OURS, "ours-nexus"), (PROGENITOR, "progenitor-nexus"), (OPENAPI_TO_RUST, "openapi-to-rust-nexus")]
    {
        let dir = root.join(name);
        if dir.exists() {
            fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
        }
        step(&format!("compile cost: generating {name}"));
        let log = paths.bench.join("logs").join(format!("compile-{name}-generate"));
        let generated = measure(&mut cli_command(paths, tool, spec, &dir, name), &log, None)?;
        let manifest = if tool == OPENAPI_TO_RUST { dir.join("Cargo.toml") } else { root.join("Cargo.toml") };
        let mut result = Compiled {
            name: name.to_owned(),
            manifest,
            lines: 0,
            clean: Times::default(),
            touched: Times::default(),
            error: None,
        };
        if !generated.success {
            result.error = Some(format!("generation failed ({})", generated.status));
        } else if let Err(error) =
            (tool == OPENAPI_TO_RUST).then(|| super::openapi_to_rust_crate(&dir, name)).transpose()
        {
            result.error = Some(format!("no crate of its output: {error:#}"));
        } else {
            result.lines = super::rust_lines(&dir.join("src"))?;
        }
        compiled.push(result);
    }
    let members: Vec<String> = compiled
        .iter()
        .filter(|c| c.error.is_none() && c.manifest == root.join("Cargo.toml"))
        .map(|c| format!("\"{}\"", c.name))
        .collect();
    let manifest = format!(
        "# Written by `cargo xtask bench`: the generated nexus crates, outside the repository's workspace.\n\
         [workspace]\nresolver = \"3\"\nmembers = [{}]\n",
        members.join(", ")
    );
    let manifest_path = root.join("Cargo.toml");
    fs::write(&manifest_path, manifest).with_context(|| format!("writing {}", manifest_path.display()))?;
    let lock = root.join("Cargo.lock");
    if !lock.exists() {
        fs::copy(paths.repo.join("Cargo.lock"), &lock).context("copying Cargo.lock")?;
    }
    let cargo = |args: &[&str], crate_: &Compiled, log: &str| -> Result<Measured> {
        let mut command = Command::new(&paths.cargo);
        command.args(args).args(["-p", &crate_.name, "--manifest-path"]).arg(&crate_.manifest);
        command.env("CARGO_TARGET_DIR", root.join("target"));
        measure(&mut command, &paths.bench.join("logs").join(log), None)
    };
    for subcommand in ["build", "check"] {
        for result in compiled.iter_mut().filter(|c| c.error.is_none()) {
            step(&format!("compile cost: cargo {subcommand} -p {} (dependencies, untimed)", result.name));
            let warm = cargo(&[subcommand], result, &format!("compile-{}-{subcommand}-warm", result.name))?;
            if !warm.success {
                let log = format!("target/bench/logs/compile-{}-{subcommand}-warm.err", result.name);
                result.error = Some(format!("cargo {subcommand} failed ({}); see {log}", warm.status));
            }
        }
        // Clean runs first: each leaves the crate built, as the touched runs need it.
        for start in Start::ALL {
            for run in 1..=RUNS {
                for result in compiled.iter_mut().filter(|c| c.error.is_none()) {
                    let name = result.name.clone();
                    step(&format!("compile cost: cargo {subcommand} -p {name}, {}, run {run}/{RUNS}", start.slug()));
                    match start {
                        Start::Clean => {
                            let log = format!("compile-{name}-clean");
                            let cleaned = cargo(&["clean"], result, &log)?;
                            if !cleaned.success {
                                result.error = Some(format!("cargo clean failed ({})", cleaned.status));
                                continue;
                            }
                        }
                        Start::Touched => touch(&root.join(&name).join("src"))?,
                    }
                    let log = format!("compile-{name}-{subcommand}-{}", start.slug());
                    let timed = cargo(&[subcommand], result, &log)?;
                    if !timed.success {
                        result.error = Some(format!("cargo {subcommand} failed ({})", timed.status));
                        continue;
                    }
                    let times = result.times_mut(start);
                    let seconds = if subcommand == "build" { &mut times.build_s } else { &mut times.check_s };
                    seconds.push(timed.elapsed.as_secs_f64());
                }
            }
        }
    }
    Ok(compiled)
}

/// Sets the modification time of every `.rs` file under `dir` to now, so cargo rebuilds that crate alone.
fn touch(dir: &Path) -> Result<()> {
    let now = SystemTime::now();
    for path in rust_files(dir)? {
        let file = File::options().write(true).open(&path).with_context(|| format!("opening {}", path.display()))?;
        file.set_modified(now).with_context(|| format!("touching {}", path.display()))?;
    }
    Ok(())
}

/// The report's tables: the clean figures, then the touched ones.
pub fn report(out: &mut String, compiled: &[Compiled]) {
    use std::fmt::Write as _;
    for start in Start::ALL {
        let how = match start {
            Start::Clean => {
                "`cargo clean -p <crate>` before each run, so the crate compiles whole: what a first build, CI and a \
                 regeneration pay; the targets judge these"
            }
            Start::Touched => {
                "src touched, nothing changed: incremental compilation re-uses nearly everything, a case no user has \
                 exactly; the lower bound of a rebuild"
            }
        };
        let _ = writeln!(
            out,
            "\nCompile cost of the generated nexus crates, {} (debug; dependencies built; {how}; {RUNS} runs, the \
             crates taking turns; ours / peer below 1: ours compiles faster)",
            start.slug()
        );
        table(out, compiled, start);
    }
    for c in compiled {
        if let Some(error) = &c.error {
            let _ = writeln!(out, "  {}: {error}", c.name);
        }
    }
}

fn table(out: &mut String, compiled: &[Compiled], start: Start) {
    use super::{median, min, row};
    let mut rows = vec![row(&["crate", "lines", "build min s", "build median s", "check min s", "check median s"])];
    let seconds = |values: &[f64], pick: fn(&[f64]) -> Option<f64>| {
        pick(values).map_or_else(|| "-".into(), |v| format!("{v:.2}"))
    };
    for c in compiled {
        let times = c.times(start);
        rows.push(vec![
            c.name.clone(),
            c.lines.to_string(),
            seconds(&times.build_s, min),
            seconds(&times.build_s, median),
            seconds(&times.check_s, min),
            seconds(&times.check_s, median),
        ]);
    }
    let share = |a: &[f64], b: &[f64], pick: fn(&[f64]) -> Option<f64>| {
        pick(a).zip(pick(b)).map_or_else(|| "-".into(), |(a, b)| format!("{:.2}", a / b))
    };
    if let [ours, peers @ ..] = compiled {
        for theirs in peers {
            let (mine, their) = (ours.times(start), theirs.times(start));
            rows.push(vec![
                format!("ours / {}", theirs.name.trim_end_matches("-nexus")),
                if theirs.lines > 0 { format!("{:.2}", ours.lines as f64 / theirs.lines as f64) } else { "-".into() },
                share(&mine.build_s, &their.build_s, min),
                share(&mine.build_s, &their.build_s, median),
                share(&mine.check_s, &their.check_s, min),
                share(&mine.check_s, &their.check_s, median),
            ]);
        }
    }
    super::table(out, &rows);
}

/// Ours against progenitor's crate (the first two of the comparison), compiled whole: the median of ours over the
/// median of theirs, of the build or the check.
pub fn clean_share(compiled: &[Compiled], pick: fn(&Times) -> &Vec<f64>) -> Option<f64> {
    match compiled {
        [ours, theirs, ..] if ours.error.is_none() && theirs.error.is_none() => {
            Some(super::median(pick(&ours.clean))? / super::median(pick(&theirs.clean))?)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_(name: &str, clean: [f64; 3], touched: [f64; 3]) -> Compiled {
        Compiled {
            name: name.to_owned(),
            manifest: PathBuf::from("Cargo.toml"),
            lines: 100,
            clean: Times { build_s: clean.to_vec(), check_s: clean.iter().map(|s| s / 2.0).collect() },
            touched: Times { build_s: touched.to_vec(), check_s: touched.to_vec() },
            error: None,
        }
    }

    /// The targets judge the crates compiled whole: the clean medians, never the touched ones.
    #[test]
    fn the_share_is_of_the_clean_medians() {
        let compiled =
            [crate_("ours-nexus", [9.0, 8.0, 30.0], [3.0; 3]), crate_("progenitor-nexus", [10.0; 3], [1.0; 3])];
        assert_eq!(clean_share(&compiled, |t| &t.build_s), Some(0.9));
        assert_eq!(clean_share(&compiled, |t| &t.check_s), Some(0.9));
        let mut failed = compiled;
        failed[1].error = Some("cargo build failed".into());
        assert_eq!(clean_share(&failed, |t| &t.build_s), None);
    }

    /// Both tables are printed, the clean one first, each with its own ratios.
    #[test]
    fn the_report_has_the_clean_table_then_the_touched_one() {
        let compiled = [crate_("ours-nexus", [9.0; 3], [3.0; 3]), crate_("progenitor-nexus", [10.0; 3], [2.0; 3])];
        let mut out = String::new();
        report(&mut out, &compiled);
        let clean = out.find("nexus crates, clean").expect("a clean table");
        let touched = out.find("nexus crates, touched").expect("a touched table");
        assert!(clean < touched, "{out}");
        let ratios: Vec<&str> = out.lines().filter(|l| l.starts_with("ours / progenitor")).collect();
        assert_eq!(ratios.len(), 2, "{out}");
        assert!(ratios[0].contains("0.90"), "{out}");
        assert!(ratios[1].contains("1.50"), "{out}");
    }
}

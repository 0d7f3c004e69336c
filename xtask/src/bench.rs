//! `cargo xtask bench`: generation speed, peak memory, lines per operation and compile cost of the generated crate
//! and decode speed, side by side with progenitor and openapi-to-rust, measured in one run on one machine. Prints a
//! plain-text report and writes it to `target/bench/report.md` and the guide's `docs/src/figures/bench.md`.
//!
//! What runs, everything under `target/bench/` (`target` is `CARGO_TARGET_DIR` when set):
//! - our CLI, `cargo build --release -p generator`, and the peers' CLIs, `cargo install cargo-progenitor` and
//!   `cargo install openapi-to-rust` into `tools/` (only when that version is not there yet); all run as users run
//!   them and are timed the same way, from spawn to exit, with the peak resident memory of the process tree taken
//!   from `wait4`; a peer that cannot read a spec is a row that says so, never the end of the bench;
//! - the helpers of `bench/` (a workspace of their own), built in release into `helper/`: `bench-codegen` times one
//!   library (ours or progenitor's) on one spec in-process, one invocation per pair so that its peak memory is that
//!   pair's alone; `bench-decode` times decoding a report page with the generated types and with `serde_json::Value`;
//! - for nexus, the three generated crates in a throw-away workspace `compile/`, whose dependencies are built once
//!   untimed, each compiled whole (`cargo clean -p` first, the figure judged) and after a touch (see `compile.rs`);
//!   for GitHub, our crate compiled whole with every feature group and with one small group alone, beside them.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use generator::manifest::Manifest;
use serde_json::Value;

mod compile;
mod feature_group;
mod lines;

/// The progenitor release measured, as the CLI (`cargo-progenitor`) and as the library (pinned in bench/codegen).
const PROGENITOR_VERSION: &str = "0.15.1";
/// The openapi-to-rust release measured, as its CLI.
const OPENAPI_TO_RUST_VERSION: &str = "0.23.0";
/// The CLIs compared, in the order of the report's columns: ours, then the peers.
const OURS: &str = "ours";
const PROGENITOR: &str = "progenitor";
const OPENAPI_TO_RUST: &str = "openapi-to-rust";
/// Messages in the decoded report page, and samples of its decoding.
const DECODE_MESSAGES: usize = 300;
const DECODE_SAMPLES: usize = 21;

#[derive(clap::Args)]
pub struct Options {
    /// Timed runs of each generation (CLI and library, ours and progenitor's).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// The corpus folder, holding openapi/ and postman/.
    #[arg(long, default_value_os_t = crate::repo_root().join("../shared/corpus"))]
    corpus: PathBuf,
    /// Only the specs whose name contains this.
    #[arg(long)]
    filter: Option<String>,
    /// Skip building the generated nexus and GitHub crates (the longest part).
    #[arg(long)]
    skip_compile: bool,
    /// Seconds after which one generator process is killed and counted as failed.
    #[arg(long, default_value_t = 600)]
    timeout: u64,
}

/// Where a spec of the benchmark comes from.
enum Source {
    /// The bundled generation manifest, relative to the repository.
    Manifest(&'static str),
    /// A spec bundled in the repository.
    Repo(&'static str),
    /// A spec of the shared corpus, relative to it.
    Corpus(&'static str),
}

/// The specs measured: bundled ones, then the corpus from small to large, then the largest Postman collections.
const SPECS: &[(&str, Source)] = &[
    ("zoom-chat (generate.toml)", Source::Manifest("specs/generate.toml")),
    ("zoom-chat-v1", Source::Repo("specs/zoom-chat-v1.openapi.yaml")),
    ("zoom-chat-v2", Source::Repo("specs/zoom-chat-v2.postman_collection.json")),
    ("oai-petstore", Source::Corpus("openapi/oai-petstore.openapi-3.0.0.yaml")),
    ("swagger-petstore3", Source::Corpus("openapi/swagger-petstore3.openapi-3.0.4.yaml")),
    ("progenitor-keeper", Source::Corpus("openapi/progenitor-keeper.openapi-3.0.3.json")),
    ("progenitor-nexus", Source::Corpus("openapi/progenitor-nexus.openapi-3.0.3.json")),
    ("twilio-api-v2010", Source::Corpus("openapi/twilio-api-v2010.openapi-3.0.1.json")),
    ("github-api", Source::Corpus("openapi/github-api.github.com.openapi-3.0.3.json")),
    ("redocly-museum (3.1)", Source::Corpus("openapi31/redocly-museum.openapi-3.1.0.yaml")),
    ("bump-train-travel (3.1)", Source::Corpus("openapi31/bump-train-travel.openapi-3.1.0.yaml")),
    ("fastly", Source::Corpus("postman/fastly.postman.json")),
    ("pdfco", Source::Corpus("postman/pdfco.postman.json")),
    ("twitter-api", Source::Corpus("postman/twitter-api.postman.json")),
];
const NEXUS: &str = "progenitor-nexus";
const GITHUB: &str = "github-api";
const BUNDLED: &str = "zoom-chat (generate.toml)";

/// One spec, resolved.
struct Spec {
    label: &'static str,
    /// The spec file, or the manifest.
    path: PathBuf,
    /// For a manifest, the spec files it lists (what the CLI is given).
    files: Vec<PathBuf>,
    is_manifest: bool,
    is_postman: bool,
    /// From the shared corpus (not bundled in the repository).
    is_corpus: bool,
}

impl Spec {
    /// The CLIs run on this spec: progenitor takes one OpenAPI document (it is run on Postman collections too, and
    /// its failure shown), openapi-to-rust one OpenAPI 3.x document; neither reads our manifest.
    fn tools(&self) -> &'static [&'static str] {
        match (self.is_manifest, self.is_postman) {
            (true, _) => &[OURS],
            (false, true) => &[OURS, PROGENITOR],
            (false, false) => &[OURS, PROGENITOR, OPENAPI_TO_RUST],
        }
    }
}

/// Timed runs of one tool on one spec, or why it failed.
#[derive(Default)]
struct Runs {
    ms: Vec<f64>,
    peak_kib: Option<u64>,
    operations: Option<usize>,
    lines: Option<usize>,
    /// Lines of the generated code apart from the runtime copied verbatim into every crate (CLI runs).
    own_lines: Option<usize>,
    /// Lines of that runtime (ours only; the peers' runtimes are crates the generated crate depends on).
    runtime_lines: Option<usize>,
    error: Option<String>,
}

/// Everything measured for one spec.
struct SpecResult {
    spec: Spec,
    lib_ours: Runs,
    lib_progenitor: Option<Runs>,
    cli_ours: Runs,
    cli_progenitor: Option<Runs>,
    cli_openapi_to_rust: Option<Runs>,
}

/// A process that ran to its end (or was killed).
struct Measured {
    elapsed: Duration,
    /// Peak resident memory of the largest process of its tree, in KiB.
    maxrss_kib: u64,
    success: bool,
    /// How it ended, when not with success.
    status: String,
}

/// Paths used throughout.
struct Paths {
    repo: PathBuf,
    bench: PathBuf,
    cargo: std::ffi::OsString,
    generator: PathBuf,
    progenitor: PathBuf,
    openapi_to_rust: PathBuf,
    codegen: PathBuf,
    decode: PathBuf,
}

pub fn run(repo: &Path, options: &Options) -> Result<ExitCode> {
    let started = Instant::now();
    let load_at_start = load_average();
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| repo.join("target"), PathBuf::from);
    let bench = target.join("bench");
    fs::create_dir_all(bench.join("logs")).with_context(|| format!("creating {}", bench.display()))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let helper_target = bench.join("helper/release");
    let paths = Paths {
        repo: repo.to_owned(),
        generator: target.join("release/spec-to-rust"),
        progenitor: bench.join("tools/bin/cargo-progenitor"),
        openapi_to_rust: bench.join("tools/bin/openapi-to-rust"),
        codegen: helper_target.join("bench-codegen"),
        decode: helper_target.join("bench-decode"),
        bench,
        cargo,
    };
    let specs = resolve_specs(repo, options)?;
    if specs.is_empty() {
        bail!("no spec matches {:?}", options.filter);
    }

    step("building our CLI (cargo build --release -p generator)");
    cargo_ok(Command::new(&paths.cargo).args(["build", "--release", "-p", "generator"]).current_dir(repo))?;
    install(&paths, "cargo-progenitor", PROGENITOR_VERSION, &paths.progenitor)?;
    install(&paths, "openapi-to-rust", OPENAPI_TO_RUST_VERSION, &paths.openapi_to_rust)?;
    for helper in ["bench-codegen", "bench-decode"] {
        step(&format!("building the {helper} helper (release)"));
        // One package at a time: features are unified per helper, not across both.
        let mut command = Command::new(&paths.cargo);
        command
            .args(["build", "--release", "-p", helper, "--manifest-path"])
            .arg(repo.join("bench/Cargo.toml"))
            .env("CARGO_TARGET_DIR", paths.bench.join("helper"));
        cargo_ok(&mut command)?;
    }

    let timeout = Duration::from_secs(options.timeout);
    let mut results = Vec::new();
    for spec in specs {
        step(&format!("{}: our library", spec.label));
        let lib_ours = library(&paths, "ours", &spec, options.runs, timeout)?;
        let lib_progenitor = if spec.is_manifest {
            None
        } else {
            step(&format!("{}: progenitor library", spec.label));
            Some(library(&paths, "progenitor", &spec, options.runs, timeout)?)
        };
        let tools = spec.tools();
        step(&format!("{}: the CLIs ({}), run by turns", spec.label, tools.join(", ")));
        let mut clis = cli(&paths, tools, &spec, options.runs, timeout)?.into_iter();
        let cli_ours = clis.next().unwrap_or_default();
        let cli_progenitor = clis.next();
        let cli_openapi_to_rust = clis.next();
        results.push(SpecResult { spec, lib_ours, lib_progenitor, cli_ours, cli_progenitor, cli_openapi_to_rust });
    }

    let compiled = match results.iter().find(|r| r.spec.label == NEXUS) {
        Some(nexus) if !options.skip_compile => Some(compile::compile(&paths, &nexus.spec)?),
        _ => None,
    };
    let group = match results.iter().find(|r| r.spec.label == GITHUB) {
        Some(github) if !options.skip_compile => Some(feature_group::measure_group(&paths, &github.spec)?),
        _ => None,
    };
    step("decoding a report page");
    let decode = decode(&paths, timeout)?;

    let mut report = String::new();
    let measured = Measures { results: &results, compiled: compiled.as_ref(), group: group.as_ref(), decode: &decode };
    write_report(&mut report, &paths, options, &measured)?;
    let _ =
        writeln!(report, "\nload average (1, 5, 15 min): {load_at_start} at the start, {} at the end", load_average());
    let _ = writeln!(report, "\nbench wall time: {:.0} s", started.elapsed().as_secs_f64());
    println!("{report}");
    let path = paths.bench.join("report.md");
    let markdown = format!(
        "<!-- Written by `cargo xtask bench`; every figure is measured by it. -->\n### Benchmarks\n\n```text\n{}\n```\n",
        report.trim_end()
    );
    fs::write(&path, markdown).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    let page = crate::figures_page::Page {
        file: "bench.md",
        title: "Benchmark figures",
        command: "cargo xtask bench",
        about: "Generation time and memory against progenitor (command line and library), the compile cost of the \
                generated nexus crate and the decoding speed of the generated models. The machine is a shared VM \
                whose speed drifts by up to 40% within minutes: ratios come from runs made side by side. See the \
                chapter *Compared with other generators*.",
    };
    crate::figures_page::write(&paths.repo, &page, &report)?;
    Ok(ExitCode::SUCCESS)
}

/// The first three fields of /proc/loadavg: how busy the machine was, for judging the noise in the figures.
fn load_average() -> String {
    let text = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let fields: Vec<&str> = text.split_whitespace().take(3).collect();
    if fields.is_empty() { "unknown".into() } else { fields.join(" ") }
}

fn step(what: &str) {
    eprintln!("bench: {what}");
}

fn resolve_specs(repo: &Path, options: &Options) -> Result<Vec<Spec>> {
    let mut specs = Vec::new();
    for (label, source) in SPECS {
        if options.filter.as_deref().is_some_and(|f| !label.contains(f)) {
            continue;
        }
        let (path, is_manifest) = match source {
            Source::Manifest(path) => (repo.join(path), true),
            Source::Repo(path) => (repo.join(path), false),
            Source::Corpus(path) => (options.corpus.join(path), false),
        };
        let is_corpus = matches!(source, Source::Corpus(_));
        if !path.is_file() {
            bail!("{label}: {} is not a file", path.display());
        }
        let is_postman = path.to_string_lossy().contains("postman");
        let files = if is_manifest {
            let manifest = Manifest::load(&path).with_context(|| format!("loading {}", path.display()))?;
            manifest.apis.into_iter().map(|api| api.spec).collect()
        } else {
            vec![path.clone()]
        };
        specs.push(Spec { label, path, files, is_manifest, is_postman, is_corpus });
    }
    Ok(specs)
}

/// Runs a cargo command whose output goes to the terminal; fails when it does.
fn cargo_ok(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("starting {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed: {status}");
    }
    Ok(())
}

/// Installs the crate `package` of `version` from crates.io into `target/bench/tools` unless that version is already
/// there as `binary`.
fn install(paths: &Paths, package: &str, version: &str, binary: &Path) -> Result<()> {
    let root = paths.bench.join("tools");
    let installed = fs::read_to_string(root.join(".crates.toml")).unwrap_or_default();
    if binary.is_file() && installed.contains(&format!("\"{package} {version} ")) {
        return Ok(());
    }
    step(&format!("installing {package} {version} into {} (once)", root.display()));
    let mut command = Command::new(&paths.cargo);
    command.args(["install", package, "--locked", "--version", version, "--root"]).arg(&root);
    cargo_ok(&mut command)
}

/// Runs `command` with stdout and stderr to `log`.{out,err}; kills it after `timeout`.
fn measure(command: &mut Command, log: &Path, timeout: Option<Duration>) -> Result<Measured> {
    let out = File::create(log.with_extension("out")).with_context(|| format!("creating {}.out", log.display()))?;
    let err = File::create(log.with_extension("err")).with_context(|| format!("creating {}.err", log.display()))?;
    // Backtraces (RUST_BACKTRACE is set on some machines) would make failing runs slower and their output longer.
    command.stdin(Stdio::null()).stdout(out).stderr(err).env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE");
    let started = Instant::now();
    let child = command.spawn().with_context(|| format!("starting {command:?}"))?;
    let pid = libc::pid_t::try_from(child.id()).context("process id out of range")?;
    let (done, wait) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        let timeout = timeout.unwrap_or(Duration::MAX);
        if matches!(wait.recv_timeout(timeout), Err(RecvTimeoutError::Timeout)) {
            // SAFETY: kill has no memory effects; `pid` is our child, not yet reaped (the main thread is in wait4).
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        false
    });
    let mut status = 0;
    // SAFETY: rusage is plain old data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4, unlike Child::wait, gives the child's own resource usage: its peak RSS, not that of every child so far.
    let reaped = loop {
        // SAFETY: both pointers are to live locals of the right types.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if reaped == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break reaped;
    };
    let elapsed = started.elapsed();
    let wait_error = std::io::Error::last_os_error();
    drop(done);
    let timed_out = watchdog.join().unwrap_or(false);
    drop(child);
    if reaped != pid {
        return Err(wait_error).with_context(|| format!("waiting for {command:?}"));
    }
    let success = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    let status = if timed_out {
        format!("killed after the {} s timeout", timeout.unwrap_or_default().as_secs())
    } else if libc::WIFSIGNALED(status) {
        format!("killed by signal {}", libc::WTERMSIG(status))
    } else {
        format!("exit code {}", libc::WEXITSTATUS(status))
    };
    Ok(Measured { elapsed, maxrss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0), success, status })
}

fn slug(label: &str) -> String {
    label.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

/// One library on one spec, all runs in one helper process.
fn library(paths: &Paths, tool: &str, spec: &Spec, runs: usize, timeout: Duration) -> Result<Runs> {
    let out = paths.bench.join("out").join(format!("{}-{tool}-lib", slug(spec.label)));
    let log = paths.bench.join("logs").join(format!("{}-{tool}-lib", slug(spec.label)));
    let mut command = Command::new(&paths.codegen);
    command.arg(tool).arg(&spec.path).arg(&out).arg(runs.to_string());
    let measured = measure(&mut command, &log, Some(timeout))?;
    let stdout = fs::read_to_string(log.with_extension("out")).context("reading the helper's output")?;
    let Some(line) = stdout.lines().rev().find_map(|l| serde_json::from_str::<Value>(l).ok()) else {
        let stderr = fs::read_to_string(log.with_extension("err")).unwrap_or_default();
        let reason = failure_reason("", &stderr).unwrap_or_else(|| format!("bench-codegen {}", measured.status));
        return Ok(Runs { error: Some(reason), peak_kib: Some(measured.maxrss_kib), ..Runs::default() });
    };
    let ms = line["runs_ms"].as_array().into_iter().flatten().filter_map(Value::as_f64).collect();
    let number = |key: &str| line[key].as_u64();
    Ok(Runs {
        ms,
        peak_kib: number("peak_kib"),
        operations: number("operations").and_then(|n| usize::try_from(n).ok()),
        lines: number("lines").and_then(|n| usize::try_from(n).ok()),
        error: line["error"].as_str().map(str::to_owned),
        ..Runs::default()
    })
}

/// The command line that generates `spec` into `out` with `tool`'s CLI, as users run it.
///
/// openapi-to-rust writes a module, not a crate (its `src/generated/` and the dependencies it needs as a
/// `REQUIRED_DEPS.toml` fragment): [`openapi_to_rust_crate`] makes a crate of it after the timed run.
fn cli_command(paths: &Paths, tool: &str, spec: &Spec, out: &Path, name: &str) -> Command {
    match tool {
        OURS => {
            let mut command = Command::new(&paths.generator);
            command.arg("generate").args(&spec.files).arg("--out").arg(out).args(["--crate-name", name]);
            command
        }
        PROGENITOR => {
            // What `cargo progenitor ...` runs, without cargo's own start-up in front of it.
            let mut command = Command::new(&paths.progenitor);
            command.arg("progenitor").arg("-i").arg(&spec.path).arg("-o").arg(out);
            command.args(["-n", name, "-v", "0.1.0"]);
            command
        }
        _ => {
            let mut command = Command::new(&paths.openapi_to_rust);
            command.arg("generate").arg(&spec.path).arg("--output-dir").arg(out.join("src/generated"));
            command.args(["--module-name", "generated", "--quiet"]);
            command
        }
    }
}

/// Makes a crate named `name` of openapi-to-rust's output in `out`: a `Cargo.toml` with the dependencies its
/// `REQUIRED_DEPS.toml` lists and a `lib.rs` declaring the generated module. The crate is a workspace of its own:
/// its dependencies are not those of our lock file, and a failure to resolve them must not stop the other builds.
fn openapi_to_rust_crate(out: &Path, name: &str) -> Result<()> {
    let fragment = out.join("src/generated/REQUIRED_DEPS.toml");
    let dependencies = fs::read_to_string(&fragment).with_context(|| format!("reading {}", fragment.display()))?;
    let manifest = format!(
        "# Written by `cargo xtask bench` around openapi-to-rust's output.\n\
         [package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n{dependencies}"
    );
    fs::write(out.join("Cargo.toml"), manifest).with_context(|| format!("writing {}", out.display()))?;
    fs::write(out.join("src/lib.rs"), "pub mod generated;\n").with_context(|| format!("writing {}", out.display()))
}

/// Each CLI of `tools` on one spec, `runs` times, each into an emptied folder. The tools take turns
/// run by run, so that a machine that speeds up or slows down meanwhile affects them alike.
fn cli(paths: &Paths, tools: &[&str], spec: &Spec, runs: usize, timeout: Duration) -> Result<Vec<Runs>> {
    let mut results: Vec<Runs> = tools.iter().map(|_| Runs::default()).collect();
    for _ in 0..runs.max(1) {
        for (tool, result) in tools.iter().zip(results.iter_mut()) {
            if result.error.is_some() {
                continue;
            }
            let out = paths.bench.join("out").join(format!("{}-{tool}-cli", slug(spec.label)));
            let log = paths.bench.join("logs").join(format!("{}-{tool}-cli", slug(spec.label)));
            if out.exists() {
                fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
            }
            let measured = measure(&mut cli_command(paths, tool, spec, &out, "bench-crate"), &log, Some(timeout))?;
            result.peak_kib = result.peak_kib.max(Some(measured.maxrss_kib));
            if measured.success {
                result.ms.push(measured.elapsed.as_secs_f64() * 1e3);
                let counted = lines::count(&out.join("src"))?;
                result.lines = Some(counted.own + counted.runtime);
                result.own_lines = Some(counted.own);
                result.runtime_lines = Some(counted.runtime);
            } else {
                let stdout = fs::read_to_string(log.with_extension("out")).unwrap_or_default();
                let stderr = fs::read_to_string(log.with_extension("err")).unwrap_or_default();
                result.error = Some(failure_reason(&stdout, &stderr).unwrap_or(measured.status));
            }
        }
    }
    Ok(results)
}

/// The line of a failed run's output that says why: a panic's message, progenitor's "gen fail", or the last line.
fn failure_reason(stdout: &str, stderr: &str) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if let Some(at) = lines.iter().position(|l| l.contains("panicked at")) {
        // `thread 'main' (123) panicked at FILE:LINE:COLUMN:` then the message.
        let (_, place) = lines[at].split_once("panicked at").unwrap_or_default();
        let message = lines.get(at + 1).copied().unwrap_or_default();
        return Some(format!("panicked at {}: {message}", place.trim().trim_end_matches(':')));
    }
    if let Some(line) = stdout.lines().find(|l| l.starts_with("gen fail:")) {
        return Some(line.to_owned());
    }
    if let Some(line) = lines.iter().find(|l| l.starts_with("Error: ")) {
        return Some(line.to_string());
    }
    lines.iter().rev().find(|l| !l.starts_with("note: ")).map(|l| l.to_string())
}

/// Lines of all `.rs` files under `dir`.
fn rust_lines(dir: &Path) -> Result<usize> {
    let mut total = 0;
    for path in rust_files(dir)? {
        total += fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?.lines().count();
    }
    Ok(total)
}

fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry.with_context(|| format!("reading {}", dir.display()))?.path();
        if path.is_dir() {
            files.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    Ok(files)
}

/// Runs the decode helper on the bundled v2 collection: its JSON result.
fn decode(paths: &Paths, timeout: Duration) -> Result<Value> {
    let log = paths.bench.join("logs").join("decode");
    let mut command = Command::new(&paths.decode);
    command.arg(paths.repo.join("specs/zoom-chat-v2.postman_collection.json"));
    command.args([DECODE_MESSAGES.to_string(), DECODE_SAMPLES.to_string()]);
    let measured = measure(&mut command, &log, Some(timeout))?;
    let stdout = fs::read_to_string(log.with_extension("out")).context("reading bench-decode's output")?;
    if !measured.success {
        let stderr = fs::read_to_string(log.with_extension("err")).unwrap_or_default();
        bail!("bench-decode failed ({}): {}", measured.status, stderr.trim());
    }
    serde_json::from_str(stdout.trim()).context("parsing bench-decode's output")
}

fn min(values: &[f64]) -> Option<f64> {
    values.iter().copied().min_by(f64::total_cmp)
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// Milliseconds with three significant digits or so.
fn ms(value: f64) -> String {
    match value {
        v if v < 10.0 => format!("{v:.2}"),
        v if v < 100.0 => format!("{v:.1}"),
        v => format!("{v:.0}"),
    }
}

fn ratio(value: f64) -> String {
    if value < 10.0 { format!("{value:.2}×") } else { format!("{value:.1}×") }
}

fn mib(kib: Option<u64>) -> String {
    kib.map(|k| format!("{:.1}", k as f64 / 1024.0)).unwrap_or_else(|| "-".into())
}

/// The median of `runs`, or what stands in its cell instead.
fn median_cell(runs: Option<&Runs>) -> String {
    match runs {
        None => "-".into(),
        Some(runs) if runs.error.is_some() => "fails".into(),
        Some(runs) => median(&runs.ms).map(ms).unwrap_or_else(|| "-".into()),
    }
}

/// `theirs / ours` of the medians, when both ran.
fn speedup(ours: &Runs, theirs: Option<&Runs>) -> Option<f64> {
    let theirs = theirs.filter(|t| t.error.is_none())?;
    if ours.error.is_some() {
        return None;
    }
    Some(median(&theirs.ms)? / median(&ours.ms)?)
}

/// Rows as aligned columns: the first left-aligned, the others right-aligned.
fn table(out: &mut String, rows: &[Vec<String>]) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; columns];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for (index, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &width))| if i == 0 { format!("{cell:<width$}") } else { format!("{cell:>width$}") })
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
        if index == 0 {
            let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
            let _ = writeln!(out, "{}", rule.join("  "));
        }
    }
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// A command's first line of output, or `unknown`.
fn command_line(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8_lossy(&o.stdout).lines().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".into())
}

fn machine(out: &mut String, paths: &Paths) {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").and_then(|rest| rest.split_once(':')).map(|(_, m)| m.trim()))
        .unwrap_or("unknown");
    let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kib| format!("{:.1} GiB RAM", kib / 1024.0 / 1024.0))
        .unwrap_or_else(|| "RAM unknown".into());
    let nproc = command_line("nproc", &[]);
    let rustc = command_line("rustc", &["--version"]);
    let repo = paths.repo.to_string_lossy();
    let commit = command_line("git", &["-C", &repo, "rev-parse", "--short", "HEAD"]);
    let dirty = Command::new("git")
        .args(["-C", &repo, "status", "--porcelain", "--untracked-files=no"])
        .output()
        .is_ok_and(|o| !o.stdout.is_empty());
    let _ = writeln!(out, "machine: nproc {nproc}, {cpu}, {memory}");
    let _ = writeln!(out, "toolchain: {rustc}; progenitor {PROGENITOR_VERSION} (cargo-progenitor and library)");
    let _ = writeln!(out, "commit: {commit}{}", if dirty { " with uncommitted changes" } else { "" });
}

/// Everything a run measured, as the report takes it.
struct Measures<'a> {
    results: &'a [SpecResult],
    /// The nexus crates' builds, unless skipped.
    compiled: Option<&'a Vec<compile::Compiled>>,
    /// The GitHub crate's builds, whole and one group, unless skipped.
    group: Option<&'a feature_group::FeatureGroup>,
    /// bench-decode's result.
    decode: &'a Value,
}

fn write_report(out: &mut String, paths: &Paths, options: &Options, measured: &Measures<'_>) -> Result<()> {
    let Measures { results, compiled, group, decode } = *measured;
    machine(out, paths);
    let runs = match options.runs.max(1) {
        1 => "1 run".to_owned(),
        n => format!("{n} runs"),
    };

    let _ = writeln!(out, "\nOur generation in-process, release build: read → IR → emit → format → write; {runs}");
    let mut rows = vec![row(&["spec", "format", "operations", "lines", "min ms", "median ms", "ms/op", "peak MiB"])];
    for result in results {
        let spec = &result.spec;
        let format = if spec.is_manifest {
            "OpenAPI+Postman"
        } else if spec.path.to_string_lossy().contains("postman") {
            "Postman"
        } else {
            "OpenAPI"
        };
        let lib = &result.lib_ours;
        if lib.error.is_some() {
            rows.push(row(&[spec.label, format, "-", "-", "fails", "-", "-", &mib(lib.peak_kib)]));
            continue;
        }
        let operations = lib.operations.unwrap_or(0);
        let per_op = median(&lib.ms).filter(|_| operations > 0).map(|m| format!("{:.3}", m / operations as f64));
        rows.push(vec![
            spec.label.into(),
            format.into(),
            operations.to_string(),
            lib.lines.map(|l| l.to_string()).unwrap_or_default(),
            min(&lib.ms).map(ms).unwrap_or_default(),
            median(&lib.ms).map(ms).unwrap_or_default(),
            per_op.unwrap_or_else(|| "-".into()),
            mib(lib.peak_kib),
        ]);
    }
    table(out, &rows);

    let _ = writeln!(
        out,
        "\nAgainst progenitor {PROGENITOR_VERSION} and openapi-to-rust {OPENAPI_TO_RUST_VERSION}: median ms of {runs}; \
         ratio = theirs / ours (above 1: we are faster)\n\
         CLI: wall time from spawn to exit, output written to an emptied folder, the CLIs taking turns; \
         lib: in-process, both formatted with prettyplease; \
         \"fails\": the peer could not read the spec (why: below); \"-\": not run (openapi-to-rust reads OpenAPI 3.x only)"
    );
    let mut rows = vec![row(&[
        "spec",
        "CLI ours",
        "CLI progenitor",
        "ratio",
        "CLI openapi-to-rust",
        "ratio",
        "lib ours",
        "lib progenitor",
        "lib ratio",
    ])];
    let ratio_cell = |value: Option<f64>| value.map(ratio).unwrap_or_else(|| "-".into());
    for r in results {
        rows.push(vec![
            r.spec.label.into(),
            median_cell(Some(&r.cli_ours)),
            median_cell(r.cli_progenitor.as_ref()),
            ratio_cell(speedup(&r.cli_ours, r.cli_progenitor.as_ref())),
            median_cell(r.cli_openapi_to_rust.as_ref()),
            ratio_cell(speedup(&r.cli_ours, r.cli_openapi_to_rust.as_ref())),
            median_cell(Some(&r.lib_ours)),
            median_cell(r.lib_progenitor.as_ref()),
            ratio_cell(speedup(&r.lib_ours, r.lib_progenitor.as_ref())),
        ]);
    }
    table(out, &rows);

    lines_per_operation(out, results);

    let _ = writeln!(out, "\nPeak resident memory, MiB (CLI: largest process of the tree, from wait4; lib: VmHWM)");
    let mut rows =
        vec![row(&["spec", "CLI ours", "CLI progenitor", "CLI openapi-to-rust", "lib ours", "lib progenitor"])];
    for r in results {
        let peak = |runs: Option<&Runs>| match runs {
            Some(runs) if runs.error.is_none() => mib(runs.peak_kib),
            _ => "-".into(),
        };
        rows.push(vec![
            r.spec.label.into(),
            peak(Some(&r.cli_ours)),
            peak(r.cli_progenitor.as_ref()),
            peak(r.cli_openapi_to_rust.as_ref()),
            peak(Some(&r.lib_ours)),
            peak(r.lib_progenitor.as_ref()),
        ]);
    }
    table(out, &rows);

    let mut failures = String::new();
    for r in results {
        let ways = [
            ("our CLI", Some(&r.cli_ours)),
            ("our library", Some(&r.lib_ours)),
            ("cargo-progenitor", r.cli_progenitor.as_ref()),
            ("openapi-to-rust", r.cli_openapi_to_rust.as_ref()),
            ("progenitor library", r.lib_progenitor.as_ref()),
        ];
        for (way, runs) in ways {
            if let Some(error) = runs.and_then(|r| r.error.as_deref()) {
                let _ = writeln!(failures, "  {}, {way}: {}", r.spec.label, shorten(error, 160));
            }
        }
    }
    if !failures.is_empty() {
        let _ = write!(out, "\nWhere a generator fails (\"fails\" above), and why:\n{failures}");
    }

    if let Some(compiled) = compiled {
        compile::report(out, compiled);
    }

    if let Some(group) = group {
        feature_group::report(out, group);
    }

    let _ = writeln!(
        out,
        "\nDecoding one chat messages report page (the v2 spec's example, {} messages, {} bytes; {} samples)",
        decode["messages"], decode["bytes"], decode["samples"]
    );
    let value_ns = decode["value"]["median_ns"].as_f64().context("bench-decode gave no Value time")?;
    let mut rows = vec![row(&["decoder", "median µs", "min µs", "time vs Value"])];
    for (name, key) in [
        ("GetChatMessagesReportsResponse (serde_json)", "typed"),
        ("the same, always through serde_path_to_error", "typed_path"),
        ("as the client decodes (`from_json`: guesses read straight, again only on failure)", "typed_client_path"),
        ("serde_json::Value", "value"),
    ] {
        let median_ns = decode[key]["median_ns"].as_f64().context("bench-decode gave no median")?;
        let min_ns = decode[key]["min_ns"].as_f64().context("bench-decode gave no minimum")?;
        rows.push(vec![
            name.into(),
            format!("{:.1}", median_ns / 1e3),
            format!("{:.1}", min_ns / 1e3),
            format!("{:.2}", median_ns / value_ns),
        ]);
    }
    table(out, &rows);

    targets(out, measured);
    let _ = writeln!(out, "\nNot measured");
    for line in [
        "the peers on the manifest (each takes one OpenAPI document), openapi-to-rust on Postman collections, \
         and where a peer fails (listed above)",
        "cargo's own start-up in `cargo progenitor`: its binary is run directly, as cargo would run it",
        "building the generated crates' dependencies, which differ (ours: reqwest with rustls, tokio, backon; \
         progenitor's: reqwest without TLS, progenitor-client; openapi-to-rust's: what its REQUIRED_DEPS.toml lists), \
         and release builds of the generated crates",
        "HTTP round trips: the runtime figure is decoding only",
    ] {
        let _ = writeln!(out, "- {line}");
    }
    Ok(())
}

/// Lines of generated Rust per operation, ours without the verbatim runtime (its lines apart), and the peers'
/// (whose runtimes are crates their output depends on, not counted).
fn lines_per_operation(out: &mut String, results: &[SpecResult]) {
    let _ = writeln!(
        out,
        "\nLines of generated Rust per operation (CLI output; operations as our reader counts them; every line of every \
         .rs file; ours without src/runtime/, the runtime copied verbatim into every crate, whose lines are apart)"
    );
    let mut rows = vec![row(&["spec", "operations", "ours", "our runtime lines", "progenitor", "openapi-to-rust"])];
    for r in results {
        let operations = r.lib_ours.operations.filter(|&n| n > 0);
        let per_op = |runs: Option<&Runs>| match (runs, operations) {
            (None, _) => "-".to_owned(),
            (Some(runs), _) if runs.error.is_some() => "fails".to_owned(),
            (Some(runs), Some(n)) => {
                runs.own_lines.map_or_else(|| "-".to_owned(), |l| format!("{:.1}", l as f64 / n as f64))
            }
            (Some(_), None) => "-".to_owned(),
        };
        rows.push(vec![
            r.spec.label.into(),
            operations.map_or_else(|| "-".to_owned(), |n| n.to_string()),
            per_op(Some(&r.cli_ours)),
            r.cli_ours.runtime_lines.map_or_else(|| "-".to_owned(), |l| l.to_string()),
            per_op(r.cli_progenitor.as_ref()),
            per_op(r.cli_openapi_to_rust.as_ref()),
        ]);
    }
    table(out, &rows);
}

/// The lowest of `ratios` (value, spec label).
fn lowest_ratio(ratios: Vec<(f64, &str)>) -> Option<(f64, &str)> {
    ratios.into_iter().min_by(|a, b| a.0.total_cmp(&b.0))
}

/// The targets of issues 6 and 25, each with the figure that decides it: met, not met, or not measured in this run.
fn targets(out: &mut String, measured: &Measures<'_>) {
    let Measures { results, compiled, group, decode } = *measured;
    let find = |label: &str| results.iter().find(|r| r.spec.label == label);
    // The target first: the table aligns the first column left and the others right.
    let mut rows = vec![row(&["target", "issue", "measured", "met"])];
    let mut add = |issue: &str, target: &str, measured: Option<String>, met: Option<bool>| {
        let met = match met {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "not measured",
        };
        rows.push(vec![target.into(), issue.into(), measured.unwrap_or_else(|| "-".into()), met.into()]);
    };
    let lowest_cell = |worst: Option<(f64, &str)>| worst.map(|(r, label)| format!("lowest {} ({label})", ratio(r)));

    let cli_nexus = find(NEXUS).and_then(|r| speedup(&r.cli_ours, r.cli_progenitor.as_ref()));
    add("25", "CLI ≥ 12× faster than cargo-progenitor on nexus", cli_nexus.map(ratio), cli_nexus.map(|r| r >= 12.0));
    let worst = lowest_ratio(
        results
            .iter()
            .filter_map(|r| Some((speedup(&r.cli_ours, r.cli_openapi_to_rust.as_ref())?, r.spec.label)))
            .collect(),
    );
    add("25", "CLI faster than openapi-to-rust, every spec both read", lowest_cell(worst), worst.map(|(r, _)| r > 1.0));
    let cli_ms = |label: &str| find(label).filter(|r| r.cli_ours.error.is_none()).and_then(|r| median(&r.cli_ours.ms));
    let github = cli_ms(GITHUB);
    add("25", "GitHub end to end (CLI) < 250 ms", github.map(|m| format!("{} ms", ms(m))), github.map(|m| m < 250.0));
    let per_operation: Vec<(f64, &str)> = results
        .iter()
        .filter(|r| r.spec.is_corpus && r.cli_ours.error.is_none())
        .filter_map(|r| {
            let operations = r.lib_ours.operations.filter(|&n| n > 0)?;
            Some((median(&r.cli_ours.ms)? / operations as f64, r.spec.label))
        })
        .collect();
    let worst = per_operation.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0));
    let over = per_operation.iter().filter(|(m, _)| *m > 0.6).count();
    add(
        "25",
        "every corpus spec end to end (CLI) ≤ 0.6 ms per operation",
        worst.map(|(m, label)| format!("highest {m:.2} ms/op ({label}); {over} of {} over", per_operation.len())),
        worst.map(|(m, _)| m <= 0.6),
    );
    // Ours against progenitor's nexus crate compiled whole.
    let share = |pick: fn(&compile::Times) -> &Vec<f64>| compiled.and_then(|c| compile::clean_share(c, pick));
    let build = share(|c| &c.build_s);
    add(
        "25",
        "nexus crate debug build, clean, ≤ 0.8 × progenitor's",
        build.map(|b| format!("{b:.2} × progenitor's")),
        build.map(|b| b <= 0.8),
    );
    let check = share(|c| &c.check_s);
    add(
        "25",
        "nexus crate cargo check, clean, ≤ 1.0 × progenitor's",
        check.map(|c| format!("{c:.2} × progenitor's")),
        check.map(|c| c <= 1.0),
    );
    let group_share = group.and_then(feature_group::FeatureGroup::share);
    add(
        "25",
        "one small feature group of the GitHub crate ≤ 0.2 × the whole crate (debug build)",
        group_share.map(|s| format!("{s:.3} × ({})", feature_group::SMALL_GROUP)),
        group_share.map(|s| s <= 0.2),
    );
    let decoding = decode["typed_client_path"]["median_ns"].as_f64().zip(decode["value"]["median_ns"].as_f64());
    let decoding = decoding.map(|(client, value)| client / value);
    add(
        "25",
        "decoding the Zoom report page as the client does ≤ 1.0 × serde_json::Value",
        decoding.map(|d| format!("{d:.2} × Value")),
        decoding.map(|d| d <= 1.0),
    );
    let worst = lowest_ratio(
        results.iter().filter_map(|r| Some((speedup(&r.lib_ours, r.lib_progenitor.as_ref())?, r.spec.label))).collect(),
    );
    add(
        "6",
        "library ≥ 2× faster than progenitor's, every spec both handle",
        lowest_cell(worst),
        worst.map(|(r, _)| r >= 2.0),
    );
    let bundled = cli_ms(BUNDLED);
    add(
        "6",
        "bundled Zoom specs end to end (CLI) < 50 ms",
        bundled.map(|m| format!("{} ms", ms(m))),
        bundled.map(|m| m < 50.0),
    );
    let _ = writeln!(out, "\nTARGETS of issues 6 and 25 (medians of this run)");
    table(out, &rows);
}

/// The first line of `text`, with paths into cargo's registry cut to the crate's own, and cut to `width` characters.
fn shorten(text: &str, width: usize) -> String {
    const REGISTRY: &str = "/.cargo/registry/src/";
    let mut line = text.lines().next().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    while let Some(start) = line.find(REGISTRY) {
        let begin = line[..start].rfind(' ').map_or(0, |space| space + 1);
        // Past the registry's own folder (`index.crates.io-<hash>/`).
        let after = &line[start + REGISTRY.len()..];
        let rest = after.split_once('/').map_or(after, |(_, rest)| rest);
        line = format!("{}{rest}", &line[..begin]);
    }
    match line.char_indices().nth(width) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line,
    }
}

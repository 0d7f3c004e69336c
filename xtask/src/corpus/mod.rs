//! `cargo xtask corpus`: generates a client crate for every spec of the shared real-world corpus and checks
//! that each compiles with zero errors and zero warnings, clippy's included.
//!
//! Specs are the `*.{json,yaml}` files of the curated folders `<corpus>/openapi/` and `<corpus>/postman/` (not
//! `postman/oracle/`) and of the wide ones, `openapi-wild/`, `postman-wild/` and `openapi31/` (OpenAPI 3.1); with
//! `--ci`, the curated folders and the wide specs listed in `tests/corpus-ci.txt`. Each becomes
//! `target/corpus/crates/corpus-<stem>/`. All of them are members of one throw-away workspace,
//! `target/corpus/Cargo.toml`, checked by a single `cargo clippy --keep-going` so dependencies compile once, into
//! the repository's `target/`, where the workspace's own builds already put most of them. Cargo's raw JSON messages are kept in
//! `target/corpus/check.jsonl`.

mod examples;
mod lists;

use crate::figures_page;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use generator::manifest::Manifest;
use serde_json::Value;

/// Distinct compiler messages shown per failing crate.
const SHOWN_MESSAGES: usize = 5;
/// Lines shown of each of those messages.
const SHOWN_LINES: usize = 15;
/// Characters of a generator error shown in the table; the details below it have the whole text.
const ERROR_WIDTH: usize = 60;

/// One spec of the corpus and what generating its crate gave.
pub(crate) struct Row {
    /// The corpus folder the spec is in.
    pub(crate) folder: String,
    /// The spec's file name.
    pub(crate) file: String,
    /// Package name of the generated crate, also its folder under `crates/`.
    pub(crate) krate: String,
    /// Time spent reading, emitting and writing, in milliseconds.
    pub(crate) ms: u128,
    /// Operations and types, or the generator's error message.
    pub(crate) generated: Result<(usize, usize), String>,
}

/// Compiler messages attributed to one generated crate.
#[derive(Default)]
struct Diagnostics {
    errors: usize,
    warnings: usize,
    /// Distinct kinds of message, in order of first appearance.
    kinds: Vec<Kind>,
}

/// Messages with the same code and text (a lint or error code, then the headline).
struct Kind {
    key: String,
    /// The rustc error code or the lint's name, when the message has one.
    code: Option<String>,
    /// Rendered text of the first such message.
    rendered: String,
    count: usize,
}

/// What the one `cargo clippy` run found.
pub(crate) struct Check {
    by_crate: HashMap<String, Diagnostics>,
    /// Crates whose library was checked to the end (cargo reported an artifact for it).
    finished: HashSet<String>,
    success: bool,
    pub(crate) elapsed: Duration,
    /// When the last dependency finished, from the start of `cargo clippy`.
    pub(crate) dependencies: Duration,
}

impl Check {
    /// The error code or lint name of each kind of message `krate` got, in order of appearance.
    pub(crate) fn codes(&self, krate: &str) -> Vec<String> {
        self.by_crate.get(krate).map_or_else(Vec::new, |d| d.kinds.iter().filter_map(|k| k.code.clone()).collect())
    }
}

/// Folders of the curated corpus, checked in full.
const CURATED: [&str; 2] = ["openapi", "postman"];
/// Folders of the wide corpus: every spec, or with `--ci` those `tests/corpus-ci.txt` lists.
const WIDE: [&str; 3] = ["openapi-wild", "postman-wild", "openapi31"];

/// Which specs a run covers.
pub struct Selection<'a> {
    /// Only the specs whose file name contains this.
    pub filter: Option<&'a str>,
    /// Only the wide corpus' specs that `tests/corpus-ci.txt` lists (the curated ones in full).
    pub ci: bool,
}

/// Runs the corpus check for the selected specs under `corpus`.
pub fn run(repo: &Path, corpus: &Path, selection: &Selection<'_>) -> Result<ExitCode> {
    let started = Instant::now();
    let root = repo.join("target/corpus");
    let crates_dir = root.join("crates");
    let ci_subset = if selection.ci { Some(lists::read_names(&repo.join(lists::CI_SUBSET))?) } else { None };
    let specs = find_specs(corpus, selection.filter, ci_subset.as_ref())?;
    let exceptions = lists::read_exceptions(&repo.join(lists::EXCEPTIONS))?;
    if specs.is_empty() {
        bail!("no spec in {} matches", corpus.display());
    }
    let mut rows = Vec::new();
    for spec in &specs {
        let file = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let folder = spec.parent().and_then(Path::file_name).map(|n| n.to_string_lossy().into_owned());
        let folder = folder.unwrap_or_default();
        let krate = unique_name(&crate_name(&file), &rows);
        eprintln!("generating {krate} from {file}");
        let timer = Instant::now();
        let generated = generate(spec, &crates_dir.join(&krate), &krate);
        rows.push(Row { folder, file, krate, ms: timer.elapsed().as_millis(), generated });
    }
    let generation = started.elapsed();
    let members: Vec<&str> = rows.iter().filter(|r| r.generated.is_ok()).map(|r| r.krate.as_str()).collect();
    let check = if members.is_empty() {
        None
    } else {
        write_workspace(repo, &root, &members)?;
        Some(cargo_clippy(&root, &members, false)?)
    };
    let (mut failed, clean, figures) = report(&rows, check.as_ref(), &exceptions);
    // A whole run (or CI's subset) whose crates all passed is the guide's figures page; a filtered one is not.
    if !failed && selection.filter.is_none() {
        let page = if selection.ci {
            figures_page::Page {
                file: "corpus-ci.md",
                title: "Corpus figures: the CI subset",
                command: "cargo xtask corpus --ci",
                about: CORPUS_ABOUT,
            }
        } else {
            figures_page::Page {
                file: "corpus.md",
                title: "Corpus figures",
                command: "cargo xtask corpus",
                about: CORPUS_ABOUT,
            }
        };
        figures_page::write(repo, &page, &figures)?;
    }
    // The example bodies are checked in the crates that compiled clean (the test build needs all its members);
    // a crate without examples has no example test.
    let with_examples = clean.iter().any(|krate| crates_dir.join(krate).join("tests/spec_examples.rs").is_file());
    if with_examples {
        write_workspace(repo, &root, &clean)?;
        let outcome = examples::check(&root, &clean, &repo.join("tests/corpus-example-inconsistencies.txt"))?;
        failed |= examples::report(&outcome);
        // The schema oracles (`cargo xtask oracle`) reuse the crates just built.
        if selection.filter.is_none() {
            failed |= crate::oracle::after_corpus(repo, corpus, &root)?;
        }
    }
    match &check {
        Some(check) => println!(
            "wall time {:.1} s: generation {:.1} s, cargo clippy {:.1} s (dependencies ready after {:.1} s)",
            started.elapsed().as_secs_f64(),
            generation.as_secs_f64(),
            check.elapsed.as_secs_f64(),
            check.dependencies.as_secs_f64()
        ),
        None => println!("wall time {:.1} s, no crate to check", started.elapsed().as_secs_f64()),
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The corpus specs whose file name contains `filter` (and, for the wide folders, that `subset` lists), sorted by
/// folder then name.
fn find_specs(corpus: &Path, filter: Option<&str>, subset: Option<&HashSet<String>>) -> Result<Vec<PathBuf>> {
    let mut specs = Vec::new();
    for folder in CURATED.into_iter().chain(WIDE) {
        let dir = corpus.join(folder);
        let wide = WIDE.contains(&folder);
        let entries = fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?;
        for entry in entries {
            let path = entry.with_context(|| format!("reading {}", dir.display()))?.path();
            let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
            let selected =
                filter.is_none_or(|f| file.contains(f)) && (!wide || subset.is_none_or(|s| s.contains(&file)));
            if path.is_file() && ["json", "yaml"].contains(&extension) && selected {
                specs.push(path);
            }
        }
    }
    specs.sort();
    Ok(specs)
}

/// `corpus-<file name up to its first dot>`, lowercase, each run of anything but letters and digits one `-` (a
/// doubled `-` would give the library a name that is not snake case).
pub(crate) fn crate_name(file: &str) -> String {
    let stem = file.split('.').next().unwrap_or_default().to_ascii_lowercase();
    let words: Vec<&str> = stem.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    format!("corpus-{}", words.join("-"))
}

/// `name`, or `name-2`, `name-3`, … when an earlier row already took it.
fn unique_name(name: &str, rows: &[Row]) -> String {
    let mut unique = name.to_owned();
    let mut n = 2;
    while rows.iter().any(|r| r.krate == unique) {
        unique = format!("{name}-{n}");
        n += 1;
    }
    unique
}

/// Generates the crate for `spec` into `out`, with a test that the spec's example bodies decode
/// into its types: its operation and type counts, or the error's first line.
fn generate(spec: &Path, out: &Path, krate: &str) -> Result<(usize, usize), String> {
    let mut manifest = Manifest::for_specs(&[spec.to_owned()], out.to_owned(), krate);
    manifest.settings.example_tests = true;
    generate_crate(&manifest, out)
}

/// Generates the crate `manifest` describes into `out`: its operation and type counts, or the error.
pub(crate) fn generate_crate(manifest: &Manifest, out: &Path) -> Result<(usize, usize), String> {
    let generate = || -> generator::error::Result<(usize, usize)> {
        let generation = generator::generate(manifest)?;
        // The folder is the corpus run's own: cargo's files beside the crate are kept.
        let options = generator::output::Options { keep_foreign: true, read: generation.read.clone() };
        generator::output::write_atomically(out, &generation.files, &options)?;
        let operations = generation.summaries.iter().map(|s| s.operations).sum();
        Ok((operations, generation.summaries.iter().map(|s| s.types).sum()))
    };
    // A generator panic is a failing row like an error, not the end of the run.
    match panic::catch_unwind(AssertUnwindSafe(generate)) {
        Ok(result) => result.map_err(|error| error.to_string()),
        Err(payload) => {
            let message = payload.downcast_ref::<&str>().map(|s| s.to_string()).or(payload.downcast_ref().cloned());
            Err(format!("panicked: {}", message.unwrap_or_default()))
        }
    }
}

/// The target folder: the repository's own (`<root>/../`, i.e. `target/`), so that the
/// dependencies the workspace's tests compiled are reused instead of built again.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    root.parent().map_or_else(|| root.join("target"), Path::to_owned)
}

/// Writes the throw-away workspace over `members`; its own `[workspace]` keeps it out of the repository's.
pub(crate) fn write_workspace(repo: &Path, root: &Path, members: &[&str]) -> Result<()> {
    let members: String = members.iter().map(|m| format!("    \"crates/{m}\",\n")).collect();
    // The dependency profile matches the repository's, so that the repository's target folder
    // (shared, see `target_dir`) already holds the compiled dependencies.
    let manifest = format!(
        "# Written by `cargo xtask` on every run; not part of the repository's workspace.\n\
         [workspace]\nresolver = \"3\"\nmembers = [\n{members}]\n\n\
         [profile.dev.package.\"*\"]\nopt-level = 1\n"
    );
    let path = root.join("Cargo.toml");
    fs::write(&path, manifest).with_context(|| format!("writing {}", path.display()))?;
    // Start from the repository's lock file, so the crates are checked against the versions it pins.
    let lock = root.join("Cargo.lock");
    let repo_lock = repo.join("Cargo.lock");
    if !lock.exists() && repo_lock.exists() {
        fs::copy(&repo_lock, &lock).with_context(|| format!("copying {}", repo_lock.display()))?;
    }
    Ok(())
}

/// Runs one `cargo clippy` over the workspace at `root` and attributes its messages to
/// `members`; `quiet` hides cargo's progress.
pub(crate) fn cargo_clippy(root: &Path, members: &[&str], quiet: bool) -> Result<Check> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = root.join("Cargo.toml");
    let started = Instant::now();
    let mut child = Command::new(cargo)
        .arg("clippy")
        .args(["--workspace", "--keep-going", "--message-format=json", "--manifest-path"])
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", target_dir(root))
        // Throw-away crates: an incremental cache of 155 of them fills a disk (20 GB once).
        .env("CARGO_INCREMENTAL", "0")
        .stdout(Stdio::piped())
        .stderr(if quiet { Stdio::null() } else { Stdio::inherit() })
        .spawn()
        .context("starting cargo clippy")?;
    let stdout = child.stdout.take().context("cargo clippy has no stdout")?;
    let log_path = root.join("check.jsonl");
    let mut log = BufWriter::new(File::create(&log_path).with_context(|| format!("creating {}", log_path.display()))?);
    let mut check = Check {
        by_crate: HashMap::new(),
        finished: HashSet::new(),
        success: false,
        elapsed: Duration::ZERO,
        dependencies: Duration::ZERO,
    };
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading cargo clippy output")?;
        writeln!(log, "{line}").with_context(|| format!("writing {}", log_path.display()))?;
        // Cargo passes through anything a build script prints; only its own messages are JSON.
        let Ok(message) = serde_json::from_str::<Value>(&line) else { continue };
        let package = message["manifest_path"].as_str().and_then(|p| Path::new(p).parent()?.file_name());
        let member = package.map(|p| p.to_string_lossy()).filter(|p| members.contains(&p.as_ref()));
        match (message["reason"].as_str(), member) {
            (Some("compiler-message"), Some(krate)) => {
                check.by_crate.entry(krate.into_owned()).or_default().add(&message["message"])
            }
            (Some("compiler-artifact"), Some(krate)) => {
                check.finished.insert(krate.into_owned());
            }
            (Some("compiler-artifact" | "build-script-executed"), None) => check.dependencies = started.elapsed(),
            _ => {}
        }
    }
    log.flush().with_context(|| format!("writing {}", log_path.display()))?;
    check.success = child.wait().context("waiting for cargo clippy")?.success();
    check.elapsed = started.elapsed();
    Ok(check)
}

impl Diagnostics {
    /// Counts one rustc diagnostic, skipping its "aborting due to …" and "N warnings emitted" summaries.
    fn add(&mut self, message: &Value) {
        let text = message["message"].as_str().unwrap_or_default();
        if text.starts_with("aborting due to") || text.ends_with(" emitted") {
            return;
        }
        match message["level"].as_str().unwrap_or_default() {
            level if level.starts_with("error") => self.errors += 1,
            "warning" => self.warnings += 1,
            _ => return,
        }
        let headline = text.lines().next().unwrap_or_default();
        let code = message["code"]["code"].as_str().map(str::to_owned);
        let key = match &code {
            Some(code) => format!("[{code}] {headline}"),
            None => headline.to_owned(),
        };
        match self.kinds.iter_mut().find(|k| k.key == key) {
            Some(kind) => kind.count += 1,
            None => {
                let rendered = message["rendered"].as_str().unwrap_or(text).trim_end().to_owned();
                self.kinds.push(Kind { key, code, rendered, count: 1 });
            }
        }
    }
}

/// Prints the table, its totals per folder and the details of every failure: whether anything failed that the
/// exception list does not explain (or a listed spec passed), and the crates that compiled clean.
pub(crate) fn report<'a>(
    rows: &'a [Row],
    check: Option<&Check>,
    exceptions: &BTreeMap<String, String>,
) -> (bool, Vec<&'a str>, String) {
    let none = Diagnostics::default();
    let mut clean = Vec::new();
    // Per folder: specs, generated, compiled clean.
    let mut folders: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let mut table =
        vec![["spec", "operations", "types", "generation ms", "check result", "warnings"].map(String::from)];
    let (mut operations, mut types, mut ms, mut failures, mut warnings) = (0, 0, 0, 0, 0);
    let mut details = Vec::new();
    let mut explained = Vec::new();
    for row in rows {
        ms += row.ms;
        let counts = folders.entry(row.folder.as_str()).or_default();
        counts[0] += 1;
        let (cells, detail) = match &row.generated {
            Err(error) => {
                let first = error.lines().next().unwrap_or_default();
                // `error[S2R0006]: …` or `error: …`.
                let first = first.strip_prefix("error").map_or(first, |rest| {
                    let rest = rest.strip_prefix('[').and_then(|r| r.split_once("]")).map_or(rest, |(_, r)| r);
                    rest.strip_prefix(": ").unwrap_or(rest)
                });
                let first = match first.char_indices().nth(ERROR_WIDTH) {
                    Some((end, _)) => format!("{}…", &first[..end]),
                    None => first.to_owned(),
                };
                let detail = format!("{} ({}): generator error:\n{error}", row.file, row.krate);
                (["-".into(), "-".into(), format!("generator error: {first}"), "-".into()], Some(detail))
            }
            Ok((ops, tys)) => {
                counts[1] += 1;
                operations += ops;
                types += tys;
                let found = check.and_then(|c| c.by_crate.get(&row.krate)).unwrap_or(&none);
                warnings += found.warnings;
                let result = match found.errors {
                    0 if check.is_some_and(|c| c.finished.contains(&row.krate)) => "ok".to_owned(),
                    0 => "not checked".to_owned(),
                    1 => "1 error".to_owned(),
                    n => format!("{n} errors"),
                };
                let detail = if result != "ok" || found.warnings > 0 {
                    Some(describe(row, &result, found))
                } else {
                    counts[2] += 1;
                    clean.push(row.krate.as_str());
                    None
                };
                ([ops.to_string(), tys.to_string(), result, found.warnings.to_string()], detail)
            }
        };
        match (detail, exceptions.get(&row.file)) {
            (Some(_), Some(reason)) => explained.push(format!("{}: {reason}", row.file)),
            (Some(detail), None) => {
                failures += 1;
                details.push(detail);
            }
            (None, Some(_)) => {
                failures += 1;
                details.push(format!("{}: listed in {} but passes now; remove it", row.file, lists::EXCEPTIONS));
            }
            (None, None) => {}
        }
        let [ops, tys, result, warns] = cells;
        table.push([row.file.clone(), ops, tys, row.ms.to_string(), result, warns]);
    }
    let mut figures = table_text(&table);
    let _ = writeln!(
        figures,
        "total: {} specs, {operations} operations, {types} types, {ms} ms generating; {failures} failing, \
         {} listed exceptions, {warnings} warnings",
        rows.len(),
        explained.len()
    );
    for (folder, [specs, generated, compiled]) in &folders {
        let _ = writeln!(figures, "  {folder}: {specs} specs, {generated} generated, {compiled} compiled clean");
    }
    for exception in &explained {
        let _ = writeln!(figures, "  expected failure ({}): {exception}", lists::EXCEPTIONS);
    }
    print!("{figures}");
    for detail in &details {
        println!("\n{detail}");
    }
    if let Some(check) = check.filter(|c| !c.success && failures == 0 && explained.is_empty()) {
        let seconds = check.elapsed.as_secs_f64();
        println!("\ncargo clippy failed after {seconds:.1} s without a message for any crate; see its output above");
        return (true, clean, figures);
    }
    (failures > 0, clean, figures)
}

/// The first few distinct compiler messages of a failing crate, each cut to a few lines.
fn describe(row: &Row, result: &str, found: &Diagnostics) -> String {
    let mut out = format!("{} ({}): {result}, {} warnings", row.file, row.krate, found.warnings);
    if result == "not checked" {
        out.push_str("\n  cargo reported no result for this crate; see its output above");
    }
    for kind in found.kinds.iter().take(SHOWN_MESSAGES) {
        out.push_str(&format!("\n--- {} ({}×)\n", kind.key, kind.count));
        let lines: Vec<&str> = kind.rendered.lines().collect();
        out.push_str(&lines.iter().take(SHOWN_LINES).copied().collect::<Vec<_>>().join("\n"));
        if lines.len() > SHOWN_LINES {
            out.push_str(&format!("\n    … {} more lines", lines.len() - SHOWN_LINES));
        }
    }
    if found.kinds.len() > SHOWN_MESSAGES {
        out.push_str(&format!("\n--- and {} more kinds of message", found.kinds.len() - SHOWN_MESSAGES));
    }
    out
}

/// Rows as aligned columns, a line each: the first left-aligned, numbers right-aligned.
fn table_text(table: &[[String; 6]]) -> String {
    let mut text = String::new();
    let mut widths = [0; 6];
    for row in table {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in table {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (cell, width))| match i {
                0 | 4 => format!("{cell:<width$}"),
                _ => format!("{cell:>width$}"),
            })
            .collect();
        text.push_str(line.join("  ").trim_end());
        text.push('\n');
    }
    text
}

/// What the corpus figures pages show.
const CORPUS_ABOUT: &str = "Every spec of the corpus generated into a crate and checked with one `cargo clippy`: \
     its operations and types, the milliseconds its generation took, the check's result and the warnings of the \
     generated code (zero for every spec), then the totals per folder. See the chapter *How the generator is tested*.";

//! `cargo xtask oracle`: schema oracles for the generated models. Random instances are drawn from
//! the response schemas of an OpenAPI document (see [`instance`]) and decoded with a client
//! generated either from that document or (pairs) from a Postman collection of the same API; each
//! must decode and encode back to the same JSON value.
//!
//! Targets: every OpenAPI spec of `<corpus>/openapi/` (with `--wild`, `<corpus>/openapi-wild/` too),
//! and the pairs of `tests/fixtures/oracle-pairs/pairs.txt`. Each gets a crate (with the generated
//! `tests/spec_examples.rs`, whose `oracle_instances` test reads the drawn bodies) in the throw-away
//! workspace `target/oracle/`, which compiles into the repository's `target/` like the corpus check.
//! `cargo xtask corpus` runs them last, reusing its own crates of the OpenAPI specs.
//! The figures are compared with the committed floor `tests/oracle-figures.txt`; responses whose
//! schema no Rust model can honour are listed in `tests/oracle-inconsistencies.txt`.

mod coverage;
mod figures;
mod instance;
mod responses;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use generator::manifest::Manifest;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};

use coverage::{Coverage, Walker};
use figures::Figures;
use instance::Drawer;
use responses::{Model, model_label, response_schemas};

use crate::corpus::write_workspace;

/// Instances drawn per target, spread over its response schemas…
const PER_TARGET: usize = 200;
/// …but at least this many and at most that many per response schema.
const PER_RESPONSE: std::ops::RangeInclusive<usize> = 4..=50;
/// Failing responses shown per target; `target/oracle/failures.txt` has them all.
const SHOWN_FAILURES: usize = 4;

/// Options of `cargo xtask oracle`.
#[derive(clap::Args)]
pub struct Options {
    /// Only the targets whose name contains this.
    #[arg(long)]
    pub filter: Option<String>,
    /// The corpus folder, holding openapi/ and postman/.
    #[arg(long, default_value_os_t = crate::repo_root().join("../shared/corpus"))]
    pub corpus: PathBuf,
    /// Also the OpenAPI specs of openapi-wild/ (slow: over a hundred crates).
    #[arg(long)]
    pub wild: bool,
    /// Write the measured figures to tests/oracle-figures.txt instead of checking them.
    #[arg(long)]
    pub bless: bool,
    /// Also print, per target, why leaf values land in no typed field, with the first places each.
    #[arg(long)]
    pub untyped: bool,
}

/// One client crate and the document its instances are drawn from.
struct Target {
    /// How figures name it: the schema spec's path under the corpus, or the collection's file name.
    name: String,
    /// The spec the client is generated from.
    client: PathBuf,
    /// The OpenAPI document whose response schemas are the oracle.
    schemas: PathBuf,
    krate: String,
    /// The workspace that already generated and built the crate (the corpus check's), if not ours.
    built_in: Option<PathBuf>,
}

/// What happened to the instances of one response schema.
#[derive(Default)]
struct ResponseOutcome {
    label: String,
    drawn: usize,
    decoded: usize,
    lossless: usize,
    /// Lossy instances whose first difference is a date-time written back in another form
    /// (`+02:00` as `Z`, `.5` as `.500`).
    date_time_rewrites: usize,
    /// Instances of an error status the client does not describe, kept as raw bytes (counted as
    /// decoded and lossless, since the client hands them over untouched).
    untyped: usize,
    /// The first failure: why the client cannot decode, or where the round trip differs.
    first_error: Option<String>,
    /// The leaf values of the instances drawn, and those that land in typed fields of the model
    /// (none of an instance that does not decode).
    coverage: Coverage,
}

/// Figures of one target, by response.
struct TargetOutcome {
    name: String,
    responses: Vec<ResponseOutcome>,
    /// Responses of the inconsistency list, whose instances are not counted.
    listed: usize,
}

/// Runs the oracles; fails when a figure drops below the committed floor.
pub fn run(repo: &Path, options: &Options) -> Result<ExitCode> {
    let failed = check(repo, options, None)?;
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The oracles as the last step of `cargo xtask corpus`: the corpus workspace at `corpus_root` already
/// holds a built crate for every OpenAPI spec (with the oracle test), so only the pairs' crates are
/// new. Whether a figure dropped below the floor.
pub fn after_corpus(repo: &Path, corpus: &Path, corpus_root: &Path) -> Result<bool> {
    let options = Options { filter: None, corpus: corpus.to_owned(), wild: false, bless: false, untyped: false };
    check(repo, &options, Some(corpus_root))
}

/// Draws, decodes and reports; with `corpus_root`, the OpenAPI specs' crates are the corpus check's.
fn check(repo: &Path, options: &Options, corpus_root: Option<&Path>) -> Result<bool> {
    let started = Instant::now();
    let root = repo.join("target/oracle");
    let mut targets = find_targets(repo, options)?;
    if let Some(corpus_root) = corpus_root {
        for target in targets.iter_mut().filter(|t| t.client == t.schemas) {
            target.krate = crate::corpus::crate_name(&file_name(&target.client));
            target.built_in = Some(corpus_root.to_owned());
        }
    }
    if targets.is_empty() {
        bail!("no oracle target matches");
    }
    let listed = figures::read_inconsistencies(&repo.join("tests/oracle-inconsistencies.txt"))?;
    let instances_dir = root.join("instances");
    fs::create_dir_all(&instances_dir).with_context(|| format!("creating {}", instances_dir.display()))?;
    let mut prepared = Vec::new();
    for target in &targets {
        eprintln!("oracle: generating {} from {}", target.krate, target.client.display());
        prepared.push(prepare(target, &root, &instances_dir, &listed, options.untyped)?);
    }
    let own: Vec<&str> = targets.iter().filter(|t| t.built_in.is_none()).map(|t| t.krate.as_str()).collect();
    let mut failures = BTreeMap::new();
    if !own.is_empty() {
        write_workspace(repo, &root, &own)?;
        failures = run_tests(&root, &instances_dir, &own)?;
    }
    if let Some(corpus_root) = corpus_root {
        let reused: Vec<&str> = targets.iter().filter(|t| t.built_in.is_some()).map(|t| t.krate.as_str()).collect();
        failures.extend(run_tests(corpus_root, &instances_dir, &reused)?);
    }
    let outcomes: Vec<TargetOutcome> = prepared
        .into_iter()
        .map(|p| {
            let run = failures.get(p.krate.as_str());
            p.finish(run)
        })
        .collect::<Result<_>>()?;
    let measured: Figures = outcomes.iter().map(|o| (o.name.clone(), o.figures())).collect();
    let table = print_report(&outcomes, &root)?;
    let figures_path = repo.join("tests/oracle-figures.txt");
    let failed = if options.bless {
        figures::write(&figures_path, &measured)?;
        println!("wrote {}", figures_path.display());
        false
    } else {
        let floor = figures::read(&figures_path)?;
        figures::compare(&floor, &measured, options.filter.is_none() && !options.wild)
    };
    // The standard set of targets is the guide's figures page, once its figures hold their floor (a run
    // that could not build its crates draws nothing); a filtered or wider run is not.
    if !failed && options.filter.is_none() && !options.wild {
        let page = crate::figures_page::Page {
            file: "oracle.md",
            title: "Oracle figures",
            command: "cargo xtask oracle",
            about: "Seeded random instances of every JSON response schema, decoded by the generated client and \
                    encoded back: per target, the instances drawn, decoded and lossless, the share of leaf values \
                    that land in typed fields, and the instances of error statuses the client does not describe. \
                    See the chapter *How the generator is tested* for what each column counts.",
        };
        crate::figures_page::write(repo, &page, &table)?;
    }
    println!("oracle wall time {:.1} s", started.elapsed().as_secs_f64());
    Ok(failed)
}

/// The OpenAPI specs of the corpus and the committed pairs whose name contains the filter.
fn find_targets(repo: &Path, options: &Options) -> Result<Vec<Target>> {
    let mut targets = Vec::new();
    let mut folders = vec!["openapi"];
    if options.wild {
        folders.push("openapi-wild");
    }
    for folder in folders {
        let dir = options.corpus.join(folder);
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "yaml"))
            .collect();
        files.sort();
        for file in files {
            let name = format!("{folder}/{}", file_name(&file));
            targets.push(Target { name, client: file.clone(), schemas: file, krate: String::new(), built_in: None });
        }
    }
    let pairs_file = repo.join("tests/fixtures/oracle-pairs/pairs.txt");
    for (client, schemas) in figures::read_pairs(&pairs_file, &options.corpus)? {
        targets.push(Target { name: file_name(&client), client, schemas, krate: String::new(), built_in: None });
    }
    targets.retain(|t| options.filter.as_deref().is_none_or(|f| t.name.contains(f)));
    let mut taken: Vec<String> = Vec::new();
    for target in &mut targets {
        let stem: String = target
            .name
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .split('.')
            .next()
            .unwrap_or_default()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        // One dash between words: a crate named `a--b` gets the non-snake-case library `a__b`.
        let stem = stem.split('-').filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-");
        let base = format!("oracle-{stem}");
        let mut krate = base.clone();
        let mut n = 2;
        while taken.contains(&krate) {
            krate = format!("{base}-{n}");
            n += 1;
        }
        taken.push(krate.clone());
        target.krate = krate;
    }
    Ok(targets)
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A target whose crate is written and whose instances are drawn, waiting for the test run.
struct Prepared {
    name: String,
    krate: String,
    /// Per response schema: its outcome so far (drawing, matching) and the instance file's lines it
    /// owns, each with its typed coverage if it decodes.
    responses: Vec<(ResponseOutcome, Vec<(usize, Coverage)>)>,
    listed: usize,
    /// Why the crate could not be generated; every instance then fails.
    generation_error: Option<String>,
}

/// Generates the target's crate, draws the instances and writes them to `<instances>/<crate>.jsonl`.
fn prepare(
    target: &Target,
    root: &Path,
    instances_dir: &Path,
    listed: &BTreeMap<(String, String), String>,
    print_untyped: bool,
) -> Result<Prepared> {
    let out = root.join("crates").join(&target.krate);
    let mut manifest = Manifest::for_specs(std::slice::from_ref(&target.client), out.clone(), &target.krate);
    manifest.settings.example_tests = true;
    let entry = manifest.apis.first().context("a manifest without a spec")?;
    let generated = match target.built_in {
        Some(_) => Ok(()),
        None => generator::generate(&manifest).and_then(|generation| {
            // The folder is the oracle's own: cargo's files beside the crate are kept.
            let options = generator::output::Options { keep_foreign: true, read: generation.read.clone() };
            generator::output::write_atomically(&out, &generation.files, &options).map(drop)
        }),
    };
    let generated = generated.and_then(|()| generator::load(&entry.spec, &entry.display, &entry.overrides));
    let (api, generation_error) = match generated {
        Ok(spec) => (Some(spec.api), None),
        Err(error) => (None, Some(error.to_string().lines().next().unwrap_or_default().to_owned())),
    };
    let doc = read_document(&target.schemas)?;
    let mut lines = Vec::new();
    let mut responses = Vec::new();
    let mut listed_count = 0;
    let mut walker = api.as_ref().map(|api| Walker::new(&api.types));
    let schemas = response_schemas(&doc);
    let per_response = (PER_TARGET / schemas.len().max(1)).clamp(*PER_RESPONSE.start(), *PER_RESPONSE.end());
    for response in schemas {
        let label = response.label();
        if listed.contains_key(&(target.name.clone(), label.clone())) {
            listed_count += 1;
            continue;
        }
        let mut outcome = ResponseOutcome { label: label.clone(), ..ResponseOutcome::default() };
        let model = match &api {
            Some(api) => model_label(api, &entry.module, &response).map_err(str::to_owned),
            None => Err("the client crate was not generated".to_owned()),
        };
        let mut drawer = Drawer::new(&doc, ChaCha8Rng::seed_from_u64(seed(&target.name, &label)));
        let mut owned = Vec::new();
        for _ in 0..per_response {
            match drawer.draw(response.schema) {
                Ok(body) => {
                    outcome.drawn += 1;
                    match &model {
                        Ok(Model::Typed(model, ty)) => {
                            // A model is only found in a generated API, which the walker has.
                            let coverage = match walker.as_mut() {
                                Some(walker) => walker.coverage(&body, ty),
                                None => Coverage::untyped(&body),
                            };
                            let date_times = drawer.date_times();
                            lines.push(json!({"response": model, "body": body, "date_times": date_times}).to_string());
                            owned.push((lines.len(), coverage));
                        }
                        Ok(Model::UntypedError) => {
                            outcome.decoded += 1;
                            outcome.lossless += 1;
                            outcome.untyped += 1;
                            outcome.coverage.add(unmodelled(
                                walker.as_mut(),
                                &body,
                                "an error response without a model",
                            ));
                        }
                        Err(why) => {
                            outcome.first_error.get_or_insert_with(|| format!("no model: {why}"));
                            outcome.coverage.add(unmodelled(walker.as_mut(), &body, "a response without a model"));
                        }
                    }
                }
                Err(why) => {
                    outcome.first_error.get_or_insert_with(|| format!("not drawn: {why}"));
                }
            }
        }
        responses.push((outcome, owned));
    }
    if let Some(walker) = walker.as_ref().filter(|_| print_untyped) {
        // Every instance of these targets decodes, or the figures say so: counted as if all do.
        let mut total = Coverage::default();
        for (outcome, owned) in &responses {
            total.add(outcome.coverage);
            owned.iter().for_each(|(_, coverage)| total.add(*coverage));
        }
        print_untyped_reasons(&target.name, total, walker);
    }
    let file = instances_dir.join(format!("{}.jsonl", target.krate));
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    Ok(Prepared {
        name: target.name.clone(),
        krate: target.krate.clone(),
        responses,
        listed: listed_count,
        generation_error,
    })
}

/// Every leaf of a response the client holds in no model, counted by the walker if there is one.
fn unmodelled(walker: Option<&mut Walker<'_>>, body: &Value, reason: &'static str) -> Coverage {
    match walker {
        Some(walker) => walker.unmodelled(body, reason),
        None => Coverage::untyped(body),
    }
}

/// Why the target's untyped leaf values are untyped, the most common reason first.
fn print_untyped_reasons(target: &str, total: Coverage, walker: &Walker<'_>) {
    let mut reasons: Vec<_> = walker.untyped.iter().collect();
    reasons.sort_by_key(|(reason, untyped)| (std::cmp::Reverse(untyped.leaves), **reason));
    println!("{target}: {} of {} leaf values typed if every instance decodes; untyped:", total.typed, total.leaves);
    for (reason, untyped) in reasons {
        println!("  {:>7}  {reason}: {}", untyped.leaves, untyped.places.join(", "));
    }
}

/// The spec document as JSON, from JSON or YAML text.
fn read_document(path: &Path) -> Result<Value> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    if text.trim_start().starts_with('{') {
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    } else {
        serde_yaml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }
}

/// A seed per target and response, so that adding one changes no other's instances (FNV-1a).
fn seed(target: &str, response: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in target.bytes().chain([0]).chain(response.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// What the test run reported for one crate: whether it ran, and its failing lines.
#[derive(Default)]
struct CrateRun {
    ran: bool,
    /// Instance line (1-based) -> `decode: …` or `lossy: …`.
    failures: BTreeMap<usize, String>,
}

/// Runs every crate's `oracle_instances` test over the drawn instances.
fn run_tests(root: &Path, instances: &Path, members: &[&str]) -> Result<BTreeMap<String, CrateRun>> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["test", "--workspace", "--no-fail-fast", "--test", "spec_examples", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .args(["--", "oracle_instances", "--nocapture"])
        .env("CARGO_TARGET_DIR", crate::corpus::target_dir(root))
        // Throw-away crates: an incremental cache of 155 of them fills a disk (20 GB once).
        .env("CARGO_INCREMENTAL", "0")
        .env("SPEC_ORACLE_INSTANCES", instances)
        .output()
        .context("running the oracle tests")?;
    let mut runs: BTreeMap<String, CrateRun> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        if let Some(rest) = crate::after_marker(line, "ORACLE-FAILURE: ") {
            let mut parts = rest.splitn(3, " | ");
            let (Some(krate), Some(number), Some(error)) = (parts.next(), parts.next(), parts.next()) else { continue };
            let number = number.parse().unwrap_or(0);
            runs.entry(krate.to_owned()).or_default().failures.insert(number, error.to_owned());
        } else if let Some(rest) = crate::after_marker(line, "ORACLE: ") {
            let krate = rest.split(" | ").next().unwrap_or_default();
            runs.entry(krate.to_owned()).or_default().ran = true;
        }
    }
    let missing: Vec<&&str> = members
        .iter()
        .filter(|m| !runs.get(**m).is_some_and(|r| r.ran))
        .filter(|m| fs::metadata(instances.join(format!("{m}.jsonl"))).is_ok_and(|file| file.len() > 0))
        .collect();
    if !missing.is_empty() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(40).collect();
        eprintln!("{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
        eprintln!("oracle: no result from {missing:?} (build failure? see above)");
    }
    eprintln!("oracle tests built and ran in {:.1} s", started.elapsed().as_secs_f64());
    Ok(runs)
}

impl Prepared {
    /// The target's figures once its crate's test reported.
    fn finish(self, run: Option<&CrateRun>) -> Result<TargetOutcome> {
        let mut responses = Vec::new();
        for (mut outcome, lines) in self.responses {
            for (line, coverage) in lines {
                let failure = match (run, &self.generation_error) {
                    (_, Some(error)) => Some(format!("decode: the crate was not generated: {error}")),
                    (Some(run), None) if run.ran => run.failures.get(&line).cloned(),
                    _ => Some("decode: the crate's test did not run".to_owned()),
                };
                match failure {
                    None => {
                        outcome.decoded += 1;
                        outcome.lossless += 1;
                        outcome.coverage.add(coverage);
                    }
                    Some(error) => {
                        if error.starts_with("lossy") {
                            outcome.decoded += 1;
                            outcome.date_time_rewrites += usize::from(is_date_time_rewrite(&error));
                            outcome.coverage.add(coverage);
                        } else {
                            outcome.coverage.add(Coverage { typed: 0, ..coverage });
                        }
                        outcome.first_error.get_or_insert(error);
                    }
                }
            }
            responses.push(outcome);
        }
        Ok(TargetOutcome { name: self.name, responses, listed: self.listed })
    }
}

/// Whether a `lossy: … read "<a>" wrote "<b>"` message is about two date-times.
fn is_date_time_rewrite(error: &str) -> bool {
    let looks_like_date_time = |text: &str| text.len() >= 20 && text.as_bytes().get(10) == Some(&b'T');
    let Some((read, wrote)) = error.split_once(" read \"").and_then(|(_, rest)| rest.split_once("\" wrote \"")) else {
        return false;
    };
    looks_like_date_time(read) && looks_like_date_time(wrote.trim_end_matches('"'))
}

impl TargetOutcome {
    fn figures(&self) -> figures::Counts {
        let sum = |f: fn(&ResponseOutcome) -> usize| self.responses.iter().map(f).sum();
        let mut coverage = Coverage::default();
        for response in &self.responses {
            coverage.add(response.coverage);
        }
        figures::Counts {
            drawn: sum(|r| r.drawn),
            decoded: sum(|r| r.decoded),
            lossless: sum(|r| r.lossless),
            coverage: Some(coverage),
        }
    }
}

/// The table of figures, then the first failing responses of each target; all of them go to
/// `<root>/failures.txt`.
/// Prints the figures and the failures; returns the table of figures.
fn print_report(outcomes: &[TargetOutcome], root: &Path) -> Result<String> {
    let header = [
        "target",
        "responses",
        "drawn",
        "decoded",
        "lossless",
        "decoded %",
        "lossless %",
        "typed %",
        "typed leaves",
        "lossy date-time",
        "untyped error",
        "listed",
    ];
    let mut rows = vec![header.map(String::from).to_vec()];
    let mut total = figures::Counts::default();
    let mut details = String::new();
    let mut shown = Vec::new();
    for outcome in outcomes {
        let counts = outcome.figures();
        total.add(&counts);
        rows.push(vec![
            outcome.name.clone(),
            outcome.responses.len().to_string(),
            counts.drawn.to_string(),
            counts.decoded.to_string(),
            counts.lossless.to_string(),
            percent(counts.decoded, counts.drawn),
            percent(counts.lossless, counts.drawn),
            typed_percent(counts.coverage),
            typed_leaves(counts.coverage),
            outcome.responses.iter().map(|r| r.date_time_rewrites).sum::<usize>().to_string(),
            outcome.responses.iter().map(|r| r.untyped).sum::<usize>().to_string(),
            outcome.listed.to_string(),
        ]);
        let failing: Vec<&ResponseOutcome> = outcome.responses.iter().filter(|r| r.first_error.is_some()).collect();
        for (index, response) in failing.iter().enumerate() {
            let line = format!(
                "{} | {}: {}/{} decoded, {} lossless; {}",
                outcome.name,
                response.label,
                response.decoded,
                response.drawn,
                response.lossless,
                response.first_error.as_deref().unwrap_or_default()
            );
            details.push_str(&line);
            details.push('\n');
            if index < SHOWN_FAILURES {
                shown.push(line);
            }
        }
        if failing.len() > SHOWN_FAILURES {
            shown.push(format!("{} | … and {} more failing responses", outcome.name, failing.len() - SHOWN_FAILURES));
        }
    }
    rows.push(vec![
        "total".into(),
        outcomes.iter().map(|o| o.responses.len()).sum::<usize>().to_string(),
        total.drawn.to_string(),
        total.decoded.to_string(),
        total.lossless.to_string(),
        percent(total.decoded, total.drawn),
        percent(total.lossless, total.drawn),
        typed_percent(total.coverage),
        typed_leaves(total.coverage),
        outcomes.iter().flat_map(|o| &o.responses).map(|r| r.date_time_rewrites).sum::<usize>().to_string(),
        outcomes.iter().flat_map(|o| &o.responses).map(|r| r.untyped).sum::<usize>().to_string(),
        outcomes.iter().map(|o| o.listed).sum::<usize>().to_string(),
    ]);
    println!(
        "\nschema oracles: instances drawn from OpenAPI response schemas, decoded and re-encoded by the generated models"
    );
    let table = table_text(&rows);
    print!("{table}");
    println!(
        "typed: leaf values (strings, numbers, booleans, nulls) of the instances that land in typed fields, \
         not among extra properties, in a `serde_json::Value` or as a guessed field of another shape"
    );
    let path = root.join("failures.txt");
    fs::write(&path, &details).with_context(|| format!("writing {}", path.display()))?;
    if !shown.is_empty() {
        println!("\nfailing responses (first error of each; all in {}):", path.display());
        for line in shown {
            println!("  {}", truncate(&line, 300));
        }
    }
    Ok(table)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 { "-".into() } else { format!("{:.1}", 100.0 * part as f64 / whole as f64) }
}

fn typed_percent(coverage: Option<Coverage>) -> String {
    coverage.map_or_else(|| "-".into(), |c| percent(c.typed, c.leaves))
}

/// `typed/leaves`.
fn typed_leaves(coverage: Option<Coverage>) -> String {
    coverage.map_or_else(|| "-".into(), |c| format!("{}/{}", c.typed, c.leaves))
}

fn truncate(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// Aligned columns, a line each: the first left-aligned, the others right-aligned.
fn table_text(rows: &[Vec<String>]) -> String {
    let mut text = String::new();
    let mut widths = vec![0; rows.first().map_or(0, Vec::len)];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &width))| if i == 0 { format!("{cell:<width$}") } else { format!("{cell:>width$}") })
            .collect();
        text.push_str(cells.join("  ").trim_end());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_time_rewrites_are_told_apart_from_other_losses() {
        let rewrite = r#"lossy: `.at` read "2024-01-02T03:04:05+02:00" wrote "2024-01-02T01:04:05Z""#;
        assert!(is_date_time_rewrite(rewrite));
        assert!(!is_date_time_rewrite(r#"lossy: `.n` read "abc" wrote "abd""#));
        assert!(!is_date_time_rewrite("lossy: `.x` dropped"));
    }

    #[test]
    fn seeds_differ_per_response_and_stay_fixed() {
        assert_ne!(seed("a.yaml", "GET /x 200"), seed("a.yaml", "GET /x 201"));
        assert_ne!(seed("ab", "c"), seed("a", "bc"));
        assert_eq!(seed("a.yaml", "GET /x 200"), seed("a.yaml", "GET /x 200"));
    }
}

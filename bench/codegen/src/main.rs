//! `bench-codegen TOOL SPEC OUT RUNS`: runs one generator in-process on one spec RUNS times and prints one JSON line.
//!
//! TOOL is `ours` (the generator library: read → IR → emit → format → write the crate) or `progenitor` (the
//! progenitor library with default settings: read → generate tokens → prettyplease → write `src/lib.rs`). SPEC is
//! a spec file, or for `ours` a generation manifest (`.toml`). Each invocation measures one tool on one spec, so
//! the peak resident memory it reports (VmHWM) belongs to that pair alone.
//!
//! The JSON line: `{"tool", "spec", "runs_ms": [..], "operations", "lines", "peak_kib", "error"}`; on failure
//! `error` says why (a panic is caught and reported with its message) and the other figures may be missing.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;

use generator::manifest::Manifest;
use serde_json::{Value, json};

/// What the last panic said, kept by the panic hook so that a caught panic can be reported with its message.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Figures of one successful generation.
struct Output {
    operations: usize,
    lines: usize,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [tool, spec, out, runs] = args.as_slice() else {
        eprintln!("usage: bench-codegen ours|progenitor SPEC OUT RUNS");
        return ExitCode::from(2);
    };
    let Ok(runs) = runs.parse::<usize>() else {
        eprintln!("RUNS must be a number, not {runs:?}");
        return ExitCode::from(2);
    };
    let (spec, out) = (PathBuf::from(spec), PathBuf::from(out));
    let once: fn(&Path, &Path) -> Result<Output, String> = match tool.as_str() {
        "ours" => ours,
        "progenitor" => progenitor,
        other => {
            eprintln!("unknown tool {other:?}");
            return ExitCode::from(2);
        }
    };
    panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("panicked{location}: {message}"));
        }
    }));

    let mut runs_ms = Vec::new();
    let mut figures = None;
    let mut error = None;
    for _ in 0..runs.max(1) {
        // Every run writes into an emptied folder, as the CLIs do: a folder that already holds the crate
        // would be left alone by ours (nothing to write), and one holding an older crate costs a swap.
        if let Err(e) = fs::remove_dir_all(&out).or_else(|e| if out.exists() { Err(e) } else { Ok(()) }) {
            eprintln!("emptying {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
        let started = Instant::now();
        let result = panic::catch_unwind(AssertUnwindSafe(|| once(&spec, &out)));
        let elapsed = started.elapsed().as_secs_f64() * 1e3;
        match result {
            Ok(Ok(output)) => {
                runs_ms.push(elapsed);
                figures = Some(output);
            }
            Ok(Err(message)) => {
                error = Some(message);
                break;
            }
            Err(_) => {
                let message = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
                error = Some(message.unwrap_or_else(|| "panicked".to_owned()));
                break;
            }
        }
    }
    let line = json!({
        "tool": tool,
        "spec": spec.display().to_string(),
        "runs_ms": runs_ms,
        "operations": figures.as_ref().map(|f| f.operations),
        "lines": figures.as_ref().map(|f| f.lines),
        "peak_kib": peak_kib(),
        "error": error,
    });
    println!("{line}");
    ExitCode::SUCCESS
}

/// Our generator, as `cargo xtask generate` and the CLI run it: the whole crate, written atomically.
fn ours(spec: &Path, out: &Path) -> Result<Output, String> {
    let manifest = if spec.extension().is_some_and(|e| e == "toml") {
        let mut manifest = Manifest::load(spec).map_err(|e| e.to_string())?;
        manifest.output = out.to_owned();
        manifest
    } else {
        Manifest::for_specs(&[spec.to_owned()], out.to_owned(), "bench-ours")
    };
    let generation = generator::generate(&manifest).map_err(|e| first_line(&e.to_string()))?;
    let options = generator::output::Options { keep_foreign: false, read: generation.read.clone() };
    generator::output::write_atomically(out, &generation.files, &options).map_err(|e| e.to_string())?;
    let lines = generation.files.iter().filter(|(path, _)| path.ends_with(".rs")).map(|(_, code)| code.lines().count());
    Ok(Output { operations: generation.summaries.iter().map(|s| s.operations).sum(), lines: lines.sum() })
}

/// Progenitor with its default settings; its tokens printed by prettyplease; the file written like ours.
fn progenitor(spec: &Path, out: &Path) -> Result<Output, String> {
    let text = fs::read_to_string(spec).map_err(|e| format!("reading {}: {e}", spec.display()))?;
    // As cargo-progenitor loads a document: JSON first, then YAML.
    let api: openapiv3::OpenAPI = match serde_json::from_str(&text) {
        Ok(api) => api,
        Err(json) => serde_yaml::from_str(&text).map_err(|yaml| {
            let error = if text.trim_start().starts_with('{') { json.to_string() } else { yaml.to_string() };
            format!("not an OpenAPI 3.0 document: {error}")
        })?,
    };
    let operations = api.operations().count();
    let mut generator = progenitor::Generator::new(&progenitor::GenerationSettings::default());
    let tokens =
        generator.generate_tokens(&api).map_err(|e| format!("generation failed: {}", first_line(&e.to_string())))?;
    let file = syn::parse2::<syn::File>(tokens).map_err(|e| format!("its output does not parse: {e}"))?;
    let code = prettyplease::unparse(&file);
    let src = out.join("src");
    fs::create_dir_all(&src).map_err(|e| format!("creating {}: {e}", src.display()))?;
    let lib = src.join("lib.rs");
    fs::write(&lib, &code).map_err(|e| format!("writing {}: {e}", lib.display()))?;
    Ok(Output { operations, lines: code.lines().count() })
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
}

/// This process's peak resident memory so far, in KiB (`VmHWM` of /proc/self/status).
fn peak_kib() -> Value {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
    json!(kib)
}

//! The second half of `cargo xtask corpus`: every generated crate's `tests/spec_examples.rs` runs,
//! and the example bodies that do not decode are compared with the reviewed list of spec
//! inconsistencies (`tests/corpus-example-inconsistencies.txt`): examples that contradict their
//! own schema. A failure that is not listed, or a listed example that now decodes, fails the run.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

/// What the example tests found.
pub struct Outcome {
    /// Examples checked, over all crates.
    pub checked: usize,
    /// Failures not in the reviewed list: `label: error`.
    pub unexpected: Vec<String>,
    /// Reviewed entries whose example now decodes.
    pub stale: Vec<String>,
    /// Failures that the reviewed list explains.
    pub explained: usize,
}

/// Runs `cargo test --test spec_examples` over the corpus workspace (whose members are `crates`) and compares with
/// `reviewed`; entries about crates outside the run (a `--filter`ed one) are neither failures nor stale.
pub fn check(root: &Path, crates: &[&str], reviewed: &Path) -> Result<Outcome> {
    let started = Instant::now();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["test", "--workspace", "--no-fail-fast", "--test", "spec_examples", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        // Every test prints its count, passing or not.
        .args(["--", "--nocapture"])
        .env("CARGO_TARGET_DIR", super::target_dir(root))
        // Throw-away crates: an incremental cache of 155 of them fills a disk (20 GB once).
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .context("running the corpus example tests")?;
    let Printed { ran, checked, failures } = read_printed(&String::from_utf8_lossy(&output.stdout));
    // A crate whose test never reports (it did not build, or aborted: a stack overflow) checked nothing.
    let silent: Vec<&&str> = crates
        .iter()
        .filter(|krate| root.join("crates").join(krate).join("tests/spec_examples.rs").is_file())
        .filter(|krate| !ran.contains(**krate))
        .collect();
    if ran.is_empty() || !silent.is_empty() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(30).collect();
        anyhow::bail!(
            "the example tests of {silent:?} did not report:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
    // The example labels the run's crates check, to tell the reviewed entries about them from the others.
    let sources: String = crates
        .iter()
        .filter_map(|krate| fs::read_to_string(root.join("crates").join(krate).join("tests/spec_examples.rs")).ok())
        .collect();
    let (unexpected, stale, explained) = compare(&failures, read_reviewed(reviewed)?, &sources);
    eprintln!("example tests ran in {:.1} s", started.elapsed().as_secs_f64());
    Ok(Outcome { checked, unexpected, stale, explained })
}

/// The failures the reviewed entries do not explain, the entries whose example decodes, and how many failures they
/// explain; only entries about the API modules whose example tests are `sources` count.
fn compare(
    failures: &BTreeMap<String, String>,
    mut reviewed: BTreeMap<String, String>,
    sources: &str,
) -> (Vec<String>, Vec<String>, usize) {
    reviewed.retain(|label, _| {
        let module = label.split(" | ").next().unwrap_or_default();
        sources.contains(&format!("\"{module} | "))
    });
    let unexpected = failures
        .iter()
        .filter(|(label, _)| !reviewed.contains_key(label.as_str()))
        .map(|(label, error)| format!("{label}: {error}"))
        .collect();
    let stale = reviewed.keys().filter(|label| !failures.contains_key(label.as_str())).cloned().collect();
    let explained = failures.keys().filter(|label| reviewed.contains_key(label.as_str())).count();
    (unexpected, stale, explained)
}

/// What the example tests printed.
struct Printed {
    /// Crates whose example test ran to the end (one without examples prints `EXAMPLES: 0 checked`).
    ran: std::collections::BTreeSet<String>,
    /// Examples checked, over all crates.
    checked: usize,
    /// Failures: label to error.
    failures: BTreeMap<String, String>,
}

fn read_printed(stdout: &str) -> Printed {
    let mut printed = Printed { ran: Default::default(), checked: 0, failures: BTreeMap::new() };
    for line in stdout.lines() {
        if let Some(failure) = crate::after_marker(line, "EXAMPLE-FAILURE: ") {
            let (label, error) = split_label(failure);
            printed.failures.insert(label.to_owned(), error.to_owned());
        } else if let Some(rest) = crate::after_marker(line, "EXAMPLES: ") {
            let count = rest.split(' ').next().unwrap_or_default();
            printed.checked += count.parse::<usize>().unwrap_or(0);
            printed.ran.insert(rest.rsplit(" in ").next().unwrap_or_default().to_owned());
        }
    }
    printed
}

/// Splits `module | operation | status | example N: error` after the example number.
fn split_label(failure: &str) -> (&str, &str) {
    let Some(at) = failure.find(" | example ") else { return (failure, "") };
    let after = at + " | example ".len();
    let digits = failure.get(after..).map_or(0, |rest| rest.bytes().take_while(u8::is_ascii_digit).count());
    let end = after + digits;
    let label = failure.get(..end).unwrap_or(failure);
    let error = failure.get(end..).map_or("", |rest| rest.trim_start_matches(':').trim());
    (label, error)
}

/// The reviewed list: `label -> reason` lines; `#` starts a comment.
fn read_reviewed(path: &Path) -> Result<BTreeMap<String, String>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut entries = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((label, reason)) = line.split_once(" -> ") else {
            anyhow::bail!("{}:{}: expected `<example> -> <reason>`", path.display(), number + 1);
        };
        entries.insert(label.trim().to_owned(), reason.trim().to_owned());
    }
    Ok(entries)
}

/// Prints the outcome; whether it failed.
pub fn report(outcome: &Outcome) -> bool {
    println!(
        "\nexample bodies: {} checked, {} contradict their own schema (reviewed), {} unexpected failures, {} stale entries",
        outcome.checked,
        outcome.explained,
        outcome.unexpected.len(),
        outcome.stale.len()
    );
    for failure in &outcome.unexpected {
        println!("  does not decode (fix the generator, or list it with the reason): {failure}");
    }
    for entry in &outcome.stale {
        println!("  listed but decodes now (remove it from the list): {entry}");
    }
    !outcome.unexpected.is_empty() || !outcome.stale.is_empty()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::{compare, read_printed, split_label};

    #[test]
    fn reviewed_entries_about_modules_outside_the_run_are_neither_stale_nor_excuses() {
        let entry = |label: &str| (label.to_owned(), "reason".to_owned());
        let reviewed: BTreeMap<String, String> =
            [entry("a | op | 200 | example 1"), entry("a | op | 200 | example 2"), entry("b | op | 200 | example 1")]
                .into();
        let failures: BTreeMap<String, String> =
            [entry("a | op | 200 | example 1"), entry("a | op | 404 | example 1")].into();
        let sources = r#"const EXAMPLES = &[("a | op | 200 | example 1", decodes::<X>, "{}")];"#;
        let (unexpected, stale, explained) = compare(&failures, reviewed, sources);
        assert_eq!(unexpected, ["a | op | 404 | example 1: reason"]);
        assert_eq!(stale, ["a | op | 200 | example 2"]);
        assert_eq!(explained, 1);
    }

    /// Regression (class: a crate whose responses have types but no examples): its test runs and
    /// checks nothing, which is not a failure to run.
    #[test]
    fn example_tests_that_check_no_example_still_ran() {
        let printed = read_printed("running 2 tests\nEXAMPLES: 0 checked, 0 failed in a\ntest result: ok\n");
        assert_eq!((printed.ran.iter().map(String::as_str).collect::<Vec<_>>(), printed.checked), (vec!["a"], 0));
        let printed =
            read_printed("EXAMPLE-FAILURE: m | op | 200 | example 1: bad\nEXAMPLES: 3 checked, 1 failed in corpus-m\n");
        assert_eq!(
            (printed.ran.iter().map(String::as_str).collect::<Vec<_>>(), printed.checked),
            (vec!["corpus-m"], 3)
        );
        assert_eq!(printed.failures.get("m | op | 200 | example 1").map(String::as_str), Some("bad"));
        assert!(read_printed("error: could not compile").ran.is_empty());
    }

    /// Regression (class: test output interleaved by the harness): `test oracle_instances ... ok`
    /// printed just before a count or a failure on the same line made it uncounted (the full run
    /// reported 4,445, 4,541 and 4,447 examples checked on the same crates), and could have hidden
    /// a failure.
    #[test]
    fn counts_and_failures_printed_after_another_tests_result_are_read() {
        let printed = read_printed(
            "test oracle_instances ... okEXAMPLES: 6 checked, 1 failed in corpus-m\n\
             test oracle_instances ... EXAMPLE-FAILURE: m | op | 200 | example 2: bad\n",
        );
        assert_eq!(
            (printed.ran.iter().map(String::as_str).collect::<Vec<_>>(), printed.checked),
            (vec!["corpus-m"], 6)
        );
        assert_eq!(printed.failures.get("m | op | 200 | example 2").map(String::as_str), Some("bad"));
    }

    #[test]
    fn labels_split_after_the_example_number() {
        let line = "github_api | repos/get: content | 200 | example 12: at `x`: missing field `y`";
        assert_eq!(
            split_label(line),
            ("github_api | repos/get: content | 200 | example 12", "at `x`: missing field `y`")
        );
    }
}

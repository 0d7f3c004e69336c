//! Diagnostic codes and lint levels through the command line: every code's example in the table
//! yields that code; warnings can be allowed and denied by code or name, on the command line and
//! in a manifest's `[api.lints]`; errors cannot be allowed; `explain` prints the explanation.

use std::path::{Path, PathBuf};

use generator::cli::{EXIT_SPEC, EXIT_USAGE, run};
use generator::diagnostic::Severity;
use generator::diagnostic::codes::{ALL, Code};

/// Runs the command line; returns the exit code, stdout and stderr.
fn cli(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(std::iter::once("spec-to-rust").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

/// A folder holding `code`'s example spec (and overrides file); the arguments that generate it
/// into `out` inside that folder.
fn example(dir: &Path, code: Code) -> Vec<String> {
    let entry = code.entry();
    let root = dir.join(entry.id);
    std::fs::create_dir_all(&root).unwrap_or_else(|e| panic!("{e}"));
    let spec = root.join(entry.example.file);
    std::fs::write(&spec, entry.example.text).unwrap_or_else(|e| panic!("{e}"));
    let out: PathBuf = root.join("out");
    let mut args =
        vec!["generate".to_owned(), spec.display().to_string(), "--out".to_owned(), out.display().to_string()];
    if let Some(overrides) = entry.example.overrides {
        let file = root.join("overrides.toml");
        std::fs::write(&file, overrides).unwrap_or_else(|e| panic!("{e}"));
        args.extend(["--overrides".to_owned(), file.display().to_string()]);
    }
    args
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// Every code has an explanation whose example yields it: errors fail generation, warnings are
/// reported, silenced by `--allow` (by name) and turned into a failure by `--deny` (by code).
#[test]
fn every_code_has_an_example_that_yields_it_and_warnings_follow_their_levels() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for &code in ALL {
        let entry = code.entry();
        let args = example(dir.path(), code);
        let tag = match entry.severity {
            Severity::Error => format!("error[{}]", entry.id),
            Severity::Warning => format!("warning[{}]", entry.id),
        };
        let (exit, _, report) = cli(&strs(&args));
        let expected_exit = if entry.severity == Severity::Error { EXIT_SPEC } else { 0 };
        if exit != expected_exit || !report.contains(&tag) {
            failures.push(format!("{}: exit {exit}, expected {expected_exit} and `{tag}`:\n{report}", entry.id));
            continue;
        }
        let allow = [args.clone(), vec!["--allow".into(), entry.name.into()]].concat();
        let (exit, _, report) = cli(&strs(&allow));
        match entry.severity {
            Severity::Error => {
                let refused = format!("{} is an error: errors cannot be allowed", code.label());
                if exit != EXIT_USAGE || !report.contains(&refused) {
                    failures.push(format!("{}: --allow of an error: exit {exit}\n{report}", entry.id));
                }
            }
            Severity::Warning => {
                if exit != 0 || report.contains(entry.id) {
                    failures.push(format!("{}: --allow {}: exit {exit}\n{report}", entry.id, entry.name));
                }
                let deny = [args.clone(), vec!["--deny".into(), entry.id.into()]].concat();
                let (exit, _, report) = cli(&strs(&deny));
                let denied = format!("error[{}]", entry.id);
                if exit != EXIT_SPEC || !report.contains(&denied) || !report.contains("denied; nothing was written") {
                    failures.push(format!("{}: --deny: exit {exit}\n{report}", entry.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}

#[test]
fn explain_prints_the_explanation_by_code_or_name_and_lists_every_code() {
    let (exit, by_code, _) = cli(&["explain", "S2R0011"]);
    assert_eq!(exit, 0);
    assert!(by_code.starts_with("# S2R0011 `inferred-from-example`: A body has no schema"), "{by_code}");
    assert!(by_code.contains("example: {name: Rex, age: 3}") && by_code.contains("Fix: "), "{by_code}");
    assert_eq!(cli(&["explain", "inferred-from-example"]).1, by_code);
    assert_eq!(cli(&["explain", "s2r0011"]).1, by_code);
    let (_, error, _) = cli(&["explain", "unresolved-reference"]);
    assert!(error.contains("Errors cannot be allowed"), "{error}");
    let (exit, list, _) = cli(&["explain"]);
    assert_eq!(exit, 0);
    assert_eq!(list.lines().count(), ALL.len());
    assert!(list.contains("S2R0006 unresolved-reference"), "{list}");
    let (exit, _, err) = cli(&["explain", "S2R9999"]);
    assert_eq!(exit, EXIT_USAGE);
    assert!(err.contains("no diagnostic is called `S2R9999`"), "{err}");
}

/// `--deny-warnings` denies every warning but the kinds given `--allow` or `--warn`; an unknown
/// name is a usage error.
#[test]
fn deny_warnings_spares_the_kinds_allowed_or_warned_by_name() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // No server URL (S2R0017) and a placeholder without a parameter (S2R0016).
    let args = example(dir.path(), Code::PathParameterMismatch);
    let spec_without_server = dir.path().join("no-server.yaml");
    let text =
        Code::PathParameterMismatch.entry().example.text.replace("servers: [{url: 'https://api.example.com'}]\n", "");
    std::fs::write(&spec_without_server, text).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out2").display().to_string();
    let spec = spec_without_server.display().to_string();
    let base = ["generate", spec.as_str(), "--out", out.as_str(), "--deny-warnings"];
    let (exit, _, report) = cli(&base);
    assert_eq!(exit, EXIT_SPEC, "{report}");
    assert!(report.contains("error: 2 warnings, and --deny-warnings is set; nothing was written"), "{report}");
    let (exit, _, report) = cli(&[&base[..], &["--allow", "missing-base-url", "--warn", "S2R0016"]].concat());
    assert_eq!(exit, 0, "{report}");
    assert!(report.contains("warning[S2R0016]") && !report.contains("S2R0017]"), "{report}");
    let (exit, _, report) = cli(&[&strs(&args)[..], &["--allow", "no-such-lint"]].concat());
    assert_eq!(exit, EXIT_USAGE);
    assert!(report.contains("unknown diagnostic `no-such-lint`"), "{report}");
}

/// `[api.lints]` in a manifest sets levels for that API only; the command line's win.
#[test]
fn a_manifest_sets_lint_levels_per_api() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = Code::InferredFromExample.entry().example.text;
    std::fs::write(dir.path().join("a.yaml"), spec).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("b.yaml"), spec).unwrap_or_else(|e| panic!("{e}"));
    let manifest = |lints_a: &str, lints_b: &str| {
        let text = format!(
            "[crate]\nname = \"two\"\nversion = \"0.1.0\"\ndescription = \"d\"\noutput = \"out\"\n\n\
             [[api]]\nmodule = \"a\"\nspec = \"a.yaml\"\n\n[api.lints]\n{lints_a}\n\n\
             [[api]]\nmodule = \"b\"\nspec = \"b.yaml\"\n\n[api.lints]\n{lints_b}\n"
        );
        let path = dir.path().join("generate.toml");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    };
    // `a` allows the guess, `b` keeps it a warning: one warning, about b.yaml.
    let path = manifest("allow = [\"inferred-from-example\"]", "warn = [\"S2R0011\"]");
    let (exit, _, report) = cli(&["generate", "--manifest", &path]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(report.matches("warning[S2R0011]").count(), 1, "{report}");
    assert!(report.contains("b.yaml") && !report.contains("a.yaml"), "{report}");
    // `b` denies it: nothing is written, and `check` fails the same way.
    std::fs::remove_dir_all(dir.path().join("out")).unwrap_or_else(|e| panic!("{e}"));
    let path = manifest("allow = [\"inferred-from-example\"]", "deny = [\"inferred-from-example\"]");
    let (exit, _, report) = cli(&["generate", "--manifest", &path]);
    assert_eq!(exit, EXIT_SPEC, "{report}");
    assert!(report.contains("error[S2R0011]") && report.contains("1 warning denied; nothing was written"), "{report}");
    assert!(!dir.path().join("out").exists());
    let (exit, _, report) = cli(&["check", "--manifest", &path]);
    assert_eq!(exit, EXIT_SPEC, "{report}");
    // The command line's level wins over the manifest's.
    let (exit, _, report) = cli(&["generate", "--manifest", &path, "--allow", "S2R0011"]);
    assert_eq!(exit, 0, "{report}");
    // An error in a manifest's `allow` is refused, naming the module.
    let path = manifest("allow = [\"unresolved-reference\"]", "");
    let (exit, _, report) = cli(&["generate", "--manifest", &path]);
    assert_eq!(exit, EXIT_USAGE, "{report}");
    assert!(
        report
            .contains("module `a`: [api.lints]: S2R0006 (unresolved-reference) is an error: errors cannot be allowed"),
        "{report}"
    );
}

/// The guide's index is generated from the same table: every code has a section there.
#[test]
fn the_committed_diagnostics_index_is_the_tables() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/src/diagnostics.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generator::diagnostic::codes::index_markdown(),
        "docs/src/diagnostics.md is stale: run `cargo xtask generate`"
    );
    for code in ALL {
        assert!(committed.contains(&format!("## {} `{}`", code.entry().id, code.entry().name)));
    }
}

//! The installed tool (`cargo install --path generator`): named `spec-to-rust`, it says its
//! version and lists its subcommands.

use std::process::Command;

fn run(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_spec-to-rust")).args(args).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_tool_says_its_name_and_version() {
    assert_eq!(run(&["--version"]), format!("spec-to-rust {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_help_lists_generate_check_and_diff() {
    let help = run(&["--help"]);
    assert!(
        help.starts_with("Turns OpenAPI documents and Postman collections into a typed Rust client crate."),
        "{help}"
    );
    let usage = help.lines().find(|l| l.starts_with("Usage:")).unwrap_or_default().to_owned();
    assert_eq!(usage, "Usage: spec-to-rust <COMMAND>");
    for command in ["generate", "diff", "check"] {
        assert!(help.lines().any(|l| l.trim_start().starts_with(command)), "{command}: {help}");
    }
}

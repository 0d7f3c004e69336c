//! `--out` never destroys what the generator did not write: the built binary is run against
//! folders it must refuse, and every refusal leaves the folder and its neighbours as they were.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const SPEC: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://h.example'}]\npaths: {}\n";

/// Runs the generator binary in `cwd`; returns its exit code and stderr.
fn generate(cwd: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_spec-to-rust"))
        .current_dir(cwd)
        .arg("generate")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn write(path: &Path, contents: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    }
    fs::write(path, contents).unwrap_or_else(|e| panic!("{e}"));
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Names of the entries of `dir`, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|e| e.unwrap_or_else(|e| panic!("{e}")).file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A project with a `.git` folder and a source file, and a spec outside it.
struct Scene {
    _dir: tempfile::TempDir,
    root: PathBuf,
    project: PathBuf,
    spec: PathBuf,
}

fn scene() -> Scene {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().canonicalize().unwrap_or_else(|e| panic!("{e}"));
    let project = root.join("project");
    write(&project.join(".git/HEAD"), "ref: refs/heads/main\n");
    write(&project.join("src/main.rs"), "fn main() {}\n");
    let spec = root.join("specs/api.yaml");
    write(&spec, SPEC);
    Scene { _dir: dir, root, project, spec }
}

impl Scene {
    fn spec(&self) -> &str {
        self.spec.to_str().unwrap_or_else(|| panic!("non-UTF-8 temp path"))
    }

    /// The project and the folders around it hold exactly what they held before.
    fn assert_untouched(&self) {
        assert_eq!(read(&self.project.join("src/main.rs")), "fn main() {}\n");
        assert_eq!(read(&self.project.join(".git/HEAD")), "ref: refs/heads/main\n");
        assert_eq!(entries(&self.project), [".git", "src"]);
        assert_eq!(entries(&self.root), ["project", "specs"], "a staging folder was left behind");
        assert_eq!(entries(&self.root.join("specs")), ["api.yaml"]);
    }
}

#[test]
fn the_current_folder_is_refused() {
    let scene = scene();
    let (code, report) = generate(&scene.project, &[scene.spec(), "--out", "."]);
    assert_eq!(code, 2, "{report}");
    assert!(report.contains("the output folder is the current folder or one of its parents"), "{report}");
    scene.assert_untouched();
}

#[test]
fn a_parent_of_the_current_folder_is_refused() {
    let scene = scene();
    for out in ["..", "../project/..", scene.root.to_str().unwrap_or_default(), "/"] {
        let (code, report) = generate(&scene.project.join("src"), &[scene.spec(), "--out", out]);
        assert_eq!(code, 2, "--out {out}: {report}");
        assert!(report.contains("current folder or one of its parents"), "--out {out}: {report}");
    }
    scene.assert_untouched();
}

#[test]
fn a_folder_holding_a_spec_is_refused() {
    let scene = scene();
    for out in ["specs", "specs/.", "specs/api.yaml"] {
        let (code, report) = generate(&scene.root.join("project"), &[scene.spec(), "--out", &format!("../{out}")]);
        assert_eq!(code, 2, "--out {out}: {report}");
        assert!(report.contains("contains the spec"), "--out {out}: {report}");
    }
    scene.assert_untouched();
}

#[test]
fn a_folder_the_generator_did_not_write_is_refused() {
    let scene = scene();
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "project"]);
    assert_eq!(code, 2, "{report}");
    assert!(report.contains("was not written by this generator"), "{report}");
    assert!(report.contains("refusing to replace it"), "{report}");
    scene.assert_untouched();
    // A Cargo.toml of someone else's crate is not the marker either.
    write(&scene.project.join("Cargo.toml"), "[package]\nname = \"mine\"\n");
    let (code, _) = generate(&scene.root, &[scene.spec(), "--out", "project"]);
    assert_eq!(code, 2);
    assert_eq!(read(&scene.project.join("Cargo.toml")), "[package]\nname = \"mine\"\n");
}

#[test]
fn a_file_in_the_way_is_an_error_before_anything_is_swapped() {
    let scene = scene();
    let file = scene.project.join("src/main.rs");
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", file.to_str().unwrap_or_default()]);
    assert_eq!(code, 2, "{report}");
    assert!(report.contains("the output path is a file, not a folder; nothing was written"), "{report}");
    assert_eq!(entries(&scene.project.join("src")), ["main.rs"], "a staging folder was left behind");
    scene.assert_untouched();
}

#[test]
fn an_empty_folder_is_filled_and_generated_output_is_replaced() {
    let scene = scene();
    let out = scene.root.join("client");
    fs::create_dir(&out).unwrap_or_else(|e| panic!("{e}"));
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    assert!(read(&out.join("Cargo.toml")).starts_with("# @generated by the spec-to-Rust generator"));
    // Generated output is replaced as a whole, stray files included.
    write(&out.join("stray.rs"), "");
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    assert!(!out.join("stray.rs").exists());
    assert_eq!(entries(&scene.root), ["client", "project", "specs"], "a staging folder was left behind");
}

#[test]
fn a_failed_generation_leaves_no_staging_folder() {
    let scene = scene();
    // The parent of the output folder is a file: the staging folder cannot even be made.
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "project/src/main.rs/out"]);
    assert_eq!(code, 2, "{report}");
    scene.assert_untouched();
}

#[test]
fn crate_names_are_checked() {
    let scene = scene();
    for (name, message) in [
        ("../evil", "contains '.'"),
        ("", "the crate name is empty"),
        ("a b", "contains ' '"),
        ("1up", "must start with a letter"),
        ("self", "reserved by Rust"),
        ("a\nb", "contains '\\n'"),
    ] {
        let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client", "--crate-name", name]);
        assert_eq!(code, 2, "--crate-name {name:?}: {report}");
        assert!(report.contains(message), "--crate-name {name:?}: {report}");
        assert!(!scene.root.join("client").exists());
        assert!(!scene.root.join("evil").exists());
    }
    scene.assert_untouched();
}

#[test]
fn a_valid_crate_name_that_is_not_snake_case_gets_no_lint_warning() {
    let scene = scene();
    for name in ["a__b", "MyApi"] {
        let (code, report) = generate(&scene.root, &[scene.spec(), "--out", name, "--crate-name", name]);
        assert_eq!(code, 0, "{report}");
        let lib = read(&scene.root.join(name).join("src/lib.rs"));
        assert!(lib.contains("#![allow(non_snake_case)]"), "{lib}");
    }
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "snake", "--crate-name", "my-api"]);
    assert_eq!(code, 0, "{report}");
    assert!(!read(&scene.root.join("snake/src/lib.rs")).contains("non_snake_case"));
}

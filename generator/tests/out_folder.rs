//! `--out` never destroys what the generator did not write: the built binary is run against
//! folders it must refuse, and every refusal leaves the folder and its neighbours as they were;
//! regenerating replaces only the files the generator recorded and keeps every other one.

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
    assert!(
        report.contains("holds files this generator did not write (`.git/`, `src/main.rs`) and no record"),
        "{report}"
    );
    assert!(report.contains("--keep-foreign"), "{report}");
    scene.assert_untouched();
    // A Cargo.toml of someone else's crate is not the marker either, and is never overwritten.
    write(&scene.project.join("Cargo.toml"), "[package]\nname = \"mine\"\n");
    let (code, _) = generate(&scene.root, &[scene.spec(), "--out", "project"]);
    assert_eq!(code, 2);
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "project", "--keep-foreign"]);
    assert_eq!(code, 2, "{report}");
    assert!(
        report.contains("files the generator did not write are where the crate's files go: `Cargo.toml`"),
        "{report}"
    );
    assert_eq!(read(&scene.project.join("Cargo.toml")), "[package]\nname = \"mine\"\n");
    assert_eq!(entries(&scene.root), ["project", "specs"], "a staging folder was left behind");
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
    // Generated output is replaced; a file the generator did not write is kept, and named.
    write(&out.join("stray.rs"), "");
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    assert!(out.join("stray.rs").exists());
    assert!(report.contains("kept 1 entry in client that the generator did not write: `stray.rs`"), "{report}");
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

/// The files below `dir` (relative, `/`-separated) with their contents, sorted; folders end in `/`.
fn tree(dir: &Path) -> Vec<(String, String)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let name = path.strip_prefix(root).unwrap_or_else(|e| panic!("{e}")).to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                out.push((format!("{name}/"), String::new()));
                walk(root, &path, out);
            } else {
                out.push((name, read(&path)));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// A generated crate in `root/client` into which the user then put a `.git/`, a module and notes.
fn client_with_user_files(scene: &Scene) -> PathBuf {
    let out = scene.root.join("client");
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    write(&out.join(".git/HEAD"), "ref: refs/heads/main\n");
    write(&out.join(".git/objects/ab/cdef"), "blob");
    write(&out.join("src/mine.rs"), "pub fn mine() {}\n");
    write(&out.join("NOTES.md"), "notes\n");
    out
}

#[test]
fn regeneration_keeps_the_users_git_folder_modules_and_notes_and_names_them() {
    let scene = scene();
    let out = client_with_user_files(&scene);
    let record = read(&out.join(".generated-files"));
    assert!(record.contains("\nCargo.toml\n") && record.contains("\nsrc/lib.rs\n"), "{record}");
    assert!(!record.contains("mine") && !record.contains(".git"), "{record}");
    // A second spec adds a module; the user's files stay, byte for byte.
    let other = scene.root.join("specs/other.yaml");
    write(&other, SPEC);
    let other = other.to_str().unwrap_or_default();
    let user_files = |tree: Vec<(String, String)>| -> Vec<(String, String)> {
        tree.into_iter()
            .filter(|(path, _)| path.starts_with(".git") || path == "src/mine.rs" || path == "NOTES.md")
            .collect()
    };
    let before = user_files(tree(&out));
    assert_eq!(before.len(), 7, "{before:?}");
    let (code, report) = generate(&scene.root, &[scene.spec(), other, "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    assert!(
        report
            .contains("kept 3 entries in client that the generator did not write: `.git/`, `NOTES.md`, `src/mine.rs`"),
        "{report}"
    );
    assert_eq!(user_files(tree(&out)), before);
    assert!(out.join("src/other.rs").exists() || out.join("src/other/mod.rs").exists(), "{:?}", tree(&out));
    assert!(read(&out.join(".generated-files")).contains("src/other"));
    // Dropping the spec again removes exactly its module, and nothing of the user's.
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    assert!(!out.join("src/other.rs").exists() && !out.join("src/other").exists(), "{:?}", tree(&out));
    assert!(!read(&out.join(".generated-files")).contains("src/other"));
    assert_eq!(user_files(tree(&out)), before);
    assert_eq!(entries(&scene.root), ["client", "project", "specs"], "a staging folder was left behind");
}

#[test]
fn a_first_run_into_a_folder_of_others_is_refused_with_its_files_unless_told_to_keep_them() {
    let scene = scene();
    for index in 0..14 {
        write(&scene.project.join(format!("notes/{index:02}.md")), "n");
        write(&scene.project.join(format!("n{index:02}.md")), "n");
    }
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "project"]);
    assert_eq!(code, 2, "{report}");
    // Many entries are named up to ten, then counted; a folder of others is named once.
    assert!(report.contains("(`.git/`, `n00.md`, `n01.md`, "), "{report}");
    assert!(report.contains("`n08.md` and 7 more)"), "{report}");
    let before = tree(&scene.project);
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "project", "--keep-foreign"]);
    assert_eq!(code, 0, "{report}");
    assert!(report.contains("kept 17 entries in project"), "{report}");
    let after = tree(&scene.project);
    assert!(before.iter().all(|entry| after.contains(entry)), "a file of the user's changed");
    assert!(read(&scene.project.join("Cargo.toml")).starts_with("# @generated"));
    assert!(scene.project.join("src/main.rs").exists() && scene.project.join("src/lib.rs").exists());
    // From now on the record says what is ours: no flag is needed.
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "project"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(read(&scene.project.join("src/main.rs")), "fn main() {}\n");
}

#[test]
fn a_file_read_through_a_ref_inside_the_output_folder_survives() {
    let scene = scene();
    let out = client_with_user_files(&scene);
    let shared = "Shared: {type: object, properties: {name: {type: string}}}\n";
    write(&out.join("schemas/shared.yaml"), shared);
    let spec = scene.root.join("api.yaml");
    write(
        &spec,
        &format!("{SPEC}components:\n  schemas:\n    Thing: {{$ref: 'client/schemas/shared.yaml#/Shared'}}\n"),
    );
    let spec = spec.to_str().unwrap_or_default();
    let (code, report) = generate(&scene.root, &[spec, "--out", "client"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(read(&out.join("schemas/shared.yaml")), shared);
    assert!(report.contains("`schemas/`"), "{report}");
    // A record that claims the file (edited by hand, or by someone else) does not get it deleted.
    let record = read(&out.join(".generated-files"));
    write(&out.join(".generated-files"), &format!("{record}schemas/shared.yaml\n"));
    let (code, report) = generate(&scene.root, &[spec, "--out", "client"]);
    assert_eq!(code, 2, "{report}");
    assert!(
        report.contains("shared.yaml` is read as a spec (or through a `$ref`) and would be replaced or removed"),
        "{report}"
    );
    assert_eq!(read(&out.join("schemas/shared.yaml")), shared);
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_folder_stays_a_link_to_the_folder_written() {
    let scene = scene();
    let real = scene.root.join("real");
    fs::create_dir(&real).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&real, scene.root.join("link")).unwrap_or_else(|e| panic!("{e}"));
    for _ in 0..2 {
        let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "link"]);
        assert_eq!(code, 0, "{report}");
        let link = fs::symlink_metadata(scene.root.join("link")).unwrap_or_else(|e| panic!("{e}"));
        assert!(link.file_type().is_symlink());
        assert!(read(&real.join("Cargo.toml")).starts_with("# @generated"));
        assert_eq!(entries(&scene.root), ["link", "project", "real", "specs"], "a staging folder was left behind");
    }
    // A link to nowhere is refused, and stays as it was.
    std::os::unix::fs::symlink(scene.root.join("missing"), scene.root.join("dangling"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "dangling"]);
    assert_eq!(code, 2, "{report}");
    assert!(report.contains("a symbolic link must point to a folder"), "{report}");
    assert!(!scene.root.join("missing").exists());
}

#[test]
fn a_record_naming_files_outside_the_folder_is_refused_and_deletes_nothing() {
    let scene = scene();
    let out = client_with_user_files(&scene);
    let victim = scene.root.join("victim.txt");
    write(&victim, "keep me");
    let victim_path = victim.to_str().unwrap_or_default().to_owned();
    let record = read(&out.join(".generated-files"));
    for line in ["../victim.txt", victim_path.as_str(), "src/../../victim.txt", "./NOTES.md"] {
        write(&out.join(".generated-files"), &format!("{record}{line}\n"));
        let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
        assert_eq!(code, 2, "{line}: {report}");
        assert!(report.contains("the record may name only files below the output folder"), "{line}: {report}");
        assert_eq!(read(&victim), "keep me");
        assert_eq!(read(&out.join("NOTES.md")), "notes\n");
    }
    // A recorded file reached through a symbolic link is not the generator's: it is never removed.
    #[cfg(unix)]
    {
        write(&scene.root.join("elsewhere/lib.rs"), "theirs");
        std::os::unix::fs::symlink(scene.root.join("elsewhere"), out.join("linked")).unwrap_or_else(|e| panic!("{e}"));
        write(&out.join(".generated-files"), &format!("{record}linked/lib.rs\n"));
        let (code, report) = generate(&scene.root, &[scene.spec(), "--out", "client"]);
        assert_eq!(code, 0, "{report}");
        assert_eq!(read(&scene.root.join("elsewhere/lib.rs")), "theirs");
        assert!(report.contains("`linked`"), "{report}");
    }
}

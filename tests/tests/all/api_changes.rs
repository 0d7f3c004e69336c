//! The API change report on real specs of one API at two dates (`../shared/corpus/evolution/`),
//! as reviewed snapshots, and the `diff`, `check` and `generate --bump` commands end to end.

use std::path::Path;

/// Runs the command line in-process: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = generator::cli::run(std::iter::once("generator").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

/// A spec of the evolution corpus, as a path relative to this crate (the tests' working folder),
/// so that the report's locations are the same on every machine.
fn evolution(file: &str) -> String {
    let relative = format!("../../shared/corpus/evolution/{file}");
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(&relative).is_file(), "{relative} is missing");
    relative
}

/// A collection of the Postman pair (`tests/fixtures/evolution-postman/`), relative as above.
fn postman_evolution(file: &str) -> String {
    let relative = format!("fixtures/evolution-postman/{file}");
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(&relative).is_file(), "{relative} is missing");
    relative
}

fn report(old: &str, new: &str) -> String {
    diff_report(&evolution(old), &evolution(new))
}

/// The report between two collections of the Postman pair.
fn postman_report(old: &str, new: &str) -> String {
    diff_report(&postman_evolution(old), &postman_evolution(new))
}

/// The report of `diff OLD NEW` from version 0.1.0; the command must succeed.
fn diff_report(old: &str, new: &str) -> String {
    let (code, out, err) = run(&["diff", old, new, "--from-version", "0.1.0"]);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn asana_june_to_august() {
    insta::assert_snapshot!(report("asana.2021-06-01.openapi.yaml", "asana.2021-08-09.openapi.yaml"));
}

#[test]
fn asana_two_weeks_in_august() {
    insta::assert_snapshot!(report("asana.2021-08-09.openapi.yaml", "asana.2021-08-23.openapi.yaml"));
}

#[test]
fn digitalocean_january_to_august() {
    insta::assert_snapshot!(report("digitalocean.2021-01-18.openapi.yaml", "digitalocean.2021-08-16.openapi.yaml"));
}

#[test]
fn box_march_to_august() {
    insta::assert_snapshot!(report("box.2021-03-29.openapi.yaml", "box.2021-08-02.openapi.yaml"));
}

/// A Postman collection at two dates: requests removed and added, query parameters added and retyped.
#[test]
fn binance_spot_postman_september_to_december() {
    insta::assert_snapshot!(postman_report(
        "binance-spot.2025-09-12.postman_collection.json",
        "binance-spot.2025-12-17.postman_collection.json"
    ));
}

#[test]
fn json_report_and_exit_code_for_ci() {
    let (old, new) = (evolution("asana.2021-08-09.openapi.yaml"), evolution("asana.2021-08-23.openapi.yaml"));
    let (code, out, err) =
        run(&["diff", &old, &new, "--format", "json", "--from-version", "1.4.2", "--fail-on-breaking"]);
    assert_eq!(code, generator::cli::EXIT_CHANGED, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(json["breaking"], 12);
    assert_eq!(json["compatible"], 15);
    assert_eq!(json["bump"], "major");
    assert_eq!(json["new_version"], "2.0.0");
    let removed = json["changes"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["item"] == "asana::models::TaskBase::assignee_section"))
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(removed["class"], "breaking");
    assert_eq!(removed["rule"], "field-removed");
    assert_eq!(removed["at"]["line"], 9409);
    // The same pair is no failure without the option, nor the same spec with it.
    assert_eq!(run(&["diff", &old, &new]).0, 0);
    assert_eq!(run(&["diff", &new, &new, "--fail-on-breaking"]).0, 0);
}

const SPEC: &str = r#"openapi: 3.0.0
info: {title: Notes, version: '1'}
servers: [{url: 'https://notes.example.com'}]
paths:
  /notes/{id}:
    get:
      operationId: getNote
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: the note
          content:
            application/json:
              schema:
                type: object
                required: [id, text]
                properties:
                  id: {type: string}
                  text: {type: string}
                  pinned: {type: boolean}
"#;

/// What a user does: generate, edit the spec, `check` fails naming the changed items and the
/// version, `generate --bump` sets it and records the changes, `check` passes.
#[test]
fn check_fails_on_an_edited_spec_and_bump_records_the_changes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = dir.path().join("notes.yaml");
    let out = dir.path().join("client");
    let (spec_arg, out_arg) = (spec.to_string_lossy().into_owned(), out.to_string_lossy().into_owned());
    let write = |text: &str| std::fs::write(&spec, text).unwrap_or_else(|e| panic!("{e}"));
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    write(SPEC);
    let generate = |bump: bool| {
        let mut args = vec!["generate", &spec_arg, "--out", &out_arg, "--crate-name", "notes"];
        if bump {
            args.push("--bump");
        }
        run(&args)
    };
    let (code, printed, _) = generate(true);
    assert_eq!(code, 0);
    assert!(printed.ends_with("\nFirst generation: version 0.1.0, recorded in CHANGELOG.md.\n"), "{printed}");
    assert!(read("CHANGELOG.md").contains("## 0.1.0\n\nFirst generation.\n"), "{}", read("CHANGELOG.md"));
    let check = || run(&["check", &spec_arg, "--out", &out_arg, "--crate-name", "notes"]);
    assert_eq!(check().0, 0, "{}", check().2);

    // `text` goes, `pinned` becomes required: both break code that reads them.
    write(
        &SPEC
            .replace("required: [id, text]", "required: [id, pinned]")
            .replace("                  text: {type: string}\n", ""),
    );
    let (code, report, err) = check();
    assert_eq!(code, generator::cli::EXIT_CHANGED, "{err}");
    assert!(
        report.contains("- `notes::models::GetNoteResponse::text`: field removed (")
            && report.contains("notes.yaml:18:17)"),
        "{report}"
    );
    assert!(
        report.contains(
            "- `notes::models::GetNoteResponse::pinned`: field made required: now `bool` (was `Option<bool>`)"
        ),
        "{report}"
    );
    assert!(report.ends_with("Implied version: 0.2.0 (was 0.1.0; breaking changes).\n"), "{report}");
    assert!(err.contains("api-surface.json (differs)"), "{err}");
    assert_eq!(std::fs::read_to_string(&spec).ok().as_deref().map(|s| s.contains("pinned]")), Some(true));

    let (code, printed, _) = generate(true);
    assert_eq!(code, 0);
    assert!(printed.contains("Implied version: 0.2.0"), "{printed}");
    assert!(read("Cargo.toml").contains("\nversion = \"0.2.0\"\n"), "{}", read("Cargo.toml"));
    assert_eq!(check().0, 0, "{}", check().2);

    // A compatible change: a patch before 1.0; the changelog lists the newest first.
    write(&std::fs::read_to_string(&spec).unwrap_or_default().replace(
        "                  pinned: {type: boolean}\n",
        "                  pinned: {type: boolean}\n                  color: {type: string}\n",
    ));
    assert_eq!(generate(true).0, 0);
    assert!(read("Cargo.toml").contains("\nversion = \"0.2.1\"\n"));
    let changelog = read("CHANGELOG.md");
    let sections: Vec<&str> = changelog.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(sections, ["## 0.2.1", "## 0.2.0", "## 0.1.0"], "{changelog}");
    assert!(
        changelog.contains("- `notes::models::GetNoteResponse::color`: field added (`Option<String>`)"),
        "{changelog}"
    );
    // A regeneration without --bump keeps the version and the changelog.
    assert_eq!(generate(false).0, 0);
    assert!(read("Cargo.toml").contains("\nversion = \"0.2.1\"\n"));
    assert_eq!(read("CHANGELOG.md"), changelog);
}

/// A project keeps its own `generate.toml` beside its specs: `generate --manifest` and
/// `check --manifest` read it from any folder, its paths relative to it, and `check` names the
/// module the manifest gives.
#[test]
fn a_project_manifest_works_from_any_folder() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let specs = dir.path().join("api");
    std::fs::create_dir_all(&specs).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(specs.join("notes.yaml"), SPEC).unwrap_or_else(|e| panic!("{e}"));
    let manifest = specs.join("generate.toml");
    std::fs::write(
        &manifest,
        "[crate]\nname = \"notes-client\"\nversion = \"1.2.0\"\ndescription = \"Notes.\"\noutput = \"../client\"\nlicense = \"MIT\"\nrepository = \"https://git.example/notes\"\n\n[[api]]\nmodule = \"notes_v1\"\nspec = \"notes.yaml\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let manifest = manifest.to_string_lossy().into_owned();
    let (code, out, err) = run(&["generate", "--manifest", &manifest]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("-> module notes_v1"), "{out}");
    let cargo = std::fs::read_to_string(dir.path().join("client/Cargo.toml")).unwrap_or_default();
    assert!(cargo.contains("name = \"notes-client\"\nversion = \"1.2.0\"\n"), "{cargo}");
    // Publishable: the metadata a registry needs, a README, and no `publish = false` unless asked.
    assert!(
        cargo.contains("license = \"MIT\"\nrepository = \"https://git.example/notes\"\nreadme = \"README.md\"\n\n"),
        "{cargo}"
    );
    assert!(!cargo.contains("publish"), "{cargo}");
    let readme = std::fs::read_to_string(dir.path().join("client/README.md")).unwrap_or_default();
    assert!(readme.contains("notes-client = \"1.2.0\"\n"), "{readme}");
    assert!(readme.contains("let response = client.get_note(id).send().await?;"), "{readme}");
    assert_eq!(run(&["check", "--manifest", &manifest]).0, 0);
    let edited = SPEC.replace("                  pinned: {type: boolean}\n", "");
    std::fs::write(specs.join("notes.yaml"), edited).unwrap_or_else(|e| panic!("{e}"));
    let (code, report, _) = run(&["check", "--manifest", &manifest]);
    assert_eq!(code, generator::cli::EXIT_CHANGED);
    assert!(report.contains("- `notes_v1::models::GetNoteResponse::pinned`: field removed"), "{report}");
    assert!(report.ends_with("Implied version: 2.0.0 (was 1.2.0; breaking changes).\n"), "{report}");
    // Specs and a manifest do not mix.
    assert_eq!(run(&["generate", "x.yaml", "--manifest", &manifest]).0, generator::cli::EXIT_USAGE);
}

/// A committed `api-surface.json` that is not one (edited by hand, cut short) is reported as such,
/// and nothing is written.
#[test]
fn a_broken_surface_file_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let spec = dir.path().join("notes.yaml");
    let out = dir.path().join("client");
    std::fs::write(&spec, SPEC).unwrap_or_else(|e| panic!("{e}"));
    let (spec, out) = (spec.to_string_lossy().into_owned(), out.to_string_lossy().into_owned());
    assert_eq!(run(&["generate", &spec, "--out", &out]).0, 0);
    let surface = Path::new(&out).join("api-surface.json");
    std::fs::write(&surface, "{\"modules\": [{\"name\": 1").unwrap_or_else(|e| panic!("{e}"));
    for command in ["check", "generate"] {
        let mut args = vec![command, spec.as_str(), "--out", out.as_str()];
        if command == "generate" {
            args.push("--bump");
        }
        let (code, _, err) = run(&args);
        assert_eq!(code, generator::cli::EXIT_USAGE, "{command}: {err}");
        assert!(err.contains("api-surface.json: not an API surface written by this generator"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&surface).ok().as_deref(), Some("{\"modules\": [{\"name\": 1"));
}

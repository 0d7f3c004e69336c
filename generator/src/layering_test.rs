//! The stages import only what comes before them: a test over the `crate::` and `super::` paths of
//! every source file, so that a stage never reaches back up the pipeline (a reader that applies
//! manifest corrections, a normaliser that calls the emitter) and no two stages import each other.
//!
//! Test code (a `tests.rs` file, or what follows `#[cfg(test)]` in a file) may use any stage: a
//! test of a reader may well normalise what it read.

use std::path::{Path, PathBuf};

/// The top-level modules of the crate by stage, first to last. A module may use its own stage's
/// modules and the earlier stages'; the shared modules come first, the entry points last.
const STAGES: &[&[&str]] = &[
    // Shared by every stage: diagnostics, the IR, naming, example values, the crate surface model.
    &["diagnostic", "error", "example", "ir", "naming", "surface"],
    &["read"],
    &["normalise"],
    &["emit"],
    &["output"],
    // The manifest reads the TOML that configures every stage.
    &["manifest"],
    // Entry points: the crate root (`lib`), the build-script API, the change report, the CLI and its binary.
    &["build", "changes", "cli", "lib", "main"],
];

/// The stage of a top-level module, by its index in [`STAGES`].
fn stage(module: &str) -> Option<usize> {
    STAGES.iter().position(|stage| stage.contains(&module))
}

/// The module path of a source file relative to `src/`: `read/openapi/mod.rs` is `read::openapi`,
/// `naming.rs` is `naming`, `lib.rs` is the root (empty).
fn module_path(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" && stem != "lib" {
            parts.push(stem.to_owned());
        }
    }
    parts
}

/// The code of a file that the layering applies to: no comments, nothing from `#[cfg(test)]` on.
fn production_code(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let line = line.find(" //").map_or(line, |at| line.get(..at).unwrap_or(line));
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The identifier at the start of `text`.
fn leading_ident(text: &str) -> &str {
    let end = text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(text.len());
    text.get(..end).unwrap_or("")
}

/// The names a path starting at the crate root names first: one for `crate::ir::Api`, each
/// group member's for `crate::{ir::Api, read::Spec}`.
fn root_names(after: &str) -> Vec<String> {
    let Some(group) = after.strip_prefix('{') else { return vec![leading_ident(after).to_owned()] };
    let mut names = Vec::new();
    let mut depth = 0usize;
    let mut start = true;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => start = true,
            c if start && !c.is_whitespace() => {
                start = false;
                names.push(leading_ident(group.get(i..).unwrap_or("")).to_owned());
            }
            _ => {}
        }
    }
    names
}

/// The top-level items (modules and root items) that the code of the file at `path` names by a
/// `crate::` path or by `super::` paths that climb out of its top-level module.
fn named_roots(path: &[String], code: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        // `foo_crate::x` is another crate's path.
        let before = code.get(..at).and_then(|head| head.chars().next_back());
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        names.extend(root_names(code.get(at + "crate::".len()..).unwrap_or("")));
    }
    let mut rest = code;
    while let Some(at) = rest.find("super::") {
        let before = rest.get(..at).and_then(|head| head.chars().next_back());
        let mut after = rest.get(at..).unwrap_or("");
        let mut climbs = 0;
        while let Some(next) = after.strip_prefix("super::") {
            climbs += 1;
            after = next;
        }
        rest = after;
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') || path.is_empty() {
            continue;
        }
        // Still inside its own top-level module: no stage is crossed.
        if climbs < path.len() {
            continue;
        }
        names.extend(root_names(after));
    }
    names
}

/// The imports of one file (module path `path`, text `text`) that go to a later stage than its
/// own; `root_items` are the items of `lib.rs`, which belong to the last stage.
fn violations(path: &[String], text: &str, root_items: &[String]) -> Vec<String> {
    let own = path.first().map_or("lib", String::as_str);
    let Some(own_stage) = stage(own) else { return vec![format!("module `{own}` is in no stage of STAGES")] };
    let mut found = Vec::new();
    for name in named_roots(path, &production_code(text)) {
        let target = if root_items.contains(&name) { "lib" } else { name.as_str() };
        if let Some(target_stage) = stage(target).filter(|&target_stage| target_stage > own_stage) {
            let line = format!("`{}` uses `{target}` (stage {target_stage} > {own_stage})", path.join("::"));
            if !found.contains(&line) {
                found.push(line);
            }
        }
    }
    found
}

/// The items `lib.rs` defines itself (functions and types), which belong to the last stage.
fn root_items(lib: &str) -> Vec<String> {
    let mut items = Vec::new();
    for line in production_code(lib).lines() {
        let line = line.trim_start().trim_start_matches("pub ");
        for keyword in ["fn ", "struct ", "enum ", "type ", "const "] {
            if let Some(rest) = line.strip_prefix(keyword) {
                items.push(leading_ident(rest).to_owned());
            }
        }
    }
    items
}

/// Every `.rs` file under `dir`, relative to `root`.
fn source_files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("src is readable").map(|entry| entry.expect("entry").path()).collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            source_files(root, &entry, out);
        } else if entry.extension().is_some_and(|ext| ext == "rs") {
            out.push(entry.strip_prefix(root).expect("under src").to_owned());
        }
    }
}

#[test]
fn no_stage_imports_a_later_one() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let root_items = root_items(&lib);
    let mut all = Vec::new();
    for file in &files {
        // A file of tests only.
        if file.file_name().is_some_and(|name| name == "tests.rs" || name.to_string_lossy().ends_with("_test.rs")) {
            continue;
        }
        let text = std::fs::read_to_string(src.join(file)).expect("readable");
        all.extend(violations(&module_path(file), &text, &root_items));
    }
    assert!(all.is_empty(), "imports that go back up the pipeline:\n{}", all.join("\n"));
    assert!(files.len() > 50, "the scan found the sources ({} files)", files.len());
}

/// The test itself: a reader that names a later stage, by any form of path, is caught; comments,
/// test code, earlier stages, other crates' paths and paths within the module are not.
#[test]
fn imports_back_up_a_stage_are_caught() {
    let lib = vec!["generate".to_owned()];
    let reader = module_path(Path::new("read/openapi/mod.rs"));
    let caught = |text: &str| violations(&reader, text, &lib);
    assert_eq!(caught("use crate::emit::Files;\n"), ["`read::openapi` uses `emit` (stage 3 > 1)"]);
    assert_eq!(caught("use crate::{ir::Api, normalise::x};\n").len(), 1);
    assert_eq!(caught("use crate::{\n    ir::{Api, Type},\n    manifest::Manifest,\n};\n").len(), 1);
    assert_eq!(caught("fn f() { super::super::output::write(); }\n").len(), 1);
    assert_eq!(caught("let g = crate::generate(m);\n"), ["`read::openapi` uses `lib` (stage 6 > 1)"]);
    assert_eq!(caught("let x = 1; // crate::emit::Files\n/// [`crate::emit`]\n"), Vec::<String>::new());
    assert_eq!(caught("use super::registry::TypeRegistry;\nuse super::super::read::x;\n"), Vec::<String>::new());
    assert_eq!(caught("use crate::ir::Api;\nuse crate::diagnostic::Diagnostic;\n"), Vec::<String>::new());
    assert_eq!(caught("quote!(my_crate::emit::x);\n"), Vec::<String>::new());
    assert_eq!(caught("fn a() {}\n#[cfg(test)]\nmod tests { use crate::emit::Files; }\n"), Vec::<String>::new());
    // Generated code names the generated crate's own modules, which are no stage of this one.
    assert_eq!(caught("quote!(crate::runtime::Body::None)\n"), Vec::<String>::new());
    // A shared module climbing to the root and down into a stage.
    let naming = module_path(Path::new("naming.rs"));
    assert_eq!(violations(&naming, "use super::read::Spec;\n", &lib).len(), 1);
    let unknown = module_path(Path::new("plugins/mod.rs"));
    assert_eq!(violations(&unknown, "", &lib), ["module `plugins` is in no stage of STAGES"]);
}

/// Where identifiers are made unique: the naming module and the naming pass.
const NAMING_PASS: &[&str] = &["naming.rs", "naming/", "normalise/names.rs", "normalise/names/"];

/// The tools that hand out unique names (by numbering), which only the naming pass may use.
const UNIQUE_MAKERS: &[&str] = &["Namer", "Proposals", "numbered_snake_name"];

/// The files (relative to `src/`, test code left out) outside the naming pass whose code uses a
/// tool that makes names unique.
fn files_making_names_unique(src: &Path, files: &[PathBuf]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let name = file.to_string_lossy().replace('\\', "/");
        if NAMING_PASS.iter().any(|pass| name == *pass || (pass.ends_with('/') && name.starts_with(pass))) {
            continue;
        }
        if file.file_name().is_some_and(|n| n == "tests.rs" || n.to_string_lossy().ends_with("_test.rs")) {
            continue;
        }
        let code = production_code(&std::fs::read_to_string(src.join(file)).expect("readable"));
        if UNIQUE_MAKERS.iter().any(|tool| uses_word(&code, tool)) {
            found.push(name);
        }
    }
    found
}

/// Whether `code` has `word` as a whole identifier (not part of a longer one).
fn uses_word(code: &str, word: &str) -> bool {
    let ident = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    code.match_indices(word).any(|(at, _)| {
        let before = code.get(..at).and_then(|head| head.chars().next_back());
        let after = code.get(at + word.len()..).and_then(|tail| tail.chars().next());
        !ident(before) && !ident(after)
    })
}

/// "One module decides every identifier": no code outside the naming pass makes names unique.
#[test]
fn only_the_naming_pass_makes_names_unique() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    let found = files_making_names_unique(&src, &files);
    assert!(found.is_empty(), "code outside the naming pass makes names unique (use the naming pass): {found:?}");
}

/// The test itself: a use of a tool that makes names unique is caught outside the naming pass, in
/// code but not in comments, test code or longer identifiers.
#[test]
fn unique_making_outside_the_naming_pass_is_caught() {
    assert!(uses_word(&production_code("let mut n = Namer::default();\n"), "Namer"));
    assert!(uses_word("crate::naming::numbered_snake_name(x, 2)", "numbered_snake_name"));
    assert!(!uses_word(&production_code("/// Uses a [`Namer`].\nfn f() {}\n"), "Namer"));
    assert!(!uses_word(&production_code("fn f() {}\n#[cfg(test)]\nmod t { use Namer; }\n"), "Namer"));
    assert!(!uses_word("struct MyNamer;", "Namer"));
    // Over a source tree: a reader that numbers names is caught, the naming pass and tests are not.
    let src = tempfile::tempdir().expect("a temporary folder");
    let files = ["read/registry.rs", "naming/namer.rs", "normalise/names/tests.rs", "manifest/mod.rs"];
    for file in files {
        let path = src.path().join(file);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder made");
        std::fs::write(path, "fn f() { let mut names = Proposals::default(); }\n").expect("file written");
    }
    std::fs::write(src.path().join("manifest/mod.rs"), "/// Not a [`Namer`].\nfn f() {}\n").expect("file written");
    let files: Vec<PathBuf> = files.iter().map(PathBuf::from).collect();
    assert_eq!(files_making_names_unique(src.path(), &files), ["read/registry.rs"]);
}

//! Lines of generated Rust, split into the code generated for the spec and the runtime copied verbatim into every
//! crate (our `src/runtime/`), so that lines per operation measure what the spec costs.

use std::path::Path;

use anyhow::{Context, Result};

/// Lines of the `.rs` files of a generated crate's `src/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Lines generated for the spec: everything but `src/runtime/`.
    pub own: usize,
    /// Lines of `src/runtime/`, the same in every crate that carries the same runtime files.
    pub runtime: usize,
}

/// Counts the lines (every line, blank and comment lines too, as `str::lines` splits them) of the `.rs` files under
/// `src`.
pub fn count(src: &Path) -> Result<Count> {
    let runtime = src.join("runtime");
    let mut count = Count { own: 0, runtime: 0 };
    for path in super::rust_files(src)? {
        let lines =
            std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?.lines().count();
        if path.starts_with(&runtime) {
            count.runtime += lines;
        } else {
            count.own += lines;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `src/runtime/` counts as runtime, everything else under `src/` (a `runtime.rs` too) as generated.
    #[test]
    fn runtime_folder_is_counted_apart() {
        let src = std::env::temp_dir().join(format!("xtask-bench-lines-{}", std::process::id())).join("src");
        std::fs::create_dir_all(src.join("runtime")).unwrap();
        std::fs::create_dir_all(src.join("v1")).unwrap();
        std::fs::write(src.join("lib.rs"), "mod v1;\nmod runtime;\n").unwrap();
        std::fs::write(src.join("v1/requests.rs"), "fn a() {}\n\nfn b() {}\n").unwrap();
        std::fs::write(src.join("v1/runtime.rs"), "fn c() {}\n").unwrap();
        std::fs::write(src.join("runtime/mod.rs"), "mod a;\n").unwrap();
        std::fs::write(src.join("runtime/a.rs"), "fn d() {}\nfn e() {}\n").unwrap();
        std::fs::write(src.join("notes.md"), "not Rust\n").unwrap();
        let counted = count(&src);
        std::fs::remove_dir_all(src.parent().unwrap()).unwrap();
        assert_eq!(counted.unwrap(), Count { own: 6, runtime: 3 });
    }
}

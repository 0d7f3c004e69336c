//! Generates the Notes client into `OUT_DIR` on every change of its spec.

fn main() {
    if let Err(error) = generator::build::Builder::new("notes").spec("notes.yaml").generate() {
        // Cargo shows a failed build script's output: the spec's error, located.
        eprintln!("{}", error);
        std::process::exit(1);
    }
}

//! The generator's command line; see [`generator::cli`].

use std::process::ExitCode;

/// Generation allocates many small, short-lived values (tokens, syntax trees); mimalloc serves
/// them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ExitCode::from(generator::cli::run_binary(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr()))
}

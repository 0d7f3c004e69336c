//! The generator's command line; see [`generator::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(generator::cli::run(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr()))
}

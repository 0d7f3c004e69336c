//! The generator's command line; see [`generator::cli`].

use std::process::ExitCode;

/// Generation allocates many small, short-lived values (tokens, syntax trees); mimalloc serves
/// them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The main thread is one of the pool's threads (one per core) instead of waiting for them: a
    // thread fewer to start, and no hand-over of the work to another thread and back, which cost a
    // small spec a tenth of its run. Only this thread starts parallel work, so it never needs to
    // take jobs from the others' queues.
    let _ = rayon::ThreadPoolBuilder::new().use_current_thread().build_global();
    ExitCode::from(generator::cli::run(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr()))
}

//! The `sayso` command: parses the command line and dispatches. All the work
//! is in the library; see `cli/` for each subcommand.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
mod cli;

/// mimalloc: the pipeline makes many small, short-lived allocations per
/// article (word lists, candidate vectors, strings); the system allocator
/// spent a measured share of the work on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::main());
}

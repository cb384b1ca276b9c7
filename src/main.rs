//! The `sayso` command: parses the command line and dispatches. All the work
//! is in the library; see `cli/` for each subcommand.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
mod cli;

fn main() {
    std::process::exit(cli::main());
}

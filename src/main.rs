//! The `sayso` command: parses the command line and dispatches. All the work
//! is in the library; see `cli/` for each subcommand.

mod cli;

fn main() {
    std::process::exit(cli::main());
}

//! The command line: `sayso extract | report | eval | bench | dict`.
//!
//! Exit codes: 0 all went well; 1 some input records were rejected (or
//! `--on-error fail` stopped the run); 2 the run could not proceed (bad flags,
//! unreadable input path or dictionary, unwritable output); 130 / 143 a
//! SIGINT / SIGTERM stopped the run (outputs complete so far kept). A closed
//! output pipe ends the run quietly with 0.

mod bench;
mod dict;
mod eval;
mod extract;
mod report;

use clap::{Parser, Subcommand};

/// Named entities and attributed quotes from news dumps, one JSON line per article.
#[derive(Parser, Debug)]
#[command(name = "sayso", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Annotate articles and write JSONL (one object per article, in input order).
    Extract(extract::ExtractArgs),
    /// Who is quoted, how often, by gender, outlet and month: an HTML page with charts (and JSON, CSV) from sayso's output.
    Report(report::ReportArgs),
    /// Score output against gold (the metrics of the shipped Python scorers).
    Eval(eval::EvalArgs),
    /// Inspect the dictionaries: stats, lookup, export.
    Dict(dict::DictArgs),
    /// Throughput report: pipeline MB/s on 1 and all threads, time per stage, the bare-scan floor, memory.
    Bench(bench::BenchArgs),
}

/// Exit codes.
pub const EXIT_OK: i32 = 0;
pub const EXIT_REJECTED: i32 = 1;
pub const EXIT_FATAL: i32 = 2;
pub const EXIT_SIGINT: i32 = 130;
pub const EXIT_SIGTERM: i32 = 143;

/// Runs the command line and returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_FATAL } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Report(args) => report::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Dict(args) => dict::run(args),
        Command::Bench(args) => bench::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sayso: error: {e:#}");
            EXIT_FATAL
        }
    }
}

/// The pipeline with the dictionaries the flags ask for (`--dict`, `--no-default-dicts`).
pub fn load_pipeline(dicts: &[std::path::PathBuf], no_default_dicts: bool) -> anyhow::Result<sayso::Pipeline> {
    use anyhow::Context;
    let mut b = sayso::Pipeline::builder();
    for d in dicts {
        b = b.dict_file(d);
    }
    if no_default_dicts {
        b = b.without_default_dicts();
    }
    b.build().context("loading dictionaries")
}

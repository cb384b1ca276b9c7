//! `sayso report`: who is quoted, how often, by gender, by outlet and over
//! time, from sayso's own output. The counting and rendering are in
//! `sayso::report`; this is flags, files and exit codes.

use super::extract::{make_bar, ProgressArg};
use super::{EXIT_FATAL, EXIT_OK, EXIT_REJECTED};
use anyhow::{Context, Result};
use clap::Args;
use sayso::input;
use sayso::pipeline::Progress;
use sayso::report::{self, Aggregator};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// sayso output: files or directories (walked recursively); `-` or nothing for standard input. `.gz`/`.zst` are read transparently.
    pub inputs: Vec<PathBuf>,
    /// Write the HTML page here (`-`: standard output).
    #[arg(short = 'o', long = "output", value_name = "HTML")]
    pub output: Option<PathBuf>,
    /// Also write the numbers as one JSON object to this file.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Also write one CSV file per table into this directory (created if missing).
    #[arg(long, value_name = "DIR")]
    pub csv: Option<PathBuf>,
    /// Group the gender shares by this input field (default: the first of publisher, source, source_domain, outlet present).
    #[arg(long, value_name = "FIELD")]
    pub by: Option<String>,
    /// How many speakers, entities of each type and groups to show.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// Progress bar on stderr: `auto` shows it when stderr is a terminal.
    #[arg(long, value_enum, default_value_t = ProgressArg::Auto)]
    pub progress: ProgressArg,
    /// No summary line on stderr at the end.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Writes `bytes` to `path` through a temporary file renamed at the end (`-`: standard output).
fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if input::is_stdin(path) {
        let mut out = io::stdout().lock();
        out.write_all(bytes).and_then(|_| out.flush()).context("writing to standard output")?;
        return Ok(());
    }
    Ok(sayso::extract::write_file(path, bytes)?)
}

pub fn run(args: ReportArgs) -> Result<i32> {
    if args.output.is_none() && args.json.is_none() && args.csv.is_none() {
        eprintln!("sayso: error: nothing to write: give -o report.html, --json FILE or --csv DIR");
        return Ok(EXIT_FATAL);
    }
    if args.top == 0 {
        anyhow::bail!("--top must be at least 1");
    }
    let inputs = input::expand_inputs(&args.inputs)?;
    let bar = make_bar(args.progress, input::total_size(&inputs));
    let mut agg = Aggregator::new(args.by.as_deref());
    let mut bad = 0u64;
    let mut on_bad = |b: &report::BadLine| {
        bad += 1;
        match &bar {
            Some(bar) => bar.0.suspend(|| eprintln!("sayso: {b}")),
            None => eprintln!("sayso: {b}"),
        }
    };
    let result = report::read_inputs(&inputs, &mut agg, bar.as_ref().map(|b| b as &dyn Progress), &mut on_bad);
    if let Some(b) = &bar {
        b.0.finish_and_clear();
    }
    result?;
    let summary = agg.summary(args.top);
    if let (Some(field), Some(by)) = (&args.by, &summary.by) {
        if by.articles_with_field == 0 && summary.totals.articles > 0 {
            eprintln!("sayso: warning: --by {field}: no article has this field");
        }
    }
    if let Some(p) = &args.output {
        write_file(p, report::render_html(&summary, args.top).as_bytes())?;
    }
    if let Some(p) = &args.json {
        let mut json = serde_json::to_vec_pretty(&summary).context("serializing the summary")?;
        json.push(b'\n');
        write_file(p, &json)?;
    }
    if let Some(dir) = &args.csv {
        report::write_csv(&summary, dir).with_context(|| format!("{}: cannot write CSV files", dir.display()))?;
    }
    if !args.quiet {
        let t = &summary.totals;
        eprintln!(
            "sayso: report of {} articles, {} quotes ({} without speaker), {} entity mentions; {} bad lines, {} error records",
            t.articles, t.quotes, t.quotes_without_speaker, t.entities, summary.inputs.bad_lines, summary.inputs.error_records
        );
    }
    Ok(if bad > 0 { EXIT_REJECTED } else { EXIT_OK })
}

//! `sayso extract`: the main job.

use super::{EXIT_FATAL, EXIT_OK, EXIT_REJECTED};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use super::{EXIT_SIGINT, EXIT_SIGTERM};
use sayso::article::Rejection;
use sayso::extract::{self, Compression, Destination, ExtractError, ExtractOptions, ExtractReport};
use sayso::input::{Format, InputOptions};
use sayso::output::OutputOptions;
use sayso::pipeline::{OnError, Progress, RunError};
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files or directories (walked recursively); `-` or nothing for standard input. `.gz`/`.zst` are read transparently.
    pub inputs: Vec<PathBuf>,
    /// Write to this file (via a temporary file renamed at the end) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// One output per input file, at its path below the INPUT it was found under, as `.jsonl`
    /// (each through a temporary renamed when its input is done).
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Compress the output file(s): `.jsonl.gz` / `.jsonl.zst` under --out-dir.
    #[arg(long, value_enum, default_value_t = CompressArg::None)]
    pub compress: CompressArg,
    /// Skip inputs whose output exists (--out-dir), or the whole run if OUT exists (-o).
    #[arg(long)]
    pub resume: bool,
    /// Leave the article text out of the output.
    #[arg(long)]
    pub no_text: bool,
    /// Input format; `auto` sniffs each file (first non-blank byte `{` = JSONL).
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    pub format: FormatArg,
    /// JSONL: read the body from this field (default: text, maintext, content, body, article).
    #[arg(long, value_name = "FIELD")]
    pub text_field: Option<String>,
    /// JSONL: read the id from this field when there is no `id`.
    #[arg(long, value_name = "FIELD")]
    pub id_field: Option<String>,
    /// Prefix for generated ids (`<file>:<line>`, `<file>#<n>`), to keep ids unique across shards.
    #[arg(long, value_name = "P", default_value = "")]
    pub id_prefix: String,
    /// What to do with a rejected record: report and go on (exit 1), write an error object in its place (exit 0), or stop.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Skip)]
    pub on_error: OnErrorArg,
    /// Write each rejected record's FILE:LINE and reason to this file, as JSONL.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Add a user dictionary (repeatable); its entries win over the defaults.
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// Do not load the embedded default dictionaries.
    #[arg(long)]
    pub no_default_dicts: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Progress bar on stderr: `auto` shows it when stderr is a terminal.
    #[arg(long, value_enum, default_value_t = ProgressArg::Auto)]
    pub progress: ProgressArg,
    /// Batch size in MB of input.
    #[arg(long, value_name = "MB", default_value_t = 4)]
    pub batch_mb: usize,
    /// For engines piping records through sayso: stdin, `--format jsonl`, `--on-error emit`, no progress, no summary.
    #[arg(long)]
    pub pipe: bool,
    /// No summary line on stderr at the end.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Auto,
    Jsonl,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompressArg {
    None,
    Gz,
    Zst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnErrorArg {
    Skip,
    Emit,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressArg {
    Never,
    Always,
    Auto,
}

/// The indicatif bar: bytes of the total where known, articles, MB/s, ETA.
pub(super) struct Bar(pub(super) ProgressBar);

impl Progress for Bar {
    fn update(&self, raw_bytes_read: u64, articles: u64) {
        self.0.set_position(raw_bytes_read);
        self.0.set_message(format!("{articles} articles"));
    }
}

pub(super) fn make_bar(mode: ProgressArg, total: Option<u64>) -> Option<Bar> {
    let show = match mode {
        ProgressArg::Never => false,
        ProgressArg::Always => true,
        ProgressArg::Auto => io::stderr().is_terminal(),
    };
    if !show {
        return None;
    }
    let bar = match total {
        Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} {bytes_per_sec} ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} {bytes} {msg} {bytes_per_sec} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    Some(Bar(bar))
}

/// The signal that asked the run to stop (0: none yet). Installed before the
/// dictionaries load: a Ctrl-C then stops before the first record.
struct Signals {
    stop: Arc<AtomicBool>,
    which: Arc<AtomicUsize>,
}

impl Signals {
    /// SIGINT and SIGTERM set the stop flag; a second one, while the run
    /// stops, ends the process at once (exit 130 / 143).
    fn install() -> Result<Signals> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        use signal_hook::flag;
        let stop = Arc::new(AtomicBool::new(false));
        let which = Arc::new(AtomicUsize::new(0));
        for sig in [SIGINT, SIGTERM] {
            // The order matters: the shutdown only fires when the flag was already set.
            flag::register_conditional_shutdown(sig, 128 + sig, stop.clone()).context("installing signal handlers")?;
            flag::register_usize(sig, which.clone(), sig as usize).context("installing signal handlers")?;
            flag::register(sig, stop.clone()).context("installing signal handlers")?;
        }
        Ok(Signals { stop, which })
    }
    fn name_and_code(&self) -> (&'static str, i32) {
        match self.which.load(Ordering::SeqCst) as i32 {
            signal_hook::consts::SIGTERM => ("SIGTERM", EXIT_SIGTERM),
            _ => ("SIGINT", EXIT_SIGINT),
        }
    }
}

/// At most this many inputs are named in the summary of a stopped run.
const LIST_AT_MOST: usize = 50;

pub fn run(mut args: ExtractArgs) -> Result<i32> {
    if args.pipe {
        if args.format == FormatArg::Auto {
            args.format = FormatArg::Jsonl;
        }
        args.on_error = OnErrorArg::Emit;
        args.progress = ProgressArg::Never;
        args.quiet = true;
    }
    if args.threads == Some(0) {
        anyhow::bail!("--threads must be at least 1");
    }
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let destination = match (&args.output, &args.out_dir) {
        (Some(_), Some(_)) => anyhow::bail!("-o and --out-dir cannot be used together: one output file, or one per input"),
        (Some(p), None) => Destination::File(p.clone()),
        (None, Some(d)) => Destination::Dir(d.clone()),
        (None, None) => Destination::Stdout,
    };
    let opts = ExtractOptions {
        inputs: args.inputs.clone(),
        destination,
        compress: match args.compress {
            CompressArg::None => Compression::None,
            CompressArg::Gz => Compression::Gzip,
            CompressArg::Zst => Compression::Zstd,
        },
        resume: args.resume,
        format: match args.format {
            FormatArg::Auto => Format::Auto,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Text => Format::Text,
        },
        input: InputOptions {
            text_field: args.text_field.clone(),
            id_field: args.id_field.clone(),
            id_prefix: args.id_prefix.clone(),
        },
        output: OutputOptions { no_text: args.no_text, id_prefix: args.id_prefix.clone() },
        on_error: match args.on_error {
            OnErrorArg::Skip => OnError::Skip,
            OnErrorArg::Emit => OnError::Emit,
            OnErrorArg::Fail => OnError::Fail,
        },
        threads,
        batch_bytes: args.batch_mb.max(1) << 20,
    };
    // Checked before the dictionaries load: a wrong flag fails at once.
    let plan = extract::plan(&opts)?;
    let signals = Signals::install()?;
    // `--threads` holds for loading the dictionaries too (they load on rayon's global pool).
    let _ = rayon::ThreadPoolBuilder::new().num_threads(threads).build_global();
    let pipeline = super::load_pipeline(&args.dicts, args.no_default_dicts)?;
    let mut errors_file = match &args.errors {
        Some(p) => Some(BufWriter::new(File::create(p).with_context(|| format!("{}: cannot create errors file", p.display()))?)),
        None => None,
    };
    let bar = make_bar(args.progress, plan.total_bytes());
    let quiet_rejections = opts.on_error == OnError::Emit && args.quiet;
    let mut on_reject = |r: &Rejection| {
        if !quiet_rejections {
            eprintln!("sayso: {r}");
        }
        if let Some(f) = errors_file.as_mut() {
            let line = serde_json::json!({
                "file": &*r.origin.file, "line": r.origin.line, "kind": r.kind.as_str(), "message": r.message,
                "id": r.id_json.as_deref().map(sayso::article::id_display),
            });
            let _ = writeln!(f, "{line}");
        }
    };
    let result = plan.run(&pipeline, &mut on_reject, bar.as_ref().map(|b| b as &dyn Progress), Some(&signals.stop));
    if let Some(b) = &bar {
        b.0.finish_and_clear();
    }
    if let Some(f) = errors_file.as_mut() {
        let _ = f.flush();
    }
    // The dictionaries take a noticeable time to free and the process is about
    // to end: leave them to the operating system.
    std::mem::forget(pipeline);
    let report = match result {
        Ok(r) => r,
        Err(ExtractError::Run(RunError::BrokenPipe)) => return Ok(EXIT_OK),
        Err(e) => {
            eprintln!("sayso: error: {e}");
            return Ok(EXIT_FATAL);
        }
    };
    let summary = &report.summary;
    if !args.quiet {
        let rejected: Vec<String> = summary.rejected.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        eprintln!(
            "sayso: {} records read, {} articles written, {} rejected{}{}",
            summary.articles_read,
            summary.articles_written,
            summary.rejected_total(),
            if rejected.is_empty() { String::new() } else { format!(" ({})", rejected.join(", ")) },
            if summary.error_lines_written > 0 { format!(", {} error lines written", summary.error_lines_written) } else { String::new() },
        );
        print_outputs(&opts.destination, &report);
    }
    if report.interrupted() {
        let (name, code) = signals.name_and_code();
        print_not_done(&format!("stopped by {name}"), &opts.destination, &report);
        return Ok(code);
    }
    if summary.stopped {
        eprintln!("sayso: stopped at the first rejected record (--on-error fail)");
        print_not_done("stopped", &opts.destination, &report);
        return Ok(EXIT_REJECTED);
    }
    if summary.rejected_total() > 0 && opts.on_error != OnError::Emit {
        return Ok(EXIT_REJECTED);
    }
    Ok(EXIT_OK)
}

/// The outputs line of a run into a directory, or of a resumed `-o`.
fn print_outputs(dest: &Destination, report: &ExtractReport) {
    match dest {
        Destination::Dir(dir) => {
            let mut parts = vec![format!("{} outputs written", report.written.len())];
            if !report.skipped.is_empty() {
                parts.push(format!("{} inputs skipped (output already there, --resume)", report.skipped.len()));
            }
            if report.temporaries_removed > 0 {
                parts.push(format!("{} temporaries of an earlier run removed", report.temporaries_removed));
            }
            eprintln!("sayso: {}: {} of {} inputs: {}", dir.display(), report.written.len() + report.skipped.len(), report.inputs, parts.join(", "));
        }
        Destination::File(path) if !report.skipped.is_empty() => {
            eprintln!("sayso: {}: already there (--resume), {} inputs skipped", path.display(), report.skipped.len());
        }
        _ => {}
    }
}

/// What a stopped run did not do, and how to finish it.
fn print_not_done(why: &str, dest: &Destination, report: &ExtractReport) {
    let n = report.not_done.len();
    match dest {
        Destination::Dir(_) => {
            eprintln!("sayso: {why}: {n} inputs not done (their outputs not written; run again with --resume to finish):");
        }
        Destination::File(path) => {
            eprintln!("sayso: {why}: {} not written; {n} inputs not read to the end:", path.display());
        }
        Destination::Stdout => eprintln!("sayso: {why}: output ends early; {n} inputs not read to the end:"),
    }
    for name in report.not_done.iter().take(LIST_AT_MOST) {
        eprintln!("sayso: not done: {name}");
    }
    if n > LIST_AT_MOST {
        eprintln!("sayso: … and {} more", n - LIST_AT_MOST);
    }
}

//! `sayso extract`: the main job.

use super::{EXIT_FATAL, EXIT_OK, EXIT_REJECTED};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sayso::article::Rejection;
use sayso::input::{self, Format, InputOptions};
use sayso::output::OutputOptions;
use sayso::pipeline::{self, OnError, Progress, RunError, RunOptions};
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files or directories (walked recursively); `-` or nothing for standard input. `.gz`/`.zst` are read transparently.
    pub inputs: Vec<PathBuf>,
    /// Write to this file (via a temporary file renamed at the end) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
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

/// The output file: a temporary beside the target, renamed at the end. A
/// target that exists and is not a regular file (`/dev/null`, a FIFO) is
/// written directly: renaming over it would replace the device.
pub(super) struct OutFile {
    tmp: PathBuf,
    target: PathBuf,
}

impl OutFile {
    pub(super) fn create(target: &Path) -> Result<(Option<OutFile>, File)> {
        if std::fs::metadata(target).is_ok_and(|m| !m.is_file()) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(target)
                .with_context(|| format!("{}: cannot open output", target.display()))?;
            return Ok((None, file));
        }
        let dir = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
        let tmp = dir.join(format!(".{name}.sayso-tmp-{}", std::process::id()));
        let file = File::create(&tmp).with_context(|| format!("{}: cannot create output", target.display()))?;
        Ok((Some(OutFile { tmp, target: target.to_path_buf() }), file))
    }
    pub(super) fn commit(self) -> Result<()> {
        std::fs::rename(&self.tmp, &self.target).with_context(|| format!("{}: cannot write output", self.target.display()))
    }
    pub(super) fn discard(self) {
        let _ = std::fs::remove_file(&self.tmp);
    }
}

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
    let inputs = input::expand_inputs(&args.inputs)?;
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    // `--threads` holds for loading the dictionaries too (they load on rayon's global pool).
    let _ = rayon::ThreadPoolBuilder::new().num_threads(threads).build_global();
    let pipeline = super::load_pipeline(&args.dicts, args.no_default_dicts)?;
    let opts = RunOptions {
        inputs,
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
    let mut errors_file = match &args.errors {
        Some(p) => Some(BufWriter::new(File::create(p).with_context(|| format!("{}: cannot create errors file", p.display()))?)),
        None => None,
    };
    let (out_file, mut sink): (Option<OutFile>, Box<dyn Write + Send>) = match &args.output {
        Some(p) => {
            let (of, f) = OutFile::create(p)?;
            (of, Box::new(BufWriter::with_capacity(1 << 20, f)))
        }
        None => (None, Box::new(BufWriter::with_capacity(1 << 20, io::stdout()))),
    };
    let bar = make_bar(args.progress, input::total_size(&opts.inputs));
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
    let result = pipeline::run(&pipeline, &opts, &mut sink, &mut on_reject, bar.as_ref().map(|b| b as &dyn Progress));
    if let Some(b) = &bar {
        b.0.finish_and_clear();
    }
    let flushed = sink.flush();
    drop(sink);
    if let Some(f) = errors_file.as_mut() {
        let _ = f.flush();
    }
    // The dictionaries take a noticeable time to free and the process is about
    // to end: leave them to the operating system.
    std::mem::forget(pipeline);
    let summary = match result {
        Ok(s) => s,
        Err(RunError::BrokenPipe) => {
            if let Some(of) = out_file {
                of.discard();
            }
            return Ok(EXIT_OK);
        }
        Err(e) => {
            if let Some(of) = out_file {
                of.discard();
            }
            eprintln!("sayso: error: {e}");
            return Ok(EXIT_FATAL);
        }
    };
    if let Err(e) = flushed {
        if let Some(of) = out_file {
            of.discard();
        }
        if e.kind() == io::ErrorKind::BrokenPipe {
            return Ok(EXIT_OK);
        }
        eprintln!("sayso: error: writing output: {e}");
        return Ok(EXIT_FATAL);
    }
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
    }
    if summary.stopped {
        if let Some(of) = out_file {
            of.discard();
        }
        eprintln!("sayso: stopped at the first rejected record (--on-error fail)");
        return Ok(EXIT_REJECTED);
    }
    if let Some(of) = out_file {
        of.commit()?;
    }
    if summary.rejected_total() > 0 && opts.on_error != OnError::Emit {
        return Ok(EXIT_REJECTED);
    }
    Ok(EXIT_OK)
}

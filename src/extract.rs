//! Files in, files out: the whole `sayso extract` job, for the command line
//! and for any binding.
//!
//! Takes: the inputs as typed (files, directories walked recursively, `-` for
//! standard input), a [`Destination`] — standard output, one file, or one file
//! per input under a directory — the run's options, and a stop flag.
//! Gives: the outputs, and an [`ExtractReport`]: counts, outputs written,
//! inputs skipped (`resume`) and inputs not done (stopped).
//!
//! Guarantees:
//! - **An output file that exists is complete.** Every output file is written
//!   to a temporary in its own directory, `.NAME.sayso-tmp-PID` (hidden), synced
//!   and renamed to NAME when its input (for [`Destination::File`]: the run) is
//!   done. A killed run leaves complete outputs and temporaries only.
//! - **Resume**: with `resume`, inputs whose output exists are skipped;
//!   temporaries that no running process owns are removed when a run into a
//!   directory starts. A resumed run writes the same bytes as one clean run.
//! - **Stop**: once the stop flag is set, no more input is read; outputs of
//!   inputs read to their end are written, the temporary of the input cut
//!   short is removed, and the report lists what was not done.
//!
//! `--out-dir` mapping: an input's path relative to the INPUT it was found
//! under (its file name for a file INPUT), compression suffix dropped,
//! extension `.jsonl` (then `.gz`/`.zst` when compressing): see [`output_relpath`].

use crate::article::Rejection;
use crate::input::{self, Format, InputOptions, InputPath, PathError};
use crate::output::OutputOptions;
use crate::pipeline::{self, OnError, Pipeline, Progress, RunError, RunOptions, Sink, Summary};
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// Compression of the outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compression {
    #[default]
    None,
    /// gzip, level 6; `.jsonl.gz`.
    Gzip,
    /// zstd, level 3, with checksum; `.jsonl.zst`.
    Zstd,
}

impl Compression {
    /// The output extension: `.jsonl`, `.jsonl.gz` or `.jsonl.zst`.
    pub fn extension(self) -> &'static str {
        match self {
            Compression::None => "jsonl",
            Compression::Gzip => "jsonl.gz",
            Compression::Zstd => "jsonl.zst",
        }
    }
}

/// Where the output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// Standard output, flushed after every batch; a stop leaves what was written.
    Stdout,
    /// One file, through a temporary renamed when the run is complete (a
    /// stopped or failed run leaves no file). A path that exists and is not a
    /// regular file (`/dev/null`, a FIFO) is written directly.
    File(PathBuf),
    /// One file per input under this directory (created if missing).
    Dir(PathBuf),
}

/// Everything [`extract`] needs besides the pipeline.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Files or directories as typed; `-` (or none) for standard input.
    pub inputs: Vec<PathBuf>,
    pub destination: Destination,
    /// Compress the output file(s) (not for standard output).
    pub compress: Compression,
    /// Skip inputs whose output exists ([`Destination::File`]: do nothing if
    /// the file exists). Not for standard output.
    pub resume: bool,
    pub format: Format,
    pub input: InputOptions,
    pub output: OutputOptions,
    pub on_error: OnError,
    /// Worker threads (annotation); reading and writing have a thread each.
    pub threads: usize,
    /// Target size of a batch, in input bytes.
    pub batch_bytes: usize,
}

impl ExtractOptions {
    /// Defaults: sniffed formats, default fields, rejections skipped, no
    /// compression, no resume, all cores, 4 MB batches.
    pub fn new(inputs: Vec<PathBuf>, destination: Destination) -> ExtractOptions {
        ExtractOptions {
            inputs,
            destination,
            compress: Compression::None,
            resume: false,
            format: Format::Auto,
            input: InputOptions::default(),
            output: OutputOptions::default(),
            on_error: OnError::Skip,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch_bytes: 4 << 20,
        }
    }
}

/// What a run did.
#[derive(Debug, Default, Clone)]
pub struct ExtractReport {
    /// Records read, articles written, rejections (this run's inputs only).
    pub summary: Summary,
    /// Input files found (skipped ones included).
    pub inputs: usize,
    /// Output files written, complete, by this run.
    pub written: Vec<PathBuf>,
    /// Inputs skipped because their output existed (`resume`).
    pub skipped: Vec<String>,
    /// Inputs not done: the stop flag or `OnError::Fail` ended the run first.
    /// Their outputs were not written ([`Destination::File`]: the file was not
    /// written at all; [`Destination::Stdout`]: their lines may be partly out).
    pub not_done: Vec<String>,
    /// Temporaries of earlier, killed runs removed from the output directory.
    pub temporaries_removed: usize,
}

impl ExtractReport {
    /// The stop flag ended the run before its end.
    pub fn interrupted(&self) -> bool {
        self.summary.interrupted
    }
}

/// How a run could not proceed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// Options that do not go together, or an output that would clash.
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Path(#[from] PathError),
    #[error("{}: {source}", path.display())]
    Output { path: PathBuf, source: io::Error },
    #[error(transparent)]
    Run(#[from] RunError),
}

fn usage(msg: impl Into<String>) -> ExtractError {
    ExtractError::Usage(msg.into())
}

fn output_err(path: &Path) -> impl FnOnce(io::Error) -> ExtractError + '_ {
    move |source| ExtractError::Output { path: path.to_path_buf(), source }
}

/// A checked run: inputs expanded, outputs mapped, what to skip decided.
/// Nothing is written until [`Plan::run`].
#[derive(Debug, Clone)]
pub struct Plan {
    opts: ExtractOptions,
    /// Inputs to read, in order.
    todo: Vec<InputPath>,
    /// `Destination::Dir`: the output of each input of `todo`.
    targets: Vec<PathBuf>,
    skipped: Vec<String>,
    found: usize,
}

/// The output path, relative to the output directory, of an input at
/// `relative` (its path below the INPUT it was found under): `.gz`/`.zst`
/// dropped, extension replaced by `.jsonl` (`a/b.jsonl.gz` → `a/b.jsonl`,
/// `x.txt` → `x.jsonl`), then `.gz`/`.zst` for compressed output.
pub fn output_relpath(relative: &Path, compress: Compression) -> PathBuf {
    let name = relative.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    let mut stem = name.as_str();
    for suffix in [".gz", ".gzip", ".zst", ".zstd"] {
        if lower.ends_with(suffix) && name.len() > suffix.len() {
            stem = &name[..name.len() - suffix.len()];
            break;
        }
    }
    // The extension is what follows the last dot, unless the name is all extension (`.hidden`).
    let base = match stem.rfind('.') {
        Some(i) if i > 0 => &stem[..i],
        _ => stem,
    };
    relative.with_file_name(format!("{base}.{}", compress.extension()))
}

/// The temporary an output is written to, in the same directory.
pub fn temp_path(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    target.with_file_name(format!(".{name}.sayso-tmp-{}", std::process::id()))
}

/// The process id in a temporary's file name, if it is one (`.NAME.sayso-tmp-PID`).
pub fn temp_owner(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('.')?;
    let (_, pid) = rest.rsplit_once(".sayso-tmp-")?;
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether a process with this id runs (and so may own a temporary).
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
        // SAFETY: signal 0 only checks that the process exists; nothing is sent.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        false
    }
}

/// `path` made absolute without needing it to exist: its nearest existing
/// ancestor is canonicalized, the rest joined as written.
fn absolute(path: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut cur = path.to_path_buf();
    loop {
        if let Ok(c) = cur.canonicalize() {
            let mut out = c;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (cur.file_name().map(|n| n.to_os_string()), cur.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                cur = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent.to_path_buf() };
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// Checks the options, expands the inputs, maps each to its output and
/// decides what `resume` skips. Reads no input and writes nothing.
pub fn plan(opts: &ExtractOptions) -> Result<Plan, ExtractError> {
    if opts.threads == 0 {
        return Err(usage("--threads must be at least 1"));
    }
    let stdin_named = opts.inputs.is_empty() || opts.inputs.iter().any(|p| input::is_stdin(p));
    let mut plan = Plan { opts: opts.clone(), todo: Vec::new(), targets: Vec::new(), skipped: Vec::new(), found: 0 };
    match &opts.destination {
        Destination::Stdout => {
            if opts.compress != Compression::None {
                return Err(usage("--compress needs --out-dir or -o (pipe standard output through gzip or zstd instead)"));
            }
            if opts.resume {
                return Err(usage("--resume needs --out-dir or -o"));
            }
            plan.todo = input::expand_inputs(&opts.inputs)?;
        }
        Destination::File(target) => {
            plan.todo = input::expand_inputs(&opts.inputs)?;
            if opts.resume && std::fs::metadata(target).is_ok_and(|m| m.is_file()) {
                plan.skipped = plan.todo.drain(..).map(|p| p.display_name()).collect();
                plan.found = plan.skipped.len();
                return Ok(plan);
            }
        }
        Destination::Dir(dir) => {
            if stdin_named {
                return Err(usage(
                    "standard input cannot be used with --out-dir (one output per input file): name the input files",
                ));
            }
            plan_dir(&mut plan, dir)?;
            return Ok(plan);
        }
    }
    plan.found = plan.todo.len();
    Ok(plan)
}

fn plan_dir(plan: &mut Plan, dir: &Path) -> Result<(), ExtractError> {
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        return Err(usage(format!("--out-dir {}: exists and is not a directory", dir.display())));
    }
    let abs_dir = absolute(dir);
    let mut seen: HashMap<PathBuf, String> = HashMap::new();
    for arg in &plan.opts.inputs {
        let is_dir = std::fs::metadata(arg).is_ok_and(|m| m.is_dir());
        if is_dir && abs_dir.starts_with(absolute(arg)) {
            return Err(usage(format!(
                "--out-dir {} is inside the input directory {}: its outputs would be read as inputs",
                dir.display(),
                arg.display()
            )));
        }
        for found in input::expand_inputs(std::slice::from_ref(arg))? {
            let InputPath::File(path) = &found else {
                return Err(usage("standard input cannot be used with --out-dir"));
            };
            let relative = if is_dir {
                path.strip_prefix(arg).map(Path::to_path_buf).unwrap_or_else(|_| path.clone())
            } else {
                PathBuf::from(path.file_name().unwrap_or(path.as_os_str()))
            };
            // Only plain names below DIR: no `..`, no root.
            if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
                return Err(usage(format!("{}: cannot place its output under --out-dir", path.display())));
            }
            let target = dir.join(output_relpath(&relative, plan.opts.compress));
            if let Some(other) = seen.insert(target.clone(), found.display_name()) {
                return Err(usage(format!(
                    "{} and {} would both be written to {}: give them different names, or run them separately",
                    other,
                    found.display_name(),
                    target.display()
                )));
            }
            if let (Ok(a), Ok(b)) = (target.canonicalize(), path.canonicalize()) {
                if a == b {
                    return Err(usage(format!("{}: its output would overwrite it; choose another --out-dir", path.display())));
                }
            }
            plan.found += 1;
            if plan.opts.resume && std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
                plan.skipped.push(found.display_name());
            } else {
                plan.todo.push(found);
                plan.targets.push(target);
            }
        }
    }
    Ok(())
}

impl Plan {
    /// Input files found (skipped ones included).
    pub fn inputs_found(&self) -> usize {
        self.found
    }
    /// Inputs the run will read, in order.
    pub fn todo(&self) -> &[InputPath] {
        &self.todo
    }
    /// Inputs skipped because their output exists.
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }
    /// The output of each input to read (`Destination::Dir` only; same order as [`Plan::todo`]).
    pub fn targets(&self) -> &[PathBuf] {
        &self.targets
    }
    /// Size on disk of the inputs to read, where known (for a progress bar).
    pub fn total_bytes(&self) -> Option<u64> {
        input::total_size(&self.todo)
    }

    /// Runs the plan: see the module doc. Rejections go to `on_reject`, in input order.
    pub fn run(
        &self,
        pipeline: &Pipeline,
        on_reject: &mut (dyn FnMut(&Rejection) + Send),
        progress: Option<&dyn Progress>,
        stop: Option<&AtomicBool>,
    ) -> Result<ExtractReport, ExtractError> {
        let opts = &self.opts;
        let mut report = ExtractReport { inputs: self.found, skipped: self.skipped.clone(), ..ExtractReport::default() };
        let run_opts = RunOptions {
            inputs: self.todo.clone(),
            format: opts.format,
            input: opts.input.clone(),
            output: opts.output.clone(),
            on_error: opts.on_error,
            threads: opts.threads,
            batch_bytes: opts.batch_bytes.max(1),
        };
        match &opts.destination {
            Destination::Stdout => {
                let mut out = BufWriter::with_capacity(1 << 20, io::stdout());
                let mut sink = Plain(&mut out);
                let result = pipeline::run_into(pipeline, &run_opts, &mut sink, on_reject, progress, stop);
                let flushed = out.flush();
                report.summary = result?;
                flushed.map_err(|e| if e.kind() == io::ErrorKind::BrokenPipe { RunError::BrokenPipe } else { RunError::Write(e) })?;
                report.not_done = self.todo[report.summary.inputs_done..].iter().map(InputPath::display_name).collect();
            }
            Destination::File(target) => {
                if !self.skipped.is_empty() {
                    return Ok(report);
                }
                let mut file = OutFile::create(target, opts.compress)?;
                let result = pipeline::run_into(pipeline, &run_opts, &mut file, on_reject, progress, stop);
                report.summary = result?;
                let s = &report.summary;
                if s.interrupted || s.stopped {
                    report.not_done = self.todo[s.inputs_done..].iter().map(InputPath::display_name).collect();
                    drop(file); // the temporary goes with it
                } else {
                    file.commit()?;
                    report.written.push(target.clone());
                }
            }
            Destination::Dir(dir) => {
                std::fs::create_dir_all(dir).map_err(output_err(dir))?;
                report.temporaries_removed = remove_stale_temporaries(dir)?;
                if self.todo.is_empty() {
                    return Ok(report);
                }
                let mut shards = Shards { targets: &self.targets, compress: opts.compress, current: None, next: 0, written: Vec::new() };
                let result = pipeline::run_into(pipeline, &run_opts, &mut shards, on_reject, progress, stop);
                shards.abandon();
                report.written = std::mem::take(&mut shards.written);
                report.summary = result?;
                report.not_done = self.todo[shards.next..].iter().map(InputPath::display_name).collect();
            }
        }
        Ok(report)
    }
}

/// [`plan`] then [`Plan::run`].
pub fn extract(
    pipeline: &Pipeline,
    opts: &ExtractOptions,
    on_reject: &mut (dyn FnMut(&Rejection) + Send),
    progress: Option<&dyn Progress>,
    stop: Option<&AtomicBool>,
) -> Result<ExtractReport, ExtractError> {
    plan(opts)?.run(pipeline, on_reject, progress, stop)
}

/// Removes, under `dir`, the temporaries no running process owns (left by a
/// killed run). Returns how many.
fn remove_stale_temporaries(dir: &Path) -> Result<usize, ExtractError> {
    let mut removed = 0;
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok) {
        if !entry.file_type().is_file() {
            continue;
        }
        let Some(pid) = temp_owner(&entry.file_name().to_string_lossy()) else { continue };
        if pid == std::process::id() || !process_alive(pid) {
            std::fs::remove_file(entry.path()).map_err(output_err(entry.path()))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// A writer as a [`Sink`] (standard output).
struct Plain<'a, W: Write + Send>(&'a mut W);

impl<W: Write + Send> Sink for Plain<'_, W> {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
    fn input_done(&mut self, _index: usize) -> io::Result<()> {
        Ok(())
    }
}

/// Size of the pieces handed to a compressor: fixed, so that the compressed
/// bytes depend only on the content, never on how batches fell.
const CHUNK: usize = 256 << 10;

/// Feeds `inner` in pieces of exactly [`CHUNK`] bytes (the last one shorter).
struct Chunked<W: Write> {
    inner: W,
    buf: Vec<u8>,
}

impl<W: Write> Chunked<W> {
    fn new(inner: W) -> Self {
        Chunked { inner, buf: Vec::with_capacity(CHUNK) }
    }
    fn write_all(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            let take = (CHUNK - self.buf.len()).min(bytes.len());
            self.buf.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if self.buf.len() == CHUNK {
                self.inner.write_all(&self.buf)?;
                self.buf.clear();
            }
        }
        Ok(())
    }
    fn into_inner(mut self) -> io::Result<W> {
        self.inner.write_all(&self.buf)?;
        Ok(self.inner)
    }
}

/// An output file's writer, compressing or not.
enum Encoder {
    Plain(BufWriter<File>),
    Gzip(Chunked<flate2::write::GzEncoder<File>>),
    Zstd(Chunked<zstd::stream::write::Encoder<'static, File>>),
}

impl Encoder {
    fn new(file: File, compress: Compression) -> io::Result<Encoder> {
        Ok(match compress {
            Compression::None => Encoder::Plain(BufWriter::with_capacity(1 << 20, file)),
            Compression::Gzip => {
                Encoder::Gzip(Chunked::new(flate2::write::GzEncoder::new(file, flate2::Compression::default())))
            }
            Compression::Zstd => {
                let mut enc = zstd::stream::write::Encoder::new(file, 3)?;
                enc.include_checksum(true)?;
                Encoder::Zstd(Chunked::new(enc))
            }
        })
    }
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.write_all(bytes),
            Encoder::Gzip(w) => w.write_all(bytes),
            Encoder::Zstd(w) => w.write_all(bytes),
        }
    }
    /// Hands plain output on to the file; compressed output is not flushed
    /// (a flush would change the compressed bytes).
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.flush(),
            _ => Ok(()),
        }
    }
    /// Writes everything out and ends the compressed stream; gives the file back.
    fn finish(self) -> io::Result<File> {
        match self {
            Encoder::Plain(w) => w.into_inner().map_err(|e| e.into_error()),
            Encoder::Gzip(w) => w.into_inner()?.finish(),
            Encoder::Zstd(w) => w.into_inner()?.finish(),
        }
    }
}

/// Finishes `enc`, syncs the file and renames `tmp` to `target`.
fn commit(enc: Encoder, tmp: &Path, target: &Path) -> io::Result<()> {
    let file = enc.finish()?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(tmp, target)
}

fn with_path(path: &Path) -> impl FnOnce(io::Error) -> io::Error + '_ {
    move |e| io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// `Destination::File`: one output through a temporary beside it.
struct OutFile {
    target: PathBuf,
    /// `None`: the target is a device or FIFO, written directly.
    tmp: Option<PathBuf>,
    enc: Option<Encoder>,
}

impl OutFile {
    fn create(target: &Path, compress: Compression) -> Result<OutFile, ExtractError> {
        if std::fs::metadata(target).is_ok_and(|m| !m.is_file()) {
            let file = std::fs::OpenOptions::new().write(true).open(target).map_err(output_err(target))?;
            let enc = Encoder::new(file, compress).map_err(output_err(target))?;
            return Ok(OutFile { target: target.to_path_buf(), tmp: None, enc: Some(enc) });
        }
        let tmp = temp_path(target);
        let file = File::create(&tmp).map_err(output_err(target))?;
        let enc = Encoder::new(file, compress).map_err(output_err(target))?;
        Ok(OutFile { target: target.to_path_buf(), tmp: Some(tmp), enc: Some(enc) })
    }
    fn commit(mut self) -> Result<(), ExtractError> {
        let Some(enc) = self.enc.take() else { return Ok(()) };
        match self.tmp.take() {
            Some(tmp) => commit(enc, &tmp, &self.target).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                ExtractError::Output { path: self.target.clone(), source: e }
            }),
            None => enc.finish().map(drop).map_err(output_err(&self.target)),
        }
    }
}

/// Writes `bytes` to `target` the way every output is written: through a
/// temporary beside it, synced and renamed (a device or FIFO directly), so a
/// failed write never leaves half a file. For outputs other than the
/// annotation stream (`sayso report`'s page, JSON and CSV files).
pub fn write_file(target: &Path, bytes: &[u8]) -> Result<(), ExtractError> {
    let mut file = OutFile::create(target, Compression::None)?;
    file.write_all(bytes).map_err(|e| ExtractError::Output { path: target.to_path_buf(), source: e })?;
    file.commit()
}

impl Drop for OutFile {
    fn drop(&mut self) {
        self.enc.take();
        if let Some(tmp) = self.tmp.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

impl Sink for OutFile {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.enc {
            Some(e) => e.write_all(bytes).map_err(with_path(&self.target)),
            None => Ok(()),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match &mut self.enc {
            Some(e) => e.flush().map_err(with_path(&self.target)),
            None => Ok(()),
        }
    }
    fn input_done(&mut self, _index: usize) -> io::Result<()> {
        Ok(())
    }
}

/// `Destination::Dir`: the output of the input being written, opened at its
/// first line, committed when the input is done.
struct Shards<'a> {
    targets: &'a [PathBuf],
    compress: Compression,
    /// The temporary and writer of input `next`, once opened.
    current: Option<(PathBuf, Encoder)>,
    /// The first input not yet done.
    next: usize,
    written: Vec<PathBuf>,
}

impl Shards<'_> {
    fn target(&self) -> io::Result<&PathBuf> {
        self.targets.get(self.next).ok_or_else(|| io::Error::other("more inputs ended than were planned"))
    }
    fn open(&mut self) -> io::Result<&mut Encoder> {
        if self.current.is_none() {
            let target = self.target()?.clone();
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(with_path(parent))?;
            }
            let tmp = temp_path(&target);
            let file = File::create(&tmp).map_err(with_path(&target))?;
            self.current = Some((tmp, Encoder::new(file, self.compress).map_err(with_path(&target))?));
        }
        match &mut self.current {
            Some((_, enc)) => Ok(enc),
            None => Err(io::Error::other("output not open")),
        }
    }
    /// Removes the temporary of an input cut short.
    fn abandon(&mut self) {
        if let Some((tmp, enc)) = self.current.take() {
            drop(enc);
            let _ = std::fs::remove_file(tmp);
        }
    }
}

impl Drop for Shards<'_> {
    fn drop(&mut self) {
        self.abandon();
    }
}

impl Sink for Shards<'_> {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.open()?.write_all(bytes)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn input_done(&mut self, index: usize) -> io::Result<()> {
        if index != self.next {
            return Err(io::Error::other(format!("input {index} ended while input {} was being written", self.next)));
        }
        self.open()?; // an input without a line gets an empty output
        let target = self.target()?.clone();
        if let Some((tmp, enc)) = self.current.take() {
            if let Err(e) = commit(enc, &tmp, &target) {
                let _ = std::fs::remove_file(&tmp);
                return Err(with_path(&target)(e));
            }
        }
        self.written.push(target);
        self.next += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(p: &str, c: Compression) -> String {
        output_relpath(Path::new(p), c).display().to_string()
    }

    #[test]
    fn outputs_are_named_after_inputs() {
        assert_eq!(rel("a/b.jsonl.gz", Compression::None), "a/b.jsonl");
        assert_eq!(rel("x.txt", Compression::None), "x.jsonl");
        assert_eq!(rel("x.txt", Compression::Gzip), "x.jsonl.gz");
        assert_eq!(rel("a/b.jsonl.gz", Compression::Zstd), "a/b.jsonl.zst");
        assert_eq!(rel("d/news.ndjson.ZST", Compression::None), "d/news.jsonl");
        assert_eq!(rel("dump", Compression::None), "dump.jsonl");
        assert_eq!(rel("dump.gz", Compression::None), "dump.jsonl");
        assert_eq!(rel("2024.01.02.json", Compression::None), "2024.01.02.jsonl");
        assert_eq!(rel(".hidden", Compression::None), ".hidden.jsonl");
    }

    #[test]
    fn temporaries_are_recognised_by_name() {
        let t = temp_path(Path::new("out/a/b.jsonl.gz"));
        let name = t.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(t.parent().unwrap(), Path::new("out/a"));
        assert!(name.starts_with(".b.jsonl.gz.sayso-tmp-"), "{name}");
        assert_eq!(temp_owner(&name), Some(std::process::id()));
        assert_eq!(temp_owner(".x.jsonl.sayso-tmp-12"), Some(12));
        for not_temp in ["x.jsonl", ".x.jsonl", "x.jsonl.sayso-tmp-12", ".x.jsonl.sayso-tmp-", ".x.sayso-tmp-1a"] {
            assert_eq!(temp_owner(not_temp), None, "{not_temp}");
        }
    }

    fn write(path: &Path, content: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    #[test]
    fn plan_maps_inputs_under_their_root_and_resume_skips_done_ones() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("in");
        write(&root.join("a/b.jsonl.gz"), "");
        write(&root.join("c.txt"), "");
        write(&root.join(".hidden.jsonl"), "");
        let single = tmp.path().join("x.txt");
        write(&single, "");
        let out = tmp.path().join("out");
        let mut opts = ExtractOptions::new(vec![root.clone(), single.clone()], Destination::Dir(out.clone()));
        opts.compress = Compression::Gzip;
        let p = plan(&opts).unwrap();
        assert_eq!(p.targets(), [out.join("a/b.jsonl.gz"), out.join("c.jsonl.gz"), out.join("x.jsonl.gz")]);
        assert_eq!(p.inputs_found(), 3);
        write(&out.join("c.jsonl.gz"), "");
        opts.resume = true;
        let p = plan(&opts).unwrap();
        assert_eq!(p.targets(), [out.join("a/b.jsonl.gz"), out.join("x.jsonl.gz")]);
        assert_eq!(p.skipped(), [root.join("c.txt").display().to_string()]);
    }

    #[test]
    fn plan_refuses_what_cannot_be_sharded() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("in");
        write(&root.join("a.txt"), "");
        write(&root.join("a.jsonl"), "");
        let out = tmp.path().join("out");
        let err = |inputs: Vec<PathBuf>, dest: Destination| plan(&ExtractOptions::new(inputs, dest)).unwrap_err().to_string();
        let e = err(vec![root.clone()], Destination::Dir(out.clone()));
        assert!(e.contains("would both be written to") && e.contains("a.jsonl"), "{e}");
        let e = err(vec![PathBuf::from("-")], Destination::Dir(out.clone()));
        assert!(e.contains("standard input"), "{e}");
        let e = err(vec![], Destination::Dir(out.clone()));
        assert!(e.contains("standard input"), "{e}");
        let e = err(vec![root.clone()], Destination::Dir(root.join("sub")));
        assert!(e.contains("inside the input directory"), "{e}");
        let mut o = ExtractOptions::new(vec![root.join("a.txt")], Destination::Stdout);
        o.resume = true;
        assert!(plan(&o).unwrap_err().to_string().contains("--resume needs"));
    }

    #[test]
    fn chunked_compression_does_not_depend_on_how_writes_fall() {
        let data: Vec<u8> = (0..700_000u32).flat_map(|i| format!("{{\"n\":{i}}}\n").into_bytes()).take(1_500_000).collect();
        for c in [Compression::Gzip, Compression::Zstd] {
            let encode = |piece: usize| {
                let tmp = tempfile::tempfile().unwrap();
                let mut enc = Encoder::new(tmp, c).unwrap();
                for part in data.chunks(piece) {
                    enc.write_all(part).unwrap();
                    enc.flush().unwrap();
                }
                let mut f = enc.finish().unwrap();
                use std::io::{Read, Seek};
                f.rewind().unwrap();
                let mut v = Vec::new();
                f.read_to_end(&mut v).unwrap();
                v
            };
            let a = encode(1000);
            assert_eq!(a, encode(333_333), "{c:?}");
            assert_eq!(a, encode(data.len()), "{c:?}");
        }
    }
}

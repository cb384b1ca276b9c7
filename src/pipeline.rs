//! The pipeline: a [`Pipeline`] annotates one article; [`run`] streams whole
//! inputs through it in parallel.
//!
//! `run` has three kinds of threads: one reader (input stage) cutting the
//! records into batches of a few MB; rayon workers annotating and
//! serializing whole batches; one writer putting batches back in input order
//! and flushing each. At most `threads + 2` batches are in flight, so memory
//! is bounded by the batch size, never by the input size. The output of an
//! article depends only on the article, so any thread count gives the same
//! bytes.
//!
//! [`run_into`] is the same run into a [`Sink`] told where each input ends
//! (one output per input: [`crate::extract`]), with a stop flag: once set, no
//! more input is read nor annotated, what was annotated is written, and the
//! run returns with [`Summary::interrupted`] set.

use crate::annotation::Annotation;
use crate::article::{Article, Record, Rejection};
use crate::gazetteer::{DictError, Gazetteer, GazetteerBuilder};
use crate::input::{self, Flow, Format, InputOptions, InputPath, PathError};
use crate::lexicon::Lexicon;
use crate::output::{self, OutputOptions};
use crate::text::Segmented;
use crate::{attribute, quotes, resolve};
use crossbeam_channel::{bounded, Receiver, Sender};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// Builds a [`Pipeline`]: which dictionaries to load.
#[derive(Default)]
pub struct PipelineBuilder {
    dict_files: Vec<PathBuf>,
    dict_strings: Vec<(String, String)>,
    no_default_dicts: bool,
}

impl PipelineBuilder {
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds a user dictionary file (repeatable); its entries win over the defaults.
    pub fn dict_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.dict_files.push(path.into());
        self
    }
    /// Adds a user dictionary held in memory.
    pub fn dict_str(mut self, name: &str, content: &str) -> Self {
        self.dict_strings.push((name.to_string(), content.to_string()));
        self
    }
    /// Leaves the embedded default dictionaries out.
    pub fn without_default_dicts(mut self) -> Self {
        self.no_default_dicts = true;
        self
    }
    /// Loads everything and builds the matchers.
    pub fn build(self) -> Result<Pipeline, DictError> {
        let mut b = GazetteerBuilder::new().defaults(!self.no_default_dicts);
        for f in &self.dict_files {
            b.add_file(f)?;
        }
        for (name, content) in &self.dict_strings {
            b.add_str(name, content);
        }
        let (gazetteer, lexicon) = rayon::join(|| b.build(), Lexicon::embedded);
        Ok(Pipeline { gazetteer: gazetteer?, lexicon })
    }
}

/// The loaded dictionaries and lexicons; build once, share across threads.
pub struct Pipeline {
    gazetteer: Gazetteer,
    lexicon: Lexicon,
}

/// Time spent in each stage, in nanoseconds (for `sayso bench`).
#[derive(Debug, Default, Clone, Copy)]
pub struct StageTimes {
    pub segment: u64,
    pub matching: u64,
    pub resolve: u64,
    pub quotes: u64,
    pub attribute: u64,
}

impl Pipeline {
    /// A pipeline with the embedded default dictionaries.
    pub fn new() -> Result<Pipeline, DictError> {
        PipelineBuilder::new().build()
    }

    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::new()
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The segment stage on `text`: paragraphs, sentences and the token
    /// stream with the lexicon's word classes (what the later stages read).
    pub fn segment(&self, text: &str) -> Segmented {
        Segmented::classified(text, &mut |w| self.lexicon.classes(w))
    }

    /// Annotates one article's text.
    pub fn annotate_text<'p>(&'p self, text: &str) -> Annotation<'p> {
        self.annotate_timed(text, None)
    }

    /// Annotates one article.
    pub fn annotate<'p>(&'p self, article: &Article) -> Annotation<'p> {
        self.annotate_text(&article.text)
    }

    /// Annotates, adding each stage's time to `times` when given.
    pub fn annotate_timed<'p>(&'p self, text: &str, mut times: Option<&mut StageTimes>) -> Annotation<'p> {
        let mut clock = std::time::Instant::now();
        let mut lap = |slot: fn(&mut StageTimes) -> &mut u64, times: &mut Option<&mut StageTimes>| {
            if let Some(t) = times.as_deref_mut() {
                let now = std::time::Instant::now();
                *slot(t) += (now - clock).as_nanos() as u64;
                clock = now;
            }
        };
        let seg = self.segment(text);
        lap(|t| &mut t.segment, &mut times);
        let matches = self.gazetteer.find(text);
        lap(|t| &mut t.matching, &mut times);
        let entities = resolve::resolve(text, &seg, &matches, &self.gazetteer, &self.lexicon);
        lap(|t| &mut t.resolve, &mut times);
        let spans = quotes::find_quotes(text, &seg);
        lap(|t| &mut t.quotes, &mut times);
        let cx = attribute::Context {
            text,
            seg: &seg,
            quotes: &spans,
            entities: &entities,
            lexicon: &self.lexicon,
            gazetteer: &self.gazetteer,
        };
        let quotes = attribute::attribute(&cx);
        lap(|t| &mut t.attribute, &mut times);
        Annotation { entities, quotes }
    }
}

/// What to do with a rejected record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    /// Report on stderr, go on, exit 1 at the end.
    Skip,
    /// Write an error object in the record's place, exit 0.
    Emit,
    /// Stop at the first.
    Fail,
}

/// Everything [`run`] needs besides the pipeline.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inputs: Vec<InputPath>,
    pub format: Format,
    pub input: InputOptions,
    pub output: OutputOptions,
    pub on_error: OnError,
    /// Worker threads (annotation); reading and writing have a thread each.
    pub threads: usize,
    /// Target size of a batch, in input bytes.
    pub batch_bytes: usize,
}

impl RunOptions {
    /// Options for reading `inputs` with `threads` workers: sniffed formats,
    /// default fields, rejections skipped, 4 MB batches.
    pub fn new(inputs: Vec<InputPath>, threads: usize) -> RunOptions {
        RunOptions {
            inputs,
            format: Format::Auto,
            input: InputOptions::default(),
            output: OutputOptions::default(),
            on_error: OnError::Skip,
            threads,
            batch_bytes: 4 << 20,
        }
    }
}

/// Counts for the end-of-run summary.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub articles_read: u64,
    pub articles_written: u64,
    pub rejected: BTreeMap<&'static str, u64>,
    pub error_lines_written: u64,
    /// A rejection stopped the run (`--on-error fail`).
    pub stopped: bool,
    /// Raw bytes read from the inputs (compressed size for archives).
    pub bytes_in: u64,
    /// The stop flag was set when the run ended (some inputs may not be done: see `inputs_done`).
    pub interrupted: bool,
    /// How many of the inputs were read to their end and all their lines written.
    pub inputs_done: usize,
}

impl Summary {
    pub fn rejected_total(&self) -> u64 {
        self.rejected.values().sum()
    }
}

/// Progress callbacks, called from the writer thread.
pub trait Progress: Send + Sync {
    fn update(&self, raw_bytes_read: u64, articles: u64);
}

/// How a run ended badly.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Path(#[from] PathError),
    #[error("writing output: {0}")]
    Write(io::Error),
    /// The reader of our output went away (a closed pipe): not an error to report.
    #[error("output closed")]
    BrokenPipe,
}

/// Where [`run_into`] writes: one stream of lines, told where each input ends.
pub trait Sink: Send {
    /// Lines of the input being written (the first input not yet done).
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// The end of a batch: hand on what was written (a pipe's reader sees it).
    fn flush(&mut self) -> io::Result<()>;
    /// `RunOptions::inputs[index]` was read to its end and every line of it
    /// was written: what was written since the previous input ended is its output.
    fn input_done(&mut self, index: usize) -> io::Result<()>;
}

/// A plain writer as a [`Sink`]: input ends are not marked.
struct WriteSink<'a>(&'a mut (dyn Write + Send));

impl Sink for WriteSink<'_> {
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

struct Batch {
    records: Vec<Record>,
    /// `(k, i)`: input `i` ends after the first `k` records of the batch.
    ends: Vec<(usize, usize)>,
}

/// A processed batch: each record's output line, or its rejection, in input
/// order, and where inputs end.
struct Done {
    pieces: Vec<Result<Vec<u8>, Rejection>>,
    ends: Vec<(usize, usize)>,
}

/// Reads every input, annotates in parallel, writes JSONL to `out` in input order.
/// Rejections go to `on_reject` (in input order) as they are met.
pub fn run(
    pipeline: &Pipeline,
    opts: &RunOptions,
    out: &mut (dyn Write + Send),
    on_reject: &mut (dyn FnMut(&Rejection) + Send),
    progress: Option<&dyn Progress>,
) -> Result<Summary, RunError> {
    run_into(pipeline, opts, &mut WriteSink(out), on_reject, progress, None)
}

/// [`run`] into a [`Sink`], which is told where each input ends, and with a
/// stop flag: once it is set, no more records are read and no more batches
/// annotated (batches already annotated are written), and the summary says
/// `interrupted`. The output of an input not done may be partly written: the
/// sink knows, as it was never told that input ended.
pub fn run_into(
    pipeline: &Pipeline,
    opts: &RunOptions,
    out: &mut dyn Sink,
    on_reject: &mut (dyn FnMut(&Rejection) + Send),
    progress: Option<&dyn Progress>,
    stop: Option<&AtomicBool>,
) -> Result<Summary, RunError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.max(1))
        .thread_name(|i| format!("sayso-worker-{i}"))
        .build()
        .map_err(|e| RunError::Write(io::Error::other(e)))?;
    // Bounded channels keep at most a handful of batches in memory:
    // one being read, one waiting, one annotated, two waiting to be written, one being written.
    let (batch_tx, batch_rx) = bounded::<Batch>(1);
    let (done_tx, done_rx) = bounded::<Done>(2);
    let raw_bytes = Arc::new(AtomicU64::new(0));
    let stopped = || stop.is_some_and(|s| s.load(Ordering::Relaxed));

    std::thread::scope(|scope| -> Result<Summary, RunError> {
        let reader = scope.spawn({
            let raw_bytes = raw_bytes.clone();
            move || read_batches(opts, batch_tx, raw_bytes, stop)
        });
        let writer = scope.spawn({
            let raw_bytes = raw_bytes.clone();
            move || write_ordered(opts.on_error, &opts.output, done_rx, out, on_reject, progress, &raw_bytes)
        });
        for batch in batch_rx.iter() {
            if stopped() {
                break; // batches read but not annotated are dropped: the stop comes within one batch
            }
            let done = pool.install(|| process_batch(pipeline, &opts.output, batch));
            if done_tx.send(done).is_err() {
                break; // the writer stopped
            }
        }
        drop(batch_rx);
        drop(done_tx);
        let written = writer.join().unwrap_or_else(|_| Err(RunError::Write(io::Error::other("writer thread panicked"))));
        let read = reader.join().unwrap_or_else(|_| Err(RunError::Write(io::Error::other("reader thread panicked"))));
        let mut summary = written?;
        summary.bytes_in = read?;
        summary.interrupted = stopped();
        Ok(summary)
    })
}

/// Annotates and serializes one batch, articles in parallel, order kept.
fn process_batch(pipeline: &Pipeline, out_opts: &OutputOptions, batch: Batch) -> Done {
    use rayon::prelude::*;
    let pieces = batch
        .records
        .into_par_iter()
        .with_min_len(4)
        .map(|rec| {
            rec.and_then(|article| {
                guarded(&article, || {
                    let ann = pipeline.annotate(&article);
                    let mut buf = Vec::with_capacity(article.text.len() + 1024);
                    output::write_article(&mut buf, &article, &ann, out_opts);
                    buf
                })
            })
        })
        .collect();
    Done { pieces, ends: batch.ends }
}

/// Runs `work` for one article; a panic in it becomes that article's
/// rejection (kind `internal`), so that a bug met on one article costs one
/// error line, not the whole run (an engine would fail the whole job).
fn guarded(article: &Article, work: impl FnOnce() -> Vec<u8>) -> Result<Vec<u8>, Rejection> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Rejection {
            origin: article.origin.clone(),
            id_json: Some(article.id_json.clone()),
            kind: crate::article::RejectKind::Internal,
            message: format!("internal error while annotating (please report): {}", what.chars().take(300).collect::<String>()),
            is_record: true,
        }
    })
}

/// The reader thread: every input, cut into batches of about `batch_bytes`,
/// marking where each input ends; stops between records once `stop` is set.
/// Returns the raw bytes read.
fn read_batches(
    opts: &RunOptions,
    tx: Sender<Batch>,
    raw_bytes: Arc<AtomicU64>,
    stop: Option<&AtomicBool>,
) -> Result<u64, RunError> {
    let stopped = || stop.is_some_and(|s| s.load(Ordering::Relaxed));
    let mut records: Vec<Record> = Vec::new();
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut size = 0usize;
    let mut interrupted = false;
    for (index, path) in opts.inputs.iter().enumerate() {
        if stopped() {
            interrupted = true;
            break;
        }
        let flow = input::read_input(path, opts.format, &opts.input, raw_bytes.clone(), &mut |rec| {
            if stopped() {
                return Flow::Stop;
            }
            size += rec.as_ref().map_or(64, |a| a.input_bytes);
            records.push(rec);
            if size >= opts.batch_bytes {
                size = 0;
                let batch = Batch { records: std::mem::take(&mut records), ends: std::mem::take(&mut ends) };
                if tx.send(batch).is_err() {
                    return Flow::Stop;
                }
            }
            Flow::Continue
        })?;
        if flow == Flow::Stop {
            interrupted = stopped();
            break;
        }
        ends.push((records.len(), index));
    }
    if interrupted {
        // The records after the last input that ended belong to an input cut short: not written.
        records.truncate(ends.last().map_or(0, |&(k, _)| k));
    }
    if !records.is_empty() || !ends.is_empty() {
        let _ = tx.send(Batch { records, ends });
    }
    Ok(raw_bytes.load(Ordering::Relaxed))
}

/// The writer thread: writes batches as they come (they come in order),
/// flushing after each; handles rejections per `on_error`.
fn write_ordered(
    on_error: OnError,
    out_opts: &OutputOptions,
    rx: Receiver<Done>,
    out: &mut dyn Sink,
    on_reject: &mut (dyn FnMut(&Rejection) + Send),
    progress: Option<&dyn Progress>,
    raw_bytes: &AtomicU64,
) -> Result<Summary, RunError> {
    let mut summary = Summary::default();
    let mut err_buf = Vec::new();
    let io_err = |e: io::Error| if e.kind() == io::ErrorKind::BrokenPipe { RunError::BrokenPipe } else { RunError::Write(e) };
    let write = |out: &mut dyn Sink, bytes: &[u8]| -> Result<(), RunError> { out.write_all(bytes).map_err(io_err) };
    for done in rx.iter() {
        let mut ends = done.ends.iter().peekable();
        for (k, piece) in done.pieces.into_iter().enumerate() {
            while let Some(&(_, index)) = ends.next_if(|&&(at, _)| at == k) {
                out.input_done(index).map_err(io_err)?;
                summary.inputs_done += 1;
            }
            match piece {
                Ok(line) => {
                    summary.articles_read += 1;
                    summary.articles_written += 1;
                    write(out, &line)?;
                }
                Err(rej) => {
                    if rej.is_record {
                        summary.articles_read += 1;
                    }
                    *summary.rejected.entry(rej.kind.as_str()).or_default() += 1;
                    on_reject(&rej);
                    match on_error {
                        OnError::Emit if rej.is_record => {
                            err_buf.clear();
                            output::write_error(&mut err_buf, &rej, out_opts);
                            write(out, &err_buf)?;
                            summary.error_lines_written += 1;
                        }
                        OnError::Fail => {
                            summary.stopped = true;
                            out.flush().map_err(RunError::Write)?;
                            return Ok(summary);
                        }
                        _ => {}
                    }
                }
            }
        }
        for &(_, index) in ends {
            out.input_done(index).map_err(io_err)?;
            summary.inputs_done += 1;
        }
        out.flush().map_err(io_err)?;
        if let Some(p) = progress {
            p.update(raw_bytes.load(Ordering::Relaxed), summary.articles_read);
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Origin, RejectKind};

    #[test]
    fn a_panic_on_one_article_becomes_its_rejection() {
        let article = Article {
            id_json: "\"x\"".to_string(),
            title: None,
            text: "t".to_string(),
            origin: Origin { file: Arc::from("f.jsonl"), line: 3 },
            text_field: None,
            text_repaired: false,
            fields: None,
            input_bytes: 2,
        };
        assert_eq!(guarded(&article, || b"ok\n".to_vec()).unwrap(), b"ok\n");
        let r = guarded(&article, || panic!("byte index 5 is not a char boundary"));
        let rej = r.unwrap_err();
        assert_eq!(rej.kind, RejectKind::Internal);
        assert_eq!(rej.id_json.as_deref(), Some("\"x\""));
        assert!(rej.is_record);
        assert!(rej.message.contains("not a char boundary"), "{}", rej.message);
        assert_eq!(rej.origin.line, 3);
    }
}

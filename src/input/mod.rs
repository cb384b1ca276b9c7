//! Input stage: turns files, directories and standard input into [`Record`]s.
//!
//! Takes: paths (`-` for standard input), a [`Format`] and field options.
//! Gives: a stream of records, each an [`Article`](crate::Article) or a
//! [`Rejection`](crate::Rejection) naming FILE:LINE, in input order.
//!
//! Compressed inputs (gzip, zstd) are recognised by their magic bytes, so the
//! extension does not matter. The format is sniffed per file (first non-blank
//! byte `{` means JSONL) unless forced. This stage never panics on input and
//! never stops a file for one bad record; a read error (a truncated archive,
//! say) ends that file with one rejection saying where.

mod jsonl;
mod textdump;

use crate::article::{Origin, RejectKind, Record, Rejection};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub use jsonl::parse_jsonl_line;
pub use textdump::TextDumpSplitter;

/// The input format of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Sniffed per file: `.jsonl`/`.ndjson`, or a first non-blank byte `{`, is JSONL.
    Auto,
    Jsonl,
    Text,
}

/// How records are read from JSONL and how ids are made.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    /// Read the body from this field instead of the default fallbacks.
    pub text_field: Option<String>,
    /// Read the id from this field when the record has no `id`.
    pub id_field: Option<String>,
    /// Prepended to generated ids (`<file>:<line>`, `<file>#<n>`).
    pub id_prefix: String,
}

/// The body fields tried, in order, when no `--text-field` is given.
pub const TEXT_FIELDS: [&str; 5] = ["text", "maintext", "content", "body", "article"];

/// One input to read: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputPath {
    Stdin,
    File(PathBuf),
}

impl InputPath {
    /// The name used in ids and messages.
    pub fn display_name(&self) -> String {
        match self {
            InputPath::Stdin => "stdin".to_string(),
            InputPath::File(p) => p.display().to_string(),
        }
    }
}

/// An input path that cannot be read: the run cannot proceed (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct PathError {
    pub path: String,
    pub message: String,
}

/// Expands the command-line inputs: `-` (or none) is standard input,
/// directories are walked recursively in sorted order (hidden files skipped).
/// Every path is checked before anything is read.
pub fn expand_inputs(args: &[PathBuf]) -> Result<Vec<InputPath>, PathError> {
    if args.is_empty() {
        return Ok(vec![InputPath::Stdin]);
    }
    let mut out = Vec::new();
    for arg in args {
        if is_stdin(arg) {
            out.push(InputPath::Stdin);
            continue;
        }
        let meta = std::fs::metadata(arg).map_err(|e| PathError {
            path: arg.display().to_string(),
            message: io_message(&e),
        })?;
        if meta.is_dir() {
            let walker = walkdir::WalkDir::new(arg)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
            for entry in walker {
                let entry = entry.map_err(|e| PathError {
                    path: e.path().unwrap_or(arg).display().to_string(),
                    message: e.to_string(),
                })?;
                if entry.file_type().is_file() {
                    out.push(InputPath::File(entry.into_path()));
                }
            }
        } else {
            File::open(arg).map_err(|e| PathError {
                path: arg.display().to_string(),
                message: io_message(&e),
            })?;
            out.push(InputPath::File(arg.clone()));
        }
    }
    Ok(out)
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Counts bytes read from the underlying (possibly compressed) file, for progress.
struct CountingReader<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];
const READ_BUFFER: usize = 256 * 1024;

/// Opens an input, decompressing gzip and zstd by their magic bytes.
/// `bytes_read` counts the raw bytes consumed.
pub fn open_input(path: &InputPath, bytes_read: Arc<AtomicU64>) -> Result<Box<dyn BufRead + Send>, PathError> {
    let raw: Box<dyn Read + Send> = match path {
        InputPath::Stdin => Box::new(io::stdin()),
        InputPath::File(p) => Box::new(File::open(p).map_err(|e| PathError {
            path: p.display().to_string(),
            message: io_message(&e),
        })?),
    };
    let mut raw = BufReader::with_capacity(READ_BUFFER, CountingReader { inner: raw, counter: bytes_read });
    let head = match raw.fill_buf() {
        Ok(h) => h,
        Err(e) => {
            return Err(PathError { path: path.display_name(), message: io_message(&e) });
        }
    };
    let decoded: Box<dyn BufRead + Send> = if head.starts_with(&GZIP_MAGIC) {
        Box::new(BufReader::with_capacity(READ_BUFFER, flate2::bufread::MultiGzDecoder::new(raw)))
    } else if head.starts_with(&ZSTD_MAGIC) {
        let dec = zstd::stream::read::Decoder::with_buffer(raw)
            .map_err(|e| PathError { path: path.display_name(), message: e.to_string() })?;
        Box::new(BufReader::with_capacity(READ_BUFFER, dec))
    } else {
        Box::new(raw)
    };
    Ok(decoded)
}

/// Decides the format of one input: by extension, else by its first non-blank byte.
/// Returns the format and a reader that still yields every byte.
fn sniff(
    path: &InputPath,
    forced: Format,
    mut reader: Box<dyn BufRead + Send>,
) -> io::Result<(Format, Box<dyn BufRead + Send>)> {
    if forced != Format::Auto {
        return Ok((forced, reader));
    }
    if let InputPath::File(p) = path {
        let name = p.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        let stem = name.trim_end_matches(".gz").trim_end_matches(".zst");
        if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
            return Ok((Format::Jsonl, reader));
        }
    }
    // Read until the first non-blank byte (or 1 MiB), keep what was read.
    let mut head = Vec::new();
    let format = loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break Format::Text;
        }
        let n = buf.len();
        head.extend_from_slice(buf);
        reader.consume(n);
        let body = head.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(&head);
        if let Some(&b) = body.iter().find(|b| !b.is_ascii_whitespace()) {
            break if b == b'{' { Format::Jsonl } else { Format::Text };
        }
        if head.len() > 1 << 20 {
            break Format::Text;
        }
    };
    Ok((format, Box::new(BufReader::with_capacity(READ_BUFFER, Cursor::new(head).chain(reader)))))
}

/// What a record sink tells the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// Reads one input to the end, handing every record to `sink` in order.
/// Errors opening the input are returned; errors while reading become one
/// rejection at the line where reading broke.
pub fn read_input(
    path: &InputPath,
    format: Format,
    options: &InputOptions,
    bytes_read: Arc<AtomicU64>,
    sink: &mut dyn FnMut(Record) -> Flow,
) -> Result<Flow, PathError> {
    let name: Arc<str> = Arc::from(path.display_name());
    let reader = open_input(path, bytes_read)?;
    let (format, mut reader) = match sniff(path, format, reader) {
        Ok(x) => x,
        Err(e) => {
            return Ok(sink(Err(read_failure(&name, 1, &e))));
        }
    };
    let mut line_buf = Vec::with_capacity(64 * 1024);
    let mut line_no: u64 = 0;
    let mut splitter = (format == Format::Text).then(|| TextDumpSplitter::new(name.clone(), options));
    loop {
        line_buf.clear();
        match reader.read_until(b'\n', &mut line_buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let flow = match splitter.as_mut().and_then(|s| s.finish()) {
                    Some(rec) => sink(rec),
                    None => Flow::Continue,
                };
                if flow == Flow::Stop {
                    return Ok(Flow::Stop);
                }
                return Ok(sink(Err(read_failure(&name, line_no + 1, &e))));
            }
        }
        line_no += 1;
        let record = match splitter.as_mut() {
            Some(s) => s.push_line(&line_buf, line_no),
            None => jsonl::parse_jsonl_line(&line_buf, Origin { file: name.clone(), line: line_no }, options),
        };
        if let Some(record) = record {
            if sink(record) == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
    }
    if let Some(rec) = splitter.as_mut().and_then(|s| s.finish()) {
        return Ok(sink(rec));
    }
    Ok(Flow::Continue)
}

fn read_failure(file: &Arc<str>, line: u64, e: &io::Error) -> Rejection {
    Rejection {
        origin: Origin { file: file.clone(), line },
        id_json: None,
        kind: RejectKind::Io,
        message: format!("input ends here: {e} (the records before were read)"),
        is_record: false,
    }
}

/// Total size of the inputs on disk, where known (for the progress bar).
pub fn total_size(inputs: &[InputPath]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        match input {
            InputPath::Stdin => return None,
            InputPath::File(p) => total += std::fs::metadata(p).ok()?.len(),
        }
    }
    Some(total)
}

/// Whether `path` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

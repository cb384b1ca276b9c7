//! `sayso._sayso`: the compiled part of the Python package `sayso`.
//!
//! Takes Python strings, gives each text's annotation as the bytes of the
//! JSON object `{"entities":[…],"quotes":[…]}` written by the library's own
//! output stage (`sayso::output::write_annotation`), so the values are those
//! of the command line's output by construction. `sayso/__init__.py` turns
//! the JSON into Python objects. The work runs with the GIL released,
//! `annotate_many` on a rayon pool.

mod extract;

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

create_exception!(
    sayso,
    SaysoError,
    PyValueError,
    "An error the `sayso` command would report and exit 2 on (bad dictionary row, unreadable input, unwritable output)."
);
create_exception!(
    sayso,
    RejectedRecords,
    SaysoError,
    "`sayso.extract` rejected records (the command line's exit 1); `.report` holds the run's report."
);

/// Loads a pipeline with the GIL released; a bad dictionary is a SaysoError
/// with the CLI's message.
fn load(py: Python<'_>, dicts: &[PathBuf], default_dicts: bool) -> PyResult<sayso::Pipeline> {
    py.detach(|| {
        let mut b = sayso::Pipeline::builder();
        for d in dicts {
            b = b.dict_file(d);
        }
        if !default_dicts {
            b = b.without_default_dicts();
        }
        b.build()
    })
    .map_err(|e| SaysoError::new_err(format!("loading dictionaries: {e}")))
}

/// The loaded dictionaries and lexicons; annotate texts with them.
#[pyclass(frozen, module = "sayso._sayso")]
struct Pipeline {
    inner: sayso::Pipeline,
    /// Worker pools by thread count, built on first use.
    pools: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>>,
}

/// A Python string as UTF-8. A string holding lone surrogates (which UTF-8
/// cannot hold) has each replaced by U+FFFD, one code point for one, so
/// code-point offsets still index the caller's string; the command line
/// does the same with lone `\uD800` escapes in JSON.
fn text_of<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    match s.to_str() {
        Ok(t) => Ok(Cow::Borrowed(t)),
        Err(_) => {
            let wide = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
            let bytes = wide.cast::<PyBytes>()?.as_bytes();
            Ok(Cow::Owned(
                bytes
                    .chunks_exact(4)
                    .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{FFFD}'))
                    .collect(),
            ))
        }
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".to_string())
}

/// Annotates `text` and appends its JSON object to `out`; a panic (a bug)
/// becomes an error message instead of unwinding into Python.
fn annotate_into(pipeline: &sayso::Pipeline, text: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let start = out.len();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let ann = pipeline.annotate_text(text);
        sayso::output::write_annotation(out, text, &ann);
    }))
    .map_err(|payload| {
        out.truncate(start);
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("internal error while annotating (please report): {}", what.chars().take(300).collect::<String>())
    })
}

impl Pipeline {
    fn pool(&self, threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
        let mut pools = self.pools.lock().map_err(|_| SaysoError::new_err("thread pool lock poisoned"))?;
        if let Some((_, p)) = pools.iter().find(|(n, _)| *n == threads) {
            return Ok(p.clone());
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("sayso-worker-{i}"))
            .build()
            .map_err(|e| SaysoError::new_err(format!("cannot start {threads} threads: {e}")))?;
        let pool = Arc::new(pool);
        pools.push((threads, pool.clone()));
        Ok(pool)
    }
}

#[pymethods]
impl Pipeline {
    /// Loads the embedded dictionaries (unless `default_dicts` is false) and
    /// the user dictionary files `dicts` (as `sayso extract --dict`).
    #[new]
    #[pyo3(signature = (dicts = Vec::new(), default_dicts = true))]
    fn new(py: Python<'_>, dicts: Vec<PathBuf>, default_dicts: bool) -> PyResult<Self> {
        Ok(Pipeline { inner: load(py, &dicts, default_dicts)?, pools: Mutex::new(Vec::new()) })
    }

    /// The annotation of `text` as the bytes of a JSON object
    /// `{"entities":[...],"quotes":[...]}`.
    fn annotate_json<'py>(&self, py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
        let s = text
            .cast::<PyString>()
            .map_err(|_| PyTypeError::new_err(format!("text: expected str, got {}", type_name(text))))?;
        let t = text_of(s)?;
        let t: &str = &t;
        let mut out = Vec::with_capacity(t.len() / 2 + 64);
        py.detach(|| annotate_into(&self.inner, t, &mut out)).map_err(SaysoError::new_err)?;
        Ok(PyBytes::new(py, &out))
    }

    /// The annotations of `texts` (any iterable of str), in order, as the
    /// bytes of one JSON array; annotated on `threads` threads (default: all
    /// cores) with the GIL released. Errors name an item as
    /// `texts[index_base + i]` (for callers that pass a slice).
    #[pyo3(signature = (texts, threads = None, index_base = 0))]
    fn annotate_many_json<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        index_base: usize,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let items = texts.try_iter().map_err(|_| {
            PyTypeError::new_err(format!("texts: expected an iterable of str, got {}", type_name(texts)))
        })?;
        let mut strings: Vec<Bound<'py, PyString>> = Vec::new();
        for (i, item) in items.enumerate() {
            let item = item?;
            match item.cast_into::<PyString>() {
                Ok(s) => strings.push(s),
                Err(e) => {
                    let obj = e.into_inner();
                    return Err(PyTypeError::new_err(format!(
                        "texts[{}]: expected str, got {}",
                        index_base + i,
                        type_name(&obj)
                    )));
                }
            }
        }
        let cows = strings.iter().map(text_of).collect::<PyResult<Vec<Cow<'_, str>>>>()?;
        let refs: Vec<&str> = cows.iter().map(|c| &**c).collect();
        let pool = self.pool(threads)?;
        let pipeline = &self.inner;
        let done: Vec<Result<Vec<u8>, String>> = py.detach(|| {
            pool.install(|| {
                refs.par_iter()
                    .map(|t| {
                        let mut out = Vec::with_capacity(t.len() / 2 + 64);
                        annotate_into(pipeline, t, &mut out).map(|_| out)
                    })
                    .collect()
            })
        });
        let mut total = 2 + done.len().saturating_sub(1);
        for (i, d) in done.iter().enumerate() {
            match d {
                Ok(b) => total += b.len(),
                Err(msg) => return Err(SaysoError::new_err(format!("texts[{}]: {msg}", index_base + i))),
            }
        }
        PyBytes::new_with(py, total, |buf| {
            let mut at = 0;
            let mut put = |b: &[u8]| {
                buf[at..at + b.len()].copy_from_slice(b);
                at += b.len();
            };
            put(b"[");
            for (i, d) in done.iter().enumerate() {
                if i > 0 {
                    put(b",");
                }
                if let Ok(b) = d {
                    put(b);
                }
            }
            put(b"]");
            Ok(())
        })
    }
}

#[pymodule]
mod _sayso {
    #[pymodule_export]
    use super::Pipeline;
    #[pymodule_export]
    use super::SaysoError;
    #[pymodule_export]
    use super::RejectedRecords;
    #[pymodule_export]
    use super::extract::extract;
}

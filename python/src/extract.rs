//! `sayso.extract`: the command line's `extract` as a function, over the
//! library's entry point `sayso::extract::extract`.
//!
//! Exit semantics become Python ones: exit 0 → the report (a dict); exit 2
//! (bad option, unreadable input, bad dictionary, unwritable output) →
//! `SaysoError` with the CLI's message; exit 1 (records rejected without
//! `on_error="emit"`, or stopped by `on_error="fail"`) → `RejectedRecords`
//! with the CLI's summary as message and the report as `.report`. Ctrl-C
//! stops the run cleanly (as SIGINT stops the CLI), then raises
//! KeyboardInterrupt.

use crate::{Pipeline, RejectedRecords, SaysoError};
use pyo3::exceptions::{PyBrokenPipeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use sayso::article::Rejection;
use sayso::extract::{Compression, Destination, ExtractOptions, ExtractReport};
use sayso::input::{Format, InputOptions};
use sayso::output::OutputOptions;
use sayso::pipeline::{OnError, RunError};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

fn one_of<'a>(what: &str, value: &str, choices: &[&'a str]) -> PyResult<&'a str> {
    choices.iter().copied().find(|c| *c == value).ok_or_else(|| {
        PyValueError::new_err(format!("invalid value '{value}' for {what}: expected one of {}", choices.join(", ")))
    })
}

/// A path, or an iterable of paths.
fn paths(obj: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    let os = obj.py().import("os")?;
    if obj.is_instance_of::<PyString>() || obj.is_instance(&os.getattr("PathLike")?)? {
        return Ok(vec![obj.extract()?]);
    }
    let items = obj
        .try_iter()
        .map_err(|_| PyTypeError::new_err("inputs: expected a path or an iterable of paths"))?;
    items
        .enumerate()
        .map(|(i, p)| {
            p?.extract::<PathBuf>().map_err(|_| PyTypeError::new_err(format!("inputs[{i}]: expected a path")))
        })
        .collect()
}

/// One rejected record, as in the CLI's `--errors` file.
struct Rejected {
    file: String,
    line: u64,
    kind: &'static str,
    message: String,
    id: Option<String>,
    display: String,
}

fn report_dict<'py>(py: Python<'py>, report: &ExtractReport, rejections: &[Rejected]) -> PyResult<Bound<'py, PyDict>> {
    let s = &report.summary;
    let d = PyDict::new(py);
    d.set_item("records_read", s.articles_read)?;
    d.set_item("articles_written", s.articles_written)?;
    let rejected = PyDict::new(py);
    for (k, v) in &s.rejected {
        rejected.set_item(*k, *v)?;
    }
    d.set_item("rejected", rejected)?;
    d.set_item("rejected_total", s.rejected_total())?;
    d.set_item("error_lines_written", s.error_lines_written)?;
    d.set_item("bytes_in", s.bytes_in)?;
    d.set_item("inputs", report.inputs)?;
    d.set_item("written", report.written.iter().map(|p| p.display().to_string()).collect::<Vec<_>>())?;
    d.set_item("skipped", &report.skipped)?;
    d.set_item("not_done", &report.not_done)?;
    d.set_item("stopped", s.stopped)?;
    d.set_item("interrupted", s.interrupted)?;
    let list = PyList::empty(py);
    for r in rejections {
        let e = PyDict::new(py);
        e.set_item("file", &r.file)?;
        e.set_item("line", r.line)?;
        e.set_item("kind", r.kind)?;
        e.set_item("message", &r.message)?;
        e.set_item("id", &r.id)?;
        list.append(e)?;
    }
    d.set_item("rejections", list)?;
    Ok(d)
}

/// The CLI's summary line (without `sayso: `).
fn summary_line(report: &ExtractReport) -> String {
    let s = &report.summary;
    let rejected: Vec<String> = s.rejected.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    format!(
        "{} records read, {} articles written, {} rejected{}{}",
        s.articles_read,
        s.articles_written,
        s.rejected_total(),
        if rejected.is_empty() { String::new() } else { format!(" ({})", rejected.join(", ")) },
        if s.error_lines_written > 0 { format!(", {} error lines written", s.error_lines_written) } else { String::new() },
    )
}

/// `sayso extract` as a function; see `sayso/__init__.pyi` for the options.
#[pyfunction]
#[pyo3(signature = (
    inputs, output = None, *, out_dir = None, compress = None, resume = false, no_text = false,
    format = "auto", text_field = None, id_field = None, id_prefix = String::new(), on_error = "skip",
    errors = None, dicts = Vec::new(), default_dicts = true, pipeline = None, threads = None,
    batch_mb = 4, quiet = true
))]
#[allow(clippy::too_many_arguments)]
pub fn extract<'py>(
    py: Python<'py>,
    inputs: &Bound<'py, PyAny>,
    output: Option<PathBuf>,
    out_dir: Option<PathBuf>,
    compress: Option<&str>,
    resume: bool,
    no_text: bool,
    format: &str,
    text_field: Option<String>,
    id_field: Option<String>,
    id_prefix: String,
    on_error: &str,
    errors: Option<PathBuf>,
    dicts: Vec<PathBuf>,
    default_dicts: bool,
    pipeline: Option<PyRef<'py, Pipeline>>,
    threads: Option<usize>,
    batch_mb: usize,
    quiet: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let inputs = paths(inputs)?;
    let destination = match (output, out_dir) {
        (Some(_), Some(_)) => return Err(SaysoError::new_err("-o/--output and --out-dir cannot be used together")),
        (Some(o), None) if o.as_os_str() == "-" => Destination::Stdout,
        (Some(o), None) => Destination::File(o),
        (None, Some(d)) => Destination::Dir(d),
        (None, None) => Destination::Stdout,
    };
    let mut opts = ExtractOptions::new(inputs, destination);
    opts.compress = match compress {
        None => Compression::None,
        Some(c) => match one_of("compress", c, &["gz", "zst"])? {
            "gz" => Compression::Gzip,
            _ => Compression::Zstd,
        },
    };
    opts.resume = resume;
    opts.format = match one_of("format", format, &["auto", "jsonl", "text"])? {
        "auto" => Format::Auto,
        "jsonl" => Format::Jsonl,
        _ => Format::Text,
    };
    opts.input = InputOptions { text_field, id_field, id_prefix: id_prefix.clone() };
    opts.output = OutputOptions { no_text, id_prefix };
    opts.on_error = match one_of("on_error", on_error, &["skip", "emit", "fail"])? {
        "skip" => OnError::Skip,
        "emit" => OnError::Emit,
        _ => OnError::Fail,
    };
    match threads {
        Some(0) => return Err(SaysoError::new_err("--threads must be at least 1")),
        Some(n) => opts.threads = n,
        None => {}
    }
    opts.batch_bytes = batch_mb.max(1) << 20;
    if pipeline.is_some() && (!dicts.is_empty() || !default_dicts) {
        return Err(PyValueError::new_err("give either pipeline or dicts/default_dicts, not both"));
    }
    let mut errors_file = match &errors {
        Some(p) => Some(BufWriter::new(
            File::create(p).map_err(|e| SaysoError::new_err(format!("{}: cannot create errors file: {e}", p.display())))?,
        )),
        None => None,
    };
    let own;
    let pipeline: &sayso::Pipeline = match &pipeline {
        Some(p) => &p.inner,
        None => {
            own = crate::load(py, &dicts, default_dicts)?;
            &own
        }
    };
    let quiet_rejections = quiet;
    let mut rejections: Vec<Rejected> = Vec::new();
    let stop = AtomicBool::new(false);
    let mut interrupt: Option<PyErr> = None;
    let result = py.detach(|| {
        let mut on_reject = |r: &Rejection| {
            let rej = Rejected {
                file: r.origin.file.to_string(),
                line: r.origin.line,
                kind: r.kind.as_str(),
                message: r.message.clone(),
                id: r.id_json.as_deref().map(sayso::article::id_display),
                display: r.to_string(),
            };
            if !quiet_rejections {
                eprintln!("sayso: {}", rej.display);
            }
            if let Some(f) = errors_file.as_mut() {
                // As the CLI's `--errors` file.
                let line = serde_json::json!({
                    "file": &rej.file, "line": rej.line, "kind": rej.kind, "message": &rej.message, "id": &rej.id,
                });
                let _ = writeln!(f, "{line}");
            }
            rejections.push(rej);
        };
        std::thread::scope(|scope| {
            let worker = scope.spawn(|| sayso::extract::extract(pipeline, &opts, &mut on_reject, None, Some(&stop)));
            // Ctrl-C: Python's signal handler only sets a flag; look at it
            // now and then, and stop the run cleanly when it is set.
            while !worker.is_finished() {
                std::thread::sleep(std::time::Duration::from_millis(50));
                if interrupt.is_none() {
                    if let Err(e) = Python::attach(|py| py.check_signals()) {
                        interrupt = Some(e);
                        stop.store(true, Ordering::SeqCst);
                    }
                }
            }
            worker.join().unwrap_or_else(|_| {
                Err(sayso::extract::ExtractError::Run(RunError::Write(std::io::Error::other("extract thread panicked"))))
            })
        })
    });
    if let Some(f) = errors_file.as_mut() {
        let _ = f.flush();
    }
    let report = match result {
        Ok(r) => r,
        Err(sayso::extract::ExtractError::Run(RunError::BrokenPipe)) => {
            return Err(PyBrokenPipeError::new_err("output closed"))
        }
        Err(e) => return Err(SaysoError::new_err(e.to_string())),
    };
    if let Some(e) = interrupt {
        return Err(e);
    }
    let line = summary_line(&report);
    if !quiet {
        eprintln!("sayso: {line}");
    }
    let dict = report_dict(py, &report, &rejections)?;
    let rejected = report.summary.stopped || (report.summary.rejected_total() > 0 && opts.on_error != OnError::Emit);
    if rejected {
        let mut msg = line;
        if report.summary.stopped {
            msg.push_str("; stopped at the first rejected record (--on-error fail)");
        }
        if let Some(first) = rejections.first() {
            msg.push_str(&format!("; first: {}", first.display));
        }
        let err = RejectedRecords::new_err(msg);
        err.value(py).setattr("report", &dict)?;
        return Err(err);
    }
    Ok(dict)
}

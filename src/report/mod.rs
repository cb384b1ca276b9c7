//! Report: who is quoted, how often, by gender, by outlet and over time.
//!
//! Takes: sayso's own output (JSONL lines, through the input stage's readers:
//! files, directories, `.gz`/`.zst`, standard input). Gives: a [`Summary`] of
//! counts, written as one self-contained HTML page with inline SVG charts
//! ([`render_html`]), one JSON object (serde), or one CSV per table
//! ([`write_csv`]).
//!
//! Reading streams line by line; memory grows with the number of distinct
//! speakers, entities, group values and months, never with the input size.
//! A line that is not sayso output is reported with its file and line and
//! skipped; the others are still counted.

mod aggregate;
mod html;
mod summary;

pub use aggregate::{Aggregator, BadLine, LineKind, DATE_FIELDS, ENTITY_TYPES, GROUP_FIELDS};
pub use html::{escape, render_html};
pub use summary::{
    pct, Bin, ByGroup, DateRange, EntityRow, EntityTypeSummary, GenderShare, GroupRow, InputsInfo, NamedCount,
    SpeakerRow, Summary, Table, Totals,
};

use crate::input::{open_input, InputPath, PathError};
use crate::pipeline::Progress;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Reads every input into `agg`, in order. Lines that cannot be counted go to
/// `on_bad` (and are counted as bad); a read error (a truncated archive, say)
/// ends that file as one bad line saying where. An input that cannot be
/// opened is an error.
pub fn read_inputs(
    inputs: &[InputPath],
    agg: &mut Aggregator,
    progress: Option<&dyn Progress>,
    on_bad: &mut dyn FnMut(&BadLine),
) -> Result<(), PathError> {
    let bytes = Arc::new(AtomicU64::new(0));
    let mut buf = Vec::with_capacity(1 << 20);
    for input in inputs {
        let name = input.display_name();
        agg.add_file(&name);
        let mut reader = open_input(input, bytes.clone())?;
        let mut line_no: u64 = 0;
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    agg.add_bad_line();
                    on_bad(&BadLine {
                        file: name.clone(),
                        line: line_no + 1,
                        message: format!("input ends here: {e} (the lines before were counted)"),
                    });
                    break;
                }
            }
            line_no += 1;
            if let Err(message) = agg.add_line(&buf) {
                on_bad(&BadLine { file: name.clone(), line: line_no, message });
            }
            if line_no.is_multiple_of(512) {
                if let Some(p) = progress {
                    p.update(bytes.load(Ordering::Relaxed), agg.articles());
                }
            }
        }
        if let Some(p) = progress {
            p.update(bytes.load(Ordering::Relaxed), agg.articles());
        }
    }
    Ok(())
}

/// Writes one CSV file per table of the summary into `dir` (created if
/// missing), named after the table. Returns the files written.
pub fn write_csv(summary: &Summary, dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for table in summary.tables(None) {
        let path = dir.join(format!("{}.csv", table.name));
        let mut w = csv::Writer::from_path(&path).map_err(io::Error::other)?;
        w.write_record(&table.header).map_err(io::Error::other)?;
        for row in &table.rows {
            w.write_record(row).map_err(io::Error::other)?;
        }
        w.flush()?;
        written.push(path);
    }
    Ok(written)
}

//! `sayso eval`: score output against gold, with the metrics of the shipped
//! Python scorers (`score.py`, `score_spans.py`, `score_resolved.py`).
//!
//! `sayso eval --gold GOLD --pred OUT` scores a finished run;
//! `sayso eval --gold GOLD INPUT...` runs extract on the inputs first (in
//! memory) and scores that.

use super::EXIT_OK;
use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sayso::eval;
use sayso::input::{self, Format, InputOptions};
use sayso::output::OutputOptions;
use sayso::pipeline::{self, OnError, RunOptions};
use sayso::Pipeline;
use serde_json::Value;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold file: `{"articles": [...]}` (text-matched quotes), span-annotated JSONL, or resolved-speaker JSONL.
    #[arg(long, value_name = "GOLD")]
    pub gold: PathBuf,
    /// sayso output to score (JSONL).
    #[arg(long, value_name = "OUT", conflicts_with = "inputs")]
    pub pred: Option<PathBuf>,
    /// Inputs to run extract on first (instead of --pred).
    pub inputs: Vec<PathBuf>,
    /// Which metrics; `auto` tells by the gold file's shape.
    #[arg(long, value_enum, default_value_t = Metric::Auto)]
    pub metric: Metric,
    /// Span metrics: `all` also counts indirect speech and whole mixed quotes.
    #[arg(long, value_enum, default_value_t = View::Direct)]
    pub view: View,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Metric {
    Auto,
    /// score.py: quotes matched by text, speakers by name, entities.
    Quotes,
    /// score_spans.py: quotes and speaker mentions by offsets.
    Spans,
    /// score_resolved.py: the speaker's resolved name.
    Resolved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum View {
    Direct,
    All,
}

fn read_json_records(path: &Path) -> Result<Vec<Value>> {
    let content = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if let Ok(doc) = serde_json::from_str::<Value>(&content) {
        if let Some(a) = doc.get("articles").and_then(Value::as_array) {
            return Ok(a.clone());
        }
        return Ok(vec![doc]);
    }
    parse_lines(&content, path)
}

fn parse_lines(content: &str, path: &Path) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).with_context(|| format!("{}:{}: not JSON", path.display(), n + 1))?;
        out.push(v);
    }
    Ok(out)
}

/// Which scorer a gold file calls for.
fn detect(gold: &[Value]) -> Metric {
    let Some(first) = gold.first() else { return Metric::Quotes };
    if first.get("quotes").is_none() && first.get("start").is_some() {
        return Metric::Resolved;
    }
    let has_offsets = first
        .get("quotes")
        .and_then(Value::as_array)
        .and_then(|q| q.first())
        .is_some_and(|q| q.get("start").is_some());
    if first.get("text").is_some() && has_offsets {
        Metric::Spans
    } else {
        Metric::Quotes
    }
}

/// Runs extract on `inputs` into memory and parses the lines.
fn extract(inputs: &[PathBuf]) -> Result<Vec<Value>> {
    let pipeline = Pipeline::new().context("loading dictionaries")?;
    let opts = RunOptions {
        inputs: input::expand_inputs(inputs)?,
        format: Format::Auto,
        input: InputOptions::default(),
        output: OutputOptions { no_text: true, ..OutputOptions::default() },
        on_error: OnError::Skip,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        batch_bytes: 4 << 20,
    };
    let mut buf: Vec<u8> = Vec::new();
    let mut on_reject = |r: &sayso::article::Rejection| eprintln!("sayso: {r}");
    pipeline::run(&pipeline, &opts, &mut buf, &mut on_reject, None)?;
    let text = String::from_utf8(buf).context("extract output is not UTF-8")?;
    parse_lines(&text, Path::new("<extract>"))
}

/// Writes the report; a closed pipe is not an error.
fn emit(s: &str) {
    use std::io::Write;
    let _ = std::io::stdout().write_all(s.as_bytes());
}

macro_rules! outln {
    ($out:ident, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

pub fn run(args: EvalArgs) -> Result<i32> {
    let gold = read_json_records(&args.gold)?;
    let pred = match (&args.pred, args.inputs.is_empty()) {
        (Some(p), _) => parse_lines(&std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))?, p)?,
        (None, false) => extract(&args.inputs)?,
        (None, true) => bail!("give --pred OUT or the INPUT files to extract"),
    };
    let metric = if args.metric == Metric::Auto { detect(&gold) } else { args.metric };
    let res = match metric {
        Metric::Quotes | Metric::Auto => eval::score_quotes(&gold, &pred),
        Metric::Spans => eval::score_spans(&gold, &pred, args.view == View::All),
        Metric::Resolved => eval::score_resolved(&gold, &pred),
    };
    let mut out = String::new();
    if args.json {
        out.push_str(&format!("{res}\n"));
        emit(&out);
        return Ok(EXIT_OK);
    }
    let f = |v: &Value| v.as_f64().unwrap_or(0.0);
    match metric {
        Metric::Quotes | Metric::Auto => {
            let (q, e, en) = (&res["quotes"], &res["end2end"], &res["entities"]);
            outln!(out, "articles {} (missing in prediction: {})", res["articles"], res["articles_missing_in_prediction"]);
            outln!(out, "quotes    P {:.3} R {:.3} F1 {:.3}  (tp {} fp {} fn {})", f(&q["precision"]), f(&q["recall"]), f(&q["f1"]), q["tp"], q["fp"], q["fn"]);
            outln!(out, "speakers  accuracy {:.3} on found quotes", f(&res["speaker_accuracy"]));
            outln!(out, "end2end   P {:.3} R {:.3} F1 {:.3}", f(&e["precision"]), f(&e["recall"]), f(&e["f1"]));
            outln!(out, "entities  P {:.3} R {:.3} F1 {:.3}  (tp {} fp {} fn {})", f(&en["precision"]), f(&en["recall"]), f(&en["f1"]), en["tp"], en["fp"], en["fn"]);
        }
        Metric::Spans => {
            outln!(out, 
                "articles {} (missing in prediction: {}), view {}, gold quotes {}, predicted {}",
                res["articles"], res["articles_missing_in_prediction"], res["view"].as_str().unwrap_or(""), res["gold_quotes"], res["pred_quotes"]
            );
            for k in ["quotes_exact", "quotes_overlap", "end2end"] {
                let m = &res[k];
                outln!(out, "{k:15} P {:.3} R {:.3} F1 {:.3}", f(&m["precision"]), f(&m["recall"]), f(&m["f1"]));
            }
            let (s, c) = (&res["speaker"], &res["speaker_counts"]);
            outln!(out, 
                "speaker         {:.3} (pronoun {:.3} of {}, other {:.3} of {})",
                f(&s["all"]), f(&s["pronoun"]), c["pronoun"], f(&s["non-pronoun"]), c["non-pronoun"]
            );
        }
        Metric::Resolved => {
            let mut rows: Vec<(&String, &Value)> = res.as_object().map_or_else(Vec::new, |o| o.iter().collect());
            rows.sort_by_key(|(_, v)| std::cmp::Reverse(v["n"].as_u64().unwrap_or(0)));
            for (k, v) in rows {
                outln!(out, "{k:12} {:.3} of {}", f(&v["accuracy"]), v["n"]);
            }
        }
    }
    emit(&out);
    Ok(EXIT_OK)
}

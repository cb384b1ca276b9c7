//! `sayso bench`: a throughput report of the whole pipeline on one input.
//!
//! Measures, in one run (ratios are what to compare: the machine may be noisy):
//! startup (dictionary load); the pipeline end to end (JSON in → JSON out)
//! on 1 thread and on all threads; time per stage on 1 thread; the floor —
//! the bare aho-corasick scan of the same texts with nothing else, with an
//! automaton of every name `sayso dict export` prints; and peak memory of `sayso extract` on the input and on
//! the input three times over (flat when streaming works).

use anyhow::{Context, Result};
use clap::Args;
use sayso::input::{self, Flow, Format, InputOptions, InputPath};
use sayso::output::{self, OutputOptions};
use sayso::pipeline::{self, RunOptions, StageTimes};
use sayso::{Article, Pipeline};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Input to measure on (JSONL or text, plain or compressed). Default: the
    /// shipped samples repeated to at least `--min-mb`.
    pub input: Option<PathBuf>,
    /// Size of the default input, in MB.
    #[arg(long, default_value_t = 50)]
    pub min_mb: usize,
    /// Use at most this many MB of the input (0: all).
    #[arg(long, default_value_t = 0)]
    pub max_mb: usize,
    /// Threads for the "all threads" run (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Skip the peak-memory runs (they start `sayso extract` twice).
    #[arg(long)]
    pub no_memory: bool,
    /// Skip the floor with an automaton of every exported name (slow to build).
    #[arg(long)]
    pub no_export_floor: bool,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

const SAMPLE_JSONL: &str = include_str!("../../samples/news.jsonl");
const SAMPLE_DUMP: &str = include_str!("../../samples/news-dump.txt");

/// Every article of `path`, in order (rejections skipped), up to `max_bytes`.
fn read_articles(path: &InputPath, max_bytes: usize) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    let mut size = 0;
    input::read_input(path, Format::Auto, &InputOptions::default(), Arc::new(AtomicU64::new(0)), &mut |rec| {
        if let Ok(a) = rec {
            size += a.input_bytes;
            out.push(a);
        }
        if max_bytes > 0 && size >= max_bytes {
            Flow::Stop
        } else {
            Flow::Continue
        }
    })?;
    Ok(out)
}

/// The shipped samples as JSONL records, repeated to at least `min_bytes`.
fn default_input(min_bytes: usize) -> Vec<u8> {
    let mut texts: Vec<(String, String)> = Vec::new();
    for line in SAMPLE_JSONL.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            let body = ["text", "maintext", "content"].iter().find_map(|f| v[f].as_str()).unwrap_or("").to_string();
            texts.push((v["title"].as_str().unwrap_or("").to_string(), body));
        }
    }
    for art in SAMPLE_DUMP.split("\n\n\n") {
        let title = art.lines().next().unwrap_or("").to_string();
        texts.push((title, art.to_string()));
    }
    let mut out = Vec::with_capacity(min_bytes + 4096);
    let mut n = 0;
    while out.len() < min_bytes {
        for (title, text) in &texts {
            n += 1;
            let line = serde_json::json!({"id": format!("bench-{n}"), "title": title, "text": text});
            out.extend_from_slice(line.to_string().as_bytes());
            out.push(b'\n');
        }
    }
    out
}

fn write_jsonl(path: &Path, articles: &[Article], times: usize) -> Result<u64> {
    let mut w = BufWriter::new(std::fs::File::create(path)?);
    let mut n = 0u64;
    for round in 0..times {
        for a in articles {
            let id = format!("{}#{round}", a.id_text());
            let line = serde_json::json!({"id": id, "title": a.title, "text": a.text});
            let s = line.to_string();
            n += s.len() as u64 + 1;
            writeln!(w, "{s}")?;
        }
    }
    w.flush()?;
    Ok(n)
}

/// Runs the whole pipeline (read, parse, annotate, serialize) over `path`, output discarded.
fn time_pipeline(p: &Pipeline, path: &Path, threads: usize) -> Result<(f64, u64)> {
    let opts = RunOptions { format: Format::Jsonl, ..RunOptions::new(vec![InputPath::File(path.to_path_buf())], threads) };
    let started = Instant::now();
    let summary = pipeline::run(p, &opts, &mut std::io::sink(), &mut |_| {}, None)?;
    Ok((started.elapsed().as_secs_f64(), summary.articles_written))
}

/// Peak RSS (kB) of a child `sayso extract` over `path`.
fn child_peak_rss(path: &Path, threads: usize) -> Result<u64> {
    let exe = std::env::current_exe()?;
    let child = std::process::Command::new(exe)
        .args(["extract", "-q", "--progress", "never", "--threads", &threads.to_string()])
        .arg(path)
        .stdout(std::process::Stdio::null())
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value to be filled in by wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child's pid, with valid pointers to locals.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    anyhow::ensure!(r == pid, "waiting for sayso extract failed");
    Ok(usage.ru_maxrss as u64)
}

fn peak_rss_self_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn mbps(bytes: u64, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs.max(1e-9)
}

pub fn run(args: BenchArgs) -> Result<i32> {
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let dir = tempfile::tempdir().context("creating a temporary directory")?;

    let started = Instant::now();
    let p = Pipeline::new()?;
    let startup = started.elapsed().as_secs_f64();

    // The input, as one JSONL file (so every run reads the same bytes).
    let (input_path, input_name) = match &args.input {
        Some(path) => {
            let arts = read_articles(&InputPath::File(path.clone()), args.max_mb << 20)?;
            let out = dir.path().join("input.jsonl");
            write_jsonl(&out, &arts, 1)?;
            (out, path.display().to_string())
        }
        None => {
            let out = dir.path().join("input.jsonl");
            std::fs::write(&out, default_input(args.min_mb << 20))?;
            (out, format!("shipped samples repeated to {} MB", args.min_mb))
        }
    };
    let input_bytes = std::fs::metadata(&input_path)?.len();

    // Read and parse alone.
    let t = Instant::now();
    let articles = read_articles(&InputPath::File(input_path.clone()), 0)?;
    let read_secs = t.elapsed().as_secs_f64();
    let text_bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();

    // Stages, one thread.
    let mut stages = StageTimes::default();
    let mut serialize_ns = 0u64;
    let mut buf = Vec::new();
    for a in &articles {
        let ann = p.annotate_timed(&a.text, Some(&mut stages));
        let t = Instant::now();
        buf.clear();
        output::write_article(&mut buf, a, &ann, &OutputOptions::default());
        serialize_ns += t.elapsed().as_nanos() as u64;
    }

    // The floor: the bare scan.
    let mut n = 0usize;
    let export_floor = if args.no_export_floor {
        None
    } else {
        let t = Instant::now();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(p.gazetteer().patterns())?;
        let build = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for a in &articles {
            n += ac.find_iter(&a.text).count();
        }
        Some((build, t.elapsed().as_secs_f64(), ac.patterns_len()))
    };
    std::hint::black_box(n);
    drop(articles);

    // The whole pipeline, 1 thread and all threads.
    let (one, n_articles) = time_pipeline(&p, &input_path, 1)?;
    let (all, _) = time_pipeline(&p, &input_path, threads)?;

    // Peak memory of `sayso extract`, on the input and on it three times over.
    let memory = if args.no_memory {
        None
    } else {
        let triple = dir.path().join("input3.jsonl");
        {
            let mut w = BufWriter::new(std::fs::File::create(&triple)?);
            let data = std::fs::read(&input_path)?;
            for _ in 0..3 {
                w.write_all(&data)?;
            }
            w.flush()?;
        }
        Some((child_peak_rss(&input_path, threads)?, child_peak_rss(&triple, threads)?))
    };

    let ns = |x: u64| x as f64 / 1e9;
    let stage_list = [
        ("read+parse", read_secs),
        ("segment", ns(stages.segment)),
        ("match", ns(stages.matching)),
        ("resolve", ns(stages.resolve)),
        ("quotes", ns(stages.quotes)),
        ("attribute", ns(stages.attribute)),
        ("serialize", ns(serialize_ns)),
    ];
    let report = serde_json::json!({
        "input": input_name,
        "input_mb": input_bytes as f64 / 1e6,
        "text_mb": text_bytes as f64 / 1e6,
        "articles": n_articles,
        "startup_seconds": startup,
        "threads": threads,
        "pipeline_1_thread": {"seconds": one, "mb_per_s": mbps(input_bytes, one), "articles_per_s": n_articles as f64 / one},
        "pipeline_all_threads": {"seconds": all, "mb_per_s": mbps(input_bytes, all), "articles_per_s": n_articles as f64 / all},
        "speedup_all_vs_1": one / all,
        "stages_seconds_1_thread": stage_list.iter().map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>(),
        "floor_export_automaton": export_floor.map(|(b, s, n)| serde_json::json!({"build_seconds": b, "seconds": s, "mb_per_s": mbps(text_bytes, s), "patterns": n})),
        "ratio_pipeline_1_thread_vs_export_floor": export_floor.map(|(_, s, _)| s / one),
        "peak_rss_mb_bench_process": peak_rss_self_kb() as f64 / 1024.0,
        "peak_rss_mb_extract_1x": memory.map(|m| m.0 as f64 / 1024.0),
        "peak_rss_mb_extract_3x": memory.map(|m| m.1 as f64 / 1024.0),
    });
    if args.json {
        println!("{report}");
        return Ok(super::EXIT_OK);
    }
    println!("input: {} ({:.1} MB, {:.1} MB of text, {} articles)", input_name, input_bytes as f64 / 1e6, text_bytes as f64 / 1e6, n_articles);
    println!("startup (dictionaries loaded, matcher built): {startup:.2} s");
    println!("pipeline, 1 thread:   {:7.1} MB/s {:9.0} articles/s", mbps(input_bytes, one), n_articles as f64 / one);
    println!("pipeline, {threads} threads:  {:7.1} MB/s {:9.0} articles/s  ({:.2}x of 1 thread)", mbps(input_bytes, all), n_articles as f64 / all, one / all);
    println!("time per stage, 1 thread:");
    let total: f64 = stage_list.iter().map(|s| s.1).sum();
    for (name, secs) in stage_list {
        println!("  {name:<11} {secs:7.2} s  {:5.1}%", 100.0 * secs / total.max(1e-9));
    }
    if let Some((b, s, n)) = export_floor {
        println!(
            "floor, bare scan with an automaton of all {n} exported names (built in {b:.1} s): {:.1} MB/s; pipeline/floor = {:.2}",
            mbps(text_bytes, s),
            s / one
        );
    }
    if let Some((a, b)) = memory {
        println!("peak RSS of sayso extract: {:.0} MB on the input, {:.0} MB on it 3x over", a as f64 / 1024.0, b as f64 / 1024.0);
    }
    Ok(super::EXIT_OK)
}

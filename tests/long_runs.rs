//! Long runs: `--out-dir` (one output per input), `--resume`, and runs stopped
//! by SIGKILL, SIGTERM or a double SIGINT part-way, then resumed: the outputs
//! must be byte-identical to one clean run, each input's output present once,
//! no temporary left.
//!
//! A kill lands part-way because the test waits until some outputs exist and
//! kills at once, while most inputs are still to do (60 inputs, ~9 MB, one
//! worker thread, 1 MB batches). Should a run finish first anyway, every check
//! still runs (on a finished run); the test says so on stderr.

mod common;

use common::{repo, sayso};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const FILES: usize = 60;

/// The inputs (made once for all tests) and the outputs of clean runs.
struct Fixture {
    _dir: tempfile::TempDir,
    input: PathBuf,
    /// Input file → its output path relative to the output directory (plain).
    mapping: BTreeMap<PathBuf, PathBuf>,
    /// Relative output path → bytes, of a clean plain run.
    clean: BTreeMap<PathBuf, Vec<u8>>,
    /// The same with `--compress gz`.
    clean_gz: BTreeMap<PathBuf, Vec<u8>>,
    /// The one-output run (`sayso extract INPUT`), for comparison.
    single: Vec<u8>,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(make_fixture)
}

fn make_fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let jsonl = std::fs::read_to_string(repo("samples/news.jsonl")).unwrap();
    let dump = std::fs::read_to_string(repo("samples/news-dump.txt")).unwrap();
    let mut mapping = BTreeMap::new();
    for f in 0..FILES {
        let sub = format!("part{}", f % 4);
        // About 150 KB of input each: JSONL (plain, gzip, zstd) and text dumps.
        let (name, out_name, bytes) = match f % 5 {
            4 => {
                let mut text = String::new();
                while text.len() < 150_000 {
                    text.push_str(&dump);
                    text.push_str("\n\n\n");
                }
                (format!("d{f:02}.txt"), format!("d{f:02}.jsonl"), text.into_bytes())
            }
            kind => {
                let mut text = String::new();
                let mut i = 0;
                while text.len() < 150_000 {
                    for line in jsonl.lines() {
                        text.push_str(&line.replacen("\"id\": \"sample-", &format!("\"id\": \"f{f}-r{i}-"), 1));
                        text.push('\n');
                    }
                    i += 1;
                }
                let bytes = text.into_bytes();
                match kind {
                    1 => {
                        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                        enc.write_all(&bytes).unwrap();
                        (format!("n{f:02}.jsonl.gz"), format!("n{f:02}.jsonl"), enc.finish().unwrap())
                    }
                    2 => (format!("n{f:02}.jsonl.zst"), format!("n{f:02}.jsonl"), zstd::encode_all(&bytes[..], 1).unwrap()),
                    _ => (format!("n{f:02}.jsonl"), format!("n{f:02}.jsonl"), bytes),
                }
            }
        };
        let path = input.join(&sub).join(&name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        mapping.insert(path, Path::new(&sub).join(out_name));
    }
    let out = dir.path().join("clean");
    let run = run_to_end(&input, &out, &[]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let clean = read_tree(&out);
    let out_gz = dir.path().join("clean-gz");
    let run = run_to_end(&input, &out_gz, &["--compress", "gz"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let clean_gz = read_tree(&out_gz);
    let single = sayso().args(["extract", "-q", "--threads", "2"]).arg(&input).output().unwrap();
    assert_eq!(single.status.code(), Some(0));
    Fixture { _dir: dir, input, mapping, clean, clean_gz, single: single.stdout }
}

fn command(input: &Path, out: &Path, extra: &[&str]) -> std::process::Command {
    let mut cmd = sayso();
    cmd.args(["extract", "--threads", "1", "--batch-mb", "1", "--progress", "never"])
        .arg(input)
        .arg("--out-dir")
        .arg(out)
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn run_to_end(input: &Path, out: &Path, extra: &[&str]) -> Output {
    command(input, out, extra).output().unwrap()
}

/// Every file under `dir`: relative path → bytes.
fn read_tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            out.insert(e.path().strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(e.path()).unwrap());
        }
    }
    out
}

fn is_hidden(p: &Path) -> bool {
    p.file_name().unwrap().to_string_lossy().starts_with('.')
}

fn outputs_done(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file() && !is_hidden(e.path())).count()
}

/// Starts a run, waits until at least one output exists, then sends `signals`.
/// Returns the finished child's output and whether the run was still part-way
/// when the first signal was sent.
fn interrupt(mut cmd: std::process::Command, out: &Path, signals: &[i32]) -> (Output, bool) {
    let mut child: Child = cmd.spawn().unwrap();
    let started = Instant::now();
    let mut part_way = false;
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        let done = outputs_done(out);
        if done >= 1 {
            part_way = done < FILES;
            for &sig in signals {
                // SAFETY: sends a signal to our own child, which has not been reaped yet.
                unsafe { libc::kill(child.id() as libc::pid_t, sig) };
            }
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(300), "no output after 300 s");
        std::thread::sleep(Duration::from_millis(2));
    }
    let output = child.wait_with_output().unwrap();
    if !part_way {
        eprintln!("note: the run finished before the signal; the checks ran on a finished run");
    }
    (output, part_way)
}

/// Outputs present are complete (equal to the clean run's); hidden files are temporaries.
/// Returns the complete outputs.
fn check_only_complete_outputs(out: &Path, clean: &BTreeMap<PathBuf, Vec<u8>>) -> BTreeSet<PathBuf> {
    let mut done = BTreeSet::new();
    for (rel, bytes) in read_tree(out) {
        if is_hidden(&rel) {
            let name = rel.file_name().unwrap().to_string_lossy().into_owned();
            assert!(sayso::extract::temp_owner(&name).is_some(), "a hidden file that is not a temporary: {rel:?}");
            continue;
        }
        let want = clean.get(&rel).unwrap_or_else(|| panic!("unexpected output {rel:?}"));
        assert!(bytes == *want, "{rel:?} is not complete ({} bytes of {})", bytes.len(), want.len());
        done.insert(rel);
    }
    done
}

/// Resumes the run in `out`; its outputs must then equal the clean run's, with no temporary.
fn resume_and_check(input: &Path, out: &Path, extra: &[&str], clean: &BTreeMap<PathBuf, Vec<u8>>, done_before: usize) {
    let mut args = vec!["--resume"];
    args.extend_from_slice(extra);
    let run = run_to_end(input, out, &args);
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{err}");
    if done_before > 0 {
        assert!(err.contains(&format!("{done_before} inputs skipped")), "{err}");
    }
    assert!(err.contains(&format!("{} outputs written", FILES - done_before)), "{err}");
    let after = read_tree(out);
    assert!(after.keys().all(|k| !is_hidden(k)), "temporaries left: {:?}", after.keys().filter(|k| is_hidden(k)).collect::<Vec<_>>());
    assert_eq!(after.len(), clean.len(), "one output per input, none missing, none extra");
    for (rel, want) in clean {
        assert!(after.get(rel) == Some(want), "{rel:?} differs from the clean run");
    }
}

#[test]
fn clean_outputs_are_the_single_output_cut_per_input() {
    let f = fixture();
    assert_eq!(f.clean.len(), FILES);
    let expected: BTreeSet<&PathBuf> = f.mapping.values().collect();
    assert_eq!(f.clean.keys().collect::<BTreeSet<_>>(), expected);
    // Inputs in walk order (sorted), outputs concatenated in that order = the one-output run.
    let joined: Vec<u8> = f.mapping.values().flat_map(|rel| f.clean[rel].clone()).collect();
    assert!(joined == f.single, "outputs joined in input order differ from `sayso extract INPUT`");
    // Compressed outputs hold the same bytes.
    for (rel, plain) in &f.clean {
        let gz = &f.clean_gz[&rel.with_extension("jsonl.gz")];
        let mut dec = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut dec).unwrap();
        assert!(dec == *plain, "{rel:?}: .gz content differs");
    }
}

#[test]
fn sigkill_part_way_then_resume_gives_the_clean_bytes() {
    let f = fixture();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (run, _) = interrupt(command(&f.input, &out, &["--compress", "gz"]), &out, &[libc::SIGKILL]);
    assert!(run.status.code().is_none() || run.status.code() == Some(0), "{:?}", run.status);
    let done = check_only_complete_outputs(&out, &f.clean_gz);
    resume_and_check(&f.input, &out, &["--compress", "gz"], &f.clean_gz, done.len());
}

#[test]
fn sigterm_stops_cleanly_with_143_and_lists_what_was_not_done() {
    let f = fixture();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (run, part_way) = interrupt(command(&f.input, &out, &[]), &out, &[libc::SIGTERM]);
    let err = String::from_utf8_lossy(&run.stderr);
    let done = check_only_complete_outputs(&out, &f.clean);
    assert!(read_tree(&out).keys().all(|k| !is_hidden(k)), "a clean stop leaves no temporary");
    if part_way || run.status.code() == Some(143) {
        assert_eq!(run.status.code(), Some(143), "{err}");
        let not_done: BTreeSet<PathBuf> =
            err.lines().filter_map(|l| l.strip_prefix("sayso: not done: ")).map(PathBuf::from).collect();
        assert!(err.contains(&format!("{} inputs not done", not_done.len())), "{err}");
        // Every input is either done (its output is there) or listed as not done, never both.
        for (input, rel) in &f.mapping {
            assert!(done.contains(rel) != not_done.contains(input), "{input:?}: done and listed, or neither\n{err}");
        }
        assert_eq!(done.len() + not_done.len(), FILES);
    } else {
        assert_eq!(run.status.code(), Some(0), "{err}");
    }
    resume_and_check(&f.input, &out, &[], &f.clean, done.len());
}

#[test]
fn a_second_sigint_ends_at_once_and_resume_still_gives_the_clean_bytes() {
    let f = fixture();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (run, part_way) = interrupt(command(&f.input, &out, &[]), &out, &[libc::SIGINT, libc::SIGINT]);
    let err = String::from_utf8_lossy(&run.stderr);
    if part_way {
        assert_eq!(run.status.code(), Some(130), "{err}");
    }
    let done = check_only_complete_outputs(&out, &f.clean);
    resume_and_check(&f.input, &out, &[], &f.clean, done.len());
}

#[test]
fn a_stopped_single_output_run_leaves_no_file() {
    let f = fixture();
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("all.jsonl");
    let mut child = sayso()
        .args(["extract", "-q", "--threads", "1", "--batch-mb", "1", "--progress", "never", "-o"])
        .arg(&target)
        .arg(&f.input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the temporary holds something, then stop the run.
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        let growing = std::fs::read_dir(tmp.path())
            .unwrap()
            .filter_map(Result::ok)
            .any(|e| is_hidden(&e.path()) && e.metadata().is_ok_and(|m| m.len() > 0));
        if growing {
            // SAFETY: our own child, not reaped yet.
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(300));
        std::thread::sleep(Duration::from_millis(2));
    }
    let run = child.wait_with_output().unwrap();
    let files: Vec<PathBuf> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().path()).collect();
    match run.status.code() {
        Some(130) => {
            assert!(files.is_empty(), "a stopped run leaves neither OUT nor its temporary: {files:?}");
            assert!(String::from_utf8_lossy(&run.stderr).contains("all.jsonl not written"));
        }
        Some(0) => {
            eprintln!("note: the run finished before the signal");
            assert_eq!(std::fs::read(&target).unwrap(), f.single);
            assert_eq!(files.len(), 1);
        }
        other => panic!("exit {other:?}: {}", String::from_utf8_lossy(&run.stderr)),
    }
    // --resume with -o: OUT there means nothing to do; else the whole run.
    let run = sayso().args(["extract", "-q", "--resume", "-o"]).arg(&target).arg(&f.input).output().unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(std::fs::read(&target).unwrap(), f.single);
}

#[test]
fn out_dir_refuses_stdin_and_a_second_output() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = out.to_str().unwrap();
    for args in [vec!["extract", "--out-dir", o], vec!["extract", "-", "--out-dir", o]] {
        let run = common::run(&args, Some(b"{\"text\":\"x\"}\n"));
        assert_eq!(run.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&run.stderr).contains("standard input cannot be used with --out-dir"));
    }
    let sample = repo("samples/news.jsonl");
    let run = common::run(&["extract", sample.to_str().unwrap(), "--out-dir", o, "-o", "x.jsonl"], None);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("-o and --out-dir cannot be used together"));
    let run = common::run(&["extract", sample.to_str().unwrap(), "--resume"], None);
    assert_eq!(run.status.code(), Some(2));
    assert!(!out.exists(), "nothing written by a refused run");
}

#[test]
fn resume_removes_temporaries_of_a_dead_run_and_never_takes_them_for_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::copy(repo("samples/news.jsonl"), input.join("a.jsonl")).unwrap();
    std::fs::copy(repo("samples/news-dump.txt"), input.join("b.txt")).unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // A half-written temporary of a process that no longer exists (pid beyond pid_max).
    std::fs::write(out.join(".a.jsonl.sayso-tmp-99999999"), b"{\"id\":\"half").unwrap();
    let run = run_to_end(&input, &out, &["--resume"]);
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{err}");
    assert!(err.contains("2 outputs written") && err.contains("1 temporaries of an earlier run removed"), "{err}");
    let tree = read_tree(&out);
    assert_eq!(tree.keys().cloned().collect::<Vec<_>>(), vec![PathBuf::from("a.jsonl"), PathBuf::from("b.jsonl")]);
    let direct = sayso().args(["extract", "-q"]).arg(input.join("a.jsonl")).output().unwrap();
    assert_eq!(tree[Path::new("a.jsonl")], direct.stdout);
}

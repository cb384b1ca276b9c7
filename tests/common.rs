//! Helpers shared by the integration tests (included with `mod common;`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn sayso() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sayso"))
}

pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs `sayso` with `args` (and `stdin` if given), returns its output.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = sayso();
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("sayso runs");
    if let Some(input) = stdin {
        use std::io::Write;
        let mut si = child.stdin.take().expect("stdin");
        let data = input.to_vec();
        std::thread::spawn(move || {
            let _ = si.write_all(&data);
        });
    }
    child.wait_with_output().expect("sayso finishes")
}

pub fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// Checks the contract's invariants on one output object whose text is `text`:
/// every span's text equals `text[start:end]` in code points, entities sorted and disjoint.
pub fn check_offsets(obj: &serde_json::Value, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: &serde_json::Value| -> (String, String) {
        let start = s["start"].as_u64().expect("start") as usize;
        let end = s["end"].as_u64().expect("end") as usize;
        assert!(start <= end && end <= chars.len(), "span out of range: {s}");
        (chars[start..end].iter().collect(), s["text"].as_str().expect("text").to_string())
    };
    let mut last_end = 0;
    for e in obj["entities"].as_array().expect("entities") {
        let (got, want) = slice(e);
        assert_eq!(got, want, "entity text mismatch");
        let start = e["start"].as_u64().unwrap() as usize;
        assert!(start >= last_end, "entities overlap or are unsorted");
        last_end = e["end"].as_u64().unwrap() as usize;
        assert!(["PERSON", "ORG", "LOC", "NORP"].contains(&e["type"].as_str().unwrap()));
        assert!(["dictionary", "alias", "inferred"].contains(&e["source"].as_str().unwrap()));
    }
    for q in obj["quotes"].as_array().expect("quotes") {
        let (got, want) = slice(q);
        assert_eq!(got, want, "quote text mismatch");
        for k in ["speaker_mention", "cue"] {
            if !q[k].is_null() {
                let (got, want) = slice(&q[k]);
                assert_eq!(got, want, "{k} text mismatch");
            }
        }
        assert!(["direct", "partial"].contains(&q["kind"].as_str().unwrap()));
        assert!(["explicit", "pronoun", "nominal", "continuation", "none"].contains(&q["method"].as_str().unwrap()));
    }
}

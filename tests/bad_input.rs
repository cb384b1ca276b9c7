//! Dirty input: every case has defined behaviour, no panic, no hang, and every
//! record is either written or reported as FILE:LINE.

mod common;

use common::{lines, run};
use std::io::Write;

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn invalid_utf8_in_jsonl_rejects_that_record_only() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, "a.jsonl", b"{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\":\"2\",\"text\":\"caf\xe9\"}\n{\"id\":\"3\",\"text\":\"ok\"}\n");
    let out = run(&["extract", &f], None);
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<String> = lines(&out).iter().map(|o| o["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, vec!["1", "3"]);
    assert!(stderr(&out).contains(&format!("{f}:2: invalid_utf8")), "{}", stderr(&out));
}

#[test]
fn invalid_utf8_in_text_dumps_is_decoded_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, "d.txt", b"Title \xff one\n\nBody \xfe here.\n\n\nSecond\n\nMore \xff.\n");
    let out = run(&["extract", &f], None);
    assert_eq!(out.status.code(), Some(0));
    let objs = lines(&out);
    assert_eq!(objs.len(), 2);
    assert!(objs[0]["text"].as_str().unwrap().contains('\u{fffd}'));
    assert_eq!(stderr(&out).matches("invalid UTF-8").count(), 1, "{}", stderr(&out));
}

#[test]
fn bom_crlf_nul_blank_texts_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        &dir,
        "a.jsonl",
        b"\xef\xbb\xbf{\"id\":\"1\",\"text\":\"Kyiv\\u0000 said.\"}\r\n{\"id\":\"2\",\"text\":\"\"}\r\n{\"id\":\"3\",\"text\":\"   \"}\r\n",
    );
    let out = run(&["extract", &f], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let objs = lines(&out);
    assert_eq!(objs.len(), 3);
    assert_eq!(objs[0]["text"], "Kyiv\u{0} said.");
    assert_eq!(objs[1]["entities"].as_array().unwrap().len(), 0);
    let empty = write(&dir, "empty.jsonl", b"");
    let out = run(&["extract", &empty], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let empty_txt = write(&dir, "empty.txt", b"\n\n  \n");
    assert_eq!(run(&["extract", &empty_txt], None).status.code(), Some(0));
}

#[test]
fn raw_nul_bytes_and_binary_files_do_not_stop_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, "a.jsonl", b"{\"text\":\"a\0b\"}\n{\"id\":\"ok\",\"text\":\"fine\"}\n");
    let out = run(&["extract", &f], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), 1);
    let mut binary = Vec::new();
    for i in 0..50_000u32 {
        binary.extend_from_slice(&i.wrapping_mul(2654435761).to_le_bytes());
    }
    let b = write(&dir, "blob.bin", &binary);
    let out = run(&["extract", &b], None);
    assert!(matches!(out.status.code(), Some(0) | Some(1)), "{}", stderr(&out));
    for o in lines(&out) {
        common::check_offsets(&o, o["text"].as_str().unwrap());
    }
}

#[test]
fn deep_nesting_and_lone_surrogates() {
    let deep = format!("{{\"text\":\"x\",\"n\":{}{}}}\n{{\"id\":\"b\",\"text\":\"\\ud800 ok\"}}\n", "[".repeat(100_000), "]".repeat(100_000));
    let out = run(&["extract", "--format", "jsonl"], Some(deep.as_bytes()));
    // Deep nesting is valid JSON: it passes through untouched, without a stack overflow.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.lines().next().unwrap().contains(&"[".repeat(100_000)));
    let second: serde_json::Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
    assert_eq!(second["id"], "b");
    assert!(second["text"].as_str().unwrap().starts_with('\u{fffd}'));
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

#[test]
fn truncated_archives_keep_the_records_before_the_break() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = Vec::new();
    for i in 0..5000 {
        writeln!(data, "{{\"id\":\"r{i}\",\"text\":\"Article number {i} about Berlin and Paris, with some padding text to make it longer.\"}}").unwrap();
    }
    for (name, packed) in [("t.jsonl.gz", gzip(&data)), ("t.jsonl.zst", zstd::encode_all(&data[..], 3).unwrap())] {
        let cut = &packed[..packed.len() * 2 / 3];
        let f = write(&dir, name, cut);
        let out = run(&["extract", &f], None);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        let objs = lines(&out);
        assert!(objs.len() > 1000 && objs.len() < 5000, "{name}: {} records kept", objs.len());
        for (i, o) in objs.iter().enumerate() {
            assert_eq!(o["id"], format!("r{i}"));
        }
        let err = stderr(&out);
        assert!(err.contains(&f) && err.contains("io"), "{name}: {err}");
    }
}

#[test]
fn a_huge_article_and_many_unbalanced_marks_are_annotated() {
    let mut text = String::with_capacity(12 << 20);
    while text.len() < 12 << 20 {
        text.push_str("\"Vladimir Putin said in Moscow that “nothing” was agreed, he told reporters. ");
    }
    let mut marks = String::new();
    for _ in 0..20_000 {
        marks.push_str("He said \" and ");
    }
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "huge", "text": text}),
        serde_json::json!({"id": "marks", "text": marks})
    );
    let out = run(&["extract", "--no-text", "--format", "jsonl"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let objs = lines(&out);
    assert_eq!(objs.len(), 2);
    assert!(objs[0]["quotes"].as_array().unwrap().len() > 1000);
    // Speed is the benchmarks' business; a quadratic pass shows there (and
    // here as a run that never ends), not as a timed assertion.
}

#[test]
fn unreadable_paths_are_fatal_with_the_path_named() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, "a.jsonl", b"{\"text\":\"x\"}\n");
    let missing = dir.path().join("missing.jsonl");
    let out = run(&["extract", &f, missing.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.jsonl"));
    assert!(out.stdout.is_empty(), "nothing is written when an input path is bad");
}

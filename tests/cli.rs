//! The `sayso` binary end to end: inputs, outputs, flags, exit codes.

mod common;

use common::{check_offsets, lines, repo, run, sayso};
use std::io::Write;
use std::process::Stdio;

fn sample_dump() -> String {
    repo("samples/news-dump.txt").display().to_string()
}

fn sample_jsonl() -> String {
    repo("samples/news.jsonl").display().to_string()
}

#[test]
fn text_dump_gives_one_line_per_article_with_contract_fields() {
    let out = run(&["extract", &sample_dump()], None);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let objs = lines(&out);
    assert_eq!(objs.len(), 3);
    let titles: Vec<&str> = objs.iter().map(|o| o["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        vec![
            "Harbor City Council Approves New Flood Barrier After Long Debate",
            "Researchers Warn of Heat Risk for Outdoor Workers in Southern Europe",
            "Trade Talks Resume Between Canada and Mexico"
        ]
    );
    for (i, o) in objs.iter().enumerate() {
        assert!(o["id"].as_str().unwrap().ends_with(&format!("news-dump.txt#{}", i + 1)));
        check_offsets(o, o["text"].as_str().unwrap());
    }
    let first = &objs[0]["quotes"][0];
    assert!(first["text"].as_str().unwrap().starts_with("This is the most important vote"));
    assert_eq!(first["speaker"], "Elena Marchetti");
    assert_eq!(first["method"], "explicit");
    assert_eq!(first["cue"]["text"], "told reporters");
    let countries: Vec<&str> = objs[2]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "LOC")
        .map(|e| e["canonical"].as_str().unwrap())
        .collect();
    assert!(countries.contains(&"Canada") && countries.contains(&"Mexico"), "{countries:?}");
}

#[test]
fn jsonl_fields_pass_through_and_text_fields_fall_back() {
    let out = run(&["extract", &sample_jsonl()], None);
    assert_eq!(out.status.code(), Some(0));
    let objs = lines(&out);
    let ids: Vec<&str> = objs.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["sample-1", "sample-2", "sample-3"]);
    for o in &objs {
        assert_eq!(o["source"], "sayso samples");
    }
    assert!(objs[0]["text"].is_string());
    assert!(objs[1]["maintext"].is_string() && objs[1].get("text").is_none());
    assert_eq!(objs[1]["text_field"], "maintext");
    assert_eq!(objs[2]["text_field"], "content");
    check_offsets(&objs[0], objs[0]["text"].as_str().unwrap());
    check_offsets(&objs[1], objs[1]["maintext"].as_str().unwrap());
    check_offsets(&objs[2], objs[2]["content"].as_str().unwrap());
    // The input's own bytes come through unchanged: the first line starts as the input does.
    let first_out = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(first_out.starts_with(r#"{"id":"sample-1","source":"sayso samples","title":"Port Workers End Strike","text":"Port workers"#));
    let no_text = lines(&run(&["extract", "--no-text", &sample_jsonl()], None));
    assert!(no_text[0].get("text").is_none() && no_text[1].get("maintext").is_none());
    assert_eq!(no_text[0]["quotes"], objs[0]["quotes"]);
}

#[test]
fn compressed_inputs_stdin_and_directories_give_the_same_output() {
    let dir = tempfile::tempdir().unwrap();
    let data = std::fs::read(sample_jsonl()).unwrap();
    let gz = dir.path().join("a.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    enc.write_all(&data).unwrap();
    enc.finish().unwrap();
    let zst = dir.path().join("b.data");
    std::fs::write(&zst, zstd::encode_all(&data[..], 3).unwrap()).unwrap();
    let plain = run(&["extract", &sample_jsonl()], None).stdout;
    assert_eq!(run(&["extract", gz.to_str().unwrap()], None).stdout, plain);
    assert_eq!(run(&["extract", zst.to_str().unwrap()], None).stdout, plain);
    assert_eq!(run(&["extract"], Some(&data)).stdout, plain);
    assert_eq!(run(&["extract", "-"], Some(&data)).stdout, plain);
    // A directory: both files, in sorted order.
    let both = run(&["extract", dir.path().to_str().unwrap()], None);
    assert_eq!(both.status.code(), Some(0));
    assert_eq!(both.stdout, [plain.clone(), plain].concat());
}

#[test]
fn thread_counts_give_identical_bytes_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = String::new();
    let base = std::fs::read_to_string(sample_jsonl()).unwrap();
    for i in 0..300 {
        for line in base.lines() {
            big.push_str(&line.replacen("\"id\": \"sample-", &format!("\"id\": \"r{i}-"), 1));
            big.push('\n');
        }
    }
    let path = dir.path().join("big.jsonl");
    std::fs::write(&path, &big).unwrap();
    let p = path.to_str().unwrap();
    let one = run(&["extract", "--threads", "1", "--batch-mb", "1", p], None);
    let two = run(&["extract", "--threads", "2", "--batch-mb", "1", p], None);
    let four = run(&["extract", "--threads", "4", p], None);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
    let ids: Vec<String> = lines(&one).iter().map(|o| o["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 900);
    assert_eq!(ids[0], "r0-1");
    assert_eq!(ids[899], "r299-3");
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.jsonl");
    let out = run(&["extract", &sample_dump(), "-o", out_path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out_path).unwrap().lines().count(), 3);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
    let bad = dir.path().join("no/such/dir/out.jsonl");
    let out = run(&["extract", &sample_dump(), "-o", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/dir/out.jsonl"));
}

#[test]
fn missing_inputs_are_fatal_and_named() {
    let out = run(&["extract", "/no/such/file.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.jsonl"));
    assert!(out.stdout.is_empty());
    let out = run(&["extract", "--threads", "0", &sample_dump()], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["extract", "--on-error", "sometimes"], None);
    assert_eq!(out.status.code(), Some(2));
}

const MIXED: &str = "{\"id\":\"a\",\"text\":\"Fine.\"}\n{broken\n\n[1,2]\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"Also fine.\"}";

#[test]
fn rejected_records_are_reported_and_the_rest_kept() {
    let out = run(&["extract", "--format", "jsonl"], Some(MIXED.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<String> = lines(&out).iter().map(|o| o["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, vec!["a", "c"], "a last line without a newline is a record");
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in ["stdin:2: invalid_json", "stdin:4: not_object", "stdin:5: missing_text", "3 rejected"] {
        assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    }
}

#[test]
fn emit_mode_gives_one_line_per_non_blank_input_line() {
    let out = run(&["extract", "--on-error", "emit", "--id-prefix", "s1/"], Some(MIXED.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    let objs = lines(&out);
    assert_eq!(objs.len(), 5);
    assert_eq!(objs[1]["id"], "s1/stdin:2");
    assert_eq!(objs[1]["error"]["kind"], "invalid_json");
    assert_eq!(objs[1]["error"]["line"], 2);
    assert_eq!(objs[2]["error"]["kind"], "not_object");
    assert_eq!(objs[3]["id"], "b");
    assert_eq!(objs[3]["error"]["kind"], "missing_text");
    assert_eq!(objs[4]["id"], "c");
    let piped = run(&["extract", "--pipe"], Some(MIXED.as_bytes()));
    assert_eq!(piped.status.code(), Some(0));
    assert_eq!(lines(&piped).len(), 5);
    assert!(piped.stderr.is_empty());
}

#[test]
fn fail_mode_stops_at_the_first_rejection() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("o.jsonl");
    let out = run(&["extract", "--on-error", "fail", "-o", out_path.to_str().unwrap()], Some(MIXED.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_path.exists());
}

#[test]
fn errors_file_lists_every_rejection() {
    let dir = tempfile::tempdir().unwrap();
    let errs = dir.path().join("errors.jsonl");
    let out = run(&["extract", "--errors", errs.to_str().unwrap()], Some(MIXED.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let rows: Vec<serde_json::Value> =
        std::fs::read_to_string(&errs).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let at: Vec<(u64, &str)> = rows.iter().map(|r| (r["line"].as_u64().unwrap(), r["kind"].as_str().unwrap())).collect();
    assert_eq!(at, vec![(2, "invalid_json"), (4, "not_object"), (5, "missing_text")]);
}

#[test]
fn closed_pipe_ends_quietly() {
    let mut big = Vec::new();
    for i in 0..20000 {
        writeln!(big, "{{\"id\":{i},\"text\":\"Vladimir Putin said \\\"no\\\" in Moscow on day {i}.\"}}").unwrap();
    }
    let mut child = sayso()
        .args(["extract", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&big);
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}

#[test]
fn user_dictionaries_add_entities_and_bad_rows_are_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("mine.tsv");
    std::fs::write(&good, "# my own\nx:harbor\tORG\tagency\tHarbor Authority of Zembla\tHAZ\t\t\t\t5\n").unwrap();
    let out = run(&["extract", "--dict", good.to_str().unwrap()], Some(b"{\"text\":\"The HAZ said so.\"}\n"));
    assert_eq!(out.status.code(), Some(0));
    let o = &lines(&out)[0];
    assert_eq!(o["entities"][0]["canonical"], "Harbor Authority of Zembla");
    assert_eq!(o["entities"][0]["id"], "x:harbor");
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "x\tORG\t\tFine\n\ny\tPLANET\t\tMars\n").unwrap();
    let out = run(&["extract", "--dict", bad.to_str().unwrap()], Some(b"{\"text\":\"x\"}\n"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:3", bad.display())), "{err}");
}

#[test]
fn dict_stats_reports_the_embedded_dictionaries() {
    let out = run(&["dict", "stats", "--json"], None);
    assert_eq!(out.status.code(), Some(0));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for t in ["PERSON", "ORG", "LOC", "NORP"] {
        assert!(stats["entities_by_type"][t].as_u64().unwrap() > 0, "{t}");
    }
    assert!(stats["load_seconds"].as_f64().is_some());
    let out = run(&["dict", "lookup", "Russia"], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("LOC"));
}

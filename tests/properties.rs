//! Property tests: on arbitrary text, every span is valid and entities are
//! sorted and disjoint; the output line is JSON whose code-point offsets hold.

mod common;

use proptest::prelude::*;
use sayso::{Article, Pipeline};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("embedded dictionaries load"))
}

/// Text built from pieces news has: names, quote marks of every kind, line
/// breaks, multi-byte characters, apostrophes.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Vladimir Putin".to_string()),
        Just("Putin's".to_string()),
        Just("Zelenskiy".to_string()),
        Just("Kyiv".to_string()),
        Just("the United States".to_string()),
        Just("Russian-occupied".to_string()),
        Just(" said".to_string()),
        Just(" he told reporters".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("''".to_string()),
        Just("«".to_string()),
        Just(",".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        "[a-zA-Z]{1,8}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_on_arbitrary_text(text in newsish()) {
        let p = pipeline();
        let ann = p.annotate_text(&text);
        let mut last_end = 0;
        for e in &ann.entities {
            prop_assert!(e.span.start >= last_end, "entities sorted and disjoint");
            prop_assert!(e.span.start < e.span.end);
            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            last_end = e.span.end;
        }
        for q in &ann.quotes {
            for s in [Some(q.span), q.speaker_mention, q.cue].into_iter().flatten() {
                prop_assert!(s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        let article = Article::from_text("t#1", None, text.clone());
        let mut line = Vec::new();
        sayso::output::write_article(&mut line, &article, &ann, &Default::default());
        let obj: serde_json::Value = serde_json::from_slice(&line).expect("output is JSON");
        common::check_offsets(&obj, &text);
    }
}

/// Runs the whole streaming pipeline over `input` (JSONL) with `threads` workers.
fn run_pipeline(input: &std::path::Path, threads: usize, batch_bytes: usize) -> Vec<u8> {
    use sayso::input::{Format, InputPath};
    use sayso::pipeline::{run, OnError, RunOptions};
    let opts = RunOptions {
        format: Format::Jsonl,
        on_error: OnError::Emit,
        batch_bytes,
        ..RunOptions::new(vec![InputPath::File(input.to_path_buf())], threads)
    };
    let mut out = Vec::new();
    run(pipeline(), &opts, &mut out, &mut |_| {}, None).expect("the run completes");
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn output_is_identical_across_thread_counts(
        texts in prop::collection::vec(newsish(), 1..40),
        bad_every in 2usize..7,
        batch_bytes in 64usize..4096,
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("in.jsonl");
        let mut input = String::new();
        for (i, t) in texts.iter().enumerate() {
            if i % bad_every == 0 {
                input.push_str("{not json\n");
            }
            input.push_str(&serde_json::json!({"id": i, "text": t}).to_string());
            input.push('\n');
        }
        std::fs::write(&path, &input).expect("write input");
        let one = run_pipeline(&path, 1, batch_bytes);
        let two = run_pipeline(&path, 2, batch_bytes);
        let three = run_pipeline(&path, 3, 1 << 20);
        prop_assert_eq!(&one, &two);
        prop_assert_eq!(&one, &three);
        prop_assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), input.lines().count());
    }
}

/// A text the fuzzer found (`fuzz/` pipeline_article): a dictionary short form
/// inside a longer inferred name came out as two overlapping entities.
#[test]
fn fuzz_found_overlap_gives_disjoint_entities() {
    let bytes = include_bytes!("fixtures/fuzz-overlapping-entities.bin");
    let text = String::from_utf8_lossy(bytes);
    let ann = pipeline().annotate_text(&text);
    assert!(!ann.entities.is_empty());
    let mut last = 0;
    for e in &ann.entities {
        assert!(e.span.start >= last && e.span.start < e.span.end, "{:?}", e.span);
        last = e.span.end;
    }
}

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

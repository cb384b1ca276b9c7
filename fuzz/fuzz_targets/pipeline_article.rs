#![no_main]
//! The whole pipeline on one arbitrary article: never panics; the output line
//! is JSON, entities sorted and disjoint, every span's text at its offsets.
use libfuzzer_sys::fuzz_target;
use sayso::{Article, Pipeline};
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|text: &str| {
    let p = PIPELINE.get_or_init(|| Pipeline::new().expect("dictionaries load"));
    let ann = p.annotate_text(text);
    let mut last = 0;
    for e in &ann.entities {
        assert!(e.span.start >= last && e.span.start < e.span.end);
        assert!(text.get(e.span.start..e.span.end).is_some());
        last = e.span.end;
    }
    for q in &ann.quotes {
        for s in [Some(q.span), q.speaker_mention, q.cue].into_iter().flatten() {
            assert!(text.get(s.start..s.end).is_some());
        }
    }
    let article = Article::from_text("fuzz#1", None, text.to_string());
    let mut out = Vec::new();
    sayso::output::write_article(&mut out, &article, &ann, &Default::default());
    let v: serde_json::Value = serde_json::from_slice(&out).expect("output is JSON");
    let chars: Vec<char> = text.chars().collect();
    for e in v["entities"].as_array().into_iter().flatten() {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..t].iter().collect::<String>(), e["text"].as_str().unwrap());
    }
});

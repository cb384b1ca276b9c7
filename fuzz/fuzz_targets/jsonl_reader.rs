#![no_main]
//! The JSONL reader on arbitrary bytes: never panics; an accepted record's
//! output line is valid JSON.
use libfuzzer_sys::fuzz_target;
use sayso::input::{parse_jsonl_line, InputOptions};
use sayso::Origin;

fuzz_target!(|data: &[u8]| {
    let origin = Origin { file: "fuzz".into(), line: 1 };
    if let Some(Ok(article)) = parse_jsonl_line(data, origin, &InputOptions::default()) {
        let mut out = Vec::new();
        sayso::output::write_article(&mut out, &article, &Default::default(), &Default::default());
        assert!(serde_json::from_slice::<serde_json::Value>(&out).is_ok());
    }
});

#![no_main]
//! The text-dump splitter on arbitrary bytes: never panics; every article is
//! non-empty and its title is its first line.
use libfuzzer_sys::fuzz_target;
use sayso::input::{InputOptions, TextDumpSplitter};

fuzz_target!(|data: &[u8]| {
    let mut s = TextDumpSplitter::new("fuzz".into(), &InputOptions::default());
    let mut articles = Vec::new();
    for (i, line) in data.split_inclusive(|&b| b == b'\n').enumerate() {
        articles.extend(s.push_line(line, i as u64 + 1));
    }
    articles.extend(s.finish());
    for a in articles.into_iter().flatten() {
        assert!(!a.text.trim().is_empty());
        let title = a.title.unwrap_or_default();
        assert!(a.text.starts_with(title.trim_start()) || a.text.trim_start().starts_with(&title));
    }
});

#![no_main]
//! The quote finder on arbitrary text: never panics; spans are inside the
//! text, on char boundaries, in order.
use libfuzzer_sys::fuzz_target;
use sayso::quotes::find_quotes;
use sayso::text::Segmented;

fuzz_target!(|text: &str| {
    let seg = Segmented::new(text);
    let quotes = find_quotes(text, &seg);
    let mut last = 0;
    for q in &quotes {
        assert!(q.span.start >= last && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        last = q.span.start;
    }
});

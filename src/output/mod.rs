//! Output stage: one JSON line per article, offsets in code points.
//!
//! Takes: an [`Article`] and its [`Annotation`] (byte offsets). Gives: the
//! article's output line, per the contract in DESIGN.md: for JSONL input
//! every input field in its place, byte for byte, then `entities` and
//! `quotes`; for text dumps `id`, `title`, `text`, `entities`, `quotes`.
//! Byte offsets become code-point offsets here, once, in one pass.
//!
//! Must not change what was found, only how it is written.

mod codepoints;

pub use codepoints::CodepointMap;

use crate::annotation::{Annotation, Span};
use crate::article::{Article, Rejection};
use crate::json::json_string;
pub use crate::json::write_json_str;

/// What to leave out of, or add to, each line.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    /// Drop the article text (`--no-text`).
    pub no_text: bool,
    /// Prefix of generated ids (for error lines of records without one).
    pub id_prefix: String,
}

fn write_key(out: &mut Vec<u8>, first: &mut bool, key: &str) {
    if !*first {
        out.push(b',');
    }
    *first = false;
    write_json_str(out, key);
    out.push(b':');
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends `n` in decimal (no allocation).
fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    // Two digits a step (one division by 100 instead of two by 10).
    const PAIRS: [u8; 200] = {
        let mut t = [0u8; 200];
        let mut i = 0;
        while i < 100 {
            t[2 * i] = b'0' + (i / 10) as u8;
            t[2 * i + 1] = b'0' + (i % 10) as u8;
            i += 1;
        }
        t
    };
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while n >= 100 {
        let d = (n % 100) * 2;
        n /= 100;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if n >= 10 {
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
    } else {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[i..]);
}

/// `{"text":…,"start":…,"end":…` (object left open).
fn write_span_open(out: &mut Vec<u8>, text: &str, span: Span, cp: &CodepointMap) {
    out.extend_from_slice(b"{\"text\":");
    write_json_str(out, span.of(text));
    out.extend_from_slice(b",\"start\":");
    write_usize(out, cp.get(span.start));
    out.extend_from_slice(b",\"end\":");
    write_usize(out, cp.get(span.end));
}

fn write_opt_span(out: &mut Vec<u8>, text: &str, span: Option<Span>, cp: &CodepointMap) {
    match span {
        Some(s) => {
            write_span_open(out, text, s, cp);
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends the article's output line (with its newline) to `out`.
pub fn write_article(out: &mut Vec<u8>, article: &Article, ann: &Annotation, opts: &OutputOptions) {
    let text = article.text.as_str();
    let cp = CodepointMap::new(text, ann);
    let mut first = true;
    out.push(b'{');
    match &article.fields {
        Some(fields) => {
            if !fields.iter().any(|(k, _)| k == "id") {
                write_key(out, &mut first, "id");
                out.extend_from_slice(article.id_json.as_bytes());
            }
            if !fields.iter().any(|(k, _)| k == "title") {
                write_key(out, &mut first, "title");
                write_opt_str(out, article.title.as_deref());
            }
            for (k, v) in fields {
                if k == "entities" || k == "quotes" || (opts.no_text && Some(k) == article.text_field.as_ref()) {
                    continue;
                }
                write_key(out, &mut first, k);
                if article.text_repaired && Some(k) == article.text_field.as_ref() {
                    write_json_str(out, text);
                } else {
                    out.extend_from_slice(v.get().as_bytes());
                }
            }
            if let Some(tf) = article.text_field.as_deref().filter(|tf| *tf != "text") {
                if !fields.iter().any(|(k, _)| k == "text_field") {
                    write_key(out, &mut first, "text_field");
                    write_json_str(out, tf);
                }
            }
        }
        None => {
            write_key(out, &mut first, "id");
            out.extend_from_slice(article.id_json.as_bytes());
            write_key(out, &mut first, "title");
            write_opt_str(out, article.title.as_deref());
            if !opts.no_text {
                write_key(out, &mut first, "text");
                write_json_str(out, text);
            }
        }
    }
    write_entities_quotes(out, &mut first, text, ann, &cp);
    out.extend_from_slice(b"}\n");
}

/// Appends `{"entities":[…],"quotes":[…]}` for `text` (no newline): the two
/// keys of the article's line, with the same bytes as in [`write_article`].
/// For bindings that want the annotation of a bare text.
pub fn write_annotation(out: &mut Vec<u8>, text: &str, ann: &Annotation) {
    let cp = CodepointMap::new(text, ann);
    let mut first = true;
    out.push(b'{');
    write_entities_quotes(out, &mut first, text, ann, &cp);
    out.push(b'}');
}

/// The `entities` and `quotes` members (the end of every article's line).
fn write_entities_quotes(out: &mut Vec<u8>, first: &mut bool, text: &str, ann: &Annotation, cp: &CodepointMap) {
    write_key(out, first, "entities");
    out.push(b'[');
    for (i, e) in ann.entities.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_span_open(out, text, e.span, cp);
        out.extend_from_slice(b",\"type\":\"");
        out.extend_from_slice(e.etype.as_str().as_bytes());
        out.extend_from_slice(b"\",\"canonical\":");
        write_json_str(out, &e.canonical);
        out.extend_from_slice(b",\"id\":");
        write_opt_str(out, e.id.as_deref());
        out.extend_from_slice(b",\"source\":\"");
        out.extend_from_slice(e.source.as_str().as_bytes());
        out.extend_from_slice(b"\"}");
    }
    out.push(b']');
    write_key(out, first, "quotes");
    out.push(b'[');
    for (i, q) in ann.quotes.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_span_open(out, text, q.span, cp);
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(q.kind.as_str().as_bytes());
        out.extend_from_slice(b"\",\"speaker\":");
        write_opt_str(out, q.speaker.as_ref().map(|s| &*s.name));
        out.extend_from_slice(b",\"speaker_id\":");
        write_opt_str(out, q.speaker.as_ref().and_then(|s| s.id.as_deref()));
        out.extend_from_slice(b",\"speakers\":[");
        for (k, sp) in q.speakers.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"name\":");
            write_json_str(out, &sp.name);
            out.extend_from_slice(b",\"id\":");
            write_opt_str(out, sp.id.as_deref());
            out.push(b'}');
        }
        out.extend_from_slice(b"],\"speaker_gender\":");
        write_opt_str(out, q.speaker_gender.map(|g| g.as_str()));
        out.extend_from_slice(b",\"gender_source\":");
        write_opt_str(out, q.gender_source.map(|g| g.as_str()));
        out.extend_from_slice(b",\"speaker_mention\":");
        write_opt_span(out, text, q.speaker_mention, cp);
        out.extend_from_slice(b",\"cue\":");
        write_opt_span(out, text, q.cue, cp);
        out.extend_from_slice(b",\"method\":\"");
        out.extend_from_slice(q.method.as_str().as_bytes());
        out.extend_from_slice(b"\"}");
    }
    out.push(b']');
}

/// Appends the line that stands for a rejected record under `--on-error emit`.
pub fn write_error(out: &mut Vec<u8>, r: &Rejection, opts: &OutputOptions) {
    out.extend_from_slice(b"{\"id\":");
    match &r.id_json {
        Some(id) => out.extend_from_slice(id.as_bytes()),
        None => out.extend_from_slice(json_string(&format!("{}{}:{}", opts.id_prefix, r.origin.file, r.origin.line)).as_bytes()),
    }
    out.extend_from_slice(b",\"error\":{\"kind\":\"");
    out.extend_from_slice(r.kind.as_str().as_bytes());
    out.extend_from_slice(b"\",\"message\":");
    write_json_str(out, &r.message);
    out.extend_from_slice(b",\"file\":");
    write_json_str(out, &r.origin.file);
    out.extend_from_slice(b",\"line\":");
    out.extend_from_slice(r.origin.line.to_string().as_bytes());
    out.extend_from_slice(b"}}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_annotation_alone_is_the_tail_of_the_article_line() {
        use crate::article::Origin;
        let pipeline = crate::Pipeline::new().unwrap();
        let text = "“We agree with the proposals,” Vladimir Putin told reporters in Moscow. \"Ça va,\" he said.";
        let article = Article {
            id_json: "\"a\"".to_string(),
            title: None,
            text: text.to_string(),
            origin: Origin { file: std::sync::Arc::from("f.txt"), line: 1 },
            text_field: None,
            text_repaired: false,
            fields: None,
            input_bytes: text.len(),
        };
        let ann = pipeline.annotate(&article);
        assert!(!ann.quotes.is_empty() && !ann.entities.is_empty());
        let mut line = Vec::new();
        write_article(&mut line, &article, &ann, &OutputOptions::default());
        let mut alone = Vec::new();
        write_annotation(&mut alone, text, &ann);
        assert_eq!(alone[0], b'{');
        let tail = &line[line.len() - alone.len() - 1..line.len() - 1];
        assert_eq!(&tail[1..], &alone[1..], "{}", String::from_utf8_lossy(&alone));
        assert_eq!(tail[0], b',');
        let v: serde_json::Value = serde_json::from_slice(&alone).unwrap();
        assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), ["entities", "quotes"]);
    }

    #[test]
    fn numbers_written_like_display() {
        let mut n = 1usize;
        let mut cases = vec![0, 9, 10, 99, 100, 101, 999, 1000, 12345, usize::MAX];
        while n < usize::MAX / 7 {
            cases.extend([n, n - 1, n + 1]);
            n *= 7;
        }
        for n in cases {
            let mut out = Vec::new();
            write_usize(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }

    #[test]
    fn json_strings_escape_like_serde() {
        for s in ["plain", "quote \" back \\ slash", "ctl \u{1}\u{1f}\n\t\r\u{8}\u{c}", "ünï “cödé” 😀 \u{2028}"] {
            let mut out = Vec::new();
            write_json_str(&mut out, s);
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
        for (n, want) in [(0, "0"), (7, "7"), (1234567, "1234567"), (usize::MAX, "18446744073709551615")] {
            let mut out = b"x".to_vec();
            write_usize(&mut out, n);
            assert_eq!(out, format!("x{want}").as_bytes());
        }
    }
}

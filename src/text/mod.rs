//! Segment stage: paragraphs, sentences, words and the token stream of an
//! article.
//!
//! Takes: the article text (and, from the pipeline, a word classifier: the
//! lexicon's class bits). Gives: byte spans of paragraphs, sentences and
//! words, each inside the text and on `char` boundaries, and the token
//! stream ([`Token`]: each word once with its shape bits, its classes and
//! its sentence and paragraph index), which later stages read by index
//! instead of splitting the text again. Nothing here changes the text:
//! every span points into the original.
//!
//! Paragraphs are blocks separated by blank lines; a text without any blank
//! line (one paragraph a line, as many JSONL dumps have) has one paragraph a
//! line.

#[cfg(test)]
mod reference;
pub(crate) mod scan;
mod sentences;
mod tokens;
mod words;

pub use sentences::split_sentences;
pub use tokens::{Shape, Token};
pub(crate) use words::ASCII_ALNUM;
pub use words::{capitalize, is_name_particle, is_word_char, starts_upper, strip_possessive, words, Word};

use crate::annotation::Span;
use std::borrow::Cow;

/// The paragraphs, sentences and words of one text.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub paragraphs: Vec<Span>,
    /// Every sentence, in order; no sentence crosses a paragraph.
    pub sentences: Vec<Span>,
    /// Every word of the text, in order (split once here; later stages read it).
    pub words: Vec<Word>,
    /// The token stream: `tokens[i]` is `words[i]` with its facts.
    pub tokens: Vec<Token>,
}

impl Segmented {
    /// Segments `text` without word classes (every [`Token::class`] is 0):
    /// for stages that read no classes (quotes) and for tests.
    pub fn new(text: &str) -> Segmented {
        Segmented::classified(text, &mut |_| 0)
    }

    /// Segments `text`; `classify` gives each word's class bits (asked once
    /// per word starting with a letter, without a possessive `'s`).
    pub fn classified<F: FnMut(&str) -> u8>(text: &str, classify: &mut F) -> Segmented {
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::with_capacity(paragraphs.len() * 4);
        for p in &paragraphs {
            split_sentences(text, *p, &mut sentences);
        }
        let (words, tokens) = tokens::words_and_tokens(text, &sentences, &paragraphs, classify);
        Segmented { paragraphs, sentences, words, tokens }
    }

    /// The index of the paragraph holding byte `pos` (the last one starting at or before it).
    pub fn paragraph_of(&self, pos: usize) -> usize {
        self.paragraphs.partition_point(|p| p.start <= pos).saturating_sub(1)
    }

    /// The index of the sentence holding byte `pos` (the last one starting at or before it).
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= pos).saturating_sub(1)
    }

    /// The words inside `span`, read from the token stream: the slice of
    /// [`Segmented::words`] that lies in `span`, found by binary search. Only
    /// when a word crosses one of the span's ends (a span cut inside a word)
    /// are the words of the cut span split again, so the answer is always
    /// what [`words`] would give for `span`.
    pub fn words_in(&self, text: &str, span: Span) -> Cow<'_, [Word]> {
        let lo = self.words.partition_point(|w| w.span.end <= span.start);
        let hi = self.words.partition_point(|w| w.span.start < span.end).max(lo);
        let inside = &self.words[lo..hi];
        let cut = inside.first().is_some_and(|w| w.span.start < span.start) || inside.last().is_some_and(|w| w.span.end > span.end);
        if cut {
            Cow::Owned(words(text, span))
        } else {
            Cow::Borrowed(inside)
        }
    }
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Paragraph spans, trimmed of surrounding white space; empty paragraphs dropped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    // (Line ends by the `memchr` crate: a vectorized search.)
    let has_blank_line = {
        let mut lines = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1).peekable();
        let mut found = false;
        while let Some(start) = lines.next() {
            let end = lines.peek().map_or(text.len(), |&next| next - 1);
            if is_blank(&text[start..end]) {
                found = true;
                break;
            }
        }
        found
    };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    // Lines with their `\n` (as `split_inclusive('\n')` gives them), ends
    // found by `memchr`.
    let mut line_ends = memchr::memchr_iter(b'\n', text.as_bytes());
    while pos < text.len() {
        let line_start = pos;
        pos = line_ends.next().map_or(text.len(), |i| i + 1);
        let line = &text[line_start..pos];
        let body = line.trim_end_matches(['\n', '\r']);
        if is_blank(body) {
            if let Some(s) = start.take() {
                out.push(trim_span(text, Span::new(s, end)));
            }
            continue;
        }
        if start.is_none() {
            start = Some(line_start);
        }
        end = line_start + body.len();
        if !has_blank_line {
            if let Some(s) = start.take() {
                out.push(trim_span(text, Span::new(s, end)));
            }
        }
    }
    if let Some(s) = start {
        out.push(trim_span(text, Span::new(s, end)));
    }
    out.retain(|p| !p.is_empty());
    out
}

/// `span` without white space at either end.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_by_blank_lines_else_by_lines() {
        let t = "Title\n\nOne line.\nStill one.\n \u{a0}\nTwo.";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.of(t)).collect();
        assert_eq!(p, vec!["Title", "One line.\nStill one.", "Two."]);
        let t = "A.\nB.\r\nC.";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.of(t)).collect();
        assert_eq!(p, vec!["A.", "B.", "C."]);
    }

    #[test]
    fn locating_positions() {
        let t = "One. Two.\n\nThree.";
        let s = Segmented::new(t);
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.sentences.len(), 3);
        assert_eq!(s.paragraph_of(12), 1);
        assert_eq!(s.sentence_of(6), 1);
    }

    #[test]
    fn words_in_a_span_are_the_words_of_that_span() {
        // Every span between char boundaries, cut inside words or not: the
        // token stream's answer is the one splitting the span again gives.
        let t = "Dr. Jo O'Neill-Ba said: \u{201c}U.S. aid—not Russia’s—won.\u{201d} Zoë   ran 3.5 km.";
        let s = Segmented::new(t);
        let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                let span = Span::new(a, b);
                assert_eq!(&*s.words_in(t, span), &words(t, span)[..], "span {a}..{b}");
            }
        }
        // A span on word boundaries ("Dr. Jo") borrows from the stream.
        assert!(matches!(s.words_in(t, Span::new(0, 6)), Cow::Borrowed(_)));
    }
}

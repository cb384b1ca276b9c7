//! The token stream: every word of the article once, with the facts later
//! stages ask about it — its span, its shape, its word classes (looked up
//! once per article by the caller's classifier) and the sentence and
//! paragraph it stands in. Later stages read it by index instead of
//! splitting the text again.

use super::words::Word;
use crate::annotation::Span;

/// Shape and position facts of a [`Token`], as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shape(pub u16);

impl Shape {
    /// First character is upper case.
    pub const CAP: u16 = 1;
    /// First character is lower case.
    pub const LOWER: u16 = 1 << 1;
    /// First character is an ASCII digit.
    pub const DIGIT: u16 = 1 << 2;
    /// Two or more letters, none lower case ("NATO", "LONDON").
    pub const ALL_CAPS: u16 = 1 << 3;
    /// A single ASCII capital followed by a period and a space: a middle
    /// initial when inside a name ("Lee R. Raymond").
    pub const INITIAL: u16 = 1 << 4;
    /// Ends in a possessive `'s` or `’s` ("Putin's").
    pub const POSSESSIVE: u16 = 1 << 5;
    /// A contracted ending: "I'd", "I'll", "We're", "Don't".
    pub const CONTRACTION: u16 = 1 << 6;
    /// First word at or after the start of a new sentence.
    pub const SENT_START: u16 = 1 << 7;
    /// First word of its line (or of the text).
    pub const LINE_START: u16 = 1 << 8;
    /// First word of its paragraph.
    pub const PARA_START: u16 = 1 << 9;
    /// Only white space separates it from the word before (never the first word).
    pub const WS_BEFORE: u16 = 1 << 10;

    #[inline(always)]
    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

/// One word of the article with its facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub shape: Shape,
    /// The word's classes from the classifier given to
    /// [`super::Segmented::classified`] (for the pipeline: the lexicon's
    /// class bits), asked of the word without a possessive `'s`; 0 for
    /// words that start with neither an upper- nor a lower-case letter, and
    /// everywhere when the text was segmented without a classifier.
    pub class: u8,
    /// Index of its sentence in [`super::Segmented::sentences`] (the last one
    /// starting at or before it).
    pub sentence: u32,
    /// Index of its paragraph in [`super::Segmented::paragraphs`] (the last one
    /// starting at or before it).
    pub paragraph: u32,
}

impl Token {
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
    #[inline(always)]
    pub fn is(&self, bit: u16) -> bool {
        self.shape.has(bit)
    }
}

/// How many letters `s` has, and whether one of them is lower case.
pub(super) fn letter_count(s: &str) -> (usize, bool) {
    if s.is_ascii() {
        let letters = s.bytes().filter(u8::is_ascii_alphabetic).count();
        return (letters, s.bytes().any(|b| b.is_ascii_lowercase()));
    }
    let (mut letters, mut lower) = (0usize, false);
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            lower |= c.is_lowercase();
        }
    }
    (letters, lower)
}

/// "I'd", "I'll", "We're", "Don't": a word with a contracted ending.
pub(super) fn is_contraction(w: &str) -> bool {
    // Most words hold no apostrophe (`’` starts with byte 0xE2).
    if !w.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    let Some(p) = w.rfind(['\'', '’']) else { return false };
    let tail = &w[p..];
    let tail = tail.trim_start_matches(['\'', '’']);
    matches!(tail, "d" | "ll" | "m" | "ve" | "re" | "t")
}

/// The words of `text` and their tokens: one pass over the text finds the
/// words and reads each word's shape (case, apostrophes) from the bytes
/// the word scan visits and the gap before it (white space, line breaks)
/// from the bytes the gap scan visits; a second pass over the tokens adds
/// their sentences, paragraphs and classes (two short loops keep their
/// state in registers). `sentences` and `paragraphs` are those of `text`.
pub(super) fn words_and_tokens<F: FnMut(&str) -> u8>(
    text: &str,
    sentences: &[Span],
    paragraphs: &[Span],
    classify: &mut F,
) -> (Vec<Word>, Vec<Token>) {
    let (words, mut tokens) = shaped_tokens(text);
    place_and_classify(text, &mut tokens, sentences, paragraphs, classify);
    (words, tokens)
}

/// The words of `text` and their tokens with the shape bits that the text
/// around each word tells (all but [`Shape::SENT_START`] and
/// [`Shape::PARA_START`]); classes, sentences and paragraphs 0.
fn shaped_tokens(text: &str) -> (Vec<Word>, Vec<Token>) {
    use super::words::{class, next_word_start, scan_word, BYTE_CLASS};
    let bytes = text.as_bytes();
    // About one word per 6 bytes of news text (see `words`).
    let cap = text.len() / 5 + 1;
    let mut words: Vec<Word> = Vec::with_capacity(cap);
    let mut out: Vec<Token> = Vec::with_capacity(cap);
    // The first word starts a line and has no white space before it.
    let mut shape0 = Shape::LINE_START;
    let mut white_before = 0;
    let mut prev_end = 0usize;
    while let (Some(start), gap) = next_word_start(text, prev_end) {
        let scanned = scan_word(text, start);
        let e = scanned.end;
        let span = Span::new(start, e);
        let b0 = bytes[start];
        let mut shape = shape0;
        if gap & class::NEWLINE != 0 {
            shape |= Shape::LINE_START;
        }
        if gap & class::NOT_WHITE == 0 {
            shape |= white_before;
        }
        shape0 = 0;
        white_before = Shape::WS_BEFORE;
        // Whether the word holds an apostrophe (`'`, or a byte 0xE2 that may
        // start `’`; any character outside ASCII when the word does not
        // start in lower case): without one it is neither a contraction
        // nor a possessive.
        let (lower_first, upper_first);
        if b0 < 0x80 {
            let c0 = BYTE_CLASS[b0 as usize];
            lower_first = c0 & class::LOWER != 0;
            upper_first = c0 & class::UPPER != 0;
        } else {
            let first = text[start..].chars().next().unwrap_or(' ');
            lower_first = first.is_lowercase();
            upper_first = !lower_first && first.is_uppercase();
        }
        let all = scanned.rest | BYTE_CLASS[b0 as usize];
        let apostrophe = if lower_first {
            shape |= Shape::LOWER;
            all & (class::APOSTROPHE | class::E2) != 0
        } else {
            if upper_first {
                shape |= Shape::CAP;
            } else if b0.is_ascii_digit() {
                shape |= Shape::DIGIT;
            }
            // ALL CAPS: two or more letters, none lower case. An ASCII word
            // starting with a capital is one when the rest holds a capital
            // and no lower-case letter.
            let all_caps = if upper_first && all & class::HIGH == 0 {
                scanned.rest & class::UPPER != 0 && scanned.rest & class::LOWER == 0
            } else {
                let (letters, lower) = letter_count(&text[start..e]);
                letters >= 2 && !lower
            };
            if all_caps {
                shape |= Shape::ALL_CAPS;
            }
            all & (class::APOSTROPHE | class::HIGH) != 0
        };
        if apostrophe {
            let s = &text[start..e];
            if is_contraction(s) {
                shape |= Shape::CONTRACTION;
            }
            if super::strip_possessive(s).len() != s.len() {
                shape |= Shape::POSSESSIVE;
            }
        }
        if e == start + 1 && b0.is_ascii_uppercase() && bytes.get(e) == Some(&b'.') && bytes.get(e + 1) == Some(&b' ') {
            shape |= Shape::INITIAL;
        }
        words.push(Word { span });
        out.push(Token { span, shape: Shape(shape), class: 0, sentence: 0, paragraph: 0 });
        prev_end = e;
    }
    (words, out)
}

/// Adds to `tokens` (those of `text`) their sentence and paragraph indices,
/// the bits [`Shape::SENT_START`] and [`Shape::PARA_START`], and the
/// classes of the words that start with a lower- or upper-case letter
/// (without a possessive `'s`).
fn place_and_classify<F: FnMut(&str) -> u8>(
    text: &str,
    tokens: &mut [Token],
    sentences: &[Span],
    paragraphs: &[Span],
    classify: &mut F,
) {
    let start_of = |spans: &[Span], i: usize| spans.get(i).map_or(usize::MAX, |s| s.start);
    let (mut si, mut pi) = (0usize, 0usize);
    // Where the next sentence and paragraph start.
    let (mut next_s, mut next_p) = (start_of(sentences, 0), start_of(paragraphs, 0));
    let mut prev_end = 0usize;
    // The first word starts a sentence and a paragraph.
    let mut first = Shape::SENT_START | Shape::PARA_START;
    for t in tokens.iter_mut() {
        let start = t.span.start;
        let mut shape = t.shape.0 | first;
        if start >= next_s {
            // Sentence start: the first word at or after the start of a new sentence.
            while si < sentences.len() && sentences[si].start <= start {
                if sentences[si].end > prev_end {
                    shape |= Shape::SENT_START;
                }
                si += 1;
            }
            next_s = start_of(sentences, si);
        }
        if start >= next_p {
            while pi < paragraphs.len() && paragraphs[pi].start <= start {
                pi += 1;
            }
            shape |= Shape::PARA_START;
            next_p = start_of(paragraphs, pi);
        }
        first = 0;
        if shape & (Shape::LOWER | Shape::CAP) != 0 {
            let s = &text[start..t.span.end];
            let bare = if shape & Shape::POSSESSIVE != 0 { super::strip_possessive(s) } else { s };
            t.class = classify(bare);
        }
        t.shape = Shape(shape);
        t.sentence = si.saturating_sub(1) as u32;
        t.paragraph = pi.saturating_sub(1) as u32;
        prev_end = t.span.end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::Segmented;
    use super::*;

    #[test]
    fn shapes_positions_and_classes() {
        let t = "Mr. J. Smith's NATO team said 3 times.\n\nI'd go. Élan";
        let seg = Segmented::classified(t, &mut |w: &str| if w == "said" { 16 } else if w == "Smith" { 8 } else { 0 });
        // (A gap of ". " is no white space: "Smith's" after "J.".)
        let got: Vec<(&str, u16, u8, u32, u32)> =
            seg.tokens.iter().map(|k| (k.text(t), k.shape.0, k.class, k.sentence, k.paragraph)).collect();
        use Shape as S;
        assert_eq!(
            got,
            vec![
                ("Mr", S::CAP | S::SENT_START | S::LINE_START | S::PARA_START, 0, 0, 0),
                ("J", S::CAP | S::INITIAL, 0, 0, 0),
                ("Smith's", S::CAP | S::POSSESSIVE, 8, 0, 0),
                ("NATO", S::CAP | S::ALL_CAPS | S::WS_BEFORE, 0, 0, 0),
                ("team", S::LOWER | S::WS_BEFORE, 0, 0, 0),
                ("said", S::LOWER | S::WS_BEFORE, 16, 0, 0),
                ("3", S::DIGIT | S::WS_BEFORE, 0, 0, 0),
                ("times", S::LOWER | S::WS_BEFORE, 0, 0, 0),
                ("I'd", S::CAP | S::CONTRACTION | S::SENT_START | S::LINE_START | S::PARA_START, 0, 1, 1),
                ("go", S::LOWER | S::WS_BEFORE, 0, 1, 1),
                ("Élan", S::CAP | S::SENT_START, 0, 2, 1),
            ]
        );
        // Without a classifier every class is 0; the shapes are the same.
        let plain = Segmented::new(t);
        assert!(plain.tokens.iter().all(|k| k.class == 0));
        assert!(plain.tokens.iter().zip(&seg.tokens).all(|(a, b)| a.shape == b.shape && a.span == b.span));
    }
}

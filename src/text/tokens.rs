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

/// The words of `text` and their tokens, in one pass over the text: each
/// word's shape (case, apostrophes) is read from the bytes the word scan
/// visits, and the gap before it (white space, line breaks) from the bytes
/// the gap scan visits. `sentences` and `paragraphs` are those of `text`.
pub(super) fn words_and_tokens<F: FnMut(&str) -> u8>(
    text: &str,
    sentences: &[Span],
    paragraphs: &[Span],
    classify: &mut F,
) -> (Vec<Word>, Vec<Token>) {
    use super::words::{class, next_word_start, scan_word, BYTE_CLASS};
    let bytes = text.as_bytes();
    // About one word per 6 bytes of news text (see `words`).
    let cap = text.len() / 5 + 1;
    let mut words: Vec<Word> = Vec::with_capacity(cap);
    let mut out: Vec<Token> = Vec::with_capacity(cap);
    let (mut si, mut pi) = (0usize, 0usize);
    let mut prev_end = 0usize;
    loop {
        let (Some(start), gap) = next_word_start(text, prev_end) else { break };
        let scanned = scan_word(text, start);
        let e = scanned.end;
        let span = Span::new(start, e);
        let s = &text[start..e];
        let b0 = bytes[start];
        let mut shape = 0u16;
        // Whether the word holds an apostrophe (`'`, or a byte 0xE2 that may
        // start `’`; any character outside ASCII when the word does not
        // start in lower case): without one it is neither a contraction
        // nor a possessive.
        let (lower_first, upper_first, apostrophe);
        if b0 < 0x80 {
            let c0 = BYTE_CLASS[b0 as usize];
            lower_first = c0 & class::LOWER != 0;
            upper_first = c0 & class::UPPER != 0;
        } else {
            let first = s.chars().next().unwrap_or(' ');
            lower_first = first.is_lowercase();
            upper_first = !lower_first && first.is_uppercase();
        }
        let rest = scanned.rest;
        let all = rest | BYTE_CLASS[b0 as usize];
        if lower_first {
            shape |= Shape::LOWER;
            apostrophe = all & (class::APOSTROPHE | class::E2) != 0;
        } else {
            if upper_first {
                shape |= Shape::CAP;
            } else if b0.is_ascii_digit() {
                shape |= Shape::DIGIT;
            }
            // ALL CAPS: two or more letters, none lower case. An ASCII word
            // starting with a capital is one when the rest holds a capital
            // and no lower-case letter.
            let all_caps = if all & class::HIGH != 0 {
                let (letters, lower) = letter_count(s);
                letters >= 2 && !lower
            } else if upper_first {
                rest & class::UPPER != 0 && rest & class::LOWER == 0
            } else {
                let (letters, lower) = letter_count(s);
                letters >= 2 && !lower
            };
            if all_caps {
                shape |= Shape::ALL_CAPS;
            }
            apostrophe = all & (class::APOSTROPHE | class::HIGH) != 0;
        }
        let mut bare = s;
        if apostrophe {
            if is_contraction(s) {
                shape |= Shape::CONTRACTION;
            }
            bare = super::strip_possessive(s);
            if bare.len() != s.len() {
                shape |= Shape::POSSESSIVE;
            }
        }
        // Sentence start: the first word at or after the start of a new sentence.
        let first_word = out.is_empty();
        let mut sent_start = first_word;
        while si < sentences.len() && sentences[si].start <= start {
            if sentences[si].end > prev_end || first_word {
                sent_start = true;
            }
            si += 1;
        }
        let mut para_start = first_word;
        while pi < paragraphs.len() && paragraphs[pi].start <= start {
            para_start = true;
            pi += 1;
        }
        if sent_start {
            shape |= Shape::SENT_START;
        }
        if para_start {
            shape |= Shape::PARA_START;
        }
        if first_word || gap & class::NEWLINE != 0 {
            shape |= Shape::LINE_START;
        }
        if !first_word && gap & class::NOT_WHITE == 0 {
            shape |= Shape::WS_BEFORE;
        }
        if e == start + 1 && b0.is_ascii_uppercase() && bytes.get(e) == Some(&b'.') && bytes.get(e + 1) == Some(&b' ') {
            shape |= Shape::INITIAL;
        }
        let class = if lower_first || upper_first { classify(bare) } else { 0 };
        words.push(Word { span });
        out.push(Token {
            span,
            shape: Shape(shape),
            class,
            sentence: si.saturating_sub(1) as u32,
            paragraph: pi.saturating_sub(1) as u32,
        });
        prev_end = e;
    }
    (words, out)
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

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
fn letter_count(s: &str) -> (usize, bool) {
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

/// [`letter_count`], and whether `s` holds a byte `'` or 0xE2 (which
/// starts `’`), in one pass over an ASCII word.
#[inline]
fn letters_and_apostrophe(s: &str) -> (usize, bool, bool) {
    let (mut letters, mut lower, mut apos, mut ascii) = (0usize, false, false, true);
    for &b in s.as_bytes() {
        letters += b.is_ascii_alphabetic() as usize;
        lower |= b.is_ascii_lowercase();
        apos |= b == b'\'';
        ascii &= b < 0x80;
    }
    if ascii {
        return (letters, lower, apos);
    }
    let (letters, lower) = letter_count(s);
    (letters, lower, true)
}

/// Whether `b` holds a byte `'` or 0xE2 (which starts `’`). A word of 4 to
/// 8 bytes (most words) is read as one integer (two overlapping 4-byte
/// loads) and tested for both bytes at once, without a loop.
#[inline]
fn has_apostrophe_byte(b: &[u8]) -> bool {
    let n = b.len();
    if !(4..=8).contains(&n) {
        return b.iter().any(|&c| c == b'\'' || c == 0xE2);
    }
    let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
    let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
    let x = lo | hi << 32;
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Nonzero exactly when some byte of `v` is zero.
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    zero_byte(x ^ (ONES * b'\'' as u64)) || zero_byte(x ^ (ONES * 0xE2))
}

/// "I'd", "I'll", "We're", "Don't": a word with a contracted ending.
fn is_contraction(w: &str) -> bool {
    // Most words hold no apostrophe (`’` starts with byte 0xE2).
    if !w.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    let Some(p) = w.rfind(['\'', '’']) else { return false };
    let tail = &w[p..];
    let tail = tail.trim_start_matches(['\'', '’']);
    matches!(tail, "d" | "ll" | "m" | "ve" | "re" | "t")
}

/// The tokens of `words` (every word of `text`, in order), one pass.
pub(super) fn tokens(
    text: &str,
    words: &[Word],
    sentences: &[Span],
    paragraphs: &[Span],
    classify: &mut dyn FnMut(&str) -> u8,
) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(words.len());
    let (mut si, mut pi) = (0usize, 0usize);
    let mut prev_end = 0usize;
    for w in words {
        let s = w.span.of(text);
        let first = match s.as_bytes().first() {
            Some(&b) if b < 0x80 => b as char,
            _ => s.chars().next().unwrap_or(' '),
        };
        let mut shape = 0u16;
        let lower_first = first.is_lowercase();
        // Whether the word holds an apostrophe (`'`, or a byte 0xE2 that may
        // start `’`): without one it is neither a contraction nor a possessive.
        let apostrophe;
        if lower_first {
            shape |= Shape::LOWER;
            apostrophe = has_apostrophe_byte(s.as_bytes());
        } else {
            if first.is_uppercase() {
                shape |= Shape::CAP;
            } else if first.is_ascii_digit() {
                shape |= Shape::DIGIT;
            }
            // A word starting in lower case is never ALL CAPS.
            let (letters, lower, apos) = letters_and_apostrophe(s);
            apostrophe = apos;
            if letters >= 2 && !lower {
                shape |= Shape::ALL_CAPS;
            }
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
        while si < sentences.len() && sentences[si].start <= w.span.start {
            if sentences[si].end > prev_end || first_word {
                sent_start = true;
            }
            si += 1;
        }
        let mut para_start = first_word;
        while pi < paragraphs.len() && paragraphs[pi].start <= w.span.start {
            para_start = true;
            pi += 1;
        }
        if sent_start {
            shape |= Shape::SENT_START;
        }
        if para_start {
            shape |= Shape::PARA_START;
        }
        let gap = &bytes[prev_end..w.span.start];
        // The usual gap, one space, answers both at once.
        let (newline, white) = if gap == b" " {
            (false, true)
        } else {
            let gap = &text[prev_end..w.span.start];
            (gap.contains('\n'), gap.chars().all(char::is_whitespace))
        };
        if first_word || newline {
            shape |= Shape::LINE_START;
        }
        if !first_word && white {
            shape |= Shape::WS_BEFORE;
        }
        let e = w.span.end;
        if s.len() == 1 && first.is_ascii_uppercase() && bytes.get(e) == Some(&b'.') && bytes.get(e + 1) == Some(&b' ') {
            shape |= Shape::INITIAL;
        }
        let class = if lower_first || shape & Shape::CAP != 0 { classify(bare) } else { 0 };
        out.push(Token {
            span: w.span,
            shape: Shape(shape),
            class,
            sentence: si.saturating_sub(1) as u32,
            paragraph: pi.saturating_sub(1) as u32,
        });
        prev_end = e;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::Segmented;
    use super::*;

    #[test]
    fn apostrophe_bytes_found_in_words_of_every_length() {
        for w in ["ab'", "it's", "don't", "O'Neill", "rock'n'roll", "d’Arc", "Zoë’s", "l’", "abcdefgh'"] {
            assert!(has_apostrophe_byte(w.as_bytes()), "{w}");
        }
        for w in ["", "a", "ab", "abc", "word", "words", "sayings", "abcdefgh", "abcdefghi", "Zoë", "naïve", "x-y.z"] {
            assert!(!has_apostrophe_byte(w.as_bytes()), "{w}");
        }
    }

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

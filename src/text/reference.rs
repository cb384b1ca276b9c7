//! The token stream as written before it was fused with the word split
//! into one pass (`words::scan_word`, `tokens::words_and_tokens`), kept
//! for the tests only, with the word split as written before it shared
//! `words::scan_word`: the fused pass must give these words and the same
//! tokens on any text.

use super::tokens::{letter_count, is_contraction, Shape, Token};
use super::words::{char_at, is_joiner, utf8_len, Word};
use crate::annotation::Span;

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

/// The tokens of `words` (every word of `text`, in order), one pass.
pub fn tokens(
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


/// The words inside `span` of `text`, split by the former word loop (an
/// implementation independent of `scan_word`).
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (c, word) = char_at(s, i);
        if !word {
            i += c.len_utf8();
            continue;
        }
        let (end, resume) = word_end(s, i);
        out.push(Word { span: Span::new(span.start + i, span.start + end) });
        i = resume;
    }
    out
}

/// The end of the word starting at `start` (a word character), and where
/// to look for the next one.
fn word_end(s: &str, start: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    let mut end = start + utf8_len(bytes[start]);
    let mut has_period = false;
    while end < bytes.len() {
        let b = bytes[end];
        // ASCII letters and digits, most of a word, a byte at a time; any
        // other ASCII byte but a joiner ends it.
        if b.is_ascii_alphanumeric() {
            end += 1;
            continue;
        }
        if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.') {
            return (end, end + 1);
        }
        let (d, word) = char_at(s, end);
        if word {
            end += d.len_utf8();
        } else if is_joiner(d) {
            // A joiner stays inside the word only between word characters,
            // or as the period of an abbreviation like "U.S.".
            let after = end + d.len_utf8();
            if after < bytes.len() && char_at(s, after).1 {
                has_period |= d == '.';
                end = after;
            } else if d == '.' && has_period {
                return (end + 1, end + 1);
            } else {
                return (end, end + d.len_utf8());
            }
        } else {
            return (end, end + d.len_utf8());
        }
    }
    (end, end)
}

#[cfg(test)]
mod tests {
    use super::super::{paragraphs, split_sentences, Segmented};
    use super::*;
    use proptest::prelude::*;

    fn check(t: &str) {
        let got = Segmented::classified(t, &mut |w: &str| (w.len() as u8).wrapping_mul(37));
        let want_words = super::words(t, Span::new(0, t.len()));
        assert_eq!(got.words, want_words, "{t:?}");
        let mut sentences = Vec::new();
        for p in &paragraphs(t) {
            split_sentences(t, *p, &mut sentences);
        }
        let want = tokens(t, &want_words, &sentences, &paragraphs(t), &mut |w: &str| (w.len() as u8).wrapping_mul(37));
        assert_eq!(got.tokens, want, "{t:?}");
    }

    #[test]
    fn fused_pass_gives_the_same_words_and_tokens() {
        for t in [
            "",
            "U.S. officials said. Mr. J. Smith's NATO team, O'Neill's Russian-occupied town.\n\nI'd go.",
            "it’s d’Arc Zoë’s l’ «Élan» 3.5% 10AM 3M x-y.z ab' 'a a- -a a.b. A.B.C. a.. ⅰ’s ⓐb",
            "Line one\nLine two\r\n\tTab\u{a0}nbsp\u{2003}em dash — end… Ω ΑΒΓ ÀB ǅa 東京 e\u{301}",
            "\u{1}ctl\x7fdel  two  spaces\u{300}mark rock'n'roll don't we'll you're I'm they've ’tis",
        ] {
            check(t);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn fused_pass_on_any_text(t in "([a-zA-Z0-9]{1,6}|[ \n\t.,'’‐\\-!?\"“”()]|[ÀéßΩаЖ東ⅰⓐ\u{300}\u{a0}\u{2003}—]){0,40}") {
            check(&t);
        }
    }
}

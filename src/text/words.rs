//! Words: runs of letters and digits, with inner apostrophes, hyphens and
//! periods kept ("O'Neill", "Russian-occupied", "U.S.").

use crate::annotation::Span;

/// One word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
}

impl Word {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}

/// `w` without a possessive `'s` (or `’s`); a bare `'s` stays.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).filter(|s| !s.is_empty()).unwrap_or(w)
}

/// Whether a lowercase word is a particle inside personal names of many
/// languages ("Willem de Vries", "Ludwig van der Berg", "Osama bin Laden").
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da" | "das" | "do" | "dos" | "di" | "del" | "della" | "der" | "den" | "van" | "von" | "la" | "le" | "du"
            | "bin" | "ibn" | "al" | "ter" | "ten"
    )
}

/// Whether `w` starts with an upper-case letter.
#[inline]
pub fn starts_upper(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `w` with its first letter in upper case ("mayor" → "Mayor").
pub fn capitalize(w: &str) -> String {
    let mut chars = w.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Letters, digits and combining marks make up words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

pub(super) fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‐')
}

/// The words inside `span` of `text`, in order.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    // About one word per 6 bytes of news text: room for a few more, so the
    // vector is rarely grown (and copied) at the end.
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        // The gap between words; ASCII (the usual gap) a byte at a time.
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
        } else {
            let (c, word) = char_at(s, i);
            if !word {
                i += c.len_utf8();
                continue;
            }
        }
        let end = scan_word(s, i).end;
        out.push(Word { span: Span::new(span.start + i, span.start + end) });
        i = end;
    }
    out
}

/// Class bits of a byte ([`BYTE_CLASS`]), for the word scan of this module
/// and the segment stage's token stream, which reads the facts of a word
/// (case, apostrophes) from the same pass that finds it.
pub(crate) mod class {
    /// An ASCII letter or digit.
    pub const ALNUM: u8 = 1;
    /// An ASCII lower-case letter.
    pub const LOWER: u8 = 1 << 1;
    /// An ASCII upper-case letter.
    pub const UPPER: u8 = 1 << 2;
    /// An ASCII byte that is neither a letter, a digit nor white space.
    pub const NOT_WHITE: u8 = 1 << 3;
    /// `\n`.
    pub const NEWLINE: u8 = 1 << 4;
    /// `'`.
    pub const APOSTROPHE: u8 = 1 << 5;
    /// The byte 0xE2 (which starts `’`).
    pub const E2: u8 = 1 << 6;
    /// A byte of a multi-byte character.
    pub const HIGH: u8 = 1 << 7;
}

/// The [`class`] bits of every byte: one load a byte in the word loops.
pub(crate) static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            class::HIGH | if b == 0xE2 { class::E2 } else { 0 }
        } else if b.is_ascii_lowercase() {
            class::ALNUM | class::LOWER
        } else if b.is_ascii_uppercase() {
            class::ALNUM | class::UPPER
        } else if b.is_ascii_digit() {
            class::ALNUM
        } else if b == b'\n' {
            class::NEWLINE
        } else if matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c) {
            // (`char::is_whitespace` of an ASCII byte.)
            0
        } else if b == b'\'' {
            class::NOT_WHITE | class::APOSTROPHE
        } else {
            class::NOT_WHITE
        };
        i += 1;
    }
    t
};

/// The start of the next word of `s` at or after byte `i` (a char
/// boundary), or `None`; and the [`class`] bits of the ASCII bytes of the
/// gap before it ORed together, with [`class::NOT_WHITE`] also set when a
/// character of the gap outside ASCII is not white space.
#[inline(always)]
pub(crate) fn next_word_start(s: &str, mut i: usize) -> (Option<usize>, u8) {
    let bytes = s.as_bytes();
    let mut gap = 0u8;
    while i < bytes.len() {
        let c = BYTE_CLASS[bytes[i] as usize];
        if c & (class::ALNUM | class::HIGH) == 0 {
            gap |= c;
            i += 1;
            continue;
        }
        if c & class::ALNUM != 0 {
            return (Some(i), gap);
        }
        let (d, word) = char_at(s, i);
        if word {
            return (Some(i), gap);
        }
        if !d.is_whitespace() {
            gap |= class::NOT_WHITE;
        }
        i += d.len_utf8();
    }
    (None, gap)
}

/// A word found by [`scan_word`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scanned {
    /// Its end (exclusive).
    pub end: usize,
    /// The [`class`] bits of its bytes after the first character ORed
    /// together (of a multi-byte character, those of its first byte).
    pub rest: u8,
}

/// The word of `s` starting at byte `start` (a word character): its end and
/// the class bits of its bytes (the one word scan of the crate: [`words`] and
/// the token stream use it). The next word starts after `end` (the
/// character at `end`, if any, is no word character).
#[inline(always)]
pub(crate) fn scan_word(s: &str, start: usize) -> Scanned {
    let bytes = s.as_bytes();
    let mut end = start + utf8_len(bytes[start]);
    let mut rest = 0u8;
    let mut has_period = false;
    while end < bytes.len() {
        let b = bytes[end];
        let c = BYTE_CLASS[b as usize];
        // ASCII letters and digits, most of a word, a byte at a time; any
        // other ASCII byte but a joiner ends it.
        if c & class::ALNUM != 0 {
            rest |= c;
            end += 1;
            continue;
        }
        if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.') {
            break;
        }
        let (d, word) = char_at(s, end);
        if word {
            rest |= c;
            end += d.len_utf8();
        } else if is_joiner(d) {
            // A joiner stays inside the word only between word characters,
            // or as the period of an abbreviation like "U.S.".
            let after = end + d.len_utf8();
            if after < bytes.len() && char_at(s, after).1 {
                has_period |= d == '.';
                rest |= c;
                end = after;
            } else {
                if d == '.' && has_period {
                    end += 1;
                }
                break;
            }
        } else {
            break;
        }
    }
    Scanned { end, rest }
}

/// The character at byte `i` (a char boundary) and whether it is a word character.
#[inline]
pub(super) fn char_at(s: &str, i: usize) -> (char, bool) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, b.is_ascii_alphanumeric())
    } else {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c, is_word_char(c))
    }
}

/// `is_ascii_alphanumeric` as a table: one load a byte in the word loop.
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The length of the UTF-8 sequence that starts with byte `b`.
#[inline]
pub(super) fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0x80..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_joiners() {
        let t = "O'Neill's Russian-occupied U.S. town, “yes” — 3.5%";
        let w: Vec<&str> = words(t, Span::new(0, t.len())).iter().map(|w| w.text(t)).collect();
        assert_eq!(w, vec!["O'Neill's", "Russian-occupied", "U.S.", "town", "yes", "3.5"]);
    }
}

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

fn is_joiner(c: char) -> bool {
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
        let (end, resume) = word_end(s, i);
        out.push(Word { span: Span::new(span.start + i, span.start + end) });
        i = resume;
    }
    out
}

/// The character at byte `i` (a char boundary) and whether it is a word character.
#[inline]
fn char_at(s: &str, i: usize) -> (char, bool) {
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
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0x80..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
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
        if ASCII_ALNUM[b as usize] {
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
    use super::*;

    #[test]
    fn words_keep_inner_joiners() {
        let t = "O'Neill's Russian-occupied U.S. town, “yes” — 3.5%";
        let w: Vec<&str> = words(t, Span::new(0, t.len())).iter().map(|w| w.text(t)).collect();
        assert_eq!(w, vec!["O'Neill's", "Russian-occupied", "U.S.", "town", "yes", "3.5"]);
    }
}

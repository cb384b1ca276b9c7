//! Sentence boundaries: a rule-based splitter for news prose.

use crate::annotation::Span;

/// Words after which a period does not end a sentence.
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Sen" | "Rep" | "Gov" | "Gen" | "Lt" | "Col" | "Maj"
        | "Capt" | "Sgt" | "Adm" | "Cmdr" | "Rev" | "Sr" | "Jr" | "St" | "Mt" | "Ft" | "Pres"
        | "Supt" | "Atty" | "Insp" | "Det" | "No" | "Nos" | "vs" | "v" | "etc" | "al" | "Inc"
        | "Corp" | "Ltd" | "Co" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep"
        | "Sept" | "Oct" | "Nov" | "Dec" | "Ariz" | "Calif" | "Colo" | "Conn" | "Fla" | "Ga" | "Ill"
        | "Ind" | "Kan" | "Ky" | "La" | "Mass" | "Md" | "Mich" | "Minn" | "Miss" | "Mo" | "Mont"
        | "Neb" | "Nev" | "Okla" | "Ore" | "Pa" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis"
        | "Wyo" | "approx" | "est" | "fig" | "op" | "cit"
    )
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];

/// Appends the sentences of `para` (a span of `text`) to `out`.
pub fn split_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = &text[para.start..para.end];
    let bytes = p.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // The next line break at or after `i` (or the end), found once per
    // line; most paragraphs are one line.
    let mut line_end = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    while i < bytes.len() {
        // Only terminators and line breaks matter; skip to the next one
        // (the `memchr` crate: vectorized searches).
        if line_end < i {
            line_end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
        match memchr::memchr3(b'.', b'!', b'?', &bytes[i..line_end]) {
            Some(skip) => i += skip,
            None if line_end < bytes.len() => i = line_end,
            None => break,
        }
        let b = bytes[i];
        if b == b'.' || b == b'!' || b == b'?' {
            // Extend over runs of terminators and closing marks.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
                end += 1;
            }
            while let Some(c) = p[end..].chars().next().filter(|c| CLOSERS.contains(c)) {
                end += c.len_utf8();
            }
            if ends_sentence(p, i, end) {
                push_trimmed(text, para.start + start, para.start + end, out);
                start = end;
            }
            i = end;
            continue;
        }
        if b == b'\n' {
            // A line break inside a paragraph ends a sentence when the line
            // does not run on (hard-wrapped text continues in lowercase).
            let next = p[i + 1..].trim_start();
            if next.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '('))
                && !p[start..i].trim().is_empty()
                && p[..i].trim_end().ends_with(|c: char| !c.is_alphanumeric() || c.is_uppercase() || c.is_ascii_digit())
            {
                push_trimmed(text, para.start + start, para.start + i, out);
                start = i + 1;
            }
        }
        i += 1;
    }
    push_trimmed(text, para.start + start, para.end, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = super::trim_span(text, Span::new(start, end));
    if !s.is_empty() {
        out.push(s);
    }
}

/// Whether the terminator at `dot` (with closers up to `end`) ends a sentence.
fn ends_sentence(p: &str, dot: usize, end: usize) -> bool {
    let rest = &p[end..];
    // Must be followed by white space then a sentence start, or by the end.
    let after = rest.trim_start();
    if after.is_empty() {
        return true;
    }
    if after.len() == rest.len() {
        return false;
    }
    let next = after.chars().next().unwrap_or(' ');
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '«' | '[' | '—' | '–' | '-')) {
        return false;
    }
    // "?", "!", and a period followed by a closing mark end the sentence.
    if p.as_bytes()[dot] != b'.' || end > dot + 1 && p[dot + 1..end].contains(|c: char| c != '.') {
        return true;
    }
    // The word before the period.
    let before = &p[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // Initials ("J.", "U.S.") and known abbreviations.
    if word.contains('.') || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)) {
        return false;
    }
    if matches!(word, "No" | "Nos") {
        return !next.is_ascii_digit();
    }
    !is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_sentences(t, Span::new(0, t.len()), &mut out);
        out.iter().map(|s| s.of(t)).collect()
    }

    #[test]
    fn splits_news_prose() {
        assert_eq!(
            split("Mr. Smith went to Washington. He said \"No.\" Then U.S. officials left! Why? 3 died."),
            vec!["Mr. Smith went to Washington.", "He said \"No.\"", "Then U.S. officials left!", "Why?", "3 died."]
        );
        assert_eq!(split("Version 2.5 is out"), vec!["Version 2.5 is out"]);
        assert_eq!(split("J. Edgar Hoover spoke."), vec!["J. Edgar Hoover spoke."]);
    }
}

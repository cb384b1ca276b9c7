//! Finding dictionary names in text, on word boundaries.

use super::{Gazetteer, CONTINUES, MAX_NAME_WORDS, PREFIX_ONLY};
use crate::annotation::Span;
use crate::text::{is_word_char, scan, ASCII_ALNUM};

/// One dictionary match: where, and which entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DictMatch {
    pub span: Span,
    pub entry: u32,
}

/// Whether a name may start at `start`: not inside a word, and not after an
/// apostrophe that is inside a word ("O'Neill" holds no name "Neill").
pub fn boundary_before(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some('\'' | '’') => !before.next().is_some_and(is_word_char),
        Some(_) => true,
    }
}

/// Whether a name may end at `end`: not followed by a word character.
/// ("Putin's" ends the name "Putin" at the apostrophe.)
pub fn boundary_after(text: &str, end: usize) -> bool {
    !text[end..].chars().next().is_some_and(is_word_char)
}

/// The end of the run of word characters starting at `start`.
fn run_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if ASCII_ALNUM[b as usize] {
            end += 1;
        } else if b < 0x80 {
            break;
        } else {
            match text[end..].chars().next() {
                Some(c) if is_word_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    end
}

/// The start of the next word after a name's word ending at `end`: at most
/// a few non-word characters on one line away ("Paris, Texas", "U.S. Army",
/// "Procter & Gamble", "Saint-Denis").
fn next_word(text: &str, end: usize) -> Option<usize> {
    let mut pos = end;
    for c in text[end..].chars() {
        if is_word_char(c) {
            return (pos > end).then_some(pos);
        }
        if c == '\n' || c == '\r' || pos + c.len_utf8() - end > 4 {
            return None;
        }
        pos += c.len_utf8();
    }
    None
}

/// Where the next name may start at or after `from`: the first character of
/// a run of word characters that is not lower case (names start with a
/// capital letter or a digit), with no word character before it.
fn next_candidate(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        // Only ASCII capitals, digits and multi-byte characters can start one.
        i += scan::find_capital_digit_or_wide(&bytes[i..])?;
        let (len, starts) = if bytes[i] < 0x80 {
            (1, true)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.len_utf8(), is_word_char(c) && !c.is_lowercase())
        };
        if starts && !word_char_before(text, i) {
            return Some(i);
        }
        i += len;
    }
}

/// Whether the character before byte `i` is a word character.
fn word_char_before(text: &str, i: usize) -> bool {
    match text.as_bytes()[..i].last() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text[..i].chars().next_back().is_some_and(is_word_char),
    }
}

pub(super) fn find(g: &Gazetteer, text: &str) -> Vec<DictMatch> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = next_candidate(text, from) {
        let first_end = run_end(text, start);
        from = first_end;
        // (No word character stands before a candidate: only an apostrophe
        // inside a word, ASCII or not, is left to ask about.)
        let before = start.checked_sub(1).map(|i| text.as_bytes()[i]);
        if before.is_some_and(|b| b == b'\'' || b >= 0x80) && !boundary_before(text, start) {
            continue;
        }
        // Is the word the first word of some name? (Every first word is a
        // key of the map: a one-word name or the prefix of longer ones.)
        let Some(&first) = g.names.get(&text[start..first_end]) else { continue };
        // Extend word by word while some name continues; the longest name wins.
        let mut best: Option<DictMatch> = None;
        let mut end = first_end;
        for words in 1..=MAX_NAME_WORDS {
            let found = if words == 1 { Some(first) } else { g.names.get(&text[start..end]).copied() };
            if let Some(v) = found {
                if v & !CONTINUES != PREFIX_ONLY {
                    best = Some(DictMatch { span: Span::new(start, end), entry: v & !CONTINUES });
                }
            }
            // A final period belongs to names like "U.S." and "Co.".
            if text[end..].starts_with('.') && boundary_after(text, end + 1) {
                if let Some(&v) = g.names.get(&text[start..end + 1]) {
                    if v & !CONTINUES != PREFIX_ONLY {
                        best = Some(DictMatch { span: Span::new(start, end + 1), entry: v & !CONTINUES });
                    }
                }
            }
            if words == MAX_NAME_WORDS || found.is_none_or(|v| v & CONTINUES == 0) {
                break;
            }
            match next_word(text, end) {
                Some(next) => end = run_end(text, next),
                None => break,
            }
        }
        if let Some(b) = best {
            from = b.span.end;
            out.push(b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::small;

    fn found(text: &str) -> Vec<(&str, String)> {
        let g = small();
        g.find(text).into_iter().map(|m| (m.span.of(text), g.entry(m.entry).canonical.to_string())).collect()
    }

    #[test]
    fn word_boundaries_longest_and_possessives() {
        assert_eq!(
            found("Putin's Russia. The New York Times, in New York, USA and Russians. Vladimir Putin's aide."),
            vec![
                ("Russia", "Russia".to_string()),
                ("New York Times", "New York Times".to_string()),
                ("New York", "New York".to_string()),
                ("Russians", "Russian".to_string()),
                ("Vladimir Putin", "Vladimir Putin".to_string()),
            ]
        );
        assert!(found("RUSSIAN russia Russiagate").is_empty());
        assert_eq!(found("U.S.-backed"), vec![("U.S.", "United States".to_string())]);
    }

    #[test]
    fn names_extend_through_prefixes_that_are_not_names() {
        let mut b = super::super::GazetteerBuilder::new().defaults(false);
        b.add_str(
            "t",
            "o:1\tORG\t\tBank of Zembla\t\t\t\t\t1\n             o:2\tORG\t\tU.S. Army\t\t\t\t\t1\n             l:1\tLOC\t\tU.S.\t\t\t\t\t1\n             l:2\tLOC\t\tÉcosse\t\t\t\t\t1\n             o:3\tORG\t\t3M\t\t\t\t\t1\n             o:4\tORG\t\tZorvo.\t\t\t\t\t1\n",
        );
        let g = b.build().unwrap();
        let found = |t: &str| -> Vec<String> { g.find(t).iter().map(|m| m.span.of(t).to_string()).collect() };
        // "Bank of" is only a prefix: the longer name is found, a partial one is not.
        assert_eq!(found("The Bank of Zembla and the Bank of England."), vec!["Bank of Zembla"]);
        // The final period: a name of its own, and the prefix of a longer one.
        assert_eq!(found("U.S. Army units left the U.S. in May."), vec!["U.S. Army", "U.S."]);
        // Non-ASCII capitals and digits start names; a word glued before does not.
        assert_eq!(found("Écosse, 3M and pro-Écosse, but not 33M or xÉcosse."), vec!["Écosse", "3M", "Écosse"]);
        // A one-word name with a final period: its word alone is no name.
        assert_eq!(found("Zorvo. and Zorvo or Zorvo.x"), vec!["Zorvo."]);
        // No line break inside a name.
        assert!(found("Bank of\nZembla").is_empty());
    }

    #[test]
    fn apostrophes_both_ways() {
        assert_eq!(found("Seán O’Neill said"), vec![("Seán O’Neill", "Seán O'Neill".to_string())]);
        assert!(found("d'Russia").is_empty());
    }
}

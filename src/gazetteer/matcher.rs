//! Finding dictionary names in text, on word boundaries.

use super::{Gazetteer, MAX_NAME_WORDS};
use crate::annotation::Span;
use crate::text::is_word_char;

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

/// Whether a word may start at `start` / end at `end`: no word character on the other side.
fn word_edges(text: &str, start: usize, end: usize) -> bool {
    !text[..start].chars().next_back().is_some_and(is_word_char) && !text[end..].chars().next().is_some_and(is_word_char)
}

/// Where the words of a name may end, starting at `start`: the ends of up to
/// `max_words` words, each separated from the previous by at most a few
/// non-word characters on one line ("Paris, Texas", "U.S. Army",
/// "Procter & Gamble", "Saint-Denis").
fn word_ends(text: &str, start: usize, max_words: usize, ends: &mut Vec<usize>) {
    ends.clear();
    let bytes = text.as_bytes();
    let mut pos = start;
    while ends.len() < max_words {
        // The word: a run of word characters.
        let word_len: usize = text[pos..].chars().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum();
        if word_len == 0 {
            break;
        }
        pos += word_len;
        ends.push(pos);
        // The gap to the next word.
        let mut gap = 0;
        while pos + gap < bytes.len() && gap <= 4 {
            let c = text[pos + gap..].chars().next().unwrap_or(' ');
            if is_word_char(c) {
                break;
            }
            if c == '\n' || c == '\r' {
                return;
            }
            gap += c.len_utf8();
        }
        if gap == 0 || gap > 4 || pos + gap >= bytes.len() {
            break;
        }
        pos += gap;
    }
}

pub(super) fn find(g: &Gazetteer, text: &str) -> Vec<DictMatch> {
    let mut out = Vec::new();
    let mut ends = Vec::with_capacity(MAX_NAME_WORDS);
    let mut last_end = 0;
    // Where a name may start: the first word of some name, as a whole word.
    for m in g.automaton.find_iter(text) {
        let start = m.start();
        if start < last_end || !word_edges(text, start, m.end()) || !boundary_before(text, start) {
            continue;
        }
        let max_words = g.word_starts[m.pattern().as_usize()] as usize;
        word_ends(text, start, max_words, &mut ends);
        // The longest name from here wins.
        for &end in ends.iter().rev() {
            // A final period belongs to names like "U.S." and "Co.".
            if text[end..].starts_with('.') && boundary_after(text, end + 1) {
                if let Some(&entry) = g.names.get(&text[start..end + 1]) {
                    out.push(DictMatch { span: Span::new(start, end + 1), entry });
                    last_end = end + 1;
                    break;
                }
            }
            if let Some(&entry) = g.names.get(&text[start..end]) {
                out.push(DictMatch { span: Span::new(start, end), entry });
                last_end = end;
                break;
            }
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
    fn apostrophes_both_ways() {
        assert_eq!(found("Seán O’Neill said"), vec![("Seán O’Neill", "Seán O'Neill".to_string())]);
        assert!(found("d'Russia").is_empty());
    }
}

//! Finding dictionary names in text, on word boundaries.

use super::Gazetteer;
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

/// Whether two dictionary words are close enough to be parts of one name:
/// separated by at most a few non-word characters on one line ("Paris, Texas",
/// "U.S. Army", "Procter & Gamble", "Saint-Denis").
fn adjacent(text: &str, end: usize, next_start: usize) -> bool {
    next_start - end <= 4 && !text[end..next_start].contains(['\n', '\r'])
}

pub(super) fn find(g: &Gazetteer, text: &str) -> Vec<DictMatch> {
    // Step 1: the dictionary words of the text, whole words only.
    let mut words: Vec<(usize, usize, u8)> = Vec::new();
    for m in g.automaton.find_iter(text) {
        if word_edges(text, m.start(), m.end()) {
            words.push((m.start(), m.end(), g.word_starts[m.pattern().as_usize()]));
        }
    }
    // Step 2: from each word that starts a name, the longest run of adjacent
    // words that is a name; leftmost first, non-overlapping.
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (start, _, max_words) = words[i];
        if max_words == 0 || !boundary_before(text, start) {
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < words.len() && last + 1 - i < max_words as usize && adjacent(text, words[last].1, words[last + 1].0) {
            last += 1;
        }
        let mut found = None;
        for j in (i..=last).rev() {
            let end = words[j].1;
            // A final period belongs to names like "U.S." and "Co.".
            if text[end..].starts_with('.') && boundary_after(text, end + 1) {
                if let Some(&entry) = g.names.get(&text[start..end + 1]) {
                    found = Some((j, end + 1, entry));
                    break;
                }
            }
            if let Some(&entry) = g.names.get(&text[start..end]) {
                found = Some((j, end, entry));
                break;
            }
        }
        match found {
            Some((j, end, entry)) => {
                out.push(DictMatch { span: Span::new(start, end), entry });
                i = j + 1;
            }
            None => i += 1,
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

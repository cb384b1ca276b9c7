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

pub(super) fn find(g: &Gazetteer, text: &str) -> Vec<DictMatch> {
    let mut candidates: Vec<DictMatch> = Vec::new();
    for m in g.automaton.find_overlapping_iter(text) {
        let (s, e) = (m.start(), m.end());
        // A pattern may end in the middle of a multi-byte character only if
        // the text does not hold it whole; patterns are valid UTF-8, so every
        // match is on char boundaries.
        if boundary_before(text, s) && boundary_after(text, e) {
            candidates.push(DictMatch { span: Span::new(s, e), entry: g.pattern_entry[m.pattern().as_usize()] });
        }
    }
    // Leftmost, then longest, non-overlapping.
    candidates.sort_unstable_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    let mut out = Vec::with_capacity(candidates.len());
    let mut last_end = 0;
    for c in candidates {
        if c.span.start >= last_end {
            last_end = c.span.end;
            out.push(c);
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

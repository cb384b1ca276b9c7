//! Byte offsets to code-point offsets, in one pass over the text.

use crate::annotation::Annotation;

/// Maps the byte offsets of one annotation to code-point offsets.
pub struct CodepointMap {
    /// `None` when the text is ASCII and offsets are the same.
    table: Option<Vec<(usize, usize)>>,
}

impl CodepointMap {
    /// Prepares the conversion of every offset `ann` holds.
    pub fn new(text: &str, ann: &Annotation) -> CodepointMap {
        if text.is_ascii() {
            return CodepointMap { table: None };
        }
        let mut offsets: Vec<usize> = Vec::with_capacity(ann.entities.len() * 2 + ann.quotes.len() * 6);
        for e in &ann.entities {
            offsets.extend([e.span.start, e.span.end]);
        }
        for q in &ann.quotes {
            offsets.extend([q.span.start, q.span.end]);
            for s in [q.speaker_mention, q.cue].into_iter().flatten() {
                offsets.extend([s.start, s.end]);
            }
        }
        Self::for_offsets(text, offsets)
    }

    /// Prepares the conversion of the given byte offsets.
    pub fn for_offsets(text: &str, mut offsets: Vec<usize>) -> CodepointMap {
        offsets.sort_unstable();
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let (mut byte, mut chars) = (0usize, 0usize);
        for off in offsets {
            chars += text[byte..off].chars().count();
            byte = off;
            table.push((off, chars));
        }
        CodepointMap { table: Some(table) }
    }

    /// The code-point offset of byte offset `byte` (which must have been prepared).
    pub fn get(&self, byte: usize) -> usize {
        match &self.table {
            None => byte,
            Some(t) => match t.binary_search_by_key(&byte, |&(b, _)| b) {
                Ok(i) => t[i].1,
                Err(_) => byte,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_multibyte_offsets() {
        let t = "é “Kyiv” 😀 end";
        let offs = vec![t.find("Kyiv").unwrap(), t.find("end").unwrap(), 0];
        let m = CodepointMap::for_offsets(t, offs);
        assert_eq!(m.get(t.find("Kyiv").unwrap()), 3);
        assert_eq!(m.get(t.find("end").unwrap()), 11);
        assert_eq!(m.get(0), 0);
    }
}

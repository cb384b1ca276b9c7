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
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                chars.next();
            } else if is_joiner(d) {
                // A joiner stays inside the word only between word characters,
                // or as the period of an abbreviation like "U.S.".
                let after = s[j + d.len_utf8()..].chars().next();
                if after.is_some_and(is_word_char) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if d == '.' && s[i..end].contains('.') {
                    end = j + 1;
                    chars.next();
                    break;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push(Word { span: Span::new(span.start + i, span.start + end) });
    }
    out
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

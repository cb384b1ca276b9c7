//! Quotes stage: finds the spans of quoted speech.
//!
//! Takes: the text and its paragraphs. Gives: [`QuoteSpan`]s in text order,
//! each covering the words inside the marks (marks excluded, white space
//! trimmed), with the paragraph it belongs to and whether it is a whole
//! sentence (`direct`) or a fragment (`partial`).
//!
//! Marks: straight `"`, curly `“ ”`, low `„`, guillemets `« »`, doubled
//! apostrophes `''` and backticks ``` `` ```, in any mix (`“…"`, `"…”`).
//! Single quotes inside a quote are part of its text. Curly single quotes
//! `‘…’` outside any double quote are a quote of their own (British style,
//! and quotes nested in speech that is not itself quoted): `‘` opens only at
//! a word's start before a letter, `’` closes only at a word's end (an
//! apostrophe inside a word, "don’t", is not a mark), a double mark drops an
//! open single one, and a single quote never runs past its paragraph nor
//! stands in the first one (the headline, whose single marks quote loosely);
//! it must read as a sentence (a capital, two words or more), since single
//! marks also set off glosses and terms (‘the river’). A quote never pairs
//! across paragraphs: a paragraph that opens a quote without closing it ends
//! the quote at the paragraph's end (the news convention for a quote that
//! continues in the next paragraph, which opens again). A mark right after
//! `=` opens a markup attribute value (`<tweet author="…">`), not a quote.
//! Runs in linear time whatever the marks.
//!
//! Must not decide who speaks: that is the attribute stage.

use crate::annotation::{QuoteKind, Span};
use crate::text::Segmented;

/// One quote found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The quoted words, marks excluded.
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, or `None` when the paragraph ended first.
    pub close: Option<Span>,
    pub paragraph: usize,
    pub kind: QuoteKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
    /// A curly single opening mark `‘`.
    SingleOpen,
    /// A curly single closing mark `’` (also the apostrophe).
    SingleClose,
}

/// The quote mark at byte `i` of `p`, if any: its kind and byte length.
fn mark_at(p: &str, i: usize) -> Option<(Mark, usize)> {
    let rest = &p[i..];
    let c = rest.chars().next()?;
    Some(match c {
        '“' | '„' | '«' | '‟' => (Mark::Open, c.len_utf8()),
        '”' | '»' => (Mark::Close, c.len_utf8()),
        '"' => (Mark::Either, 1),
        '\'' if rest.starts_with("''") => (Mark::Either, 2),
        '`' if rest.starts_with("``") => (Mark::Open, 2),
        '‘' => (Mark::SingleOpen, c.len_utf8()),
        '’' => (Mark::SingleClose, c.len_utf8()),
        _ => return None,
    })
}

/// Finds every quote of the article.
pub fn find_quotes(text: &str, seg: &Segmented) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    for (pi, para) in seg.paragraphs.iter().enumerate() {
        find_in_paragraph(text, *para, pi, &mut out);
    }
    out
}

fn find_in_paragraph(text: &str, para: Span, pi: usize, out: &mut Vec<QuoteSpan>) {
    let p = para.of(text);
    let mut open: Option<Span> = None;
    // The open quote is a markup attribute value (`author="…"`), not speech.
    let mut markup = false;
    // An open curly single quote, outside any double one.
    let mut single: Option<Span> = None;
    let mut i = 0;
    while i < p.len() {
        // Skip to the next byte that can start a mark (ASCII marks, and the
        // lead bytes of `“ ” „ ‟` and `« »`); the rest is never a mark.
        match crate::text::scan::find_any(&p.as_bytes()[i..], [b'"', b'\'', b'`', 0xC2, 0xE2]) {
            Some(skip) => i += skip,
            None => break,
        }
        let Some((mark, len)) = mark_at(p, i) else {
            i += p[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let here = Span::new(para.start + i, para.start + i + len);
        let prev = p[..i].chars().next_back();
        let next = p[i + len..].chars().next();
        match (mark, open) {
            // Single marks count only outside a double quote.
            (Mark::SingleOpen | Mark::SingleClose, Some(_)) => {}
            // Not in the first paragraph: a headline's single marks quote loosely.
            (Mark::SingleOpen, None) if pi > 0 => {
                if prev.is_none_or(|c| !c.is_alphanumeric()) && next.is_some_and(char::is_alphabetic) {
                    single = Some(here);
                }
            }
            (Mark::SingleOpen, None) => {}
            (Mark::SingleClose, None) => {
                if let Some(o) = single {
                    let word_end = prev.is_some_and(|c| !c.is_whitespace()) && next.is_none_or(|c| !c.is_alphanumeric());
                    if word_end {
                        // Single marks also set off glosses and terms ("‘the river’"): only
                        // words that read as a sentence (a capital, two words or more) are a quote.
                        let inner = &text[o.end..here.start];
                        if inner.starts_with(char::is_uppercase) && inner.split_whitespace().nth(1).is_some() {
                            push_quote(text, o, Some(here), here.start, pi, out);
                        }
                        single = None;
                    }
                }
            }
            (Mark::Open, _) | (Mark::Either, None) => {
                // A straight mark right after a word and before a space is a
                // closing mark without an opening one (or an inch sign): skip it.
                let stray = mark == Mark::Either
                    && prev.is_some_and(|c| c.is_alphanumeric() || ".,!?".contains(c))
                    && next.is_none_or(|c| c.is_whitespace() || ",.;:".contains(c));
                if !stray {
                    open = Some(here);
                    single = None;
                    markup = prev == Some('=');
                }
            }
            (Mark::Close | Mark::Either, Some(o)) => {
                if !markup {
                    push_quote(text, o, Some(here), here.start, pi, out);
                }
                open = None;
            }
            (Mark::Close, None) => {}
        }
        i += len;
    }
    if let Some(o) = open.filter(|_| !markup) {
        push_quote(text, o, None, para.end, pi, out);
    }
}

fn push_quote(text: &str, open: Span, close: Option<Span>, end: usize, paragraph: usize, out: &mut Vec<QuoteSpan>) {
    let span = crate::text::trim_span(text, Span::new(open.end, end));
    if span.is_empty() || !span.of(text).chars().any(char::is_alphanumeric) {
        return;
    }
    let kind = quote_kind(text, open, span);
    out.push(QuoteSpan { span, open, close, paragraph, kind });
}

/// `direct` when the quote reads as a sentence of its own: it starts with a
/// capital (or digit) and either ends a sentence or stands at the start of
/// one or after a colon; else `partial`.
fn quote_kind(text: &str, open: Span, span: Span) -> QuoteKind {
    let q = span.of(text);
    let starts_upper = q.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '…' || c == '.');
    let ends_sentence = q.trim_end_matches(['\'', '’', '"', '”', ')']).ends_with(['.', '!', '?', ',', '…', '—', '-', ':', ';']);
    let before = text[..open.start].trim_end();
    let at_sentence_start = before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '\n', '"', '”', '—', '–'])
        || before.ends_with(',')
        || text[..open.start].ends_with('\n');
    if starts_upper && (ends_sentence || at_sentence_start) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(&str, QuoteKind)> {
        let seg = Segmented::new(t);
        find_quotes(t, &seg).iter().map(|q| (q.span.of(t), q.kind)).collect()
    }

    #[test]
    fn straight_curly_and_mixed_marks() {
        use QuoteKind::*;
        assert_eq!(
            quotes("\"We agree,\" he said. “Yes,” she said. “Mixed,\" he said. \"Other way.” It was ''fine,'' he said."),
            vec![("We agree,", Direct), ("Yes,", Direct), ("Mixed,", Direct), ("Other way.", Direct), ("fine,", Partial)]
        );
    }

    #[test]
    fn nested_single_quotes_and_partial_quotes() {
        use QuoteKind::*;
        assert_eq!(
            quotes("“He told me ‘no way’ today,” she said. Trump called it \"very promising\" and left."),
            vec![("He told me ‘no way’ today,", Direct), ("very promising", Partial)]
        );
    }

    #[test]
    fn open_paragraph_convention() {
        let t = "\"First part of it.\n\n\"Second part,\" he said.";
        assert_eq!(quotes(t).iter().map(|q| q.0).collect::<Vec<_>>(), vec!["First part of it.", "Second part,"]);
    }

    #[test]
    fn twenty_thousand_unbalanced_marks_pair_once() {
        // Each opening mark replaces the one before; the first straight mark
        // closes the last of them, and the straight marks after it (after a
        // word, before a space) are strays. One pass, one quote.
        let t = "word \u{201c}".repeat(20_000) + &"x\" y ".repeat(20_000);
        assert_eq!(quotes(&t).iter().map(|q| q.0).collect::<Vec<_>>(), vec!["x"]);
    }

    #[test]
    fn curly_single_quotes_outside_double_ones() {
        let t = "Headline ‘in marks’\n\nShe said, ‘We won’t stop,’ and left. Fans’ chants rose. “He said ‘no’ twice,” she said.";
        assert_eq!(
            quotes(t).iter().map(|q| q.0).collect::<Vec<_>>(),
            vec!["We won’t stop,", "He said ‘no’ twice,"]
        );
        // Glosses and single words are no quotes.
        let t = "Head\n\nThe name Kula, ‘the river people’, is old, like ‘Huh?’ is.";
        assert!(quotes(t).is_empty());
        // Never across a paragraph, never open at a digit.
        let t = "Head\n\nIn the ‘90s it rose. ‘Open\n\nnext’ para.";
        assert!(quotes(t).is_empty());
    }

    #[test]
    fn markup_attributes_are_not_quotes() {
        let t = "<post author=\"@someone\" date=\"2020-01-02\">Hi there</post> \"Fine,\" he said.";
        assert_eq!(quotes(t).iter().map(|q| q.0).collect::<Vec<_>>(), vec!["Fine,"]);
    }

    #[test]
    fn stray_marks_do_not_pair_across_paragraphs() {
        let t = "He is 6' 2\" tall.\n\nAnother \"quote\" here.";
        assert_eq!(quotes(t).iter().map(|q| q.0).collect::<Vec<_>>(), vec!["quote"]);
    }
}

//! Which quoted spans are speech: the filters that drop a span in marks that
//! is a title, a name, a term or a scare quote rather than someone's words.
//!
//! Takes: the attribute [`Context`] and a quote's index. Gives: whether the
//! quote is not speech and must be left out. Run by the attribute stage
//! before (names, titles, terms) and after (scare quotes with no cue of their
//! own) it looks for a cue. A quote with a speech cue of its own in its
//! clause, or in dialogue (a whole sentence), stays.
//!
//! - **Scare quote**: a short fragment with no cue.
//! - **Title or name**: a short fragment whose words are all capitalized,
//!   with no speech or naming verb in its clause ("Back to the Future").
//! - **Naming phrase**: a fragment right after "known as", "referred to as",
//!   "so-called", "entitled", "titled", "nicknamed", "the term", "the word",
//!   "the phrase", or after a passive "(is, also, often …) called" (a term or
//!   a name, not words someone said).
//! - **Credit of a work**: `"Frozen peas" by Ann Roe` (a title with its author
//!   or maker right after it).
//! - **Borrowed continuation**: a short fragment with no speech verb in its
//!   sentence does not take the speaker of a quote of an earlier sentence.

use super::{mention, Context};
use crate::annotation::{QuoteKind, Span};
use crate::quotes::QuoteSpan;
use crate::text::{starts_upper, words};

/// A short fragment in marks with no cue is a title, a nickname or a scare quote.
pub(super) fn is_scare_quote(text: &str, q: &QuoteSpan) -> bool {
    q.kind == QuoteKind::Partial && words(text, q.span).len() <= 4
}

/// A short fragment whose words are all capitalized (small words aside),
/// partial or standing inside a sentence: a title or a name.
pub(super) fn is_title_like(text: &str, q: &QuoteSpan) -> bool {
    let ws = words(text, q.span);
    // Inside a sentence: right after a word, not after punctuation.
    let inside = text[..q.open.start].trim_end().chars().next_back().is_some_and(char::is_alphanumeric);
    (q.kind == QuoteKind::Partial || inside)
        && ws.len() <= 6
        && ws.iter().any(|w| w.text(text).chars().next().is_some_and(char::is_uppercase))
        && ws.iter().all(|w| {
            let t = w.text(text);
            t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(t, "a" | "an" | "the" | "of" | "to" | "in" | "on" | "and" | "for" | "at" | "by" | "with" | "or")
        })
}

/// How many words a named thing or a term in marks may have.
const MAX_NAME_WORDS: usize = 12;

/// Words right before the marks that make the words in them a name or a term.
const NAMING_WORDS: &[&str] = &["so-called", "entitled", "titled", "nicknamed", "term", "word", "phrase", "expression"];

/// Words before a passive "called" ("is called", "also called").
const BEFORE_CALLED: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "also", "often", "sometimes", "commonly", "now", "formerly",
    "so", "aptly", "usually", "generally", "widely", "officially", "informally", "jokingly", "popularly", "simply",
];

/// Whether quote `qi` is a name, a title or a term by the words around it
/// (naming phrase before it, credit after it), not speech.
pub(super) fn is_named_thing(cx: &Context, qi: usize) -> bool {
    let q = &cx.quotes[qi];
    let text = cx.text;
    if words(text, q.span).len() > MAX_NAME_WORDS {
        return false;
    }
    let para_start = cx.seg.paragraphs.get(q.paragraph).map_or(0, |p| p.start);
    let before = text[para_start..q.open.start].trim_end_matches([' ', '\u{a0}', ',', ':']);
    let ws = words(text, Span::new(para_start, para_start + before.len()));
    let t = |k: usize| ws.len().checked_sub(k).map(|i| ws[i].text(text).to_lowercase());
    let last = t(1).unwrap_or_default();
    let naming = NAMING_WORDS.contains(&last.as_str())
        || (last == "as" && matches!(t(2).as_deref(), Some("known" | "referred")))
        || (last == "called" && t(2).is_some_and(|w| BEFORE_CALLED.contains(&w.as_str()) || w.ends_with("so-")));
    // Only what directly follows the naming word (no punctuation but a comma or colon).
    let gap_clean = ws.last().is_none_or(|w| !text[w.span.end..q.open.start].contains(['.', ';', '!', '?', '\n']));
    // Not inside someone's reported words ("Roe says the player nicknamed "…" is …").
    let reported = || {
        let sent = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)).map_or(para_start, |s| s.start).max(para_start);
        let ws = words(text, Span::new(sent, q.open.start));
        (0..ws.len()).any(|k| {
            let w = ws[k].text(text);
            !super::in_quote(cx, ws[k].span)
                && !matches!(w, "called" | "calls" | "call" | "named" | "titled" | "entitled" | "nicknamed" | "dubbed" | "termed" | "known" | "referred")
                && cx.lexicon.speech_verb(w).is_some()
                && mention::is_cue_word(cx, &ws, k)
        })
    };
    if naming && gap_clean && !reported() {
        return true;
    }
    credit_after(cx, q)
}

/// `"Frozen peas" by Ann Roe`: a capitalized title opening its line or
/// sentence, with no closing punctuation of its own, right followed by "by"
/// and a name or an address.
fn credit_after(cx: &Context, q: &QuoteSpan) -> bool {
    let text = cx.text;
    let Some(close) = q.close else { return false };
    let inner = q.span.of(text);
    if inner.ends_with(['.', ',', '!', '?', ':', ';', '…']) || !starts_upper(inner) {
        return false;
    }
    // Standing at the start of its line or sentence, as a caption does.
    let before = text[..q.open.start].trim_end_matches([' ', '\u{a0}']);
    if !(before.is_empty() || before.ends_with(['\n', '.', '!', '?'])) {
        return false;
    }
    let para_end = cx.seg.paragraphs.get(q.paragraph).map_or(text.len(), |p| p.end);
    let rest = &text[close.end..para_end];
    let Some(after_by) = rest.strip_prefix(" by ") else { return false };
    // A name or an address after "by" (not "by the way", "by far").
    after_by.chars().next().is_some_and(|c| c.is_uppercase()) || after_by.starts_with("http") || after_by.starts_with("www.")
}

/// Whether a short fragment would take its speaker from a quote of an earlier
/// sentence (`prev`, said by `speaker`, the words that name its speaker)
/// with no speech verb of its own sentence: a scare quote. Not when the
/// sentence opens with that speaker ("He", "She", or the last word of the
/// mention: "Roe praised her for "holding on"").
pub(super) fn borrows_across_sentences(cx: &Context, qi: usize, prev: usize, speaker: Option<Span>) -> bool {
    let q = &cx.quotes[qi];
    let p = &cx.quotes[prev];
    if q.kind != QuoteKind::Partial || words(cx.text, q.span).len() > 4 {
        return false;
    }
    let si = cx.seg.sentence_of(q.open.start);
    let prev_close = p.close.map_or(p.span.end, |c| c.start);
    if cx.seg.sentence_of(prev_close.saturating_sub(1)) == si || cx.seg.sentence_of(p.open.start) == si {
        return false;
    }
    if verb_in_sentence(cx, qi) {
        return false;
    }
    let Some(sent) = cx.seg.sentences.get(si) else { return true };
    let start = sent.start.max(cx.seg.paragraphs.get(q.paragraph).map_or(0, |p| p.start));
    let first = words(cx.text, Span::new(start, q.open.start)).into_iter().next();
    let first = first.map(|w| w.text(cx.text)).unwrap_or("");
    let first = first.split(['’', '\'']).next().unwrap_or(first);
    let named = speaker.and_then(|m| words(cx.text, m).last().map(|w| w.text(cx.text)));
    !(matches!(first, "He" | "She") || named.is_some_and(|n| n == first && starts_upper(n)))
}

/// A speech or naming verb anywhere in the quote's sentence, outside quotes.
fn verb_in_sentence(cx: &Context, qi: usize) -> bool {
    let q = &cx.quotes[qi];
    let Some(sent) = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)) else { return false };
    let para = cx.seg.paragraphs.get(q.paragraph).copied().unwrap_or(*sent);
    let span = Span::new(sent.start.max(para.start), sent.end.min(para.end));
    let ws: Vec<_> = words(cx.text, span).into_iter().filter(|w| !super::in_quote(cx, w.span)).collect();
    (0..ws.len()).any(|k| mention::is_cue_word(cx, &ws, k) && !starts_upper(ws[k].text(cx.text)))
}

#[cfg(test)]
mod tests {
    use crate::Pipeline;

    fn quotes(text: &str) -> Vec<String> {
        let p = Pipeline::builder().without_default_dicts().build().unwrap();
        p.annotate_text(text).quotes.iter().map(|q| q.span.of(text).to_string()).collect()
    }

    #[test]
    fn naming_phrases_mark_terms_not_speech() {
        assert!(quotes("The valley is known as \"the cradle of the north\" among hikers.").is_empty());
        assert!(quotes("This effect is called \"tidal locking\" in physics.").is_empty());
        assert!(quotes("She published a long essay entitled \"Rivers and the Cities They Feed\" in 1990.").is_empty());
        assert!(quotes("Some readers disliked the phrase \"soft landing\" in the report.").is_empty());
        // Inside someone's reported words it may be theirs.
        assert_eq!(quotes("Ada Winter says the town known as \"the jewel\" must grow."), ["the jewel"]);
        // A person calling someone something is still quoted words.
        assert_eq!(quotes("Ada Winter called the plan \"a reckless gamble\" on Monday."), ["a reckless gamble"]);
    }

    #[test]
    fn credit_of_a_work_is_a_title() {
        assert!(quotes("Intro.\n\n\"Morning over the harbor\" by Ann Roberts is licensed to the public.").is_empty());
        // Speech ending in a comma before "by" is not a credit.
        assert_eq!(quotes("\"We will win,\" by all accounts, was her answer."), ["We will win,"]);
    }

    #[test]
    fn short_fragment_does_not_borrow_a_speaker_across_sentences() {
        let t = "\"We are ready,\" Ada Winter said. The town then began its \"golden\" decade.";
        assert_eq!(quotes(t), ["We are ready,"]);
        // With a speech verb in its own sentence it stays.
        let t = "\"We are ready,\" Ada Winter said. She called the decade \"golden\" too.";
        assert_eq!(quotes(t), ["We are ready,", "golden"]);
        // Nor when the sentence opens with the speaker.
        let t = "\"We are ready,\" Ada Winter said. Winter credited the town with \"holding on\" for years.";
        assert_eq!(quotes(t), ["We are ready,", "holding on"]);
    }
}

//! Finding a quote's cue (the speech verb) and its speaker mention.

use super::{is_pronoun, Context};
use crate::annotation::Span;
use crate::text::{words, Word};

/// A speech verb and the words that name its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub verb: Span,
    pub mention: Span,
}

/// How many words after a quote a cue may start.
const MAX_WORDS_TO_CUE: usize = 7;
/// How long a speaker mention may be, in words.
const MAX_MENTION_WORDS: usize = 8;

const DETERMINERS: &[&str] = &["the", "a", "an", "The", "A", "An", "his", "her", "their", "its"];

/// The cue and mention for quote `qi`, after the quote first, then before it.
pub fn find_cue(cx: &Context, qi: usize) -> Option<Cue> {
    let q = &cx.quotes[qi];
    let close_end = q.close.map_or(q.span.end, |c| c.end);
    // The rest of the sentence after the quote, up to the next quote.
    let sentence_end = cx.seg.sentences.get(cx.seg.sentence_of(close_end.saturating_sub(1))).map_or(cx.text.len(), |s| s.end);
    let para_end = cx.seg.paragraphs.get(q.paragraph).map_or(cx.text.len(), |p| p.end);
    let next_open = cx.quotes.get(qi + 1).map_or(usize::MAX, |n| n.open.start);
    let mut after_end = sentence_end.max(close_end).min(next_open).min(para_end);
    // A quote that ends its sentence ("…." he said) is followed by the cue's own short sentence.
    if after_end <= close_end + 1 {
        after_end = (close_end + 80).min(para_end).min(next_open);
        while !cx.text.is_char_boundary(after_end) {
            after_end -= 1;
        }
    }
    if close_end < after_end {
        if let Some(c) = cue_after(cx, Span::new(close_end, after_end)) {
            return Some(c);
        }
    }
    // The sentence before the quote, from its start to the opening mark.
    let sent = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)).copied();
    let para_start = cx.seg.paragraphs.get(q.paragraph).map_or(0, |p| p.start);
    let mut start = sent.map_or(para_start, |s| s.start).max(para_start);
    // Not into an earlier quote of the same sentence.
    if qi > 0 {
        let prev = &cx.quotes[qi - 1];
        let prev_end = prev.close.map_or(prev.span.end, |c| c.end);
        if prev_end > start && prev_end <= q.open.start {
            start = prev_end;
        }
    }
    if start < q.open.start {
        return cue_before(cx, Span::new(start, q.open.start), sent.map_or(start, |s| s.start));
    }
    None
}

fn is_stop_punct(text: &str, from: usize, to: usize) -> bool {
    text[from..to].contains(['.', ';', '!', '?', '(', ')', '—', '–', ':'])
}

/// `"…," NAME said` / `"…," said NAME`.
fn cue_after(cx: &Context, region: Span) -> Option<Cue> {
    let ws = words(cx.text, region);
    for (k, w) in ws.iter().enumerate().take(MAX_WORDS_TO_CUE) {
        if cx.lexicon.speech_verb(w.text(cx.text)).is_none() {
            continue;
        }
        // No sentence break between the quote and the verb.
        if k > 0 && is_stop_punct(cx.text, region.start, w.span.start) {
            return None;
        }
        if k == 0 || (k == 1 && is_adverb(ws[0].text(cx.text))) {
            // "said NAME": the phrase after the verb, up to punctuation.
            let mention = phrase_after(cx, &ws[k + 1..])?;
            return Some(Cue { verb: w.span, mention });
        }
        let subject = trim_subject(cx, &ws[..k]);
        return subject.map(|mention| Cue { verb: w.span, mention });
    }
    None
}

fn is_adverb(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "also" | "later" | "then" | "again" | "once" | "further" | "previously" | "often")
}

/// The words before a verb, minus adverbs; a pronoun among them is the mention.
fn trim_subject(cx: &Context, ws: &[Word]) -> Option<Span> {
    if let Some(p) = ws.iter().find(|w| is_pronoun(w.text(cx.text))) {
        return Some(p.span);
    }
    let mut end = ws.len();
    while end > 0 && is_adverb(ws[end - 1].text(cx.text)) {
        end -= 1;
    }
    let ws = &ws[..end];
    if ws.is_empty() || ws.len() > MAX_MENTION_WORDS {
        return None;
    }
    Some(Span::new(ws[0].span.start, ws[ws.len() - 1].span.end))
}

/// The speaker phrase after an inverted verb ("said Kremlin spokesman Dmitry Peskov").
fn phrase_after(cx: &Context, ws: &[Word]) -> Option<Span> {
    let first = ws.first()?;
    let mut last = first;
    for (i, w) in ws.iter().enumerate().take(MAX_MENTION_WORDS) {
        if i > 0 && cx.text[last.span.end..w.span.start].contains([',', '.', ';', ':', '(', '"', '“', '”']) {
            break;
        }
        let t = w.text(cx.text);
        if i > 0 && matches!(t, "in" | "on" | "at" | "to" | "during" | "after" | "before" | "who" | "which" | "that" | "when" | "while" | "as") {
            break;
        }
        last = w;
    }
    Some(Span::new(first.span.start, last.span.end))
}

/// `NAME said: "…"`, `NAME called it "…"`: the last speech verb before the quote.
fn cue_before(cx: &Context, region: Span, sentence_start: usize) -> Option<Cue> {
    let ws = words(cx.text, region);
    let k = ws.iter().rposition(|w| cx.lexicon.speech_verb(w.text(cx.text)).is_some())?;
    let verb = ws[k];
    // The noun phrase right before the verb: capitalized words, titles, determiners, a pronoun.
    let mut j = k;
    while j > 0 {
        let w = &ws[j - 1];
        let t = w.text(cx.text);
        let gap = &cx.text[w.span.end..ws[j].span.start];
        if gap.contains([',', ';', ':', '(', ')']) {
            break;
        }
        let fits = t.chars().next().is_some_and(char::is_uppercase)
            || DETERMINERS.contains(&t)
            || cx.lexicon.titles.contains_key(t)
            || (j == k && is_pronoun(t));
        if !fits {
            break;
        }
        j -= 1;
        if is_pronoun(t) {
            break;
        }
    }
    if j < k {
        return Some(Cue { verb: verb.span, mention: Span::new(ws[j].span.start, ws[k - 1].span.end) });
    }
    // The sentence's subject: its first capitalized run or pronoun.
    let sws = words(cx.text, Span::new(sentence_start, verb.span.start));
    let first = sws.first()?;
    let t = first.text(cx.text);
    if is_pronoun(t) {
        return Some(Cue { verb: verb.span, mention: first.span });
    }
    if !t.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut end = 0;
    while end + 1 < sws.len()
        && sws[end + 1].text(cx.text).chars().next().is_some_and(char::is_uppercase)
        && !cx.text[sws[end].span.end..sws[end + 1].span.start].contains([',', ';'])
    {
        end += 1;
    }
    Some(Cue { verb: verb.span, mention: Span::new(first.span.start, sws[end].span.end) })
}

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
//!   with no speech or naming verb in its clause ("Back to the Future"), inside
//!   a sentence or set off by a comma with no closing punctuation of its own
//!   (`her painting, "Dawn at Sea", hangs`).
//! - **Naming phrase**: a fragment right after "known as", "referred to as",
//!   "coded as", "translated here as", "so-called", "entitled", "titled",
//!   "nicknamed", "the term", "the word (for)", "the phrase", "calls himself",
//!   "see", or after a passive "(is, also, often …) called" (a term, a name
//!   or a cross-reference, not words someone said); a determiner may stand
//!   between ("is called a "…""); a title after a common noun and "called" or
//!   "named" (`a podcast called "Late Tea"`); a title or term after a
//!   reflexive (`proclaimed himself "King of the Valley"`) or a lowercase
//!   question after "the question", even in a sentence with a speech verb.
//! - **Credit of a work**: `"Frozen peas" by Ann Roe` (a title with its author
//!   or maker right after it).
//! - **Reference**: `Ann Roe. "A Title." Some Journal` (a reference list).
//! - **Noun modifier**: `the "cruise" phase` (a short fragment between a
//!   determiner and its noun, in a sentence with no speech verb).
//! - **Borrowed continuation**: a short fragment with no speech verb in its
//!   sentence does not take the speaker of a quote of an earlier sentence.

use super::{mention, Context};
use crate::annotation::{QuoteKind, Span};
use crate::quotes::QuoteSpan;
use crate::text::starts_upper;

/// A short fragment in marks with no cue is a title, a nickname or a scare quote.
pub(super) fn is_scare_quote(cx: &Context, q: &QuoteSpan) -> bool {
    q.kind == QuoteKind::Partial && cx.seg.words_in(cx.text, q.span).len() <= 4
}

/// A short fragment whose words are all capitalized (small words aside),
/// partial or standing inside a sentence: a title or a name.
pub(super) fn is_title_like(cx: &Context, q: &QuoteSpan) -> bool {
    let text = cx.text;
    let ws = cx.seg.words_in(text, q.span);
    // Inside a sentence: right after a word, not after punctuation; or after a
    // comma when the words in marks close with no punctuation of their own, as
    // a title set off in apposition does (`her painting, "Dawn at Sea", hangs`),
    // where speech after a comma closes its clause (`he said, "We won."`).
    let before = text[..q.open.start].trim_end();
    let inside = before.chars().next_back().is_some_and(char::is_alphanumeric)
        || (before.ends_with(',') && !q.span.of(text).ends_with(['.', ',', '!', '?', ':', ';', '…', '—', '-']));
    (q.kind == QuoteKind::Partial || inside)
        && ws.len() <= MAX_TITLE_WORDS
        && ws.iter().any(|w| w.text(text).chars().next().is_some_and(char::is_uppercase))
        && ws.iter().all(|w| {
            let t = w.text(text);
            t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(t, "a" | "an" | "the" | "of" | "to" | "in" | "on" | "and" | "for" | "at" | "by" | "with" | "or" | "vs" | "as" | "from" | "into" | "de" | "la")
        })
}

/// How many words a title in marks may have.
const MAX_TITLE_WORDS: usize = 14;

/// How many words a named thing or a term in marks may have.
const MAX_NAME_WORDS: usize = 12;

/// Words right before the marks that make the words in them a name or a term.
const NAMING_WORDS: &[&str] = &[
    "so-called", "entitled", "titled", "nicknamed", "term", "terms", "word", "phrase", "expression", "nickname", "moniker",
    "slogan", "hashtag", "label", "theme", "himself", "herself", "themselves", "itself", "see", "question",
];

/// Reflexives after a verb that names its own subject (`declared himself "…"`).
const REFLEXIVES: &[&str] = &["himself", "herself", "themselves", "itself"];

/// Words that cannot be the noun a reduced relative `called "…"` follows
/// (`a podcast called "…"`): pronouns, relatives, conjunctions, auxiliaries.
const NOT_A_NAMED_NOUN: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "what", "whom", "and", "or", "but", "then",
    "has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "once", "later", "publicly", "repeatedly",
];

/// Verbs before "as" that name or classify ("coded as "…"", "translated here as "…"").
const AS_VERBS: &[&str] = &["known", "coded", "translated", "classified", "spelled", "spelt", "abbreviated", "translates", "listed", "designated", "rendered"];

/// Adverbs between such a verb and "as".
const AS_ADVERBS: &[&str] = &["here", "simply", "often", "also", "usually", "sometimes", "commonly", "loosely", "roughly", "variously", "widely"];

/// Determiners that may stand between a naming word and the marks ("is called a "…"").
const NAMING_DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her"];

/// Words before a passive "called" ("is called", "also called").
const BEFORE_CALLED: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "also", "often", "sometimes", "commonly", "now", "formerly",
    "so", "aptly", "usually", "generally", "widely", "officially", "informally", "jokingly", "popularly", "simply",
];

/// The paragraph holding quote `q` (the whole text if the segmentation has none).
fn paragraph(cx: &Context, q: &QuoteSpan) -> Span {
    cx.seg.paragraphs.get(q.paragraph).copied().unwrap_or(Span::new(0, cx.text.len()))
}

/// Bytes before the marks that the naming rules read (a few words).
const NAMING_WINDOW: usize = 400;

/// Bytes of a clause or sentence around the marks read for a speech verb: a
/// sentence longer than this (a run-on of many marks) is read near the quote only.
const CLAUSE_WINDOW: usize = 2000;

/// Where to start reading before `at`: `floor`, or `len` bytes before `at`
/// when that is later (moved forward to a character boundary).
fn window_start(text: &str, floor: usize, at: usize, len: usize) -> usize {
    let mut i = at.saturating_sub(len).max(floor);
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether quote `qi` is a name, a title or a term by the words around it
/// (naming phrase before it, credit after it), not speech.
pub(super) fn is_named_thing(cx: &Context, qi: usize) -> bool {
    let q = &cx.quotes[qi];
    let text = cx.text;
    if cx.seg.words_in(text, q.span).len() > MAX_NAME_WORDS {
        return false;
    }
    let para_start = paragraph(cx, q).start;
    // The rules read a few words before the marks: a bounded window keeps a
    // paragraph of many quotes linear (from the paragraph start it was quadratic).
    let from = window_start(text, para_start, q.open.start, NAMING_WINDOW);
    let before = text[from..q.open.start].trim_end_matches([' ', '\u{a0}', ',', ':']);
    let ws = cx.seg.words_in(text, Span::new(from, from + before.len()));
    // A determiner right before the marks is skipped ("is called a "…"").
    let skip = usize::from(ws.last().is_some_and(|w| NAMING_DETERMINERS.contains(&w.text(text))));
    let t = |k: usize| ws.len().checked_sub(k + skip).map(|i| ws[i].text(text).to_lowercase());
    let last = t(1).unwrap_or_default();
    let before_called = |w: &str| BEFORE_CALLED.contains(&w) || w.ends_with("so-") || w == "always" || (w.len() > 4 && w.ends_with("ly"));
    // "the question" names only a question written in lower case inside the
    // sentence (`the question "what makes it good"`); `The question "Why
    // now?" hung over us` quotes someone's words.
    let naming = (NAMING_WORDS.contains(&last.as_str()) && (last != "question" || q.kind == QuoteKind::Partial))
        || (last == "as" && {
            let (w2, w3, w4) = (t(2).unwrap_or_default(), t(3).unwrap_or_default(), t(4).unwrap_or_default());
            AS_VERBS.contains(&w2.as_str())
                || (AS_ADVERBS.contains(&w2.as_str()) && AS_VERBS.contains(&w3.as_str()))
                || (w2 == "to" && matches!(w3.as_str(), "referred" | "refer" | "refers" | "referring"))
                || (w2 == "to" && AS_ADVERBS.contains(&w3.as_str()) && matches!(w4.as_str(), "referred" | "refer" | "refers"))
        })
        || (last == "for" && matches!(t(2).as_deref(), Some("word" | "term" | "name")))
        || (last == "called" && t(2).is_some_and(|w| before_called(&w)))
        // `a podcast called "Late Tea"`, `a boat named "Sea Star"`: a title after a
        // common noun (lowercase, not a pronoun or a verb's helper) or a number.
        || (matches!(last.as_str(), "called" | "named")
            && ws.len().checked_sub(2 + skip).is_some_and(|i| {
                let w = ws[i].text(text);
                (w.chars().all(char::is_lowercase) || w.chars().all(|c| c.is_ascii_digit())) && !NOT_A_NAMED_NOUN.contains(&w)
            })
            && is_title_like(cx, q));
    // Only what directly follows the naming word (no punctuation but a comma or colon).
    let gap_clean = ws.last().is_none_or(|w| !text[w.span.end..q.open.start].contains(['.', ';', '!', '?', '\n']));
    // "is always called, rather badly I think, a "…"": an aside after "called".
    let naming = naming || {
        let head = &text[from..q.open.start];
        let aside = head.rfind(", ").map(|i| &head[..i]).and_then(|h| h.rfind(", ").map(|j| &h[..j]));
        aside.is_some_and(|h| h.trim_end().ends_with(" called") && head.len() - h.len() < 40)
            && ws.last().is_some_and(|w| NAMING_DETERMINERS.contains(&w.text(text)))
    };
    // Not inside someone's reported words ("Roe says the player nicknamed "…" is …").
    let reported = || {
        let sent = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)).map_or(para_start, |s| s.start).max(para_start);
        // Only the clause the quote stands in (after the last comma, colon or dash).
        let sent = window_start(text, sent, q.open.start, CLAUSE_WINDOW);
        let head = text[sent..q.open.start].trim_end_matches([' ', ',', ':', '\u{a0}']);
        let cut = head.char_indices().rev().find(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')'));
        let from = cut.map_or(sent, |(i, c)| sent + i + c.len_utf8());
        let from = window_start(text, from, q.open.start, CLAUSE_WINDOW);
        let ws = cx.seg.words_in(text, Span::new(from, q.open.start));
        (0..ws.len()).any(|k| {
            let w = ws[k].text(text);
            !super::in_quote(cx, ws[k].span)
                && !matches!(w, "called" | "calls" | "call" | "named" | "titled" | "entitled" | "nicknamed" | "dubbed" | "termed" | "known" | "referred")
                && cx.lexicon.speech_verb(w).is_some()
                && mention::is_cue_word(cx, &ws, k)
        })
    };
    // `declared himself "Lord of the Isles"`: the verb before a reflexive names
    // its own subject; the words in marks are a title, not what was reported.
    let reflexive = REFLEXIVES.contains(&last.as_str()) && (is_title_like(cx, q) || is_scare_quote(cx, q));
    // `agree that the question "what makes it good" matters`: a question named
    // in lowercase inside a sentence is the topic, not anyone's words.
    let reflexive = reflexive || (last == "question" && q.kind == QuoteKind::Partial);
    if naming && gap_clean && (reflexive || !reported()) {
        return true;
    }
    credit_after(cx, q) || reference(cx, q)
}

/// `Ann Roe. "A Title of Hers." Some Journal, 2019`: a title after the
/// author's name opening the paragraph (a reference list), with a
/// capitalized word (the publication) after it.
fn reference(cx: &Context, q: &QuoteSpan) -> bool {
    let text = cx.text;
    let Some(close) = q.close else { return false };
    let para_start = paragraph(cx, q).start;
    // An author's name of up to four words: a longer head is no reference.
    if q.open.start - para_start > NAMING_WINDOW {
        return false;
    }
    let head = text[para_start..q.open.start].trim_end_matches([' ', '\u{a0}']);
    let Some(name) = head.strip_suffix('.') else { return false };
    let ws = cx.seg.words_in(text, Span::new(para_start, para_start + name.len()));
    let author = (1..=4).contains(&ws.len()) && ws.iter().all(|w| starts_upper(w.text(text)));
    let para_end = paragraph(cx, q).end;
    let after = text[close.end..para_end].trim_start_matches([' ', '\u{a0}', ',', '.']);
    author && after.chars().next().is_some_and(char::is_uppercase)
}

/// Words after a fragment in marks that show it is not a noun's modifier.
const NOT_A_NOUN: &[&str] = &[
    "and", "or", "but", "to", "of", "in", "on", "for", "with", "that", "as", "is", "was", "are", "were", "be", "been",
    "from", "by", "at", "who", "which", "when", "because", "if", "than", "then", "about", "into", "over", "after",
    "before", "while", "since", "so", "not", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "does", "did", "do", "it", "he", "she", "they", "we", "i", "you", "this", "these", "those",
    "there", "where", "whose", "whom", "what", "how", "why", "until", "unless", "though", "although", "whether",
];

/// Words before a fragment in marks that open a noun phrase.
const NP_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these", "those", "of", "some",
    "any", "such", "first", "two", "three", "four", "five", "no", "every", "each", "large", "small", "new", "own",
];

/// `the "cruise" phase`, `a number of "safe" harbours`: a short fragment
/// modifying the noun right after it, inside a noun phrase, in a sentence
/// with no speech verb (outside quotes): the writer's term, not speech.
pub(super) fn is_noun_modifier(cx: &Context, qi: usize) -> bool {
    let q = &cx.quotes[qi];
    let text = cx.text;
    let Some(close) = q.close else { return false };
    if !is_scare_quote(cx, q) {
        return false;
    }
    let inner = q.span.of(text);
    if inner.ends_with(['.', ',', '!', '?', ':', ';']) {
        return false;
    }
    let para_start = paragraph(cx, q).start;
    let para_end = paragraph(cx, q).end;
    let from = text.floor_char_boundary(q.open.start.saturating_sub(40)).max(para_start);
    let before = cx.seg.words_in(text, Span::new(from, q.open.start));
    let opener = before.last().is_some_and(|w| {
        NP_OPENERS.contains(&w.text(text).to_lowercase().as_str()) && text[w.span.end..q.open.start].trim().is_empty()
    });
    // The word right after the closing mark and one space.
    let next = text[close.end..para_end].starts_with(' ').then(|| {
        let to = text.floor_char_boundary(para_end.min(close.end + 40));
        cx.seg.words_in(text, Span::new(close.end + 1, to.max(close.end + 1))).first().copied()
    });
    let next = next.flatten().filter(|w| w.span.start == close.end + 1).map(|w| w.text(text));
    let noun_after = next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase) && !NOT_A_NOUN.contains(&n) && !n.ends_with("ly"));
    opener && noun_after && !verb_in_sentence(cx, qi)
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
    let para_end = paragraph(cx, q).end;
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
    if !is_scare_quote(cx, q) {
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
    let start = sent.start.max(paragraph(cx, q).start);
    let first_end = cx.text.floor_char_boundary(q.open.start.min(start + NAMING_WINDOW));
    let first = cx.seg.words_in(cx.text, Span::new(start, first_end.max(start))).first().copied();
    let first = first.map(|w| w.text(cx.text)).unwrap_or("");
    let first = first.split(['’', '\'']).next().unwrap_or(first);
    let named = speaker.and_then(|m| cx.seg.words_in(cx.text, m).last().map(|w| w.text(cx.text)));
    !(matches!(first, "He" | "She") || named.is_some_and(|n| n == first && starts_upper(n)))
}

/// A speech or naming verb anywhere in the quote's sentence, outside quotes.
fn verb_in_sentence(cx: &Context, qi: usize) -> bool {
    let q = &cx.quotes[qi];
    let Some(sent) = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)) else { return false };
    let para = cx.seg.paragraphs.get(q.paragraph).copied().unwrap_or(*sent);
    let start = window_start(cx.text, sent.start.max(para.start), q.open.start, CLAUSE_WINDOW);
    let end = cx.text.floor_char_boundary(sent.end.min(para.end).min(q.span.end + CLAUSE_WINDOW)).max(start);
    let span = Span::new(start, end);
    let ws: Vec<_> = cx.seg.words_in(cx.text, span).iter().copied().filter(|w| !super::in_quote(cx, w.span)).collect();
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
        // But a speech verb outside the quote's clause does not make it reported.
        let t = "\"We sail at dawn,\" Ada Winter said. She argued for it, a term from the old word for \"river\" and more.";
        assert_eq!(quotes(t), ["We sail at dawn,"]);
        // A person calling someone something is still quoted words.
        assert_eq!(quotes("Ada Winter called the plan \"a reckless gamble\" on Monday."), ["a reckless gamble"]);
    }

    #[test]
    fn naming_word_then_a_determiner_or_an_aside() {
        assert!(quotes("Such a tie is often called a \"dead heat\" by analysts.").is_empty());
        assert!(quotes("What I had is always called, rather oddly, a \"minor episode.\" I rest now.").is_empty());
        assert!(quotes("In the survey such answers were coded as \"no reply\" and dropped.").is_empty());
        assert!(quotes("The inn is jokingly referred to as the \"Little Palace\" by locals.").is_empty());
        let t = "\"We sail at dawn,\" Ada Winter said. She taught them the old word for \"river\" and more.";
        assert_eq!(quotes(t), ["We sail at dawn,"]);
    }

    #[test]
    fn title_after_a_noun_and_called_or_named() {
        assert!(quotes("Tom Reed hosts a weekly show called \"Late Tea\" on the radio.").is_empty());
        assert!(quotes("They sailed on a small boat named \"Sea Star\" that summer.").is_empty());
        // A person calling something by a name: still their words.
        assert_eq!(quotes("Tom Reed called \"Late Tea\" a waste of time."), ["Late Tea"]);
    }

    #[test]
    fn title_set_off_by_commas() {
        assert!(quotes("They married before her painting, \"Dawn at Sea\", in the museum.").is_empty());
        // Speech after a comma keeps its closing punctuation.
        assert_eq!(quotes("Tom Reed said, \"Dawn at Sea.\""), ["Dawn at Sea."]);
    }

    #[test]
    fn reflexive_naming_is_a_title() {
        assert!(quotes("In 1850 the old miller proclaimed himself \"King of the Valley\" and built a hall.").is_empty());
    }

    #[test]
    fn the_question_in_marks_is_not_speech() {
        assert!(quotes("Many agree that the question \"what makes a poem good\" matters less today.").is_empty());
        // A question asked as a sentence of its own is speech.
        assert_eq!(quotes("Tom Reed asked the question, \"Why now?\""), ["Why now?"]);
        assert_eq!(quotes("The question \"Why now?\" hung over the meeting."), ["Why now?"]);
    }

    #[test]
    fn reference_list_titles() {
        assert!(quotes("Notes.\n\nLena Marsh. \"Wages in the Valley.\" Harbor Review, 2019.").is_empty());
    }

    #[test]
    fn fragment_modifying_a_noun_is_a_term() {
        let t = "\"We sail at dawn,\" Ada Winter said. She keeps the ships in the \"quiet\" phase for weeks.";
        assert_eq!(quotes(t), ["We sail at dawn,"]);
        // With a speech verb in the sentence, the words may be someone's.
        assert_eq!(quotes("Ada Winter said the \"quiet\" phase was over."), ["quiet"]);
    }

    #[test]
    fn long_titles_in_capitals() {
        assert!(quotes("Her paper appeared in 1988 as \"Rules and Exceptions in the Grammar of Old Frisian Verbs\" that year.").is_empty());
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

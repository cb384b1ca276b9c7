//! Finding a quote's cue (the speech verb) and its speaker mention.
//!
//! Works on the words around the quote, skipping parenthesized asides
//! ("Rep. Jane Doe (D-Ore.) said"). A period after an abbreviation or a
//! title ("Mr.", "U.S.", "J.") does not break the clause.
//!
//! - After the quote: `"…," NAME said`, `"…," said NAME`, `"…," NAME, an
//!   adviser to the mayor, wrote`, `"…," according to NAME`. Only after a
//!   quote ending in a comma, "?", "!" or a dash; after a period only a
//!   lowercase word goes on the sentence; a fragment inside the sentence
//!   (no punctuation) takes a cue only as a clause closing the sentence after
//!   a comma (`… "cleareyed" reading, said NAME`; below). A participle after
//!   a quote (`"…," calling`) is never its cue.
//!   Capitalized words do not count toward the distance to the cue (`"…,"
//!   Jo Bo of the Center for Policy Studies wrote`; a subject too long to be a
//!   name is cut before its "of"); a period before a comma ends an
//!   abbreviation (`Salem, Ore., said`); a relative clause after an apposition
//!   belongs to it.
//! - Any past verb in a cue's place: right after a quote ending in a comma,
//!   "?", "!" or a dash, a subject and one past-tense verb (maybe a particle
//!   or an adverb) closing the clause (`"…," Jo Bo shot back.`, `"…," an
//!   angry Bo retorted.`), or the verb first and a name (`"…," scoffed Jo Bo`).
//! - A cue clause closing the sentence after a later comma (`"…" for the
//!   victory, Bo said.`, `"…," since the vote, said Jo Bo, an analyst`): only
//!   punctuation, an apposition or a prepositional or time phrase after it.
//!   It is the cue of a fragment inside the sentence; for other quotes only
//!   when no cue stands before the quote.
//! - A colon before the quote: a name standing alone before it (`- Ann P.
//!   Lee: "…"`, `More from Lee and Roe: "…"`) first; else, with no speech
//!   verb, the subject of the clause when a name, a pronoun or a noun phrase
//!   opened by an article or possessive is followed by a verb, maybe across
//!   one or two appositions (`Jo Bo gloated: "…"`, `The council worded it
//!   carefully: "…"`, `Jo Bo, a baker, put it this way: "…"`; not before a
//!   form of "be": `The message was clear: "…"` names nobody). The quote reads
//!   as a sentence (a capital first) or is a fragment of six words or more
//!   (`Bo distinguished two kinds of land: "land that …"`).
//! - A relative naming its own words (`X denounced what he called "…"`,
//!   `whom she called`) has the clause's subject as speaker.
//! - A signature line: a quote that is its whole paragraph, then a line
//!   opening with a dash and a name (`- Jane Doe.`).
//! - A source reporting the cue: `"…," NAME said, according to a transcript`
//!   gives the source (the outer attribution) as the mention.
//! - A signature: `"…" ― Jane Doe` (a dash after the closing mark, then a
//!   name ending the line or followed by a period or comma).
//! - A sentence the segmenter cut after a title ("said Del. Ann Perl") goes on.
//! - Before the quote, in its sentence: the nearest speech verb and the noun
//!   phrase right before it (auxiliaries, adverbs and time phrases skipped:
//!   "Lam has long argued that", "Lam on Saturday tweeted", "who in 2010
//!   said", "who has in the past described"; a plural right after a past
//!   verb is its object, not a cue: "restricted comments"; a relative
//!   ", who said" gives "who"). Inverted (`…, said NAME: "…"`) only when the
//!   name runs up to the quote and the verb is not a participle or "told".
//!   A report inside another (`X said (that) Y called it "…"`, `X said he
//!   would welcome "…"`) takes the outer speaker: the first clause-taking
//!   speech verb of the sentence, unless a conjunction, a relative or
//!   subordinate clause, a semicolon or a dash stands between. A participle
//!   after a common noun (`issued a statement saying`) is not said by the noun.
//!   A verb with no subject right before it (`…, adding "…"`, `… and added:
//!   "…"`) takes the speaker of an earlier speech verb of its clause chain
//!   (`"…," said X, adding`), else the sentence's subject: after any opening
//!   adverbial, participial or time phrase ("Speaking in Salem, N.H., Smith
//!   said", "A month later,", "At a rally in Ames, Iowa, on Sunday,"),
//!   a dateline ("LONDON (Reuters) —") and words in quote marks, across an
//!   apposition ("Smith, an adviser, called Jones "…"" is Smith); lowercase
//!   role words between capitalized ones stay in it ("Democratic nominee
//!   Jane Doe"), and a name in apposition to a role joins it ("His former
//!   partner, Lon Carver, called").
//! - An introducing sentence: a quote that opens its sentence with no cue of
//!   its own, right after a sentence with a speech verb and no quote, or
//!   ending in a colon ("Smith said in a statement. "…""); across a paragraph
//!   break after a colon, or for a quote that is its whole paragraph.
//! - A subject before an apposition or a relative clause (`Jo Bo, a baker
//!   from Salem, Ore., said`, `…, but Bo, who voted no, called it`): the
//!   comma-separated stretches before the verb are read outward to the
//!   noun phrase that opens its clause; an opening prepositional phrase is
//!   skipped ("On Tuesday, Bo, an aide, said"); a name in apposition to a
//!   role joins it ("his daughter, Ada").
//! - A speech verb's base form after a determiner or possessive and up to
//!   three modifiers is a noun, not a cue (`his home state`, `a subsequent
//!   tweet`), unless a plural, a pronoun or an auxiliary stands right before
//!   it (`the candidates say`). A verb with no subject of its own in a clause
//!   opened by a subordinator ("such as when Bo won and called it "…"") takes
//!   that clause's subject when the sentence's own subject is an expletive.
//! - `As Jo Bo put it, "…"` (an "as" clause with a speech verb, or any past
//!   verb with "it"; an apposition may follow the name: `as Jo Bo, a former
//!   mayor, put it:`); `was described by Jo Bo as "…"` (a passive verb's
//!   agent; not "quoted by", the reporter); `The trouble, says Jo Bo, is
//!   "…"` (a verb inverted between commas, a name after it); `Bo's reply
//!   was: "…"`, `a quote by Jo Bo: "…"` (a noun of speech right before the
//!   quote, punctuation between: its possessor — for "his"/"her" right after
//!   a verb, that verb's named subject: `Jo Bo repeated his motto: "…"` —
//!   or the name after "by",
//!   "from", "attributed to"); `After Bo spoke, Ann Roe shot back, "…"` (a
//!   past verb right before the quote, whatever the verb); `Bo begins by
//!   asserting "…"` (a participle after a preposition has the subject of
//!   the verb before it); `It has been said that "…"` names nobody.

use super::{in_quote, is_pronoun, Context};
use crate::annotation::{QuoteKind, Span};
use crate::text::{is_name_particle, starts_upper, Word};

/// A speech verb and the words that name its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub verb: Span,
    pub mention: Span,
}

/// How many words after a quote a cue may start (words of an apposition and capitalized words not counted).
const MAX_WORDS_TO_CUE: usize = 9;
/// Hard limit on the words scanned after a quote.
const MAX_WORDS_SCANNED: usize = 30;
/// How long a speaker mention may be, in words.
const MAX_MENTION_WORDS: usize = 8;
/// The longest apposition between a name and its verb in an "as" clause ("As Jo Bo, …, put it").
const MAX_APPOSITION_WORDS: usize = 16;

const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "another", "two", "some", "several", "many", "other", "our", "my", "your"];

/// Words that end a noun phrase when walking back from a verb.
const STOPPERS: &[&str] = &[
    "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "when", "while", "as", "after", "before",
    "because", "if", "since", "though", "although", "than", "to", "where", "why", "how", "what", "so", "yet",
    "once", "until", "unless", "whether", "said", "says", "told", "is", "was", "were", "are", "be", "been",
    "with", "in", "on", "by", "about", "into", "over", "also", "then", "there", "it's", "not", "we", "you",
];

/// Auxiliaries and adverbs that may stand between a subject and its verb.
const AUX: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should", "may", "might", "can",
    "did", "does", "do", "also", "then", "later", "again", "once", "further", "previously", "often", "even",
    "still", "just", "never", "not", "already", "recently", "reportedly", "repeatedly", "once", "has", "long",
    "quickly", "publicly", "privately", "had", "been", "last", "first", "immediately", "simply", "had",
    "always", "usually", "sometimes", "generally", "typically", "rarely", "seldom", "ever",
];

/// Openers of an adverbial phrase at the start of a sentence.
pub(super) const INTRO: &[&str] = &[
    "at", "in", "on", "with", "after", "before", "during", "since", "amid", "while", "when", "as", "for", "from",
    "under", "despite", "following", "last", "earlier", "later", "speaking", "asked", "like", "unlike", "if",
    "although", "though", "because", "instead", "then", "now", "still", "meanwhile", "however", "yet", "but",
    "and", "so", "also", "over", "by", "to", "of", "about", "according", "without", "within", "upon", "through",
    "around", "across", "toward", "towards", "against", "between", "among", "near", "beyond", "throughout",
];

/// Abbreviations whose period does not end a clause.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Reps", "Sens", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Adm", "Cmdr", "Rev", "Sr", "Jr", "St", "Gen", "Atty", "Supt", "Inc", "Corp", "Co", "Ltd", "No", "Pres", "Amb",
    "Del", "Ald", "Sec", "Hon", "Msgr", "Fr", "Det", "Insp", "Pvt", "Cpl", "Spc", "Sup", "Cong", "Assemb",
];

fn is_abbreviation(t: &str) -> bool {
    t.contains('.')
        || ABBREVIATIONS.contains(&t)
        || (t.chars().count() == 1 && t.chars().all(char::is_uppercase))
}

fn lower_in(t: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(t))
}

/// Whether the text between two words (parenthesized asides skipped) ends a
/// clause; `prev` is the word before the gap.
fn gap_breaks(text: &str, prev: Option<&str>, from: usize, to: usize) -> bool {
    if from >= to {
        return false;
    }
    let mut depth = 0i32;
    for c in text[from..to].chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ if depth > 0 => {}
            ';' | '!' | '?' | '—' | '–' | ':' | '"' | '“' | '”' | '\n' => return true,
            // A period before a comma ends an abbreviation ("Cambridge, Mass., said").
            '.' if !prev.is_some_and(is_abbreviation) && !text[from..to].contains(".,") => return true,
            _ => {}
        }
    }
    false
}

/// Whether the gap holds a comma outside parentheses.
fn gap_has_comma(text: &str, from: usize, to: usize) -> bool {
    let mut depth = 0i32;
    for c in text[from..to].chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            ',' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// The words of `span` outside parentheses.
fn words_outside_parens(cx: &Context, span: Span) -> Vec<Word> {
    let text = cx.text;
    let ws = cx.seg.words_in(text, span);
    let mut out = Vec::with_capacity(ws.len());
    let mut depth = 0i32;
    let mut pos = span.start;
    for &w in ws.iter() {
        for c in text[pos..w.span.start].chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = (depth - 1).max(0),
                _ => {}
            }
        }
        pos = w.span.start;
        if depth == 0 {
            out.push(w);
        }
    }
    out
}

/// Verbs of naming and judging that introduce a quoted phrase ("referred to
/// him as "…"", "labeled it "…""), beyond the lexicon's speech verbs.
const NAMING_VERBS: &[&str] = &[
    "called", "calls", "calling", "referred", "refers", "referring", "labeled", "labelled", "labels", "labeling", "dubbed", "dubs",
    "branded", "brands", "derided", "derides", "blasted", "blasts", "slammed", "slams", "blamed", "blames",
    "defended", "defends", "chanted", "chanting", "mocked", "mocks", "dismissed", "dismisses", "characterized",
    "characterizes", "cited", "cites", "citing", "expressed", "assailed", "touting", "pledging", "vowing",
    "deemed", "hailing", "praising", "decrying", "accusing",
];

fn is_verb(cx: &Context, w: &Word) -> bool {
    let t = w.text(cx.text);
    cx.lexicon.speech_verb(t).is_some() || NAMING_VERBS.contains(&t)
}

/// Whether a short quoted fragment reads as quoted words rather than a
/// title or scare quote: a speech or naming verb stands in its clause,
/// before it (no comma, colon or dash between).
pub(super) fn verb_in_clause(cx: &Context, qi: usize) -> bool {
    let q = &cx.quotes[qi];
    let para_start = cx.seg.paragraphs.get(q.paragraph).map_or(0, |p| p.start);
    let sent_start = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)).map_or(para_start, |s| s.start);
    let from = sent_start.max(para_start).max(q.open.start.saturating_sub(200));
    let mut from = cx.text.floor_char_boundary(from);
    // Only the clause the quote stands in.
    let head = cx.text[from..q.open.start].trim_end_matches([' ', ',', ':', '\u{a0}']);
    if let Some((i, c)) = head.char_indices().rev().find(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')')) {
        from += i + c.len_utf8();
    }
    let ws = cx.seg.words_in(cx.text, Span::new(from, q.open.start));
    (0..ws.len()).any(|k| is_cue(cx, &ws, k))
}

/// Words before a noun: a speech-verb form after one of them is a noun
/// ("his remarks", "the Islamic State", "Clark's comments").
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "such", "no",
    "any", "whose", "of", "every",
];

/// Adjectives before a noun ("his recent remarks"), but also the last word
/// of a subject ("the official said").
const ADJECTIVE_MARKERS: &[&str] = &[
    "new", "recent", "public", "own", "latest", "earlier", "previous", "similar", "same", "final", "further",
    "official", "formal", "written",
];

/// [`is_cue`] for the other modules of the stage.
pub(super) fn is_cue_word(cx: &Context, ws: &[Word], k: usize) -> bool {
    is_cue(cx, ws, k)
}

/// Word `k` of `ws` used as a speech verb: a speech-verb form that is not
/// capitalized inside the clause and does not follow a determiner or a
/// possessive.
fn is_cue(cx: &Context, ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    if !is_verb(cx, w) {
        return false;
    }
    if k == 0 {
        return true;
    }
    if starts_upper(w.text(cx.text)) {
        return false;
    }
    let prev = ws[k - 1].text(cx.text);
    // After an adjective ("the official said", "his written remarks") only a
    // plural or bare form is a noun; a past tense is the verb.
    let t = w.text(cx.text);
    if lower_in(prev, ADJECTIVE_MARKERS) {
        return t.ends_with("ed") || matches!(t, "said" | "told" | "wrote" | "says");
    }
    // After a past verb, a plural is its object ("restricted comments", "issued
    // statements"), not a second verb.
    // Not when the past verb closes a relative clause ("The senator who
    // resigned argues", "the woman I met insists"): then it is the main verb.
    // "who highlighted comments Roe made" keeps the plural an object: only a
    // verb before "that", a colon or the marks is the main one.
    let clause_after = ws.get(k + 1).is_none_or(|n| {
        n.text(cx.text) == "that" || cx.text[w.span.end..n.span.start].contains([':', '"', '“', '\'', '‘'])
    });
    let relative = clause_after && k >= 2 && lower_in(ws[k - 2].text(cx.text), &["who", "that", "which", "whom", "i", "we", "you", "he", "she", "they"]);
    if t.ends_with('s') && t != "says" && past_verb_form(prev) && !relative && !gap_has_comma(cx.text, ws[k - 1].span.end, w.span.start) {
        return false;
    }
    !(lower_in(prev, NOUN_MARKERS) || prev.ends_with("'s") || prev.ends_with("’s") || plural_possessive(cx.text, &ws[k - 1]) || noun_after_modifiers(cx, ws, k))
}

/// Plurals without a final "s": a base verb form may follow them ("the people say").
const PLURALS_WITHOUT_S: &[&str] = &["people", "men", "women", "children", "police", "media", "staff", "public", "two", "three", "both", "all", "few", "many", "most", "some", "others"];

/// `his home state`, `a heavily Democratic state`, `a subsequent tweet`,
/// `her effusive praise`: a speech verb's base form (no "-s", "-ed" or
/// "-ing") after a determiner or a possessive and up to three modifiers is a
/// noun. As a verb a base form needs a plural subject or an auxiliary right
/// before it ("the candidates say", "will answer", "to state"): the word
/// right before it must not end in "s", be a plural, a pronoun or an
/// auxiliary.
fn noun_after_modifiers(cx: &Context, ws: &[Word], k: usize) -> bool {
    let t = ws[k].text(cx.text);
    let base = !(t.ends_with('s') || t.ends_with("ed") || t.ends_with("ing") || matches!(t, "said" | "told" | "wrote" | "spoke" | "read"));
    if !base || k < 2 {
        return false;
    }
    let prev = ws[k - 1].text(cx.text);
    if prev.ends_with('s') || lower_in(prev, PLURALS_WITHOUT_S) || is_pronoun(prev) || lower_in(prev, AUX) || lower_in(prev, STOPPERS)
        || lower_in(prev, &["must", "shall", "i", "you", "we", "they", "n't", "let", "let's"])
        || prev.ends_with("n't") || prev.ends_with("n’t") || prev.chars().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    let tight = |i: usize| {
        let gap = &cx.text[ws[i - 1].span.end..ws[i].span.start];
        gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    };
    let mut j = k - 1;
    while j >= 1 && k - j <= 3 && tight(j + 1) {
        let m = ws[j - 1].text(cx.text);
        if (lower_in(m, NOUN_MARKERS) && m != "of") || m == "which" || m.ends_with("'s") || m.ends_with("’s") || plural_possessive(cx.text, &ws[j - 1]) {
            // "Jo Bo and her husband say": a joined subject, the verb stands.
            let joined = j >= 2 && lower_in(ws[j - 2].text(cx.text), &["and", "or", "&"]);
            return tight(j) && !joined;
        }
        if is_pronoun(m) || lower_in(m, STOPPERS) || lower_in(m, AUX) || is_verb(cx, &ws[j - 1]) || m.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        j -= 1;
    }
    false
}

/// `Jones' reply`, `the voters’ verdict`: a word ending in "s" with an
/// apostrophe right after it (a plural or s-final possessive). The word
/// scanner leaves that apostrophe outside the word, so the word's own text
/// never ends with it: the text after the word is read.
fn plural_possessive(text: &str, w: &Word) -> bool {
    let t = w.text(text);
    let rest = &text[w.span.end..];
    (t.ends_with('s') || t.ends_with('S'))
        && rest.starts_with(['\'', '’'])
        && !rest[rest.chars().next().map_or(0, char::len_utf8)..].starts_with(|c: char| c.is_alphanumeric())
}

/// The cue and mention for quote `qi`: after the quote first, then before it,
/// then in an introducing sentence.
pub fn find_cue(cx: &Context, qi: usize) -> Option<Cue> {
    find_in_sentence(cx, qi).or_else(|| find_intro(cx, qi))
}

/// The cue in the quote's own sentence (after, then before the quote).
pub fn find_in_sentence(cx: &Context, qi: usize) -> Option<Cue> {
    in_sentence(cx, qi).map(|c| poll_source(cx, verb_tail_cut(cx, c)))
}

/// `In a Lyon Courier poll, 40 percent of voters said "…"`, `The poll also
/// finds that 22 percent say "…"`: a share of respondents speaks through the
/// poll or survey its sentence names before it; that noun phrase (from its
/// determiner to "poll" or "survey") is the mention.
fn poll_source(cx: &Context, c: Cue) -> Cue {
    let m = c.mention.of(cx.text);
    if !(m.contains(" percent") || m.contains('%')) {
        return c;
    }
    let sent = cx.seg.sentences.get(cx.seg.sentence_of(c.mention.start)).copied();
    let Some(sent) = sent.filter(|s| s.start < c.mention.start) else { return c };
    let ws = cx.seg.words_in(cx.text, Span::new(sent.start, c.mention.start));
    let Some(h) = ws.iter().rposition(|w| matches!(w.text(cx.text), "poll" | "survey")) else { return c };
    // The phrase's determiner, within a few words and no comma before the head.
    let Some(d) = (h.saturating_sub(MAX_MENTION_WORDS)..h).rev().find(|&d| matches!(ws[d].text(cx.text), "a" | "an" | "the" | "A" | "An" | "The")) else {
        return c;
    };
    if (d + 1..=h).any(|i| gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start)) {
        return c;
    }
    Cue { mention: Span::new(ws[d].span.start, ws[h].span.end), ..c }
}

/// Auxiliaries and modals: a noun phrase ends before one ("the candidate could be" is "the candidate").
const AUX_VERBS: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "can", "must", "shall", "has", "have", "had", "is", "was",
    "were", "are", "did", "does", "do",
];

/// A mention that runs on into its clause's verb ("Mr. Rubio had at",
/// "a spokesman for Jo Bo could only", "his boss was") ends before the
/// auxiliary, unless a comma after it starts another phrase of the mention.
fn verb_tail_cut(cx: &Context, c: Cue) -> Cue {
    let ws = cx.seg.words_in(cx.text, c.mention);
    let Some(k) = (1..ws.len()).find(|&k| AUX_VERBS.contains(&ws[k].text(cx.text))) else {
        return c;
    };
    if cx.text[ws[k].span.end..c.mention.end].contains(',') {
        return c;
    }
    let mut end = k;
    while end > 0 && (lower_in(ws[end - 1].text(cx.text), STOPPERS) || matches!(ws[end - 1].text(cx.text), "who" | "that" | "which")) {
        end -= 1;
    }
    if end == 0 {
        return c;
    }
    let m = Span::new(c.mention.start, ws[end - 1].span.end);
    if plausible_mention(cx, m) {
        Cue { mention: m, ..c }
    } else {
        c
    }
}

fn in_sentence(cx: &Context, qi: usize) -> Option<Cue> {
    let q = &cx.quotes[qi];
    let close_end = q.close.map_or(q.span.end, |c| c.end);
    let para_end = cx.seg.paragraphs.get(q.paragraph).map_or(cx.text.len(), |p| p.end);
    let next_open = cx.quotes.get(qi + 1).map_or(usize::MAX, |n| n.open.start);
    let limit = para_end.min(next_open);
    // "“…”" then a line "- Jane Doe, in a tweet.": the signature line after a quote ending its paragraph.
    if let Some(c) = signature_line(cx, qi, close_end, para_end) {
        return Some(c);
    }
    let mut closing = None;
    if close_end < limit {
        let sentence_end = cx.seg.sentences.get(cx.seg.sentence_of(close_end.saturating_sub(1))).map_or(limit, |s| s.end);
        let mut after_end = sentence_end.max(close_end).min(limit);
        // A quote ending its sentence ("…?" he asked): the cue is the next short sentence.
        if after_end <= close_end + 1 {
            let next = cx.seg.sentences.get(cx.seg.sentence_of(close_end.saturating_sub(1)) + 1);
            after_end = next.map_or(limit, |s| s.end).min(limit);
        }
        // A sentence cut after a title ("said Del. Ann Perl") goes on.
        for _ in 0..2 {
            let head = cx.text[..after_end].trim_end();
            let Some(stem) = head.strip_suffix('.') else { break };
            let last = stem.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if after_end >= limit || !ABBREVIATIONS.contains(&last) {
                break;
            }
            let si = cx.seg.sentence_of(after_end.saturating_sub(1));
            match cx.seg.sentences.get(si + 1) {
                Some(n) if n.end > after_end => after_end = n.end.min(limit),
                _ => break,
            }
        }
        let q_text = q.span.of(cx.text).trim_end_matches(['\'', '’', '"', '”', ')']);
        let end = if q_text.ends_with('.') {
            QuoteEnd::Period
        } else if q_text.ends_with([',', '?', '!', '—', '–', '-', '…', ':'])
            || cx.text[close_end..after_end].trim_start().starts_with([',', '—', '–', '-'])
        {
            QuoteEnd::Comma
        } else if q.kind == QuoteKind::Direct {
            QuoteEnd::Bare
        } else {
            QuoteEnd::Inside
        };
        // "“…” ― Jane Doe": a dash after the quote signs it with a name.
        if let Some(c) = dash_signature(cx, close_end, para_end.min(next_open), false) {
            return Some(c);
        }
        // A fragment inside the sentence: its cue closes the sentence (below).
        let from = (end != QuoteEnd::Inside).then_some(close_end);
        if let Some(from) = from.filter(|&f| f < after_end) {
            if let Some(c) = cue_after(cx, Span::new(from, after_end), end == QuoteEnd::Period) {
                // "…," Roe said, according to a transcript: the source that reports the speaker.
                return Some(according_after(cx, Span::new(c.verb.end.max(c.mention.end), after_end)).unwrap_or(c));
            }
        }
        // "…" for the victory, Sanders said. / "…," since the vote, said Jo Bo:
        // a cue clause closing the sentence after a later comma reports it.
        // "…," Jo Bo shot back.: a verb no list holds, in the cue's place.
        if end == QuoteEnd::Comma {
            if let Some(c) = bare_verb_after(cx, Span::new(close_end, after_end)) {
                return Some(c);
            }
        }
        // Weaker than a cue before the quote: kept for when there is none.
        // A fragment inside the sentence ("… “cleareyed” reading of it, said
        // Smith") takes it first, as the outer attribution.
        if end != QuoteEnd::Period {
            closing = closing_clause(cx, from.unwrap_or(close_end), after_end);
            if end == QuoteEnd::Inside && closing.is_some() {
                return closing;
            }
        }
    }
    before_quote(cx, qi).or(closing)
}

/// The cue before quote `qi` in its sentence (see [`find_in_sentence`]).
fn before_quote(cx: &Context, qi: usize) -> Option<Cue> {
    let q = &cx.quotes[qi];
    // The sentence before the quote, from its start to the opening mark.
    let sent = cx.seg.sentences.get(cx.seg.sentence_of(q.open.start)).copied();
    let para_start = cx.seg.paragraphs.get(q.paragraph).map_or(0, |p| p.start);
    let mut start = sent.map_or(para_start, |s| s.start).max(para_start);
    let mut sentence_start = start;
    if qi > 0 {
        let prev = &cx.quotes[qi - 1];
        let prev_end = prev.close.map_or(prev.span.end, |c| c.end);
        if prev_end > start && prev_end <= q.open.start {
            start = prev_end;
            // A sentence that starts inside a quote ("…," he said, "…"): its subject is after the quote.
            if prev.open.start < sentence_start {
                sentence_start = prev_end;
            }
        }
    }
    if start < q.open.start {
        let region = Span::new(start, q.open.start);
        return colon_name(cx, qi, region)
            .or_else(|| noun_cue(cx, region))
            .or_else(|| bare_verb_before(cx, region))
            .or_else(|| cue_before(cx, region, sentence_start))
            .or_else(|| colon_cue(cx, qi, region, sentence_start))
            .or_else(|| as_clause(cx, region));
    }
    None
}

/// Particles after a verb of a cue (`shot back`, `went on`, `cut in`).
const PARTICLES: &[&str] = &["back", "on", "in", "up", "out", "off", "again"];

/// Irregular past forms that end a cue clause after a quote (`"…," she went on`).
const IRREGULAR_PAST: &[&str] = &["went", "shot", "cut", "broke", "began", "spoke", "put", "sang", "swore", "bit", "chimed", "threw", "got"];

/// Whether `t` reads as a finite verb of a cue clause: a lowercase past form
/// (`-ed` or irregular) that is no function word.
fn past_verb_form(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_lowercase())
        && ((t.len() > 4 && t.ends_with("ed") && !t.ends_with("eed")) || IRREGULAR_PAST.contains(&t))
        && !lower_in(t, STOPPERS)
        && !lower_in(t, AUX)
}

/// `"…," Jo Bo shot back.`, `"…?" an angry Bo retorted.`, `"…," scoffed
/// Jo Bo, 22.`: right after a quote that ends with a comma, "?", "!" or a
/// dash, a subject (a pronoun, or up to four words with a capitalized last one
/// or opened by a determiner) and one past-tense verb, maybe with a particle
/// (`went on`) or an adverb, and then the clause ends; or the verb first and a
/// name after it. Whatever the verb, this is the shape of a cue: it takes verbs
/// no word list holds.
fn bare_verb_after(cx: &Context, region: Span) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    let first = ws.first()?;
    if gap_breaks(cx.text, None, region.start, first.span.start) {
        return None;
    }
    let tight = |i: usize| {
        i == 0 || (!gap_breaks(cx.text, Some(ws[i - 1].text(cx.text)), ws[i - 1].span.end, ws[i].span.start) && !gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start))
    };
    // Whether the clause ends after word `i`: punctuation or nothing follows.
    let ends_after = |i: usize| {
        let rest = cx.text[ws[i].span.end..region.end].trim_start();
        rest.is_empty() || rest.starts_with(['.', ',', '!', '?', ';', '\n'])
    };
    // Verb first: "scoffed Jo Bo".
    let t0 = first.text(cx.text);
    if past_verb_form(t0) && ws.len() > 1 && starts_upper(ws[1].text(cx.text)) && tight(1) {
        // The name, maybe after role words ("mused Blaze co-host Jo Bo").
        let m = phrase_after(cx, &ws[1..])?;
        let j = ws.iter().rposition(|w| w.span.end <= m.end)?;
        if ends_after(j) && starts_upper(ws[j].text(cx.text)) && !lower_in(ws[1].text(cx.text), DETERMINERS) {
            return Some(Cue { verb: first.span, mention: m });
        }
        return None;
    }
    // Subject first.
    let subject_end = if is_pronoun(t0) && t0 != "it" && t0 != "It" {
        0
    } else {
        let det = lower_in(t0, DETERMINERS) && !matches!(t0, "that" | "this" | "one" | "some" | "many" | "other");
        if !(det || starts_upper(t0)) || lower_in(t0, INTRO) || DAY_WORDS.contains(&t0) {
            return None;
        }
        // The subject's words: up to four, the last capitalized unless a determiner opens it.
        let mut j = 0;
        while j + 1 < ws.len() && j < 3 && tight(j + 1) && !past_verb_form(ws[j + 1].text(cx.text)) {
            let n = ws[j + 1].text(cx.text);
            if lower_in(n, STOPPERS) || lower_in(n, AUX) || is_verb(cx, &ws[j + 1]) || n.ends_with("ly") {
                return None;
            }
            j += 1;
        }
        let upper_names = ws[..=j].iter().skip(usize::from(det)).all(|w| starts_upper(w.text(cx.text)));
        if !(det || upper_names) {
            return None;
        }
        j
    };
    let v = subject_end + 1;
    let verb = ws.get(v)?;
    if !tight(v) || !past_verb_form(verb.text(cx.text)) {
        return None;
    }
    let mut last = v;
    if ws.get(v + 1).is_some_and(|p| tight(v + 1) && (PARTICLES.contains(&p.text(cx.text)) || (p.text(cx.text).ends_with("ly") && p.text(cx.text).len() > 4))) {
        last = v + 1;
    }
    // "…," Bo fumed on Tuesday. / Bo shot back with a laugh.: a time or manner phrase may close it.
    let t = |i: usize| ws.get(i).filter(|_| tight(i)).map(|w| w.text(cx.text));
    let tail_end = match (t(last + 1), t(last + 2), t(last + 3)) {
        (Some(d), _, _) if DAY_WORDS.contains(&d) => last + 1,
        (Some("on"), Some(d), _) if DAY_WORDS.contains(&d) => last + 2,
        (Some("last" | "this"), Some(p), _) if PERIOD_WORDS.contains(&p) => last + 2,
        (Some("with"), Some("a" | "an"), Some(_)) => last + 3,
        _ => last,
    };
    if !ends_after(tail_end) {
        return None;
    }
    Some(Cue { verb: Span::new(verb.span.start, ws[last].span.end), mention: Span::new(first.span.start, ws[subject_end].span.end) })
}

/// Words a lowercase quote after a colon needs to be someone's words
/// (`Bo drew a line between two kinds of land: "land that comes from nature,
/// or …"`), not a label or a list item (`two words: "fair" and "free"`).
const COLON_FRAGMENT_WORDS: usize = 6;

/// The colon right before a quote that reads as a sentence (a capital first,
/// or a long fragment), if any.
fn colon_before(cx: &Context, qi: usize, region: Span) -> Option<Span> {
    let q = &cx.quotes[qi];
    if !q.span.of(cx.text).starts_with(char::is_uppercase) && cx.seg.words_in(cx.text, q.span).len() < COLON_FRAGMENT_WORDS {
        return None;
    }
    let head = cx.text[region.start..region.end].trim_end_matches([' ', '\u{a0}']);
    let colon_at = region.start + head.len().checked_sub(1)?;
    head.ends_with(':').then_some(Span::new(colon_at, colon_at + 1))
}

/// `- Ann P. Lee: "…"`, `More from Lee and Roe: "…"`: a name standing alone
/// before the colon of a quote (after a dash, "More from" or the sentence start),
/// before any verb of the sentence.
fn colon_name(cx: &Context, qi: usize, region: Span) -> Option<Cue> {
    let colon = colon_before(cx, qi, region)?;
    let ws = words_outside_parens(cx, Span::new(region.start, colon.start));
    let last = ws.last()?;
    let mut j = ws.len() - 1;
    let name_word = |w: &Word| {
        let t = w.text(cx.text);
        // Capitalized words, initials allowed ("Ann P. Lee"), not all in capitals (a headline).
        (starts_upper(t) && (t.len() <= 2 || t.chars().any(char::is_lowercase)) && !is_verb(cx, w)) || t == "and"
    };
    while j > 0
        && ws.len() - j < 6
        && name_word(&ws[j - 1])
        && !cx.text[ws[j - 1].span.end..ws[j].span.start].contains(['-', '—', '–'])
        && !gap_breaks(cx.text, Some(ws[j - 1].text(cx.text)), ws[j - 1].span.end, ws[j].span.start)
        && !gap_has_comma(cx.text, ws[j - 1].span.end, ws[j].span.start)
    {
        j -= 1;
    }
    let name_ok = ws[j..].iter().all(name_word)
        && ws[j..].iter().any(|w| w.text(cx.text).chars().any(char::is_lowercase) && w.text(cx.text) != "and")
        && ws[j].text(cx.text) != "and";
    let opened = if j == 0 {
        cx.text[region.start..ws[0].span.start].trim().is_empty()
    } else {
        let gap = &cx.text[ws[j - 1].span.end..ws[j].span.start];
        // "More from Lee:" (not "suggested he was from Mexico:").
        gap.contains(['-', '—', '–']) || (j >= 2 && ws[j - 1].text(cx.text) == "from" && ws[j - 2].text(cx.text).eq_ignore_ascii_case("more"))
    };
    (name_ok && opened && !lower_in(ws[j].text(cx.text), DETERMINERS) && !lower_in(ws[j].text(cx.text), INTRO))
        .then(|| Cue { verb: colon, mention: Span::new(ws[j].span.start, last.span.end) })
}

/// `Jo Bo gloated: "…"`: a quote right after a colon, with no speech verb
/// before it: the subject of the clause before the colon, when it is a name or
/// a pronoun and a verb follows it. Only for a quote that reads as a sentence.
fn colon_cue(cx: &Context, qi: usize, region: Span, sentence_start: usize) -> Option<Cue> {
    let colon = colon_before(cx, qi, region)?;
    let colon_at = colon.start;
    // The subject of the clause before the colon.
    let mut subject = sentence_subject(cx, Span::new(sentence_start.min(region.start), colon_at))?;
    // The subject's clause must reach the colon: no quote other than partial
    // ones inside the clause ("The paper, wary of "assault rifles," focuses on
    // the night:"), whose words are then skipped.
    let reaches = subject.start >= region.start
        || cx.quotes[..qi].iter().filter(|p| p.open.end > subject.start).all(|p| p.kind == QuoteKind::Partial && p.open.start >= subject.end);
    let mut ws = words_outside_parens(cx, Span::new(region.start.min(subject.start), colon_at));
    ws.retain(|w| !in_quote(cx, w.span));
    let mut sw = cx.seg.words_in(cx.text, subject);
    // A phrase opened by a determiner runs over lowercase words: it ends
    // before its verb ("The council worded it carefully:").
    if sw.first().is_some_and(|w| lower_in(w.text(cx.text), DETERMINERS)) {
        if let Some(v) = (1..sw.len()).find(|&v| past_verb_form(sw[v].text(cx.text))) {
            subject = Span::new(subject.start, sw[v - 1].span.end);
            sw = cx.seg.words_in(cx.text, subject);
        }
    }
    let first = sw.first()?.text(cx.text);
    let last = sw.last()?.text(cx.text);
    // A noun phrase opened by an article or a possessive ("The campaign
    // worded it carefully:", "A footnote in the report makes that clear:").
    // Not before a form of "be": "The message was clear:" judges, it does not quote.
    let be_next = ws.iter().find(|w| w.span.start >= subject.end).is_some_and(|w| matches!(w.text(cx.text), "was" | "is" | "were" | "are" | "be" | "been" | "seems" | "seemed"));
    let np = sw.len() >= 2 && !be_next && lower_in(first, &["the", "a", "an", "his", "her", "their", "its", "our", "one", "another"]);
    // A conjunction is no subject ("Or, as Jo Bo put it:").
    let conjunction = lower_in(first, &["or", "and", "but", "nor", "so", "yet", "then", "also"]);
    let ok = !conjunction
        && ((is_pronoun(first) && !matches!(first, "it" | "It"))
            || is_age(first)
            || np
            || (starts_upper(first)
                && first.chars().any(char::is_lowercase)
                && !lower_in(first, DETERMINERS)
                && !matches!(first, "There" | "Here" | "What" | "This" | "That" | "These" | "Those" | "Each" | "Every")
                && !(last.ends_with("'s") || last.ends_with("’s"))));
    // The subject's verb follows it ("Jo Bo gloated:"), not another phrase
    // ("Lyon, a voice …"); an apposition between commas may stand between
    // ("Jo Bo, a baker from Salem, put it this way:").
    let mut after = ws.iter().position(|w| w.span.start >= subject.end);
    let mut apposed = false;
    // Up to two appositions ("One supporter, Rep. Jo Bo, Republican of Ohio, gave …:").
    if let Some(a) = after.filter(|&a| gap_has_comma(cx.text, subject.end, ws[a].span.start)) {
        // The first apposition, then maybe a second one right after it.
        let mut end = apposition_end(cx, &ws, a);
        if let Some(e) = end.filter(|&e| ws[e].text(cx.text).starts_with(char::is_uppercase) || lower_in(ws[e].text(cx.text), DETERMINERS)) {
            end = apposition_end(cx, &ws, e);
        }
        after = end;
        apposed = true;
    }
    let verb_next = after.and_then(|a| ws.get(a)).is_some_and(|w| {
        let t = w.text(cx.text);
        t.starts_with(|c: char| c.is_lowercase())
            && !lower_in(t, DETERMINERS)
            && !matches!(t, "of" | "in" | "on" | "at" | "for" | "from" | "with" | "to" | "by" | "and" | "or")
            && (apposed || !gap_has_comma(cx.text, subject.end, w.span.start))
            // A noun phrase's verb must read as one ("A week later came
            // the verdict:" has no subject "A week").
            && (!np || is_verb(cx, w) || past_verb_form(t) || (t.ends_with('s') && !t.ends_with("ss")))
    });
    let ok = ok && verb_next;
    (ok && reaches).then_some(Cue { verb: colon, mention: subject })
}

/// A cue in the sentence just before a quote that opens its own sentence:
/// a sentence with a speech verb and no quote, or one ending in a colon.
pub(super) fn find_intro(cx: &Context, qi: usize) -> Option<Cue> {
    intro(cx, qi).map(|c| verb_tail_cut(cx, c))
}

fn intro(cx: &Context, qi: usize) -> Option<Cue> {
    let q = &cx.quotes[qi];
    let si = cx.seg.sentence_of(q.open.start);
    let sent = cx.seg.sentences.get(si)?;
    if sent.start != q.open.start || si == 0 {
        return None;
    }
    let prev = *cx.seg.sentences.get(si - 1)?;
    let para_start = cx.seg.paragraphs.get(q.paragraph).map_or(0, |p| p.start);
    let same_para = prev.start >= para_start;
    let colon = prev.of(cx.text).trim_end().ends_with(':');
    // Across a paragraph break only after a colon, or (a quote that is its
    // whole paragraph) after a paragraph closing with a reporting sentence.
    let para_end = cx.seg.paragraphs.get(q.paragraph).map_or(cx.text.len(), |p| p.end);
    let para_quote = q.close.is_some_and(|c| cx.text.get(c.end..para_end).is_some_and(|r| !r.chars().any(char::is_alphanumeric)));
    if !same_para && !colon && !para_quote {
        return None;
    }
    if !same_para && cx.seg.paragraph_of(prev.start) + 1 != q.paragraph {
        return None;
    }
    // No quote inside the introducing sentence.
    if qi > 0 {
        let p = &cx.quotes[qi - 1];
        if p.open.start >= prev.start {
            return None;
        }
    }
    let region = Span::new(prev.start, prev.end);
    if let Some(c) = cue_before(cx, region, prev.start) {
        return Some(c);
    }
    // "Smith put it plainly:" — no speech verb; the colon is the cue.
    if colon {
        let colon_at = prev.start + prev.of(cx.text).trim_end().len() - 1;
        let subject = sentence_subject(cx, Span::new(prev.start, colon_at))?;
        return Some(Cue { verb: Span::new(colon_at, colon_at + 1), mention: subject });
    }
    None
}

/// A quote that ends its paragraph, and a next paragraph that opens with a
/// dash and a name ("- Jane Doe." or "—Jane Doe, in a tweet."): a signature
/// line (quotes collected with their authors).
fn signature_line(cx: &Context, qi: usize, close_end: usize, para_end: usize) -> Option<Cue> {
    let q = &cx.quotes[qi];
    // The quote is its paragraph: a credit line after a sentence with a quote in it is not its author.
    let para_start = cx.seg.paragraphs.get(q.paragraph)?.start;
    if !cx.text.get(para_start..q.open.start)?.trim().is_empty() {
        return None;
    }
    let rest = cx.text.get(close_end..para_end)?;
    if !rest.chars().all(|c| c.is_whitespace() || matches!(c, '.' | ',' | '"' | '”' | '\'')) {
        return None;
    }
    let next = cx.seg.paragraphs.get(q.paragraph + 1)?;
    // No other quote in that line.
    if cx.quotes.get(qi + 1).is_some_and(|n| n.open.start < next.end) {
        return None;
    }
    dash_signature(cx, next.start, next.end, true)
}

/// `"…" ― Jane Doe` (a signature): a dash right after the closing mark (or
/// opening the line, a hyphen too when `line`), then a capitalized name
/// ending the paragraph or followed by a period or comma.
fn dash_signature(cx: &Context, close_end: usize, limit: usize, line: bool) -> Option<Cue> {
    let rest = cx.text.get(close_end..limit)?;
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let dash = trimmed.chars().next().filter(|&c| matches!(c, '―' | '—' | '–') || (line && c == '-'))?;
    let dash_at = close_end + (rest.len() - trimmed.len());
    let after = dash_at + dash.len_utf8();
    let ws = words_outside_parens(cx, Span::new(after, limit));
    let first = ws.first()?;
    if !starts_upper(first.text(cx.text)) || cx.text[after..first.span.start].contains(['\n', '"', '“', '”']) {
        return None;
    }
    let mention = phrase_after(cx, &ws)?;
    // Only a name: capitalized words (initials and "de", "van" aside) up to the end.
    let name_ws = cx.seg.words_in(cx.text, mention);
    if name_ws.len() > 5 || !name_ws.iter().all(|w| starts_upper(w.text(cx.text)) || is_name_particle(w.text(cx.text))) {
        return None;
    }
    let tail = cx.text[mention.end..limit].trim_start_matches([' ', '\u{a0}']);
    if !(tail.is_empty() || tail.starts_with(['.', ',', '\n', '/'])) {
        return None;
    }
    Some(Cue { verb: Span::new(dash_at, after), mention })
}

/// How a quote's words end, which decides whether a cue may follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteEnd {
    /// With a period: only a lowercase word may go on the sentence (`"…." he said`).
    Period,
    /// With a comma, "?", "!" or a dash, inside or right after the marks.
    Comma,
    /// No punctuation, a whole sentence (`"We will win" he said`).
    Bare,
    /// No punctuation, a fragment inside the reporter's sentence: no cue after it.
    Inside,
}

/// How many commas after a quote [`closing_clause`] looks past.
const MAX_CLOSING_COMMAS: usize = 4;

/// Words that may follow a closing cue clause's verb or name: prepositions and
/// time words (`he said by telephone this week`, `Bo said on Monday`).
const CLOSING_TAIL: &[&str] = &[
    "in", "on", "at", "by", "during", "after", "before", "to", "from", "with", "this", "last", "earlier", "later",
    "afterward", "afterwards", "recently", "today", "yesterday", "tonight", "again", "then", "of", "about",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

/// `"…" for the victory, Sanders said.`, `"…," since the vote was close, said
/// Jo Bo, an analyst.`: the sentence goes on after the quote and ends with a cue
/// clause after a comma. Tried after each comma past `from` (up to
/// [`MAX_CLOSING_COMMAS`]); the clause must close the sentence: after its verb
/// or name only punctuation, an apposition, or a prepositional or time phrase
/// (`said by telephone`), never a clause of its own (`voters said it was over`).
fn closing_clause(cx: &Context, from: usize, end: usize) -> Option<Cue> {
    let mut at = from;
    for _ in 0..MAX_CLOSING_COMMAS {
        let rel = cx.text.get(at..end)?.find(',')?;
        at += rel + 1;
        // A comma inside a quote is not the clause's.
        if in_quote(cx, Span::new(at - 1, at)) {
            continue;
        }
        // "in Raleigh, N.C., where": a place's region, not a clause.
        let next = cx.seg.words_in(cx.text, Span::new(at, end)).first().copied();
        let before_upper = cx.text[from..at - 1].rsplit(|c: char| c.is_whitespace()).next().is_some_and(starts_upper);
        if next.is_some_and(|w| before_upper && starts_upper(w.text(cx.text)) && cx.text[w.span.end..].starts_with('.')) {
            continue;
        }
        let Some(c) = cue_after(cx, Span::new(at, end), false) else { continue };
        // A speaker: a capitalized name, a pronoun or a determiner phrase ("the lawsuit").
        let m = c.mention.of(cx.text);
        let first = m.split_whitespace().next().unwrap_or("");
        let named = (starts_upper(first) && !DAY_WORDS.contains(&first) && !lower_in(first, CLOSING_TAIL))
            || is_pronoun(first)
            || (matches!(first, "the" | "a" | "an" | "his" | "her" | "their" | "its") && m.contains(' '));
        if !named {
            continue;
        }
        let ws = cx.seg.words_in(cx.text, Span::new(at, c.mention.start.min(c.verb.start)));
        if ws.len() > MAX_MENTION_WORDS || ws.iter().any(|w| !starts_upper(w.text(cx.text)) && lower_in(w.text(cx.text), STOPPERS)) {
            continue;
        }
        let tail_from = c.verb.end.max(c.mention.end);
        let tail = cx.text[tail_from..end].trim_start();
        let closes = tail.is_empty()
            || tail.starts_with(['.', ',', ';', '!', '?', ')', '\n'])
            || cx.seg.words_in(cx.text, Span::new(tail_from, end)).first().is_some_and(|w| CLOSING_TAIL.contains(&w.text(cx.text)));
        if closes {
            return Some(c);
        }
    }
    None
}

/// `"…," NAME said` / `"…," said NAME` / `"…," according to NAME`.
fn cue_after(cx: &Context, region: Span, quote_ends_with_period: bool) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    let first = ws.first()?;
    if gap_breaks(cx.text, None, region.start, first.span.start) {
        return None;
    }
    // After a quote that ends with a period, a capitalized word starts a new
    // sentence: a cue only when that sentence is nothing but one ("Bo said.").
    if quote_ends_with_period && starts_upper(first.text(cx.text)) {
        return report_sentence(cx, &ws, region);
    }
    // "…" and said …: a second verb of the sentence's subject, found before the quote.
    if matches!(first.text(cx.text), "and" | "but" | "then" | "before" | "after") {
        return None;
    }
    let mut counted = 0;
    // Apposition state: 0 before the first comma, 1 inside ", …,", 2 after it.
    let mut appos = 0;
    let mut subject_end = None;
    for (k, w) in ws.iter().enumerate().take(MAX_WORDS_SCANNED) {
        let t = w.text(cx.text);
        if k > 0 {
            let prev = &ws[k - 1];
            if gap_breaks(cx.text, Some(prev.text(cx.text)), prev.span.end, w.span.start) {
                return None;
            }
            if gap_has_comma(cx.text, prev.span.end, w.span.start) {
                appos = match appos {
                    0 if starts_upper(ws[0].text(cx.text)) || is_pronoun(ws[0].text(cx.text)) => {
                        subject_end = Some(k);
                        1
                    }
                    1 => 2,
                    // A relative clause after the apposition ("Jo Bo, 30, of Lyon, who voted, said") is part of it.
                    2 if matches!(t, "who" | "whose") => 1,
                    a => a,
                };
            }
        }
        // Capitalized words are names, however long ("Jo Bo of the Center for
        // Policy Studies wrote"): only the other words count.
        if appos != 1 && !starts_upper(t) {
            counted += 1;
        }
        if counted > MAX_WORDS_TO_CUE {
            return None;
        }
        let according = t.eq_ignore_ascii_case("according")
            && ws.get(k + 1).is_some_and(|n| n.text(cx.text) == "to");
        if !according && !is_cue(cx, &ws, k) {
            continue;
        }
        if according {
            let to = ws.get(k + 1)?;
            let mention = phrase_after(cx, &ws[k + 2..])?;
            return Some(Cue { verb: Span::new(w.span.start, to.span.end), mention });
        }
        // A participle after the quote ("…," calling it) has its subject elsewhere.
        if is_participle(t) {
            return None;
        }
        if k == 0
            || ws[..k].iter().all(|x| {
                let t = x.text(cx.text);
                !starts_upper(t) && (lower_in(t, AUX) || t.ends_with("ly"))
            })
        {
            // "said NAME": the phrase after the verb, up to punctuation.
            let mention = phrase_after(cx, &ws[k + 1..])?;
            return Some(Cue { verb: cue_span(cx, &ws, k), mention });
        }
        // "…," in sharp contrast to X, says NAME: inverted after a comma.
        let comma_before = gap_has_comma(cx.text, ws[k - 1].span.end, w.span.start);
        if comma_before && appos != 2 && !matches!(t, "told" | "tells") {
            if let Some(next) = ws.get(k + 1) {
                // "…," Bo's aide, Jo Li, said this week: a time phrase after the verb is no inverted subject.
                let time = opens_time_phrase(cx, &ws[k + 1..]);
                if !time && (starts_upper(next.text(cx.text)) || lower_in(next.text(cx.text), DETERMINERS)) {
                    let mention = phrase_after(cx, &ws[k + 1..])?;
                    return Some(Cue { verb: cue_span(cx, &ws, k), mention });
                }
            }
        }
        let end = subject_end.filter(|_| appos >= 1).unwrap_or(k);
        // A subject does not open with a preposition or a conjunction ("…" on Wednesday, …).
        let opener = ws[0].text(cx.text);
        if !starts_upper(opener) && (lower_in(opener, INTRO) || lower_in(opener, STOPPERS)) && !is_pronoun(opener) {
            return None;
        }
        let subject = trim_subject(cx, &ws[..end]);
        // "X's chief of staff, Joe Amsel, told": a name in apposition to a
        // role is the speaker; the mention covers both.
        if let (Some(s), Some(se)) = (subject, subject_end) {
            let appositive = &ws[se..k];
            let role = !starts_upper(ws[se - 1].text(cx.text));
            if appos == 2 && role && (1..=4).contains(&appositive.len()) && appositive.iter().all(|x| starts_upper(x.text(cx.text))) {
                let last = appositive[appositive.len() - 1];
                return Some(Cue { verb: cue_span(cx, &ws, k), mention: Span::new(s.start, last.span.end) });
            }
        }
        return subject.map(|mention| Cue { verb: cue_span(cx, &ws, k), mention });
    }
    None
}

/// `…, according to SOURCE` later in the clause of a cue after a quote
/// (`"…," Roe said on Monday, according to the station`): the source that
/// reports the speaker's words is the mention (the outer attribution).
fn according_after(cx: &Context, region: Span) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    for (k, w) in ws.iter().enumerate().take(MAX_WORDS_SCANNED) {
        if k > 0 && gap_breaks(cx.text, Some(ws[k - 1].text(cx.text)), ws[k - 1].span.end, w.span.start) {
            return None;
        }
        if w.text(cx.text).eq_ignore_ascii_case("according") && ws.get(k + 1).is_some_and(|n| n.text(cx.text) == "to") {
            let mention = phrase_after(cx, &ws[k + 2..])?;
            return Some(Cue { verb: Span::new(w.span.start, ws[k + 1].span.end), mention });
        }
    }
    None
}

/// The cue phrase: the verb, with "reporters" or "in a statement" after it.
fn cue_span(cx: &Context, ws: &[Word], k: usize) -> Span {
    let verb = ws[k].span;
    let t = |i: usize| ws.get(i).map(|w| w.text(cx.text));
    if t(k + 1) == Some("reporters") {
        return Span::new(verb.start, ws[k + 1].span.end);
    }
    if t(k + 1) == Some("in") && matches!(t(k + 2), Some("a" | "an")) && matches!(t(k + 3), Some("statement" | "interview")) {
        return Span::new(verb.start, ws[k + 3].span.end);
    }
    verb
}

/// The words before a verb, minus adverbs; a pronoun among them is the mention.
fn trim_subject(cx: &Context, ws: &[Word]) -> Option<Span> {
    if let Some(p) = ws.iter().find(|w| is_pronoun(w.text(cx.text))) {
        return Some(p.span);
    }
    let mut end = ws.len();
    while end > 0 && {
        let t = ws[end - 1].text(cx.text);
        !starts_upper(t) && (lower_in(t, AUX) || t.ends_with("ly"))
    } {
        end -= 1;
    }
    let mut ws = &ws[..end];
    if ws.is_empty() {
        return None;
    }
    // Too long to be one name: "Jo Bo of the Center for Policy Studies" is Jo Bo.
    if ws.len() > MAX_MENTION_WORDS {
        if let Some(i) = (1..ws.len()).find(|&i| ws[i].text(cx.text) == "of" && starts_upper(ws[i - 1].text(cx.text))) {
            ws = &ws[..i];
        }
    }
    let mut from = ws.len().saturating_sub(MAX_MENTION_WORDS);
    // A window cut inside a long phrase does not open with a preposition ("by a pollster, Jo Bo").
    while from > 0 && from + 1 < ws.len() && lower_in(ws[from].text(cx.text), PREPOSITIONS) {
        from += 1;
    }
    Some(Span::new(ws[from].span.start, ws[ws.len() - 1].span.end)).filter(|m| plausible_mention(cx, *m))
}

/// The speaker phrase after an inverted verb ("said Kremlin spokesman Dmitry Peskov").
fn phrase_after(cx: &Context, ws: &[Word]) -> Option<Span> {
    let first = ws.first()?;
    let mut last = first;
    for (i, w) in ws.iter().enumerate().take(MAX_MENTION_WORDS) {
        if i > 0 && (gap_has_comma(cx.text, last.span.end, w.span.start)
            || gap_breaks(cx.text, Some(last.text(cx.text)), last.span.end, w.span.start))
        {
            break;
        }
        let t = w.text(cx.text);
        // "said Ann Roe and Bo Li": names joined by "and" stay one mention.
        let joins_names = t == "and" && starts_upper(last.text(cx.text)) && ws.get(i + 1).is_some_and(|n| starts_upper(n.text(cx.text)) && !lower_in(n.text(cx.text), DETERMINERS));
        if i > 0 && !joins_names && matches!(t, "in" | "on" | "at" | "to" | "during" | "after" | "before" | "who" | "which" | "that" | "when" | "while" | "as" | "and" | "but" | "last" | "this" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "earlier" | "later" | "recently" | "told" | "adding") {
            break;
        }
        last = w;
    }
    Some(Span::new(first.span.start, last.span.end))
}

/// Day words that stand between a subject and its verb ("Lam on Saturday tweeted").
const DAY_WORDS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight",
];

/// Period words after "last", "this", "next" or "earlier this" ("last week", "earlier this month").
const PERIOD_WORDS: &[&str] = &["week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "spring", "summer", "fall", "winter"];

/// Whether `ws` opens with a time phrase ("Sunday", "this year", "last
/// week", "earlier this month", "on Monday", "today").
fn opens_time_phrase(cx: &Context, ws: &[Word]) -> bool {
    let t = |i: usize| ws.get(i).map_or("", |w| w.text(cx.text));
    let period = |i: usize| PERIOD_WORDS.contains(&t(i));
    match t(0) {
        "on" | "late" | "early" => DAY_WORDS.contains(&t(1)),
        "this" | "last" | "next" => period(1),
        "earlier" | "later" => t(1) == "this" && period(2) || !starts_upper(t(1)),
        w => DAY_WORDS.contains(&w),
    }
}

/// How many words of a time phrase end right before word `j` of `ws`
/// ("on Saturday", "last week", "earlier this month", "Tuesday"), or 0.
fn time_phrase_before(cx: &Context, ws: &[Word], j: usize) -> usize {
    let t = |i: usize| ws[i].text(cx.text);
    if j == 0 {
        return 0;
    }
    let mut n = 0;
    // "who in 2010 said": a year after "in" is a time phrase, never the subject.
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "18" | "19" | "20");
    if j >= 2 && year(t(j - 1)) && matches!(t(j - 2), "in" | "since" | "back") {
        return 2;
    }
    // "who has in the past described", "who in recent weeks called", "over the years".
    if j >= 3 && matches!(t(j - 3), "in" | "over") && matches!(t(j - 2), "the" | "recent") {
        let last = t(j - 1);
        if last == "past" || last == "years" || (t(j - 2) == "recent" && PERIOD_WORDS.iter().any(|p| last.strip_suffix('s') == Some(p))) {
            return 3;
        }
    }
    // "less than two weeks ago said", "a year ago warned": a span of time before "ago".
    if j >= 3 && t(j - 1) == "ago" {
        let unit = t(j - 2);
        let unit = unit.strip_suffix('s').unwrap_or(unit);
        let count = t(j - 3);
        if (PERIOD_WORDS.contains(&unit) || matches!(unit, "day" | "hour" | "decade"))
            && (count.bytes().all(|b| b.is_ascii_digit()) || matches!(count, "a" | "an" | "few" | "several" | "two" | "three" | "four" | "five" | "six" | "ten" | "many"))
        {
            let mut n = 3;
            if j >= 5 && matches!(t(j - 4), "than") && matches!(t(j - 5), "less" | "more") {
                n = 5;
            } else if j >= 4 && matches!(t(j - 4), "just" | "only" | "about" | "nearly" | "some") {
                n = 4;
            }
            return n;
        }
    }
    if DAY_WORDS.contains(&t(j - 1)) {
        n = 1;
    } else if j >= 2 && PERIOD_WORDS.contains(&t(j - 1)) && matches!(t(j - 2), "last" | "this" | "next" | "that") {
        n = 2;
        if j >= 3 && matches!(t(j - 3), "earlier" | "later" | "early" | "late") {
            n = 3;
        }
    }
    if n > 0 && j > n && matches!(t(j - n - 1), "on" | "late" | "early" | "last" | "this" | "next") {
        n += 1;
    }
    n
}

/// The noun phrase right before word `k` of `ws` (auxiliaries, adverbs and
/// time phrases skipped), or None. A relative "who" after a comma is the
/// mention itself (", who said").
fn np_before(cx: &Context, ws: &[Word], k: usize) -> Option<Span> {
    let mut j = k;
    // Skip auxiliaries, adverbs and time phrases ("has long argued", "on Saturday tweeted").
    while j > 0 {
        let w = &ws[j - 1];
        let t = w.text(cx.text);
        if gap_has_comma(cx.text, w.span.end, ws[j].span.start) && !gap_breaks(cx.text, Some(t), w.span.end, ws[j].span.start) {
            // "Jo Bo, an adviser to the mayor, said": the subject before an apposition.
            return appositive_subject(cx, ws, j);
        }
        if gap_has_comma(cx.text, w.span.end, ws[j].span.start)
            || gap_breaks(cx.text, Some(t), w.span.end, ws[j].span.start)
        {
            return None;
        }
        let time = time_phrase_before(cx, ws, j);
        if time > 0 && time < j {
            j -= time;
        } else if !starts_upper(t) && (lower_in(t, AUX) || (t.ends_with("ly") && t.len() > 4)) {
            j -= 1;
        } else {
            break;
        }
    }
    np_ending(cx, ws, j)
}

/// The noun phrase whose last word is `ws[end - 1]` (see [`np_before`]).
fn np_ending(cx: &Context, ws: &[Word], end: usize) -> Option<Span> {
    if end == 0 {
        return None;
    }
    let nearest = ws[end - 1].text(cx.text);
    if is_pronoun(nearest) {
        return Some(ws[end - 1].span);
    }
    if nearest == "who"
        && end >= 2
        && (gap_has_comma(cx.text, ws[end - 2].span.end, ws[end - 1].span.start) || starts_upper(ws[end - 2].text(cx.text)))
    {
        return Some(ws[end - 1].span);
    }
    if lower_in(nearest, STOPPERS) || lower_in(nearest, DETERMINERS) {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start < MAX_MENTION_WORDS {
        let w = &ws[start - 1];
        let t = w.text(cx.text);
        if start < end
            && (gap_has_comma(cx.text, w.span.end, ws[start].span.start)
                || gap_breaks(cx.text, Some(t), w.span.end, ws[start].span.start))
        {
            break;
        }
        if lower_in(t, STOPPERS) || (is_pronoun(t) && start < end) || is_verb(cx, w) {
            break;
        }
        // A capitalized opener of an adverbial phrase at the sentence start ("In", "After").
        if starts_upper(t) && lower_in(t, INTRO) && !DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(t)) {
            break;
        }
        start -= 1;
    }
    let start = extend_group_left(cx, ws, start, end);
    // Prepositions at the left edge are not part of the phrase.
    let mut start = start;
    while start < end && {
        let t = ws[start].text(cx.text);
        lower_in(t, INTRO) && !lower_in(t, DETERMINERS)
    } {
        start += 1;
    }
    (start < end).then(|| Span::new(ws[start].span.start, ws[end - 1].span.end)).filter(|m| plausible_mention(cx, *m))
}

/// Whether a phrase can name a speaker: it opens with a capital, a digit, a
/// determiner or a pronoun, holds a name after role words ("veteran analyst
/// Jo Bo"), or is a short plural noun phrase ("officials", "state
/// officials"). A phrase opening with a verb form ("sent out a fundraising",
/// "echoing some critics") is a verb's object or a clause, not a subject.
fn plausible_mention(cx: &Context, m: Span) -> bool {
    let ws = cx.seg.words_in(cx.text, m);
    let Some(first) = ws.first() else { return false };
    let f = first.text(cx.text);
    if starts_upper(f) || f.starts_with(|c: char| c.is_ascii_digit()) || lower_in(f, DETERMINERS) || is_pronoun(f) || f == "who" {
        return true;
    }
    let last = ws[ws.len() - 1].text(cx.text);
    let verb_like = |t: &str| t.ends_with("ing") || t.ends_with("ed") || t.ends_with("n't") || t.ends_with("n’t");
    // A name closing the phrase after role words ("retired general Jo Bo").
    if ws.len() > 1 && starts_upper(last) {
        return true;
    }
    if verb_like(f) || is_verb(cx, first) {
        return false;
    }
    // Role words before a name ("veteran analyst Charlie Cook").
    if ws.iter().any(|w| starts_upper(w.text(cx.text))) {
        return true;
    }
    ws.len() <= 3 && last.ends_with('s') && !ws.iter().any(|w| verb_like(w.text(cx.text)) || is_verb(cx, w))
}

/// A phrase of names starting at word `start` that continues a coordination
/// before it ("Ann Roe, Bo Li and [Cy Doe] said"): the start of the whole
/// group, when every part is a run of capitalized words (titles included).
fn extend_group_left(cx: &Context, ws: &[Word], start: usize, end: usize) -> usize {
    let capital_run = |from: usize, to: usize| (from..to).all(|i| starts_upper(ws[i].text(cx.text)));
    if start >= end || start < 2 || ws[start - 1].text(cx.text) != "and" || !capital_run(start, end) {
        return start;
    }
    let tight = |i: usize| {
        let gap = &cx.text[ws[i - 1].span.end..ws[i].span.start];
        gap == " " || ((gap == ". " || gap == ".") && is_abbreviation(ws[i - 1].text(cx.text)))
    };
    let mut s = start - 1; // at "and"
    let mut parts = 1;
    loop {
        // The run of capitalized words ending right before word `s`.
        let mut a = s;
        while a > 0 && starts_upper(ws[a - 1].text(cx.text)) && (a == s || tight(a)) && !lower_in(ws[a - 1].text(cx.text), INTRO) && !lower_in(ws[a - 1].text(cx.text), DETERMINERS) {
            a -= 1;
        }
        if a == s || gap_breaks(cx.text, Some(ws[a].text(cx.text)), ws[s - 1].span.end, ws[s].span.start) {
            break;
        }
        parts += 1;
        s = a;
        // Another part before a comma ("Ann Roe, Bo Li and …").
        if s > 0 && gap_has_comma(cx.text, ws[s - 1].span.end, ws[s].span.start) && starts_upper(ws[s - 1].text(cx.text)) && parts < 6 {
            continue;
        }
        break;
    }
    if parts >= 2 { s } else { start }
}

/// `NAME said: "…"`, `NAME called it "…"`: the last speech verb before the quote.
fn cue_before(cx: &Context, region: Span, sentence_start: usize) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    let mut verbs = ws.iter().enumerate().rev().filter(|(i, w)| {
        is_cue(cx, &ws, *i) || (w.text(cx.text).eq_ignore_ascii_case("according") && ws.get(i + 1).is_some_and(|n| n.text(cx.text) == "to"))
    });
    let (k, verb) = verbs.next()?;
    if verb.text(cx.text).eq_ignore_ascii_case("according") {
        let to = ws.get(k + 1)?;
        let mention = phrase_after(cx, &ws[k + 2..])?;
        return Some(Cue { verb: Span::new(verb.span.start, to.span.end), mention });
    }
    // "was described by Jo Bo as "…"": a passive verb's agent is the speaker.
    if let Some(m) = passive_agent(cx, &ws, k) {
        return Some(Cue { verb: verb.span, mention: m });
    }
    // "The trouble, says Jo Bo, a historian, is that it was "…"": a verb
    // inverted between commas inside the sentence.
    if let Some(m) = inverted_parenthetical(cx, &ws, k) {
        return Some(Cue { verb: verb.span, mention: m });
    }
    // A report inside another ("X said Y called it "…"", "X said he would
    // welcome "…""): the outer speaker.
    if let Some((j, m)) = outer_report(cx, &ws, k, sentence_start) {
        return Some(Cue { verb: cue_span(cx, &ws, j), mention: m });
    }
    // "Bo denounced what he called the "…"": a relative naming its own words
    // ("what he calls", "whom she called") has the clause's subject as speaker.
    if let Some(m) = own_words_relative(cx, &ws, k, sentence_start) {
        return Some(Cue { verb: cue_span(cx, &ws, k), mention: m });
    }
    // A participle has no subject of its own unless an auxiliary stands before
    // it ("Smith is telling") or a name does: "issued a statement saying" is
    // not said by the statement.
    // A name right before it is its subject ("in response to Lam saying").
    // An adverb may stand between ("with Lam reportedly yelling").
    let b = if k > 1 && ws[k - 1].text(cx.text).ends_with("ly") && ws[k - 1].text(cx.text).len() > 4 && !starts_upper(ws[k - 1].text(cx.text)) { k - 2 } else { k.saturating_sub(1) };
    let name_before = k > 0
        && starts_upper(ws[b].text(cx.text))
        && !DAY_WORDS.contains(&ws[b].text(cx.text))
        && !(b..k).any(|i| gap_has_comma(cx.text, ws[i].span.end, ws[i + 1].span.start));
    let participle = is_participle(verb.text(cx.text))
        && !(k > 0 && matches!(ws[k - 1].text(cx.text), "is" | "was" | "are" | "were" | "been" | "be" | "s"))
        && !name_before;
    if !participle {
        if let Some(m) = np_before(cx, &ws, k) {
            // "It has been said that": "it" before a passive speech verb names nobody.
            let expletive = matches!(m.of(cx.text), "It" | "it") && k >= 1 && matches!(ws[k - 1].text(cx.text), "been" | "was" | "is" | "be");
            if expletive {
                return None;
            }
            return Some(Cue { verb: cue_span(cx, &ws, k), mention: m });
        }
    }
    // "Bo began by asserting that "…"": a participle after a preposition has
    // the subject of the verb before it.
    if participle && k >= 2 && matches!(ws[k - 1].text(cx.text), "by" | "after" | "before" | "while" | "when" | "without" | "in") {
        let v = &ws[k - 2];
        let vt = v.text(cx.text);
        let verb_like = past_verb_form(vt) || is_verb(cx, v) || (vt.len() > 3 && vt.ends_with('s') && !vt.ends_with("ss"));
        if verb_like && !starts_upper(vt) && !lower_in(vt, STOPPERS) && !gap_has_comma(cx.text, v.span.end, ws[k - 1].span.start) && !gap_has_comma(cx.text, ws[k - 1].span.end, verb.span.start) {
            if let Some(m) = np_before(cx, &ws, k - 2) {
                let f = m.of(cx.text).split_whitespace().next().unwrap_or("");
                if starts_upper(f) || is_pronoun(f) || lower_in(f, DETERMINERS) {
                    return Some(Cue { verb: cue_span(cx, &ws, k), mention: m });
                }
            }
        }
    }
    // "…, said NAME: "…"" (inverted, the name running up to the quote).
    if let Some(m) = inverted_before(cx, &ws, k, region.end) {
        return Some(Cue { verb: verb.span, mention: m });
    }
    // A participle ("…, adding", "…, telling CNBC") after an earlier speech
    // verb of the clause chain: that verb's speaker ("…," said X, adding).
    for j in (0..k).rev().filter(|_| participle) {
        if !is_cue(cx, &ws, j) || is_participle(ws[j].text(cx.text)) || in_opening_phrase(cx, &ws, j, k, sentence_start) {
            continue;
        }
        let m = np_before(cx, &ws, j).or_else(|| {
            let next = ws.get(j + 1)?;
            (starts_upper(next.text(cx.text)) || lower_in(next.text(cx.text), DETERMINERS))
                .then(|| phrase_after(cx, &ws[j + 1..k]))
                .flatten()
        });
        if let Some(m) = m {
            return Some(Cue { verb: cue_span(cx, &ws, k), mention: m });
        }
        break;
    }
    // The subject of the adverbial clause the verb stands in ("such as when
    // Bo knocked the plan and called it "…"": Bo), else the sentence's subject.
    // Only when the sentence has no subject that can speak ("There were …,
    // such as when"): a verb after a subordinate clause ("Bo was quick to
    // agree after he won and said …") mostly goes with the main clause.
    let subject = sentence_subject(cx, Span::new(sentence_start.min(verb.span.start), verb.span.start));
    let mute = subject.is_none_or(|m| matches!(m.of(cx.text), "There" | "there" | "It" | "it" | "This" | "Here" | "It's" | "It’s"));
    if mute && !participle {
        if let Some(m) = clause_subject(cx, &ws, k) {
            return Some(Cue { verb: cue_span(cx, &ws, k), mention: m });
        }
    }
    Some(Cue { verb: cue_span(cx, &ws, k), mention: subject? })
}

/// Words opening an adverbial clause with a subject of its own.
const SUBORDINATORS: &[&str] = &["when", "after", "before", "while", "because", "since", "although", "though", "whereas", "once", "until", "unless"];

/// For a verb `k` with no subject right before it (`… when Bo knocked the
/// plan and called it "…"`, `… so busy that Bo thanked them and called
/// it "…"`): the subject of the clause it stands in, when a subordinator or
/// "that" opens that clause before it and the verb is coordinated in it
/// ("and", "but", "then"), with no comma, colon, semicolon or dash between, and a name, a pronoun or a
/// noun phrase right after the opener. Asked only when the sentence's own
/// subject cannot speak: none is found, or it is "there", "it", "it's",
/// "this" or "here".
fn clause_subject(cx: &Context, ws: &[Word], k: usize) -> Option<Span> {
    let mut coordinated = false;
    for o in (0..k).rev() {
        let gap = &cx.text[ws[o].span.end..ws[o + 1].span.start];
        if gap.contains([';', ':', ',', '—', '–', '―']) || gap.contains(" - ") || gap.contains("--") {
            return None;
        }
        let t = ws[o].text(cx.text);
        if matches!(t, "who" | "which" | "whom") {
            return None;
        }
        coordinated |= matches!(t, "and" | "but" | "then");
        let opener = lower_in(t, SUBORDINATORS) || t == "that";
        if !opener {
            continue;
        }
        // The verb is coordinated with the clause's first verb ("when Bo won and called").
        if !coordinated {
            return None;
        }
        let n = ws[o + 1].text(cx.text);
        if !(starts_upper(n) || is_pronoun(n) || lower_in(n, DETERMINERS)) || lower_in(n, INTRO) || n == "it" || n == "It" {
            return None;
        }
        return sentence_subject(cx, Span::new(ws[o + 1].span.start, ws[k].span.start)).filter(|m| plausible_mention(cx, *m));
    }
    None
}

/// `X denounced what he called the "…"`, `Trump, whom he called a "…"`: for
/// a naming verb `k` after "what", "whom" or "which" and a pronoun, the
/// subject of the sentence the relative stands in (a name or a noun phrase,
/// not a pronoun other than the relative's own: the pronoun names the same
/// speaker, and the subject is where the article names it).
fn own_words_relative(cx: &Context, ws: &[Word], k: usize, sentence_start: usize) -> Option<Span> {
    if k < 2 || !matches!(ws[k].text(cx.text), "call" | "calls" | "called" | "describes" | "described" | "termed" | "terms" | "dubbed" | "dubs") {
        return None;
    }
    let pron = ws[k - 1].text(cx.text);
    if !matches!(pron, "he" | "she" | "they") || !matches!(ws[k - 2].text(cx.text), "what" | "whom" | "which") {
        return None;
    }
    // "an op-ed in which she called for …": after a preposition the relative is no object of the verb.
    if k >= 3 && ws[k - 2].text(cx.text) == "which" && lower_in(ws[k - 3].text(cx.text), PREPOSITIONS) {
        return None;
    }
    let subject = sentence_subject(cx, Span::new(sentence_start.min(ws[k - 2].span.start), ws[k - 2].span.start))?;
    let t = subject.of(cx.text);
    // The subject must agree: "they" a plural or a group, "he"/"she" no plural noun.
    let last = t.rsplit(' ').next().unwrap_or(t);
    let plural = last.ends_with('s') && !starts_upper(last);
    let agrees = if is_pronoun(t) { t.eq_ignore_ascii_case(pron) } else if pron == "they" { plural } else { !plural };
    agrees.then_some(subject)
}

/// Reporting verbs that take a clause ("said (that) …").
const CLAUSE_VERBS: &[&str] = &[
    "say", "tell", "add", "note", "argue", "write", "claim", "insist", "explain", "contend", "warn", "announce",
    "acknowledge", "suggest", "predict", "report", "declare", "assert", "maintain", "stress", "emphasize",
    "emphasise", "concede", "admit", "allege", "reiterate", "recall", "remind", "conclude", "testify", "tweet",
    "post", "complain", "agree", "confirm", "deny", "indicate", "reveal", "observe", "remark",
];

/// Words that open a clause of its own, not one reported by an earlier verb.
const CLAUSE_BREAKS: &[&str] = &["but", "while", "whereas", "although", "though", "yet", "and", "who", "which", "when", "before", "after", "because", "since", "as", "if", "unless"];

/// For the cue verb `k`: an earlier verb of the sentence that reports the
/// clause `k` stands in ("X said (that) Y called it", "X told reporters he
/// would welcome"), with its subject. Not across a coordinating or
/// subordinating word, a relative clause, a semicolon or a dash.
fn outer_report(cx: &Context, ws: &[Word], k: usize, sentence_start: usize) -> Option<(usize, Span)> {
    for j in 0..k {
        let t = ws[j].text(cx.text);
        if is_participle(t) || !is_cue(cx, ws, j) || !cx.lexicon.speech_verb(t).is_some_and(|l| CLAUSE_VERBS.contains(&l)) {
            continue;
        }
        // "concludes with footage of …": a verb with a prepositional object reports nothing.
        if ws.get(j + 1).is_some_and(|n| matches!(n.text(cx.text), "with" | "of" | "about" | "for" | "from" | "by" | "up")) {
            continue;
        }
        let clean = (j + 1..=k).all(|i| {
            let gap = &cx.text[ws[i - 1].span.end..ws[i].span.start];
            let breaks = i < k && lower_in(ws[i].text(cx.text), CLAUSE_BREAKS);
            !(gap.contains([';', '—', '–', ':', '(', ')']) || breaks)
        });
        if !clean {
            continue;
        }
        // "In a message posted Friday, Bo said …": a verb inside an opening
        // prepositional phrase (the sentence's first comma after it, before `k`)
        // modifies that phrase's noun and reports nothing.
        if in_opening_phrase(cx, ws, j, k, sentence_start) {
            continue;
        }
        // The subject right before the verb, or across an apposition ("Smith, an aide, said").
        let m = np_before(cx, ws, j).or_else(|| {
            let before = ws.get(j.checked_sub(1)?)?;
            gap_has_comma(cx.text, before.span.end, ws[j].span.start)
                .then(|| sentence_subject(cx, Span::new(sentence_start.min(ws[j].span.start), ws[j].span.start)))
                .flatten()
        })?;
        if m.of(cx.text) == "who" {
            return None;
        }
        // "While he acknowledged …, Smith noted": a subordinate clause does not
        // report the main one (the words of the subject's comma-delimited stretch).
        let first = ws.iter().position(|w| w.span.start >= m.start).unwrap_or(0);
        let from = (1..=first).rev().find(|&i| gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start)).unwrap_or(0);
        if ws[from..first].iter().any(|w| lower_in(w.text(cx.text), CLAUSE_BREAKS)) {
            return None;
        }
        return Some((j, m));
    }
    None
}

/// Whether word `j` of `ws` stands in a phrase that opens the sentence with a
/// preposition and closes with a comma before word `k` ("In a message
/// posted Friday, …", "After a video released Monday, …"): no comma between
/// the sentence's first word and `j`, one between `j` and `k`.
fn in_opening_phrase(cx: &Context, ws: &[Word], j: usize, k: usize, sentence_start: usize) -> bool {
    let Some(s) = (0..=j).find(|&i| ws[i].span.start >= sentence_start) else {
        return false;
    };
    let opener = ws[s].text(cx.text);
    starts_upper(opener)
        && lower_in(opener, PREPOSITIONS)
        && !(s + 1..=j).any(|i| gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start))
        && (j + 1..=k).any(|i| gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start))
}

/// An -ing form: a participle never has its subject after it.
fn is_participle(t: &str) -> bool {
    t.len() > 4 && t.ends_with("ing")
}

/// `…, said Kremlin spokesman Dmitry Peskov: "…"`: the phrase after verb `k`
/// when the verb can be inverted (not a participle, not "told") and the
/// phrase runs up to `end` (the quote), with only punctuation between.
fn inverted_before(cx: &Context, ws: &[Word], k: usize, end: usize) -> Option<Span> {
    let verb = ws[k].text(cx.text);
    if is_participle(verb) || matches!(verb, "told" | "tells" | "tell") {
        return None;
    }
    let next = ws.get(k + 1)?;
    if !starts_upper(next.text(cx.text)) {
        return None;
    }
    let m = phrase_after(cx, &ws[k + 1..])?;
    // "Said Jane Doe, who grew up there, "…"": a sentence opening with the verb.
    if k == 0 {
        return Some(m);
    }
    if !cx.text[ws[k - 1].span.end..ws[k].span.start].contains(',') {
        return None;
    }
    // "said Ms. Doe's donations "call into question"": a bare phrase before the quote is its subject.
    let gap = &cx.text[m.end..end];
    (gap.contains([',', ':']) && gap.chars().all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '.'))).then_some(m)
}

/// The subject of a sentence: its first noun phrase after any opening
/// adverbial phrase or conjunction.
fn sentence_subject(cx: &Context, span: Span) -> Option<Span> {
    let mut ws = words_outside_parens(cx, span);
    // Words inside quote marks are not the reporter's subject.
    ws.retain(|w| !in_quote(cx, w.span));
    let mut i = 0;
    let next_comma = |i: usize| (i + 1..ws.len()).find(|&j| gap_has_comma(cx.text, ws[j - 1].span.end, ws[j].span.start));
    // A dateline ("WASHINGTON (AFP) —"): the sentence starts after its dash.
    if let Some(d) = (1..ws.len().min(5)).find(|&j| {
        let gap = &cx.text[ws[j - 1].span.end..ws[j].span.start];
        gap.contains(['—', '–']) || gap.contains(" - ")
    }) {
        // Its date may follow the place ("WASHINGTON, Dec. 8 (UPI) —").
        if ws[..d].iter().all(|w| starts_upper(w.text(cx.text)) || w.text(cx.text).bytes().all(|b| b.is_ascii_digit())) {
            i = d;
        }
    }
    // Skip opening adverbial and participial phrases closed by a comma, and conjunctions.
    let mut skipped = false;
    loop {
        let w = ws.get(i)?;
        let t = w.text(cx.text);
        if matches!(t, "But" | "And" | "So" | "Yet" | "Still" | "Now" | "Then" | "Meanwhile" | "However" | "Also" | "Even" | "Just" | "Only") {
            i += 1;
            continue;
        }
        // An opening time phrase ("A month later,", "Two weeks ago,", "A day earlier,").
        let opens_time = lower_in(t, DETERMINERS)
            || t.chars().all(|c| c.is_ascii_digit())
            || lower_in(t, &["few", "three", "four", "five", "six", "ten", "days", "weeks", "months", "years", "hours", "minutes", "moments"]);
        if let Some(c) = next_comma(i).filter(|&c| c - i <= 4 && opens_time) {
            if matches!(ws[c - 1].text(cx.text), "later" | "ago" | "earlier") && ws[i + 1..c].iter().all(|w| !starts_upper(w.text(cx.text))) {
                i = c;
                skipped = true;
                continue;
            }
        }
        // An opening day or time word with its part of the day ("Sunday
        // morning,", "Last week,", "Earlier,", "Tonight,").
        let day = starts_upper(t) && (lower_in(t, DAY_WORDS) || matches!(t, "Tomorrow" | "Earlier" | "Later" | "Last" | "This" | "Next"));
        if let Some(c) = next_comma(i).filter(|&c| day && c - i <= 3) {
            let part = |w: &Word| PERIOD_WORDS.contains(&w.text(cx.text)) || w.text(cx.text) == "day";
            if ws[i + 1..c].iter().all(part) && (c > i + 1 || !matches!(t, "Last" | "This" | "Next")) {
                i = c;
                skipped = true;
                continue;
            }
        }
        // An opening adverb ("Hastily politicizing the tragedy, Trump …").
        let next_lower = ws.get(i + 1).is_some_and(|n| !starts_upper(n.text(cx.text)));
        if t.len() > 4 && t.ends_with("ly") && next_lower && !cx.lexicon.is_first_name(t) && !cx.lexicon.is_surname(t) {
            i += 1;
            continue;
        }
        let participle = starts_upper(t)
            && (is_participle(t) || (t.len() > 4 && t.ends_with("ed")))
            && !cx.lexicon.is_first_name(t);
        // "Early in his term," / "Late on Friday,": a time adverb opening a prepositional phrase.
        let early = matches!(t, "Early" | "Late") && ws.get(i + 1).is_some_and(|n| matches!(n.text(cx.text), "in" | "on" | "last" | "this" | "that"));
        if lower_in(t, INTRO) || participle || early || lower_in(t, &["once", "when", "while", "whether", "until", "unless", "whereas", "where"]) {
            // To the next comma.
            i = next_comma(i)?;
            skipped = true;
            continue;
        }
        break;
    }
    // After an opening phrase, a place in it may follow its comma ("Speaking in
    // Salem, New Hampshire, Trump said"): a phrase followed by another comma
    // and then a capitalized phrase is still part of the opener.
    if skipped {
        if let Some(c) = next_comma(i).filter(|&c| c - i <= 3) {
            let rest_upper = ws.get(c).is_some_and(|w| starts_upper(w.text(cx.text)) || is_pronoun(w.text(cx.text)));
            let head_upper = ws[i..c].iter().all(|w| starts_upper(w.text(cx.text)));
            if rest_upper && head_upper && next_comma(c).is_none_or(|n| n > c + 1) {
                i = c;
            }
            // "At a rally in Ames, Iowa, on Sunday, Jo Bo said": a city's state, then
            // another opening phrase.
            let city = i >= 2
                && starts_upper(ws[i - 1].text(cx.text))
                && matches!(ws[i - 2].text(cx.text), "in" | "at" | "from" | "near" | "of");
            let time_next = ws.get(c).is_some_and(|w| matches!(w.text(cx.text), "on" | "in" | "at" | "during" | "after" | "last" | "this"));
            if i < c && city && head_upper && time_next {
                if let Some(n) = next_comma(c).filter(|&n| n - c <= 4) {
                    i = n;
                }
            }
        }
    }
    let first = ws.get(i)?;
    let t = first.text(cx.text);
    if is_pronoun(t) {
        return Some(first.span);
    }
    if !(starts_upper(t) || lower_in(t, DETERMINERS) || is_age(t)) {
        return None;
    }
    let mut end = i;
    while end + 1 < ws.len() && end - i + 1 < MAX_MENTION_WORDS {
        let n = &ws[end + 1];
        let nt = n.text(cx.text);
        if gap_has_comma(cx.text, ws[end].span.end, n.span.start)
            || gap_breaks(cx.text, Some(ws[end].text(cx.text)), ws[end].span.end, n.span.start)
            || lower_in(nt, STOPPERS)
            || lower_in(nt, AUX)
            || is_verb(cx, n)
        {
            break;
        }
        // Lowercase words only inside a phrase opened by a determiner, or
        // between capitalized words ("Democratic nominee Ada Winter").
        let verb_like = nt.ends_with("ed") || nt.ends_with("ing") || (nt.ends_with('s') && !nt.ends_with("ss"));
        let before_upper = !verb_like
            && starts_upper(ws[end].text(cx.text))
            && ws.get(end + 2).is_some_and(|x| starts_upper(x.text(cx.text)) && !gap_has_comma(cx.text, n.span.end, x.span.start));
        if !starts_upper(nt) && !lower_in(ws[i].text(cx.text), DETERMINERS) && !matches!(nt, "of" | "for") && !before_upper {
            break;
        }
        // "His face darted from side to side", "The former envoy spoke hours
        // later": a past verb after the phrase's noun ends it (not right after
        // the determiner or an adverb: "the newly elected mayor").
        let prev = ws[end].text(cx.text);
        if end > i && past_verb_form(nt) && !lower_in(prev, DETERMINERS) && !(prev.ends_with("ly") && prev.len() > 3) && !matches!(prev, "so" | "well" | "self") {
            break;
        }
        // "the Court goes on": a verb form after a name ends the phrase.
        if !starts_upper(nt) && starts_upper(ws[end].text(cx.text)) && !lower_in(ws[end].text(cx.text), DETERMINERS) && (nt.ends_with("ed") || (nt.ends_with('s') && !nt.ends_with("ss") && !nt.ends_with("'s") && !nt.ends_with("’s"))) && !matches!(nt, "is" | "was" | "has") {
            break;
        }
        end += 1;
    }
    // "His former partner, Lawrence B. Cummings, called": a name in apposition
    // to a role is the speaker; the mention covers both.
    if !starts_upper(ws[end].text(cx.text)) {
        if let Some(name) = appositive_name(cx, &ws, end + 1) {
            return Some(Span::new(first.span.start, name.end));
        }
    }
    Some(Span::new(first.span.start, ws[end].span.end))
}

/// A name of one to four capitalized words between commas, starting at word
/// `k` (after a comma), with a comma after it.
fn appositive_name(cx: &Context, ws: &[Word], k: usize) -> Option<Span> {
    let prev = ws.get(k.checked_sub(1)?)?;
    let first = ws.get(k)?;
    if !gap_has_comma(cx.text, prev.span.end, first.span.start) {
        return None;
    }
    let mut j = k;
    while j < ws.len() && j - k < 4 && starts_upper(ws[j].text(cx.text)) {
        let comma_after = match ws.get(j + 1) {
            Some(n) => gap_has_comma(cx.text, ws[j].span.end, n.span.start),
            None => cx.text[ws[j].span.end..].starts_with(','),
        };
        if comma_after {
            return Some(Span::new(first.span.start, ws[j].span.end));
        }
        if j + 1 < ws.len() && gap_breaks(cx.text, Some(ws[j].text(cx.text)), ws[j].span.end, ws[j + 1].span.start) {
            return None;
        }
        j += 1;
    }
    None
}

/// `After Bo criticized the plan, Ann Roe shot back, "…"`: a past verb (maybe
/// with a particle) right before the quote and its comma or colon, after its
/// subject: the cue, whatever the verb, before any speech verb earlier in the
/// sentence.
fn bare_verb_before(cx: &Context, region: Span) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    let mut v = ws.len().checked_sub(1)?;
    let tail = cx.text[ws[v].span.end..region.end].trim_matches([' ', '\u{a0}']);
    if !matches!(tail, "," | ":") {
        return None;
    }
    let first_is_particle = PARTICLES.contains(&ws[v].text(cx.text));
    if first_is_particle {
        v = v.checked_sub(1)?;
        if gap_has_comma(cx.text, ws[v].span.end, ws[v + 1].span.start) {
            return None;
        }
    }
    let t = ws[v].text(cx.text);
    // Speech verbs go through [`cue_before`].
    if !past_verb_form(t) || is_verb(cx, &ws[v]) {
        return None;
    }
    let m = np_before(cx, &ws, v)?;
    let f = m.of(cx.text).split_whitespace().next().unwrap_or("");
    (starts_upper(f) || is_pronoun(f) || lower_in(f, DETERMINERS)).then_some(Cue { verb: Span::new(ws[v].span.start, ws[ws.len() - 1].span.end), mention: m })
}

/// `"…." Jo Bo said.`: after a quote ending with a period, a sentence that is
/// only a subject (a pronoun or up to five capitalized words) and a speech
/// verb, maybe with a day ("said Tuesday") or "reporters", reports it.
fn report_sentence(cx: &Context, ws: &[Word], region: Span) -> Option<Cue> {
    let tight = |i: usize| !gap_breaks(cx.text, Some(ws[i - 1].text(cx.text)), ws[i - 1].span.end, ws[i].span.start) && !gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start);
    let first = ws.first()?.text(cx.text);
    let mut v = 1;
    if !is_pronoun(first) || matches!(first, "It" | "it") {
        while v < ws.len() && v < 5 && tight(v) && starts_upper(ws[v].text(cx.text)) {
            v += 1;
        }
        if lower_in(first, DETERMINERS) || lower_in(first, INTRO) || DAY_WORDS.contains(&first) {
            return None;
        }
    }
    let verb = ws.get(v)?;
    let vt = verb.text(cx.text);
    if !tight(v) || !is_cue(cx, ws, v) || is_participle(vt) || !(vt.ends_with("ed") || vt.ends_with('s') || matches!(vt, "said" | "told" | "wrote")) {
        return None;
    }
    let mut last = v;
    if ws.get(v + 1).is_some_and(|w| tight(v + 1) && (DAY_WORDS.contains(&w.text(cx.text)) || w.text(cx.text) == "reporters")) {
        last = v + 1;
    }
    let rest = cx.text[ws[last].span.end..region.end].trim();
    (rest == "." || rest.is_empty()).then(|| Cue { verb: verb.span, mention: Span::new(ws[0].span.start, ws[v - 1].span.end) })
}

/// An age or other hyphenated number opening a subject ("17-year-old Jo Bo").
fn is_age(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit()) && t.contains('-') && t.chars().any(char::is_alphabetic)
}

/// `Jo Bo, an adviser to the mayor, said`, `his daughter, Ada, said`, `Jo
/// Bo, who ran twice, said`: the comma before verb `ws[j]` closes an
/// apposition or a relative clause; the subject is the noun phrase before
/// it. A name in apposition to a role joins the mention ("his daughter,
/// Ada"); a role after a name does not ("Jo Bo").
fn appositive_subject(cx: &Context, ws: &[Word], j: usize) -> Option<Span> {
    const MAX_APPOSITION_WORDS: usize = 30;
    const MAX_SEGMENTS: usize = 5;
    // The comma-separated stretches before the verb, nearest first: (start, end) word ranges.
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut end = j;
    let mut a = j;
    loop {
        if a == 0 {
            segs.push((0, end));
            break;
        }
        let (p, w) = (&ws[a - 1], &ws[a]);
        if a < end && gap_breaks(cx.text, Some(p.text(cx.text)), p.span.end, w.span.start) {
            segs.push((a, end));
            break;
        }
        if a < end && gap_has_comma(cx.text, p.span.end, w.span.start) {
            segs.push((a, end));
            if segs.len() >= MAX_SEGMENTS {
                return None;
            }
            end = a;
        }
        if j - a > MAX_APPOSITION_WORDS {
            return None;
        }
        a -= 1;
    }
    if segs.len() < 2 {
        return None;
    }
    let is_name = |(s, e): (usize, usize)| e - s <= 4 && ws[s..e].iter().all(|w| starts_upper(w.text(cx.text)) || is_name_particle(w.text(cx.text)));
    // The stretches between the subject and the verb: names, roles, relative clauses, adverbs; no clause with a cue of its own.
    let inner_ok = |(s, e): (usize, usize)| s < e && !ws[s..e].iter().any(|w| lower_in(w.text(cx.text), &["said", "says", "told"])) && !matches!(ws[s].text(cx.text), "that" | "if" | "because");
    // A noun phrase ending a stretch that can be a subject: (phrase, index of its first word).
    let np_of = |e: usize| -> Option<(Span, usize)> {
        let mut np = np_ending(cx, ws, e)?;
        let mut first = ws.iter().position(|w| w.span.start == np.start)?;
        // "Even China, its only ally, said": a sentence adverb is not the subject's.
        if first + 1 < e && matches!(ws[first].text(cx.text), "Even" | "Only" | "Just" | "Also" | "Still" | "Now" | "Then" | "Meanwhile" | "However" | "And" | "But" | "So" | "Yet") {
            first += 1;
            np = Span::new(ws[first].span.start, np.end);
        }
        let f = ws[first].text(cx.text);
        let ok = (starts_upper(f) || is_pronoun(f) || lower_in(f, DETERMINERS) || is_age(f)) && np.of(cx.text) != "who";
        ok.then_some((np, first))
    };
    // "his daughter, Ada, said": a name in apposition to a role joins it.
    let join = |np: Span, idx: usize| -> Span {
        let head = np.of(cx.text).rsplit(' ').next().unwrap_or("");
        if idx >= 1 && is_name(segs[idx - 1]) && !starts_upper(head) && !is_pronoun(head) {
            Span::new(np.start, ws[segs[idx - 1].1 - 1].span.end)
        } else {
            np
        }
    };
    let mut cand: Option<(Span, usize)> = None;
    for idx in 1..segs.len() {
        if !inner_ok(segs[idx - 1]) {
            return None;
        }
        let (s, e) = segs[idx];
        let f = ws[s].text(cx.text);
        let outermost = idx + 1 == segs.len();
        match np_of(e) {
            // "Jo Bo, an aide, said": the stretch is a noun phrase; the subject
            // unless it is itself in apposition to a phrase before it.
            Some((np, first)) if first == s => {
                if outermost {
                    return Some(join(np, idx));
                }
                cand = Some((np, idx));
                continue;
            }
            // "…, when Jo Bo, who ran, said", "a country that the nominee, Jo Bo, called".
            Some((np, first)) if first > 0 && lower_in(ws[first - 1].text(cx.text), CLAUSE_OPENERS) && !lower_in(f, PREPOSITIONS) => {
                return Some(join(np, idx))
            }
            _ => {}
        }
        // "On Tuesday, Jo Bo, an aide, said": an opening phrase; the subject is after it.
        if lower_in(f, PREPOSITIONS) || lower_in(f, CLAUSE_OPENERS) || (outermost && cand.is_some()) {
            return cand.map(|(np, i)| join(np, i));
        }
        if outermost {
            // "Another delegate on the slate, Jo Bo, said": the phrase up to its preposition.
            let verbless = ws[s..e].iter().all(|w| {
                let t = w.text(cx.text);
                !lower_in(t, AUX) && !is_verb(cx, w) && !past_verb_form(t) && !lower_in(t, STOPPERS)
            });
            let lead = (s..e).find(|&i| lower_in(ws[i].text(cx.text), PREPOSITIONS)).unwrap_or(e);
            if verbless && lead > s && (starts_upper(f) || lower_in(f, DETERMINERS) || is_age(f)) {
                return Some(join(Span::new(ws[s].span.start, ws[lead - 1].span.end), idx));
            }
            return None;
        }
        // An apposition with a phrase of its own ("a salesman from Sumter"): go on.
    }
    cand.map(|(np, i)| join(np, i))
}

/// Words that open a clause whose subject follows them.
const CLAUSE_OPENERS: &[&str] = &[
    "as", "when", "while", "because", "if", "though", "although", "once", "that", "which", "whom", "where", "and",
    "but", "whereas",
];

/// Prepositions whose object is no subject.
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "with", "during", "amid", "for", "from", "under", "despite", "following", "over", "by", "to",
    "of", "about", "without", "within", "upon", "through", "around", "across", "toward", "towards", "against",
    "between", "among", "near", "beyond", "throughout", "into", "after", "before", "since", "until",
];

/// `was described by Jo Bo as "…"`, `a plan called "…" by`: a participle
/// of a speech or naming verb with "by" after it: the agent is the speaker.
fn passive_agent(cx: &Context, ws: &[Word], k: usize) -> Option<Span> {
    let t = ws[k].text(cx.text);
    // "was quoted by the paper": the paper reports, the subject speaks.
    if !(t.ends_with("ed") || matches!(t, "said" | "told" | "written")) || matches!(t, "quoted" | "cited" | "reported") {
        return None;
    }
    let by = ws.get(k + 1).filter(|w| w.text(cx.text) == "by")?;
    let next = ws.get(k + 2)?;
    if gap_breaks(cx.text, Some(t), ws[k].span.end, by.span.start) || gap_has_comma(cx.text, ws[k].span.end, by.span.start) {
        return None;
    }
    let n = next.text(cx.text);
    if !(starts_upper(n) || lower_in(n, DETERMINERS)) {
        return None;
    }
    phrase_after(cx, &ws[k + 2..]).filter(|m| plausible_mention(cx, *m))
}

/// `The trouble, says Jo Bo, a historian, is that …`: speech verb `k` right
/// after a comma with a name (or a determiner phrase) after it and a comma
/// closing that name: the verb is inverted inside the sentence.
fn inverted_parenthetical(cx: &Context, ws: &[Word], k: usize) -> Option<Span> {
    let verb = ws[k].text(cx.text);
    if k == 0 || is_participle(verb) || matches!(verb, "told" | "tells" | "tell") {
        return None;
    }
    if !gap_has_comma(cx.text, ws[k - 1].span.end, ws[k].span.start) {
        return None;
    }
    let next = ws.get(k + 1)?;
    let n = next.text(cx.text);
    if !starts_upper(n) || lower_in(n, INTRO) {
        return None;
    }
    let m = phrase_after(cx, &ws[k + 1..])?;
    // Only a name: capitalized words (initials and particles aside).
    let name_ws = cx.seg.words_in(cx.text, m);
    if name_ws.len() > 5 || !name_ws.iter().all(|w| starts_upper(w.text(cx.text)) || is_name_particle(w.text(cx.text))) {
        return None;
    }
    // The name is closed by a comma and the sentence goes on before the quote.
    let after = ws.iter().position(|w| w.span.start >= m.end)?;
    (cx.text[m.end..].starts_with(',') && after + 1 < ws.len()).then_some(m)
}

/// `As Jo Bo put it, "…"`, `as the mayor wrote: "…"`, `As Bo noted, the
/// plan is "…"`: an "as" clause opening the sentence (or after a comma),
/// whose subject is the speaker: a speech verb, or any past verb with "it"
/// ("As Bo summarized it:"), closed by a comma, colon or dash.
fn as_clause(cx: &Context, region: Span) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    let mut found = None;
    for i in 0..ws.len() {
        if !ws[i].text(cx.text).eq_ignore_ascii_case("as") {
            continue;
        }
        let opens = i == 0
            || gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start)
            || gap_breaks(cx.text, Some(ws[i - 1].text(cx.text)), ws[i - 1].span.end, ws[i].span.start)
            || matches!(ws[i - 1].text(cx.text), "just" | "And" | "But" | "and" | "but");
        if !opens {
            continue;
        }
        // The verb: the first verb form after the subject, no comma between,
        // or after a name and its apposition between commas ("as Jo Bo, a
        // former mayor, put it:"): then the subject ends before the first comma.
        let mut j = i + 1;
        let mut has_verb = false;
        let mut subject_end = None;
        let is_as_verb = |j: usize| {
            let t = ws[j].text(cx.text);
            let it_next = ws.get(j + 1).is_some_and(|n| n.text(cx.text) == "it");
            (is_cue(cx, &ws, j) && !is_participle(t)) || (it_next && (matches!(t, "put" | "puts") || past_verb_form(t)))
        };
        while j < ws.len() && j - i <= MAX_MENTION_WORDS + 2 {
            if gap_breaks(cx.text, Some(ws[j - 1].text(cx.text)), ws[j - 1].span.end, ws[j].span.start) {
                break;
            }
            if gap_has_comma(cx.text, ws[j - 1].span.end, ws[j].span.start) {
                if subject_end.is_none() && j > i + 1 && starts_upper(ws[i + 1].text(cx.text)) {
                    // A role with its organization may run long ("a tax lawyer and senior fellow at the Lyon Policy Center").
                    if let Some(mut c) = apposition_end_within(cx, &ws, j, MAX_APPOSITION_WORDS) {
                        // Adverbs between the apposition and the verb ("as Jo Bo, a lawyer, recently put it").
                        while c + 1 < ws.len() && {
                            let t = ws[c].text(cx.text);
                            !starts_upper(t) && (lower_in(t, AUX) || (t.ends_with("ly") && t.len() > 3))
                        } {
                            c += 1;
                        }
                        if is_as_verb(c) {
                            subject_end = Some(j);
                            j = c;
                            has_verb = true;
                        }
                    }
                }
                break;
            }
            let t = ws[j].text(cx.text);
            if is_as_verb(j) && j > i + 1 {
                has_verb = true;
                break;
            }
            if lower_in(t, STOPPERS) && t != "so" {
                j = ws.len();
                break;
            }
            j += 1;
        }
        if !has_verb {
            continue;
        }
        let mut last = j;
        if ws.get(j + 1).is_some_and(|n| n.text(cx.text) == "it") {
            last = j + 1;
        }
        // The clause ends with punctuation (maybe after a prepositional phrase: "put it in a column,").
        let mut e = last;
        while e + 1 < ws.len() && !gap_has_comma(cx.text, ws[e].span.end, ws[e + 1].span.start) && !gap_breaks(cx.text, Some(ws[e].text(cx.text)), ws[e].span.end, ws[e + 1].span.start) {
            if e == last && !CLOSING_TAIL.contains(&ws[e + 1].text(cx.text)) {
                break;
            }
            e += 1;
        }
        let closed = match ws.get(e + 1) {
            Some(n) => {
                let gap = &cx.text[ws[e].span.end..n.span.start];
                gap.contains([',', ':', '—', '–'])
            }
            None => cx.text[ws[e].span.end..region.end].trim_start().starts_with([',', ':', '—', '–']),
        };
        if !closed {
            continue;
        }
        // The subject: its words minus adverbs ("so aptly").
        let mut se = subject_end.unwrap_or(j);
        while se > i + 1 && {
            let t = ws[se - 1].text(cx.text);
            !starts_upper(t) && (lower_in(t, AUX) || t == "so" || (t.ends_with("ly") && t.len() > 3))
        } {
            se -= 1;
        }
        if se <= i + 1 || se - (i + 1) > MAX_MENTION_WORDS {
            continue;
        }
        let first = ws[i + 1].text(cx.text);
        if !(starts_upper(first) || lower_in(first, DETERMINERS) || is_pronoun(first)) || lower_in(first, INTRO) {
            continue;
        }
        let m = Span::new(ws[i + 1].span.start, ws[se - 1].span.end);
        if plausible_mention(cx, m) {
            found = Some(Cue { verb: Span::new(ws[j].span.start, ws[last].span.end), mention: m });
        }
    }
    found
}

/// `Jo Bo gasped his last words`, `Ann Roe repeated her motto`: for the
/// possessive pronoun `ws[pr]` right after a verb (a lowercase word, no
/// punctuation between) whose subject is a name right before it, that name.
fn possessor_subject(cx: &Context, ws: &[Word], pr: usize) -> Option<Span> {
    let v = pr.checked_sub(1)?;
    let vt = ws[v].text(cx.text);
    let tight = |i: usize| cx.text[ws[i - 1].span.end..ws[i].span.start].chars().all(char::is_whitespace);
    if v == 0 || !tight(pr) || !tight(v) || !vt.starts_with(|c: char| c.is_ascii_lowercase()) || lower_in(vt, STOPPERS) || lower_in(vt, AUX) || lower_in(vt, PREPOSITIONS) || lower_in(vt, DETERMINERS) {
        return None;
    }
    let m = np_before(cx, ws, v)?;
    let mw = cx.seg.words_in(cx.text, m);
    // Only a name: capitalized words (initials and particles aside), agreeing in number with "his"/"her".
    let name = !mw.is_empty() && mw.len() <= 5 && mw.iter().all(|w| starts_upper(w.text(cx.text)) || is_name_particle(w.text(cx.text))) && !is_pronoun(mw[0].text(cx.text));
    (name && matches!(ws[pr].text(cx.text), "his" | "her")).then_some(m)
}

/// For an apposition opening at word `j` (after a comma): the word after
/// the comma that closes it, within a few words, with no other break.
fn apposition_end(cx: &Context, ws: &[Word], j: usize) -> Option<usize> {
    apposition_end_within(cx, ws, j, MAX_MENTION_WORDS)
}

/// [`apposition_end`] for an apposition of up to `max` words.
fn apposition_end_within(cx: &Context, ws: &[Word], j: usize, max: usize) -> Option<usize> {
    (j + 1..ws.len().min(j + max + 1))
        .take_while(|&c| !gap_breaks(cx.text, Some(ws[c - 1].text(cx.text)), ws[c - 1].span.end, ws[c].span.start))
        .find(|&c| gap_has_comma(cx.text, ws[c - 1].span.end, ws[c].span.start))
}

/// Nouns of speech that name their speaker by a possessive or "by"/"from"
/// (`Bo's reply was: "…"`, `the famous quote by Jo Bo: "…"`).
const SPEECH_NOUNS: &[&str] = &[
    "quote", "quotation", "words", "response", "reply", "answer", "remark", "remarks", "comment", "comments",
    "motto", "slogan", "mantra", "catchphrase", "retort", "tweet", "statement", "verdict", "refrain", "plea",
    "line", "saying",
];

/// A noun of speech right before a quote (only punctuation or "was"/"is"
/// between): `Bo's response was: "…"`, `his last words, "…"` (the
/// possessor), `a quote from Jo Bo — "…"`, `the line attributed to Bo:
/// "…"` (the name after "by", "from" or "attributed to").
fn noun_cue(cx: &Context, region: Span) -> Option<Cue> {
    let ws = words_outside_parens(cx, region);
    let last = ws.len().checked_sub(1)?;
    let tail = &cx.text[ws[last].span.end..region.end];
    // Punctuation introduces the quote ("Bo's verdict was "wrong"" judges, it does not quote).
    if !tail.chars().all(|c| c.is_whitespace() || matches!(c, ':' | ',' | '—' | '–' | '-')) || !tail.contains([':', ',', '—', '–', '-']) {
        return None;
    }
    let tight = |i: usize| !gap_breaks(cx.text, Some(ws[i - 1].text(cx.text)), ws[i - 1].span.end, ws[i].span.start) && !gap_has_comma(cx.text, ws[i - 1].span.end, ws[i].span.start);
    // The name after "by", "from" or "attributed to", running up to the quote.
    let mut s = last + 1;
    while s > 0 && last + 1 - s < 5 && starts_upper(ws[s - 1].text(cx.text)) && (s - 1 == last || tight(s)) {
        s -= 1;
    }
    if s <= last && s >= 2 && tight(s) {
        let p = ws[s - 1].text(cx.text);
        let noun_at = match p {
            "by" | "from" => Some(s - 2),
            "to" if s >= 3 && ws[s - 2].text(cx.text) == "attributed" => Some(s - 3),
            _ => None,
        };
        if let Some(n) = noun_at.filter(|&n| SPEECH_NOUNS.contains(&ws[n].text(cx.text)) && tight(n + 1)) {
            return Some(Cue { verb: ws[n].span, mention: Span::new(ws[s].span.start, ws[last].span.end) });
        }
    }
    // The possessor of the noun: "Bo's", "his", "their".
    let mut n = last;
    if matches!(ws[n].text(cx.text), "was" | "is" | "were" | "are") && n > 0 && tight(n) {
        // "Bo's reply was: "…"" (a colon), not "Bo's claim was, "…"".
        if !tail.contains(':') {
            return None;
        }
        n -= 1;
    }
    if !SPEECH_NOUNS.contains(&ws[n].text(cx.text)) {
        return None;
    }
    // Up to two modifiers ("last", "dying", "now famous").
    let mut p = n;
    while p > 0 && n - p < 3 && tight(p) {
        let t = ws[p - 1].text(cx.text);
        // A possessive determiner in any case: "His reply was:" opening a
        // sentence is the pronoun, not a name "His".
        let determiner = lower_in(t, &["his", "her", "their", "its", "my", "our"]);
        if determiner || t.ends_with("'s") || t.ends_with("’s") || plural_possessive(cx.text, &ws[p - 1]) {
            // "George Floyd's": the capitalized words before a possessive name.
            let mut q = p - 1;
            if starts_upper(t) && !determiner {
                while q > 0 && n - q < 6 && starts_upper(ws[q - 1].text(cx.text)) && tight(q) {
                    q -= 1;
                }
            } else if !determiner {
                return None;
            } else if let Some(m) = possessor_subject(cx, &ws, p - 1) {
                // "Jo Bo repeated his favorite line: "…"": the verb's subject owns the words.
                return Some(Cue { verb: ws[n].span, mention: m });
            }
            return Some(Cue { verb: ws[n].span, mention: Span::new(ws[q].span.start, ws[p - 1].span.end) });
        }
        if starts_upper(t) || lower_in(t, STOPPERS) || lower_in(t, DETERMINERS) || is_verb(cx, &ws[p - 1]) {
            return None;
        }
        p -= 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::Pipeline;

    /// The speaker mention of each quote of `text` (default dictionaries off).
    fn mentions(text: &str) -> Vec<Option<String>> {
        let p = Pipeline::builder().without_default_dicts().build().unwrap();
        let ann = p.annotate_text(text);
        ann.quotes.iter().map(|q| q.speaker_mention.map(|m| m.of(text).to_string())).collect()
    }

    #[test]
    fn cue_clause_closing_the_sentence_after_a_comma() {
        let t = "Head\n\n\"We will win this state\" for the volunteers, Mara Quell said.";
        assert_eq!(mentions(t), vec![Some("Mara Quell".into())]);
        let t = "Head\n\n\"It matters,\" since the vote was close, said Ivo Brandt, a pollster.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        // A clause of its own after the comma is no cue.
        let t = "Head\n\nThe plan was \"a mess from the very start\" in 2015, a year when voters said it was over.";
        assert_eq!(mentions(t), vec![None]);
    }

    #[test]
    fn apposition_with_a_state_abbreviation_and_a_relative_clause() {
        let t = "Head\n\n\"It was cold,\" Ivo Brandt, 71, of Salem, Ore., said on Monday.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\n\"It was cold,\" Ivo Brandt, 71, of Salem, Ore., who voted twice, said.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn any_past_verb_in_the_place_of_a_cue() {
        let t = "Head\n\n\"That is not true,\" Ivo Brandt shot back.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\n\"You know it,\" an angry Brandt bristled. \"Nobody came,\" scoffed Lina Oyelaran.";
        assert_eq!(mentions(t), vec![Some("an angry Brandt".into()), Some("Lina Oyelaran".into())]);
        // A verb with an object after it is the sentence's own.
        let t = "Head\n\n\"Go home,\" Ivo Brandt painted on the wall of the school.";
        assert_eq!(mentions(t), vec![None]);
    }

    #[test]
    fn plural_after_a_past_verb_is_its_object() {
        let t = "Head\n\nThough she called the plan \"shameful\" and called for pay to be \"taken back\" from chiefs, Lina Oyelaran restricted comments to the future.";
        assert_eq!(mentions(t), vec![Some("she".into()), Some("she".into())]);
        // A past verb closing a relative clause: the plural verb after it is the cue.
        let t = "Head\n\nThe senator who resigned argues that \"the plan is a fraud and will fail us all.\"";
        assert_eq!(mentions(t), vec![Some("The senator".into())]);
    }

    #[test]
    fn long_lowercase_fragment_after_a_colon() {
        let t = "Head\n\nThe writer Lina Oyelaran distinguished between two kinds of land: \"land that comes to us from nature, like rivers and hills.\"";
        assert_eq!(mentions(t), vec![Some("The writer Lina Oyelaran".into())]);
    }

    #[test]
    fn year_between_a_relative_and_its_verb_is_skipped() {
        let t = "Head\n\nIvo Brandt worked with Lina Oyelaran, who in 2011 said the aim was a \"one-term mayor.\"";
        assert_eq!(mentions(t), vec![Some("who".into())]);
    }

    #[test]
    fn past_or_recent_period_between_a_relative_and_its_verb_is_skipped() {
        let t = "Head\n\nIvo Brandt, who has in the past described the plan as \"a fraud,\" left.";
        assert_eq!(mentions(t), vec![Some("who".into())]);
        let t = "Head\n\nIvo Brandt praised Lina Oyelaran, who in recent weeks called the plan \"a fraud.\"";
        assert_eq!(mentions(t), vec![Some("who".into())]);
    }

    #[test]
    fn relative_naming_its_own_words_takes_the_subject() {
        let t = "Head\n\nThe mayor has fought what she calls the \"lazy budget\" for years.";
        assert_eq!(mentions(t), vec![Some("The mayor".into())]);
        let t = "Head\n\nIvo Brandt attacked Lina Oyelaran, whom he called a \"total fraud\" on Monday.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn opening_time_phrase_is_not_the_subject() {
        let t = "Head\n\nA month later, Ivo Brandt went to the border and explained why \"the wall is useless.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\nSunday morning, Ivo Brandt slammed the plan and accused Lina Oyelaran of a \"flip-flop.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\nLast week, Ivo Brandt slammed the plan and accused Lina Oyelaran of a \"flip-flop.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn signature_line_after_a_quote_paragraph() {
        let t = "Head\n\n\"We stay open late every single day.\"\n\n- Mara Quell.\n\nMore text.";
        assert_eq!(mentions(t), vec![Some("Mara Quell".into())]);
        // A credit line after a sentence that quotes is not the quote's author.
        let t = "Head\n\nThe old sign said \"Closed for the season.\"\n\n- City Wire.";
        assert_eq!(mentions(t), vec![Some("The old sign".into())]);
    }

    #[test]
    fn long_names_after_the_quote() {
        let t = "Head\n\n\"It will fail,\" Ivo Brandt of the Northern Institute for Water and Soil Research wrote in May.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\n\"Nobody came,\" mused Valley Radio host Lina Oyelaran.";
        assert_eq!(mentions(t), vec![Some("Valley Radio host Lina Oyelaran".into())]);
    }

    #[test]
    fn colon_before_the_quote() {
        let t = "Head\n\nMayor Ada Quist gloated: \"We beat them all.\"";
        assert_eq!(mentions(t), vec![Some("Mayor Ada Quist".into())]);
        let t = "Head\n\nTurnout is up - Pia Lenz: \"Voters came out early.\"";
        assert_eq!(mentions(t), vec![Some("Pia Lenz".into())]);
        let t = "Head\n\nThe message was clear: \"Go home now.\"";
        assert_eq!(mentions(t), vec![None]);
        let t = "Head\n\nTurnout is up. More from Lenz and Quell: \"Voters came out early.\"";
        assert_eq!(mentions(t), vec![Some("Lenz and Quell".into())]);
        let t = "Head\n\nSaid Pia Lenz: \"Voters came out early.\"";
        assert_eq!(mentions(t), vec![Some("Pia Lenz".into())]);
    }

    #[test]
    fn opening_prepositional_phrase_is_not_the_subject() {
        let t = "Head\n\nAround 4 May 1820, Ivo Brandt called the plan \"a disgrace.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn a_day_before_a_participle_is_not_its_subject() {
        let t = "Head\n\nThe town council released a statement Wednesday saying the plan was \"a costly mistake.\"";
        assert_eq!(mentions(t), vec![Some("The town council".into())]);
    }

    #[test]
    fn city_and_state_then_a_time_phrase_open_the_sentence() {
        let t = "Head\n\nAt a rally in Ames, Iowa, on Sunday, Ivo Brandt called the plan \"a disgrace.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn subject_before_an_apposition_or_relative_clause() {
        let t = "Head\n\nThe plan passed, but Ivo Brandt, who voted against it, called it \"a disgrace.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\nMany were angry, and Ivo Brandt, a baker from Salem, Oregon, called it \"a farce.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        // A name in apposition to a role joins it.
        let t = "Head\n\nThe vote was close, and his daughter, Ada, called it \"a farce.\"";
        assert_eq!(mentions(t), vec![Some("his daughter, Ada".into())]);
        // An opening phrase is not the subject.
        let t = "Head\n\nThe vote was close. With a week to go, Ivo Brandt, a baker, called it \"a farce.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn as_clause_names_the_speaker() {
        let t = "Head\n\nAs Ivo Brandt put it, \"Nobody came.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\nAs the old mayor summarized it: \"We lost the town.\"";
        assert_eq!(mentions(t), vec![Some("the old mayor".into())]);
        let t = "Head\n\nAs Lina Oyelaran so aptly put it in her column, the bridge is \"a work of genius that this small town never deserved\".";
        assert_eq!(mentions(t), vec![Some("Lina Oyelaran".into())]);
    }

    #[test]
    fn colon_after_a_noun_phrase_or_an_apposition() {
        let t = "Head\n\nThe harbor council worded it carefully: \"The pier stays closed.\"";
        assert_eq!(mentions(t), vec![Some("The harbor council".into())]);
        let t = "Head\n\nIvo Brandt, a baker from Salem, put it this way: \"Bread comes first.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        // A noun phrase with no verb after it is no subject.
        let t = "Head\n\nA week later came the verdict: \"Guilty.\"";
        assert_eq!(mentions(t), vec![None]);
    }

    #[test]
    fn verb_in_an_adverbial_clause_takes_that_clauses_subject() {
        let t = "Head\n\nThere were sharper words too, such as when Ivo Brandt praised the bakers and called them \"the best in town.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        // "in which she called for": the relative is no object of "called".
        let t = "Head\n\nLena Hart wrote a column in May, in which she called for bread \"without any fuss.\"";
        assert_eq!(mentions(t), vec![Some("she".into())]);
    }

    #[test]
    fn possessive_after_a_verb_belongs_to_its_subject() {
        let t = "Head\n\nIvo Brandt repeated his favorite line, \"Bread first, then the rest.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn as_clause_across_an_apposition() {
        let t = "Head\n\nOr, as Ivo Brandt, a former harbor master, put it: \"The ships are no longer at the gate.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn passive_agent_is_the_speaker() {
        let t = "Head\n\nThe bridge was described by Ivo Brandt as \"a work of genius.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn verb_inverted_between_commas() {
        let t = "Head\n\nThe trouble, says Ivo Brandt, a historian, is that the town was \"never really rich.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn noun_of_speech_names_its_speaker() {
        let t = "Head\n\nIvo Brandt's reply was: \"Never again.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt's".into())]);
        let t = "Head\n\nWe all know the famous quote by Lina Oyelaran: \"Work is love made visible.\"";
        assert_eq!(mentions(t), vec![Some("Lina Oyelaran".into())]);
        let t = "Head\n\nThere is a line attributed to Ivo Brandt \u{2014} \"Bread first, then the rest.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn possessive_after_a_final_s_names_the_speaker() {
        // The apostrophe of "Tomas' " stands outside the word.
        let t = "Head\n\nIvo Tomas' reply was: \"Never again.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Tomas".into())]);
        // "answer" after "farmers’" is a noun, not the farmers' verb.
        let t = "Head\n\nIvo Ek read the farmers’ answer aloud: \"Not this year.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Ek".into())]);
    }

    #[test]
    fn base_form_after_a_determiner_and_modifiers_is_a_noun() {
        // No cue in the introducing sentence: "state" is a noun there.
        let t = "Head\n\nThe mood was calm in his sunny home state. \"Everybody bakes bread here.\"";
        assert_eq!(mentions(t), vec![None]);
        // A plural subject or an auxiliary keeps the verb.
        let t = "Head\n\nThe two bakers state: \"We close on Friday.\"";
        assert_eq!(mentions(t), vec![Some("The two bakers".into())]);
        // A subject joined by "and" keeps the verb (the mention is the
        // nearer conjunct, as before this rule: groups joined by "and" with
        // a common noun are not read yet).
        let t = "Head\n\nIvo Brandt and her husband say: \"We stay.\"";
        assert_eq!(mentions(t), vec![Some("her husband".into())]);
    }

    #[test]
    fn age_opens_a_subject() {
        let t = "Head\n\n17-year-old Ivo Brandt echoed: \"We want change now.\"";
        assert_eq!(mentions(t), vec![Some("17-year-old Ivo Brandt".into())]);
    }

    #[test]
    fn past_verb_right_before_the_quote_is_its_cue() {
        let t = "Head\n\nAfter Ivo Brandt criticized the plan, Lina Oyelaran shot back, \"You never read it.\"";
        assert_eq!(mentions(t), vec![Some("Lina Oyelaran".into())]);
    }

    #[test]
    fn participle_after_a_preposition_takes_the_verbs_subject() {
        let t = "Head\n\nThe essay is short, and Ivo Brandt begins by asserting that \"no two towns are ever alike.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn reporting_sentence_closing_the_paragraph_before_a_quote_paragraph() {
        let t = "Head\n\nIvo Brandt explained in a long letter that the mill would close soon.\n\n\"We have no choice left at all.\"\n\nMore text.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn frequency_adverb_and_expletive_it_are_no_speakers() {
        let t = "Head\n\nAnd I always reply: \"It is not stupid at all.\"";
        assert_eq!(mentions(t), vec![Some("I".into())]);
        let t = "Head\n\nIt has been suggested that the mayor was \"asleep at the wheel for years.\"";
        assert_eq!(mentions(t), vec![None]);
    }

    #[test]
    fn verb_form_after_a_name_ends_the_subject() {
        let t = "Head\n\nLater, the Court goes on to say, \"Nobody may sleep on the sidewalk.\"";
        assert_eq!(mentions(t), vec![Some("the Court".into())]);
    }

    #[test]
    fn short_report_sentence_after_a_quote_ending_with_a_period() {
        let t = "Head\n\n\"We will find the missing ballots.\" Ivo Brandt said.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        // A sentence that goes on is the reporter's.
        let t = "Head\n\n\"We will find the missing ballots.\" Ivo Brandt said the count was slow.";
        assert_eq!(mentions(t), vec![None]);
    }

    #[test]
    fn past_verb_after_a_quote_with_a_day_or_manner() {
        let t = "Head\n\n\"They never read the bill at all,\" Ivo Brandt fumed on Tuesday.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
        let t = "Head\n\n\"They never read the bill at all,\" Ivo Brandt shot back with a laugh.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn two_names_with_party_tags_before_a_partial_quote_do_not_panic() {
        // The noun phrase of an apposition starting at the first word had no
        // word before it to test (an index below zero: a panic on real news).
        let t = "Head\n\nCouncil Chair Ana Lopa, D-Ore., and Deputy Chair Bo Rinn, R-Tex., charged that Kay \"twisted most of the facts\"";
        assert_eq!(mentions(t).len(), 1);
    }

    #[test]
    fn verb_in_an_opening_prepositional_phrase_reports_nothing() {
        let t = "Head\n\nIn a video message posted Friday, Ivo Brandt said he has had \"serious doubts\" about the plan.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn time_phrase_after_the_verb_is_no_inverted_subject() {
        let t = "Head\n\n\"Will the mayor finally admit it?\" the city's chief planner, Dana Velik, tweeted Sunday after the flood.";
        assert_eq!(mentions(t), vec![Some("the city's chief planner, Dana Velik".into())]);
        let t = "Head\n\nVoters want a \"shield,\" a survey by a respected Latvian pollster, Arvid K. Melnis, concluded this year.";
        assert_eq!(mentions(t), vec![Some("a respected Latvian pollster, Arvid K. Melnis".into())]);
    }

    #[test]
    fn span_of_time_before_ago_is_skipped() {
        let t = "Head\n\nThe Transport Ministry less than two weeks ago said for the first time that \"secret\" files had leaked.";
        assert_eq!(mentions(t), vec![Some("The Transport Ministry".into())]);
    }

    #[test]
    fn early_in_opens_an_adverbial_phrase() {
        let t = "Head\n\nEarly in his campaign, Ivo Brandt attacked Lina Oyelaran, calling her \"a failed candidate.\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn colon_clause_subject_across_a_partial_quote() {
        let t = "Head\n\nTo make its point, the Lyon Courier focuses on how many people the gang, armed with \"assault rifles,\" was able to hurt in one night: \"In taking nine lives in little more than an hour, the attackers showed how deadly such rifles are.\"";
        assert_eq!(mentions(t).last(), Some(&Some("the Lyon Courier".into())));
    }

    #[test]
    fn mention_ends_before_an_auxiliary() {
        let t = "Head\n\nIf we lived in quieter times, a reader would now ask: \"What? Two anchors are on a state-financed outlet? How did that happen?\"";
        assert_eq!(mentions(t), vec![Some("a reader".into())]);
    }

    #[test]
    fn as_clause_with_an_apposition_and_an_adverb() {
        let t = "Head\n\nMr. Dorn has walked a fine line. As Lena Marsh, a tax lawyer and senior fellow at the Lyon Policy Center, recently put it, \"Did he lower his taxes through legal avoidance, or illegal evasion?\"";
        assert_eq!(mentions(t), vec![Some("Lena Marsh".into())]);
    }

    #[test]
    fn past_verb_after_the_noun_ends_a_determiner_phrase() {
        let t = "Head\n\nIvo Brandt could not have been more pleased. His face darted from side to side, his eyes gleaming, as if to say, \"Did you see me pull that off?\"";
        assert_eq!(mentions(t), vec![Some("His face".into())]);
    }

    #[test]
    fn verb_in_an_opening_phrase_is_no_earlier_cue_of_a_participle() {
        let t = "Head\n\nIn a statement released Thursday, Rep. Ivo Brandt reacted to the news, saying: \"The killer should be in prison.\"";
        assert_eq!(mentions(t), vec![Some("Rep. Ivo Brandt".into())]);
    }

    #[test]
    fn dateline_with_a_date_is_no_subject() {
        let t = "Head\n\nLYON, Dec. 8 (UPI) \u{2014} In response to the senator's plan, the mayor's closest aide rallied supporters, saying: \"We have to be ready to stop him.\"";
        assert_eq!(mentions(t), vec![Some("the mayor's closest aide".into())]);
    }

    #[test]
    fn name_then_an_adverb_before_a_participle_is_its_subject() {
        let t = "Head\n\nAt the rally, some of his fans shoved a protester, with Ivo Brandt reportedly yelling: \"Get him out of here!\"";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn share_of_respondents_speaks_through_the_poll() {
        let t = "Head\n\nIn a March Lyon Courier poll, 40 percent of voters said the mayor is \"not at all honest\" about the budget.";
        assert_eq!(mentions(t), vec![Some("a March Lyon Courier poll".into())]);
        let t = "Head\n\nOnly 40 percent of voters said the mayor is \"not at all honest\" about the budget.";
        assert_eq!(mentions(t), vec![Some("Only 40 percent of voters".into())]);
    }
}

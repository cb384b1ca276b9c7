//! Attribute stage: links each quote to its speaker.
//!
//! Takes: the text, its segmentation, the quote spans, the entity mentions,
//! the lexicon and the gazetteer. Gives: [`Quote`]s with `speaker`,
//! `speaker_mention`, `cue` and `method`.
//!
//! Rules, in order:
//! 1. **Cue after the quote** in its sentence: `"…," NAME said`, `"…," said NAME`,
//!    `"…," he told reporters`.
//! 2. **Cue before the quote** in its sentence: `NAME said: "…"`,
//!    `NAME called it "…"`; when the words before the verb are not a name
//!    (a relative clause, a conjunction), the sentence's subject.
//! 3. **Continuation**: a quote without a cue inherits the speaker of the
//!    previous quote in its paragraph, or of the last quote of the previous
//!    paragraph when it opens its own paragraph.
//!
//! The mention is then resolved: a name to its entity (`explicit`), a
//! pronoun to the most recent compatible person (`pronoun`), a description
//! to the person whose roles fit, else the most recent person (`nominal`).
//! Scare quotes (short fragments with no cue) are dropped.

mod mention;

use crate::annotation::{Entity, EntityType, Gender, Method, Quote, QuoteKind, Span, Speaker};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::quotes::QuoteSpan;
use crate::text::{words, Segmented, Word};
use std::borrow::Cow;

pub use mention::{find_cue, Cue};

/// Everything the attributor reads.
pub struct Context<'a, 'p> {
    pub text: &'a str,
    pub seg: &'a Segmented,
    pub quotes: &'a [QuoteSpan],
    pub entities: &'a [Entity<'p>],
    pub lexicon: &'a Lexicon,
    pub gazetteer: &'p Gazetteer,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "He", "She", "They", "It", "I", "We"];

/// Attributes every quote; scare quotes are left out.
pub fn attribute<'p>(cx: &Context<'_, 'p>) -> Vec<Quote<'p>> {
    let mut out: Vec<Quote<'p>> = Vec::with_capacity(cx.quotes.len());
    // For continuation: the last attributed quote and its paragraph.
    let mut last: Option<(usize, Quote<'p>)> = None;
    for (qi, q) in cx.quotes.iter().enumerate() {
        let cue = find_cue(cx, qi);
        let quote = match cue {
            Some(cue) => {
                let (speaker, method) = resolve_mention(cx, cue.mention, q.span.start);
                Quote {
                    span: q.span,
                    kind: q.kind,
                    speaker,
                    speaker_mention: Some(cue.mention),
                    cue: Some(cue.verb),
                    method,
                }
            }
            None => {
                let inherit = last.as_ref().filter(|(lp, _)| {
                    *lp == q.paragraph || (*lp + 1 == q.paragraph && opens_paragraph(cx, q))
                });
                match inherit {
                    Some((_, prev)) if prev.speaker.is_some() || prev.speaker_mention.is_some() => Quote {
                        span: q.span,
                        kind: q.kind,
                        speaker: prev.speaker.clone(),
                        speaker_mention: prev.speaker_mention,
                        cue: None,
                        method: Method::Continuation,
                    },
                    _ => {
                        if is_scare_quote(cx.text, q) {
                            continue;
                        }
                        Quote { span: q.span, kind: q.kind, speaker: None, speaker_mention: None, cue: None, method: Method::None }
                    }
                }
            }
        };
        last = Some((q.paragraph, quote.clone()));
        out.push(quote);
    }
    out
}

/// Whether the quote's opening mark starts its paragraph.
fn opens_paragraph(cx: &Context, q: &QuoteSpan) -> bool {
    cx.seg.paragraphs.get(q.paragraph).is_some_and(|p| p.start == q.open.start)
}

/// A short fragment in marks with no cue is a title, a nickname or a scare quote.
fn is_scare_quote(text: &str, q: &QuoteSpan) -> bool {
    q.kind == QuoteKind::Partial && words(text, q.span).len() <= 4
}

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s)
}

fn speaker_of<'p>(e: &Entity<'p>) -> Speaker<'p> {
    Speaker { name: e.canonical.clone(), id: e.id.clone() }
}

/// Resolves a speaker mention to a speaker, saying which rule decided.
fn resolve_mention<'p>(cx: &Context<'_, 'p>, mention: Span, quote_start: usize) -> (Option<Speaker<'p>>, Method) {
    let m = mention.of(cx.text);
    // A name: the entity inside the mention (a person over an organization).
    let inside: Vec<&Entity<'p>> = cx
        .entities
        .iter()
        .filter(|e| e.span.overlaps(&mention) && matches!(e.etype, EntityType::Person | EntityType::Org))
        .collect();
    if let Some(e) = inside.iter().find(|e| e.etype == EntityType::Person).or(inside.first()) {
        return (Some(speaker_of(e)), Method::Explicit);
    }
    let before = mention.start.min(quote_start);
    if is_pronoun(m) {
        let lower = m.to_lowercase();
        let want = match lower.as_str() {
            "he" => Some(Some(Gender::Male)),
            "she" => Some(Some(Gender::Female)),
            _ => None,
        };
        let found = match want {
            Some(g) => cx
                .entities
                .iter()
                .rev()
                .filter(|e| e.span.end <= before && e.etype == EntityType::Person)
                .find(|e| e.gender.is_none() || e.gender == g),
            None => cx
                .entities
                .iter()
                .rev()
                .filter(|e| e.span.end <= before)
                .find(|e| matches!(e.etype, EntityType::Org | EntityType::Person)),
        };
        return (found.map(speaker_of), Method::Pronoun);
    }
    // A capitalized name no dictionary holds: the name as written.
    let ws: Vec<Word> = words(cx.text, mention);
    let name_words: Vec<&Word> = ws
        .iter()
        .filter(|w| {
            let t = w.text(cx.text);
            t.chars().next().is_some_and(char::is_uppercase)
                && !cx.lexicon.titles.contains_key(t)
                && !matches!(t, "The" | "A" | "An")
        })
        .collect();
    if let (Some(first), Some(last)) = (name_words.first(), name_words.last()) {
        if name_words.len() == ws.len() || ws.last().map(|w| w.span) == Some(last.span) {
            let name = Span::new(first.span.start, last.span.end).of(cx.text);
            return (Some(Speaker { name: Cow::Owned(name.to_string()), id: None }), Method::Explicit);
        }
    }
    // A description: the person whose roles it names, else the most recent person.
    let lower = m.to_lowercase();
    let by_role = cx.entities.iter().rev().filter(|e| e.span.end <= before && e.etype == EntityType::Person).find(|e| {
        e.entry.is_some_and(|i| {
            cx.gazetteer.entry(i).roles.iter().any(|r| lower.contains(&**r) && r.len() >= 4)
        })
    });
    let found = by_role.or_else(|| {
        cx.entities.iter().rev().find(|e| e.span.end <= before && e.etype == EntityType::Person)
    });
    (found.map(speaker_of), Method::Nominal)
}

//! Attribute stage: links each quote to its speaker.
//!
//! Takes: the text, its segmentation, the quote spans, the entity mentions,
//! the lexicon and the gazetteer. Gives: [`Quote`]s with `speaker`,
//! `speaker_mention`, `cue` and `method`.
//!
//! Rules, in order (see [`mention`] for how cues and mentions are read):
//! 1. **Cue after the quote** in its sentence: `"…," NAME said`, `"…," said NAME`,
//!    `"…," he told reporters`, `"…," NAME, an adviser to X, wrote`,
//!    `"…," according to NAME`.
//! 2. **Cue before the quote** in its sentence: `NAME said: "…"`,
//!    `NAME called it "…"`; a verb with no subject of its own (`…, adding
//!    "…"`) takes the sentence's subject.
//! 3. **Continuation** in the paragraph: a quote without a cue inherits the
//!    speaker of the previous quote of its paragraph.
//! 4. **Introducing sentence**: a quote opening its sentence, after a
//!    sentence with a speech verb and no quote (`Smith said in a statement.
//!    "…"`) or ending in a colon (also across a paragraph break).
//! 5. **Continuation** across paragraphs: a quote opening its paragraph
//!    inherits the last quote of the previous paragraph.
//!
//! The mention is then resolved ([`resolve`]): a name to its entity, or for a
//! name in no dictionary to the fullest form of that name in the article
//! ("Caddell" → "Pat Caddell"), `explicit`; a pronoun to the most recent
//! compatible person outside quotes (gender from entities, first names and
//! "Mr."/"Ms."; "they"/"it" to organizations), `pronoun`; a description to
//! the person whose dictionary roles it names, `nominal` ("a spokesman",
//! "officials", "a source" stay null). Scare quotes (short fragments with no
//! cue) are dropped.

mod mention;
mod resolve;

use crate::annotation::{Entity, Method, Quote, QuoteKind};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::quotes::QuoteSpan;
use crate::text::{words, Segmented};

pub use mention::{find_cue, find_in_sentence, Cue};
pub use resolve::People;

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
    if cx.quotes.is_empty() {
        return out;
    }
    let mut people = People::new(cx);
    // For continuation: the last attributed quote and its paragraph.
    let mut last: Option<(usize, Quote<'p>)> = None;
    for (qi, q) in cx.quotes.iter().enumerate() {
        let same_para = last.as_ref().filter(|(lp, prev)| *lp == q.paragraph && has_speaker(prev));
        let cue = match find_in_sentence(cx, qi) {
            Some(c) => Some(c),
            None if same_para.is_some() => None,
            None => mention::find_intro(cx, qi),
        };
        let quote = match cue {
            Some(cue) => {
                let (speaker, method) = people.resolve(cx, cue.mention);
                Quote { span: q.span, kind: q.kind, speaker, speaker_mention: Some(cue.mention), cue: Some(cue.verb), method }
            }
            None => {
                let inherit = last.as_ref().filter(|(lp, prev)| {
                    has_speaker(prev) && (*lp == q.paragraph || (*lp + 1 == q.paragraph && opens_paragraph(cx, q)))
                });
                match inherit {
                    Some((_, prev)) => Quote {
                        span: q.span,
                        kind: q.kind,
                        speaker: prev.speaker.clone(),
                        speaker_mention: prev.speaker_mention,
                        cue: None,
                        method: Method::Continuation,
                    },
                    None => {
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

fn has_speaker(q: &Quote) -> bool {
    q.speaker.is_some() || q.speaker_mention.is_some()
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

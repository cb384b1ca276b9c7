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
//!    `NAME called it "…"`; a report inside another takes the outer speaker
//!    (`X said Y called it "…"`); a verb with no subject of its own (`…,
//!    adding "…"`) takes an earlier cue's speaker or the sentence's subject.
//!    A quote with no cue of its own shares the cue after the next quote of
//!    its sentence (`"X" are "Y," he said`); `"…" ― NAME` is a signature.
//! 3. **Continuation** in the paragraph: a quote without a cue inherits the
//!    speaker of the previous quote of its paragraph.
//! 4. **Introducing sentence**: a quote opening its sentence, after a
//!    sentence with a speech verb and no quote (`Smith said in a statement.
//!    "…"`) or ending in a colon (also across a paragraph break).
//! 5. **Continuation** across paragraphs: a quote opening its paragraph
//!    inherits the last quote of the previous paragraph.
//! 6. **Open paragraph**: a quote whose paragraph ends with no closing mark
//!    and that found no speaker takes the speaker of the quote opening the
//!    next paragraph, when that one names it (`"…," Okafor added`).
//!
//! The mention is then resolved ([`resolve`]): a name to its entity, or for a
//! name in no dictionary to the fullest form of that name in the article
//! ("Caddell" → "Pat Caddell"), a dictionary person the article names by
//! another first name as the article writes it, "the" and a name ("the
//! Post", "the HRF") to the organization named before with those last words
//! or initials, `explicit`; "he"/"she" by the candidate
//! ranker ([`rank`]: the people before the mention and the quotes' speakers
//! so far, scored by distance, gender, grammatical role, salience and the
//! rules' own pick — the most recent compatible subject or speaker —, null
//! below a threshold; a person's gender also from "he"/"she" after it in its
//! sentence), "I" (the writer) to nobody, "they"/"it" to
//! organizations, and a relative ", who said" to the name it follows, `pronoun`; a description to the person whose dictionary roles it
//! names, else (definite descriptions only) an organization noun ("the
//! commission") to the last organization with that word in its name, a
//! person noun ("the mayor", "the nominee", "Obama's former strategist") to
//! the last person written with that role ("Mayor X", "X, the mayor") or the
//! salient person of the paragraph — for a definite description ("the …")
//! the ranker weighs that pick against the article's other people and
//! organizations (title or apposition with the head noun, "Gov. Bo" for "the
//! governor", its other words nearby, dictionary roles) —, `nominal` ("a spokesman", "officials",
//! "the official", "a source" stay null). Scare quotes (short fragments with no
//! cue) are dropped.

mod mention;
mod rank;
mod resolve;
mod speech;

use crate::annotation::{Entity, Gender, Method, Quote, Span};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::quotes::QuoteSpan;
use crate::text::Segmented;

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
    let mut last: Option<(usize, Quote<'p>, bool)> = None;
    // Whether each quote's speaker is a single person.
    let mut persons: Vec<bool> = Vec::with_capacity(cx.quotes.len());
    // The index in `cx.quotes` of each quote given.
    let mut from: Vec<usize> = Vec::with_capacity(cx.quotes.len());
    for (qi, q) in cx.quotes.iter().enumerate() {
        let same_para = last.as_ref().filter(|(lp, prev, _)| *lp == q.paragraph && has_speaker(prev));
        let mut person = false;
        // Titles and names in marks ("USSR", "Back to the Future") with no verb in their clause.
        if speech::is_title_like(cx, q) && !mention::verb_in_clause(cx, qi) {
            continue;
        }
        // Terms, names and titles of works by the words around them ("known as "…"", ""…" by Roe").
        if speech::is_named_thing(cx, qi) || speech::is_noun_modifier(cx, qi) {
            continue;
        }
        let cue = match find_in_sentence(cx, qi).or_else(|| shared_cue(cx, qi)) {
            Some(c) => Some(c),
            None if same_para.is_some() => None,
            None => mention::find_intro(cx, qi),
        };
        let quote = match cue {
            Some(cue) => {
                let (r, method) = people.resolve(cx, cue.mention);
                // "he"/"she" resolved to a person tells that person's gender.
                if let (Some(sp), true) = (&r.speaker, r.person) {
                    match cue.mention.of(cx.text) {
                        "he" | "He" => people.note_pronoun(&sp.name, Gender::Male),
                        "she" | "She" => people.note_pronoun(&sp.name, Gender::Female),
                        _ => {}
                    }
                }
                person = r.person;
                Quote {
                    span: q.span,
                    kind: q.kind,
                    speaker: r.speaker,
                    speakers: r.speakers,
                    speaker_gender: None,
                    gender_source: None,
                    speaker_mention: Some(cue.mention),
                    cue: Some(cue.verb),
                    method,
                }
            }
            None => {
                let inherit = last.as_ref().filter(|(lp, prev, _)| {
                    has_speaker(prev) && (*lp == q.paragraph || (*lp + 1 == q.paragraph && opens_paragraph(cx, q)))
                });
                // A scare quote in a later sentence does not borrow the speaker.
                let inherit = inherit.filter(|(_, prev, _)| {
                    !from.last().is_some_and(|&p| speech::borrows_across_sentences(cx, qi, p, prev.speaker_mention))
                });
                match inherit {
                    Some((_, prev, p)) => {
                        person = *p;
                        Quote {
                            span: q.span,
                            kind: q.kind,
                            speaker: prev.speaker.clone(),
                            speakers: prev.speakers.clone(),
                            speaker_gender: None,
                            gender_source: None,
                            speaker_mention: prev.speaker_mention,
                            cue: None,
                            method: Method::Continuation,
                        }
                    }
                    None => {
                        if speech::is_scare_quote(cx, q) && !mention::verb_in_clause(cx, qi) {
                            continue;
                        }
                        Quote {
                            span: q.span,
                            kind: q.kind,
                            speaker: None,
                            speakers: Vec::new(),
                            speaker_gender: None,
                            gender_source: None,
                            speaker_mention: None,
                            cue: None,
                            method: Method::None,
                        }
                    }
                }
            }
        };
        last = Some((q.paragraph, quote.clone(), person));
        persons.push(person);
        from.push(qi);
        out.push(quote);
    }
    // A paragraph left open (no closing mark) goes on in the next one: when
    // the quote opening that paragraph names its speaker ("…," Okafor added),
    // the open one had no speaker of its own has the same.
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (q, next) = (&cx.quotes[from[k]], &cx.quotes[from[k + 1]]);
        let open_end = q.close.is_none() && out[k].method == Method::None;
        if open_end && next.paragraph == q.paragraph + 1 && opens_paragraph(cx, next) && out[k + 1].speaker_mention.is_some() {
            let n = out[k + 1].clone();
            out[k] = Quote { span: out[k].span, kind: out[k].kind, cue: None, method: Method::Continuation, ..n };
            persons[k] = persons[k + 1];
        }
    }
    // Gender, once the whole article's evidence is in (a pronoun may come after
    // the name); only for a single person, never an organization or a group.
    for (quote, person) in out.iter_mut().zip(persons) {
        let found = quote.speaker.as_ref().filter(|_| person).and_then(|s| people.gender_of(cx, &s.name, quote.speaker_mention));
        if let Some((g, src)) = found {
            quote.speaker_gender = Some(g);
            quote.gender_source = Some(src);
        }
    }
    out
}

/// Whether `span` lies inside one of the article's quotes.
fn in_quote(cx: &Context, span: Span) -> bool {
    let i = cx.quotes.partition_point(|q| q.span.end <= span.start);
    cx.quotes.get(i).is_some_and(|q| q.span.contains(&span))
}

/// `"X" are "Y," he said`: a quote with no cue of its own shares the cue
/// after the next quote of its sentence.
fn shared_cue(cx: &Context, qi: usize) -> Option<mention::Cue> {
    let q = cx.quotes.get(qi)?;
    let next = cx.quotes.get(qi + 1)?;
    if next.paragraph != q.paragraph || cx.seg.sentence_of(q.open.start) != cx.seg.sentence_of(next.open.start) {
        return None;
    }
    let close = next.close.map_or(next.span.end, |c| c.end);
    find_in_sentence(cx, qi + 1).filter(|c| c.verb.start >= close)
}

fn has_speaker(q: &Quote) -> bool {
    q.speaker.is_some() || q.speaker_mention.is_some()
}

/// Whether the quote's opening mark starts its paragraph.
fn opens_paragraph(cx: &Context, q: &QuoteSpan) -> bool {
    cx.seg.paragraphs.get(q.paragraph).is_some_and(|p| p.start == q.open.start)
}

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s)
}

#[cfg(test)]
mod tests {
    use crate::Pipeline;

    /// (quote, speaker, mention, method) for each quote of `text`, with the default dictionaries.
    fn attributed(text: &str) -> Vec<(String, Option<String>, Option<String>, &'static str)> {
        let p = Pipeline::builder().without_default_dicts().build().unwrap();
        let ann = p.annotate_text(text);
        ann.quotes
            .iter()
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.speaker.as_ref().map(|s| s.name.to_string()),
                    q.speaker_mention.map(|m| m.of(text).to_string()),
                    q.method.as_str(),
                )
            })
            .collect()
    }

    /// The speaker of each quote of `text`, with the built-in lexicon only (also for the
    /// tests of `rank` and `resolve`).
    pub(super) fn speakers(text: &str) -> Vec<Option<String>> {
        attributed(text).into_iter().map(|q| q.1).collect()
    }

    fn mentions(text: &str) -> Vec<Option<String>> {
        attributed(text).into_iter().map(|q| q.2).collect()
    }

    #[test]
    fn cue_after_with_title_abbreviation() {
        let t = "Tomas Verhoeven chairs the board.\n\n\"We will build it,\" Mr. Verhoeven said.";
        let q = attributed(t);
        assert_eq!(q[0].2.as_deref(), Some("Mr. Verhoeven"));
        assert_eq!(q[0].1.as_deref(), Some("Tomas Verhoeven"));
        assert_eq!(q[0].3, "explicit");
    }

    #[test]
    fn inverted_cue_and_parenthesis() {
        assert_eq!(mentions("\"It is late,\" said Mayor Anna Kolb."), vec![Some("Mayor Anna Kolb".into())]);
        assert_eq!(mentions("\"It is late,\" Rep. Ann Ober (D-Ore.) said."), vec![Some("Rep. Ann Ober".into())]);
    }

    #[test]
    fn apposition_after_the_quote() {
        let t = "\"Wages rose,\" Lena Marsh, an economist at the city bank, wrote on Friday.";
        assert_eq!(mentions(t), vec![Some("Lena Marsh".into())]);
    }

    #[test]
    fn split_quote_shares_the_speaker() {
        let t = "\"We tried,\" she said, \"and we failed.\"";
        let q = attributed(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].2, q[1].2);
    }

    #[test]
    fn cue_before_skips_auxiliaries_and_openers() {
        let t = "On the campaign trail, Dana Whitfield has long argued that the plan is \"a total failure.\"";
        assert_eq!(mentions(t), vec![Some("Dana Whitfield".into())]);
    }

    #[test]
    fn participle_takes_the_sentence_subject() {
        let t = "Pia Lund criticized the budget, adding that it was \"simply reckless.\"";
        assert_eq!(mentions(t), vec![Some("Pia Lund".into())]);
    }

    #[test]
    fn introducing_sentence() {
        let t = "Omar Haddad said in a statement. \"We regret the decision.\"";
        assert_eq!(mentions(t), vec![Some("Omar Haddad".into())]);
        let t = "Omar Haddad put it plainly:\n\n\"We regret the decision.\"";
        assert_eq!(mentions(t), vec![Some("Omar Haddad".into())]);
    }

    #[test]
    fn according_to() {
        let t = "The vote was \"a farce,\" according to Ivo Brandt.";
        let q = attributed(t);
        assert_eq!(q[0].2.as_deref(), Some("Ivo Brandt"));
    }

    #[test]
    fn according_to_after_a_cue_names_the_reporting_source() {
        let t = "\"We will not back down,\" Ivo Brandt said on Monday, according to a transcript of the show.";
        assert_eq!(mentions(t), vec![Some("a transcript of the show".into())]);
        // Not past the sentence.
        let t = "\"We will not back down,\" Ivo Brandt said. According to the station, he left.";
        assert_eq!(mentions(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn a_verb_phrase_is_no_speaker_mention() {
        // The words before a participle's verb are its object, not a subject: the sentence's subject speaks.
        let t = "On Friday, Ada Winter also sent out a fundraising call, asking voters to \"stand up now.\"";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
        // Role words before a name stay.
        let t = "\"It is over,\" retired general Ivo Brandt said.";
        assert_eq!(mentions(t), vec![Some("retired general Ivo Brandt".into())]);
    }

    #[test]
    fn pronoun_takes_the_recent_subject() {
        let t = "Karen Holt met Peter Vance on Monday. Holt later spoke to reporters.\n\n\"It went well,\" she said.";
        assert_eq!(speakers(t), vec![Some("Karen Holt".into())]);
    }

    #[test]
    fn surname_gets_the_fullest_name() {
        let t = "Pat Caddell ran the poll.\n\n\"It is close,\" Caddell said.";
        assert_eq!(speakers(t), vec![Some("Pat Caddell".into())]);
    }

    #[test]
    fn continuation_inherits() {
        let t = "\"First,\" Ken Ito said. \"Second thing.\"\n\n\"Third paragraph.\"";
        let q = attributed(t);
        assert_eq!(q.len(), 3);
        assert_eq!(q[1].3, "continuation");
        assert_eq!(q[2].3, "continuation");
        assert_eq!(q[2].1.as_deref(), Some("Ken Ito"));
    }

    #[test]
    fn unnamed_sources_stay_null() {
        let t = "\"It was a mistake,\" a source said.";
        let q = attributed(t);
        assert_eq!(q[0].2.as_deref(), Some("a source"));
        assert_eq!(q[0].1, None);
    }

    #[test]
    fn time_phrase_between_subject_and_verb() {
        let t = "Nora Bell on Saturday tweeted that the deal was \"a historic mistake.\"";
        assert_eq!(mentions(t), vec![Some("Nora Bell".into())]);
        let t = "Nora Bell last week called the deal \"a historic mistake.\"";
        assert_eq!(mentions(t), vec![Some("Nora Bell".into())]);
    }

    #[test]
    fn subject_across_an_apposition_not_the_object() {
        let t = "Tom Reyes, a former adviser to the governor, called the plan \"a gift to lobbyists.\"";
        assert_eq!(mentions(t), vec![Some("Tom Reyes".into())]);
        let t = "Tom Reyes, in Ohio, said Tuesday that Greg Lam was \"a weak candidate.\"";
        assert_eq!(mentions(t), vec![Some("Tom Reyes".into())]);
    }

    #[test]
    fn participle_after_a_quote_takes_the_earlier_speaker() {
        let t = "\"We will see,\" said Ada Winter, adding that the town would \"fight back.\"";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into()), Some("Ada Winter".into())]);
        let t = "Ada Winter praised the mayor, telling the council: \"He did well.\"";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
    }

    #[test]
    fn relative_who_is_the_mention() {
        let t = "\"It is over,\" said Ada Winter, who said the board had \"lost its way.\"";
        let q = attributed(t);
        assert_eq!(q[1].2.as_deref(), Some("who"));
        assert_eq!(q[1].1.as_deref(), Some("Ada Winter"));
        assert_eq!(q[1].3, "pronoun");
    }

    #[test]
    fn opening_participial_phrase_and_dateline() {
        let t = "Speaking at a rally in Dayton, Ohio, Ada Winter attacked Lam, calling him \"a fraud.\"";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
        let t = "LONDON (Reuters) — Ada Winter has criticized the plan, saying it was \"badly drafted.\"";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
    }

    #[test]
    fn no_cue_after_a_fragment_inside_the_sentence() {
        // The words after a mid-sentence fragment are not its cue.
        let t = "Ada Winter said she would \"look into\" releasing transcripts of the talks.";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
        // But a cue closing the sentence after a comma is.
        let t = "The mayor should begin \"building bridges\" to the council, said Ada Winter.";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
        // A capitalized word after a quote ending in a period starts a new sentence.
        let t = "Ada Winter called it \"a good start.\" He added that more was needed.";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
    }

    #[test]
    fn names_ending_in_ly_and_adjective_subjects() {
        assert_eq!(mentions("\"We are done,\" Kimberly said."), vec![Some("Kimberly".into())]);
        assert_eq!(mentions("\"We are done,\" the official said."), vec![Some("the official".into())]);
    }

    #[test]
    fn name_in_apposition_to_a_role_is_the_speaker() {
        let t = "\"It will pass,\" the senator's chief of staff, Joe Amsel, told reporters.";
        let q = attributed(t);
        assert_eq!(q[0].2.as_deref(), Some("the senator's chief of staff, Joe Amsel"));
        assert_eq!(q[0].1.as_deref(), Some("Joe Amsel"));
    }

    #[test]
    fn inverted_verbs_after_a_comma_or_opening_the_sentence() {
        let t = "\"Prices will rise,\" in contrast to last year, says Dana Scholz, an economist.";
        assert_eq!(mentions(t), vec![Some("Dana Scholz".into())]);
        let t = "Said Dana Scholz, who grew up nearby, \"We were proud of him.\"";
        assert_eq!(mentions(t), vec![Some("Dana Scholz".into())]);
    }

    #[test]
    fn nested_report_takes_the_outer_speaker() {
        let t = "Dana Scholz said that Greg Lam had called the bill \"a disgrace.\"";
        assert_eq!(mentions(t), vec![Some("Dana Scholz".into())]);
        let t = "Dana Scholz said he would welcome \"any serious offer.\"";
        assert_eq!(mentions(t), vec![Some("Dana Scholz".into())]);
        // Not across a coordinated clause.
        let t = "Dana Scholz said nothing, but Greg Lam called the bill \"a disgrace.\"";
        assert_eq!(mentions(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn subordinate_clause_does_not_report_the_main_one() {
        let t = "While he admitted the costs were high, Greg Lam also noted several \"hidden gains.\"";
        assert_eq!(mentions(t), vec![Some("Greg Lam".into())]);
        let t = "The ad concludes with footage of Greg Lam saying, \"That makes me smart.\"";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
        let t = "Once in my twenties, I laughed and said, \"I do not believe it.\"";
        assert_eq!(mentions(t), vec![Some("I".into())]);
    }

    #[test]
    fn subject_after_an_opening_phrase_is_a_pronoun_antecedent() {
        let t = "Greg Lam is retired.\n\nIn an interview with the station, Lam made it clear he disliked Mayor Ada Winter.\n\n\"It was hard,\" he said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn outer_speaker_across_apposition_and_opening_clause() {
        let t = "Ed Marsh, a former aide, said Ada Winter's donations \"raise serious questions.\"";
        assert_eq!(mentions(t), vec![Some("Ed Marsh".into())]);
        let t = "When asked about the vote, Ed Marsh said he expected that voters will say \"no.\"";
        assert_eq!(mentions(t), vec![Some("Ed Marsh".into())]);
    }

    #[test]
    fn relative_who_after_a_name_and_opening_adverb() {
        let t = "The best reply came from Ada Winter who tweeted, \"Not again.\"";
        let q = attributed(t);
        assert_eq!(q[0].2.as_deref(), Some("who"));
        assert_eq!(q[0].1.as_deref(), Some("Ada Winter"));
        let t = "Hastily changing the subject, Ada Winter praised the plan as \"bold.\"";
        assert_eq!(mentions(t), vec![Some("Ada Winter".into())]);
    }

    #[test]
    fn reporting_subject_mid_sentence_is_a_pronoun_antecedent() {
        let t = "\"It is done,\" said Ben Okafor, an aide.\n\nFloods will come, Mr. Hamid Tarzi said in an interview.\n\n\"We must act,\" he said.";
        assert_eq!(speakers(t)[1].as_deref(), Some("Hamid Tarzi"));
    }

    #[test]
    fn participle_after_a_noun_is_not_said_by_the_noun() {
        let t = "Greg Lam issued a statement saying \"we will appeal.\"";
        assert_eq!(mentions(t), vec![Some("Greg Lam".into())]);
        // But a name before it is its subject.
        let t = "The remarks answered Greg Lam saying \"we will appeal.\"";
        assert_eq!(mentions(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn definite_descriptions_resolve_to_the_named_entity() {
        // An organization noun: the last organization with that word in its name.
        let t = "The Harbor Planning Commission met on Monday.\n\n\"The pier will close,\" the commission said.";
        assert_eq!(speakers(t), vec![Some("Harbor Planning Commission".into())]);
        // A person noun: the salient person of the paragraph.
        let t = "Greg Lam toured the plant on Monday.\n\n\"We will hire,\" the businessman said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
        // A possessive before a common-noun head names someone else.
        let t = "Greg Lam spoke first.\n\n\"It was wrong,\" Ada Winter's former campaign strategist said.";
        let q = attributed(t);
        assert_eq!(q[0].1.as_deref(), Some("Greg Lam"));
        assert_eq!(q[0].3, "nominal");
        // Unnamed roles stay null.
        let t = "Greg Lam toured the plant.\n\n\"We will hire,\" the spokesman said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn dash_signature_names_the_speaker() {
        let t = "Readers wrote in.\n\n\u{201c}He never listens to us.\u{201d} \u{2015} Rosa Delgado\n\n\u{201c}We deserve better.\u{201d} \u{2015} Ivan P. Moreno.";
        assert_eq!(mentions(t), vec![Some("Rosa Delgado".into()), Some("Ivan P. Moreno".into())]);
        // A dash followed by lowercase words is no signature.
        let t = "\"We will see\" \u{2014} and nobody answered.";
        assert_eq!(mentions(t), vec![None]);
    }

    #[test]
    fn subject_phrases_with_inner_role_words_and_appositive_names() {
        let t = "Rival nominee Ada Winter, at a later briefing, said, \"We are ready.\"";
        assert_eq!(speakers(t), vec![Some("Ada Winter".into())]);
        let t = "His former business partner, Lon B. Carver, called him \"a master of the deal.\"";
        let q = attributed(t);
        assert_eq!(q[0].2.as_deref(), Some("His former business partner, Lon B. Carver"));
        let t = "\"It is a waste of time,\" said Del. Ana Perl, a delegate.";
        assert_eq!(mentions(t), vec![Some("Del. Ana Perl".into())]);
    }

    #[test]
    fn quote_without_cue_shares_the_next_quotes_cue() {
        let t = "Budget talks stalled.\n\n\"Family budgets\" are \"not a game,\" she said.";
        let q = attributed(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].2.as_deref(), Some("she"));
        assert_eq!(q[0].3, "pronoun");
    }

    #[test]
    fn gendered_title_picks_the_fitting_person_of_a_last_name() {
        let t = "Mrs. Karen Holt and her husband, Peter Holt, spoke.\n\n\"We agree,\" Mr. Holt said.\n\n\"So do I,\" Mrs. Holt said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into()), Some("Karen Holt".into())]);
    }

    #[test]
    fn full_name_without_titles_roles_or_fragments() {
        // Middle initials and a first name the entity stage split off.
        let t = "\"It was fine,\" said Paul H. Zorbek, a lawyer.\n\n\"We will see,\" Mr. Zorbek said.";
        assert_eq!(speakers(t), vec![Some("Paul H. Zorbek".into()), Some("Paul H. Zorbek".into())]);
        // Role words before the name are not part of it.
        let t = "\"Fine,\" said Washington Political Editor Matthew Borle.";
        assert_eq!(speakers(t), vec![Some("Matthew Borle".into())]);
        let t = "\"They won,\" said State Senator José Rodríguez, Democrat of Texas.";
        assert_eq!(speakers(t), vec![Some("José Rodríguez".into())]);
        // A compound surname: the first of two last names.
        let t = "\"We lost,\" said Melba Acosta Ferro, the bank's president.\n\nMs. Acosta added: \"It is hard.\"";
        assert_eq!(speakers(t), vec![Some("Melba Acosta Ferro".into()), Some("Melba Acosta Ferro".into())]);
        // A lowercase particle inside the name is part of it; a role before it is not.
        let t = "\"The deal holds,\" union chairman Pieter van der Zolen said.";
        assert_eq!(speakers(t), vec![Some("Pieter van der Zolen".into())]);
    }

    #[test]
    fn groups_list_every_speaker() {
        let p = Pipeline::builder().without_default_dicts().build().unwrap();
        let t = "Sens. Ann Roberts, Bo Lindqvist and Cy Dorrance said the bill was \"a disaster for farmers.\"";
        let ann = p.annotate_text(t);
        let q = &ann.quotes[0];
        assert_eq!(q.speaker.as_ref().map(|s| &*s.name), Some("Ann Roberts; Bo Lindqvist; Cy Dorrance"));
        assert_eq!(q.speaker.as_ref().and_then(|s| s.id.as_deref()), None);
        let names: Vec<&str> = q.speakers.iter().map(|s| &*s.name).collect();
        assert_eq!(names, ["Ann Roberts", "Bo Lindqvist", "Cy Dorrance"]);
        // Never a gender for a group.
        assert_eq!(q.speaker_gender, None);
        let t = "\"We will fight it,\" said Ann Roberts and Bo Lindqvist.";
        assert_eq!(speakers(t), vec![Some("Ann Roberts; Bo Lindqvist".into())]);
        // Names joined by "and" that the article never gives in full: no single speaker.
        let t = "Lindqvist and Dorrance said they were \"totally committed.\"";
        assert_eq!(speakers(t), vec![None]);
        // Letters of several bytes inside the group (a curly apostrophe) are
        // stepped over, not cut (this panicked once).
        let t = "\"We will fight it,\" said Ann Roberts and Bo D’Agostino, and Cy Dorrance.";
        assert_eq!(p.annotate_text(t).quotes.len(), 1);
    }

    #[test]
    fn speaker_gender_and_its_source() {
        use crate::annotation::{Gender, GenderSource};
        let p = Pipeline::builder().without_default_dicts().build().unwrap();
        let gender = |t: &str| -> Vec<(Option<Gender>, Option<GenderSource>)> {
            p.annotate_text(t).quotes.iter().map(|q| (q.speaker_gender, q.gender_source)).collect()
        };
        // A title before the name.
        let t = "\"We agree,\" Mr. Tomasz Wrobel said.";
        assert_eq!(gender(t), vec![(Some(Gender::Male), Some(GenderSource::Title))]);
        // "she" resolved to the speaker elsewhere in the article.
        let t = "Dana Kowalczyk runs the clinic.\n\n\"It is full,\" she said.\n\n\"We need beds,\" Kowalczyk said.";
        assert_eq!(gender(t)[1], (Some(Gender::Female), Some(GenderSource::Pronoun)));
        // An organization never has one.
        let t = "The Harbor Planning Commission met.\n\n\"The pier will close,\" the commission said.";
        assert_eq!(gender(t), vec![(None, None)]);
    }

    #[test]
    fn a_possessive_pronoun_naming_the_words_is_resolved_like_he_or_she() {
        // "His" opening a sentence is the pronoun, never a person called "His".
        let t = "Ivo Brandt spoke in Salem on Monday.\n\nHis last words to the crowd were:\n\n\"We close the mill.\"";
        assert_eq!(speakers(t), vec![Some("Ivo Brandt".into())]);
    }

    #[test]
    fn open_paragraph_takes_the_next_paragraphs_speaker() {
        let t = "Nadia Ferrante runs the lab.\n\nThe study covered ten cities.\n\n\"It is simple: shade saves lives.\n\n\"That is what we found,\" Ferrante added.";
        let q = attributed(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].1.as_deref(), Some("Nadia Ferrante"));
        assert_eq!(q[0].3, "continuation");
        // A closed quote with no cue is not continued forward.
        let t = "The study covered ten cities.\n\n\"Shade saves lives.\"\n\n\"That is what we found,\" Nadia Ferrante said.";
        assert_eq!(speakers(t)[0], None);
    }

    #[test]
    fn honorific_before_a_first_name_that_is_a_place_keeps_the_whole_name() {
        let p = Pipeline::builder().build().unwrap();
        let t = "\"Heat kills,\" said Dr. Amara Okafor, who led the study.";
        let ann = p.annotate_text(t);
        let persons: Vec<&str> = ann.entities.iter().filter(|e| e.etype == crate::annotation::EntityType::Person).map(|e| e.span.of(t)).collect();
        assert_eq!(persons, ["Amara Okafor"]);
        assert_eq!(ann.quotes[0].speaker.as_ref().map(|s| &*s.name), Some("Amara Okafor"));
    }

    #[test]
    fn scare_quotes_are_dropped() {
        assert!(attributed("The so-called \"peace plan\" failed.").is_empty());
    }
}

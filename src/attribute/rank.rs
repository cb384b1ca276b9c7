//! A small candidate ranker for the speaker of a pronoun ("he", "she") or a
//! definite description ("the senator", "the former governor").
//!
//! Takes: the article's people and organizations before the mention (and the
//! speakers of the quotes attributed so far), the mention, and the pick of
//! the hand-ordered rules. Gives: the candidate with the highest linear score,
//! or none when the best one's probability (a softmax over the candidates and
//! a "nobody" option scored 0) is below the kind's threshold — null beats a guess.
//!
//! Features are computed here, per candidate person or organization (by name):
//! distance in sentences and paragraphs to its last mention, recency rank,
//! gender agreement, grammatical role (subject, after an object verb or a
//! preposition, possessive, subject of a reported clause: "Roe said Li had erred"), whether it spoke the previous quote, salience
//! (mentions so far), whether the rules picked it, and for a description
//! whether it was written with the description's head noun as a title or in
//! apposition ("Sen. Bo", "Jo Bo, the senator"), with its other words nearby
//! ("the Ohio senator") or in its dictionary roles.
//!
//! The weights (`rank_weights.tsv`, embedded) are fit on PolNeAR
//! train-speakers only by `benches/fit_ranker.py`, which reads the features
//! this module prints as JSONL on standard error when `SAYSO_RANK_DUMP` is set
//! (same code at fit time and at run time).

use super::resolve::{People, Who};
use super::{in_quote, Context};
use crate::annotation::{Gender, GenderSource, Span};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Which weights a mention is scored with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// "he" or "she".
    Pronoun,
    /// A definite description of a person or an organization.
    Description,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Pronoun => "pronoun",
            Kind::Description => "description",
        }
    }
}

/// Feature names, in the order of the vectors (the weights file names them).
pub(super) const FEATURES: &[&str] = &[
    "bias",
    "rule",
    "gender_match",
    "gender_unknown",
    "org",
    "same_sentence",
    "prev_sentence",
    "log_sentences",
    "same_paragraph",
    "prev_paragraph",
    "recent0",
    "recent1",
    "subject",
    "subject0",
    "last_speaker",
    "near_speaker",
    "log_count",
    "main",
    "only_in_quotes",
    "multi_word",
    "possessive",
    "object",
    "role_near",
    "dict_role",
    "head_in_name",
    "type_fits",
    "modifier_near",
    "in_quote_recent",
    "speaker0",
    "said_near",
    "first_in_sentence",
    "appositive",
    "log_count_near",
    "recent0_same_paragraph",
    "subject_prev_sentence",
    "pronoun_gender",
    "document_last_speaker",
    "document_org",
    "unknown_head",
    "asked",
    "new_near",
    "campaign",
    "other_role",
    "embedded",
    "prep_object",
];

const N: usize = FEATURES.len();

fn fi(name: &str) -> usize {
    FEATURES.iter().position(|f| *f == name).unwrap_or(0)
}

/// What the ranker knows of the mention besides its span.
pub(super) struct Mention<'a, 'p> {
    pub span: Span,
    pub kind: Kind,
    /// The gender a pronoun or a gendered noun tells.
    pub gender: Option<Gender>,
    /// The hand-ordered rules' pick.
    pub rule: Option<&'a Who<'p>>,
    /// A description's head noun, lower case ("senator").
    pub head: &'a str,
    /// A description's other content words, lower case ("florida", "former").
    pub modifiers: Vec<String>,
    /// Whether the head names an organization ("commission") or a person.
    pub org_head: Option<bool>,
}

struct Model {
    w: [f64; N],
    threshold: f64,
}

fn models() -> &'static [Model; 2] {
    static M: OnceLock<[Model; 2]> = OnceLock::new();
    // SAYSO_RANK_WEIGHTS names a weights file to try instead of the shipped one (for fitting).
    M.get_or_init(|| match std::env::var_os("SAYSO_RANK_WEIGHTS").and_then(|p| std::fs::read_to_string(p).ok()) {
        Some(src) => parse(&src),
        None => parse(include_str!("rank_weights.tsv")),
    })
}

/// Lines `kind<TAB>feature<TAB>weight`; the feature `threshold` is the kind's threshold.
fn parse(src: &str) -> [Model; 2] {
    let mut m = [Model { w: [0.0; N], threshold: 0.5 }, Model { w: [0.0; N], threshold: 0.5 }];
    for line in src.lines().filter(|l| !l.starts_with('#')) {
        let mut it = line.split('\t');
        let (Some(k), Some(f), Some(v)) = (it.next(), it.next(), it.next()) else { continue };
        let Ok(v) = v.trim().parse::<f64>() else { continue };
        let k = match k {
            "pronoun" => 0,
            "description" => 1,
            _ => continue,
        };
        if f == "threshold" {
            m[k].threshold = v;
        } else if let Some(i) = FEATURES.iter().position(|x| *x == f) {
            m[k].w[i] = v;
        }
    }
    m
}

/// One candidate: a person or organization (its most recent mention) and its features.
pub(super) struct Candidate<'p> {
    pub who: Who<'p>,
    pub f: [f64; N],
}

/// Nouns of texts that speak for their author or issuer ("the statement said").
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "statement", "release", "ad", "advertisement", "letter", "email", "e-mail", "memo", "note", "report", "book",
    "memoir", "editorial", "complaint", "message", "post", "tweet", "video", "transcript", "filing", "lawsuit",
    "document", "article", "column", "website", "petition", "passage", "excerpt", "movie", "film", "spot",
    "commercial", "announcement", "proposal", "plan", "platform", "order", "ruling", "opinion", "suit", "account",
];

/// Verbs whose object answers next ("Roe asked Bo about it. \"…,\" he said").
const ASKED: &[&str] = &["asked", "asks", "told", "tells", "interviewed", "pressed", "questioned", "challenged"];

/// Title abbreviations and the nouns they stand for.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("gov", "governor"), ("sen", "senator"), ("rep", "representative|congressman|congresswoman|lawmaker"),
    ("gen", "general"), ("lt", "lieutenant"), ("prof", "professor"), ("dr", "doctor"), ("amb", "ambassador"),
    ("sec", "secretary"), ("pres", "president"), ("atty", "attorney"), ("adm", "admiral"), ("col", "colonel"),
    ("sgt", "sergeant"), ("capt", "captain"), ("rev", "reverend|pastor"), ("supt", "superintendent"),
];

/// Lowercase words before a name that make it an object, not a subject.
const OBJECT_WORDS: &[&str] = &[
    "to", "with", "by", "for", "about", "against",
    "from", "and", "of", "on", "than", "like", "at",
];

/// Prepositions (besides `OBJECT_WORDS`) whose object is no subject ("results in Roe winning").
const PREPOSITIONS: &[&str] = &[
    "in", "into", "over", "under", "after", "before", "behind", "toward", "towards", "among", "between", "including",
    "without", "through", "during", "within", "upon", "via", "past", "beside", "near", "despite",
];

/// The candidates for `m`, with their features.
pub(super) fn candidates<'p>(people: &People<'p>, cx: &Context<'_, 'p>, m: &Mention<'_, 'p>) -> Vec<Candidate<'p>> {
    let pos = m.span.start;
    let end = people.list.partition_point(|w| w.span.end <= pos);
    let from = end.saturating_sub(if m.kind == Kind::Pronoun { 60 } else { 200 });
    let si = cx.seg.sentence_of(pos);
    let pi = cx.seg.paragraph_of(pos);
    let near_from = cx.seg.paragraphs.get(pi.saturating_sub(1)).map_or(0, |p| p.start);
    // Per name: index into `out`.
    let mut at: FxHashMap<&str, usize> = FxHashMap::default();
    struct Acc<'p> {
        who: Who<'p>,
        last: Option<Span>,
        last_any: Span,
        count: usize,
        near: usize,
        quoted: usize,
        subject: bool,
        ctx: Vec<Span>,
    }
    let mut acc: Vec<Acc<'p>> = Vec::new();
    // A person's gender: the mention's, else what the article tells (not from
    // pronouns resolved to them); else "he"/"she" after the person alone in
    // its sentence ("Roe said she would run").
    let gender_of = |w: &Who| {
        w.gender
            .or_else(|| people.genders.get(&*w.name).filter(|g| g.1 != GenderSource::Pronoun).map(|g| g.0))
            .or_else(|| if w.org { None } else { people.context_gender(&w.name) })
    };
    // "she", "the congresswoman": nobody of the other gender.
    let other_gender = |w: &Who| m.gender.is_some() && gender_of(w).is_some_and(|g| Some(g) != m.gender);
    // "he told Roe", "she asked Mr. Li": whom the mention addresses is not whom it refers to.
    let addressee = addressee(people, cx, m);
    let fits = |w: &Who| {
        !w.name.is_empty()
            && !other_gender(w)
            && addressee.is_none_or(|a| a != &*w.name)
            && match m.kind {
                Kind::Pronoun => !w.org,
                Kind::Description => true,
            }
    };
    // Bounded look-back (salience counts the last 400 mentions): an article of
    // thousands of quotes and names stays linear.
    for w in people.list[end.saturating_sub(400)..end].iter() {
        if !fits(w) {
            continue;
        }
        let q = in_quote(cx, w.span);
        let k = *at.entry(&w.name).or_insert_with(|| {
            acc.push(Acc { who: w.clone(), last: None, last_any: w.span, count: 0, near: 0, quoted: 0, subject: false, ctx: Vec::new() });
            acc.len() - 1
        });
        let a = &mut acc[k];
        a.last_any = w.span;
        if a.ctx.len() >= 24 {
            a.ctx.remove(0);
        }
        a.ctx.push(w.span);
        if q {
            a.quoted += 1;
        } else {
            a.count += 1;
            a.near += usize::from(w.span.start >= near_from);
            a.last = Some(w.span);
            a.subject = w.subject;
            a.who = w.clone();
        }
    }
    // Only names mentioned within the look-back window (or that spoke lately, or the rules' pick).
    let window_start = people.list.get(from).map_or(0, |w| w.span.start);
    let mut spoke: Vec<&Who<'p>> = people.spoke.iter().rev().take(64).filter(|w| w.span.end <= pos).collect();
    spoke.reverse();
    let recent_speakers: Vec<&Who<'p>> = spoke.iter().rev().take(8).copied().collect();
    let mut keep: Vec<bool> = acc.iter().map(|a| a.last_any.start >= window_start).collect();
    for w in recent_speakers.iter().copied().chain(m.rule) {
        if fits(w) && !at.contains_key(&*w.name) {
            at.insert(&w.name, acc.len());
            acc.push(Acc { who: w.clone(), last: Some(w.span), last_any: w.span, count: 1, near: 1, quoted: 0, subject: w.subject, ctx: vec![w.span] });
            keep.push(true);
        }
    }
    if let Some(&k) = m.rule.and_then(|r| at.get(&*r.name)) {
        keep[k] = true;
    }
    // A quote's speaker mention ("…," said Mr. Bo) is that speaker's latest mention, a subject.
    for w in &spoke {
        if let Some(&k) = at.get(&*w.name) {
            let a = &mut acc[k];
            if a.last.is_none_or(|l| l.start < w.span.start) {
                if a.ctx.iter().all(|c| !c.overlaps(&w.span)) {
                    a.count += 1;
                    a.near += usize::from(w.span.start >= near_from);
                    a.ctx.push(w.span);
                }
                a.last = Some(w.span);
                if a.last_any.start < w.span.start {
                    a.last_any = w.span;
                }
                a.subject = true;
            }
        }
    }
    for s in &recent_speakers {
        if let Some(&k) = at.get(&*s.name) {
            keep[k] = true;
        }
    }
    // Recency ranks (outside quotes), subject ranks, the main person.
    let mut by_recent: Vec<(usize, usize)> = acc.iter().enumerate().filter(|(k, a)| keep[*k] && a.last.is_some()).map(|(k, a)| (a.last.unwrap_or(a.last_any).start, k)).collect();
    by_recent.sort_unstable_by(|a, b| b.cmp(a));
    let recent_rank = |k: usize| by_recent.iter().position(|x| x.1 == k);
    let subject0 = by_recent.iter().find(|(_, k)| acc[*k].subject).map(|x| x.1);
    let max_count = acc.iter().enumerate().filter(|(k, _)| keep[*k]).map(|(_, a)| a.count).max().unwrap_or(0);
    let last_speaker = spoke.last().map(|w| &*w.name);
    let speaker0 = recent_speakers.iter().find(|w| fits(w)).map(|w| &*w.name);
    let para_from = cx.seg.paragraphs.get(pi.saturating_sub(1)).map_or(0, |p| p.start);
    let text = cx.text;
    let mut out = Vec::new();
    for (k, a) in acc.iter().enumerate() {
        if !keep[k] {
            continue;
        }
        let mut f = [0.0f64; N];
        let mut set = |name: &str, v: f64| f[fi(name)] = v;
        set("bias", 1.0);
        let w = &a.who;
        set("rule", f64::from(m.rule.is_some_and(|r| r.name == w.name)));
        let g = gender_of(w);
        set("gender_match", f64::from(m.gender.is_some() && g == m.gender));
        set("gender_unknown", f64::from(g.is_none() && !w.org));
        let said = people.genders.get(&*w.name).filter(|g| g.1 == GenderSource::Pronoun).map(|g| g.0);
        set("pronoun_gender", f64::from(m.gender.is_some() && said == m.gender));
        set("log_count_near", (1.0 + a.near as f64).ln());
        // Named only in this paragraph and the one before: just introduced.
        set("new_near", f64::from(m.kind == Kind::Pronoun && a.count > 0 && a.count == a.near));
        set("org", f64::from(w.org));
        let last = a.last.unwrap_or(a.last_any);
        let ds = si.saturating_sub(cx.seg.sentence_of(last.start));
        let dp = pi.saturating_sub(cx.seg.paragraph_of(last.start));
        set("same_sentence", f64::from(ds == 0));
        set("prev_sentence", f64::from(ds == 1));
        set("log_sentences", (1.0 + ds as f64).ln());
        set("same_paragraph", f64::from(dp == 0));
        set("prev_paragraph", f64::from(dp == 1));
        let r = recent_rank(k);
        set("recent0", f64::from(r == Some(0)));
        set("recent1", f64::from(r == Some(1)));
        set("subject", f64::from(a.subject && a.last.is_some()));
        set("subject0", f64::from(subject0 == Some(k)));
        set("last_speaker", f64::from(last_speaker == Some(&*w.name)));
        set("speaker0", f64::from(speaker0 == Some(&*w.name)));
        set("near_speaker", f64::from(recent_speakers.iter().any(|s| s.name == w.name && s.span.start >= para_from)));
        set("log_count", (1.0 + a.count as f64).ln());
        set("main", f64::from(a.count > 0 && a.count == max_count));
        set("only_in_quotes", f64::from(a.count == 0));
        set("in_quote_recent", f64::from(a.last_any.start > last.start));
        set("multi_word", f64::from(w.name.split_whitespace().nth(1).is_some()));
        let after = text.get(last.end..).unwrap_or("");
        let own = last.of(text);
        set("possessive", f64::from(after.starts_with("'s") || after.starts_with("’s") || own.ends_with("'s") || own.ends_with("’s")));
        let before = text[..last.start].trim_end();
        let before = before.strip_suffix("Mr.").or_else(|| before.strip_suffix("Ms.")).or_else(|| before.strip_suffix("Mrs.")).unwrap_or(before).trim_end();
        let mut back = before.rsplit(|c: char| c.is_whitespace());
        let prev = back.next().unwrap_or("");
        // A passive's agent ("drafted by Roe") is who acted, not an object.
        let agent = prev == "by" && back.next().is_some_and(|v| v.ends_with("ed") || v.ends_with("en"));
        set("object", f64::from(OBJECT_WORDS.contains(&prev) && !agent));
        set("asked", f64::from(ASKED.contains(&prev)));
        // The subject of a reported clause ("Roe said Li had erred", "Roe
        // said that Li erred"): what is reported, not who reports it.
        let reported = prev == "that"
            || (prev.starts_with(char::is_lowercase) && cx.lexicon.speech_verb(prev).is_some() && super::resolve::before_verb(cx, last));
        set("embedded", f64::from(reported));
        set("prep_object", f64::from(PREPOSITIONS.contains(&prev)));
        set("recent0_same_paragraph", f64::from(r == Some(0) && dp == 0));
        set("subject_prev_sentence", f64::from(a.subject && a.last.is_some() && ds == 1));
        if a.last.is_some() {
            let (said, first, appositive) = clause_facts(people, cx, last);
            set("said_near", f64::from(said));
            set("first_in_sentence", f64::from(first));
            set("appositive", f64::from(appositive));
        }
        if m.kind == Kind::Description {
            let head = m.head;
            if !head.is_empty() {
                let near = a.ctx.iter().any(|s| role_near(cx, *s, head));
                set("role_near", f64::from(near));
                set("dict_role", f64::from(dict_role(cx, w, &a.ctx, head)));
                let cap = crate::text::capitalize(head);
                set("head_in_name", f64::from(w.name.split(|c: char| !c.is_alphanumeric()).any(|p| p == cap)));
                // Written with another title ("Greg Lam, the mayor" for "the governor").
                set("other_role", f64::from(!w.org && !near && a.ctx.iter().any(|s| titled_otherwise(cx, *s, head))));
            }
            set("type_fits", f64::from(m.org_head.is_some_and(|o| o == w.org)));
            let document = DOCUMENT_NOUNS.contains(&head);
            set("document_last_speaker", f64::from(document && last_speaker == Some(&*w.name)));
            set("document_org", f64::from(document && w.org));
            set("unknown_head", f64::from(m.org_head.is_none() && !document));
            if !m.modifiers.is_empty() {
                let hits = m.modifiers.iter().filter(|md| a.ctx.iter().any(|s| window(cx, *s).contains(md.as_str()))).count();
                set("modifier_near", hits as f64 / m.modifiers.len() as f64);
            }
        }
        out.push(Candidate { who: a.who.clone(), f });
    }
    if m.kind == Kind::Description && (m.head == "campaign" || DOCUMENT_NOUNS.contains(&m.head)) {
        campaigns(cx, pos, &mut out);
    }
    out
}

/// "The campaign said", "the statement said": a person whose campaign the
/// article named before ("the Roe campaign", "Roe's campaign") adds that
/// campaign as a candidate ("Roe campaign"), with the person's features.
fn campaigns<'p>(cx: &Context<'_, 'p>, pos: usize, out: &mut Vec<Candidate<'p>>) {
    let from = cx.text.floor_char_boundary(pos.saturating_sub(6000));
    let before = &cx.text[from..pos];
    let mut extra = Vec::new();
    for c in out.iter().filter(|c| !c.who.org) {
        let Some(last) = c.who.name.split_whitespace().last() else { continue };
        let named = names_campaign(before, last);
        let name = format!("{last} campaign");
        if named && !out.iter().any(|o| o.who.name == name) {
            let who = Who { name: name.into(), id: None, gender: None, org: true, ..c.who.clone() };
            let mut f = c.f;
            f[fi("campaign")] = 1.0;
            f[fi("org")] = 1.0;
            f[fi("gender_unknown")] = 0.0;
            extra.push(Candidate { who, f });
        }
    }
    out.extend(extra);
}

/// Whether `text` names the campaign of the person called `last`: "the Roe
/// campaign", "Roe's campaign" — whole words ("Roe campaigned", "Monroe
/// campaign" do not).
fn names_campaign(text: &str, last: &str) -> bool {
    if last.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    text.match_indices(last).any(|(i, _)| {
        let rest = &text[i + last.len()..];
        let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest);
        !word(text[..i].chars().next_back())
            && rest.strip_prefix(" campaign").is_some_and(|r| !word(r.chars().next()))
    })
}

/// Verbs whose object, right after a pronoun, is the one spoken to ("he told Roe").
const ADDRESS_VERBS: &[&str] = &[
    "told", "tells", "asked", "asks", "assured", "reminded", "informed", "warned", "urged", "thanked", "wrote", "said",
    "replied", "responded", "emailed", "texted", "answered", "interrupted",
];

/// The person a pronoun's own clause addresses: "he told Roe", "she asked
/// Mr. Li", "he wrote to Bo" — the name right after the pronoun and its verb.
fn addressee<'b>(people: &'b People, cx: &Context, m: &Mention) -> Option<&'b str> {
    if m.kind != Kind::Pronoun {
        return None;
    }
    let end = cx.text.floor_char_boundary((m.span.end + 40).min(cx.text.len()));
    let after = &cx.text[m.span.end..end];
    let mut it = after.split(' ').filter(|t| !t.is_empty());
    let verb = it.next()?;
    if !ADDRESS_VERBS.contains(&verb) {
        return None;
    }
    // The gap up to the name: the verb, "to", a title ("Mr.", "Sen.").
    let a = people.list.partition_point(|w| w.span.start < m.span.end);
    let w = people.list.get(a).filter(|w| !w.org)?;
    let gap = cx.text.get(m.span.end..w.span.start)?;
    let words: Vec<&str> = gap.split_whitespace().collect();
    let title = |t: &str| t.ends_with('.') && t.len() <= 5 && t.starts_with(char::is_uppercase);
    let ok = match words.as_slice() {
        [v] => *v == verb && !matches!(verb, "wrote" | "said" | "replied" | "responded"),
        [v, x] => *v == verb && (*x == "to" || title(x)),
        [v, "to", x] => *v == verb && title(x),
        _ => false,
    };
    ok.then_some(&*w.name)
}

/// Of a mention: whether a speech verb follows it within eight words of its
/// sentence ("Roe, a lawyer, said"), whether it is the first person or
/// organization of its sentence, and whether an apposition follows it ("Roe, a lawyer").
fn clause_facts(people: &People, cx: &Context, s: Span) -> (bool, bool, bool) {
    let si = cx.seg.sentence_of(s.start);
    let Some(sent) = cx.seg.sentences.get(si) else { return (false, false, false) };
    // A bounded window: a sentence may be thousands of words long.
    let end = cx.text.floor_char_boundary(sent.end.min(s.end + 120));
    let rest = cx.seg.words_in(cx.text, Span::new(s.end.min(end), end));
    let said = rest.iter().take(8).any(|w| {
        let t = w.text(cx.text);
        t.starts_with(char::is_lowercase) && cx.lexicon.speech_verb(t).is_some()
    });
    let a = people.list.partition_point(|w| w.span.start < sent.start);
    let first = people.list.get(a).is_some_and(|w| w.span.start == s.start);
    let after = cx.text.get(s.end..end).unwrap_or("");
    let appositive = [", a ", ", an ", ", the ", ", who "].iter().any(|p| after.starts_with(p));
    (said, first, appositive)
}

/// The text around a mention, lower case (60 bytes before, 80 after).
fn window(cx: &Context, s: Span) -> String {
    let a = cx.text.floor_char_boundary(s.start.saturating_sub(60));
    let b = cx.text.floor_char_boundary(s.end + 80);
    cx.text[a..b].to_lowercase()
}

/// Whether the mention at `s` is written with `head` as its title or in
/// apposition: "Mayor Ada Winter", "Ada Winter, the mayor".
pub(super) fn role_near(cx: &Context, s: Span, head: &str) -> bool {
    let a = cx.text.floor_char_boundary(s.start.saturating_sub(40));
    let b = cx.text.floor_char_boundary(s.end + 60);
    let before = cx.text[a..s.start].to_lowercase();
    let after = cx.text[s.end..b].to_lowercase();
    let word = |x: &str| x.split(|c: char| !c.is_alphanumeric() && c != '-').any(|t| t == head);
    // An age written after the name ("Jo Bo, 46,") for "the 46-year-old".
    if let Some(age) = head.strip_suffix("-year-old").filter(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit())) {
        if after.strip_prefix(", ").and_then(|r| r.strip_prefix(age)).is_some_and(|r| r.starts_with([',', '.', ' ', ';'])) {
            return true;
        }
    }
    // A title, also abbreviated ("Gov. Bo"), or a role in apposition before the name ("its chairman, Bo").
    let title = before.trim_end().trim_end_matches('.').rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let abbreviated = ABBREVIATIONS.iter().any(|(a, full)| *a == title && full.split('|').any(|f| f == head));
    abbreviated
        || before.trim_end().trim_end_matches(',').rsplit(['.', ',', ';', '"', '“', '”']).next().is_some_and(word)
        || (after.starts_with(", ") && after.split([';', '.', '"', '“', '”']).next().is_some_and(word))
}

/// Whether the mention at `s` is written with a title other than `head`:
/// before it ("Mayor Bo", "Gov. Bo") or in apposition after it ("Bo, the mayor,").
fn titled_otherwise(cx: &Context, s: Span, head: &str) -> bool {
    let is_title = |t: &str| {
        let t = t.trim_end_matches('.').to_lowercase();
        let full = ABBREVIATIONS.iter().find(|(a, _)| *a == t).map_or(t.as_str(), |(_, f)| f.split('|').next().unwrap_or(""));
        full.len() >= 3 && full != head && cx.lexicon.title(&crate::text::capitalize(full)).is_some()
    };
    let a = cx.text.floor_char_boundary(s.start.saturating_sub(20));
    let before = cx.text[a..s.start].trim_end();
    let title_before = before.rsplit(char::is_whitespace).next().is_some_and(|t| t.starts_with(char::is_uppercase) && is_title(t));
    let b = cx.text.floor_char_boundary((s.end + 60).min(cx.text.len()));
    let after = &cx.text[s.end..b];
    let apposed = [", the ", ", a ", ", an "].iter().find_map(|p| after.strip_prefix(p)).is_some_and(|rest| {
        let phrase = rest.split([',', '.', ';']).next().unwrap_or("");
        phrase.split_whitespace().nth(3).is_none() && phrase.split_whitespace().last().is_some_and(|t| t.starts_with(char::is_lowercase) && is_title(t))
    });
    title_before || apposed
}

/// Whether the candidate's dictionary roles name the head (or a modifier and the head).
fn dict_role(cx: &Context, w: &Who, mentions: &[Span], head: &str) -> bool {
    // The entities at the candidate's mentions (entities are sorted by start).
    let at = |s: &Span| cx.entities.get(cx.entities.partition_point(|e| e.span.start < s.start)).filter(|e| e.span == *s);
    mentions.iter().filter_map(at).any(|e| {
        e.canonical == w.name
            && e.entry.is_some_and(|i| {
                cx.gazetteer.entry(i).roles.iter().any(|r| r.len() >= 4 && r.to_lowercase().split_whitespace().any(|t| t == head))
            })
    })
}

/// The candidate the model picks, if its probability reaches the threshold;
/// prints the candidates when `SAYSO_RANK_DUMP` is set.
pub(super) fn choose<'p>(cx: &Context<'_, 'p>, m: &Mention<'_, 'p>, cands: Vec<Candidate<'p>>) -> Option<Who<'p>> {
    let model = &models()[match m.kind {
        Kind::Pronoun => 0,
        Kind::Description => 1,
    }];
    if dump_enabled() {
        dump(cx, m, &cands);
    }
    let scores: Vec<f64> = cands.iter().map(|c| c.f.iter().zip(&model.w).map(|(x, w)| x * w).sum()).collect();
    let best = pick(&scores, model.threshold)?;
    cands.into_iter().nth(best).map(|c| c.who)
}

/// The best of `scores` when its probability — a softmax over the scores
/// and "nobody" scored 0 — reaches `threshold`.
fn pick(scores: &[f64], threshold: f64) -> Option<usize> {
    let (best, &top) = scores.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    // exp(top) / (1 + Σ exp(s)), computed without overflow.
    let p = 1.0 / ((-top).exp() + scores.iter().map(|s| (s - top).exp()).sum::<f64>());
    (p >= threshold).then_some(best)
}

fn dump_enabled() -> bool {
    static D: OnceLock<bool> = OnceLock::new();
    *D.get_or_init(|| std::env::var_os("SAYSO_RANK_DUMP").is_some())
}

/// FNV-1a of the article text, to join the dump with the gold by article.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn dump(cx: &Context, m: &Mention, cands: &[Candidate]) {
    let mut s = format!("{{\"rank\":\"{}\",\"h\":\"{:016x}\",\"s\":{},\"e\":{},\"c\":[", m.kind.as_str(), fnv(cx.text), m.span.start, m.span.end);
    for (i, c) in cands.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str("{\"n\":");
        s.push_str(&crate::json::json_string(&c.who.speaker().name));
        s.push_str(",\"f\":[");
        let f: Vec<String> = c.f.iter().map(|x| format!("{x:.4}")).collect();
        s.push_str(&f.join(","));
        s.push_str("]}");
    }
    s.push_str("]}");
    eprintln!("{s}");
}

#[cfg(test)]
mod tests {
    use super::{names_campaign, parse, pick, FEATURES};

    use super::super::tests::speakers;

    #[test]
    fn unsure_means_nobody() {
        // One clear winner.
        assert_eq!(pick(&[4.0, 0.0], 0.5), Some(0));
        // Two equal candidates: neither reaches one half.
        assert_eq!(pick(&[2.0, 2.0], 0.5), None);
        // Every candidate worse than nobody.
        assert_eq!(pick(&[-3.0], 0.5), None);
        assert_eq!(pick(&[], 0.0), None);
    }

    #[test]
    fn the_shipped_weights_name_known_features() {
        let src = include_str!("rank_weights.tsv");
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            let f = line.split('\t').nth(1).unwrap_or("");
            assert!(f == "threshold" || FEATURES.contains(&f), "unknown feature {f:?}");
        }
        let m = parse(src);
        assert!(m.iter().all(|m| m.threshold > 0.0 && m.threshold < 1.0));
        // A test file: weights by name, a threshold, unknown lines skipped.
        let m = parse("pronoun\trule\t2.5\npronoun\tthreshold\t0.4\nother\tx\t1\n");
        assert_eq!(m[0].w[1], 2.5);
        assert_eq!(m[0].threshold, 0.4);
    }

    #[test]
    fn a_pronoun_after_a_person_just_introduced_is_that_person() {
        // The subject named twice before loses to the man the paragraph before introduces.
        let t = "Peter Holt runs the port and Holt built the new pier last year.\n\nAt the hearing, a question came from Greg Lam, who runs the ferry.\n\n\"It will not pay for itself,\" he said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn a_description_matches_an_abbreviated_title_or_a_role_apposed_before_the_name() {
        let t = "Gov. Peter Holt signed the bill. Greg Lam, the mayor, watched. Lam praised the vote.\n\n\"It is a good day,\" the governor said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        let t = "The Harbor Planning Commission met on Monday. Its chairman, Peter Holt, spoke first.\n\nAnn Berg, the commission's lawyer, read the rules.\n\n\"The pier will close,\" the chairman said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
    }

    #[test]
    fn whom_the_pronoun_addresses_is_not_whom_it_refers_to() {
        let t = "Greg Lam runs the ferry. Peter Holt interviewed him on Monday.\n\nHolt asked about the pier.\n\n\"It will open in May,\" he told Holt.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
        let t = "Greg Lam runs the ferry. Peter Holt interviewed him on Monday.\n\nHolt asked about the pier.\n\n\"It will open in May,\" he said to Mr. Holt.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn a_campaign_named_before_is_a_candidate_for_the_campaign() {
        let t = "Ann Roe leads the race. The Roe campaign opened an office in May.\n\n\"We will win the state,\" the campaign said.";
        assert_eq!(speakers(t), vec![Some("Roe campaign".into())]);
    }

    #[test]
    fn a_campaign_is_named_by_whole_words() {
        assert!(names_campaign("The Roe campaign opened an office.", "Roe"));
        assert!(names_campaign("Roe's campaign opened an office.", "Roe"));
        assert!(names_campaign("He ran the Roe campaign.", "Roe"));
        assert!(!names_campaign("Roe campaigned in Ohio.", "Roe"));
        assert!(!names_campaign("The Monroe campaign opened an office.", "Roe"));
    }

    #[test]
    fn a_possessive_determiner_opens_a_description_not_a_name() {
        // "His wife" is neither a person called "His" nor the man "his" refers to.
        let t = "Greg Lam toured the plant on Monday.\n\nHis wife said: \"We are proud of him.\"";
        assert_eq!(speakers(t), vec![None]);
    }
}

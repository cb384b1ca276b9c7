//! From a speaker mention to a speaker: the people and organizations of an
//! article, and the rules that pick one for a name, a pronoun or a description.
//!
//! [`People`] is built once per article (one pass over its words): every
//! person or organization entity, plus the person names no dictionary holds,
//! found by their shape (two or more capitalized words starting with a known
//! first name or after a title, or one capitalized word after "Mr."/"Ms."…;
//! words joined across a period only after an abbreviation or an initial).
//! A mention is a likely antecedent (a subject) when it opens its sentence,
//! after any opening phrase, or stands right before a speech verb.
//! Each name in no dictionary gets the fullest form of that name in the
//! article (same last word, most words). A name after a gendered title
//! ("Mr. Holt") linked to a person of the other gender goes to the person
//! of that last name whose gender fits, if the article has one.

use super::{in_quote, is_pronoun, rank, Context};
use crate::annotation::{EntityType, Gender, GenderSource, Method, Span, Speaker};
use crate::text::{capitalize, is_name_particle, starts_upper, strip_possessive};
use crate::lexicon::Lexicon;
use std::borrow::Cow;
use rustc_hash::FxHashMap;

/// One person or organization mention.
#[derive(Debug, Clone)]
pub(super) struct Who<'p> {
    pub(super) span: Span,
    pub(super) name: Cow<'p, str>,
    pub(super) id: Option<Cow<'p, str>>,
    pub(super) gender: Option<Gender>,
    pub(super) org: bool,
    /// Stands at the start of its sentence (a likely subject).
    pub(super) subject: bool,
}

impl<'p> Who<'p> {
    pub(super) fn speaker(&self) -> Speaker<'p> {
        // An organization without its article ("The Daily Star" → "Daily Star").
        let name = match self.name.strip_prefix("The ") {
            Some(rest) if self.org && rest.starts_with(char::is_uppercase) => Cow::Owned(rest.to_string()),
            _ => self.name.clone(),
        };
        Speaker { name, id: self.id.clone() }
    }
}

/// The fullest form of a last name: word count, name, id, gender.
type Fullest<'p> = (usize, Cow<'p, str>, Option<Cow<'p, str>>, Option<Gender>);

/// The people and organizations of one article, in text order.
pub struct People<'p> {
    pub(super) list: Vec<Who<'p>>,
    /// The speakers of the quotes attributed so far, at their mentions.
    pub(super) spoke: Vec<Who<'p>>,
    /// Each person's gender, by name, with its best source.
    pub(super) genders: FxHashMap<String, (Gender, GenderSource)>,
    /// Per person: how often "he" and "she" follow the person as the only one
    /// named before them in their sentence ("Roe said he would run"), outside quotes.
    pub(super) context: FxHashMap<String, (u32, u32)>,
    /// The article's writer (index into `list`), found on first use.
    writer: std::cell::OnceCell<Option<usize>>,
}

/// A resolved speaker mention.
#[derive(Debug, Clone, Default)]
pub struct Resolved<'p> {
    /// The speaker; for a group, the members' names joined by "; ".
    pub speaker: Option<Speaker<'p>>,
    /// Every member (one for a single speaker).
    pub speakers: Vec<Speaker<'p>>,
    /// Whether the (single) speaker is a person, not an organization.
    pub person: bool,
}

/// How many earlier mentions a pronoun looks back over.
const LOOKBACK: usize = 60;

fn title_gender(t: &str) -> Option<Option<Gender>> {
    Some(match t.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Lady" | "Queen" | "Princess" | "Madam" => Some(Gender::Female),
        "Dr" | "Sen" | "Rep" | "Gov" | "Gen" | "President" | "Senator" | "Governor" | "Secretary" | "Judge"
        | "Mayor" | "Prof" | "Professor" | "Rev" | "Chancellor" | "Minister" | "Col" | "Lt" | "Capt" | "Sgt"
        | "Adm" | "Maj" | "Speaker" | "Chairman" | "Chairwoman" | "Attorney" | "General" | "Ambassador" => None,
        _ => return None,
    })
}

impl<'p> People<'p> {
    /// Collects the article's people and organizations.
    pub fn new(cx: &Context<'_, 'p>) -> People<'p> {
        let text = cx.text;
        let mut list: Vec<Who<'p>> = cx
            .entities
            .iter()
            .filter(|e| matches!(e.etype, EntityType::Person | EntityType::Org))
            .map(|e| titled_of_org(cx, e).unwrap_or_else(|| Who {
                span: e.span,
                name: e.canonical.clone(),
                id: e.id.clone(),
                gender: e.gender,
                org: e.etype == EntityType::Org,
                subject: false,
            }))
            .collect();
        article_first_names(cx, &mut list);
        let entity_spans: Vec<Span> = cx.entities.iter().map(|e| e.span).collect();
        let covered = |s: Span| {
            let i = entity_spans.partition_point(|e| e.end <= s.start);
            entity_spans.get(i).is_some_and(|e| e.overlaps(&s))
        };
        // Runs of capitalized words, read from the token stream: its shape
        // bits tell a capital, its class bits (looked up once, of the word
        // without a possessive) the word's classes.
        use crate::text::Shape;
        let ws = &cx.seg.words;
        let tks = &cx.seg.tokens;
        // The classes of token `k` as written (a possessive is looked up again).
        let classes_of = |k: usize| {
            let tk = &tks[k];
            if tk.is(Shape::POSSESSIVE) { cx.lexicon.classes(tk.text(text)) } else { tk.class }
        };
        let mut found: Vec<Who<'p>> = Vec::new();
        let mut i = 0;
        while i < tks.len() {
            if !tks[i].is(Shape::CAP) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            // Joined by a space, or by ". " after an abbreviation or an initial ("Mr. Obama", "J. Smith").
            let joins = |j: usize| {
                let gap = &text[tks[j - 1].span.end..tks[j].span.start];
                if gap == " " {
                    return true;
                }
                let prev = tks[j - 1].text(text);
                gap.chars().all(|c| c == ' ' || c == '.')
                    && gap.len() <= 2
                    && (!gap.contains('.') || prev.chars().count() <= 3 || title_gender(prev).is_some())
            };
            while j < tks.len() && tks[j].is(Shape::CAP) && joins(j) {
                j += 1;
            }
            // Leading titles and sentence-initial common words.
            let mut a = i;
            let mut gender = None;
            let mut titled = false;
            // The classes of the word the name starts with.
            let mut first_class = 0;
            while a < j {
                let w = tks[a].text(text);
                let class = classes_of(a);
                let title = || if class & Lexicon::TITLE != 0 { cx.lexicon.titles.get(w).map(|t| t.gender) } else { None };
                if let Some(g) = title_gender(w).or_else(title) {
                    titled = true;
                    gender = gender.or(g);
                    a += 1;
                } else if class & Lexicon::STOP != 0 && class & Lexicon::FIRST == 0 {
                    a += 1;
                } else {
                    first_class = class;
                    break;
                }
            }
            // A run known only by its last word after "at", "in", "near" is a place ("at Boca West").
            let after_place_word = a > 0 && a < j && matches!(tks[a - 1].text(text), "at" | "in" | "near" | "At" | "In" | "Near");
            // Capitalized words of a role before a first name ("Political Affairs
            // Ann Roe"): the name starts at the first name (never its last word).
            if a < j && first_class & Lexicon::FIRST == 0 {
                if let Some(k) = (a + 1..j.saturating_sub(1)).find(|&k| classes_of(k) & Lexicon::FIRST != 0 && tks[k].text(text).len() > 2) {
                    a = k;
                    first_class = classes_of(k);
                }
            }
            if a < j {
                let span = Span::new(tks[a].span.start, tks[j - 1].span.end);
                let first = tks[a].text(text);
                let last = strip_possessive(tks[j - 1].text(text));
                let multi = j - a >= 2;
                // A first name alone in apposition to a relative or after
                // "named" ("his wife, Jane,", "a resident named Ann").
                let kin_named = !multi && first_class & Lexicon::FIRST != 0 && a > 0 && {
                    let prev = tks[a - 1].text(text);
                    let gap = &text[tks[a - 1].span.end..tks[a].span.start];
                    (gap == ", " && Lexicon::KIN_NOUNS.contains(&prev)) || (gap == " " && matches!(prev, "named" | "called"))
                };
                let person = titled
                    || kin_named
                    || (multi && (first_class & Lexicon::FIRST != 0 || (cx.lexicon.is_surname(last) && !after_place_word)));
                // A place matched inside a name that starts with a first name
                // ("Joseph R. Murray", a town called Murray) does not hide the person.
                // (Or a first name alone in apposition that a place of that name hides: "named Caroline".)
                let place_inside = || {
                    let k = cx.entities.partition_point(|e| e.span.end <= span.start);
                    let places = cx.entities[k..].iter().take_while(|e| e.span.start < span.end).all(|e| e.etype == EntityType::Loc && e.span.end <= span.end);
                    places && (kin_named || (first_class & Lexicon::FIRST != 0 && multi && !covered(tks[a].span)))
                };
                if person && (!covered(span) || place_inside()) {
                    let name_end = span.end - (tks[j - 1].text(text).len() - last.len());
                    let g = gender.or_else(|| if multi || kin_named { cx.lexicon.first_name_gender(first) } else { None });
                    // "Roe's wife, Ann": Ann Roe.
                    let family = (kin_named && a >= 2 && tks[a - 2].is(Shape::POSSESSIVE) && tks[a - 2].is(Shape::CAP))
                        .then(|| strip_possessive(tks[a - 2].text(text)))
                        .filter(|f| f.chars().all(char::is_alphabetic) && text[tks[a - 2].span.end..tks[a - 1].span.start] == *" ");
                    let name = match family {
                        Some(f) => format!("{} {f}", &text[span.start..name_end]),
                        None => text[span.start..name_end].to_string(),
                    };
                    found.push(Who {
                        span,
                        name: Cow::Owned(name),
                        id: None,
                        gender: g,
                        org: false,
                        subject: false,
                    });
                }
            }
            i = j;
        }
        // A person written with more words around its mention than the mention
        // holds ("H. Zorbek" in "Paul H. Zorbek", "José" before "Rodríguez"), or
        // with titles and role words inside it ("Political Editor Ann Roe"):
        // the name proper, when no dictionary entry fixes it.
        for w in list.iter_mut().chain(found.iter_mut()).filter(|w| !w.org && w.id.is_none()) {
            if let Some(full) = full_name_at(cx, w.span) {
                if full != w.name && full.split_whitespace().last().is_some() {
                    w.name = Cow::Owned(full);
                }
            }
        }
        // (Once per distinct name: a person is mentioned many times.)
        let bare: Vec<Option<String>> = {
            let mut memo: FxHashMap<&str, Option<String>> = FxHashMap::default();
            list.iter()
                .chain(found.iter())
                .filter(|w| !w.org && w.id.is_none())
                .map(|w| memo.entry(&w.name).or_insert_with(|| bare_name(cx, &w.name)).clone())
                .collect()
        };
        let named = list.iter_mut().chain(found.iter_mut()).filter(|w| !w.org && w.id.is_none());
        for (w, bare) in named.zip(bare) {
            if let Some(bare) = bare {
                w.name = Cow::Owned(bare);
            }
        }
        // The fullest form of each last name.
        let mut fullest: FxHashMap<String, Fullest<'p>> = FxHashMap::default();
        for w in list.iter().chain(found.iter()).filter(|w| !w.org) {
            let n = w.name.split_whitespace().count();
            if let Some(last) = w.name.split_whitespace().last() {
                // (A key is allocated only for a new last name.)
                match fullest.get_mut(last) {
                    Some(e) => {
                        if n > e.0 || (n == e.0 && e.2.is_none() && w.id.is_some()) {
                            *e = (n, w.name.clone(), w.id.clone(), w.gender.or(e.3));
                        } else if e.3.is_none() {
                            e.3 = w.gender;
                        }
                    }
                    None => {
                        fullest.insert(last.to_string(), (n, w.name.clone(), w.id.clone(), w.gender));
                    }
                }
            }
        }
        // A compound surname ("Acosta" of "Melba Acosta Ferro"): the middle
        // word of a name of three or more words that starts with a first name.
        let mut middle: Vec<(String, Fullest<'p>)> = Vec::new();
        for (n, name, id, g) in fullest.values() {
            let parts: Vec<&str> = name.split_whitespace().collect();
            if *n >= 3 && cx.lexicon.is_first_name(parts[0]) {
                let m = parts[parts.len() - 2];
                if m.chars().count() >= 3 && starts_upper(m) && !m.ends_with('.') && fullest.get(m).is_none_or(|f| f.0 < 2) {
                    middle.push((m.to_string(), (*n, name.clone(), id.clone(), *g)));
                }
            }
        }
        fullest.extend(middle);
        let fits = |w: &Who, full: &str| {
            // A first name or initial of its own must agree with the fuller form's.
            // (Most mentions are the fuller form itself: told by word counts, no vectors.)
            if w.name.split_whitespace().count() >= full.split_whitespace().count() {
                return false;
            }
            let mine: Vec<&str> = w.name.split_whitespace().collect();
            let theirs: Vec<&str> = full.split_whitespace().collect();
            let initial = mine[0].trim_end_matches('.').chars().count() == 1;
            mine.len() < theirs.len()
                && (mine.len() < 2
                // A compound surname written alone ("Vander Plaats" of "Bob Vander Plaats").
                || (!initial && mine.len() == 2 && !is_first_name(cx, mine[0]) && theirs[theirs.len() - 2..] == mine[..])
                || mine[0].chars().next() == theirs[0].chars().next()
                || (initial && theirs[..theirs.len() - 1].iter().any(|t| t.chars().next() == mine[0].chars().next())))
        };
        for w in list.iter_mut().filter(|w| !w.org && w.id.is_none()).chain(found.iter_mut()) {
            if let Some(last) = w.name.split_whitespace().last() {
                if let Some((_, name, id, g)) = fullest.get(last) {
                    if fits(w, name) {
                        w.name = name.clone();
                        w.id = id.clone();
                        w.gender = w.gender.or(*g);
                    }
                }
            }
        }
        // Single capitalized words equal to a known last name ("Caddell" after "Pat Caddell").
        // Which words may be a key of `fullest`, by length and first and last
        // byte (most capitalized words are not: no hash of them is needed).
        let key_bit = |t: &str| {
            let b = t.as_bytes();
            1u64 << ((b.len() as u64 * 7 + b[0] as u64 * 3 + b[b.len() - 1] as u64) % 64)
        };
        let keys = fullest.keys().filter(|k| !k.is_empty()).fold(0u64, |m, k| m | key_bit(k));
        // The entity at or after the current word (words come in text order).
        let mut e = 0;
        for tk in tks.iter().filter(|tk| tk.is(Shape::CAP)) {
            let possessive = tk.is(Shape::POSSESSIVE);
            let t = if possessive { strip_possessive(tk.text(text)) } else { tk.text(text) };
            if t.len() < 3 {
                continue;
            }
            while entity_spans.get(e).is_some_and(|s| s.end <= tk.span.start) {
                e += 1;
            }
            if entity_spans.get(e).is_some_and(|s| s.overlaps(&tk.span)) {
                continue;
            }
            // (The token's classes are those of `t`, the word without a possessive.)
            if let Some((n, name, id, g)) = if keys & key_bit(t) != 0 { fullest.get(t) } else { None } {
                if *n >= 2 {
                    found.push(Who { span: tk.span, name: name.clone(), id: id.clone(), gender: *g, org: false, subject: false });
                }
            } else if tk.class & Lexicon::SURNAME != 0
                && tk.class & Lexicon::STOP == 0
                && !possessive
                && (opens_sentence_word(cx, tk.span) || clause_subject(cx, tk.span))
                && before_verb(cx, tk.span)
            {
                // A known surname alone as a clause subject ("Roe openly admitted").
                found.push(Who { span: tk.span, name: Cow::Owned(t.to_string()), id: None, gender: None, org: false, subject: true });
            }
        }
        list.extend(found);
        list.sort_by_key(|w| (w.span.start, std::cmp::Reverse(w.span.end)));
        list.dedup_by(|b, a| a.span.overlaps(&b.span));
        by_first_name(cx, &mut list);
        for w in list.iter_mut() {
            w.subject = opens_sentence(cx, w.span) || before_speech_verb(cx, w.span) || clause_subject(cx, w.span) || after_speech_verb(cx, w.span);
        }
        // What the article and the dictionaries tell of each person's gender.
        let mut genders: FxHashMap<String, (Gender, GenderSource)> = FxHashMap::default();
        let mut put = |name: &str, g: Gender, src: GenderSource| {
            let e = genders.entry(name.to_string()).or_insert((g, src));
            if src < e.1 {
                *e = (g, src);
            }
        };
        for w in list.iter().filter(|w| !w.org) {
            let k = cx.entities.partition_point(|e| e.span.start < w.span.start);
            let recorded = cx.entities.get(k).filter(|e| e.span == w.span).and_then(|e| e.entry).and_then(|i| cx.gazetteer.entry(i).gender);
            if let Some(g) = recorded {
                put(&w.name, g, GenderSource::Dictionary);
            }
            // A gendered title right before the name ("Mr. Holt", "Lady Ann Roe").
            let a = ws.partition_point(|x| x.span.start < w.span.start);
            if let Some(t) = a.checked_sub(1).map(|k| ws[k].text(text)) {
                let gap = text.get(ws[a - 1].span.end..w.span.start).unwrap_or("x");
                if gap.len() <= 2 && gap.chars().all(|c| c == '.' || c == ' ') {
                    if let Some(Some(g)) = title_gender(t).filter(|g| w.gender.is_none() || *g == w.gender) {
                        put(&w.name, g, GenderSource::Title);
                    }
                }
            }
            if let Some(first) = w.name.split_whitespace().next().filter(|_| w.name.split_whitespace().nth(1).is_some()) {
                if let Some(g) = cx.lexicon.first_name_gender(first) {
                    put(&w.name, g, GenderSource::FirstName);
                }
            }
        }
        let context = context_genders(cx, &list);
        People { list, spoke: Vec::new(), genders, context, writer: std::cell::OnceCell::new() }
    }

    /// A person's gender and where it comes from, by name; a gendered title
    /// opening the mention ("Mr. Holt") tells it unless the dictionary does.
    pub fn gender_of(&self, cx: &Context, name: &str, mention: Option<Span>) -> Option<(Gender, GenderSource)> {
        let known = self.genders.get(name).copied();
        if known.is_some_and(|k| k.1 == GenderSource::Dictionary) {
            return known;
        }
        let titled = mention
            .and_then(|m| cx.seg.words_in(cx.text, m).first().map(|w| w.text(cx.text)))
            .and_then(title_gender)
            .flatten();
        titled.map(|g| (g, GenderSource::Title)).or(known)
    }

    /// The gender "he"/"she" after the person in the same sentence tells,
    /// when only one of the two ever follows it there.
    pub(super) fn context_gender(&self, name: &str) -> Option<Gender> {
        match self.context.get(name) {
            Some(&(m, 0)) if m > 0 => Some(Gender::Male),
            Some(&(0, f)) if f > 0 => Some(Gender::Female),
            _ => None,
        }
    }

    /// Records that "he" or "she" in the article resolved to `name`.
    pub fn note_pronoun(&mut self, name: &str, g: Gender) {
        let e = self.genders.entry(name.to_string()).or_insert((g, GenderSource::Pronoun));
        if GenderSource::Pronoun < e.1 {
            *e = (g, GenderSource::Pronoun);
        }
    }


    /// The people and organizations whose mention lies inside `span`.
    fn inside(&self, span: Span) -> &[Who<'p>] {
        let a = self.list.partition_point(|w| w.span.start < span.start);
        let b = self.list.partition_point(|w| w.span.start < span.end);
        &self.list[a..b.max(a)]
    }

    /// The most recent mention before `pos` that `fits`, outside quotes
    /// (names there rarely are antecedents).
    fn recent(&self, cx: &Context, pos: usize, fits: impl Fn(&Who) -> bool) -> Option<&Who<'p>> {
        let end = self.list.partition_point(|w| w.span.end <= pos);
        self.list[..end].iter().rev().take(LOOKBACK).find(|w| fits(w) && !in_quote(cx, w.span))
    }

    /// The article's writer, when the article names one person as such: a
    /// byline line ("By Jo Roe"), a closing paragraph about the author ("Jo
    /// Roe is a senior editor at ..."), or the author of the book an excerpt
    /// is from ("excerpts from Jo Roe's new book"). None when none or several
    /// people are named so.
    /// Found once per article (an article of many "I said" stays linear).
    fn writer(&self, cx: &Context) -> Option<&Who<'p>> {
        self.writer.get_or_init(|| self.find_writer(cx)).map(|i| &self.list[i])
    }

    fn find_writer(&self, cx: &Context) -> Option<usize> {
        let text = cx.text;
        let paras = &cx.seg.paragraphs;
        let n = paras.len();
        let mut found: Option<usize> = None;
        for (i, w) in self.list.iter().enumerate().filter(|(_, w)| !w.org && w.name.contains(' ')) {
            let pi = cx.seg.paragraph_of(w.span.start);
            // Only the first three paragraphs and the last two are read.
            if pi >= 3 && pi + 2 < n {
                continue;
            }
            let para_start = paras.get(pi).map_or(0, |p| p.start).min(w.span.start);
            let line_start = text[para_start..w.span.start].rfind('\n').map_or(para_start, |k| para_start + k + 1);
            let before = &text[line_start..w.span.start];
            let after = &text[w.span.end..];
            let line_end = after.find('\n').unwrap_or(after.len());
            // "By Jo Roe" alone on its line, near the top.
            let byline = pi < 3 && matches!(before, "By " | "by " | "BY ") && after[..line_end].trim().trim_start_matches(',').len() < 60;
            // "Jo Roe is a senior editor ..." opening one of the last two paragraphs.
            let bio = pi + 2 >= n && n >= 3 && before.is_empty() && paras.get(pi).is_some_and(|p| p.start == w.span.start && p.len() < 400) && (after.starts_with(" is ") || after.starts_with(" was "));
            // "excerpts from Jo Roe's new book", near the top.
            let excerpt = pi < 3 && (after.starts_with("'s ") || after.starts_with("’s ")) && {
                let sent = cx.seg.sentences.get(cx.seg.sentence_of(w.span.start)).map_or("", |s| s.of(text)).to_lowercase();
                (sent.contains("excerpt") || sent.contains("adapted from")) && sent.contains("book")
            };
            if byline || bio || excerpt {
                match found {
                    Some(f) if self.list[f].name != w.name => return None,
                    _ => found = Some(i),
                }
            }
        }
        found
    }

    /// The most recent earlier quote speaker before `pos` that `fits`.
    fn recent_speaker(&self, pos: usize, fits: impl Fn(&Who) -> bool) -> Option<&Who<'p>> {
        self.spoke.iter().rev().filter(|w| w.span.end <= pos).take(8).find(|w| fits(w))
    }

    /// Records who spoke a quote (at its mention), for later pronouns.
    fn note(&mut self, mention: Span, who: &Who<'p>) {
        if self.spoke.last().is_some_and(|w| w.span == mention) {
            return;
        }
        self.spoke.push(Who { span: mention, subject: true, ..who.clone() });
    }

    /// The most recent sentence subject before `pos` that `fits`, within
    /// this paragraph and the one before; else the most recent mention that fits.
    fn salient(&self, cx: &Context, pos: usize, fits: impl Fn(&Who) -> bool) -> Option<&Who<'p>> {
        let pi = cx.seg.paragraph_of(pos);
        let from = cx.seg.paragraphs.get(pi.saturating_sub(1)).map_or(0, |p| p.start);
        let subject = self.recent(cx, pos, |w| w.subject && w.span.start >= from && fits(w));
        let speaker = self.recent_speaker(pos, |w| w.span.start >= from && fits(w));
        match (subject, speaker) {
            (Some(a), Some(b)) => Some(if b.span.start >= a.span.start { b } else { a }),
            (a, b) => a.or(b).or_else(|| {
                let subject = self.recent(cx, pos, |w| w.subject && fits(w));
                let speaker = self.recent_speaker(pos, &fits);
                match (subject, speaker) {
                    (Some(a), Some(b)) => Some(if b.span.start >= a.span.start { b } else { a }),
                    (a, b) => a.or(b).or_else(|| self.recent(cx, pos, &fits)),
                }
            }),
        }
    }

    /// Resolves a speaker mention, saying which rule decided.
    pub fn resolve(&mut self, cx: &Context<'_, 'p>, mention: Span) -> (Resolved<'p>, Method) {
        if let Some(members) = self.group(cx, mention) {
            let names: Vec<&str> = members.iter().map(|w| &*w.name).collect();
            let speaker = Speaker { name: Cow::Owned(names.join("; ")), id: None };
            let speakers = members.iter().map(|w| w.speaker()).collect();
            return (Resolved { speaker: Some(speaker), speakers, person: false }, Method::Explicit);
        }
        if let Some(members) = self.described_pair(cx, mention) {
            let names: Vec<&str> = members.iter().map(|w| &*w.name).collect();
            let speaker = Speaker { name: Cow::Owned(names.join("; ")), id: None };
            let speakers = members.iter().map(|w| w.speaker()).collect();
            return (Resolved { speaker: Some(speaker), speakers, person: false }, Method::Nominal);
        }
        // Names joined by "and" that are not all known ("Bill and Hillary Roe"): no single speaker.
        if self.coordinated(cx, mention) {
            return (Resolved::default(), Method::Explicit);
        }
        let (who, method) = self.find(cx, mention);
        // The writer speaking as "I" is no antecedent of a later "he" or
        // "she" (their own text calls them "I").
        let first_person = matches!(mention.of(cx.text), "I" | "i");
        if let Some(w) = who.as_ref().filter(|_| !first_person) {
            self.note(mention, w);
        } else if method == Method::Nominal && unnamed_role(cx, mention) {
            // An unnamed speaker ("the mall's spokeswoman"): a later "she added" is that speaker, not a named one.
            let head = cx.seg.words_in(cx.text, mention).last().map(|w| w.text(cx.text).to_lowercase()).unwrap_or_default();
            let gender = if head.ends_with("woman") || head.ends_with("women") {
                Some(Gender::Female)
            } else if head.ends_with("man") || head.ends_with("men") {
                Some(Gender::Male)
            } else {
                None
            };
            // "a statement", "a letter from the board": no person a later "he"
            // could continue ("a spokesman for the board" is one).
            let ws = cx.seg.words_in(cx.text, mention);
            let lead = ws.iter().map(|w| w.text(cx.text)).take_while(|t| !HEAD_ENDS.contains(t)).last().unwrap_or("").to_lowercase();
            let lead = lead.strip_suffix('s').unwrap_or(&lead);
            let org = rank::DOCUMENT_NOUNS.contains(&lead) || ORG_NOUNS.contains(&lead);
            let unnamed = Who { span: mention, name: Cow::Borrowed(""), id: None, gender, org, subject: true };
            self.note(mention, &unnamed);
        }
        let r = match who {
            Some(w) => Resolved { speaker: Some(w.speaker()), speakers: vec![w.speaker()], person: !w.org },
            None => Resolved::default(),
        };
        (r, method)
    }

    /// Whether the mention is capitalized words joined by "and" ("Roe and
    /// Li"), with no one name spanning the "and" ("Johnson and Johnson").
    fn coordinated(&self, cx: &Context<'_, 'p>, mention: Span) -> bool {
        let m = mention.of(cx.text);
        let Some(i) = m.find(" and ") else { return false };
        let at = mention.start + i;
        let before = m[..i].split_whitespace().last().unwrap_or("");
        let after = m[i + 5..].split_whitespace().next().unwrap_or("");
        starts_upper(before)
            && starts_upper(after)
            && !matches!(after, "The" | "A" | "An")
            && !self.inside(mention).iter().any(|w| w.span.start < at && w.span.end > at)
            && !cx.entities.iter().any(|e| e.span.start < at && e.span.end > at)
    }

    /// A mention naming several speakers ("Sens. Ann Roe, Bo Li and Cy
    /// Doe", "Roe and Li"): parts joined by commas and "and", each holding
    /// one person or organization and nothing else capitalized but titles,
    /// roles and places. None unless there are two or more.
    fn group(&self, cx: &Context<'_, 'p>, mention: Span) -> Option<Vec<Who<'p>>> {
        let m = mention.of(cx.text);
        if !m.contains(" and ") && !m.contains(" & ") {
            return None;
        }
        let mut parts: Vec<Span> = Vec::new();
        let mut from = mention.start;
        let bytes = m.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // By bytes: `i` steps through multi-byte letters ("D’Agostino"),
            // and the separators are ASCII.
            let rest = &bytes[i..];
            let sep = if rest.starts_with(b", and ") {
                6
            } else if rest.starts_with(b" and ") {
                5
            } else if rest.starts_with(b" & ") {
                3
            } else if rest.starts_with(b", ") {
                2
            } else {
                0
            };
            if sep > 0 {
                parts.push(Span::new(from, mention.start + i));
                from = mention.start + i + sep;
                i += sep;
            } else {
                i += 1;
            }
        }
        parts.push(Span::new(from, mention.end));
        if parts.len() < 2 {
            return None;
        }
        let mut out: Vec<Who<'p>> = Vec::new();
        for p in parts {
            let inside = self.inside(p);
            let [w] = inside else { return None };
            // Only the name, its title or role, and a place ("of Texas") besides.
            let ok = cx.seg.words_in(cx.text, p).iter().all(|x| {
                let t = x.text(cx.text);
                w.span.contains(&x.span) || !starts_upper(t) && matches!(t, "of" | "the") || is_role_word(cx, t)
                    || cx.entities.iter().any(|e| e.span.contains(&x.span) && e.etype == EntityType::Loc)
            });
            if !ok || out.iter().any(|o| o.name == w.name) {
                return None;
            }
            out.push(w.clone());
        }
        Some(out)
    }

    /// "The two", "the two senators", "the lawmakers", "both men": the two
    /// people the article last joined by "and" outside quotes ("Jo Bo and
    /// Sen. Ann Roe sent a letter"; this paragraph or the two before), when
    /// no third is listed with them. None for any other mention.
    fn described_pair(&self, cx: &Context<'_, 'p>, mention: Span) -> Option<[Who<'p>; 2]> {
        let ws = cx.seg.words_in(cx.text, mention);
        let texts: Vec<String> = ws.iter().map(|w| w.text(cx.text).to_lowercase()).collect();
        let person_plural = |t: &str| {
            let one = t.strip_suffix("men").map(|x| format!("{x}man")).or_else(|| t.strip_suffix('s').map(str::to_string));
            one.is_some_and(|o| o.len() >= 3 && (PERSON_NOUNS.contains(&o.as_str()) || cx.lexicon.title(&capitalize(&o)).is_some()))
        };
        let ok = match texts.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["the", "two"] | ["both"] | ["the", "pair"] | ["the", "duo"] => true,
            ["the", "two", x] | ["both", x] | ["the", x] => person_plural(x),
            ["the", "two", m, x] | ["the", m, x] => m.chars().all(char::is_alphabetic) && person_plural(x),
            _ => false,
        };
        if !ok {
            return None;
        }
        let pi = cx.seg.paragraph_of(mention.start);
        let from = cx.seg.paragraphs.get(pi.saturating_sub(2)).map_or(0, |p| p.start);
        let end = self.list.partition_point(|w| w.span.end <= mention.start);
        let people: Vec<&Who<'p>> = self.list[..end]
            .iter()
            .rev()
            .take_while(|w| w.span.start >= from)
            .take(NEAR_PEOPLE)
            .filter(|w| !w.org && !w.name.is_empty() && !in_quote(cx, w.span))
            .collect();
        // Joined by "and", with titles or an apposition between: "Bo and
        // Committee Chairman Roe", "Bo, a lawyer, and Roe".
        let joined = |a: &Who, b: &Who| {
            let Some(gap) = cx.text.get(a.span.end..b.span.start) else { return false };
            let Some(i) = gap.find(" and ") else { return false };
            let (before, after) = (&gap[..i], &gap[i + 5..]);
            let before_ok = before.is_empty() || (before.starts_with(", ") && before.ends_with(',') && before.len() < 120);
            let after_ok = after.split_whitespace().count() <= 4 && after.split_whitespace().all(|t| starts_upper(t) || t == "of");
            before_ok && after_ok && !gap.contains(['.', ';', '"', '“', '”'])
        };
        let k = people.windows(2).position(|p| p[1].name != p[0].name && joined(p[1], p[0]))?;
        let (a, b) = (people[k + 1], people[k]);
        // A third listed before them ("Li, Bo and Roe"): not a pair.
        if people.get(k + 2).is_some_and(|c| cx.text.get(c.span.end..a.span.start).is_some_and(|g| g.trim() == ",")) {
            return None;
        }
        Some([a.clone(), b.clone()])
    }

    /// The hand-ordered rules' pick for "he"/"she" (`other` is the gender it
    /// cannot be): the salient subject or speaker, or the person a
    /// description opening the sentence before names. May be an unnamed speaker.
    /// Also says whether that description decided.
    fn pronoun_rule(&self, cx: &Context<'_, 'p>, mention: Span, other: Gender) -> (Option<Who<'p>>, bool) {
        let fits = |w: &Who| !w.org && w.gender != Some(other);
        let pick = self.salient(cx, mention.start, fits);
        // The sentence before opens with a description ("The Ohio
        // senator wondered…"): that is who "he" continues, not an
        // earlier named subject.
        if let Some(d) = self.described_subject(cx, mention.start).filter(|d| pick.is_none_or(|p| p.span.start < d.start)) {
            // Only a person named there or in the paragraph before: a
            // role matched far back is a guess.
            let dp = cx.seg.paragraph_of(d.start);
            let from = cx.seg.paragraphs.get(dp.saturating_sub(1)).map_or(0, |p| p.start);
            let (who, _) = self.find(cx, d);
            let near = who.filter(|w| {
                fits(w) && !w.name.is_empty() && self.recent(cx, d.start, |o| o.name == w.name && o.span.start >= from).is_some()
            });
            if near.is_some() {
                return (near, true);
            }
        }
        (pick.cloned(), false)
    }

    fn find(&self, cx: &Context<'_, 'p>, mention: Span) -> (Option<Who<'p>>, Method) {
        let m = mention.of(cx.text);
        // A relative "who" (", who said"): the person or organization it follows, in its sentence.
        if m == "who" {
            let si = cx.seg.sentence_of(mention.start);
            let found = self.recent(cx, mention.start, |_| true).filter(|w| cx.seg.sentence_of(w.span.start) == si);
            return (found.cloned(), Method::Pronoun);
        }
        // A possessive pronoun naming the words ("His reply was:", "her
        // answer"): the person "he"/"she" would be; never a name "His".
        let m = match m {
            "his" | "His" | "HIS" => "he",
            "her" | "Her" | "HER" => "she",
            _ => m,
        };
        if is_pronoun(m) {
            let lower = m.to_ascii_lowercase();
            if let Some(other) = match lower.as_str() {
                "he" => Some(Gender::Female),
                "she" => Some(Gender::Male),
                _ => None,
            } {
                let (rule, described) = self.pronoun_rule(cx, mention, other);
                // A description opening the sentence before names whom "he" continues: the rule decides.
                if described {
                    return (rule, Method::Pronoun);
                }
                // An unnamed speaker the pronoun continues stays unnamed.
                if rule.as_ref().is_some_and(|w| w.name.is_empty()) {
                    return (None, Method::Pronoun);
                }
                let gender = Some(if other == Gender::Female { Gender::Male } else { Gender::Female });
                let m = rank::Mention { span: mention, kind: rank::Kind::Pronoun, gender, rule: rule.as_ref(), head: "", modifiers: Vec::new(), org_head: None };
                let cands = rank::candidates(self, cx, &m);
                return (rank::choose(cx, &m, cands), Method::Pronoun);
            }
            let found = match lower.as_str() {
                // "I said" outside a quote is the writer: the person the
                // article names as its author (a byline, a closing line
                // about the author, a book excerpt's author), else nobody —
                // never the last person named.
                "i" => self.writer(cx),
                _ => {
                    let para_start = cx
                        .seg
                        .paragraphs
                        .get(cx.seg.paragraph_of(mention.start).saturating_sub(1))
                        .map_or(0, |p| p.start);
                    // Not an unnamed document ("a statement said"): "it" goes on to a named body.
                    self.recent_speaker(mention.start, |w| w.org && !w.name.is_empty() && w.span.start >= para_start)
                        .or_else(|| self.recent(cx, mention.start, |w| w.org && !w.name.is_empty()).filter(|w| w.span.start >= para_start))
                }
            };
            // An unnamed speaker the pronoun continues stays unnamed.
            return (found.filter(|w| !w.name.is_empty()).cloned(), Method::Pronoun);
        }
        let ws = cx.seg.words_in(cx.text, mention);
        let first = ws.first().map(|w| w.text(cx.text)).unwrap_or("");
        let last = ws.last().map(|w| w.text(cx.text)).unwrap_or("");
        // A common noun heads the mention ("the New York businessman", "Obama's former strategist").
        let noun_head = !starts_upper(last) && last.chars().next().is_some_and(char::is_alphabetic);
        // The head phrase: the words before a comma or a preposition ("a
        // spokesman for Roe" → "a spokesman"); its last word is its head.
        let comma = m.find(',').map(|i| mention.start + i);
        let stop = ws
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, w)| comma.is_some_and(|c| w.span.start > c) || HEAD_ENDS.contains(&w.text(cx.text)))
            .map_or(ws.len(), |(i, _)| i);
        let head_ws = &ws[..stop.min(ws.len())];
        let head = head_ws.last().map(|w| strip_possessive(w.text(cx.text)).to_lowercase()).unwrap_or_default();
        let head_end = head_ws.last().map_or(mention.end, |w| w.span.end);
        // An age as the head ("the 46-year-old") is a person noun too.
        let aged = head.ends_with("-year-old") && head.starts_with(|c: char| c.is_ascii_digit());
        let phrase_noun = aged || head_ws.last().is_some_and(|w| w.text(cx.text).starts_with(char::is_lowercase));
        let inside = self.inside(mention);
        let apposed = comma.is_some_and(|c| inside.iter().any(|w| !w.org && w.span.start > c));
        if phrase_noun && !apposed {
            // A person's own text speaks for them: "Roe's letter", "Roe's memoir" → Roe.
            if rank::DOCUMENT_NOUNS.contains(&head.as_str()) && ws.len() <= 4 {
                let owner = inside.iter().rev().find(|w| {
                    let after = cx.text.get(w.span.end..).unwrap_or("");
                    let own = w.span.of(cx.text);
                    !w.org && w.span.end <= head_end && (own.ends_with("'s") || own.ends_with("’s") || after.starts_with("'s") || after.starts_with("’s"))
                });
                if let Some(w) = owner {
                    return (Some(w.clone()), Method::Nominal);
                }
            }
            // "The statement said": whoever the article says issued the
            // statement when it first wrote of it ("Roe released a statement").
            if rank::DOCUMENT_NOUNS.contains(&head.as_str()) && ws.len() <= 3 && matches!(first.to_lowercase().as_str(), "the" | "this" | "that") {
                if let Some(w) = self.issuer(cx, mention.start, &head) {
                    return (Some(w), Method::Nominal);
                }
            }
            // A person's campaign: "the Roe campaign", "Roe's campaign" → "Roe campaign".
            if head == "campaign" {
                let owner = inside.iter().rev().find(|w| !w.org && w.span.end <= head_end).cloned().or_else(|| {
                    let g = match first.to_lowercase().as_str() {
                        "his" => Some(Gender::Male),
                        "her" => Some(Gender::Female),
                        _ => return None,
                    };
                    self.salient(cx, mention.start, |w| !w.org && !w.name.is_empty() && w.gender == g).cloned()
                });
                if let Some(w) = owner {
                    let last = w.name.split_whitespace().last().unwrap_or("").to_string();
                    let name = Cow::Owned(format!("{last} campaign"));
                    return (Some(Who { name, id: None, gender: None, org: true, ..w }), Method::Nominal);
                }
            }
            // An indefinite, plural or unnamed role ("a spokeswoman for Roe",
            // "officials", "one Roe adviser", "Roe supporters", "the senior
            // Roe aide"): someone the article does not name.
            let indefinite = matches!(
                first.to_lowercase().as_str(),
                "a" | "an" | "one" | "another" | "some" | "two" | "three" | "several" | "many" | "other" | "others" | "most" | "few" | "both"
            );
            let plural = head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                && !head.ends_with("us")
                && !head.ends_with("is")
                && !ORG_NOUNS.contains(&head.trim_end_matches('s'));
            if indefinite || plural || UNNAMED_NOUNS.contains(&head.as_str()) {
                return (None, Method::Nominal);
            }
        }
        // A name inside the mention: the last person (the head), else the last
        // organization; not a possessive before a common-noun head, nor an
        // organization or place before a role ("the Ohio senator").
        let role_head = phrase_noun && (PERSON_NOUNS.contains(&head.as_str()) || cx.lexicon.title(&capitalize(&head)).is_some());
        let named = inside.iter().rev().find(|w| !w.org).or(inside.last()).filter(|w| {
            let after = cx.text.get(w.span.end..mention.end).unwrap_or("");
            let own = w.span.of(cx.text);
            let possessive = own.ends_with("'s") || own.ends_with("’s") || after.starts_with("'s") || after.starts_with("’s");
            // Nor a name in the phrase after a person's role ("the senator from
            // Vermont", "the wife of Greg Lam"): the role is someone else. A
            // name apposed after a comma is the role's ("its chairman, Bo").
            !((noun_head && possessive) || (w.org && role_head && w.span.end <= head_end) || (role_head && w.span.start >= head_end && !cx.text[head_end..w.span.start].contains(',')))
        });
        if let Some(w) = named {
            // "Mr. Obama" linked to "Michelle Obama": another person of that last
            // name whose gender fits the title, if the article has one.
            let titled = ws.first().and_then(|t| title_gender(t.text(cx.text))).flatten();
            if let (Some(g), Some(wg)) = (titled, w.gender) {
                if g != wg {
                    let last = w.name.split_whitespace().last().unwrap_or("");
                    let other = self.list.iter().rev().find(|o| {
                        !o.org && o.gender == Some(g) && o.name.split_whitespace().last() == Some(last) && o.name.split_whitespace().count() >= 2
                    });
                    if let Some(o) = other {
                        return (Some(o.clone()), Method::Explicit);
                    }
                }
            }
            return (Some(w.clone()), Method::Explicit);
        }
        // "the Courier", "the Harbor Fund", "the HPC": a name after the article
        // is an organization's ("the Post" for "The Daily Post" named before).
        if let Some(w) = self.the_name(cx, &ws) {
            return (Some(w), Method::Explicit);
        }
        let descriptive = !starts_upper(first)
            || matches!(first, "A" | "An" | "One" | "Another" | "Some" | "Two" | "Several")
            || (noun_head && matches!(first, "The" | "This" | "That" | "His" | "Her" | "Its" | "Their"))
            // A common-noun head before a phrase naming a place or a body ("the
            // senator from Vermont"): the name in the phrase is not the speaker.
            || (phrase_noun && head_ws.len() < ws.len() && matches!(first, "The" | "This" | "That"))
            || (noun_head && inside.iter().any(|w| !w.org))
            || (noun_head && ws.iter().any(|w| w.text(cx.text).ends_with("'s") || w.text(cx.text).ends_with("’s")));
        if !descriptive {
            // A capitalized name no dictionary holds: its last run of capitalized words.
            let caps: Vec<_> = ws
                .iter()
                .filter(|w| {
                    let t = w.text(cx.text);
                    starts_upper(t) && title_gender(t).is_none() && cx.lexicon.title(t).is_none() && !matches!(t, "The")
                })
                .collect();
            if let (Some(a), Some(b)) = (caps.first(), caps.last()) {
                let mut s = a.span.start;
                // Only the last run.
                for pair in caps.windows(2) {
                    if !cx.text[pair[0].span.end..pair[1].span.start].chars().all(|c| c == ' ' || c == '.') {
                        s = pair[1].span.start;
                    }
                }
                let name = strip_possessive(&cx.text[s..b.span.end]);
                // A common word alone ("Others", "Aides") names nobody.
                if !name.contains(' ') && cx.lexicon.is_stopword(name) && !cx.lexicon.is_first_name(name) {
                    return (None, Method::Explicit);
                }
                let who = Who { span: mention, name: Cow::Owned(name.to_string()), id: None, gender: None, org: false, subject: true };
                return (Some(who), Method::Explicit);
            }
        }
        // A description: the person whose dictionary roles it names.
        let lower = m.to_lowercase();
        let by_role = self.recent(cx, mention.start, |w| {
            !w.org
                && cx.entities.iter().any(|e| {
                    e.canonical == w.name
                        && e.entry.is_some_and(|i| cx.gazetteer.entry(i).roles.iter().any(|r| r.len() >= 4 && names_role(&lower, r)))
                })
        });
        let rule = by_role.cloned().or_else(|| self.by_description(cx, mention, &ws));
        // A definite description ("the senator", "the former governor", "the
        // statement"): the ranker weighs the rules' pick against the other
        // people and organizations of the article.
        // Not "his wife", "her aide": a possessive determiner names someone else than its owner.
        let definite = matches!(first.to_lowercase().as_str(), "the" | "this" | "that")
            && phrase_noun
            && head.len() >= 3
            && !UNNAMED_NOUNS.contains(&head.as_str());
        if !definite {
            return (rule, Method::Nominal);
        }
        let skip = |t: &str| HEAD_ENDS.contains(&t) || matches!(t, "the" | "this" | "that" | "and" | "a" | "an");
        let modifiers: Vec<String> = head_ws[..head_ws.len().saturating_sub(1)]
            .iter()
            .map(|w| strip_possessive(w.text(cx.text)).to_lowercase())
            .filter(|t| t.len() >= 3 && !skip(t) && t.chars().all(char::is_alphabetic))
            .collect();
        // A place or body after the head tells it too: "the senator from Vermont" → "vermont".
        let mut modifiers = modifiers;
        modifiers.extend(
            ws[head_ws.len()..]
                .iter()
                .map(|w| strip_possessive(w.text(cx.text)))
                .filter(|t| t.len() >= 3 && starts_upper(t) && t.chars().all(char::is_alphabetic) && !matches!(*t, "The"))
                .map(str::to_lowercase),
        );
        let org_head = if ORG_NOUNS.contains(&head.as_str()) {
            Some(true)
        } else if aged || PERSON_NOUNS.contains(&head.as_str()) || cx.lexicon.title(&capitalize(&head)).is_some() {
            Some(false)
        } else {
            None
        };
        let gender = match head.as_str() {
            "father" | "son" | "husband" | "brother" | "businessman" | "congressman" | "chairman" | "actor" | "king" | "prince" => Some(Gender::Male),
            "mother" | "daughter" | "wife" | "sister" | "businesswoman" | "congresswoman" | "chairwoman" | "actress" | "queen" | "princess" => Some(Gender::Female),
            _ => None,
        };
        let m = rank::Mention { span: mention, kind: rank::Kind::Description, gender, rule: rule.as_ref(), head: &head, modifiers, org_head };
        let cands = rank::candidates(self, cx, &m);
        (rank::choose(cx, &m, cands), Method::Nominal)
    }

    /// "the" and a name ("the Courier", "the Harbor Fund", "the HPC"): the
    /// organization of the article whose name is those words, ends with them
    /// or has them as initials; else an organization of that name. None when
    /// a word is a title ("the President"), a people or a place the
    /// dictionaries or the shape tell ("the Republican", "the Texan", "the
    /// Netherlands" when a dictionary holds it), or the plural of a person's
    /// name ("the Roes").
    fn the_name(&self, cx: &Context<'_, 'p>, ws: &[crate::text::Word]) -> Option<Who<'p>> {
        let [the, rest @ ..] = ws else { return None };
        if !matches!(the.text(cx.text), "the" | "The") || rest.is_empty() || rest.len() > 5 {
            return None;
        }
        let inner = |t: &str| matches!(t, "of" | "and" | "for" | "&");
        let last = rest.last()?;
        let ok = rest.iter().enumerate().all(|(i, w)| {
            let t = w.text(cx.text);
            let capital = starts_upper(t) && t.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
            (capital && title_gender(t).is_none() && cx.lexicon.title(t).is_none()) || (i > 0 && i + 1 < rest.len() && inner(t))
        });
        if !ok || !starts_upper(last.text(cx.text)) {
            return None;
        }
        let span = Span::new(rest[0].span.start, last.span.end);
        let from = cx.entities.partition_point(|e| e.span.end <= span.start);
        if cx.entities[from..].iter().take_while(|e| e.span.start < span.end).any(|e| e.span.overlaps(&span) && matches!(e.etype, EntityType::Norp | EntityType::Loc)) {
            return None;
        }
        let name = span.of(cx.text);
        // "the Texan", "the Republicans": a person or people, not an organization.
        if rest.len() == 1 && (name.ends_with("an") || name.ends_with("ans")) {
            return None;
        }
        // "the Roes": a family, not an organization.
        if let Some(stem) = name.strip_suffix('s').filter(|_| rest.len() == 1) {
            // (The first 500 persons: every one in any real article.)
            if self.list.iter().filter(|w| !w.org).take(500).any(|w| w.name.split_whitespace().last() == Some(stem)) {
                return None;
            }
        }
        let before = |w: &&Who<'p>| w.org && w.span.end <= span.start && !w.name.is_empty();
        let initials = |n: &str| -> String {
            n.split_whitespace().filter(|t| starts_upper(t)).filter_map(|t| t.chars().next()).collect()
        };
        let acronym = rest.len() == 1 && name.len() >= 2 && name.len() <= 6 && name.chars().all(|c| c.is_ascii_uppercase());
        // The organizations named last (a bound, so that an article of
        // thousands of names stays linear).
        let end = self.list.partition_point(|w| w.span.end <= span.start);
        let known = self.list[..end].iter().rev().filter(before).take(200).find(|w| {
            let n = w.speaker().name;
            n == name || n.strip_suffix(name).is_some_and(|p| p.ends_with(' ')) || (acronym && initials(&n) == name)
        });
        // Common words ("the Post", "the Commission") only for an organization named before.
        let common = rest.iter().any(|w| cx.lexicon.is_stopword(w.text(cx.text)));
        match known {
            Some(w) => Some(w.clone()),
            None if common => None,
            None => Some(Who { span, name: Cow::Owned(name.to_string()), id: None, gender: None, org: true, subject: true }),
        }
    }

    /// A definite description to the organization or person it names: "the
    /// commission" to the last organization with "Commission" in its name;
    /// "the mayor" to the last person written with "Mayor" or ", the mayor";
    /// else a person noun ("the nominee", "the businessman") to the salient
    /// person, as a pronoun would. Unnamed roles ("the official", "a source") stay null.
    fn by_description(&self, cx: &Context<'_, 'p>, mention: Span, ws: &[crate::text::Word]) -> Option<Who<'p>> {
        let texts: Vec<&str> = ws.iter().map(|w| w.text(cx.text)).collect();
        let first = texts.first()?.to_lowercase();
        let definite = matches!(first.as_str(), "the" | "this" | "that" | "my" | "our" | "his" | "her" | "their" | "its")
            || texts.iter().any(|t| t.ends_with("'s") || t.ends_with("’s"));
        if !definite {
            return None;
        }
        // The head: the last word before "of", "for", "at", "in", "from", "who".
        let end = texts.iter().skip(1).position(|t| matches!(*t, "of" | "for" | "at" | "in" | "from" | "who" | "on")).map_or(texts.len(), |i| i + 1);
        let head = strip_possessive(texts.get(end.checked_sub(1)?)?).to_lowercase();
        // A capitalized head only for a party or a demonym ("the Republican", "the Texan").
        let demonym = end <= 3 && starts_upper(texts[end - 1]) && (PERSON_NOUNS.contains(&head.as_str()) || (head.ends_with("an") && head.len() > 4));
        if head.len() < 3 || (starts_upper(texts[end - 1]) && end > 1 && !demonym) {
            return None;
        }
        let pi = cx.seg.paragraph_of(mention.start);
        let from = cx.seg.paragraphs.get(pi.saturating_sub(1)).map_or(0, |p| p.start);
        if ORG_NOUNS.contains(&head.as_str()) {
            let cap = capitalize(&head);
            let by_name = self.recent(cx, mention.start, |w| w.org && w.name.split(|c: char| !c.is_alphanumeric()).any(|p| p == cap));
            // A generic noun ("the company", "the group"): else the organization
            // this paragraph or the one before is about.
            let generic = || {
                GENERIC_ORG_NOUNS
                    .contains(&head.as_str())
                    .then(|| self.salient(cx, mention.start, |w| w.org && !w.name.is_empty()).filter(|w| w.span.start >= from))
                    .flatten()
            };
            return by_name.or_else(generic).cloned();
        }
        if UNNAMED_NOUNS.contains(&head.as_str()) {
            return None;
        }
        let cap = capitalize(&head);
        let title = cx.lexicon.title(&cap).is_some();
        // An age ("the 46-year-old"): only a person written with it ("Jo Bo, 46,").
        let aged = head.strip_suffix("-year-old").is_some_and(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()));
        if !title && !PERSON_NOUNS.contains(&head.as_str()) && !demonym && !aged {
            return None;
        }
        let gender = match head.as_str() {
            "father" | "son" | "husband" | "brother" | "businessman" | "congressman" | "chairman" | "actor" => Some(Gender::Male),
            "mother" | "daughter" | "wife" | "sister" | "businesswoman" | "congresswoman" | "chairwoman" | "actress" => Some(Gender::Female),
            _ => None,
        };
        let fits = |w: &Who| !w.org && (gender.is_none() || w.gender.is_none() || w.gender == gender);
        // Places before the head ("the Ohio senator", "the Wisconsin
        // Republican"): the person must be written with them too.
        // (A one-word description has no words before its head.)
        let places: Vec<String> = ws
            .get(1..end - 1)
            .unwrap_or_default()
            .iter()
            .filter(|w| {
                let k = cx.entities.partition_point(|e| e.span.end <= w.span.start);
                cx.entities.get(k).is_some_and(|e| e.span.contains(&w.span) && e.etype == EntityType::Loc)
            })
            .map(|w| w.text(cx.text).to_lowercase())
            .collect();
        let with_places = |w: &Who| {
            let a = cx.text.floor_char_boundary(w.span.start.saturating_sub(60));
            let b = cx.text.floor_char_boundary(w.span.end + 80);
            let around = cx.text[a..b].to_lowercase();
            places.iter().all(|p| around.contains(p.as_str()))
        };
        // Written with the role: "Mayor Ada Winter", "Ada Winter, the mayor".
        // The place a demonym comes from, as its first letters ("texan" → "tex", "ohioan" → "ohio").
        let stem = if demonym && head != "republican" && !PERSON_NOUNS.contains(&head.as_str()) {
            head.strip_suffix("an").unwrap_or("").to_string()
        } else {
            String::new()
        };
        let near = |w: &Who| {
            let a = cx.text.floor_char_boundary(w.span.start.saturating_sub(40));
            let b = cx.text.floor_char_boundary(w.span.end + 60);
            let before = cx.text[a..w.span.start].to_lowercase();
            let after = cx.text[w.span.end..b].to_lowercase();
            before.rsplit(['.', ',', ';', '"', '“', '”']).next().is_some_and(|x| x.contains(&head))
                || after.starts_with(", ") && after.split([';', '.', '"', '“', '”']).next().is_some_and(|x| x.contains(&head))
                // An abbreviated title ("Gov. Bo"), a role in apposition before the name ("its chairman, Bo").
                || rank::role_near(cx, w.span, &head)
                // "the Texan" for "Texas Gov. Bo", "the Ohioan" for "Bo (R-Ohio)":
                // a place of the demonym's stem right before the name or in its parentheses.
                || demonym && stem.len() >= 3 && {
                    // In its sentence (not cut at an abbreviation's period: "Texas Gov. Bo").
                    let sent = cx.seg.sentences.get(cx.seg.sentence_of(w.span.start)).map_or(0, |x| x.start);
                    let own = &cx.text[a.max(sent).min(w.span.start)..w.span.start];
                    // Only the capitalized words right before the name ("Former Texas Gov.").
                    let mut caps: Vec<&str> = own.split_whitespace().rev().take_while(|t| starts_upper(t)).collect();
                    caps.reverse();
                    let clause = caps.join(" ").to_lowercase();
                    let clause = clause.as_str();
                    let paren = after.strip_prefix(" (").and_then(|x| x.split(')').next()).unwrap_or("");
                    [clause, paren].iter().any(|x| {
                        x.match_indices(stem.as_str()).any(|(i, _)| !x[..i].ends_with(char::is_alphabetic))
                    })
                }
        };
        // Else the salient person of this paragraph or the one before; else
        // the person the article is about (named three times or more so far).
        let near_one = self.recent(cx, mention.start, |w| fits(w) && near(w) && with_places(w));
        if demonym || aged || !places.is_empty() {
            // "the Texan": only a person written with that word.
            return near_one.cloned();
        }
        near_one
            .or_else(|| self.salient(cx, mention.start, fits).filter(|w| w.span.start >= from && !w.name.is_empty()))
            .or_else(|| self.main_person(cx, mention.start, fits))
            .cloned()
    }

    /// Who issued the document a description ("the statement") continues:
    /// at the last earlier mention of the noun `head` outside quotes (this
    /// paragraph or the two before), the person or organization after "by"
    /// or "from" ("a statement issued by Roe", "a note from Roe"), else the
    /// last one before an issuing verb in that sentence ("Roe released a
    /// statement", "Roe is releasing an ad"). None when that mention tells
    /// no issuer, or names several ("Roe and Li sent a letter").
    fn issuer(&self, cx: &Context<'_, 'p>, pos: usize, head: &str) -> Option<Who<'p>> {
        let tks = &cx.seg.tokens;
        let pi = cx.seg.paragraph_of(pos);
        let from = cx.seg.paragraphs.get(pi.saturating_sub(2)).map_or(0, |p| p.start);
        let at = tks.partition_point(|t| t.span.start < pos);
        let k = (0..at).rev().take_while(|&k| tks[k].span.start >= from).take(NEAR_WORDS).find(|&k| {
            let t = tks[k].text(cx.text);
            // Not "the statement" again: that continues an earlier mention.
            let again = k > 0 && tks[k - 1].text(cx.text).eq_ignore_ascii_case("the");
            t.eq_ignore_ascii_case(head) && !again && !in_quote(cx, tks[k].span)
        })?;
        let noun = tks[k].span;
        // "issued by Roe", "from Roe": the name right after the preposition.
        for j in k + 1..(k + 4).min(tks.len()) {
            if tks[j].sentence != tks[k].sentence {
                break;
            }
            if matches!(tks[j].text(cx.text), "by" | "from") {
                let after = tks.get(j + 1)?.span.start;
                let skip = if tks.get(j + 1).is_some_and(|t| t.text(cx.text) == "the") { tks.get(j + 2)?.span.start } else { after };
                let i = self.list.partition_point(|w| w.span.start < after);
                let w = self.list.get(i).filter(|w| w.span.start <= skip && !w.name.is_empty())?;
                return Some(self.campaign_of(cx, w));
            }
        }
        let sent = *cx.seg.sentences.get(tks[k].sentence as usize)?;
        let a = self.list.partition_point(|w| w.span.start < sent.start);
        let b = self.list.partition_point(|w| w.span.end <= noun.start);
        let named: Vec<&Who<'p>> = self.list[a..b.max(a)].iter().filter(|w| !w.name.is_empty() && !in_quote(cx, w.span)).collect();
        let last = *named.last()?;
        // Several issuers joined by "and": no one of them alone.
        if named.iter().any(|w| w.name != last.name) && cx.text[named[0].span.end..last.span.start].contains(" and ") {
            return None;
        }
        let gap = cx.text.get(last.span.end..noun.start)?;
        let words: Vec<&str> = gap.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|t| !t.is_empty()).collect();
        (words.len() <= 8 && words.iter().any(|t| ISSUE_VERBS.contains(t))).then(|| self.campaign_of(cx, last))
    }

    /// `w`, or the campaign of that person when the text goes on with
    /// "campaign" ("the Roe campaign" → "Roe campaign").
    fn campaign_of(&self, cx: &Context<'_, 'p>, w: &Who<'p>) -> Who<'p> {
        let rest = cx.text.get(w.span.end..).unwrap_or("");
        let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest);
        if !w.org && rest.starts_with(" campaign") && !rest[9..].starts_with(char::is_alphanumeric) {
            let last = w.name.split_whitespace().last().unwrap_or("");
            return Who { name: Cow::Owned(format!("{last} campaign")), id: None, gender: None, org: true, ..w.clone() };
        }
        w.clone()
    }

    /// The subject of the sentence before the one at `pos` (skipping quoted
    /// sentences; this paragraph or the one before) when it is a definite
    /// description of a person ("The Russian leader wondered …"), with no
    /// name in it: its span.
    fn described_subject(&self, cx: &Context<'_, 'p>, pos: usize) -> Option<Span> {
        let si = cx.seg.sentence_of(pos);
        let pi = cx.seg.paragraph_of(pos);
        let quoted = |s: &Span| {
            let t = cx.text[s.start..s.end].trim_start();
            t.starts_with(['"', '“', '\'', '‘']) || in_quote(cx, Span::new(s.start, s.start + 1))
        };
        let sent = cx.seg.sentences[..si.min(cx.seg.sentences.len())].iter().rev().take(4).find(|s| !quoted(s))?;
        if cx.seg.paragraph_of(sent.start) + 1 < pi {
            return None;
        }
        let ws = cx.seg.words_in(cx.text, *sent);
        if ws.first()?.text(cx.text) != "The" {
            return None;
        }
        for i in 1..ws.len().min(5) {
            let t = ws[i].text(cx.text);
            if self.inside(ws[i].span).iter().any(|w| !w.org) || HEAD_ENDS.contains(&t) {
                return None;
            }
            let person = t.starts_with(char::is_lowercase)
                && !UNNAMED_NOUNS.contains(&t)
                && (PERSON_NOUNS.contains(&t) || cx.lexicon.title(&capitalize(t)).is_some());
            if person {
                let span = Span::new(ws[0].span.start, ws[i].span.end);
                return before_verb(cx, span).then_some(span);
            }
        }
        None
    }

    /// The person named most often before `pos` (outside quotes), when named
    /// at least three times and more often than anyone else that fits.
    fn main_person(&self, cx: &Context, pos: usize, fits: impl Fn(&Who) -> bool) -> Option<&Who<'p>> {
        let end = self.list.partition_point(|w| w.span.end <= pos);
        let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
        for (i, w) in self.list[..end].iter().enumerate().filter(|(_, w)| !w.org && !w.name.is_empty() && !in_quote(cx, w.span)) {
            let e = counts.entry(&w.name).or_insert((0, i));
            e.0 += 1;
            e.1 = i;
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_values().collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        match ranked.as_slice() {
            [(n, i), rest @ ..] if *n >= 3 && rest.first().is_none_or(|r| r.0 < *n) && fits(&self.list[*i]) => Some(&self.list[*i]),
            _ => None,
        }
    }
}

/// A person the dictionary names by another first name than the article
/// ("Dick Roe" written "Richard J. Roe", "Elizabeth Roe" written "Liz Roe")
/// is named as the article writes it (without middle initials), when the
/// article never writes the dictionary's first name.
fn article_first_names(cx: &Context, list: &mut [Who]) {
    let mut written: FxHashMap<Cow<str>, String> = FxHashMap::default();
    let mut canonical_used: rustc_hash::FxHashSet<Cow<str>> = rustc_hash::FxHashSet::default();
    for w in list.iter().filter(|w| !w.org && w.id.is_some()) {
        let own: Vec<&str> = strip_possessive(w.span.of(cx.text)).split_whitespace().collect();
        let canon: Vec<&str> = w.name.split_whitespace().collect();
        let (Some(f), Some(cf)) = (own.first(), canon.first()) else { continue };
        if own.len() < 2 || canon.len() < 2 || own.last() != canon.last() {
            continue;
        }
        if f == cf {
            canonical_used.insert(w.name.clone());
        } else if f.chars().count() > 2 && cx.lexicon.is_first_name(f) && !f.eq_ignore_ascii_case(cf) && !written.contains_key(&w.name) {
            // As written, without middle initials ("Richard J. Roe" → "Richard Roe").
            let name: Vec<&str> = own.iter().copied().filter(|t| !(t.ends_with('.') && t.chars().count() <= 2)).collect();
            written.insert(w.name.clone(), name.join(" "));
        }
    }
    written.retain(|n, _| !canonical_used.contains(n));
    if written.is_empty() {
        return;
    }
    for w in list.iter_mut() {
        if let Some(name) = written.get(&w.name) {
            w.name = Cow::Owned(name.clone());
        }
    }
}

/// For each person, how often a "he" or a "she" outside quotes follows it in
/// its sentence when it is the only person named there before the pronoun
/// ("Roe said he would run"; not "Roe met Li and he left").
fn context_genders(cx: &Context, list: &[Who]) -> FxHashMap<String, (u32, u32)> {
    let mut out: FxHashMap<String, (u32, u32)> = FxHashMap::default();
    for tk in &cx.seg.tokens {
        let g = match tk.text(cx.text) {
            "he" | "He" => Gender::Male,
            "she" | "She" => Gender::Female,
            _ => continue,
        };
        if in_quote(cx, tk.span) {
            continue;
        }
        let Some(sent) = cx.seg.sentences.get(tk.sentence as usize) else { continue };
        let a = list.partition_point(|w| w.span.start < sent.start);
        let b = list.partition_point(|w| w.span.end <= tk.span.start).max(a);
        // A sentence naming that many before the pronoun tells nothing (and
        // a long one must not cost its length for every pronoun).
        if b - a > 32 {
            continue;
        }
        let mut named = list[a..b].iter().filter(|w| !w.name.is_empty() && !in_quote(cx, w.span)).map(|w| (w.org, &w.name));
        let Some((false, first)) = named.next() else { continue };
        if named.all(|(org, n)| !org && n == first) {
            let e = out.entry(first.to_string()).or_insert((0, 0));
            if g == Gender::Male {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
    }
    out
}

/// "Mr. Roe of the Tax Center" read as one organization: the person after
/// the gendered title ("Roe"), when the organization's name is that one
/// capitalized word and "of" a name.
fn titled_of_org<'p>(cx: &Context<'_, 'p>, e: &crate::annotation::Entity<'p>) -> Option<Who<'p>> {
    if e.etype != EntityType::Org {
        return None;
    }
    let before = cx.text.get(..e.span.start)?.trim_end();
    let g = ["Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Mrs"].iter().find(|t| {
        before.strip_suffix(**t).is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
    })?;
    let own = e.span.of(cx.text);
    let (first, rest) = own.split_once(' ')?;
    if !rest.starts_with("of ") || !starts_upper(first) || !first.chars().all(char::is_alphabetic) {
        return None;
    }
    let gender = title_gender(g).flatten();
    let span = Span::new(e.span.start, e.span.start + first.len());
    Some(Who { span, name: Cow::Owned(first.to_string()), id: None, gender, org: false, subject: false })
}

/// A full name, its id and gender.
type FullName<'a> = (Cow<'a, str>, Option<Cow<'a, str>>, Option<Gender>);

/// A person written by a first name alone ("his wife, Jane", "Donald") gets
/// the one full name of the article that starts with it ("Jane Roe"), before
/// or after; not when two full names share it, nor when the word is also a
/// last name there.
fn by_first_name(cx: &Context, list: &mut [Who]) {
    // First word → (full name, id, gender); None when two full names share it.
    let mut full: FxHashMap<&str, Option<FullName>> = FxHashMap::default();
    let mut last_words: Vec<&str> = Vec::new();
    for w in list.iter().filter(|w| !w.org) {
        let mut parts = w.name.split_whitespace();
        let (Some(first), Some(_)) = (parts.next(), parts.next()) else { continue };
        last_words.push(w.name.split_whitespace().last().unwrap_or(""));
        let e = full.entry(first).or_insert_with(|| Some((w.name.clone(), w.id.clone(), w.gender)));
        if e.as_ref().is_some_and(|(n, _, _)| *n != w.name) {
            *e = None;
        }
    }
    if full.is_empty() {
        return;
    }
    let mut rename: Vec<(usize, FullName)> = Vec::new();
    for (i, w) in list.iter().enumerate() {
        if w.org || w.id.is_some() || w.name.contains(' ') || last_words.contains(&&*w.name) || !is_first_name(cx, &w.name) {
            continue;
        }
        if let Some(Some(f)) = full.get(&*w.name) {
            rename.push((i, f.clone()));
        }
    }
    let owned: Vec<(usize, String, Option<String>, Option<Gender>)> =
        rename.into_iter().map(|(i, (n, id, g))| (i, n.into_owned(), id.map(Cow::into_owned), g)).collect();
    for (i, name, id, g) in owned {
        let w = &mut list[i];
        w.name = Cow::Owned(name);
        w.id = id.map(Cow::Owned);
        w.gender = w.gender.or(g);
    }
}

/// Capitalized words that stand before a name as its role, not as part of it
/// ("Political Editor Ann Roe", "State Senator Bo Li", "Republican donor").
fn in_role_words(w: &str) -> bool {
    // A match on strings: a switch on the length, then one comparison (was a scan of the list, twice per word).
    matches!(
        w,
        "State" | "Political" | "Editor" | "Executive" | "Director" | "National" | "Democratic" |
        "Republican" | "Democrat" | "Former" | "Chief" | "Senior" | "Deputy" | "Vice" | "Presidential" |
        "Candidate" | "Nominee" | "Donor" | "Host" | "Moderator" | "Commentator" | "Correspondent" |
        "Reporter" | "Anchor" | "Spokesman" | "Spokeswoman" | "Spokesperson" | "Strategist" | "Analyst" |
        "Pollster" | "Founder" | "Leader" | "Majority" | "Minority" | "Whip" | "Assemblyman" |
        "Assemblywoman" | "Councilman" | "Councilwoman" | "Congressman" | "Congresswoman" | "Delegate" |
        "Lawmaker" | "Adviser" | "Advisor" | "Manager" | "Campaign" | "Chair" | "Coach" | "Officer" |
        "Sheriff" | "Pastor" | "Bishop" | "Justice" | "Commissioner" | "Superintendent" | "Treasurer" |
        "Comptroller" | "Attorney" | "Representative" | "Presumptive" | "Conservative" | "Liberal" |
        "Independent" | "Sens" | "Reps" | "Gov" | "Sen" | "Rep" | "Dr" | "Prof"
    )
}

/// Whether a mention is a role the article leaves unnamed: indefinite ("a
/// spokeswoman", "one aide") or headed by an unnamed-role noun ("the spokesman").
fn unnamed_role(cx: &Context, mention: Span) -> bool {
    let ws = cx.seg.words_in(cx.text, mention);
    let first = ws.first().map(|w| w.text(cx.text).to_lowercase()).unwrap_or_default();
    let last = ws.last().map(|w| w.text(cx.text)).unwrap_or("");
    matches!(first.as_str(), "a" | "an" | "one" | "another") || UNNAMED_NOUNS.contains(&last)
}

/// Words that end a mention's head phrase ("the director of …", "a spokesman for …").
/// Words before a role that make it another role ("vice president" is no "president").
const RANK_PREFIXES: &[&str] = &["vice", "deputy", "assistant", "associate", "lieutenant", "under", "acting", "co", "sub", "ex"];

/// Whether the description `lower` (lower case) names the dictionary role
/// `role`: as whole words, not after a word that makes it another role
/// ("the vice president" does not name a "president").
fn names_role(lower: &str, role: &str) -> bool {
    let role = role.to_lowercase();
    // A role of several words in another order: "the former Ohio governor" names "governor of ohio".
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|t| !t.is_empty()).collect();
    let content: Vec<&str> = role.split_whitespace().filter(|t| !matches!(*t, "of" | "the" | "and" | "for")).collect();
    if content.len() >= 2 && content.iter().all(|t| words.contains(t)) && !words.iter().any(|t| RANK_PREFIXES.contains(t)) {
        return true;
    }
    lower.match_indices(&*role).any(|(i, _)| {
        let before = &lower[..i];
        let after = &lower[i + role.len()..];
        let bounded = !before.ends_with(|c: char| c.is_alphanumeric()) && !after.starts_with(|c: char| c.is_alphanumeric());
        let prev = before.trim_end().trim_end_matches('-').rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        bounded && !before.ends_with('-') && !RANK_PREFIXES.contains(&prev)
    })
}

/// How far back [`People::described_pair`] (people) and [`People::issuer`]
/// (words) look within their paragraphs: a paragraph of thousands stays linear.
const NEAR_PEOPLE: usize = 64;
const NEAR_WORDS: usize = 2_000;

/// Verbs that issue a document ("Roe released a statement", "sent a letter").
const ISSUE_VERBS: &[&str] = &[
    "released", "releases", "releasing", "issued", "issues", "issuing", "sent", "sends", "sending", "published",
    "publishes", "posted", "posts", "aired", "airs", "unveiled", "unveils", "launched", "launches", "tweeted",
    "wrote", "writes", "penned", "circulated", "distributed", "aimed", "signed", "filed", "emailed", "delivered",
];

const HEAD_ENDS: &[&str] = &["of", "for", "at", "in", "from", "who", "on", "with", "like", "inside", "to", "whose", "that", "which"];

/// Name suffixes left out of a speaker's name ("Jr.", "III").
const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

/// Whether a capitalized word is a title or a role before a name, not a name.
fn is_role_word(cx: &Context, w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    title_gender(w).is_some()
        || in_role_words(w)
        || in_role_words(bare)
        || cx.lexicon.title(w).is_some()
        || cx.lexicon.title(bare).is_some()
        || (cx.lexicon.is_stopword(w) && !cx.lexicon.is_first_name(w))
}

/// The person name written at `span`: the run of capitalized words and
/// initials around it (left across words and initials; right only after a
/// first name or an initial), without the titles and role words before it,
/// a possessive or a suffix ("Jr."). None when that is just the span's text.
pub(super) fn full_name_at(cx: &Context, span: Span) -> Option<String> {
    let ws = &cx.seg.words;
    let text = cx.text;
    let mut a = ws.partition_point(|w| w.span.start < span.start);
    let mut b = ws.partition_point(|w| w.span.start < span.end);
    if a >= b {
        return None;
    }
    let initial = |t: &str| {
        let t = t.trim_end_matches('.');
        t.chars().count() == 1 && starts_upper(t)
    };
    let joined = |i: usize| {
        // Words i-1 and i written as one name: a space, or ". " after an initial.
        let gap = &text[ws[i - 1].span.end..ws[i].span.start];
        let prev = ws[i - 1].text(text);
        gap == " " || gap == "\u{a0}" || ((gap == ". " || gap == ".") && initial(prev))
    };
    let first = |t: &str| is_first_name(cx, t);
    let namelike = |t: &str| starts_upper(t) && !is_role_word(cx, t) && !t.ends_with("'s") && !t.ends_with("’s");
    while a > 0 && joined(a) && namelike(ws[a - 1].text(text)) && {
        // Not across a sentence start that is a common word, nor onto a word ending a sentence.
        let t = ws[a - 1].text(text);
        // A name that starts with a first name takes only first names and
        // initials before it ("Mary Ann Roe"), not a capitalized word of a
        // role ("Political Affairs Ann Roe").
        (first(t) || initial(t) || !opens_sentence_word(cx, ws[a - 1].span))
            && (first(t) || initial(t) || !first(ws[a].text(text)))
    } {
        a -= 1;
    }
    while b < ws.len() && joined(b) && {
        let last = ws[b - 1].text(text);
        (first(last) || initial(last)) && namelike(ws[b].text(text)) && !last.ends_with("'s")
    } {
        b += 1;
    }
    // The name starts after the last role word. A lowercase particle between
    // two capitalized words is part of the name ("Willem de Vries", "Ludwig van
    // Beethoven"), not a break in it.
    let mut s = a;
    // The last word (before a suffix) is the surname even when it is also a
    // common word ("Hurt", "Woods"): never a role word.
    let mut last_name = b;
    while last_name > a + 1 && NAME_SUFFIXES.contains(&ws[last_name - 1].text(text)) {
        last_name -= 1;
    }
    for (i, w) in ws.iter().enumerate().take(b).skip(a) {
        let t = w.text(text);
        let particle = is_name_particle(t) && i > s && joined(i) && {
            let mut k = i + 1;
            while k < b && joined(k) && is_name_particle(ws[k].text(text)) {
                k += 1;
            }
            k < b && joined(k) && starts_upper(ws[k].text(text))
        };
        let surname = i + 1 == last_name && cx.lexicon.is_stopword(t) && title_gender(t).is_none() && !in_role_words(t) && cx.lexicon.title(t).is_none();
        if (!starts_upper(t) && !particle) || (is_role_word(cx, t) && !surname) {
            s = i + 1;
        }
    }
    let mut e = b;
    while e > s && NAME_SUFFIXES.contains(&ws[e - 1].text(text)) {
        e -= 1;
    }
    // Capitalized words of a role before a first name ("Affairs Ann Roe"):
    // the name starts at the first name (never its last word).
    if s < e && !first(ws[s].text(text)) && !initial(ws[s].text(text)) {
        if let Some(k) = (s + 1..e.saturating_sub(1)).find(|&k| ws[k].text(text).len() > 2 && first(ws[k].text(text))) {
            s = k;
        }
    }
    if s >= e {
        return None;
    }
    let last = ws[e - 1].text(text);
    let end = ws[e - 1].span.end - (last.len() - strip_possessive(last).len());
    let name = text[ws[s].span.start..end].trim_end_matches('.');
    (name != span.of(text)).then(|| name.to_string())
}

/// A person's name without the roles, acronyms and place adjectives written
/// before it ("Donor Ann Roe", "SEAL Bo Li", "Ohio-based Cy Doe",
/// "Secretary-Treasurer Jo Bo") or a generation numeral after it ("III").
/// None when nothing is to drop.
fn bare_name(cx: &Context, name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let mut end = parts.len();
    while end > 1 && matches!(parts[end - 1], "II" | "III" | "IV") {
        end -= 1;
    }
    let role = |t: &str| {
        is_role_word(cx, t)
            || t.ends_with("-based")
            || (t.chars().count() >= 3 && t.chars().all(|c| c.is_ascii_uppercase()))
            || (t.contains('-') && t.split('-').all(|p| !p.is_empty() && is_role_word(cx, p)))
    };
    // The last word is the surname even when it is also a common word ("Woods").
    let mut start = parts[..end.saturating_sub(1)].iter().rposition(|t| role(t)).map_or(0, |i| i + 1);
    // Capitalized words of a role before a first name ("Affairs Ann Roe"):
    // the name starts at the first name (never its last word).
    let initial = |t: &str| t.trim_end_matches('.').chars().count() == 1;
    if start < end && !is_first_name(cx, parts[start]) && !initial(parts[start]) {
        if let Some(k) = (start + 1..end.saturating_sub(1)).find(|&k| parts[k].len() > 2 && is_first_name(cx, parts[k])) {
            start = k;
        }
    }
    (start < end && (start > 0 || end < parts.len())).then(|| parts[start..end].join(" "))
}

/// Whether `t` is a known first name, also written with accents ("José").
pub(super) fn is_first_name(cx: &Context, t: &str) -> bool {
    if cx.lexicon.is_first_name(t) {
        return true;
    }
    if t.is_ascii() {
        return false;
    }
    let folded: String = t
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'É' => 'E',
            'Á' => 'A',
            'Ó' => 'O',
            'Í' => 'I',
            'Ú' => 'U',
            c => c,
        })
        .collect();
    cx.lexicon.is_first_name(&folded)
}

/// Whether the word at `span` opens its sentence.
fn opens_sentence_word(cx: &Context, span: Span) -> bool {
    cx.seg.sentences.get(cx.seg.sentence_of(span.start)).is_some_and(|s| s.start == span.start)
}

/// Organization nouns a definite description may name ("the commission").
const ORG_NOUNS: &[&str] = &[
    "commission", "committee", "union", "agency", "department", "court", "party", "council", "board", "company",
    "campaign", "administration", "government", "ministry", "network", "newspaper", "paper", "bank", "university",
    "foundation", "association", "institute", "center", "group", "organization", "coalition", "federation", "office",
    "bureau", "service", "senate", "house", "congress", "legislature", "firm", "corporation", "club", "church",
];

/// Organization nouns general enough to stand for any organization ("the company").
const GENERIC_ORG_NOUNS: &[&str] = &["company", "group", "organization", "agency", "firm", "newspaper", "paper", "network", "ministry", "corporation"];

/// Person nouns beyond the lexicon's titles that a description may be headed by.
const PERSON_NOUNS: &[&str] = &[
    "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul", "developer", "frontrunner",
    "front-runner", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "actor", "actress",
    "star", "host", "incumbent", "challenger", "democrat", "republican", "independent", "president-elect", "politician",
    "strategist", "pollster", "tycoon", "magnate", "neurosurgeon", "surgeon", "radioman", "entrepreneur", "investor",
    "contender", "hopeful", "lawmaker", "legislator", "comedian", "activist", "preacher", "evangelist", "author",
    "columnist", "commentator", "celebrity", "veteran", "heiress", "heir", "mayor-elect", "governor-elect",
];

/// Role nouns that usually stand for people the article does not name.
const UNNAMED_NOUNS: &[&str] = &[
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "aide", "aides",
    "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts", "officer", "staffer",
    "lawyer", "attorney", "member", "person", "resident", "voter", "supporter", "protester", "critic", "critics",
    "witness", "friend", "neighbor", "doctor", "economist", "researcher", "investigator", "investigators", "police",
];

/// Whether a speech verb follows `span` ("…, Mr. Obama said in an interview"):
/// the subject of a report, wherever it stands.
fn before_speech_verb(cx: &Context, span: Span) -> bool {
    let end = cx.text.floor_char_boundary(span.end + 24);
    let Some(rest) = cx.text.get(span.end..end) else { return false };
    rest.starts_with(' ')
        && rest.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ':', ';']);
            w.chars().next().is_some_and(char::is_lowercase) && cx.lexicon.speech_verb(w).is_some()
        })
}

/// Auxiliaries and modals that follow a subject.
const AUXILIARIES: &[&str] = &[
    "has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "did", "does", "may", "might",
    "should", "must", "also", "then", "never", "still", "later", "again", "once", "now", "just", "often", "even",
    "already", "first", "quickly",
];

/// Speech verbs whose object, not subject, follows them ("told Roe", "asked Roe").
const OBJECT_VERBS: &[&str] = &[
    "tell", "ask", "urge", "call", "thank", "warn", "remind", "inform", "assure", "advise", "accuse", "praise",
    "criticize", "criticise", "blame", "question", "attack", "interview", "quote", "cite", "answer",
];

/// Whether a reporting verb stands right before `span` ("…, said Jo Bo, an
/// analyst"): the inverted subject of a report.
fn after_speech_verb(cx: &Context, span: Span) -> bool {
    let a = cx.text.floor_char_boundary(span.start.saturating_sub(16));
    let before = cx.text[a..span.start].trim_end_matches(['.', ' ']);
    let before = before.strip_suffix(" Mr").or_else(|| before.strip_suffix(" Ms")).or_else(|| before.strip_suffix(" Mrs")).unwrap_or(before);
    let Some((rest, prev)) = before.rsplit_once(' ').filter(|(_, p)| p.starts_with(char::is_lowercase)) else { return false };
    // Only inverted after a quote or a clause: `", said Jo Bo"`, `, says Jo Bo`; not a possessive ("said Bo's aide").
    let possessive = cx.text[span.end..].starts_with(['\'', '’']) || span.of(cx.text).ends_with("'s") || span.of(cx.text).ends_with("’s");
    // Not the subject of a reported clause ("Roe, the chairman, said Li had
    // erred"): an inverted subject has no verb of its own after it.
    !possessive && rest.trim_end().ends_with([',', '"', '”', '\''])
        && cx.lexicon.speech_verb(prev).is_some_and(|lemma| !OBJECT_VERBS.contains(&lemma))
        && !before_verb(cx, span)
}

/// Whether a verb follows `span` ("Roe forcefully differed", "Roe, 40, has"):
/// the next lowercase word, past one adverb in -ly, is a speech verb, an
/// auxiliary, or a past or present form (-ed, -s).
pub(super) fn before_verb(cx: &Context, span: Span) -> bool {
    let end = cx.text.floor_char_boundary(span.end + 40);
    let Some(rest) = cx.text.get(span.end..end) else { return false };
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    // Past an age in apposition ("Jo Bo, 40, cited").
    let rest = match rest.strip_prefix(' ').map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit())) {
        Some(r) if r.len() + 1 < rest.len() && r.starts_with(", ") => &r[1..],
        _ => rest,
    };
    if !rest.starts_with(' ') {
        return false;
    }
    let mut it = rest.split_whitespace().map(|w| w.trim_end_matches([',', '.', ':', ';']));
    let Some(mut w) = it.next() else { return false };
    if w.len() > 4 && w.ends_with("ly") {
        w = it.next().unwrap_or("");
    }
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic())
        && (cx.lexicon.speech_verb(w).is_some()
            || AUXILIARIES.contains(&w)
            || (w.len() > 4 && w.ends_with("ed"))
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !cx.lexicon.is_stopword(w)))
}

/// Whether `span` is the subject of a clause after a comma or a conjunction
/// ("When Roe spoke, Mr. Li forcefully differed"): it stands after ", ",
/// "and" or "but", and before a verb.
fn clause_subject(cx: &Context, span: Span) -> bool {
    let a = cx.text.floor_char_boundary(span.start.saturating_sub(12));
    let before = cx.text[a..span.start].trim_end_matches(['.', ' ']);
    let before = before.strip_suffix(" Mr").or_else(|| before.strip_suffix(" Ms")).or_else(|| before.strip_suffix(" Mrs")).unwrap_or(before);
    let prev = before.rsplit(' ').next().unwrap_or("");
    (before.ends_with(',') || matches!(prev, "and" | "but"))
        && before_verb(cx, span)
}

/// Whether `span` opens its sentence: only capitalized words or determiners before it.
fn opens_sentence(cx: &Context, span: Span) -> bool {
    let Some(sent) = cx.seg.sentences.get(cx.seg.sentence_of(span.start)) else { return false };
    let mut before = &cx.text[sent.start.min(span.start)..span.start];
    // After an opening adverbial phrase ("In an interview Monday, Ham said").
    if let Some(i) = before.rfind(',') {
        let opener = before.split_whitespace().next().unwrap_or("");
        if !super::mention::INTRO.iter().any(|w| w.eq_ignore_ascii_case(opener)) {
            return false;
        }
        before = &before[i + 1..];
    }
    // At most four words before it (asked first: the cheapest test).
    if before.split_whitespace().nth(4).is_some() || before.contains([',', ';', ':', '(']) {
        return false;
    }
    !cx.seg.words_in(cx.text, Span::new(sent.start.min(span.start), span.start))
            .iter()
            .any(|w| cx.lexicon.speech_verb(w.text(cx.text)).is_some() || is_pronoun(w.text(cx.text)))
}

#[cfg(test)]
mod tests {

    use super::super::tests::speakers;
    use super::names_role;

    #[test]
    fn the_and_a_name_is_the_organization_of_that_name() {
        // Its fuller name in the article, by its last words or its initials.
        let t = "Greg Lam founded the Harbor Relief Fund.\n\n\"We will vote in May,\" the Fund said.";
        assert_eq!(speakers(t), vec![Some("Harbor Relief Fund".into())]);
        let t = "Greg Lam founded the Harbor Relief Fund.\n\n\"We will vote in May,\" the HRF said.";
        assert_eq!(speakers(t), vec![Some("Harbor Relief Fund".into())]);
        // Else the name as written, unless it is made of common words.
        let t = "Greg Lam spoke on Monday.\n\n\"We stand by the story,\" the Zorblax said.";
        assert_eq!(speakers(t), vec![Some("Zorblax".into())]);
        let t = "Greg Lam spoke on Monday.\n\n\"We stand by the story,\" the Courier said.";
        assert_eq!(speakers(t), vec![None]);
        // Not a title.
        let t = "Greg Lam spoke on Monday.\n\n\"We stand by the story,\" the President said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn the_subject_of_a_reported_clause_is_no_inverted_subject() {
        use super::super::Context;
        use super::People;
        let p = crate::Pipeline::builder().without_default_dicts().build().unwrap();
        let subject = |text: &str, name: &str| {
            let seg = p.segment(text);
            let matches = p.gazetteer().find(text);
            let entities = crate::resolve::resolve(text, &seg, &matches, p.gazetteer(), p.lexicon());
            let quotes = crate::quotes::find_quotes(text, &seg);
            let cx = Context { text, seg: &seg, quotes: &quotes, entities: &entities, lexicon: p.lexicon(), gazetteer: p.gazetteer() };
            let people = People::new(&cx);
            let at = text.rfind(name).unwrap();
            people.list.iter().find(|w| w.span.start == at).map(|w| w.subject)
        };
        // "…, said Holt" after a clause is the report's subject; "said Holt had erred" is what was reported.
        assert_eq!(subject("The plan failed, said Peter Holt, the chairman.", "Peter Holt"), Some(true));
        assert_eq!(subject("Greg Lam, the chairman, said Peter Holt had erred in May.", "Peter Holt"), Some(false));
    }

    #[test]
    fn a_person_is_named_by_the_articles_first_name() {
        let dict = "q:zz1\tPERSON\tpolitician\tRob Halvorsen\tRobert Halvorsen|Robert K. Halvorsen|Halvorsen\tm\tUS\tsenator\t10\n";
        let p = crate::Pipeline::builder().without_default_dicts().dict_str("test.tsv", dict).build().unwrap();
        let speaker = |text: &str| p.annotate_text(text).quotes.iter().map(|q| q.speaker.as_ref().map(|s| s.name.to_string())).collect::<Vec<_>>();
        let t = "Sen. Robert K. Halvorsen spoke on Monday.\n\n\"We will vote,\" Halvorsen said.";
        assert_eq!(speaker(t), vec![Some("Robert Halvorsen".into())]);
        // The dictionary's own first name in the article: the dictionary's name.
        let t = "Sen. Rob Halvorsen spoke on Monday.\n\n\"We will vote,\" Halvorsen said.";
        assert_eq!(speaker(t), vec![Some("Rob Halvorsen".into())]);
    }

    #[test]
    fn i_outside_a_quote_is_the_unnamed_writer() {
        let t = "Greg Lam spoke on Monday.\n\n\"We will win,\" I said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn i_outside_a_quote_is_the_writer_the_article_names() {
        // A closing line about the author.
        let t = "Greg Lam spoke on Monday.\n\n\"We will win,\" I said to him.\n\nHe agreed.\n\nMira Okonjo is a senior editor at the Harbor Courier.";
        assert_eq!(speakers(t), vec![Some("Mira Okonjo".into())]);
        // A byline.
        let t = "By Mira Okonjo\n\nGreg Lam spoke on Monday.\n\n\"We will win,\" I said to him.";
        assert_eq!(speakers(t), vec![Some("Mira Okonjo".into())]);
        // A book excerpt's author.
        let t = "The following is an excerpt from Mira Okonjo's new book.\n\nGreg Lam spoke on Monday.\n\n\"We will win,\" I said to him.";
        assert_eq!(speakers(t), vec![Some("Mira Okonjo".into())]);
        // The writer is no antecedent of a later "she": the woman last named is.
        let t = "By Mira Okonjo\n\nMy aunt Ada Fenwick drove us home.\n\n\"No,\" I said to her. \"Then walk,\" she said.";
        assert_eq!(speakers(t), vec![Some("Mira Okonjo".into()), Some("Ada Fenwick".into())]);
        // Two people named as authors: nobody.
        let t = "By Mira Okonjo\n\nGreg Lam spoke on Monday.\n\n\"We will win,\" I said to him.\n\nHe agreed.\n\nAda Fenwick is a reporter at the Harbor Courier.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn he_or_she_after_a_person_in_its_sentence_tells_the_persons_gender() {
        // First names of either gender: "she said" after "Holt said she" is Holt, not the last man named.
        let t = "Casey Holt and Jordan Lam ran the port.\n\nCasey Holt said she would stay on. Jordan Lam said he would leave.\n\n\"The pier is safe,\" she said.";
        assert_eq!(speakers(t), vec![Some("Casey Holt".into())]);
        let t = "Casey Holt and Jordan Lam ran the port.\n\nJordan Lam said he would leave. Casey Holt said she would stay on.\n\n\"The pier is safe,\" he said.";
        assert_eq!(speakers(t), vec![Some("Jordan Lam".into())]);
    }

    #[test]
    fn a_name_modifying_an_unnamed_role_is_not_the_speaker() {
        let t = "Greg Lam spoke on Monday.\n\n\"We will appeal,\" one Greg Lam adviser said.";
        assert_eq!(speakers(t), vec![None]);
        let t = "Greg Lam spoke on Monday.\n\n\"We will win,\" Greg Lam supporters said.";
        assert_eq!(speakers(t), vec![None]);
        let t = "Greg Lam spoke on Monday.\n\n\"It is over,\" a spokesman for Greg Lam said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn a_pronoun_does_not_continue_an_unnamed_document() {
        // "a statement" names no person: "he added" is the man who spoke in it.
        let t = "Greg Lam chairs the port board.\n\n\"It is a sad day,\" a statement said.\n\n\"We will appeal,\" he added.";
        assert_eq!(speakers(t), vec![None, Some("Greg Lam".into())]);
    }

    #[test]
    fn a_place_after_a_role_head_is_not_the_speaker() {
        // "the senator from Vermont" is a senator, not Vermont.
        let t = "Sen. Greg Lam of Vermont toured the plant on Monday.\n\n\"It will open in May,\" the senator from Vermont said.";
        let s = speakers(t);
        assert_ne!(s, vec![Some("Vermont".into())]);
        assert_eq!(s, vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn a_pronoun_continues_a_described_subject_of_the_sentence_before() {
        // "The mayor" opens the sentence before: "he" is the mayor, not the last named subject.
        let t = "Greg Lam said the vote was fair.\n\nThe plan was drafted by Peter Holt, the mayor, last year.\n\nThe mayor wondered how it would be paid for.\n\n\"Who will pay for this?\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        // A description that names no one nearby leaves the pronoun as it was.
        let t = "Greg Lam said the vote was fair.\n\nThe mayor wondered how it would be paid for.\n\n\"Who will pay for this?\" he said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn a_first_name_alone_gets_the_one_full_name_that_starts_with_it() {
        // Apposed to a relative, then named in full later.
        let t = "Peter Roe toured the plant on Monday. His wife, Jane, spoke to reporters there.\n\n\"We are proud of him,\" she said.\n\nJane Roe left at noon.";
        assert_eq!(speakers(t), vec![Some("Jane Roe".into())]);
        // After "named", with no full name: the first name itself.
        let t = "Peter Roe spoke on Monday.\n\nThe woman who asked the question was a nurse named Caroline.\n\n\"He listens to us,\" she said.";
        assert_eq!(speakers(t), vec![Some("Caroline".into())]);
    }

    #[test]
    fn a_first_name_apposed_to_a_named_persons_relative_takes_the_family_name() {
        let t = "Peter Roe spoke first.\n\nLater Roe's wife, Jane, took the stage.\n\n\"He is a good man,\" she said.";
        assert_eq!(speakers(t), vec![Some("Jane Roe".into())]);
    }

    #[test]
    fn a_titled_surname_read_as_an_organization_of_something_is_a_person() {
        let t = "Ann Berg studied the tax in May.\n\n\"It will not pass,\" said Mr. Holt of the Tax Policy Center. \"Nobody wants it,\" he added.";
        assert_eq!(speakers(t), vec![Some("Holt".into()), Some("Holt".into())]);
    }

    #[test]
    fn a_place_inside_a_name_that_opens_with_a_first_name_does_not_hide_the_person() {
        let t = "The judge ruled on Monday.\n\nGreg Lam spoke first. Peter R. Denver, a lawyer for the group, later spoke.\n\n\"The ruling is wrong,\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter R. Denver".into())]);
    }

    #[test]
    fn capitalized_role_words_before_a_first_name_are_not_the_name() {
        let t = "The plane landed.\n\nGreg Lam was answering a message from Undersecretary for Political Affairs Wendy Berg, who had flown in. \"We are safe,\" she wrote.";
        assert_eq!(speakers(t), vec![Some("Wendy Berg".into())]);
        let t = "The plane landed.\n\nGreg Lam was answering a message from Undersecretary for Political Affairs Greg Holt, who had flown in. \"We are safe,\" Holt wrote.";
        assert_eq!(speakers(t), vec![Some("Greg Holt".into())]);
    }

    #[test]
    fn a_surname_that_is_also_a_common_word_is_still_the_name() {
        let t = "The book came out in May.\n\nHarry Hurt III had hoped to publish it again.\n\nMr. Hurt is eager to get it out. \"Time is short,\" he said.";
        assert_eq!(speakers(t), vec![Some("Harry Hurt".into())]);
        let t = "Ann Woods, whose husband, Navy SEAL Bo Woods, died in the war, spoke on Monday.\n\nWoods said she was proud. \"He was brave,\" she said.";
        assert_eq!(speakers(t), vec![Some("Ann Woods".into())]);
    }

    #[test]
    fn a_run_known_only_by_its_last_word_after_at_is_a_place() {
        let t = "At Boca West, where it costs a lot to join, Greg Lam, the club's president, said the rules work.\n\n\"We are fine,\" he said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn a_document_speaks_for_whoever_the_article_says_issued_it() {
        let t = "Greg Lam met Peter Holt in May. Later, Peter Holt released a statement on the pier.\n\n\"The pier must close,\" the statement said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        let t = "Greg Lam met Peter Holt in May. Lam kept a short note from Peter Holt.\n\n\"The pier must close,\" the note said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        // Two issuers: no one of them alone.
        let t = "Greg Lam and Peter Holt sent a letter in May.\n\n\"The pier must close,\" the letter said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn an_age_after_a_name_tells_who_the_n_year_old_is() {
        let t = "Greg Lam spoke first. Ann Rowe, 46, spoke later. Greg Lam left.\n\n\"We won,\" said the 46-year-old.";
        assert_eq!(speakers(t), vec![Some("Ann Rowe".into())]);
    }

    #[test]
    fn a_description_whose_head_opens_it_has_no_places_before_the_head() {
        // The mention "mother of Ruritania's ... victim" starts with its head
        // noun: no words before it (this once sliced `words[1..0]` and panicked).
        let t = "Ann Rowe, the mother of Ruritania's iconic abduction victim Greta Rowe told a broadcaster \
                 that it seemed like a \"miracle\". \"I feel, we've finally come this far.\"";
        assert_eq!(speakers(t), vec![Some("Ann Rowe".into()), Some("Ann Rowe".into())]);
    }

    #[test]
    fn the_two_are_the_pair_the_article_joined_by_and() {
        let t = "Greg Lam and Senate Chairman Peter Holt wrote to the board in May.\n\n\"The pier must close,\" the two senators said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam; Peter Holt".into())]);
        let t = "Ann Rowe, Greg Lam and Peter Holt wrote to the board in May.\n\n\"The pier must close,\" the two said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn a_role_after_vice_or_deputy_is_another_role() {
        assert!(names_role("the president", "president"));
        assert!(names_role("the former president", "president"));
        assert!(!names_role("the vice president", "president"));
        assert!(!names_role("the deputy mayor", "mayor"));
        assert!(!names_role("the vice-president", "president"));
        assert!(!names_role("the presidential hopeful", "president"));
        assert!(names_role("the former ohio governor", "governor of ohio"));
        assert!(!names_role("the ohio lieutenant governor", "governor of ohio"));
    }

    #[test]
    fn a_place_in_a_description_must_be_written_with_the_person() {
        let dict = "q:zz2\tLOC\tstate\tVellmark\t\t\tUS\t\t10\nq:zz3\tNORP\tparty\tRepublican\t\t\tUS\t\t10\n";
        let p = crate::Pipeline::builder().without_default_dicts().dict_str("test.tsv", dict).build().unwrap();
        let speakers = |text: &str| p.annotate_text(text).quotes.iter().map(|q| q.speaker.as_ref().map(|s| s.name.to_string())).collect::<Vec<_>>();
        let t = "Republican Peter Holt spoke first. Greg Lam left the hall.\n\nPeter Holt met reporters.\n\n\"We won,\" the Vellmark Republican said.";
        assert_eq!(speakers(t), vec![None]);
        let t = "Vellmark Republican Peter Holt spoke first. Greg Lam left the hall.\n\nPeter Holt met reporters.\n\n\"We won,\" the Vellmark Republican said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
    }

    #[test]
    fn a_persons_letter_speaks_for_the_person() {
        let t = "Greg Lam wrote to the board in May.\n\n\"The pier must close,\" Lam's letter said.";
        assert_eq!(speakers(t), vec![Some("Greg Lam".into())]);
    }

    #[test]
    fn a_persons_campaign_is_named_after_the_person() {
        let t = "Greg Lam spoke on Monday.\n\n\"We raised more,\" the Greg Lam campaign said.";
        assert_eq!(speakers(t), vec![Some("Lam campaign".into())]);
    }

    #[test]
    fn a_pronoun_after_an_unnamed_speaker_stays_unnamed() {
        let t = "Karen Holt opened the mall in May.\n\n\"Sales are up,\" the mall's spokeswoman said. \"We are pleased,\" she added.";
        assert_eq!(speakers(t), vec![None, None]);
    }

    #[test]
    fn the_subject_after_an_opening_clause_is_the_pronouns_antecedent() {
        let t = "When Greg Lam spoke on Monday, Peter Holt forcefully differed.\n\n\"That is false,\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
    }

    #[test]
    fn an_apposed_or_inverted_subject_is_the_pronouns_antecedent() {
        // A subject in apposition before its verb.
        let t = "Greg Lam spoke first.\n\nThe firm's founder, Peter Holt, plays down the risk.\n\n\"We are fine,\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        // The inverted subject of a report.
        let t = "Greg Lam spoke first.\n\nThe plan is too costly, said Peter Holt, an economist. \"It will fail,\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        // Not the object of "told", nor the subject of a reported clause.
        let t = "Peter Holt spoke first. The plan is too costly, Holt told Greg Lam. \"It will fail,\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
    }

    #[test]
    fn descriptions_to_the_article_s_organization_or_person() {
        // A generic organization noun: the organization the paragraph is about.
        let t = "Peter Holt founded Brightwater Holdings Inc. in May.\n\n\"We will grow,\" the company said.";
        let q = speakers(t);
        assert!(q[0].as_deref().is_some_and(|s| s.contains("Brightwater")), "{q:?}");
        // A person noun far from any name: the person the article is about.
        let t = "Peter Holt ran. Peter Holt won. Greg Lam lost. Peter Holt spoke.\n\nThe vote was long.\n\nThe count was slow.\n\n\"We won,\" the tycoon said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        // A demonym only for a person written with it.
        let t = "Peter Holt ran. Peter Holt won. Peter Holt spoke.\n\nThe vote was long.\n\n\"We won,\" the Texan said.";
        assert_eq!(speakers(t), vec![None]);
        let t = "Peter Holt, a Texan, ran.\n\n\"We won,\" the Texan said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        // Or with the place the demonym comes from.
        let t = "Former Texas Gov. Peter Holt ran. Greg Lam lost.\n\nThe vote was long.\n\n\"We won,\" the Texan said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        let t = "Former Vellmark Gov. Peter Holt ran. Greg Lam lost.\n\nThe vote was long.\n\n\"We won,\" the Texan said.";
        assert_eq!(speakers(t), vec![None]);
        let t = "Former Vellmark Gov. Peter Holt ran against the Texas senator and Greg Lam.\n\nThe vote was long.\n\n\"We won,\" the Texan said.";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn a_compound_surname_alone_gets_the_full_name() {
        let t = "\"We lost,\" said Peter Okonkwo Smith, the mayor.\n\n\"It is hard,\" Okonkwo Smith said.";
        assert_eq!(speakers(t), vec![Some("Peter Okonkwo Smith".into()), Some("Peter Okonkwo Smith".into())]);
    }

    #[test]
    fn a_subject_with_an_age_in_apposition_is_the_pronouns_antecedent() {
        let t = "Greg Lam spoke first.\n\nPeter Holt, 40, cited the cost. \"It is too much,\" he said.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
    }

    #[test]
    fn a_known_surname_alone_as_subject_is_a_person() {
        let t = "Holt openly admitted the delay.\n\n\"It was my fault,\" he said.";
        assert_eq!(speakers(t), vec![Some("Holt".into())]);
    }

    #[test]
    fn roles_acronyms_and_numerals_are_not_part_of_the_name() {
        let t = "\"We won,\" said Ohio-based Peter Holt III.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
        let t = "\"We won,\" said Secretary-Treasurer Peter Holt.";
        assert_eq!(speakers(t), vec![Some("Peter Holt".into())]);
    }

    #[test]
    fn an_organization_is_named_without_its_article() {
        use super::Who;
        use crate::annotation::Span;
        use std::borrow::Cow;
        let w = Who { span: Span::new(0, 3), name: Cow::Borrowed("The Daily Courier"), id: None, gender: None, org: true, subject: false };
        assert_eq!(w.speaker().name, "Daily Courier");
        let w = Who { org: false, name: Cow::Borrowed("The Rock"), ..w };
        assert_eq!(w.speaker().name, "The Rock");
    }
}

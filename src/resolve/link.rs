//! In-article linking: later short or variant mentions of a name the
//! article has already given in full.

use std::cell::OnceCell;
use super::infer::name_part;
use super::tokens::{is_family_name_first, Tok};
use crate::annotation::{Entity, EntityType, Gender, Source, Span};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// The surname of a multi-word person name: its last word, unless that is a
/// suffix like "Jr." (then the word before).
pub fn surname(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace().rev();
    let mut last = words.next()?;
    let mut before = words.next()?;
    if matches!(last.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV") {
        last = before;
        before = words.next()?;
    }
    let _ = before;
    let last = name_part(last.trim_end_matches(','));
    (last.chars().count() >= 3 && last.chars().next().is_some_and(char::is_uppercase)).then_some(last)
}


/// The short form a person is named by again: the surname ("Brandt"), or
/// for a younger namesake the surname with its suffix ("Ivo Brandt Jr." →
/// "Brandt Jr."), never "Brandt" alone: that is the unsuffixed bearer (his
/// father, often the better known), named in the article or not.
fn surname_form(name: &str) -> Option<&str> {
    let sn = surname(name)?;
    let last = name.rsplit(' ').next()?;
    if !matches!(last.trim_end_matches('.'), "Jr" | "II" | "III" | "IV") {
        return Some(sn);
    }
    let start = name.len().checked_sub(last.len() + sn.len() + 1)?;
    name.get(start..).filter(|f| f.get(..sn.len()) == Some(sn) && f[sn.len()..].starts_with(' '))
}

/// What a linked form stands for.
#[derive(Clone, Copy)]
struct Target {
    entity: usize,
    /// Mentions of it are `alias` (short or variant forms) rather than
    /// repeats of an inferred name.
    alias: bool,
    /// A surname that is also a common word ("Gore", "Hope"): linked only
    /// where it stands as a name (inside a sentence, alone, no article).
    guarded: bool,
}

/// The initials of the capitalized words of `name` ("International Atomic
/// Energy Agency" → "IAEA"), compared with `acr` without allocating.
fn initials_match(name: &str, acr: &str) -> bool {
    let mut it = acr.chars().filter(|c| c.is_alphabetic());
    for w in name.split(|c: char| c.is_whitespace() || c == '-') {
        let Some(c) = w.chars().next() else { continue };
        if !c.is_uppercase() {
            continue;
        }
        if it.next() != Some(c) {
            return false;
        }
    }
    it.next().is_none()
}

/// The nickname of a side written as a place and a nickname of one or two
/// words ("Leeds Marmots" → "Marmots", "Leeds Red Sox" → "Red Sox"): no
/// common word alone ("Leeds United" gives no "United").
fn nickname<'a>(written: &'a str, gazetteer: &Gazetteer, lexicon: &Lexicon) -> Option<&'a str> {
    let (place, nick) = written.split_once(' ')?;
    let words = nick.split(' ').count();
    if !(1..=2).contains(&words) || !nick.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)) {
        return None;
    }
    let last = nick.rsplit(' ').next()?;
    if words == 1 && lexicon.classes(last) & (Lexicon::STOP | Lexicon::FIRST | Lexicon::TITLE) != 0 {
        return None;
    }
    let is_place = gazetteer.find(place).iter().any(|m| m.span.start == 0 && m.span.end == place.len() && gazetteer.entry(m.entry).etype == EntityType::Loc);
    is_place.then_some(nick)
}

/// Whether the capitalized word `i` stands as a name: inside a sentence,
/// no capitalized word glued or next to it, no article or determiner before
/// it ("after Al Zorvan spoke, Gore said", not "the Gore vote" or "Hope
/// Street").
fn stands_as_name(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if i == 0 || t.sent_start || t.line_start || t.headline || t.upper || !t.ws_before {
        return false;
    }
    let prev = &toks[i - 1];
    let prev_word = prev.text(text);
    if prev.cap || matches!(prev_word.to_ascii_lowercase().as_str(), "the" | "a" | "an" | "this" | "that" | "our" | "their" | "his" | "her" | "its" | "of") {
        return false;
    }
    toks.get(i + 1).is_none_or(|n| !(text[t.span.end..n.span.start].starts_with('-') || n.cap && n.ws_before))
}

/// The gender an honorific right before token `i` gives ("Ms. Kelb").
fn honorific_gender(text: &str, toks: &[Tok], i: usize) -> Option<Gender> {
    let p = toks.get(i.checked_sub(1)?)?;
    let before = &text[..p.span.end];
    let word = match text[p.span.end..toks[i].span.start].as_ref() {
        " " => p.text(text),
        // "Ms. Kelb": the period may be left out of the word.
        ". " => before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""),
        _ => return None,
    };
    match word.trim_end_matches('.') {
        "Mr" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
        _ => None,
    }
}

/// The role stem of a political title right before token `i` ("President
/// Kelb", "Sen. Kelb"), skipping "former" and capitalized title words.
fn title_before(text: &str, toks: &[Tok], i: usize) -> Option<&'static str> {
    let p = toks.get(i.checked_sub(1)?)?;
    match &text[p.span.end..toks[i].span.start] {
        " " | ". " => super::choose::title_stem(p.text(text)),
        _ => None,
    }
}

/// Weight from which a world-famous person not named in full in the
/// article is still a bearer of a bare surname of it (the best-known heads
/// of state and government).
const FAMOUS_UNNAMED: u64 = 30_000;

/// A person named by a bare surname that several people share: the
/// article's people of that surname and the world-famous bearer of it
/// (named in the article or not).
#[derive(Clone, Copy)]
enum Bearer {
    /// An entity of the article.
    Entity(usize),
    /// The world-famous bearer's dictionary entry, not named in full.
    Famous(u32),
}

/// Surname → where the article first gives its world-famous bearer a title
/// of theirs ("President Kelb"): found in one pass over the article, and
/// only when a rule first asks (most articles never do).
struct TitledAt<'a> {
    text: &'a str,
    toks: &'a [Tok],
    gazetteer: &'a Gazetteer,
    first: OnceCell<FxHashMap<&'a str, usize>>,
}

impl<'a> TitledAt<'a> {
    fn get(&self, w: &str) -> Option<usize> {
        let first = self.first.get_or_init(|| {
            let (text, toks, gazetteer) = (self.text, self.toks, self.gazetteer);
            let mut first: FxHashMap<&'a str, usize> = FxHashMap::default();
            for (k, t) in toks.iter().enumerate() {
                let w = t.text(text);
                if !t.cap || first.contains_key(w) {
                    continue;
                }
                let Some(f) = gazetteer.famous_surname(w) else { continue };
                if title_before(text, toks, k).is_some_and(|s| holds_title(&gazetteer.entry(f).roles, s)) {
                    first.insert(w, t.span.start);
                }
            }
            first
        });
        first.get(w).copied()
    }
}

/// Whether one of an entry's roles holds a title's stem ("president" in
/// "president of Zorvakia"): what makes "President Kelb" that bearer.
fn holds_title(roles: &[Box<str>], stem: &str) -> bool {
    roles.iter().any(|r| r.contains(stem))
}

/// Which of the bearers of surname `w` the bare surname at token `i` names:
/// the one an honorific's gender or a title's role leaves ("Ms. Kelb",
/// "President Kelb"), else the first named (the world-famous bearer counts
/// from the first time the article gives the surname a title of theirs),
/// else nobody (`None`: a person with no link). "President Kelb" is nobody
/// when no bearer left holds a presidency and some have roles.
#[allow(clippy::too_many_arguments)]
fn bearer_of(text: &str, toks: &[Tok], i: usize, w: &str, target: usize, namesakes: &FxHashMap<&str, Vec<usize>>, titled_at: &TitledAt<'_>, entities: &[Entity<'_>], gazetteer: &Gazetteer, lexicon: &Lexicon) -> Option<Bearer> {
    let mut cands: Vec<Bearer> = namesakes.get(w).map_or_else(|| vec![Bearer::Entity(target)], |v| v.iter().map(|&e| Bearer::Entity(e)).collect());
    let gender = |b: &Bearer| match *b {
        Bearer::Entity(e) => entities[e].gender.filter(|_| entities[e].id.is_some()),
        Bearer::Famous(f) => gazetteer.entry(f).gender,
    };
    let roles = |b: &Bearer| -> Option<&[Box<str>]> {
        let idx = match *b {
            Bearer::Entity(e) => entities[e].entry.filter(|_| entities[e].id.is_some())?,
            Bearer::Famous(f) => f,
        };
        Some(&gazetteer.entry(idx).roles)
    };
    let holds = |b: &Bearer, s: &str| roles(b).is_some_and(|r| holds_title(r, s));
    // An article person who is no entry ("Ada Kelb", a local official).
    let plain = |b: &Bearer| matches!(*b, Bearer::Entity(e) if entities[e].id.is_none() && entities[e].canonical.split_whitespace().next().is_some_and(|f| lexicon.is_first_name(f)));
    // Where the world-famous bearer is first named by a title of theirs.
    let mut famous_at = usize::MAX;
    if let Some(f) = gazetteer.famous_surname(w) {
        let fe = gazetteer.entry(f);
        let named = cands.iter().any(|b| matches!(b, Bearer::Entity(e) if entities[*e].id.as_deref() == Some(&*fe.id)));
        // Not named in full, the world-famous bearer is a bearer when among
        // the very best known, the surname no common one ("Kelb" Harris
        // could be anybody), no plain person of the article bears it, and
        // the article gives the surname a title of theirs somewhere
        // ("President Kelb").
        if !named && fe.weight >= FAMOUS_UNNAMED && lexicon.classes(w) & Lexicon::COMMON_SURNAME == 0 && !cands.iter().any(plain) {
            if let Some(at) = titled_at.get(w) {
                famous_at = at;
                cands.push(Bearer::Famous(f));
            }
        }
    }
    if let Some(g) = honorific_gender(text, toks, i) {
        let other = if g == Gender::Male { Gender::Female } else { Gender::Male };
        cands.retain(|b| gender(b) != Some(other));
    }
    if let Some(s) = title_before(text, toks, i) {
        if cands.iter().any(|b| holds(b, s)) {
            cands.retain(|b| holds(b, s));
        } else if s == "president" {
            // "President Kelb": not one whose entry lists roles and no
            // presidency (his wife, a senator).
            cands.retain(|b| roles(b).is_none_or(<[Box<str>]>::is_empty));
        }
    }
    if cands.len() <= 1 {
        return cands.pop();
    }
    // Several left: the first named (a report about one of a family names
    // them in full first and by the surname after).
    cands.into_iter().min_by_key(|b| match *b {
        Bearer::Entity(e) => entities[e].span.start,
        Bearer::Famous(_) => famous_at,
    })
}

/// The mention `span` (token `i`, first word `w`) of target `tg`: a bare
/// surname of a person goes to the bearer [`bearer_of`] picks, or to
/// nobody (a person with no link).
#[allow(clippy::too_many_arguments)]
fn named<'p>(text: &str, toks: &[Tok], i: usize, w: &str, span: Span, tg: &Target, source: Source, namesakes: &FxHashMap<&str, Vec<usize>>, titled_at: &TitledAt<'_>, entities: &[Entity<'p>], gazetteer: &'p Gazetteer, lexicon: &Lexicon) -> Entity<'p> {
    let target = &entities[tg.entity];
    let bare = tg.alias && target.etype == EntityType::Person && span.len() == w.len() && target.span.of(text) != w;
    if !bare {
        return Entity { span, source, ..target.clone() };
    }
    match bearer_of(text, toks, i, w, tg.entity, namesakes, titled_at, entities, gazetteer, lexicon) {
        Some(Bearer::Entity(e)) => Entity { span, source, ..entities[e].clone() },
        Some(Bearer::Famous(f)) => {
            let en = gazetteer.entry(f);
            Entity { span, source, etype: EntityType::Person, entry: Some(f), id: Some(Cow::Borrowed(&*en.id)), canonical: Cow::Borrowed(&*en.canonical), gender: en.gender }
        }
        None => {
            let mut e = Entity { span, source: Source::Inferred, ..target.clone() };
            super::choose::unlink(text, &mut e, lexicon);
            e.gender = honorific_gender(text, toks, i);
            e
        }
    }
}

/// "in May 1921", "June 4": a month's name before a number is the month,
/// whoever is surnamed so.
fn month_before_number(text: &str, toks: &[Tok], i: usize, w: &str) -> bool {
    matches!(w, "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December")
        && toks.get(i + 1).is_some_and(|n| n.text(text).starts_with(|c: char| c.is_ascii_digit()))
}

/// Adds alias mentions and repeats to `entities` (sorted by start,
/// non-overlapping), keeping them sorted and non-overlapping.
///
/// - Surnames: a person named in full (dictionary or inferred) is also
///   named by the surname of the written form (the first word for an East
///   Asian family name: "Wang Lirong" → "Wang"), of the canonical name and
///   of every dictionary alias ("Zelensky", "Zelenskiy" → Volodymyr
///   Zelenskyy). A one-word dictionary place or organization that is the
///   surname of a person of the article becomes that person ("Jordan"
///   after "Michael Jordan").
/// - Repeats: an inferred name written again is inferred again (also at a
///   sentence start, where shape alone says nothing); a one-word inferred
///   person ("President Clinton") also over a dictionary town (never over
///   a region, a country or an organization).
/// - Acronyms: "International Atomic Energy Agency (IAEA)" defines IAEA
///   for the rest of the article; after an organization any ALL-CAPS word in
///   the parentheses does, as acronyms of names in other languages do not
///   match the English words ("National Bank of Zembla (BNZ)").
/// - ALL CAPS words (headlines) link to a name of the article written the
///   same way in Title Case.
pub fn link<'p>(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'p>>, gazetteer: &'p Gazetteer, lexicon: &Lexicon, sports: bool) {
    // (first word, form, target, priority): forms borrowed from the text or
    // the gazetteer; priority 0 for forms of the article, 1 for dictionary
    // variants, 2 for the first word of an organization.
    let mut keys: Vec<(&str, &str, Target, u8)> = Vec::new();
    // Surname → the distinct people of the article who bear it.
    let mut namesakes: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let first_of = |f: &str| -> usize { f.find(char::is_whitespace).unwrap_or(f.len()) };
    for (ei, e) in entities.iter().enumerate() {
        let written = e.span.of(text);
        let mut push = |form, t, prio| keys.push((&form[..first_of(form)], form, t, prio));
        match (e.etype, e.source) {
            (EntityType::Person, _) => {
                // "Wang Lirong" is Wang: the family name comes first.
                if let Some(fw) = written.split_whitespace().next().filter(|w| is_family_name_first(w) && written.len() > w.len()) {
                    push(fw, Target { entity: ei, alias: true, guarded: false }, 0);
                }
                if let Some(sn) = surname_form(written) {
                    let v = namesakes.entry(sn).or_default();
                    // Another person when the first name differs ("Ada Kelb",
                    // "Ivo Kelb"); "Ivo Kelb" and "Ivo J. Kelb" are one.
                    let first = |x: &Entity<'_>| x.canonical.split_whitespace().next().map(str::to_owned);
                    if !v.iter().any(|&o: &usize| first(&entities[o]) == first(e)) {
                        v.push(ei);
                    }
                    let guarded = lexicon.classes(sn) & Lexicon::STOP != 0;
                    push(sn, Target { entity: ei, alias: true, guarded }, if guarded { 3 } else { 0 });
                }
                if let Some(idx) = e.entry {
                    let entry = gazetteer.entry(idx);
                    for f in entry.surface_forms() {
                        if let Some(sn) = surname_form(f) {
                            if lexicon.classes(sn) & Lexicon::STOP == 0 {
                                keys.push((sn, sn, Target { entity: ei, alias: true, guarded: false }, 1));
                            }
                        }
                    }
                }
                if e.source == Source::Inferred {
                    keys.push((&written[..first_of(written)], written, Target { entity: ei, alias: false, guarded: false }, 0));
                }
            }
            (_, Source::Inferred) => push(written, Target { entity: ei, alias: false, guarded: false }, 0),
            _ => {}
        }
        // "Quaker Oats Co" names "Quaker": the first word of a company name,
        // when it is no common word, first name or title.
        if e.etype == EntityType::Org && written.contains(' ') {
            let fw = name_part(&written[..first_of(written)]);
            let second = written[fw.len()..].split_whitespace().next().unwrap_or("");
            let bad = Lexicon::STOP | Lexicon::TITLE | Lexicon::FIRST;
            if fw.chars().count() >= 3
                && fw.len() == first_of(written)
                && fw.starts_with(char::is_uppercase)
                && second.starts_with(char::is_uppercase)
                && lexicon.classes(fw) & bad == 0
            {
                keys.push((fw, fw, Target { entity: ei, alias: true, guarded: false }, 2));
            }
        }
        // "Leeds Marmots" names "Marmots" in a sports report: a side named
        // by a place, then its nickname, is also named by the nickname.
        if sports && e.etype == EntityType::Org && e.source == Source::Inferred {
            if let Some(nick) = nickname(written, gazetteer, lexicon) {
                keys.push((&nick[..first_of(nick)], nick, Target { entity: ei, alias: true, guarded: false }, 2));
            }
        }
        // Acronym defined in parentheses right after the name.
        if matches!(e.etype, EntityType::Org | EntityType::Loc) && written.contains(' ') {
            let rest = &text[e.span.end..];
            if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a.trim()) {
                if (2..=8).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase()) && (e.etype == EntityType::Org || initials_match(written, inner)) {
                    keys.push((inner, inner, Target { entity: ei, alias: true, guarded: false }, 0));
                }
            }
        }
    }
    if keys.is_empty() {
        return;
    }
    // Grouped by first word, by priority, then in entity order; one entry
    // per form and kind.
    keys.sort_by(|a, b| a.0.cmp(b.0).then(a.3.cmp(&b.3)));
    keys.dedup_by(|b, a| a.1 == b.1 && a.2.alias == b.2.alias);
    // First word → its run of keys (one hash lookup per capitalized word).
    let mut runs: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        runs.entry(k.0).and_modify(|r| r.1 = i + 1).or_insert((i, i + 1));
    }
    let lookup = |w: &str| -> &[(&str, &str, Target, u8)] {
        runs.get(w).map_or(&[], |&(lo, hi)| &keys[lo..hi])
    };
    let has_upper_keys = toks.iter().any(|t| t.upper);

    let titled_at = TitledAt { text, toks, gazetteer, first: OnceCell::new() };
    let mut added: Vec<Entity<'p>> = Vec::new();
    let mut removed: Vec<usize> = Vec::new();
    let mut ei = 0usize;
    let mut i = 0usize;
    while i < toks.len() {
        let t = toks[i];
        while ei < entities.len() && entities[ei].span.end <= t.span.start {
            ei += 1;
        }
        let covering = (ei < entities.len() && entities[ei].span.overlaps(&t.span)).then_some(ei);
        if !(t.cap || t.upper) {
            i += 1;
            continue;
        }
        let w = name_part(t.text(text));
        if let Some(c) = covering {
            // Person over place: a one-word dictionary place that is the
            // surname of a person of this article. A one-word inferred name
            // that is the short form of another name of the article is that
            // name ("Quaker said" after "Quaker Oats Co").
            let e = &entities[c];
            let one_word = e.span == Span::new(t.span.start, t.span.start + w.len());
            let dict_place = e.source == Source::Dictionary && matches!(e.etype, EntityType::Loc | EntityType::Org);
            if one_word && (dict_place || e.source == Source::Inferred) && !month_before_number(text, toks, i, w) {
                // A one-word person of the article ("President Clinton") is
                // that person when written again ("Clinton and ...").
                let town = e.entry.is_none_or(|i| matches!(&*gazetteer.entry(i).subtype, "city" | ""));
                let repeat = |tg: &Target| !tg.alias && entities[tg.entity].etype == EntityType::Person && e.source == Source::Dictionary && e.etype == EntityType::Loc && town;
                if let Some((_, _, tg, _)) = lookup(w).iter().find(|(_, f, tg, _)| *f == w && (tg.alias || repeat(tg)) && (!tg.guarded || stands_as_name(text, toks, i))) {
                    let target = &entities[tg.entity];
                    let ok = target.etype == EntityType::Person || (!dict_place && target.etype != e.etype);
                    if ok && target.span.start != e.span.start {
                        let source = if tg.alias { Source::Alias } else { Source::Inferred };
                        added.push(named(text, toks, i, w, e.span, tg, source, &namesakes, &titled_at, entities, gazetteer, lexicon));
                        removed.push(c);
                    }
                }
            }
            i += 1;
            continue;
        }
        let mut hit: Option<(Span, Target, usize)> = None;
        let cands = lookup(w);
        if !cands.is_empty() {
            for (_, form, tg, _) in cands {
                if text[t.span.start..].starts_with(form) {
                    let span = Span::new(t.span.start, t.span.start + form.len());
                    if !crate::gazetteer::on_word_boundaries(text, span) {
                        continue;
                    }
                    if hit.is_none_or(|(h, ht, _)| span.len() > h.len() || (span.len() == h.len() && tg.alias && !ht.alias)) {
                        let ntoks = form.split_whitespace().count();
                        hit = Some((span, *tg, ntoks));
                    }
                }
            }
        } else if t.upper && has_upper_keys {
            for (_, form, tg, _) in &keys {
                if form.len() == w.len() && !form.contains(' ') && form.eq_ignore_ascii_case(w) && *form != w {
                    hit = Some((Span::new(t.span.start, t.span.start + w.len()), *tg, 1));
                    break;
                }
            }
        }
        if let Some((span, tg, ntoks)) = hit {
            if (ntoks == 1 && month_before_number(text, toks, i, w)) || (tg.guarded && !stands_as_name(text, toks, i)) {
                i += 1;
                continue;
            }
            // "the Zorvan Grand Casino": after "the", a surname opening a
            // longer capitalized name is part of that name (whole names first).
            let opens_longer = ntoks == 1
                && i > 0
                && toks[i - 1].text(text) == "the"
                && toks.get(i + 1).is_some_and(|n| n.cap && n.ws_before && !n.line_start && n.span.start == span.end + 1);
            if tg.alias && opens_longer {
                i += 1;
                continue;
            }
            // Must not run into the next entity.
            let free = entities.get(ei).is_none_or(|e| e.span.start >= span.end);
            if free && entities[tg.entity].span != span {
                let src = if tg.alias || span.of(text) != entities[tg.entity].span.of(text) { Source::Alias } else { Source::Inferred };
                added.push(named(text, toks, i, w, span, &tg, src, &namesakes, &titled_at, entities, gazetteer, lexicon));
                i += ntoks.max(1);
                continue;
            }
        }
        i += 1;
    }
    if added.is_empty() {
        return;
    }
    removed.sort_unstable();
    removed.dedup();
    for r in removed.into_iter().rev() {
        entities.remove(r);
    }
    entities.extend(added);
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    let mut last_end = 0;
    entities.retain(|e| {
        let keep = e.span.start >= last_end;
        if keep {
            last_end = e.span.end;
        }
        keep
    });
}

#[cfg(test)]
mod tests {
    use crate::resolve::choose::context_tests::ids;

    const D: &str = "p:1\tPERSON\thead_of_state\tZorvan Kelbrick\t\tm\tZV\tpresident\t100000\n\
        p:2\tPERSON\tofficial\tAda Kelbrick\t\tf\tZV\tfirst lady\t80\n\
        p:3\tPERSON\tpolitician\tIvo Marrowby\t\tm\tZV\tsenator\t200\n";

    fn kelbrick(text: &str) -> Vec<Option<String>> {
        ids(D, text).into_iter().filter(|(t, _)| t == "Kelbrick").map(|(_, i)| i).collect()
    }

    #[test]
    fn a_bare_surname_goes_to_the_bearer_the_title_or_honorific_picks_else_the_first_named() {
        let p = |x: &str| Some(x.to_string());
        // The president titled first: he is the bare surname; "Ms." is his wife.
        let got = kelbrick("President Kelbrick spoke to workers on Monday. Ada Kelbrick visited the school. The crowd cheered when Kelbrick arrived. Then Ms. Kelbrick thanked the teachers.");
        assert_eq!(got, vec![p("p:1"), p("p:1"), p("p:2")]);
        // A report about his wife: she is the bare surname, the title still picks him.
        let got = kelbrick("Ada Kelbrick visited the school on Monday. Later, President Kelbrick spoke to workers. The crowd cheered when Kelbrick arrived.");
        assert_eq!(got, vec![p("p:1"), p("p:2")]);
    }

    #[test]
    fn a_month_before_a_number_is_no_surname() {
        let d = "p:9\tPERSON\tpolitician\tAda May\t\tf\tZV\tminister\t5000\n";
        let got = ids(d, "Ada May spoke on Monday. The war ended in May 1921, and May said so.");
        let may: Vec<Option<&str>> = got.iter().filter(|(t, _)| t == "May").map(|(_, i)| i.as_deref()).collect();
        assert_eq!(may, vec![None, Some("p:9")], "{got:?}");
    }

    #[test]
    fn a_president_title_the_only_bearer_does_not_hold_is_no_link() {
        let got = ids(D, "Ivo Marrowby spoke on Monday. Critics said a President Marrowby would be a disaster, and Marrowby laughed.");
        let mar: Vec<Option<&str>> = got.iter().filter(|(t, _)| t == "Marrowby").map(|(_, i)| i.as_deref()).collect();
        assert_eq!(mar, vec![None, Some("p:3")], "{got:?}");
    }
}

//! Link precision: dictionary mentions the article itself contradicts lose
//! their mention or their link.
//!
//! Takes the article's mentions after linking ([`super::link`]), sorted and
//! disjoint, with the article's words. Gives the same mentions, some dropped
//! (no entity of their own: a part of a longer name) and some unlinked (`id`
//! null, canonical as written; type, span and source stay). Null beats a
//! guess: a wrong id corrupts counts by id, a missing one does not. User
//! dictionaries (`--dict`) are left alone.
//!
//! Dropped, as parts of a longer name:
//! - a one-word place or company closing a capitalized name ("Athletics
//!   Zembla", the federation; "Lorn Zorvex", a bank): the word before is
//!   capitalized, no sentence start, title, first name, function word,
//!   calendar word, place modifier ("North", "Greater") or end of another
//!   mention; before a company, a short ALL-CAPS word too ("ZK Marmot");
//! - a nationality after a compass word ("South Zorvak": a region's people);
//! - a continent or region right after a company ("Marmotex Europe");
//! - a place (not a country or capital) opening "X of Y" ("Upper District of
//!   Zembla"), and a place after "of" closing an organization's name
//!   ("Marmot Front of Zembla");
//! - a company or a place whose word opens a two-word title ("Crown Prince");
//! - a news outlet opening a longer capitalized name that is no form of its
//!   entry ("Zorvan Two", a channel; "Zorvan Radio"): the word after is no
//!   title, function, calendar or place-modifier word and starts no other
//!   mention.
//!
//! Unlinked:
//! - a one-word company of the embedded lists (not world-famous) whose name
//!   is a common word, or is written in lower case elsewhere in
//!   the article ("crypto"), without company evidence: a legal form after
//!   it ("Inc."), an exchange and ticker in parentheses, a longer name of its
//!   entry in the article, or "shares"/"stock" next to it;
//! - a city followed by "state" or "attorney general" when a state shares
//!   its name ("Marmotville state");
//! - a person below head-of-government prominence whose name follows
//!   another first name ("Adnan Zorvan Kelbo": a longer name);
//! - a person below head-of-government prominence named right after an
//!   occupation its entry does not hold ("Inspector", "analyst", "coach"):
//!   a namesake of the politician;
//! - a country as a sports side: after "played for", or, in a sports report
//!   or a sentence with a sports word or "played", after "against", "beat",
//!   "v" or before "beat", "v" (the national team), not before a possessive;
//! - a nationality standing for a language ("Zorvak language", "speaks
//!   Zorvak");
//! - a place of fewer than 100,000 people named by common words only ("North
//!   End"), none of them a place word ("County", "Square"), without a
//!   preposition of place before it or ", Region" after it.

use super::tokens::Tok;
use crate::annotation::{Entity, EntityType, Source};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use rustc_hash::FxHashMap;

/// Weight from which a person is famous enough to keep a full-name link
/// whatever the occupation before it (a head of state or government).
const FAMOUS_PERSON: u64 = 1000;
/// Weight from which a company's entry is linked on its name alone
/// (hand-listed companies).
const FAMOUS_ORG: u64 = 100_000;
/// Population below which a place named by common words needs a place said
/// around it.
const SMALL_PLACE: u64 = 100_000;

/// Words before a place that modify it without making another name
/// ("Northern Zembla", "Greater Marmotville"), and calendar words.
fn place_modifier(w: &str) -> bool {
    matches!(
        w,
        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "Central" | "Greater"
            | "Upper" | "Lower" | "Inner" | "Outer" | "Mainland" | "Metropolitan" | "Metro" | "Downtown" | "Old" | "New"
            | "Rural" | "Coastal" | "Northeast" | "Northwest" | "Southeast" | "Southwest" | "Communist" | "Nazi"
            | "Imperial" | "Occupied" | "Free" | "Red" | "Modern" | "Ancient" | "Medieval" | "Colonial" | "Postwar" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday"
            | "Saturday" | "Sunday" | "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August"
            | "September" | "October" | "November" | "December"
    )
}

/// Capitalized closed-class words (a Title Case line, a link list): no
/// name's head.
fn closed_class(w: &str) -> bool {
    matches!(
        w,
        "While" | "When" | "How" | "What" | "Why" | "Where" | "Which" | "Who" | "That" | "This" | "These" | "Those"
            | "One" | "All" | "Some" | "Any" | "Every" | "Each" | "If" | "Since" | "Because" | "Though" | "Although"
            | "Unlike" | "Like" | "Before" | "After" | "Until" | "Including" | "Against" | "Between" | "Among" | "About"
            | "Through" | "Across" | "Via" | "Without" | "Within" | "Then" | "Also" | "Only" | "Even" | "Both" | "Not"
            | "Than" | "Are" | "Was" | "Were" | "Has" | "Have" | "Had" | "Will" | "Would" | "Can" | "Could" | "May"
            | "Says" | "Said" | "Should" | "Must" | "Shall" | "Might" | "Do" | "Does" | "Did" | "Be" | "Been" | "Being" | "Under" | "Near" | "Outside" | "Inside"
    )
}

/// Compass words before a nationality ("South American": a region's people).
fn compass(w: &str) -> bool {
    matches!(w, "North" | "South" | "East" | "West" | "Central" | "Northern" | "Southern" | "Eastern" | "Western")
}

/// Whether a compass word and a nationality name a part of a continent
/// ("South Zorvakan" when "South Zorvaka" is a continent or a world region).
fn continental(g: &Gazetteer, compass: &str, nationality: &str) -> bool {
    [nationality.strip_suffix('n'), nationality.strip_suffix("an")].into_iter().flatten().any(|stem| {
        let name = format!("{compass} {stem}");
        g.find(&name).iter().any(|m| {
            let en = g.entry(m.entry);
            m.span.start == 0 && m.span.end == name.len() && en.etype == EntityType::Loc && matches!(&*en.subtype, "continent" | "region")
        })
    })
}

/// Legal forms after a company's name.
fn legal_form(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.').trim_end_matches(','),
        "Inc" | "Corp" | "Corporation" | "Co" | "Ltd" | "Plc" | "plc" | "PLC" | "LLC" | "Holdings" | "Group" | "SA" | "AG"
            | "NV" | "Incorporated" | "Limited" | "S.A" | "N.V" | "A.G" | "B.V" | "BV" | "GmbH" | "SpA" | "S.p.A"
    )
}

/// Occupations that are no political office: a politician's namesake holds
/// them ("Inspector X", "analyst X").
fn occupation(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "inspector" | "detective" | "det" | "officer" | "sergeant" | "sgt" | "constable" | "corporal" | "cpl" | "private"
            | "pvt" | "trooper" | "agent" | "coach" | "striker" | "midfielder" | "defender" | "goalkeeper" | "pitcher"
            | "quarterback" | "player" | "analyst" | "nurse" | "chef" | "pastor" | "rabbi" | "imam" | "actor" | "actress"
            | "singer" | "rapper" | "guitarist" | "drummer" | "artist" | "novelist" | "reporter" | "correspondent"
            | "journalist" | "columnist" | "photographer" | "student" | "teacher" | "firefighter" | "ceo" | "designer"
            | "architect" | "chemist" | "physicist"
    )
}

/// Words after a nationality that make it a language.
fn language_after(rest: &str) -> bool {
    let r = rest.strip_prefix(['-', ' ']).unwrap_or("");
    let w: String = r.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(w.as_str(), "language" | "languages" | "speaking" | "speaker" | "speakers" | "translation" | "dialect" | "subtitles" | "subtitled")
}

/// Words before a nationality that make it a language ("speaks Zorvak").
fn language_before(w: &str) -> bool {
    matches!(w, "speak" | "speaks" | "spoke" | "speaking" | "spoken" | "translated" | "fluent" | "learn" | "learning" | "learned" | "dubbed")
}

/// Words that end a place's name ("County", "Square", "Island").
fn is_place_word(w: &str) -> bool {
    matches!(
        w,
        "County" | "City" | "Town" | "Township" | "Island" | "Islands" | "Park" | "Bay" | "Valley" | "River" | "Beach"
            | "Hill" | "Hills" | "Lake" | "Square" | "Point" | "Springs" | "Falls" | "Harbor" | "Harbour" | "Port"
            | "Village" | "Heights" | "Creek" | "Ridge" | "Forest" | "Gardens" | "Station" | "Hook" | "Cove" | "Canyon"
    )
}

/// Whether the sentence of token `f` is about a game: a sports word
/// ("match", "cup") or "played", "playing".
fn sporty_sentence(text: &str, toks: &[Tok], f: usize) -> bool {
    let start = (0..=f).rev().find(|&k| toks[k].sent_start).unwrap_or(0);
    let end = (f + 1..toks.len()).find(|&k| toks[k].sent_start).unwrap_or(toks.len());
    toks[start..end].iter().any(|t| t.class & Lexicon::SPORT != 0 || matches!(t.text(text), "played" | "playing" | "plays"))
}

/// A preposition of place before `start` or a comma and a capitalized word
/// after `end` ("in X", "X, Zembla").
fn place_said(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let prev = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(prev, "in" | "near" | "at" | "from" | "to" | "outside" | "In" | "Near" | "At" | "From" | "Outside")
        || text[end..].strip_prefix(", ").is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// The index of the token starting at `pos`.
fn tok_at(toks: &[Tok], pos: usize) -> Option<usize> {
    toks.binary_search_by_key(&pos, |t| t.span.start).ok()
}

/// Whether `word` occurs in `text` in lower case as a whole word.
fn lower_case_in(text: &str, word: &str) -> bool {
    let low = word.to_lowercase();
    if low == word || low.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(p) = text[from..].find(&low) {
        let s = from + p;
        let e = s + low.len();
        // Not inside a web address, a handle or a file name ("twitter.com").
        let before_ok = !text[..s].ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | '/' | '@' | '_' | '-' | '#' | ':'));
        let rest = &text[e..];
        let glued = rest.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '/' | '@' | '_' | '-'))
            || (rest.starts_with('.') && rest[1..].starts_with(char::is_alphanumeric));
        let after_ok = !glued;
        if before_ok && after_ok {
            return true;
        }
        from = e;
    }
    false
}

/// What to do with a mention.
#[derive(Clone, Copy, PartialEq)]
enum Verdict {
    Keep,
    Drop,
    Unlink,
    /// Unlinked and typed a person: a company named like its founder.
    Person,
    /// Unlinked and typed an organization: a place list's university.
    Org,
}

/// Drops or unlinks the mentions the article contradicts (see the module docs).
pub fn apply(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'_>>, g: &Gazetteer, lexicon: &Lexicon, sports: bool) {
    if toks.is_empty() || !entities.iter().any(|e| e.id.is_some()) {
        return;
    }
    // Entities are sorted and disjoint: their ends are sorted too.
    let ends: Vec<usize> = entities.iter().map(|e| e.span.end).collect();
    let mut verdicts = vec![Verdict::Keep; entities.len()];
    // Whether a name is written in lower case somewhere in the text: one
    // scan of the text per distinct name, not per mention (linear even on
    // a long list of the same company).
    let mut lowered: FxHashMap<(&str, u8), bool> = FxHashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if e.source != Source::Dictionary || e.id.is_none() {
            continue;
        }
        let Some(idx) = e.entry else { continue };
        if g.is_user(idx) {
            continue;
        }
        let Some(f) = tok_at(toks, e.span.start) else { continue };
        let Some(l) = toks.partition_point(|t| t.span.start < e.span.end).checked_sub(1) else { continue };
        verdicts[i] = judge(text, toks, entities, &ends, i, f, l, g, lexicon, sports, &mut lowered);
    }
    if verdicts.iter().all(|&v| v == Verdict::Keep) {
        return;
    }
    let mut k = 0;
    entities.retain_mut(|e| {
        let v = verdicts[k];
        k += 1;
        if v == Verdict::Person {
            e.etype = EntityType::Person;
        }
        if v == Verdict::Org {
            e.etype = EntityType::Org;
        }
        if matches!(v, Verdict::Unlink | Verdict::Person | Verdict::Org) {
            super::choose::unlink(text, e, lexicon);
        }
        v != Verdict::Drop
    });
}

/// The verdict on mention `i` (tokens `f..=l`).
#[allow(clippy::too_many_arguments)]
fn judge<'t>(
    text: &'t str,
    toks: &[Tok],
    entities: &[Entity<'_>],
    ends: &[usize],
    i: usize,
    f: usize,
    l: usize,
    g: &Gazetteer,
    lexicon: &Lexicon,
    sports: bool,
    lowered: &mut FxHashMap<(&'t str, u8), bool>,
) -> Verdict {
    let e = &entities[i];
    let en = g.entry(e.entry.unwrap_or_default());
    let form = e.span.of(text);
    let one_word = f == l && toks[f].span == e.span;
    let sub = &*en.subtype;
    let company = e.etype == EntityType::Org && sub == "company";
    let country = matches!(sub, "country" | "continent");
    let t = &toks[f];
    // The word before, on the same line after one space.
    let prev = f
        .checked_sub(1)
        .map(|p| &toks[p])
        .filter(|p| &text[p.span.end..t.span.start] == " " && !p.headline && !t.headline);
    let prev_word = prev.map(|p| p.text(text));
    let prev_is_end = prev.is_some_and(|p| ends.binary_search(&p.span.end).is_ok());
    // The word after, on the same line after one space.
    let next = toks.get(l + 1).filter(|n| &text[e.span.end..n.span.start] == " " && !n.line_start);
    let next_word = next.map(|n| n.text(text));

    let after = &text[e.span.end..];
    if e.etype == EntityType::Loc {
        // "ZV$40": a currency sign, no place.
        if after.starts_with('$') {
            return Verdict::Drop;
        }
        // "Marmot del Sur", "Gare de l'Est": a place opening a longer name.
        let particle = NAME_PARTICLES
            .iter()
            .chain(&["de la ", "de l'", "de l\u{2019}"])
            .any(|p| after.strip_prefix(' ').and_then(|r| r.strip_prefix(p)).is_some_and(|r| r.starts_with(char::is_uppercase)));
        if particle {
            return Verdict::Drop;
        }
        // "Electricite de Zembla", "Banco de Zembla": a place after a particle
        // that follows a capitalized word closes an organization's name.
        let closing = NAME_PARTICLES.iter().any(|p| {
            text[..e.span.start].strip_suffix(p).and_then(|b| b.strip_suffix(' ')).is_some_and(|b| {
                let w = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && lexicon.classes(w) & (Lexicon::FUNCTION | Lexicon::TITLE) == 0
            })
        });
        if closing && country {
            return Verdict::Drop;
        }
        // "Royal Bank of Zembla", "University of Marmot": a place closing an
        // organization's name.
        if let Some(b) = text[..e.span.start].strip_suffix(" of ") {
            let head = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let at = b.len() - head.len();
            let opens_sentence = toks.binary_search_by_key(&at, |t| t.span.start).is_ok_and(|k| toks[k].sent_start || toks[k].headline);
            if organization_head(head) && !opens_sentence {
                return Verdict::Drop;
            }
        }
        // "Kelbo for Zembla", "Citizens for Zembla": a country or region
        // after "for" and a capitalized word closes a campaign's or a
        // group's name (not after a title: "Minister for Zembla").
        if matches!(sub, "country" | "region") {
            if let Some(b) = text[..e.span.start].strip_suffix(" for ") {
                let at = toks.partition_point(|x| x.span.end <= b.len());
                let named = at > 0 && {
                    let p = &toks[at - 1];
                    p.span.end == b.len() && p.cap && !p.upper && !p.sent_start && !p.headline && p.class & (Lexicon::TITLE | Lexicon::FUNCTION | Lexicon::STOP) == 0
                };
                // The word before is no place ("from Marmot for Zembla"); a
                // person or a group is fine ("Kelbo for Zembla").
                let other = ends.binary_search(&b.len()).is_ok_and(|j| entities[j].etype == EntityType::Loc);
                // The name ends there: punctuation or the text's end after
                // it, no possessive ("for Zembla's army") or word ("for
                // Zembla docs").
                let closes = after.is_empty()
                    || (after.starts_with([',', '.', ')', ';', ':', '"', '\u{201d}', '\u{2019}', '\''])
                        && !after.starts_with("'s")
                        && !after.starts_with("\u{2019}s"));
                if named && !other && closes {
                    return Verdict::Drop;
                }
            }
        }
        // "that Mass.": an abbreviated place after a determiner is the word.
        if form.ends_with('.') && form.matches('.').count() == 1 && prev_word.is_some_and(|w| matches!(w, "the" | "that" | "this" | "a" | "his" | "her" | "their" | "our" | "my" | "The" | "That" | "This")) {
            return Verdict::Drop;
        }
        // "University of Marmot" in a place list: the university.
        if !one_word && form.split(' ').next().is_some_and(|w| matches!(w, "University" | "College" | "Bank")) && form.contains(" of ") {
            return Verdict::Org;
        }
        // "Southern Zorvaka": a compass word before a continent names a part
        // of it no entry holds.
        if sub == "continent" && prev_word.is_some_and(compass) {
            return Verdict::Drop;
        }
    }
    // "fashion designer Ada Marmot", "Ada Marmot, who": a company named like
    // its founder standing for the person.
    if company && en.weight < FAMOUS_ORG && form.split_whitespace().count() == 2 {
        let first = form.split_whitespace().next().unwrap_or("");
        let personal = lexicon.first_name_gender(first).is_some();
        let occupied = f.checked_sub(1).is_some_and(|p| occupation(toks[p].text(text)) && toks[p].span.end + 1 == e.span.start);
        let who = after.starts_with(", who ") || after.starts_with(" who ");
        if personal && (occupied || who) {
            return Verdict::Person;
        }
    }
    // "Mr Kelbex's", "the Queen's": a company named by a possessive after an
    // honorific is a person; a title's possessive after "the", a common noun.
    if company && en.weight < FAMOUS_ORG && (form.ends_with("'s") || form.ends_with("\u{2019}s")) {
        if prev_word.is_some_and(|w| matches!(w.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Dr" | "Miss")) {
            return Verdict::Person;
        }
        let stem = form.trim_end_matches('s').trim_end_matches(['\'', '\u{2019}']);
        let title = lexicon.classes(stem) & Lexicon::TITLE != 0 || lexicon.title(stem).is_some();
        if title && prev_word.is_some_and(|w| matches!(w, "the" | "The")) {
            return Verdict::Unlink;
        }
    }
    // "Joseph Kelbex", "Joseph \u{201c}Ike\u{201d} Kelbex": a one-word company
    // after a first name or a quoted nickname is a surname.
    if one_word && company && en.weight < FAMOUS_ORG && !t.sent_start {
        // Not a name's own mention ("Irish Sea", "Boston Globe").
        let first = !prev_is_end
            && prev.is_some_and(|p| p.class & Lexicon::FIRST != 0 && p.cap && p.class & (Lexicon::STOP | Lexicon::TITLE) == 0)
            && prev_word.is_some_and(|w| lexicon.first_name_gender(w).is_some());
        let nick = nickname_before(&text[..e.span.start]);
        if first || nick {
            return Verdict::Person;
        }
    }
    // "Marmot" when the article names "Marmot Enterprises", no form of the
    // entry: the short name stands for that other firm.
    // Only an entry that knows its own longer name ("Marmot Corporation")
    // says the other one is another firm.
    let own_longer = || en.surface_forms().any(|x| x.len() > form.len() && x.starts_with(form) && x[form.len()..].starts_with(' '));
    if one_word && company && en.weight < FAMOUS_ORG && !en.id.starts_with("sayso:") && own_longer() {
        let other = *lowered.entry((form, 1)).or_insert_with(|| longer_firm_in(text, form, en));
        if other {
            return Verdict::Unlink;
        }
    }
    // Part of a longer capitalized name: "Athletics Zembla", "ZK Marmot".
    if one_word && (e.etype == EntityType::Loc || company) && !t.upper {
        if let (Some(p), Some(w)) = (prev, prev_word) {
            let name_like = p.cap
                && !p.upper
                && !p.sent_start
                && p.class & (Lexicon::TITLE | Lexicon::FUNCTION | Lexicon::FIRST) == 0
                && lexicon.classes(&w.to_lowercase()) & Lexicon::FUNCTION == 0
                && w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
                && !place_modifier(w)
                && !closed_class(w);
            let acronym = company && p.upper && (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
            // Two words exactly: a longer Title Case run ("Make Zembla Great
            // Again", "The Firm Wants Zembla") says nothing.
            let run_before = f >= 2 && {
                let pp = &toks[f - 2];
                pp.cap && &text[pp.span.end..p.span.start] == " "
            };
            // A quotation or a slogan opening there ("“Make Zembla ...").
            let quoted = text[..p.span.start].ends_with(['"', '\u{201c}', '\u{2018}', '\'']);
            // An adjective of an era or a creed ("Stalinist Zembla").
            let adjective = w.ends_with("ist");
            let run_after = next.is_some_and(|n| n.cap);
            if (name_like || acronym) && !prev_is_end && !run_before && !run_after && !quoted && !adjective {
                return Verdict::Drop;
            }
        }
    }
    // "Zorvan Two", "Zorvan Radio Five": a news outlet opening a longer
    // capitalized name (a channel, a programme, a division) that is no
    // form of its entry is not that outlet. (Other organizations and places
    // opening a longer name were dropped before linking; a country stays:
    // "Zembla Trade Minister".)
    // So is a one-word company that is not world-famous ("Marmotex
    // Guaranty", a bank): the longer name is another firm.
    // Not a possessive ("Marmotex's Kelb unit": its part, or its own
    // longer name).
    let possessive = form.ends_with("'s") || form.ends_with("\u{2019}s") || text[e.span.end..].starts_with(['\'', '\u{2019}']);
    let opener = matches!(sub, "news_outlet" | "news_agency") || (one_word && company && en.weight < FAMOUS_ORG && !t.sent_start && !possessive);
    if e.etype == EntityType::Org && opener && toks[l].span.end == e.span.end && !toks[l].headline {
        if let (Some(n), Some(w)) = (next, next_word) {
            // After a company, only a dictionary mention is another name
            // ("Marmotex Zorvakia"); a name guessed from the words is the
            // rest of the longer one.
            let starts_other = entities
                .get(i + 1)
                .is_some_and(|o| o.span.start == n.span.start && (o.source == Source::Dictionary || !company));
            let longer = format!("{form} {w}");
            let known = en.surface_forms().any(|s| s.starts_with(&longer));
            // "ZBC DOT", "ZBC Inc", "ZBC J. Kelbo": an acronym, a legal form
            // or an initial after it says nothing.
            if n.cap
                && !n.upper
                && !n.initial
                && w.chars().count() >= 2
                && !legal_form(w)
                && !n.sent_start
                && !n.headline
                && n.class & (Lexicon::TITLE | Lexicon::FUNCTION) == 0
                && lexicon.title(w).is_none()
                && w.chars().all(char::is_alphanumeric)
                && !place_modifier(w)
                && !credit_word(w)
                && !starts_other
                && !known
            {
                return Verdict::Drop;
            }
        }
    }
    // "Zorvak Telephone and Telegraph Co", "Zembla Chamber of Commerce",
    // "Zorvak Executive": a place or nationality opening a capitalized name
    // that ends in an organization's head word is part of that name; so is
    // one opening a tournament ("Zembla Open").
    if one_word && matches!(e.etype, EntityType::Loc | EntityType::Norp) && !t.headline {
        if let Some(head) = organization_run(text, toks, l) {
            if head != "Open" || e.etype == EntityType::Loc {
                return Verdict::Drop;
            }
        }
    }
    // "Zembla Marmot Party": a party named after a place is that place's own
    // party (a state's), not the national one.
    if e.etype == EntityType::Org && sub == "party" && prev_is_end && !t.sent_start {
        if let Ok(j) = ends.binary_search(&prev.map_or(0, |p| p.span.end)) {
            let place = entities[j].etype == EntityType::Loc && entities[j].entry.is_some_and(|x| matches!(&*g.entry(x).subtype, "region" | "city"));
            if place && entities[j].span.end + 1 == e.span.start {
                return Verdict::Unlink;
            }
        }
    }
    // "Marmotex futures", "the Marmotex fell 90 points": a company whose
    // name also names a stock index stands for the index there (after
    // "the", a verb of movement and a market word in the sentence).
    if one_word && company && !en.id.starts_with("sayso:") {
        let index_after = next_word.is_some_and(|w| matches!(w, "futures" | "index" | "Index" | "average" | "Average" | "industrials" | "Industrials" | "Composite" | "composite"));
        let moved = next_word.is_some_and(|w| {
            matches!(
                w,
                "fell" | "rose" | "closed" | "ended" | "ending" | "closing" | "gained" | "lost" | "added" | "dropped" | "jumped" | "slid"
                    | "climbed" | "finished" | "tumbled" | "surged" | "plunged" | "rallied" | "was" | "is"
            )
        });
        let the_index = moved && prev_word.is_some_and(|w| matches!(w, "the" | "The")) && {
            // The sentence's words up to 40 on either side.
            let lo = (f.saturating_sub(40)..f).rev().find(|&k| toks[k].sent_start).unwrap_or(f.saturating_sub(40));
            let hi = (l + 1..toks.len().min(l + 40)).find(|&k| toks[k].sent_start).unwrap_or(toks.len().min(l + 40));
            toks[lo..hi].iter().any(|x| matches!(x.text(text), "points" | "index" | "futures" | "stocks"))
        };
        if index_after || the_index {
            return Verdict::Unlink;
        }
    }
    // "South Zorvak": a nationality after a compass word.
    if one_word && e.etype == EntityType::Norp && !prev_is_end && prev_word.is_some_and(compass) && !en.country.is_empty() && continental(g, prev_word.unwrap_or(""), form) {
        return Verdict::Drop;
    }
    // "Zorvex Europe": a continent or region after a company's name (its
    // branch there).
    if e.etype == EntityType::Loc && matches!(sub, "continent" | "region") && prev_is_end {
        if let (Some(p), Ok(j)) = (prev, ends.binary_search(&prev.map_or(0, |p| p.span.end))) {
            let firm = entities[j].etype == EntityType::Org && entities[j].entry.is_some_and(|x| &*g.entry(x).subtype == "company");
            if firm && !p.sent_start && entities[j].span.end == p.span.end {
                return Verdict::Drop;
            }
        }
    }
    // "Upper District of Zembla": a place opening "X of Y".
    if e.etype == EntityType::Loc && !country && sub != "capital" {
        if let Some(rest) = text[e.span.end..].strip_prefix(" of ") {
            if let Some(n) = toks.get(l + 2) {
                if n.span.start == e.span.end + 4 && n.cap && !n.sent_start && !rest.starts_with("the ") {
                    return Verdict::Drop;
                }
            }
        }
    }
    // "Marmot Front of Zembla": a place after "of" closing an organization's name.
    if e.etype == EntityType::Loc && text[..e.span.start].ends_with(" of ") {
        let before = e.span.start - 4;
        if let Ok(j) = ends.binary_search(&before) {
            // "Acme Co of Zembla": after a legal form, where the company is from.
            let from = text[entities[j].span.start..before].split_whitespace().last().is_some_and(legal_form);
            // "Zorvex of Zembla": a company's country; only other bodies
            // take a place into their name.
            let body = entities[j].entry.is_some_and(|x| !matches!(&*g.entry(x).subtype, "company" | "news_outlet" | "news_agency"));
            if entities[j].etype == EntityType::Org && body && !toks[f].sent_start && !from {
                return Verdict::Drop;
            }
        }
    }
    // "Crown Prince": the word opens a two-word title.
    if one_word && (company || (e.etype == EntityType::Loc && !country && sub != "capital")) {
        if let Some(nw) = next_word.filter(|w| w.starts_with(char::is_uppercase)) {
            if lexicon.title(&format!("{form} {nw}")).is_some() {
                return Verdict::Drop;
            }
        }
    }
    // A common word as a company's name needs company evidence; so does a
    // word opening a sentence before a function word ("Marmotish at home
    // but ...": an adjective) that the article writes nowhere else.
    if one_word && company && !en.id.starts_with("sayso:") && en.weight < FAMOUS_ORG {
        let opening = t.sent_start
            && next_word.is_some_and(|w| {
                let lower_after = || text[e.span.end + 1 + w.len()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase));
                matches!(w, "at" | "to" | "in" | "for" | "with" | "on" | "from" | "about" | "than") || (w == "of" && lower_after())
            })
            && text.matches(form).count() == 1;
        let common = opening || lexicon.classes(form) & Lexicon::STOP != 0 || *lowered.entry((form, 0)).or_insert_with(|| lower_case_in(text, form));
        if common {
            let after = &text[e.span.end..];
            let legal = next_word.is_some_and(legal_form);
            let ticker = after
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .is_some_and(|(inside, _)| inside.contains(':') && inside.len() <= 20 && inside.chars().any(|c| c.is_ascii_uppercase()));
            let longer = en.surface_forms().any(|s| s.len() > form.len() && s.starts_with(form) && text.contains(s));
            let shares = next_word.is_some_and(|w| matches!(w, "shares" | "stock")) || text[..e.span.start].ends_with("shares of ");
            if !(legal || ticker || longer || shares) {
                return Verdict::Unlink;
            }
        }
    }
    // "Marmotville state", "Marmotville attorney general": a city's name
    // standing for a state of the same name.
    if e.etype == EntityType::Loc && matches!(sub, "city" | "capital") {
        let after = text[e.span.end..].strip_prefix(' ').unwrap_or("");
        let state = ["state", "State", "attorney general", "Attorney General", "legislature", "Legislature"]
            .iter()
            .any(|w| after.strip_prefix(w).is_some_and(|r| !r.starts_with(char::is_alphanumeric)));
        if state && g.same_named(form).iter().any(|&x| &*g.entry(x).subtype == "region") {
            return Verdict::Unlink;
        }
    }
    // "Adnan Zorvan Kelbo": a person's name inside a longer one, after
    // another first name.
    if e.etype == EntityType::Person && en.weight < FAMOUS_PERSON && !prev_is_end {
        if let (Some(p), Some(w)) = (prev, prev_word) {
            let first = p.class & Lexicon::FIRST != 0 && p.class & (Lexicon::STOP | Lexicon::TITLE) == 0 && lexicon.first_name_gender(w).is_some();
            let own_first = form.split_whitespace().next().is_some_and(|f| lexicon.is_first_name(f));
            if first && own_first && p.cap && !p.sent_start && !form.starts_with(w) {
                return Verdict::Unlink;
            }
        }
    }
    // "Inspector X": a namesake of the politician.
    if e.etype == EntityType::Person && en.weight < FAMOUS_PERSON && (!en.roles.is_empty() || sub == "politician") {
        if let Some(w) = f.checked_sub(1).map(|p| toks[p].text(text)).filter(|_| f > 0 && text[toks[f - 1].span.end..t.span.start].trim().is_empty()) {
            if occupation(w) {
                let stem = w.trim_end_matches('.').to_ascii_lowercase();
                if !en.roles.iter().any(|r| r.contains(stem.as_str())) {
                    return Verdict::Unlink;
                }
            }
        }
    }
    // "Kevin de Marmot": a place named like a surname with a particle,
    // when the article names a person of that surname.
    if e.etype == EntityType::Loc && !country && particle_surname(form) && person_named(text, form, lexicon) {
        return Verdict::Person;
    }
    // A country as a sports side: the national team.
    if e.etype == EntityType::Loc && sub == "country" {
        let before: Vec<&str> = toks[f.saturating_sub(2)..f].iter().map(|t| t.text(text)).collect();
        let played = before.len() == 2
            && before[1] == "for"
            && matches!(before[0], "played" | "play" | "plays" | "playing" | "capped" | "caps" | "cap" | "appearances");
        let cue_before = before.last().is_some_and(|w| {
            matches!(*w, "against" | "beat" | "beating" | "defeated" | "v" | "vs" | "vs." | "versus" | "favourites" | "favorites" | "champions" | "hosts")
        });
        // "Zorvakia 2 Kelmaria 1": a score after it in a sports report.
        let score = sports
            && next_word.is_some_and(|w| {
                let end = text[e.span.end + 1 + w.len()..].chars().next();
                (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()) && end.is_none_or(|c| matches!(c, ' ' | ',' | '\n' | ')'))
            });
        let cue_before = (cue_before && !t.sent_start) || score;
        // "Zembla have moved forward": a plural verb after a country is its
        // side in British sports usage.
        // Not after a preposition ("in Zembla were") nor in a list of
        // countries outside a sports report.
        let plural = sports
            && next_word.is_some_and(|w| matches!(w, "have" | "are" | "were"))
            && !prev_word.is_some_and(|w| matches!(w, "in" | "at" | "from" | "to" | "of" | "across" | "In" | "At" | "From"));
        let cue_after = next_word.is_some_and(|w| matches!(w, "beat" | "defeated" | "v" | "vs" | "vs." | "versus")) || plural;
        // "beat Zembla's Ada Kelby": the player's country.
        let possessive = text[e.span.end..].starts_with(['\'', '\u{2019}']);
        if !possessive && (played || ((cue_before || cue_after) && (sports || sporty_sentence(text, toks, f)))) {
            return Verdict::Unlink;
        }
    }
    // "North End": a small place named by common words only needs a place
    // said around it ("in North End", "North End, Zembla").
    if e.etype == EntityType::Loc && !one_word && !country && sub != "capital" && en.weight < SMALL_PLACE && !en.id.starts_with("sayso:") {
        let common = form.split_whitespace().all(|w| lexicon.classes(w) & Lexicon::STOP != 0);
        // A place word makes it a place's name ("Marmot County", "Kelb Square").
        let place_word = form.rsplit(' ').next().is_some_and(is_place_word);
        if common && !place_word && !place_said(text, e.span.start, e.span.end) {
            return Verdict::Unlink;
        }
    }
    // A nationality standing for a language.
    if e.etype == EntityType::Norp && one_word {
        let before = f.checked_sub(1).map(|p| toks[p].text(text));
        if language_after(&text[e.span.end..]) || before.is_some_and(language_before) {
            return Verdict::Unlink;
        }
    }
    Verdict::Keep
}

/// Particles inside Romance names of places and bodies ("Davao del Sur",
/// "Electricite de France"), each with the space after it.
const NAME_PARTICLES: &[&str] = &["del ", "de ", "do ", "da ", "di ", "dos ", "das ", "du ", "des "];

/// Whether a name opens with a surname particle ("de Marmot", "Van Kelb").
fn particle_surname(form: &str) -> bool {
    let mut w = form.split(' ');
    let (Some(p), Some(rest), None) = (w.next(), w.next(), w.next()) else { return false };
    matches!(p, "De" | "de" | "Del" | "del" | "Van" | "van" | "Von" | "von" | "Di" | "di" | "Da" | "da" | "Du" | "du" | "Le" | "La" | "Dos" | "dos")
        && rest.starts_with(char::is_uppercase)
}

/// Whether `text` writes a first name right before `form` in any case
/// ("Kevin de Marmot" for "De Marmot").
fn person_named(text: &str, form: &str, lexicon: &Lexicon) -> bool {
    let low = text.to_lowercase();
    if low.len() != text.len() {
        return false;
    }
    let f = form.to_lowercase();
    let mut from = 0;
    while let Some(p) = low[from..].find(&f) {
        let s = from + p;
        from = s + f.len();
        let Some(b) = text[..s].strip_suffix(' ') else { continue };
        let w = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if w.starts_with(char::is_uppercase) && lexicon.first_name_gender(w).is_some() && !text[from..].starts_with(char::is_alphanumeric) {
            return true;
        }
    }
    false
}

/// Capitalized head words of an organization's name that take a place after
/// "of" ("Bank of Zembla", "University of Marmot").
fn organization_head(w: &str) -> bool {
    matches!(
        w,
        "Bank" | "University" | "College" | "Church" | "Party" | "Council" | "Association" | "Institute" | "Society"
            | "Federation" | "Museum" | "Academy" | "Chamber" | "Commission" | "Corporation" | "Company" | "Authority"
            | "Board" | "Agency" | "Club" | "Foundation" | "League" | "Court" | "Exchange" | "Orchestra" | "Symphony"
            | "Hospital" | "School" | "Diocese" | "Archdiocese" | "Bar" | "Assembly" | "Congress" | "Union"
    )
}

/// The head word when the words after token `l` make a capitalized name
/// that ends in an organization's head ("Telephone and Telegraph Co",
/// "Chamber of Commerce", "Executive"): up to five Title Case words on the
/// same line, one space apart, "and", "of", "for" and "&" allowed inside;
/// no title ("Zorvak Chancellor") or first name on the way.
fn organization_run<'t>(text: &'t str, toks: &[Tok], l: usize) -> Option<&'t str> {
    let mut end = toks[l].span.end;
    for (k, n) in toks.iter().skip(l + 1).take(5).enumerate() {
        if &text[end..n.span.start] != " " || n.line_start || n.sent_start || n.headline {
            return None;
        }
        let w = n.text(text);
        end = n.span.end;
        // A connector inside the name, not right after the place: "Zembla
        // and Kelb Bank" is a list.
        if matches!(w, "and" | "of" | "for" | "&") {
            if k == 0 {
                return None;
            }
            continue;
        }
        let possessive = text[n.span.end..].starts_with(['\'', '\u{2019}']);
        if !n.cap || n.upper || possessive || n.class & (Lexicon::TITLE | Lexicon::FIRST | Lexicon::FUNCTION) != 0 {
            return None;
        }
        let head = organization_head(w)
            || legal_form(w)
            || firm_head(w)
            || matches!(w, "Executive" | "Community" | "Administration" | "Conference" | "Committee" | "Service" | "Open" | "War");
        if head {
            // A possessive or a longer name after it says nothing more.
            return Some(w);
        }
    }
    None
}

/// Whether `before` ends with a first name and a quoted one-word nickname
/// ("Joseph \"Ike\" "), not a quotation's end ("\u{201c}We grew,\u{201d} ").
fn nickname_before(before: &str) -> bool {
    let Some(b) = before.strip_suffix("\" ").or_else(|| before.strip_suffix("\u{201d} ")) else { return false };
    let word = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let b = &b[..b.len() - word.len()];
    let Some(b) = b.strip_suffix('"').or_else(|| b.strip_suffix('\u{201c}')) else { return false };
    let Some(b) = b.strip_suffix(' ') else { return false };
    let name = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.starts_with(char::is_uppercase) && name.starts_with(char::is_uppercase) && name.len() >= 2
}

/// Head words of a firm's longer name ("Marmot Enterprises").
fn firm_head(w: &str) -> bool {
    matches!(
        w,
        "Enterprises" | "Industries" | "Investments" | "Bank" | "Banking" | "Insurance" | "Securities" | "Financial"
            | "Capital" | "Partners" | "Ventures" | "Properties" | "Trust" | "Motors" | "Airlines" | "Airways" | "Petroleum"
            | "Mining" | "Foods" | "Pharmaceuticals" | "Savings" | "Bancorp" | "Bankshares"
    )
}

/// Whether `text` names a firm "FORM Head" ("Marmot Enterprises") that is
/// no form of entry `en`.
fn longer_firm_in(text: &str, form: &str, en: &crate::gazetteer::Entry) -> bool {
    let mut from = 0;
    while let Some(p) = text[from..].find(form) {
        let s = from + p;
        let e = s + form.len();
        from = e;
        if text[..s].ends_with(char::is_alphanumeric) {
            continue;
        }
        let Some(rest) = text[e..].strip_prefix(' ') else { continue };
        let w: &str = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if firm_head(w) && !en.surface_forms().any(|f| f.starts_with(&text[s..e + 1 + w.len()])) {
            return true;
        }
    }
    false
}

/// Words after an outlet's name in a credit or a byline ("Zorvan Photo",
/// "Zorvan Image caption", "Zorvan Correspondent"): the outlet itself.
fn credit_word(w: &str) -> bool {
    matches!(
        w,
        "Photo" | "Photos" | "Photograph" | "Image" | "Images" | "Picture" | "Pictures" | "Video" | "Graphic" | "Graphics"
            | "Staff" | "Correspondent" | "Reporter" | "Editor" | "Journalist" | "Journalists"
    )
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::GazetteerBuilder;
    use crate::lexicon::Lexicon;
    use crate::text::Segmented;

    /// Mentions of `text` with a test dictionary: (text, type, id).
    pub(crate) fn linked(dict: &str, text: &str) -> Vec<(String, &'static str, Option<String>)> {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_default_str("t", dict);
        let g = b.build().unwrap();
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Olena\t0.99\t9\nDmitry\t0.01\t9\nFabio\t0.01\t9\n");
        lex.add_file("titles.tsv", "Crown Prince\tm\thonorific\n");
        // As in the shipped stop list: compass and calendar words.
        lex.add_file("stopwords.txt", "South\nWest\nNorth\nNorthern\nEnd\nMonday\n");
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        crate::resolve::resolve(text, &seg, &g.find(text), &g, &lex)
            .into_iter()
            .map(|e| (e.span.of(text).to_string(), e.etype.as_str(), e.id.map(|i| i.to_string())))
            .collect()
    }

    fn has(got: &[(String, &'static str, Option<String>)], t: &str) -> bool {
        got.iter().any(|(x, _, _)| x == t)
    }

    fn id_of<'a>(got: &'a [(String, &'static str, Option<String>)], t: &str) -> Option<&'a str> {
        got.iter().find(|(x, _, _)| x == t).and_then(|(_, _, i)| i.as_deref())
    }

    const D: &str = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n\
        iso:KL\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000000000\n\
        c:1\tORG\tcompany\tMarmotex\t\t\tZV\t\t500\n\
        c:2\tORG\tcompany\tCrypto\tCrypto Co\t\tZV\t\t500\n\
        c:3\tORG\tcompany\tCrown\tCrown Holdings\t\tZV\t\t500\n\
        n:1\tNORP\tnationality\tZorvakan\t\t\tZV\t\t1\n\
        n:2\tNORP\tnationality\tZorvak\t\t\tZV\t\t1\n\
        r:1\tLOC\tcontinent\tSouth Zorvaka\t\t\t\t\t1000000000\n\
        a:1\tLOC\tregion\tUpper District\t\t\tKL\t\t5000\n\
        o:1\tORG\tmovement\tMarmot Front\t\t\tZV\t\t5000\n\
        q:1\tPERSON\tpolitician\tFabio Marrowitz\t\tm\tZV\tdeputy\t100\n";

    #[test]
    fn a_country_after_a_particle_closing_a_name_is_not_the_place() {
        let got = linked(D, "Bonds of Electricite de Zorvakia rose, and the team won at the Stade de Kelmaria. Exports to Zorvakia fell.");
        assert_eq!(got, vec![("Zorvakia".to_string(), "LOC", Some("iso:ZV".to_string()))], "{got:?}");
    }

    #[test]
    fn a_place_or_company_closing_a_longer_name_is_not_that_entity() {
        let got = linked(D, "The runner was banned by Athletics Zorvakia after the race. Analysts at ZK Marmotex said prices rose.");
        assert!(!has(&got, "Zorvakia") && !has(&got, "Marmotex"), "{got:?}");
        // A place modifier, a calendar word or a Title Case run says nothing.
        let got = linked(D, "Floods hit Northern Zorvakia, and on Monday Marmotex said the Make Zorvakia Great Again hats and the \u{201c}Make Zorvakia better\u{201d} ones sold.");
        assert_eq!(id_of(&got, "Marmotex"), Some("c:1"), "{got:?}");
        assert_eq!(got.iter().filter(|(x, _, i)| x == "Zorvakia" && i.is_some()).count(), 3, "{got:?}");
        let got = linked(D, "Officials said Marmotex South Zorvaka grew.");
        assert!(!has(&got, "South Zorvaka"), "{got:?}");
        // A company's own country after "of" stays.
        let got = linked(D, "Analysts said Marmotex of Zorvakia grew.");
        assert_eq!(id_of(&got, "Zorvakia"), Some("iso:ZV"), "{got:?}");
    }

    #[test]
    fn a_place_or_nationality_opening_an_organization_name_is_part_of_it() {
        let got = linked(
            D,
            "Shares of Zorvak Telephone and Telegraph Co rose. The Zorvakia Chamber of Commerce and the Zorvakan Executive agreed. She won the Zorvakia Open.",
        );
        // The place words are no mentions of their own. (Known limit: the
        // organization's span does not take in the place word it opens with.)
        let want: Vec<(String, &str, Option<String>)> = vec![("Telephone and Telegraph Co".into(), "ORG", None)];
        assert_eq!(got, want);
        // A list, a possessive or a title after it says nothing.
        let got = linked(D, "Zorvakia and Marmot Bank signed. Zorvakia Crown Prince Ado spoke. Trade fell in Zorvakia Monday.");
        assert_eq!(got.iter().filter(|(x, i_, _)| x == "Zorvakia" && *i_ == "LOC").count(), 3, "{got:?}");
    }

    #[test]
    fn a_country_closing_a_campaign_name_after_for_is_part_of_it() {
        let got = linked(D, "Volunteers of Kelbo for Zorvakia, the campaign, met. They joined Democracy for Zorvakia, a group.");
        assert!(!has(&got, "Zorvakia"), "{got:?}");
        // A place before "for", a possessive or a word after: the country.
        let got = linked(D, "Aid went from Kelmaria for Zorvakia. He asked Kelbo for Zorvakia's help. He asked Kelbo for Zorvakia visas.");
        assert_eq!(got.iter().filter(|(x, _, i)| x == "Zorvakia" && i.is_some()).count(), 3, "{got:?}");
    }

    #[test]
    fn a_country_before_a_plural_verb_in_a_sports_report_is_its_side() {
        let got = linked(D, "The match ended 2-1 in the league. Zorvakia have won four games, and the coach praised the team.");
        assert_eq!(got.iter().find(|(x, _, _)| x == "Zorvakia").map(|(_, _, i)| i.clone()), Some(None), "{got:?}");
        let got = linked(D, "Prices in Zorvakia were higher, the ministry said.");
        assert_eq!(id_of(&got, "Zorvakia"), Some("iso:ZV"), "{got:?}");
    }

    #[test]
    fn a_company_named_like_a_stock_index_is_the_index_there() {
        let got = linked(D, "Marmotex futures fell. Later the Marmotex closed 90 points lower as stocks slid.");
        assert_eq!(got.iter().filter(|(x, _, i)| x == "Marmotex" && i.is_none()).count(), 2, "{got:?}");
        let got = linked(D, "Marmotex said profits rose, and the Marmotex board met.");
        assert_eq!(got.iter().filter(|(x, _, i)| x == "Marmotex" && i.is_some()).count(), 2, "{got:?}");
    }

    #[test]
    fn a_party_named_after_a_region_is_not_the_national_party() {
        let d = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n\
            s:1\tLOC\tregion\tKelbshire\tKelbshire state\t\tZV\t\t5000000\n\
            p:1\tORG\tparty\tMarmot Party\t\t\tZV\t\t500\n";
        let got = linked(d, "In Zorvakia, the Kelbshire state Marmot Party chose a leader. The Marmot Party in Zorvakia agreed.");
        let party: Vec<Option<&str>> = got.iter().filter(|(x, _, _)| x == "Marmot Party").map(|(_, _, i)| i.as_deref()).collect();
        assert_eq!(party, vec![None, Some("p:1")], "{got:?}");
    }

    #[test]
    fn a_nationality_after_a_compass_word_of_a_continent_is_no_nationality() {
        let got = linked(D, "Flights to South Zorvakan cities grew, and West Zorvakan firms gained.");
        // "South Zorvaka" is a continent: its people are no Zorvakans; "West Zorvaka" is none.
        assert_eq!(got.iter().filter(|(x, _, _)| x == "Zorvakan").count(), 1, "{got:?}");
        assert!(got.iter().any(|(x, _, i)| x == "Zorvakan" && i.as_deref() == Some("n:1")), "{got:?}");
    }

    #[test]
    fn places_in_x_of_y_names_are_not_those_places() {
        let got = linked(D, "Lawyers of the Upper District of Kelmaria met, and the Marmot Front of Zorvakia fought on.");
        assert!(!has(&got, "Upper District"), "{got:?}");
        assert!(!has(&got, "Zorvakia"), "{got:?}");
        assert!(has(&got, "Marmot Front"), "{got:?}");
        // After a legal form, "of" tells where the company is from.
        let got = linked(D, "Shares of Kelbo Insurance Co of Zorvakia rose.");
        assert_eq!(id_of(&got, "Zorvakia"), Some("iso:ZV"), "{got:?}");
    }

    #[test]
    fn a_company_word_opening_a_title_is_no_company() {
        let got = linked(D, "The Zorvakan Crown Prince Dmitry Kelbo spoke to Crown Holdings staff.");
        assert!(!has(&got, "Crown"), "{got:?}");
    }

    #[test]
    fn a_news_outlet_opening_a_longer_name_is_not_that_outlet() {
        let d = "o:1\tORG\tnews_outlet\tMarmotcast\tMarmotcast News\t\tZV\t\t500\n\
            q:1\tPERSON\tpolitician\tFabio Marrowitz\t\tm\tZV\tdeputy\t100\n";
        let got = linked(d, "The debate aired on Marmotcast Two, the minister told Marmotcast Radio Kelb he would stay, and Marmotcast This Evening agreed.");
        assert_eq!(got, vec![], "{got:?}");
        // Its own longer form, a day, a title or a person after it: the outlet.
        let got = linked(d, "The minister told Marmotcast Monday that Marmotcast News and Marmotcast Fabio Marrowitz had erred.");
        assert_eq!(got.iter().filter(|(x, _, i)| x.starts_with("Marmotcast") && i.as_deref() == Some("o:1")).count(), 3, "{got:?}");
        // A credit or a byline: the outlet.
        let got = linked(d, "The deputy waved (Marmotcast Photo). Kelb Ivo, Marmotcast Correspondent, saw it.");
        assert_eq!(got.iter().filter(|(x, _, i)| x.starts_with("Marmotcast") && i.as_deref() == Some("o:1")).count(), 2, "{got:?}");
    }

    #[test]
    fn a_common_word_company_needs_company_evidence() {
        let got = linked(D, "Crypto exchange Kelbex said crypto prices fell.");
        assert!(has(&got, "Crypto") && id_of(&got, "Crypto").is_none(), "{got:?}");
        let got = linked(D, "Crypto shares rose as crypto prices fell.");
        assert_eq!(id_of(&got, "Crypto"), Some("c:2"), "{got:?}");
    }

    #[test]
    fn an_occupation_the_entry_does_not_hold_unlinks_a_politician() {
        let got = linked(D, "Inspector Fabio Marrowitz of the city police said the man was held.");
        assert!(has(&got, "Fabio Marrowitz") && id_of(&got, "Fabio Marrowitz").is_none(), "{got:?}");
        assert_eq!(id_of(&linked(D, "The deputy Fabio Marrowitz said the bill would pass."), "Fabio Marrowitz"), Some("q:1"));
    }

    #[test]
    fn a_city_standing_for_its_state_and_a_name_inside_a_longer_one_are_unlinked() {
        let d = "g:1\tLOC\tcity\tMarmotville\t\t\tZV\t\t9000000\ng:2\tLOC\tregion\tMarmotville\t\t\tZV\t\t5000000\n\
            q:1\tPERSON\tpolitician\tFabio Marrowitz\t\tm\tZV\tdeputy\t100\n";
        let got = linked(d, "Officials of Marmotville state said the branch manager Dmitry Fabio Marrowitz left.");
        // The state of the city's country shares the name: linking picks it.
        assert_eq!(id_of(&got, "Marmotville"), Some("g:2"), "{got:?}");
        assert!(!got.iter().any(|(x, _, i)| x.contains("Fabio Marrowitz") && i.is_some()), "{got:?}");
        // A state of that name only in another country: no link.
        let d2 = "g:1\tLOC\tcity\tMarmotville\t\t\tZV\t\t9000000\ng:2\tLOC\tregion\tMarmotville\t\t\tKL\t\t5000000\n";
        let got = linked(d2, "Officials of Marmotville state met.");
        assert!(has(&got, "Marmotville") && id_of(&got, "Marmotville").is_none(), "{got:?}");
        let got = linked(d, "Officials of Marmotville said Fabio Marrowitz left.");
        assert_eq!(id_of(&got, "Marmotville"), Some("g:1"), "{got:?}");
        assert_eq!(id_of(&got, "Fabio Marrowitz"), Some("q:1"), "{got:?}");
    }

    #[test]
    fn a_country_a_player_played_for_is_the_team() {
        let got = linked(D, "The flanker, who played for Zorvakia in 2001, moved to Kelmaria.");
        assert!(has(&got, "Zorvakia") && id_of(&got, "Zorvakia").is_none(), "{got:?}");
        assert_eq!(id_of(&got, "Kelmaria"), Some("iso:KL"), "{got:?}");
        // A country's player: the country.
        let got = linked(D, "She played for Zorvakia's Dmitry Kelbo in the final.");
        assert_eq!(id_of(&got, "Zorvakia"), Some("iso:ZV"), "{got:?}");
    }

    #[test]
    fn a_small_place_named_by_common_words_needs_a_place_said() {
        let d = "g:1\tLOC\tcity\tNorth End\t\t\tZV\t\t9000\niso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n";
        let got = linked(d, "Waiting times were long at the canal: North End 13 hours.");
        assert!(has(&got, "North End") && id_of(&got, "North End").is_none(), "{got:?}");
        assert_eq!(id_of(&linked(d, "Officials in Zorvakia said she grew up in North End and left."), "North End"), Some("g:1"));
    }

    #[test]
    fn in_a_sentence_about_a_game_a_country_played_against_is_the_team() {
        let got = linked(D, "Kelbo, who played for Zorvakia against Kelmaria in 2001, retired. Sanctions against Kelmaria grew.");
        let ids: Vec<_> = got.iter().filter(|(x, _, _)| x == "Kelmaria").map(|(_, _, i)| i.clone()).collect();
        assert_eq!(ids, vec![None, Some("iso:KL".to_string())], "{got:?}");
    }

    #[test]
    fn a_nationality_standing_for_a_language_is_unlinked() {
        let got = linked(D, "Zorvak language rap grew, and she speaks Zorvak at home. Zorvak officials agreed.");
        let ids: Vec<_> = got.iter().filter(|(x, _, _)| x == "Zorvak").map(|(_, _, i)| i.clone()).collect();
        assert_eq!(ids, vec![None, None, Some("n:2".to_string())], "{got:?}");
    }

    #[test]
    fn a_place_inside_a_longer_name_or_a_currency_is_dropped() {
        let d = "iso:ZV\tLOC\tcountry\tZorvakia\tZV\t\tZV\t\t1000000000\n\
            g:1\tLOC\tcity\tMarmotville\t\t\tZV\t\t2000000\n\
            r:1\tLOC\tcontinent\tKelbia\t\t\t\t\t1000000000\n";
        let got = linked(d, "Rebels near Marmotville del Sur fled. It cost ZV$40 at the Royal Bank of Zorvakia in Southern Kelbia.");
        assert!(got.iter().all(|(x, _, _)| !matches!(x.as_str(), "Marmotville" | "ZV" | "Zorvakia" | "Kelbia")), "{got:?}");
        // The place itself: kept.
        let got = linked(d, "Rebels near Marmotville fled. It cost $40 in Zorvakia, the poorest land of Kelbia.");
        assert_eq!(got.iter().filter(|(_, _, i)| i.is_some()).count(), 3, "{got:?}");
    }

    #[test]
    fn a_company_named_like_its_founder_standing_for_the_person_is_a_person() {
        let d = "c:9\tORG\tcompany\tOlena Marmot\tOlena Marmot Corp\t\tZV\t\t500\n";
        let got = linked(d, "The fashion designer Olena Marmot praised the show.");
        assert_eq!(got, vec![("Olena Marmot".to_string(), "PERSON", None)], "{got:?}");
        let got = linked(d, "Shares of Olena Marmot rose.");
        assert_eq!(id_of(&got, "Olena Marmot"), Some("c:9"), "{got:?}");
    }

    #[test]
    fn a_short_company_name_standing_for_another_firm_of_a_longer_name_is_unlinked() {
        let d = "c:8\tORG\tcompany\tKelbex\tKelbex Corporation\t\tZV\t\t500\n";
        let got = linked(d, "Rainbow bid for Kelbex Enterprises. Kelbex shares rose.");
        assert!(has(&got, "Kelbex") && id_of(&got, "Kelbex").is_none(), "{got:?}");
        let got = linked(d, "Kelbex Corporation said Kelbex shares rose.");
        assert_eq!(id_of(&got, "Kelbex"), Some("c:8"), "{got:?}");
    }

    #[test]
    fn a_one_word_company_after_a_first_name_or_a_nickname_is_a_surname() {
        let d = "c:7\tORG\tcompany\tKelbex\t\t\tZV\t\t500\n";
        let got = linked(d, "The list names retired Gen. Fabio \u{201c}Ike\u{201d} Kelbex and the aide Olena Kelbex.");
        assert!(got.iter().any(|(x, t, i)| x == "Kelbex" && *t == "PERSON" && i.is_none()), "{got:?}");
        assert!(got.iter().all(|(x, _, i)| !x.contains("Kelbex") || i.is_none()), "{got:?}");
        let got = linked(d, "\u{201c}We grew,\u{201d} Kelbex said.");
        assert_eq!(id_of(&got, "Kelbex"), Some("c:7"), "{got:?}");
    }

    #[test]
    fn an_abbreviated_place_after_a_determiner_and_a_place_closing_a_body_are_dropped() {
        let d = "g:5\tLOC\tregion\tMarmotia\tMarm.\t\tZV\t\t5000000\n";
        let got = linked(d, "You cannot go to that Marm. The Bar Council of Marmotia sued.");
        assert!(!got.iter().any(|(x, _, _)| x == "Marm." || x == "Marmotia"), "{got:?}");
        let got = linked(d, "He lives in Boston, Marm. now.");
        assert_eq!(id_of(&got, "Marm."), Some("g:5"), "{got:?}");
    }

    #[test]
    fn a_university_in_a_place_list_is_an_organization() {
        let d = "g:6\tLOC\tcity\tUniversity of Marmotia\t\t\tZV\t\t2000000\n";
        let got = linked(d, "Statues at the University of Marmotia came down.");
        assert_eq!(got, vec![("University of Marmotia".to_string(), "ORG", None)], "{got:?}");
    }

    #[test]
    fn a_possessive_company_after_an_honorific_or_the_is_no_company() {
        let d = "c:6\tORG\tcompany\tKelbo's\t\t\tZV\t\t500\nc:5\tORG\tcompany\tCrown Prince's\t\t\tZV\t\t500\n";
        let got = linked(d, "Critics said Mr Kelbo's return hurt, and the Crown Prince's song was dull.");
        assert_eq!(got, vec![("Kelbo's".to_string(), "PERSON", None), ("Crown Prince's".to_string(), "ORG", None)], "{got:?}");
        // Another name's possessive after "the": the company.
        let got = linked(d, "Shares rose, said the Kelbo's economist.");
        assert_eq!(id_of(&got, "Kelbo's"), Some("c:6"), "{got:?}");
    }
    #[test]
    fn a_company_opening_a_longer_capitalized_name_is_not_that_company() {
        let got = linked(D, "Analysts at Marmotex Guaranty said prices rose.");
        assert!(!has(&got, "Marmotex"), "{got:?}");
        // Its own name, or an acronym after it: the company.
        let got = linked(D, "Analysts at Marmotex said prices rose, and Marmotex CEO Dmitry Kelbo agreed.");
        assert_eq!(got.iter().filter(|(x, _, i)| x == "Marmotex" && i.as_deref() == Some("c:1")).count(), 2, "{got:?}");
    }

    #[test]
    fn a_company_word_opening_a_sentence_before_a_function_word_needs_evidence() {
        let d = "c:4\tORG\tcompany\tTranquil\tTranquil Inc\t\tZV\t\t500\n";
        let got = linked(d, "The leader spoke. Tranquil at home but feared abroad, he won.");
        assert!(has(&got, "Tranquil") && id_of(&got, "Tranquil").is_none(), "{got:?}");
        let got = linked(d, "The firm grew. Tranquil is buying Kelbex. Tranquil of Zorvakia said profits rose.");
        assert!(got.iter().filter(|(x, _, _)| x == "Tranquil").all(|(_, _, i)| i.as_deref() == Some("c:4")), "{got:?}");
        let got = linked(d, "The firm grew. Tranquil said profits rose.");
        assert_eq!(id_of(&got, "Tranquil"), Some("c:4"), "{got:?}");
    }

    #[test]
    fn a_place_named_like_a_persons_surname_with_a_particle_is_the_person() {
        let d = "g:7\tLOC\tcity\tDe Kelbo\t\t\tZV\t\t5000\niso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n";
        let got = linked(d, "The Zorvakia senator Olena de Kelbo spoke. De Kelbo said the bill would pass.");
        assert!(got.iter().all(|(x, _, i)| !x.contains("Kelbo") || i.is_none()), "{got:?}");
        assert!(got.iter().any(|(x, t, _)| x == "De Kelbo" && *t == "PERSON"), "{got:?}");
        let got = linked(d, "Floods in Zorvakia hit De Kelbo on Monday.");
        assert_eq!(id_of(&got, "De Kelbo"), Some("g:7"), "{got:?}");
    }

    #[test]
    fn a_country_after_favourites_or_caps_for_is_the_team() {
        let got = linked(D, "The match saw favourites Zorvakia held, and Kelbo won ten caps for Kelmaria.");
        assert!(got.iter().filter(|(x, _, _)| x == "Zorvakia" || x == "Kelmaria").all(|(_, _, i)| i.is_none()), "{got:?}");
        assert_eq!(got.iter().filter(|(x, _, _)| x == "Zorvakia" || x == "Kelmaria").count(), 2, "{got:?}");
    }
}

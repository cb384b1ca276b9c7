//! Context decisions about dictionary matches: hyphen compounds, sports
//! teams named after places, datelines in ALL CAPS.

use super::tokens::Tok;
use crate::text::strip_possessive;
use crate::lexicon::{Lexicon, SPORTS_WORDS};
use crate::annotation::{Entity, EntityType, Gender, Source, Span};
use crate::gazetteer::Gazetteer;
use std::borrow::Cow;

/// Whether the article reads like a sports report: at least three
/// different sports words, or many result lines (name, then a score).
/// One pass over the words counts the result lines, the fixtures and the
/// sports words together.
pub fn is_sports(text: &str, toks: &[Tok]) -> bool {
    // A story slugged with its sport ("CRICKET - ...", "Tennis: ...").
    let slug = |t: &Tok| t.upper || text[t.span.end..].trim_start().starts_with(['-', ':', '\u{2014}', '\u{2013}']);
    if toks.first().is_some_and(|t| slug(t) && is_sport_slug(&t.text(text).to_ascii_lowercase())) {
        return true;
    }
    let bytes = text.as_bytes();
    let mut seen = 0u64;
    // Result lines: "Leeds 2 Arsenal 1": a line of at most 8 words with two
    // scores after capitalized words.
    let (mut results, mut line_words, mut scores) = (0, 0, 0);
    // Fixture lists: "Leeds v Arsenal" twice or more.
    let mut fixtures = 0;
    // Whether the word before (and the one before that) is capitalized.
    let (mut cap1, mut cap2) = (false, false);
    for (i, t) in toks.iter().enumerate() {
        // (The first word opens the first line whatever it is.)
        if t.line_start && i > 0 {
            if line_words <= 8 && scores >= 2 {
                results += 1;
                if results >= 3 {
                    return true;
                }
            }
            (line_words, scores) = (0, 0);
        } else if cap1 && bytes[t.span.start].is_ascii_digit() && is_score(t.text(text)) {
            scores += 1;
        }
        line_words += 1;
        if t.cap && cap2 && !t.line_start && bytes[toks[i - 1].span.start] == b'v' && matches!(toks[i - 1].text(text), "v" | "vs" | "vs.") {
            fixtures += 1;
            if fixtures >= 2 {
                return true;
            }
        }
        if t.class & Lexicon::SPORT != 0 {
            // (The sports words are lower-case ASCII.)
            let w = strip_possessive(t.text(text));
            if let Some(k) = SPORTS_WORDS.iter().position(|s| s.eq_ignore_ascii_case(w)) {
                seen |= 1 << k;
                if seen.count_ones() >= 3 {
                    return true;
                }
            }
        }
        (cap2, cap1) = (cap1, t.cap);
    }
    line_words <= 8 && scores >= 2 && results + 1 >= 3
}

/// Names of sports that open a story's slug.
fn is_sport_slug(w: &str) -> bool {
    matches!(
        w,
        "soccer" | "football" | "cricket" | "tennis" | "rugby" | "baseball" | "basketball" | "hockey" | "golf"
            | "athletics" | "cycling" | "boxing" | "motorcycling" | "motor-racing" | "skiing" | "swimming"
            | "sailing" | "rowing" | "badminton" | "squash" | "volleyball" | "handball" | "snooker"
            | "nfl" | "nba" | "nhl" | "racing"
    )
}

/// Whether a word is a number or a score ("3", "2-1", "372").
fn is_score(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && !is_date(w)
}

/// "1996-08-30", "30/08/1996".
fn is_date(w: &str) -> bool {
    w.len() >= 8 && w.bytes().filter(|&b| b == b'-' || b == b'/').count() == 2
}

/// Words around a team name in a match report.
fn is_match_word(w: &str) -> bool {
    matches!(w, "beat" | "beats" | "v" | "vs" | "vs." | "against" | "drew" | "draw" | "lost" | "won" | "defeated" | "host" | "hosts" | "visit" | "visiting" | "at" | "over" | "to")
}

/// Applies the conflict rules to the dictionary entities in place.
///
/// - Hyphen compounds: a match glued by a hyphen to another capitalized
///   word that is no dictionary name ("Smith-Jones") is dropped; glued to a
///   lowercase word ("Washington-based", "Russian-occupied") it stays.
/// - Person vs place: a one-word place right after an honorific ("Mr.
///   Obama", "Sen. Warren") is a person.
/// - Sports: in a sports report, a city or region (not a country or a home
///   nation such as England, which stands for the national team and stays LOC) next to a score or a match
///   word ("Leeds 2", "beat Leeds") or before a plural verb ("Leeds were")
///   is the club: ORG, and so are its other
///   mentions in the report.
pub fn apply(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'_>>, gazetteer: &Gazetteer, sports: bool) {
    for e in entities.iter_mut() {
        honorific_makes_person(text, e);
    }
    let bytes = text.as_bytes();
    let starts: Vec<usize> = entities.iter().map(|e| e.span.start).collect();
    let ends: Vec<usize> = entities.iter().map(|e| e.span.end).collect();
    let is_entity_at = |pos: usize| starts.binary_search(&pos).is_ok();
    let is_entity_end = |pos: usize| ends.binary_search(&pos).is_ok();
    entities.retain(|e| {
        let (s, t) = (e.span.start, e.span.end);
        let glued_after = t + 1 < bytes.len() && bytes[t] == b'-' && text[t + 1..].starts_with(|c: char| c.is_uppercase());
        let glued_before = s >= 2 && bytes[s - 1] == b'-' && text[..s - 1].ends_with(|c: char| c.is_alphabetic());
        let before_cap = glued_before && {
            let w0 = text[..s - 1].char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(p, c)| p + c.len_utf8());
            text[w0..].starts_with(|c: char| c.is_uppercase())
        };
        // (`before_cap` holds only when `s >= 2`: asked first, `s - 1` never underflows.)
        (!before_cap || is_entity_end(s - 1)) && (is_entity_at(t + 1) || !glued_after)
    });
    if sports {
        let mut teams = Vec::new();
        let mut lone = Vec::new();
        let mut ti = 0;
        for e in entities.iter_mut() {
            if e.etype != EntityType::Loc {
                continue;
            }
            let Some(idx) = e.entry else { continue };
            let sub = &*gazetteer.entry(idx).subtype;
            // The home nations of the United Kingdom field national teams too.
            if matches!(sub, "country" | "continent") || matches!(&*gazetteer.entry(idx).canonical, "England" | "Scotland" | "Wales" | "Northern Ireland") {
                continue;
            }
            while ti < toks.len() && toks[ti].span.end <= e.span.start {
                ti += 1;
            }
            let mut tj = ti;
            while tj < toks.len() && toks[tj].span.start < e.span.end {
                tj += 1;
            }
            let next = toks.get(tj).map(|t| t.text(text));
            let prev = ti.checked_sub(1).map(|k| toks[k].text(text));
            // "Gloucester's Andy Gomarsall": a player of the club.
            let players = text[e.span.end..].starts_with(['\'', '’']) && toks.get(tj).is_some_and(|t| t.cap && t.class & Lexicon::FIRST != 0);
            // "Ada Winter ( Leeds )": a city alone in parentheses after a
            // name is the player's club.
            let club_of = text[..e.span.start].trim_end().ends_with('(')
                && text[e.span.end..].trim_start().starts_with(')')
                && ti >= 1
                && toks[ti - 1].cap
                && sub == "city";
            // "Leeds were beaten": a club takes a plural verb, a town does not.
            let plural_verb = next.is_some_and(|w| matches!(w, "were" | "are" | "have"));
            if players || club_of || plural_verb || next.is_some_and(|w| is_score(w) || is_match_word(w)) || prev.is_some_and(|w| matches!(w, "beat" | "v" | "vs" | "against" | "defeated")) {
                e.etype = EntityType::Org;
                teams.push(idx);
                continue;
            }
            // Where some place is a side, another place standing alone is
            // one too, unless a preposition of place, a region after a comma
            // or a line of its own says it is the place ("in Milan", "Milan,
            // Italy"); a surname ("Crawley") may be a player, a capitalized
            // neighbour makes a longer name ("Ruch Chorzow"), both left alone.
            let place_said = prev.is_some_and(|w| matches!(w, "in" | "at" | "near" | "from" | "to" | "of" | "outside" | "into" | "across" | "around" | "In" | "At" | "From"))
                || text[e.span.end..].starts_with(',')
                || toks.get(tj).is_none_or(|t| t.line_start)
                || toks[ti].line_start;
            let neighbour = (ti > 0 && toks[ti - 1].cap && !toks[ti - 1].sent_start && !toks[ti].sent_start) || toks.get(tj).is_some_and(|t| t.cap && !t.sent_start);
            if !place_said && !neighbour && toks[ti].class & Lexicon::SURNAME == 0 {
                lone.push(idx);
            }
        }
        if !teams.is_empty() {
            teams.extend(lone);
        }
        // A place that is a team once in the report is the team throughout
        // ("Essex 372 ... Essex, however, look certain"); the team is not
        // the place: no link.
        if !teams.is_empty() {
            teams.sort_unstable();
            for e in entities.iter_mut() {
                if e.entry.is_some_and(|idx| teams.binary_search(&idx).is_ok()) && matches!(e.etype, EntityType::Loc | EntityType::Org) {
                    e.etype = EntityType::Org;
                    e.canonical = Cow::Owned(e.span.of(text).to_string());
                    e.id = None;
                    e.entry = None;
                }
            }
        }
    }
}

/// Squad lists: "A Ruiz (Kelbton), B Orvo (Marmot Harriers), C Daskel
/// (Kelby)": a line of three or more players, each a name of one to three
/// capitalized words (the first may be a bare initial) and a capitalized
/// note in parentheses, separated by commas, semicolons, colons, "&" or "and". The note
/// is the player's club: one organization, not the place its name holds;
/// the name before it is the player (a person).
/// The shape is asked in sports reports, and elsewhere when two players or
/// more are named by an initial (a list of people with their home towns is
/// rarely written so). A country (a national side's players' nation), a
/// nationality or notes the dictionaries already type as organizations are
/// left alone; so is a note with a digit, a hyphen ("R-Kelbton") or a
/// single letter.
pub fn squad_clubs(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'_>>, gazetteer: &Gazetteer, sports: bool) {
    if !text.contains('(') {
        return;
    }
    let mut clubs: Vec<(Span, Span)> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        if line.matches('(').count() < 3 {
            continue;
        }
        // (note span, whether the player is named by a bare initial, name span)
        let mut items: Vec<(Span, bool, Span)> = Vec::new();
        let mut best: Vec<(Span, bool, Span)> = Vec::new();
        let mut from = 0;
        while let Some(k) = line[from..].find('(').map(|k| from + k) {
            let Some(close) = line[k..].find(')').map(|c| k + c) else { break };
            // (No name word holds the previous ')': look for spaces after it only.)
            let prev = from;
            from = close + 1;
            let note = line[k + 1..close].trim();
            let words: Vec<&str> = note.split(' ').filter(|w| !w.is_empty()).collect();
            let note_ok = (1..=4).contains(&words.len())
                && words.iter().all(|w| w.chars().nth(1).is_some() && w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic));
            // The name before: one to three capitalized words after a separator.
            let before = line[..k].trim_end_matches(' ');
            let mut name_words = 0;
            let mut initial = false;
            let mut rest = before;
            let mut name_start = before.len();
            while name_words < 3 {
                let lo = prev.min(rest.len());
                let w0 = match rest[lo..].rfind(' ') {
                    Some(p) => lo + p + 1,
                    None if lo == 0 => 0,
                    None => break,
                };
                let w = &rest[w0..];
                if w.is_empty() || !w.starts_with(|c: char| c.is_uppercase()) || !w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’')) {
                    break;
                }
                name_words += 1;
                name_start = w0;
                initial = w.trim_end_matches('.').chars().count() == 1;
                rest = rest[..w0].trim_end_matches(' ');
                if w0 == 0 {
                    break;
                }
            }
            let sep_ok = rest.is_empty() || rest.ends_with([',', ';', ':']) || rest.ends_with(" and") || rest.ends_with(" &");
            let after = line[close + 1..].trim_start_matches(' ');
            let end_ok = after.is_empty() || after.starts_with([',', ';', '.', '\n', '\r']) || after.starts_with("and ") || after.starts_with("& ");
            // (The first of a list may follow any words: "The squad is A Ruiz (Kelbton), ...".)
            let sep_ok = sep_ok || (items.is_empty() && name_words >= 2);
            if note_ok && name_words >= 1 && sep_ok && end_ok {
                let a = base + k + 1 + (line[k + 1..close].len() - line[k + 1..close].trim_start().len());
                items.push((Span::new(a, a + note.len()), initial, Span::new(base + name_start, base + before.len())));
            } else {
                if items.len() > best.len() {
                    best = std::mem::take(&mut items);
                }
                items.clear();
            }
        }
        if items.len() > best.len() {
            best = items;
        }
        if best.len() >= 3 && (sports || best.iter().filter(|x| x.1).count() >= 2) {
            clubs.extend(best.into_iter().map(|x| (x.0, x.2)));
        }
    }
    if clubs.is_empty() {
        return;
    }
    let mut add = Vec::new();
    let mut players = Vec::new();
    for (club, name) in clubs {
        // The player: a person, unless the dictionary holds him.
        // (Entities are sorted and do not overlap: those on a span are a run.)
        let es: &[Entity<'_>] = entities;
        let on = |s: Span| (es.partition_point(|e| e.span.end <= s.start)..es.len()).take_while(move |&i| es[i].span.start < s.end);
        let on_name: Vec<usize> = on(name).collect();
        if on_name.iter().all(|&i| name.contains(&entities[i].span) && !(entities[i].etype == EntityType::Person && entities[i].source == Source::Dictionary))
            && tok_at(toks, name.start).is_some_and(|k| !toks[k].headline)
        {
            players.push(name);
        }
        let inside: Vec<usize> = on(club).collect();
        if inside.iter().any(|&i| !club.contains(&entities[i].span)) {
            continue;
        }
        let nation = |e: &Entity<'_>| {
            e.etype == EntityType::Norp || e.entry.is_some_and(|x| e.etype == EntityType::Loc && matches!(&*gazetteer.entry(x).subtype, "country" | "continent"))
        };
        if inside.iter().any(|&i| nation(&entities[i])) || (!inside.is_empty() && inside.iter().all(|&i| entities[i].etype == EntityType::Org && entities[i].entry.is_some())) {
            continue;
        }
        // (Words of a headline are never a squad's.)
        if tok_at(toks, club.start).is_some_and(|k| toks[k].headline) {
            continue;
        }
        add.push(club);
    }
    if add.is_empty() && players.is_empty() {
        return;
    }
    let mut cut: Vec<Span> = add.iter().chain(players.iter()).copied().collect();
    cut.sort_by_key(|c| c.start);
    entities.retain(|e| {
        let p = cut.partition_point(|c| c.end <= e.span.start);
        cut.get(p).is_none_or(|c| c.start >= e.span.end)
    });
    for span in add {
        entities.push(Entity { span, etype: EntityType::Org, canonical: Cow::Owned(span.of(text).to_string()), id: None, source: Source::Inferred, entry: None, gender: None });
    }
    for span in players {
        entities.push(Entity { span, etype: EntityType::Person, canonical: Cow::Owned(span.of(text).to_string()), id: None, source: Source::Inferred, entry: None, gender: None });
    }
    entities.sort_by_key(|e| e.span.start);
}

/// Honorifics that only stand before a person's name, with the gender they tell.
const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("Mr.", Some(Gender::Male)),
    ("Mr", Some(Gender::Male)),
    ("Mrs.", Some(Gender::Female)),
    ("Mrs", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Dr.", None),
    ("Sen.", None),
    ("Rep.", None),
    ("Gov.", None),
];

/// "North Kelbton", "Upper Kelbton": a capitalized point of the compass (or
/// "Greater", "Upper", "Lower", "Central") right before a dictionary place,
/// itself in no name, makes one place with it: the part is no dictionary
/// entry, so it keeps no link. Not for a country or a continent, which keeps
/// its link ("Northern Zembla" is still Zembla's). Not in sports reports ("North Kelbton" may be
/// a side) nor in headlines.
pub fn compass_places(text: &str, toks: &[Tok], entities: &mut [Entity<'_>], gazetteer: &Gazetteer, sports: bool) {
    if sports {
        return;
    }
    let mut prev_end = 0;
    for e in entities.iter_mut() {
        let start = e.span.start;
        let before_end = prev_end;
        prev_end = e.span.end;
        if e.etype != EntityType::Loc || e.source != Source::Dictionary {
            continue;
        }
        // A country or continent keeps its link ("Northern Zembla" counts for Zembla).
        if e.entry.is_some_and(|x| matches!(&*gazetteer.entry(x).subtype, "country" | "continent")) {
            continue;
        }
        let Some(k) = tok_at(toks, start) else { continue };
        if k == 0 || toks[k].headline || !toks[k].ws_before || toks[k].upper {
            continue;
        }
        let c = &toks[k - 1];
        if !c.cap || c.upper || c.headline || c.span.start < before_end || text.get(c.span.end..start) != Some(" ") || !is_compass(c.text(text)) {
            continue;
        }
        unlinked_inferred(e, text, Span::new(c.span.start, e.span.end));
    }
}

/// A capitalized point of the compass or a part of a land ("North",
/// "Northern", "Upper", "Central"), which makes another place or people
/// of the name after it.
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "Northeast" | "Northwest" | "Southeast"
            | "Southwest" | "Greater" | "Upper" | "Lower" | "Central"
    )
}

/// A dictionary place named by an institution's word alone ("University",
/// "College": small towns of that name) is the institution the text talks
/// about ("the University's policy"): an organization without a link; at a
/// sentence's or a headline's start, where any word is capitalized, nothing.
pub fn institution_words(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'_>>) {
    let inst = |w: &str| matches!(w, "University" | "College" | "Institute" | "Academy" | "Ministry" | "Department" | "Agency" | "Bureau" | "Commission" | "Committee");
    entities.retain_mut(|e| {
        if e.source != Source::Dictionary || e.etype != EntityType::Loc || !inst(strip_possessive(e.span.of(text))) {
            return true;
        }
        let Some(k) = tok_at(toks, e.span.start) else { return true };
        if toks[k].sent_start || toks[k].headline || toks[k].upper {
            return false;
        }
        e.etype = EntityType::Org;
        e.id = None;
        e.entry = None;
        true
    });
}

/// Person vs place: a one-word place right after an honorific ("Mr. Obama",
/// "Sen. Warren") is a person whose name the dictionaries hold as a place.
fn honorific_makes_person(text: &str, e: &mut Entity<'_>) {
    if e.etype != EntityType::Loc || e.source != Source::Dictionary || e.span.of(text).contains(char::is_whitespace) {
        return;
    }
    let before = text[..e.span.start].trim_end_matches(' ');
    if before.len() == e.span.start {
        return;
    }
    // "Dr. Amara Okafor": a first name that is also a place, then the
    // surname; the name as a whole is found later, by its shape.
    if text[e.span.end..].strip_prefix(' ').is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase)) {
        return;
    }
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let Some(&(_, gender)) = HONORIFICS.iter().find(|(h, _)| before[word_start..] == **h) else {
        return;
    };
    e.etype = EntityType::Person;
    let span = e.span;
    unlinked_inferred(e, text, span);
    e.gender = gender;
}

/// Datelines: a line opening with a place in ALL CAPS, then a date, a
/// parenthesis, a dash, or a comma and a region before a date or a
/// parenthesis ("LONDON 1996-08-30", "WASHINGTON (Reuters) -", "KYIV,
/// Ukraine (AP) —"). The place is looked up in its Title Case form; one no
/// dictionary holds is inferred (LOC) after a date or a region.
/// In a sports report a line opening with a city in ALL CAPS, then a
/// score, is a result line: the city is the team (ORG).
pub fn datelines<'p>(text: &str, toks: &[Tok], gazetteer: &'p Gazetteer, sports: bool, out: &mut Vec<Entity<'p>>) {
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].upper && (toks[i].line_start || sports)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && j < i + 3 && toks[j].upper && toks[j].ws_before {
            j += 1;
        }
        let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
        let rest = text[span.end..].trim_start_matches([' ', ',', '\t']);
        let next_word = rest.split_whitespace().next().unwrap_or("");
        // "KYIV, Ukraine (AP) —", "IRVINE, Calif. 1996-08-30": a region and
        // a date, a source or a dash close the dateline.
        let after = text[span.end..].trim_start_matches([' ', '\t']);
        let comma_dated = after.starts_with(',')
            && after[1..].split('\n').next().unwrap_or("").split_whitespace().take(5).any(|w| is_date(w) || w.starts_with('(') || matches!(w, "-" | "—" | "–"));
        // "LONDON (Reuters) -": a source in parentheses, then a dash.
        let sourced = rest.starts_with('(')
            && rest.split_once(')').is_some_and(|(src, after)| {
                src[1..].starts_with(char::is_uppercase) && !src.contains('\n') && after.trim_start_matches(' ').starts_with(['-', '—', '–'])
            });
        let dated = rest.starts_with('(') || is_date(next_word) || comma_dated || rest.starts_with(['—', '–']);
        let scored = sports && !dated && is_score(next_word);
        if ((dated && toks[i].line_start) || scored) && toks.get(j).is_none_or(|t| !t.line_start) {
            let title: String = title_case(span.of(text));
            let found = gazetteer.find(&title).into_iter().find(|m| m.span.start == 0 && m.span.end == title.len());
            if found.is_none() && toks[i].line_start && (comma_dated || sourced || is_date(next_word)) && span.of(text).chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'')) {
                // A place no dictionary holds, by the shape of the dateline.
                out.push(Entity { span, etype: EntityType::Loc, canonical: Cow::Owned(title.clone()), id: None, source: Source::Inferred, entry: None, gender: None });
            }
            if let Some(m) = found {
                let entry = gazetteer.entry(m.entry);
                if entry.etype == EntityType::Loc {
                    // A result line's city is the team: no link to the place.
                    out.push(Entity {
                        span,
                        etype: if scored { EntityType::Org } else { EntityType::Loc },
                        canonical: if scored { Cow::Owned(title.clone()) } else { Cow::Borrowed(&*entry.canonical) },
                        id: if scored { None } else { Some(Cow::Borrowed(&*entry.id)) },
                        source: Source::Dictionary,
                        entry: if scored { None } else { Some(m.entry) },
                        gender: None,
                    });
                }
            }
        }
        i = j;
    }
}

/// "NEW YORK" → "New York" (same byte length for ASCII; other text is kept).
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            out.push(if start { c } else { c.to_ascii_lowercase() });
            start = false;
        } else {
            out.push(c);
            start = !(c.is_alphanumeric() || c == '\'');
        }
    }
    out
}

/// The index of the word starting at byte `pos`, if one does.
fn tok_at(toks: &[Tok], pos: usize) -> Option<usize> {
    toks.binary_search_by_key(&pos, |t| t.span.start).ok()
}

/// Whether word `n` continues the name before it on the same line: a
/// capitalized word after a single space, neither a sentence start nor in
/// a headline, nor a title ("U.S. President"), a calendar word ("China
/// Monday") or a function word.
fn continues_name(text: &str, toks: &[Tok], n: usize, lexicon_bits: u8) -> bool {
    let t = &toks[n];
    let w = t.text(text);
    let gap = n.checked_sub(1).map(|p| &text[toks[p].span.end..t.span.start]);
    t.cap
        && !t.upper
        && !t.sent_start
        && !t.line_start
        && !t.headline
        && gap == Some(" ")
        && t.class & lexicon_bits == 0
        && !matches!(
            w,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "January" | "February"
                | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December"
        )
}

/// Initials written before a surname: "H.R.", "J.", "J.R.R.".
fn initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b.len().is_multiple_of(2) && b.chunks(2).all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Words that close a sports club's name after its town ("Leeds United",
/// "Stoke City", "Bristol Rovers").
fn is_team_tail(w: &str) -> bool {
    matches!(
        w,
        "United" | "City" | "Town" | "Rovers" | "Rangers" | "Athletic" | "Wanderers" | "Albion" | "County" | "Forest"
            | "Villa" | "Hotspur" | "Wednesday" | "Orient" | "Argyle" | "Celtic" | "Thistle" | "Academicals"
            | "Alexandra" | "Stanley" | "Vale" | "Dons" | "Harlequins" | "Saracens" | "Warriors"
    )
}

/// Words that open a sports club's name before its town ("AC Milan", "FC
/// Porto", "Real Betis").
fn is_club_word(w: &str) -> bool {
    matches!(w, "AC" | "FC" | "SC" | "AS" | "SV" | "CF" | "CD" | "RC" | "SK" | "FK" | "NK" | "KV" | "VfB" | "VfL" | "TSV" | "Real" | "Sporting" | "Dynamo" | "Dinamo" | "Inter" | "Olympique")
}

/// Words that end only a sports club's name, never a place's or another
/// body's: after a place, in any article, they make the club ("Kelbton
/// Harriers", "Kelbton AC"; not "City", "County", "Forest": "Kelbton City"
/// may be the town).
fn is_club_tail(w: &str) -> bool {
    matches!(
        w,
        "AC" | "FC" | "AFC" | "RFC" | "RUFC" | "RLFC" | "CFC" | "Harriers" | "Rovers" | "Athletic" | "Wanderers" | "Hotspur"
            | "Academicals" | "Albion" | "Thistle" | "Harlequins"
    )
}

/// [`whole_names`]: whether dictionary mention `i` is a place (not a country
/// or continent; or a town a sports report already made a side) followed by
/// a club word ([`is_club_tail`]) that ends the name. Gives the first
/// mention of the club's name (places listed before it joined by commas
/// and "and": "Kelby, Orvo and Marmot AC"), the mention of the club word if
/// any, and the end of the club's name.
fn club_after_place(text: &str, toks: &[Tok], entities: &[Entity<'_>], starts: &[usize], i: usize, gazetteer: &Gazetteer) -> Option<(usize, Option<usize>, usize)> {
    let e = &entities[i];
    let place = |e: &Entity<'_>| {
        e.source == Source::Dictionary
            && match e.etype {
                EntityType::Loc => e.entry.is_some_and(|x| !matches!(&*gazetteer.entry(x).subtype, "country" | "continent")),
                // (A town a sports report made a side keeps no entry.)
                EntityType::Org => e.entry.is_none(),
                _ => false,
            }
    };
    if !place(e) {
        return None;
    }
    let last = toks.partition_point(|t| t.span.start < e.span.end).checked_sub(1)?;
    let n = last + 1;
    let t = toks.get(n)?;
    if toks[last].span.end != e.span.end || toks[last].headline || t.line_start || &text[e.span.end..t.span.start] != " " || !is_club_tail(t.text(text)) {
        return None;
    }
    // The club word ends the name ("Kelbton Albion Street" is a street).
    if toks.get(n + 1).is_some_and(|_| continues_name(text, toks, n + 1, 0)) {
        return None;
    }
    let j = starts.binary_search(&t.span.start).ok();
    if j.is_some_and(|j| entities[j].span.end != t.span.end) {
        return None;
    }
    let mut first = i;
    while first > 0 && i - first < 5 {
        let p = &entities[first - 1];
        let gap = &text[p.span.end..entities[first].span.start];
        if !place(p) || !matches!(gap, ", " | " and " | " & ") {
            break;
        }
        first -= 1;
    }
    // A list needs its "and": "Kelby, Marmot AC" is a place and a club.
    if first < i && !matches!(&text[entities[i - 1].span.end..e.span.start], " and " | " & ") {
        first = i;
    }
    Some((first, j, t.span.end))
}

/// Whole names first: a dictionary place, organization or nationality that
/// is only the start of a longer capitalized name no rule recognized ("Davis
/// Cup", "Carnegie Hall", "Senate Majority PAC", "Newcastle Brown Ale",
/// "American Medical") is not that entity: dropped. An organization followed by a country ("Shell
/// Canada") names a national arm, a company of its own: one ORG mention
/// without a link. A company glued by a hyphen to a capitalized word
/// ("Anglo-Swedish") is no company.
pub fn whole_names<'p>(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'p>>, gazetteer: &'p Gazetteer, sports: bool) {
    let starts: Vec<usize> = entities.iter().map(|e| e.span.start).collect();
    let mut drop = vec![false; entities.len()];
    let mut merged: Vec<(usize, usize)> = Vec::new();
    let ends: Vec<usize> = entities.iter().map(|e| e.span.end).collect();
    let mut retype: Vec<(usize, EntityType)> = Vec::new();
    let mut sided: Vec<(usize, Option<usize>, usize)> = Vec::new();
    let mut clubs: Vec<(usize, usize, Option<usize>, usize)> = Vec::new();
    let mut compassed: Vec<(usize, u32)> = Vec::new();
    let mut retyped_merge: Vec<(usize, usize)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        // "Kelbton Harriers", "Kelbton AC", "Kelbton RFC": a place and a word
        // only a sports club's name ends in is the club, in any article
        // (also a town a sports report made a side); places listed before
        // it name one club ("Kelby, Orvo and Marmot AC").
        if let Some((first, j, end)) = club_after_place(text, toks, entities, &starts, i, gazetteer) {
            clubs.push((first, i, j, end));
            continue;
        }
        // "Trump Tower", "Electronic Entertainment Expo": a surname or a
        // short form of the article's names that opens a longer name is
        // not what it stands for.
        let alias = e.source == Source::Alias && matches!(e.etype, EntityType::Person | EntityType::Org);
        if !alias && (e.source != Source::Dictionary || !matches!(e.etype, EntityType::Loc | EntityType::Org | EntityType::Norp)) {
            continue;
        }
        // "H.R. Zorvan": after initials, a one-word place or company is a
        // person's surname. "AC Zorvan": after a club word, a town is the club.
        if e.source == Source::Dictionary && matches!(e.etype, EntityType::Loc | EntityType::Org) && !e.span.of(text).contains(' ') {
            if let Some(f) = tok_at(toks, e.span.start).filter(|&f| f > 0) {
                let p = &toks[f - 1];
                let w = p.text(text);
                let gap = &text[p.span.end..toks[f].span.start];
                if gap.len() <= 2 && gap.trim().is_empty() && !toks[f].headline && ends.binary_search(&p.span.end).is_err() {
                    if initials(w) && !toks[f].upper {
                        retype.push((i, EntityType::Person));
                        continue;
                    }
                    let town = e.etype == EntityType::Loc && e.entry.is_some_and(|x| &*gazetteer.entry(x).subtype == "city");
                    if town && is_club_word(w) && gap == " " {
                        retype.push((i, EntityType::Org));
                        continue;
                    }
                    // "ZNB Zembla", "IFK Marmotville": an acronym before a place
                    // names an organization; in a sports report, so does any
                    // capitalized word before a town ("Hapoel Marmotville").
                    let acronym = p.upper && (2..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
                    let side = sports && town && p.cap && !p.sent_start && p.class & (Lexicon::TITLE | Lexicon::FUNCTION | Lexicon::STOP | Lexicon::FIRST) == 0;
                    if e.etype == EntityType::Loc && gap == " " && !toks[f].upper && !p.headline && (acronym || side) {
                        retype.push((i, EntityType::Org));
                        continue;
                    }
                }
            }
        }
        // "Latin American": a nationality closing a longer name; "Bavarian
        // Alps": a one-word company too.
        let company = e.etype == EntityType::Org
            && !e.span.of(text).contains(' ')
            && e.entry.is_some_and(|x| &*gazetteer.entry(x).subtype == "company");
        if (e.etype == EntityType::Norp || company) && e.source == Source::Dictionary {
            if let Some(f) = tok_at(toks, e.span.start).filter(|&f| f > 0) {
                let p = &toks[f - 1];
                let gap = &text[p.span.end..toks[f].span.start];
                let free = gap == " " && p.cap && !p.upper && !p.headline && ends.binary_search(&p.span.end).is_err() && !text[..p.span.end].ends_with(['.', '\'']);
                // "Northern Zemblanman": a point of the compass before a
                // nationality makes the other group the dictionary names so
                // ("Northern Zemblan"), not the first.
                if e.etype == EntityType::Norp && free && !toks[f].headline && is_compass(p.text(text)) {
                    let name = format!("{} {}", p.text(text), e.canonical);
                    let other = gazetteer.find(&name).into_iter().find(|m| m.span.start == 0 && m.span.end == name.len() && gazetteer.entry(m.entry).etype == EntityType::Norp);
                    if let Some(m) = other {
                        compassed.push((i, m.entry));
                        continue;
                    }
                }
                if free && !p.sent_start && p.class & (Lexicon::TITLE | Lexicon::FUNCTION | Lexicon::STOP) == 0 {
                    drop[i] = true;
                    continue;
                }
            }
        }
        // Countries ("U.S. Chamber") and news outlets ("CBS This Morning")
        // lend their names to what they own: they stay.
        if e.entry.is_some_and(|x| matches!(&*gazetteer.entry(x).subtype, "country" | "news_outlet" | "news_agency")) {
            continue;
        }
        let Some(last) = toks.partition_point(|t| t.span.start < e.span.end).checked_sub(1) else { continue };
        // In a sports report, a town and a side's name ("Marmotville
        // Rovers", "Marmotville Indians"): the club.
        if sports && e.source == Source::Dictionary && e.etype == EntityType::Loc && e.entry.is_some_and(|x| &*gazetteer.entry(x).subtype == "city") {
            let n = last + 1;
            if n < toks.len() && toks[last].span.end == e.span.end && &text[e.span.end..toks[n].span.start] == " " && toks[n].cap && !toks[n].upper && !toks[n].line_start {
                let w = toks[n].text(text);
                let j = starts.binary_search(&toks[n].span.start).ok();
                let tail_ok = j.is_none_or(|j| entities[j].span.end == toks[n].span.end && matches!(entities[j].etype, EntityType::Norp | EntityType::Org));
                if tail_ok && (is_team_tail(w) || (w.ends_with('s') && !w.ends_with("'s") && j.is_some())) {
                    sided.push((i, j, toks[n].span.end));
                    continue;
                }
            }
        }
        // "Putin's", "Washington-based": the word goes on past the name.
        if toks[last].span.end != e.span.end {
            let glued = text[e.span.end..].strip_prefix('-').is_some_and(|r| r.starts_with(char::is_uppercase));
            if glued && e.etype == EntityType::Org && e.entry.is_some_and(|x| &*gazetteer.entry(x).subtype == "company") {
                drop[i] = true;
            }
            continue;
        }
        if toks[last].headline {
            continue;
        }
        let n = last + 1;
        if n >= toks.len() || !continues_name(text, toks, n, Lexicon::TITLE | Lexicon::FUNCTION) {
            continue;
        }
        match starts.binary_search(&toks[n].span.start) {
            Ok(j) => {
                // "Shell Canada": a company, then a country.
                let other = &entities[j];
                let country = other.entry.is_some_and(|x| &*gazetteer.entry(x).subtype == "country");
                // "African American": two nationalities make one group.
                let groups = e.etype == EntityType::Norp && other.etype == EntityType::Norp;
                // "Zemblan Crossroads": a nationality before a party of
                // another country opens another organization's name (not
                // before a company: "Zemblan Acme" is Acme's arm there).
                let foreign = e.etype == EntityType::Norp
                    && other.etype == EntityType::Org
                    && other.source == Source::Dictionary
                    && e.entry.zip(other.entry).is_some_and(|(a, b)| {
                        let (a, b) = (gazetteer.entry(a), gazetteer.entry(b));
                        &*b.subtype == "party" && !a.country.is_empty() && !b.country.is_empty() && a.country != b.country
                    });
                if (e.etype == EntityType::Org && country || groups) && other.source == Source::Dictionary {
                    merged.push((i, j));
                } else if foreign {
                    retyped_merge.push((i, j));
                } else if e.etype == EntityType::Org
                    && other.etype == EntityType::Org
                    && e.source == Source::Dictionary
                    && other.source == Source::Dictionary
                    && !country
                    && !e.span.of(text).contains(' ')
                    && !other.span.of(text).contains(' ')
                {
                    // "Sea Monster": two one-word company names side by side
                    // make one longer name, neither company.
                    drop[i] = true;
                    drop[j] = true;
                }
            }
            Err(_) => drop[i] = true,
        }
    }
    for &(i, x) in &compassed {
        let f = tok_at(toks, entities[i].span.start).unwrap_or(1).max(1);
        let en = gazetteer.entry(x);
        let e = &mut entities[i];
        e.span = Span::new(toks[f - 1].span.start, e.span.end);
        e.canonical = Cow::Borrowed(&*en.canonical);
        e.id = Some(Cow::Borrowed(&*en.id));
        e.entry = Some(x);
    }
    for &(i, j) in &retyped_merge {
        let end = entities[j].span.end;
        let e = &mut entities[i];
        e.etype = EntityType::Org;
        unlinked_inferred(e, text, Span::new(e.span.start, end));
        drop[j] = true;
    }
    for &(first, i, j, end) in &clubs {
        let start = entities[first].span.start;
        for d in drop.iter_mut().take(i).skip(first) {
            *d = true;
        }
        let e = &mut entities[i];
        e.etype = EntityType::Org;
        unlinked_inferred(e, text, Span::new(start, end));
        e.gender = None;
        if let Some(j) = j {
            drop[j] = true;
        }
    }
    for &(i, j, end) in &sided {
        let e = &mut entities[i];
        e.etype = EntityType::Org;
        unlinked_inferred(e, text, Span::new(e.span.start, end));
        if let Some(j) = j {
            drop[j] = true;
        }
    }
    for &(i, t) in &retype {
        let start = tok_at(toks, entities[i].span.start).map_or(entities[i].span.start, |f| toks[f.saturating_sub(1)].span.start);
        let e = &mut entities[i];
        e.etype = t;
        unlinked_inferred(e, text, Span::new(start, e.span.end));
        e.gender = None;
    }
    for &(i, j) in &merged {
        let end = entities[j].span.end;
        let e = &mut entities[i];
        unlinked_inferred(e, text, Span::new(e.span.start, end));
        drop[j] = true;
    }
    let mut k = 0;
    entities.retain(|_| {
        let keep = !drop[k];
        k += 1;
        keep
    });
}

/// A one-word dictionary place, organization or nationality right after a
/// first name ("Mike Bloomberg", "Tom Ford", "Michael German") is the person's surname, not the entity:
/// dropped, so that the name is inferred whole. Countries stay.
///
/// In a sports report a city of 100,000 people or more stays: "Hansa
/// Marmotville" is a side named after its city (inference types it).
pub fn after_first_name(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'_>>, gazetteer: &Gazetteer, sports: bool) {
    let ends: Vec<usize> = entities.iter().map(|e| e.span.end).collect();
    entities.retain(|e| {
        if e.source != Source::Dictionary || !matches!(e.etype, EntityType::Loc | EntityType::Org | EntityType::Norp) || e.span.of(text).contains(' ') {
            return true;
        }
        if e.entry.is_some_and(|x| matches!(&*gazetteer.entry(x).subtype, "country" | "continent")) {
            return true;
        }
        // (A town made a side above keeps no entry.)
        let side = e.etype == EntityType::Org && e.entry.is_none();
        if sports
            && (side
                || e.etype == EntityType::Loc
                    && e.entry.is_some_and(|x| matches!(&*gazetteer.entry(x).subtype, "city" | "capital") && gazetteer.entry(x).weight >= 100_000))
        {
            return true;
        }
        let Some(k) = tok_at(toks, e.span.start) else { return true };
        let Some(p) = k.checked_sub(1) else { return true };
        let t = &toks[p];
        let first = t.cap && !t.upper && !t.headline && t.class & Lexicon::FIRST != 0 && t.class & (Lexicon::STOP | Lexicon::TITLE) == 0;
        let adjacent = &text[t.span.end..e.span.start] == " ";
        !(first && adjacent && ends.binary_search(&t.span.end).is_err())
    });
}

const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
];

/// Whether `s` opens with a written date: "4 May 2026", "May 4, 2026",
/// "Dec. 2", "2026-05-04".
fn opens_with_date(s: &str) -> bool {
    let mut w = s.split_whitespace();
    let (a, b) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
    let day = |x: &str| {
        let x = x.trim_end_matches([',', ':']);
        !x.is_empty() && x.len() <= 2 && x.bytes().all(|c| c.is_ascii_digit())
    };
    let month = |x: &str| MONTHS.contains(&x.trim_end_matches([',', ':']));
    is_date(a.trim_end_matches([',', ':'])) || (day(a) && month(b)) || (month(a) && day(b))
}

/// Title Case datelines: a line opening with one to three capitalized
/// words, a comma and a date, then a colon or a dash ("Harbor City, 4 May
/// 2026: ...", "Springfield, May 4, 2026 — ..."). The place is a LOC (a
/// dictionary match of exactly those words stays as it is; otherwise an
/// inferred place).
pub fn title_datelines<'p>(text: &str, toks: &[Tok], entities: &[Entity<'p>], out: &mut Vec<Entity<'p>>) {
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].line_start && toks[i].cap && !toks[i].upper) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && j < i + 3 && toks[j].cap && &text[toks[j - 1].span.end..toks[j].span.start] == " " {
            j += 1;
        }
        let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
        // (The rest of the line is cut only after a comma.)
        let dated = text[span.end..].strip_prefix(", ").is_some_and(|r| {
            let r = r.split('\n').next().unwrap_or("");
            opens_with_date(r) && r.char_indices().take(40).any(|(k, c)| (c == ':' || c == '—' || c == '–' || (c == '-' && r[k..].starts_with("- "))) && k > 0)
        });
        let calendar = |t: &Tok| MONTHS.contains(&t.text(text)) || matches!(t.text(text), "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday");
        if dated && !toks[i..j].iter().any(|t| calendar(t) || t.class & (Lexicon::FUNCTION | Lexicon::TITLE) != 0) {
            let taken = entities.iter().any(|e| e.span.overlaps(&span) && e.span != span && !(span.contains(&e.span)));
            let exact = entities.iter().any(|e| e.span == span);
            if !taken && !exact {
                out.push(Entity { span, etype: EntityType::Loc, canonical: Cow::Owned(span.of(text).to_string()), id: None, source: Source::Inferred, entry: None, gender: None });
            }
        }
        i = j;
    }
}

/// Countries written in ALL CAPS outside datelines ("CRICKET - ENGLAND V
/// PAKISTAN", "SRI LANKA BEAT KENYA"): one or two ALL-CAPS words whose Title
/// Case form is a country's name are that country (LOC); two whose Title Case
/// form is a city of 100,000 or more are that city ("SAN DIEGO AT NEW YORK"),
/// also over a one-word match inside. Words already part of a mention are
/// otherwise left alone.
pub fn caps_countries<'p>(text: &str, toks: &[Tok], gazetteer: &'p Gazetteer, taken: &[Entity<'p>], more: &[Entity<'p>], out: &mut Vec<Entity<'p>>) {
    let free = |s: Span| !taken.iter().chain(more.iter()).any(|e| e.span.overlaps(&s));
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].upper {
            i += 1;
            continue;
        }
        let mut hit = None;
        for n in [2usize, 1] {
            if i + n > toks.len() || !toks[i..i + n].iter().all(|t| t.upper) || (n == 2 && &text[toks[i].span.end..toks[i + 1].span.start] != " ") {
                continue;
            }
            let span = Span::new(toks[i].span.start, toks[i + n - 1].span.end);
            let title = title_case(span.of(text));
            if title == span.of(text) {
                continue;
            }
            let found = gazetteer.find(&title).into_iter().find(|m| m.span.start == 0 && m.span.end == title.len());
            if let Some(m) = found {
                let en = gazetteer.entry(m.entry);
                // Two words may also be a big city ("SAN DIEGO"), over a
                // one-word match inside it ("SAN").
                let city = n == 2 && matches!(&*en.subtype, "city" | "capital") && en.weight >= 100_000;
                let inside = |s: Span| !taken.iter().chain(more.iter()).any(|e| e.span.overlaps(&s) && !s.contains(&e.span));
                if en.etype == EntityType::Loc && ((&*en.subtype == "country" && free(span)) || (city && inside(span))) {
                    hit = Some((span, m.entry, n));
                    break;
                }
            }
        }
        match hit {
            Some((span, idx, n)) => {
                let en = gazetteer.entry(idx);
                out.push(Entity { span, etype: EntityType::Loc, canonical: Cow::Borrowed(&*en.canonical), id: Some(Cow::Borrowed(&*en.id)), source: Source::Dictionary, entry: Some(idx), gender: None });
                i += n;
            }
            None => i += 1,
        }
    }
}

/// Makes `e` an inferred mention over `span`, named as written there, with
/// no dictionary entry (its type and gender are the caller's to set).
fn unlinked_inferred(e: &mut Entity<'_>, text: &str, span: Span) {
    e.span = span;
    e.canonical = Cow::Owned(span.of(text).to_string());
    e.id = None;
    e.entry = None;
    e.source = Source::Inferred;
}

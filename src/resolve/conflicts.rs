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
pub fn is_sports(text: &str, toks: &[Tok]) -> bool {
    let mut seen = 0u64;
    // Result lines: "Leeds 2 Arsenal 1".
    let mut results = 0;
    let mut i = 0;
    while i < toks.len() {
        let mut j = i + 1;
        while j < toks.len() && !toks[j].line_start {
            j += 1;
        }
        let line = &toks[i..j];
        let scores = line.windows(2).filter(|p| p[0].cap && is_score(p[1].text(text))).count();
        if line.len() <= 8 && scores >= 2 {
            results += 1;
            if results >= 3 {
                return true;
            }
        }
        i = j;
    }
    for t in toks.iter().filter(|t| t.class & Lexicon::SPORT != 0) {
        let w = strip_possessive(t.text(text)).to_ascii_lowercase();
        if let Some(k) = SPORTS_WORDS.iter().position(|s| *s == w) {
            seen |= 1 << k;
            if seen.count_ones() >= 3 {
                return true;
            }
        }
    }
    false
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
///   word ("Leeds 2", "beat Leeds") is the club: ORG, and so are its other
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
        (is_entity_end(s - 1) || !before_cap) && (is_entity_at(t + 1) || !glued_after)
    });
    if sports {
        let mut teams = Vec::new();
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
            if next.is_some_and(|w| is_score(w) || is_match_word(w)) || prev.is_some_and(|w| matches!(w, "beat" | "v" | "vs" | "against" | "defeated")) {
                e.etype = EntityType::Org;
                teams.push(idx);
            }
        }
        // A place that is a team once in the report is the team throughout
        // ("Essex 372 ... Essex, however, look certain").
        if !teams.is_empty() {
            teams.sort_unstable();
            for e in entities.iter_mut() {
                if e.etype == EntityType::Loc && e.entry.is_some_and(|idx| teams.binary_search(&idx).is_ok()) {
                    e.etype = EntityType::Org;
                }
            }
        }
    }
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
    e.canonical = Cow::Owned(e.span.of(text).to_string());
    e.id = None;
    e.entry = None;
    e.source = Source::Inferred;
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
        let dated = rest.starts_with('(') || is_date(next_word) || comma_dated || rest.starts_with(['—', '–']);
        let scored = sports && !dated && is_score(next_word);
        if ((dated && toks[i].line_start) || scored) && toks.get(j).is_none_or(|t| !t.line_start) {
            let title: String = title_case(span.of(text));
            let found = gazetteer.find(&title).into_iter().find(|m| m.span.start == 0 && m.span.end == title.len());
            if found.is_none() && toks[i].line_start && (comma_dated || is_date(next_word)) && span.of(text).chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'')) {
                // A place no dictionary holds, by the shape of the dateline.
                out.push(Entity { span, etype: EntityType::Loc, canonical: Cow::Owned(title), id: None, source: Source::Inferred, entry: None, gender: None });
            }
            if let Some(m) = found {
                let entry = gazetteer.entry(m.entry);
                if entry.etype == EntityType::Loc {
                    out.push(Entity {
                        span,
                        etype: if scored { EntityType::Org } else { EntityType::Loc },
                        canonical: Cow::Borrowed(&*entry.canonical),
                        id: Some(Cow::Borrowed(&*entry.id)),
                        source: Source::Dictionary,
                        entry: Some(m.entry),
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

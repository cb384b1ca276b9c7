//! In-article linking: later short or variant mentions of a name the
//! article has already given in full.

use super::infer::name_part;
use super::tokens::Tok;
use crate::annotation::{Entity, EntityType, Source, Span};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use std::collections::HashMap;

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

/// What a linked form stands for.
#[derive(Clone, Copy)]
struct Target {
    entity: usize,
    /// Mentions of it are `alias` (short or variant forms) rather than
    /// repeats of an inferred name.
    alias: bool,
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

/// Adds alias mentions and repeats to `entities` (sorted by start,
/// non-overlapping), keeping them sorted and non-overlapping.
///
/// - Surnames: a person named in full (dictionary or inferred) is also
///   named by the surname of the written form, of the canonical name and
///   of every dictionary alias ("Zelensky", "Zelenskiy" → Volodymyr
///   Zelenskyy). A one-word dictionary place or organization that is the
///   surname of a person of the article becomes that person ("Jordan"
///   after "Michael Jordan").
/// - Repeats: an inferred name written again is inferred again (also at a
///   sentence start, where shape alone says nothing).
/// - Acronyms: "International Atomic Energy Agency (IAEA)" defines IAEA
///   for the rest of the article.
/// - ALL CAPS words (headlines) link to a name of the article written the
///   same way in Title Case.
pub fn link<'p>(text: &str, toks: &[Tok], entities: &mut Vec<Entity<'p>>, gazetteer: &'p Gazetteer, lexicon: &Lexicon) {
    let mut keys: HashMap<&str, Vec<(&str, Target)>> = HashMap::new();
    let add_key = |keys: &mut HashMap<&'p str, Vec<(&'p str, Target)>>, form: &'p str, t: Target| {
        let first = form.split_whitespace().next().unwrap_or(form);
        let v = keys.entry(first).or_default();
        if !v.iter().any(|(f, _)| *f == form) {
            v.push((form, t));
        }
    };
    // Borrowed forms must outlive `keys`: forms from the text are copied into
    // an arena of owned strings kept alongside.
    let mut owned: Vec<(String, Target)> = Vec::new();
    for (ei, e) in entities.iter().enumerate() {
        let written = e.span.of(text);
        match (e.etype, e.source) {
            (EntityType::Person, _) => {
                if let Some(sn) = surname(written) {
                    if !lexicon.stopwords.contains(sn) {
                        owned.push((sn.to_string(), Target { entity: ei, alias: true }));
                    }
                }
                if let Some(idx) = e.entry {
                    let entry = gazetteer.entry(idx);
                    for f in entry.surface_forms() {
                        if let Some(sn) = surname(f) {
                            if !lexicon.stopwords.contains(sn) {
                                add_key(&mut keys, sn, Target { entity: ei, alias: true });
                            }
                        }
                    }
                }
                if e.source == Source::Inferred {
                    owned.push((written.to_string(), Target { entity: ei, alias: false }));
                }
            }
            (_, Source::Inferred) => owned.push((written.to_string(), Target { entity: ei, alias: false })),
            _ => {}
        }
        // Acronym defined in parentheses right after the name.
        if matches!(e.etype, EntityType::Org | EntityType::Loc) && written.contains(' ') {
            let rest = &text[e.span.end..];
            if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a.trim()) {
                if (2..=8).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase()) && initials_match(written, inner) {
                    owned.push((inner.to_string(), Target { entity: ei, alias: true }));
                }
            }
        }
    }
    let mut keys2: HashMap<&str, Vec<(&str, Target)>> = HashMap::new();
    for (f, t) in &owned {
        let first = f.split_whitespace().next().unwrap_or(f);
        let v = keys2.entry(first).or_default();
        if !v.iter().any(|(g, _)| g == f) {
            v.push((f.as_str(), *t));
        }
    }
    for (k, v) in keys {
        let slot = keys2.entry(k).or_default();
        for (f, t) in v {
            if !slot.iter().any(|(g, _)| *g == f) {
                slot.push((f, t));
            }
        }
    }
    if keys2.is_empty() {
        return;
    }
    let upper_keys: Vec<(&str, Target)> = keys2.values().flatten().filter(|(f, _)| !f.contains(' ')).copied().collect();

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
            // surname of a person of this article.
            let e = &entities[c];
            let one_word = e.span == Span::new(t.span.start, t.span.start + w.len());
            if one_word && e.source != Source::Alias && matches!(e.etype, EntityType::Loc | EntityType::Org) {
                if let Some((_, tg)) = keys2.get(w).and_then(|v| v.iter().find(|(f, tg)| *f == w && tg.alias)) {
                    let target = &entities[tg.entity];
                    if target.etype == EntityType::Person && target.span.start != e.span.start {
                        added.push(Entity { span: e.span, source: Source::Alias, ..target.clone() });
                        removed.push(c);
                    }
                }
            }
            i += 1;
            continue;
        }
        let mut hit: Option<(Span, Target, usize)> = None;
        if let Some(cands) = keys2.get(w) {
            for (form, tg) in cands {
                if text[t.span.start..].starts_with(form) {
                    let span = Span::new(t.span.start, t.span.start + form.len());
                    if !crate::gazetteer::on_word_boundaries(text, span) {
                        continue;
                    }
                    if hit.is_none_or(|(h, _, _)| span.len() > h.len()) {
                        let ntoks = form.split_whitespace().count();
                        hit = Some((span, *tg, ntoks));
                    }
                }
            }
        } else if t.upper {
            for (form, tg) in &upper_keys {
                if form.len() == w.len() && form.eq_ignore_ascii_case(w) && *form != w {
                    hit = Some((Span::new(t.span.start, t.span.start + w.len()), *tg, 1));
                    break;
                }
            }
        }
        if let Some((span, tg, ntoks)) = hit {
            // Must not run into the next entity.
            let free = entities.get(ei).is_none_or(|e| e.span.start >= span.end);
            if free && entities[tg.entity].span != span {
                let src = if tg.alias || span.of(text) != entities[tg.entity].span.of(text) { Source::Alias } else { Source::Inferred };
                added.push(Entity { span, source: src, ..entities[tg.entity].clone() });
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

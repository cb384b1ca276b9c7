//! In-article linking: later short or variant mentions of a name the
//! article has already given in full.

use super::infer::name_part;
use super::tokens::{is_family_name_first, Tok};
use crate::annotation::{Entity, EntityType, Source, Span};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use rustc_hash::FxHashMap;

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
    /// A surname that is also a common word ("Gore", "Hope"): linked only
    /// where it stands as a name (inside a sentence, alone, no article).
    guarded: bool,
    /// A surname several persons bear: see [`Contest`].
    contested: bool,
}

/// Generational suffixes after a surname ("Jr.", "III").
fn is_suffix(w: &str) -> bool {
    matches!(w.trim_end_matches([',', '.']), "Jr" | "Sr" | "II" | "III" | "IV")
}

/// One person a contested surname may stand for: a person of the article
/// (`entity`) or the world-famous bearer of the surname the article does not
/// name in full (`entity` none).
struct Bearer<'a> {
    entity: Option<usize>,
    id: Option<&'a str>,
    canonical: &'a str,
    gender: Option<crate::annotation::Gender>,
    /// Whether the name comes from a dictionary (its given name is a name).
    dictionary: bool,
    /// Named with a generational suffix ("Ada Zorvan Jr."): written so
    /// when the bare surname would name another bearer.
    suffixed: bool,
    /// The roles of its dictionary row ("senator from zembla").
    roles: &'a [Box<str>],
}

/// A surname that several persons bear: two persons of the article ("Ada
/// Zorvan" and "Olek Zorvan"), or one of the article and the world-famous
/// bearer of the name (a relative, a namesake). Written alone it names the
/// bearers of the gender of a courtesy title before it ("Ms. Zorvan"), of
/// them those holding the office before it ("Senator Zorvan"); of those,
/// a bearer named with a generational suffix only when no other is left
/// ("Zorvan" is the father of "Marek Zorvan Jr.", who is written "Zorvan
/// Jr."), the world-famous bearer the article does not name only when no
/// bearer of the article is left (then nobody: null beats a guess), and
/// otherwise the bearer the article names first (the article's own).
/// One person of the dictionary and nicknames of that person found by
/// evidence ("Jim Zorvan" before "James Zorvan") are one bearer: the
/// dictionary's.
struct Contest<'a> {
    form: &'a str,
    bearers: Vec<Bearer<'a>>,
}

/// The given name of `name` without the surname `sn` and any suffix
/// ("Donald Zorvan Jr." → "Donald"), and whether a suffix is there.
fn given<'a>(name: &'a str, sn: &str) -> (&'a str, Option<&'a str>) {
    let mut suffix = None;
    let mut first = "";
    for w in name.split_whitespace() {
        let bare = w.trim_end_matches(',');
        if is_suffix(bare) {
            suffix = Some(bare.trim_end_matches('.'));
        } else if first.is_empty() && name_part(bare) != sn {
            first = bare;
        }
    }
    (first, suffix)
}

/// Whether two bearers of the surname `sn` are one person: one id, one
/// canonical name, or compatible given names ("Steve" and "Steven",
/// "Ada" and "Ada R.") and the same suffix. A given name that is no known
/// first name ("Wasserman Schultz" written without the first name) proves
/// nothing.
fn same_person(a: &Bearer, b: &Bearer, sn: &str, lexicon: &Lexicon) -> bool {
    if a.id.is_some() && a.id == b.id || a.canonical == b.canonical {
        return true;
    }
    let (fa, sa) = given(a.canonical, sn);
    let (fb, sb) = given(b.canonical, sn);
    if sa != sb {
        return false;
    }
    let prefix = |x: &str| x.chars().take(3).collect::<String>();
    if fa.is_empty() || fb.is_empty() || fa == fb || (fa.chars().count() >= 3 && prefix(fa) == prefix(fb)) {
        return true;
    }
    let named = |x: &Bearer, f: &str| x.dictionary || lexicon.first_name_gender(f).is_some();
    !(named(a, fa) && named(b, fb))
}

/// The gender a courtesy title before token `i` gives ("Ms. Zorvan").
fn honorific(text: &str, toks: &[Tok], i: usize) -> Option<crate::annotation::Gender> {
    use crate::annotation::Gender;
    let p = toks.get(i.checked_sub(1)?)?;
    if !text[p.span.end..toks[i].span.start].trim_matches(['.', ' ']).is_empty() {
        return None;
    }
    match p.text(text).trim_end_matches('.') {
        "Mr" | "Mister" | "MR" => Some(Gender::Male),
        "Ms" | "Mrs" | "Miss" | "Madam" | "MS" | "MRS" => Some(Gender::Female),
        _ => None,
    }
}

/// The office a title word before token `i` names ("Sen." → "senator").
fn office_before(text: &str, toks: &[Tok], i: usize) -> Option<String> {
    let p = toks.get(i.checked_sub(1)?)?;
    if !p.cap || !text[p.span.end..toks[i].span.start].trim_matches(['.', ' ']).is_empty() {
        return None;
    }
    let w = p.text(text).trim_end_matches('.').to_lowercase();
    let office = match w.as_str() {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "pres" => "president",
        "gen" => "general",
        "president" | "senator" | "governor" | "representative" | "mayor" | "secretary" | "minister" | "judge" | "justice" | "general" | "chancellor" | "king" | "queen" | "prince" | "princess" | "speaker" | "ambassador" => &w,
        _ => return None,
    };
    Some(office.to_string())
}

impl Contest<'_> {
    /// The entity the surname at token `i` names, if the article says (see
    /// [`Contest`]).
    fn pick(&self, text: &str, toks: &[Tok], i: usize) -> Option<usize> {
        let mut left: Vec<&Bearer> = self.bearers.iter().collect();
        // A bearer of unknown gender stays.
        if let Some(g) = honorific(text, toks, i) {
            left.retain(|b| b.gender.is_none_or(|x| x == g));
        }
        if let Some(office) = office_before(text, toks, i) {
            let holds = |b: &&Bearer| b.roles.iter().any(|r| r.split(' ').any(|w| w == office));
            if left.iter().any(holds) {
                left.retain(holds);
            }
        }
        if left.iter().any(|b| !b.suffixed) {
            left.retain(|b| !b.suffixed);
        }
        if left.iter().any(|b| b.entity.is_some()) {
            left.retain(|b| b.entity.is_some());
        }
        left.iter().filter_map(|b| b.entity).min()
    }
}

/// The contested one-word surnames among `keys` (see [`Contest`]).
fn contests<'a>(keys: &[(&'a str, &'a str, Target, u8)], entities: &'a [Entity<'_>], gazetteer: &'a Gazetteer, lexicon: &Lexicon) -> Vec<Contest<'a>> {
    let mut forms: Vec<&str> = keys
        .iter()
        .filter(|k| k.0 == k.1 && k.2.alias && entities[k.2.entity].etype == EntityType::Person)
        .map(|k| k.1)
        .collect();
    forms.sort_unstable();
    forms.dedup();
    let mut out = Vec::new();
    for form in forms {
        // Persons of the dictionary, one per person; a name found by
        // evidence alone ("Jim Zorvan" beside "James Zorvan") only when the
        // dictionary gives none (a nickname is no other person).
        let mut bearers: Vec<Bearer> = Vec::new();
        let of_form = || keys.iter().filter(|k| k.1 == form && k.2.alias && entities[k.2.entity].etype == EntityType::Person);
        for dictionary in [true, false] {
            for k in of_form() {
                let e = &entities[k.2.entity];
                if e.entry.is_some() != dictionary || !(dictionary || bearers.is_empty()) {
                    continue;
                }
                let suffixed = e.canonical.rsplit(' ').next().is_some_and(is_suffix);
                let roles = e.entry.map_or(&[][..], |x| &gazetteer.entry(x).roles[..]);
                let b = Bearer { entity: Some(k.2.entity), id: e.id.as_deref(), canonical: &e.canonical, gender: e.gender, dictionary, suffixed, roles };
                if !bearers.iter().any(|x| same_person(x, &b, form, lexicon)) {
                    bearers.push(b);
                }
            }
        }
        if let Some(j) = gazetteer.famous_surname(form) {
            let en = gazetteer.entry(j);
            let b = Bearer { entity: None, id: Some(&en.id), canonical: &en.canonical, gender: en.gender, dictionary: true, suffixed: false, roles: &en.roles };
            if !bearers.iter().any(|x| same_person(x, &b, form, lexicon)) {
                bearers.push(b);
            }
        }
        // One person of the dictionary and nicknames found by evidence
        // ("Jim Zorvan" first, "James Zorvan" after): the dictionary's.
        let nicknamed = bearers.len() == 1 && bearers[0].dictionary && of_form().any(|k| entities[k.2.entity].entry.is_none());
        if bearers.len() >= 2 || nicknamed {
            out.push(Contest { form, bearers });
        }
    }
    out
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
    let first_of = |f: &str| -> usize { f.find(char::is_whitespace).unwrap_or(f.len()) };
    for (ei, e) in entities.iter().enumerate() {
        let written = e.span.of(text);
        let mut push = |form, t, prio| keys.push((&form[..first_of(form)], form, t, prio));
        match (e.etype, e.source) {
            (EntityType::Person, _) => {
                // "Wang Lirong" is Wang: the family name comes first.
                if let Some(fw) = written.split_whitespace().next().filter(|w| is_family_name_first(w) && written.len() > w.len()) {
                    push(fw, Target { entity: ei, alias: true, guarded: false, contested: false }, 0);
                }
                if let Some(sn) = surname(written) {
                    let guarded = lexicon.classes(sn) & Lexicon::STOP != 0;
                    push(sn, Target { entity: ei, alias: true, guarded, contested: false }, if guarded { 3 } else { 0 });
                    // "Zorvan Jr.": the surname and the suffix name the son.
                    if written.rsplit(' ').next().is_some_and(is_suffix) {
                        if let Some(p) = written.rfind(sn).filter(|&p| p > 0 && written[..p].ends_with(' ')) {
                            push(&written[p..], Target { entity: ei, alias: true, guarded: false, contested: false }, 0);
                        }
                    }
                }
                if let Some(idx) = e.entry {
                    let entry = gazetteer.entry(idx);
                    for f in entry.surface_forms() {
                        if let Some(sn) = surname(f) {
                            if lexicon.classes(sn) & Lexicon::STOP == 0 {
                                keys.push((sn, sn, Target { entity: ei, alias: true, guarded: false, contested: false }, 1));
                            }
                        }
                    }
                }
                if e.source == Source::Inferred {
                    keys.push((&written[..first_of(written)], written, Target { entity: ei, alias: false, guarded: false, contested: false }, 0));
                }
            }
            (_, Source::Inferred) => push(written, Target { entity: ei, alias: false, guarded: false, contested: false }, 0),
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
                keys.push((fw, fw, Target { entity: ei, alias: true, guarded: false, contested: false }, 2));
            }
        }
        // "Leeds Marmots" names "Marmots" in a sports report: a side named
        // by a place, then its nickname, is also named by the nickname.
        if sports && e.etype == EntityType::Org && e.source == Source::Inferred {
            if let Some(nick) = nickname(written, gazetteer, lexicon) {
                keys.push((&nick[..first_of(nick)], nick, Target { entity: ei, alias: true, guarded: false, contested: false }, 2));
            }
        }
        // Acronym defined in parentheses right after the name.
        if matches!(e.etype, EntityType::Org | EntityType::Loc) && written.contains(' ') {
            let rest = &text[e.span.end..];
            if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a.trim()) {
                if (2..=8).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase()) && (e.etype == EntityType::Org || initials_match(written, inner)) {
                    keys.push((inner, inner, Target { entity: ei, alias: true, guarded: false, contested: false }, 0));
                }
            }
        }
    }
    if keys.is_empty() {
        return;
    }
    // One surname, several persons: the honorific or the world-famous
    // bearer decides, or nobody.
    let contests = contests(&keys, entities, gazetteer, lexicon);
    for k in &mut keys {
        k.2.contested = k.0 == k.1 && entities[k.2.entity].etype == EntityType::Person && contests.iter().any(|c| c.form == k.1);
    }
    let contest_of = |form: &str| contests.iter().find(|c| c.form == form);
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
            if one_word && (dict_place || e.source == Source::Inferred) {
                // A one-word person of the article ("President Clinton") is
                // that person when written again ("Clinton and ...").
                let town = e.entry.is_none_or(|i| matches!(&*gazetteer.entry(i).subtype, "city" | ""));
                let repeat = |tg: &Target| !tg.alias && entities[tg.entity].etype == EntityType::Person && e.source == Source::Dictionary && e.etype == EntityType::Loc && town;
                if let Some((_, _, tg, _)) = lookup(w).iter().find(|(_, f, tg, _)| *f == w && (tg.alias || repeat(tg)) && (!tg.guarded || stands_as_name(text, toks, i))) {
                    let mut tg = *tg;
                    if tg.contested {
                        match contest_of(w).and_then(|c| c.pick(text, toks, i)) {
                            Some(p) => tg.entity = p,
                            None => {
                                i += 1;
                                continue;
                            }
                        }
                    }
                    let target = &entities[tg.entity];
                    let ok = target.etype == EntityType::Person || (!dict_place && target.etype != e.etype);
                    if ok && target.span.start != e.span.start {
                        let source = if tg.alias { Source::Alias } else { Source::Inferred };
                        added.push(Entity { span: e.span, source, ..target.clone() });
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
        if let Some((span, mut tg, ntoks)) = hit {
            if tg.guarded && !stands_as_name(text, toks, i) {
                i += 1;
                continue;
            }
            if tg.contested {
                match contest_of(span.of(text)).and_then(|c| c.pick(text, toks, i)) {
                    Some(p) => tg.entity = p,
                    None => {
                        i += 1;
                        continue;
                    }
                }
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

#[cfg(test)]
mod tests {
    use crate::gazetteer::GazetteerBuilder;
    use crate::lexicon::Lexicon;
    use crate::text::Segmented;

    /// Mentions of `text` with a test dictionary: (text, id).
    fn linked(dict: &str, text: &str) -> Vec<(String, Option<String>)> {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_default_str("t", dict);
        let g = b.build().unwrap();
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Marek\t0.01\t9\nAda\t0.99\t9\nOlek\t0.01\t9\nNina\t0.99\t9\nPavel\t0.01\t9\nLina\t0.99\t9\nJim\t0.01\t9\nJames\t0.01\t9\n");
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        crate::resolve::resolve(text, &seg, &g.find(text), &g, &lex)
            .into_iter()
            .map(|e| (e.span.of(text).to_string(), e.id.map(|i| i.to_string())))
            .collect()
    }

    /// The ids of the mentions written `t`, in order.
    fn ids(got: &[(String, Option<String>)], t: &str) -> Vec<Option<String>> {
        got.iter().filter(|(x, _)| x == t).map(|(_, i)| i.clone()).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    const D: &str = "p:1\tPERSON\thead_of_state\tMarek Zorvan\t\tm\tZV\tpresident\t50000\n\
        p:2\tPERSON\trelative\tMarek Zorvan Jr.\t\tm\tZV\t\t5\n\
        p:3\tPERSON\tofficial\tAda Zorvan\t\tf\tZV\tadviser\t80\n\
        q:1\tPERSON\tpolitician\tOlek Kelbo\t\tm\tZV\tdeputy\t300\n\
        q:2\tPERSON\tpolitician\tNina Kelbo\t\tf\tZV\tmayor\t200\n\
        r:1\tPERSON\tpolitician\tPavel Drask\t\tm\tZV\tsenator\t120\n\
        r:2\tPERSON\trelative\tLina Drask\t\tf\tZV\t\t5\n\
        s:1\tPERSON\tpolitician\tJames Morrow\t\tm\tZV\tsenator\t120\n";

    #[test]
    fn a_bare_surname_is_not_the_bearer_named_with_a_suffix() {
        // Only the son is named in full: the lone surname may be the father.
        let got = linked(D, "Marek Zorvan Jr. met the envoy in June, and the Zorvan officials said the talks went well, and Zorvan Jr. left early.");
        assert_eq!(ids(&got, "Zorvan Jr."), vec![some("p:2")], "{got:?}");
        assert!(ids(&got, "Zorvan").iter().all(Option::is_none), "{got:?}");
        // Both named: the lone surname is the famous one, the suffix the son's.
        let got = linked(D, "Marek Zorvan and his son Marek Zorvan Jr. arrived, and later Zorvan said the plan works, and Zorvan Jr. agreed.");
        assert_eq!(ids(&got, "Zorvan"), vec![some("p:1")], "{got:?}");
        assert_eq!(ids(&got, "Zorvan Jr."), vec![some("p:2")], "{got:?}");
    }

    #[test]
    fn a_surname_two_persons_of_the_article_bear_goes_by_honorific_office_or_first_named() {
        // No honorific: the one named first; "Mr." and "Mayor" pick; "Mr."
        // among two men leaves the famous one.
        let got = linked(D, "Nina Kelbo and Olek Kelbo voted in May, and later Kelbo said no, and later Mr. Kelbo left.");
        assert_eq!(ids(&got, "Kelbo"), vec![some("q:2"), some("q:1")], "{got:?}");
        let got = linked(D, "Olek Kelbo and Nina Kelbo voted in May, and later Mayor Kelbo said no.");
        assert_eq!(ids(&got, "Kelbo"), vec![some("q:2")], "{got:?}");
        // The honorific against the famous bearer: "Ms." is the adviser.
        let got = linked(D, "Marek Zorvan and Ada Zorvan spoke in June, and later Zorvan said the plan works, and Ms. Zorvan agreed.");
        assert_eq!(ids(&got, "Zorvan"), vec![some("p:1"), some("p:3")], "{got:?}");
        let got = linked(D, "Marek Zorvan and his son Marek Zorvan Jr. arrived, and later Mr. Zorvan said the plan works.");
        assert_eq!(ids(&got, "Zorvan"), vec![some("p:1")], "{got:?}");
    }

    #[test]
    fn the_world_famous_bearer_not_named_takes_only_what_the_article_names_no_one_else() {
        // The article's own bearer takes the bare surname and her
        // honorific; "Mr." is the famous one, not named here: nobody.
        let got = linked(D, "Ada Zorvan spoke in June, and later Zorvan said the plan works, and Ms. Zorvan agreed, but Mr. Zorvan did not.");
        assert_eq!(ids(&got, "Zorvan"), vec![some("p:3"), some("p:3"), None], "{got:?}");
    }

    #[test]
    fn a_nickname_found_by_evidence_is_no_other_person() {
        let got = linked(D, "Jim Morrow said the vote would pass. James Morrow spoke in May, and later Morrow left.");
        assert_eq!(ids(&got, "Morrow"), vec![some("s:1")], "{got:?}");
    }
}

//! Context-aware linking: which dictionary entry a match stands for, and
//! whether the article says enough to link it at all.
//!
//! Takes the dictionary mentions of an article (after the conflict rules) and
//! the article's words. Gives the same mentions, each either linked to the
//! entry the article's evidence picks among the entries sharing its name
//! ([`Gazetteer::same_named`]), or unlinked (`id` null, canonical as
//! written) when its entry needs evidence the article does not give. Type,
//! span and source are never changed here.
//!
//! Evidence of an article:
//! - countries: countries it names, nationalities, and unambiguous places
//!   and national bodies of a known country (a US state, a million-people
//!   city, "Senate");
//! - titles and roles right before a name ("Sen.", "Treasury Secretary"),
//!   checked against the roles of the entry, and a party-state label after
//!   it ("(R-Texas)");
//! - the vocabulary of the article: politics, business, sport;
//! - co-mentions: the full name of an organization written out in the
//!   article vouches for its acronym.
//!
//! Entries of user dictionaries (`--dict`) are always linked. Who needs
//! evidence among the embedded ones (otherwise the default entry of the name is linked,
//! a strong prior):
//! - parties: a country of the article;
//! - short acronyms (two to four capitals) of entries that are not
//!   world-famous: the full name in the article or its country;
//! - one-word places (not countries) of fewer than a million people: a
//!   country of the article, and when the name is also a common word or a
//!   person's name ("Banning", "Davis"), a preposition of place or a region
//!   after a comma too;
//! - political groups ("Democrat"): their country in the article;
//! - one-word companies whose name is a common word, a first name or a
//!   surname: business vocabulary;
//! - legislatures whose name several countries share ("House of Commons"):
//!   their country, the one the article names most; towns of several words
//!   ("Loch Lomond"): the same; a company named in a surname's possessive
//!   ("Campbell's"): business vocabulary; a common word standing for a
//!   longer name ("the Commission"): that name in the article;
//! - a capital or a world region of no country ("Moscow", "Middle East") is
//!   never swapped for a small namesake in a country the article names, nor
//!   a country listed with another country ("Syria and Lebanon"); a country
//!   that a big place elsewhere is named like ("Georgia", a US state too) is
//!   no evidence of its own country;
//! - a one-word place without evidence that is the surname of a
//!   world-famous person ("Obama") is that person;
//! - people below head-of-government prominence: with a very common name
//!   ("John Cox") a title or role of theirs next to the name; in a sports
//!   report, a role of theirs.

use super::tokens::Tok;
use crate::annotation::{Entity, EntityType, Source};
use crate::gazetteer::{Entry, Gazetteer};
use crate::lexicon::Lexicon;
use std::borrow::Cow;
use std::cell::OnceCell;

/// Weight from which a person is famous enough to be linked on the name
/// alone (a head of state or government; see dictionaries/README.md).
const FAMOUS_PERSON: u64 = 1000;
/// Weight from which a person is linked even in a sports report (hand-listed
/// leaders).
const LEADER: u64 = 10_000;
/// Population from which a one-word place is linked on its name alone.
const BIG_PLACE: u64 = 1_000_000;
/// Weight from which an acronym's entry is linked on its own (hand-listed
/// organizations: UN, NATO, AP).
const FAMOUS_ORG: u64 = 100_000;

/// What the article says about where and what it is.
pub struct Evidence<'p, 'a> {
    /// Country codes named (directly or by a place or nationality of one
    /// country), with how often.
    countries: Vec<(&'p str, u32)>,
    /// Of those, the hits given by national bodies ("Senate"), not places.
    bodies: Vec<(&'p str, u32)>,
    /// The national bodies named (country, id), each once.
    body_ids: Vec<(&'p str, &'p str)>,
    /// Countries of the people linked in the article.
    people: Vec<&'p str>,
    /// Every place linked (country, name as written), however small.
    places: Vec<(&'p str, &'a str)>,
    /// Names of national bodies written right after another country's name
    /// or nationality ("Kelmaria's Senate", "the Kelmarian Treasury").
    foreign_bodies: Vec<&'a str>,
    /// How many politics and business words the article has
    /// ([`Vocabulary`]), counted when a rule first asks: few mentions need them.
    vocabulary: OnceCell<Vocabulary>,
    text: &'a str,
    toks: &'a [Tok],
    sports: bool,
}

/// The counts of the article's politics and business words.
#[derive(Clone, Copy)]
struct Vocabulary {
    politics: u32,
    business: u32,
}

impl Evidence<'_, '_> {
    /// The article's politics and business word counts (counted once).
    fn vocabulary(&self) -> Vocabulary {
        *self.vocabulary.get_or_init(|| {
            let (mut politics, mut business) = (0, 0);
            let bytes = self.text.as_bytes();
            for t in self.toks {
                match vocabulary(&bytes[t.span.start..t.span.end]) {
                    Some(true) => politics += 1,
                    Some(false) => business += 1,
                    None => {}
                }
            }
            Vocabulary { politics, business }
        })
    }

    fn country_hits(&self, c: &str) -> u32 {
        if c.is_empty() {
            return 0;
        }
        self.countries.iter().find(|(k, _)| *k == c).map_or(0, |&(_, n)| n)
    }

    /// Hits of country `c` given by places and nationalities only.
    fn place_hits(&self, c: &str) -> u32 {
        self.country_hits(c) - self.bodies.iter().find(|(k, _)| *k == c).map_or(0, |&(_, n)| n)
    }

    /// Whether the article names a country other than `a` and `b` by a
    /// place or a nationality, or links a person of country `b`.
    fn abroad(&self, a: &str, b: &str) -> bool {
        self.countries.iter().any(|&(c, _)| c != a && c != b && self.place_hits(c) > 0) || self.people.contains(&b)
    }

    /// Whether the article says it is in country `c` other than by body
    /// `id` itself: a place or nationality of it, a person of it linked, or
    /// another of its national bodies.
    fn own_country(&self, c: &str, id: &str) -> bool {
        self.place_hits(c) > 0 || self.people.contains(&c) || self.body_ids.iter().any(|&(k, i)| k == c && i != id)
    }

    /// How many words of US party politics the article has ("Republican",
    /// "gubernatorial", "GOP").
    fn us_politics(&self) -> usize {
        let b = self.text.as_bytes();
        self.toks
            .iter()
            .filter(|t| {
                matches!(
                    &b[t.span.start..t.span.end],
                    b"Republican" | b"Republicans" | b"Democrat" | b"Democrats" | b"gubernatorial" | b"GOP" | b"Gov"
                )
            })
            .count()
    }
}

/// Words of a political article.
const POLITICS_WORDS: &[&str] = &[
    "election", "elections", "senator", "senators", "parliament", "parliamentary", "minister", "ministers",
    "campaign", "voters", "vote", "votes", "lawmaker", "lawmakers", "legislature", "governor", "congressman",
    "congresswoman", "candidate", "candidates", "party", "parties", "Senate", "Congress", "Parliament", "Republican",
    "Republicans", "Democrat", "Democrats", "Democratic", "opposition", "coalition", "cabinet", "legislation", "bill",
    "policy", "mayor", "council", "president", "administration", "government",
];

/// Words of a business article.
const BUSINESS_WORDS: &[&str] = &[
    "shares", "stock", "stocks", "company", "companies", "profit", "profits", "revenue", "revenues", "investors",
    "earnings", "quarter", "firm", "chief", "executive", "CEO", "sales", "market", "markets", "deal", "acquisition",
    "merger", "billion", "analysts", "customers", "products", "brand", "Inc", "Corp", "dividend", "subsidiary",
    "shareholders", "stake",
];

/// Slots of [`VOCABULARY`].
const VOCABULARY_SLOTS: usize = 256;

/// Where a word's search in [`VOCABULARY`] starts: a hash of its length and
/// first and last bytes.
const fn vocabulary_slot(w: &[u8]) -> usize {
    (w.len() * 61 + w[0] as usize * 7 + w[w.len() - 1] as usize * 3) % VOCABULARY_SLOTS
}

/// The vocabulary words ([`POLITICS_WORDS`], then [`BUSINESS_WORDS`]) in an
/// open-addressing table built at compile time: slot 0 is empty, `i + 1` is
/// the `i`-th word. A word of the text costs one hash and, mostly, one slot
/// read (a quarter of the slots are taken) instead of a string comparison per
/// word of its length.
const VOCABULARY: [u8; VOCABULARY_SLOTS] = {
    let mut t = [0u8; VOCABULARY_SLOTS];
    let mut i = 0;
    while i < POLITICS_WORDS.len() + BUSINESS_WORDS.len() {
        let w = vocabulary_word(i).as_bytes();
        let mut k = vocabulary_slot(w);
        while t[k] != 0 {
            k = (k + 1) % VOCABULARY_SLOTS;
        }
        t[k] = (i + 1) as u8;
        i += 1;
    }
    t
};

/// The `i`-th vocabulary word.
const fn vocabulary_word(i: usize) -> &'static str {
    if i < POLITICS_WORDS.len() { POLITICS_WORDS[i] } else { BUSINESS_WORDS[i - POLITICS_WORDS.len()] }
}

/// Whether `w` is a politics word (`Some(true)`), a business word
/// (`Some(false)`) or neither (`None`).
#[inline]
fn vocabulary(w: &[u8]) -> Option<bool> {
    if w.is_empty() {
        return None;
    }
    let mut k = vocabulary_slot(w);
    loop {
        let i = VOCABULARY[k] as usize;
        if i == 0 {
            return None;
        }
        if vocabulary_word(i - 1).as_bytes() == w {
            return Some(i - 1 < POLITICS_WORDS.len());
        }
        k = (k + 1) % VOCABULARY_SLOTS;
    }
}

/// Collects the article's evidence from its dictionary mentions and words.
pub fn evidence<'p, 'a>(text: &'a str, toks: &'a [Tok], entities: &[Entity<'p>], g: &'p Gazetteer, sports: bool) -> Evidence<'p, 'a> {
    let mut countries: Vec<(&'p str, u32)> = Vec::new();
    let mut bodies: Vec<(&'p str, u32)> = Vec::new();
    let mut people: Vec<&'p str> = Vec::new();
    let mut body_ids: Vec<(&'p str, &'p str)> = Vec::new();
    let mut places: Vec<(&'p str, &'a str)> = Vec::new();
    let mut foreign_bodies: Vec<&'a str> = Vec::new();
    for w in entities.windows(2) {
        let (Some(a), Some(b)) = (w[0].entry, w[1].entry) else { continue };
        let (ea, eb) = (g.entry(a), g.entry(b));
        let national = matches!(ea.etype, EntityType::Loc | EntityType::Norp) && matches!(&*ea.subtype, "country" | "nationality");
        let body = eb.etype == EntityType::Org && matches!(&*eb.subtype, "legislature" | "government" | "agency" | "court");
        let gap = text.get(w[0].span.end..w[1].span.start).unwrap_or("x");
        if national && body && ea.country != eb.country && matches!(gap, " " | "'s " | "\u{2019}s ") {
            foreign_bodies.push(w[1].span.of(text));
        }
    }
    for e in entities {
        let (Source::Dictionary, Some(idx)) = (e.source, e.entry) else { continue };
        let en = g.entry(idx);
        if en.country.is_empty() {
            continue;
        }
        if en.etype == EntityType::Loc && places.len() < 64 {
            places.push((&*en.country, e.span.of(text)));
        }
        if en.etype == EntityType::Person && !people.contains(&&*en.country) {
            people.push(&*en.country);
        }
        let of_country = match en.etype {
            // A country or capital whose name a big place of another
            // country shares ("Georgia", a US state too) is no evidence of
            // itself: the article's other places decide which it is.
            EntityType::Loc if matches!(&*en.subtype, "country" | "capital") => !big_namesake_elsewhere(g, e.span.of(text), &en.country),
            // A big place counts unless a big place elsewhere shares its
            // name (a tiny namesake says nothing: "Arizona").
            EntityType::Loc => en.weight >= BIG_PLACE && !big_namesake_elsewhere(g, e.span.of(text), &en.country),
            EntityType::Norp => &*en.subtype != "political",
            EntityType::Org => en.id.starts_with("sayso:") && matches!(&*en.subtype, "legislature" | "government" | "agency" | "court"),
            EntityType::Person => false,
        };
        if of_country {
            match countries.iter_mut().find(|(c, _)| *c == &*en.country) {
                Some(slot) => slot.1 += 1,
                None => countries.push((&*en.country, 1)),
            }
            if en.etype == EntityType::Org {
                if !body_ids.contains(&(&*en.country, &*en.id)) {
                    body_ids.push((&*en.country, &*en.id));
                }
                match bodies.iter_mut().find(|(c, _)| *c == &*en.country) {
                    Some(slot) => slot.1 += 1,
                    None => bodies.push((&*en.country, 1)),
                }
            }
        }
    }
    Evidence { countries, bodies, body_ids, people, places, foreign_bodies, vocabulary: OnceCell::new(), text, toks, sports }
}

/// For each mention: whether it stands in a list with a country, the
/// mention right before or after it being a country with only a comma,
/// "and", "or" or a space between ("Italy, Georgia and Ukraine").
fn listed_with_a_country(text: &str, entities: &[Entity<'_>], g: &Gazetteer) -> Vec<bool> {
    let country = |e: &Entity<'_>| e.etype == EntityType::Loc && e.entry.is_some_and(|i| &*g.entry(i).subtype == "country");
    let joined = |a: &Entity<'_>, b: &Entity<'_>| {
        text.get(a.span.end..b.span.start).is_some_and(|gap| matches!(gap.trim(), "" | "," | "and" | "or" | ", and" | ", or"))
    };
    (0..entities.len())
        .map(|i| {
            let before = i.checked_sub(1).map(|j| &entities[j]).is_some_and(|b| country(b) && joined(b, &entities[i]));
            let after = entities.get(i + 1).is_some_and(|a| country(a) && joined(&entities[i], a));
            before || after
        })
        .collect()
}

/// For each mention: whether it stands in a list with a state or province,
/// the mention right before or after it being a region with only a comma,
/// "and", "or" or a space between ("Ohio, Marmot and Iowa").
fn listed_with_a_region(text: &str, entities: &[Entity<'_>], g: &Gazetteer) -> Vec<bool> {
    let region = |e: &Entity<'_>| e.etype == EntityType::Loc && e.entry.is_some_and(|i| &*g.entry(i).subtype == "region" && !g.entry(i).country.is_empty());
    let joined = |a: &Entity<'_>, b: &Entity<'_>| text.get(a.span.end..b.span.start).is_some_and(|gap| matches!(gap.trim(), "," | "and" | "or" | ", and" | ", or"));
    (0..entities.len())
        .map(|i| {
            let before = i.checked_sub(1).map(|j| &entities[j]).is_some_and(|b| region(b) && joined(b, &entities[i]));
            let after = entities.get(i + 1).is_some_and(|a| region(a) && joined(&entities[i], a));
            before || after
        })
        .collect()
}

/// Whether mention `i` follows a town's name and a comma ("Kelbton,
/// Marmot"): a town is placed by its state, not by another city. Not in a
/// list of places ("Kelbton, Marmot and Zorvton"), nor after a big city or a
/// country ("Zorvton, Marmot": two cities), nor at a sentence's start.
fn after_a_town(text: &str, entities: &[Entity<'_>], i: usize, g: &Gazetteer) -> bool {
    let e = &entities[i];
    let Some(before) = text[..e.span.start].strip_suffix(", ") else { return false };
    let word = before.rsplit(|c: char| !(c.is_alphabetic() || c == '-' || c == '.' || c == '\'')).next().unwrap_or("");
    // A town's name: not all capitals ("FOB, Marmot"), no day or month, no
    // building or firm ("Plaza Hotel, Marmot").
    let calendar = matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "January" | "February" | "March"
            | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December" | "Today"
            | "Yesterday" | "Tonight"
    );
    let building = matches!(
        word,
        "Hotel" | "Company" | "Board" | "Center" | "Centre" | "Inc" | "Inc." | "Corp" | "Corp." | "Airport" | "University"
            | "Institute" | "Hall" | "Museum" | "Bank" | "Group" | "Co" | "Co." | "Ltd" | "Ltd." | "LLC"
    );
    if !word.starts_with(char::is_uppercase) || word.chars().count() < 3 || !word.chars().any(char::is_lowercase) || calendar || building {
        return false;
    }
    // The town before: no mention, or a place that is no country, capital
    // or big city.
    if let Some(p) = i.checked_sub(1).map(|j| &entities[j]).filter(|p| p.span.end == before.len()) {
        let big = p.etype != EntityType::Loc
            || p.entry.is_some_and(|x| {
                let en = g.entry(x);
                matches!(&*en.subtype, "country" | "capital" | "continent" | "region") || en.weight >= BIG_PLACE
            });
        if big {
            return false;
        }
    }
    // A list goes on after it.
    let after = &text[e.span.end..];
    let list = [", ", " and ", " or "].iter().any(|c| after.strip_prefix(c).is_some_and(|r| r.starts_with(char::is_uppercase)));
    // A longer name ("Marmot Post") or a possessive ("Marmot's").
    let longer = after.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)) || after.starts_with(['\'', '\u{2019}', '/']);
    if longer {
        return false;
    }
    // The sentence's first word and a comma ("Today, Marmot") is no town.
    let start = before[..before.len() - word.len()].trim_end_matches(' ');
    let opens = start.is_empty() || start.ends_with(['.', '!', '?', '\n', '"', '\u{201c}', ':', ';', '(']);
    !list && !opens
}

/// Words around a place that make it a state or province, not its city or
/// a country of its name: "Marmot state", "state of Marmot", "governor of
/// Marmot", "senator from Marmot", "primaries in Marmot", "upstate Marmot",
/// "Marmot's 3rd Congressional District".
/// `Some(true)` for a cue no city or country takes ("state of"), `Some(false)`
/// for a compass adjective ("northern"), which a city's region may take too.
fn state_cue(text: &str, e: &Entity<'_>) -> Option<bool> {
    let before = &text[..e.span.start];
    let after = &text[e.span.end..];
    let word_after = |w: &str| after.strip_prefix(' ').and_then(|r| r.strip_prefix(w)).is_some_and(|r| !r.starts_with(char::is_alphanumeric));
    let prev = before.trim_end_matches(' ').rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let district = after.strip_prefix("'s ").or_else(|| after.strip_prefix("\u{2019}s ")).is_some_and(|r| {
        let r = r.char_indices().nth(40).map_or(r, |(i, _)| &r[..i]);
        r.starts_with(|c: char| c.is_ascii_digit()) && (r.contains("District") || r.contains("district"))
    });
    if word_after("state")
        || word_after("State")
        || [
            "state of ", "State of ", "governor of ", "Governor of ", "legislature of ", "senator from ", "Senator from ",
            "senators from ", "Senate seat in ", "primary in ", "primaries in ", "caucuses in ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
        || matches!(prev, "upstate" | "downstate")
        || district
    {
        return Some(true);
    }
    matches!(prev, "northern" | "southern" | "eastern" | "western" | "northeastern" | "northwestern" | "southeastern" | "southwestern").then_some(false)
}

/// Whether a place of a million people or more in a country other than
/// `country` bears the name `form`.
fn big_namesake_elsewhere(g: &Gazetteer, form: &str, country: &str) -> bool {
    g.same_named(form).iter().map(|&c| g.entry(c)).any(|o| o.etype == EntityType::Loc && &*o.country != country && o.weight >= BIG_PLACE)
}

/// Stems of political titles and the role words they stand for.
pub(super) fn title_stem(w: &str) -> Option<&'static str> {
    Some(match w.trim_end_matches('.').to_ascii_lowercase().as_str() {
        "sen" | "senator" => "senat",
        "rep" | "representative" | "congressman" | "congresswoman" => "represent",
        "gov" | "governor" => "governor",
        "president" => "president",
        "minister" | "premier" => "minister",
        "secretary" => "secretary",
        "mayor" => "mayor",
        "mp" | "lawmaker" | "legislator" => "member",
        "chancellor" => "chancellor",
        "speaker" => "speaker",
        "ambassador" => "ambassador",
        "judge" | "justice" => "judge",
        "treasury" => "treasury",
        "defense" | "defence" => "defen",
        "foreign" => "foreign",
        "attorney" => "attorney",
        _ => return None,
    })
}

/// The title words right before mention `e` (up to three capitalized or
/// title words, "Treasury Secretary", "Sen.", "former Gov."), as stems.
fn titles_before(text: &str, toks: &[Tok], e: &Entity<'_>, lexicon: &Lexicon) -> Vec<&'static str> {
    let k = toks.partition_point(|t| t.span.start < e.span.start);
    let mut out = Vec::new();
    for t in toks[..k].iter().rev().take(3) {
        let w = t.text(text);
        if !(t.cap || lexicon.classes(w) & Lexicon::TITLE != 0) {
            break;
        }
        match title_stem(w) {
            Some(s) => out.push(s),
            None if lexicon.classes(w) & Lexicon::TITLE != 0 => {}
            None => break,
        }
        if t.sent_start {
            break;
        }
    }
    out
}

/// Whether an entry's roles hold one of the title stems ("senat" in "senator
/// from ohio", "treasury" in "secretary of the treasury").
fn roles_match(en: &Entry, stems: &[&str]) -> bool {
    !stems.is_empty() && stems.iter().any(|s| en.roles.iter().any(|r| r.contains(s)))
}

/// "(R-Texas)", "(D-N.Y.)" right after a name: a US party and state.
fn party_label_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(' ');
    let b = rest.as_bytes();
    b.len() > 4 && b[0] == b'(' && matches!(b[1], b'R' | b'D' | b'I') && b[2] == b'-'
}

/// Whether a one-word name is also a common word or a person's name.
fn wordy(w: &str, lexicon: &Lexicon) -> bool {
    lexicon.classes(w) & (Lexicon::STOP | Lexicon::FIRST | Lexicon::SURNAME) != 0
}

/// A preposition of place before the mention or a comma and a capitalized
/// word after it ("in Davis", "Davis, Calif.").
fn place_context(text: &str, e: &Entity<'_>) -> bool {
    let before = text[..e.span.start].trim_end_matches(' ');
    let prev = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let after = &text[e.span.end..];
    matches!(prev, "in" | "near" | "at" | "from" | "outside" | "In" | "Near" | "At" | "From")
        || after.strip_prefix(", ").is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether `form` names a newspaper by one word many papers share ("The
/// Times", "Post").
fn generic_paper(form: &str) -> bool {
    let w = form.strip_prefix("The ").or_else(|| form.strip_prefix("the ")).unwrap_or(form);
    matches!(w, "Times" | "Post" | "Journal" | "Globe" | "Herald" | "Star" | "Tribune" | "News" | "Mirror" | "Sun" | "Telegraph" | "Independent" | "Express" | "Chronicle")
}

/// Whether `form` is a short acronym ("PAC", "CDC", "CBD").
fn short_acronym(form: &str) -> bool {
    let n = form.chars().filter(char::is_ascii_alphabetic).count();
    (2..=4).contains(&n) && form.chars().all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
}

/// Whether the entry `en`, named `form` at mention `e`, may be linked on
/// what the article says.
#[allow(clippy::too_many_arguments)]
fn supported(text: &str, e: &Entity<'_>, g: &Gazetteer, en: &Entry, form: &str, ev: &Evidence<'_, '_>, titles: &[&str], lexicon: &Lexicon) -> bool {
    let hits = ev.country_hits(&en.country);
    match en.etype {
        EntityType::Person => {
            let role = roles_match(en, titles) || (en.country.as_ref() == "US" && party_label_after(text, e.span.end));
            if en.weight >= LEADER || role {
                return true;
            }
            if ev.sports {
                return false;
            }
            if en.weight >= FAMOUS_PERSON {
                return true;
            }
            let mut words = form.split_whitespace();
            let first = words.next().unwrap_or("");
            let last = words.last().unwrap_or("");
            let common = lexicon.classes(first) & Lexicon::FIRST != 0 && lexicon.classes(last) & Lexicon::COMMON_SURNAME != 0;
            !common || (hits > 0 && ev.vocabulary().politics >= 4 && !titles.is_empty())
        }
        EntityType::Org => {
            // "Treasury", "Congress": a national body named by one common
            // word is the article's own: an article placed in another
            // country (by its places and nationalities) and never in the
            // body's own (no place, person or other body of it) has its own
            // body of that name.
            if !form.contains(' ')
                && form.len() > 3
                && !form.chars().all(|c| c.is_ascii_uppercase())
                && en.id.starts_with("sayso:")
                && matches!(&*en.subtype, "legislature" | "government" | "agency" | "court")
                && !en.country.is_empty()
                && ((!ev.own_country(&en.country, &en.id) && ev.countries.iter().any(|&(c, _)| c != &*en.country && ev.place_hits(c) > 0))
                    || ev.foreign_bodies.contains(&form))
            {
                return false;
            }
            if &*en.subtype == "party" {
                return hits > 0;
            }
            // "The Times", "the Post": a paper named by one word that many
            // papers share needs its country, the one the article names most.
            if &*en.subtype == "news_outlet" && !en.country.is_empty() && generic_paper(form) {
                return hits > 0 && ev.countries.iter().all(|&(_, n)| n <= hits);
            }
            if short_acronym(form) && en.weight < FAMOUS_ORG && !en.id.starts_with("sayso:") {
                return hits > 0 || (en.canonical.len() > form.len() && text.contains(&*en.canonical));
            }
            if !form.contains(' ') && &*en.subtype == "company" && wordy(form, lexicon) && !en.id.starts_with("sayso:") {
                return ev.vocabulary().business >= 2;
            }
            // "Campbell's": a company named in the possessive of a surname
            // needs business vocabulary too.
            if let Some(stem) = form.strip_suffix("'s").or_else(|| form.strip_suffix("\u{2019}s")) {
                if !stem.contains(' ') && wordy(stem, lexicon) && ev.vocabulary().business < 2 {
                    return false;
                }
            }
            // "House of Commons", "National Assembly": a legislature's name
            // several countries share needs its country, the one the
            // article names most.
            if &*en.subtype == "legislature" && !en.id.starts_with("sayso:") && !en.country.is_empty() {
                return hits > 0 && ev.countries.iter().all(|&(_, n)| n <= hits);
            }
            // "the Commission", "the Treasury": a common word standing for an
            // organization of a longer name needs that name in the article.
            if !form.contains(' ') && *form != *en.canonical && lexicon.classes(form) & Lexicon::STOP != 0 {
                return text.contains(&*en.canonical);
            }
            true
        }
        EntityType::Loc => {
            if matches!(&*en.subtype, "country" | "continent") || en.weight >= BIG_PLACE {
                return true;
            }
            // A town of several words ("Loch Lomond", a town in one country and a
            // lake in another): its country in the article.
            let most = hits > 0 && ev.countries.iter().all(|&(_, n)| n <= hits);
            if form.contains(' ') {
                // "Southern District", "Central Province": a region's name
                // other countries share, or made of a compass word, needs
                // its country too.
                let compass = form.split(' ').all(|w| {
                    matches!(
                        w,
                        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "Central" | "Upper"
                            | "Lower" | "District" | "Province" | "Region" | "Division" | "Department" | "Coast" | "Zone" | "Area"
                    )
                });
                let shared = g.same_named(form).iter().any(|&c| g.entry(c).country != en.country);
                if &*en.subtype == "region" && !en.country.is_empty() && (compass || shared) {
                    return most;
                }
                return !matches!(&*en.subtype, "city" | "") || most;
            }
            // "Banning", "Davis", "Bell": a common word or name needs a
            // place said around it ("in Davis", "Davis, California").
            hits > 0 && (!wordy(form, lexicon) || place_context(text, e))
        }
        // Political groups are national: "Democrat" needs its country.
        EntityType::Norp => &*en.subtype != "political" || hits > 0,
    }
}

/// Links each dictionary mention to the entry the article's evidence picks
/// among the entries of its name, or unlinks it when its entry needs
/// evidence the article lacks (see the module docs).
pub fn choose<'p>(text: &str, toks: &[Tok], entities: &mut [Entity<'p>], g: &'p Gazetteer, lexicon: &Lexicon, sports: bool) {
    if !entities.iter().any(|e| e.source == Source::Dictionary && e.entry.is_some()) {
        return;
    }
    let ev = evidence(text, toks, entities, g, sports);
    let listed = listed_with_a_country(text, entities, g);
    let with_region = listed_with_a_region(text, entities, g);
    // The country of a place named right after a comma ("Marmot, Zembla").
    let qualifier: Vec<Option<&str>> = (0..entities.len())
        .map(|i| {
            let n = entities.get(i + 1)?;
            (text.get(entities[i].span.end..n.span.start) == Some(", ") && n.etype == EntityType::Loc)
                .then(|| n.entry.map(|x| &*g.entry(x).country))
                .flatten()
                .filter(|c| !c.is_empty())
        })
        .collect();
    // Countries whose states or provinces the article names.
    let region_of: Vec<&str> = entities
        .iter()
        .filter(|e| e.etype == EntityType::Loc)
        .filter_map(|e| e.entry.map(|x| g.entry(x)))
        .filter(|en| &*en.subtype == "region" && !en.country.is_empty())
        .map(|en| &*en.country)
        .collect();
    let after_town: Vec<bool> = (0..entities.len()).map(|i| after_a_town(text, entities, i, g)).collect();
    // Names a strong state cue makes a state somewhere in the article
    // ("governor of Georgia"): one sense per article for a country's name.
    let stated: Vec<&str> = entities.iter().filter(|e| e.etype == EntityType::Loc && state_cue(text, e) == Some(true)).map(|e| e.span.of(text)).collect();
    for (ei, e) in entities.iter_mut().enumerate() {
        let (Source::Dictionary, Some(idx)) = (e.source, e.entry) else { continue };
        let form = e.span.of(text);
        let titles = if e.etype == EntityType::Person { titles_before(text, toks, e, lexicon) } else { Vec::new() };
        let same = g.same_named(form);
        let mut pick = idx;
        if same.len() > 1 {
            // A role of theirs first, then the country the article names most;
            // otherwise the default (user dictionaries, then weight).
            let of_type = || same.iter().copied().filter(|&c| g.entry(c).etype == e.etype);
            if let Some(c) = of_type().find(|&c| roles_match(g.entry(c), &titles)) {
                pick = c;
            } else {
                let best = of_type().map(|c| (ev.country_hits(&g.entry(c).country), c)).max_by_key(|&(h, c)| (h, std::cmp::Reverse(same.iter().position(|&x| x == c))));
                // A world region or body of no country ("Middle East") is not
                // swapped for a small namesake in a country the article names.
                let default = g.entry(idx);
                // Nor is a capital ("Moscow") for a town of its name elsewhere.
                let stateless = (default.country.is_empty() && default.weight >= BIG_PLACE)
                    || (default.etype == EntityType::Loc && &*default.subtype == "capital")
                    // Nor a country listed with other countries ("Ukraine
                    // and Georgia") for a region of its name.
                    || (&*default.subtype == "country" && listed[ei]);
                if let Some((h, c)) = best.filter(|_| !stateless) {
                    if h > 0 && ev.country_hits(&g.entry(idx).country) < h {
                        // A small town of that country is no match for a big
                        // place of the same name in another country the
                        // article names too ("Marmot", a city abroad), unless
                        // the town's own country follows it after a comma.
                        let small = g.entry(c);
                        let big_abroad = small.etype == EntityType::Loc
                            && default.etype == EntityType::Loc
                            && small.weight < BIG_PLACE
                            && default.weight >= small.weight.saturating_mul(5)
                            && ev.country_hits(&default.country) > 0
                            && !region_of.contains(&&*small.country);
                        let q = qualifier[ei];
                        if !(q == Some(&*default.country) || (big_abroad && q != Some(&*small.country))) {
                            pick = c;
                        }
                    }
                }
            }
        }
        let mut weak = false;
        if same.len() > 1 && e.etype == EntityType::Loc && !g.is_user(pick) {
            let cur = g.entry(pick);
            let region = same.iter().copied().find(|&c| c != pick && g.entry(c).etype == EntityType::Loc && &*g.entry(c).subtype == "region");
            if let Some(r) = region {
                let re = g.entry(r);
                let cue = state_cue(text, e);
                if matches!(&*cur.subtype, "city" | "capital") && re.country == cur.country {
                    // "New York state", "upstate New York", "Ohio and New
                    // York": the state, not its city.
                    if cue.is_some() || with_region[ei] || after_town[ei] {
                        pick = r;
                    }
                } else if &*cur.subtype == "country" && re.country != cur.country && re.weight >= BIG_PLACE && !listed[ei] {
                    // "Georgia", a country and a US state: the state when
                    // the words around it or the article's politics say so;
                    // the country when the article is abroad; otherwise null.
                    if cue == Some(true) || stated.contains(&form) || (after_town[ei] && &*re.country == "US") || (ev.country_hits(&re.country) > 0 && ev.country_hits(&re.country) >= ev.country_hits(&cur.country)) {
                        pick = r;
                    } else if ev.country_hits(&cur.country) == 0 {
                        if &*re.country == "US" && ev.us_politics() >= 2 && !ev.abroad(&re.country, &cur.country) {
                            pick = r;
                        } else if !ev.abroad(&re.country, &cur.country) && ev.places.iter().any(|&(c, f)| c == &*re.country && f != form) {
                            // A town of the state's country, however small
                            // ("Marmot Springs"), and nothing abroad: no link.
                            weak = true;
                        }
                    }
                }
            }
        }
        // "Ukrainian": a country's entry holding its nationality's word as
        // a name gives way to the nationality.
        if e.etype == EntityType::Loc && &*g.entry(pick).subtype == "country" && !g.is_user(pick) {
            let country = &*g.entry(pick).country;
            if let Some(&n) = same.iter().find(|&&c| g.entry(c).etype == EntityType::Norp && &*g.entry(c).country == country) {
                pick = n;
                e.etype = EntityType::Norp;
            }
        }
        let en = g.entry(pick);
        // The user's own dictionaries are what they asked for: always linked.
        if weak {
            unlink(text, e, lexicon);
        } else if g.is_user(pick) || supported(text, e, g, en, form, &ev, &titles, lexicon) {
            if pick != idx {
                e.entry = Some(pick);
                e.id = Some(Cow::Borrowed(&*en.id));
                e.canonical = Cow::Borrowed(&*en.canonical);
                if en.gender.is_some() {
                    e.gender = en.gender;
                }
            }
        } else if let Some(p) = g.famous_surname(form).filter(|_| e.etype == EntityType::Loc && !form.contains(' ')) {
            // A small place named like a world-famous person ("Obama"): the person.
            let person = g.entry(p);
            e.etype = EntityType::Person;
            e.entry = Some(p);
            e.id = Some(Cow::Borrowed(&*person.id));
            e.canonical = Cow::Borrowed(&*person.canonical);
            e.gender = person.gender;
        } else {
            unlink(text, e, lexicon);
        }
    }
}

/// No link: `id` null, the canonical name as written; type and source stay.
pub fn unlink(text: &str, e: &mut Entity<'_>, lexicon: &Lexicon) {
    e.id = None;
    e.entry = None;
    e.canonical = Cow::Owned(e.span.of(text).to_string());
    if e.etype == EntityType::Person {
        e.gender = e.span.of(text).split_whitespace().next().and_then(|f| lexicon.first_name_gender(f));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_table_finds_every_word_and_no_other() {
        for w in POLITICS_WORDS {
            assert_eq!(vocabulary(w.as_bytes()), Some(true), "{w}");
        }
        for w in BUSINESS_WORDS {
            assert_eq!(vocabulary(w.as_bytes()), Some(false), "{w}");
        }
        for w in ["the", "said", "and", "of", "it", "Élan", "governors", "mayors", "ceo", "", "a", "senate"] {
            assert_eq!(vocabulary(w.as_bytes()), None, "{w}");
        }
    }
}

#[cfg(test)]
pub(super) mod context_tests {
    use crate::gazetteer::GazetteerBuilder;
    use crate::lexicon::Lexicon;
    use crate::text::Segmented;

    /// The ids of the mentions of `text` with a test dictionary: (text, id)
    /// (also the linking tests' helper).
    pub(in crate::resolve) fn ids(dict: &str, text: &str) -> Vec<(String, Option<String>)> {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_default_str("t", dict);
        let g = b.build().unwrap();
        let lex = Lexicon::core();
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        crate::resolve::resolve(text, &seg, &g.find(text), &g, &lex)
            .into_iter()
            .map(|e| (e.span.of(text).to_string(), e.id.map(|i| i.to_string())))
            .collect()
    }

    fn id_of(got: &[(String, Option<String>)], t: &str, nth: usize) -> Option<String> {
        got.iter().filter(|(x, _)| x == t).nth(nth).and_then(|(_, i)| i.clone())
    }

    const D: &str = "c:1\tLOC\tcity\tMarmotburg\t\t\tUS\t\t9000000\n\
        s:1\tLOC\tregion\tMarmotburg\t\t\tUS\t\t5000000\n\
        s:2\tLOC\tregion\tKelbshire\t\t\tUS\t\t5000000\n\
        k:1\tLOC\tcountry\tZorvania\t\t\tZV\t\t1000000000\n\
        s:3\tLOC\tregion\tZorvania\t\t\tUS\t\t5000000\n\
        k:2\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000000000\n\
        r:1\tLOC\tregion\tSouthern District\t\t\tKL\t\t200000\n\
        b:1\tORG\tlegislature\tMarmot Senate\tSenate\t\tUS\t\t2000000\n\
        b:2\tORG\tagency\tMarmot Treasury\tTreasury\t\tUS\t\t1000000\n";

    #[test]
    fn a_state_after_a_town_and_a_comma_is_the_state() {
        let got = ids(D, "The plant in Kelbton, Marmotburg closed. A farmer of Dovetown, Zorvania sued.");
        assert_eq!(id_of(&got, "Marmotburg", 0).as_deref(), Some("s:1"), "{got:?}");
        assert_eq!(id_of(&got, "Zorvania", 0).as_deref(), Some("s:3"), "{got:?}");
        // A list of places, or a sentence's first word: the default.
        let got = ids(D, "Flights to Kelbton, Marmotburg and Dovetown left. On Monday, Marmotburg rose.");
        assert_eq!(id_of(&got, "Marmotburg", 0).as_deref(), Some("c:1"), "{got:?}");
        assert_eq!(id_of(&got, "Marmotburg", 1).as_deref(), Some("c:1"), "{got:?}");
    }

    #[test]
    fn a_small_town_does_not_take_the_name_of_a_big_place_abroad_the_article_names() {
        let d = "g:1\tLOC\tcity\tKelbford\t\t\tKL\t\t200000\n\
            g:2\tLOC\tcity\tKelbford\t\t\tUS\t\t20000\n\
            k:2\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000000000\n\
            k:3\tLOC\tcountry\tAmerica\t\t\tUS\t\t1000000000\n\
            s:9\tLOC\tregion\tMarmotburg\t\t\tUS\t\t5000000\n";
        // More of America than of Kelmaria, but Kelmaria named: the big place.
        let got = ids(d, "America and America again. She studied in Kelbford, Kelmaria.");
        assert_eq!(id_of(&got, "Kelbford", 0).as_deref(), Some("g:1"), "{got:?}");
        let got = ids(d, "America and America again. She studied in Kelbford before moving to Kelmaria.");
        assert_eq!(id_of(&got, "Kelbford", 0).as_deref(), Some("g:1"), "{got:?}");
        // The town's own state after a comma, or its country only: the town.
        let got = ids(d, "America and Kelmaria. She studied in Kelbford, Marmotburg.");
        assert_eq!(id_of(&got, "Kelbford", 0).as_deref(), Some("g:2"), "{got:?}");
        let got = ids(d, "America and America again. She studied in Kelbford.");
        assert_eq!(id_of(&got, "Kelbford", 0).as_deref(), Some("g:2"), "{got:?}");
        // A state of the town's country named in the article: the town.
        let got = ids(d, "America and Kelmaria. She studied in Kelbford and taught in Marmotburg.");
        assert_eq!(id_of(&got, "Kelbford", 0).as_deref(), Some("g:2"), "{got:?}");
    }

    #[test]
    fn a_state_cue_or_a_list_of_states_picks_the_state_over_its_city() {
        // "b:1" etc. use sayso-less ids: only the place rules act here.
        let got = ids(D, "Officials of Marmotburg state met. Flights left upstate Marmotburg, and Kelbshire and Marmotburg voted. Rents in Marmotburg rose.");
        let got2 = ids(D, "She won the Senate seat in Marmotburg after the primaries in Marmotburg.");
        assert!(got2.iter().all(|(x, i)| x != "Marmotburg" || i.as_deref() == Some("s:1")), "{got2:?}");
        assert_eq!(id_of(&got, "Marmotburg", 0).as_deref(), Some("s:1"), "{got:?}");
        assert_eq!(id_of(&got, "Marmotburg", 1).as_deref(), Some("s:1"), "{got:?}");
        assert_eq!(id_of(&got, "Marmotburg", 2).as_deref(), Some("s:1"), "{got:?}");
        assert_eq!(id_of(&got, "Marmotburg", 3).as_deref(), Some("c:1"), "{got:?}");
    }

    #[test]
    fn a_country_named_like_a_us_state_takes_the_article_reading_or_none() {
        // A strong cue anywhere in the article: the state, each time.
        let got = ids(D, "The governor of Zorvania vetoed the bill. Zorvania motorists will pay more.");
        assert_eq!(id_of(&got, "Zorvania", 0).as_deref(), Some("s:3"), "{got:?}");
        assert_eq!(id_of(&got, "Zorvania", 1).as_deref(), Some("s:3"), "{got:?}");
        // US party politics and nothing abroad: the state.
        let got = ids(D, "Republican leaders said the Democrat would lose Zorvania in November.");
        assert_eq!(id_of(&got, "Zorvania", 0).as_deref(), Some("s:3"), "{got:?}");
        // Another country named: the country.
        let got = ids(D, "Kelmaria signed a deal with Zorvania on Monday.");
        assert_eq!(id_of(&got, "Zorvania", 0).as_deref(), Some("k:1"), "{got:?}");
        // A small town of the state's country and nothing abroad: no link.
        let d = format!("{D}t:1\tLOC\tcity\tKelb Springs\t\t\tUS\t\t90000\n");
        let got = ids(&d, "She left Kelb Springs and will go back to Zorvania to buy a house.");
        assert!(got.iter().any(|(x, i)| x == "Zorvania" && i.is_none()), "{got:?}");
    }

    #[test]
    fn a_paper_named_by_a_word_many_papers_share_needs_its_country() {
        let d = "k:2\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000000000\n\
            k:1\tLOC\tcountry\tZorvania\t\t\tZV\t\t1000000000\n\
            o:1\tORG\tnews_outlet\tThe Times\t\t\tKL\t\t1000\n";
        let got = ids(d, "Voters in Zorvania were angry. The Times reported that Zorvania would vote again.");
        assert!(got.iter().any(|(x, i)| x == "The Times" && i.is_none()), "{got:?}");
        let got = ids(d, "Voters in Kelmaria were angry. The Times reported that Zorvania would vote again in Kelmaria.");
        assert_eq!(id_of(&got, "The Times", 0).as_deref(), Some("o:1"), "{got:?}");
    }

    #[test]
    fn a_nationality_word_a_country_entry_holds_is_the_nationality() {
        let d = "k:1\tLOC\tcountry\tZorvania\tZorvanian\t\tZV\t\t1000000000\n\
            n:1\tNORP\tnationality\tZorvanian\t\t\tZV\t\t4000000\n";
        let got = ids(d, "The Zorvanian president visited Zorvania.");
        assert_eq!(id_of(&got, "Zorvanian", 0).as_deref(), Some("n:1"), "{got:?}");
        assert_eq!(id_of(&got, "Zorvania", 0).as_deref(), Some("k:1"), "{got:?}");
    }

    #[test]
    fn a_compass_region_name_needs_its_country() {
        let got = ids(D, "A second Southern District judge was confirmed on Monday.");
        assert!(got.iter().all(|(_, i)| i.is_none()), "{got:?}");
        let got = ids(D, "Floods hit the Southern District of Kelmaria, and Southern District officials in Kelmaria said so.");
        assert!(got.iter().any(|(x, i)| x == "Southern District" && i.as_deref() == Some("r:1")), "{got:?}");
    }

    #[test]
    fn a_one_word_national_body_of_another_country_is_unlinked() {
        let d = "k:2\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000000000\n\
            k:3\tLOC\tcountry\tUnited Marmots\tMarmotland\t\tUS\t\t1000000000\n\
            sayso:t\tORG\tagency\tMarmot Treasury\tTreasury\t\tUS\t\t1000000\n";
        let got = ids(d, "The Kelmaria Treasury said it would sell bonds. The Treasury set a limit.");
        assert_eq!(got.iter().filter(|(x, i)| x == "Treasury" && i.is_none()).count(), 2, "{got:?}");
        // Named once as another country's body: that body each time.
        let got = ids(d, "Marmotland and Kelmaria met. Kelmaria's Treasury said so, the Treasury said.");
        assert_eq!(got.iter().filter(|(x, i)| x == "Treasury" && i.is_none()).count(), 2, "{got:?}");
        // Its own country named: linked.
        let got = ids(d, "The Treasury said Marmotland and Kelmaria would talk.");
        assert_eq!(id_of(&got, "Treasury", 0).as_deref(), Some("sayso:t"), "{got:?}");
    }
}

//! Resolve stage: from dictionary matches to the article's entity mentions.
//!
//! Takes: the text, its segmentation (with the lexicon's word classes:
//! [`Segmented::classified`]), the dictionary matches, the
//! gazetteer and the lexicon. Gives: entity mentions sorted by `start`,
//! non-overlapping, on `char` boundaries, each with its type, canonical
//! name, id (dictionary entries only) and source (`dictionary`, `alias`,
//! `inferred`). Must not look at quotes: that is the attribute stage's work.
//!
//! Passes, each linear in the words of the article:
//! 1. [`tokens`]: the segment stage's token stream in the form the rules
//!    read it (capitalized, ALL CAPS, sentence or line start, classes),
//!    and headline sentences marked.
//! 2. [`conflicts`]: context rules on the dictionary matches (below), and
//!    ALL-CAPS datelines ("LONDON 1996-08-30", "KYIV, Ukraine (AP) —")
//!    looked up in Title Case; a dateline place no dictionary holds is
//!    inferred (LOC).
//! 3. [`infer`]: capitalized word runs (small connectors such as "of",
//!    "for the", " & " allowed inside, a possessive ends a run, a compound
//!    such as "Minneapolis-based" starts a new one) typed by evidence:
//!    an organization word at the end ("... Ministry", "... Inc.",
//!    "... University") or heading an "of" part ("Institute for ...",
//!    "National Bank of ..."), names joined by "&" ("Procter & Gamble"),
//!    "Air" and a place ("Air France"), an organization noun right before
//!    a name with no first name ("telecom regulator Zorvicom", "news
//!    agency X"): ORG; a place word ("... River",
//!    "Mount ..."): LOC; a known first name (also before a surname that is a common word,
//!    "Tom Baker", not at a sentence start), an East Asian family name
//!    before a given name ("Wang Lirong"), an initial ("J. Smith"), a
//!    title or role before ("spokesman Dmitry Peskov", "President X"), a
//!    speech verb after ("X said"), or two name-like words ending in a known
//!    surname: PERSON; after "in", "near", "at" ..., after a place word
//!    and "of" ("the town of X") or before one ("X province"): LOC; in a
//!    sports report, a name before a score, or a city with a name no dictionary
//!    holds ("Leeds Marmots", "Dynamo Leeds"): ORG (a team). A company
//!    name ends at its legal form ("Acme Corp | of South Korea"). A person
//!    or a common word, then "of"/"on", then an organization ("Lynn Smith of Acme
//!    Inc.", "Inspectors of the ... Agency") are two names. Leading
//!    function words and titles are not part of a name; nor are
//!    nationalities, except before an organization's own name ("American
//!    Stock Exchange", but "German | Foreign Ministry"); stopwords
//!    (capitalized common words) neither start nor end one; a single
//!    unknown word with no evidence is nothing. Headline sentences (Title
//!    Case, ALL CAPS) get no inference at all, only links to names found
//!    elsewhere; rows of tables and lists (a capitalized sentence with a
//!    number and a comma or a parenthesis) are no headlines. In a sports
//!    report a name opening a parenthesis ("(Zorvan 74)") is no team, and a
//!    name before a goal's minute ("( Zorvan 15th )") is the scorer (PERSON).
//!    A name before a country in parentheses is a person also when its first
//!    name or surname is a common word ("Olena Baker ( Zembla )").
//!    Capitalized words whose initials spell the ALL-CAPS word in the
//!    parentheses after them ("Commission Against Graft ( CAG )", small
//!    lower case words inside) are an organization; abbreviated titles keep
//!    their period ("Mr. Zorvan" is titled).
//! 4. Merge: overlapping candidates go to the longest; on equal length the
//!    dictionary wins over inference (but a title makes a town a person:
//!    below).
//! 5. Whole names first ([`conflicts::whole_names`]): a dictionary place,
//!    organization or nationality that only opens a longer capitalized name
//!    ("Davis Cup", "Carnegie Hall") is dropped; "Shell Canada" is one ORG
//!    without a link; a place before a club word ("Kelbton Harriers",
//!    "Kelbton AC") is one unlinked club (ORG), and in a squad list ("N Hines
//!    (Kelbton), J Orr (Marmots), ...") each note is the player's club
//!    ([`conflicts::squad_clubs`]). Then [`choose`]: among same-named entries the
//!    article's evidence picks (countries, titles and roles, vocabulary);
//!    parties, short acronyms, small one-word places, wordy company names
//!    and common-named politicians are linked only with evidence, otherwise
//!    `id` is null (type and source stay).
//! 6. [`link`]: surnames of persons named in full (also of every
//!    dictionary variant: "Zelensky", "Zelenskiy" → Volodymyr Zelenskyy;
//!    "Mr. Putin" gives "Putin"; the family name of "Wang Lirong" is
//!    "Wang"), repeats of inferred names, acronyms defined in parentheses
//!    ("International Atomic Energy Agency (IAEA)"; after an organization
//!    any ALL-CAPS word: "National Bank of Zembla (BNZ)"), and ALL-CAPS
//!    forms of names of the article: `alias`. In a sports report a side
//!    written as a place and a nickname ("Kelbton Otters") is also named
//!    by the nickname ("Otters").
//! 7. [`precise`]: link precision. Dictionary mentions the article
//!    contradicts are dropped (a part of a longer name: "Athletics Zembla",
//!    "Upper District of Zembla") or unlinked (`id` null: a common-word
//!    company without company evidence, a country as a sports side, a
//!    nationality as a language).
//! - ALL CAPS: two words whose Title Case is a city of 100,000 or more
//!   ("SAN DIEGO") are the city, over a one-word match inside.
//!
//! Conflict rules:
//! - Overlaps: longest wins; dictionary over inferred on ties.
//! - Person vs place: a one-word dictionary place or organization that is
//!   the surname of a person named in the article is that person ("Jordan"
//!   after "Michael Jordan"); a first name from the dictionary of places
//!   followed by a known surname is a person ("Jordan Peterson"); a
//!   one-word town after a capitalized title ("President Clinton", also
//!   closing a run: "Later President Clinton") is a person, and so is every
//!   other mention of that town in the article. Otherwise the place stands
//!   ("Washington said" is the US government: LOC).
//! - Possessives: "Putin's" names "Putin"; the `'s` is never in a span.
//! - Hyphen compounds: a name glued to a lowercase word stays
//!   ("Washington-based", "Russian-occupied"); glued to another capitalized
//!   word that is not itself a dictionary name it is dropped
//!   ("Smith-Jones" holds no "Smith").
//! - Places as organizations: in a sports report (three or more sports
//!   words), a city or region (never a country or a home nation such as
//!   England, which stands for the national team) next to a score or match
//!   word, or before a plural verb ("Leeds were"), is the club: ORG, and so are its other mentions in the report.
//! - Sports reports are also told by a slug ("CRICKET - ...") or a fixture
//!   list ("Leeds v Hull" twice); there a town alone in parentheses after a
//!   name is the player's club ("Ana Ruiz ( Leeds )"), a town and a side's
//!   word is the club ("Leeds United", "Cleveland Indians"), a capitalized
//!   word before a town is the club ("Hansa Rostock": a town of 100,000 or
//!   more, not a surname, is no person's surname there), and players of a
//!   scorecard ("c Smith b Jones") are persons. A name an article types as
//!   a person somewhere is no team elsewhere (one name, one type).
//! - Lists of names with parenthesized notes and no numbers are table rows,
//!   no headlines.
//! - Authors of a citation ("(Ruiz & Baker, 2014)", "Ruiz et al.", "Ruiz
//!   (1968)") are persons, outside sports reports.
//! - Whole names first, more: a nationality or a one-word company closing
//!   a longer name ("Latin American") is dropped, two one-word companies
//!   side by side ("Sea Monster") both; initials make a one-word place or
//!   company a person ("H.R. McMaster"); a club word ("AC", "FC", "Real")
//!   or an acronym before a place makes an organization ("AC Milan", "IFK
//!   Gothenburg"); short forms found by linking obey the rule too ("Trump
//!   Tower").
//! - Names of things: a run ending in a prize, event, law or work word
//!   ("... Prize", "... Games", "... Act", "... Festival") infers nothing
//!   (no person inside either). A capitalized "Court", "House", "Senate",
//!   "Army" ... alone after a lower case "the" is that body (ORG); "X State"
//!   with no dictionary place inside is ORG; an occupation by its ending
//!   opening a sentence ("Geologist X Y") is evidence of a person, no part
//!   of the name. A known first name alone after a person named in full by
//!   it earlier is that person. A term and its abbreviation ending in a
//!   concept word ("... Survey (S)", "... Index (I)") is no ORG.
//! - A one-word dictionary place named by an institution word ("University")
//!   is the institution (ORG, unlinked); a compass word before a dictionary
//!   place other than a country or continent ("North Kelbton") makes one
//!   unlinked place.
//! - NORP (nationalities, groups) is its own type, never ORG; a leading
//!   nationality is part of an inferred organization's name only when the
//!   rest is the organization's own name, not a body of the state
//!   ("Iraqi News Agency", but "German | Foreign Ministry").

mod choose;
mod conflicts;
mod infer;
mod link;
mod precise;
mod tokens;

use crate::annotation::{Entity, EntityType, Source};
use crate::gazetteer::{DictMatch, Gazetteer};
use crate::lexicon::Lexicon;
use crate::text::Segmented;
use std::borrow::Cow;

pub use link::surname;

/// Turns dictionary matches into entity mentions, infers names no
/// dictionary holds and links short forms.
pub fn resolve<'p>(
    text: &str,
    seg: &Segmented,
    matches: &[DictMatch],
    gazetteer: &'p Gazetteer,
    lexicon: &Lexicon,
) -> Vec<Entity<'p>> {
    let mut entities: Vec<Entity<'p>> = matches
        .iter()
        .map(|m| {
            let e = gazetteer.entry(m.entry);
            Entity {
                span: m.span,
                etype: e.etype,
                canonical: Cow::Borrowed(&*e.canonical),
                id: Some(Cow::Borrowed(&*e.id)),
                source: Source::Dictionary,
                entry: Some(m.entry),
                gender: e.gender.or_else(|| first_word(&e.canonical).and_then(|f| lexicon.first_name_gender(f))),
            }
        })
        .collect();
    let toks = tokens::tokenize(text, seg);
    let sports = conflicts::is_sports(text, &toks);
    conflicts::apply(text, &toks, &mut entities, gazetteer, sports);
    conflicts::squad_clubs(text, &toks, &mut entities, gazetteer, sports);
    conflicts::after_first_name(text, &toks, &mut entities, gazetteer, sports);
    conflicts::institution_words(text, &toks, &mut entities);
    conflicts::compass_places(text, &toks, &mut entities, gazetteer, sports);
    let mut dated = Vec::new();
    conflicts::datelines(text, &toks, gazetteer, sports, &mut dated);
    conflicts::title_datelines(text, &toks, &entities, &mut dated);
    if toks.iter().any(|t| t.upper) {
        let mut caps = Vec::new();
        conflicts::caps_countries(text, &toks, gazetteer, &entities, &dated, &mut caps);
        dated.extend(caps);
    }
    if !dated.is_empty() {
        entities.extend(dated);
        keep_longest(&mut entities);
    }

    // Which dictionary entity covers each word.
    let mut covered: Vec<Option<(usize, EntityType)>> = vec![None; toks.len()];
    let mut ei = 0;
    for (ti, t) in toks.iter().enumerate() {
        while ei < entities.len() && entities[ei].span.end <= t.span.start {
            ei += 1;
        }
        if ei < entities.len() && entities[ei].span.overlaps(&t.span) {
            covered[ti] = Some((ei, entities[ei].etype));
        }
    }
    let big_town: Vec<bool> = if sports {
        covered
            .iter()
            .map(|c| {
                c.is_some_and(|(i, t)| {
                    // A town the conflict rules made a side keeps no entry.
                    let side = t == EntityType::Org && entities[i].source == Source::Dictionary && entities[i].entry.is_none();
                    side || (t == EntityType::Loc
                        && entities[i].entry.is_some_and(|x| {
                            let en = gazetteer.entry(x);
                            matches!(&*en.subtype, "city" | "capital") && en.weight >= 100_000
                        }))
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let cx = infer::Ctx { text, toks: &toks, covered: &covered, lexicon, sports, big_town: &big_town, memo: Default::default() };
    let inferred = infer::infer(&cx);
    if !inferred.is_empty() {
        // A person found by evidence over a dictionary place or organization
        // of the same words ("President Clinton"): the person.
        let mut persons: Vec<crate::annotation::Span> =
            inferred.iter().filter(|c| c.over_dictionary).map(|c| c.span).collect();
        persons.sort_by_key(|p| (p.start, p.end));
        if !persons.is_empty() {
            // Towns only: "Father Christmas" leaves Christmas Island alone.
            entities.retain(|e| {
                !(e.source == Source::Dictionary
                    && e.etype == EntityType::Loc
                    && e.entry.is_some_and(|i| matches!(&*gazetteer.entry(i).subtype, "city" | ""))
                    && persons.binary_search_by(|p| p.start.cmp(&e.span.start).then(p.end.cmp(&e.span.end))).is_ok())
            });
        }
        entities.extend(inferred.into_iter().map(|c| Entity {
            span: c.span,
            etype: c.etype,
            canonical: Cow::Owned(c.span.of(text).to_string()),
            id: None,
            source: Source::Inferred,
            entry: None,
            gender: c.gender,
        }));
        keep_longest(&mut entities);
    }
    same_name_same_type(&mut entities);
    conflicts::whole_names(text, &toks, &mut entities, gazetteer, sports);
    choose::choose(text, &toks, &mut entities, gazetteer, lexicon, sports);
    link::link(text, &toks, &mut entities, gazetteer, lexicon, sports);
    precise::apply(text, &toks, &mut entities, gazetteer, lexicon, sports);
    // Short forms found by `link` obey whole names first too ("Trump Tower").
    if entities.iter().any(|e| e.source == Source::Alias) {
        conflicts::whole_names(text, &toks, &mut entities, gazetteer, sports);
    }
    // The stage's promise, whatever the rules above did: sorted and disjoint
    // (a fuzzed text once gave a short form inside a longer inferred name).
    keep_longest(&mut entities);
    entities
}

/// Sorts by start and keeps, among overlapping mentions, the longest
/// (dictionary first on equal length).
fn keep_longest(entities: &mut Vec<Entity<'_>>) {
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.len()), e.source != Source::Dictionary));
    // Greedy by length: a longer mention removes the shorter ones it overlaps.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(entities[i].span.len()), entities[i].source != Source::Dictionary, entities[i].span.start));
    let mut keep = vec![false; entities.len()];
    let mut taken: Vec<crate::annotation::Span> = Vec::new();
    for i in order {
        let s = entities[i].span;
        // `taken` stays sorted by start; check neighbours only.
        let p = taken.partition_point(|t| t.start < s.start);
        let clash = (p > 0 && taken[p - 1].overlaps(&s)) || (p < taken.len() && taken[p].overlaps(&s));
        if !clash {
            taken.insert(p, s);
            keep[i] = true;
        }
    }
    let mut k = 0;
    entities.retain(|_| {
        let r = keep[k];
        k += 1;
        r
    });
}

/// One name, one type: an inferred organization of two or more words that
/// the article elsewhere names as a person ("Ada Zorvan 65" in a results
/// table, "Ada Zorvan said") is the person.
fn same_name_same_type(entities: &mut [Entity<'_>]) {
    let mut persons: Vec<&str> = entities
        .iter()
        .filter(|e| e.etype == EntityType::Person && e.canonical.contains(' '))
        .map(|e| e.canonical.as_ref())
        .collect();
    if persons.is_empty() {
        return;
    }
    persons.sort_unstable();
    persons.dedup();
    let persons: Vec<String> = persons.into_iter().map(str::to_string).collect();
    for e in entities.iter_mut() {
        if e.source == Source::Inferred && e.etype == EntityType::Org && persons.binary_search_by(|p| p.as_str().cmp(&e.canonical)).is_ok() {
            e.etype = EntityType::Person;
        }
    }
}

fn first_word(name: &str) -> Option<&str> {
    name.split_whitespace().next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;

    #[test]
    fn surnames_link_to_the_full_name() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("t", "Q1\tPERSON\t\tRafael Grossi\tRafael Mariano Grossi\tm\t\t\t1\n");
        let g = b.build().unwrap();
        let lex = Lexicon::core();
        let text = "Grossi spoke. Rafael Mariano Grossi, IAEA chief, said Grossi's plan. Grossiman no.";
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        let ents = resolve(text, &seg, &g.find(text), &g, &lex);
        let got: Vec<(&str, &str, Source)> =
            ents.iter().map(|e| (e.span.of(text), e.canonical.as_ref(), e.source)).collect();
        assert_eq!(
            got,
            vec![
                ("Grossi", "Rafael Grossi", Source::Alias),
                ("Rafael Mariano Grossi", "Rafael Grossi", Source::Dictionary),
                ("Grossi", "Rafael Grossi", Source::Alias),
            ]
        );
        // Without the full name, the surname alone is nothing.
        let text = "Grossi spoke.";
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        assert!(resolve(text, &seg, &g.find(text), &g, &lex).is_empty());
    }

    #[test]
    fn a_place_after_an_honorific_is_a_person() {
        let dict = "g:1\tLOC\tcity\tObama\t\t\tJP\t\t30000\ng:2\tLOC\tcity\tKyoto\t\t\tJP\t\t1000000\n";
        let got = run(dict, "Earlier, “Mr. Obama” visited Kyoto and\u{a0}Obama.");
        assert_eq!(got[0], ("Obama".to_string(), "PERSON", "Obama".to_string(), Source::Inferred));
        assert_eq!(got[1].1, "LOC");
    }

    fn run(dict: &str, text: &str) -> Vec<(String, &'static str, String, Source)> {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("t", dict);
        let g = b.build().unwrap();
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Dmitry\t0.01\t9\nOlena\t0.99\t9\nMichael\t0.01\t9\n");
        lex.add_file("surnames.tsv", "Brandt\t9\nBaker\t9\n");
        lex.add_file("stopwords.txt", "The\nOn\nMonday\nInspectors\nBaker\nNational\n");
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        resolve(text, &seg, &g.find(text), &g, &lex)
            .into_iter()
            .map(|e| (e.span.of(text).to_string(), e.etype.as_str(), e.canonical.to_string(), e.source))
            .collect()
    }

    #[test]
    fn a_name_with_its_country_in_parentheses_is_a_person() {
        let dict = "g:1\tLOC\tcountry\tRuritania\t\t\tRU\t\t900000\ng:2\tLOC\tcountry\tZembla\t\t\tZB\t\t900000\ng:3\tLOC\tcity\tKelby\t\t\tZB\t\t30000\n";
        let text = "Results of the Zembla Open on Tuesday :\nMichael Kelby ( Ruritania ) beat Orvo Daskel ( Zembla ) 6-4 6-2\nTomas Varnik ( Zembla ) beat Pim Strovan ( Ruritania ) 7-5\n";
        let got = run(dict, text);
        let people: Vec<&str> = got.iter().filter(|g| g.1 == "PERSON").map(|g| g.0.as_str()).collect();
        assert_eq!(people, vec!["Michael Kelby", "Orvo Daskel", "Tomas Varnik", "Pim Strovan"]);
        assert!(!got.iter().any(|g| g.0 == "Kelby"));
    }

    #[test]
    fn a_name_before_the_years_of_a_life_is_a_person() {
        let d = "g:1\tLOC\tcity\tVarga\t\t\tZB\t\t30000\n";
        let got = typed(&run(d, "Anneliese Zorvanka Varga (Zemblan: [ˈvɔrɡɒ]; 3 May 1901 – 9 June 1960) was a painter. Two years later Varga moved.\nKelbaran (c. 340 – 30 September 420) was a monk.\nOrvo Daskel (born 4 July 1980) is a singer."));
        assert!(got.contains(&("Anneliese Zorvanka Varga".into(), "PERSON")), "{got:?}");
        assert!(got.contains(&("Varga".into(), "PERSON")), "{got:?}");
        assert!(got.contains(&("Kelbaran".into(), "PERSON")), "{got:?}");
        assert!(got.contains(&("Orvo Daskel".into(), "PERSON")), "{got:?}");
        // Other numbers in parentheses, or a lone word inside a line, are no life.
        let got = typed(&run("", "Exports of Marvel Zorvan (2,000 tonnes) rose, Kelbaran (born in 1801) too, and Orvan Kelbish (code: ISO 639-3) fell."));
        assert!(!got.iter().any(|g| g.1 == "PERSON"), "{got:?}");
    }

    #[test]
    fn first_names_with_particles_initials_or_a_place_name_are_persons() {
        let d = "g:1\tLOC\tcity\tVarga\t\t\tZB\t\t30000\ng:2\tLOC\tcity\tKelbish\t\t\tZB\t\t30000\ng:3\tLOC\tcountry\tMichael\t\t\tMI\t\t900000\np:1\tPERSON\tpolitician\tOlena Zorvan\t\tf\tZB\t\t100\n";
        let got = typed(&run(d, "The film by Dmitry de Varga starred Olena K. Kelbish and Michael Olena Zorvan, who left."));
        assert_eq!(
            got,
            vec![("Dmitry de Varga".into(), "PERSON"), ("Olena K. Kelbish".into(), "PERSON"), ("Michael Olena Zorvan".into(), "PERSON")],
            "{got:?}"
        );
        // The person of the dictionary keeps no link under a longer name.
        let got = run(d, "It starred Michael Olena Zorvan.");
        let persons: Vec<_> = got.iter().filter(|g| g.1 == "PERSON").map(|g| (g.0.as_str(), g.3)).collect();
        assert_eq!(persons, vec![("Michael Olena Zorvan", Source::Inferred)], "{got:?}");
    }

    #[test]
    fn a_lone_surname_is_the_unsuffixed_bearer_rather_than_the_junior() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("t", "Q1\tPERSON\t\tKarel Wendt\t\tm\t\t\t5\nQ2\tPERSON\t\tKarel Wendt Jr.\t\tm\t\t\t1\n");
        let g = b.build().unwrap();
        let lex = Lexicon::core();
        let run = |text: &str| -> Vec<(String, String)> {
            let seg = Segmented::classified(text, &mut |w| lex.classes(w));
            resolve(text, &seg, &g.find(text), &g, &lex).iter().map(|e| (e.span.of(text).to_string(), e.canonical.to_string())).collect()
        };
        // The junior named first: a later "Wendt" is still the father.
        let got = run("Karel Wendt Jr. met reporters. His father Karel Wendt stayed home. Wendt said no.");
        assert_eq!(got.last(), Some(&("Wendt".to_string(), "Karel Wendt".to_string())), "{got:?}");
        // The junior alone in the article: "Wendt Jr." is him, "Wendt" alone
        // (his better-known father, as often) nobody.
        let got = run("Karel Wendt Jr. met reporters. Wendt Jr. said no. Wendt said yes.");
        assert_eq!(
            got,
            vec![("Karel Wendt Jr.".to_string(), "Karel Wendt Jr.".to_string()), ("Wendt Jr.".to_string(), "Karel Wendt Jr.".to_string())],
            "{got:?}"
        );
    }

    #[test]
    fn a_surname_that_is_a_common_word_links_where_it_stands_as_a_name() {
        let got = run("", "We met Olena Baker in town. Officials said Baker would speak, but the Baker Street office and our Baker shop were shut. Baker left.");
        let got: Vec<(&str, Source, usize)> = got.iter().filter(|g| g.1 == "PERSON").map(|g| (g.0.as_str(), g.3, g.2.len())).collect();
        assert_eq!(got, vec![("Olena Baker", Source::Inferred, 11), ("Baker", Source::Alias, 11)], "{got:?}");
        // After "the", a surname opening a longer name is that name's.
        let got = run("", "We met Olena Zorvan in town. Later the Zorvan Grand Casino opened and Zorvan spoke.");
        let got: Vec<&str> = got.iter().filter(|g| g.1 == "PERSON").map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["Olena Zorvan", "Zorvan"], "{got:?}");
    }

    #[test]
    fn a_name_after_the_with_no_first_name_or_of_three_words_is_no_person() {
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Dmitry\t0.01\t9\n");
        lex.add_file("surnames.tsv", "Kelby\t9\nPrize\t9\nCentre\t9\n");
        let g = GazetteerBuilder::new().defaults(false).build().unwrap();
        let text = "She won the Zorvan Prize at the Dmitry Kelby Space Centre, and later met Orvo Kelby and Dmitry Kelby there.";
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        let people: Vec<&str> = resolve(text, &seg, &g.find(text), &g, &lex).iter().filter(|e| e.etype == EntityType::Person).map(|e| e.span.of(text)).collect();
        assert_eq!(people, vec!["Orvo Kelby", "Dmitry Kelby"], "{people:?}");
    }

    #[test]
    fn a_lone_first_name_before_a_verb_or_a_possessive_is_a_person() {
        let got = typed(&run("", "We said that Olena was late, and everyone saw Dmitry's bag."));
        assert_eq!(got, vec![("Olena".into(), "PERSON"), ("Dmitry".into(), "PERSON")], "{got:?}");
        // No verb after it, or a determiner before it: nothing.
        let got = typed(&run("", "They asked for Olena in the morning, and our Olena was late."));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn first_names_titles_and_org_words_infer_names() {
        let got = run("", "On Monday the Kremlin spokesman Dmitry Volkarev met Olena Pyrozhenko at the Institute for the Study of Marmots and the Energy Ministry.");
        assert_eq!(
            got,
            vec![
                ("Dmitry Volkarev".into(), "PERSON", "Dmitry Volkarev".into(), Source::Inferred),
                ("Olena Pyrozhenko".into(), "PERSON", "Olena Pyrozhenko".into(), Source::Inferred),
                ("Institute for the Study of Marmots".into(), "ORG", "Institute for the Study of Marmots".into(), Source::Inferred),
                ("Energy Ministry".into(), "ORG", "Energy Ministry".into(), Source::Inferred),
            ]
        );
    }

    #[test]
    fn inferred_people_link_by_surname_and_acronyms_link() {
        let got = run("", "Officials said Dmitry Volkarev arrived. Volkarev said the Northern Fishery Agency (NFA) agreed. The NFA and Mr. Volkarev's team left.");
        let texts: Vec<(&str, Source)> = got.iter().map(|(t, _, _, s)| (t.as_str(), *s)).collect();
        assert_eq!(
            texts,
            vec![
                ("Dmitry Volkarev", Source::Inferred),
                ("Volkarev", Source::Alias),
                ("Northern Fishery Agency", Source::Inferred),
                ("NFA", Source::Alias),
                ("NFA", Source::Alias),
                ("Volkarev", Source::Alias),
            ]
        );
        assert!(got.iter().all(|(t, _, c, _)| t == "NFA" && c == "Northern Fishery Agency" || c.ends_with(t.as_str()) || c == t));
    }

    #[test]
    fn a_name_after_a_kinship_noun_or_a_salutation_is_a_person() {
        let got = typed(&run("", "Later his wife, Zorvanka, said no, and their son Orvaldo left early.\nDear Marvika:\nThanks for the note."));
        assert_eq!(got, vec![("Zorvanka".into(), "PERSON"), ("Orvaldo".into(), "PERSON"), ("Marvika".into(), "PERSON")], "{got:?}");
        // No possessive before the noun, or more name words after: no rule.
        let got = typed(&run("", "A wife, Zorvanka, came. His son Orvaldo Kelbin Marvik Street is long."));
        assert_eq!(got, vec![("Orvaldo Kelbin Marvik Street".into(), "LOC")], "{got:?}");
    }

    #[test]
    fn a_brand_shaped_word_named_twice_is_an_organization() {
        let got = typed(&run("", "We tried ZorvaSoft tools. Later ZorvaSoft grew, and KelbNet did not."));
        assert_eq!(got, vec![("ZorvaSoft".into(), "ORG"), ("ZorvaSoft".into(), "ORG")], "{got:?}");
        // Month pairs and words with a function word glued on are no brands.
        let got = typed(&run("", "Prices JulAug rose; JulAug fell. ZorvaThe end and ZorvaThe start."));
        assert!(got.is_empty(), "{got:?}");
        // A thing one owns or counts is a product; glued first names a person.
        for text in ["KelbPad sales rose. He bought a KelbPad.", "KelbPad 4 is out. KelbPad sells.", "KelbPads sell. KelbPad won.", "OlenaKelby left. OlenaKelby came."] {
            let got = typed(&run("", text));
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_first_name_the_article_writes_as_a_place_is_no_person_alone() {
        let lone = "We know that Olena was tired.";
        assert_eq!(typed(&run("", lone)), vec![("Olena".into(), "PERSON")]);
        let got = typed(&run("", "We know that Olena was a busy port. Fishing boats in Olena are old."));
        assert_eq!(got, vec![], "{got:?}");
    }

    #[test]
    fn an_adjective_opens_no_persons_name() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("t", "");
        let g = b.build().unwrap();
        let mut lex = Lexicon::core();
        lex.add_file("surnames.tsv", "Marvik\t9\n");
        let got = |text: &str| -> Vec<(String, &'static str)> {
            let seg = Segmented::classified(text, &mut |w| lex.classes(w));
            resolve(text, &seg, &g.find(text), &g, &lex).into_iter().map(|e| (e.span.of(text).to_string(), e.etype.as_str())).collect()
        };
        assert_eq!(got("We met Zorvan Marvik there."), vec![("Zorvan Marvik".to_string(), "PERSON")]);
        assert_eq!(got("We use a Decorative Marvik design."), vec![]);
    }

    fn typed(got: &[(String, &'static str, String, Source)]) -> Vec<(String, &'static str)> {
        got.iter().map(|(t, ty, _, _)| (t.clone(), *ty)).collect()
    }

    #[test]
    fn nationalities_stay_in_names_but_not_in_state_bodies() {
        let d = "n1\tNORP\tnationality\tAmerican\t\t\tUS\t\t1\nn2\tNORP\tnationality\tGerman\t\t\tDE\t\t1\n";
        let got = typed(&run(d, "Shares fell on the American Stock Exchange, the German Foreign Ministry said."));
        assert!(got.contains(&("American Stock Exchange".into(), "ORG")), "{got:?}");
        assert!(got.contains(&("Foreign Ministry".into(), "ORG")), "{got:?}");
        assert!(got.contains(&("German".into(), "NORP")), "{got:?}");
    }

    #[test]
    fn a_person_or_a_common_word_of_an_organization_is_split_off() {
        let got = typed(&run("", "Officials said Olena Pyrozhenko of Marmot Holdings Inc. agreed, and Inspectors of the Northern Fishery Agency left."));
        assert_eq!(
            got,
            vec![
                ("Olena Pyrozhenko".into(), "PERSON"),
                ("Marmot Holdings Inc.".into(), "ORG"),
                ("Northern Fishery Agency".into(), "ORG"),
            ]
        );
        // "Bank of ...", "Institute for ...": the organization word heads the name.
        let got = typed(&run("", "Rates were set by the National Bank of Zorvakia and the Zorvak-based Marmot Holdings Inc. on Friday."));
        assert_eq!(got, vec![("National Bank of Zorvakia".into(), "ORG"), ("Marmot Holdings Inc.".into(), "ORG")]);
    }

    #[test]
    fn place_words_around_a_name_make_it_a_place() {
        let got = typed(&run("", "Fighting went on in the town of Zorvaki, near Barzan airport and in Kelmar province."));
        assert_eq!(got, vec![("Zorvaki".into(), "LOC"), ("Barzan".into(), "LOC"), ("Kelmar".into(), "LOC")]);
        // A company suffix without its period still ends a company name.
        let got = typed(&run("", "Officials said Zorvak Marmot Co said it grew."));
        assert_eq!(got, vec![("Zorvak Marmot Co".into(), "ORG")]);
    }

    #[test]
    fn family_names_first_make_persons_named_by_their_family_name() {
        let d = "g1\tLOC\tcity\tDonghai\t\t\t\t\t1\n";
        let got = typed(&run(d, "Police detained Wang Lirong and Kim Jae-won on Friday. Later Wang was sent home."));
        assert_eq!(got, vec![("Wang Lirong".into(), "PERSON"), ("Kim Jae-won".into(), "PERSON"), ("Wang".into(), "PERSON")]);
        // A place word after it is no given name.
        assert!(typed(&run("", "Officials met in Park Avenue offices.")).iter().all(|(_, ty)| *ty != "PERSON"));
    }

    #[test]
    fn ampersands_airlines_and_boards_are_organizations() {
        let d = "g1\tLOC\tcountry\tZorvakia\t\t\t\t\t1\n";
        let got = typed(&run(d, "Shares rose at Marmot & Kelby, flights of Air Zorvakia were cut and the Kelmar Board of Trade closed."));
        assert_eq!(got, vec![("Marmot & Kelby".into(), "ORG"), ("Air Zorvakia".into(), "ORG"), ("Kelmar Board of Trade".into(), "ORG")]);
    }

    #[test]
    fn table_rows_are_no_headlines() {
        let got = typed(&run("", "Leading scores after the second round:\n65 Michael Zorvan , Olena Kelby ( Marmots ) , Dmitry Barrow"));
        assert_eq!(got, vec![("Michael Zorvan".into(), "PERSON"), ("Olena Kelby".into(), "PERSON"), ("Dmitry Barrow".into(), "PERSON")]);
        // A Title Case headline without numbers stays a headline.
        assert!(run("", "Michael Zorvan Wins Again As Rivals Falter In Heat").is_empty());
    }

    #[test]
    fn an_organization_noun_before_a_name_makes_it_an_organization() {
        let got = typed(&run("", "Officials met. Telecom regulator Zorvicom said prices rose, and analysts Marmotix agreed.\nAirline CEOs left."));
        assert!(got.contains(&("Zorvicom".into(), "ORG")), "{got:?}");
        assert!(got.contains(&("Marmotix".into(), "ORG")), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "CEOs"), "{got:?}");
        // A first name keeps the person: "the firm's lawyer" is no organization noun either.
        let got = typed(&run("", "Officials met. The firm Dmitry Volkarev founded grew."));
        assert!(!got.iter().any(|(_, ty)| *ty == "ORG"), "{got:?}");
    }

    #[test]
    fn datelines_with_a_region_name_their_place() {
        let d = "g1\tLOC\tcity\tIrvine\t\t\t\t\t1\n";
        let got = typed(&run(d, "IRVINE, Zorvakia (AP) — Officials met.\nKHORVAK, Zorvakia 2024-03-01\nNothing else."));
        assert!(got.contains(&("IRVINE".into(), "LOC")), "{got:?}");
        assert!(got.contains(&("KHORVAK".into(), "LOC")), "{got:?}");
        // Not a dateline: an ALL-CAPS word alone on its line.
        assert!(run(d, "UPDATE\nNothing else.").is_empty());
    }

    #[test]
    fn a_company_name_ends_at_its_legal_form() {
        let got = typed(&run("", "The cars are made by Marmot Motor Corp of Zorvakia, officials said."));
        assert_eq!(got[0], ("Marmot Motor Corp".into(), "ORG"));
        let got = typed(&run("", "Officials said Marmot Corp Ltd agreed."));
        assert_eq!(got, vec![("Marmot Corp Ltd".into(), "ORG")]);
    }

    #[test]
    fn in_sports_reports_a_city_with_a_name_is_a_team() {
        let d = "g1\tLOC\tcity\tLeeds\t\t\t\t\t1\n";
        let text = "Soccer league results. The coach said the match was a draw.\nThe Leeds Marmots beat the champions, said Michael Bevanor.";
        let got = typed(&run(d, text));
        assert!(got.contains(&("Leeds Marmots".into(), "ORG")), "{got:?}");
        assert!(got.contains(&("Michael Bevanor".into(), "PERSON")), "{got:?}");
    }

    #[test]
    fn an_acronym_in_parentheses_after_an_organization_names_it() {
        let got = run("", "Rates were set by the National Bank of Zorvakia (BZN) on Friday. The BZN said more.");
        let linked: Vec<(&str, &str)> = got.iter().map(|(t, _, c, _)| (t.as_str(), c.as_str())).collect();
        assert_eq!(
            linked,
            vec![("National Bank of Zorvakia", "National Bank of Zorvakia"), ("BZN", "National Bank of Zorvakia"), ("BZN", "National Bank of Zorvakia")]
        );
    }

    #[test]
    fn a_title_makes_a_dictionary_place_a_person_for_the_article() {
        let d = "g1\tLOC\tcity\tBrandt\t\t\t\t\t1\n";
        let got = typed(&run(d, "Later President Brandt said no. Officials met Brandt and left for Brandt, a town."));
        assert_eq!(got.iter().filter(|(t, ty)| t == "Brandt" && *ty == "PERSON").count(), 3, "{got:?}");
        // Not over a region, nor after a role in lower case.
        let d = "g1\tLOC\tregion\tKelmar\t\t\t\t\t1\ng2\tLOC\tcity\tBrandt\t\t\t\t\t1\n";
        let got = typed(&run(d, "Officials said President Kelmar spoke, and the spokesman Brandt negotiator left."));
        assert_eq!(got, vec![("Kelmar".into(), "LOC"), ("Brandt".into(), "LOC")]);
    }

    #[test]
    fn initials_and_common_word_surnames_make_persons() {
        let got = typed(&run("", "In the second innings D. Volkarev took four wickets, and Michael Baker scored."));
        assert_eq!(got, vec![("D. Volkarev".into(), "PERSON"), ("Michael Baker".into(), "PERSON")]);
        // A common word alone, or after a first name at a sentence start, is nothing.
        assert!(run("", "Officials said Baker was closed.").is_empty());
    }

    #[test]
    fn headlines_and_shape_alone_give_nothing() {
        assert!(run("", "Markets Rally As Traders Shrug Off Rate Worries").is_empty());
        assert!(run("", "RATES RISE AGAIN AS BANKS PANIC").is_empty());
        assert!(run("", "Yesterday was calm. Nothing happened in the Quiet Valleys.").len() <= 1);
    }

    #[test]
    fn place_lists_and_surname_over_place() {
        let d = "g1\tLOC\tcity\tNatanz\t\t\t\t\t1\ng2\tLOC\tcity\tBrandt\t\t\t\t\t1\n";
        let got = run(d, "Sites such as Zorvak, Natanz and others. Michael Brandt spoke. Later Brandt left.");
        let typed: Vec<(&str, &str, Source)> = got.iter().map(|(t, ty, _, s)| (t.as_str(), *ty, *s)).collect();
        assert_eq!(
            typed,
            vec![
                ("Zorvak", "LOC", Source::Inferred),
                ("Natanz", "LOC", Source::Dictionary),
                ("Michael Brandt", "PERSON", Source::Inferred),
                ("Brandt", "PERSON", Source::Alias),
            ]
        );
    }

    #[test]
    fn sports_teams_named_after_cities_and_hyphens() {
        let d = "g1\tLOC\tcity\tLeeds\t\t\t\t\t1\ng2\tLOC\tcity\tWashington\t\t\t\t\t1\n";
        let text = "Soccer league results.\nLeeds 2 Wimbleford 1\nLeeds beat the champions in the cup match. Later, Leeds looked tired.";
        let got = run(d, text);
        assert!(got.iter().filter(|(t, _, _, _)| t == "Leeds").all(|(_, ty, _, _)| *ty == "ORG"), "{got:?}");
        assert_eq!(got.iter().filter(|(t, _, _, _)| t == "Leeds").count(), 3, "{got:?}");
        let got = run(d, "A Washington-based group and the Smith-Washington report.");
        assert_eq!(got[0].0, "Washington");
        assert!(!got.iter().skip(1).any(|(t, ty, _, _)| t == "Washington" && *ty == "LOC"), "{got:?}");
    }

    /// Entities as (text, type, id) with a dictionary and the core lexicon
    /// plus a few names.
    fn linked(dict: &str, text: &str) -> Vec<(String, &'static str, Option<String>)> {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_default_str("t", dict);
        let g = b.build().unwrap();
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Michael\t0.01\t9\nMike\t0.01\t9\nJohn\t0.01\t9\nOlena\t0.99\t9\n");
        lex.add_file("surnames.tsv", "Johnson\t2014550\nCox\t273581\nVolkarev\t20\n");
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        resolve(text, &seg, &g.find(text), &g, &lex)
            .into_iter()
            .map(|e| (e.span.of(text).to_string(), e.etype.as_str(), e.id.map(|i| i.to_string())))
            .collect()
    }

    fn id_of<'a>(got: &'a [(String, &'static str, Option<String>)], t: &str) -> Option<&'a str> {
        got.iter().find(|(x, _, _)| x == t).and_then(|(_, _, i)| i.as_deref())
    }

    const PARTIES: &str = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n\
        iso:KL\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000000000\n\
        p:zv\tORG\tparty\tUnity Party\tUP\t\tZV\t\t50000\n\
        p:kl\tORG\tparty\tUnity Party\tUPK\t\tKL\t\t90000\n\
        p:kl2\tORG\tparty\tForward Party\tForward\t\tKL\t\t9000\n";

    #[test]
    fn same_named_entries_are_chosen_by_the_countries_of_the_article() {
        // The heavier Kelmarian party is the default; the article is about Zorvakia.
        let got = linked(PARTIES, "Voters in Zorvakia backed the Unity Party on Sunday, officials in Zorvakia said.");
        assert_eq!(id_of(&got, "Unity Party"), Some("p:zv"), "{got:?}");
        let got = linked(PARTIES, "Voters in Kelmaria backed the Unity Party on Sunday.");
        assert_eq!(id_of(&got, "Unity Party"), Some("p:kl"), "{got:?}");
    }

    #[test]
    fn a_country_named_like_a_big_region_elsewhere_is_no_evidence_of_itself() {
        let d = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n\
            iso:MR\tLOC\tcountry\tMarmotia\t\t\tMR\t\t900000000\n\
            g:1\tLOC\tregion\tMarmotia\t\t\tZV\t\t5000000\n\
            g:2\tLOC\tregion\tKelby Coast\t\t\tZV\t\t3000000\n";
        // Its name alone: the country (the default).
        let got = linked(d, "Voters in Marmotia went to the polls.");
        assert_eq!(id_of(&got, "Marmotia"), Some("iso:MR"), "{got:?}");
        // With places of the region's country, the region, however often it is named.
        let got = linked(d, "Voters in Marmotia and on the Kelby Coast went to the polls. Marmotia counts fast; Marmotia is calm.");
        assert_eq!(id_of(&got, "Marmotia"), Some("g:1"), "{got:?}");
        // Listed with another country: the country.
        let got = linked(d, "Voters in Zorvakia, Marmotia and on the Kelby Coast went to the polls. The Kelby Coast is calm.");
        assert_eq!(id_of(&got, "Marmotia"), Some("iso:MR"), "{got:?}");
    }

    #[test]
    fn parties_link_only_with_a_country_of_theirs_in_the_article() {
        let got = linked(PARTIES, "In Zorvakia, the Forward faction and the Unity Party met.");
        assert!(got.iter().any(|(t, ty, id)| t == "Forward" && *ty == "ORG" && id.is_none()), "{got:?}");
        let got = linked(PARTIES, "Nobody said where the Unity Party met.");
        assert!(got.iter().any(|(t, ty, id)| t == "Unity Party" && *ty == "ORG" && id.is_none()), "{got:?}");
    }

    #[test]
    fn small_places_and_short_acronyms_need_evidence() {
        let d = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n\
            g:1\tLOC\tcity\tBarrowby\t\t\tZV\t\t20000\n\
            g:2\tLOC\tcity\tGrand Marmot\t\t\tZV\t\t5000000\n\
            o:1\tORG\tintl_org\tCouncil of Marmot Breeders\tCMB\t\t\t\t10000\n";
        let got = linked(d, "Officials met in Barrowby. The CMB said prices rose.");
        assert_eq!(id_of(&got, "Barrowby"), None, "{got:?}");
        assert_eq!(id_of(&got, "CMB"), None, "{got:?}");
        assert!(got.iter().any(|(t, ty, _)| t == "Barrowby" && *ty == "LOC"), "{got:?}");
        let got = linked(d, "Officials met in Barrowby, Zorvakia. The Council of Marmot Breeders (CMB) agreed; the CMB said more.");
        assert_eq!(id_of(&got, "Barrowby"), Some("g:1"), "{got:?}");
        assert_eq!(id_of(&got, "CMB"), Some("o:1"), "{got:?}");
        // Big places are linked on their name.
        assert_eq!(id_of(&linked(d, "Officials met in Grand Marmot."), "Grand Marmot"), Some("g:2"));
    }

    #[test]
    fn a_politician_does_not_claim_a_common_name_without_a_title_of_theirs() {
        let d = "q:1\tPERSON\tpolitician\tJohn Cox\t\tm\tZV\trepresentative|member of the assembly\t100\n\
            q:2\tPERSON\tpolitician\tMichael Johnson\t\tm\tKL\tlawmaker\t100\n\
            q:3\tPERSON\tpolitician\tOlena Volkarev\t\tf\tZV\tminister\t100\n";
        let got = linked(d, "Prices rose, said John Cox, an analyst. Michael Johnson won the 200 metres.");
        assert_eq!(id_of(&got, "John Cox"), None, "{got:?}");
        assert_eq!(id_of(&got, "Michael Johnson"), None, "{got:?}");
        assert!(got.iter().any(|(t, ty, _)| t == "John Cox" && *ty == "PERSON"), "{got:?}");
        let got = linked(d, "Rep. John Cox said the bill would pass.");
        assert_eq!(id_of(&got, "John Cox"), Some("q:1"), "{got:?}");
        // A rarer name is linked on its own.
        assert_eq!(id_of(&linked(d, "The talks were led by Olena Volkarev."), "Olena Volkarev"), Some("q:3"));
    }

    #[test]
    fn titles_pick_among_same_named_people() {
        let d = "q:1\tPERSON\tofficial\tJohn Marrow\t\tm\t\tjudge\t50\n\
            q:2\tPERSON\tpolitician\tJohn Marrow\t\tm\t\tsecretary of the treasury\t40\n";
        let got = linked(d, "Treasury Secretary John Marrow spoke.");
        assert_eq!(id_of(&got, "John Marrow"), Some("q:2"), "{got:?}");
    }

    #[test]
    fn a_name_inside_a_longer_capitalized_name_is_not_that_entity() {
        let d = "g:1\tLOC\tcity\tBarrowby\t\t\tZV\t\t5000000\n\
            o:1\tORG\tcompany\tMarmotix\t\t\tZV\t\t10\n\
            iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n";
        let got = linked(d, "Tickets for the Barrowby Cup sold out, and Marmotix Zorvakia raised prices.");
        assert!(!got.iter().any(|(t, _, _)| t == "Barrowby"), "{got:?}");
        assert!(got.contains(&("Marmotix Zorvakia".to_string(), "ORG", None)), "{got:?}");
        // A title, a weekday or a sentence end after it: the name stands.
        let got = linked(d, "Officials in Barrowby Monday said Barrowby. Marmotix shares fell.");
        assert_eq!(got.iter().filter(|(t, _, _)| t == "Barrowby").count(), 2, "{got:?}");
        assert!(got.iter().any(|(t, _, _)| t == "Marmotix"), "{got:?}");
    }

    #[test]
    fn a_first_name_before_a_place_makes_a_person() {
        let d = "g:1\tLOC\tcity\tBarrowby\t\t\tZV\t\t5000000\n";
        let got = linked(d, "Officials met Mike Barrowby on Friday.");
        assert_eq!(got, vec![("Mike Barrowby".to_string(), "PERSON", None)]);
    }

    #[test]
    fn datelines_name_places_no_dictionary_holds() {
        let got = linked("", "Marmot Falls, 4 May 2026: The council voted.\nZORVAKGRAD (Newswire) - Prices rose.");
        assert!(got.contains(&("Marmot Falls".to_string(), "LOC", None)), "{got:?}");
        assert!(got.contains(&("ZORVAKGRAD".to_string(), "LOC", None)), "{got:?}");
        // A weekday opening a line is no place.
        assert!(linked("", "Tuesday, May 4, 2026: nothing.").is_empty());
    }

    #[test]
    fn sides_named_after_places_are_teams_without_the_place_link() {
        let d = "g:1\tLOC\tcity\tBarrowby\t\t\tZV\t\t5000000\n";
        let text = "Rugby union results. The coach said the match was won late.\nBarrowby's Mike Volkarev scored twice as Barrowby beat the champions.";
        let got = linked(d, text);
        let sides: Vec<_> = got.iter().filter(|(t, _, _)| t == "Barrowby").collect();
        assert!(!sides.is_empty() && sides.iter().all(|(_, ty, id)| *ty == "ORG" && id.is_none()), "{got:?}");
    }

    #[test]
    fn user_dictionaries_are_linked_without_evidence() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("mine", "p:1\tORG\tparty\tUnity Party\t\t\tZV\t\t5\n");
        let g = b.build().unwrap();
        let text = "Nobody said where the Unity Party met.";
        let lex = Lexicon::core();
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        let got = resolve(text, &seg, &g.find(text), &g, &lex);
        assert_eq!(got[0].id.as_deref(), Some("p:1"));
    }

    #[test]
    fn a_small_place_named_like_a_world_leader_is_the_leader() {
        let d = "g:1\tLOC\tcity\tVolkarev\t\t\tKL\t\t30000\nq:1\tPERSON\thead_of_state\tDmitri Volkarev\t\tm\tZV\tpresident\t50000\n";
        let got = linked(d, "Critics said Volkarev was wrong.");
        assert_eq!(got, vec![("Volkarev".to_string(), "PERSON", Some("q:1".to_string()))]);
    }

    #[test]
    fn countries_in_all_caps_lines_are_places() {
        let d = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\niso:NK\tLOC\tcountry\tNew Kelmar\t\t\tNK\t\t1000000000\n";
        let got = linked(d, "CRICKET - ZORVAKIA V NEW KELMAR\nThe match was drawn.");
        assert!(got.contains(&("ZORVAKIA".to_string(), "LOC", Some("iso:ZV".to_string()))), "{got:?}");
        assert!(got.contains(&("NEW KELMAR".to_string(), "LOC", Some("iso:NK".to_string()))), "{got:?}");
    }

    #[test]
    fn where_one_place_is_a_side_lone_places_are_sides_too() {
        let d = "g:1\tLOC\tcity\tBarrowby\t\t\tZV\t\t5000000\ng:2\tLOC\tcity\tKelmton\t\t\tZV\t\t5000000\n";
        let text = "Soccer league results. The coach said the match was a draw.\nBarrowby beat the champions. Later Kelmton signed a striker who played in Barrowby.";
        let got = linked(d, text);
        assert!(got.contains(&("Kelmton".to_string(), "ORG", None)), "{got:?}");
        // Without a side found, a place stays a place.
        let got = linked(d, "Soccer league results. The coach said the match was a draw.\nOfficials said Kelmton signed a striker.");
        assert!(got.contains(&("Kelmton".to_string(), "LOC", Some("g:2".to_string()))), "{got:?}");
    }

    #[test]
    fn wordy_places_and_political_groups_need_their_context() {
        let d = "iso:ZV\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000000000\n\
            g:1\tLOC\tcity\tMichael\t\t\tZV\t\t20000\n\
            n:1\tNORP\tpolitical\tLevellers\t\t\tKL\t\t1\n";
        let got = linked(d, "In Zorvakia, officials said Michael was closed. The Levellers agreed.");
        assert_eq!(id_of(&got, "Michael"), None, "{got:?}");
        assert_eq!(id_of(&got, "Levellers"), None, "{got:?}");
        let got = linked(d, "Officials in Zorvakia met in Michael on Friday.");
        assert_eq!(id_of(&got, "Michael"), Some("g:1"), "{got:?}");
    }

    #[test]
    fn two_nationalities_make_one_group() {
        let d = "n:1\tNORP\tnationality\tZorvak\t\t\tZV\t\t1\nn:2\tNORP\tnationality\tKelmari\t\t\tKL\t\t1\n";
        let got = linked(d, "Officials said many Zorvak Kelmari voters stayed home.");
        assert_eq!(got, vec![("Zorvak Kelmari".to_string(), "NORP", None)]);
    }

    #[test]
    fn list_rows_without_numbers_are_no_headlines() {
        let got = typed(&run("", "Leading scorers:\nOlena Kelby ( Marmots ) , Dmitry Barrow ( Zorvans ) , Michael Zorvan ( Kelbs )"));
        let persons: Vec<&str> = got.iter().filter(|(_, ty)| *ty == "PERSON").map(|(t, _)| t.as_str()).collect();
        assert_eq!(persons, vec!["Olena Kelby", "Dmitry Barrow", "Michael Zorvan"], "{got:?}");
    }

    #[test]
    fn a_sport_slug_makes_a_report_and_a_town_in_parentheses_is_the_club() {
        let d = "g1\tLOC\tcity\tLeeds\t\t\t\t\t1\n";
        let got = typed(&run(d, "SOCCER - Weekend review .\nOlena Kelby ( Leeds ) was the best ."));
        assert!(got.contains(&("Leeds".into(), "ORG")), "{got:?}");
        // Without the slug, no sports report: the town.
        let got = typed(&run(d, "Weekend review .\nOlena Kelby ( Leeds ) was the best ."));
        assert!(got.contains(&("Leeds".into(), "LOC")), "{got:?}");
        // Fixture lists make a report too.
        let got = typed(&run(d, "Fixtures for Saturday :\nLeeds v Marmotby , Kelbton v Zorvanley ."));
        assert!(got.contains(&("Leeds".into(), "ORG")), "{got:?}");
    }

    #[test]
    fn scorecards_name_players() {
        let got = typed(&run("", "CRICKET - Final day .\nOlena Kelby c Zorvanto b Kelbanek 46"));
        assert!(got.contains(&("Zorvanto".into(), "PERSON")), "{got:?}");
        assert!(got.contains(&("Kelbanek".into(), "PERSON")), "{got:?}");
    }

    #[test]
    fn a_name_typed_a_person_elsewhere_is_no_team() {
        let text = "GOLF - Leading scores .\nZorvan Kelbano 70 68 , Ilse Marrow 71 69\nZorvan Kelbano said he was happy .";
        let got = typed(&run("", text));
        assert_eq!(got.iter().filter(|(t, ty)| t == "Zorvan Kelbano" && *ty == "PERSON").count(), 2, "{got:?}");
    }

    #[test]
    fn cited_authors_are_persons() {
        let d = "g1\tLOC\tcity\tBarrowitz\t\t\t\t\t1\n";
        let got = typed(&run(d, "Earlier work (Zorvanik & Kelbanova, 2014) and Barrowitz et al. agreed, as did Marrowek (1968)."));
        for n in ["Zorvanik", "Kelbanova", "Barrowitz", "Marrowek"] {
            assert!(got.contains(&(n.into(), "PERSON")), "{n}: {got:?}");
        }
    }

    #[test]
    fn parts_of_longer_names_are_not_their_entities() {
        let d = "n1\tNORP\tnationality\tAmerican\t\t\tUS\t\t1\n\
                 o1\tORG\tcompany\tSea\t\t\tUS\t\t1\no2\tORG\tcompany\tMonster\t\t\tUS\t\t1\n\
                 o3\tORG\tcompany\tMarmotex\t\t\tUS\t\t1\ng1\tLOC\tcity\tZembla\t\t\t\t\t1\n";
        let got = linked(d, "Officials said Latin American debt and the film Sea Monster sold well, adviser H.R. Marmotex said, and AC Zembla won.");
        assert!(!got.iter().any(|(t, _, _)| t == "American" || t == "Sea" || t == "Monster"), "{got:?}");
        assert!(got.contains(&("H.R. Marmotex".to_string(), "PERSON", None)), "{got:?}");
        assert!(got.contains(&("AC Zembla".to_string(), "ORG", None)), "{got:?}");
        // A short form found by linking that opens a longer name is dropped.
        let d = "p1\tPERSON\tpolitician\tOlena Marrowska\t\tf\tZV\t\t1\n";
        let got = linked(d, "Officials said Olena Marrowska spoke. Later the Marrowska Tower was sold.");
        assert!(!got.iter().any(|(t, _, _)| t == "Marrowska"), "{got:?}");
    }

    #[test]
    fn shared_body_names_and_small_towns_need_their_country() {
        let d = "b1\tORG\tlegislature\tHouse of Marmots\t\t\tZV\t\t1\n\
                 c1\tLOC\tcountry\tZorvakia\t\t\tZV\t\t1000\nc2\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000\n\
                 t1\tLOC\tcity\tLoch Kelby\t\t\tZV\t\t100\n";
        let got = linked(d, "Officials in Kelmaria said the House of Marmots met near Loch Kelby.");
        assert!(got.contains(&("House of Marmots".to_string(), "ORG", None)), "{got:?}");
        assert!(got.contains(&("Loch Kelby".to_string(), "LOC", None)), "{got:?}");
        let got = linked(d, "Officials in Zorvakia said the House of Marmots met near Loch Kelby.");
        assert!(got.contains(&("House of Marmots".to_string(), "ORG", Some("b1".to_string()))), "{got:?}");
        assert!(got.contains(&("Loch Kelby".to_string(), "LOC", Some("t1".to_string()))), "{got:?}");
    }

    #[test]
    fn in_sports_reports_a_big_town_with_a_first_name_is_a_side() {
        let d = "g1\tLOC\tcity\tZembrock\t\t\t\t\t250000\n";
        let got = typed(&run(d, "SOCCER - Results .\nMichael Zembrock beat Kelbton 2-1 ."));
        assert!(got.contains(&("Michael Zembrock".into(), "ORG")), "{got:?}");
    }

    #[test]
    fn capitals_and_world_regions_are_not_swapped_for_namesakes() {
        let d = "c1\tLOC\tcapital\tZembgrad\t\t\tZV\t\t5000000\nc2\tLOC\tcity\tZembgrad\t\t\tKL\t\t20000\n\
                 k1\tLOC\tcountry\tKelmaria\t\t\tKL\t\t1000\n\
                 r1\tLOC\tregion\tMiddle Marmots\t\t\t\t\t400000000\nr2\tLOC\tcity\tMiddle Marmots\t\t\tKL\t\t1000\n";
        let got = linked(d, "Officials in Kelmaria said Zembgrad denied it, and the Middle Marmots agreed.");
        assert!(got.contains(&("Zembgrad".to_string(), "LOC", Some("c1".to_string()))), "{got:?}");
        assert!(got.contains(&("Middle Marmots".to_string(), "LOC", Some("r1".to_string()))), "{got:?}");
    }

    #[test]
    fn an_acronym_in_parentheses_defines_its_long_name() {
        let got = typed(&run("", "Officials said the Zorvan Commission Against Graft ( ZCAG ) met. Later the ZCAG agreed."));
        assert!(got.contains(&("Zorvan Commission Against Graft".into(), "ORG")), "{got:?}");
        assert_eq!(got.iter().filter(|(t, ty)| t == "ZCAG" && *ty == "ORG").count(), 2, "{got:?}");
        // Small words inside do not count; letters that do not match define nothing.
        let got = typed(&run("", "Officials said the Marmot Growers of the Kelby Plains ( MGKP ) met, and Ilse Pardow ( ZX ) left."));
        assert!(got.contains(&("Marmot Growers of the Kelby Plains".into(), "ORG")), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "ZX"), "{got:?}");
    }

    #[test]
    fn in_sports_reports_a_city_and_a_nickname_is_a_side_named_by_its_nickname() {
        let d = "g1\tLOC\tcity\tOlena\t\t\t\t\t250000\ng2\tLOC\tcity\tKelbton\t\t\t\t\t250000\n";
        let text = "BASEBALL - Results .\nThe Olena Grey Marmots beat the Kelbton Otters 5-2 . The Otters lost again and the Grey Marmots won .";
        let got = typed(&run(d, text));
        for n in ["Olena Grey Marmots", "Kelbton Otters", "Otters", "Grey Marmots"] {
            assert!(got.contains(&(n.into(), "ORG")), "{n}: {got:?}");
        }
    }

    #[test]
    fn an_abbreviated_title_with_its_period_makes_a_person() {
        let got = typed(&run("", "It was noted that the judge asked Mr. Zorvatgi about the case."));
        assert!(got.contains(&("Zorvatgi".into(), "PERSON")), "{got:?}");
    }

    #[test]
    fn in_sports_reports_a_name_before_a_goal_minute_is_the_scorer() {
        let got = typed(&run("", "SOCCER - Results .\nKelbton 2 ( Zorvanek 15th , Van Marrow 78th ) Barrowby 1 ( Ostrik 40th ) ."));
        for n in ["Zorvanek", "Van Marrow", "Ostrik"] {
            assert!(got.contains(&(n.into(), "PERSON")), "{n}: {got:?}");
        }
    }

    #[test]
    fn a_first_name_and_a_surname_that_is_a_common_word_before_a_country_is_a_person() {
        let dict = "g:1\tLOC\tcountry\tRuritania\t\t\tRU\t\t900000\ng:2\tLOC\tcountry\tZembla\t\t\tZB\t\t900000\n";
        let text = "Results of the Zembla Open on Tuesday :\nOlena Baker ( Ruritania ) beat Orvo Daskel ( Zembla ) 6-4 6-2\n";
        let got = typed(&run(dict, text));
        assert!(got.contains(&("Olena Baker".into(), "PERSON")), "{got:?}");
    }

    #[test]
    fn in_sports_reports_a_town_before_a_plural_verb_is_the_club() {
        let d = "g1\tLOC\tcity\tKelbton\t\t\t\t\t1\n";
        let got = typed(&run(d, "SOCCER - Weekend review .\nKelbton were beaten at home on Saturday ."));
        assert!(got.contains(&("Kelbton".into(), "ORG")), "{got:?}");
    }

    #[test]
    fn two_all_caps_words_of_a_big_city_are_the_city() {
        let d = "g1\tLOC\tcity\tSan Marmota\t\t\t\t\t900000\no1\tORG\tcompany\tSAN\t\t\t\t\t1\n";
        let got = typed(&run(d, "Officials said the games were moved .\nKELBTON AT SAN MARMOTA\n"));
        assert!(got.contains(&("SAN MARMOTA".into(), "LOC")), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "SAN"), "{got:?}");
    }

    #[test]
    fn names_of_prizes_events_and_laws_are_no_persons() {
        let got = typed(&run("", "Crowds watched Olena Games on Friday, and Dmitry Festival ended."));
        assert_eq!(got, vec![], "{got:?}");
        // "The" opening a sentence is "the" too: a surname closing a name after it makes no person.
        let got = typed(&run("", "Officials said so. The Marvo Brandt reopened on Friday."));
        assert_eq!(got, vec![], "{got:?}");
    }

    #[test]
    fn a_court_or_a_house_alone_after_the_is_the_body() {
        let got = typed(&run("", "Lawyers said the Court ruled and the House voted, but the House of Marmots fell."));
        assert_eq!(got, vec![("Court".into(), "ORG"), ("House".into(), "ORG"), ("House of Marmots".into(), "ORG")], "{got:?}");
    }

    #[test]
    fn a_name_and_state_with_no_place_inside_is_an_organization() {
        let got = typed(&run("", "Many fans cheered for Marvo State when Olena State left."));
        assert!(got.contains(&("Marvo State".into(), "ORG")), "{got:?}");
        assert!(!got.iter().any(|(_, t)| *t == "PERSON"), "{got:?}");
    }

    #[test]
    fn an_occupation_opening_a_sentence_is_no_part_of_the_name() {
        let got = typed(&run("", "It rained. Geologist Olena Zorvan found it. Following Dmitry Volkarev, we left."));
        assert_eq!(got, vec![("Olena Zorvan".into(), "PERSON"), ("Dmitry Volkarev".into(), "PERSON")], "{got:?}");
    }

    #[test]
    fn a_first_name_alone_after_the_full_name_is_that_person() {
        let got = typed(&run("", "Olena Zorvan arrived on Friday. Later, Olena and the others left."));
        assert_eq!(got, vec![("Olena Zorvan".into(), "PERSON"), ("Olena".into(), "PERSON")], "{got:?}");
        // Without the full name before it, or after a determiner: nothing.
        let got = typed(&run("", "Later, Olena and the others left. Olena Zorvan arrived, and our Olena rose."));
        assert_eq!(got, vec![("Olena Zorvan".into(), "PERSON")], "{got:?}");
    }

    #[test]
    fn a_term_and_its_abbreviation_is_no_organization() {
        let got = typed(&run("", "Officials said the Marmot Growth Survey (MGS) and the Kelby Fishing Union (KFU) agreed. MGS data came."));
        assert_eq!(got, vec![("Kelby Fishing Union".into(), "ORG"), ("KFU".into(), "ORG")], "{got:?}");
        // A word that also ends company names is no term's head.
        let got = typed(&run("", "Shares of Zorvan Natural Resources (ZNR) fell."));
        assert_eq!(got, vec![("Zorvan Natural Resources".into(), "ORG"), ("ZNR".into(), "ORG")], "{got:?}");
    }

    #[test]
    fn a_place_named_by_an_institution_word_alone_is_the_institution() {
        let d = "g:1\tLOC\tcity\tUniversity\t\t\tZB\t\t3000\n";
        let got = run(d, "Students said the University's rules changed. University fees rose.");
        let got: Vec<(&str, &str, Source)> = got.iter().map(|g| (g.0.as_str(), g.1, g.3)).collect();
        assert_eq!(got, vec![("University", "ORG", Source::Dictionary)], "{got:?}");
    }

    #[test]
    fn a_compass_word_before_a_place_is_part_of_it() {
        let d = "g:1\tLOC\tcity\tKelbton\t\t\tZB\t\t300000\n";
        let got = run(d, "Rents rose in North Kelbton and in Kelbton itself.");
        let got: Vec<(&str, &str, Source)> = got.iter().map(|g| (g.0.as_str(), g.1, g.3)).collect();
        assert_eq!(got, vec![("North Kelbton", "LOC", Source::Inferred), ("Kelbton", "LOC", Source::Dictionary)], "{got:?}");
    }

    /// [`run`] with a lexicon where "United", "Northern" and "House" are
    /// capitalized common words, as in the embedded lists.
    fn run_common(dict: &str, text: &str) -> Vec<(String, &'static str, String, Source)> {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("t", dict);
        let g = b.build().unwrap();
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Olena\t0.99\t9\nDmitry\t0.01\t9\n");
        lex.add_file("stopwords.txt", "The\nUnited\nNorthern\nHouse\nRelief\nAppeal\n");
        let seg = Segmented::classified(text, &mut |w| lex.classes(w));
        resolve(text, &seg, &g.find(text), &g, &lex)
            .into_iter()
            .map(|e| (e.span.of(text).to_string(), e.etype.as_str(), e.canonical.to_string(), e.source))
            .collect()
    }

    const TOWNS: &str = "g:1\tLOC\tcity\tKelbton\t\t\tZB\t\t30000\ng:2\tLOC\tcity\tMarmot\t\t\tZB\t\t30000\ng:3\tLOC\tcity\tOrvo\t\t\tZB\t\t30000\ng:4\tLOC\tcity\tKelby\t\t\tZB\t\t30000\ng:5\tLOC\tcountry\tZembla\t\t\tZB\t\t900000\n";

    #[test]
    fn a_place_and_a_club_word_are_the_club_in_any_article() {
        let got = typed(&run_common(TOWNS, "Olena Ruiz of Kelbton Harriers led, ahead of runners from Orvo, Kelby and Marmot AC. She lives in Kelbton."));
        assert_eq!(
            got,
            vec![
                ("Olena Ruiz".into(), "PERSON"),
                ("Kelbton Harriers".into(), "ORG"),
                ("Orvo, Kelby and Marmot AC".into(), "ORG"),
                ("Kelbton".into(), "LOC"),
            ],
            "{got:?}"
        );
        // A club word the name goes on after is no club's end.
        let got = typed(&run_common(TOWNS, "They walked down Kelbton Albion Street."));
        assert_eq!(got, vec![("Kelbton Albion Street".into(), "LOC")]);
    }

    #[test]
    fn the_note_after_each_player_of_a_squad_list_is_his_club() {
        let text = "The squad: N Orvak (Kelbton), J Zarvin (Marmot Rugby), T Daskel (Kelby), P Rovin (Zembla).\nThe referee is A Kelvo (Kelby).";
        let got = typed(&run_common(TOWNS, text));
        assert_eq!(
            got,
            vec![
                ("N Orvak".into(), "PERSON"),
                ("Kelbton".into(), "ORG"),
                ("J Zarvin".into(), "PERSON"),
                ("Marmot Rugby".into(), "ORG"),
                ("T Daskel".into(), "PERSON"),
                ("Kelby".into(), "ORG"),
                ("P Rovin".into(), "PERSON"),
                ("Zembla".into(), "LOC"),
                ("A Kelvo".into(), "PERSON"),
                ("Kelby".into(), "LOC"),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_nationality_opening_a_longer_name_is_no_mention_of_its_own() {
        let d = "n:1\tNORP\tnationality\tZemblan\tZemblanman\t\tZB\t\t100\nn:2\tNORP\tnationality\tNorthern Zemblan\t\t\tNZ\t\t100\no:1\tORG\tparty\tCrossroads\t\t\tRU\t\t100";
        let got = run_common(d, "A Northern Zemblanman spoke, and Zemblan Crossroads paid. Zemblan voters and House Zemblan Olena Ruiz left.");
        let got: Vec<(&str, &str, Option<&str>)> = got.iter().map(|g| (g.0.as_str(), g.1, (g.3 == Source::Dictionary).then_some(g.2.as_str()))).collect();
        assert_eq!(
            got,
            vec![
                ("Northern Zemblanman", "NORP", Some("Northern Zemblan")),
                ("Zemblan Crossroads", "ORG", None),
                ("Zemblan", "NORP", Some("Zemblan")),
                ("Zemblan", "NORP", Some("Zemblan")),
                ("Olena Ruiz", "PERSON", None),
            ],
            "{got:?}"
        );
    }
}

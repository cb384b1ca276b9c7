//! Inferred names: capitalized word runs no dictionary holds, typed by the
//! evidence around them (see the module docs of [`super`] for the rules).

use super::tokens::{is_connector, Tok};
use crate::annotation::{EntityType, Gender, Span};
use crate::lexicon::Lexicon;

/// A name found by shape and context.
#[derive(Debug, Clone, Copy)]
pub struct Inferred {
    pub span: Span,
    pub etype: EntityType,
    pub gender: Option<Gender>,
    /// Evidence strong enough to override a dictionary place or
    /// organization of the same words (a title: "President Clinton").
    pub over_dictionary: bool,
}

/// Last words that make a run an organization.
fn is_org_tail(w: &str) -> bool {
    matches!(
        w,
        "Inc" | "Inc." | "Corp" | "Corp." | "Corporation" | "Ltd" | "Ltd." | "LLC" | "Plc" | "PLC" | "plc" | "Co." | "Co" | "Cos" | "AG"
            | "SpA" | "Pty" | "BV" | "Bros" | "Bancorp" | "Bancshares" | "Newsroom" | "Communications"
            | "Pharmaceuticals" | "Telecom" | "Petroleum" | "Enterprises" | "Electronics" | "Entertainment"
            | "Studios" | "Laboratories" | "Therapeutics" | "Daily" | "Herald" | "Tribune" | "Gazette"
            | "Telegraph" | "Chronicle" | "Inquirer" | "Magazine" | "S.A." | "N.V." | "A.G." | "S.p.A." | "B.V." | "L.P."
            | "SA" | "NV" | "GmbH" | "Company" | "Group" | "Holdings" | "Bank" | "University" | "College" | "Institute"
            | "Agency" | "Ministry" | "Department" | "Council" | "Committee" | "Commission" | "Association"
            | "Federation" | "Union" | "Party" | "Front" | "Movement" | "Army" | "Navy" | "Forces" | "Police"
            | "Service" | "Office" | "Authority" | "Board" | "Fund" | "Foundation" | "Organisation" | "Organization"
            | "League" | "Club" | "Court" | "Parliament" | "Assembly" | "Congress" | "Senate" | "Airlines"
            | "Airways" | "Motors" | "Industries" | "Systems" | "Technologies" | "Exchange" | "News" | "Times"
            | "Post" | "Journal" | "Press" | "Television" | "Radio" | "Network" | "Church" | "Society" | "Center"
            | "Centre" | "Hospital" | "School" | "Academy" | "Trust" | "Partners" | "Securities" | "Brigade"
            | "Guard" | "Corps" | "Bureau" | "Secretariat" | "Cabinet" | "Government" | "Administration"
            | "Alliance" | "Coalition" | "Tribunal" | "Command" | "Cooperation" | "Group's" | "Reserve"
    )
}

/// Legal forms that close a company's name: a run going on after one
/// ("Acme Corp of South Korea") names something else.
fn is_legal_suffix(w: &str) -> bool {
    matches!(
        w,
        "Inc" | "Inc." | "Corp" | "Corp." | "Co" | "Co." | "Cos" | "Ltd" | "Ltd." | "LLC" | "Plc" | "PLC" | "plc" | "AG" | "NV"
            | "GmbH" | "SpA" | "Pty" | "BV" | "Bros" | "S.A." | "N.V." | "A.G." | "S.p.A." | "B.V." | "L.P."
    )
}

/// First words that make "X of/for ..." an organization.
fn is_org_head(w: &str) -> bool {
    matches!(
        w,
        "University" | "Institute" | "Ministry" | "Department" | "Bank" | "Council" | "Commission" | "Committee"
            | "Federation" | "Association" | "Organisation" | "Organization" | "Office" | "Board" | "Church"
            | "League" | "Union" | "Court" | "Academy" | "Bureau" | "Centre" | "Center" | "Society" | "Party"
            | "Agency" | "Fund" | "College" | "School" | "Friends" | "Movement" | "House"
    )
}

/// Last words that make a run a place.
fn is_loc_tail(w: &str) -> bool {
    matches!(
        w,
        "Island" | "Islands" | "River" | "Mountains" | "Mountain" | "Lake" | "Sea" | "Ocean" | "Valley" | "Province"
            | "Region" | "District" | "County" | "Street" | "Avenue" | "Square" | "Bay" | "Gulf" | "Peninsula"
            | "Strait" | "Desert" | "Oblast" | "Heights" | "Hills" | "Coast" | "Canal" | "Road" | "Theatre" | "Theater"
            | "Stadium" | "Arena" | "Airport" | "Park" | "Palace" | "Castle" | "Cathedral" | "Bridge" | "Garden" | "Gardens"
            | "Prison" | "Mosque" | "Temple" | "Monastery" | "Plaza" | "Harbor" | "Harbour" | "Expressway" | "Turnpike"
            | "Highway" | "Boulevard" | "Blvd" | "Canyon" | "Basin" | "Plateau" | "Glacier" | "Reef" | "Lagoon" | "Falls"
            | "Cemetery" | "Reservoir"
    )
}

/// Last words of names of things no person is called by: prizes, events,
/// laws, works ("the Zorvan Prize", "Kelby Games", "the Marmot Act"). A run
/// ending in one is neither a person nor holds one; it is left out (such
/// names are no PERSON, ORG or LOC).
fn is_thing_tail(w: &str) -> bool {
    matches!(
        w,
        "Prize" | "Prizes" | "Award" | "Awards" | "Medal" | "Trophy" | "Festival" | "Carnival" | "Games" | "Olympics"
            | "Paralympics" | "Championship" | "Championships" | "Act" | "Declaration" | "Treaty" | "Doctrine"
            | "Revolution" | "Podcast" | "Statue" | "Memorial" | "Monument" | "Theorem" | "Syndrome"
    )
}

/// Lower case words for places, before "of" ("the town of X") or after a
/// name ("X province", "X airport").
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "city" | "cities" | "town" | "towns" | "village" | "villages" | "province" | "region" | "district" | "county"
            | "island" | "islands" | "airport" | "mountains" | "river" | "valley" | "prefecture" | "oblast"
            | "governorate" | "suburb" | "municipality" | "port" | "state" | "settlement" | "camp" | "enclave"
    )
}

/// Common nouns that name an organization when they stand right before
/// its name ("telecom regulator Ofcom", "news agency Tanjug", "carmaker Zorvo").
fn is_org_noun(w: &str) -> bool {
    matches!(
        w,
        "regulator" | "watchdog" | "agency" | "firm" | "company" | "group" | "broker" | "brokerage" | "newspaper"
            | "daily" | "weekly" | "consultancy" | "carrier" | "airline" | "lender" | "insurer" | "operator"
            | "retailer" | "maker" | "automaker" | "carmaker" | "broadcaster" | "bank" | "union" | "conglomerate"
            | "manufacturer" | "supplier" | "publisher" | "startup" | "analysts" | "consultants"
    )
}

/// First words that make a run a place ("Mount X", "Gulf of X").
fn is_loc_head(w: &str) -> bool {
    matches!(w, "Mount" | "Lake" | "Gulf" | "Sea" | "Bay" | "Strait" | "Isle" | "Cape" | "Port")
}

/// Capitalized function words that open sentences, never names.
fn is_leading_function(w: &str) -> bool {
    matches!(
        w,
        "The" | "A" | "An" | "In" | "At" | "On" | "For" | "But" | "And" | "As" | "By" | "With" | "From" | "After"
            | "Before" | "When" | "If" | "While" | "Since" | "Under" | "To" | "Of" | "Or" | "Yet" | "So" | "Then"
    )
}

/// Words before a name that say it is a place ("to", "from", "at" are
/// too often followed by people and companies: "according to X").
fn is_place_preposition(w: &str) -> bool {
    matches!(w, "in" | "near" | "outside")
}

/// Shapes of brands and abbreviations rather than places: inner capitals
/// ("EgyptAir"), digits ("E3"), plural abbreviations ("MPs").
fn brand_shape(w: &str) -> bool {
    let mut prev_lower = false;
    for c in w.chars() {
        if c.is_ascii_digit() || (prev_lower && c.is_uppercase()) {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_uppercase())
}

/// Two words glued together in the source ("TrumpWayfair", "TheDCNF"):
/// a capital after three lower case letters, or two capitals after a lower
/// case one. "McConnell", "DeSantis", "MacArthur" are not.
fn glued(w: &str) -> bool {
    let (mut lower_run, mut after_lower_caps) = (0usize, 0usize);
    for c in w.chars() {
        if c.is_lowercase() {
            lower_run += 1;
            after_lower_caps = 0;
        } else if c.is_uppercase() {
            if lower_run >= 3 {
                return true;
            }
            if lower_run > 0 || after_lower_caps > 0 {
                after_lower_caps += 1;
                if after_lower_caps >= 2 {
                    return true;
                }
            }
            lower_run = 0;
        } else {
            lower_run = 0;
            after_lower_caps = 0;
        }
    }
    false
}

/// A brand's shape: ASCII letters, a capital opening the word and one more
/// after at least two lower case letters, lower case after it ("Zorvasoft"
/// no, "ZorvaSoft", "KelbNet" yes); not two month abbreviations ("JulAug"), not
/// a function word glued on ("ZorvaThe"), not a person noun ("KelbTubers").
fn camel_brand(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_alphabetic) || !b[0].is_ascii_uppercase() {
        return false;
    }
    let caps: Vec<usize> = (1..b.len()).filter(|&i| b[i].is_ascii_uppercase()).collect();
    let [c] = caps[..] else { return false };
    if c < 3 || b.len() - c < 3 {
        return false;
    }
    let (head, tail) = w.split_at(c);
    let month = |p: &str| matches!(p, "Jan" | "Feb" | "Mar" | "Apr" | "May" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec");
    !(month(head) || month(tail) || is_leading_function(tail) || matches!(tail, "Said" | "Says") || w.ends_with("er") || w.ends_with("ers"))
}

/// Whether the brand-shaped word `a` names a company or a site in its
/// article: named twice or more; never a thing one owns or counts ("a
/// ZorvaPad", "his ZorvaPad", "ZorvaPads", "ZorvaPad 4": a product); no
/// person's names glued ("AnnaKelby"), no "Mac"/"Mc" surname.
fn brand_named(cx: &Ctx, a: usize) -> bool {
    let w = cx.w(a);
    if let Some(&known) = cx.memo.brands.borrow().get(w) {
        return known;
    }
    let answer = brand_named_uncached(cx, w);
    cx.memo.brands.borrow_mut().insert(w, answer);
    answer
}

fn brand_named_uncached<'a>(cx: &Ctx<'a>, w: &'a str) -> bool {
    let cut = w.bytes().skip(1).position(|c| c.is_ascii_uppercase()).map_or(0, |p| p + 1);
    let (head, tail) = w.split_at(cut);
    if matches!(head, "Mac" | "Mc") || cx.lexicon.is_first_name(head) || cx.lexicon.is_first_name(tail) {
        return false;
    }
    let mut times = 0;
    for k in 0..cx.toks.len() {
        let t = cx.toks[k].text(cx.text);
        if t.len() == w.len() + 1 && t.starts_with(w) && t.ends_with('s') {
            return false;
        }
        if cx.w(k) != w {
            continue;
        }
        times += 1;
        let owned = k > 0 && matches!(cx.toks[k - 1].text(cx.text).to_ascii_lowercase().as_str(), "a" | "an" | "my" | "his" | "her" | "your" | "their" | "our" | "new");
        let numbered = cx.toks.get(k + 1).is_some_and(|n| n.ws_before && n.text(cx.text).starts_with(|c: char| c.is_ascii_digit()));
        if owned || numbered {
            return false;
        }
    }
    times >= 2
}

/// Organization words for bodies of a state: a nationality before them is
/// no part of the name ("German Foreign Ministry", but "Iraqi News Agency").
fn is_state_tail(w: &str) -> bool {
    matches!(w, "Ministry" | "Government" | "Embassy" | "Cabinet" | "Administration" | "Police" | "Forces" | "Office" | "Department" | "Authorities")
}

/// A hyphen compound ending in a lower case participle ("Minneapolis-based",
/// "Kremlin-backed", "Irish-born"): what follows it starts a new name.
/// Given names such as "Jae-won" are no such compound.
fn lower_compound(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(a, b)| {
        !a.is_empty() && b.starts_with(|c: char| c.is_lowercase()) && (b.ends_with("ed") || matches!(b, "born" | "run" | "bound" | "made" | "built" | "owned"))
    })
}

/// Words that cannot open a person's name: a hyphen compound with a lower
/// case part ("Fly-half", "Ex-president") or a party-state label
/// ("R-Texas", "D-N.Y.").
fn not_name_word(w: &str) -> bool {
    match w.split_once('-') {
        Some((a, b)) => b.starts_with(|c: char| c.is_lowercase()) || (a.len() == 1 && a.chars().all(|c| c.is_ascii_uppercase())),
        None => false,
    }
}

/// A capitalized common word that is also a surname and may close a
/// person's name after a first name or an initial ("Tom Baker", "A. Baker"),
/// unless it is a word of organization or place names ("Grace Church").
fn stop_surname(cx: &Ctx, k: usize) -> bool {
    let w = cx.w(k);
    cx.is_surname(k)
        && cx.namey(k)
        && !cx.toks[k].upper
        && w.chars().count() >= 3
        && !is_org_tail(w)
        && !is_org_head(w)
        && !is_loc_tail(w)
        && !is_loc_head(w)
        && !is_leading_function(w)
        && !is_connector(w)
        && !is_calendar_word(w)
        && w != "State"
}

/// Days and months: common words that are also surnames ("Black Friday").
fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "January" | "February" | "March"
            | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December"
    )
}

/// Whether word `k` may follow a first name or an initial in a person's name.
fn name_after_first(cx: &Ctx, k: usize) -> bool {
    (!cx.is_stop(k) || stop_surname(cx, k)) && cx.namey(k) && !cx.toks[k].upper && cx.w(k).chars().count() >= 2 && !is_connector(cx.w(k))
}

/// What the rest of the resolve stage tells inference.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// For each word: the dictionary entity covering it (index into the
    /// caller's list) and its type, if any.
    pub covered: &'a [Option<(usize, EntityType)>],
    pub lexicon: &'a Lexicon,
    pub sports: bool,
    /// For each word: covered by a dictionary town of 100,000 people or more.
    pub big_town: &'a [bool],
    /// Article-wide answers computed once, on first use (see [`Memo`]).
    pub memo: Memo<'a>,
}

/// Answers about the whole article that rules ask per word: computed once
/// on first use, so a rule asked for every word of a long article stays
/// linear.
#[derive(Default)]
pub struct Memo<'a> {
    /// How often each word stands right after "in", "near" or "outside"
    /// (white space before it, no possessive).
    placed: std::cell::OnceCell<rustc_hash::FxHashMap<&'a str, u32>>,
    /// [`brand_named`] per distinct word.
    brands: std::cell::RefCell<rustc_hash::FxHashMap<&'a str, bool>>,
}

impl<'a> Ctx<'a> {
    fn w(&self, i: usize) -> &'a str {
        name_part(self.toks[i].text(self.text))
    }
    fn is_stop(&self, i: usize) -> bool {
        self.toks[i].class & Lexicon::STOP != 0
    }
    fn is_title(&self, i: usize) -> bool {
        self.toks[i].class & Lexicon::TITLE != 0
    }
    fn is_first(&self, i: usize) -> bool {
        self.toks[i].class & Lexicon::FIRST != 0
    }
    fn is_surname(&self, i: usize) -> bool {
        self.toks[i].class & Lexicon::SURNAME != 0
    }
    fn title_gender(&self, i: usize) -> Option<Gender> {
        self.lexicon.title(self.w(i)).and_then(|t| t.gender)
    }
    /// Whether word `i` may be part of a name run.
    fn namey(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.cap && !t.headline
    }
    /// Whether word `i` follows an abbreviated title and its period ("Dr.
    /// Zorvan", "Sen. Kelby"): the period makes the gap no white space.
    fn title_dot_before(&self, i: usize) -> bool {
        i > 0 && self.is_title(i - 1) && self.toks[i - 1].cap && self.toks[i - 1].span.len() <= 5 && self.text.get(self.toks[i - 1].span.end..self.toks[i].span.start) == Some(". ")
    }
    fn possessive(&self, i: usize) -> bool {
        let w = self.toks[i].text(self.text);
        w.len() != name_part(w).len()
    }
}

/// `w` without a possessive `'s`.
pub fn name_part(w: &str) -> &str {
    crate::text::strip_possessive(w)
}

/// Finds the inferred names of an article, in text order; they may overlap
/// dictionary matches (the caller decides).
pub fn infer(cx: &Ctx) -> Vec<Inferred> {
    let n = cx.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // A result line reads like a headline ("Zorvan Kelby ( Ruritania )
        // beat ..."), but a name with its country in parentheses is still one.
        if cx.toks[i].cap && cx.toks[i].headline && (i == 0 || !cx.toks[i - 1].cap || !cx.toks[i].ws_before || cx.toks[i].line_start) {
            let j = (i + 2..=(i + 3).min(n)).find(|&j| {
                (i + 1..j).all(|k| cx.toks[k].cap && cx.toks[k].ws_before && !cx.toks[k].line_start) && country_after(cx, j) && person_shaped(cx, i, j)
            });
            if let Some(j) = j {
                out.push(Inferred { span: span_of(cx, i, j), etype: EntityType::Person, gender: cx.lexicon.first_name_gender(cx.w(i)), over_dictionary: true });
                i = j;
                continue;
            }
        }
        if !cx.namey(i) {
            i += 1;
            continue;
        }
        // The run: capitalized words joined by white space, with small
        // connectors inside; a possessive ends it.
        let mut j = i + 1;
        if cx.toks[i].initial && j < n && cx.namey(j) && cx.toks[j].span.start == cx.toks[i].span.end + 2 {
            j += 1;
        }
        if !cx.possessive(j - 1) {
            loop {
                // A middle initial: "Lee R. Raymond".
                if j + 1 < n && cx.toks[j].initial && cx.toks[j].ws_before && cx.namey(j + 1) && !cx.possessive(j + 1) && cx.toks[j + 1].span.start == cx.toks[j].span.end + 2 {
                    j += 2;
                    continue;
                }
                // A capitalized function word inside a run starts something
                // else ("Getty Images At the ...").
                if j < n && cx.namey(j) && cx.toks[j].ws_before && is_leading_function(cx.toks[j].text(cx.text)) {
                    break;
                }
                if j < n && cx.namey(j) && cx.toks[j].ws_before && !cx.toks[j].line_start {
                    j += 1;
                    if cx.possessive(j - 1) {
                        break;
                    }
                    continue;
                }
                // "Procter & Gamble": an ampersand between capitalized words.
                if j < n && cx.namey(j) && !cx.toks[j].line_start && !cx.possessive(j - 1) && amp_gap(cx, j) {
                    j += 1;
                    continue;
                }
                // One or two connectors ("of", "for the") between capitalized words.
                let conn = |k: usize| k < n && is_connector(cx.toks[k].text(cx.text)) && cx.toks[k].ws_before;
                let skip = if conn(j) && j + 1 < n && cx.namey(j + 1) && cx.toks[j + 1].ws_before {
                    1
                } else if conn(j) && conn(j + 1) && j + 2 < n && cx.namey(j + 2) && cx.toks[j + 2].ws_before {
                    2
                } else {
                    0
                };
                if skip > 0 {
                    j += skip + 1;
                    if cx.possessive(j - 1) {
                        break;
                    }
                    continue;
                }
                break;
            }
        }
        classify_run(cx, i, j, &mut out);
        i = j;
    }
    defined_acronyms(cx, &mut out);
    first_names_alone(cx, &mut out);
    out
}

/// Last words of terms rather than organizations: methods, measures,
/// tests, treaties ("Marmot Growth Survey", "Kelby Light Test"). Words that
/// also end company names ("Resources", "Technology") are not among them.
fn is_concept_head(w: &str) -> bool {
    matches!(
        w,
        "Survey" | "Test" | "Testing" | "Treaty" | "Index" | "Method" | "Model" | "Analysis" | "Theory" | "Disease"
            | "Syndrome" | "Virus" | "Protocol" | "Standard" | "Language" | "Device" | "Rate" | "Ratio" | "Scale" | "Score"
            | "Therapy"
    )
}

/// Lower case words allowed inside a name that an acronym in parentheses
/// spells ("Organisation for Security and Cooperation in Europe (OSCE)").
fn is_acronym_filler(w: &str) -> bool {
    is_connector(w) || matches!(w, "and" | "in" | "to" | "des" | "del" | "di" | "y" | "et" | "against")
}

/// "Independent Commission Against Corruption ( ICAC )": capitalized words
/// whose initials spell the ALL-CAPS word in the parentheses right after
/// them name an organization (a place when the name ends in a place word or
/// holds "Republic", "Kingdom", "States"), whatever its words; the acronym
/// is linked to it later. Small lower case words inside do not count.
fn defined_acronyms(cx: &Ctx, out: &mut Vec<Inferred>) {
    let n = cx.toks.len();
    for k in 1..n {
        let t = &cx.toks[k];
        let acr = t.text(cx.text);
        if !t.upper || !(2..=8).contains(&acr.len()) || !acr.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        if cx.text[cx.toks[k - 1].span.end..t.span.start].trim() != "(" {
            continue;
        }
        let after = if k + 1 < n { &cx.text[t.span.end..cx.toks[k + 1].span.start] } else { &cx.text[t.span.end..] };
        if !after.trim_start().starts_with(')') {
            continue;
        }
        // Walk back over as many capitalized words as the acronym has letters.
        let letters = acr.as_bytes();
        let mut need = letters.len();
        let mut j = k;
        let mut ok = true;
        while need > 0 {
            if j == 0 {
                ok = false;
                break;
            }
            j -= 1;
            let w = cx.toks[j].text(cx.text);
            let gap_ok = j + 1 == k || cx.toks[j + 1].ws_before;
            if !gap_ok || (j + 1 < k && cx.toks[j + 1].sent_start) {
                ok = false;
                break;
            }
            if cx.namey(j) && !cx.possessive(j) && !cx.toks[j].upper {
                if w.as_bytes()[0] != letters[need - 1] {
                    ok = false;
                    break;
                }
                need -= 1;
            } else if !(j + 1 < k && is_acronym_filler(w)) {
                ok = false;
                break;
            }
        }
        if !ok || k - j < 2 || is_leading_function(cx.w(j)) || cx.is_title(j) {
            continue;
        }
        let placeish = is_loc_tail(cx.w(k - 1)) || (j..k).any(|m| matches!(cx.w(m), "Republic" | "Kingdom" | "States" | "Emirates"));
        // A term and its abbreviation ("Marmot Growth Survey (MGS)", "Kelby
        // Light Test (KLT)") is no organization: its last word says so.
        if !placeish && is_concept_head(cx.w(k - 1)) {
            continue;
        }
        let etype = if placeish { EntityType::Loc } else { EntityType::Org };
        out.push(Inferred { span: span_of(cx, j, k), etype, gender: None, over_dictionary: false });
    }
    out.sort_by_key(|c| c.span.start);
}

/// Whether word `k` opens a parenthesis: "(Zorvan 74)" is a substitute and
/// his minute, not a team and its score.
fn in_parens(cx: &Ctx, k: usize) -> bool {
    cx.text[..cx.toks[k].span.start].trim_end().ends_with('(')
}

/// Whether a dictionary place stands alone in parentheses right after word
/// `b - 1`: "( Ruritania )".
fn country_after(cx: &Ctx, b: usize) -> bool {
    let n = cx.toks.len();
    if b >= n || b == 0 || cx.text[cx.toks[b - 1].span.end..cx.toks[b].span.start].trim() != "(" {
        return false;
    }
    let Some((idx, EntityType::Loc)) = cx.covered[b] else {
        return false;
    };
    let mut k = b;
    while k < n && cx.covered[k].is_some_and(|c| c.0 == idx) {
        k += 1;
    }
    let end = cx.toks[k - 1].span.end;
    let rest = if k < n { &cx.text[end..cx.toks[k].span.start] } else { &cx.text[end..] };
    rest.trim_start().starts_with(')')
}

/// Whether `[a, b)` reads like a person's name: capitalized name words, no
/// organization or place word, no nationality; a dictionary place inside
/// only after a known first name (a town and a club word is a side:
/// "Dynamo Marmotville ( Ruritania )").
fn person_shaped(cx: &Ctx, a: usize, b: usize) -> bool {
    let words_ok = (a..b).all(|k| {
        let w = cx.w(k);
        // A common word may be a first name first ("Mark Zorvan") and a
        // surname after it ("Ilse Brown").
        let stop_ok = !cx.is_stop(k) || (k == a && cx.is_first(k) && b - a >= 2) || (k > a && cx.is_surname(k) && cx.is_first(a));
        !cx.toks[k].upper
            && stop_ok
            && !cx.is_title(k)
            && !is_connector(w)
            && !is_org_tail(w)
            && !is_loc_tail(w)
            && !is_calendar_word(w)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
            && !matches!(cx.covered[k], Some((_, EntityType::Org | EntityType::Norp)))
    });
    let place_inside = (a..b).any(|k| matches!(cx.covered[k], Some((_, EntityType::Loc))));
    words_ok && (!place_inside || cx.is_first(a))
}

/// Whether the text at byte `end` opens a parenthesis with the years of a
/// life: "(born 1950)", "(b. 1950)", "(1711–1776)", "(c. 347 – 30 September
/// 420)", also after other notes inside ("(Zemblan: Zorvanov; 1801 - 1860)").
fn life_dates_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(' ');
    let Some(inner) = rest.strip_prefix('(') else { return false };
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in inner.char_indices().take(300) {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            ')' => {
                close = Some(i);
                break;
            }
            '\n' => break,
            _ => {}
        }
    }
    let Some(close) = close else { return false };
    let inner = &inner[..close];
    if inner.split(|c: char| !c.is_alphanumeric() && c != '.').any(|w| w == "born" || w == "b.") {
        return inner.bytes().any(|c| c.is_ascii_digit());
    }
    // A year (three or four digits), a dash, then a digit: a span of years.
    let mut digits = 0;
    let mut year_before = false;
    for (i, c) in inner.char_indices() {
        if c.is_ascii_digit() {
            digits += 1;
            continue;
        }
        if digits > 0 {
            year_before = (3..=4).contains(&digits);
        }
        digits = 0;
        if matches!(c, '-' | '\u{2013}' | '\u{2014}') && year_before {
            // Spaced ("1801 – 9 June 1860") or a year on both sides
            // ("1801-1860"), not a code ("639-3").
            let spaced = inner[..i].ends_with(' ') && inner[i + c.len_utf8()..].starts_with(' ');
            let after = inner[i..].trim_start_matches(['-', '\u{2013}', '\u{2014}', ' ']);
            let after = after.strip_prefix("c. ").unwrap_or(after);
            let year_after = after.bytes().take_while(u8::is_ascii_digit).count() >= 3;
            if after.starts_with(|c: char| c.is_ascii_digit()) && (spaced || year_after) {
                return true;
            }
        }
        // Words between a year and the dash ("1950 to") make no span.
        if c.is_alphabetic() {
            year_before = false;
        }
    }
    false
}

/// Whether `[a, b)` may name the person of a life in parentheses: name words
/// (no common word, title, organization or place word, nothing in ALL CAPS),
/// no organization or nationality from the dictionary.
fn life_named(cx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let w = cx.w(k);
        !cx.toks[k].upper
            && (!cx.is_stop(k) || (k > a && cx.is_surname(k)) || (k == a && cx.is_first(k) && b - a >= 2))
            && !cx.is_title(k)
            && !is_connector(w)
            && !is_org_tail(w)
            && !is_loc_tail(w)
            && !is_calendar_word(w)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
            && !matches!(cx.covered[k], Some((_, EntityType::Org | EntityType::Norp)))
    }) && !cx.possessive(b - 1)
}

/// Whether word `b` is the minute of a goal: an ordinal of 1 to 130
/// ("15th", "90th", "42nd").
fn minute_after(cx: &Ctx, b: usize) -> bool {
    let Some(t) = cx.toks.get(b) else { return false };
    let w = t.text(cx.text);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    t.ws_before
        && (1..=3).contains(&digits)
        && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
        && w[..digits].parse::<u32>().is_ok_and(|m| (1..=130).contains(&m))
}

/// Whether `[a, b)` may be a scorer's name: name words, no organization or
/// place word, nothing in ALL CAPS, no first word after an opening
/// sentence's capital ("In 15th" is no name).
fn person_shaped_scorer(cx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let w = cx.w(k);
        !cx.toks[k].upper
            && !is_connector(w)
            && !is_leading_function(w)
            && !is_org_tail(w)
            && !is_loc_tail(w)
            && !is_calendar_word(w)
            && !cx.is_title(k)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
    }) && !cx.possessive(b - 1)
}

/// Whether word `k` follows a scorecard's mark of a fielder or bowler:
/// "c Zorvan", "b Kelby", "st Barrow" (lower case, alone).
fn scorecard_person(cx: &Ctx, k: usize) -> bool {
    k > 0 && cx.toks[k].ws_before && matches!(cx.toks[k - 1].text(cx.text), "b" | "c" | "st") && cx.toks[k - 1].ws_before
}

/// Whether a name ending at byte `end` is an author in a citation: a year
/// follows ("Zorvan, 2014", "Zorvan 2014)", "Zorvan (1968)"), "et al." does,
/// or more names do before one ("Zorvan, Kelby, & Barrow, 2009").
fn cited_author(text: &str, end: usize) -> bool {
    let year = |r: &str, closing: bool| {
        let b = r.as_bytes();
        b.len() >= 5
            && b[..4].iter().all(u8::is_ascii_digit)
            && matches!(&b[..2], b"15" | b"16" | b"17" | b"18" | b"19" | b"20")
            && !b[4].is_ascii_alphanumeric()
            && (!closing || matches!(b[4], b')' | b';' | b','))
    };
    let mut pos = end;
    for _ in 0..8 {
        let rest = &text[pos..];
        if rest.strip_prefix(", ").is_some_and(|r| year(r, false))
            || rest.strip_prefix(" (").is_some_and(|r| year(r, false))
            || rest.strip_prefix(' ').is_some_and(|r| year(r, true))
            || rest.starts_with(" et al")
        {
            return true;
        }
        let Some(r) = rest.strip_prefix(", & ").or_else(|| rest.strip_prefix(" & ")).or_else(|| rest.strip_prefix(", ")) else {
            return false;
        };
        if !r.starts_with(char::is_uppercase) {
            return false;
        }
        let w = r.find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'')).unwrap_or(r.len());
        if w < 2 {
            return false;
        }
        pos = text.len() - r.len() + w;
    }
    false
}

/// Whether only " & " separates word `k` from the word before.
fn amp_gap(cx: &Ctx, k: usize) -> bool {
    k > 0 && cx.text.get(cx.toks[k - 1].span.end..cx.toks[k].span.start) == Some(" & ")
}

fn span_of(cx: &Ctx, a: usize, b: usize) -> Span {
    let end_tok = cx.toks[b - 1];
    let w = name_part(end_tok.text(cx.text));
    let mut end = end_tok.span.start + w.len();
    // "Inc." and "Corp." keep their period.
    if matches!(w, "Inc" | "Corp" | "Co" | "Ltd" | "Bros") && cx.text[end..].starts_with('.') {
        end += 1;
    }
    Span::new(cx.toks[a].span.start, end)
}

/// Types the run of words `[a, b)`, pushing what it names.
fn classify_run(cx: &Ctx, a: usize, b: usize, out: &mut Vec<Inferred>) {
    // "Minneapolis-based Zembla Bank Inc.": the name starts after the compound.
    if let Some(k) = (a..b - 1).rev().find(|&k| lower_compound(cx.w(k))) {
        if k > a {
            classify_run(cx, a, k, out);
        }
        classify_run(cx, k + 1, b, out);
        return;
    }
    // "the Zorvan Prize", "Kelby Games", "Marmot Act": a thing named, no
    // person (nor place or organization) inferred from its words.
    if b - a >= 2 && is_thing_tail(cx.w(b - 1)) && !cx.possessive(b - 1) {
        return;
    }
    // "the Court ruled", "the House voted": a legislature's, court's or
    // armed force's word alone, capitalized after a lower case "the", names
    // that body (an organization with no link).
    if b - a == 1 && body_alone(cx, a) {
        out.push(Inferred { span: span_of(cx, a, b), etype: EntityType::Org, gender: None, over_dictionary: false });
        return;
    }
    // "Leeds 2 ( Zorvan 15th , Kelby 78th )": in a sports report a name
    // before the minute of a goal is the scorer's.
    if cx.sports && b - a <= 3 && minute_after(cx, b) && person_shaped_scorer(cx, a, b) {
        out.push(Inferred { span: span_of(cx, a, b), etype: EntityType::Person, gender: None, over_dictionary: true });
        return;
    }
    // "(Zorvan & Kelby, 2014)", "Barrow et al.", "Zorvan (1968)": authors
    // of a cited work, each a person (over a dictionary town of the name).
    if !cx.sports && b - a <= 4 && cited_author(cx.text, span_of(cx, a, b).end) {
        let parts: Vec<usize> = (a + 1..b).filter(|&k| amp_gap(cx, k)).collect();
        let bounds: Vec<(usize, usize)> =
            std::iter::once(a).chain(parts.iter().copied()).zip(parts.iter().copied().chain(std::iter::once(b))).collect();
        let author = |x: usize, y: usize| {
            y - x <= 3
                && (x..y).all(|k| !cx.is_stop(k) && !cx.toks[k].upper && !is_connector(cx.w(k)) && !is_org_tail(cx.w(k)) && !is_loc_tail(cx.w(k)))
                && (x..y).all(|k| !matches!(cx.covered[k], Some((_, EntityType::Org | EntityType::Norp | EntityType::Person))))
        };
        if bounds.iter().all(|&(x, y)| author(x, y)) {
            for (x, y) in bounds {
                out.push(Inferred { span: span_of(cx, x, y), etype: EntityType::Person, gender: None, over_dictionary: true });
            }
            return;
        }
    }
    // "Anneliese Varga Zorvan (born 3 May 1950)", "Zorvan (c. 350 – 420)":
    // a name, then the years of a life in parentheses, is a person (a one-word
    // name only where it opens a line, as an encyclopedia entry does).
    if b - a <= 4 && (b - a >= 2 || cx.toks[a].line_start) && life_dates_after(cx.text, span_of(cx, a, b).end) && life_named(cx, a, b) {
        out.push(Inferred { span: span_of(cx, a, b), etype: EntityType::Person, gender: cx.lexicon.first_name_gender(cx.w(a)), over_dictionary: true });
        return;
    }
    // "Zorvan Kelby ( Ruritania )": in results and entry lists a name of two
    // or three words, then a place in parentheses, is a person (over
    // dictionary places of the same words, "Ian Preston ( Ruritania )").
    if (2..=3).contains(&(b - a)) && country_after(cx, b) && person_shaped(cx, a, b) {
        out.push(Inferred { span: span_of(cx, a, b), etype: EntityType::Person, gender: cx.lexicon.first_name_gender(cx.w(a)), over_dictionary: true });
        return;
    }
    // "Acme Corp of South Korea": the company, then the rest.
    if let Some(k) = (a + 1..b - 1).find(|&k| is_legal_suffix(cx.w(k)) && !cx.possessive(k) && !is_legal_suffix(cx.w(k + 1)) && cx.w(k + 1) != "&") {
        classify_run(cx, a, k + 1, out);
        let mut r = k + 1;
        while r < b && is_connector(cx.w(r)) {
            r += 1;
        }
        if r < b {
            classify_run(cx, r, b, out);
        }
        return;
    }
    // Organizations: "... Ministry", "University of ...". Leading function
    // words and titles are not part of the name, nor nationalities, unless
    // the rest is a name of its own kind ("American Stock Exchange", but
    // "German Foreign Ministry").
    let mut s = a;
    while s < b && (cx.is_title(s) || matches!(cx.covered[s], Some((_, EntityType::Norp))) || is_leading_function(cx.w(s))) {
        s += 1;
    }
    let last = cx.w(b - 1);
    // "Zorvan State" with no place inside: a university or a side, no
    // person ("Kaduna State", a dictionary place and "State", is left alone).
    let state_org = last == "State" && !cx.possessive(b - 1) && b - a >= 2 && (a..b - 1).all(|k| cx.covered[k].is_none() && !is_connector(cx.w(k)) && !cx.toks[k].upper);
    if s < b && s > a && is_org_tail(last) && !is_state_tail(last) && !is_connector(cx.w(s)) {
        if let Some((idx, EntityType::Norp)) = cx.covered[s - 1] {
            let mut k = s - 1;
            while k > a && cx.covered[k - 1].is_some_and(|c| c.0 == idx) {
                k -= 1;
            }
            if !cx.possessive(s - 1) {
                s = k;
            }
        }
    }
    if b - s >= 2 && !is_connector(cx.w(s)) {
        let head_at = |k: usize| is_org_head(cx.w(k)) && k + 2 < b + 1 && matches!(cx.toks[k + 1].text(cx.text), "of" | "for");
        // "National Bank of Zembla", "Leeds Board of Trade": an organization
        // word heads the "of" part after one or two modifiers.
        let head_of = head_at(s)
            || (s + 1..(s + 3).min(b - 1)).find(|&k| is_org_head(cx.w(k))).is_some_and(|k| {
                head_at(k) && (s..k).all(|m| !cx.is_first(m) && !is_connector(cx.w(m)) && !cx.possessive(m))
            });
        // "Lynn Smith of Acme Corp.", "Inspectors of the Atomic Agency": a
        // person or a common word, then "of" or "on", then the organization.
        // "Douglas & Lomason", "Procter & Gamble": names joined by "&" are a
        // firm's; "Air France", "Air India": an airline.
        let ampersand = (s + 1..b).any(|k| amp_gap(cx, k)) && !cx.possessive(b - 1);
        let airline = b - s == 2 && cx.w(s) == "Air" && matches!(cx.covered[s + 1], Some((_, EntityType::Loc)));
        if (is_org_tail(last) || is_loc_tail(last) || ampersand) && !head_of {
            if let Some(c) = (s + 1..b - 1).find(|&k| matches!(cx.toks[k].text(cx.text), "of" | "on")) {
                let org_word = (s..c).any(|k| is_org_head(cx.w(k)) || is_org_tail(cx.w(k)));
                let personish = (cx.is_first(s) && c - s >= 2) || matches!(cx.covered[s], Some((_, EntityType::Person))) || (c - s == 1 && cx.is_stop(s));
                let mut o = c + 1;
                if o < b && cx.toks[o].text(cx.text) == "the" {
                    o += 1;
                }
                if !org_word && personish && b - o >= 2 {
                    pieces(cx, s, c, out);
                    classify_run(cx, o, b, out);
                    return;
                }
            }
        }
        if is_org_tail(last) || head_of || ampersand || airline || state_org {
            // "Public and Commercial Services Union", "House Energy and
            // Commerce Committee": capitalized words before "and" belong in.
            let mut s = s;
            if is_org_tail(last) && s == a && s >= 2 && cx.toks[s].ws_before && !cx.toks[s].initial && matches!(cx.toks[s - 1].text(cx.text), "and" | "&") && cx.toks[s - 1].ws_before && cx.w(s - 2).chars().count() >= 2 {
                let mut k = s - 1;
                while k > 0 && cx.namey(k - 1) && cx.covered[k - 1].is_none() && !cx.possessive(k - 1) && (k == s - 1 || cx.toks[k].ws_before) && !is_leading_function(cx.w(k - 1)) {
                    k -= 1;
                    if !cx.toks[k].ws_before || cx.toks[k].sent_start {
                        break;
                    }
                }
                if k < s - 1 {
                    s = k;
                }
            }
            out.push(Inferred { span: span_of(cx, s, b), etype: EntityType::Org, gender: None, over_dictionary: false });
            return;
        }
        let loc_head_ok = is_loc_head(cx.w(s)) && !cx.is_stop(s + 1) && !cx.is_stop(b - 1);
        if is_loc_tail(last) || loc_head_ok {
            out.push(Inferred { span: span_of(cx, s, b), etype: EntityType::Loc, gender: None, over_dictionary: false });
            return;
        }
    }
    if s < b {
        // A title before a one-word place ("President Clinton"): a person.
        // The title may close a run of capitalized words ("Later President
        // Clinton").
        let l = b - 1;
        // Capitalized titles only ("President", "Sen."): a role in lower
        // case describes what follows ("chief U.S. negotiator").
        let titled = l > 0 && cx.is_title(l - 1) && cx.toks[l - 1].cap && cx.toks[l].ws_before && (l > a || l == s) && !cx.toks[l].upper && !cx.w(l).contains('.');
        let single = |k: usize| match cx.covered[k] {
            Some((idx, _)) => (k == 0 || cx.covered[k - 1].map(|c| c.0) != Some(idx)) && (k + 1 >= cx.toks.len() || cx.covered[k + 1].map(|c| c.0) != Some(idx)),
            None => true,
        };
        if titled && matches!(cx.covered[l], Some((_, EntityType::Loc))) && single(l) {
            let gender = cx.title_gender(l - 1);
            if l > s {
                pieces(cx, s, l - 1, out);
            }
            out.push(Inferred { span: span_of(cx, l, b), etype: EntityType::Person, gender, over_dictionary: true });
            return;
        }
        // In a sports report, a city or region with a word no dictionary
        // holds is a team ("Leeds Marmots", "Dynamo Leeds").
        if cx.sports && (2..=3).contains(&(b - s)) && !cx.possessive(b - 1) {
            // A first name stays a person's ("Paul Zorvan"), unless a plural
            // follows ("Leeds Marmots").
            // Three words after a city are a side too ("Leeds Blue Marmots",
            // "Leeds Red Sox"), when the middle one is no first name.
            let plural_end = (b - s == 2 && cx.w(b - 1).ends_with('s') && !cx.is_surname(b - 1)) || (b - s == 3 && !cx.is_first(s + 1));
            let place_at = |k: usize| matches!(cx.covered[k], Some((_, EntityType::Loc))) && single(k) && (!cx.is_first(k) || plural_end);
            // A city of some size with a first name is a side too ("Hansa
            // Marmotville", "Ajax Marmotville"): few people are named after one.
            // Not a surname either ("Ian Preston" is a player).
            let big_at = |k: usize| cx.big_town.get(k).copied().unwrap_or(false) && !cx.is_surname(k) && !cx.is_first(k);
            // (A capitalized word opening a sentence inside a line, "Later
            // Zembrock", is no side's name; a row of a table starts a line.)
            let opener = cx.toks[s].sent_start && !cx.toks[s].line_start && !cx.is_first(s);
            let place_at = |k: usize| place_at(k) || (k == b - 1 && !opener && big_at(k) && single(k) && matches!(cx.covered[k], Some((_, EntityType::Org))));
            let first_ok = place_at(b - 1) && big_at(b - 1);
            let free = |r: std::ops::Range<usize>| {
                r.clone().all(|k| {
                    // A first name only with a big town; never a stopword then.
                    let name_ok = if first_ok { !cx.is_stop(k) } else { !cx.is_first(k) };
                    cx.covered[k].is_none() && name_ok && !cx.toks[k].upper && !is_connector(cx.w(k)) && !cx.toks[k].initial
                })
            };
            if (place_at(s) && free(s + 1..b)) || (place_at(b - 1) && free(s..b - 1)) {
                out.push(Inferred { span: span_of(cx, s, b), etype: EntityType::Org, gender: None, over_dictionary: false });
                return;
            }
        }
        // "Ana Lucia de Varga", "Jorge dos Zorvos": a first name, then name
        // words with a lowercase particle inside, is a person (over
        // dictionary places inside: "Varga" may be a town).
        if b - s >= 3 && particle_name(cx, s, b, &single) {
            let gender = cx.lexicon.first_name_gender(cx.w(s));
            out.push(Inferred { span: span_of(cx, s, b), etype: EntityType::Person, gender, over_dictionary: true });
            return;
        }
        // A first name the dictionary holds as a place, before a person's
        // full name it holds ("Chad Michael Zorvan"): one person.
        let whole_person_after = |k: usize| {
            k == s + 1
                && b - k >= 2
                && cx.is_first(k)
                && matches!(cx.covered[s], Some((_, EntityType::Loc | EntityType::Org)))
                && single(s)
                && matches!(cx.covered[k], Some((idx, EntityType::Person)) if (k..b).all(|m| cx.covered[m].map(|c| c.0) == Some(idx)) && (b >= cx.toks.len() || cx.covered[b].map(|c| c.0) != Some(idx)))
        };
        let middle_initial = b - s >= 3 && cx.covered[s].is_none() && cx.toks[s + 1].initial && name_after_first(cx, s + 2);
        // A known first name opening the run makes it a person, over one-word
        // dictionary places inside ("Michael" is also a town), also with a
        // middle initial ("Maria J. Zorvan").
        if b - s >= 2
            && (cx.is_first(s) || (b - s <= 3 && super::tokens::is_family_name_first(cx.w(s))))
            && (!cx.is_stop(s) || (b - s == 2 && !cx.toks[s].sent_start))
            && (name_after_first(cx, s + 1) || middle_initial)
            && (!cx.is_stop(b - 1) || (stop_surname(cx, b - 1) && !cx.toks[s].sent_start))
            && (s..b).all(|k| {
                (!cx.toks[k].upper || (middle_initial && k == s + 1))
                    && !is_connector(cx.toks[k].text(cx.text))
                    && (single(k) || whole_person_after(s + 1))
                    && match cx.covered[k] {
                        Some((_, EntityType::Person)) if whole_person_after(s + 1) => true,
                        Some((_, EntityType::Norp)) => false,
                        // A surname the dictionary knows as someone else's
                        // ("Christine Blasey Ford").
                        Some((_, EntityType::Person)) => k == b - 1 && k > s + 1,
                        _ => true,
                    }
            })
            && (s..b).any(|k| cx.covered[k].is_some())
        {
            let gender = cx.lexicon.first_name_gender(cx.w(s));
            out.push(Inferred { span: span_of(cx, s, b), etype: EntityType::Person, gender, over_dictionary: false });
            return;
        }
    }
    // In a sports report, a short run before a score is a team (not a
    // player named with a first name, "Carl Zorvan 65 66", or on a
    // scorecard, "c Zorvan b Kelby").
    let player = (b - s >= 2 && s < b && cx.is_first(s) && !cx.is_stop(s)) || (s < b && scorecard_person(cx, s));
    if cx.sports && s < b && b - s <= 3 && !player && b < cx.toks.len() && cx.toks[b].ws_before && !cx.possessive(b - 1) && !cx.toks[s].initial && !in_parens(cx, s) {
        let next = cx.toks[b].text(cx.text);
        let countryish = (s..b).any(|k| matches!(cx.covered[k], Some((_, EntityType::Person | EntityType::Norp))));
        let stop_ends = cx.is_stop(s) || cx.is_stop(b - 1);
        if next.starts_with(|c: char| c.is_ascii_digit()) && !countryish && !stop_ends && (s..b).any(|k| cx.covered[k].is_none()) && !(b - s == 1 && cx.is_surname(s)) {
            out.push(Inferred { span: span_of(cx, s, b), etype: EntityType::Org, gender: None, over_dictionary: false });
            return;
        }
    }
    pieces(cx, a, b, out);
}

/// The pieces of `[a, b)` no dictionary entity covers, each on its own.
fn pieces(cx: &Ctx, a: usize, b: usize, out: &mut Vec<Inferred>) {
    let mut k = a;
    while k < b {
        if cx.covered[k].is_some() {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < b && cx.covered[e].is_none() {
            e += 1;
        }
        classify_piece(cx, k, e, out);
        k = e;
    }
}

/// Types a run piece `[a, b)` that no dictionary entity covers.
fn classify_piece(cx: &Ctx, mut a: usize, mut b: usize, out: &mut Vec<Inferred>) {
    // An initial and a surname ("J. Smith", "A. Baker"): a person.
    if cx.toks[a].initial && b - a == 2 && name_after_first(cx, a + 1) && !cx.is_title(a + 1) && !cx.toks[a + 1].initial && !cx.possessive(a) {
        out.push(Inferred { span: span_of(cx, a, b), etype: EntityType::Person, gender: None, over_dictionary: false });
        return;
    }
    // Leading titles ("President", "Dr.") are evidence of a person.
    let mut title = a > 0 && cx.is_title(a - 1) && (cx.toks[a].ws_before || cx.title_dot_before(a));
    let mut title_gender = if title { cx.title_gender(a - 1) } else { None };
    let kept_first = |a: usize| {
        cx.is_first(a)
            && !cx.is_title(a)
            && !is_leading_function(cx.w(a))
            && a + 1 < b
            && (!cx.is_stop(a + 1) || (!cx.toks[a].sent_start && stop_surname(cx, a + 1)))
            && !cx.toks[a + 1].upper
            && cx.w(a + 1).chars().count() >= 2
            && !is_connector(cx.w(a + 1))
    };
    while a < b && (cx.is_title(a) || role_opener(cx, a, b).is_some() || (cx.is_stop(a) && !kept_first(a)) || is_connector(cx.w(a)) || not_name_word(cx.w(a)) || cx.toks[a].initial || (cx.w(a) == "Dear" && cx.toks[a].line_start)) {
        if let Some(role) = role_opener(cx, a, b) {
            title = role;
            title_gender = None;
        } else if cx.is_title(a) {
            title = true;
            title_gender = cx.title_gender(a);
        } else {
            title = false;
        }
        a += 1;
    }
    // Capitalized common words after the name ("Clinton Correctional
    // Facility", "Beaver Creek Bank") say it is no person's.
    let whole_end = b;
    // A first name and a surname that is also a common word ("Tom Baker").
    let first_and_surname = b - a == 2 && cx.is_first(a) && !cx.is_title(a) && stop_surname(cx, a + 1) && !cx.toks[a].sent_start;
    while b > a && !first_and_surname && (cx.is_stop(b - 1) || is_connector(cx.w(b - 1)) || cx.toks[b - 1].initial) {
        b -= 1;
    }
    let no_person = b < whole_end && (b..whole_end).any(|k| cx.is_stop(k));
    // "Zorvasoft", "KelbyNet": one word with a second capital inside, named
    // twice or more in the article, is a company's or a site's name (two
    // words glued by a lost space happen once: "TrumpZorva").
    if b - a == 1 && camel_brand(cx.w(a)) && brand_named(cx, a) {
        out.push(Inferred { span: span_of(cx, a, b), etype: EntityType::Org, gender: None, over_dictionary: false });
        return;
    }
    if (a..b).any(|k| glued(cx.w(k))) {
        return;
    }
    if a >= b {
        return;
    }
    // A name with "of" or "the" inside is no person's: keep the part before
    // ("Cara Diemont of IT firm" gives "Cara Diemont").
    if let Some(k) = (a + 1..b).find(|&k| matches!(cx.w(k), "of" | "for" | "the" | "on" | "&")) {
        b = k;
    }
    // "Olena Games on Friday": a thing named, cut before "on".
    if b - a >= 2 && is_thing_tail(cx.w(b - 1)) && !cx.possessive(b - 1) {
        return;
    }
    let len = b - a;
    let first = cx.w(a);
    if first.chars().count() < 2 || cx.toks[a].upper && len == 1 {
        return;
    }
    let span = span_of(cx, a, b);
    let after_verb = b < cx.toks.len()
        && !cx.possessive(b - 1)
        && cx.toks[b].ws_before
        && cx.toks[b].class & Lexicon::SPEECH != 0;
    let first_name = cx.is_first(a) && len >= 2 && (!cx.is_stop(a + 1) || first_and_surname);
    let gender = if first_name { cx.lexicon.first_name_gender(first) } else { None };
    // A dictionary word before that is a first name ("Jordan" + "Peterson").
    if len == 1 && a > 0 && cx.toks[a].ws_before && !cx.toks[a].line_start && !cx.toks[a - 1].headline {
        if let Some((_, EntityType::Loc | EntityType::Org)) = cx.covered[a - 1] {
            let single = a < 2 || cx.covered[a - 2] != cx.covered[a - 1];
            if single && !cx.possessive(a - 1) && cx.is_first(a - 1) && cx.is_surname(a) {
                let span = Span::new(cx.toks[a - 1].span.start, span.end);
                out.push(Inferred { span, etype: EntityType::Person, gender: cx.lexicon.first_name_gender(cx.w(a - 1)), over_dictionary: false });
                return;
            }
        }
    }
    // "telecom regulator Ofcom said", "news agency Tanjug": an organization
    // noun right before a name with no first name in it.
    let org_noun_before = a > 0 && cx.toks[a].ws_before && is_org_noun(cx.toks[a - 1].text(cx.text));
    let acronym_plural = |w: &str| w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].bytes().all(|c| c.is_ascii_uppercase());
    if org_noun_before
        && len <= 3
        && !no_person
        && (a..b).all(|k| !cx.is_first(k) && !is_connector(cx.w(k)) && !acronym_plural(cx.w(k)))
    {
        out.push(Inferred { span, etype: EntityType::Org, gender: None, over_dictionary: false });
        return;
    }
    // "the Zorvan Prize", "the Dmitry Kelby Space Centre": after "the", a
    // name of three words or more, or one with no first name, is a thing
    // named after someone, not the person.
    let the_before = a > 0 && cx.toks[a].ws_before && matches!(cx.toks[a - 1].text(cx.text), "the" | "The");
    if (title || first_name) && !no_person && !(the_before && !title && len >= 3) {
        out.push(Inferred { span, etype: EntityType::Person, gender: gender.or(title_gender), over_dictionary: false });
        return;
    }
    // "Wang Lirong", "Kim Sol-ah": an East Asian family name, then the given name.
    if (2..=3).contains(&len)
        && !no_person
        && super::tokens::is_family_name_first(first)
        && (a + 1..b).all(|k| !cx.is_stop(k) && !cx.toks[k].upper && !is_org_tail(cx.w(k)) && !is_loc_tail(cx.w(k)) && !is_connector(cx.w(k)))
    {
        out.push(Inferred { span, etype: EntityType::Person, gender: None, over_dictionary: false });
        return;
    }
    // "the town of Zorvak", "Zorvak province": a place word next to it.
    let noun_before = a >= 2 && cx.toks[a].ws_before && cx.toks[a - 1].text(cx.text) == "of" && is_place_noun(cx.toks[a - 2].text(cx.text));
    let noun_after = b < cx.toks.len() && cx.toks[b].ws_before && !cx.possessive(b - 1) && is_place_noun(cx.toks[b].text(cx.text));
    if (noun_before || noun_after) && len <= 3 && !no_person && (a..b).all(|k| !brand_shape(cx.w(k)) && !is_connector(cx.w(k))) {
        out.push(Inferred { span, etype: EntityType::Loc, gender: None, over_dictionary: false });
        return;
    }
    // A scorecard names its players: "c Zorvan b Kelby", "lbw b Kelby".
    if cx.sports && len <= 3 && scorecard_person(cx, a) && !no_person && (a..b).all(|k| !cx.is_stop(k) && !cx.toks[k].upper) {
        out.push(Inferred { span, etype: EntityType::Person, gender: None, over_dictionary: false });
        return;
    }
    let surname_like = |k: usize| cx.is_surname(k) || cx.is_first(k);
    if cx.sports && !(len == 1 && surname_like(a)) && !in_parens(cx, a) && b < cx.toks.len() && cx.toks[b].ws_before && cx.toks[b].text(cx.text).starts_with(|c: char| c.is_ascii_digit()) && len <= 3 {
        out.push(Inferred { span, etype: EntityType::Org, gender: None, over_dictionary: false });
        return;
    }
    // In a list with dictionary names of one type ("Fordow, Natanz and
    // Isfahan"): that type.
    if len <= 2 && !cx.toks[a].sent_start {
        if let Some(t) = list_neighbour(cx, a, b) {
            out.push(Inferred { span, etype: t, gender: None, over_dictionary: false });
            return;
        }
    }
    // "the Bundesbank said": a single word after "the" is no person.
    let after_the = a > 0 && matches!(cx.toks[a - 1].text(cx.text), "the" | "The");
    if after_verb && !no_person && !(len == 1 && (cx.toks[a].sent_start || after_the)) {
        out.push(Inferred { span, etype: EntityType::Person, gender: None, over_dictionary: false });
        return;
    }
    // "his wife, Zorva, said", "their son Orvan": a single name word right
    // after a possessive determiner and a kinship noun; "Dear Zorva:" opening a
    // letter. A person either way.
    if len == 1 && !no_person && !cx.toks[a].upper && !cx.possessive(a) && (kin_before(cx, a) || salutation(cx, a)) && (!cx.is_stop(a) || cx.is_first(a)) && !cx.is_title(a) {
        let gender = cx.lexicon.first_name_gender(first);
        out.push(Inferred { span, etype: EntityType::Person, gender, over_dictionary: false });
        return;
    }
    // "Sonja's brother", "that Sonja was": a known first name alone, inside
    // a sentence, with a verb or a possessive noun after it, is a person.
    if len == 1 && !cx.toks[a].sent_start && !after_the && lone_first_name(cx, a) {
        let gender = cx.lexicon.first_name_gender(first);
        out.push(Inferred { span, etype: EntityType::Person, gender, over_dictionary: false });
        return;
    }
    let all_namey = (a..b).all(|k| !cx.is_stop(k) && !cx.toks[k].upper && !is_connector(cx.w(k)));
    if (2..=4).contains(&len) && all_namey && !no_person && cx.is_surname(b - 1) && !the_before && !adjective_shaped(cx.w(a)) {
        out.push(Inferred { span, etype: EntityType::Person, gender: None, over_dictionary: false });
        return;
    }
    let digit_after = cx.toks.get(b).is_some_and(|t| t.ws_before && t.text(cx.text).starts_with(|c: char| c.is_ascii_digit()));
    let placey = (a..b).all(|k| !brand_shape(cx.w(k)) && !cx.is_first(k)) && !cx.possessive(b - 1) && !digit_after;
    // One word only before a clause end ("fighting in Zorvak."), never
    // before a noun ("in Medicare payments").
    let clause_end = cx.text[span.end..].starts_with([',', '.', ';']) || cx.toks.get(b).is_none_or(|t| t.line_start);
    if (len == 2 || (len == 1 && clause_end)) && all_namey && placey && a > 0 && cx.toks[a].ws_before && !cx.toks[a].sent_start && is_place_preposition(cx.toks[a - 1].text(cx.text)) {
        out.push(Inferred { span, etype: EntityType::Loc, gender: None, over_dictionary: false });
    }
}

/// A capitalized common noun opening a sentence before a name, by its
/// ending: an occupation ("Geologist Ana Zorvan", "Physician ...") is
/// evidence of a person (`Some(true)`), a participle ("Following Zorvan's
/// advice") only no part of the name (`Some(false)`). Never a known first
/// name or surname, nor a dictionary word.
fn role_opener(cx: &Ctx, a: usize, b: usize) -> Option<bool> {
    if a + 1 >= b || !cx.toks[a].sent_start || cx.covered[a].is_some() || cx.is_first(a) || cx.is_surname(a) || cx.toks[a].upper || cx.possessive(a) {
        return None;
    }
    let w = cx.w(a);
    if w.chars().count() < 7 || !w.chars().skip(1).all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    if ["ologist", "ist", "ician", "ographer", "onomer"].iter().any(|e| w.ends_with(e)) {
        Some(true)
    } else if w.ends_with("ing") {
        Some(false)
    } else {
        None
    }
}

/// Words that, capitalized and alone after a lower case "the", name one
/// body: a legislature, a court, an armed force.
fn body_alone(cx: &Ctx, a: usize) -> bool {
    let n = cx.toks.len();
    a > 0
        && cx.toks[a].ws_before
        && !cx.toks[a].sent_start
        && !cx.toks[a].upper
        && cx.covered[a].is_none()
        && cx.toks[a - 1].text(cx.text) == "the"
        && matches!(cx.w(a), "Court" | "House" | "Senate" | "Congress" | "Parliament" | "Army" | "Navy" | "Assembly")
        && (a + 1 >= n || !(cx.toks[a + 1].ws_before && matches!(cx.toks[a + 1].text(cx.text), "of" | "for")))
}

/// "Ana Zorvan arrived. [...] Ana said": a known first name alone, after a
/// person named in full by it earlier in the article (inferred or from the
/// dictionary), is a person. Not next to another capitalized word, not after
/// a determiner or "in" (a noun or a place then).
fn first_names_alone(cx: &Ctx, out: &mut Vec<Inferred>) {
    let n = cx.toks.len();
    let tok_at = |start: usize| cx.toks.partition_point(|t| t.span.start < start);
    // (first name, index of its first full-name use)
    let mut firsts: Vec<(&str, usize)> = Vec::new();
    for c in out.iter().filter(|c| c.etype == EntityType::Person) {
        let k = tok_at(c.span.start);
        if k + 1 < n && cx.toks[k].span.start == c.span.start && cx.toks[k + 1].span.end <= c.span.end {
            firsts.push((cx.w(k), k));
        }
    }
    for k in 0..n.saturating_sub(1) {
        if let (Some((idx, EntityType::Person)), Some((idx2, _))) = (cx.covered[k], cx.covered[k + 1]) {
            if idx == idx2 && (k == 0 || cx.covered[k - 1].map(|c| c.0) != Some(idx)) {
                firsts.push((cx.w(k), k));
            }
        }
    }
    if firsts.is_empty() {
        return;
    }
    let mut spans: Vec<Span> = out.iter().map(|c| c.span).collect();
    spans.sort_by_key(|s| s.start);
    let mut found = Vec::new();
    for k in 0..n {
        let t = &cx.toks[k];
        if !cx.namey(k) || cx.covered[k].is_some() || !cx.is_first(k) || cx.is_stop(k) || cx.is_title(k) || t.upper || t.initial || cx.w(k).chars().count() < 3 {
            continue;
        }
        let w = cx.w(k);
        if !firsts.iter().any(|&(f, at)| f == w && at < k) {
            continue;
        }
        if (k > 0 && cx.toks[k - 1].cap && t.ws_before && !cx.toks[k - 1].headline) || (k + 1 < n && cx.toks[k + 1].cap && cx.toks[k + 1].ws_before && !cx.possessive(k)) {
            continue;
        }
        if k > 0 && (is_place_preposition(cx.toks[k - 1].text(cx.text)) || is_determiner(cx.toks[k - 1].text(cx.text))) {
            continue;
        }
        let span = span_of(cx, k, k + 1);
        let p = spans.partition_point(|s| s.end <= span.start);
        if p < spans.len() && spans[p].overlaps(&span) {
            continue;
        }
        found.push(Inferred { span, etype: EntityType::Person, gender: cx.lexicon.first_name_gender(w), over_dictionary: false });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|c| c.span.start);
    }
}

/// Whether the single word `a` follows a possessive determiner and a
/// kinship noun ("his wife, Zorva", "their son Orvan") and ends there (punctuation or a
/// lower case word after it).
fn kin_before(cx: &Ctx, a: usize) -> bool {
    if a < 2 || cx.toks[a].sent_start {
        return false;
    }
    let kin = a - 1;
    let gap = &cx.text[cx.toks[kin].span.end..cx.toks[a].span.start];
    if !(gap == " " || gap == ", ") || !Lexicon::KIN_NOUNS.contains(&cx.toks[kin].text(cx.text)) || !cx.toks[kin].ws_before {
        return false;
    }
    // A named owner ("Roe's wife, Jane") is left to the attribute stage,
    // which gives her the family name.
    matches!(cx.toks[kin - 1].text(cx.text), "his" | "her" | "their" | "my" | "your" | "our") && ends_single(cx, a)
}

/// Whether "Dear" opens the line before the single word `a` and a colon, a
/// comma or a semicolon closes it ("Dear Zorva:").
fn salutation(cx: &Ctx, a: usize) -> bool {
    a >= 1
        && cx.toks[a - 1].line_start
        && cx.toks[a - 1].text(cx.text) == "Dear"
        && cx.text.get(cx.toks[a - 1].span.end..cx.toks[a].span.start) == Some(" ")
        && cx.text[cx.toks[a].span.end..].starts_with([':', ',', ';'])
}

/// Whether word `a` stands alone: punctuation, a line end or a lower case
/// word after it.
fn ends_single(cx: &Ctx, a: usize) -> bool {
    let rest = &cx.text[cx.toks[a].span.end..];
    rest.starts_with([',', '.', ';', ':', ')'])
        || cx.toks.get(a + 1).is_none_or(|t| t.line_start || (t.ws_before && t.text(cx.text).starts_with(|c: char| c.is_lowercase())))
}

/// Lower case words after a name that tell a doer: auxiliaries, "who",
/// "told", "went" and verbs in "-ed".
fn person_verb(w: &str) -> bool {
    matches!(w, "was" | "is" | "has" | "had" | "did" | "does" | "will" | "would" | "could" | "can" | "told" | "asked" | "went" | "wrote" | "who")
        || (w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_lowercase()))
}

/// Whether `[a, b)` is a first name, then name words with lowercase
/// particles between them ("Ana Lucia de Varga", "Jorge dos Zorvos"): no
/// common word, title, organization or place word; a dictionary place only
/// as a word of its own or after the particle ("de Santa Zorva").
fn particle_name(cx: &Ctx, a: usize, b: usize, single: &dyn Fn(usize) -> bool) -> bool {
    let particle = |k: usize| crate::text::is_name_particle(cx.toks[k].text(cx.text));
    if !cx.is_first(a) || cx.is_stop(a) || !single(a) || particle(b - 1) || !(a + 1..b - 1).any(particle) {
        return false;
    }
    (a..b).all(|k| {
        if particle(k) {
            return k > a && !(k >= a + 2 && particle(k - 1) && particle(k - 2));
        }
        let w = cx.w(k);
        cx.toks[k].cap
            && !cx.toks[k].upper
            && (!cx.is_stop(k) || cx.is_surname(k))
            && !cx.is_title(k)
            && !is_connector(w)
            && !is_org_tail(w)
            && !is_loc_tail(w)
            && !is_calendar_word(w)
            && (k + 1 == b || !cx.possessive(k))
            && match cx.covered[k] {
                None => true,
                Some((idx, EntityType::Loc)) => single(k) || (a + 1..k).any(|m| particle(m) && (m + 1..=k).all(|q| cx.covered[q].map(|c| c.0) == Some(idx))),
                Some(_) => false,
            }
    })
}

/// Determiners before a noun: "our", "this", "every".
fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "this" | "these" | "those" | "our" | "your" | "their" | "his" | "her" | "its" | "my" | "every" | "each" | "any" | "no"
    )
}

/// Whether word `k`, a known first name standing alone (no capitalized word
/// next to it, no common word), has a verb or a possessive noun after it.
fn lone_first_name(cx: &Ctx, k: usize) -> bool {
    let n = cx.toks.len();
    if !cx.is_first(k) || cx.is_stop(k) || cx.is_title(k) || cx.toks[k].upper || cx.toks[k].initial || cx.w(k).chars().count() < 3 {
        return false;
    }
    if (k > 0 && cx.toks[k - 1].cap && cx.toks[k].ws_before) || k + 1 >= n || !cx.toks[k + 1].ws_before || cx.toks[k + 1].cap {
        return false;
    }
    // After a determiner it is a noun ("our Nation is"); after "in" a place.
    if k > 0 && (is_place_preposition(cx.toks[k - 1].text(cx.text)) || is_determiner(cx.toks[k - 1].text(cx.text))) {
        return false;
    }
    let next = cx.toks[k + 1].text(cx.text);
    if !next.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    (cx.possessive(k) || (cx.toks[k + 1].class & Lexicon::SPEECH != 0) || person_verb(next)) && !placed_elsewhere(cx, k)
}

/// Whether the article writes word `k` elsewhere right after "in", "near"
/// or "outside" (not as a possessive): then it names a place there ("Kelvo
/// is a town ... fishing in Kelvo"), and alone it is no person ("heard from
/// Kelvo" would be no evidence).
fn placed_elsewhere(cx: &Ctx, k: usize) -> bool {
    let placed_at = |m: usize| m >= 1 && cx.toks[m].ws_before && !cx.possessive(m) && matches!(cx.toks[m - 1].text(cx.text), "in" | "near" | "outside");
    let placed = cx.memo.placed.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for m in (1..cx.toks.len()).filter(|&m| placed_at(m)) {
            *map.entry(name_part(cx.toks[m].text(cx.text))).or_insert(0u32) += 1;
        }
        map
    });
    // Places other than `k` itself.
    placed.get(cx.w(k)).map_or(0, |&n| n - u32::from(placed_at(k))) > 0
}

/// A first word shaped like an adjective ("Creative", "Precious",
/// "Tactical", "Hopeful"): no given name, so no person's name opens with it.
fn adjective_shaped(w: &str) -> bool {
    w.chars().count() >= 6 && ["tive", "sive", "ious", "eous", "ical", "ful", "less"].iter().any(|e| w.ends_with(e))
}

/// The type of a dictionary name next to `[a, b)` in a list: joined by a
/// comma, "and" or "or" (places, organizations and persons only).
fn list_neighbour(cx: &Ctx, a: usize, b: usize) -> Option<EntityType> {
    let typed = |k: usize| match cx.covered.get(k).copied().flatten() {
        Some((_, t @ (EntityType::Loc | EntityType::Org | EntityType::Person))) => Some(t),
        _ => None,
    };
    let joined = |gap: &str| matches!(gap.trim(), "," | "and" | "or" | ", and" | ", or");
    // After: "X, Natanz" / "X and Isfahan".
    if b < cx.toks.len() && !cx.possessive(b - 1) {
        let gap = &cx.text[cx.toks[b - 1].span.end..cx.toks[b].span.start];
        if joined(gap) {
            if let Some(t) = typed(b) {
                return Some(t);
            }
        } else if b + 1 < cx.toks.len() && gap.trim() == "," && matches!(cx.toks[b].text(cx.text), "and" | "or") {
            if let Some(t) = typed(b + 1) {
                return Some(t);
            }
        }
    }
    // Before: "Natanz, X" / "Natanz and X".
    if a > 0 {
        let gap = &cx.text[cx.toks[a - 1].span.end..cx.toks[a].span.start];
        if joined(gap) && !cx.possessive(a - 1) {
            return typed(a - 1);
        }
        if a > 1 && gap.trim().is_empty() && matches!(cx.toks[a - 1].text(cx.text), "and" | "or") {
            return typed(a - 2);
        }
    }
    None
}

//! Word lists the later stages consult: speech verbs, titles and roles,
//! first names with gender, surnames and common words that are not names.
//!
//! Loaded once from the embedded `dictionaries/lexicon/` files (formats in
//! `dictionaries/README.md`), with a small built-in core so that the
//! attributor works even without them.

use crate::annotation::Gender;
use crate::gazetteer::{decode_embedded, EMBEDDED_LEXICON};
use crate::wordmap::WordMap;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// The speech verbs every build knows, with their lemma.
const CORE_SPEECH_VERBS: &[(&str, &str)] = &[
    ("say", "say"), ("says", "say"), ("said", "say"), ("saying", "say"),
    ("tell", "tell"), ("tells", "tell"), ("told", "tell"), ("telling", "tell"),
    ("add", "add"), ("adds", "add"), ("added", "add"), ("adding", "add"),
    ("ask", "ask"), ("asks", "ask"), ("asked", "ask"), ("asking", "ask"),
    ("write", "write"), ("writes", "write"), ("wrote", "write"), ("writing", "write"),
    ("note", "note"), ("notes", "note"), ("noted", "note"), ("noting", "note"),
    ("explain", "explain"), ("explains", "explain"), ("explained", "explain"), ("explaining", "explain"),
    ("declare", "declare"), ("declares", "declare"), ("declared", "declare"), ("declaring", "declare"),
    ("state", "state"), ("states", "state"), ("stated", "state"), ("stating", "state"),
    ("insist", "insist"), ("insists", "insist"), ("insisted", "insist"), ("insisting", "insist"),
    ("warn", "warn"), ("warns", "warn"), ("warned", "warn"), ("warning", "warn"),
    ("argue", "argue"), ("argues", "argue"), ("argued", "argue"), ("arguing", "argue"),
    ("claim", "claim"), ("claims", "claim"), ("claimed", "claim"), ("claiming", "claim"),
    ("reply", "reply"), ("replies", "reply"), ("replied", "reply"), ("replying", "reply"),
    ("continue", "continue"), ("continues", "continue"), ("continued", "continue"),
    ("tweet", "tweet"), ("tweets", "tweet"), ("tweeted", "tweet"),
    ("announce", "announce"), ("announces", "announce"), ("announced", "announce"),
    ("admit", "admit"), ("admits", "admit"), ("admitted", "admit"),
    ("acknowledge", "acknowledge"), ("acknowledges", "acknowledge"), ("acknowledged", "acknowledge"),
    ("recall", "recall"), ("recalls", "recall"), ("recalled", "recall"),
    ("respond", "respond"), ("responds", "respond"), ("responded", "respond"),
    ("suggest", "suggest"), ("suggests", "suggest"), ("suggested", "suggest"),
    ("remark", "remark"), ("remarks", "remark"), ("remarked", "remark"),
    ("report", "report"), ("reports", "report"), ("reported", "report"),
    ("call", "call"), ("calls", "call"), ("called", "call"),
    ("describe", "describe"), ("describes", "describe"), ("described", "describe"),
    ("urge", "urge"), ("urges", "urge"), ("urged", "urge"),
    ("predict", "predict"), ("predicts", "predict"), ("predicted", "predict"),
    ("vow", "vow"), ("vows", "vow"), ("vowed", "vow"),
    ("promise", "promise"), ("promises", "promise"), ("promised", "promise"),
    ("concede", "concede"), ("concedes", "concede"), ("conceded", "concede"),
    ("complain", "complain"), ("complains", "complain"), ("complained", "complain"),
    ("stress", "stress"), ("stresses", "stress"), ("stressed", "stress"),
    ("emphasize", "emphasize"), ("emphasizes", "emphasize"), ("emphasized", "emphasize"),
    ("emphasise", "emphasise"), ("emphasises", "emphasise"), ("emphasised", "emphasise"),
    ("joke", "joke"), ("jokes", "joke"), ("joked", "joke"),
    ("quip", "quip"), ("quips", "quip"), ("quipped", "quip"),
    ("shout", "shout"), ("shouts", "shout"), ("shouted", "shout"),
    ("tout", "tout"), ("touts", "tout"), ("touted", "tout"),
    ("mention", "mention"), ("mentions", "mention"), ("mentioned", "mention"),
    ("observe", "observe"), ("observes", "observe"), ("observed", "observe"),
    ("point", "point"), ("points", "point"), ("pointed", "point"),
];

/// Honorifics and roles every build knows: (title, gender or None).
const CORE_TITLES: &[(&str, Option<Gender>)] = &[
    ("Mr", Some(Gender::Male)), ("Mr.", Some(Gender::Male)), ("Mrs", Some(Gender::Female)),
    ("Mrs.", Some(Gender::Female)), ("Ms", Some(Gender::Female)), ("Ms.", Some(Gender::Female)),
    ("Dr.", None), ("Dr", None), ("President", None), ("Prime Minister", None), ("Minister", None),
    ("Foreign Minister", None), ("Sen.", None), ("Senator", None), ("Rep.", None), ("Gov.", None),
    ("Governor", None), ("Gen.", None), ("General", None), ("Chancellor", None), ("Secretary", None),
    ("Secretary of State", None), ("Mayor", None), ("Judge", None), ("Pope", Some(Gender::Male)),
    ("King", Some(Gender::Male)), ("Queen", Some(Gender::Female)), ("Prince", Some(Gender::Male)),
    ("Princess", Some(Gender::Female)), ("Sir", Some(Gender::Male)), ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)), ("spokesman", Some(Gender::Male)), ("spokeswoman", Some(Gender::Female)),
    ("spokesperson", None),
];

/// Words that make an article a sports report (matched in lower case, Title
/// Case and ALL CAPS).
pub const SPORTS_WORDS: &[&str] = &[
    "soccer", "football", "cricket", "tennis", "rugby", "baseball", "basketball", "hockey", "golf", "innings",
    "wickets", "goals", "goal", "striker", "midfielder", "halftime", "half-time", "championship", "league",
    "beat", "defeated", "draw", "drew", "scored", "match", "seeded", "semifinal", "quarterfinal", "playoff",
    "standings", "batsman", "bowler", "pitcher", "touchdown", "coach", "cup", "tournament", "olympic",
];

/// Words that stay lower case in Title Case headlines.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with", "from", "as", "is", "vs", "v",
    "but", "nor", "into", "over", "after", "s",
];

/// Bearers (US census 1990) from which a surname is [`Lexicon::COMMON_SURNAME`].
const COMMON_SURNAME_COUNT: u64 = 40_000;

/// A title or role word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    pub gender: Option<Gender>,
}

/// The word lists.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Every inflected form (lowercase) → its lemma.
    pub speech_verbs: FxHashMap<String, String>,
    /// Titles and roles, as written in text ("President", "spokesman").
    pub titles: FxHashMap<String, Title>,
    /// First names (Title Case) → probability the bearer is female.
    pub first_names: FxHashMap<String, f32>,
    /// How many surnames (Title Case; their words carry [`Lexicon::SURNAME`]).
    pub surname_count: usize,
    /// How many capitalised-looking common words that are not names on their
    /// own (their words carry [`Lexicon::STOP`]).
    pub stopword_count: usize,
    /// Every single word of the lists above → its classes ([`Lexicon::STOP`],
    /// ...), so that a word is looked up once, not once per list. Words
    /// starting in lower case (most words of a text) have their own small
    /// map, which stays in the cache.
    lower_classes: ClassMap,
    other_classes: ClassMap,
}

/// Words → class bits (keys of up to 15 bytes packed in the table).
#[derive(Debug, Default)]
struct ClassMap(WordMap<u8>);

impl ClassMap {
    #[inline]
    fn get(&self, word: &str) -> u8 {
        self.0.get(word).copied().unwrap_or(0)
    }

    fn mark(&mut self, word: &str, class: u8) {
        *self.0.get_or_insert_with(word, || 0) |= class;
    }
}

/// The first column of each row and its second if any (trimmed); blank
/// rows and comments skipped. Lines and columns are found by the `memchr`
/// crate, and no row allocates (a startup cost over ~200,000 rows).
fn rows(content: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    let mut from = 0;
    memchr::memchr_iter(b'\n', content.as_bytes()).chain(std::iter::once(content.len())).filter_map(move |cut| {
        // `\n` and `\t` are ASCII: every cut is on a char boundary.
        let l = &content[from..cut];
        from = cut + 1;
        if l.trim().is_empty() || l.starts_with('#') {
            return None;
        }
        let Some(tab) = memchr::memchr(b'\t', l.as_bytes()) else { return Some((l.trim(), None)) };
        let rest = &l[tab + 1..];
        let second = memchr::memchr(b'\t', rest.as_bytes()).map_or(rest, |t| &rest[..t]);
        Some((l[..tab].trim(), Some(second.trim())))
    })
}

/// `word` with the accents of Latin letters dropped ("Évariste" →
/// "Evariste", "Dvořák" → "Dvorak"), when it has some and every letter is
/// Latin; otherwise `None`.
fn fold_accents(word: &str) -> Option<String> {
    if word.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        out.push(char::from(fold_char(c)?));
    }
    Some(out)
}

/// [`fold_accents`] into a buffer on the stack, without allocating (a
/// folded word is ASCII and never longer than the word); `None` also when
/// the word does not fit the buffer.
fn fold_accents_into<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if word.is_ascii() || word.len() > buf.len() {
        return None;
    }
    let mut n = 0;
    for c in word.chars() {
        buf[n] = fold_char(c)?;
        n += 1;
    }
    // (Every byte written is ASCII.)
    std::str::from_utf8(&buf[..n]).ok()
}

/// A character with its accent dropped: itself when ASCII, its plain Latin
/// letter when an accented one, otherwise `None`.
#[inline]
fn fold_char(c: char) -> Option<u8> {
    if c.is_ascii() {
        return Some(c as u8);
    }
    Some(match c {
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => b'A',
        'à'..='å' | 'ā' | 'ă' | 'ą' => b'a',
        'Ç' | 'Ć' | 'Č' => b'C',
        'ç' | 'ć' | 'č' => b'c',
        'Ď' => b'D',
        'ď' | 'đ' => b'd',
        'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => b'E',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => b'e',
        'Ğ' => b'G',
        'ğ' => b'g',
        'Ì'..='Ï' | 'Ī' | 'İ' => b'I',
        'ì'..='ï' | 'ī' | 'ı' => b'i',
        'Ł' => b'L',
        'ł' => b'l',
        'Ñ' | 'Ń' | 'Ň' => b'N',
        'ñ' | 'ń' | 'ň' => b'n',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => b'O',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => b'o',
        'Ř' => b'R',
        'ř' => b'r',
        'Ś' | 'Š' | 'Ş' => b'S',
        'ś' | 'š' | 'ş' => b's',
        'Ť' => b'T',
        'ť' => b't',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => b'U',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => b'u',
        'Ý' | 'Ÿ' => b'Y',
        'ý' | 'ÿ' => b'y',
        'Ź' | 'Ż' | 'Ž' => b'Z',
        'ź' | 'ż' | 'ž' => b'z',
        _ => return None,
    })
}

fn parse_gender(s: &str) -> Option<Gender> {
    match s {
        "m" | "male" => Some(Gender::Male),
        "f" | "female" => Some(Gender::Female),
        _ => None,
    }
}

impl Lexicon {
    /// Class bit: a stopword.
    pub const STOP: u8 = 1;
    /// Class bit: a one-word title or role.
    pub const TITLE: u8 = 2;
    /// Class bit: a first name.
    pub const FIRST: u8 = 4;
    /// Class bit: a surname.
    pub const SURNAME: u8 = 8;
    /// Class bit: a speech verb form (lowercase).
    pub const SPEECH: u8 = 16;
    /// Class bit: a sports word ([`SPORTS_WORDS`]).
    pub const SPORT: u8 = 32;
    /// Class bit: a function word that stays lower case in Title Case
    /// headlines ("of", "the", "and").
    pub const FUNCTION: u8 = 64;
    /// Class bit: a very common surname (among the ~700 most frequent of the
    /// US census: "Baker", "Cox", "Johnson"), which alone tells little about
    /// who is meant.
    pub const COMMON_SURNAME: u8 = 128;

    /// Kinship nouns that stand before a relative's name ("his wife,
    /// Jane", "her son Orvan"): read by inference (a person) and by the
    /// attributor (whose relative).
    pub const KIN_NOUNS: &'static [&'static str] = &[
        "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "nephew", "niece",
        "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "girlfriend", "boyfriend", "partner", "fiancé",
        "fiancée", "fiancee", "widow", "widower", "stepfather", "stepmother", "stepson", "stepdaughter",
    ];

    /// The classes of a word as written (0: none), one hash lookup. A
    /// capitalized name with accents the lists hold only without them
    /// ("François", "Évariste", "Dvořák") is a first name or surname as its
    /// plain form is (the lists are mostly of US bearers, who drop accents).
    #[inline]
    pub fn classes(&self, word: &str) -> u8 {
        if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            self.lower_classes.get(word)
        } else if word.is_ascii() {
            self.other_classes.get(word)
        } else {
            self.classes_folded(word)
        }
    }

    /// [`Lexicon::classes`] of a word with a byte outside ASCII: its own
    /// classes, and the name classes of its plain form. Folded on the
    /// stack (a word too long for the buffer, rare, on the heap); out of
    /// line, so that the callers' loops stay short.
    #[inline(never)]
    fn classes_folded(&self, word: &str) -> u8 {
        let c = self.other_classes.get(word);
        let mut buf = [0u8; 64];
        let plain = if word.len() <= buf.len() { fold_accents_into(word, &mut buf).map(Cow::Borrowed) } else { fold_accents(word).map(Cow::Owned) };
        match plain {
            Some(plain) => c | (self.other_classes.get(&plain) & (Lexicon::FIRST | Lexicon::SURNAME | Lexicon::COMMON_SURNAME)),
            None => c,
        }
    }

    fn mark(&mut self, word: &str, class: u8) {
        if word.contains(' ') {
            return;
        }
        if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            self.lower_classes.mark(word, class);
        } else {
            self.other_classes.mark(word, class);
        }
    }

    /// The built-in core lists only.
    pub fn core() -> Lexicon {
        let mut lex = Lexicon::default();
        for (form, lemma) in CORE_SPEECH_VERBS {
            lex.speech_verbs.insert(form.to_string(), lemma.to_string());
            lex.mark(form, Lexicon::SPEECH);
        }
        for (t, g) in CORE_TITLES {
            lex.titles.insert(t.to_string(), Title { gender: *g });
            lex.mark(t, Lexicon::TITLE);
        }
        for w in FUNCTION_WORDS {
            lex.mark(w, Lexicon::FUNCTION);
        }
        for w in SPORTS_WORDS {
            for form in [w.to_string(), crate::text::capitalize(w), w.to_uppercase()] {
                lex.mark(&form, Lexicon::SPORT);
            }
        }
        lex
    }

    /// The core lists plus every embedded lexicon file.
    pub fn embedded() -> Lexicon {
        let mut lex = Lexicon::core();
        for (name, bytes) in EMBEDDED_LEXICON {
            if let Ok(content) = decode_embedded(name, bytes) {
                lex.add_file(name, &content);
            }
        }
        lex
    }

    /// Adds one lexicon file; which list it feeds is told by its name.
    pub fn add_file(&mut self, name: &str, content: &str) {
        let base = name.trim_end_matches(".gz");
        match base {
            "speech_verbs.tsv" => {
                for (word, second) in rows(content) {
                    let lemma = second.unwrap_or(word);
                    let form = word.to_lowercase();
                    self.mark(&form, Lexicon::SPEECH);
                    self.speech_verbs.insert(form, lemma.to_lowercase());
                }
            }
            "titles.tsv" => {
                for (word, second) in rows(content) {
                    let gender = second.and_then(parse_gender);
                    self.titles.entry(word.to_string()).or_insert(Title { gender });
                    self.mark(word, Lexicon::TITLE);
                }
            }
            "first_names.tsv" => {
                for (word, second) in rows(content) {
                    if let Some(p) = second.and_then(|p| p.parse::<f32>().ok()) {
                        self.first_names.insert(word.to_string(), p);
                        self.mark(word, Lexicon::FIRST);
                    }
                }
            }
            "surnames.tsv" => {
                for (word, second) in rows(content) {
                    self.surname_count += 1;
                    let common = second.and_then(|c| c.parse::<u64>().ok()).is_some_and(|c| c >= COMMON_SURNAME_COUNT);
                    self.mark(word, if common { Lexicon::SURNAME | Lexicon::COMMON_SURNAME } else { Lexicon::SURNAME });
                }
            }
            "stopwords.txt" => {
                for (word, _) in rows(content) {
                    self.stopword_count += 1;
                    self.mark(word, Lexicon::STOP);
                }
            }
            _ => {}
        }
    }

    /// The lemma of a speech verb form (any case), if it is one.
    pub fn speech_verb(&self, word: &str) -> Option<&str> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            // Short ASCII words are lowered on the stack (no allocation).
            let mut buf = [0u8; 24];
            if word.is_ascii() && word.len() <= buf.len() {
                let lower = &mut buf[..word.len()];
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                let lower = std::str::from_utf8(lower).unwrap_or_default();
                return self.speech_verbs.get(lower).map(String::as_str);
            }
            self.speech_verbs.get(&word.to_lowercase()).map(String::as_str)
        } else {
            self.speech_verbs.get(word).map(String::as_str)
        }
    }

    /// Whether `word` is a known surname.
    pub fn is_surname(&self, word: &str) -> bool {
        self.classes(word) & Lexicon::SURNAME != 0
    }

    /// Whether `word` is a known first name.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.classes(word) & Lexicon::FIRST != 0
    }

    /// The title or role `word` is (one word, or several: "Prime Minister").
    pub fn title(&self, word: &str) -> Option<Title> {
        if !word.contains(' ') && self.classes(word) & Lexicon::TITLE == 0 {
            return None;
        }
        self.titles.get(word).copied()
    }

    /// Whether `word` is a capitalised common word that is no name on its own.
    pub fn is_stopword(&self, word: &str) -> bool {
        self.classes(word) & Lexicon::STOP != 0
    }

    /// The gender a first name suggests, when the evidence is clear (≥ 90%).
    pub fn first_name_gender(&self, name: &str) -> Option<Gender> {
        let p = match self.first_names.get(name) {
            Some(p) => *p,
            None => *self.first_names.get(&fold_accents(name)?)?,
        };
        if p >= 0.9 {
            Some(Gender::Female)
        } else if p <= 0.1 {
            Some(Gender::Male)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_and_files() {
        let mut lex = Lexicon::core();
        assert_eq!(lex.speech_verb("Said"), Some("say"));
        assert_eq!(lex.speech_verb("table"), None);
        lex.add_file("first_names.tsv", "# name\tp\nMaria\t0.99\t100\nJohn\t0.004\t100\nKim\t0.6\t9\n");
        assert_eq!(lex.first_name_gender("Maria"), Some(Gender::Female));
        assert_eq!(lex.first_name_gender("John"), Some(Gender::Male));
        assert_eq!(lex.first_name_gender("Kim"), None);
    }

    #[test]
    fn classes_of_short_long_and_lowercase_words() {
        let mut lex = Lexicon::core();
        lex.add_file("surnames.tsv", "Li\t9\nKowalczykowski\t9\n");
        lex.add_file("stopwords.txt", "Li\n");
        assert_eq!(lex.classes("Li"), Lexicon::SURNAME | Lexicon::STOP);
        assert_eq!(lex.classes("Kowalczykowski"), Lexicon::SURNAME);
        assert_eq!(lex.classes("Kowalczykowsk"), 0);
        assert_eq!(lex.classes("L"), 0);
        assert_eq!(lex.classes(""), 0);
        assert_eq!(lex.classes("said"), Lexicon::SPEECH);
        assert_eq!(lex.classes("spokeswoman"), Lexicon::TITLE);
        for w in ["tournament", "Tournament", "TOURNAMENT", "cup"] {
            assert_eq!(lex.classes(w), Lexicon::SPORT, "{w}");
        }
        assert_eq!(lex.classes("tournaments"), 0);
    }

    #[test]
    fn folding_on_the_stack_gives_the_heap_fold() {
        let long = format!("Zé{}", "a".repeat(70));
        for w in ["Zélia", "Dvořák", "Olé", "Zeliaж", "Plain", "", "É"] {
            let mut buf = [0u8; 64];
            assert_eq!(fold_accents_into(w, &mut buf).map(str::to_string), fold_accents(w), "{w}");
        }
        // Too long for the buffer: the heap fold answers, and classes find it.
        let mut buf = [0u8; 64];
        assert_eq!(fold_accents_into(&long, &mut buf), None);
        let plain = format!("Ze{}", "a".repeat(70));
        assert_eq!(fold_accents(&long).as_deref(), Some(plain.as_str()));
        let mut lex = Lexicon::core();
        lex.add_file("surnames.tsv", &format!("{plain}\t9\n"));
        assert_eq!(lex.classes(&long), Lexicon::SURNAME);
    }

    #[test]
    fn accented_names_are_names_as_their_plain_forms() {
        let mut lex = Lexicon::core();
        lex.add_file("first_names.tsv", "Zelia\t0.98\t100\nAndor\t0.01\t100\n");
        lex.add_file("surnames.tsv", "Kovarik\t9\n");
        lex.add_file("stopwords.txt", "Ole\n");
        assert_eq!(lex.classes("Zélia"), Lexicon::FIRST);
        assert_eq!(lex.classes("Ándor"), Lexicon::FIRST);
        assert_eq!(lex.classes("Kovářik"), Lexicon::SURNAME);
        assert_eq!(lex.first_name_gender("Zélia"), Some(Gender::Female));
        // Only name classes carry over; a word with other letters does not fold.
        assert_eq!(lex.classes("Olé"), 0);
        assert_eq!(lex.classes("Zeliaж"), 0);
    }
}

//! Match stage: gazetteer dictionaries and the aho-corasick matcher over them.
//!
//! Takes: dictionaries in the format of [`format`] (the embedded defaults and
//! any `--dict FILE`). Gives: a [`Gazetteer`] whose [`Gazetteer::find`] turns a
//! text into dictionary matches: case-sensitive, on word boundaries,
//! leftmost-longest, non-overlapping, a possessive `'s` allowed after a name.
//!
//! Owns the default choice between entries sharing a surface form (user
//! dictionaries over defaults, then higher weight) and keeps, for every shared
//! form, the list of all its entries ([`Gazetteer::same_named`]), so that the
//! resolve stage can choose among them by the article's evidence. Must not
//! decide what a match means in context: that is the resolve stage's work.

pub mod format;
mod matcher;

pub use format::{DictError, Entry};
pub use matcher::DictMatch;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use crate::wordmap::WordMap;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
pub use embedded::{EMBEDDED_DICTIONARIES, EMBEDDED_LEXICON};

/// Decompresses `bytes` when `name` ends in `.gz`.
pub fn decode_embedded(name: &str, bytes: &[u8]) -> std::io::Result<String> {
    if name.ends_with(".gz") {
        // A gzip member ends with its text's size (mod 2^32): room for it
        // at once, so a big dictionary is not copied at every growth.
        let size = bytes.len().checked_sub(4).map_or(0, |n| u32::from_le_bytes([bytes[n], bytes[n + 1], bytes[n + 2], bytes[n + 3]]) as usize);
        // (Only a hint: capped at 32 times the compressed size, since a
        // user's file may claim any size.)
        let mut s = String::with_capacity(size.min(bytes.len().saturating_mul(32)));
        flate2::read::MultiGzDecoder::new(bytes).read_to_string(&mut s)?;
        Ok(s)
    } else {
        String::from_utf8(bytes.to_vec()).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}

/// Reads a dictionary file from disk (plain or gzip).
fn read_dict_file(path: &Path) -> Result<String, DictError> {
    let err = |message: String| DictError { file: path.display().to_string(), line: 0, message };
    let bytes = std::fs::read(path).map_err(|e| err(format!("cannot read: {e}")))?;
    let name = if bytes.starts_with(&[0x1f, 0x8b]) { "x.gz" } else { "x" };
    decode_embedded(name, &bytes).map_err(|e| err(format!("cannot decode: {e}")))
}

/// Collects dictionaries, then builds a [`Gazetteer`].
pub struct GazetteerBuilder {
    defaults: bool,
    /// User dictionaries: (name, content), in the order given.
    user: Vec<(String, String)>,
    /// Dictionaries held in memory that rank as defaults (tests).
    extra_defaults: Vec<(String, String)>,
}

impl Default for GazetteerBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl GazetteerBuilder {
    /// A builder with the embedded default dictionaries.
    pub fn new() -> Self {
        GazetteerBuilder { defaults: true, user: Vec::new(), extra_defaults: Vec::new() }
    }

    /// Leave the embedded defaults out (only user dictionaries).
    pub fn defaults(mut self, yes: bool) -> Self {
        self.defaults = yes;
        self
    }

    /// Adds a user dictionary from a file; its entries win over the defaults.
    pub fn add_file(&mut self, path: &Path) -> Result<&mut Self, DictError> {
        let content = read_dict_file(path)?;
        self.user.push((path.display().to_string(), content));
        Ok(self)
    }

    /// Adds a user dictionary held in memory; `name` is used in errors.
    pub fn add_str(&mut self, name: &str, content: &str) -> &mut Self {
        self.user.push((name.to_string(), content.to_string()));
        self
    }

    /// Adds a dictionary held in memory that ranks as a default one (not a
    /// user dictionary: its links need the article's evidence).
    pub fn add_default_str(&mut self, name: &str, content: &str) -> &mut Self {
        self.extra_defaults.push((name.to_string(), content.to_string()));
        self
    }

    /// Parses every dictionary and builds the matcher.
    pub fn build(&self) -> Result<Gazetteer, DictError> {
        let started = Instant::now();
        let mut sources: Vec<(String, String, u8)> = Vec::new();
        if self.defaults {
            // Decompressed in parallel: the biggest file sets the pace.
            let decoded: Vec<(String, String, u8)> = EMBEDDED_DICTIONARIES
                .par_iter()
                .map(|(name, bytes)| {
                    let file = format!("(embedded) {name}");
                    match decode_embedded(name, bytes) {
                        Ok(content) => Ok((file, content, 0)),
                        Err(e) => Err(DictError { file, line: 0, message: e.to_string() }),
                    }
                })
                .collect::<Result<_, _>>()?;
            sources.extend(decoded);
        }
        for (name, content) in &self.extra_defaults {
            sources.push((name.clone(), content.clone(), 0));
        }
        for (name, content) in &self.user {
            sources.push((name.clone(), content.clone(), 1));
        }
        let parsed: Vec<(Vec<Entry>, u8)> = sources
            .par_iter()
            .map(|(name, content, tier)| format::parse_dictionary_parallel(name, content).map(|e| (e, *tier)))
            .collect::<Result<_, _>>()?;
        let mut entries = Vec::new();
        let mut tiers = Vec::new();
        for (es, tier) in parsed {
            tiers.extend(std::iter::repeat_n(tier, es.len()));
            entries.extend(es);
        }
        Gazetteer::from_entries(entries, &tiers, started)
    }
}

/// The dictionaries and their matcher, built once and shared by all threads.
///
/// Matching asks only where a name can start: at a word that begins with a
/// capital letter or a digit (every name does), one probe of a map that holds
/// every name and every word-prefix of a name tells whether a name may start
/// there; from there the text is extended word by word through the same
/// map, so that the extension stops as soon as no name continues. (An
/// aho-corasick automaton over the first words, asked before the map, cost
/// more than it saved: ARCHITECTURE.md has the figures.)
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Every surface form (and variant) → the entry that wins it, and every
    /// leading run of words of a form → [`PREFIX_ONLY`]; [`CONTINUES`] is set
    /// on both when a longer name starts with the key. Every first word of a
    /// name is a key (the word of "Co." too, as [`PREFIX_ONLY`]).
    names: WordMap<u32>,
    /// How many keys of `names` are names (not only prefixes).
    name_count: usize,
    /// Surface forms that several entries share → all of them (the default
    /// winner first, then by weight).
    shared: FxHashMap<Box<str>, Box<[u32]>>,
    /// Surnames of world-famous people ([`FAMOUS`] and more) that no other
    /// such person shares → the person ("Obama" → Barack Obama).
    famous: FxHashMap<Box<str>, u32>,
    /// Index of the first entry of a user dictionary (they come last).
    first_user: usize,
    build_seconds: f64,
}

/// Weight from which a person's surname alone names them (hand-listed
/// leaders; see dictionaries/README.md).
pub const FAMOUS: u64 = 10_000;

/// Bit of a `names` value: a longer name starts with this key.
pub(crate) const CONTINUES: u32 = 1 << 31;
/// A `names` value (without [`CONTINUES`]) for a key that is only the
/// prefix of longer names.
pub(crate) const PREFIX_ONLY: u32 = CONTINUES - 1;

/// Surface forms shorter than this (in bytes) are never matched.
const MIN_PATTERN_LEN: usize = 2;
/// Names longer than this many words are not matched.
pub(crate) const MAX_NAME_WORDS: usize = 16;

/// Variants of a surface form that text uses interchangeably: typographic
/// and straight apostrophes.
fn variants(form: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    // Most names hold neither apostrophe (`’` starts with byte 0xE2): one
    // vectorized search says so.
    let alt = if memchr::memchr2(b'\'', 0xE2, form.as_bytes()).is_none() {
        None
    } else if form.contains('\'') {
        Some(form.replace('\'', "’"))
    } else if form.contains('’') {
        Some(form.replace('’', "'"))
    } else {
        None
    };
    std::iter::once(std::borrow::Cow::Borrowed(form)).chain(alt.map(std::borrow::Cow::Owned))
}

/// Whether a surface form can be matched at all: long enough, starting with
/// a capital letter or a digit (names do; this keeps the matcher off the
/// common lowercase words), ending inside a word (a final period, as in
/// "U.S." or "Co.", is allowed).
fn matchable(form: &str) -> bool {
    let body = form.strip_suffix('.').unwrap_or(form);
    form.len() >= MIN_PATTERN_LEN
        && body.chars().next().is_some_and(|c| crate::text::is_word_char(c) && !c.is_lowercase())
        && body.chars().next_back().is_some_and(crate::text::is_word_char)
}

/// A place's name with its region after a comma ("Rochester, New York",
/// "Paris, France"): a title that tells same-named places apart, not a name
/// text writes as one. Text naming the town and its region names two places,
/// each matched on its own.
fn qualified_place(e: &Entry, form: &str) -> bool {
    e.etype == crate::annotation::EntityType::Loc && form.contains(", ")
}

/// Where the first `max` words of a name end (byte offsets), as the matcher
/// splits text, into `ends` (cleared first).
fn name_word_ends(form: &str, max: usize, ends: &mut Vec<usize>) {
    ends.clear();
    if form.is_ascii() {
        // Most names: a byte is a char, and a word char is an ASCII letter or digit.
        let b = form.as_bytes();
        for i in 0..b.len() {
            if ends.len() == max {
                return;
            }
            if b[i].is_ascii_alphanumeric() && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
                ends.push(i + 1);
            }
        }
        return;
    }
    let found = form.char_indices().filter_map(move |(i, c)| {
        let end = i + c.len_utf8();
        let next_is_word = form[end..].chars().next().is_some_and(crate::text::is_word_char);
        (crate::text::is_word_char(c) && !next_is_word).then_some(end)
    });
    ends.extend(found.take(max));
}

impl Gazetteer {
    fn from_entries(entries: Vec<Entry>, tiers: &[u8], started: Instant) -> Result<Gazetteer, DictError> {
        let forms = || {
            entries.iter().enumerate().flat_map(|(i, e)| {
                e.surface_forms().filter(|f| matchable(f) && !qualified_place(e, f)).flat_map(move |f| variants(f).map(move |v| (v, i as u32)))
            })
        };
        // Two independent builds, in parallel: the name map (and the names
        // several entries share), and the word-prefixes of names (merged into the map below).
        let ((mut names, shared), (prefixes, bare)) = rayon::join(
            || {
                // One entry per surface form: user dictionaries first, then weight.
                let mut names: WordMap<u32> = WordMap::with_capacity(entries.len() * 2);
                let mut shared: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
                for (form, i) in forms() {
                    match names.get_mut(&form) {
                        Some(cur) => {
                            let c = *cur as usize;
                            if c != i as usize {
                                let all = shared.entry(Box::from(&*form)).or_insert_with(|| vec![c as u32]);
                                if !all.contains(&i) {
                                    all.push(i);
                                }
                            }
                            if (tiers[i as usize], entries[i as usize].weight) > (tiers[c], entries[c].weight) {
                                *cur = i;
                            }
                        }
                        None => {
                            names.get_or_insert_with(&form, || i);
                        }
                    }
                }
                let key = |i: &u32| (std::cmp::Reverse(tiers[*i as usize]), std::cmp::Reverse(entries[*i as usize].weight), *i);
                let shared: FxHashMap<Box<str>, Box<[u32]>> = shared
                    .into_iter()
                    .map(|(f, mut v)| {
                        v.sort_by_key(key);
                        (f, v.into_boxed_slice())
                    })
                    .collect();
                (names, shared)
            },
            || {
                // Every leading run of words of a name (not the whole name);
                // and the word of a one-word name with a final period ("Co"
                // of "Co."), so that every first word is a key.
                let mut prefixes: WordMap<()> = WordMap::default();
                let mut bare: WordMap<()> = WordMap::default();
                let mut ends: Vec<usize> = Vec::with_capacity(MAX_NAME_WORDS);
                for (f, _) in forms() {
                    name_word_ends(&f, MAX_NAME_WORDS, &mut ends);
                    for &e in &ends[..ends.len().saturating_sub(1)] {
                        prefixes.get_or_insert_with(&f[..e], || ());
                    }
                    if let [e] = ends[..] {
                        if e < f.len() {
                            bare.get_or_insert_with(&f[..e], || ());
                        }
                    }
                }
                (prefixes, bare)
            },
        );
        let name_count = names.len();
        names.reserve_like(&prefixes);
        names.upsert_keys(prefixes, |v| *v |= CONTINUES, || PREFIX_ONLY | CONTINUES);
        names.upsert_keys(bare, |_| {}, || PREFIX_ONLY);
        let mut famous: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut twice: Vec<Box<str>> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.etype != crate::annotation::EntityType::Person || e.weight < FAMOUS {
                continue;
            }
            let Some(last) = e.canonical.split_whitespace().last().filter(|_| e.canonical.contains(' ')) else { continue };
            if famous.insert(Box::from(last), i as u32).is_some_and(|j| entries[j as usize].id != e.id) {
                twice.push(Box::from(last));
            }
        }
        for t in twice {
            famous.remove(&t);
        }
        let first_user = tiers.iter().position(|&t| t > 0).unwrap_or(entries.len());
        Ok(Gazetteer { entries, names, name_count, shared, famous, first_user, build_seconds: started.elapsed().as_secs_f64() })
    }

    /// All entries, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with index `i` (as in [`DictMatch::entry`]).
    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    /// Number of distinct names (surface forms and variants) matched.
    pub fn pattern_count(&self) -> usize {
        self.name_count
    }

    /// Seconds spent parsing the dictionaries and building the matcher.
    pub fn build_seconds(&self) -> f64 {
        self.build_seconds
    }

    /// Every name the matcher looks for, sorted.
    pub fn patterns(&self) -> Vec<String> {
        let mut out: Vec<String> =
            self.names.iter().filter(|(_, &v)| v & !CONTINUES != PREFIX_ONLY).map(|(k, _)| k).collect();
        out.sort_unstable();
        out
    }

    /// The entries that have `name` as a surface form, best first.
    pub fn lookup(&self, name: &str) -> Vec<&Entry> {
        let mut hits: Vec<&Entry> =
            self.entries.iter().filter(|e| e.surface_forms().any(|f| variants(f).any(|v| v == name))).collect();
        hits.sort_by_key(|e| std::cmp::Reverse(e.weight));
        hits
    }

    /// Every entry having `form` as a surface form when several do (the
    /// default winner first, then by weight); empty when one entry or none has it.
    pub fn same_named(&self, form: &str) -> &[u32] {
        self.shared.get(form).map_or(&[], |v| &v[..])
    }

    /// Whether entry `i` comes from a user dictionary (`--dict`).
    pub fn is_user(&self, i: u32) -> bool {
        i as usize >= self.first_user
    }

    /// The world-famous person whose surname is `word`, when only one is.
    pub fn famous_surname(&self, word: &str) -> Option<u32> {
        self.famous.get(word).copied()
    }

    /// Dictionary matches in `text`: see the module docs for the rules.
    pub fn find(&self, text: &str) -> Vec<DictMatch> {
        matcher::find(self, text)
    }
}

/// Whether `span` of `text` stands on word boundaries, as dictionary matches must.
pub fn on_word_boundaries(text: &str, span: crate::annotation::Span) -> bool {
    matcher::boundary_before(text, span.start) && matcher::boundary_after(text, span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn small() -> Gazetteer {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str(
            "test.tsv",
            "Q7747\tPERSON\tpolitician\tVladimir Putin\t\tm\tRU\tpresident\t100\n\
             iso:RU\tLOC\tcountry\tRussia\tRussian Federation\t\tRU\t\t1000\n\
             iso:US\tLOC\tcountry\tUnited States\tUS|U.S.\t\tUS\t\t1000\n\
             g:1\tLOC\tcity\tNew York\t\t\tUS\t\t10\n\
             o:1\tORG\tnews_outlet\tNew York Times\t\t\tUS\t\t5\n\
             n:RU\tNORP\tnationality\tRussian\tRussians\t\tRU\t\t5\n\
             p:1\tPERSON\t\tSeán O'Neill\t\tm\t\t\t1\n",
        );
        b.build().unwrap()
    }

    #[test]
    fn user_dictionaries_win_over_lower_weights() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("a", "a\tLOC\t\tGeorgia\t\t\t\t\t5\nb\tPERSON\t\tGeorgia\t\t\t\t\t9\n");
        let g = b.build().unwrap();
        let m = g.find("In Georgia today");
        assert_eq!(m.len(), 1);
        assert_eq!(&*g.entry(m[0].entry).id, "b");
        assert_eq!(g.lookup("Georgia").len(), 2);
        // Both entries are kept for the resolve stage to choose by context.
        let ids: Vec<&str> = g.same_named("Georgia").iter().map(|&i| &*g.entry(i).id).collect();
        assert_eq!(ids, vec!["b", "a"]);
        assert!(g.same_named("Tbilisi").is_empty());
    }

    #[test]
    fn a_place_and_its_region_are_two_names() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str(
            "a",
            "g:1\tLOC\tcity\tMarmotville\tMarmotville, Zembla\t\t\t\t5\ng:2\tLOC\tcountry\tZembla\t\t\t\t\t9\n\
             o:1\tORG\t\tMarmot Holdings, Inc.\t\t\t\t\t1\n",
        );
        let g = b.build().unwrap();
        let text = "Born in Marmotville, Zembla, she joined Marmot Holdings, Inc. early.";
        let got: Vec<&str> = g.find(text).iter().map(|m| m.span.of(text)).collect();
        assert_eq!(got, vec!["Marmotville", "Zembla", "Marmot Holdings, Inc."]);
    }

    #[test]
    fn bad_user_dictionary_names_the_line() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("mine.tsv", "a\tLOC\t\tX\n\nb\tWHAT\t\tY\n");
        let e = b.build().err().unwrap();
        assert_eq!((e.file.as_str(), e.line), ("mine.tsv", 3));
    }
}

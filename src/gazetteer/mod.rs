//! Match stage: gazetteer dictionaries and the aho-corasick matcher over them.
//!
//! Takes: dictionaries in the format of [`format`] (the embedded defaults and
//! any `--dict FILE`). Gives: a [`Gazetteer`] whose [`Gazetteer::find`] turns a
//! text into dictionary matches: case-sensitive, on word boundaries,
//! leftmost-longest, non-overlapping, a possessive `'s` allowed after a name.
//!
//! Owns the choice between entries sharing a surface form (user dictionaries
//! over defaults, then higher weight). Must not decide what a match means in
//! context: that is the resolve stage's work.

pub mod format;
mod matcher;

pub use format::{DictError, Entry};
pub use matcher::DictMatch;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rayon::prelude::*;
use std::collections::HashMap;
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
        let mut s = String::new();
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
}

impl Default for GazetteerBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl GazetteerBuilder {
    /// A builder with the embedded default dictionaries.
    pub fn new() -> Self {
        GazetteerBuilder { defaults: true, user: Vec::new() }
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

    /// Parses every dictionary and builds the matcher.
    pub fn build(&self) -> Result<Gazetteer, DictError> {
        let started = Instant::now();
        let mut sources: Vec<(String, String, u8)> = Vec::new();
        if self.defaults {
            for (name, bytes) in EMBEDDED_DICTIONARIES {
                let content = decode_embedded(name, bytes).map_err(|e| DictError {
                    file: format!("(embedded) {name}"),
                    line: 0,
                    message: e.to_string(),
                })?;
                sources.push((format!("(embedded) {name}"), content, 0));
            }
        }
        for (name, content) in &self.user {
            sources.push((name.clone(), content.clone(), 1));
        }
        let parsed: Vec<(Vec<Entry>, u8)> = sources
            .par_iter()
            .map(|(name, content, tier)| format::parse_dictionary(name, content).map(|e| (e, *tier)))
            .collect::<Result<_, _>>()?;
        let mut entries = Vec::new();
        let mut tiers = Vec::new();
        for (es, tier) in parsed {
            tiers.extend(std::iter::repeat_n(tier, es.len()));
            entries.extend(es);
        }
        Ok(Gazetteer::from_entries(entries, &tiers, started))
    }
}

/// The dictionaries and their matcher, built once and shared by all threads.
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// For each automaton pattern, the entry it stands for.
    pattern_entry: Vec<u32>,
    automaton: AhoCorasick,
    build_seconds: f64,
}

/// Surface forms shorter than this (in bytes) are never matched.
const MIN_PATTERN_LEN: usize = 2;

/// Variants of a surface form that text uses interchangeably: typographic
/// and straight apostrophes.
fn variants(form: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let alt = if form.contains('\'') {
        Some(form.replace('\'', "’"))
    } else if form.contains('’') {
        Some(form.replace('’', "'"))
    } else {
        None
    };
    std::iter::once(std::borrow::Cow::Borrowed(form)).chain(alt.map(std::borrow::Cow::Owned))
}

impl Gazetteer {
    fn from_entries(entries: Vec<Entry>, tiers: &[u8], started: Instant) -> Gazetteer {
        // One pattern per surface form; the best entry wins it.
        let mut best: HashMap<std::borrow::Cow<'_, str>, u32> = HashMap::with_capacity(entries.len() * 3);
        for (i, e) in entries.iter().enumerate() {
            for form in e.surface_forms() {
                if form.len() < MIN_PATTERN_LEN {
                    continue;
                }
                for v in variants(form) {
                    best.entry(v)
                        .and_modify(|cur| {
                            let c = *cur as usize;
                            if (tiers[i], e.weight) > (tiers[c], entries[c].weight) {
                                *cur = i as u32;
                            }
                        })
                        .or_insert(i as u32);
                }
            }
        }
        let mut patterns: Vec<(String, u32)> = best.into_iter().map(|(k, v)| (k.into_owned(), v)).collect();
        patterns.sort_unstable();
        let pattern_entry: Vec<u32> = patterns.iter().map(|(_, e)| *e).collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns.iter().map(|(p, _)| p.as_str()))
            .unwrap_or_else(|_| {
                // Building only fails past the crate's size limits; match nothing then.
                AhoCorasick::new(std::iter::empty::<&str>()).expect("an empty automaton always builds")
            });
        Gazetteer { entries, pattern_entry, automaton, build_seconds: started.elapsed().as_secs_f64() }
    }

    /// All entries, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with index `i` (as in [`DictMatch::entry`]).
    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    /// Number of distinct patterns in the matcher.
    pub fn pattern_count(&self) -> usize {
        self.pattern_entry.len()
    }

    /// Seconds spent parsing the dictionaries and building the matcher.
    pub fn build_seconds(&self) -> f64 {
        self.build_seconds
    }

    /// The matcher itself, for benchmarks of the bare scan.
    pub fn automaton(&self) -> &AhoCorasick {
        &self.automaton
    }

    /// Every surface form the matcher looks for, sorted, one per pattern.
    pub fn patterns(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .entries
            .iter()
            .flat_map(|e| e.surface_forms().flat_map(|f| variants(f).map(|v| v.into_owned()).collect::<Vec<_>>()))
            .filter(|f| f.len() >= MIN_PATTERN_LEN)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The entries that have `name` as a surface form, best first.
    pub fn lookup(&self, name: &str) -> Vec<&Entry> {
        let mut hits: Vec<&Entry> =
            self.entries.iter().filter(|e| e.surface_forms().any(|f| variants(f).any(|v| v == name))).collect();
        hits.sort_by(|a, b| b.weight.cmp(&a.weight));
        hits
    }

    /// Dictionary matches in `text`: see the module docs for the rules.
    pub fn find(&self, text: &str) -> Vec<DictMatch> {
        matcher::find(self, text)
    }
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
    }

    #[test]
    fn bad_user_dictionary_names_the_line() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("mine.tsv", "a\tLOC\t\tX\n\nb\tWHAT\t\tY\n");
        let e = b.build().err().unwrap();
        assert_eq!((e.file.as_str(), e.line), ("mine.tsv", 3));
    }
}

/// Whether `span` of `text` stands on word boundaries, as dictionary matches must.
pub fn on_word_boundaries(text: &str, span: crate::annotation::Span) -> bool {
    matcher::boundary_before(text, span.start) && matcher::boundary_after(text, span.end)
}

//! Counting: one output line at a time into tallies whose size is bounded by
//! the number of distinct speakers, entities, groups and months, never by
//! the number of lines.

use super::summary::{
    Bin, ByGroup, DateRange, EntityRow, EntityTypeSummary, GenderShare, GroupRow, InputsInfo, NamedCount, SpeakerRow,
    Summary, Totals,
};
use rustc_hash::FxHashMap;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// The fields tried, in order, for grouping when no `--by` is given.
pub const GROUP_FIELDS: [&str; 4] = ["publisher", "source", "source_domain", "outlet"];
/// The fields tried, in order, for an article's date.
pub const DATE_FIELDS: [&str; 3] = ["publication_date", "date_publish", "date"];
/// The entity types shown first, in this order; other types follow by name.
pub const ENTITY_TYPES: [&str; 4] = ["PERSON", "ORG", "LOC", "NORP"];

/// Why a line could not be counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub file: String,
    pub line: u64,
    pub message: String,
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What a line was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// An article: counted.
    Article,
    /// An error record written by `extract --on-error emit`: counted as such.
    ErrorRecord,
    /// Only white space: ignored.
    Blank,
}

#[derive(Debug, Default, Clone, Copy)]
struct Gender {
    female: u64,
    male: u64,
    unknown: u64,
}

impl Gender {
    fn add(&mut self, g: Option<&str>) {
        match g {
            Some("female") => self.female += 1,
            Some("male") => self.male += 1,
            _ => self.unknown += 1,
        }
    }
    fn share(&self) -> GenderShare {
        GenderShare::new(self.female, self.male, self.unknown)
    }
}

#[derive(Debug, Default)]
struct GroupStats {
    articles: u64,
    quotes: u64,
    gender: Gender,
}

#[derive(Debug)]
struct SpeakerStats {
    id: Option<String>,
    quotes: u64,
    articles: u64,
    female: u64,
    male: u64,
    last_article: u64,
}

#[derive(Debug)]
struct EntityStats {
    id: Option<String>,
    mentions: u64,
    articles: u64,
    last_article: u64,
}

/// The tallies of a report. Feed it lines with [`Aggregator::add_line`], then
/// take the [`Summary`].
pub struct Aggregator {
    /// Fields read from each record: the group candidates, then the date fields (deduplicated).
    wanted: Vec<String>,
    /// For each group candidate, its index in `wanted`.
    group_slots: Vec<usize>,
    group_names: Vec<String>,
    /// For each date field, its index in `wanted`.
    date_slots: Vec<usize>,
    forced_group: bool,

    files: Vec<String>,
    lines: u64,
    articles: u64,
    error_records: u64,
    bad_lines: u64,
    quotes: u64,
    entities: u64,
    no_speaker: u64,
    gender: Gender,
    gender_sources: BTreeMap<String, u64>,
    methods: BTreeMap<String, u64>,
    speakers: FxHashMap<String, SpeakerStats>,
    entity_types: Vec<(String, FxHashMap<String, EntityStats>)>,
    /// Per group candidate: articles having it, and stats per value (None: missing).
    groups: Vec<(u64, FxHashMap<Option<String>, GroupStats>)>,
    months: BTreeMap<String, GroupStats>,
    dated: u64,
    date_min: Option<String>,
    date_max: Option<String>,
    date_fields_seen: Vec<bool>,
    quotes_per_article: BTreeMap<u64, u64>,
}

impl Aggregator {
    /// `by`: group by this field; `None`: the first of [`GROUP_FIELDS`] present in the records.
    pub fn new(by: Option<&str>) -> Aggregator {
        let group_names: Vec<String> = match by {
            Some(f) => vec![f.to_string()],
            None => GROUP_FIELDS.iter().map(|s| s.to_string()).collect(),
        };
        let mut wanted: Vec<String> = Vec::new();
        let slot = |name: &str, wanted: &mut Vec<String>| match wanted.iter().position(|w| w == name) {
            Some(i) => i,
            None => {
                wanted.push(name.to_string());
                wanted.len() - 1
            }
        };
        let group_slots = group_names.iter().map(|g| slot(g, &mut wanted)).collect::<Vec<_>>();
        let date_slots = DATE_FIELDS.iter().map(|d| slot(d, &mut wanted)).collect::<Vec<_>>();
        Aggregator {
            groups: group_names.iter().map(|_| (0, FxHashMap::default())).collect(),
            wanted,
            group_slots,
            group_names,
            date_slots,
            forced_group: by.is_some(),
            files: Vec::new(),
            lines: 0,
            articles: 0,
            error_records: 0,
            bad_lines: 0,
            quotes: 0,
            entities: 0,
            no_speaker: 0,
            gender: Gender::default(),
            gender_sources: BTreeMap::new(),
            methods: BTreeMap::new(),
            speakers: FxHashMap::default(),
            entity_types: Vec::new(),
            months: BTreeMap::new(),
            dated: 0,
            date_min: None,
            date_max: None,
            date_fields_seen: vec![false; DATE_FIELDS.len()],
            quotes_per_article: BTreeMap::new(),
        }
    }

    /// Notes an input file (for the header).
    pub fn add_file(&mut self, name: &str) {
        self.files.push(name.to_string());
    }

    /// Counts a line that could not be read (it is reported by the caller).
    pub fn add_bad_line(&mut self) {
        self.lines += 1;
        self.bad_lines += 1;
    }

    /// Articles counted so far.
    pub fn articles(&self) -> u64 {
        self.articles
    }

    /// Counts one line of sayso output. A line that is not an article of the
    /// output (not JSON, no `quotes`/`entities` arrays, a field of the wrong
    /// type) is counted as bad and its reason returned; nothing of it is counted.
    pub fn add_line(&mut self, line: &[u8]) -> Result<LineKind, String> {
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            return Ok(LineKind::Blank);
        }
        self.lines += 1;
        let parsed = match parse_line(line, &self.wanted) {
            Ok(p) => p,
            Err(e) => {
                self.bad_lines += 1;
                return Err(e);
            }
        };
        if parsed.error {
            self.error_records += 1;
            return Ok(LineKind::ErrorRecord);
        }
        let (Some(quotes), Some(entities)) = (parsed.quotes, parsed.entities) else {
            self.bad_lines += 1;
            return Err("not a line of sayso output: no \"quotes\" and \"entities\" arrays".to_string());
        };
        self.articles += 1;
        let article = self.articles;
        let nq = quotes.len() as u64;
        *self.quotes_per_article.entry(nq).or_insert(0) += 1;

        let mut article_gender = Gender::default();
        for q in &quotes {
            self.quotes += 1;
            let gender = q.speaker_gender.as_deref();
            article_gender.add(gender);
            *self.gender_sources.entry(q.gender_source.as_deref().unwrap_or("none").to_string()).or_insert(0) += 1;
            *self.methods.entry(q.method.as_deref().unwrap_or("none").to_string()).or_insert(0) += 1;
            let group: Vec<(&str, Option<&str>)> = match &q.speakers {
                Some(list) if !list.is_empty() => list.iter().map(|s| (s.name.as_ref(), s.id.as_deref())).collect(),
                _ => match &q.speaker {
                    Some(name) => vec![(name.as_ref(), q.speaker_id.as_deref())],
                    None => Vec::new(),
                },
            };
            if group.is_empty() {
                self.no_speaker += 1;
            }
            let single = group.len() == 1;
            for (name, id) in group {
                let s = match self.speakers.get_mut(name) {
                    Some(s) => s,
                    None => self.speakers.entry(name.to_string()).or_insert(SpeakerStats {
                        id: None,
                        quotes: 0,
                        articles: 0,
                        female: 0,
                        male: 0,
                        last_article: 0,
                    }),
                };
                if s.id.is_none() {
                    s.id = id.map(str::to_string);
                }
                s.quotes += 1;
                if s.last_article != article {
                    s.last_article = article;
                    s.articles += 1;
                }
                // A group quote's gender (null by the contract) says nothing of each member.
                if single {
                    match gender {
                        Some("female") => s.female += 1,
                        Some("male") => s.male += 1,
                        _ => {}
                    }
                }
            }
        }
        self.gender.female += article_gender.female;
        self.gender.male += article_gender.male;
        self.gender.unknown += article_gender.unknown;

        for e in &entities {
            self.entities += 1;
            let ty = e.kind.as_ref();
            let idx = match self.entity_types.iter().position(|(t, _)| t == ty) {
                Some(i) => i,
                None => {
                    self.entity_types.push((ty.to_string(), FxHashMap::default()));
                    self.entity_types.len() - 1
                }
            };
            let map = &mut self.entity_types[idx].1;
            let name = e.canonical.as_deref().unwrap_or(e.text.as_ref());
            let st = match map.get_mut(name) {
                Some(s) => s,
                None => map.entry(name.to_string()).or_insert(EntityStats { id: None, mentions: 0, articles: 0, last_article: 0 }),
            };
            if st.id.is_none() {
                st.id = e.id.as_deref().map(str::to_string);
            }
            st.mentions += 1;
            if st.last_article != article {
                st.last_article = article;
                st.articles += 1;
            }
        }

        let mut values = parsed.values;
        for (gi, &slot) in self.group_slots.iter().enumerate() {
            let value = values[slot].clone();
            let (present, map) = &mut self.groups[gi];
            if value.is_some() {
                *present += 1;
            }
            let g = map.entry(value).or_default();
            add_group(g, nq, &article_gender);
        }
        let date = self.date_slots.iter().enumerate().find_map(|(di, &slot)| values[slot].take().map(|v| (di, v)));
        if let Some((di, v)) = date {
            if let Some((month, day)) = parse_date(&v) {
                self.date_fields_seen[di] = true;
                self.dated += 1;
                if self.date_min.as_deref().is_none_or(|m| day.as_str() < m) {
                    self.date_min = Some(day.clone());
                }
                if self.date_max.as_deref().is_none_or(|m| day.as_str() > m) {
                    self.date_max = Some(day);
                }
                add_group(self.months.entry(month).or_default(), nq, &article_gender);
            }
        }
        Ok(LineKind::Article)
    }

    /// The numbers of the report, with the `top` speakers and entities of each type.
    pub fn summary(&self, top: usize) -> Summary {
        let mut speakers: Vec<(&String, &SpeakerStats)> = self.speakers.iter().collect();
        speakers.sort_by(|a, b| b.1.quotes.cmp(&a.1.quotes).then(b.1.articles.cmp(&a.1.articles)).then(a.0.cmp(b.0)));
        let top_speakers = speakers
            .iter()
            .take(top)
            .enumerate()
            .map(|(i, (name, s))| SpeakerRow {
                rank: i as u64 + 1,
                speaker: name.to_string(),
                id: s.id.clone(),
                quotes: s.quotes,
                articles: s.articles,
                female_quotes: s.female,
                male_quotes: s.male,
                gender: speaker_gender(s.female, s.male).to_string(),
            })
            .collect();

        let mut types: Vec<&(String, FxHashMap<String, EntityStats>)> = self.entity_types.iter().collect();
        let type_rank = |t: &str| ENTITY_TYPES.iter().position(|x| *x == t).unwrap_or(ENTITY_TYPES.len());
        types.sort_by(|a, b| type_rank(&a.0).cmp(&type_rank(&b.0)).then(a.0.cmp(&b.0)));
        let entities_by_type = types
            .into_iter()
            .map(|(ty, map)| {
                let mut rows: Vec<(&String, &EntityStats)> = map.iter().collect();
                rows.sort_by(|a, b| b.1.mentions.cmp(&a.1.mentions).then(b.1.articles.cmp(&a.1.articles)).then(a.0.cmp(b.0)));
                EntityTypeSummary {
                    entity_type: ty.clone(),
                    distinct: map.len() as u64,
                    mentions: map.values().map(|s| s.mentions).sum(),
                    top: rows
                        .iter()
                        .take(top)
                        .enumerate()
                        .map(|(i, (name, s))| EntityRow {
                            rank: i as u64 + 1,
                            name: name.to_string(),
                            id: s.id.clone(),
                            mentions: s.mentions,
                            articles: s.articles,
                        })
                        .collect(),
                }
            })
            .collect();

        // The group field: the one asked for, else the first candidate any record has.
        let by_index = if self.forced_group { Some(0) } else { self.groups.iter().position(|(present, _)| *present > 0) };
        let by = by_index.map(|gi| {
            let mut groups: Vec<GroupRow> = self.groups[gi]
                .1
                .iter()
                .map(|(value, g)| GroupRow { value: value.clone(), articles: g.articles, quotes: g.quotes, gender: g.gender.share() })
                .collect();
            groups.sort_by(|a, b| {
                b.quotes.cmp(&a.quotes).then(b.articles.cmp(&a.articles)).then(a.value.is_none().cmp(&b.value.is_none())).then(a.value.cmp(&b.value))
            });
            ByGroup { field: self.group_names[gi].clone(), articles_with_field: self.groups[gi].0, groups }
        });

        let by_month = self
            .months
            .iter()
            .map(|(m, g)| GroupRow { value: Some(m.clone()), articles: g.articles, quotes: g.quotes, gender: g.gender.share() })
            .collect();

        Summary {
            sayso_version: env!("CARGO_PKG_VERSION").to_string(),
            inputs: InputsInfo {
                files: self.files.clone(),
                lines: self.lines,
                error_records: self.error_records,
                bad_lines: self.bad_lines,
            },
            totals: Totals {
                articles: self.articles,
                quotes: self.quotes,
                entities: self.entities,
                quotes_without_speaker: self.no_speaker,
                quotes_without_speaker_share: ratio(self.no_speaker, self.quotes),
                distinct_speakers: self.speakers.len() as u64,
                dated_articles: self.dated,
                date_fields: DATE_FIELDS
                    .iter()
                    .zip(&self.date_fields_seen)
                    .filter(|(_, seen)| **seen)
                    .map(|(f, _)| f.to_string())
                    .collect(),
                date_range: match (&self.date_min, &self.date_max) {
                    (Some(a), Some(b)) => Some(DateRange { first: a.clone(), last: b.clone() }),
                    _ => None,
                },
            },
            gender: self.gender.share(),
            gender_sources: named_counts(&self.gender_sources, self.quotes),
            by,
            by_month,
            top_speakers,
            entities_by_type,
            quotes_per_article: bins(&self.quotes_per_article),
            methods: named_counts(&self.methods, self.quotes),
        }
    }
}

fn add_group(g: &mut GroupStats, quotes: u64, gender: &Gender) {
    g.articles += 1;
    g.quotes += quotes;
    g.gender.female += gender.female;
    g.gender.male += gender.male;
    g.gender.unknown += gender.unknown;
}

/// `a / b`, 0 when `b` is 0.
pub fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A speaker's gender from the genders of the quotes attributed to them alone.
fn speaker_gender(female: u64, male: u64) -> &'static str {
    match (female, male) {
        (0, 0) => "unknown",
        (f, m) if f > m => "female",
        (f, m) if m > f => "male",
        _ => "mixed",
    }
}

fn named_counts(map: &BTreeMap<String, u64>, total: u64) -> Vec<NamedCount> {
    let mut rows: Vec<NamedCount> =
        map.iter().map(|(k, v)| NamedCount { name: k.clone(), quotes: *v, share: ratio(*v, total) }).collect();
    rows.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.name.cmp(&b.name)));
    rows
}

/// The histogram's bins: 0 to 9 one by one, then 10–14, 15–19, 20 and more.
fn bins(counts: &BTreeMap<u64, u64>) -> Vec<Bin> {
    let mut edges: Vec<(u64, Option<u64>)> = (0..10).map(|i| (i, Some(i))).collect();
    edges.push((10, Some(14)));
    edges.push((15, Some(19)));
    edges.push((20, None));
    edges
        .into_iter()
        .map(|(min, max)| Bin {
            label: match max {
                Some(m) if m == min => min.to_string(),
                Some(m) => format!("{min}-{m}"),
                None => format!("{min}+"),
            },
            min,
            max,
            articles: counts.iter().filter(|(n, _)| **n >= min && max.is_none_or(|m| **n <= m)).map(|(_, c)| c).sum(),
        })
        .collect()
}

/// `YYYY-MM…` → (month `YYYY-MM`, day `YYYY-MM-DD` or the month when there is no day).
fn parse_date(v: &str) -> Option<(String, String)> {
    let b = v.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7)) {
        return None;
    }
    let month: u32 = std::str::from_utf8(&b[5..7]).ok()?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let m = String::from_utf8_lossy(&b[..7]).into_owned();
    let day = if b.get(7) == Some(&b'-') && digits(8..10) {
        String::from_utf8_lossy(&b[..10]).into_owned()
    } else {
        m.clone()
    };
    Some((m, day))
}

#[derive(Deserialize)]
struct SpeakerIn<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct QuoteIn<'a> {
    #[serde(borrow, default)]
    speaker: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    speaker_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    speakers: Option<Vec<SpeakerIn<'a>>>,
    #[serde(borrow, default)]
    speaker_gender: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    gender_source: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct EntityIn<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(borrow, default)]
    canonical: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
}

/// What the report reads of one line; everything else (the text above all) is skipped.
struct ParsedLine<'a> {
    quotes: Option<Vec<QuoteIn<'a>>>,
    entities: Option<Vec<EntityIn<'a>>>,
    error: bool,
    values: Vec<Option<String>>,
}

fn parse_line<'a>(line: &'a [u8], wanted: &[String]) -> Result<ParsedLine<'a>, String> {
    let text = std::str::from_utf8(line).map_err(|e| format!("not valid UTF-8 ({e})"))?;
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = LineSeed { wanted }.deserialize(&mut de).map_err(|e| format!("not a line of sayso output: {e}"))?;
    de.end().map_err(|e| format!("not a line of sayso output: {e}"))?;
    Ok(parsed)
}

struct LineSeed<'w> {
    wanted: &'w [String],
}

impl<'de> DeserializeSeed<'de> for LineSeed<'_> {
    type Value = ParsedLine<'de>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LineSeed<'_> {
    type Value = ParsedLine<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = ParsedLine { quotes: None, entities: None, error: false, values: vec![None; self.wanted.len()] };
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "quotes" => out.quotes = Some(map.next_value()?),
                "entities" => out.entities = Some(map.next_value()?),
                "error" => {
                    let v: serde_json::Value = map.next_value()?;
                    out.error = !v.is_null();
                }
                k => match self.wanted.iter().position(|w| w == k) {
                    Some(i) => {
                        let v: serde_json::Value = map.next_value()?;
                        out.values[i] = match v {
                            serde_json::Value::Null => None,
                            serde_json::Value::String(s) => Some(s),
                            other => Some(other.to_string()),
                        };
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                    }
                },
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_need_year_and_month() {
        assert_eq!(parse_date("2024-03-05T10:00:00Z"), Some(("2024-03".into(), "2024-03-05".into())));
        assert_eq!(parse_date("2024-11"), Some(("2024-11".into(), "2024-11".into())));
        assert_eq!(parse_date("2024-13-01"), None);
        assert_eq!(parse_date("05/03/2024"), None);
        assert_eq!(parse_date("1709600000"), None);
    }

    #[test]
    fn group_speakers_count_for_each_member_and_gender_only_for_single_speakers() {
        let mut a = Aggregator::new(None);
        let line = br#"{"id":"a","source":"S","entities":[],"quotes":[
            {"speaker":"Ann Roe; Bo Li","speaker_id":null,"speakers":[{"name":"Ann Roe","id":"Q1"},{"name":"Bo Li","id":null}],"speaker_gender":null,"method":"explicit"},
            {"speaker":"Ann Roe","speaker_id":"Q1","speakers":[{"name":"Ann Roe","id":"Q1"}],"speaker_gender":"female","gender_source":"pronoun","method":"pronoun"},
            {"speaker":null,"speaker_id":null,"speakers":[],"speaker_gender":null,"method":"none"}]}"#;
        let line: Vec<u8> = line.iter().copied().filter(|b| *b != b'\n').collect();
        assert_eq!(a.add_line(&line), Ok(LineKind::Article));
        let s = a.summary(10);
        assert_eq!(s.totals.quotes, 3);
        assert_eq!(s.totals.quotes_without_speaker, 1);
        assert_eq!((s.gender.female, s.gender.male, s.gender.unknown), (1, 0, 2));
        let ann = &s.top_speakers[0];
        assert_eq!((ann.speaker.as_str(), ann.quotes, ann.articles, ann.female_quotes), ("Ann Roe", 2, 1, 1));
        assert_eq!(ann.gender, "female");
        assert_eq!(ann.id.as_deref(), Some("Q1"));
        let bo = &s.top_speakers[1];
        assert_eq!((bo.speaker.as_str(), bo.quotes, bo.gender.as_str()), ("Bo Li", 1, "unknown"));
        assert_eq!(s.by.as_ref().map(|b| b.field.as_str()), Some("source"));
    }

    #[test]
    fn output_without_the_new_fields_counts_speaker_and_unknown_gender() {
        let mut a = Aggregator::new(Some("outlet"));
        let line = br#"{"id":"a","entities":[{"text":"Putin","type":"PERSON","canonical":"Vladimir Putin","id":"Q7747"}],"quotes":[{"speaker":"Vladimir Putin","speaker_id":"Q7747","method":"explicit"}]}"#;
        assert_eq!(a.add_line(line), Ok(LineKind::Article));
        let s = a.summary(10);
        assert_eq!(s.top_speakers[0].speaker, "Vladimir Putin");
        assert_eq!(s.gender.unknown, 1);
        let by = s.by.expect("forced group");
        assert_eq!(by.field, "outlet");
        assert_eq!(by.groups[0].value, None);
        assert_eq!(s.entities_by_type[0].top[0].name, "Vladimir Putin");
    }

    #[test]
    fn bad_lines_are_reported_and_error_records_counted() {
        let mut a = Aggregator::new(None);
        assert!(a.add_line(b"{not json").is_err());
        assert!(a.add_line(b"[1,2]").is_err());
        assert!(a.add_line(br#"{"id":"x"}"#).unwrap_err().contains("no \"quotes\""));
        assert!(a.add_line(br#"{"id":"x","quotes":[{"speaker":5}],"entities":[]}"#).is_err());
        assert_eq!(a.add_line(br#"{"id":"x","error":{"kind":"invalid_json"}}"#), Ok(LineKind::ErrorRecord));
        assert_eq!(a.add_line(b"  \r"), Ok(LineKind::Blank));
        let s = a.summary(10);
        assert_eq!((s.inputs.lines, s.inputs.bad_lines, s.inputs.error_records, s.totals.articles), (5, 4, 1, 0));
    }
}

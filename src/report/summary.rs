//! The numbers of a report ([`Summary`], written as `--json`), and the same
//! numbers as tables ([`Table`]), which both the page and the CSV files show:
//! one source, so the three outputs cannot disagree.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub sayso_version: String,
    pub inputs: InputsInfo,
    pub totals: Totals,
    /// Quotes by speaker gender (`speaker_gender`; absent or null is unknown).
    pub gender: GenderShare,
    /// Quotes by `gender_source` (`none` when absent or null).
    pub gender_sources: Vec<NamedCount>,
    /// Articles, quotes and gender shares per value of the group field; `None` when no record has one.
    pub by: Option<ByGroup>,
    /// The same per month of the article's date, oldest first.
    pub by_month: Vec<GroupRow>,
    pub top_speakers: Vec<SpeakerRow>,
    pub entities_by_type: Vec<EntityTypeSummary>,
    pub quotes_per_article: Vec<Bin>,
    /// Quotes by `method` (how the speaker was found).
    pub methods: Vec<NamedCount>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InputsInfo {
    pub files: Vec<String>,
    /// Non-blank lines read.
    pub lines: u64,
    /// Error records of `extract --on-error emit`.
    pub error_records: u64,
    /// Lines that are not sayso output (reported on stderr with file and line).
    pub bad_lines: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Totals {
    pub articles: u64,
    pub quotes: u64,
    /// Entity mentions.
    pub entities: u64,
    pub quotes_without_speaker: u64,
    pub quotes_without_speaker_share: f64,
    pub distinct_speakers: u64,
    pub dated_articles: u64,
    /// The date fields the dates were read from.
    pub date_fields: Vec<String>,
    pub date_range: Option<DateRange>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DateRange {
    pub first: String,
    pub last: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct GenderShare {
    pub female: u64,
    pub male: u64,
    pub unknown: u64,
    pub female_share: f64,
    pub male_share: f64,
    pub unknown_share: f64,
}

impl GenderShare {
    pub fn new(female: u64, male: u64, unknown: u64) -> GenderShare {
        let total = female + male + unknown;
        let r = |n| super::aggregate::ratio(n, total);
        GenderShare { female, male, unknown, female_share: r(female), male_share: r(male), unknown_share: r(unknown) }
    }
    pub fn total(&self) -> u64 {
        self.female + self.male + self.unknown
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NamedCount {
    pub name: String,
    pub quotes: u64,
    pub share: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ByGroup {
    pub field: String,
    pub articles_with_field: u64,
    /// Every value, most quotes first; `value` null: records without the field.
    pub groups: Vec<GroupRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GroupRow {
    pub value: Option<String>,
    pub articles: u64,
    pub quotes: u64,
    pub gender: GenderShare,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpeakerRow {
    pub rank: u64,
    pub speaker: String,
    pub id: Option<String>,
    /// Quotes attributed to them (alone or in a group).
    pub quotes: u64,
    /// Articles quoting them.
    pub articles: u64,
    /// Quotes attributed to them alone with `speaker_gender` female / male.
    pub female_quotes: u64,
    pub male_quotes: u64,
    /// `female`, `male` (the majority of those), `mixed` (a tie) or `unknown`.
    pub gender: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityTypeSummary {
    #[serde(rename = "type")]
    pub entity_type: String,
    pub distinct: u64,
    pub mentions: u64,
    pub top: Vec<EntityRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityRow {
    pub rank: u64,
    /// The canonical name (the mention's text when it has none).
    pub name: String,
    pub id: Option<String>,
    pub mentions: u64,
    pub articles: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Bin {
    pub label: String,
    pub min: u64,
    /// None: no upper bound.
    pub max: Option<u64>,
    pub articles: u64,
}

/// One table of the report: a name (the CSV file's stem), a title, a header and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A share as a percentage with one decimal.
pub fn pct(share: f64) -> String {
    format!("{:.1}", share * 100.0)
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn gender_cells(g: &GenderShare) -> Vec<String> {
    vec![
        g.female.to_string(),
        g.male.to_string(),
        g.unknown.to_string(),
        pct(g.female_share),
        pct(g.male_share),
        pct(g.unknown_share),
    ]
}

impl Summary {
    /// The tables of the report, in page order. `max_groups` caps the rows
    /// of the group table (the page's; the CSV has them all).
    pub fn tables(&self, max_groups: Option<usize>) -> Vec<Table> {
        let mut out = Vec::new();
        let t = &self.totals;
        let mut overview = vec![
            vec!["files".to_string(), self.inputs.files.len().to_string()],
            vec!["articles".to_string(), t.articles.to_string()],
            vec!["quotes".to_string(), t.quotes.to_string()],
            vec!["entity mentions".to_string(), t.entities.to_string()],
            vec!["quotes without speaker".to_string(), t.quotes_without_speaker.to_string()],
            vec!["quotes without speaker (%)".to_string(), pct(t.quotes_without_speaker_share)],
            vec!["distinct speakers".to_string(), t.distinct_speakers.to_string()],
            vec!["dated articles".to_string(), t.dated_articles.to_string()],
            vec!["first date".to_string(), t.date_range.as_ref().map(|d| d.first.clone()).unwrap_or_default()],
            vec!["last date".to_string(), t.date_range.as_ref().map(|d| d.last.clone()).unwrap_or_default()],
            vec!["error records".to_string(), self.inputs.error_records.to_string()],
            vec!["bad lines".to_string(), self.inputs.bad_lines.to_string()],
        ];
        overview.push(vec!["sayso version".to_string(), self.sayso_version.clone()]);
        out.push(Table { name: "overview".into(), title: "Overview".into(), header: strings(&["measure", "value"]), rows: overview });

        out.push(Table {
            name: "speakers".into(),
            title: "Top quoted speakers".into(),
            header: strings(&["rank", "speaker", "id", "quotes", "articles", "female quotes", "male quotes", "gender"]),
            rows: self
                .top_speakers
                .iter()
                .map(|s| {
                    vec![
                        s.rank.to_string(),
                        s.speaker.clone(),
                        opt(&s.id),
                        s.quotes.to_string(),
                        s.articles.to_string(),
                        s.female_quotes.to_string(),
                        s.male_quotes.to_string(),
                        s.gender.clone(),
                    ]
                })
                .collect(),
        });

        let g = &self.gender;
        out.push(Table {
            name: "gender".into(),
            title: "Quotes by speaker gender".into(),
            header: strings(&["gender", "quotes", "share (%)"]),
            rows: vec![
                vec!["female".into(), g.female.to_string(), pct(g.female_share)],
                vec!["male".into(), g.male.to_string(), pct(g.male_share)],
                vec!["unknown".into(), g.unknown.to_string(), pct(g.unknown_share)],
            ],
        });
        out.push(Table {
            name: "gender_sources".into(),
            title: "How the speaker's gender was found".into(),
            header: strings(&["gender source", "quotes", "share (%)"]),
            rows: self.gender_sources.iter().map(|c| vec![c.name.clone(), c.quotes.to_string(), pct(c.share)]).collect(),
        });

        let group_header = |first: &str| {
            let mut h = vec![first.to_string()];
            h.extend(strings(&["articles", "quotes", "female", "male", "unknown", "female (%)", "male (%)", "unknown (%)"]));
            h
        };
        let group_row = |r: &GroupRow| {
            let mut row = vec![opt(&r.value), r.articles.to_string(), r.quotes.to_string()];
            row.extend(gender_cells(&r.gender));
            row
        };
        if let Some(by) = &self.by {
            let n = max_groups.unwrap_or(usize::MAX);
            out.push(Table {
                name: "gender_by_group".into(),
                title: format!("Quotes by speaker gender, by {}", by.field),
                header: group_header(&by.field),
                rows: by.groups.iter().take(n).map(group_row).collect(),
            });
        }
        if !self.by_month.is_empty() {
            out.push(Table {
                name: "gender_by_month".into(),
                title: "Quotes by speaker gender, by month".into(),
                header: group_header("month"),
                rows: self.by_month.iter().map(group_row).collect(),
            });
        }

        out.push(Table {
            name: "entities".into(),
            title: "Most mentioned entities".into(),
            header: strings(&["type", "rank", "name", "id", "mentions", "articles"]),
            rows: self
                .entities_by_type
                .iter()
                .flat_map(|t| {
                    t.top.iter().map(move |e| {
                        vec![
                            t.entity_type.clone(),
                            e.rank.to_string(),
                            e.name.clone(),
                            opt(&e.id),
                            e.mentions.to_string(),
                            e.articles.to_string(),
                        ]
                    })
                })
                .collect(),
        });
        out.push(Table {
            name: "quotes_per_article".into(),
            title: "Quotes per article".into(),
            header: strings(&["quotes", "articles"]),
            rows: self.quotes_per_article.iter().map(|b| vec![b.label.clone(), b.articles.to_string()]).collect(),
        });
        out.push(Table {
            name: "methods".into(),
            title: "How speakers were found".into(),
            header: strings(&["method", "quotes", "share (%)"]),
            rows: self.methods.iter().map(|c| vec![c.name.clone(), c.quotes.to_string(), pct(c.share)]).collect(),
        });
        out
    }
}

//! The annotation of one article: entity mentions and attributed quotes.
//!
//! All offsets here are **byte** offsets into the article text, `end`
//! exclusive, always on `char` boundaries. The output stage converts them to
//! code points.

use std::borrow::Cow;

/// A half-open byte range `[start, end)` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Person,
    Org,
    Loc,
    /// Nationalities, religious and political groups ("Russian", "Ukrainians").
    Norp,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
        }
    }
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PERSON" => EntityType::Person,
            "ORG" => EntityType::Org,
            "LOC" => EntityType::Loc,
            "NORP" => EntityType::Norp,
            _ => return None,
        })
    }
}

/// How an entity mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Matched a gazetteer entry.
    Dictionary,
    /// A shorter or variant form linked to an entity named earlier in the article.
    Alias,
    /// Found by its shape and context, in no dictionary.
    Inferred,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Dictionary => "dictionary",
            Source::Alias => "alias",
            Source::Inferred => "inferred",
        }
    }
}

/// Grammatical gender of a person, where known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// One entity mention. Borrowed names point into the pipeline's dictionaries.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity<'p> {
    pub span: Span,
    pub etype: EntityType,
    pub canonical: Cow<'p, str>,
    pub id: Option<Cow<'p, str>>,
    pub source: Source,
    /// The gazetteer entry behind this mention, if any.
    pub entry: Option<u32>,
    pub gender: Option<Gender>,
}

/// Whether a quote is a whole sentence (or more) or a fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Which rule decided a quote's speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Explicit,
    Pronoun,
    Nominal,
    Continuation,
    None,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Explicit => "explicit",
            Method::Pronoun => "pronoun",
            Method::Nominal => "nominal",
            Method::Continuation => "continuation",
            Method::None => "none",
        }
    }
}

/// The resolved speaker of a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker<'p> {
    pub name: Cow<'p, str>,
    pub id: Option<Cow<'p, str>>,
}

/// Where a speaker's gender comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GenderSource {
    /// The dictionary entry's recorded gender.
    Dictionary,
    /// A title before the name in the article ("Mr.", "Mrs.", "Sir").
    Title,
    /// "he" or "she" in the article resolved to the speaker.
    Pronoun,
    /// First-name statistics, only where one gender dominates strongly.
    FirstName,
}

impl GenderSource {
    pub fn as_str(self) -> &'static str {
        match self {
            GenderSource::Dictionary => "dictionary",
            GenderSource::Title => "title",
            GenderSource::Pronoun => "pronoun",
            GenderSource::FirstName => "first_name",
        }
    }
}

impl Gender {
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
        }
    }
}

/// One quote with its attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote<'p> {
    /// The words inside the quote marks, marks excluded.
    pub span: Span,
    pub kind: QuoteKind,
    /// Who said it; for a group, the members' names joined by "; " and no id.
    pub speaker: Option<Speaker<'p>>,
    /// Every speaker: one for a single speaker, each member for a group, none when unknown.
    pub speakers: Vec<Speaker<'p>>,
    /// A single person speaker's gender, where the article or the dictionaries tell it.
    pub speaker_gender: Option<Gender>,
    pub gender_source: Option<GenderSource>,
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
    pub method: Method,
}

/// Everything sayso found in one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotation<'p> {
    /// Sorted by `start`, non-overlapping.
    pub entities: Vec<Entity<'p>>,
    /// In text order.
    pub quotes: Vec<Quote<'p>>,
}

//! Articles as read from the input, and records that could not be read.

use serde_json::value::RawValue;
use std::fmt;
use std::sync::Arc;

/// Where a record came from: the file (or `-` for standard input) and the
/// 1-based line its record starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: u64,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One article: its text plus everything needed to write its output line.
#[derive(Debug, Clone)]
pub struct Article {
    /// The article id as a JSON value, exactly as it will be written
    /// (a JSON string or number, serialized).
    pub id_json: String,
    pub title: Option<String>,
    /// The text every offset points into.
    pub text: String,
    pub origin: Origin,
    /// For JSONL input: every field of the input object, in input order,
    /// byte for byte. `None` for plain-text dumps.
    pub fields: Option<Vec<(String, Box<RawValue>)>>,
    /// For JSONL input: the name of the field the text was read from.
    pub text_field: Option<String>,
    /// For JSONL input: the text had to be repaired while decoding (lone
    /// surrogate escapes became U+FFFD), so the output writes the repaired
    /// text instead of the input's bytes for that field.
    pub text_repaired: bool,
    /// Size of the record in the input, in bytes (for batching and progress).
    pub input_bytes: usize,
}

impl Article {
    /// An article from plain text, with a generated id.
    pub fn from_text(id: &str, title: Option<String>, text: String) -> Article {
        let input_bytes = text.len();
        Article {
            id_json: crate::json::json_string(id),
            title,
            text,
            origin: Origin { file: Arc::from("-"), line: 1 },
            fields: None,
            text_field: None,
            text_repaired: false,
            input_bytes,
        }
    }

    /// The id as plain text (for messages).
    pub fn id_text(&self) -> String {
        id_display(&self.id_json)
    }
}

/// Why a record was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RejectKind {
    /// The record's bytes are not valid UTF-8.
    InvalidUtf8,
    /// The line is not valid JSON.
    InvalidJson,
    /// The line is JSON but not an object.
    NotObject,
    /// No text field, or it is null or not a string.
    MissingText,
    /// Reading the input failed here (truncated archive, I/O error).
    Io,
    /// Annotating this article hit a bug in sayso (a panic, caught so that
    /// one article cannot stop the run); the message says what.
    Internal,
}

impl RejectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectKind::InvalidUtf8 => "invalid_utf8",
            RejectKind::InvalidJson => "invalid_json",
            RejectKind::NotObject => "not_object",
            RejectKind::MissingText => "missing_text",
            RejectKind::Io => "io",
            RejectKind::Internal => "internal",
        }
    }
}

/// A record that could not be turned into an article.
#[derive(Debug, Clone)]
pub struct Rejection {
    pub origin: Origin,
    /// The record's id as JSON, when it could be read.
    pub id_json: Option<String>,
    pub kind: RejectKind,
    pub message: String,
    /// Whether this rejection stands for one input line (and so gets one
    /// output line under `--on-error emit`). Read failures that end a file
    /// are not lines.
    pub is_record: bool,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.origin, self.kind.as_str(), self.message)
    }
}

/// What the input stage yields: an article, or the reason a record was rejected.
pub type Record = Result<Article, Rejection>;

/// A JSON id value shown as plain text: strings unquoted, numbers as written.
pub fn id_display(id_json: &str) -> String {
    match serde_json::from_str::<String>(id_json) {
        Ok(s) => s,
        Err(_) => id_json.to_string(),
    }
}

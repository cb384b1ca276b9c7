//! sayso: named entities and attributed quotes from news dumps.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
//!
//! The library is what the `sayso` binary uses. Build a [`Pipeline`] once
//! (it loads the dictionaries and builds the matchers), then call
//! [`Pipeline::annotate`] on each [`Article`]; or hand a whole set of inputs to
//! [`pipeline::run`], which reads, annotates in parallel and writes JSONL in
//! input order. [`extract::extract`] is the whole job of `sayso extract`:
//! inputs as typed to standard output, one file, or one file per input under
//! a directory, with resume and a stop flag.
//!
//! The stages, in the order an article passes through them:
//!
//! | stage | module | takes | gives |
//! |---|---|---|---|
//! | input | [`input`] | files, directories, stdin | [`Record`]s: articles or rejections |
//! | segment | [`text`] | article text | paragraphs, sentences, words |
//! | match | [`gazetteer`] | text | dictionary matches |
//! | resolve | [`resolve`] | matches + text | entity mentions (dictionary, alias, inferred) |
//! | quotes | [`quotes`] | text + paragraphs | quote spans |
//! | attribute | [`attribute`] | quote spans + entities | quotes with speakers |
//! | output | [`output`] | annotation | one JSON line, code-point offsets |
//!
//! After the stages, [`report`] reads the output back and counts who is
//! quoted (`sayso report`).
//!
//! Inside, every offset is a byte offset into the article text; the output
//! stage converts them to code points once.

pub mod annotation;
pub mod article;
pub mod attribute;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod input;
pub mod json;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod quotes;
pub mod report;
pub mod resolve;
pub mod text;
mod wordmap;

pub use annotation::{Annotation, Entity, EntityType, Method, Quote, QuoteKind, Source, Span};
pub use article::{Article, Origin, Record, Rejection};
pub use pipeline::{Pipeline, PipelineBuilder};

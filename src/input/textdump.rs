//! Plain-text dumps: articles separated by two or more blank lines.
//!
//! A blank line holds only white space (non-breaking spaces included). An
//! article's text runs from its first to its last non-blank line, line ends
//! normalized to `\n`; its first non-blank line is its title; its id is
//! `<prefix><file>#<n>`. Invalid UTF-8 is decoded lossily, with one warning per file.

use super::InputOptions;
use crate::json::json_string;
use crate::article::{Article, Origin, Record};
use std::sync::Arc;

/// Splits a text dump, fed line by line, into articles.
pub struct TextDumpSplitter {
    file: Arc<str>,
    id_prefix: String,
    /// Text of the article being read, up to its last non-blank line.
    text: String,
    /// Blank lines seen since the last non-blank line.
    blank_run: usize,
    first_line: u64,
    title: Option<String>,
    count: u64,
    warned: bool,
}

impl TextDumpSplitter {
    pub fn new(file: Arc<str>, options: &InputOptions) -> Self {
        TextDumpSplitter {
            file,
            id_prefix: options.id_prefix.clone(),
            text: String::new(),
            blank_run: 0,
            first_line: 0,
            title: None,
            count: 0,
            warned: false,
        }
    }

    /// Feeds one line (with or without its line end); returns the article it completes, if any.
    pub fn push_line(&mut self, raw: &[u8], line_no: u64) -> Option<Record> {
        let line = match std::str::from_utf8(raw) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => {
                if !self.warned {
                    self.warned = true;
                    eprintln!("sayso: warning: {}:{}: invalid UTF-8, decoded lossily (U+FFFD)", self.file, line_no);
                }
                String::from_utf8_lossy(raw)
            }
        };
        let line = line.trim_end_matches(['\n', '\r']);
        let line = if line_no == 1 { line.trim_start_matches('\u{feff}') } else { line };
        if line.chars().all(char::is_whitespace) {
            self.blank_run += 1;
            return None;
        }
        let mut done = None;
        if self.blank_run >= 2 && !self.text.is_empty() {
            done = self.finish();
        }
        if self.text.is_empty() {
            self.first_line = line_no;
            self.title = Some(line.trim().to_string());
        } else {
            for _ in 0..=self.blank_run {
                self.text.push('\n');
            }
        }
        self.text.push_str(line);
        self.blank_run = 0;
        done
    }

    /// Ends the current article, if one is being read.
    pub fn finish(&mut self) -> Option<Record> {
        if self.text.is_empty() {
            return None;
        }
        self.count += 1;
        let text = std::mem::take(&mut self.text);
        let input_bytes = text.len();
        Some(Ok(Article {
            id_json: json_string(&format!("{}{}#{}", self.id_prefix, self.file, self.count)),
            title: self.title.take(),
            text,
            origin: Origin { file: self.file.clone(), line: self.first_line },
            fields: None,
            text_field: None,
            text_repaired: false,
            input_bytes,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(dump: &str) -> Vec<Article> {
        let mut s = TextDumpSplitter::new(Arc::from("d.txt"), &InputOptions::default());
        let mut out = Vec::new();
        for (i, line) in dump.split_inclusive('\n').enumerate() {
            out.extend(s.push_line(line.as_bytes(), i as u64 + 1).map(|r| r.unwrap()));
        }
        out.extend(s.finish().map(|r| r.unwrap()));
        out
    }

    #[test]
    fn splits_on_two_blank_lines_and_keeps_paragraphs() {
        let a = split("Title one\n\nPara one.\n\u{a0}\n \nTitle two\r\nBody two.\r\n\n\n\n");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].text, "Title one\n\nPara one.");
        assert_eq!(a[0].title.as_deref(), Some("Title one"));
        assert_eq!(a[0].id_json, "\"d.txt#1\"");
        assert_eq!(a[1].text, "Title two\nBody two.");
        assert_eq!(a[1].origin.line, 6);
        assert_eq!(a[1].id_json, "\"d.txt#2\"");
    }

    #[test]
    fn empty_and_blank_dumps_give_nothing() {
        assert!(split("").is_empty());
        assert!(split("\n \n\t\n").is_empty());
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily() {
        let mut s = TextDumpSplitter::new(Arc::from("d.txt"), &InputOptions::default());
        assert!(s.push_line(b"caf\xe9 au lait\n", 1).is_none());
        let a = s.finish().unwrap().unwrap();
        assert_eq!(a.text, "caf\u{fffd} au lait");
    }
}

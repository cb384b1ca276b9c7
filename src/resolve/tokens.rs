//! The word view the resolve stage works on: one [`Tok`] per word of the
//! article, built in one pass, with the shape facts every rule asks about.

use crate::annotation::Span;
use crate::lexicon::Lexicon;
use crate::text::{strip_possessive, Segmented};

/// One word with its shape and position facts.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub span: Span,
    /// First character is upper case.
    pub cap: bool,
    /// Two or more letters, all upper case ("NATO", "LONDON").
    pub upper: bool,
    /// First word of its sentence.
    pub sent_start: bool,
    /// First word of its line.
    pub line_start: bool,
    /// Only white space separates it from the word before.
    pub ws_before: bool,
    /// Its sentence reads like a headline (Title Case or ALL CAPS): shape
    /// says nothing there.
    pub headline: bool,
    /// The word's lexicon classes ([`Lexicon::STOP`], ...), looked up once
    /// (without a possessive `'s`).
    pub class: u8,
    /// A single capital letter followed by a period and a space: a middle
    /// initial when inside a name ("Lee R. Raymond").
    pub initial: bool,
}

impl Tok {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}

/// Small words allowed inside a name ("Institute for the Study of War").
pub fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "the" | "on" | "de" | "du" | "da" | "van" | "von" | "der" | "la" | "le" | "al" | "bin" | "&")
}

/// The words of `text` with their facts; linear in the text length, one
/// lexicon lookup per word.
pub fn tokenize(text: &str, seg: &Segmented, lexicon: &Lexicon) -> Vec<Tok> {
    let ws = &seg.words;
    let mut toks: Vec<Tok> = Vec::with_capacity(ws.len());
    let bytes = text.as_bytes();
    let mut si = 0usize;
    let mut prev_end = 0usize;
    for w in ws {
        let s = w.span.of(text);
        let first = match s.as_bytes().first() {
            Some(&b) if b < 0x80 => b as char,
            _ => s.chars().next().unwrap_or(' '),
        };
        // A word starting in lower case is neither capitalized nor ALL CAPS.
        let (letters, lower) = if first.is_lowercase() { (0, true) } else { letter_count(s) };
        // Contractions ("I'd", "I'll", "Don't") are not names.
        let cap = first.is_uppercase() && !is_contraction(s);
        let upper = letters >= 2 && !lower;
        // Sentence start: first word at or after the start of a new sentence.
        let mut sent_start = toks.is_empty();
        while si < seg.sentences.len() && seg.sentences[si].start <= w.span.start {
            if seg.sentences[si].end > prev_end || toks.is_empty() {
                sent_start = true;
            }
            si += 1;
        }
        let gap = &bytes[prev_end..w.span.start];
        // The usual gap, one space, answers both at once.
        let (newline, white) = if gap == b" " {
            (false, true)
        } else {
            let gap = &text[prev_end..w.span.start];
            (gap.contains('\n'), gap.chars().all(char::is_whitespace))
        };
        let line_start = toks.is_empty() || newline;
        let ws_before = !toks.is_empty() && white;
        let e = w.span.end;
        let initial = s.len() == 1
            && first.is_ascii_uppercase()
            && bytes.get(e) == Some(&b'.')
            && bytes.get(e + 1).is_some_and(|b| *b == b' ');
        let class = if cap || first.is_lowercase() { lexicon.classes(strip_possessive(s)) } else { 0 };
        toks.push(Tok {
            span: w.span,
            cap,
            upper,
            sent_start: sent_start || line_start,
            line_start,
            ws_before,
            headline: false,
            class,
            initial,
        });
        prev_end = w.span.end;
    }
    mark_headlines(text, &mut toks);
    toks
}

/// How many letters `s` has, and whether one of them is lower case.
fn letter_count(s: &str) -> (usize, bool) {
    if s.is_ascii() {
        let letters = s.bytes().filter(u8::is_ascii_alphabetic).count();
        return (letters, s.bytes().any(|b| b.is_ascii_lowercase()));
    }
    let (mut letters, mut lower) = (0usize, false);
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            lower |= c.is_lowercase();
        }
    }
    (letters, lower)
}


/// "I'd", "I'll", "We're", "Don't": a word with a contracted ending.
fn is_contraction(w: &str) -> bool {
    // Most words hold no apostrophe (`’` starts with byte 0xE2).
    if !w.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    let Some(p) = w.rfind(['\'', '’']) else { return false };
    let tail = &w[p..];
    let tail = tail.trim_start_matches(['\'', '’']);
    matches!(tail, "d" | "ll" | "m" | "ve" | "re" | "t")
}

/// Marks the words of sentences that look like headlines: five or more
/// content words, nearly all capitalized, or mostly ALL CAPS. Rows of tables
/// and lists ("Ada Winter ( Zembla ) 71 68", "65 Ana Ruiz , Tom Baker"): a
/// capitalized sentence with a number and a comma or a parenthesis, and no
/// ALL-CAPS word, are no headlines.
fn mark_headlines(text: &str, toks: &mut [Tok]) {
    let mut i = 0;
    while i < toks.len() {
        let mut j = i + 1;
        while j < toks.len() && !toks[j].sent_start {
            j += 1;
        }
        let (mut content, mut caps, mut upper, mut numbers) = (0usize, 0usize, 0usize, false);
        for t in &toks[i..j] {
            let w = t.text(text);
            if t.upper {
                upper += 1;
            }
            let number = w.as_bytes().first().is_some_and(u8::is_ascii_digit);
            numbers |= number;
            if number || t.class & Lexicon::FUNCTION != 0 {
                continue;
            }
            content += 1;
            if t.cap {
                caps += 1;
            }
        }
        let title_case = content >= 5 && caps * 10 >= content * 9;
        let all_caps = upper >= 2 && upper * 2 >= content;
        let table_row = || numbers && upper == 0 && text[toks[i].span.start..toks[j - 1].span.end].contains([',', '(']);
        if (title_case || all_caps) && !table_row() {
            for t in &mut toks[i..j] {
                t.headline = true;
            }
        }
        i = j;
    }
}

//! The word view the resolve stage works on: one [`Tok`] per token of the
//! segment stage's stream, with the facts every rule asks about in the
//! form its rules read them, and the headline sentences marked.

use crate::annotation::Span;
use crate::lexicon::Lexicon;
use crate::text::{Segmented, Shape};

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

/// Common Chinese, Korean and Vietnamese family names, written before the
/// given name ("Wang Lirong", "Kim Sol-ah", "Nguyen Van An"). Those that are
/// English words or other names' parts ("He", "Sun", "Song", "Pan") are left out.
pub fn is_family_name_first(w: &str) -> bool {
    matches!(
        w,
        "Wang" | "Li" | "Zhang" | "Liu" | "Chen" | "Yang" | "Huang" | "Zhao" | "Wu" | "Zhou" | "Xu" | "Zhu" | "Guo"
            | "Luo" | "Gao" | "Zheng" | "Liang" | "Xie" | "Feng" | "Deng" | "Cao" | "Peng" | "Zeng" | "Xiao" | "Tian"
            | "Yuan" | "Cai" | "Jiang" | "Shen" | "Yao" | "Xi" | "Kim" | "Park" | "Choi" | "Jung" | "Kang" | "Cho"
            | "Yoon" | "Jang" | "Kwon" | "Hwang" | "Ahn" | "Nguyen" | "Tran" | "Pham"
    )
}

/// The words of `text` with their facts, read from the segment stage's
/// token stream (which looked up each word's classes); linear in the words.
/// `seg` must have been segmented with the lexicon's classes
/// ([`Segmented::classified`]). Headline sentences are marked after, a
/// sentence at a time (two short loops rather than one long one).
pub fn tokenize(text: &str, seg: &Segmented) -> Vec<Tok> {
    let mut toks: Vec<Tok> = seg
        .tokens
        .iter()
        .map(|t| {
            // Contractions ("I'd", "I'll", "Don't") are not names.
            let cap = t.is(Shape::CAP) && !t.is(Shape::CONTRACTION);
            let line_start = t.is(Shape::LINE_START);
            Tok {
                span: t.span,
                cap,
                upper: t.is(Shape::ALL_CAPS),
                sent_start: t.is(Shape::SENT_START) || line_start,
                line_start,
                ws_before: t.is(Shape::WS_BEFORE),
                headline: false,
                class: if cap || t.is(Shape::LOWER) { t.class } else { 0 },
                initial: t.is(Shape::INITIAL),
            }
        })
        .collect();
    // Each sentence: from a word that starts one (or the first word) to
    // the next such word.
    let mut start = 0;
    while start < toks.len() {
        let mut sentence = Headline::default();
        let mut end = start;
        loop {
            let t = &toks[end];
            // A word starting with an ASCII digit is a number.
            sentence.count(t, seg.tokens[end].is(Shape::DIGIT));
            end += 1;
            if end == toks.len() || toks[end].sent_start {
                break;
            }
        }
        if sentence.may_be_headline() {
            sentence.mark(text, &mut toks[start..end]);
        }
        start = end;
    }
    toks
}

/// What decides whether a sentence (its words counted one by one by
/// [`Headline::count`]) looks like a headline: five or more content words,
/// nearly all capitalized, or mostly ALL CAPS. Rows of tables and lists
/// ("Ada Winter ( Zembla ) 71 68", "65 Ana Ruiz , Tom Baker"): a
/// capitalized sentence with a number and a comma or a parenthesis (or, without
/// numbers, a list of names with parenthesized notes), and no
/// ALL-CAPS word, are no headlines.
#[derive(Default)]
struct Headline {
    content: usize,
    caps: usize,
    upper: usize,
    numbers: bool,
}

impl Headline {
    #[inline(always)]
    fn count(&mut self, t: &Tok, number: bool) {
        self.upper += t.upper as usize;
        self.numbers |= number;
        let content = !number && t.class & Lexicon::FUNCTION == 0;
        self.content += content as usize;
        self.caps += (content && t.cap) as usize;
    }

    /// Whether the counts make the sentence Title Case or ALL CAPS.
    #[inline(always)]
    fn may_be_headline(&self) -> bool {
        let title_case = self.content >= 5 && self.caps * 10 >= self.content * 9;
        let all_caps = self.upper >= 2 && self.upper * 2 >= self.content;
        title_case || all_caps
    }

    /// Marks the sentence's words (`toks`) when it is a headline: Title
    /// Case or ALL CAPS ([`Headline::may_be_headline`]) and no table row.
    #[cold]
    fn mark(&self, text: &str, toks: &mut [Tok]) {
        let (i, j) = (0, toks.len());
        let table_row = || {
            let row = &text[toks[i].span.start..toks[j - 1].span.end];
            // Without numbers, a list of names with parenthesized notes
            // ("Ana Ruiz ( Zembla ) , Tom Baker ( Kelmar )") is a row too.
            let listed = row.matches('(').count() >= 2 || (row.contains('(') && row.contains(','));
            self.upper == 0 && ((self.numbers && row.contains([',', '('])) || listed)
        };
        if self.may_be_headline() && !table_row() {
            for t in &mut toks[i..j] {
                t.headline = true;
            }
        }
    }
}

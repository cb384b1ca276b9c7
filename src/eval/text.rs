//! Text normalization as the Python scorers do it, and difflib's ratio.

const QUOTE_MARKS: &[char] = &['"', '\'', '“', '”', '‘', '’', '„', '‟', '«', '»', '‹', '›', '`', '´'];
const END_STRIP: &[char] = &[' ', '\'', '.', ',', ';', ':', '!', '?', '-', '–', '—', '(', ')'];

/// The base letter of an accented Latin letter (NFKD, combining marks dropped).
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' => "A", 'à'..='å' => "a", 'Ç' => "C", 'ç' => "c", 'È'..='Ë' => "E", 'è'..='ë' => "e",
        'Ì'..='Ï' => "I", 'ì'..='ï' => "i", 'Ñ' => "N", 'ñ' => "n", 'Ò'..='Ö' => "O", 'ò'..='ö' => "o",
        'Ù'..='Ü' => "U", 'ù'..='ü' => "u", 'Ý' => "Y", 'ý' | 'ÿ' => "y", 'Ā' | 'Ă' | 'Ą' => "A",
        'ā' | 'ă' | 'ą' => "a", 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C", 'ć' | 'ĉ' | 'ċ' | 'č' => "c", 'Ď' => "D", 'ď' => "d",
        'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E", 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e", 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g", 'Ĥ' => "H", 'ĥ' => "h", 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ĩ' | 'ī' | 'ĭ' | 'į' => "i", 'Ĵ' => "J", 'ĵ' => "j", 'Ķ' => "K", 'ķ' => "k", 'Ĺ' | 'Ļ' | 'Ľ' => "L",
        'ĺ' | 'ļ' | 'ľ' => "l", 'Ń' | 'Ņ' | 'Ň' => "N", 'ń' | 'ņ' | 'ň' => "n", 'Ō' | 'Ŏ' | 'Ő' => "O",
        'ō' | 'ŏ' | 'ő' => "o", 'Ŕ' | 'Ŗ' | 'Ř' => "R", 'ŕ' | 'ŗ' | 'ř' => "r", 'Ś' | 'Ŝ' | 'Ş' | 'Š' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' => "s", 'Ţ' | 'Ť' => "T", 'ţ' | 'ť' => "t", 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u", 'Ŵ' => "W", 'ŵ' => "w", 'Ŷ' | 'Ÿ' => "Y", 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z", 'ź' | 'ż' | 'ž' => "z", '\u{a0}' => " ", '…' => "...", 'ﬁ' => "fi", 'ﬂ' => "fl",
        _ => return None,
    })
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Accents dropped, case folded.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_combining(c) {
            continue;
        }
        match fold_char(c) {
            Some(f) => out.push_str(&f.to_lowercase()),
            None if c == 'ß' => out.push_str("ss"),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `score.py`'s `norm`: accents, case, quote marks, spacing and end punctuation folded.
pub fn norm(s: &str) -> String {
    let f: String = fold(s).chars().map(|c| if QUOTE_MARKS.contains(&c) { '\'' } else { c }).collect();
    let joined = f.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_matches(END_STRIP).to_string()
}

/// `score.py`'s `name_key`: `norm`, a final "'s" and periods dropped.
pub fn name_key(s: &str) -> String {
    let mut n = norm(s);
    if n.ends_with("'s") {
        n.truncate(n.len() - 2);
    }
    n.replace('.', "")
}

/// `score_resolved.py`'s `key`.
pub fn resolved_key(s: &str) -> String {
    let mut k = fold(s).replace('.', "").replace('\u{2019}', "'");
    if k.ends_with("'s") {
        k.truncate(k.len() - 2);
    }
    k.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// difflib's `SequenceMatcher(None, a, b, autojunk=False).ratio()`.
pub fn sequence_ratio(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut matched = 0usize;
    let mut stack = vec![(0usize, a.len(), 0usize, b.len())];
    let mut row = vec![0usize; b.len() + 1];
    let mut prev = vec![0usize; b.len() + 1];
    while let Some((alo, ahi, blo, bhi)) = stack.pop() {
        // Longest common block: earliest in a, then earliest in b.
        let (mut bi, mut bj, mut bk) = (alo, blo, 0usize);
        prev[blo..=bhi].iter_mut().for_each(|x| *x = 0);
        for (i, &ai) in a.iter().enumerate().take(ahi).skip(alo) {
            row[blo] = 0;
            for j in blo..bhi {
                let k = if ai == b[j] { prev[j] + 1 } else { 0 };
                row[j + 1] = k;
                if k > bk {
                    bi = i + 1 - k;
                    bj = j + 1 - k;
                    bk = k;
                }
            }
            std::mem::swap(&mut row, &mut prev);
        }
        if bk == 0 {
            continue;
        }
        matched += bk;
        if alo < bi && blo < bj {
            stack.push((alo, bi, blo, bj));
        }
        if bi + bk < ahi && bj + bk < bhi {
            stack.push((bi + bk, ahi, bj + bk, bhi));
        }
    }
    2.0 * matched as f64 / (a.len() + b.len()) as f64
}

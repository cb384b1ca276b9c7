//! The dictionary format: one entity a row, nine tab-separated columns.
//!
//! ```text
//! id  type  subtype  canonical  aliases  gender  country  roles  weight
//! ```
//! `#` starts a comment line; blank lines are ignored. `aliases` and `roles`
//! are `|`-separated; `gender` is `m`, `f` or empty; `country` an ISO 3166-1
//! alpha-2 code; `weight` a non-negative integer (prominence, for ties).
//! Columns after `canonical` may be left out. See `dictionaries/README.md`.

use crate::annotation::{EntityType, Gender};

/// One dictionary entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: Box<str>,
    pub etype: EntityType,
    pub subtype: Box<str>,
    pub canonical: Box<str>,
    pub aliases: Vec<Box<str>>,
    pub gender: Option<Gender>,
    pub country: Box<str>,
    pub roles: Vec<Box<str>>,
    pub weight: u64,
}

impl Entry {
    /// Every surface form of this entry: the canonical name, then the aliases.
    pub fn surface_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(&*self.canonical).chain(self.aliases.iter().map(|a| &**a))
    }
}

/// A row that is not in the format: FILE:LINE and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DictError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

fn split_list(s: &str) -> Vec<Box<str>> {
    fields(s, b'|').map(str::trim).filter(|a| !a.is_empty()).map(Box::from).collect()
}

/// `s.split(sep)` for an ASCII `sep`, by the `memchr` crate's vectorized
/// search (`str::split` searches a word at a time; at startup this runs over
/// every column of a million rows).
fn fields(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut from = 0;
    memchr::memchr_iter(sep, s.as_bytes())
        .chain(std::iter::once(s.len()))
        .map(move |cut| {
            // `sep` is ASCII: every cut is on a char boundary.
            let f = &s[from..cut];
            from = cut + 1;
            f
        })
}

/// Parses one row. `Ok(None)` for comments and blank lines.
pub fn parse_row(row: &str) -> Result<Option<Entry>, String> {
    let row = row.trim_end_matches(['\r', '\n']);
    if row.trim().is_empty() || row.starts_with('#') {
        return Ok(None);
    }
    // The columns, on the stack (a row is parsed for each of a million entries).
    let mut cols = [""; 9];
    let mut n = 0;
    for c in fields(row, b'\t') {
        if n < cols.len() {
            cols[n] = c;
        }
        n += 1;
    }
    if !(4..=9).contains(&n) {
        return Err(format!(
            "expected 4 to 9 tab-separated columns (id, type, subtype, canonical, aliases, gender, country, roles, weight), found {n}"
        ));
    }
    let col = |i: usize| cols[i].trim();
    let id = col(0);
    if id.is_empty() {
        return Err("empty id".into());
    }
    let etype = EntityType::parse(col(1))
        .ok_or_else(|| format!("unknown type {:?} (expected PERSON, ORG, LOC or NORP)", col(1)))?;
    let canonical = col(3);
    if canonical.is_empty() {
        return Err("empty canonical name".into());
    }
    let gender = match col(5) {
        "" => None,
        "m" | "M" | "male" => Some(Gender::Male),
        "f" | "F" | "female" => Some(Gender::Female),
        other => return Err(format!("unknown gender {other:?} (expected m, f or empty)")),
    };
    let weight = match col(8) {
        "" => 0,
        w => w.parse::<u64>().map_err(|_| format!("weight {w:?} is not a non-negative integer"))?,
    };
    Ok(Some(Entry {
        id: id.into(),
        etype,
        subtype: col(2).into(),
        canonical: canonical.into(),
        aliases: split_list(col(4)),
        gender,
        country: col(6).into(),
        roles: if col(7).chars().any(char::is_uppercase) {
            split_list(&col(7).to_lowercase())
        } else {
            split_list(col(7))
        },
        weight,
    }))
}

/// Parses a whole dictionary; `file` names it in errors.
pub fn parse_dictionary(file: &str, content: &str) -> Result<Vec<Entry>, DictError> {
    let mut out = Vec::new();
    // Lines as `str::lines` gives them (a final empty piece after the last
    // line end is a blank row, skipped; `parse_row` drops a `\r`).
    for (i, row) in fields(content, b'\n').enumerate() {
        match parse_row(row) {
            Ok(Some(e)) => out.push(e),
            Ok(None) => {}
            Err(message) => return Err(DictError { file: file.to_string(), line: i + 1, message }),
        }
    }
    Ok(out)
}

/// Like [`parse_dictionary`], in parallel over chunks of lines (for big files).
pub fn parse_dictionary_parallel(file: &str, content: &str) -> Result<Vec<Entry>, DictError> {
    use rayon::prelude::*;
    const CHUNK: usize = 1 << 20;
    if content.len() <= CHUNK {
        return parse_dictionary(file, content);
    }
    // Cut at line ends, remembering the line number each chunk starts at.
    let mut chunks: Vec<(usize, &str)> = Vec::new();
    let (mut start, mut line) = (0, 1);
    while start < content.len() {
        let mut end = (start + CHUNK).min(content.len());
        while end < content.len() && content.as_bytes()[end - 1] != b'\n' {
            end += 1;
        }
        let chunk = &content[start..end];
        chunks.push((line, chunk));
        line += memchr::memchr_iter(b'\n', chunk.as_bytes()).count();
        start = end;
    }
    let parts: Vec<Vec<Entry>> = chunks
        .par_iter()
        .map(|(first_line, chunk)| {
            parse_dictionary(file, chunk).map_err(|e| DictError { line: e.line + first_line - 1, ..e })
        })
        .collect::<Result<_, _>>()?;
    // Moved, not cloned (`concat` would copy every entry's strings).
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for p in parts {
        out.extend(p);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_short_rows() {
        let e = parse_row("Q7747\tPERSON\tpolitician\tVladimir Putin\tPutin V.|Vladimir Vladimirovich Putin\tm\tRU\tPresident|president of russia\t900")
            .unwrap()
            .unwrap();
        assert_eq!(&*e.canonical, "Vladimir Putin");
        assert_eq!(e.aliases.len(), 2);
        assert_eq!(e.gender, Some(Gender::Male));
        assert_eq!(&*e.roles[0], "president");
        assert_eq!(e.weight, 900);
        let e = parse_row("x1\tORG\t\tAcme Widgets").unwrap().unwrap();
        assert!(e.aliases.is_empty() && e.gender.is_none() && e.weight == 0);
        assert!(parse_row("# comment").unwrap().is_none());
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = parse_dictionary("my.tsv", "# ok\nx\tPERSON\t\tA\nbad row\n").unwrap_err();
        assert_eq!(err.to_string().split(": ").next(), Some("my.tsv:3"));
        let err = parse_dictionary("my.tsv", "x\tTHING\t\tA\n").unwrap_err();
        assert!(err.message.contains("unknown type"));
        assert!(parse_dictionary("d", "x\tPERSON\t\tA\t\tq\n").is_err());
        assert!(parse_dictionary("d", "x\tPERSON\t\tA\t\t\t\t\t-3\n").is_err());
    }

    #[test]
    fn parallel_parse_counts_lines_across_chunks() {
        let mut big = String::new();
        for i in 0..40_000 {
            big.push_str(&format!("id{i}\tLOC\tcity\tPlace Number {i}\tAlias {i}\t\tXX\t\t{i}\n"));
        }
        let all = parse_dictionary_parallel("big", &big).unwrap();
        assert_eq!(all, parse_dictionary("big", &big).unwrap());
        big.push_str("bad\n");
        assert_eq!(parse_dictionary_parallel("big", &big).unwrap_err().line, 40_001);
    }
}

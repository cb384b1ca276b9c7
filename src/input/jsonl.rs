//! JSONL records: one article per line, every field kept byte for byte.

use super::{InputOptions, TEXT_FIELDS};
use crate::json::json_string;
use crate::article::{Article, Origin, RejectKind, Record, Rejection};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::fmt;

/// The fields of a JSON object, in order, values unparsed.
struct Fields(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut out: Vec<(String, Box<RawValue>)> = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Box<RawValue>>()? {
                    // A repeated key keeps its first place and its last value, as JSON parsers do.
                    match out.iter_mut().find(|(key, _)| *key == k) {
                        Some(slot) => slot.1 = v,
                        None => out.push((k, v)),
                    }
                }
                Ok(Fields(out))
            }
        }
        d.deserialize_map(FieldsVisitor)
    }
}

/// Parses one JSONL line into a record. Blank lines give `None`.
pub fn parse_jsonl_line(line: &[u8], origin: Origin, options: &InputOptions) -> Option<Record> {
    let mut line = line;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    if let Some(rest) = line.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        line = rest;
    }
    if line.iter().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let input_bytes = line.len() + 1;
    let reject = |kind, message: String| Rejection { origin: origin.clone(), id_json: None, kind, message, is_record: true };
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            return Some(Err(reject(
                RejectKind::InvalidUtf8,
                format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
            )))
        }
    };
    let fields = match serde_json::from_str::<Fields>(text) {
        Ok(f) => f.0,
        Err(e) if e.classify() == serde_json::error::Category::Data && !e.to_string().contains("surrogate") => {
            return Some(Err(reject(RejectKind::NotObject, format!("not a JSON object: {e}"))))
        }
        Err(e) => return Some(Err(reject(RejectKind::InvalidJson, format!("invalid JSON: {e}")))),
    };
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.get());
    let id_json = id_value(get("id"))
        .or_else(|| options.id_field.as_deref().and_then(|f| id_value(get(f))))
        .unwrap_or_else(|| json_string(&format!("{}{}:{}", options.id_prefix, origin.file, origin.line)));
    let title = get("title").and_then(|raw| serde_json::from_str::<String>(raw).ok());

    let candidates: Vec<&str> = match &options.text_field {
        Some(f) => vec![f.as_str()],
        None => TEXT_FIELDS.to_vec(),
    };
    let found = candidates.iter().find_map(|name| match get(name) {
        Some(raw) if raw != "null" => Some((*name, raw)),
        _ => None,
    });
    let Some((text_field, raw_text)) = found else {
        return Some(Err(Rejection {
            id_json: Some(id_json),
            ..reject(RejectKind::MissingText, format!("no text: none of the fields {} holds a string", candidates.join(", ")))
        }));
    };
    let repaired = std::cell::Cell::new(false);
    let body = match decode_string(raw_text, &repaired) {
        Ok(b) => b,
        Err(what) => {
            return Some(Err(Rejection {
                id_json: Some(id_json),
                ..reject(RejectKind::MissingText, format!("field `{text_field}` {what}"))
            }))
        }
    };
    Some(Ok(Article {
        id_json,
        title,
        text: body,
        origin,
        text_field: Some(text_field.to_string()),
        text_repaired: repaired.get(),
        fields: Some(fields),
        input_bytes,
    }))
}

/// An id must be a JSON string or number; anything else is ignored.
fn id_value(raw: Option<&str>) -> Option<String> {
    let raw = raw?;
    match raw.as_bytes().first()? {
        b'"' | b'-' | b'0'..=b'9' => Some(raw.to_string()),
        _ => None,
    }
}

/// Decodes a raw JSON string value. Lone surrogate escapes (`"\ud800"`),
/// which JSON allows but Unicode text cannot hold, become U+FFFD.
fn decode_string(raw: &str, repaired: &std::cell::Cell<bool>) -> Result<String, String> {
    if !raw.starts_with('"') {
        let what = match raw.as_bytes().first() {
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b't' | b'f') => "a boolean",
            _ => "a number",
        };
        return Err(format!("is {what}, not a string"));
    }
    match serde_json::from_str::<String>(raw) {
        Ok(s) => Ok(s),
        Err(_) => {
            repaired.set(true);
            serde_json::from_str::<String>(&replace_lone_surrogates(raw)).map_err(|e| format!("cannot be decoded: {e}"))
        }
    }
}

/// Rewrites `\uXXXX` escapes of unpaired surrogates as `\ufffd`.
fn replace_lone_surrogates(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    let hex_at = |i: usize| -> Option<u32> {
        let h = raw.get(i + 2..i + 6)?;
        if bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'u') {
            u32::from_str_radix(h, 16).ok()
        } else {
            None
        }
    };
    let mut last = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            if let Some(cp) = hex_at(i) {
                let is_high = (0xD800..0xDC00).contains(&cp);
                let is_low = (0xDC00..0xE000).contains(&cp);
                if is_high && hex_at(i + 6).is_some_and(|n| (0xDC00..0xE000).contains(&n)) {
                    i += 12;
                    continue;
                }
                if is_high || is_low {
                    out.push_str(&raw[last..i]);
                    out.push_str("\\ufffd");
                    i += 6;
                    last = i;
                    continue;
                }
                i += 6;
                continue;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    out.push_str(&raw[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn parse(line: &str) -> Option<Record> {
        parse_jsonl_line(line.as_bytes(), Origin { file: Arc::from("f.jsonl"), line: 7 }, &InputOptions::default())
    }

    #[test]
    fn reads_text_fallbacks_and_keeps_fields_in_order() {
        let a = parse(r#"{"url":"u","maintext":"Hello","n":1.50}"#).unwrap().unwrap();
        assert_eq!(a.text, "Hello");
        assert_eq!(a.text_field.as_deref(), Some("maintext"));
        assert_eq!(a.id_json, r#""f.jsonl:7""#);
        let f = a.fields.unwrap();
        let keys: Vec<_> = f.iter().map(|(k, v)| (k.as_str(), v.get())).collect();
        assert_eq!(keys, vec![("url", r#""u""#), ("maintext", r#""Hello""#), ("n", "1.50")]);
    }

    #[test]
    fn numeric_ids_pass_through() {
        let a = parse(r#"{"id": 42, "text":"x"}"#).unwrap().unwrap();
        assert_eq!(a.id_json, "42");
    }

    #[test]
    fn rejects_with_reasons() {
        let kind = |l: &str| parse(l).unwrap().unwrap_err().kind;
        assert_eq!(kind("{not json"), RejectKind::InvalidJson);
        assert_eq!(kind("[1,2]"), RejectKind::NotObject);
        assert_eq!(kind(r#"{"id":"a"}"#), RejectKind::MissingText);
        assert_eq!(kind(r#"{"text":null}"#), RejectKind::MissingText);
        assert_eq!(kind(r#"{"text":5}"#), RejectKind::MissingText);
        let r = parse_jsonl_line(b"{\"text\":\"\xff\"}", Origin { file: Arc::from("f"), line: 3 }, &InputOptions::default());
        let e = r.unwrap().unwrap_err();
        assert_eq!(e.kind, RejectKind::InvalidUtf8);
        assert_eq!(e.to_string().split(": ").next(), Some("f:3"));
    }

    #[test]
    fn blank_lines_bom_and_crlf() {
        assert!(parse("   \r\n").is_none());
        let a = parse("\u{feff}{\"text\":\"a\"}\r\n").unwrap().unwrap();
        assert_eq!(a.text, "a");
    }

    #[test]
    fn lone_surrogates_become_replacement_chars() {
        let a = parse(r#"{"text":"a\ud800b\udc00c\ud83d\ude00"}"#).unwrap().unwrap();
        assert_eq!(a.text, "a\u{fffd}b\u{fffd}c\u{1F600}");
    }
}

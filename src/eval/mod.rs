//! Scoring sayso output against gold, natively: the same numbers as the
//! Python scorers shipped with the eval sets.
//!
//! - [`score_quotes`]: `score.py` — quotes matched by text (P/R/F1), speaker
//!   accuracy on found quotes, end-to-end, and document-level entities.
//! - [`score_spans`]: `score_spans.py` — quotes matched by code-point spans
//!   (exact after trimming, and ≥ 50% overlap), speaker-mention overlap (all,
//!   pronoun, other), end-to-end.
//! - [`score_resolved`]: `score_resolved.py` — is `speaker` the right name.
//!
//! Inputs are parsed JSON values (gold articles, predicted articles). Text
//! normalization follows the scorers (NFKD with accents dropped, casefold);
//! the accent folding here covers the Latin letters, which is what news
//! names use.

mod text;

use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};
pub use text::{name_key, norm, sequence_ratio};

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

fn prf_counts(tp: usize, fp: usize, fn_: usize) -> Value {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    json!({"precision": round4(p), "recall": round4(r), "f1": round4(f), "tp": tp, "fp": fp, "fn": fn_})
}

fn id_of(v: &Value) -> Option<String> {
    match v.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    }
}

fn str_of<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

fn quotes_of(v: &Value) -> Vec<&Value> {
    v.get("quotes").and_then(Value::as_array).map_or_else(Vec::new, |a| a.iter().filter(|q| q.is_object()).collect())
}

/// Whether two quote texts are the same quote (normalized equal, or ≥ 90% similar).
pub fn same_quote(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count() as f64, b.chars().count() as f64);
    if la.min(lb) / la.max(lb) < 0.9 {
        return false;
    }
    sequence_ratio(&a, &b) >= 0.9
}

fn speaker_names(q: &Value) -> HashSet<String> {
    let mut names: Vec<&str> = Vec::new();
    match q.get("speaker") {
        Some(Value::Object(o)) => {
            for k in ["name", "canonical", "text"] {
                if let Some(s) = o.get(k).and_then(Value::as_str) {
                    names.push(s);
                }
            }
        }
        Some(Value::String(s)) => names.push(s),
        _ => {}
    }
    match q.get("speaker_mention") {
        Some(Value::Object(o)) => {
            if let Some(s) = o.get("text").and_then(Value::as_str) {
                names.push(s);
            }
        }
        Some(Value::String(s)) => names.push(s),
        _ => {}
    }
    names.into_iter().filter(|n| !n.is_empty()).map(name_key).collect()
}

fn gold_speaker_names(gq: &Value, article: &Value) -> HashSet<String> {
    let mut names: HashSet<String> = HashSet::new();
    if let Some(s) = str_of(gq, "speaker").filter(|s| !s.is_empty()) {
        names.insert(name_key(s));
    }
    if let Some(a) = gq.get("speaker_names").and_then(Value::as_array) {
        names.extend(a.iter().filter_map(Value::as_str).map(name_key));
    }
    if let Some(ents) = article.get("entities").and_then(Value::as_array) {
        for e in ents {
            let keys: HashSet<String> =
                e.get("names").and_then(Value::as_array).map_or_else(HashSet::new, |a| a.iter().filter_map(Value::as_str).map(name_key).collect());
            if !names.is_disjoint(&keys) {
                names.extend(keys);
            }
        }
    }
    names
}

fn type_map(t: &str) -> Option<&'static str> {
    Some(match t.to_uppercase().as_str() {
        "PERSON" | "PER" => "PERSON",
        "ORG" | "ORGANIZATION" | "ORGANISATION" | "COMPANY" => "ORG",
        "LOC" | "LOCATION" | "GPE" | "PLACE" | "COUNTRY" | "CITY" | "REGION" => "LOC",
        _ => return None,
    })
}

/// Pairs gold and predicted articles: by id, else by normalized title, else by order.
fn pair<'a>(gold: &'a [Value], pred: &'a [Value]) -> Vec<(&'a Value, Option<&'a Value>)> {
    let mut by_id: HashMap<String, &Value> = HashMap::new();
    let mut by_title: HashMap<String, &Value> = HashMap::new();
    for p in pred {
        if let Some(id) = id_of(p) {
            by_id.insert(id, p);
        }
        if let Some(t) = str_of(p, "title").filter(|t| !t.is_empty()) {
            by_title.insert(norm(t), p);
        }
    }
    gold.iter()
        .enumerate()
        .map(|(i, g)| {
            let gid = id_of(g);
            let gtitle = str_of(g, "title").filter(|t| !t.is_empty());
            let mut p = gid.as_ref().and_then(|id| by_id.get(id).copied());
            if p.is_none() {
                p = gtitle.and_then(|t| by_title.get(&norm(t)).copied());
            }
            if p.is_none() && gid.is_none() && gtitle.is_none() {
                p = pred.get(i);
            }
            (g, p)
        })
        .collect()
}

/// `score.py`: quotes by text, speakers, end-to-end, entities.
pub fn score_quotes(gold: &[Value], pred: &[Value]) -> Value {
    let (mut q_tp, mut q_fp, mut q_fn) = (0, 0, 0);
    let (mut sp_right, mut sp_seen, mut e2e) = (0usize, 0usize, 0usize);
    let (mut e_tp, mut e_fp, mut e_fn) = (0, 0, 0);
    let mut missing = 0;
    let empty = Value::Object(Map::new());
    for (g, p) in pair(gold, pred) {
        let p = p.unwrap_or_else(|| {
            missing += 1;
            &empty
        });
        let pq = quotes_of(p);
        let mut used = vec![false; pq.len()];
        for gq in quotes_of(g) {
            let gt = str_of(gq, "text").unwrap_or("");
            let hit = (0..pq.len()).find(|&i| !used[i] && same_quote(gt, str_of(pq[i], "text").unwrap_or("")));
            let Some(hit) = hit else {
                q_fn += 1;
                continue;
            };
            used[hit] = true;
            q_tp += 1;
            if str_of(gq, "speaker").is_some_and(|s| !s.is_empty()) {
                sp_seen += 1;
                if !speaker_names(pq[hit]).is_disjoint(&gold_speaker_names(gq, g)) {
                    sp_right += 1;
                    e2e += 1;
                }
            }
        }
        q_fp += used.iter().filter(|u| !**u).count();
        // Entities: distinct per article.
        let gents: Vec<&Value> = g.get("entities").and_then(Value::as_array).map_or_else(Vec::new, |a| a.iter().collect());
        let gnames: Vec<HashSet<String>> = gents
            .iter()
            .map(|e| e.get("names").and_then(Value::as_array).map_or_else(HashSet::new, |a| a.iter().filter_map(Value::as_str).map(name_key).collect()))
            .collect();
        let mut matched_idx: HashSet<usize> = HashSet::new();
        let mut matched_key: HashSet<(&'static str, String)> = HashSet::new();
        for e in p.get("entities").and_then(Value::as_array).map_or(&[][..], |a| a.as_slice()) {
            if !e.is_object() {
                continue;
            }
            let Some(t) = type_map(&e.get("type").map_or_else(String::new, |v| v.as_str().map_or_else(|| v.to_string(), str::to_string))) else {
                continue;
            };
            let canonical = str_of(e, "canonical").filter(|s| !s.is_empty());
            let etext = str_of(e, "text").filter(|s| !s.is_empty());
            let keys: HashSet<String> = [canonical, etext].iter().flatten().map(|s| name_key(s)).filter(|k| !k.is_empty()).collect();
            let hit = (0..gents.len()).find(|&j| str_of(gents[j], "type") == Some(t) && !keys.is_disjoint(&gnames[j]));
            match hit {
                Some(j) => {
                    matched_idx.insert(j);
                }
                None => {
                    let key = (t, name_key(canonical.or(etext).unwrap_or("")));
                    if matched_key.insert(key) {
                        e_fp += 1;
                    }
                }
            }
        }
        for (j, ge) in gents.iter().enumerate() {
            if ge.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                continue;
            }
            if matched_idx.contains(&j) {
                e_tp += 1;
            } else {
                e_fn += 1;
            }
        }
    }
    let gold_with_speaker: usize =
        gold.iter().map(|g| quotes_of(g).iter().filter(|q| str_of(q, "speaker").is_some_and(|s| !s.is_empty())).count()).sum();
    let pred_quotes = q_tp + q_fp;
    let p = if pred_quotes > 0 { round4(e2e as f64 / pred_quotes as f64) } else { 0.0 };
    let r = if gold_with_speaker > 0 { round4(e2e as f64 / gold_with_speaker as f64) } else { 0.0 };
    let f = if p + r > 0.0 { round4(2.0 * p * r / (p + r)) } else { 0.0 };
    json!({
        "articles": gold.len(), "articles_missing_in_prediction": missing,
        "quotes": prf_counts(q_tp, q_fp, q_fn),
        "speaker_accuracy": if sp_seen > 0 { round4(sp_right as f64 / sp_seen as f64) } else { 0.0 },
        "end2end": {"precision": p, "recall": r, "f1": f, "tp": e2e},
        "entities": prf_counts(e_tp, e_fp, e_fn),
    })
}

const TRIM: &[char] = &[' ', '\t', '\n', '\u{a0}', ',', '.', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '«', '»'];

fn trim(text: &[char], s: i64, e: i64) -> (i64, i64) {
    let n = text.len() as i64;
    let (mut s, mut e) = (s.max(0), e.min(n));
    while s < e && TRIM.contains(&text[s as usize]) {
        s += 1;
    }
    while e > s && TRIM.contains(&text[(e - 1) as usize]) {
        e -= 1;
    }
    (s, e)
}

fn int(v: &Value, k: &str) -> Option<i64> {
    v.get(k).and_then(Value::as_i64)
}

fn overlap(a: i64, b: i64, c: i64, d: i64) -> i64 {
    (b.min(d) - a.max(c)).max(0)
}

/// One gold quote of the span view: (start, end, speaker start, speaker end, pronoun).
type GoldSpan = (i64, i64, Option<i64>, Option<i64>, bool);

fn gold_view(rec: &Value, all: bool) -> Vec<GoldSpan> {
    let mut out = Vec::new();
    for q in quotes_of(rec) {
        let kind = str_of(q, "kind").unwrap_or("direct");
        let sp = (int(q, "speaker_start"), int(q, "speaker_end"), q.get("speaker_is_pronoun").is_some_and(truthy));
        let (Some(s), Some(e)) = (int(q, "start"), int(q, "end")) else { continue };
        if kind == "direct" || (kind == "indirect" && all) || (kind == "mixed" && all) {
            out.push((s, e, sp.0, sp.1, sp.2));
        } else if kind == "mixed" {
            for ab in q.get("quoted_subspans").and_then(Value::as_array).map_or(&[][..], |a| a.as_slice()) {
                if let (Some(a), Some(b)) = (ab.get(0).and_then(Value::as_i64), ab.get(1).and_then(Value::as_i64)) {
                    out.push((a, b, sp.0, sp.1, sp.2));
                }
            }
        }
    }
    out
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Null => false,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

fn speaker_span(q: &Value) -> Option<(i64, i64)> {
    if let Some(m) = q.get("speaker_mention").filter(|m| m.is_object()) {
        if let Some(s) = int(m, "start") {
            return Some((s, int(m, "end")?));
        }
    }
    Some((int(q, "speaker_start")?, int(q, "speaker_end")?))
}

/// `score_spans.py`: quotes by code-point spans and speaker-mention overlap.
/// `all` adds indirect speech and whole mixed quotes (the `--view all`).
pub fn score_spans(gold: &[Value], pred: &[Value], all: bool) -> Value {
    let mut preds: HashMap<String, Vec<&Value>> = HashMap::new();
    for r in pred {
        let id = id_of(r).unwrap_or_else(|| "None".into());
        preds.insert(id, quotes_of(r));
    }
    let (mut n_gold, mut n_pred, mut n_exact, mut n_ov, mut e2e, mut missing) = (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut sp = [[0usize; 2]; 3]; // all, pronoun, non-pronoun
    for r in gold {
        let t: Vec<char> = str_of(r, "text").unwrap_or("").chars().collect();
        let g = gold_view(r, all);
        let id = id_of(r).unwrap_or_else(|| "None".into());
        if !preds.contains_key(&id) {
            missing += 1;
        }
        let p: Vec<&Value> = preds.get(&id).map_or_else(Vec::new, |v| v.iter().copied().filter(|q| int(q, "start").is_some()).collect());
        let ps: Vec<(i64, i64)> = p.iter().map(|q| (int(q, "start").unwrap_or(0), int(q, "end").unwrap_or(0))).collect();
        n_gold += g.len();
        n_pred += p.len();
        let gset: HashSet<(i64, i64)> = g.iter().map(|x| trim(&t, x.0, x.1)).collect();
        n_exact += ps.iter().filter(|(s, e)| gset.contains(&trim(&t, *s, *e))).count();
        let mut used = vec![false; p.len()];
        for &(gs, ge, ss, se, pron) in &g {
            let (mut best, mut bi) = (0.0f64, None);
            for (i, &(qs, qe)) in ps.iter().enumerate() {
                if used[i] {
                    continue;
                }
                let cover = overlap(gs, ge, qs, qe) as f64 / (ge - gs).max(1) as f64;
                if cover > best {
                    best = cover;
                    bi = Some(i);
                }
            }
            let Some(bi) = bi.filter(|_| best >= 0.5) else { continue };
            used[bi] = true;
            n_ov += 1;
            let (Some(ss), Some(se)) = (ss, se) else { continue };
            let ok = speaker_span(p[bi]).is_some_and(|(a, b)| overlap(ss, se, a, b) > 0);
            e2e += ok as usize;
            for k in [0, if pron { 1 } else { 2 }] {
                sp[k][0] += ok as usize;
                sp[k][1] += 1;
            }
        }
    }
    let prf = |tp: usize| {
        let p = if n_pred > 0 { tp as f64 / n_pred as f64 } else { 0.0 };
        let r = if n_gold > 0 { tp as f64 / n_gold as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        json!({"precision": round4(p), "recall": round4(r), "f1": round4(f)})
    };
    let acc = |k: usize| if sp[k][1] > 0 { round4(sp[k][0] as f64 / sp[k][1] as f64) } else { 0.0 };
    json!({
        "view": if all { "all" } else { "direct" }, "articles": gold.len(), "articles_missing_in_prediction": missing,
        "gold_quotes": n_gold, "pred_quotes": n_pred,
        "quotes_exact": prf(n_exact), "quotes_overlap": prf(n_ov),
        "speaker": {"all": acc(0), "pronoun": acc(1), "non-pronoun": acc(2)},
        "speaker_counts": {"all": sp[0][1], "pronoun": sp[1][1], "non-pronoun": sp[2][1]},
        "end2end": prf(e2e),
    })
}

/// Whether a predicted speaker name is the gold one (`score_resolved.py`'s rule).
pub fn same_speaker(pred: &str, gold: &str) -> bool {
    let (p, g) = (text::resolved_key(pred), text::resolved_key(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    if p == g {
        return true;
    }
    let pt: Vec<&str> = p.split_whitespace().collect();
    let gt: Vec<&str> = g.split_whitespace().collect();
    if pt.last() != gt.last() {
        return false;
    }
    pt.len() == 1 || gt.len() == 1 || pt[0].chars().next() == gt[0].chars().next()
}

/// `score_resolved.py` (2026-12-02): accuracy of `speaker` on hand-resolved
/// gold quotes, by reason, and `precision`. A gold quote is matched by the
/// predicted quote that overlaps it most, when the overlap is at least half
/// of the *shorter* of the two spans; gold quotes with a null speaker count
/// only in `precision`: of the matched quotes given a speaker, the share
/// that are right.
pub fn score_resolved(gold: &[Value], pred: &[Value]) -> Value {
    let mut preds: HashMap<String, Vec<&Value>> = HashMap::new();
    for r in pred {
        preds.insert(id_of(r).unwrap_or_else(|| "None".into()), quotes_of(r).into_iter().filter(|q| int(q, "start").is_some()).collect());
    }
    let mut by: Vec<(String, [usize; 2])> = Vec::new();
    let mut bump = |k: &str, ok: bool| {
        if let Some(e) = by.iter_mut().find(|e| e.0 == k) {
            e.1[0] += ok as usize;
            e.1[1] += 1;
        } else {
            by.push((k.to_string(), [ok as usize, 1]));
        }
    };
    // [right, given a speaker] over matched gold quotes, unnamed ones included.
    let mut asserted = [0usize; 2];
    for g in gold {
        let gs = str_of(g, "speaker").filter(|s| !s.is_empty());
        let (s, e) = (int(g, "start").unwrap_or(0), int(g, "end").unwrap_or(0));
        let id = id_of(g).unwrap_or_else(|| "None".into());
        let (mut best, mut bq) = (0.0f64, None);
        for q in preds.get(&id).map_or(&[][..], |v| v.as_slice()) {
            let (qs, qe) = (int(q, "start").unwrap_or(0), int(q, "end").unwrap_or(0));
            let cover = overlap(s, e, qs, qe) as f64 / (e - s).min(qe - qs).max(1) as f64;
            if cover > best {
                best = cover;
                bq = Some(*q);
            }
        }
        let said = bq.filter(|_| best >= 0.5).and_then(|q| match q.get("speaker") {
            Some(Value::String(s)) => Some(s.as_str()),
            Some(Value::Object(o)) => o.get("name").and_then(Value::as_str),
            _ => None,
        });
        let said = said.filter(|s| !s.is_empty());
        let ok = said.zip(gs).is_some_and(|(p, g)| same_speaker(p, g));
        if said.is_some() {
            asserted[1] += 1;
            asserted[0] += ok as usize;
        }
        if gs.is_none() {
            continue;
        }
        bump("all", ok);
        bump(str_of(g, "reason").unwrap_or("?"), ok);
    }
    let mut out = Map::new();
    for (k, [ok, n]) in by {
        out.insert(k, json!({"accuracy": round4(ok as f64 / n as f64), "n": n}));
    }
    out.insert("precision".into(), json!({"accuracy": round4(asserted[0] as f64 / asserted[1].max(1) as f64), "n": asserted[1]}));
    Value::Object(out)
}

#[cfg(test)]
mod tests;

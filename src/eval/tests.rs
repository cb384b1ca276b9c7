use super::*;

fn lines(s: &str) -> Vec<Value> {
    s.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn normalization_and_ratio() {
    assert_eq!(norm("  “Señor Pérez,”  said. "), "senor perez,' said");
    assert_eq!(name_key("Mr. O’Neill’s"), "mr o'neill");
    assert!((sequence_ratio("abcd", "bcde") - 0.75).abs() < 1e-9);
    assert!(same_quote("\"We will win this war,\"", "we will win this war"));
    assert!(!same_quote("we will win", "we will lose it all"));
}

#[test]
fn text_matched_quotes_by_hand() {
    // Gold: two quotes (one with a speaker); prediction: one right quote with
    // the right speaker via an entity alias, and one extra.
    let gold = lines(
        r#"{"id": "a", "quotes": [{"text": "We are ready.", "speaker": "Anna Berg"}, {"text": "Never again", "speaker": null}], "entities": [{"type": "PERSON", "names": ["Anna Berg", "Berg"]}, {"type": "ORG", "names": ["Acme"], "optional": true}]}"#,
    );
    let pred = lines(
        r#"{"id": "a", "quotes": [{"text": "we are ready", "speaker": "Berg"}, {"text": "something else"}], "entities": [{"type": "PERSON", "text": "Berg", "canonical": "Berg"}, {"type": "LOC", "text": "Oslo", "canonical": "Oslo"}]}"#,
    );
    let r = score_quotes(&gold, &pred);
    assert_eq!(r["quotes"]["tp"], 1);
    assert_eq!(r["quotes"]["fp"], 1);
    assert_eq!(r["quotes"]["fn"], 1);
    assert_eq!(r["quotes"]["f1"], 0.5);
    assert_eq!(r["speaker_accuracy"], 1.0);
    assert_eq!(r["end2end"]["precision"], 0.5);
    assert_eq!(r["end2end"]["recall"], 1.0);
    assert_eq!(r["end2end"]["f1"], 0.6667);
    assert_eq!(r["entities"]["tp"], 1);
    assert_eq!(r["entities"]["fp"], 1);
    assert_eq!(r["entities"]["fn"], 0);
}

#[test]
fn span_matched_quotes_by_hand() {
    // Text: `"Go home," she said. He called it "a shame" today.`
    let gold = lines(
        r#"{"id": "b", "text": "\"Go home,\" she said. He called it \"a shame\" today.", "quotes": [{"kind": "direct", "start": 1, "end": 9, "speaker_start": 11, "speaker_end": 14, "speaker_is_pronoun": true}, {"kind": "mixed", "start": 21, "end": 50, "quoted_subspans": [[36, 43]], "speaker_start": 21, "speaker_end": 23, "speaker_is_pronoun": true}, {"kind": "indirect", "start": 0, "end": 5}]}"#,
    );
    let pred = lines(
        r#"{"id": "b", "quotes": [{"start": 1, "end": 8, "speaker_mention": {"start": 11, "end": 14}}, {"start": 36, "end": 41, "speaker_mention": {"start": 11, "end": 14}}, {"start": 45, "end": 50}]}"#,
    );
    let r = score_spans(&gold, &pred, false);
    assert_eq!(r["gold_quotes"], 2);
    assert_eq!(r["pred_quotes"], 3);
    // Exact: the first equals once trimmed; the second is only partly covered.
    assert_eq!(r["quotes_exact"]["precision"], 0.3333);
    assert_eq!(r["quotes_exact"]["recall"], 0.5);
    assert_eq!(r["quotes_overlap"]["recall"], 1.0);
    assert_eq!(r["speaker"]["all"], 0.5);
    assert_eq!(r["speaker"]["pronoun"], 0.5);
    assert_eq!(r["end2end"]["f1"], 0.4);
}

#[test]
fn resolved_speakers_by_hand() {
    let gold = lines(
        r#"{"id": "c", "start": 0, "end": 10, "speaker": "Anna M. Berg", "reason": "surname"}
{"id": "c", "start": 20, "end": 30, "speaker": "Tom Lee", "reason": "pronoun"}
{"id": "c", "start": 40, "end": 50, "speaker": null, "reason": "unnamed"}"#,
    );
    let pred = lines(r#"{"id": "c", "quotes": [{"start": 0, "end": 9, "speaker": "A. Berg"}, {"start": 20, "end": 30, "speaker": "Sam Lee"}]}"#);
    let r = score_resolved(&gold, &pred);
    assert_eq!(r["all"]["accuracy"], 0.5);
    assert_eq!(r["all"]["n"], 2);
    assert_eq!(r["surname"]["accuracy"], 1.0);
    // Precision: 1 right of 2 given (the unnamed gold quote has no match).
    assert_eq!(r["precision"]["accuracy"], 0.5);
    assert_eq!(r["precision"]["n"], 2);
    assert!(same_speaker("Berg", "Anna Berg"));
    assert!(same_speaker("Tim Lee", "Tom Lee"), "first initials agree");
    assert!(!same_speaker("Sam Lee", "Tom Lee"));
}

#[test]
fn resolved_matches_by_the_shorter_span_and_counts_unnamed_in_precision() {
    // A mixed gold clause of 100 characters; the partial quote's 20 words inside it match.
    let gold = lines(
        r#"{"id": "d", "start": 0, "end": 100, "speaker": "Ann Roe", "reason": "name"}
{"id": "d", "start": 200, "end": 230, "speaker": null, "reason": "unnamed"}"#,
    );
    let pred = lines(r#"{"id": "d", "quotes": [{"start": 40, "end": 60, "speaker": "Ann Roe"}, {"start": 200, "end": 230, "speaker": "Bo Li"}]}"#);
    let r = score_resolved(&gold, &pred);
    assert_eq!(r["all"]["accuracy"], 1.0);
    assert_eq!(r["all"]["n"], 1);
    // A name given where the article names nobody is wrong.
    assert_eq!(r["precision"]["accuracy"], 0.5);
}

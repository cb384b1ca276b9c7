#!/usr/bin/env bash
# Speaker-attribution figures of issue 14 in one table: resolved speaker (train and dev, by reason,
# precision), speaker mention and quote overlap (score_spans), GUM marked quotes, seed.
# Usage: benches/eval_speakers.sh [EVAL_DIR] [OUT_DIR]   (EVAL_DIR defaults to ../shared/eval)
# Needs a release build (cargo build --release). Gold data is read from EVAL_DIR, never copied.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
ev="${1:-$here/../shared/eval}"
out="${2:-/tmp/sayso-eval-speakers}"
bin="$here/target/release/sayso"
mkdir -p "$out"
"$bin" extract --no-text "$ev/polnear/train.jsonl" > "$out/train.jsonl"
"$bin" extract --no-text "$ev/polnear/dev.jsonl" > "$out/dev.jsonl"
"$bin" extract --no-text "$ev/gum/dev.jsonl" > "$out/gum.jsonl"
"$bin" extract "$ev/seed/news-dump.txt" > "$out/seed.jsonl"
python3 - "$ev" "$out" <<'PY'
import json, subprocess, sys
ev, out = sys.argv[1], sys.argv[2]
def run(*a):
    return json.loads(subprocess.check_output(["python3", *a, "--json"]))
rt = run(f"{ev}/score_resolved.py", f"{ev}/polnear/train-speakers.jsonl", f"{out}/train.jsonl")
rd = run(f"{ev}/score_resolved.py", f"{ev}/polnear/dev-speakers.jsonl", f"{out}/dev.jsonl")
print(f"{'resolved speaker':24} {'train':>14} {'dev':>14} {'gap':>7}")
for k in ("all", "precision", "name", "surname", "pronoun", "description"):
    a, b = rt.get(k, {"accuracy": 0, "n": 0}), rd.get(k, {"accuracy": 0, "n": 0})
    print(f"  {k:22} {a['accuracy']:.3f} ({a['n']:>4}) {b['accuracy']:.3f} ({b['n']:>4}) {a['accuracy']-b['accuracy']:+.3f}")
st = run(f"{ev}/score_spans.py", f"{ev}/polnear/train.jsonl", f"{out}/train.jsonl")
sd = run(f"{ev}/score_spans.py", f"{ev}/polnear/dev.jsonl", f"{out}/dev.jsonl")
print(f"{'score_spans':24} {'train':>14} {'dev':>14}")
print(f"  {'speaker mention':22} {st['speaker']['all']:>14.3f} {sd['speaker']['all']:>14.3f}")
print(f"  {'quote overlap F1':22} {st['quotes_overlap']['f1']:>14.3f} {sd['quotes_overlap']['f1']:>14.3f}")
g = run(f"{ev}/score_marked.py", f"{ev}/gum/dev-quotes.jsonl", f"{out}/gum.jsonl")
print(f"gum marked: speech found {g['speech_found']:.3f}, non-speech reported {g['not_speech_reported']:.3f}, speaker right {g['speaker_right']:.3f}")
s = run(f"{ev}/score.py", f"{ev}/seed/gold.json", f"{out}/seed.jsonl")
q = s["quotes"]
print(f"seed: quotes tp {q['tp']} fp {q['fp']} fn {q['fn']}, speaker accuracy {s['speaker_accuracy']:.3f}")
PY

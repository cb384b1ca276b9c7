#!/usr/bin/env bash
# Instructions per byte of article text, counted by cachegrind (deterministic,
# unlike the clock of a shared machine): `sayso extract --threads 1` over
# INPUT (JSONL) minus the same over an empty input (startup: dictionaries
# loaded, matchers built), divided by the bytes of the articles' text.
#
#   benches/instructions.sh INPUT.jsonl [SAYSO]
set -euo pipefail
input=${1:?usage: $0 INPUT.jsonl [SAYSO]}
sayso=${2:-$(dirname "$0")/../target/release/sayso}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/empty.jsonl"

count() { # total instructions of one extract run
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$tmp/cg.out" \
    "$sayso" extract -q --progress never --threads 1 "$1" > /dev/null 2> "$tmp/vg.log"
  grep '^summary:' "$tmp/cg.out" | awk '{print $2}'
}

all=$(count "$input")
startup=$(count "$tmp/empty.jsonl")
bytes=$(python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = next((d[f] for f in ["text", "maintext", "content", "body", "article"] if isinstance(d.get(f), str)), "")
    n += len(t.encode())
print(n)' "$input")
echo "instructions: $all total, $startup startup, $bytes bytes of text"
awk -v a="$all" -v s="$startup" -v b="$bytes" 'BEGIN { printf "worker instructions per byte of text: %.1f\n", (a - s) / b }'

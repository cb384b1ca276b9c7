#!/usr/bin/env bash
# Byte-identical output check for refactors that must not change what sayso
# writes. `save` runs the current build over a fixed set of inputs and keeps
# the outputs as the baseline; `check` runs them again and compares byte for
# byte (exit 1 on any difference, with the first differing line shown).
#
#   benches/identical.sh save  [BASELINE_DIR]
#   benches/identical.sh check [BASELINE_DIR]
#
# Inputs come from the workspace's shared data (not in the repository):
# SHARED (default /work/shared): the seed dump, PolNeAR train+dev, CoNLL dev,
# GUM dev (structured and flat) and the first 30 MB of the news corpus
# (decompressed, cut at a line end; made once, kept in the baseline dir).
# SAYSO (default target/release/sayso) is the binary under test.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:?usage: $0 save|check [BASELINE_DIR]}
base=${2:-/work/baseline13}
shared=${SHARED:-/work/shared}
sayso=${SAYSO:-target/release/sayso}
mkdir -p "$base"

corpus="$base/corpus30.jsonl"
if [ ! -s "$corpus" ]; then
  # The first 30 MB of the corpus, whole lines only.
  { gzip -dc "$shared/corpus/news.jsonl.gz" || true; } | head -c $((30 << 20)) | sed '$d' > "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi

# name | extract flags | input
cases=(
  "seed||$shared/eval/seed/news-dump.txt"
  "polnear-train|--no-text|$shared/eval/polnear/train.jsonl"
  "polnear-dev|--no-text|$shared/eval/polnear/dev.jsonl"
  "conll-dev|--no-text|$shared/eval/conll03/dev.jsonl"
  "gum-dev|--no-text|$shared/eval/gum/dev.jsonl"
  "gum-dev-flat|--no-text|$shared/eval/gum/dev-flat.jsonl"
  "corpus30||$corpus"
)

failed=0
for c in "${cases[@]}"; do
  IFS='|' read -r name flags input <<<"$c"
  if [ "$mode" = save ]; then
    # shellcheck disable=SC2086
    "$sayso" extract -q --progress never $flags "$input" > "$base/$name.out.jsonl"
    sha256sum < "$base/$name.out.jsonl" | cut -d' ' -f1 > "$base/$name.sha256"
    echo "saved   $name ($(wc -l < "$base/$name.out.jsonl") lines)"
    continue
  fi
  # shellcheck disable=SC2086
  "$sayso" extract -q --progress never $flags "$input" > "$base/$name.new.jsonl"
  if cmp -s "$base/$name.new.jsonl" "$base/$name.out.jsonl"; then
    echo "same    $name"
    rm "$base/$name.new.jsonl"
  else
    failed=1
    echo "DIFFERS $name: $(cmp "$base/$name.new.jsonl" "$base/$name.out.jsonl" | head -1) (kept in $name.new.jsonl)"
  fi
done
exit $failed

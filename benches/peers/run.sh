#!/usr/bin/env bash
# Peers benchmark: flashtext, pyahocorasick, spaCy PhraseMatcher, spaCy NER and
# sayso on the same texts and the same patterns, MB/s of article text on 1 core.
#
#   benches/peers/run.sh [INPUT.jsonl[.gz]] [--mb N] [--ner-mb N] [--sayso PATH] ...
#
# Makes its own venv in benches/peers/.venv on first use (and again when
# requirements.txt changes). See README.md beside this file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${PYTHON:-python3}"
venv="$here/.venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "peers: creating $venv" >&2
  "$py" -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
  echo "$want" > "$stamp"
fi
# One core: no BLAS/OpenMP thread pools in spaCy (thinc/numpy).
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
export PYTHONHASHSEED=0
exec "$venv/bin/python" "$here/bench.py" "$@"

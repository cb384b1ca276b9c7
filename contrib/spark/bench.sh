#!/usr/bin/env bash
# Overhead of running sayso through Spark: sayso alone against
# contrib/spark/sayso_spark.py on local[1] and local[2], same input.
#
#     bash contrib/spark/bench.sh CORPUS.jsonl.gz [VENV]
#
# Prints one line per run: wall seconds (whole command, JVM start included),
# MB/s of uncompressed input, and checks every Spark output line is
# byte-identical (by id) to the direct run's.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CORPUS=$(realpath "$1")
VENV=${2:-$ROOT/target/spark-venv}
PY="$VENV/bin/python"
SAYSO=${SAYSO:-$ROOT/target/release/sayso}
W=$(mktemp -d -t sayso-spark-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
export PYSPARK_PYTHON="$PY" SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1} RUST_BACKTRACE=0

# Inputs: the .gz (one partition: gzip does not split), the same data plain
# (Spark splits it), and the same data as 2 .gz files (one per partition).
zcat "$CORPUS" > "$W/plain.jsonl"
MB=$(python3 -c "import os;print(os.path.getsize('$W/plain.jsonl')/1e6)")
mkdir -p "$W/two"
n=$(wc -l < "$W/plain.jsonl")
head -n $(( n / 2 )) "$W/plain.jsonl" | gzip -1 > "$W/two/part-1.jsonl.gz"
tail -n +$(( n / 2 + 1 )) "$W/plain.jsonl" | gzip -1 > "$W/two/part-2.jsonl.gz"
printf '%-58s %8s %8s\n' "run" "wall s" "MB/s"

t() {  # label, command...
    local label=$1; shift
    local s e
    s=$(date +%s.%N)
    "$@" > "$W/last.log" 2>&1 || { cat "$W/last.log" >&2; return 1; }
    e=$(date +%s.%N)
    python3 -c "w=$e-$s; print('%-58s %8.1f %8.1f' % ('$label', w, $MB/w))"
    grep -h "sayso_spark: wrote" "$W/last.log" | sed 's/^/      /' || true
}

t "sayso alone, --threads 1 (.gz)" "$SAYSO" extract --threads 1 --on-error emit -q "$CORPUS" -o "$W/direct.jsonl"
t "sayso alone, --threads 2 (.gz)" "$SAYSO" extract --threads 2 --on-error emit -q "$CORPUS" -o "$W/direct2.jsonl"
t "spark local[1], 1 partition (.gz), --threads 1" "$PY" "$ROOT/contrib/spark/sayso_spark.py" "$CORPUS" "$W/s1" --master 'local[1]' --sayso "$SAYSO"
t "spark local[2], 2 partitions (2 .gz files), --threads 1" "$PY" "$ROOT/contrib/spark/sayso_spark.py" "$W/two" "$W/s2" --master 'local[2]' --sayso "$SAYSO"
t "spark local[2], 2 splits of plain JSONL, --threads 1" "$PY" "$ROOT/contrib/spark/sayso_spark.py" "$W/plain.jsonl" "$W/s3" --master 'local[2]' --sayso "$SAYSO" --partitions 2
t "spark local[2], 1 partition (.gz), --threads 2" "$PY" "$ROOT/contrib/spark/sayso_spark.py" "$CORPUS" "$W/s4" --master 'local[2]' --sayso "$SAYSO" --threads 2

"$PY" - "$W" <<'EOF'
import glob, gzip, json, sys
w = sys.argv[1]
ref = {}
for l in open(w + "/direct.jsonl", "rb"):
    ref[json.dumps(json.loads(l)["id"])] = l
for run in ("s1", "s2", "s3", "s4"):
    got = {}
    for f in glob.glob(w + "/" + run + "/part-*"):
        for l in gzip.open(f, "rb"):
            got[json.dumps(json.loads(l)["id"])] = l
    arts = [k for k, v in ref.items() if not v.rstrip().endswith(b"}}")]
    errs = [k for k in ref if k not in set(arts)]
    same_a = sum(1 for k in arts if got.get(k) == ref[k])
    same_e = sum(1 for k in errs if got.get(k) == ref[k])
    print("%s: %d lines out for %d; articles byte-identical %d/%d; error objects identical %d/%d"
          " (they name the input file, which differs for the re-cut inputs)" % (run, len(got), len(ref), same_a, len(arts), same_e, len(errs)))
EOF

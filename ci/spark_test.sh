#!/usr/bin/env bash
# Integration test of contrib/spark/sayso_spark.py on a local[2] Spark.
# Run by .ci/run as its own step (not inside cargo test):
#
#     bash ci/spark_test.sh
#
# Needs: network access to Debian's packages (Java, only if missing) and PyPI
# (pyspark, pandas, pyarrow, into a venv kept under target/ between runs).
# Env: SAYSO (binary; default target/release/sayso, built if missing),
#      SAYSO_SPARK_VENV (venv folder), SAYSO_SPARK_WORK (scratch folder).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
START=$(date +%s)

java_major() {
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ] 2>/dev/null; then
    echo "spark_test: installing Java (openjdk-17-jre-headless; Spark 4 needs 17+)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

VENV=${SAYSO_SPARK_VENV:-$ROOT/target/spark-venv}
if ! "$VENV/bin/python" -c 'import pyspark, pyarrow, pandas; assert pyspark.__version__ == "4.3.0"' >/dev/null 2>&1; then
    echo "spark_test: creating venv $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check "pyspark[sql]==4.3.0" "pandas<3" pyarrow
fi

SAYSO=${SAYSO:-$ROOT/target/release/sayso}
if [ ! -x "$SAYSO" ]; then
    cargo build --release --quiet
fi
SAYSO=$(cd "$(dirname "$SAYSO")" && pwd)/$(basename "$SAYSO")

WORK=${SAYSO_SPARK_WORK:-$(mktemp -d -t sayso-spark-test.XXXXXX)}
trap 'rm -rf "$WORK"' EXIT
export PYSPARK_PYTHON="$VENV/bin/python"
export PYSPARK_DRIVER_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

status=0
"$VENV/bin/python" ci/spark_check.py "$SAYSO" "$WORK" || status=$?
echo "spark_test: $(( $(date +%s) - START ))s"
exit $status

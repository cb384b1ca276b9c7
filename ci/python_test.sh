#!/usr/bin/env bash
# The Python package: `pip install ./python` in a fresh venv (pip fetches
# maturin from PyPI and builds the pyo3 crate), then its pytest suite, which
# compares the package with target/release/sayso. Run by .ci/run after the
# Rust tests:
#
#     bash ci/python_test.sh
#
# Env: SAYSO_PY_VENV (venv folder; default: a new temporary one).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
START=$(date +%s)

echo "python_test: the sayso binary the tests compare with (cargo build --release)"
cargo build --release --quiet

if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    echo "python_test: installing python3-venv"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq python3-venv >/dev/null
fi
VENV=${SAYSO_PY_VENV:-$(mktemp -d)/venv}
echo "python_test: fresh venv $VENV ($(python3 --version))"
python3 -m venv "$VENV"
# The pyo3 crate has the root crate's release profile: with the root's
# target/ the dependencies already built by `cargo test --release` are reused.
echo "python_test: pip install ./python pytest"
CARGO_TARGET_DIR="$ROOT/target" "$VENV/bin/pip" install -q --disable-pip-version-check ./python pytest

echo "python_test: pytest python/tests"
# From outside the source tree, so that `import sayso` is the installed package.
(cd "$VENV" && "$VENV/bin/python" -m pytest -q "$ROOT/python/tests")
echo "python_test: done in $(( $(date +%s) - START )) s"

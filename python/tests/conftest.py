"""Shared fixtures: the repository root, the `sayso` binary, one pipeline."""

import os
import subprocess
from pathlib import Path

import pytest

import sayso

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sayso_bin() -> Path:
    """The command line the package must agree with: $SAYSO_BIN, else target/release/sayso
    (built by `cargo build --release`, which .ci/run runs before pytest)."""
    path = Path(os.environ.get("SAYSO_BIN", ROOT / "target" / "release" / "sayso"))
    if not path.is_file():
        pytest.fail(f"{path}: no sayso binary; run `cargo build --release` first or set SAYSO_BIN")
    return path


@pytest.fixture(scope="session")
def pipeline() -> sayso.Pipeline:
    return sayso.Pipeline()


@pytest.fixture(scope="session")
def cli(sayso_bin):
    """Runs `sayso ARGS...`, returns the CompletedProcess (bytes)."""

    def run(*args, stdin: bytes = b""):
        return subprocess.run([str(sayso_bin), *map(str, args)], input=stdin, capture_output=True, check=False)

    return run

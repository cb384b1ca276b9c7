#!/usr/bin/env bash
# Builds a fully static sayso for x86_64 Linux (musl libc) to ship to cluster
# nodes: no shared libraries, the dictionaries embedded (build.rs includes
# every file under dictionaries/ in the binary), nothing read from $HOME or
# the working directory at run time.
#
#     bash contrib/spark/build-static.sh        # -> target/sayso-x86_64-linux-musl
#
# Needs: rustup (adds the x86_64-unknown-linux-musl target if missing) and
# musl-gcc for the C part of zstd (Debian: apt-get install musl-tools; done
# here when missing and running as root).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
TARGET=x86_64-unknown-linux-musl
OUT=${1:-target/sayso-x86_64-linux-musl}

if ! rustup target list --installed | grep -qx "$TARGET"; then
    rustup target add "$TARGET"
fi
if ! command -v musl-gcc >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq musl-tools >/dev/null
        # Note: with musl installed (/lib/ld-musl-x86_64.so.1), snappy-java in
        # Spark loads its musl library and fails; build on a build box, or
        # `apt-get remove musl-tools musl musl-dev` afterwards on a Spark machine.
        echo "build-static: installed musl-tools (remove it on machines that run Spark: see contrib/spark/README.md)" >&2
    else
        echo "build-static: musl-gcc not found: install musl-tools (Debian/Ubuntu) or musl-gcc" >&2
        exit 2
    fi
fi

export CC_x86_64_unknown_linux_musl=musl-gcc
# Static C runtime (the default for musl, said out loud).
export CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_RUSTFLAGS="-C target-feature=+crt-static"
cargo build --release --locked --target "$TARGET"

mkdir -p "$(dirname "$OUT")"
cp "target/$TARGET/release/sayso" "$OUT"
strip "$OUT" 2>/dev/null || true   # the release profile keeps line tables (debug = 1)

# Check: static, and it runs from an empty directory with an empty environment.
if command -v file >/dev/null 2>&1; then
    file "$OUT"
fi
if readelf -d "$OUT" 2>/dev/null | grep -q NEEDED; then
    echo "build-static: $OUT needs shared libraries:" >&2
    readelf -d "$OUT" | grep NEEDED >&2
    exit 1
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
line=$(cd "$probe" && printf '{"id":"probe","text":"Angela Merkel said in Berlin: \\"We will manage.\\""}\n' \
    | env -i HOME=/nonexistent "$ROOT/$OUT" extract --pipe --threads 1)
case "$line" in
    *'"entities":[{'*) ;;
    *) echo "build-static: $OUT found no entity: $line" >&2; exit 1 ;;
esac
echo "build-static: $OUT ($(du -h "$OUT" | cut -f1), static, dictionaries embedded)"

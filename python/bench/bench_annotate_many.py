"""Throughput of `Pipeline.annotate_many` against `sayso extract` on the same texts.

    python python/bench/bench_annotate_many.py CORPUS.jsonl[.gz] [--mb 20] [--threads 2] [--rounds 3]

Takes the bodies (first of text, maintext, content, body, article, as the
CLI) of the corpus's first articles up to --mb MB of UTF-8, writes them as a
JSONL file {"id", "text"}, then, in alternating rounds (the machine may be
shared: both sides see the same load):

- cli: `sayso extract --threads N --no-text -q -o /dev/null FILE`, wall time,
  minus the CLI's start-up (the same command on a one-article file), since the
  Python pipeline is built once before timing;
- py: `Pipeline.annotate_many(texts, threads=N)` (JSON → dicts included), and
  `annotate_many_json` (bytes only) to show what the conversion costs.

Prints MB/s of input text (best round of each) and the ratio py / cli.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sayso

BODY_FIELDS = ("text", "maintext", "content", "body", "article")


def load_texts(path: Path, max_bytes: int):
    opener = gzip.open if path.suffix == ".gz" else open
    texts, size = [], 0
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            body = next((rec[k] for k in BODY_FIELDS if isinstance(rec.get(k), str)), None)
            if body is None:
                continue
            n = len(body.encode("utf-8"))
            if size + n > max_bytes:
                break
            texts.append(body)
            size += n
    return texts, size


def run_cli(binary, path, threads):
    t = time.perf_counter()
    subprocess.run(
        [binary, "extract", "--threads", str(threads), "--no-text", "-q", "-o", "/dev/null", str(path)], check=True
    )
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--bin", default=str(Path(__file__).resolve().parents[2] / "target" / "release" / "sayso"))
    args = ap.parse_args()

    texts, size = load_texts(args.corpus, int(args.mb * 1e6))
    mb = size / 1e6
    print(f"{len(texts)} articles, {mb:.1f} MB of text, {args.threads} threads, {args.rounds} rounds", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "texts.jsonl"
        one = Path(tmp) / "one.jsonl"
        with open(data, "w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": i, "text": t}) + "\n")
        one.write_text(json.dumps({"id": 0, "text": texts[0]}) + "\n", encoding="utf-8")

        t = time.perf_counter()
        p = sayso.Pipeline()
        print(f"Pipeline() {time.perf_counter() - t:.2f} s", flush=True)
        p.annotate_many(texts[:50], threads=args.threads)  # warm the pool

        best = {"cli": [], "cli_startup": [], "py": [], "py_json": []}
        for r in range(args.rounds):
            best["cli_startup"].append(run_cli(args.bin, one, args.threads))
            best["cli"].append(run_cli(args.bin, data, args.threads))
            t = time.perf_counter()
            out = p.annotate_many(texts, threads=args.threads)
            best["py"].append(time.perf_counter() - t)
            assert len(out) == len(texts)
            del out
            t = time.perf_counter()
            raw = p.annotate_many_json(texts, threads=args.threads)
            best["py_json"].append(time.perf_counter() - t)
            del raw
            print(
                f"round {r + 1}: cli {best['cli'][-1]:.2f} s (start-up {best['cli_startup'][-1]:.2f} s), "
                f"annotate_many {best['py'][-1]:.2f} s, annotate_many_json {best['py_json'][-1]:.2f} s",
                flush=True,
            )

    cli_net = min(best["cli"]) - min(best["cli_startup"])
    rates = {
        "cli (wall, with start-up)": mb / min(best["cli"]),
        "cli (start-up subtracted)": mb / cli_net,
        "annotate_many": mb / min(best["py"]),
        "annotate_many_json": mb / min(best["py_json"]),
    }
    for k, v in rates.items():
        print(f"{k:28} {v:7.2f} MB/s")
    print(f"ratio annotate_many / cli (start-up subtracted): {rates['annotate_many'] / rates['cli (start-up subtracted)']:.2f}")
    print(f"ratio annotate_many / cli (wall):                {rates['annotate_many'] / rates['cli (wall, with start-up)']:.2f}")


if __name__ == "__main__":
    sys.exit(main())

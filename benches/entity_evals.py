#!/usr/bin/env python3
"""Runs the entity evaluations of the project's workspace and prints one table.

    python3 benches/entity_evals.py [--eval ../shared/eval] [--bin target/release/sayso]
                                    [--out /tmp/evals] [--only conll,gum,seed,polnear,speakers]

For each gold set: `sayso extract --no-text GOLD > OUT/NAME.jsonl`, then the workspace's own
scorer (score_ner.py, score.py, score_resolved.py). Also checks PolNeAR dev output for links
to political parties outside the United States (every party linked there should be a US one),
reading party entries from dictionaries/*.tsv.gz. Standard library only. The gold files and
scorers live outside the repository (research use only); nothing of them is copied here.
"""
import argparse
import collections
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def run_extract(binary, gold, out):
    with open(out, "wb") as f:
        r = subprocess.run([binary, "extract", "--no-text", "--progress", "never", gold], stdout=f, stderr=subprocess.PIPE)
    # Exit 1 means some records were rejected (a panic or bad input): the
    # figures would silently score fewer documents, so that is a failure too.
    if r.returncode != 0:
        sys.exit(f"sayso extract {gold} failed or rejected records: {r.stderr.decode()[-500:]}")


def scorer(ev, name, *args):
    r = subprocess.run([sys.executable, os.path.join(ev, name), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"{name} failed: {r.stderr[-500:]}")
    return r.stdout


def ner(ev, gold, pred):
    js = pred + ".score.json"
    scorer(ev, "score_ner.py", gold, pred, "--json", js)
    with open(js) as f:
        d = json.load(f)
    ex = d["exact"]
    row = {"F1": ex["ALL"]["f1"] if "ALL" in ex else None}
    for t in ("PERSON", "ORG", "LOC"):
        row[t] = ex[t]["f1"]
    if "ALL" not in ex:
        tp = sum(ex[t]["tp"] for t in ("PERSON", "ORG", "LOC"))
        p = sum(ex[t]["pred"] for t in ("PERSON", "ORG", "LOC"))
        g = sum(ex[t]["gold"] for t in ("PERSON", "ORG", "LOC"))
        row["F1"] = 2 * tp / max(1, p + g)
    return row


def parties():
    """id -> country of every party entry of the bundled dictionaries."""
    out = {}
    d = os.path.join(REPO, "dictionaries")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".tsv.gz"):
            continue
        with gzip.open(os.path.join(d, name), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) >= 7 and c[2] == "party":
                    out[c[0]] = c[6]
    return out


def party_check(pred):
    ps = parties()
    n, foreign = 0, collections.Counter()
    with open(pred) as f:
        for line in f:
            r = json.loads(line)
            for e in r.get("entities", []):
                if e.get("id") in ps:
                    n += 1
                    if ps[e["id"]] != "US":
                        foreign[(e["text"], e["canonical"], ps[e["id"]])] += 1
    return n, foreign


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(REPO, "..", "shared", "eval"))
    ap.add_argument("--bin", default=os.path.join(REPO, "target", "release", "sayso"))
    ap.add_argument("--out", default="/tmp/sayso-evals")
    ap.add_argument("--only", default="conll,gum,seed,polnear,speakers")
    a = ap.parse_args()
    ev, only = a.eval, set(a.only.split(","))
    os.makedirs(a.out, exist_ok=True)
    rows = []
    if "conll" in only:
        for split in ("train", "dev"):
            gold = os.path.join(ev, "conll03", f"{split}.jsonl")
            pred = os.path.join(a.out, f"conll-{split}.jsonl")
            run_extract(a.bin, gold, pred)
            rows.append((f"CoNLL {split} exact F1", ner(ev, gold, pred)))
    if "gum" in only:
        gold = os.path.join(ev, "gum", "dev-flat.jsonl")
        pred = os.path.join(a.out, "gum-dev-flat.jsonl")
        run_extract(a.bin, gold, pred)
        rows.append(("GUM dev-flat exact F1", ner(ev, gold, pred)))
    if "seed" in only:
        gold = os.path.join(ev, "seed", "news-dump.txt")
        pred = os.path.join(a.out, "seed.jsonl")
        run_extract(a.bin, gold, pred)
        d = json.loads(scorer(ev, "score.py", os.path.join(ev, "seed", "gold.json"), pred, "--json"))
        rows.append(("seed entities F1", {"F1": d["entities"]["f1"]}))
    if "polnear" in only or "speakers" in only:
        for split in ("train", "dev"):
            gold = os.path.join(ev, "polnear", f"{split}.jsonl")
            pred = os.path.join(a.out, f"polnear-{split}.jsonl")
            run_extract(a.bin, gold, pred)
            if "speakers" in only:
                d = json.loads(scorer(ev, "score_resolved.py", os.path.join(ev, "polnear", f"{split}-speakers.jsonl"), pred, "--json"))
                rows.append((f"PolNeAR {split} resolved speaker", {"F1": d["all"]["accuracy"]}))
            if "polnear" in only and split == "dev":
                n, foreign = party_check(pred)
                rows.append(("PolNeAR dev party links (non-US)", {"F1": sum(foreign.values()), "of": n}))
                for (t, c, cc), k in foreign.most_common(10):
                    print(f"  non-US party link: {t!r} -> {c} ({cc}) x{k}", file=sys.stderr)
    print(f"{'figure':36} {'value':>7} {'PERSON':>7} {'ORG':>7} {'LOC':>7}")
    for name, r in rows:
        cells = [r.get("F1")] + [r.get(t) for t in ("PERSON", "ORG", "LOC")]
        txt = " ".join(f"{c:7.3f}" if isinstance(c, float) else f"{c if c is not None else '':>7}" for c in cells)
        extra = f"  (of {r['of']} party links)" if "of" in r else ""
        print(f"{name:36} {txt}{extra}")


if __name__ == "__main__":
    main()

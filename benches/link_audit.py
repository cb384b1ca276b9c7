#!/usr/bin/env python3
"""Link audit: samples linked entity mentions from a sayso output for a person to judge.

    python3 benches/link_audit.py OUT.jsonl [-n 150] [--seed 15] [--articles 300]
                                  [--dict-dir dictionaries] [--tsv audit.tsv]
    python3 benches/link_audit.py --score audit.tsv      # precision per type from a judged sheet

Sampling: `--articles` random articles that have at least one linked mention (`id` not null),
then `-n` random linked mentions among them (the same seed gives the same sample). The output
must carry the article text (run `sayso extract` without `--no-text`).

For each mention it prints (and writes to `--tsv`) the article id, the mention, its type and
source, its canonical name and id, the dictionary entry (subtype, country, roles, weight) and
about 160 characters of context with the mention in [[brackets]]. The sheet has an empty
`verdict` column: fill in `right`, `wrong` (wrong entity or wrong type) or `not` (not an entity
at all), then `--score` prints link precision overall and per type (right / judged).
Standard library only.
"""
import argparse
import collections
import csv
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def load_entries(d, ids):
    out = {}
    for name in sorted(os.listdir(d)):
        if not name.endswith(".tsv.gz") and not name.endswith(".tsv"):
            continue
        if os.path.isdir(os.path.join(d, name)):
            continue
        op = gzip.open if name.endswith(".gz") else open
        with op(os.path.join(d, name), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) >= 9 and c[0] in ids:
                    out[c[0]] = {"subtype": c[2], "country": c[6], "roles": c[7][:60], "weight": c[8], "aliases": c[4][:80]}
    return out


def opener(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def sample(a):
    rng = random.Random(a.seed)
    arts = []
    with opener(a.output) as f:
        for line in f:
            r = json.loads(line)
            if r.get("error") or not isinstance(r.get("text"), str):
                continue
            linked = [e for e in r.get("entities", []) if e.get("id")]
            if linked:
                arts.append((r.get("id"), r["text"], linked))
    if not arts:
        sys.exit("no linked mentions with article text in the output (run sayso extract without --no-text)")
    chosen = rng.sample(arts, min(a.articles, len(arts)))
    pool = [(aid, text, e) for aid, text, ents in chosen for e in ents]
    picks = rng.sample(pool, min(a.n, len(pool)))
    entries = load_entries(a.dict_dir, {e["id"] for _, _, e in picks})
    rows = []
    for aid, text, e in picks:
        s, t = e["start"], e["end"]
        ctx = text[max(0, s - 80):s] + "[[" + text[s:t] + "]]" + text[t:t + 80]
        ent = entries.get(e["id"], {})
        rows.append({
            "article": aid, "mention": e["text"], "type": e["type"], "source": e["source"], "canonical": e["canonical"],
            "id": e["id"], "subtype": ent.get("subtype", ""), "country": ent.get("country", ""), "roles": ent.get("roles", ""),
            "weight": ent.get("weight", ""), "context": " ".join(ctx.split()), "verdict": "",
        })
    for i, r in enumerate(rows, 1):
        print(f"{i:3}. {r['type']:6} {r['mention']!r} -> {r['canonical']} [{r['id']}; {r['subtype']}; {r['country']}; {r['roles']}] ({r['source']})")
        print(f"     {r['context']}")
    if a.tsv:
        with open(a.tsv, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), delimiter="\t")
            w.writeheader()
            w.writerows(rows)


def score(path):
    by = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            v = r["verdict"].strip().lower()
            if v not in ("right", "wrong", "not"):
                continue
            for k in ("ALL", r["type"]):
                by[k][v] += 1
    print(f"{'type':8} {'judged':>6} {'right':>6} {'wrong':>6} {'not':>6} {'precision':>9}")
    for k in ["ALL"] + sorted(k for k in by if k != "ALL"):
        c = by[k]
        n = sum(c.values())
        print(f"{k:8} {n:6} {c['right']:6} {c['wrong']:6} {c['not']:6} {c['right'] / max(1, n):9.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", nargs="?")
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--dict-dir", default=os.path.join(REPO, "dictionaries"))
    ap.add_argument("--tsv")
    ap.add_argument("--score")
    a = ap.parse_args()
    if a.score:
        score(a.score)
    elif a.output:
        sample(a)
    else:
        ap.error("give an output file to sample, or --score SHEET")


if __name__ == "__main__":
    main()

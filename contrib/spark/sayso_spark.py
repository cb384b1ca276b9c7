#!/usr/bin/env python3
"""Run sayso over a large news dump on Apache Spark.

    python3 contrib/spark/sayso_spark.py INPUT OUTPUT [--master local[2]]
        [--sayso PATH] [--threads N] [--partitions N]
        [--format jsonl|parquet] [--output-format jsonl|parquet]

or, on a cluster:

    spark-submit --conf spark.task.cpus=2 --conf spark.executor.memoryOverhead=1g \\
        contrib/spark/sayso_spark.py s3://bucket/ccnews/ s3://bucket/ccnews-sayso/ \\
        --sayso ./sayso-x86_64-linux-musl --threads 2

INPUT is a JSONL file or directory (plain, .gz or .bz2; directories are read
recursively) or parquet. Each Spark partition is piped through ONE long-lived
`sayso extract --pipe` process (stdin/stdout, --on-error emit): a writer thread
feeds it the partition's lines while the task reads its output, so the pipes
never deadlock. The task fails (and Spark retries it, then aborts the job) when
sayso exits non-zero or when the number of lines it wrote differs from the
number of non-blank lines it was given; the error names the partition and
carries the last lines sayso wrote on stderr.

Every output line is byte for byte what `sayso extract INPUT` writes for that
record when run directly on the same files (records are matched by id; the
order of files across partitions is Spark's, the order within a partition is
the input order). Records with an `id` (or `--id-field`) keep it. For records
without one, and in error objects, sayso inside Spark reads standard input,
so its own generated ids would be `stdin:<n>`; this job replaces them with the
ids a direct run gives, `<file>:<line>`, where <file> is INPUT as given on the
command line joined with the file's path below INPUT (what `sayso extract
INPUT` prints) and <line> the line in that file. When Spark splits a large
plain or .bz2 file into several partitions, a counting pass over the input
finds each split's first line so the numbers stay exact (disable with
--no-exact-lines: ids in later splits then read `<file>@<byte offset>:<n>`).

See contrib/spark/README.md for cluster settings.
"""

import argparse
import collections
import os
import shutil
import sys
import tempfile
import threading
import time

# sayso is given this --id-prefix, so that the ids it generates can be told
# apart from ids taken from the records and replaced by the file:line a direct
# run would give. \x01 cannot appear in a real id prefix by accident.
GEN_PREFIX = "\x01sayso-gen\x01"
GEN_ID_START = b'{"id":"\\u0001sayso-gen\\u0001stdin:'
GEN_ID_ANY = b'"\\u0001sayso-gen\\u0001stdin:'
BLANK_BYTES = b" \t\r\n\x0c"  # sayso's blank line: ASCII white space only
BOM = b"\xef\xbb\xbf"
STDERR_TAIL = 20
OUT_BATCH_ROWS = 2000
OUT_BATCH_BYTES = 16 << 20


def json_str(s):
    """A JSON string literal, escaped exactly as sayso escapes (serde_json style)."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o == 8:
            out.append("\\b")
        elif o == 12:
            out.append("\\f")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out).encode("utf-8")


def canon_uri(u):
    """Comparable form of a Hadoop/Spark file URI: local paths decoded, others as they are."""
    from urllib.parse import unquote, urlparse

    p = urlparse(u)
    if p.scheme in ("", "file"):
        return unquote(p.path).rstrip("/") or "/"
    return "%s://%s%s" % (p.scheme, p.netloc, unquote(p.path).rstrip("/"))


class Namer:
    """Turns Spark's file URI into the file name a direct `sayso extract INPUT` prints."""

    def __init__(self, given, root_uri):
        self.given = given
        self.root = canon_uri(root_uri) if root_uri else None
        self.cache = {}

    def __call__(self, file_uri):
        name = self.cache.get(file_uri)
        if name is None:
            c = canon_uri(file_uri)
            if self.root is None:
                name = c
            elif c == self.root:
                name = self.given
            elif c.startswith(self.root + "/"):
                name = self.given.rstrip("/") + c[len(self.root):]
            else:
                name = c
            self.cache[file_uri] = name
        return name


def is_blank(v):
    if v.startswith(BOM):
        v = v[3:]
    return not v.strip(BLANK_BYTES)


class SaysoFailed(RuntimeError):
    pass


def make_partition_runner(cfg):
    """The mapInArrow function: one sayso process per partition."""

    def run(batches):
        import stat
        import subprocess

        import pyarrow as pa

        try:
            from pyspark import TaskContext

            tc = TaskContext.get()
            where = "partition %d (stage %d, attempt %d)" % (tc.partitionId(), tc.stageId(), tc.attemptNumber())
        except Exception:  # not inside Spark (unit use)
            where = "partition ?"
        exe = cfg["sayso"]
        if cfg["shipped"]:
            from pyspark import SparkFiles

            exe = SparkFiles.get(os.path.basename(exe))
        if not os.access(exe, os.X_OK):
            try:
                os.chmod(exe, os.stat(exe).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            except OSError:
                tmp = os.path.join(tempfile.mkdtemp(prefix="sayso-"), os.path.basename(exe))
                shutil.copyfile(exe, tmp)
                os.chmod(tmp, 0o755)
                exe = tmp
        cmd = [exe, "extract", "--pipe", "--threads", str(cfg["threads"]), "--id-prefix", GEN_PREFIX] + cfg["sayso_args"]
        errfile = tempfile.TemporaryFile(prefix="sayso-stderr-")
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errfile, bufsize=0)
        namer = Namer(cfg["input_given"], cfg["root_uri"])
        offsets = cfg["line_offsets"]
        user_prefix = cfg["id_prefix"]
        # (file name, line) of every line fed to sayso, in order; appended
        # before the line is written, so always there when its output comes.
        origins = collections.deque()
        state = {"fed": 0, "error": None}

        def feed():
            cur_key = None
            cur_name = None
            line_no = 0
            try:
                for batch in batches:
                    values = batch.column(0)
                    if not pa.types.is_binary(values.type):
                        values = values.cast(pa.binary())
                    paths = batch.column(1).to_pylist()
                    starts = batch.column(2).to_pylist()
                    buf = []
                    fed = 0
                    for v, p, s in zip(values.to_pylist(), paths, starts):
                        key = (p, s)
                        if key != cur_key:
                            cur_key = key
                            name = namer(p)
                            if s == 0:
                                cur_name, line_no = name, 0
                            elif key in offsets:
                                cur_name, line_no = name, offsets[key]
                            else:
                                cur_name, line_no = "%s@%d" % (name, s), 0
                        line_no += 1
                        if v is None or is_blank(v):
                            continue  # sayso writes nothing for a blank line
                        if b"\n" in v:
                            v = v.replace(b"\r\n", b" ").replace(b"\n", b" ")
                        origins.append((cur_name, line_no))
                        buf.append(v)
                        fed += 1
                    if buf:
                        buf.append(b"")
                        proc.stdin.write(b"\n".join(buf))
                        state["fed"] += fed
                proc.stdin.close()
            except BrokenPipeError:
                state["error"] = "sayso closed its standard input after %d lines" % state["fed"]
            except BaseException as e:  # noqa: BLE001 - reported by the main thread
                state["error"] = "reading the partition failed: %r" % (e,)
                try:
                    proc.kill()
                except OSError:
                    pass

        def stderr_tail():
            try:
                errfile.seek(0)
                lines = errfile.read().decode("utf-8", "replace").splitlines()
                return "\n".join(lines[-STDERR_TAIL:]) or "(nothing)"
            except OSError:
                return "(unreadable)"

        def fail(why):
            raise SaysoFailed(
                "sayso failed in %s: %s\ncommand: %s\nlines in: %d, lines out: %d\nlast lines of sayso's stderr:\n%s"
                % (where, why, " ".join(repr(c) if c == GEN_PREFIX else c for c in cmd), state["fed"], n_out, stderr_tail())
            )

        def fix(line, n, name, line_no):
            # A generated id: stdin:<n> -> <prefix><file>:<line>, as a direct run writes it.
            if line.startswith(GEN_ID_START):
                end = line.index(b'"', len(GEN_ID_START))
                line = b'{"id":' + json_str("%s%s:%d" % (user_prefix, name, line_no)) + line[end + 1:]
            if not line.endswith(b"]}"):  # an error object: {"id":..,"error":{..,"file":..,"line":N}}
                suffix = b',"file":"stdin","line":%d}}' % n
                if line.endswith(suffix):
                    line = line[: -len(suffix)] + b',"file":' + json_str(name) + b',"line":%d}}' % line_no
                return line, True
            return line, False

        writer = threading.Thread(target=feed, name="sayso-feed", daemon=True)
        writer.start()
        n_out = 0
        out, flags, size = [], [], 0
        pending = b""
        finished = False
        try:
            while True:
                chunk = proc.stdout.read(1 << 20)
                if not chunk:
                    break
                parts = (pending + chunk).split(b"\n")
                pending = parts.pop()
                for line in parts:
                    n_out += 1
                    if not origins:
                        fail("more output lines than input lines")
                    name, line_no = origins.popleft()
                    line, is_err = fix(line, n_out, name, line_no)
                    out.append(line)
                    flags.append(is_err)
                    size += len(line)
                if len(out) >= OUT_BATCH_ROWS or size >= OUT_BATCH_BYTES:
                    yield pa.RecordBatch.from_arrays(
                        [pa.array(out, pa.binary()).cast(pa.string()), pa.array(flags, pa.bool_())], names=["value", "error"]
                    )
                    out, flags, size = [], [], 0
            rc = proc.wait()
            writer.join()
            if rc != 0:
                fail("sayso exited with status %d" % rc)
            if state["error"]:
                fail(state["error"])
            if pending:
                fail("sayso's last output line has no newline")
            if n_out != state["fed"] or origins:
                fail("lines out != lines in")
            finished = True
            if out:
                yield pa.RecordBatch.from_arrays(
                    [pa.array(out, pa.binary()).cast(pa.string()), pa.array(flags, pa.bool_())], names=["value", "error"]
                )
        finally:
            if not finished and proc.poll() is None:
                proc.kill()
                proc.wait()
            errfile.close()

    return run


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Annotate a news dump with sayso on Spark: one long-lived sayso per partition.",
        epilog="Arguments after -- are passed to `sayso extract` (e.g. -- --no-text --dict my.tsv).",
    )
    ap.add_argument("input", metavar="INPUT", help="JSONL file/directory (plain, .gz, .bz2) or parquet; any Hadoop URI")
    ap.add_argument("output", metavar="OUTPUT", help="output directory (Spark part files)")
    ap.add_argument("--master", help="Spark master, e.g. local[2]; default: spark-submit's, else local[*]")
    ap.add_argument("--sayso", help="sayso binary to ship to the executors (default: target/release/sayso, then PATH)")
    ap.add_argument("--no-ship", action="store_true", help="do not ship --sayso: it is already at that path on every node")
    ap.add_argument("--threads", type=int, default=1, help="sayso --threads per partition; also sets spark.task.cpus (default 1)")
    ap.add_argument("--partitions", type=int, help="aim for about N input partitions (sets the split size; no shuffle)")
    ap.add_argument("--format", choices=["jsonl", "parquet"], help="input format (default: from INPUT's name, else jsonl)")
    ap.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--compression", default=None, help="output codec (default: gzip for jsonl, zstd for parquet; none)")
    ap.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    ap.add_argument("--id-prefix", default="", help="prefix for generated ids (as sayso's --id-prefix)")
    ap.add_argument("--no-exact-lines", action="store_true", help="skip the counting pass for split files (see --help text above)")
    ap.add_argument("--app-name", default="sayso")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="extra Spark setting (repeatable)")
    args, rest = ap.parse_known_args(argv)
    if rest and rest[0] == "--":
        rest = rest[1:]
    elif rest:
        ap.error("unrecognized arguments: %s (put sayso's own options after --)" % " ".join(rest))
    args.sayso_args = rest
    if args.threads < 1:
        ap.error("--threads must be at least 1")
    return args


def find_sayso(given):
    if given:
        if not os.path.isfile(given):
            sys.exit("sayso_spark: %s: no such file" % given)
        return os.path.abspath(given)
    here = os.path.dirname(os.path.abspath(__file__))
    for cand in (os.path.join(here, "..", "..", "target", "release", "sayso"),):
        if os.path.isfile(cand):
            return os.path.abspath(cand)
    found = shutil.which("sayso")
    if found:
        return found
    sys.exit("sayso_spark: no sayso binary: build it (cargo build --release) or pass --sayso PATH")


def local_cores(master):
    import re

    m = re.fullmatch(r"local\[(\d+|\*)(?:,\d+)?\]", master or "")
    if m:
        return os.cpu_count() if m.group(1) == "*" else int(m.group(1))
    if master == "local":
        return 1
    return None


def list_files(spark, path):
    """(uri, size) of every data file under path (hidden and _ files skipped, as Spark does)."""
    jvm = spark._jvm
    conf = spark._jsc.hadoopConfiguration()
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(conf)
    qualified = fs.makeQualified(hpath).toString()
    out = []
    statuses = fs.globStatus(hpath)
    if statuses is None:
        return qualified, out
    stack = list(statuses)
    while stack:
        st = stack.pop()
        name = st.getPath().getName()
        if st.isDirectory():
            if st.getPath().toString() != qualified and (name.startswith(".") or name.startswith("_")):
                continue
            stack.extend(fs.listStatus(st.getPath()))
        elif not (name.startswith(".") or name.startswith("_")):
            out.append((st.getPath().toString(), st.getLen()))
    return qualified, out


def parse_bytes(v):
    """Spark byte sizes: 134217728, 128m, 128MB, 4k ..."""
    v = str(v).strip().lower().rstrip("b")
    mult = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}.get(v[-1:], 1)
    return int(float(v[:-1] if mult > 1 else v) * mult)


def main(argv=None, spark=None):
    """Runs the job. With `spark` (an existing session), uses it and leaves it running."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    sayso = find_sayso(args.sayso)
    fmt = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")
    own_session = spark is None
    split_key = "spark.sql.files.maxPartitionBytes"
    prev_split = None if own_session else spark.conf.get(split_key, None)
    t0 = time.time()
    if own_session:
        spark = make_session(args)
    t1 = time.time()
    try:
        run_job(spark, args, sayso, fmt)
        print(
            "sayso_spark: wrote %s in %.1fs (Spark session start %.1fs, job %.1fs)"
            % (args.output, time.time() - t0, t1 - t0, time.time() - t1),
            file=sys.stderr,
        )
    finally:
        if own_session:
            spark.stop()
        elif prev_split is None:
            spark.conf.unset(split_key)
        else:
            spark.conf.set(split_key, prev_split)
    return 0


def make_session(args):
    try:
        from pyspark import SparkConf
        from pyspark.sql import SparkSession
    except ImportError:
        sys.exit('sayso_spark: pyspark is missing: pip install "pyspark[sql]==4.3.0" "pandas<3" pyarrow (Java 17+ needed)')

    builder = SparkSession.builder.appName(args.app_name)
    master = args.master
    if not master and not SparkConf().contains("spark.master"):
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        # local workers run on this machine: the driver's Python has pyarrow
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    cores = local_cores(master or SparkConf().get("spark.master", ""))
    if cores is None or args.threads <= cores:
        builder = builder.config("spark.task.cpus", str(args.threads))
    # Arrow batches of at most 2000 articles keep the Python side's memory small.
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "2000")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    for kv in args.conf:
        k, _, v = kv.partition("=")
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("SAYSO_SPARK_LOG_LEVEL", "WARN"))
    return spark


def run_job(spark, args, sayso, fmt):
    from pyspark.sql import functions as F

    sc = spark.sparkContext

    root_uri, files = list_files(spark, args.input)
    if not files:
        sys.exit("sayso_spark: %s: no input files" % args.input)
    total = sum(s for _, s in files)
    if args.partitions:
        split = max(total // args.partitions, 1024)
        spark.conf.set("spark.sql.files.maxPartitionBytes", str(split))

    if fmt == "jsonl":
        # lineSep "\n" as sayso: a lone \r is not a line break.
        reader = spark.read.option("lineSep", "\n").option("recursiveFileLookup", "true")
        df = reader.text(args.input)
        value = F.col("value")
    else:
        df = spark.read.option("recursiveFileLookup", "true").parquet(args.input)
        string_cols = [f.name for f in df.schema.fields if f.dataType.simpleString() in ("string", "binary")]
        if len(df.columns) == 1 and string_cols:
            value = F.col(df.columns[0])  # one column of JSON lines
        else:
            value = F.to_json(F.struct(*[F.col(c) for c in df.columns]))  # one JSON object per row
    src = df.select(
        value.alias("value"),
        F.col("_metadata.file_path").alias("file_path"),
        F.col("_metadata.file_block_start").alias("block_start"),
    )

    # Exact line numbers in split files: count each split's lines first.
    line_offsets = {}
    if not args.no_exact_lines:
        open_cost = parse_bytes(spark.conf.get("spark.sql.files.openCostInBytes", "4MB"))
        max_part = parse_bytes(spark.conf.get("spark.sql.files.maxPartitionBytes", "128MB"))
        per_core = (total + len(files) * open_cost) // max(sc.defaultParallelism, 1)
        split_bytes = min(max_part, max(open_cost, per_core))  # Spark's FilePartition.maxSplitBytes
        unsplittable = (".gz", ".zst", ".snappy", ".lz4", ".deflate", ".xz")
        splittable = [(u, s) for u, s in files if not u.endswith(unsplittable) and s > split_bytes]
        if splittable:
            counts = src.groupBy("file_path", "block_start").count().collect()
            per_file = collections.defaultdict(list)
            for r in counts:
                per_file[r["file_path"]].append((r["block_start"], r["count"]))
            for p, splits in per_file.items():
                acc = 0
                for start, n in sorted(splits):
                    if start > 0:
                        line_offsets[(p, start)] = acc
                    acc += n

    if __name__ != "__main__":
        # imported (not run as a script): the executors import this module by name
        sc.addPyFile(os.path.abspath(__file__))
    shipped = not args.no_ship
    if shipped:
        sc.addFile(sayso)
    cfg = {
        "sayso": sayso,
        "shipped": shipped,
        "threads": args.threads,
        "sayso_args": args.sayso_args,
        "input_given": args.input,
        "root_uri": root_uri,
        "line_offsets": line_offsets,
        "id_prefix": args.id_prefix,
    }
    result = src.mapInArrow(make_partition_runner(cfg), "value string, error boolean")

    writer_mode = "overwrite" if args.overwrite else "errorifexists"
    if args.output_format == "jsonl":
        w = result.select("value").write.mode(writer_mode)
        comp = args.compression or "gzip"
        w.option("compression", comp).text(args.output)
    else:
        out = result.select(
            F.get_json_object("value", "$.id").alias("id"),
            F.col("error"),
            F.col("value").alias("json"),
        )
        w = out.write.mode(writer_mode)
        w.option("compression", args.compression or "zstd").parquet(args.output)


def failure_message(e):
    """The useful part of a failed job's exception: SaysoFailed's text, without JVM stack."""
    msg = str(e)
    cut = msg.rfind("SaysoFailed: ")
    if cut < 0:
        return msg[:4000]
    detail = msg[cut:]
    for stop in ("\n  File ", "\n\tat ", " SQLSTATE"):
        end = detail.find(stop)
        if end > 0:
            detail = detail[:end]
    return detail.rstrip()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as e:  # a failed job: show the cause without pages of JVM stack
        print("sayso_spark: job failed: " + failure_message(e), file=sys.stderr)
        sys.exit(1)

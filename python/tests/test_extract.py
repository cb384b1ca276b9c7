"""sayso.extract against `sayso extract`: same bytes, same exit semantics (as exceptions)."""

import pytest

import sayso


def run_both(cli, tmp_path, inputs, cli_flags=(), **options):
    """(python output bytes or None, report or exception, CLI process, CLI output bytes or None)."""
    py_out, cli_out = tmp_path / "py.jsonl", tmp_path / "cli.jsonl"
    try:
        result = sayso.extract(inputs, py_out, **options)
    except sayso.SaysoError as e:
        result = e
    proc = cli("extract", "-q", *cli_flags, *inputs, "-o", cli_out)
    read = lambda p: p.read_bytes() if p.exists() else None  # noqa: E731
    return read(py_out), result, proc, read(cli_out)


@pytest.fixture(scope="module")
def loaded():
    return sayso.Pipeline()


def test_same_bytes_as_the_cli_on_the_samples(cli, root, tmp_path, loaded):
    for sample, flags, opts in [
        ("samples/news.jsonl", (), {}),
        ("samples/news-dump.txt", (), {}),
        ("samples/news.jsonl", ("--no-text", "--threads", "1"), {"no_text": True, "threads": 1}),
        ("samples/news-dump.txt", ("--format", "text", "--id-prefix", "p/"), {"format": "text", "id_prefix": "p/"}),
    ]:
        py, report, proc, want = run_both(cli, tmp_path, [root / sample], flags, pipeline=loaded, **opts)
        assert proc.returncode == 0, proc.stderr
        assert py == want and want
        assert report["articles_written"] == report["records_read"] == len(want.splitlines())
        assert report["rejected_total"] == 0 and report["written"] == [str(tmp_path / "py.jsonl")]


def test_rejected_records_raise_after_writing_like_exit_1(cli, tmp_path, loaded):
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "a", "text": "Barack Obama spoke."}\nnot json\n{"id": "c", "text": "Fine."}\n', encoding="utf-8")
    errors = tmp_path / "py-errors.jsonl"
    py, err, proc, want = run_both(cli, tmp_path, [data], ("--errors", tmp_path / "cli-errors.jsonl"), pipeline=loaded, errors=errors)
    assert proc.returncode == 1
    assert isinstance(err, sayso.RejectedRecords)
    assert py == want and len(want.splitlines()) == 2  # the output is written, as by the CLI
    assert f"{data}:2" in str(err) and "3 records read, 2 articles written, 1 rejected" in str(err)
    assert err.report["rejected_total"] == 1 and err.report["rejections"][0]["line"] == 2
    assert errors.read_bytes() == (tmp_path / "cli-errors.jsonl").read_bytes()
    # emit: an error line in the record's place, exit 0 → no exception.
    py, report, proc, want = run_both(cli, tmp_path, [data], ("--on-error", "emit"), pipeline=loaded, on_error="emit")
    assert proc.returncode == 0 and py == want and len(want.splitlines()) == 3
    assert report["error_lines_written"] == 1
    # fail: stop at the first, no output file (the CLI leaves none either), exit 1.
    for p in (tmp_path / "py.jsonl", tmp_path / "cli.jsonl"):
        p.unlink()
    py, err, proc, want = run_both(cli, tmp_path, [data], ("--on-error", "fail"), pipeline=loaded, on_error="fail")
    assert proc.returncode == 1 and isinstance(err, sayso.RejectedRecords)
    assert py is None and want is None and err.report["stopped"]


def test_fatal_errors_raise_the_cli_message(cli, tmp_path):
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(sayso.SaysoError) as info:
        sayso.extract([missing], tmp_path / "out.jsonl")
    proc = cli("extract", missing, "-o", tmp_path / "out.jsonl")
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == f"sayso: error: {info.value}"
    assert not isinstance(info.value, sayso.RejectedRecords)
    bad = tmp_path / "bad.tsv"
    bad.write_text("y\tPLANET\t\tMars\n", encoding="utf-8")
    with pytest.raises(sayso.SaysoError, match=f"loading dictionaries: {bad}:1"):
        sayso.extract([missing], tmp_path / "out.jsonl", dicts=[bad])
    with pytest.raises(ValueError, match="on_error"):
        sayso.extract([missing], tmp_path / "out.jsonl", on_error="ignore")
    with pytest.raises(sayso.SaysoError, match="at least 1"):
        sayso.extract([missing], tmp_path / "out.jsonl", threads=0)


def test_out_dir_and_resume(cli, root, tmp_path, loaded):
    out = tmp_path / "out"
    report = sayso.extract(root / "samples", out_dir=out, pipeline=loaded)
    assert sorted(p.name for p in out.iterdir()) == ["news-dump.jsonl", "news.jsonl"]
    for name, sample in [("news.jsonl", "news.jsonl"), ("news-dump.jsonl", "news-dump.txt")]:
        proc = cli("extract", "-q", root / "samples" / sample)
        assert (out / name).read_bytes() == proc.stdout
    assert len(report["written"]) == 2
    again = sayso.extract([root / "samples"], out_dir=out, resume=True, pipeline=loaded)
    assert again["written"] == [] and len(again["skipped"]) == 2

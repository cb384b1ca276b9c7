"""The Python package against the command line, order, bad input."""

import json
import threading

import pytest

import sayso

# Texts written for these tests: several scripts, emoji (one code point, four
# UTF-8 bytes, two UTF-16 units), curly and straight quotes, CRLF, an empty text.
OWN_TEXTS = [
    "“Nous sommes prêts,” a déclaré Emmanuel Macron à Paris. 😀 “Ça suffit,” ajouta-t-il.",
    '😀😀 "We agree with the proposals to cease hostilities," Vladimir Putin told reporters in Moscow.\r\n\r\n'
    '"It is over," he said.',
    "Angela Merkel met Joe Biden in Berlin. „Wir schaffen das“, sagte Merkel.",
    "",
    "No names here, no quotes either.",
    "“Unfinished quote by Barack Obama, who said nothing more.",
    "The United Nations said on Monday that the “situation is dire” in Gaza. 中文 “引用” 😀",
]


def cli_lines(proc):
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.splitlines()


def body(line: dict) -> str:
    return line[line.get("text_field", "text")]


def check_equal_to_cli(pipeline, raw_lines):
    """Each CLI line's entities and quotes equal annotate(text), as values and as bytes."""
    assert raw_lines
    texts = []
    for raw in raw_lines:
        line = json.loads(raw)
        text = body(line)
        texts.append(text)
        got = pipeline.annotate(text)
        assert got == {"entities": line["entities"], "quotes": line["quotes"]}
        # The same bytes: the CLI line ends with the JSON object annotate_json gives.
        own = pipeline.annotate_json(text)
        assert raw.endswith(b"," + own[1:]), (raw[-300:], own[-300:])
        for span in got["entities"] + got["quotes"]:
            assert text[span["start"]:span["end"]] == span["text"]
    assert pipeline.annotate_many(texts) == [
        {"entities": json.loads(r)["entities"], "quotes": json.loads(r)["quotes"]} for r in raw_lines
    ]
    return texts


def test_equal_to_cli_on_the_bundled_samples(pipeline, cli, root):
    for sample in ["samples/news.jsonl", "samples/news-dump.txt"]:
        lines = cli_lines(cli("extract", "-q", root / sample))
        texts = check_equal_to_cli(pipeline, lines)
        assert any(pipeline.annotate(t)["quotes"] for t in texts), sample


def test_equal_to_cli_on_non_ascii_texts(pipeline, cli, tmp_path):
    path = tmp_path / "own.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(OWN_TEXTS)), encoding="utf-8")
    lines = cli_lines(cli("extract", "-q", path))
    assert len(lines) == len(OWN_TEXTS)
    check_equal_to_cli(pipeline, lines)
    # The non-ASCII texts do give annotations, with offsets past multi-byte characters.
    first = pipeline.annotate(OWN_TEXTS[1])
    assert first["quotes"][0]["start"] == 4 and first["quotes"][0]["speaker"] == "Vladimir Putin"


def test_user_dictionaries_like_the_cli(cli, tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("x:harbor\tORG\tagency\tHarbor Authority of Zembla\tHAZ\t\t\t\t5\n", encoding="utf-8")
    text = '"The port is closed," the HAZ said on Tuesday.'
    p = sayso.Pipeline(dicts=[mine])
    got = p.annotate(text)
    assert got["entities"][0]["id"] == "x:harbor"
    lines = cli_lines(cli("extract", "-q", "--dict", mine, "-", stdin=(json.dumps({"text": text}) + "\n").encode()))
    assert got == {k: json.loads(lines[0])[k] for k in ("entities", "quotes")}
    only = sayso.Pipeline(dicts=[str(mine)], default_dicts=False)
    lines = cli_lines(
        cli("extract", "-q", "--no-default-dicts", "--dict", mine, "-", stdin=(json.dumps({"text": OWN_TEXTS[1]}) + "\n").encode())
    )
    assert only.annotate(OWN_TEXTS[1]) == {k: json.loads(lines[0])[k] for k in ("entities", "quotes")}


def test_annotate_many_keeps_input_order(pipeline):
    names = ["Vladimir Putin", "Angela Merkel", "Joe Biden", "Emmanuel Macron", "Barack Obama"]
    # Lengths vary a lot so that the parallel pieces end in a different order than they start.
    texts = [
        f'"Statement number {i} is final," {names[i % len(names)]} said.' + " Filler sentence." * (i * 7 % 40)
        for i in range(300)
    ]
    for threads in (1, 2, 3, None):
        got = pipeline.annotate_many(iter(texts), threads=threads)  # any iterable
        assert len(got) == len(texts)
        for i, ann in enumerate(got):
            assert ann["quotes"][0]["text"] == f"Statement number {i} is final,"
            assert ann["quotes"][0]["speaker"] == names[i % len(names)]
    assert pipeline.annotate_many(texts, threads=2) == [pipeline.annotate(t) for t in texts]
    assert pipeline.annotate_many(t for t in texts[:3]) == [pipeline.annotate(t) for t in texts[:3]]
    assert pipeline.annotate_many([]) == []


def test_annotate_many_in_pieces_keeps_order(pipeline, monkeypatch):
    # Large inputs are annotated piece by piece (the next piece in Rust while
    # this one becomes Python objects): make pieces small to exercise that path.
    monkeypatch.setattr(sayso, "_PIECE_CHARS", 300)
    texts = [f'"Piece test {i} is done," Angela Merkel said.' + " More." * (i % 13) for i in range(120)]
    assert len(sayso._pieces(texts)) > 10
    got = pipeline.annotate_many(texts, threads=2)
    assert [a["quotes"][0]["text"] for a in got] == [f"Piece test {i} is done," for i in range(120)]
    assert got == [pipeline.annotate(t) for t in texts]
    with pytest.raises(TypeError, match=r"texts\[101\]: expected str, got float"):
        pipeline.annotate_many(texts[:101] + [1.5])


def test_pipeline_is_shared_by_python_threads(pipeline):
    want = [pipeline.annotate(t) for t in OWN_TEXTS]
    got = {}

    def work(k):
        got[k] = pipeline.annotate_many(OWN_TEXTS * 5, threads=2)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[k] == want * 5 for k in range(4))


def test_non_str_raises_type_error_naming_the_index(pipeline):
    with pytest.raises(TypeError, match=r"texts\[2\]: expected str, got bytes"):
        pipeline.annotate_many(["a", "b", b"c", "d"])
    with pytest.raises(TypeError, match=r"texts\[0\]: expected str, got NoneType"):
        pipeline.annotate_many([None])
    with pytest.raises(TypeError, match=r"expected an iterable of str, got int"):
        pipeline.annotate_many(5)
    with pytest.raises(TypeError, match=r"text: expected str, got int"):
        pipeline.annotate(5)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        pipeline.annotate_many(["a"], threads=0)
    # An error raised by the iterable itself comes through.
    def broken():
        yield "fine"
        raise KeyError("from the generator")

    with pytest.raises(KeyError, match="from the generator"):
        pipeline.annotate_many(broken())
    # The pipeline still works afterwards.
    assert pipeline.annotate_many(["Barack Obama"])[0]["entities"][0]["id"] == "Q76"


def test_invalid_dictionary_raises_the_cli_message(cli, tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("x\tORG\t\tFine\n\ny\tPLANET\t\tMars\n", encoding="utf-8")
    with pytest.raises(sayso.SaysoError) as info:
        sayso.Pipeline(dicts=[bad])
    assert isinstance(info.value, ValueError)
    proc = cli("extract", "--dict", bad, "-", stdin=b'{"text":"x"}\n')
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == f"sayso: error: {info.value}"
    assert f"{bad}:3" in str(info.value)
    with pytest.raises(sayso.SaysoError, match="cannot read"):
        sayso.Pipeline(dicts=[tmp_path / "missing.tsv"])
    with pytest.raises(TypeError, match="single path"):
        sayso.Pipeline(dicts=str(bad))


def test_lone_surrogates_keep_code_point_offsets(pipeline):
    text = '\ud800 "We agree," Vladimir Putin told reporters. \udfff'
    got = pipeline.annotate(text)
    assert got == pipeline.annotate_many([text])[0]
    clean = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert got == pipeline.annotate(clean)
    assert got["entities"] and got["quotes"]
    for span in got["entities"] + got["quotes"]:
        assert text[span["start"]:span["end"]] == span["text"]

"""sayso: named entities and attributed quotes from news articles.

Python bindings of the sayso Rust library. The annotation of a text is the
dict ``{"entities": [...], "quotes": [...]}`` with exactly the keys and values
of the ``entities`` and ``quotes`` members of ``sayso extract``'s output line
for that text; offsets are code points, so ``text[e["start"]:e["end"]] ==
e["text"]``. The schema is in the repository's README ("What one output line
holds").

    >>> import sayso
    >>> p = sayso.Pipeline()                      # loads the dictionaries once
    >>> p.annotate('"We agree," Putin told reporters.')["quotes"][0]["speaker"]
    'Vladimir Putin'
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from . import _sayso
from ._sayso import RejectedRecords, SaysoError

__all__ = ["Pipeline", "SaysoError", "RejectedRecords", "extract"]

_PathLike = Union[str, "os.PathLike[str]"]

# annotate_many works in pieces of about this many code points: while the
# Rust threads annotate one piece (GIL released), this thread turns the JSON
# of the previous one into Python objects.
_PIECE_CHARS = 1 << 20


class Pipeline:
    """The loaded dictionaries and lexicons. Build once, annotate many texts.

    ``dicts``: user dictionary files (as ``sayso extract --dict``; their
    entries win over the defaults). ``default_dicts=False`` leaves the
    embedded dictionaries out (as ``--no-default-dicts``). A bad dictionary
    raises :class:`SaysoError` with the message the command line prints
    (``loading dictionaries: FILE:LINE: what is wrong``).

    A pipeline is safe to share between threads; the work runs with the GIL
    released.
    """

    __slots__ = ("_p",)

    def __init__(self, dicts: Iterable[_PathLike] = (), default_dicts: bool = True) -> None:
        if isinstance(dicts, (str, bytes, os.PathLike)):
            raise TypeError("dicts: expected a list of paths, got a single path (write dicts=[path])")
        self._p = _sayso.Pipeline(list(dicts), bool(default_dicts))

    def annotate(self, text: str) -> dict:
        """The annotation of one text: ``{"entities": [...], "quotes": [...]}``."""
        return json.loads(self._p.annotate_json(text))

    def annotate_many(self, texts: Iterable[str], threads: Optional[int] = None) -> List[dict]:
        """The annotations of ``texts`` (any iterable of str), in input order.

        The texts are annotated in parallel on ``threads`` threads (default:
        all cores) with the GIL released. An item that is not a str raises
        TypeError naming its index, before any work is done.
        """
        try:
            items = texts if isinstance(texts, list) else list(texts)
        except TypeError:
            if not hasattr(texts, "__iter__"):
                raise TypeError(f"texts: expected an iterable of str, got {type(texts).__name__}") from None
            raise
        pieces = _pieces(items)
        if len(pieces) == 1:
            return json.loads(self._p.annotate_many_json(items, threads))
        out: List[dict] = []
        with ThreadPoolExecutor(1, thread_name_prefix="sayso-feeder") as feeder:
            start, end = pieces[0]
            pending = feeder.submit(self._p.annotate_many_json, items[start:end], threads, start)
            for start, end in pieces[1:]:
                raw = pending.result()
                pending = feeder.submit(self._p.annotate_many_json, items[start:end], threads, start)
                out.extend(json.loads(raw))
            out.extend(json.loads(pending.result()))
        return out

    def annotate_json(self, text: str) -> bytes:
        """The annotation of one text as the UTF-8 bytes of its JSON object."""
        return self._p.annotate_json(text)

    def annotate_many_json(self, texts: Iterable[str], threads: Optional[int] = None) -> bytes:
        """The annotations of ``texts`` as the UTF-8 bytes of one JSON array, in input order."""
        return self._p.annotate_many_json(texts, threads)


def extract(
    inputs: Union[_PathLike, Iterable[_PathLike]],
    output: Optional[_PathLike] = None,
    *,
    pipeline: Optional[Pipeline] = None,
    **options: Any,
) -> Dict[str, Any]:
    """``sayso extract INPUTS -o OUTPUT [options]`` as a function.

    ``inputs``: a path or a list of paths (files, directories walked
    recursively, ``"-"`` for standard input). ``output``: the output file
    (written through a temporary renamed at the end); ``None`` or ``"-"``:
    standard output (the process's, not ``sys.stdout``). Options, as the
    command line's flags: ``out_dir`` (one output per input), ``compress``
    (``"gz"``/``"zst"``), ``resume``, ``no_text``, ``format``
    (``"auto"``/``"jsonl"``/``"text"``), ``text_field``, ``id_field``,
    ``id_prefix``, ``on_error`` (``"skip"``/``"emit"``/``"fail"``), ``errors``
    (file of rejected records), ``dicts``, ``default_dicts``, ``threads``,
    ``batch_mb``, ``quiet`` (default True: nothing on stderr; False: the
    CLI's lines). ``pipeline``: a loaded :class:`Pipeline` to use instead of
    loading the dictionaries again.

    Returns the run's report (counts, files written, inputs skipped, the
    rejected records). Where the command line exits 2 this raises
    :class:`SaysoError` with its message; where it exits 1 (records rejected
    without ``on_error="emit"``, or ``on_error="fail"`` stopped the run),
    :class:`RejectedRecords`, whose ``.report`` is the report (the output
    is written, as by the command line, unless the run stopped). Ctrl-C stops
    the run cleanly (complete outputs kept, temporaries removed), then raises
    KeyboardInterrupt.
    """
    return _sayso.extract(inputs, output, pipeline=None if pipeline is None else pipeline._p, **options)


def _pieces(items: list) -> List[Tuple[int, int]]:
    """(start, end) of consecutive slices of about _PIECE_CHARS code points.
    Checks that every item is a str first: a bad item raises before any work."""
    pieces, start, size = [], 0, 0
    for i, t in enumerate(items):
        if type(t) is not str and not isinstance(t, str):
            raise TypeError(f"texts[{i}]: expected str, got {type(t).__name__}")
        size += len(t)
        if size >= _PIECE_CHARS:
            pieces.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(items) or not pieces:
        pieces.append((start, len(items)))
    return pieces

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
from typing import Any, Iterable, List, Optional, Union

from . import _sayso
from ._sayso import SaysoError

__all__ = ["Pipeline", "SaysoError"]

_PathLike = Union[str, "os.PathLike[str]"]


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
        return json.loads(self._p.annotate_many_json(texts, threads))

    def annotate_json(self, text: str) -> bytes:
        """The annotation of one text as the UTF-8 bytes of its JSON object."""
        return self._p.annotate_json(text)

    def annotate_many_json(self, texts: Iterable[str], threads: Optional[int] = None) -> bytes:
        """The annotations of ``texts`` as the UTF-8 bytes of one JSON array, in input order."""
        return self._p.annotate_many_json(texts, threads)

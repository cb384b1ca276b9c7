"""Type stubs of the sayso package (the compiled part is sayso._sayso)."""

import os
from typing import Iterable, List, Literal, Optional, TypedDict, Union

_PathLike = Union[str, os.PathLike[str]]

class Span(TypedDict):
    text: str
    start: int
    end: int

class Entity(TypedDict):
    text: str
    start: int
    end: int
    type: Literal["PERSON", "ORG", "LOC", "NORP"]
    canonical: str
    id: Optional[str]
    source: Literal["dictionary", "alias", "inferred"]

class Quote(TypedDict):
    text: str
    start: int
    end: int
    kind: Literal["direct", "partial"]
    speaker: Optional[str]
    speaker_id: Optional[str]
    speaker_mention: Optional[Span]
    cue: Optional[Span]
    method: Literal["explicit", "pronoun", "nominal", "continuation", "none"]

class Annotation(TypedDict):
    entities: List[Entity]
    quotes: List[Quote]

class SaysoError(ValueError):
    """What the command line reports and exits 2 on: a bad dictionary row, an
    unreadable input path, an unwritable output. ``str(e)`` is the CLI's
    message without its ``sayso: error:`` prefix."""

class Pipeline:
    """The loaded dictionaries and lexicons. Build once, annotate many texts."""

    def __init__(self, dicts: Iterable[_PathLike] = (), default_dicts: bool = True) -> None: ...
    def annotate(self, text: str) -> Annotation:
        """The annotation of one text: ``{"entities": [...], "quotes": [...]}``."""
    def annotate_many(self, texts: Iterable[str], threads: Optional[int] = None) -> List[Annotation]:
        """The annotations of ``texts``, in input order, annotated in parallel with the GIL released."""
    def annotate_json(self, text: str) -> bytes:
        """The annotation of one text as the UTF-8 bytes of its JSON object."""
    def annotate_many_json(self, texts: Iterable[str], threads: Optional[int] = None) -> bytes:
        """The annotations of ``texts`` as the UTF-8 bytes of one JSON array, in input order."""

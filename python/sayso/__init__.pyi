"""Type stubs of the sayso package (the compiled part is sayso._sayso)."""

import os
from typing import Any, Dict, Iterable, List, Literal, Optional, TypedDict, Union

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

class RejectedRecords(SaysoError):
    """``extract`` rejected records (the command line's exit 1). ``str(e)`` is
    the CLI's summary line and the first rejection; ``e.report`` the run's report."""

    report: ExtractReport

class Rejection(TypedDict):
    file: str
    line: int
    kind: str
    message: str
    id: Optional[str]

class ExtractReport(TypedDict):
    records_read: int
    articles_written: int
    rejected: Dict[str, int]
    rejected_total: int
    error_lines_written: int
    bytes_in: int
    inputs: int
    written: List[str]
    skipped: List[str]
    not_done: List[str]
    stopped: bool
    interrupted: bool
    rejections: List[Rejection]

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

def extract(
    inputs: Union[_PathLike, Iterable[_PathLike]],
    output: Optional[_PathLike] = None,
    *,
    out_dir: Optional[_PathLike] = None,
    compress: Optional[Literal["gz", "zst"]] = None,
    resume: bool = False,
    no_text: bool = False,
    format: Literal["auto", "jsonl", "text"] = "auto",
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    id_prefix: str = "",
    on_error: Literal["skip", "emit", "fail"] = "skip",
    errors: Optional[_PathLike] = None,
    dicts: Iterable[_PathLike] = (),
    default_dicts: bool = True,
    pipeline: Optional[Pipeline] = None,
    threads: Optional[int] = None,
    batch_mb: int = 4,
    quiet: bool = True,
) -> ExtractReport:
    """``sayso extract`` as a function: returns the report; raises SaysoError
    where the CLI exits 2 and RejectedRecords where it exits 1."""

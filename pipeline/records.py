"""Plain record types shared by the stages (no spaCy objects cross stage boundaries)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field
from itertools import accumulate

from .vocab import Code, Severity


class InputError(Exception):
    """A raw report that cannot be read as a CQC report; names the file and the reason."""

    def __init__(self, source_file: str, reason: str) -> None:
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason


@dataclass
class Finding:
    """Something the pipeline noticed and could not make clean (a row of warnings.parquet)."""

    code: Code
    message: str
    section_id: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    sentence: str | None = None

    @property
    def severity(self) -> Severity:
        return self.code.severity

    def to_row(self) -> dict:
        """The finding's columns of warnings.parquet (without report_id and source_file)."""
        row = asdict(self)
        return {"code": str(self.code), "severity": str(self.severity), **{k: v for k, v in row.items() if k != "code"}}


@dataclass
class ReportText:
    """A raw report read and normalised: the text every offset refers to."""

    report_id: str
    source_file: str
    source_sha256: str
    layout: str  # "markdown" | "pagetext" | "html" | "pdf" | "mixed"
    text: str
    findings: list[Finding] = field(default_factory=list)
    pages: tuple[tuple[int, int | None], ...] = ()  # PDF page map: (offset, page) breakpoints; () otherwise


class Spans:
    """Character spans (start, end), in any order and possibly nested, asked whether any of them
    overlaps a range or holds an offset in log time (a loop over all of them per question made
    steps quadratic in a report's size)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end among the first k

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span begin before `end` and end after `start`?"""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def holds(self, offset: int) -> bool:
        """Does a span begin at or before `offset` and end after it?"""
        k = bisect_right(self.starts, offset)
        return k > 0 and self.reach[k - 1] > offset

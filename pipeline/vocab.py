"""Every fixed name the pipeline uses, defined once and imported everywhere.

Quality statements, themes, ratings and score labels are read from the rule files
(`rules/sections.json`, `rules/lexicon.json`); table names, severities and warning codes are
defined here. README's warning table and docs/tables.md are checked against this module.
"""
from __future__ import annotations

from enum import StrEnum

from .rules import lexicon, section_rules

STATEMENTS: tuple[str, ...] = tuple(s.name for s in section_rules().statements)
STATEMENT_SHORT: dict[str, str] = {s.name: s.short for s in section_rules().statements}
THEME_OF: dict[str, int] = {s.name: s.theme for s in section_rules().statements}
THEMES: dict[int, str] = dict(section_rules().themes)
THEME_SHORT: dict[int, str] = dict(section_rules().theme_short)
RATINGS: tuple[str, ...] = tuple(lexicon()["ratings"])
SCORE_LABELS: dict[int, str] = {int(score): label for score, label in lexicon()["score_labels"].items()}
REPORT_TABLES: tuple[str, ...] = ("reports", "sections", "scores", "percentages", "comparisons", "figures", "warnings")
# every published table: the per-report ones, then the run-wide benchmark audit (pipeline/benchmarks.py)
TABLES: tuple[str, ...] = (*REPORT_TABLES, "benchmarks")
FIGURE_KINDS: tuple[str, ...] = ("count", "money", "duration", "frequency", "rate", "ratio", "fraction", "area", "number")


class ValueLocation(StrEnum):
    """Where a comparison's council figure was found, relative to its benchmark (comparisons.value_location)."""
    SAME = "same sentence"
    PREVIOUS = "previous sentence"
    EARLIER = "earlier sentence"
    NEXT = "next sentence"
    LATER = "later sentence"
    LIST_ITEM = "list item"
    TABLE = "table row"


class SourceLocation(StrEnum):
    """Where a comparison's citation was found (comparisons.source_location)."""
    SENTENCE = "sentence"
    VALUE_SENTENCE = "value sentence"
    NEXT = "next sentence"
    LATER = "later sentence"
    PREVIOUS = "previous sentence"  # the sentence opens 'The same return ...': the data set cited before it
    LEAD_IN = "list lead-in"
    SAME_FIGURE = "same figure"  # the one data set the other comparisons of the council figure cite
    PARAGRAPH = "paragraph citation"  # a bracketed citation closing the paragraph: '(All figures in this paragraph: Census 2021.)'


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Code(StrEnum):
    """Stable warning codes (rows of warnings.parquet); README lists what each means."""

    INPUT_ERROR = "INPUT_ERROR"
    DECODE_FALLBACK = "DECODE_FALLBACK"
    STATEMENT_MISSING = "STATEMENT_MISSING"
    TRUNCATED = "TRUNCATED"
    SCORE_MISMATCH = "SCORE_MISMATCH"
    SCORE_LABEL_MISMATCH = "SCORE_LABEL_MISMATCH"
    DUPLICATE_STATEMENT = "DUPLICATE_STATEMENT"
    RATING_BAND_MISMATCH = "RATING_BAND_MISMATCH"
    SCORE_PCT_MISMATCH = "SCORE_PCT_MISMATCH"
    MISSING_RATING = "MISSING_RATING"
    MISSING_PUBLISHED = "MISSING_PUBLISHED"
    MALFORMED_DATE = "MALFORMED_DATE"
    RELATION_CONTRADICTS_NUMBERS = "RELATION_CONTRADICTS_NUMBERS"
    RANGE_FIGURE = "RANGE_FIGURE"
    AMBIGUOUS_VALUE = "AMBIGUOUS_VALUE"
    MALFORMED_NUMBER = "MALFORMED_NUMBER"
    VALUE_OUT_OF_RANGE = "VALUE_OUT_OF_RANGE"
    DISTRIBUTION_NOT_100 = "DISTRIBUTION_NOT_100"
    FACT_CONFLICT = "FACT_CONFLICT"
    DIFFERENCE_MISMATCH = "DIFFERENCE_MISMATCH"
    IMD_SCALE_REVERSED = "IMD_SCALE_REVERSED"
    STRAY_BYTE = "STRAY_BYTE"
    PAGE_SKIPPED = "PAGE_SKIPPED"
    PUBLISHED_OUT_OF_RANGE = "PUBLISHED_OUT_OF_RANGE"
    SHARE_OVER_100 = "SHARE_OVER_100"
    SOURCE_YEAR_OUT_OF_RANGE = "SOURCE_YEAR_OUT_OF_RANGE"
    COUNCIL_UNMATCHED = "COUNCIL_UNMATCHED"
    BENCHMARK_INCONSISTENT = "BENCHMARK_INCONSISTENT"

    @property
    def severity(self) -> Severity:
        return SEVERITY[self]


SEVERITY: dict[Code, Severity] = {
    Code.INPUT_ERROR: Severity.ERROR,
    Code.DECODE_FALLBACK: Severity.WARNING,
    Code.STATEMENT_MISSING: Severity.WARNING,
    Code.TRUNCATED: Severity.WARNING,
    Code.SCORE_MISMATCH: Severity.WARNING,
    Code.SCORE_LABEL_MISMATCH: Severity.WARNING,
    Code.DUPLICATE_STATEMENT: Severity.WARNING,
    Code.RATING_BAND_MISMATCH: Severity.WARNING,
    Code.SCORE_PCT_MISMATCH: Severity.WARNING,
    Code.MISSING_RATING: Severity.WARNING,
    Code.MISSING_PUBLISHED: Severity.INFO,
    Code.MALFORMED_DATE: Severity.WARNING,
    Code.RELATION_CONTRADICTS_NUMBERS: Severity.WARNING,
    Code.RANGE_FIGURE: Severity.INFO,
    Code.AMBIGUOUS_VALUE: Severity.INFO,
    Code.MALFORMED_NUMBER: Severity.WARNING,
    Code.VALUE_OUT_OF_RANGE: Severity.WARNING,
    Code.DISTRIBUTION_NOT_100: Severity.WARNING,
    Code.FACT_CONFLICT: Severity.WARNING,
    Code.DIFFERENCE_MISMATCH: Severity.WARNING,
    Code.IMD_SCALE_REVERSED: Severity.WARNING,
    Code.STRAY_BYTE: Severity.WARNING,
    Code.PAGE_SKIPPED: Severity.WARNING,
    Code.PUBLISHED_OUT_OF_RANGE: Severity.WARNING,
    Code.SHARE_OVER_100: Severity.WARNING,
    Code.SOURCE_YEAR_OUT_OF_RANGE: Severity.WARNING,
    Code.COUNCIL_UNMATCHED: Severity.INFO,
    Code.BENCHMARK_INCONSISTENT: Severity.WARNING,
}

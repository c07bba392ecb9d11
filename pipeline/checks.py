"""Consistency checks over one report's figures: each returns findings, never changes a value
silently (a value its column cannot hold is nulled, with a warning)."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .atoms import Atom, Sentence
from .numbers import YEAR
from .records import Finding
from .rules import lexicon_model
from .vocab import Code

if TYPE_CHECKING:
    from .comparisons import Comparison

_SENTENCE_END = ".!?:;)]\"'\u201d\u2019"
_WORD = re.compile(r"[a-z]+")
# Words that make a percentage over 100 a change, not a share: 'an increase of 250%', 'rose by
# 140%', 'up 120%' (within the few words before it), 'a 310% rise', '150% more' (right after it).
_CHANGE_REACH = 4
_CHANGE_BEFORE = frozenset({
    "increase", "increased", "increases", "increasing", "rise", "rises", "rising", "rose", "risen", "grew",
    "grow", "grown", "growth", "up", "more", "higher", "greater", "decrease", "decreased", "fall", "fell",
    "drop", "dropped", "reduction", "reduced", "change", "changed", "improved", "improvement", "jump",
    "jumped", "uplift", "boost", "boosted"})
_CHANGE_AFTER = frozenset({
    "increase", "increases", "rise", "rises", "more", "higher", "greater", "larger", "growth", "up",
    "jump", "uplift", "improvement", "change", "uptick"})
FIRST_SOURCE_YEAR = 2000  # a cited year is plausible from this year to next year


def distribution_findings(sentences: list[Sentence], atoms: list[Atom]) -> list[Finding]:
    """A sentence listing three or more rating shares ('11% Outstanding, 44% Good, ...') should sum to ~100."""
    lexicon = lexicon_model()
    categories = [c.lower() for c in lexicon.distribution_categories]
    by_sentence: dict[int, list[Atom]] = {}
    for atom in atoms:
        if atom.label == "PERCENT" and atom.value is not None:
            by_sentence.setdefault(atom.sentence, []).append(atom)
    findings = []
    for index, shares in by_sentence.items():
        sentence = sentences[index]
        stops = [a.start for a in shares[1:]] + [sentence.end]
        windows = [sentence.text[a.end - sentence.start:stop - sentence.start][:60].lower()
                   for a, stop in zip(shares, stops)]
        labelled = sum(any(c in window for c in categories) for window in windows)
        total = sum(a.value for a in shares)  # type: ignore[misc]
        if len(shares) >= 3 and labelled == len(shares) and abs(total - 100) > lexicon.distribution_tolerance_pct:
            findings.append(Finding(Code.DISTRIBUTION_NOT_100, f"shares {', '.join(a.text for a in shares)} sum to {total:g}%",
                                    char_start=shares[0].start, char_end=shares[-1].end, sentence=sentence.text))
    return findings


def _cut_line(text: str, complete: bool) -> str | None:
    """The last line of an incomplete report that stops mid-sentence (most likely cut short)."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if complete or not last or last[-1] in _SENTENCE_END or last.startswith("#") or len(last) < 20:
        return None
    return last


def cut_figure_end(text: str, complete: bool) -> int | None:
    """Where a report cut short stops in the middle of a figure ('Its actual spend for that year was
    £10', '... was £179,'): that figure may have lost digits, so nothing ending there is read."""
    last = _cut_line(text, complete)
    word = last.rsplit(None, 1)[-1] if last is not None else ""
    end = len(text.rstrip())
    if word.endswith(",") and word[-2:-1].isdigit() and not YEAR.fullmatch(word[:-1]):  # '... was £179,': cut in a group
        return end - 1
    return end if word[-1:].isdigit() and not YEAR.fullmatch(word) else None


def truncation_findings(text: str, complete: bool) -> list[Finding]:
    """An incomplete report whose last line stops mid-sentence was most likely cut short."""
    last = _cut_line(text, complete)
    if last is None:
        return []
    end = len(text.rstrip())
    lost = "; the figure it stops on may have lost digits and is not read" if cut_figure_end(text, complete) else ""
    return [Finding(Code.TRUNCATED, f"the report stops mid-sentence: ...{last[-60:]!r}{lost}",
                    char_start=end - len(last), char_end=end, sentence=last)]


def figure_findings(sentences: list[Sentence], atoms: list[Atom]) -> list[Finding]:
    """Figures printed as a range (value null, never compared) or not well formed (value null)."""
    findings = []
    for a in atoms:
        if a.label not in {"PERCENT", "QUANTITY"}:
            continue
        if a.is_range:
            findings.append(Finding(Code.RANGE_FIGURE, f"{a.text!r} is a range; value null, not compared",
                                    char_start=a.start, char_end=a.end, sentence=sentences[a.sentence].text))
        elif a.value is None:
            findings.append(Finding(Code.MALFORMED_NUMBER, f"{a.text!r} is not a well-formed figure; value null",
                                    char_start=a.start, char_end=a.end, sentence=sentences[a.sentence].text))
    return findings + share_findings(sentences, atoms)


def share_findings(sentences: list[Sentence], atoms: list[Atom]) -> list[Finding]:
    """A percentage over 100 that is not a change ('an increase of 250%') is no possible share."""
    return [Finding(Code.SHARE_OVER_100, f"{a.text!r} is over 100% and not stated as a change; value kept",
                    char_start=a.start, char_end=a.end, sentence=sentences[a.sentence].text)
            for a in atoms if a.label == "PERCENT" and a.value is not None and a.value > 100
            and not _is_change(a, sentences[a.sentence])]


def _is_change(atom: Atom, sentence: Sentence) -> bool:
    """Change words among the few words before the figure or right after it."""
    before = _WORD.findall(sentence.text[:atom.start - sentence.start].lower())[-_CHANGE_REACH:]
    after = _WORD.findall(sentence.text[atom.end - sentence.start:].lower())[:2]
    return not _CHANGE_BEFORE.isdisjoint(before) or not _CHANGE_AFTER.isdisjoint(after)


def source_year_finding(comparison: Comparison) -> Finding | None:
    """A citation's year outside 2000 to next year is recorded as null, with a finding."""
    year = comparison.source_year
    if year is None or FIRST_SOURCE_YEAR <= year <= date.today().year + 1:
        return None
    comparison.source_year = None
    return Finding(Code.SOURCE_YEAR_OUT_OF_RANGE, f"source year {year} in {comparison.source_text!r} is outside "
                   f"{FIRST_SOURCE_YEAR} to next year; recorded as null", char_start=comparison.char_start,
                   char_end=comparison.char_end, sentence=comparison.sentence)


def within_schema(row: dict, fields: list[str], findings: list[Finding]) -> dict:
    """Null (with a warning) any report value its column cannot hold or whose checks it fails."""
    import pandas as pd

    from .schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS, pandas_dtype

    model, arrow = PANDERA_SCHEMAS["reports"], ARROW_SCHEMAS["reports"]
    for name in fields:
        if row.get(name) is None:
            continue
        checks = model.columns[name].checks
        passed = _number_passes(row[name], arrow.field(name).type, checks)
        if passed is None:  # not a plain number for a numeric column: ask pandas and pandera
            try:
                series = pd.Series([row[name]], dtype=pandas_dtype(arrow.field(name).type))
                passed = all(bool(check(series).check_passed) for check in checks)
            except (TypeError, ValueError, OverflowError):
                passed = False
        if not passed:
            findings.append(Finding(Code.VALUE_OUT_OF_RANGE,
                                    f"{name}: {row[name]!r} is outside what the column allows; recorded as null"))
            row[name] = None
    return row


_BOUND_CHECKS = {  # pandera's built-in checks of one bound, by name, as plain comparisons
    "greater_than": lambda v, s: v > s["min_value"],
    "greater_than_or_equal_to": lambda v, s: v >= s["min_value"],
    "less_than": lambda v, s: v < s["max_value"],
    "less_than_or_equal_to": lambda v, s: v <= s["max_value"],
    "in_range": lambda v, s: (v >= s["min_value"] if s["include_min"] else v > s["min_value"])
    and (v <= s["max_value"] if s["include_max"] else v < s["max_value"]),
}


def _number_passes(value: object, arrow_type, checks: list) -> bool | None:
    """The checks of a numeric column applied to a finite int or float without building a pandas
    Series (the same answers, a hundred times faster); None when pandas must decide: another kind of
    value or column, an integer column given a fraction or a number it cannot hold, another check."""
    import math

    import numpy
    import pyarrow as pa

    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or any(check.name not in _BOUND_CHECKS for check in checks):
        return None
    if pa.types.is_integer(arrow_type):
        limits = numpy.iinfo(arrow_type.to_pandas_dtype())
        if value != int(value) or not limits.min <= value <= limits.max:
            return None
    elif not pa.types.is_floating(arrow_type):
        return None
    return all(_BOUND_CHECKS[check.name](value, check.statistics) for check in checks)

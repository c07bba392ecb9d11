"""Consistency checks over one report's figures: each returns findings, never changes a value
silently (a value its column cannot hold is nulled, with a warning)."""
from __future__ import annotations

from .atoms import Atom, Sentence
from .records import Finding
from .rules import lexicon_model
from .vocab import Code

_SENTENCE_END = ".!?:;)]\"'"


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


def truncation_findings(text: str, complete: bool) -> list[Finding]:
    """An incomplete report whose last line stops mid-sentence was most likely cut short."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if complete or not last or last[-1] in _SENTENCE_END or last.startswith("#") or len(last) < 20:
        return []
    end = len(text.rstrip())
    return [Finding(Code.TRUNCATED, f"the report stops mid-sentence: ...{last[-60:]!r}",
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
    return findings


def within_schema(row: dict, fields: list[str], findings: list[Finding]) -> dict:
    """Null (with a warning) any report value its column cannot hold or whose checks it fails."""
    import pandas as pd

    from .schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS, pandas_dtype

    model, arrow = PANDERA_SCHEMAS["reports"], ARROW_SCHEMAS["reports"]
    for name in fields:
        if row.get(name) is None:
            continue
        try:
            series = pd.Series([row[name]], dtype=pandas_dtype(arrow.field(name).type))
            passed = all(bool(check(series).check_passed) for check in model.columns[name].checks)
        except (TypeError, ValueError, OverflowError):
            passed = False
        if not passed:
            findings.append(Finding(Code.VALUE_OUT_OF_RANGE,
                                    f"{name}: {row[name]!r} is outside what the column allows; recorded as null"))
            row[name] = None
    return row

"""Canonical indicators, benchmarks and assessments for comparisons (comparisons.indicator_id,
benchmark, assessment).

`rules/indicators.json` is the catalogue: one entry per measure reports compare with a
benchmark, with its polarity and the vocabulary that recognises it (spaCy PhraseMatcher
phrases on lower-cased tokens: `all` groups each required, `any` at least one, `veto` none).
A comparison's texts are tried in order — its metric, the council figure's clause, its
sentence(s) — and the first text where exactly one entry of the comparison's unit matches
gives the id. When several match, a later text may only choose among them; otherwise the id is
null: never a guess. `assessment` is better / worse / similar from the numbers, the indicator's
polarity and the similarity band of comparisons.py (null without an indicator, for polarity
`neither`, or when a number is missing).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator

from .comparisons import direction, within_similar_band
from .rules import _Rule, atom_vocabulary, load_model

Unit = Literal["%", "duration", "years", "rate"]
Polarity = Literal["higher_better", "lower_better", "neither"]
Experience = Literal["people_who_use_services", "carers", "workforce", "population"]
Benchmark = Literal["england", "region", "london", "rest_of_england", "comparator_group"]
_DURATIONS = frozenset({"minutes", "hours", "days", "weeks", "months"})
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|and)\b|\.\s")


class Indicator(_Rule):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    ascof_code: str | None
    ascof_code_2023: str | None
    dataset: str
    experience: Experience
    unit: Unit
    polarity: Polarity
    all: list[list[str]] = Field(min_length=1)
    any: list[str] = []
    veto: list[str] = []
    note: str | None = None


class Catalogue(_Rule):
    doc: str = Field(alias="_doc")
    benchmarks: dict[str, Benchmark]
    indicators: list[Indicator]

    @model_validator(mode="after")
    def _unique_ids(self) -> "Catalogue":
        ids = [i.id for i in self.indicators]
        if len(set(ids)) != len(ids):
            raise ValueError("an indicator id is listed twice")
        return self


@lru_cache(maxsize=None)
def catalogue() -> Catalogue:
    """indicators.json as its typed model; every comparator must have a canonical benchmark."""
    model = load_model("indicators.json", Catalogue)
    missing = {b.key for b in atom_vocabulary().benchmarks} - set(model.benchmarks)
    if missing:
        raise ValueError(f"indicators.json: benchmarks lacks comparators {sorted(missing)}")
    return model


@lru_cache(maxsize=None)
def by_id() -> dict[str, Indicator]:
    return {i.id: i for i in catalogue().indicators}


@lru_cache(maxsize=None)
def _matcher():
    """One PhraseMatcher over every entry's phrases, keyed '<id>|all<n>', '<id>|any', '<id>|veto'."""
    from spacy.matcher import PhraseMatcher

    from .nlp import build_nlp

    nlp = build_nlp()  # the pipeline's tokenizer and vocabulary, not a second blank English
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for ind in catalogue().indicators:
        groups = {f"all{n}": g for n, g in enumerate(ind.all)} | {"any": ind.any, "veto": ind.veto}
        for part, phrases in groups.items():
            if phrases:
                matcher.add(f"{ind.id}|{part}", list(nlp.tokenizer.pipe(phrases)))
    return nlp, matcher


def unit_class(unit: str | None) -> Unit | None:
    """The catalogue unit a comparison's unit belongs to (None: no entry can match)."""
    if unit == "%":
        return "%"
    if unit in _DURATIONS:
        return "duration"
    if unit == "years":
        return "years"
    return "rate" if unit and unit.startswith("per ") else None


def matching(text: str, unit: Unit) -> set[str]:
    """Ids of the entries of this unit whose vocabulary fits the text."""
    nlp, matcher = _matcher()
    doc = nlp.make_doc(text)
    found = {nlp.vocab.strings[match_id] for match_id, _, _ in matcher(doc)}
    named = {key.partition("|")[0] for key in found}  # an entry fits only if its words are found
    return {i for i in named if by_id()[i].unit == unit and _fits(by_id()[i], found)}


def _fits(ind: Indicator, found: set[str]) -> bool:
    if f"{ind.id}|veto" in found or (ind.any and f"{ind.id}|any" not in found):
        return False
    return all(f"{ind.id}|all{n}" in found for n in range(len(ind.all)))


def indicator_for(texts: list[str], unit: str | None) -> str | None:
    """The one entry the texts name, tried in order; null when none or several fit."""
    cls = unit_class(unit)
    if cls is None:
        return None
    candidates: set[str] | None = None
    for text in texts:
        found = matching(text, cls) if text else set()
        if candidates is not None:
            found &= candidates
        if len(found) == 1:
            return next(iter(found))
        if len(found) > 1:
            candidates = found
    return None


def _clause_start(sentence: str, offset: int) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(sentence) if m.end() <= offset), default=0)


def value_clause(sentence: str, offset: int) -> str:
    """The clause of the sentence around `offset` (between ';', ', while', ', whereas', ', but', ', and', '. ')."""
    end = min((m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() >= offset), default=len(sentence))
    return sentence[_clause_start(sentence, offset):end]


def benchmark_for(comparator: str) -> str | None:
    """The canonical benchmark of a comparator ('national average' is England's: CQC reads English data)."""
    return catalogue().benchmarks.get(comparator)


def assessment(indicator_id: str | None, value: float | None, comparator: float | None, unit: str) -> str | None:
    """better / worse / similar for the council, from the numbers, the band and the indicator's polarity."""
    ind = by_id().get(indicator_id) if indicator_id else None
    if ind is None or ind.polarity == "neither" or value is None or comparator is None:
        return None
    if within_similar_band(value, comparator, unit):
        return "similar"
    higher = direction(value, comparator) == "higher"
    return "better" if higher == (ind.polarity == "higher_better") else "worse"


def clause_head(sentence: str, offset: int, metric: str | None) -> str:
    """The council figure's clause from its start to the end of the metric after the figure (or to the
    figure): a group named before the figure stays with it ('Fewer carers (29.8%) reported they were
    satisfied'), a measure of another clause or of the benchmark's side does not."""
    at = sentence.find(metric, offset) if metric else -1
    end = at + len(metric) if at >= 0 else offset
    return sentence[_clause_start(sentence, offset):max(end, offset)]


def indicator_columns(metric: str | None, sentence: str, value_offset: int, row: dict) -> dict:
    """comparisons' indicator_id, benchmark and assessment for one row (value_offset: the council
    figure's offset in `sentence`)."""
    texts = [clause_head(sentence, value_offset, metric), metric or "", value_clause(sentence, value_offset), sentence]
    ind = indicator_for(texts, row["unit"])
    return {"indicator_id": ind, "benchmark": benchmark_for(row["comparator"]),
            "assessment": assessment(ind, row["value"], row["comparator_value"], row["unit"])}

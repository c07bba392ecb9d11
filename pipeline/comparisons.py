"""Stage 3b: link atoms into benchmark comparisons, within a sentence or across two.

A comparison needs a benchmark phrase (BENCHMARK atom) with its own figure, and a
council figure of the same unit: earlier in the same sentence, or else in the previous
sentence of the same paragraph. The stated relation is the relation phrase nearest the
benchmark; the computed relation comes from the numbers. Sources come from a citation
in the sentence, the value's sentence, or (marked so) the next sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .atoms import Atom, Sentence
from .records import Finding
from .rules import lexicon

FIGURES = {"PERCENT", "QUANTITY"}
# Words allowed between a benchmark phrase and its own figure: "average of 61%", "average (61%)".
_AFTER_LINK = re.compile(
    r"^[\s(:,]*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was|were|of|at|stood at|being|sits at|"
    r"figure of|rate of|of around|of about|of approximately)\s*)?[\s(:]*$", re.IGNORECASE)
_BEFORE_LINK = re.compile(r"^\s*(?:(?:for|in|across)\s+(?:the\s+)?)?$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass
class Comparison:
    value: float | None
    value_text: str
    unit: str
    comparator: str
    comparator_text: str
    comparator_value: float | None
    comparator_value_text: str
    stated_relation: str | None
    stated_relation_text: str | None
    computed_relation: str | None
    source: str | None
    source_year: int | None
    source_text: str | None
    source_location: str | None   # "sentence" | "value sentence" | "next sentence"
    value_location: str           # "same sentence" | "previous sentence"
    char_start: int
    char_end: int
    sentence: str
    value_atom: Atom
    comparator_atom: Atom


def _unit(atom: Atom) -> str:
    return "%" if atom.label == "PERCENT" else atom.key


def _between(text: str, base: int, start: int, end: int) -> str:
    return text[start - base:end - base]


def _comparator_figure(bench: Atom, figures: list[Atom], sentence: Sentence) -> Atom | None:
    """The benchmark's own figure: right after it ('average of 61%') or right before ('the 61% England average')."""
    after = [f for f in figures if f.start >= bench.end]
    if after and _AFTER_LINK.match(_between(sentence.text, sentence.start, bench.end, after[0].start)):
        return after[0]
    before = [f for f in figures if f.end <= bench.start]
    if before and _BEFORE_LINK.match(_between(sentence.text, sentence.start, before[-1].end, bench.start)):
        return before[-1]
    return None


def _citation(source: Atom, sentence: Sentence) -> tuple[str | None, int | None]:
    """The parenthesised citation holding a source atom, and the year it gives."""
    text, rel = sentence.text, source.start - sentence.start
    open_at, close_at = text.rfind("(", 0, rel), text.find(")", rel)
    if open_at == -1 or close_at == -1 or ")" in text[open_at:rel]:
        return None, None
    inner = text[open_at + 1:close_at]
    year = _YEAR.search(inner)
    return inner.strip(), int(year.group(0)) if year else None


def _pick_source(sources: list[Atom], anchor: int) -> Atom | None:
    """Nearest source after the anchor (a closing citation), else the nearest before it."""
    after = [s for s in sources if s.start >= anchor]
    if after:
        return after[0]
    return sources[-1] if sources else None


def _relation(value: Atom | None, bench: Atom, relations: list[Atom], lone_benchmark: bool,
              sentence: Sentence) -> Atom | None:
    lower_bound = value.end if value is not None and value.sentence == bench.sentence else sentence.start
    between = [r for r in relations if lower_bound <= r.start and r.end <= bench.start]
    chosen = between[-1] if between else None
    if (chosen is None or chosen.key == "none") and lone_benchmark and value is not None \
            and value.sentence == bench.sentence:
        # "X was lower for the council, at 71%, compared to the England average of 87%"
        directional = [r for r in relations if r.end <= value.start and r.key != "none"]
        if directional:
            chosen = directional[-1]
    return chosen


def computed_relation(value: float | None, comparator: float | None) -> str | None:
    if value is None or comparator is None:
        return None
    return "higher" if value > comparator else "lower" if value < comparator else "equal"


def relation_contradicts(comparison: Comparison) -> bool:
    """True when the stated relation disagrees with the numbers (tolerance in lexicon.json)."""
    stated, v, c = comparison.stated_relation, comparison.value, comparison.comparator_value
    if stated is None or v is None or c is None:
        return False
    if stated == "similar":
        tol = lexicon()["similar_tolerance"]
        limit = tol["percentage_points"] if comparison.unit == "%" else tol["relative"] * abs(c)
        return abs(v - c) > limit
    return stated != comparison.computed_relation


def link_comparisons(sentences: list[Sentence], atoms: list[Atom]) -> tuple[list[Comparison], list[Finding]]:
    """Every council figure set against a benchmark figure, in document order."""
    by_sentence: dict[int, list[Atom]] = {}
    for atom in atoms:
        by_sentence.setdefault(atom.sentence, []).append(atom)
    comparisons: list[Comparison] = []
    findings: list[Finding] = []
    comparator_atoms: set[int] = set()
    pending: list[tuple[Sentence, Atom, Atom]] = []
    for sentence in sentences:
        own = by_sentence.get(sentence.index, [])
        figures = [a for a in own if a.label in FIGURES]
        for bench in (a for a in own if a.label == "BENCHMARK"):
            figure = _comparator_figure(bench, figures, sentence)
            if figure is not None:
                comparator_atoms.add(figure.start)
                pending.append((sentence, bench, figure))
    for sentence, bench, figure in pending:
        own = by_sentence.get(sentence.index, [])
        unit = _unit(figure)
        eligible = [a for a in own if a.label in FIGURES and _unit(a) == unit
                    and a.start not in comparator_atoms and a.end <= bench.start]
        value = eligible[-1] if eligible else None
        value_location = "same sentence"
        if value is None and sentence.index > 0:
            previous = sentences[sentence.index - 1]
            if previous.paragraph == sentence.paragraph:
                earlier = [a for a in by_sentence.get(previous.index, []) if a.label in FIGURES
                           and _unit(a) == unit and a.start not in comparator_atoms]
                if earlier:
                    value, value_location = earlier[-1], "previous sentence"
                    if len(earlier) > 1:
                        findings.append(Finding(
                            "AMBIGUOUS_VALUE", "info",
                            f"benchmark {bench.text!r} {figure.text} follows a sentence with {len(earlier)} "
                            f"figures; linked to the last, {value.text}",
                            char_start=value.start, char_end=figure.end, sentence=sentence.text))
        if value is None:
            continue
        relations = [a for a in own if a.label == "RELATION"]
        lone = sum(1 for a in own if a.label == "BENCHMARK") == 1
        relation = _relation(value, bench, relations, lone, sentence)
        source, source_location = None, None
        value_sentence = sentences[value.sentence]
        candidates = [("sentence", sentence, bench.end)]
        if value_sentence.index != sentence.index:
            candidates.append(("value sentence", value_sentence, value.end))
        following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
        if following is not None and following.paragraph == sentence.paragraph:
            candidates.append(("next sentence", following, following.start))
        for location, where, anchor in candidates:
            sources = [a for a in by_sentence.get(where.index, []) if a.label == "SOURCE"]
            if location == "next sentence":  # only a citation closing that sentence
                sources = [s for s in sources if _citation(s, where)[0] is not None
                           and where.text.rstrip(" .").endswith(")")]
            picked = _pick_source(sources, anchor)
            if picked is not None:
                source, source_location, source_sentence = picked, location, where
                break
        source_text, source_year = _citation(source, source_sentence) if source else (None, None)
        start = min(value.start, bench.start, figure.start)
        end = max(value.end, bench.end, figure.end)
        text = sentence.text if value_location == "same sentence" else f"{value_sentence.text} {sentence.text}"
        comparison = Comparison(
            value=value.value, value_text=value.text, unit=unit, comparator=bench.key,
            comparator_text=bench.text, comparator_value=figure.value, comparator_value_text=figure.text,
            stated_relation=relation.key if relation is not None and relation.key != "none" else None,
            stated_relation_text=relation.text if relation is not None else None,
            computed_relation=computed_relation(value.value, figure.value),
            source=source.key if source else None, source_year=source_year, source_text=source_text,
            source_location=source_location, value_location=value_location,
            char_start=start, char_end=end, sentence=text, value_atom=value, comparator_atom=figure)
        comparisons.append(comparison)
        if relation_contradicts(comparison):
            findings.append(Finding(
                "RELATION_CONTRADICTS_NUMBERS", "warning",
                f"text says {comparison.stated_relation_text!r} but {value.text} vs {comparison.comparator} "
                f"{figure.text} is {comparison.computed_relation}"
                + (" by more than the 'similar' tolerance" if comparison.stated_relation == "similar" else ""),
                char_start=start, char_end=end, sentence=text))
    comparisons.sort(key=lambda c: (c.value_atom.start, c.comparator_atom.start))
    return comparisons, findings

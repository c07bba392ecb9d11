"""Stage 3b: link atoms into benchmark comparisons, within a sentence or across two.

A comparison needs a benchmark phrase (BENCHMARK atom) with its own figure, and a
council figure of the same unit: earlier in the same sentence, or else in the previous
sentence of the same paragraph. The stated relation is the relation phrase nearest the
benchmark; the computed relation comes from the numbers. Sources come from a citation
in the sentence, the value's sentence, or (marked so) the next sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .atoms import Atom, Sentence
from .vocab import Code
from .records import Finding
from .rules import lexicon

FIGURES = {"PERCENT", "QUANTITY"}
# Words allowed between a benchmark phrase and its own figure: "average of 61%", "average (61%)".
_AFTER_LINK = re.compile(
    r"^[\s(:,]*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was|were|of|at|stood at|being|sits at|"
    r"figure of|rate of|of around|of about|of approximately)\s*)?[\s(:]*$", re.IGNORECASE)
_BEFORE_LINK = re.compile(r"^\s*(?:(?:reported|recorded|seen|observed)\s+)?(?:(?:for|in|across)\s+(?:the\s+)?)?$",
                          re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SHARED = "shared:"
_PLURAL = "plural:"
_CHAIN = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?$", re.IGNORECASE)
_SHARED_NOUN = re.compile(r"\b(?:averages|rates|figures)\b", re.IGNORECASE)
# After a benchmark's figure, a sentence that goes on to describe its own measure
# ("Nationally, 61% of people were satisfied ...") states a national fact, not a comparison.
_TRAILING_WORDS = re.compile(r"[A-Za-z]+")


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
    value_location: str           # "same sentence" | "previous sentence" | "earlier sentence" | "table row"
    char_start: int
    char_end: int
    sentence: str                 # for display; sentence_start:sentence_end slices the report text
    sentence_start: int
    sentence_end: int
    value_atom: Atom
    comparator_atom: Atom
    bench_atom: Atom
    relation_atom: Atom | None
    metric: str | None = None     # set for table rows (the row's label); prose metrics are derived later


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
    """The parenthesised citation holding a source atom, and the year it gives (from the
    source's own part of a citation like '(ASCS, 2023; SACE, 2022)')."""
    text, rel = sentence.text, source.start - sentence.start
    open_at, close_at = text.rfind("(", 0, rel), text.find(")", rel)
    if open_at == -1 or close_at == -1 or ")" in text[open_at:rel]:
        return None, None
    inner = text[open_at + 1:close_at]
    own_part = next((part for part in inner.split(";") if source.text in part), inner)
    year = _YEAR.search(own_part)
    return inner.strip(), int(year.group(0)) if year else None


def _pick_source(sources: list[Atom], anchor: int) -> Atom | None:
    """Nearest source after the anchor (a closing citation), else the nearest before it."""
    after = [s for s in sources if s.start >= anchor]
    if after:
        return after[0]
    return sources[-1] if sources else None


_ANAPHOR = re.compile(r"^\W*(?:this|that|it|these|which|the figure|this figure)\b", re.IGNORECASE)


def _council_value(sentence: Sentence, bench: Atom, figure: Atom, unit: str, sentences: list[Sentence],
                   by_sentence: dict[int, list[Atom]], comparator_atoms: set[int]
                   ) -> tuple[Atom | None, str, Finding | None]:
    """The council's figure for a benchmark: before it in the sentence; else, unless the sentence
    opens with 'This ...', after it ('the England average is 36% and the local figure 28%');
    else in the previous sentence of the paragraph, or the one before that when the sentence in
    between has no figure of the unit."""
    def eligible(atoms: list[Atom]) -> list[Atom]:
        return [a for a in atoms if a.label in FIGURES and _unit(a) == unit and not a.is_range
                and a.start not in comparator_atoms]

    own = eligible(by_sentence.get(sentence.index, []))
    before_any = [a for a in own if a.end <= bench.start and a.end <= figure.start]
    after = [a for a in own if a.start >= figure.end]
    # a figure in another clause (', while ...', '; ...') belongs to that clause's comparison,
    # unless this clause has no figure of its own at all
    before = [a for a in before_any
              if not _CLAUSE_BREAK.search(sentence.text, a.end - sentence.start, bench.start - sentence.start)]
    if not before and not after and _refers_back(sentence, figure, by_sentence):
        # '(20.4%) ...; the England average is 29%' - but not '6.2% of bed days ...; regionally,
        # 5.1% of delayed transfers were ...', where the benchmark's clause has a measure of its own
        before = before_any
    current = [a for a in before if not _is_past(a, sentence)]
    before = current or before  # 'compared with 68% in 2022', 'up from 22.1%': the council's own past
    if before:
        note = None
        if len(before) > 1:
            note = Finding(Code.AMBIGUOUS_VALUE, f"{len(before)} figures precede benchmark {bench.text!r} {figure.text}; linked to the "
                           f"nearest, {before[-1].text}", char_start=before[0].start, char_end=figure.end,
                           sentence=sentence.text)
        return before[-1], "same sentence", note
    if after and not _ANAPHOR.match(sentence.text):
        return after[0], "same sentence", None
    if not _refers_back(sentence, figure, by_sentence):
        if after:
            return after[0], "same sentence", None
        return _council_value_next(sentence, unit, sentences, by_sentence, eligible)
    for back, location in ((1, "previous sentence"), (2, "earlier sentence")):
        if sentence.index - back < 0 or sentences[sentence.index - back].paragraph != sentence.paragraph:
            break
        earlier_atoms = by_sentence.get(sentence.index - back, [])
        earlier = eligible(earlier_atoms)
        earlier = [a for a in earlier if not _is_past(a, sentences[sentence.index - back])] or earlier
        if earlier:
            note = None
            if len(earlier) > 1:
                note = Finding(Code.AMBIGUOUS_VALUE, f"benchmark {bench.text!r} {figure.text} follows a sentence with {len(earlier)} "
                               f"figures; linked to the last, {earlier[-1].text}",
                               char_start=earlier[-1].start, char_end=figure.end, sentence=sentence.text)
            return earlier[-1], location, note
        if any(a.label in FIGURES and _unit(a) == unit for a in earlier_atoms):
            break  # that sentence's figures are another comparison's benchmarks
    if after:
        return after[0], "same sentence", None
    return None, "", None


_SAME_MEASURE = re.compile(r"\b(?:the same|the figure|the proportion|the rate|the equivalent|this figure|"
                           r"the corresponding|the local figure)\b", re.IGNORECASE)
_LOCAL_OPENER = re.compile(r"^\W*(?:in|for|within|across)\s+[A-Z][\w' -]{1,60},|^\W*(?:locally|here|by contrast|in contrast)\b",
                           re.IGNORECASE)


def _council_value_next(sentence: Sentence, unit: str, sentences: list[Sentence],
                        by_sentence: dict[int, list[Atom]], eligible) -> tuple[Atom | None, str, Finding | None]:
    """'Across England, 48.1% of people ... . In Thornmere, 41.9% said the same.': a sentence that
    opens on the council ('In <Place>,', 'Locally'), says it is the same measure ('the same', 'the
    figure', 'the rate'), and holds exactly one figure of the unit and no benchmark of its own gives
    the council figure for a benchmark-only sentence before it."""
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if following is None or following.paragraph != sentence.paragraph or not _LOCAL_OPENER.match(following.text) \
            or not _SAME_MEASURE.search(following.text):
        return None, "", None
    theirs = by_sentence.get(following.index, [])
    candidates = eligible(theirs)
    if len(candidates) != 1 or any(a.label == "BENCHMARK" for a in theirs):
        return None, "", None
    return candidates[0], "next sentence", None


_QUANTITY_WORDS = {"more than", "less than"}  # 'waited more than a week': a quantity, not a relation
_LEADS_INTO = re.compile(r"^\s*(?:both\s+)?(?:the\s+|an?\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but)\b", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:compared (?:with|to)|against)\s*$", re.IGNORECASE)
_PAST_AFTER = re.compile(r"^\s*(?:(?:the\s+)?(?:previous|preceding|prior|last)\s+year|a\s+year\s+(?:earlier|before)"
                         r"|\d+\s+years?\s+ago|(?:in|during)\s+((?:19|20)\d{2}))", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d{2}\b")


def _is_past(atom: Atom, sentence: Sentence) -> bool:
    """A figure the sentence marks as the council's own earlier value: 'up from 22%', '4.0% the
    previous year', '68% in 2022' when the sentence also names a later year."""
    before = sentence.text[max(0, atom.start - sentence.start - 20):atom.start - sentence.start]
    if _PAST_BEFORE.search(before):
        return True
    after = _PAST_AFTER.match(sentence.text[atom.end - sentence.start:atom.end - sentence.start + 30])
    if after is None:
        return False
    if after.group(1) is None or _COMPARED_BEFORE.search(before):
        return True  # '4.0% the previous year', 'compared with 76% in 2022'
    latest = max(int(y) for y in _YEARS.findall(sentence.text))
    return int(after.group(1)) < latest


def _respectively(sentence: Sentence, bench: Atom, figures: list[Atom], sentences: list[Sentence],
                  by_sentence: dict[int, list[Atom]]) -> list[tuple[Atom, Atom, str]]:
    """'... England averages of 64.0% and 57.2% respectively': (council figure, benchmark figure,
    location) pairs, in order, when there are exactly as many council figures of the unit before
    the benchmark in the sentence, or in the previous sentence of the paragraph; else none."""
    if "respectively" not in sentence.text.lower():
        return []
    first = _comparator_figure(bench, figures, sentence)
    if first is None:
        return []
    chain = [first]
    for figure in figures:
        if figure.start > chain[-1].end and _unit(figure) == _unit(first) \
                and _CHAIN.match(sentence.text[chain[-1].end - sentence.start:figure.start - sentence.start]):
            chain.append(figure)
    if len(chain) < 2:
        return []
    unit = _unit(first)
    before = [a for a in figures if a.end <= bench.start and _unit(a) == unit]
    if len(before) >= len(chain):
        return list(zip(before[-len(chain):], chain, ["same sentence"] * len(chain)))
    previous = sentences[sentence.index - 1] if sentence.index > 0 else None
    if previous is None or previous.paragraph != sentence.paragraph:
        return []
    earlier = [a for a in by_sentence.get(previous.index, []) if a.label in FIGURES and not a.is_range
               and _unit(a) == unit]
    if len(earlier) != len(chain):
        return []
    return list(zip(earlier, chain, ["previous sentence"] * len(chain)))


_PARENS = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=1)
def _groups_pattern() -> re.Pattern[str]:
    """Population groups (lexicon.json) as one case-insensitive pattern."""
    words = sorted(lexicon()["cues"]["population_group"]["phrases"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _clause(sentence: Sentence, start: int, end: int) -> str:
    """The clause of the sentence around [start, end), without parentheses (citations)."""
    text, lo, hi = sentence.text, start - sentence.start, end - sentence.start
    breaks = [m for m in _CLAUSE_BREAK.finditer(text)]
    left = max([m.end() for m in breaks if m.end() <= lo], default=0)
    right = min([m.start() for m in breaks if m.start() >= hi], default=len(text))
    return _PARENS.sub(" ", text[left:right])


def _different_groups(value: Atom, value_sentence: Sentence, bench: Atom, sentence: Sentence) -> bool:
    """'Among carers, 19% ... Among people who use services across England, 45.6% ...': the
    figure and the benchmark name different groups, so they measure different things."""
    if value_sentence.index == sentence.index and not _CLAUSE_BREAK.search(
            sentence.text, min(value.end, bench.end) - sentence.start, max(value.start, bench.start) - sentence.start):
        return False  # one clause: any group words describe the same measure
    groups = _groups_pattern()
    value_groups = {g.lower() for g in groups.findall(_clause(value_sentence, value.start, value.end))}
    bench_groups = {g.lower() for g in groups.findall(_clause(sentence, bench.start, bench.end))}
    return bool(value_groups and bench_groups and value_groups.isdisjoint(bench_groups))


def _refers_back(sentence: Sentence, figure: Atom, by_sentence: dict[int, list[Atom]]) -> bool:
    """May a benchmark sentence with no council figure take one from an earlier sentence?
    Yes when it opens with 'This ...', states a relation, or ends soon after the benchmark
    figure ('The England average was 61%.'); not when it describes a measure of its own."""
    if _ANAPHOR.match(sentence.text):
        return True
    if any(a.label == "RELATION" for a in by_sentence.get(sentence.index, [])):
        return True
    tail = re.sub(r"\([^)]*\)", "", sentence.text[figure.end - sentence.start:])
    return len(_TRAILING_WORDS.findall(tail)) <= 3


def _relation(value: Atom, bench: Atom, figure: Atom, relations: list[Atom], lone_benchmark: bool,
              sentence: Sentence) -> Atom | None:
    """The relation words nearest the benchmark between it and the value; when there are none
    or they give no direction ('compared with'), a sentence with one benchmark may state the
    direction elsewhere ('National data was lower ... compared to', '... this was slightly lower')."""
    same = value.sentence == bench.sentence
    low, high = (min(value.end, bench.start), max(value.start, bench.start)) if same else (sentence.start, bench.start)
    between = [r for r in relations if low <= r.start and r.end <= high]
    chosen = between[-1] if between else None
    if chosen is None or chosen.key == "none":  # 'less likely than the England average (69%) ..., at 64%'
        leading = [r for r in relations if r.end <= bench.start and r.key != "none"
                   and _LEADS_INTO.match(sentence.text[r.end - sentence.start:bench.start - sentence.start])]
        chosen = leading[-1] if leading else chosen
    if (chosen is None or chosen.key == "none") and lone_benchmark:
        directional = [r for r in relations if r.key != "none" and r.text.lower() not in _QUANTITY_WORDS
                       and not (bench.start <= r.start < figure.end or figure.start <= r.start < bench.end)
                       and not _CLAUSE_BREAK.search(sentence.text, min(r.end, bench.end) - sentence.start,
                                                    max(r.start, bench.start) - sentence.start)]
        if directional:
            chosen = min(directional, key=lambda r: abs(r.start - bench.start))
    return chosen


def computed_relation(value: float | None, comparator: float | None) -> str | None:
    """Direction from the numbers alone: higher, lower or equal (null if either is missing)."""
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


def _benchmarks_with_figures(sentences: list[Sentence], by_sentence: dict[int, list[Atom]]
                             ) -> tuple[list[tuple[Sentence, Atom, Atom]], dict[int, tuple[Atom, str, int]]]:
    """Every benchmark that has its own figure, as (sentence, benchmark, figure); and, for
    'respectively' benchmarks, the council figure each benchmark figure is paired with
    (keyed by the benchmark figure's offset: (council figure, location, position))."""
    pending: list[tuple[Sentence, Atom, Atom]] = []
    forced: dict[int, tuple[Atom, str, int]] = {}
    for sentence in sentences:
        own = by_sentence.get(sentence.index, [])
        figures = [a for a in own if a.label in FIGURES and not a.is_range]
        for bench in (a for a in own if a.label == "BENCHMARK"):
            if bench.form == "plural":
                for position, (value, figure, location) in enumerate(
                        _respectively(sentence, bench, figures, sentences, by_sentence)):
                    forced[figure.start] = (value, location, position)
                    pending.append((sentence, bench, figure))
                continue
            if bench.form == "bare" and not _SHARED_NOUN.search(sentence.text, bench.end - sentence.start):
                continue
            figure = _comparator_figure(bench, figures, sentence)
            if figure is not None:
                pending.append((sentence, bench, figure))
    return pending, forced


def _find_source(sentence: Sentence, value: Atom, bench: Atom, figure: Atom, sentences: list[Sentence],
                 by_sentence: dict[int, list[Atom]], compared: set[int],
                 forced: dict[int, tuple[Atom, str, int]]) -> tuple[Atom | None, str | None, Sentence | None]:
    """The cited data set: in the benchmark's sentence, else the value's sentence, else the
    citation closing the next sentence of the paragraph (unless that sentence makes a
    comparison of its own)."""
    value_sentence = sentences[value.sentence]
    candidates = [("sentence", sentence, bench.end)]
    if value_sentence.index != sentence.index:
        candidates.append(("value sentence", value_sentence, value.end))
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if following is not None and following.paragraph == sentence.paragraph:
        candidates.append(("next sentence", following, following.start))
    for location, where, anchor in candidates:
        theirs = by_sentence.get(where.index, [])
        sources = [a for a in theirs if a.label == "SOURCE"]
        if location == "next sentence":
            if where.index in compared or (any(a.label == "BENCHMARK" for a in theirs)
                                           and any(a.label == "RELATION" and a.key != "none" for a in theirs)):
                continue  # '... also below the national picture (SACE)': that citation is its own
            sources = [s for s in sources if _citation(s, where)[0] is not None
                       and where.text.rstrip(" .").endswith(")")]
        picked = _pick_source(sources, anchor)
        if figure.start in forced and location == "sentence":  # '(ASCS, 2023; SACE, 2023)' in order
            closing = [a for a in sources if a.start >= bench.end]
            distinct = list(dict.fromkeys(a.key for a in closing))
            position = forced[figure.start][2]
            pairs = sum(1 for f in forced.values() if f[0].sentence == value.sentence)
            if len(distinct) > position and len(distinct) == pairs:
                picked = next(a for a in closing if a.key == distinct[position])
        if picked is not None:
            return picked, location, where
    return None, None, None


def link_comparisons(sentences: list[Sentence], atoms: list[Atom]) -> tuple[list[Comparison], list[Finding]]:
    """Every council figure set against a benchmark figure, in document order."""
    by_sentence: dict[int, list[Atom]] = {}
    for atom in atoms:
        by_sentence.setdefault(atom.sentence, []).append(atom)
    pending, forced = _benchmarks_with_figures(sentences, by_sentence)
    comparator_atoms = {figure.start for _, _, figure in pending}
    compared = {sentence.index for sentence, _, _ in pending}
    comparisons: list[Comparison] = []
    findings: list[Finding] = []
    for sentence, bench, figure in pending:
        own = by_sentence.get(sentence.index, [])
        unit = _unit(figure)
        if figure.start in forced:
            value, value_location, note = *forced[figure.start][:2], None
        else:
            value, value_location, note = _council_value(sentence, bench, figure, unit, sentences, by_sentence,
                                                         comparator_atoms)
        if note:
            findings.append(note)
        if value is None or _different_groups(value, sentences[value.sentence], bench, sentence):
            continue
        relations = [a for a in own if a.label == "RELATION"]
        lone = sum(1 for a in own if a.label == "BENCHMARK") == 1
        relation = _relation(value, bench, figure, relations, lone, sentence)
        source, source_location, source_sentence = _find_source(sentence, value, bench, figure, sentences,
                                                                by_sentence, compared, forced)
        source_text, source_year = _citation(source, source_sentence) if source else (None, None)
        start = min(value.start, bench.start, figure.start)
        end = max(value.end, bench.end, figure.end)
        first_sentence = min(sentences[value.sentence], sentence, key=lambda s: s.index)
        last_sentence = max(sentences[value.sentence], sentence, key=lambda s: s.index)
        text = " ".join(s.text for s in sentences[first_sentence.index:last_sentence.index + 1])
        comparison = Comparison(
            value=value.value, value_text=value.text, unit=unit, comparator=bench.key,
            comparator_text=bench.text, comparator_value=figure.value, comparator_value_text=figure.text,
            stated_relation=relation.key if relation is not None and relation.key != "none" else None,
            stated_relation_text=relation.text if relation is not None else None,
            computed_relation=computed_relation(value.value, figure.value),
            source=source.key if source else None, source_year=source_year, source_text=source_text,
            source_location=source_location, value_location=value_location,
            char_start=start, char_end=end, sentence=text, sentence_start=first_sentence.start,
            sentence_end=last_sentence.end, value_atom=value, comparator_atom=figure,
            bench_atom=bench, relation_atom=relation)
        comparisons.append(comparison)
        if relation_contradicts(comparison):
            findings.append(Finding(Code.RELATION_CONTRADICTS_NUMBERS, f"text says {comparison.stated_relation_text!r} but {value.text} vs {comparison.comparator} "
                f"{figure.text} is {comparison.computed_relation}"
                + (" by more than the 'similar' tolerance" if comparison.stated_relation == "similar" else ""),
                char_start=start, char_end=end, sentence=text))
    comparisons.sort(key=lambda c: (c.value_atom.start, c.comparator_atom.start))
    return comparisons, findings


_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")


def table_comparisons(text: str, atoms: list[Atom]) -> list[Comparison]:
    """Comparison tables ('| Measure | Council | England | Source |'): in each row, the council's
    figure against the figure in each benchmark column. No relation is stated in a table."""
    headers = lexicon()["table_benchmark_headers"]
    source_headers = set(lexicon()["table_source_headers"])
    figures = [a for a in atoms if a.label in FIGURES and not a.is_range]
    sources = [a for a in atoms if a.label == "SOURCE"]
    found: list[Comparison] = []
    rows = list(_TABLE_ROW.finditer(text))
    i = 0
    while i < len(rows):
        block = [rows[i]]
        while i + 1 < len(rows) and rows[i + 1].start() == block[-1].end() + 1:
            i += 1
            block.append(rows[i])
        i += 1
        header, body = block[0], [r for r in block[1:] if not _TABLE_RULE.match(r.group(0))]
        names = [c.strip().lower() for c in header.group(0).strip().strip("|").split("|")]
        bench_columns = {j: headers[n] for j, n in enumerate(names) if n in headers}
        source_column = next((j for j, n in enumerate(names) if n in source_headers), None)
        if not bench_columns or not body:
            continue
        for row in body:
            cells, offset = [], row.start() + row.group(0).index("|") + 1
            for cell in row.group(0).strip().strip("|").split("|"):
                cells.append((offset, offset + len(cell), cell.strip()))
                offset += len(cell) + 1
            in_cell = [[f for f in figures if lo <= f.start and f.end <= hi] for lo, hi, _ in cells]
            council = next((cell[0] for j, cell in enumerate(in_cell)
                            if cell and j not in bench_columns and j != source_column), None)
            if council is None:
                continue
            source = None
            if source_column is not None and source_column < len(cells):
                lo, hi, cell_text = cells[source_column]
                source = next((a for a in sources if lo <= a.start and a.end <= hi), None)
            year = _YEAR.search(cells[source_column][2]) if source is not None else None
            for j, key in bench_columns.items():
                if j >= len(in_cell) or not in_cell[j] or _unit(in_cell[j][0]) != _unit(council):
                    continue
                figure = in_cell[j][0]
                bench = Atom("BENCHMARK", key, names[j], header.start(), header.end(), figure.sentence)
                line = row.group(0).strip()
                line_start = row.start() + row.group(0).index(line)
                found.append(Comparison(
                    value=council.value, value_text=council.text, unit=_unit(council), comparator=key,
                    comparator_text=names[j], comparator_value=figure.value, comparator_value_text=figure.text,
                    stated_relation=None, stated_relation_text=None,
                    computed_relation=computed_relation(council.value, figure.value),
                    source=source.key if source else None, source_year=int(year.group(0)) if year else None,
                    source_text=cells[source_column][2] if source is not None else None,
                    source_location="sentence" if source is not None else None, value_location="table row",
                    char_start=min(council.start, figure.start), char_end=max(council.end, figure.end),
                    sentence=line, sentence_start=line_start, sentence_end=line_start + len(line), value_atom=council,
                    comparator_atom=figure, bench_atom=bench, relation_atom=None, metric=cells[0][2]))
    return found

"""Stage 3b: link atoms into benchmark comparisons, within a sentence or across two.

A comparison needs a benchmark phrase (BENCHMARK atom) with its own figure, and a council
figure of the same unit: earlier in the same sentence, or else in the previous sentence of
the same paragraph. The stated relation is the relation phrase nearest the benchmark; the
computed relation comes from the numbers. Sources come from a citation in the sentence, the
value's sentence, or (marked so) the next sentence.

Every word that steers linking is a cue (rules/lexicon.json `cues`, found by spaCy in
nlp.py); this module asks positional questions of them (`Sentence.cues_of`, `opens_with`,
`only_cues_between`, ...). `Report` holds a report's sentences and atoms; `Candidate` is one
benchmark with its own figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple
import calendar

from spacy.lang.en.stop_words import STOP_WORDS

from .atoms import Atom, Cue, Sentence
from .bare_numbers import SIZE_RANGE, bounds_an_age, gap_amount_words, is_number_word, printed_without_unit, with_bare_numbers
from .checks import source_year_finding
from .numbers import LONE_NUMBER, NUMBER_TEXT, YEAR
from .nlp import first_word_at, place_words
from .records import Finding
from .rules import FIGURE_LABELS, atom_vocabulary, lexicon_model, list_mark, measure_nouns
from .vocab import Code, SourceLocation, ValueLocation

FIGURES = FIGURE_LABELS
SCALED = " (scaled to population)"  # after the comparator of a count its rate would give the council
CITED_YEAR = re.compile(r"\b[12]\d{3}\b")  # any year-like number in a citation (checked for plausibility)
_PARENS = re.compile(r"\([^)]*\)")          # asides and citations
_WORD = re.compile(r"[A-Za-z]+")
_WORD_OR_DIGITS = re.compile(r"[A-Za-z]+|\d+")  # a word or a run of digits
_AFTER_A_DASH = re.compile(r"\s[-\u2013\u2014]\s")  # ' - ', ' – ': an aside or afterthought opens
_POSSESSIVE = re.compile(r"['\u2019]s\b")  # "Ashcombe's": the name's own
_CLOSING_ASIDE = re.compile(r"[.!?]\s+(\([^()]*\))\W*$")  # '... are spoken. (All figures in this paragraph: Census 2021.)'
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-/\u2013]\s*\d{2,4})?\b")  # '2023-24', '2023/24', '2024'
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")  # the word a text ends on
_NUMBER_AFTER = re.compile(r"\s*(\d)")  # a number right after some words ('under 16')
_PLURAL_AFTER = re.compile(r" ([A-Za-z]+)s\b")  # the plural noun right after a name ('South West medians')
_MEASURE_NOUN = re.compile(r" [a-z]+(?= )")  # one lower-case word after a benchmark noun ('median wait')
_BULLET = re.compile(rf"\s*{list_mark()}\s")  # a list item's marker
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) \($")  # 'Kirkholt (' right before a figure
_BRACKETED_NUMBER = re.compile(rf"\s*\(\s*({NUMBER_TEXT})\s*\)")  # '(7,520)'
_ENDINGS = ("ing", "ed", "es", "s")  # dropped from a word to compare measures ('providing', 'provided')
_MONTHS = frozenset(calendar.month_name[1:])  # 'in March,': a time, no place
_ENDS_ON_NUMBER = re.compile(r"\d\s*$")  # a clause ending on a number ('... live to 79.9')
_BARE_NUMBER = re.compile(rf"\s*({NUMBER_TEXT})(?!,?\d)\s*")  # a number printed without its unit


@dataclass
class Comparison:
    """A council figure set against a benchmark figure, with the atoms it was read from."""

    value: Atom                     # the council's figure
    figure: Atom                    # the benchmark's own figure
    bench: Atom                     # the benchmark phrase (a table's header for table rows)
    relation: Atom | None
    value_location: ValueLocation
    char_start: int
    char_end: int
    sentence: str                   # for display; sentence_start:sentence_end slices the report text
    sentence_start: int
    sentence_end: int
    source: Atom | None = None
    source_text: str | None = None
    source_year: int | None = None
    source_location: SourceLocation | None = None
    metric: str | None = None       # a table row's label; prose metrics are derived later (metric.py)

    @property
    def unit(self) -> str:
        return unit_of(self.value)

    @property
    def stated_relation(self) -> str | None:
        return self.relation.key if self.relation is not None and self.relation.key != "none" else None

    @property
    def computed_relation(self) -> str | None:
        return computed_relation(self.value.value, self.figure.value, self.unit)

    def to_row(self) -> dict:
        """The comparison's own columns of comparisons.parquet (no report, statement or provenance)."""
        return {
            "metric": self.metric, "value": self.value.value, "value_text": self.value.text, "unit": self.unit,
            "comparator": self.bench.key, "comparator_text": self.bench.text,
            "comparator_value": self.figure.value, "comparator_value_text": self.figure.text,
            "stated_relation": self.stated_relation,
            "stated_relation_text": self.relation.text if self.relation is not None else None,
            "computed_relation": self.computed_relation, "source": self.source.key if self.source else None,
            "source_year": self.source_year, "source_text": self.source_text,
            "source_location": str(self.source_location) if self.source_location else None,
            "value_location": str(self.value_location)}


@dataclass(frozen=True)
class Link:
    """The council figure found for a benchmark, where it was, and a note when it was a choice."""

    value: Atom
    location: ValueLocation
    note: Finding | None = None


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    bench: Atom
    figure: Atom


@dataclass
class Report:
    """A report's sentences and atoms, indexed for linking."""

    sentences: list[Sentence]
    atoms: list[Atom]
    by_sentence: dict[int, list[Atom]] = field(default_factory=dict)
    benchmark_figures: set[int] = field(default_factory=set)   # offsets of benchmarks' own figures
    compared: set[int] = field(default_factory=set)            # sentences holding a benchmark figure
    candidates: list[Candidate] = field(default_factory=list)  # every benchmark with its own figure
    candidates_in: dict[int, list[Candidate]] = field(default_factory=dict)  # by sentence index
    forced: dict[int, tuple[Link, int]] = field(default_factory=dict)  # 'respectively' pairs: (link, position)
    own_measure: set[int] = field(default_factory=set)  # benchmark figures whose benchmark names its measure
    own_clause: set[int] = field(default_factory=set)  # benchmark figures owned by an opening benchmark: same sentence only
    scaled: set[int] = field(default_factory=set)  # benchmark figures that are its rate scaled to the council
    council: frozenset[str] = frozenset()  # the council's own name words ('Thornleigh'), when known

    def __post_init__(self) -> None:
        figures = {a.start for a in self.atoms if a.label in FIGURES}
        self.atoms = [a for a in self.atoms if not _than_the_past(self.sentences[a.sentence], a)
                      and not _restating(self.sentences[a.sentence], a) and not _bounds_a_number(self.sentences[a.sentence], a, figures)
                      and not _names_a_time(self.sentences[a.sentence], a)]
        for atom in self.atoms:
            self.by_sentence.setdefault(atom.sentence, []).append(atom)

    def atoms_in(self, sentence: Sentence | int) -> list[Atom]:
        index = sentence if isinstance(sentence, int) else sentence.index
        return self.by_sentence.get(index, [])

    def neighbour(self, sentence: Sentence, step: int) -> Sentence | None:
        """The sentence `step` away in the same paragraph, if any; or in the paragraph right beside it when
        both are a paragraph of one prose sentence each (a saved page's '<p>' per sentence: '<p>The median
        wait was 47 days.</p><p>Comparator councils reported a median of 26 days.</p>')."""
        index = sentence.index + step
        if not 0 <= index < len(self.sentences):
            return None
        other = self.sentences[index]
        if other.paragraph == sentence.paragraph:
            return other
        if abs(step) == 1 and other.paragraph == sentence.paragraph + step and self._alone(sentence) and self._alone(other):
            return other
        return None

    def _alone(self, sentence: Sentence) -> bool:
        """Is the sentence a paragraph of its own, of prose (no list item, table row or lead-in)?"""
        i = sentence.index
        return all(not 0 <= j < len(self.sentences) or self.sentences[j].paragraph != sentence.paragraph for j in (i - 1, i + 1)) \
            and sentence.text.rstrip().endswith((".", ".)", "!", "?")) and not _BULLET.match(sentence.text) \
            and not sentence.text.lstrip().startswith("|")

    def beside(self, sentence: Sentence, step: int) -> Sentence | None:
        """The sentence `step` (1 or -1) away when it is in the next or previous paragraph (a list's items)."""
        index = sentence.index + step
        if not 0 <= index < len(self.sentences) or self.sentences[index].paragraph != sentence.paragraph + step:
            return None
        return self.sentences[index]

    def eligible(self, sentence: Sentence | int, unit: str) -> list[Atom]:
        """Figures of the unit that could be a council's: single values, not a benchmark's own,
        not a band ('the 20% most deprived areas') and not a gap ('61.4 years, 2.3 years lower than';
        'This is 4.2 years below the England average': the figure it refers to was in the sentence before)."""
        sentence = sentence if isinstance(sentence, Sentence) else self.sentences[sentence]
        opening = self._opening_benchmarks_figure(sentence)
        own = [a for a in self.atoms_in(sentence) if a.label in FIGURES and unit_of(a) == unit and not a.is_range
               and a.start not in self.benchmark_figures and not is_band(a, sentence) and not is_target(a, sentence)
               and not self._bracketed_after_name(a, sentence) and not self._of_another_place(a, sentence)
               and not self._placed_elsewhere(a, sentence)
               and not self._named_for_a_place(a, sentence) and not _of_a_part(a, sentence)
               and a is not opening]
        opens_on_earlier = sentence.opens_with("anaphor")  # 'This is 4.2 years below the England average'
        return [a for i, a in enumerate(own) if not ((i or opens_on_earlier or _after_anaphor(a, sentence))
                                                        and self.states_gap(a, sentence))]

    def _bracketed_after_name(self, figure: Atom, sentence: Sentence) -> bool:
        """'... than in the East of England (14.3%)': a figure in brackets right after a benchmark's bare
        name is that place's, even where the name is not taken as a benchmark."""
        return any(b.label == "BENCHMARK" and b.form == "bare" and sentence.adjacent(b.end, figure.start)
                   for b in self.atoms_in(sentence))

    def _named_for_a_place(self, figure: Atom, sentence: Sentence) -> bool:
        """'Across the region the figure was 29.8%, and it was 28.3% in England': a figure a benchmark's trailing
        name follows right after ('in England') is that place's, even where no comparison words come before it."""
        return any(b.label == "BENCHMARK" and b.form == "trailing" and sentence.adjacent(figure.end, b.start)
                   for b in self.atoms_in(sentence))

    def _opening_benchmarks_figure(self, sentence: Sentence) -> Atom | None:
        """'Across England, women can expect to live 63.9 years in good health, and across the West Midlands 62.4
        years': the first figure of a sentence opening on a benchmark and a comma is that benchmark's, whether or not
        its words link them (not 'Nationally published data showed that 67.9% ...'); None when it opens otherwise."""
        own = self.atoms_in(sentence)
        if not any(a.label == "BENCHMARK" and _opens_before_a_comma(sentence, a) for a in own):
            return None
        return next((a for a in own if a.label in FIGURES), None)

    def _of_another_place(self, figure: Atom, sentence: Sentence) -> bool:
        """'a larger share than in neighbouring Kirkholt (22.8%)': a figure in brackets right after a
        place word (cue place_lead) and a capitalised name that is not the council's is that place's.
        Only when the council's name is known."""
        if self.council and self._in_a_neighbours_clause(figure, sentence):
            return True
        name = _name_before_bracket(self, sentence, figure)
        return bool(self.council) and name is not None and sentence.cue_ending_at("place_lead", sentence.start + name.start(1))

    def _placed_elsewhere(self, figure: Atom, sentence: Sentence) -> bool:
        """'30.4% of respondents in Kirkby, 36.3% in England': in a list of places each after its figure, a figure whose
        stretch up to the next comma ends on a place word (cue place_lead) and capitalised words, none the council's nor a
        month, is that place's. Only when the council's name is known."""
        comma = sentence.text.find(",", figure.end - sentence.start)
        words = _place_before_comma(sentence, figure.end, sentence.start + comma + 1) if comma >= 0 else []
        if not self.council or not words:
            return False
        own = self.atoms_in(sentence)
        following = next((a for a in own if a.label in FIGURES and a.start > sentence.start + comma), None)
        if following is None or sentence.text[comma + 1:following.start - sentence.start].strip() \
                or not any(b.label == "BENCHMARK" and b.form == "trailing" and sentence.adjacent(following.end, b.start) for b in own):
            return False  # only a list of places, each after its figure
        return not any(w in self.council or w in _MONTHS for w in words)

    def _in_a_neighbours_clause(self, figure: Atom, sentence: Sentence) -> bool:
        """'The West Midlands average was 2.6 days, and in neighbouring Hollowmere people waited 2.1 days': a
        figure in a clause naming a neighbouring place (lexicon cue neighbour, then a capitalised name that is
        not the council's), no other figure between, is that place's."""
        cues = sentence.cues_of("neighbour", lo=_clause_start(sentence, figure.start), hi=figure.start)
        figures = [a.start for a in self.atoms_in(sentence) if a.label in FIGURES and a.start < figure.start] if cues else []
        return any(not any(cue.end <= f for f in figures) and _about_a_neighbour(self, sentence, figure.start, cue.start)
                   for cue in cues)

    def states_gap(self, figure: Atom, sentence: Sentence) -> bool:
        """A figure that follows another of its unit and runs straight into a direction
        ('..., 2.3 years lower than the London average'; 'That was £46 a week more than ...': a period of figures.json
        per_periods between), or is joined by 'and' to one that does ('..., respectively 2.9 and 2.3 years below the
        England averages'): the difference, not a value."""
        own = self.atoms_in(sentence)
        joined = next((a for a in own if a.label in FIGURES and a.start >= figure.end
                       and sentence.only_cues_between(figure.end, a.start, "chain") and sentence.cues_of("chain", figure.end, a.start)), None)
        return any(r.label == "RELATION" and r.key in {"lower", "higher"}
                   and (_runs_into(sentence, figure.end, r.start) or joined is not None and _runs_into(sentence, joined.end, r.start))
                   for r in own)


def _runs_into(sentence: Sentence, end: int, start: int) -> bool:
    """Only spaces, or a period a figure is counted in ('a week', 'per hour': figures.json per_periods), between."""
    between = " ".join(sentence.text[end - sentence.start:start - sentence.start].lower().split()) if end <= start else "-"
    return not between or between in _period_phrases()


@lru_cache(maxsize=1)
def _period_phrases() -> frozenset[str]:
    """figures.json per_periods, every phrase ('a week', 'per hour', 'annually')."""
    from .figures import vocabulary
    return frozenset(p for phrases in vocabulary().per_periods.values() for p in phrases)


def _after_anaphor(figure: Atom, sentence: Sentence) -> bool:
    """'For women this is 1.9 years lower than ...': a figure right after an anaphor (lexicon cues anaphor, one
    word) and a linking verb ('is', 'was') refers to a figure before it."""
    words = _WORD.findall(sentence.text[max(0, figure.start - sentence.start - 20):figure.start - sentence.start].lower())
    return len(words) >= 2 and words[-1] in lexicon_model().linking_verbs and words[-2] in anaphor_words()


@lru_cache(maxsize=1)
def anaphor_words() -> frozenset[str]:
    return frozenset(p for p in lexicon_model().cues["anaphor"].phrases if " " not in p)


def _restating(sentence: Sentence, atom: Atom) -> bool:
    """'the comparable figures are 6.0% for the North West': relation words inside words restating the
    measure (cue same_measure) state no relation."""
    return atom.label == "RELATION" and any(c.start <= atom.start and atom.end <= c.end for c in sentence.cues_of("same_measure"))


def _than_the_past(sentence: Sentence, atom: Atom) -> bool:
    """'More people than last year used direct payments': relation words completed by the council's own
    past (lexicon cues.past_after right after 'than', or a year) compare with no benchmark."""
    if atom.label != "RELATION" or not atom.text.lower().endswith("than"):
        return False
    rest = sentence.text[atom.end - sentence.start:].split()
    return sentence.cue_starting_at("past_after", atom.end) is not None or bool(rest and YEAR.fullmatch(rest[0].strip(",.;")))


def is_target(figure: Atom, sentence: Sentence) -> bool:
    """'the council's own ceiling was 5%', 'a target of 95%', 'the 28 days target': a figure a target
    word names (only linking words between, or right after it) is a target, not a measure; so is one
    its own words after it say was set as one ('the 6 weeks the local authority had set as its own
    standard': a target_setting word, then a target word, before the next comma), or words of intent earlier in
    its clause name as an aim ('a plan to bring the local figure down to 12%': cue target_intent). A target word inside
    words naming a price ('a standard rate of £23.80': cue not_target) names none."""
    prices = sentence.cues_of("not_target", hi=figure.start + 1)
    targets = [c for c in sentence.cues_of("target", hi=figure.start) if not any(p.start <= c.start < p.end for p in prices)]
    return sentence.cue_starting_at("target", figure.end) is not None or any(
        c.end <= figure.start and sentence.only_cues_between(c.end, figure.start, "benchmark_figure_after", ":")
        for c in targets) or _set_as_target(figure, sentence) or _limit_of_target(figure, sentence, targets) \
        or bool(sentence.cues_of("target_intent", _clause_start(sentence, figure.start), figure.start))


def _limit_of_target(figure: Atom, sentence: Sentence, targets: list) -> bool:
    """'had set itself a standard of completing Care Act assessments within 28 days': a limit word (cue
    target_limit) right before the figure, a target word earlier in its clause."""
    clause = _clause_start(sentence, figure.start)
    return sentence.cue_ending_at("target_limit", figure.start) and any(clause <= c.start for c in targets)


def _set_as_target(figure: Atom, sentence: Sentence) -> bool:
    end = _stretch_end(sentence, figure.end)
    settings = sentence.cues_of("target_setting", figure.end, end)
    return bool(settings) and bool(sentence.cues_of("target", settings[0].end, end))


def _of_a_part(figure: Atom, sentence: Sentence) -> bool:
    """'..., where in some wards more than 30% of people are over 65': words naming a part of the area (cue
    part_of_area) between the commas around a figure make it that part's."""
    return bool(sentence.cues_of("part_of_area", _stretch_start(sentence, figure.start), _stretch_end(sentence, figure.end)))


def _stretch_start(sentence: Sentence, position: int) -> int:
    """Where the stretch holding `position` starts: after the last comma before it, or at its clause's start."""
    return max(_clause_start(sentence, position), sentence.start + sentence.text.rfind(",", 0, position - sentence.start) + 1)


def _stretch_end(sentence: Sentence, position: int) -> int:
    """Where the stretch holding `position` ends: at the next comma after it, or at its clause's end."""
    comma = sentence.text.find(",", position - sentence.start)
    return min(sentence.end if comma == -1 else sentence.start + comma, _clause_end(sentence, position))


def is_band(figure: Atom, sentence: Sentence) -> bool:
    """'the 20% most deprived areas', 'the most deprived 10%': a band, not a measure."""
    return sentence.cue_starting_at("band", figure.end) is not None or sentence.cue_ending_at("band", figure.start)


def unit_of(atom: Atom) -> str:
    return "%" if atom.label == "PERCENT" else atom.key


def direction(value: float | None, comparator: float | None) -> str | None:
    """Direction from the numbers alone: higher, lower or equal (null if either is missing)."""
    if value is None or comparator is None:
        return None
    return "higher" if value > comparator else "lower" if value < comparator else "equal"


def within_similar_band(value: float, comparator: float, unit: str) -> bool:
    """The one similarity band (lexicon.json similar_tolerance): within N percentage points for %,
    within a fraction of the benchmark for other units. Drives computed_relation 'similar',
    assessment 'similar' and RELATION_CONTRADICTS_NUMBERS for a stated 'similar'."""
    tol = lexicon_model().similar_tolerance
    limit = tol.percentage_points if unit == "%" else tol.relative * abs(comparator)
    return abs(value - comparator) <= limit


def computed_relation(value: float | None, comparator: float | None, unit: str = "%") -> str | None:
    """From the numbers: equal, similar (unequal but within the similarity band), else higher or lower."""
    raw = direction(value, comparator)
    if raw in (None, "equal"):
        return raw
    return "similar" if within_similar_band(value, comparator, unit) else raw


def relation_contradicts(comparison: Comparison) -> bool:
    """True when the stated relation disagrees with the numbers: 'similar' outside the similarity band,
    'higher'/'lower' the wrong way round (a small difference stated as a direction is no contradiction)."""
    stated, v, c = comparison.stated_relation, comparison.value.value, comparison.figure.value
    if stated is None or v is None or c is None:
        return False
    if stated == "similar":
        return not within_similar_band(v, c, comparison.unit)
    return stated != direction(v, c)


# ------------------------------------------------------------------ benchmarks and their figures

def comparator_figure(bench: Atom, figures: list[Atom], sentence: Sentence, benches: list[Atom] = (),
                      relations: list[Atom] = ()) -> Atom | None:
    """The benchmark's own figure: right after it ('average of 61%') or right before ('the 61% England
    average'). A bracketed name ('(England 18.4%)') takes only the figure after it; a trailing one
    ('compared with 18.6% in England', 'double the 4.5 weeks typical of the East Midlands') only the
    figure before it, right after comparison words, unless it opens its clause ('In the East of
    England the figure was 92.4%'). 'the England average: 72.4% compared with 69.9%' names no figure
    of its own (the first is the council's)."""
    after = [f for f in figures if f.start >= bench.end]
    before = [f for f in figures if f.end <= bench.start]
    if bench.text.endswith(":") and any(r.end <= bench.start and sentence.only_cues_between(r.end, bench.start, "leads_into")
                                        for r in relations):
        after = []  # 'compares favourably with England: 84.3% report good health, ...': the object of a lead-in, no label
    if _opening_comparison_figure(sentence, bench, before):
        return before[-1]
    if after and _bracket_names_another(sentence, bench, after[0], benches):
        return None
    if after and _introduces_council_figures(sentence, bench, after[0], relations) and not _listed_before_another(sentence, after[0], benches) \
            and not _names_its_figure(sentence, bench, after[0], figures):
        return None
    if after and bench.form == "trailing" and sentence.cue_ending_at("chain", bench.start) \
            and sentence.only_cues_between(bench.end, after[0].start, ("benchmark_figure_after", "same_measure", "measure_pronoun")):
        return after[0]  # '..., and in England 92.9%', '..., and in the South West at 46.9%', '... and in the South West the
        # proportion is 22.3%': one more place of a list
    if after and (bench.form != "trailing" and (
            sentence.only_cues_between(bench.end, after[0].start, ("benchmark_figure_after", "same_period"), "(:,")
            or _approximate_answer(sentence, bench, after[0])
            or _where_figure(sentence, bench, after[0]) or _measure_then_figure(sentence, bench, after[0])
            or _group_then_figure(sentence, bench, after[0], benches) or _direction_then_figure(sentence, bench, after[0], relations))
            or _opens_and_restates(sentence, bench, after[0], figures) or _opens_on_its_figure(sentence, bench, after[0])
            or _after_an_aside(sentence, bench, after[0])
            or _opens_a_clause_on_its_figure(sentence, bench, after[0])):
        compared = len(after) > 1 and sentence.only_cues_between(after[0].end, after[1].start, "compared_before", ",") \
            and sentence.cue_ending_at("compared_before", after[1].start)
        return None if compared else after[0]
    named_after = sentence.text[bench.end - sentence.start:bench.end - sentence.start + 1] == ")"  # '£489 (comparator group average)'
    if not before or bench.form == "bracketed" \
            or not sentence.only_cues_between(before[-1].end, bench.start, "benchmark_figure_before", "(" if named_after else "") \
            and not _figure_of_a_group(sentence, before[-1], bench) and not _measure_word_then_placed(sentence, before[-1], bench, before):
        return None
    if bench.form == "trailing" and not (_after_comparison_words(sentence, before[-1], benches, relations)
                                         or _one_more_place(sentence, before[-1], figures, benches)
                                         or _restating_clause_placed(sentence, before[-1], bench)):
        return None
    return before[-1]


def _opening_comparison_figure(sentence: Sentence, bench: Atom, before: list[Atom]) -> bool:
    """'Against an average of 71.4% for Ullerby's CIPFA nearest neighbours, 64.0% of people ...': a sentence opening
    on comparison words (compared_before) sets the figure right before its benchmark (only linking words between, no
    comma since the opening) against the figure after the comma, which is the council's."""
    return bool(before) and _opening_comparison(sentence, bench) \
        and sentence.only_cues_between(before[-1].end, bench.start, "benchmark_figure_before")


def _bracket_names_another(sentence: Sentence, bench: Atom, figure: Atom, benches: list[Atom]) -> bool:
    """'well above what we see nationally (48.7%; national average 36.3%)': the first figure of a bracket opened right
    after the benchmark is not its own when another benchmark in that bracket names a later figure."""
    opened = _bracket_opening(sentence, figure.start)
    closed = sentence.text.find(")", figure.end - sentence.start)
    return opened < figure.start and sentence.adjacent(bench.end, opened) and closed >= 0 \
        and any(b is not bench and figure.end <= b.start < sentence.start + closed for b in benches)


def _opening_comparison(sentence: Sentence, bench: Atom) -> bool:
    """Is the benchmark in the comparison words a sentence opens on ('Against an average of 71.4% for X's CIPFA
    nearest neighbours, ...', 'Compared with 68% in England, ...'), before any comma?"""
    return sentence.opens_with("compared_before") and "," not in sentence.text[:bench.start - sentence.start]


_ASIDE = re.compile(r",[^,;:()\d]+,")  # ', which the local authority shared with us,': no figure, no other punctuation


def _after_an_aside(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'the regional median, which the local authority shared with us, was 19 days': an aside set off by commas
    (no number in it) right after the benchmark, opening on an aside_opener, then only linking words before its figure."""
    aside = _ASIDE.match(sentence.text, bench.end - sentence.start)
    return aside is not None and sentence.start + aside.end() <= figure.start \
        and sentence.cue_starting_at("aside_opener", bench.end + 1) is not None \
        and bool(sentence.cues_of("benchmark_figure_after", sentence.start + aside.end(), figure.start)) \
        and sentence.only_cues_between(sentence.start + aside.end(), figure.start, "benchmark_figure_after")


def _measure_word_then_placed(sentence: Sentence, figure: Atom, bench: Atom, before: list[Atom]) -> bool:
    """'less than the 6.6% growth seen across England': one plain word naming the figure's measure (lower case, no stop
    word), then words placing it (benchmark_figure_before, at least one, or none when comparison words lead into the
    figure and one figure of its unit comes `before` it: '..., 21%, against 74% upheld nationally'; not '79% good, 9%
    requires improvement and 1% inadequate, compared with 4% outstanding nationally') right before the benchmark."""
    word = _WORD.match(sentence.text, figure.end - sentence.start + 1)
    if word is None or sentence.text[figure.end - sentence.start] != " " or not _names_plainly(word.group()):
        return False
    after = sentence.start + word.end()
    alone = sum(unit_of(f) == unit_of(figure) for f in before) == 2  # the council's and this
    return (bool(sentence.cues_of("benchmark_figure_before", after, bench.start)) or alone and sentence.cue_ending_at("compared_before", figure.start)) \
        and sentence.only_cues_between(after, bench.start, "benchmark_figure_before")


def _one_more_place(sentence: Sentence, figure: Atom, figures: list[Atom], benches: list[Atom]) -> bool:
    """'The equivalent proportion across London was 27%, and 31% in England', '... the North East average of 2.6 days
    and the 3.4 days recorded in England': right after another benchmark's own figure (only its linking words between
    them) and 'and' (perhaps 'the'), a figure and its trailing name are one more place; so too after a figure whose
    place is named before a comma ('30.4% of respondents in Ravelshire, 36.3% in England and 34.6% in ...')."""
    earlier = [f for f in figures if f.end <= figure.start]
    if earlier and _placed_by_name(sentence, earlier[-1].end, figure.start):
        return True  # '... made up 30.4% of respondents in Ravelshire, 36.3% in England and 34.6% in the East of England'
    if not earlier or not sentence.only_cues_between(earlier[-1].end, figure.start, ("chain", "leads_into"), ","):
        return False
    return any(b.end <= earlier[-1].start and sentence.only_cues_between(b.end, earlier[-1].start, "benchmark_figure_after")
               and b.form == "phrase" and not _names_place_with_figure(sentence, b)  # not 'the highest rate in England at 30%'
               for b in benches)


def _restating_clause_placed(sentence: Sentence, figure: Atom, bench: Atom) -> bool:
    """'27% led to a Section 42 enquiry; the conversion rate was 33% in England': a clause after ';' that opens on the
    measure restated ('the figure', 'the conversion rate') and linking words, then the figure and its place."""
    clause = _clause_start(sentence, figure.start)
    if clause <= sentence.start or not sentence.text[:clause - sentence.start].rstrip().endswith(";") \
            or not sentence.only_cues_between(figure.end, bench.start, "benchmark_figure_before"):
        return False
    for word in re.finditer(r"\S+", sentence.text[clause - sentence.start:figure.start - sentence.start]):
        lo = clause + word.end()
        head = sentence.text[clause - sentence.start:lo - sentence.start]
        opening = sentence.cue_starting_at("same_measure", clause)
        restated = opening is not None and opening.end == lo or _measure_noun_phrase(head)
        if restated and sentence.only_cues_between(lo, figure.start, "benchmark_figure_after"):
            return True
    return False


def _placed_by_name(sentence: Sentence, lo: int, hi: int) -> bool:
    """Does the stretch end on a place named by capitalised words after a place word (lexicon place_lead) and a comma
    ('... of respondents in Ravelshire, '): the figure before it is the first of a list of places?"""
    return bool(_place_before_comma(sentence, lo, hi))


def _place_before_comma(sentence: Sentence, lo: int, hi: int) -> list[str]:
    """The capitalised words naming a place after the stretch's last place word and before the comma it ends on
    ('Ravelshire' of '... of respondents in Ravelshire, '); none when it ends otherwise."""
    text = sentence.text[lo - sentence.start:hi - sentence.start].rstrip()
    lead = next(iter(reversed(sentence.cues_of("place_lead", lo, hi))), None)
    if lead is None or not text.endswith(","):
        return []
    name = sentence.text[lead.end - sentence.start:lo - sentence.start + len(text) - 1].split()
    return name if all(w[:1].isupper() for w in name) else []


def _direction_then_figure(sentence: Sentence, bench: Atom, figure: Atom, relations: list[Atom]) -> bool:
    """'The England average was higher, at 62.4%', 'the regional average was higher still at 63.8%', 'the England figure
    was similar, at 64.7%': between a benchmark and its figure only linking words and one direction with no object
    ('than' or a benchmark after it) but the council's figure named again ('close to this at 64.7%': lexicon
    back_pronoun), degree words beside it."""
    between = [r for r in relations if bench.end <= r.start and r.end <= figure.start]
    if len(between) != 1 or between[0].key not in (*OPPOSITE, "similar") or sentence.cue_starting_at("than", between[0].end):
        return False
    gap = sentence.blanked(bench.end, figure.start, between, ("benchmark_figure_after", "back_pronoun"))
    return all(w.lower() in atom_vocabulary().degree_words for w in _WORD.findall(gap)) and not any(ch in gap for ch in ";:()")


def _opens_a_clause_on_its_figure(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'In the South East, the figure is 13.6%; in England, 19.0%': a benchmark right after ';', a comma, its figure."""
    before = sentence.text[:bench.start - sentence.start].rstrip()
    return before.endswith(";") and sentence.text[bench.end - sentence.start:figure.start - sentence.start].strip() == ","


def _approximate_answer(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'..., whereas across England around 57% had': a benchmark, a word of approximation (cue approximation) and its
    figure ending the clause but for a word or two; not a figure its own measure words follow ('across England some
    4.7% of people provide 20 or more hours of unpaid care')."""
    tail = sentence.text[figure.end - sentence.start:_clause_end(sentence, figure.end) - sentence.start]
    return sentence.only_cues_between(bench.end, figure.start, ("benchmark_figure_after", "approximation"), ",") \
        and len(_WORD.findall(tail)) <= 2


def _opens_on_its_figure(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'In England, around 28% of concerns become enquiries': a benchmark opening the sentence, a comma, then
    (words of approximation aside) its figure."""
    return _opens_before_a_comma(sentence, bench) and sentence.only_cues_between(bench.end, figure.start, "approximation", ",")


def _first_of_its_clause(report: Report, sentence: Sentence, bench: Atom) -> Atom | None:
    """'Nationally, risk was removed or reduced in 90% of concluded enquiries; in Brackenholme the figure was 84%': a
    benchmark opening the sentence before a comma owns the one figure of its clause (no other atom in it but words
    stating an amount: 'Across England, just under two-thirds of people ..., 64.2%, said ...'); the comma may be left out
    after a name its place words open ('Across Yorkshire and the Humber the proportion ... was 27%, and in England 31%')."""
    unmarked = not _opens_before_a_comma(sentence, bench)
    if unmarked and not (_at_first_word(sentence, bench) and sentence.cue_starting_at("place_lead", bench.start) is not None):
        return None
    end = _clause_end(sentence, bench.end)
    if unmarked:  # up to the next benchmark's ', and in England 31%' or a relation after a comma (', compared with ...')
        end = min([end, *(b.start for b in report.atoms_in(sentence) if b.start >= bench.end and (
            b.label == "BENCHMARK" or b.label == "RELATION" and sentence.text[:b.start - sentence.start].rstrip().endswith(",")))])
        end = sentence.start + len(sentence.text[:end - sentence.start].rstrip(" ,").removesuffix(" and").rstrip(" ,"))
    inside = [a for a in report.atoms_in(sentence) if bench.end <= a.start and a.end <= end and not _an_amount(sentence, a)
              and a.label != "SOURCE"]  # a citation is no figure ('..., the Ombudsman upheld 81% of ... (LGSCO 2022-23)')
    return inside[0] if len(inside) == 1 and inside[0].label in FIGURES and not inside[0].is_range else None


def _an_amount(sentence: Sentence, atom: Atom) -> bool:
    """Relation words stating an amount ('just under' before 'two-thirds'), or a fraction read as one ('two-thirds of')."""
    return atom.label == "RELATION" and (_is_quantity(atom, sentence) or sentence.cue_starting_at("fraction", atom.start) is not None)


def _opens_before_a_comma(sentence: Sentence, atom: Atom) -> bool:
    """Does the atom start at the sentence's first word and a comma follow it ('Across England, ...')?"""
    return _at_first_word(sentence, atom) and sentence.text[atom.end - sentence.start:].startswith(",")


def _opens_restating(sentence: Sentence, atom: Atom) -> bool:
    """Does the atom start at the sentence's first word, words restating the measure right after it ('Nationally the share
    is 18.4%': lexicon same_measure)?"""
    return _at_first_word(sentence, atom) and sentence.cue_starting_at("same_measure", atom.end + 1) is not None


def _opens_its_clause(sentence: Sentence, atom: Atom) -> bool:
    """Does the atom start the sentence, or a clause after ';' ('...; in England the figures are 18.4% and 2.4%')?"""
    clause = _clause_start(sentence, atom.start)
    return _at_first_word(sentence, atom) or clause > sentence.start and not sentence.text[clause - sentence.start:atom.start - sentence.start].strip() \
        and sentence.text[:clause - sentence.start].rstrip().endswith(";")


def _at_first_word(sentence: Sentence, atom: Atom) -> bool:
    """Does the atom start at the sentence's first word?"""
    first = first_word_at(sentence.text)
    return first is not None and atom.start == sentence.start + first


def _figure_of_a_group(sentence: Sentence, figure: Atom, bench: Atom) -> bool:
    """'against 36.3% of carers in England': linking words (benchmark_figure_before: 'of'), then one
    or two plain words naming a group (lower case, no stop word) or a group of lexicon population_group ('77.4% of
    people who use services across England'), right before the benchmark; up to GROUP_WORDS such words for a figure
    right after comparison words."""
    link = sentence.cue_starting_at("benchmark_figure_before", figure.end)
    group = sentence.text[link.end - sentence.start:bench.start - sentence.start].split() if link is not None else []
    group = group[1:] if group[:1] == ["the"] else group  # '..., compared with 24% across the sector in England'
    if link is not None and sentence.cue_ending_at("compared_before", figure.start) is not None and len(group) <= GROUP_WORDS \
            and all(w.isalpha() and w.islower() and w not in STOP_WORDS for w in group):
        return True  # right after comparison words, a longer group: '..., compared with 81% of adult social care complaints nationally'
    return link is not None and (_names_plainly(sentence.text[link.end - sentence.start:bench.start - sentence.start])
                                 or bool(sentence.cues_of("population_group", link.start, bench.start))
                                 and sentence.only_cues_between(link.start, bench.start, ("benchmark_figure_before", "population_group")))


def _listed_before_another(sentence: Sentence, figure: Atom, benches: list[Atom]) -> bool:
    """'below both the England average, 83.8%, and the average for Yorkshire and the Humber, which stood at
    81.2%': a figure after a comma and followed by a comma, 'and' and another benchmark is its own benchmark's,
    the first of a list."""
    following = next((b for b in benches if b.start >= figure.end), None)
    return sentence.text[figure.end - sentence.start:figure.end - sentence.start + 1] == "," and following is not None \
        and sentence.only_cues_between(figure.end, following.start, ("chain", "leads_into"), ",") \
        and bool(sentence.cues_of("chain", figure.end, following.start))


def _introduces_council_figures(sentence: Sentence, bench: Atom, figure: Atom, relations: list[Atom]) -> bool:
    """'Life expectancy is above the national average: 80.6 years for men ...', 'close to the national
    picture, at 64.0 years for women', 'a younger age profile than England as a whole: 23% ...': a
    benchmark that relation words or 'than' lead into, then a colon or a comma, introduces the council's
    figures, not its own."""
    between = bench.text[-1:] + sentence.text[bench.end - sentence.start:figure.start - sentence.start]  # 'nationally:'
    if _where_figure(sentence, bench, figure) or _which_figure(sentence, bench, figure):
        return False
    if sentence.opens_with("anaphor") and between[1:].lstrip().startswith(",") \
            and sentence.only_cues_between(bench.end, figure.start, ("benchmark_figure_after", "approximation"), ","):
        return False  # 'This put North Ravelin below the England average, 71.1%', '..., at 48 people': the council's was before
    if ":" in between and any(sentence.only_cues_between(c.end, bench.start, "leads_into") for c in sentence.cues_of("approximation", hi=bench.start)):
        return True  # 'People's views on choice were closer to the national picture: 68 per cent ...'
    return (":" in between or "," in between) and (_completes_comparative(sentence, bench) or _after_than(sentence, bench, figure)
                                                   or any(r.key != "none" for r in _leading_into(sentence, relations, bench, ("leads_into", "than"))))


def _names_its_figure(sentence: Sentence, bench: Atom, figure: Atom, figures: list[Atom]) -> bool:
    """'58.3% ..., below the England average of 63.8% and lower again than the figure for similar councils, 60.9%': a
    benchmark led into by words naming its own figure (cue same_measure, then only linking words), after a figure of
    the unit earlier in the sentence (the council's, already stated), owns the figure after its comma; so does a benchmark
    whose comma and figure end the sentence ('71.5% of carers felt included ... – more than the national average, 66.1%
    (SACE, 2021-22)')."""
    named = any(sentence.only_cues_between(c.end, bench.start, ("benchmark_figure_before", "place_lead", "leads_into"))
                for c in sentence.cues_of("same_measure", hi=bench.start))
    last = figure is figures[-1] and sentence.text[bench.end - sentence.start:figure.start - sentence.start].strip() == "," \
        and not _WORD.findall(_PARENS.sub("", sentence.text[figure.end - sentence.start:]))
    return (named or last) and any(unit_of(a) == unit_of(figure) and a.end <= bench.start for a in figures)


def _which_figure(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'a little higher than the England figure, which stood at 18.4% in the 2021 Census, and ...': a comma, then
    a relative clause of linking words only (benchmark_figure_after: 'which stood at', 'which was') right before the figure,
    not the first of a list ('the England figure, which is 78.9 and ...') unless the benchmark is plural ('lower than the
    England averages, which are 79.3 and 83.2 years respectively') or a plural noun leads right into it ('both were
    higher than the averages for England, which were 9.9% and 28.3% respectively')."""
    plural = bench.form == "plural" or any(sentence.adjacent(c.end, bench.start) for c in sentence.cues_of("plural_noun", hi=bench.start))
    return sentence.text[bench.end - sentence.start:].startswith(", which ") \
        and sentence.only_cues_between(bench.end + 1, figure.start, "benchmark_figure_after") \
        and (sentence.cue_starting_at("chain", figure.end) is None or plural)


def _after_than(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'older than in England or the region: 23.6% ...': 'than' a few words before the benchmark
    (another place named between), no figure between."""
    return any(len(_WORD.findall(sentence.text[c.end - sentence.start:bench.start - sentence.start])) <= 4
               and not any(ch.isdigit() for ch in sentence.text[c.end - sentence.start:bench.start - sentence.start])
               for c in sentence.cues_of("than", _clause_start(sentence, bench.start), bench.start)) and figure.start > bench.end


def _where_figure(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'higher than in England, where it is 10.3 per 100,000', 'compared with England, where the figure is
    7.1%': a comma, 'where' (cue benchmark_where), then words restating the measure and linking words."""
    where = sentence.cue_starting_at("benchmark_where", bench.end + (sentence.text[bench.end - sentence.start:].startswith(",")))
    return where is not None and sentence.only_cues_between(
        where.end, figure.start, ("benchmark_figure_after", "same_measure", "measure_pronoun"))


def _measure_then_figure(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'The national average wait was 4 weeks', 'the England average spend stood at £310', "England's average life
    expectancy at birth is 79.3 years": the benchmark, words naming its measure (_names_a_measure), then linking
    words (benchmark_figure_after) right before the figure."""
    link = sentence.run_leading_to("benchmark_figure_after", bench.end, figure.start)
    if link is None:
        return False
    return _names_a_measure(sentence.text[bench.end - sentence.start:link.start - sentence.start])


def _names_a_measure(text: str) -> bool:
    """One or two plain words (_names_plainly), or up to four lower-case words with one stop word inside them
    ('life expectancy at birth')."""
    words = text.split()
    return _names_plainly(text) or 2 < len(words) <= 4 and all(w.isalpha() and w.islower() for w in words) \
        and words[0] not in STOP_WORDS and words[-1] not in STOP_WORDS and sum(w in STOP_WORDS for w in words) == 1


def _names_plainly(text: str) -> bool:
    """One or two plain words naming a measure or a group (lower case, no stop word: 'wait', 'of carers')."""
    words = text.split()
    return 0 < len(words) <= 2 and all(w.isalpha() and w.islower() and w not in STOP_WORDS for w in words)


GROUP_WORDS = 6  # the most words a benchmark's group may take ('for local authority staff')


def _group_then_figure(sentence: Sentence, bench: Atom, figure: Atom, benches: list[Atom]) -> bool:
    """'the England average for local authority staff of 13.1%': the benchmark, a group opened right
    after it (benchmark_group) in at most GROUP_WORDS plain words naming a group of people
    (population_group) and no other benchmark (of the sentence's `benches`; none known, no group
    read), then 'of' (benchmark_group_figure) right before the figure, or for a plural benchmark 'were'
    (benchmark_figure_after) when the group ends on its people ('the equivalent England figures for local authority
    staff were 15.8% and 11.1%'). Not a
    measure named after the benchmark ('The England average for carers receiving a break was 38.4%')."""
    if not benches or any(b.start >= bench.end and b.end <= figure.start for b in benches):
        return False
    group = sentence.cue_starting_at("benchmark_group", bench.end)
    if group is None:
        return False
    link = sentence.run_leading_to("benchmark_group_figure", group.end, figure.start)
    if link is None and bench.form == "plural":  # with 'were' the group must end on its people
        link = sentence.run_leading_to("benchmark_figure_after", group.end, figure.start)
        link = link if link is not None and sentence.cue_ending_at("population_group", link.start) else None
    if link is None:
        return False
    words = sentence.text[group.end - sentence.start:link.start - sentence.start].split()
    plain = all(w.replace("'", "").replace("\u2019", "").replace("-", "").isalpha() for w in words)
    return 0 < len(words) <= GROUP_WORDS and plain and bool(sentence.cues_of("population_group", group.end, link.start))


OPENING_CUES = ("leads_into", "benchmark_figure_before", "own_group")  # words a clause may open with before its benchmark


def _clause_start(sentence: Sentence, offset: int) -> int:
    """Where the clause holding `offset` starts: after the last clause break before it, else the sentence's start."""
    return max((c.end for c in sentence.cues_of("clause_break", hi=offset)), default=sentence.start)


def _clause_end(sentence: Sentence, offset: int) -> int:
    """Where the clause holding `offset` ends: at the first clause break after it, else the sentence's end."""
    return min((c.start for c in sentence.cues_of("clause_break", lo=offset)), default=sentence.end)


def _opens_and_restates(sentence: Sentence, bench: Atom, figure: Atom, figures: list[Atom]) -> bool:
    """'Regionally, the figure was 11%', 'Across England, the proportion was 45%', 'Across the council's
    comparator group the figure was 6.0 weeks': a benchmark that opens its sentence or clause (only words leading
    into a noun, place words and the council's own before it), then words saying the same measure
    (same_measure, or measure_pronoun: '...; in London it was 72.0%'; one or two plain words naming the
    measure may follow: 'Across London the median wait was 7 weeks'; after a comma and 'and' or words opening another
    clause, cue figure_end: '..., when across England the figure was 66.2%') and linking words: the figure is the
    benchmark's. Not after comparison words ('Compared with the England average, the figure is 30%' states the council's)."""
    joined = [c for c in (*sentence.cues_of("chain", hi=bench.start), *sentence.cues_of("figure_end", hi=bench.start))
              if sentence.text[:c.start - sentence.start].rstrip().endswith(",")  # '..., and in Yorkshire ... the figure is'
              or c.kind == "chain" and any(sentence.adjacent(f.end, c.start) for f in figures)]  # '... was 24.6% and in England it was 26.2%'
    lo = max([_clause_start(sentence, bench.start), *(c.end for c in joined)])
    left = sentence.blanked(bench.end, figure.start, [], ("same_measure", "benchmark_figure_after", "measure_pronoun")).replace(",", " ")
    named = _measure_noun_phrase(sentence.text[lo - sentence.start:bench.start - sentence.start])  # 'The conversion rate in England was 31%'
    restated_before = named or bool(sentence.cues_of("same_measure", lo, bench.start))  # '...; the figure for London was 30.0%'
    return (named or sentence.only_cues_between(lo, bench.start, (*OPENING_CUES, "same_measure"))) \
        and bool(restated_before or sentence.cues_of("same_measure", bench.end, figure.start)
                 or sentence.cue_ending_at("measure_pronoun", figure.start) or _measure_noun_after(sentence, bench.end, figure.start)) \
        and _names_the_measure(left)  # 'Across London the median wait was 7 weeks', 'the figure for over-65s is 19.0 per cent'


def _measure_noun_phrase(text: str) -> bool:
    """'The conversion rate ', 'The median wait ': 'the', one or two plain words (lower case, no stop word) and a noun
    ending a same_measure phrase (rules.measure_nouns), or that noun first, nothing else (as nlp._measure_phrase)."""
    words = text.split()
    if not (3 <= len(words) <= 4 and words[0].lower() == "the"):
        return False
    nouns = measure_nouns()
    return (words[-1] in nouns and _names_plainly(" ".join(words[1:-1]))) or (words[1] in nouns and _names_plainly(" ".join(words[2:])))


def _measure_noun_after(sentence: Sentence, lo: int, hi: int) -> bool:
    """'In London the conversion rate was 33%': 'the', one or two words naming the measure and a noun that
    ends a same_measure phrase ('the rate', 'the proportion') open [lo, hi)."""
    words = _WORD.findall(sentence.text[lo - sentence.start:hi - sentence.start].lower())
    return len(words) >= 3 and words[0] == "the" and any(w in measure_nouns() for w in words[2:4])


LISTED_MEASURE_WORDS = 12  # the most words naming a measure between listed benchmarks and their figures
OPENING_MEASURE_WORDS = 10  # the most words naming a measure after an opening benchmark and its comma


def _figure_after_its_measure(sentence: Sentence, bench: Atom, figures: list[Atom]) -> Atom | None:
    """'Nationally, turnover among local authority social workers stood at 14.3%', 'Across England, the vacancy
    rate among councils' own staff was 11.6%': a benchmark opening its clause, a comma, then lower-case words
    naming a measure (no number, name or punctuation) and linking words (benchmark_figure_after) right before
    the figure. Such a benchmark names its own measure: its council figure is looked for in its own sentence only."""
    figure = next((f for f in figures if f.start >= bench.end), None)
    opens = sentence.only_cues_between(_clause_start(sentence, bench.start), bench.start, OPENING_CUES)
    return figure if figure is not None and opens and _measure_after_comma(sentence, bench, figure) else None


def _bracketed_after_its_measure(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> Atom | None:
    """'..., whereas nationally about a third of concerns lead to an enquiry (33%)': a benchmark phrase, plain words
    naming a measure (no punctuation, no atom but words stating an amount), then the next figure alone in brackets
    ending its clause. Such a benchmark names its own measure."""
    figure = next((f for f in figures if f.start >= bench.end), None)
    if figure is None or bench.form != "phrase":
        return None
    between = sentence.text[bench.end - sentence.start:figure.start - sentence.start]
    closing = sentence.text[figure.end - sentence.start:figure.end - sentence.start + 2]
    if not _bracketed_after_words(sentence, between, figure) or closing[1:2] not in {"", ".", ";", ","} \
            or any(ch in between.rstrip().removesuffix("(") for ch in ",;:()") or len(between.split()) > MEASURE_PHRASE_WORDS:
        return None
    inside = [a for a in report.atoms_in(sentence) if bench.end <= a.start < figure.start]
    return figure if all(_an_amount(sentence, a) for a in inside) else None


def _measure_after_comma(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """A comma after the benchmark, lower-case words naming a measure, and linking words right before the figure."""
    link = sentence.run_leading_to("benchmark_figure_after", bench.end, figure.start)
    between = sentence.text[bench.end - sentence.start:(link.start if link else figure.start) - sentence.start]
    words = between.lstrip(" ,").split()
    return link is not None and (bench.text.endswith(",") or between.lstrip().startswith(",")) \
        and 0 < len(words) <= OPENING_MEASURE_WORDS and all(w.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()
                                                          and w.islower() for w in words)


MEASURE_WORDS = 3  # the most words naming a measure or its group between restating words and a figure


def _names_the_measure(text: str) -> bool:
    """Nothing, or at most MEASURE_WORDS lower-case words naming a measure or its group ('median wait',
    'for over-65s'): no number, no punctuation, no name."""
    words = text.split()
    return len(words) <= MEASURE_WORDS and all(w.islower() and any(ch.isalpha() for ch in w) and w.replace("-", "").isalnum()
                                                for w in words)


def _after_comparison_words(sentence: Sentence, figure: Atom, benches: list[Atom], relations: list[Atom] = ()) -> bool:
    """'compared with 18.6% in England', 'compared with about 37% in England', 'double the 4.5 weeks typical of
    ...' (relation words, then words leading into a noun or of approximation), 'compared with a conversion rate of 34 per
    cent in England' (an article, one or two plain words naming a measure, linking words), and each further pair of the list: 'compared to 12.2% across London
    and 18.6% in England'; or a sentence's opening contrast ('Whereas 5.2% of residents in England ...')."""
    openers = sentence.cues_of("compared_before", hi=figure.start) + sentence.cues_of("contrast_opener", hi=figure.start)
    if any(sentence.only_cues_between(c.end, figure.start, "approximation") or _a_measure_of(sentence, c.end, figure.start)
           for c in openers) or any(
            r.end <= figure.start and sentence.only_cues_between(r.end, figure.start, ("leads_into", "approximation")) for r in relations):
        return True
    return any(b.end <= figure.start and sentence.only_cues_between(b.end, figure.start, "chain", ",") for b in benches)


def _a_measure_of(sentence: Sentence, lo: int, hi: int) -> bool:
    """[lo, hi) is 'a' or 'an', one or two plain words naming a measure, then linking words (benchmark_figure_after)
    ending at hi ('a conversion rate of')."""
    words = sentence.text[lo - sentence.start:hi - sentence.start].split()
    link = sentence.run_leading_to("benchmark_figure_after", lo, hi)
    return bool(words) and words[0].lower() in ("a", "an") and link is not None \
        and _names_plainly(sentence.text[lo - sentence.start:link.start - sentence.start].split(None, 1)[-1])


def _completes_comparative(sentence: Sentence, bench: Atom) -> bool:
    """'than' right before the benchmark ('... (20.3%) than the England average', '... than in the East of
    England (14.3%)', '... than carers nationally (29.5% compared with 36.0%)': a group of people between): it completes a
    comparative stated earlier in the sentence ('a higher proportion of people aged 65+ (20.3%)')."""
    return any(sentence.only_cues_between(c.end, bench.start, ("leads_into", "place_lead", "population_group"))
               for c in sentence.cues_of("than", hi=bench.start))


def _bare_counts(report: Report, sentence: Sentence, bench: Atom) -> bool:
    """'England (' names a benchmark before a plural noun ('the England (70%) and regional (69%)
    averages') or right after comparison words ('compared to England (18.4%)', 'well below England
    (18.4%)', 'a higher proportion (20.3%) than England (18.4%)', 'well above both the South West
    (22.3%)', 'above the averages for both the South East (82.1%)'); else it is only a place name."""
    if sentence.cues_of("plural_noun", bench.end) or _completes_comparative(sentence, bench):
        return True  # 'well above both the South West (22.3%)', 'more than double the proportion in England (19.0%)'
    return bool(_leading_into(sentence, report.atoms_in(sentence), bench, ("leads_into", "same_measure", "place_lead", "plural_noun")))


def _leading_into(sentence: Sentence, atoms: list[Atom], bench: Atom, kinds: str | tuple[str, ...] = "leads_into",
                  joined: bool = False) -> list[Atom]:
    """The relation atoms that lead into the benchmark: only cues of `kinds` ('the', 'both': leads_into)
    between them and it ('lower than the England average', 'well above both the South West'), and names
    sharing its plural noun ('below the London and England averages'); `joined`: any benchmark names joined (lexicon
    place_join) before it ('a larger share of the population than in the South East or England')."""
    kinds = (kinds,) if isinstance(kinds, str) else kinds
    listed = [b for b in atoms if b.label == "BENCHMARK" and (joined or b.form == "listed") and b.end <= bench.start]
    return [a for a in atoms if a.label == "RELATION" and a.end <= bench.start
            and (sentence.only_cues_between(a.end, bench.start, kinds)
                 or listed and not sentence.blanked(a.end, bench.start, listed, (*kinds, "chain", *(("place_join",) if joined else ()))).strip())]


def _joins_listed(sentence: Sentence, bench: Atom, found: list[Candidate]) -> bool:
    """'higher than the figures for the West Midlands (22.9%) and England (26.5%)', '... than in the East
    Midlands (9.0%) and in England (8.9%)', 'close to England (82.3%) and the South East (83.0%)', '... than in England
    (8.9 %) or the South East (9.1 %)': a bare name joined ('and', 'or': chain, place_join; a place word or 'the' may
    follow) right after the bracketed figure of a benchmark already found is one too."""
    return any(c.sentence is sentence and c.figure.end <= bench.start
               and (sentence.cues_of("chain", c.figure.end, bench.start) or sentence.cues_of("place_join", c.figure.end, bench.start))
               and sentence.only_cues_between(c.figure.end, bench.start, ("chain", "place_join", "place_lead", "leads_into"), ",)")
               for c in found)


def _sharing_unit(bench: Atom, figures: list[Atom], sentence: Sentence) -> Atom | None:
    """'the England averages of 63.1 and 63.9 years': a plural benchmark's first figure printed
    without its unit, joined (a chain cue: 'and') to a quantity that prints it, is a figure of that
    unit; only linking words ('of') between the benchmark and it, and no other figure."""
    after = [f for f in figures if f.start >= bench.end]
    if not after or after[0].label != "QUANTITY" or after[0].value is None:
        return None
    joins = [c for c in sentence.cues_of("chain", bench.end, after[0].start) if sentence.adjacent(c.end, after[0].start)]
    if not joins:
        return None
    chars = list(sentence.text[bench.end - sentence.start:joins[-1].start - sentence.start])
    for cue in sentence.cues_of("benchmark_figure_after", bench.end, joins[-1].start):
        chars[cue.start - bench.end:cue.end - bench.end] = " " * (cue.end - cue.start)
    number = _BARE_NUMBER.fullmatch("".join(chars))
    if number is None or YEAR.fullmatch(number.group(1)):
        return None
    start = bench.end + number.start(1)
    return printed_without_unit(after[0], number.group(1), start, bench.end + number.end(1))


_NUMBER = LONE_NUMBER


def _compared_after_its_name(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom], benches: list[Atom]) -> Atom | None:
    """'Easterholme outperformed the England average on information, with 70.4% of people ... finding it easy,
    compared with 67.1%.', '... worse than that of its CIPFA neighbours: 1,310 people were waiting ..., against an
    average of 690 people.': the sentence's only benchmark (a phrase), named without a figure, before a figure and then comparison
    words (compared_before; only linking words, or 'a'/'an' and a statistic noun, before the next figure) and a figure
    of its unit ending the sentence (a bracket aside): that last figure is the benchmark's, the one before it the
    council's (recorded as its pair). Neither is a past value."""
    after = [f for f in figures if f.start >= bench.end] if bench.form == "phrase" and len(benches) == 1 else []
    values = [f for f in after[:-1] if unit_of(f) == unit_of(after[-1])] if after else []
    if not values or any(_is_past(f, sentence) for f in (values[-1], after[-1])):
        return None
    value, last = values[-1], after[-1]
    if ";" in sentence.text[bench.end - sentence.start:value.start - sentence.start]:
        return None  # '... 1.5 years lower than England's; for men the figure is 77.9 years against 79.3': another clause
    compared = sentence.cues_of("compared_before", value.end, last.start)
    if not compared or _WORD.findall(_PARENS.sub("", sentence.text[last.end - sentence.start:])):
        return None
    between = _WORD.findall(sentence.blanked(compared[-1].end, last.start, (), "benchmark_figure_after").lower())
    if not set(between) <= {"a", "an", *_statistic_nouns()}:
        return None
    report.forced[last.start] = (Link(value, ValueLocation.SAME), 0)
    return last


def _bare_before_benchmark(sentence: Sentence, bench: Atom, figures: list[Atom], benches: list[Atom]) -> Atom | None:
    """'the regional rate of 560.8 and the England rate of 566.0 per 100,000': a benchmark's number
    printed without its unit, joined ('and': chain) to the next benchmark whose own figure prints it,
    is a figure of that unit (quantities only: a percentage prints its sign). Only linking words
    (benchmark_figure_after) between the benchmark and the number, only 'and' and words leading into
    a noun between the number and the next benchmark, no figure between."""
    later = [b for b in benches if b.start >= bench.end]
    if not later:
        return None
    following = later[0]
    own = comparator_figure(following, figures, sentence, benches)
    if own is None or own.label != "QUANTITY" or own.value is None or own.start < following.end \
            or any(bench.end <= f.start < following.start for f in figures):
        return None
    gap = sentence.text[bench.end - sentence.start:following.start - sentence.start]
    number = _NUMBER.search(gap)
    if number is None or YEAR.fullmatch(number.group(0)):
        return None
    start, end = bench.end + number.start(), bench.end + number.end()
    if not sentence.cues_of("benchmark_figure_after", bench.end, start) \
            or not sentence.only_cues_between(bench.end, start, "benchmark_figure_after") \
            or not sentence.cues_of("chain", end, following.start) \
            or not sentence.only_cues_between(end, following.start, ("chain", "leads_into")):
        return None
    return printed_without_unit(own, number.group(0), start, end)


def _bare_after_benchmark(sentence: Sentence, bench: Atom, figures: list[Atom], benches: list[Atom]) -> Atom | None:
    """'compared with 14.6 per 100,000 nationally and 16.2 across comparable authorities': a benchmark's
    number printed without its unit right before it (only words between a figure and its benchmark:
    benchmark_figure_before), joined ('and': chain) to the benchmark before it, whose own figure (a
    quantity: a percentage prints its sign) prints the unit. No figure between."""
    earlier = [b for b in benches if b.end <= bench.start]
    own = comparator_figure(earlier[-1], figures, sentence, benches) if earlier else None
    if own is None or own.label != "QUANTITY" or own.value is None:
        return None
    lo = max(earlier[-1].end, own.end)
    number = _NUMBER.search(sentence.text[lo - sentence.start:bench.start - sentence.start])
    if number is None or YEAR.fullmatch(number.group(0)) or any(lo <= f.start < bench.start for f in figures):
        return None
    start, end = lo + number.start(), lo + number.end()
    if not sentence.cues_of("chain", lo, start) or not sentence.only_cues_between(lo, start, ("chain",), ",") \
            or not sentence.cues_of("benchmark_figure_before", end, bench.start) \
            or not sentence.only_cues_between(end, bench.start, "benchmark_figure_before"):
        return None
    return printed_without_unit(own, number.group(0), start, end)


def _number_without_unit(sentence: Sentence, bench: Atom, figures: list[Atom], benches: list[Atom],
                         earlier: list[Atom], relations: list[Atom] = ()) -> Atom | None:
    """'14.9 per 100,000, in line with England (14.6)', '11.2 per 100,000, below the national average
    of 14.6.', 'below both the South East rate (1,894)': a number right after the benchmark (linking
    words between, or its opening bracket when it closes one) that ends its clause, or runs into
    another benchmark ('a regional average of 538 and an England average of 490'), with no unit is a
    figure of the unit of the one quantity before it in the sentence (or in the benchmark's clause),
    or with none there, of the sentence before that this one opens on (`earlier`: '... a rate of
    742.5 per 100,000. This was higher than the North West average of 671.3'): the figure it is set
    against (quantities only: a percentage prints its sign); of several, the one relation words leading
    into the benchmark follow ('54 people a day ... – a rate of 21.8 per 100,000 adults, higher than the North
    West average of 14.9 and nearly twice the England rate of 11.3'); never with two to choose from. A
    citation may follow the number ('... of 560.8 (ASCOF, 2022-23)')."""
    number = _NUMBER.search(sentence.text, bench.end - sentence.start)
    clause = _clause_start(sentence, bench.start)
    before = [f for f in figures if f.end <= bench.start] or earlier
    if len(before) > 1:
        in_clause = [f for f in before if f.start >= clause]  # '...; for men ... 79.4 years, below London's 80.3'
        before = in_clause if len(in_clause) == 1 else _set_against(sentence, bench, in_clause or before, relations)
    if number is None or YEAR.fullmatch(number.group(0)) or len(before) != 1 \
            or before[0].label != "QUANTITY" or before[0].value is None or _unread_between(sentence, before[0], bench):
        return None
    start, end = sentence.start + number.start(), sentence.start + number.end()
    after = sentence.text[number.end():number.end() + 1]
    closes = after in {")", ",", ";", ""} or sentence.text[number.end():number.end() + 2] in {". ", "."} \
        or sentence.text[number.end():].lstrip().startswith("(") \
        or any(b.start > end and not sentence.blanked(end, b.start, list(relations), ("chain", "leads_into")).strip()
               for b in benches)  # '... of 14.9 and nearly twice the England rate of 11.3'
    if not closes or any(f.start < end and f.end > start for f in figures) \
            or not sentence.only_cues_between(bench.end, start, ("benchmark_figure_after", "same_measure", "same_period"),
                                              "(" if after == ")" else ""):
        return None  # ('...; the England rate for the same period was 11.4')
    return printed_without_unit(before[0], number.group(0), start, end)


def _unread_between(sentence: Sentence, figure: Atom, bench: Atom) -> bool:
    """Does a number that is no year and no atom stand between the figure and the benchmark ('61 people ...; per 100,000
    adults this equates to 21.3, a markedly higher rate than England's 14.6': 14.6 is set against 21.3, not 61)?"""
    return figure.sentence == bench.sentence and any(
        not YEAR.fullmatch(m.group(0)) and not bounds_an_age(sentence, sentence.start + m.start(), sentence.start + m.end())
        for m in _NUMBER.finditer(sentence.text, figure.end - sentence.start, bench.start - sentence.start))


def _set_against(sentence: Sentence, bench: Atom, figures: list[Atom], relations: list[Atom]) -> list[Atom]:
    """Of `figures`, the one right before relation words leading into the benchmark ('21.8 per 100,000 adults,
    higher than the North West average', '14.9 and nearly twice the England rate'), if exactly one."""
    led = [r for r in relations if r.end <= bench.start and sentence.only_cues_between(r.end, bench.start, "leads_into")]
    found = [f for f in figures for r in led if f.end <= r.start and _only_a_few_words(sentence.text[f.end - sentence.start:r.start - sentence.start])]
    return found if len(found) == 1 else []


def _only_a_few_words(text: str) -> bool:
    """Nothing but commas, 'and' and one or two plain words (' adults, ', ' and ')."""
    words = [w for w in text.replace(",", " ").split() if not _is_join(w)]
    return not words or _names_plainly(" ".join(words))


def _figures_opened_on(report: Report, sentence: Sentence) -> list[Atom]:
    """The figures of the sentence before, when this one opens on it ('This was higher than ...') or on a benchmark
    and words restating the measure, no figure between ('Across the North East the rate is 1,032, ...')."""
    opens = sentence.opens_with("anaphor") or _opens_on_benchmark_restating(report, sentence)
    previous = report.neighbour(sentence, -1) if opens else None
    return [a for a in report.atoms_in(previous) if a.label in FIGURES] if previous is not None else []


def _opens_on_benchmark_restating(report: Report, sentence: Sentence) -> bool:
    """Does the sentence open on a benchmark, then words restating the measure (cue same_measure) with no atom between?"""
    own = report.atoms_in(sentence)
    if not own or own[0].label != "BENCHMARK" or not _at_first_word(sentence, own[0]):
        return False
    after = own[1].start if len(own) > 1 else sentence.end
    return bool(sentence.cues_of("same_measure", own[0].end, after))


def _number_before_benchmark(sentence: Sentence, bench: Atom, figures: list[Atom]) -> Atom | None:
    """'Caseloads averaged 31 people per worker, compared with 24 in comparator councils': a number
    right after comparison words (compared_before; linking words such as 'an average of' may follow them) and right
    before the benchmark (only words
    between a figure and its benchmark: benchmark_figure_before) with no unit is a figure of the unit
    of the one quantity before those words in the sentence (quantities only)."""
    cue = next(iter(sentence.cues_of("compared_before", hi=bench.start)[-1:]), None)
    before = [f for f in figures if f.end <= bench.start]
    if cue is None or len(before) != 1 or before[0].label != "QUANTITY" or before[0].value is None \
            or before[0].end > cue.start:
        return None
    lead = sentence.cue_starting_at("benchmark_figure_after", cue.end)  # '..., against an average of 3.4 for similar councils'
    number = _BARE_NUMBER.match(sentence.text, (lead.end if lead is not None else cue.end) - sentence.start)
    if number is None or YEAR.fullmatch(number.group(1)):
        return None
    start, end = sentence.start + number.start(1), sentence.start + number.end(1)
    if not sentence.cues_of("benchmark_figure_before", end, bench.start) \
            or not sentence.only_cues_between(end, bench.start, "benchmark_figure_before"):
        return None
    return printed_without_unit(before[0], number.group(1), start, end)


def _number_listed_before_benchmark(sentence: Sentence, bench: Atom, figures: list[Atom], benches: list[Atom]) -> Atom | None:
    """'compared to 16.9 per 100,000 for the West Midlands and 14.6 for England': a number printed without its unit
    right before the benchmark, after 'and' (chain) right after a benchmark whose own figure right before it prints
    the unit, is a figure of that unit (quantities only)."""
    earlier = [b for b in benches if b.end <= bench.start]
    own = [f for f in figures if earlier and f.end <= earlier[-1].start]
    if not own or own[-1].label != "QUANTITY" or own[-1].value is None or not sentence.adjacent(own[-1].end, earlier[-1].start) \
            or any(earlier[-1].end <= f.start < bench.start for f in figures):
        return None
    chain = sentence.cue_starting_at("chain", earlier[-1].end)
    number = _BARE_NUMBER.match(sentence.text, chain.end - sentence.start) if chain is not None else None
    if number is None or YEAR.fullmatch(number.group(1)) or sentence.start + number.end() != bench.start:
        return None
    return printed_without_unit(own[-1], number.group(1), sentence.start + number.start(1), sentence.start + number.end(1))


def _scaled_count(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom], relations: list[Atom]) -> Atom | None:
    """'112,300 unpaid carers ..., compared with the roughly 95,200 that the England rate would give',
    '...; if Harrowden matched the England rate, the figure would be around 23,300', 'If uptake matched
    the England average, around 790 people would be receiving one': the count a benchmark's rate would
    give the council is that benchmark's figure. Words of expectation in the benchmark's clause (lexicon
    cues.scaled_count) with a number next to them: a count of people, or a number printed without a
    unit taking the unit of the one count of people before it in the sentence (of the sentence before
    when this one holds no figure). Not a gap ('around 1,500
    more than England's age profile would predict (7,520)': relation words right after the number)."""
    lo, hi = _clause_start(sentence, bench.start), _clause_end(sentence, bench.end)
    cues = sentence.cues_of("scaled_count", lo, hi)
    counted = [f for f in figures if cues and f.label == "QUANTITY" and f.key == "people" and sentence.adjacent(f.end, cues[0].start)]
    if counted:
        return counted[0]  # 'roughly 50,800 residents would be over 65': the count right before the words, not an age
    number = _next_to(sentence, cues[0], lo) if cues else None
    if number is None or YEAR.fullmatch(number[2]) or any(sentence.adjacent(number[1], r.start) for r in relations):
        return None
    start, end, text = number
    inside = [f for f in figures if f.start <= start < f.end]
    if inside:
        return inside[0] if inside[0].label == "QUANTITY" and inside[0].key == "people" else None
    counts = [f for f in figures if f.label == "QUANTITY" and f.key == "people" and f.value is not None and f.end <= start]
    if not figures:  # 'In 2021, 9,870 residents gave unpaid care. Had the borough matched the England rate, ... nearer 8,600.'
        previous = report.neighbour(sentence, -1)
        counts = [f for f in (report.atoms_in(previous) if previous else []) if f.label == "QUANTITY" and f.key == "people"
                  and f.value is not None]
        return printed_without_unit(counts[0], text, start, end) if len(counts) == 1 else None
    return printed_without_unit(counts[0], text, start, end) if len(counts) == 1 == len(figures) else None


def _next_to(sentence: Sentence, cue, lo: int) -> tuple[int, int, str] | None:
    """The number right after expectation words ('would be around 23,300'), else the last one a few
    words before them in the clause ('the roughly 95,200 that the England rate would give')."""
    rough = sentence.cue_starting_at("approximation", cue.end)
    after = _BARE_NUMBER.match(sentence.text, (rough.end if rough else cue.end) - sentence.start) \
        or _BRACKETED_NUMBER.match(sentence.text, cue.end - sentence.start)  # 'would predict (7,520)'
    if after is not None:
        return sentence.start + after.start(1), sentence.start + after.end(1), after.group(1)
    before = [m for m in _NUMBER.finditer(sentence.text, lo - sentence.start, cue.start - sentence.start)
              if not _age_bound().search(sentence.text, 0, m.start())]  # 'around 3,900 people aged 18 to 64 would be'
    if not before or len(_WORD.findall(sentence.text[before[-1].end():cue.start - sentence.start])) > 6:
        return None
    return sentence.start + before[-1].start(), sentence.start + before[-1].end(), before[-1].group(0)


@lru_cache(maxsize=1)
def _age_bound() -> re.Pattern[str]:
    """Text ending right before an age or an age range's bound: a one-word cue age_bound ('aged'), then perhaps a number
    and a word joining a range ('aged 18 to ')."""
    words = "|".join(re.escape(p) for p in lexicon_model().cues["age_bound"].phrases if " " not in p and p.isalpha())
    joins = "|".join(re.escape(w) for w in lexicon_model().range_joins)
    return re.compile(rf"\b(?:{words})\s+(?:\d+\s*(?:{joins})\s*)?$", re.IGNORECASE)


class _JoinedPatterns(NamedTuple):
    two_names: re.Pattern[str]      # 'vacancy and turnover'
    list_item: re.Pattern[str]      # what parts a list's items (',', ';', 'and')
    listed_number: re.Pattern[str]  # ' and 83.2'
    time_before: re.Pattern[str]    # 'since the 2011 ', 'since the last ' (the word of time is group 1)


@lru_cache(maxsize=1)
def _joined_patterns() -> _JoinedPatterns:
    """Patterns built from the lexicon's words: list joins (cues.chain: 'and') and what may stand between a word of time
    and a data set (source_time_qualifiers: 'the', 'last', a year)."""
    join = "|".join(re.escape(p) for p in lexicon_model().cues["chain"].phrases)
    qualifiers = "|".join(re.escape(w) for w in lexicon_model().source_time_qualifiers)
    year = r"(?:19|20)\d\d(?:\s*[-/\u2013]\s*\d{2,4})?"
    return _JoinedPatterns(re.compile(rf"([A-Za-z]+) (?:{join}) ([A-Za-z]+)\b"), re.compile(rf",|;|\b(?:{join})\b"),
                           re.compile(rf"\s*(?:,|{join})\s+({NUMBER_TEXT})(?![\d,])"),
                           re.compile(rf"\b([A-Za-z]+)\s+(?:(?:{qualifiers}|{year})\s+){{0,2}}$", re.IGNORECASE))


def _is_join(text: str) -> bool:
    """Is the text (spaces aside) a word joining list items (lexicon cues.chain: 'and')?"""
    return text.strip().lower() in lexicon_model().cues["chain"].phrases


def _names_place_with_figure(sentence: Sentence, bench: Atom) -> bool:
    """A benchmark phrase ending on the word that links a place to its figure ('England at'), not
    on a statistic noun: like a bare name, it is a benchmark only right after comparison words."""
    return bench.form == "phrase" and any(c.end == bench.end for c in sentence.cues_of("benchmark_figure_after", bench.start))


def _list_set_against_another(sentence: Sentence, bench: Atom, figures: list[Atom], benches: list[Atom]) -> bool:
    """'compares favourably with the rest of the country at 70.1 years for men and 71.3 years for women, against
    England averages of 63.1 and 63.9 years': the figures after a benchmark that comparison words lead into are joined
    into a list that comparison words (cue compared_before) set against a later benchmark: they are the council's."""
    after = [f for f in figures if f.start >= bench.end]
    if len(after) < 2 or not sentence.cues_of("chain", after[0].end, after[1].start) \
            or not sentence.only_cues_between(after[0].end, after[1].start, ("chain", "qualifier")):
        return False
    return any(b.start > after[1].end and any(sentence.only_cues_between(c.end, b.start, "leads_into")
                                              for c in sentence.cues_of("compared_before", after[1].end, b.start))
               for b in benches)


def _after_comparison(report: Report, sentence: Sentence, bench: Atom) -> bool:
    """'statistically similar to England at 59.1%', 'compared with England at 18.4%', '... than
    England at 18.4%', 'in line with the national 92.1%': relation or comparison words right before
    the benchmark (a name after 'the': with only words leading into a noun between), or ', with' right after a figure
    ('... choice over services: 68.9%, with England at 70.3%')."""
    if sentence.cue_ending_at("compared_before", bench.start) or _completes_comparative(sentence, bench) \
            or _with_after_a_figure(report, sentence, bench) \
            or any(a.label == "RELATION" and sentence.adjacent(a.end, bench.start) for a in report.atoms_in(sentence)):
        return True
    return _named_after_the(sentence, bench) and (
        any(sentence.only_cues_between(c.end, bench.start, "leads_into") for c in sentence.cues_of("compared_before", hi=bench.start))
        or bool(_leading_into(sentence, report.atoms_in(sentence), bench)))


def _with_after_a_figure(report: Report, sentence: Sentence, bench: Atom) -> bool:
    """Does ', with' stand between a figure and the benchmark ('68.9%, with England at 70.3%')?"""
    before = sentence.text[:bench.start - sentence.start].rstrip()
    if not before.lower().endswith(", with"):
        return False
    comma = sentence.start + len(before) - len(", with")
    return any(a.label in FIGURES and sentence.adjacent(a.end, comma) for a in report.atoms_in(sentence))


def _named_after_the(sentence: Sentence, bench: Atom) -> bool:
    """'the national 92.1%': a bare name (form bracketed) after 'the', out of brackets, right before its figure."""
    word = _LAST_WORD.search(sentence.text[:bench.start - sentence.start])
    return bench.form == "bracketed" and word is not None and word.group(1).lower() == "the"


def _chain(bench: Atom, figures: list[Atom], sentence: Sentence) -> list[Atom]:
    """A plural benchmark's own figures: '(79.0 and 82.9 years)', 'of 64.0% and 57.2%', 'of 63.1
    and 63.9 years' (the first printed without its unit)."""
    shared = _sharing_unit(bench, figures, sentence)
    if shared is not None:
        figures = sorted([*figures, shared], key=lambda a: a.start)
    first = comparator_figure(bench, figures, sentence, (bench,)) or _after_plural_noun(sentence, bench, figures) \
        or _after_its_direction(sentence, bench, figures) or _after_its_measures(sentence, bench, figures)
    if first is None:
        return []
    chain = [first]
    for figure in figures:
        if figure.start > chain[-1].end and unit_of(figure) == unit_of(first) \
                and sentence.only_cues_between(chain[-1].end, figure.start, "chain", ","):
            chain.append(figure)
    return chain if len(chain) >= 2 else []


def _after_its_measures(sentence: Sentence, bench: Atom, figures: list[Atom]) -> Atom | None:
    """'The London averages for people who ..., and for those who ..., were 41.0% and 72.3% respectively': a plural
    benchmark's first figure after the measures it names ('for', 'of': lexicon metric_after_opener) and a linking word
    right before it (benchmark_figure_after), at most twice MEASURE_PHRASE_WORDS words between, 'respectively' after
    its list."""
    after = next((f for f in figures if f.start >= bench.end), None)
    if bench.form != "plural" or after is None or not sentence.cues_of("respectively", after.end) \
            or sentence.cue_starting_at("metric_after_opener", bench.end) is None:
        return None
    words = sentence.text[bench.end - sentence.start:after.start - sentence.start].split()
    return after if sentence.cue_ending_at("benchmark_figure_after", after.start) and len(words) <= 2 * MEASURE_PHRASE_WORDS else None


def _after_its_direction(sentence: Sentence, bench: Atom, figures: list[Atom]) -> Atom | None:
    """'Both the South West and England figures were higher, at 37.9% and 36.3% respectively': a plural benchmark's first
    figure after a direction with no object (linking words, degree words and a comma around it) and 'respectively' after
    its list."""
    after = next((f for f in figures if f.start >= bench.end), None)
    if bench.form != "plural" or after is None or not sentence.cues_of("respectively", after.end):
        return None
    return after if _only_a_direction_between(sentence, bench.end, after.start) else None


def _only_a_direction_between(sentence: Sentence, lo: int, hi: int) -> bool:
    """Is [lo, hi) a direction with no object ('were higher, at'): a one-word direction, with only linking words
    (benchmark_figure_after), words sizing a gap and commas beside it?"""
    words = [w.lower() for w in _WORD.findall(sentence.blanked(lo, hi, [], ("benchmark_figure_after",)))]
    return any(w in _direction_words() for w in words) and all(w in _direction_words() or w in gap_amount_words() for w in words)


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    """One-word directions of atoms.json relations ('higher', 'lower', 'above', 'similar', ...)."""
    vocab = atom_vocabulary()
    return frozenset(w for key in (*OPPOSITE, "similar") for w in [*vocab.relations[key].comparatives, *vocab.relations[key].phrases]
                     if " " not in w)


def _after_plural_noun(sentence: Sentence, bench: Atom, figures: list[Atom]) -> Atom | None:
    """'for England these proportions are 8.9% and 2.2%', 'across England these stood at 45.6% and 67.1%', 'For the West
    Midlands, the proportions are 21.9 per cent and 18.1 per cent', 'the England average for both (79.3 and 83.2 years)':
    the first figure after the benchmark when only a plural noun or pronoun (cues plural_noun, plural_pronoun), linking
    words, a comma and an opening bracket stand between."""
    after = next((f for f in figures if f.start >= bench.end), None)
    plural = ("plural_noun", "plural_pronoun")
    if after is None or not any(sentence.cues_of(kind, bench.end, after.start) for kind in plural):
        return None
    return after if sentence.only_cues_between(bench.end, after.start, (*plural, "leads_into", "benchmark_figure_after"), ",(") else None


def _in_order(sentence: Sentence, bench: Atom, figures: list[Atom], chain: list[Atom]) -> list[tuple[Link, Atom]]:
    """'80.9 years for men and 84.6 years for women, both above the England averages (79.0 and 82.9
    years)': with no 'respectively', pairs in order only when the benchmark's clause holds exactly
    as many council figures of the unit before it, or, when it holds none, the clause before ('...;
    the corresponding England figures are 79.4 and 83.1 years', '...; England: 79.4 and 83.1')."""
    before = [a for a in figures if a.end <= bench.start and unit_of(a) == unit_of(chain[0])
              and not _is_past(a, sentence)]
    breaks = [len(sentence.cues_of("clause_break", a.end, bench.start)) for a in before]
    allowed = 1 if 0 not in breaks else 0
    before = [a for a, n in zip(before, breaks) if n == allowed]
    if len(before) != len(chain):
        return []
    return [(Link(v, ValueLocation.SAME), f) for v, f in zip(before, chain)]


def _respectively(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> list[tuple[Link, Atom]]:
    """'... England averages of 64.0% and 57.2% respectively': (council link, benchmark figure)
    pairs in order with the last as many council figures of the unit before the benchmark in the
    sentence, or, when it holds none, exactly as many in the previous sentence of the paragraph (its
    benchmarks' own figures and the council's past aside)
    ('Men live 76.2 years and women 80.5 years. England's figures are 78.9 and 82.8 years.'), or, in a sentence opening on
    comparison words, exactly as many after the list ('Against England averages of 64.9% and 36.8%, 67.5% ... and 38.9%
    ...', '..., Wharfside recorded 61.8% and 54.0% respectively'; not gaps: '..., this is a gap of 2.9 and 2.3 years
    respectively'); else none. Without 'respectively' and with council figures before it, `_in_order` decides."""
    chain = _chain(bench, figures, sentence)
    if not chain:
        return []
    first = chain[0]
    theirs = _listed_for_another(report, sentence, bench, figures)
    figures = [a for a in figures if a.start not in theirs]
    before = [a for a in figures if a.end <= bench.start and unit_of(a) == unit_of(first)]
    before = before[:1] + [a for a in before[1:] if not report.states_gap(a, sentence)]  # '..., respectively 2.9 and 2.3 years below'
    if not sentence.cues_of("respectively") and before:
        return _in_order(sentence, bench, figures, chain)
    if len(before) >= len(chain):
        return [(Link(v, ValueLocation.SAME), f) for v, f in zip(before[-len(chain):], chain)]
    if not before and (sentence.opens_with("compared_before") or _council_clause_after(report, sentence, chain[-1])):
        # 'Against England averages of 64.9% and 36.8%, 67.5% ... and 38.9% ...'; '...; in Holderby, 39.6% ... and 67.5% ...'
        listed = next((chain[:i + 1] for i in range(1, len(chain)) if sentence.cues_of("chain", chain[i - 1].end, chain[i].start)), chain)
        after = [a for a in figures if a.start >= listed[-1].end and unit_of(a) == unit_of(first)]
        if len(after) == len(listed) and not sentence.cues_of("gap_noun", listed[-1].end, after[0].start) \
                and all(_of_a_size(v, f) and not report.states_gap(v, sentence) for v, f in zip(after, listed)):
            return [(Link(v, ValueLocation.SAME), f) for v, f in zip(after, listed)]
    previous = report.neighbour(sentence, -1)
    earlier = [(v, ValueLocation.PREVIOUS) for v in _council_figures_of(report, previous, unit_of(first))] if previous else []
    if previous is not None and len(earlier) < len(chain) and not _has_benchmark_figures(report, previous):
        # 'Both figures have now recovered ...', 'The gap ... is 9.6 years.' or 'These are 2.5 and 2.3 years below the
        # England averages respectively.' between: the list two sentences back; or the list begun there ('The vacancy
        # rate was 12.6%. Turnover was 33.4%. Both were above the ... averages, 9.9% and 28.3% respectively')
        before_that = report.neighbour(sentence, -2)
        further = [(v, ValueLocation.EARLIER) for v in _council_figures_of(report, before_that, unit_of(first))] if before_that else []
        earlier = further if len(further) == len(chain) else further + earlier
    if len(earlier) != len(chain):
        return _council_list_next(report, sentence, chain)
    return [(Link(v, where), f) for (v, where), f in zip(earlier, chain)]


def _council_list_next(report: Report, sentence: Sentence, chain: list[Atom]) -> list[tuple[Link, Atom]]:
    """'The London averages for ... were 41.0% and 72.3% respectively. In Ashwick the figures were lower, at 35.6% and
    66.9%': a next sentence opening on the council (lexicon local_opener), with no benchmark of its own, holding exactly
    as many figures of the unit (its past aside) joined in a list, pairs with the benchmark's list in order."""
    following = report.neighbour(sentence, 1)
    if following is None or not following.opens_with("local_opener") \
            or any(a.label == "BENCHMARK" for a in report.atoms_in(following)):
        return []
    theirs = [a for a in report.eligible(following, unit_of(chain[0])) if not _is_past(a, following)]
    if len(theirs) != len(chain) or not all(following.only_cues_between(a.end, b.start, "chain", ",") for a, b in zip(theirs, theirs[1:])):
        return []
    return [(Link(v, ValueLocation.NEXT), f) for v, f in zip(theirs, chain)]


def _council_clause_after(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """'England averages were 36.3% and 64.7% respectively; in Holderby, 39.6% ...': after the figure (and
    'respectively'), a clause break and a clause opening on the council's name."""
    cut = next((c for c in sentence.cues_of("clause_break", figure.end)
                if sentence.only_cues_between(figure.end, c.start, "respectively")), None)
    return cut is not None and _opens_on_council(report, sentence, cut.end, sentence.end)


def _of_a_size(value: Atom, figure: Atom) -> bool:
    """Could the two be values of one measure (within bare_numbers.SIZE_RANGE of each other), not a gap and a value?"""
    return bool(value.value and figure.value) and SIZE_RANGE[0] <= value.value / figure.value <= SIZE_RANGE[1]


def _has_benchmark_figures(report: Report, sentence: Sentence) -> bool:
    """Does a benchmark of the sentence have a figure of its own (a benchmark sized only by gaps has none)?"""
    theirs = report.atoms_in(sentence)
    figures = [a for a in theirs if a.label in FIGURES]
    return any(a.label == "BENCHMARK" and comparator_figure(a, figures, sentence) is not None for a in theirs)


def _joined_list_ending_on(sentence: Sentence, figures: list[Atom], punctuation: str = "", any_unit: bool = False) -> list[Atom]:
    """The last of `figures` and those before it of its unit (or of any, `any_unit`: '14.2% and 9.6 days') joined to it by
    'and' (cue chain; `punctuation` allowed between): '63.1 and 63.9 years', '9.8% and 14.1%'."""
    chain = [figures[-1]]
    for figure in reversed(figures[:-1]):
        if not any_unit and unit_of(figure) != unit_of(chain[0]) or not sentence.only_cues_between(figure.end, chain[0].start, "chain", punctuation):
            break
        chain.insert(0, figure)
    return chain


def _trailing_list_of_the_sentence_before(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> list[tuple[Link, Atom]]:
    """'The vacancy and turnover rates were 14.2% and 18.5% respectively. The comparable figures were 9.8% and 14.1% for
    England, and 11.3% and 15.0% for the West Midlands': joined figures right before a name, in a sentence whose subject
    is a plural noun (cue plural_noun before its first figure) and with no figure before them but another benchmark's
    list so paired, pair in order with exactly as many council figures of the sentence before."""
    before = [f for f in figures if f.end <= bench.start]
    if not before or not sentence.adjacent(before[-1].end, bench.start) or not sentence.cues_of("plural_noun", hi=figures[0].start):
        return []
    chain = _joined_list_ending_on(sentence, before)
    if len(chain) < 2 or any(f.start < chain[0].start and f.start not in report.forced for f in figures):
        return []  # (a list after another benchmark's list: '..., and 11.3% and 15.0% for the West Midlands')
    previous = report.neighbour(sentence, -1)
    earlier = _council_figures_of(report, previous, unit_of(chain[0])) if previous is not None else []
    if len(earlier) != len(chain) or any(a.label == "BENCHMARK" for a in report.atoms_in(previous)):
        return []
    return [(Link(v, ValueLocation.PREVIOUS), f) for v, f in zip(earlier, chain)]


def _listed_for_another(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> set[int]:
    """Starts of the figures listed for a benchmark before `bench` in its sentence ('The London averages were
    61.8% and 74.4% respectively, and the England averages ...'): never the council's."""
    return {f.start for other in report.atoms_in(sentence) if other.label == "BENCHMARK" and other.end <= bench.start
            for f in _chain(other, figures, sentence)}


def _council_figures_of(report: Report, sentence: Sentence, unit: str) -> list[Atom]:
    """A sentence's figures of the unit that may be the council's: single values, not a benchmark's own
    ('below the regional figure of 77.5 years'), not the council's past ('76.2 years in 2015') and not a gap ('These
    are 2.5 and 2.3 years below the England averages respectively'; 'The gap between the most and least deprived wards is
    10.4 years': cue gap_subject before it in its clause)."""
    theirs = report.atoms_in(sentence)
    figures = [a for a in theirs if a.label in FIGURES and not a.is_range and unit_of(a) == unit]
    owned = {f.start for b in theirs if b.label == "BENCHMARK" and not _ranked_within(report, sentence, b)
             and (f := comparator_figure(b, figures, sentence)) is not None}  # 'among the lowest in the region, at 76.4 years
    return [a for a in figures if a.start not in owned and not _is_past(a, sentence) and not report.states_gap(a, sentence)
            and not sentence.cues_of("gap_subject", _clause_start(sentence, a.start), a.start)]


def _trailing_respectively(sentence: Sentence, bench: Atom, figures: list[Atom]) -> list[tuple[Link, Atom]]:
    """'57.2 years for men and 58.0 years for women, against 63.1 and 63.9 years respectively in
    England' (or '... respectively for England', '... against 63.9 and 62.4 years for England'): a
    name right after joined figures (a chain right after comparison words, 'respectively' between or
    not) owns them; they pair in order with exactly as many council figures of the unit before them
    in the clause (the council's past aside); a plural noun may stand between the comparison words and the figures, and
    words placing the name between them and it ('compared with averages of 28 and 30 days across its CIPFA nearest
    neighbours'). Else none."""
    before_bench = [f for f in figures if f.end <= bench.start]
    if not before_bench or not sentence.only_cues_between(before_bench[-1].end, bench.start, ("respectively", "benchmark_figure_before"), ","):
        return []
    chain = _joined_list_ending_on(sentence, before_bench, ",")
    if len(chain) == 1 and (shared := _unit_shared_before(sentence, chain[0], figures)) is not None:
        chain.insert(0, shared)  # 'against 63.9 and 62.4 years for England'
    mixed = len(chain) == 1
    if mixed:  # 'turnover and sickness absence were 19.5% and 12.3 days respectively, compared with 14.2% and 9.6 days across ...'
        chain = _joined_list_ending_on(sentence, before_bench, ",", any_unit=True)
    if len(chain) < 2 or not any(sentence.only_cues_between(c.end, chain[0].start, ("plural_noun", "benchmark_figure_before"))
                                 for c in sentence.cues_of("compared_before", hi=chain[0].start)):
        return []
    council = [a for a in figures if a.end <= chain[0].start and (mixed or unit_of(a) == unit_of(chain[0]))
               and not sentence.cues_of("clause_break", a.end, chain[0].start) and not _is_past(a, sentence)]
    if len(council) != len(chain) or [unit_of(a) for a in council] != [unit_of(f) for f in chain]:
        return []  # (in mixed units, each council figure of its benchmark figure's unit, in order)
    return [(Link(v, ValueLocation.SAME), f) for v, f in zip(council, chain)]


def _unit_shared_before(sentence: Sentence, figure: Atom, figures: list[Atom]) -> Atom | None:
    """'63.9 and 62.4 years': a number printed without its unit, joined ('and': chain) right before a
    quantity that prints it, is a figure of that unit (quantities only; no figure between)."""
    lo = max((f.end for f in figures if f.end <= figure.start), default=sentence.start)
    numbers = list(_NUMBER.finditer(sentence.text, lo - sentence.start, figure.start - sentence.start))
    if figure.label != "QUANTITY" or not numbers or YEAR.fullmatch(numbers[-1].group(0)):
        return None
    start, end = sentence.start + numbers[-1].start(), sentence.start + numbers[-1].end()
    if not sentence.cues_of("chain", end, figure.start) or not sentence.only_cues_between(end, figure.start, "chain"):
        return None
    return printed_without_unit(figure, numbers[-1].group(0), start, end)


MEASURE_PHRASE_WORDS = 25  # the most words of a measure named after a benchmark noun ('The England average for people
# who use services saying they have as much social contact as they would like is 45.6%')


def _figure_after_measure(report: Report, sentence: Sentence, bench: Atom) -> Atom | None:
    """'The national figure for healthy life expectancy for women was 63.9 years': a benchmark noun
    ('average', 'figure', 'rate', the atoms.json region nouns), perhaps one lower-case word naming the
    measure ('The England median wait for ...'), followed by its measure ('for', 'of':
    metric_after_opener) and a link word right before the next figure ('was': benchmark_figure_after),
    only words between (no atom, no punctuation), in one clause, or the figure in brackets right after them ('the
    national average for councils taking part in the survey (79%)'); or the figure set off by commas
    after the measure or in a clause on the benchmark ('The England rate of ..., 17.3%, is lower
    than ...', 'The England average, which ... put at 87.1%, was higher than ...'). Such a benchmark
    names its own measure, so its council figure is looked for in its own sentence only."""
    last_word = bench.text.lower().split()[-1] if bench.text.strip() else ""
    if bench.form != "phrase" or last_word not in benchmark_nouns():
        return None
    later = [a for a in report.atoms_in(sentence) if a.start >= bench.end and a.label != "RELATION"]
    if not later or later[0].label not in FIGURES or later[0].is_range:
        return None
    figure = later[0]
    between = sentence.text[bench.end - sentence.start:figure.start - sentence.start]
    noun = _MEASURE_NOUN.match(sentence.text, bench.end - sentence.start)  # 'the England median wait for ...'
    opener = sentence.cue_starting_at("metric_after_opener", bench.end) \
        or noun is not None and sentence.cue_starting_at("metric_after_opener", bench.end + noun.end() - noun.start()) \
        or sentence.text[bench.end - sentence.start:].startswith((", which", ", that"))  # its measure, or a clause on it
    words_only = not any(ch in between.rstrip().removesuffix("(") for ch in ",;:()") and not any(
        a.label == "RELATION" and bench.end <= a.start < figure.start for a in report.atoms_in(sentence))
    linked = (sentence.cue_ending_at("benchmark_figure_after", figure.start) or _bracketed_after_words(sentence, between, figure)) \
        and words_only
    relations = [a for a in report.atoms_in(sentence) if a.label == "RELATION" and a.start >= figure.end]
    if not opener or len(between.split()) > MEASURE_PHRASE_WORDS or not (linked or _set_off_by_commas(sentence, bench, figure, relations)) \
            or is_band(figure, sentence):
        return None
    return figure


def _bracketed_after_words(sentence: Sentence, between: str, figure: Atom) -> bool:
    """Does the figure stand alone in brackets, opened right after the words before it ('... in the survey (79%)')?"""
    return between.rstrip().endswith("(") and sentence.text[figure.end - sentence.start:].startswith(")")


def _set_off_by_commas(sentence: Sentence, bench: Atom, figure: Atom, relations: list[Atom]) -> bool:
    """'The England rate of disability under the Equality Act, 17.3%, is lower than ...', 'The England
    average for carers who ..., at 28.0%, was higher than ...', 'The England average, which the same
    survey put at 87.1%, was higher than ...': the benchmark as the subject of a relation, its figure
    (after linking words, if any) set off by commas after its measure or in a relative clause, the
    only punctuation between."""
    link = next((c for c in sentence.cues_of("benchmark_figure_after", bench.end, figure.start)
                 if sentence.adjacent(c.end, figure.start)), None)
    head = sentence.text[bench.end - sentence.start:(link.start if link else figure.start) - sentence.start].strip()
    after = sentence.text[figure.end - sentence.start:figure.end - sentence.start + 1]
    related = any(sentence.only_cues_between(figure.end, r.start, ("benchmark_figure_after",), ",") for r in relations)
    relative = head.startswith((", which", ", that")) and not any(ch in head[1:] for ch in ",;:()")  # ', which the survey put at 87.1%,'
    appositive = head.endswith(",") and not any(ch in head[:-1] for ch in ",;:()")
    return (appositive or relative) and after == "," and related


@lru_cache(maxsize=1)
def benchmark_nouns() -> frozenset[str]:
    """Words that end a benchmark naming a statistic ('national figure', 'England average')."""
    vocab = atom_vocabulary()
    return frozenset(n.split()[-1] for n in vocab.regions.nouns)


def _sentence_candidates(report: Report, sentence: Sentence) -> list[Candidate]:
    """The benchmarks of one sentence that have a figure of their own."""
    own = report.atoms_in(sentence)
    figures = [a for a in own if a.label in FIGURES and not a.is_range and not is_band(a, sentence)]
    benches = [a for a in own if a.label == "BENCHMARK"]
    relations = [a for a in own if a.label == "RELATION"]
    found = _parallel_lists(report, sentence, benches, figures) or _council_listed_with_names(report, sentence, benches, figures)
    listed = {id(c.bench) for c in found}
    for bench in (b for b in benches if id(b) not in listed):
        if (pairs := _paired_in_order(report, sentence, bench, figures, found)) is not None:
            for position, (link, figure) in enumerate(pairs):
                report.forced[figure.start] = (link, position)
                found.append(Candidate(sentence, bench, figure))
            continue
        if bench.form == "listed" or bench.form == "bare" and not (_bare_counts(report, sentence, bench) or _joins_listed(sentence, bench, found)):
            continue  # a name sharing the next one's plural noun takes a figure only in parallel lists
        if _takes_no_figure_here(report, sentence, bench, (figures, benches, found)):
            continue
        figure = comparator_figure(bench, figures, sentence, benches, relations)
        if figure is None and bench.form == "phrase":
            figure = _bare_before_benchmark(sentence, bench, figures, benches) \
                or _bare_after_benchmark(sentence, bench, figures, benches)
        if figure is None and bench.form in {"bare", "phrase"}:
            known = {f.start for f in figures}
            read = sorted([*figures, *(c.figure for c in found if c.figure.start not in known)],
                          key=lambda a: a.start)  # with numbers read so for a benchmark before
            figure = _number_without_unit(sentence, bench, read, benches, _figures_opened_on(report, sentence), relations)
        if figure is None and bench.form == "phrase":
            figure = _number_before_benchmark(sentence, bench, figures) or _number_listed_before_benchmark(sentence, bench, figures, benches)
        if figure is None and bench.form == "phrase" and (figure := _scaled_count(report, sentence, bench, figures, relations)):
            report.scaled.add(figure.start)
        figure = figure or _compared_after_its_name(report, sentence, bench, figures, benches)
        if figure is None and (figure := _figure_after_measure(report, sentence, bench)) is not None \
                and sentence.cue_starting_at("metric_after_opener", bench.end):
            report.own_measure.add(figure.start)  # not for 'The England average, which ... put at 87.1%, ...'
        if figure is None and (figure := _figure_after_its_measure(sentence, bench, figures)
                               or _bracketed_after_its_measure(report, sentence, bench, figures)) is not None:
            report.own_measure.add(figure.start)  # 'Nationally, councils reported overspending ... by an average of 4.2%'
        if figure is None and (figure := _first_of_its_clause(report, sentence, bench)) is not None \
                and _opens_before_a_comma(sentence, bench):
            report.own_clause.add(figure.start)  # 'Nationally, risk was removed or reduced in 90% of ...; in X the figure was 84%'
            # (a name opening the sentence without a comma: its clause is read as the next benchmark's there is)
        # one benchmark named twice ('the regional average of 10.1% for the East of England') counts once
        if figure is not None and (is_target(figure, sentence) or sentence.cue_starting_at("council_share", figure.end)):
            continue  # 'against the national standard of 80%': a target of the place; 'around 62% of councils': a share of councils
        if figure is not None and not any(c.figure.start == figure.start and (_same_place(c.bench, bench) or same_benchmark(c.bench, bench))
                                          for c in found):
            found.append(Candidate(sentence, bench, figure))
    found = _one_name_per_figure([c for c in found if not _heads_its_own_comparison(sentence, c, found)])
    return found + _listed_for_the_next(report, sentence, found)


def _listed_for_the_next(report: Report, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """'Across London, 41.0% of people who use services and 27.9% of carers said ... . In Corrowdale the corresponding
    figures were 36.5% and 24.1%': a sentence opening on its one benchmark, then a list of its figures (one unit, 'and' or
    a comma between each and the next, no clause break), and the next sentence opening on a place (lexicon local_opener)
    with a list as long and no benchmark: each of the benchmark's figures takes the council's in its place."""
    benches = [a for a in report.atoms_in(sentence) if a.label == "BENCHMARK"]
    following = report.neighbour(sentence, 1)
    if len(found) != 1 or len(benches) != 1 or following is None or not following.opens_with("local_opener") \
            or not sentence.only_cues_between(sentence.start, benches[0].start, OPENING_CUES, ",") \
            or any(a.label == "BENCHMARK" for a in report.atoms_in(following)):
        return []
    unit = unit_of(found[0].figure)
    ours = [a for a in report.atoms_in(sentence) if a.label in FIGURES and a.start >= found[0].figure.start and unit_of(a) == unit]
    theirs = report.eligible(following, unit)
    if not 2 <= len(ours) == len(theirs) or ours[0] is not found[0].figure or len(_joined_run(following, theirs)) != len(theirs) \
            or any(not sentence.cues_of("chain", one.end, two.start) or sentence.cues_of("clause_break", one.end, two.start)
                   for one, two in zip(ours, ours[1:])):
        return []
    for position, (figure, value) in enumerate(zip(ours, theirs)):
        report.forced[figure.start] = (Link(value, ValueLocation.NEXT), position)
    return [Candidate(sentence, benches[0], figure) for figure in ours[1:]]


def _one_name_per_figure(found: list[Candidate]) -> list[Candidate]:
    """One benchmark named twice over the same figures ('markedly lower than nationally: 57.8 years ..., compared with
    63.1 and 63.9 years respectively in England') is one comparison: the name nearer each figure keeps it."""
    def distance(c: Candidate) -> int:
        return abs(c.bench.start - c.figure.start)
    return [c for c in found if not any(o is not c and o.figure.start == c.figure.start and same_benchmark(o.bench, c.bench)
                                        and (distance(o), o.bench.start) < (distance(c), c.bench.start) for o in found)]


def _takes_no_figure_here(report: Report, sentence: Sentence, bench: Atom,
                          atoms: tuple[list[Atom], list[Atom], list[Candidate]]) -> bool:
    """A benchmark of the sentence that takes no figure here: a limit, no average ('... below the Homecare
    Association's minimum price for England of £28.53'), a rank within it, the first of several names the figures before
    pair with ('... 92.9% and 93.8% for England and the East of England respectively'), a place named with a figure
    ('England at') or a bare name after 'the' that no comparison words lead into, or a benchmark whose figures after it
    are the council's list set against a later one."""
    figures, benches, found = atoms
    if _ranked_within(report, sentence, bench) or _few_words_after(report, sentence, bench, "limit_statistic") \
            or _first_of_names_respectively(sentence, bench, figures) or _names_a_list_unread(sentence, bench, figures):
        return True
    if (_names_place_with_figure(sentence, bench) or _named_after_the(sentence, bench)) \
            and not (_after_comparison(report, sentence, bench) or _joins_listed(sentence, bench, found)):
        return True
    return _list_set_against_another(sentence, bench, figures, benches) and bool(_leading_into(sentence, report.atoms_in(sentence), bench))


def _names_a_list_unread(sentence: Sentence, bench: Atom, figures: list[Atom]) -> bool:
    """'compared with comparator-group medians of 20 and 35 days': a benchmark read as one name before a plural
    statistic (cue plural_statistic) whose figures are a list; no one of them is its figure alone."""
    if sentence.cue_starting_at("plural_statistic", bench.end) is None:
        return False
    after = [f for f in figures if f.start >= bench.end]
    return len(after) > 1 and sentence.only_cues_between(after[0].end, after[1].start, "chain", ",")


def _heads_its_own_comparison(sentence: Sentence, candidate: Candidate, found: list[Candidate]) -> bool:
    """'Outcomes ... outperformed both England and the region: 84.5% were still at home ..., against 81.8% in England and
    80.6% in the East of England': a benchmark before a colon, named again later in the sentence with a figure of its
    own after comparison words (a trailing name: 'in the East of England', or a phrase right after that figure: '...:
    88.6% ..., compared to 77.2% across England'), introduces the council's figure; the figure
    after the colon is not its own. Not a name in brackets ('76.4 years (England: 79.1 years) and ... (England: 82.9 years)')."""
    bench, figure = candidate.bench, candidate.figure
    colon = ":" in sentence.text[bench.end - 1 - sentence.start:figure.start - sentence.start]
    return colon and figure.start > bench.end and sentence.text[:bench.start - sentence.start].rstrip()[-1:] != "(" and any(
        c.bench.start > figure.end and c.figure.start > figure.end and c.bench.key == bench.key
        and (c.bench.form == "trailing" or c.bench.form == "phrase" and sentence.adjacent(c.figure.end, c.bench.start))
        for c in found)


def _parallel_lists(report: Report, sentence: Sentence, benches: list[Atom], figures: list[Atom]) -> list[Candidate]:
    """'The corresponding figures for the South East and for England are 13.4% and 26.5%', 'the regional and
    national averages (26.4% and 25.5%)': two benchmarks joined by 'and' (or 'or': lexicon place_join), then (linking words or a bracket between)
    two figures joined by 'and', or later two set against the council's one figure between with 'respectively' (that
    figure forced as the council's): each takes its own, in order."""
    for one, two in zip(benches, benches[1:]):
        if not (sentence.cues_of("chain", one.end, two.start) or sentence.cues_of("place_join", one.end, two.start)) \
                or not sentence.only_cues_between(one.end, two.start, ("chain", "place_join", "place_lead", "leads_into", "place_noun",
                                                                       "benchmark_figure_before")):
            continue
        after = [f for f in figures if f.start >= two.end][:2]
        if len(after) == 2 and unit_of(after[0]) == unit_of(after[1]) \
                and (sentence.only_cues_between(two.end, after[0].start, ("benchmark_figure_after", "same_measure", "plural_noun"), ",(")
                     or _measure_then_list(sentence, two, after[0])
                     or sentence.cues_of("respectively", after[1].end) and _only_a_direction_between(sentence, two.end, after[0].start)) \
                and sentence.only_cues_between(after[0].end, after[1].start, "chain"):
            return [Candidate(sentence, one, after[0]), Candidate(sentence, two, after[1])]
        pair, lo = _compared_respectively(sentence, two, figures), two.end
        if not pair and (pair := _pair_before_names(sentence, one, figures)):
            lo = sentence.start  # the council's figure before the list
        if pair:
            council = [f for f in figures if lo <= f.start and f.end <= pair[0].start and unit_of(f) == unit_of(pair[0])]
            if len(council) != 1:
                return []
            for position, figure in enumerate(pair):
                report.forced[figure.start] = (Link(council[0], ValueLocation.SAME), position)
            return [Candidate(sentence, one, pair[0]), Candidate(sentence, two, pair[1])]
    return []


def _council_listed_with_names(report: Report, sentence: Sentence, benches: list[Atom], figures: list[Atom]) -> list[Candidate]:
    """'... in Kirkhaven, the North East and England were 61%, 49% and 46% respectively': the council's name (when known)
    first or last in a list of names read as benchmarks, then as many figures joined and 'respectively': in order, the
    council's figure is the one in its place."""
    ending = next(iter(sentence.cues_of("respectively")), None)
    if ending is None or not report.council:
        return []
    before = [f for f in figures if f.end <= ending.start]
    listed = _joined_list_ending_on(sentence, before, ",") if before else []
    names = [b for b in benches if b.form == "bracketed" and listed and b.end <= listed[0].start]
    if len(names) < 1 or len(listed) != len(names) + 1 or not sentence.only_cues_between(listed[-1].end, ending.start, ()):
        return _council_named_after_its_list(report, sentence, benches, listed, ending) if listed else []
    lead = _WORD.findall(sentence.text[:names[0].start - sentence.start].rstrip(" ,").removesuffix(" and").removesuffix(" the"))
    after = _WORD.findall(sentence.text[names[-1].end - sentence.start:listed[0].start - sentence.start])
    if lead and lead[-1] in report.council:
        council, theirs = listed[0], listed[1:]
    elif len(after) >= 2 and after[-2] in report.council:  # '..., the North East and Kirkhaven were'
        council, theirs = listed[-1], listed[:-1]
    else:
        return []
    for position, figure in enumerate(theirs):
        report.forced[figure.start] = (Link(council, ValueLocation.SAME), position)
    return [Candidate(sentence, bench, figure) for bench, figure in zip(names, theirs)]


def _council_named_after_its_list(report: Report, sentence: Sentence, benches: list[Atom], listed: list[Atom],
                                  ending: Cue) -> list[Candidate]:
    """'the figures were 88.4% and 87.0% for Morrowdale and England respectively': joined figures, then names read as
    benchmarks and the council's name (only place words and 'and' besides) before 'respectively': in order, the
    council's figure is the one in its place."""
    names = [b for b in benches if listed[-1].end <= b.start and b.end <= ending.start]
    lo = listed[-1].end
    if sentence.cue_starting_at("metric_after_opener", lo) is not None:  # '6.1% and 11.4% of qualified social work posts in
        lo = min([c.start for c in sentence.cues_of("place_lead", lo, ending.start)], default=lo)  # Harlingshire and across ...'
    rest = sentence.blanked(lo, ending.start, names, ("place_lead", "leads_into", "chain"))
    words = _WORD.findall(rest)
    if len(listed) != len(names) + 1 or not words or any(w not in report.council for w in words):
        return []
    position = sum(b.start < lo + rest.index(words[0]) for b in names)
    council, theirs = listed[position], listed[:position] + listed[position + 1:]
    for order, figure in enumerate(theirs):
        report.forced[figure.start] = (Link(council, ValueLocation.SAME), order)
    return [Candidate(sentence, bench, figure) for bench, figure in zip(names, theirs)]


def _pair_before_names(sentence: Sentence, first: Atom, figures: list[Atom]) -> list[Atom]:
    """'..., against 31% and 35% respectively for England and the East of England': two figures of one unit joined by
    'and', after comparison words, right before the first of two names (only 'respectively' or words placing them
    between)."""
    before = [f for f in figures if f.end <= first.start][-2:]
    if len(before) != 2 or unit_of(before[0]) != unit_of(before[1]) or not sentence.cue_ending_at("compared_before", before[0].start):
        return []
    if not sentence.only_cues_between(before[0].end, before[1].start, "chain") \
            or not sentence.only_cues_between(before[1].end, first.start, ("respectively", "place_lead", "benchmark_figure_before")):
        return []
    return before


def _compared_respectively(sentence: Sentence, bench: Atom, figures: list[Atom]) -> list[Atom]:
    """'below both the East Midlands and England averages: 29.4% of carers ..., compared with 33.2% and 36.1%
    respectively': after the names, comparison words (cue compared_before) right before two figures of one unit
    joined by 'and', 'respectively' right after them."""
    for cue in sentence.cues_of("compared_before", bench.end):
        after = [f for f in figures if f.start >= cue.end][:2]
        if len(after) == 2 and sentence.adjacent(cue.end, after[0].start) and unit_of(after[0]) == unit_of(after[1]) \
                and sentence.only_cues_between(after[0].end, after[1].start, "chain") \
                and sentence.cue_starting_at("respectively", after[1].end) is not None:
            return after
    return []


def _measure_then_list(sentence: Sentence, bench: Atom, figure: Atom) -> bool:
    """'The England and London averages for carers who found it easy to find information and advice were 59.1% and
    53.8% respectively': with 'respectively', up to twelve lower-case words naming the measure, then linking words."""
    link = next((c for c in sentence.cues_of("benchmark_figure_after", bench.end, figure.start) if sentence.adjacent(c.end, figure.start)), None)
    words = sentence.text[bench.end - sentence.start:(link.start if link else bench.end) - sentence.start].split()
    return link is not None and bool(sentence.cues_of("respectively", figure.end)) and 0 < len(words) <= LISTED_MEASURE_WORDS \
        and all(w.isalpha() and w.islower() for w in words)


def _ranked_within(report: Report, sentence: Sentence, bench: Atom) -> bool:
    """'Caldermoor is the most ethnically diverse place in the region: 38.4% ...': a benchmark place a few
    words after a superlative (lexicon cues.superlative), no atom between, is where the council ranks."""
    return _few_words_after(report, sentence, bench, "superlative")


def _first_of_names_respectively(sentence: Sentence, bench: Atom, figures: list[Atom]) -> bool:
    """'compared with 92.9% and 93.8% for England and the East of England respectively': a benchmark right after joined
    figures, then 'and', other words and 'respectively' (no figure between): the first of several names the figures
    pair with in order, the others not read as benchmarks here."""
    before = [f for f in figures if f.end <= bench.start]
    if not before or not sentence.only_cues_between(before[-1].end, bench.start, "benchmark_figure_before") \
            or len(_joined_list_ending_on(sentence, before, ",")) < 2:
        return False
    ending = next((c for c in sentence.cues_of("respectively", bench.end) if not any(bench.end <= f.start < c.start for f in figures)), None)
    return ending is not None and bool(sentence.cues_of("chain", bench.end, ending.start)) \
        and len(_WORD.findall(sentence.text[bench.end - sentence.start:ending.start - sentence.start])) <= 8


def _few_words_after(report: Report, sentence: Sentence, bench: Atom, kind: str) -> bool:
    """Does the benchmark stand at most five words after a cue of this role, no atom or semicolon between?"""
    return any(c.end <= bench.start and len(_WORD.findall(between := sentence.text[c.end - sentence.start:bench.start - sentence.start])) <= 5
               and ";" not in between and not any(c.end <= a.start < bench.start for a in report.atoms_in(sentence))
               for c in sentence.cues_of(kind, hi=bench.start))


def _paired_in_order(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom],
                     found: list[Candidate]) -> list[tuple[Link, Atom]] | None:
    """A benchmark with several figures paired in order with as many council figures: plural ('the
    England averages of 79.3 and 83.2 years'), a bare name before a bracketed list ('both higher than
    England (79.3 and 83.2 years)', '... than the figures for London (79.8 and 83.8 years) and England (78.9 and 82.8
    years)': joined to a benchmark `found` before it), or a trailing list ('63.1 and 63.9 years respectively in England').
    None for any other benchmark (an empty list: a plural one with nothing to pair)."""
    if bench.form == "plural" or (bench.form == "bare" and len(_chain(bench, figures, sentence)) > 1
                                  and (_bare_counts(report, sentence, bench) or _joins_listed(sentence, bench, found))):
        return _respectively(report, sentence, bench, figures)
    if bench.form in {"trailing", "phrase"} and not _first_of_names_respectively(sentence, bench, figures) \
            and (pairs := _trailing_respectively(sentence, bench, figures)
                                                 or _trailing_list_of_the_sentence_before(report, sentence, bench, figures)):
        return pairs
    if (bench.form in {"phrase", "bracketed"} or bench.form == "trailing" and _opens_its_clause(sentence, bench)) \
            and _names_a_list(sentence, bench, figures) \
            or bench.form == "trailing" and _lists_after_another(report, sentence, bench, figures):
        return _respectively(report, sentence, bench, figures)  # 'In England, the figures are 63.1 and 63.9 years'; '...
        # North East rates were 13.9% and 7.0%, and in England 15.2% and 8.8%'

    return _pair_after_benchmark(report, sentence, bench, figures) or None


def _names_a_list(sentence: Sentence, bench: Atom, figures: list[Atom]) -> bool:
    """'England: 79.4 and 83.1', 'England's figures are 78.9 and 82.8 years', 'for England the figures are
    61.5 and 61.9', 'across England these stood at 45.6% and 67.1%', '(men 79.0 years, women 83.6 years; England 79.3
    and 83.2 years)', 'above England's 78.9 and 82.8': a benchmark ending on a colon, named in brackets, with a plural noun before its figure or as a
    possessive right before it, whose own figure is joined by 'and' alone to the next (or by a comma in a list of three or
    more: 'For England the same three measures stood at 71.1%, 77.6% and 67.1%')."""
    chain = _chain(bench, figures, sentence)
    listing = bench.text.endswith(":") or bench.form == "bracketed" or bool(chain) and (
        any(sentence.cues_of(kind, bench.end, chain[0].start) for kind in ("plural_noun", "plural_pronoun"))
        or sentence.text[bench.end - sentence.start:chain[0].start - sentence.start].strip() == "("  # 'the England average (79.3 and 83.2 years)'
        or sentence.text[bench.end - sentence.start:chain[0].start - sentence.start].strip() == ""
        and bench.text.endswith(("'s", "\u2019s"))  # "England's 78.9 and 82.8"
        or _plural_subject(sentence, bench, chain[0])
        or sentence.cue_starting_at("respectively", chain[-1].end) is not None)  # 'the England position, which stood at 63.6% and 69.7% respectively'
    return len(chain) > 1 and listing \
        and sentence.only_cues_between(chain[0].end, chain[1].start, "chain", "," if len(chain) > 2 else "")


def _plural_subject(sentence: Sentence, bench: Atom, first: Atom) -> bool:
    """'The corresponding figures across England were 82.3% and 2.9%': a plural noun in the benchmark's clause before
    it, and only linking words between the benchmark and its first figure."""
    return bool(sentence.cues_of("plural_noun", _clause_start(sentence, bench.start), bench.start)) \
        and sentence.only_cues_between(bench.end, first.start, ("benchmark_figure_after", "leads_into"), ",")


def _lists_after_another(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> bool:
    """'The England figures are 79.3 and 83.2 years, and for the South West 80.3 and 84.0 years': a benchmark
    right before joined figures, after another benchmark's list in its sentence, lists its own."""
    chain = _chain(bench, figures, sentence)
    return len(chain) > 1 and not sentence.text[bench.end - sentence.start:chain[0].start - sentence.start].strip() \
        and bool(_listed_for_another(report, sentence, bench, figures))


def _pair_after_benchmark(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> list[tuple[Link, Atom]]:
    """'better than the England average: 72.4% compared with 69.9%', 'lower than the England average
    (58% vs 64%)', 'less satisfied than carers nationally (31% against 36%)': a benchmark the sentence compares
    with (relation words, 'than' or comparison words leading into it, a group of people between), no atom and no clause break between
    it and the next figure, which comparison words (compared_before) set against the one after it, of
    its unit and not the council's past: the first is the council's, the second the benchmark's; so too
    two lists joined by 'and' ('longer than the England average: 80.6 and 84.0 years, against 78.9 and 82.8')."""
    after = [f for f in figures if f.start >= bench.end]
    ours = _joined_run(sentence, after)
    theirs = _joined_run(sentence, after[len(ours):])
    if not ours or len(theirs) != len(ours) or any(unit_of(a) != unit_of(ours[0]) for a in ours + theirs) \
            or any(_is_past(a, sentence) for a in theirs):
        return []
    first, second = ours[-1], theirs[0]
    if not sentence.cue_ending_at("compared_before", second.start) \
            or not sentence.only_cues_between(first.end, second.start, ("compared_before", "qualifier"), ","):
        return []
    first = ours[0]
    own = report.atoms_in(sentence)
    if any(bench.end <= a.start < first.start for a in own) or sentence.cues_of("clause_break", bench.end, first.start) \
            or any(a.label == "BENCHMARK" and sentence.adjacent(theirs[-1].end, a.start) for a in own) \
            or ", and " in sentence.text[bench.end - sentence.start:first.start - sentence.start]:
        return []  # (a name right after the second figure or list owns it: '... against 63.9 and 62.4 years for England',
        # 'than nationally: 7.8%, compared with 19.0% across England'; a new
        # clause: 'four years below the England figure, and for men 58.3 years compared with 61.5 years nationally')
    compared = any(sentence.only_cues_between(c.end, bench.start, "leads_into") for c in sentence.cues_of("compared_before", hi=bench.start))
    if not (compared or _completes_comparative(sentence, bench)
            or _leading_into(sentence, own, bench, ("leads_into", "than", "population_group"))):
        return []
    return [(Link(value, ValueLocation.SAME), figure) for value, figure in zip(ours, theirs)]


def _joined_run(sentence: Sentence, figures: list[Atom]) -> list[Atom]:
    """The first figures of `figures` joined to each other by 'and' alone ('80.6 and 84.0 years')."""
    run = figures[:1]
    for figure in figures[1:]:
        if not sentence.only_cues_between(run[-1].end, figure.start, ("chain", "qualifier")) \
                or not sentence.cues_of("chain", run[-1].end, figure.start):
            break  # 'and', or a group and 'and' ('76.2 years for men and 80.4 years for women')
        run.append(figure)
    return run


def _same_place(one: Atom, other: Atom) -> bool:
    """Benchmarks of one place whatever the statistic ('regional median', 'regional average')."""
    return one.key.rsplit(" ", 1)[0] == other.key.rsplit(" ", 1)[0]


def benchmark_candidates(report: Report) -> list[Candidate]:
    """Every benchmark with its own figure; records benchmark figures and 'respectively' pairs."""
    found = [c for sentence in report.sentences for c in _sentence_candidates(report, sentence)]
    report.candidates = found
    for candidate in found:
        report.candidates_in.setdefault(candidate.sentence.index, []).append(candidate)
    report.benchmark_figures = {c.figure.start for c in found}
    report.compared = {c.sentence.index for c in found}
    return found


# ------------------------------------------------------------------ the council's figure

def _is_past(atom: Atom, sentence: Sentence) -> bool:
    """A figure the sentence marks as the council's own earlier value: 'up from 22%', '4.0% the
    previous year', 'the 63 days recorded in the preceding year', '68% in 2022' when the sentence also names a later year, any figure of a sentence
    opening on an earlier time ('Two years earlier the figure had stood at 19.8%')."""
    if sentence.cue_ending_at("past_before", atom.start) or sentence.cue_starting_at("past_after", atom.end) \
            or sentence.opens_with("past_opener"):
        return True
    if any(len(_WORD.findall(sentence.text[atom.end - sentence.start:c.start - sentence.start])) <= 2
           and sentence.cue_starting_at("past_after", c.end) is not None for c in sentence.cues_of("than", atom.end)):
        return True  # '2,318 people in 2024, 14% more than in the previous year': a change on its own past
    if any(sentence.only_cues_between(atom.end, c.start, "benchmark_figure_before")
           for c in sentence.cues_of("past_after", atom.end, _clause_end(sentence, atom.end))):
        return True  # 'the 63 days recorded in the preceding year': linking words, then the past
    year = sentence.cue_starting_at("past_year", atom.end)
    if year is None:
        return False
    if sentence.cue_ending_at("compared_before", atom.start):
        return True  # 'compared with 76% in 2022'
    return int(year.text[-4:]) < max(int(y) for y in YEAR.findall(sentence.text))


def _refers_back(report: Report, candidate: Candidate) -> bool:
    """May a benchmark sentence with no council figure take one from an earlier sentence?
    Yes when it opens with 'This ...', states a relation, or ends soon after the benchmark
    figure ('The England average was 61%.'), other benchmarks with their figures aside ('The
    average across the region was 35.9%, and for England 36.3%.'); not when it describes a
    measure of its own; a gap stated after it (', a gap of 3.5 percentage points': lexicon cue gap_noun) and a data set
    named there (', according to the Adult Social Care Survey 2023-24') aside. The
    clause ends at a clause break or ', and'."""
    sentence = candidate.sentence
    if sentence.opens_with("anaphor") or _relation_on_benchmark(report, candidate) or _direction_on_both(report, candidate) \
            or _council_direction_after(report, candidate) is not None:
        return True  # '...; the East of England figure was 70.6% and England's 71.1%, leaving Saltmere ... lower than either'
    clause_start = max((c.end for c in sentence.cues_of("clause_break", hi=candidate.figure.start)), default=None)
    if clause_start is not None and any(
            not sentence.text[clause_start - sentence.start:c.start - sentence.start].strip(" ,")
            for c in sentence.cues_of("compared_before", clause_start, candidate.figure.start)):
        return True  # '...; by comparison, 11.9% of Londoners and 18.6% of ...': the clause answers the one before
    if sentence.cues_of("same_answer", candidate.figure.end, _clause_end(sentence, candidate.figure.end)) \
            or sentence.cue_starting_at("same_period", candidate.figure.end):
        return True  # '...; nationally, 36.8% of carers said the same', '... 15 working days over the same period'
    tail = list(sentence.text[candidate.figure.end - sentence.start:_clause_end(sentence, candidate.figure.end) - sentence.start])
    joined = next((c.start - candidate.figure.end for c in sentence.cues_of("chain", candidate.figure.end)
                   if sentence.text[:c.start - sentence.start].rstrip().endswith(",")), len(tail))
    tail = tail[:joined]  # 'Nationally the rate was 560.8 per 100,000, and leaders recognised ...'
    if candidate.bench.start >= candidate.figure.end:  # its own name after its figure ('22.3% across the South West')
        tail[:candidate.bench.end - candidate.figure.end] = " " * min(len(tail), candidate.bench.end - candidate.figure.end)
    for other in (c for c in report.candidates if c.sentence is sentence and c.figure.start > candidate.figure.end):
        # the other benchmark, its figure and the words linking them ('the England figure stood at 26.5%')
        lo = min(other.bench.start, other.figure.start) - candidate.figure.end
        if sentence.only_cues_between(candidate.figure.end, lo + candidate.figure.end, ("chain", *OPENING_CUES), ","):
            lo = 0  # '... was 56% and the average for the council's CIPFA nearest neighbours was 52%'
        hi = max(other.bench.end, other.figure.end) - candidate.figure.end
        tail[lo:hi] = " " * (hi - lo)
    for source in (a for a in report.atoms_in(sentence) if a.label == "SOURCE" and a.start >= candidate.figure.end):
        lo, hi = source.start - candidate.figure.end, source.end - candidate.figure.end
        tail[lo:hi] = " " * max(0, min(hi, len(tail)) - lo)  # ', according to the Adult Social Care Survey 2023-24'
    words = _WORD.findall(_PARENS.sub("", "".join(tail)))
    if sentence.cues_of("gap_noun", candidate.figure.end, candidate.figure.end + len(tail)):
        words = [w for w in words if w.lower() not in gap_amount_words() | _gap_noun_words()]  # ', a gap of 3.5 points'
    return len(words) <= 3


PLACE_WORDS = ("than", "place_lead", "place_noun", "every_place", "leads_into")  # 'than in similar areas', 'than elsewhere'


def _council_direction_after(report: Report, candidate: Candidate) -> Atom | None:
    """'... put the median for the North West at 22 days, so people in Harrowdene were waiting almost twice as long as
    people elsewhere in the region', 'Across similar authorities the uphold rate was 81%; the council's figure was
    lower': after the benchmark's figure, no figure after it, the council named (its name when known, or 'the council's':
    lexicon council_words) before relation words (the council's direction) whose object is the benchmark's place named
    again, places in general ('..., so people in Thornvale were waiting considerably longer than in similar areas':
    PLACE_WORDS only) or nothing (a citation aside); or, right after the benchmark's figure (linking words only), relation
    words whose object is the council alone, turned round ('The England figure, 30.0%, was more than twice Hollinsby's')."""
    sentence, figure = candidate.sentence, candidate.figure
    later = [a for a in report.atoms_in(sentence) if a.start >= figure.end]
    again = any(a.label == "BENCHMARK" and _same_place(a, candidate.bench) for a in later)
    for relation in (a for a in later if a.label == "RELATION" and a.key in OPPOSITE):
        clause_end = _clause_end(sentence, relation.end)
        if any(a.label in FIGURES and a.start < clause_end for a in later):
            return None  # (a figure after it up to the relation's clause's end: '...; the England average was 45.6%' may follow)
        words = _WORD.findall(sentence.text[figure.end - sentence.start:relation.start - sentence.start])
        rest = sentence.text[relation.end - sentence.start:clause_end - sentence.start]
        bare = not _WORD.findall(_PARENS.sub("", rest)) \
            or sentence.only_cues_between(relation.end, clause_end, "back_pronoun", ",")  # '..., and Marlowfield fell below it'
        named = _names_council(report, words)
        elsewhere = sentence.only_cues_between(relation.end, clause_end, PLACE_WORDS, ",.")
        if ((again or elsewhere) and named) or (bare and (named or any(w.lower() in lexicon_model().council_words for w in words))) \
                or _council_than_elsewhere(report, sentence, relation, clause_end):
            return relation
        if _only_the_council(report, rest) and sentence.only_cues_between(figure.end, relation.start, "benchmark_figure_after", ","):
            return replace(relation, key=OPPOSITE[relation.key])  # 'The England figure, 30.0%, was more than twice Hollinsby's'
    return None


def _council_direction_next(report: Report, candidate: Candidate) -> Atom | None:
    """'Leaders told us the median across the East Midlands ... was 28 days. Harrowfield's wait was therefore well above
    the regional median': the sentence right after the benchmark's, with no figure, naming the council (its name, when
    known) and only words of the two sentences before (its measure) ahead of relation words that lead into the
    benchmark's place named again."""
    following = report.neighbour(candidate.sentence, 1)
    atoms = report.atoms_in(following) if following is not None else []
    if following is None or any(a.label in FIGURES for a in atoms):
        return None
    relation = next((a for a in atoms if a.label == "RELATION" and a.key in OPPOSITE), None)
    subject = following.text[:relation.start - following.start] if relation is not None else ""
    if relation is None or not _names_council(report, _WORD.findall(subject)):
        return None
    before = report.neighbour(candidate.sentence, -1)
    said = _stems(candidate.sentence.text + " " + (before.text if before is not None else ""))
    if any(w not in said and not w.endswith("ly") for w in _stems(subject) - {w.lower() for w in report.council}):
        return None  # ("Soarford's rate of new requests for support ... was higher than the regional average": another measure)
    again = any(a.label == "BENCHMARK" and _same_place(a, candidate.bench) and a.start >= relation.end
                and following.only_cues_between(relation.end, a.start, ("leads_into", "place_lead", "than")) for a in atoms)
    return relation if again else None


def _council_than_elsewhere(report: Report, sentence: Sentence, relation: Atom, clause_end: int) -> bool:
    """', so a smaller proportion of concerns in Ambleford went on to an enquiry than across the country': the council
    named (its name, when known) between relation words and the 'than' completing them, places in general after it."""
    than = next(iter(sentence.cues_of("than", relation.end, clause_end)), None)
    return than is not None and sentence.only_cues_between(than.end, clause_end, PLACE_WORDS, ",.") \
        and _names_council(report, _WORD.findall(sentence.text[relation.end - sentence.start:than.start - sentence.start]))


def _only_the_council(report: Report, text: str) -> bool:
    """Does the text name the council (its name, when known, possessive or not) and nothing else?"""
    words = _WORD.findall(_POSSESSIVE.sub("", _PARENS.sub("", text)))
    return bool(words) and all(w in report.council for w in words)


def _relation_on_benchmark(report: Report, candidate: Candidate) -> bool:
    """Relation words leading into the benchmark ('lower than the England average of 61%', 'lower than
    in London, where 29% ...') or following its figure ('The England figure of 64% was higher'); not
    words elsewhere in the sentence ('... of people are disabled under the Equality Act')."""
    sentence, bench, figure = candidate.sentence, candidate.bench, candidate.figure
    first, last = min(bench.start, figure.start), max(bench.end, figure.end)
    return any(a.label == "RELATION" and (
        a.end <= first and sentence.only_cues_between(a.end, first, ("leads_into", "place_lead"))
        or a.start >= last and (sentence.only_cues_between(last, a.start, ("benchmark_figure_after",), ",")
                                or _only_a_gap_between(sentence, last, a.start))
        or first <= a.start < last) for a in report.atoms_in(sentence))


def _only_a_gap_between(sentence: Sentence, lo: int, hi: int) -> bool:
    """'The England figure was 36.3%, nearly eight percentage points higher': [lo, hi) says only how far apart the
    figures are (a comma, degree words, a number in digits or words, a unit, 'percentage points')."""
    words = _WORD.findall(sentence.text[lo - sentence.start:hi - sentence.start])
    return bool(words) and sentence.text[lo - sentence.start:hi - sentence.start].lstrip().startswith(",") \
        and all(w.lower() in gap_amount_words() for w in words)


@lru_cache(maxsize=1)
def _gap_noun_words() -> frozenset[str]:
    """The words of lexicon cue gap_noun ('a gap of', 'a difference of')."""
    return frozenset(w for phrase in lexicon_model().cues["gap_noun"].phrases for w in phrase.split())


def _gap_contradicts(candidate: Candidate, link: Link) -> bool:
    """'Of carers ..., 59.2% said ... . Carers' satisfaction with support was around six points below the England average
    of 36.8%': a gap in points stated before the benchmark in its clause (a number in digits or words, then words of
    lexicon gap_units) that the figure of another sentence is far from (more than a point and a quarter of the gap)
    says that figure is not the one compared."""
    sentence, bench = candidate.sentence, candidate.bench
    if link.location is ValueLocation.SAME or link.value.value is None or candidate.figure.value is None:
        return False
    from .figures import vocabulary
    numbers, units = vocabulary().number_words, lexicon_model().gap_units
    words = sentence.text[_clause_start(sentence, bench.start) - sentence.start:bench.start - sentence.start].split()
    for word, after in zip(words, words[1:]):
        if after.lower().strip(",") in units and (word.lower() in numbers or LONE_NUMBER.fullmatch(word)):
            gap = float(numbers[word.lower()]) if word.lower() in numbers else float(word.replace(",", ""))
            return abs(abs(link.value.value - candidate.figure.value) - gap) > max(1.0, gap / 4)
    return False


def _ambiguity(choices: list[Atom], start: int, candidate: Candidate, what: str) -> Finding | None:
    """AMBIGUOUS_VALUE when more than one figure could be the council's."""
    if len(choices) < 2:
        return None
    return Finding(Code.AMBIGUOUS_VALUE, what, char_start=start, char_end=candidate.figure.end,
                   sentence=candidate.sentence.text)


def _value_before(report: Report, candidate: Candidate, refers_back: bool) -> Link | None:
    """The nearest figure before the benchmark in its own clause (any clause when the benchmark's
    clause and the rest of the sentence hold no other figure, or its clause only the council's past),
    the council's past passed over."""
    sentence, bench, figure = candidate.sentence, candidate.bench, candidate.figure
    own = report.eligible(sentence, unit_of(figure))
    before_any = [a for a in own if a.end <= bench.start and a.end <= figure.start]
    anchor = _bracket_opening(sentence, bench.start)  # '41.8% ... (London: 46.2%; England: 19.0%)': a list's ';'
    before = [a for a in before_any if not _clause_break_between(sentence, a.end, anchor)]
    if not before and refers_back and (not any(a.start >= figure.end for a in own)
                                       or sentence.cue_ending_at("measure_pronoun", figure.start)):
        before = _across_clause(report, sentence, bench, before_any)  # '...is 61.0 years; across London it is 64.3 years, and ...
    current = [a for a in before if not _is_past(a, sentence)]
    if before and not current and refers_back:  # '71.8% ..., which, while an improvement on ... 66.0% the year before, remained below'
        current = [a for a in _across_clause(report, sentence, bench, before_any) if not _is_past(a, sentence)]
    before = current
    before = [a for a in before if not _object_of_relation(report, sentence, a, before) and not _in_a_breakdown(report, sentence, a)
              and not _listed_with(sentence, a, figure)  # '..., compared with 79.3 and 83.2 years in England'
              and not _after_another_benchmark(report, sentence, a, bench)
              and not (sentence.cue_ending_at("compared_before", a.start) and not _placed_in_the_council(report, sentence, a))]
    # 'against 36.3% of carers in England and 35.2% ...' (not '... 9.4% ..., compared with 5.6% across the county, which is
    # itself slightly above England's 5.2%': the council's whole against a part of it)
    if not before or _restated_for_elsewhere(sentence, before[-1]):
        return None
    named = _measure_named_in_its_clause(sentence, bench, before, report.atoms_in(sentence)) if len(before) > 1 else []
    if len(named) == 1:  # '... turnover ... of 31.2% and a vacancy rate of 9.6%, ..., and turnover was higher than X's 27.6%'
        return Link(named[0], ValueLocation.SAME)
    note = _ambiguity(before, before[0].start, candidate,
                      f"{len(before)} figures precede benchmark {bench.text!r} {figure.text}; linked to the "
                      f"nearest, {before[-1].text}")
    return Link(before[-1], ValueLocation.SAME, note)


def _clause_break_between(sentence: Sentence, lo: int, hi: int) -> bool:
    """A clause break in [lo, hi), but for one opening a concession in an aside on the figure ending at `lo` ('60.7%
    which, while lower than the national figure of 63.9%, had risen ...': lexicon aside_opener right after it)."""
    openers = sentence.cues_of("aside_opener", lo, hi)
    return any(not any(o.end == c.start and not sentence.text[lo - sentence.start:o.start - sentence.start].strip(" ,")
                       for o in openers) for c in sentence.cues_of("clause_break", lo, hi))


def _measure_named_in_its_clause(sentence: Sentence, bench: Atom, figures: list[Atom], atoms: list[Atom]) -> list[Atom]:
    """Of several figures before a benchmark, those whose own words (_own_words) share a word (no stop
    word) with the words leading into the benchmark since the last figure, benchmark or source before it ('..., compared
    with 24.8% and 8.1% respectively in England, and turnover was higher than the East of England rate of 27.6%': the
    figure whose words say turnover)."""
    lo = max([_clause_start(sentence, bench.start)] + [a.end for a in atoms if a.label != "RELATION" and a.end <= bench.start])
    head = {w.lower() for w in _WORD.findall(sentence.text[lo - sentence.start:bench.start - sentence.start])} - STOP_WORDS
    if lo <= figures[-1].end or not head:
        return []
    return [a for a, words in zip(figures, _own_words(sentence, figures)) if head & words]


def _after_another_benchmark(report: Report, sentence: Sentence, figure: Atom, bench: Atom) -> bool:
    """'...; for England that figure is 4.1%, and across the North East it is 5.9%': the first figure
    of a clause (after a clause break) opening on another benchmark is that benchmark's, read or not,
    never the council's (unless a colon between makes the benchmark a heading: 'England: ...')."""
    start = _clause_start(sentence, figure.start)
    between = [a for a in report.atoms_in(sentence) if start <= a.start and a.end <= figure.start and a.label != "RELATION"]
    return start > sentence.start and bool(between) and all(a.label == "BENCHMARK" and a is not bench for a in between) \
        and sentence.only_cues_between(start, between[0].start, ("place_lead", "leads_into"), ",") \
        and ":" not in sentence.text[between[0].start - sentence.start:figure.start - sentence.start]


def _bracket_opening(sentence: Sentence, offset: int) -> int:
    """Where the brackets holding `offset` open, or `offset` itself outside brackets."""
    text, at = sentence.text, offset - sentence.start
    opened = text.rfind("(", 0, at)
    return sentence.start + opened if opened >= 0 and ")" not in text[opened:at] else offset


def _in_a_breakdown(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """'34.5% ..., mainly of Pakistani and Indian heritage (22.1% and 4.6% respectively), which is almost
    twice the England proportion': figures listed 'respectively' inside brackets break the measure down;
    so does a bracketed figure after breakdown words in its clause ('15.8% ..., mostly of Pakistani (6.9%)
    and Bangladeshi (2.7%) heritage'), a figure before those words being broken down; so do several figures of its unit
    in brackets (no benchmark among them) after one of their clause ('74% ... (4% outstanding and 70% good)')."""
    opened = _bracket_opening(sentence, figure.start)
    closed = sentence.text.find(")", figure.start - sentence.start)
    if opened == figure.start or closed < 0:
        return False
    if sentence.cues_of("respectively", opened, sentence.start + closed):
        return True
    clause = _clause_start(sentence, figure.start)
    inside = [a for a in report.atoms_in(sentence) if opened <= a.start < sentence.start + closed]
    if sum(a.label in FIGURES and unit_of(a) == unit_of(figure) for a in inside) >= 2 and not any(a.label == "BENCHMARK" for a in inside) \
            and any(a.label in FIGURES and unit_of(a) == unit_of(figure) and clause <= a.start and a.end <= opened
                    for a in report.atoms_in(sentence)):
        return True  # '74% were rated good or outstanding (4% outstanding and 70% good), against 79% for England
    broken_down = [a.end for a in report.atoms_in(sentence) if a.label in FIGURES and clause <= a.start]
    return any(end <= c.start for c in sentence.cues_of("breakdown", clause, opened) for end in broken_down)


def _object_of_relation(report: Report, sentence: Sentence, figure: Atom, figures: list[Atom]) -> bool:
    """'38 per cent ..., roughly double their share of the local working-age population (19%) and above the
    England figure ... of 27%': a figure after relation words that follow the figure before it (no number
    or benchmark between them and it) is what that figure is compared with, not the council's; so is one after
    relation words in a sentence opening on an anaphor (its figure in the sentence before), or one in the ', where'
    clause (cue benchmark_where) of the relation's object ('(14.1%) is well below that of the South East, where nearly
    one in five people (19.6%) are ...')."""
    earlier = [f for f in figures if f.end <= figure.start]
    if not earlier and not sentence.opens_with("anaphor") or sentence.cue_starting_at("compared_before", figure.end):
        return False  # (one set against a benchmark itself is the council's: '... said they found it easy (61.3% against ...')
    lo = earlier[-1].end if earlier else sentence.start  # 'That was higher than in the council's other directorates (9.0 days)'
    atoms = report.atoms_in(sentence)
    wheres = [w.end for w in sentence.cues_of("benchmark_where", lo, figure.start)
              if not any(ch.isdigit() for ch in sentence.text[w.end - sentence.start:figure.start - sentence.start])]
    return any(r.label == "RELATION" and r.key != "none" and lo <= r.start and r.end <= figure.start
               and sentence.cue_starting_at("fraction", r.end) is None  # 'just over one in five residents (21.6%)'
               and (not any(ch.isdigit() or ch == "," for ch in sentence.text[r.end - sentence.start:figure.start - sentence.start])
                    or any(r.end <= w for w in wheres))
               and not any(a.label == "BENCHMARK" and r.end <= a.start < figure.start for a in atoms) for r in atoms)


def _restated_for_elsewhere(sentence: Sentence, figure: Atom) -> bool:
    """'In the South West the equivalent figure is 9.4%, and for England it is 10.1%': a figure given
    as 'the equivalent / corresponding figure' (words both restating a measure and linking a
    benchmark to its figure) is some other place's, unless the sentence opens on the council ('In
    Thornmere, the equivalent figure is 30%') or on a group of people ('Among carers the equivalent measure was
    54.6%', 'For unpaid carers the equivalent figure was 51.0 per cent': lexicon population_group, at most three
    words in); never a council figure for a later benchmark. 'The equivalent of 512 per 100,000' (cue conversion)
    restates the council's own figure."""
    if sentence.opens_with("local_opener") or any(len(_WORD.findall(sentence.text[:c.start - sentence.start])) <= 2
                                                  for c in sentence.cues_of("population_group", hi=figure.start)):
        return False
    linking = sentence.cues_of("benchmark_figure_after", hi=figure.start)
    converting = {c.start for c in sentence.cues_of("conversion", hi=figure.start)}
    return any(c.start == link.start and c.start not in converting
               and sentence.only_cues_between(link.start, figure.start, "benchmark_figure_after")
               for c in sentence.cues_of("same_measure", hi=figure.start) for link in linking)


def _across_clause(report: Report, sentence: Sentence, bench: Atom, figures: list[Atom]) -> list[Atom]:
    """A figure from the clause before the benchmark's: the only one ('(20.4%) ...; the England
    average is 29%'), or of several the only one whose group the benchmark's clause names again
    ('77.6 years for men and 81.8 years for women; for men this is below ...'), or of several the
    only one that is not the council's own past ('£22.40, up from £20.95 the previous year, but still
    below the £23.88 ...'). Never a guess, nor a figure for women when the benchmark's clause names men (lexicon
    sex_group: 'Women ... live to 83.6 years, ...; men live to 79.8, half a year longer than the England figure of 79.3').
    Of several, the only one after another benchmark and its figure ('66.8% ..., lower than the England average of 69.7%,
    and 82.4% said ...; the England figure was 87.1%': the first is compared already)."""
    if len(figures) == 1:
        return [] if _other_sex(sentence, figures[0], bench) else figures
    current = [a for a in figures if not _is_past(a, sentence)]
    if len(current) < 2:
        return current
    compared = max((max(c.bench.end, c.figure.end) for c in report.candidates_in.get(sentence.index, [])
                    if c.bench is not bench and max(c.bench.end, c.figure.end) <= figures[-1].start), default=sentence.start)
    if len(fresh := [a for a in current if a.start >= compared]) == 1:
        return fresh
    named = _group_named_again(sentence, bench, figures, sentence)
    return named if len(named) == 1 else []


def _other_sex(sentence: Sentence, figure: Atom, bench: Atom) -> bool:
    """Do the figure's clause and the benchmark's (up to it) name men or women (lexicon sex_group), but not the same?"""
    def named(lo: int, hi: int) -> set[str]:
        return {_sex(c.text) for c in sentence.cues_of("sex_group", lo, hi)}
    theirs, ours = named(_clause_start(sentence, figure.start), figure.end), named(_clause_start(sentence, bench.start), bench.start)
    return bool(theirs) and bool(ours) and not theirs & ours


def _group_named_again(sentence: Sentence, bench: Atom, figures: list[Atom], where: Sentence) -> list[Atom]:
    """Of figures of sentence `where`, those whose group (a qualifier right after the figure: '77.6 years
    for men') the benchmark's clause names again ('for men this is below ...', 'For men this is similar to'): the last
    group named before the benchmark in its clause ('For men this is better than the England average of 79.3 years, and
    for women it is slightly above the national average'), else those named after it."""
    before = sentence.cues_of("qualifier", _clause_start(sentence, bench.start), bench.start)
    groups = {before[-1].text.lower()} if before else {
        c.text.lower() for c in sentence.cues_of("qualifier", bench.end, _clause_end(sentence, bench.end))}
    return [a for a in figures if (q := where.cue_starting_at("qualifier", a.end)) and q.text.lower() in groups]


def _same_statistic(candidate: Candidate, figures: list[Atom], where: Sentence) -> list[Atom]:
    """Of figures of sentence `where`, those whose own words (_own_words) name the statistic (a statistic noun of statistic_keys: median, average) that the benchmark's sentence
    prints for it ('The median wait ... was 47 days, and the longest wait was 312 days. By comparison, the median across
    its CIPFA comparator group was 28 days': 47)."""
    word = with_statistic(candidate.bench, candidate.sentence, candidate.figure).key.rpartition(" ")[2]
    if word not in _statistic_nouns() or word not in _WORD.findall(candidate.sentence.text.lower()):
        return []
    return [a for a, words in zip(figures, _own_words(where, figures)) if word in words]


def _own_words(sentence: Sentence, figures: list[Atom]) -> list[set[str]]:
    """Each figure's own words, lower-cased: those before it since its clause's start or the figure before."""
    starts = [max(_clause_start(sentence, a.start), figures[i - 1].end if i else sentence.start) for i, a in enumerate(figures)]
    return [{w.lower() for w in _WORD.findall(sentence.text[lo - sentence.start:a.start - sentence.start])}
            for a, lo in zip(figures, starts)]


@lru_cache(maxsize=1)
def _statistic_nouns() -> frozenset[str]:
    """The statistic nouns benchmark keys end on ('average', 'median'), from statistic_keys."""
    return frozenset(word for variants in statistic_keys().values() for word in variants)


def _value_after(report: Report, candidate: Candidate) -> Link | None:
    """'the England average is 36% and the local figure 28%': the first figure after the benchmark's,
    unless another benchmark is named between them ('Across the North East the equivalent figure is
    7.0%, and for England as a whole 19.0%': that figure is England's, never the council's), or the
    benchmark's clause ends on a number no rule read (not passed over for the next clause's figure)."""
    sentence, figure = candidate.sentence, candidate.figure
    if _led_into_by_a_direction(report, candidate):
        return None
    after = [a for a in report.eligible(sentence, unit_of(figure)) if a.start >= figure.end]
    if after and _is_past(after[0], sentence):
        return None  # "...; Ossington's own share has grown from 25.1% in 2011": its own past
    figures = [a for a in report.atoms_in(sentence) if a.label in FIGURES]
    own_opening = _opening_comparison(sentence, candidate.bench)  # 'Compared with 68% in England, 64% of people ...'
    if not after or any(b.label == "BENCHMARK" and figure.end <= b.start < after[0].start and not (own_opening and b is candidate.bench)
                        and next((f for f in figures if f.start >= b.end), None) is after[0]
                        for b in report.atoms_in(sentence)):
        return None  # (a benchmark with its own figure between: 'Compared with England (26.5%) and the South West (13.8%), ... – 6.9%')
    if _listed_with(sentence, figure, after[0]) or _next_in_its_list(sentence, candidate.bench, after[0]):
        return None  # 'for England the figures are 61.5 and 61.9': the benchmark's second figure
    if _of_the_place_there(sentence, after[0]) or _of_a_named_category(report, sentence, after[0]):
        return None  # '... the figure is 8.9%, and 2.6% of people there give 50 or more hours a week': England's
    if _names_the_other_group(sentence, candidate, after[0]):
        return None  # 'Men in Quenby can expect to live to seventy-six, nearly three years short of the England average of
        # 78.9 years, and women to 80.9 years': the women's figure, not the men's
    if "\n" in sentence.text[figure.end - sentence.start:after[0].start - sentence.start]:
        return None  # '... 2.5% of people provide 50 or more hours of unpaid care a week\nThe borough is younger ...': a line without its stop
    if sentence.cues_of("limit_statistic", max(figure.end, _clause_start(sentence, after[0].start)), after[0].start):
        return None  # '...; the regional median was £22.40, and the Homecare Association's minimum price ... was £29.35': a limit's
    clause_end = _clause_end(sentence, figure.end)
    if clause_end < after[0].start and _ENDS_ON_NUMBER.search(_YEAR_SPAN.sub("", sentence.text[figure.end - sentence.start:clause_end - sentence.start])):
        return None  # 'Against an England figure of 79.3 years, men can expect to live to 79.9; women, to 83.6 years'
        # (not a year: '... took an average of 9.5 days of sickness absence in 2022/23; in Calderbridge the figure was 9.8 days')
    if clause_end < after[0].start and _opens_on_another_place(report, sentence, clause_end, after[0]):
        return None  # '...; Kirkholt, at 17.6%, ...' when the council is Oakshire
    if clause_end < after[0].start and any(c.bench.start >= after[0].end and _same_place(c.bench, candidate.bench)
                                           and _clause_start(sentence, c.bench.start) == _clause_start(sentence, after[0].start)
                                           for c in report.candidates_in.get(sentence.index, [])):
        return None  # '..., above the England average of 83.1 years, while healthy life expectancy is 68.9 years for women
        # against an England average of 63.9': a later clause's figure set against the same place there is that one's
    return Link(after[0], ValueLocation.SAME)


def _of_a_named_category(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """'The national average is 26.5%; the largest minority group locally is White Other (4.1%)': a figure in brackets
    right after a capitalised name that is not the council's is that name's."""
    return _name_before_bracket(report, sentence, figure) is not None


def _name_before_bracket(report: Report, sentence: Sentence, figure: Atom) -> re.Match[str] | None:
    """The capitalised name right before the bracket the figure opens ('Kirkholt (22.8%)'), when no word of it is the
    council's."""
    name = _NAME_BEFORE_BRACKET.search(sentence.text[:figure.start - sentence.start])
    return None if name is None or any(w in report.council for w in name.group(1).split()) else name


def _names_the_other_group(sentence: Sentence, candidate: Candidate, after: Atom) -> bool:
    """Does the stretch between the benchmark's figure and `after` name men or women (lexicon sex_group) where the
    sentence up to the benchmark's figure named only others ('Across England, women can expect to live to 82.8 years;
    ..., and for men it is 78.4 years')? Or does it name one group right after the benchmark's figure and another right
    after `after` ('the London average, which is 63.7 years for men and 64.0 for women': both the benchmark's)?"""
    before = {_sex(c.text) for c in sentence.cues_of("sex_group", hi=candidate.figure.start)}
    between = {_sex(c.text) for c in sentence.cues_of("sex_group", candidate.figure.end, after.start)}
    behind = {_sex(c.text) for c in sentence.cues_of("sex_group", after.end, _clause_end(sentence, after.end))}
    return bool(before and between) and before.isdisjoint(between) or bool(between and behind) and between.isdisjoint(behind)


def _sex(word: str) -> str:
    """The group a sex_group word names (lexicon sex_words: 'woman' and 'women' name one)."""
    return lexicon_model().sex_words.get(word.lower(), word.lower())


def _next_in_its_list(sentence: Sentence, bench: Atom, other: Atom) -> bool:
    """'Nationally, 21.0% of people are under 18, 60.6% are aged 18 to 64 and 18.4% are 65 or older': in
    a sentence opening on the benchmark, a figure opening a stretch after a comma or 'and' is the
    benchmark's next, not the council's ('... under Pathway 1 and a further 4% went to a bedded setting': lexicon
    next_item between)."""
    if not sentence.only_cues_between(sentence.start, bench.start, OPENING_CUES, ",") \
            or sentence.cues_of("clause_break", bench.end, other.start):
        return False  # ('The national figure was 2.9%; in Ludbrook, 4.6%': another clause)
    before = sentence.text[:other.start - sentence.start].rstrip()
    return before.endswith(",") or any(sentence.only_cues_between(c.end, other.start, "next_item")
                                       for c in sentence.cues_of("chain", hi=other.start))


def _listed_with(sentence: Sentence, figure: Atom, other: Atom) -> bool:
    """'61.5 and 61.9', 'England 79.3 years (men), 83.2 years (women)': a figure joined to the one before
    it by 'and' alone, or by a comma after bracketed words naming its group, is listed with it."""
    raw = sentence.text[figure.end - sentence.start:other.start - sentence.start]
    between = _PARENS.sub("", raw).strip()
    return _is_join(between) or between == "," and "(" in raw


def _opens_on_another_place(report: Report, sentence: Sentence, lo: int, figure: Atom) -> bool:
    """The clause holding `figure` opens on a capitalised name that is not the council's (when known)."""
    words = _WORD.findall(sentence.text[lo - sentence.start:figure.start - sentence.start])
    return bool(report.council and words and words[0][0].isupper() and words[0] not in report.council
                and words[0].lower() not in STOP_WORDS)


def _only_links_and_relations(sentence: Sentence, lo: int, hi: int, relations: list[Atom]) -> bool:
    """Only linking words, relation words and commas in [lo, hi) ('the proportion is higher, at')."""
    gaps = [(lo, hi)]
    for r in (r for r in relations if lo <= r.start and r.end <= hi):
        gaps = [(a, b) for s, e in gaps for a, b in ((s, r.start), (r.end, e)) if a < b]
    return all(sentence.only_cues_between(a, b, "benchmark_figure_after", ",") for a, b in gaps)


def _of_the_place_there(sentence: Sentence, figure: Atom) -> bool:
    """Does a word of lexicon there_words follow the figure in its clause ('2.6% of people there give ...')?"""
    tail = sentence.text[figure.end - sentence.start:_clause_end(sentence, figure.end) - sentence.start]
    return bool(set(_WORD.findall(tail.lower())) & set(lexicon_model().there_words))


def _council_named_after(report: Report, candidate: Candidate) -> Link | None:
    """'Across England, 18.4% ..., and in Yorkshire and the Humber the figure is 19.4%; Larkhythe, at 17.6%,
    sits just below both', 'Whereas 18.4% of England's population is aged 65 or over, in Dovercombe the figure is
    21.9%': after the benchmark's figure, a clause (or a stretch after a comma) opening on the council's name
    (when known; a place word before it) whose first figure is of the unit; not past another figure of the unit said of
    the benchmark's place ('in England the figure is 8.9%, and 2.6% of people there give 50 or more hours a week, whereas
    in Brackenmouth 3.4% do': the 3.4% is set against the 2.6%)."""
    sentence, figure = candidate.sentence, candidate.figure
    breaks = [c.end for c in sentence.cues_of("clause_break", lo=figure.end)]
    commas = [sentence.start + i + 1 for i, ch in enumerate(sentence.text) if ch == "," and sentence.start + i >= figure.end]
    for start in sorted({*breaks, *commas}):
        if not _opens_on_council(report, sentence, start, sentence.end):  # '...; in Wapfield the share is 7.1%'
            continue
        if any(figure.end <= a.start < start and _of_the_place_there(sentence, a) for a in report.eligible(sentence, unit_of(figure))):
            return None
        clause_end = _clause_end(sentence, start + 1)
        figures = [a for a in report.atoms_in(sentence) if a.label in {"BENCHMARK", *FIGURES} and start <= a.start < clause_end]
        if figures and figures[0] in report.eligible(sentence, unit_of(figure)) and not _is_past(figures[0], sentence):
            return Link(figures[0], ValueLocation.SAME)
    return None


def _in_council_clause(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """Is `figure` the first figure of a stretch (from the last comma or clause break before it)
    opening on the council's name, a place word before it ('..., in Dovercombe the figure is 21.9%')?"""
    start = _stretch_start(sentence, figure.start)
    return not any(a.label in FIGURES and start <= a.start < figure.start for a in report.atoms_in(sentence)) \
        and _opens_on_council(report, sentence, start, figure.start)


def _council_named_before(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """Is the word right before the figure (a bracket between allowed) the council's name ('Thornleigh (22.8%)')?"""
    words = _WORD.findall(sentence.text[:figure.start - sentence.start].rstrip(" ("))
    return bool(report.council and words and words[-1] in report.council)


def _placed_in_the_council(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """Does a place word and the council's name or a word of lexicon council_words follow the figure ('5.6% across the
    county', '5.6% in Wendmoor')?"""
    lead = sentence.cue_starting_at("place_lead", figure.end + 1)
    the = sentence.cue_starting_at("leads_into", lead.end + 1) if lead is not None else None  # 'across the county'
    words = _WORD.findall(sentence.text[(the or lead).end - sentence.start:]) if lead is not None else []
    return bool(words) and (words[0].lower() in lexicon_model().council_words or bool(report.council) and words[0] in report.council)


def _opens_on_council(report: Report, sentence: Sentence, start: int, end: int) -> bool:
    """Does [start, end) open on the council's name (when known), a place word before it ('in Dovercombe')?"""
    lead = sentence.cue_starting_at("place_lead", start)
    words = _WORD.findall(sentence.text[(lead.end if lead else start) - sentence.start:end - sentence.start])
    return bool(report.council and words and words[0] in report.council)


COUNCIL_SUBJECT_WORDS = 3  # 'Hatchley has a higher rate of ...:' : the council's name and a verb before a lead-in's direction
MOST_EARLIER_CHOICES = 2  # more figures than this in the sentence before, none named again: no guess


def _value_earlier(report: Report, candidate: Candidate) -> Link | None:
    """The last figure of the unit in the previous sentence of the paragraph, or the one before
    that when the sentence between has no figure of the unit at all; of several, the only one whose
    group the benchmark's clause names again, or whose words its sentence names, when there is one;
    of more than MOST_EARLIER_CHOICES otherwise, none."""
    sentence, unit = candidate.sentence, unit_of(candidate.figure)
    if _takes_no_earlier_value(report, candidate):
        return None
    for back, location in ((1, ValueLocation.PREVIOUS), (2, ValueLocation.EARLIER)):
        earlier_sentence = report.neighbour(sentence, -back)
        if earlier_sentence is None:
            return None
        every = report.eligible(earlier_sentence, unit)
        earlier = [a for a in every if not _is_past(a, earlier_sentence)
                   and not (_is_a_change(earlier_sentence, a) and not sentence.cues_of("change_word"))]
        if every and not earlier and back == 1 or back == 1 and _only_targets(report, earlier_sentence, unit):
            continue  # 'Two years earlier the figure had stood at 19.8%. Nationally it is 26.2%': the one before
        earlier = [a for a in earlier if not _in_a_breakdown(report, earlier_sentence, a)
                   and not _opposite_measures(report, candidate, earlier_sentence, a)]
        earlier = _named_of_a_category_list(sentence, earlier, earlier_sentence)
        if _shares_of_a_whole(earlier):
            return None  # '... own home in 47% of enquiries, a care home in 33%, a hospital in 6% and elsewhere in 14%. Nationally, ...'
        if len(earlier) > 1:  # '(13.4%) is well below that of the South West, where ... (22.3%)': the object, not the council's
            earlier = [a for a in earlier if not _object_of_relation(report, earlier_sentence, a, earlier)
                       or _council_named_before(report, earlier_sentence, a)]  # '... than in neighbouring Thornleigh (22.8%)'
        if len(earlier) > 1 and (picked := _former_or_latter(sentence, earlier)) is not None:
            return Link(picked, location)  # 'The England figure for the former is 8.9%'
        named = (_group_named_again(sentence, candidate.bench, earlier, earlier_sentence)
                 or _same_statistic(candidate, earlier, earlier_sentence)) if len(earlier) > 1 else []
        if len(named) == 1:  # '78.1 years for men and 81.7 years for women. For men this is similar to ...'
            return Link(named[0], location)
        owned = [a for a in earlier if _in_council_clause(report, earlier_sentence, a)] if len(earlier) > 1 else []
        if len(owned) == 1:  # '..., in Dovercombe the figure is 21.9%, and in several coastal districts it exceeds 30%.'
            return Link(owned[0], location)
        if len(earlier) > 1:
            wanted = _measure_stems(report, candidate)
            if len(wanted) >= 2 and len(wanted & _stems(earlier_sentence.text)) < 2:
                return None  # 'The proportion of residents reporting bad health is in line with ...': another measure
            if (measured := _measure_named_again(wanted, earlier, earlier_sentence, _clause_numbers(report, candidate))) is not None:
                return None if _named_after_its_and(wanted, earlier, earlier_sentence, measured) else Link(measured, location)
        if earlier:
            return _last_of_few(candidate, earlier, earlier_sentence, location)
        if back == 1 and (chained := _anaphor_chain(report, sentence, earlier_sentence)) is not None and unit_of(chained) == unit:
            return Link(chained, ValueLocation.EARLIER)
        if back == 1 and (shared := _value_of_the_benchmark_before(report, candidate, earlier_sentence)) is not None:
            return shared
        if any(a.label in FIGURES and unit_of(a) == unit for a in report.atoms_in(earlier_sentence)):
            return None  # that sentence's figures are another comparison's benchmarks
    return None


def _value_of_the_benchmark_before(report: Report, candidate: Candidate, before: Sentence) -> Link | None:
    """'People aged 65+ make up 22.3% of the population. The figure for the North East is 20.3%. For England it is
    18.4%.': a benchmark sentence restating the measure (cues measure_pronoun, same_measure) right after another
    benchmark's sentence that holds only that benchmark's figure takes the council figure that one took earlier."""
    sentence, unit = candidate.sentence, unit_of(candidate.figure)
    theirs = report.candidates_in.get(before.index, [])
    figures = [a.start for a in report.atoms_in(before) if a.label in FIGURES and unit_of(a) == unit]
    if not (sentence.cues_of("measure_pronoun") or sentence.cues_of("same_measure")) or len(theirs) != 1 \
            or figures != [theirs[0].figure.start]:
        return None
    link = council_value(report, theirs[0])
    return Link(link.value, ValueLocation.EARLIER) if link is not None and link.value.sentence < before.index else None


def _last_of_few(candidate: Candidate, earlier: list[Atom], where: Sentence, location: ValueLocation) -> Link | None:
    """Of an earlier sentence's figures no reading told apart: none of more than MOST_EARLIER_CHOICES ('22.3% ...;
    Pakistani (11.6%), Indian (2.9%) and mixed (2.4%). Across England the equivalent ...'); of a pair listed after two
    names, the one the benchmark's sentence names (else none); else the last, noted as ambiguous."""
    if len(earlier) > MOST_EARLIER_CHOICES:
        return None
    if len(earlier) == 2 and (names := _names_listed_before(where, earlier)) is not None:
        picked = _pair_named_in_order(candidate.sentence, earlier, names)
        return None if picked is None else Link(picked, location)
    note = _ambiguity(earlier, earlier[-1].start, candidate,
                      f"benchmark {candidate.bench.text!r} {candidate.figure.text} follows a sentence with "
                      f"{len(earlier)} figures; linked to the last, {earlier[-1].text}")
    return Link(earlier[-1], location, note)


def _is_a_change(sentence: Sentence, figure: Atom) -> bool:
    """'... has seen rapid growth in this age group over the past decade, of 21%': a figure right after a change_link
    ('of', 'by') with a change_word earlier in its clause is the size of a change."""
    return sentence.cue_ending_at("change_link", figure.start) \
        and bool(sentence.cues_of("change_word", _clause_start(sentence, figure.start), figure.start))


def _takes_no_earlier_value(report: Report, candidate: Candidate) -> bool:
    """Does the benchmark's sentence keep it from the sentences before: its own figures of the unit before it, unread
    ('(24.6%) ... (14.9% and 3.7% ...); this is roughly double ...'), its figure in words ('One in five adults smokes,
    nearly double the national rate of 11.6%'), a neighbouring place ('Only the neighbouring county of Harland has an
    older population in the region (27.1% ...)'), another measure ('The survey's other safety measure ... was not
    published for Ravensmere; nationally it stood at 87.1%') or no comparison made ('..., across the region, 38% ...
    had no agreed plan ...; the local authority had not yet compared its own cases')?"""
    sentence, bench = candidate.sentence, candidate.bench
    return any(a.end <= bench.start and not _is_past(a, sentence) for a in report.eligible(sentence, unit_of(candidate.figure))) \
        or _unread_number_of_its_size(report, candidate) \
        or _figure_in_words_before(report, sentence, bench.start) or _about_a_neighbour(report, sentence, bench.start) \
        or bool(sentence.cues_of("other_measure", hi=bench.start) or sentence.cues_of("not_compared"))


UNREAD_SIZE_RANGE = (0.5, 2.0)  # an unread number this size against a benchmark's figure may be the council's


def _unread_number_of_its_size(report: Report, candidate: Candidate) -> bool:
    """'Women live to 85.9 on average (England: 83.2)': a number before the benchmark in its sentence, no year and in no
    atom, of the size of the benchmark's figure (UNREAD_SIZE_RANGE) is likely the council's, printed without a
    unit where it was not read: no earlier sentence's figure is taken instead."""
    sentence, figure = candidate.sentence, candidate.figure
    if not figure.value:
        return False
    own = report.atoms_in(sentence)
    for number in _NUMBER.finditer(sentence.text, 0, min(candidate.bench.start, figure.start) - sentence.start):
        start, value = sentence.start + number.start(), float(number.group(0).replace(",", ""))
        if not YEAR.fullmatch(number.group(0)) and not _read_at(own, start) \
                and UNREAD_SIZE_RANGE[0] <= value / figure.value <= UNREAD_SIZE_RANGE[1]:
            return True
    return False


def _figure_in_words_before(report: Report, sentence: Sentence, hi: int) -> bool:
    """An amount in words before the benchmark at `hi` (lexicon cue fraction: 'One in five adults smokes, nearly double
    ...'), not one inside a relation phrase leading into a benchmark, which states a multiple ('That is less than
    half the England proportion of 18.4%')."""
    own = report.atoms_in(sentence)
    leading = [a for a in own if a.label == "RELATION" and any(
        b.label == "BENCHMARK" and a.end <= b.start and sentence.only_cues_between(a.end, b.start, ("leads_into", "place_lead"))
        for b in own)]
    return any(not any(r.start <= c.start and c.end <= r.end for r in leading)
               for c in sentence.cues_of("fraction", hi=hi))




def _names_listed_before(sentence: Sentence, pair: list[Atom]) -> tuple[str, str] | None:
    """'Vacancy and turnover rates of 12.4% and 33.1%': two figures joined by 'and' after two words joined by 'and'
    in their clause, the last such, as those words (lower case); None for any other shape."""
    first, second = pair
    if not _is_join(sentence.text[first.end - sentence.start:second.start - sentence.start]):
        return None
    head = sentence.text[_clause_start(sentence, first.start) - sentence.start:first.start - sentence.start]
    names = list(_joined_patterns().two_names.finditer(head))
    return (names[-1].group(1).lower(), names[-1].group(2).lower()) if names else None


def _pair_named_in_order(sentence: Sentence, pair: list[Atom], names: tuple[str, str]) -> Atom | None:
    """'Vacancy and turnover rates of 12.4% and 33.1% ... Nationally, the vacancy rate was 9.9%': of a pair listed in
    the order of its two names (_names_listed_before), the figure whose name alone the benchmark's sentence says (None:
    neither or both)."""
    said = _stems(sentence.text)
    named = [figure for figure, name in zip(pair, names) if _stems(name) <= said and _stems(name)]
    return named[0] if len(named) == 1 else None


def _former_or_latter(sentence: Sentence, figures: list[Atom]) -> Atom | None:
    """The first of `figures` when the sentence says 'the former' (lexicon cue former), the last for 'the latter'."""
    if sentence.cues_of("latter"):
        return figures[-1]
    return figures[0] if sentence.cues_of("former") else None


def _says_former_or_latter(candidate: Candidate) -> bool:
    """Does the benchmark's clause say 'the former' or 'the latter' (lexicon cues former, latter)?"""
    lo = _clause_start(candidate.sentence, candidate.bench.start)
    return bool(candidate.sentence.cues_of("former", lo) or candidate.sentence.cues_of("latter", lo))


def _named_former_or_latter(report: Report, candidate: Candidate) -> Atom | None:
    """The figure of the unit before the benchmark's clause that its 'the former' or 'the latter' picks, of two or
    more; None when fewer were read (the one it names may be no figure read: '26,100 of them')."""
    lo = _clause_start(candidate.sentence, candidate.bench.start)
    before = [a for a in report.eligible(candidate.sentence, unit_of(candidate.figure)) if a.end <= lo]
    return _former_or_latter(candidate.sentence, before) if len(before) > 1 else None


def _only_targets(report: Report, sentence: Sentence, unit: str) -> bool:
    """'Only 48% ... had been reviewed ... . The local authority had set a target of 70% by March 2026. Across
    England the figure was 59%': a sentence whose figures of the unit are all targets, or all a part of the area's
    ('... , where in some wards more than 30% of people are over 65.'), lies between."""
    figures = [a for a in report.atoms_in(sentence) if a.label in FIGURES and unit_of(a) == unit]
    return bool(figures) and all(is_target(a, sentence) or _of_a_part(a, sentence) for a in figures)


def _opposite_measures(report: Report, candidate: Candidate, where: Sentence, value: Atom) -> bool:
    """'3,142 (34%) had not had a review ... . Nationally, 57% of people in long-term support received a review': a
    benchmark sentence naming its own measure (two content words or more) and a council figure's clause, one with a
    negation (lexicon cue negation) and the other without, state opposite measures."""
    bench = candidate.sentence
    lo = _clause_start(bench, min(candidate.bench.start, candidate.figure.start))
    negated_here = bool(bench.cues_of("negation", lo, max(candidate.bench.end, candidate.figure.end)))
    end = min((c.start for c in where.cues_of("metric_end", lo=value.end)), default=_clause_end(where, value.end))
    negated_there = bool(where.cues_of("negation", _clause_start(where, value.start), end))
    return negated_here != negated_there and len(_measure_stems(report, candidate)) >= 2


def _anaphor_chain(report: Report, sentence: Sentence, earlier_sentence: Sentence) -> Atom | None:
    """'22.4% of carers ... . This was lower than England (28.0%). It was also below the London average of 25.3%': after
    a sentence that opened on an anaphor and set the figure of the sentence before it against its own benchmarks, a
    sentence opening on an anaphor, or on a benchmark before a comma or words restating the measure ('Nationally the share
    is 18.4%'), refers to that same figure; so does a sentence
    opening on a benchmark after one that opened on another and gave only its figure ('87.9% ... . The England average
    was 83.8%. The South East average was lower still, at 82.0%')."""
    opens_on_benchmark = any(a.label == "BENCHMARK" and (_opens_before_a_comma(sentence, a) or _opens_restating(sentence, a))
                             for a in report.atoms_in(sentence)[:1])
    run_of_benchmarks = _opens_on_benchmark(report, sentence) and _opens_on_benchmark(report, earlier_sentence)
    if not ((sentence.opens_with("anaphor") or opens_on_benchmark) and earlier_sentence.opens_with("anaphor") or run_of_benchmarks):
        return None  # ('... . This was below the London average of 82.6%. For England as a whole, the figure was 83.8%')
    links = [council_value(report, c) for c in report.candidates_in.get(earlier_sentence.index, [])]
    values = {id(link.value): link.value for link in links if link is not None}
    earlier = all(link is not None and link.location in (ValueLocation.PREVIOUS, ValueLocation.EARLIER) for link in links)
    return next(iter(values.values())) if links and earlier and len(values) == 1 else None


def _opens_on_benchmark(report: Report, sentence: Sentence) -> bool:
    """Is the sentence's first atom a benchmark, only 'the' before it ('The England average was 83.8%')?"""
    first = report.atoms_in(sentence)[:1]
    return bool(first) and first[0].label == "BENCHMARK" \
        and sentence.text[:first[0].start - sentence.start].strip().lower() in ("", "the")


def _about_a_neighbour(report: Report, sentence: Sentence, hi: int, lo: int | None = None) -> bool:
    """Does the sentence name a neighbouring place in [lo, hi) ('the neighbouring county of Harland',
    'nearby Kirkholt': lexicon cue neighbour, then within four words a capitalised name that is not the
    council's)? Only when the council's name is known."""
    for cue in sentence.cues_of("neighbour", lo=lo, hi=hi):
        words = _WORD.findall(sentence.text[cue.end - sentence.start:hi - sentence.start])[:4]
        if report.council and any(w[0].isupper() and w not in report.council for w in words):
            return True
    return False


def _measure_stems(report: Report, candidate: Candidate) -> set[str]:
    """Stems of the words the benchmark's clause says outside its atoms and cues: the measure it names,
    if any ('The conversion rate across England was 30.0%, while Thornwick's rate of concerns ...': conversion)."""
    sentence = candidate.sentence
    lo = _clause_start(sentence, min(candidate.bench.start, candidate.figure.start))
    hi = _clause_end(sentence, max(candidate.bench.end, candidate.figure.end))
    return _stems(sentence.blanked(lo, hi, [*report.atoms_in(sentence), *sentence.cues], ()))


def _stems(text: str) -> set[str]:
    """Content words with a common ending dropped ('providing', 'provided' ~ 'provid')."""
    return {next((w[:-len(e)] for e in _ENDINGS if w.endswith(e) and len(w) - len(e) >= 4), w) for w in _content_words(text)}


def _measure_named_again(wanted: set[str], earlier: list[Atom], where: Sentence, numbers: frozenset[str] = frozenset()) -> Atom | None:
    """'10.4% of residents ... provided unpaid care, and 3.6% did so for 50 or more hours a week. The
    proportion providing any care is higher than in England (8.9%).': of several figures of an earlier
    sentence, the only one whose words (from it to the next figure; words before the first name what
    they share) share most stems with the benchmark's sentence outside its atoms (`wanted`); of those sharing as
    many, the only one sharing most of the whole numbers of the benchmark's clause (`numbers`: '11.8% of residents are
    aged 65 or over and 1.7% are aged 85 or over. The figure for people aged 65 or over in England is 18.4%')."""
    texts = _figure_texts(earlier, where)
    shared = [(len(wanted & _stems(text)), len(numbers & set(_WHOLE_NUMBER.findall(text)))) for text in texts]
    best = max(shared)
    return earlier[shared.index(best)] if any(best) and shared.count(best) == 1 else None


def _named_of_a_category_list(sentence: Sentence, earlier: list[Atom], where: Sentence) -> list[Atom]:
    """'Self-neglect accounted for 27% of concluded enquiries, financial abuse 18% and domestic abuse 11%. Nationally,
    neglect and acts of omission is the most common type of risk, at 32% ...': of figures listing categories of one
    measure (each later figure right after its own label: one to four content words after a comma or 'and'), only the
    one whose label (the first's: its clause's words before it) the benchmark's sentence names in full; not a list: all."""
    if len(earlier) < 2:
        return earlier
    labels = []
    for before, figure in zip(earlier, earlier[1:]):
        label = _joined_patterns().list_item.split(where.text[before.end - where.start:figure.start - where.start])[-1]
        if not _LABEL.fullmatch(label) or not 1 <= len(words := _WORD.findall(label)) <= 4 \
                or any(w.lower() in STOP_WORDS for w in words):
            return earlier
        labels.append(_stems(label))
    first = where.text[_clause_start(where, earlier[0].start) - where.start:earlier[0].start - where.start]
    said = _stems(sentence.text)
    return [a for a, label in zip(earlier, [_stems(first), *labels]) if label and label <= said]


def _shares_of_a_whole(figures: list[Atom]) -> bool:
    """Three or more percentages adding up to 100 (within lexicon distribution_tolerance_pct): one whole shared out
    among categories, none of which a benchmark that names none of them can be set against."""
    total = sum(a.value or 0 for a in figures)
    return len(figures) >= 3 and all(unit_of(a) == "%" for a in figures) \
        and abs(total - 100) <= lexicon_model().distribution_tolerance_pct


_LABEL = re.compile(r"\s*[A-Za-z][A-Za-z\-' ]*")  # a category's name: words only


def _figure_texts(figures: list[Atom], where: Sentence) -> list[str]:
    """Each figure's text in its sentence: from it to the next figure (the last to the sentence's end)."""
    starts = [*(a.start for a in figures), where.end]
    return [where.text[lo - where.start:hi - where.start] for lo, hi in zip(starts, starts[1:])]


def _named_after_its_and(wanted: set[str], earlier: list[Atom], where: Sentence, chosen: Atom) -> bool:
    """'4% of ... posts and annual turnover of social workers was 7.9%. Turnover was ...': read with the words after the
    last 'and' before each figure as that figure's, another figure than `chosen` shares most stems: no choice."""
    texts = _figure_texts(earlier, where)
    for i in range(len(texts) - 1):
        if (cut := texts[i].rfind(" and ")) > 0:
            texts[i], texts[i + 1] = texts[i][:cut], texts[i][cut:] + texts[i + 1]
    shared = [len(wanted & _stems(text)) for text in texts]
    return max(shared) > 0 and shared.count(max(shared)) == 1 and earlier[shared.index(max(shared))] is not chosen


_WHOLE_NUMBER = re.compile(r"(?<![\d.,/\-\u2013])\d{1,3}(?![\d.,%/\-\u2013]|,\d)")  # 'aged 65 or over': no figure, no year ('2023-24')


def _clause_numbers(report: Report, candidate: Candidate) -> frozenset[str]:
    """The whole numbers of the benchmark's clause outside its atoms ('people aged 65 or over')."""
    sentence = candidate.sentence
    lo = _clause_start(sentence, min(candidate.bench.start, candidate.figure.start))
    hi = _clause_end(sentence, max(candidate.bench.end, candidate.figure.end))
    return frozenset(_WHOLE_NUMBER.findall(sentence.blanked(lo, hi, report.atoms_in(sentence), ())))


def _value_next(report: Report, candidate: Candidate) -> Link | None:
    """'Across England, 48.1% of people ... . In Thornmere, 41.9% said the same.': a next sentence
    that opens on the council, says it is the same measure ('the same', or 'it was' right before the
    figure: 'In Holmsbury, where ..., it was 16 weeks') and holds exactly one figure of the unit
    (its own past aside: 'down from 31 weeks'; or it opens on a contrast: 'By contrast, 70.9% of people in X said ...'),
    or whose first figure its measure words lead to ('In
    Dunsford the proportion is 6.8%, rising above 10% in ...'), and no benchmark of its own gives the council figure.
    Past a next sentence holding no number and no benchmark, the one after it so ('Nationally, 36.7% of carers were
    ... satisfied ... . In Fernhallow, the carers' reference group had worked ... . Locally the figure was 41.2%')."""
    following = report.neighbour(candidate.sentence, 1)
    found = _value_following(report, candidate, following, ValueLocation.NEXT)
    if found is None and following is not None and not _NUMBER.search(following.text) \
            and not any(a.label == "BENCHMARK" for a in report.atoms_in(following)):
        found = _value_following(report, candidate, report.neighbour(following, 1), ValueLocation.LATER)
    return found


def _value_following(report: Report, candidate: Candidate, following: Sentence | None, location: ValueLocation) -> Link | None:
    """_value_next's reading of one later sentence."""
    if following is None or not following.opens_with("local_opener"):
        return None
    candidates = [a for a in report.eligible(following, unit_of(candidate.figure)) if not _is_past(a, following)]
    named_here = [c.bench for c in report.candidates_in.get(candidate.sentence.index, [])]
    if not candidates:
        return None
    if report.candidates_in.get(following.index):
        shared = _figure_of_its_own_benchmarks(report, following)
        if (shared is None or shared is not candidates[0]) and not _clause_before_its_own(report, following, candidates[0]):
            return None  # its own benchmarks give it another figure, or none
    elif any(a.label == "BENCHMARK" and not any(same_benchmark(a, b) for b in named_here) and not _ranked_within(report, following, a)
             for a in report.atoms_in(following)):
        return None  # a benchmark of its own; the sentence's benchmarks named again without figures may stand ('lower than England'),
        # and so may a place it ranks in ('In Amberleigh, the figure was 36.4%, the lowest in its CIPFA group')
    relations = [a for a in report.atoms_in(following) if a.label == "RELATION"]
    pronoun = any(_only_links_and_relations(following, c.end, candidates[0].start, relations)  # 'In Caddonshire it is 25.1%',
                  for c in following.cues_of("measure_pronoun", hi=candidates[0].start))  # 'In Wendleby this was lower, at 72.9%'
    if len(candidates) > 1:  # 'In Kestwick the figure is 58.7%, and ... White Other (12.2%)': the figure the measure words lead to
        said = [c for c in following.cues_of("same_measure", hi=candidates[0].start)
                if _only_links_and_relations(following, c.end, candidates[0].start, relations)]
        said = said or pronoun or _restates_its_measure(candidate.sentence, following, candidates[0])
        return Link(candidates[0], location) if said else None
    if not following.cues_of("same_measure") and not pronoun \
            and not _restates_its_measure(candidate.sentence, following, candidates[0]) \
            and not following.opens_with("same_measure_opener"):
        return None
    return Link(candidates[0], location)


def _restates_its_measure(sentence: Sentence, following: Sentence, figure: Atom) -> bool:
    """'... reported a median wait of 26 days ... . In Brackenfold the median wait was 47 days, and ...': after the
    opening name, only words of the benchmark's sentence (one at least not a stop word) and stop words lead to the
    figure."""
    opener = min(following.cues_of("local_opener", hi=figure.start), key=lambda c: c.end, default=None)
    if opener is None:
        return False
    words = _WORD.findall(following.text[opener.end - following.start:figure.start - following.start])
    named = {w.lower() for w in _WORD.findall(sentence.text)}
    content = [w.lower() for w in words if w.lower() not in STOP_WORDS]
    return bool(content) and all(w in named for w in content)


def _listed_after(report: Report, candidate: Candidate) -> Candidate | None:
    """'Across the North East, 38.1% of carers reported being satisfied ..., and across England 36.9%.': the benchmark
    (with its figure) right before this one in its sentence, joined to it by 'and' or a comma only; the two name one
    measure and take one council figure."""
    sentence, lo = candidate.sentence, min(candidate.bench.start, candidate.figure.start)
    before = [c for c in report.candidates_in.get(sentence.index, []) if c.figure.end <= lo and c.bench.end <= lo]
    last = max(before, key=lambda c: c.figure.end, default=None)
    if last is None or sentence.cues_of("clause_break", last.figure.end, lo) \
            or any(a.label in FIGURES and last.figure.end <= a.start < lo for a in report.atoms_in(sentence)):
        return None
    joint = sentence.text[last.figure.end - sentence.start:lo - sentence.start].rstrip()
    return last if joint.endswith((",", " and")) else None


def _clause_before_its_own(report: Report, sentence: Sentence, value: Atom) -> bool:
    """'In Gorsedale the share is lower, at 16.9%, while children ... make up 23.8% of the population (England 21.0%)': a
    figure in a clause before all of the sentence's own comparisons (a word opening another clause between: cue
    figure_end), none of them taking it, is not theirs."""
    own = report.candidates_in.get(sentence.index, [])
    first = min((min(c.bench.start, c.figure.start) for c in own), default=sentence.start)
    return first > value.end and bool(sentence.cues_of("figure_end", value.end, first)) \
        and not any(link is not None and link.value is value for link in _own_links(report, sentence))


def _own_links(report: Report, sentence: Sentence) -> list[Link | None]:
    """The council figure each of the sentence's own benchmarks takes before it in the sentence, if any."""
    return [_value_before(report, c, _refers_back(report, c)) for c in report.candidates_in.get(sentence.index, [])]


def _figure_of_its_own_benchmarks(report: Report, sentence: Sentence) -> Atom | None:
    """'Nationally, 18.4% of the population is aged 65 or over. In Cheverell and Downs the proportion is higher, at
    22.4%, and is also above the South East average of 19.4%': the one figure a sentence's own benchmarks all take
    before them in it, if they do (then it is also the figure for the benchmark of the sentence before)."""
    links = _own_links(report, sentence)
    values = {id(link.value): link.value for link in links if link is not None and link.location is ValueLocation.SAME}
    return next(iter(values.values())) if len(values) == 1 and all(link is not None for link in links) else None




def _lists_a_number_not_read(report: Report, candidate: Candidate) -> bool:
    """'England's 79.3 and 83.2 ...' with 83.2 not read as a figure: the benchmark lists figures for several of the
    council's, and which is whose is not known, so none is paired (a year aside)."""
    sentence, figure = candidate.sentence, candidate.figure
    listed = _joined_patterns().listed_number.match(sentence.text, figure.end - sentence.start)
    if listed is None or YEAR.fullmatch(listed.group(1)):
        return False
    start = sentence.start + listed.start(1)
    return not _read_at(report.atoms_in(sentence), start)


def _read_at(atoms: list[Atom], offset: int) -> bool:
    """Does one of `atoms` hold the character at `offset` (a number there was read)?"""
    return any(a.start <= offset < a.end for a in atoms)


def council_value(report: Report, candidate: Candidate) -> Link | None:
    """The council's figure for a benchmark: before it in the sentence; else, unless the sentence
    opens with 'This ...', after it; else in an earlier sentence of the paragraph (when the
    sentence refers back) or the next one (when it does not, or nothing earlier is found)."""
    if candidate.figure.start in report.forced:
        return report.forced[candidate.figure.start][0]
    if _lists_a_number_not_read(report, candidate) or candidate.sentence.cues_of("not_compared", lo=candidate.figure.end):
        return None  # (', but the local authority could not produce its own equivalent figure because ... 22 per cent')
    refers_back = _refers_back(report, candidate)
    found = _value_before(report, candidate, refers_back)
    if found is not None and found.location is ValueLocation.SAME and not _in_council_clause(report, candidate.sentence, found.value):
        found = _council_named_after(report, candidate) or found  # '... 83.8%, and across the East Midlands 81.0%; Pottersfield's 87.9% ...'
    if found is None and candidate.figure.start in report.scaled:  # '12 people ... . Applying the England rate to X's
        found = _actual_after_supposition(report, candidate) or _value_earlier(report, candidate)  # population would give 25'
    if found is not None and found.location is ValueLocation.SAME and _says_former_or_latter(candidate):
        named = _named_former_or_latter(report, candidate)  # '79,400 residents ..., 26,100 of them ...; ..., the latter figure would be'
        if named is not None or candidate.figure.start in report.scaled:
            return Link(named, ValueLocation.SAME) if named is not None else None  # a scaled count of a figure not read: none
    if _direction_before_its_figure(report, candidate) is not None:  # 'The England average was higher, at 62.4%': of a figure before
        if found is not None and found.location is ValueLocation.SAME:
            return None if _benchmark_before_in_clause(report, candidate.sentence, found.value) else found
        return found or _value_earlier(report, candidate)
    if found is None and _former_or_latter(candidate.sentence, [candidate.figure]) is not None:
        return _value_earlier(report, candidate)  # 'The England figure for the former is 8.9%': no measure of its own
    if candidate.figure.start in report.own_clause:
        return found or _value_after(report, candidate) or _value_next(report, candidate) or _restated_just_before(report, candidate)
    if candidate.figure.start in report.own_measure:
        return found or _value_after(report, candidate) or _value_next(report, candidate) \
            or _measure_named_before(report, candidate) or _answers_previous(report, candidate)
    if found is None:
        found = _council_named_after(report, candidate)
    if found is None and not candidate.sentence.opens_with("anaphor"):
        found = _value_after(report, candidate)
    if found is None and (sibling := _listed_after(report, candidate)) is not None:
        found = council_value(report, sibling)  # '...; this compares with 67.9% across England and 69.3% in the North East'
    if found is None and not refers_back:
        return _value_next(report, candidate) or _restated_earlier(report, candidate)
    return found or _value_earlier(report, candidate) or _value_after(report, candidate) or _value_next(report, candidate) \
        or _value_in_list(report, candidate)


def _benchmark_before_in_clause(report: Report, sentence: Sentence, figure: Atom) -> bool:
    """'Across England the share ... was 26.2%, and the East Midlands share was a little higher at 27.4%': a benchmark
    before the figure in its clause makes it that benchmark's."""
    lo = _clause_start(sentence, figure.start)
    return any(a.label == "BENCHMARK" and lo <= a.start < figure.start for a in report.atoms_in(sentence))


def _actual_after_supposition(report: Report, candidate: Candidate) -> Link | None:
    """'If Northfold's rate of carers' assessments matched the England average, around 4,900 carers would have been
    assessed; the actual figure was 3,150': after the count a benchmark's rate would give the council, the one number
    (no year) of the clause after the next ';', which holds no figure of its own, is the council's count, of that unit."""
    sentence, figure = candidate.sentence, candidate.figure
    semicolon = sentence.text.find(";", figure.end - sentence.start)
    if semicolon < 0:
        return None
    lo = sentence.start + semicolon + 1
    hi = _clause_end(sentence, lo + 1)
    if any(a.label in FIGURES and lo <= a.start < hi for a in report.atoms_in(sentence)):
        return None
    numbers = [n for n in _NUMBER.finditer(sentence.text, lo - sentence.start, hi - sentence.start) if not YEAR.fullmatch(n.group(0))]
    if len(numbers) != 1:
        return None
    start, end = sentence.start + numbers[0].start(), sentence.start + numbers[0].end()
    return Link(printed_without_unit(figure, numbers[0].group(0), start, end), ValueLocation.SAME)


def _led_into_by_a_direction(report: Report, candidate: Candidate) -> bool:
    """'£1,034 per week ..., a little above the median for its CIPFA comparator group of £1,011, and £24.80
    an hour': a direction in the benchmark's clause before it, no figure between and a figure of the
    unit before it, sets the benchmark against that figure; a figure after the benchmark's is never it."""
    sentence, bench = candidate.sentence, candidate.bench
    start = _clause_start(sentence, bench.start)
    theirs = report.atoms_in(sentence)
    unit = unit_of(candidate.figure)
    return any(r.label == "RELATION" and r.key != "none" and start <= r.start and r.end <= bench.start
               and not any(a.label in FIGURES and r.end <= a.start < bench.start for a in theirs)
               and any(a.label in FIGURES and unit_of(a) == unit and start <= a.start and a.end <= r.start for a in theirs)
               for r in theirs)


def _benchmark_item(report: Report, sentence: Sentence) -> bool:
    """A bullet that is only a benchmark and its figure ('- England average: 57%')."""
    marker = _BULLET.match(sentence.text)
    own = report.candidates_in.get(sentence.index, [])
    if marker is None or len(own) != 1 or own[0].figure.start < own[0].bench.start:
        return False
    head = sentence.text[marker.end():own[0].bench.start - sentence.start]
    return not head.strip() and not _WORD.findall(_PARENS.sub("", sentence.text[own[0].figure.end - sentence.start:]))


def _value_in_list(report: Report, candidate: Candidate) -> Link | None:
    """'- 49% of people ... reviewed (SALT, 2023-24)', '- regional average: 58%', '- England average: 57%':
    benchmark bullets take the council figure from the bullet above their run, one sentence holding
    exactly one figure of the unit and no benchmark."""
    first = candidate.sentence
    if not _benchmark_item(report, first):
        return None
    while (above := report.beside(first, -1)) is not None and _benchmark_item(report, above):
        first = above
    item = report.beside(first, -1)
    if item is None or not _BULLET.match(item.text) or report.neighbour(item, -1) is not None:
        return None
    values = report.eligible(item, unit_of(candidate.figure))
    if len(values) != 1 or any(a.label == "BENCHMARK" for a in report.atoms_in(item)):
        return None
    return Link(values[0], ValueLocation.LIST_ITEM)


def _restated_just_before(report: Report, candidate: Candidate) -> Link | None:
    """A benchmark opening its clause on its own measure ('Nationally, the Ombudsman upheld 81% of adult care complaints
    that year') takes an earlier figure only of that measure (_restated_earlier) in the sentence right before, or the
    one before that when the sentence between prints no number ('The Ombudsman investigated 9 complaints ... and
    upheld 7 of them' between: the measure's own figure, not printed)."""
    link = _restated_earlier(report, candidate)
    between = report.neighbour(candidate.sentence, -1)
    return link if link is not None and (link.location is ValueLocation.PREVIOUS or not _NUMBER.search(between.text)) else None


def _restated_earlier(report: Report, candidate: Candidate) -> Link | None:
    """'Just 31.0% of carers were satisfied ... . Nationally, 36.3% of carers report being satisfied':
    a sentence opening on the benchmark and naming its own measure takes an earlier figure only
    when that figure's sentence compares with no benchmark of the same kind and names the same measure: at least two and two thirds of the words of
    the benchmark figure's clause after it (word endings aside), or, for a bracketed figure, of those and the words
    before its bracket ('Across England roughly one in three concerns (32%) goes on to an enquiry'). The sentence before the figure's may name them when
    it sets the council's target for the measure ('The local authority's target was to review 85% of people in
    long-term support each year. ... only 47% had received a review in the previous 12 months. Nationally, 57.1% of
    people in long-term support ... were reviewed')."""
    sentence, bench, figure = candidate.sentence, candidate.bench, candidate.figure
    if not sentence.only_cues_between(sentence.start, bench.start, OPENING_CUES):
        return None
    link = _value_earlier(report, candidate)
    if link is None or any(same_benchmark(c.bench, bench) for c in report.candidates_in.get(link.value.sentence, [])):
        return None  # '3.1% ... compared with 2.7% nationally. Across England, 8.9% of the population ...': compared already
    measure = _stems(sentence.text[figure.end - sentence.start:_clause_end(sentence, figure.end) - sentence.start])
    earlier = report.sentences[link.value.sentence]
    target = report.neighbour(earlier, -1)
    target = target if target and _only_targets(report, target, unit_of(figure)) else None
    said = _stems(earlier.text) | _stems(target.text if target else "")
    subject = _stems(sentence.blanked(bench.end, figure.start, report.atoms_in(sentence), ("same_measure", "approximation")))
    return link if _mostly_named(measure, said) or _bracket_opening(sentence, figure.start) < figure.start \
        and _mostly_named(measure | subject, said) else None


def _measure_named_before(report: Report, candidate: Candidate) -> Link | None:
    """'Social worker vacancies stood at 6.1%. The England average for local authority social workers
    was 11.3%': a benchmark naming its own measure takes the one figure of its unit in the sentence
    before when that sentence names most words of the measure (_mostly_named; the words linking it to its figure,
    words naming the statistic, lexicon same_measure, and words naming the council itself, council_words, aside:
    'Of 1,940 ... concerns ..., 312 (16%) led to a Section 42 enquiry. Nationally, the proportion of concerns leading
    to an enquiry was 31%'); none when that sentence already sets its figure against a benchmark of the same kind."""
    sentence, bench, figure = candidate.sentence, candidate.bench, candidate.figure
    previous = report.neighbour(sentence, -1)
    figures = _one_figure_of(report, previous, unit_of(figure))
    if not figures or any(same_benchmark(c.bench, bench) for c in report.candidates_in.get(previous.index, [])):
        return None  # ('... 4.5%, well under the England rate of 11.6% ... . Across England, turnover ... was 14.1%': compared already)
    links = [c.start for c in sentence.cues_of("benchmark_figure_after", bench.end, figure.start)
             if sentence.only_cues_between(c.start, figure.start, "benchmark_figure_after")]
    measure = _stems(sentence.blanked(bench.end, min(links, default=figure.start), (), "same_measure"))
    measure -= set(lexicon_model().council_words)
    return Link(figures[0], ValueLocation.PREVIOUS) if _mostly_named(measure, _stems(previous.text)) else None


def _mostly_named(measure: set[str], said: set[str]) -> bool:
    """Does `said` name at least two and two thirds of a measure's words (stems)?"""
    shared = measure & said
    return len(shared) >= 2 and 3 * len(shared) >= 2 * len(measure)


def _one_figure_of(report: Report, sentence: Sentence | None, unit: str) -> list[Atom]:
    """The sentence's one figure of the unit (the council's past aside), or none when it holds no
    figure of the unit or more than one, or when it is the span a count was made over (_span_of_a_count)."""
    figures = [a for a in report.eligible(sentence, unit) if not _is_past(a, sentence)] if sentence else []
    return figures if len(figures) == 1 and not _span_of_a_count(sentence, figures[0]) else []


def _span_of_a_count(sentence: Sentence, figure: Atom) -> bool:
    """'The council had had four directors of adult social services in five years': a time right after words opening a
    span (lexicon span_lead: 'in', 'over') with a number earlier in its clause is the span that number was counted
    over, not a level of the measure."""
    if figure.label != "QUANTITY" or figure.key == "people" or not sentence.cue_ending_at("span_lead", figure.start):
        return False
    head = sentence.text[_clause_start(sentence, figure.start) - sentence.start:figure.start - sentence.start]
    return any(w.isdigit() or is_number_word(w) for w in _WORD_OR_DIGITS.findall(head))


def _answers_previous(report: Report, candidate: Candidate) -> Link | None:
    """'Turnover among the council's own ... staff was 9.8%. For comparison, the England average for
    council-employed ... staff is 12.4%': a benchmark naming its own measure in a sentence opening on
    comparison words (cue compared_before) takes the one figure of its unit in the sentence before."""
    if not candidate.sentence.opens_with("compared_before"):
        return None
    figures = _one_figure_of(report, report.neighbour(candidate.sentence, -1), unit_of(candidate.figure))
    return Link(figures[0], ValueLocation.PREVIOUS) if figures else None


def _content_words(text: str) -> set[str]:
    """Lower-case words of a text that are no stop words, a plural 's' dropped ('carers' ~ 'carer')."""
    return {w.lower().removesuffix("s") for w in _WORD.findall(_PARENS.sub("", text))
            if w.lower() not in STOP_WORDS and len(w) > 2}


def _groups(report: Report, sentence: Sentence, start: int, end: int) -> set[str]:
    """Population groups named in the clause around [start, end), outside parentheses and outside
    benchmark names ('the average for similar councils' names no group of people), and not councils leading into one
    ('the figure for councils in the local authority's CIPFA comparator group': lexicon council_words)."""
    breaks = sentence.cues_of("clause_break")
    left = max([c.end for c in breaks if c.end <= start], default=sentence.start)
    right = min([c.start for c in breaks if c.start >= end], default=sentence.end)
    asides = [(sentence.start + m.start(), sentence.start + m.end())
              for m in _PARENS.finditer(sentence.text, left - sentence.start, right - sentence.start)]
    benches = [a for a in report.atoms_in(sentence) if a.label == "BENCHMARK"]
    asides += [(a.start, a.end) for a in benches]
    return {c.text.lower() for c in sentence.cues_of("population_group", left, right)
            if not any(lo <= c.start and c.end <= hi for lo, hi in asides)
            and not (c.text.lower() in lexicon_model().council_words and any(_names_plainly_up_to(sentence, c.end, b.start) for b in benches))}


def _names_plainly_up_to(sentence: Sentence, lo: int, hi: int) -> bool:
    """'the figure for councils in the local authority's CIPFA comparator group': at most four words, no
    punctuation but an apostrophe, from a group word to a benchmark (the group the benchmark is taken over)."""
    between = sentence.text[lo - sentence.start:hi - sentence.start]
    return lo <= hi and len(between.split()) <= 4 and all(w.replace("'", "").replace("\u2019", "").isalpha() for w in between.split())


def different_groups(report: Report, value: Atom, candidate: Candidate) -> bool:
    """'Among carers, 19% ... Among people who use services across England, 45.6% ...': the
    figure and the benchmark name different groups, so they measure different things; so too a benchmark in a later
    sentence naming the council and a group that the figure's sentence does not name at all."""
    sentence, bench = candidate.sentence, candidate.bench
    if value.sentence == sentence.index and not sentence.cues_of(
            "clause_break", min(value.end, bench.end), max(value.start, bench.start)):
        return False  # one clause: any group words describe the same measure
    sexes = _sex_of_figure(report, value), _sex_of_figure(report, candidate.figure)
    if all(sexes) and sexes[0] != sexes[1]:
        return True  # 'For women the figure is 59.8 years. Both are short of the London average, which is 63.7 years for men'
    cared = _care_group_of(report, value), _care_group_of(report, candidate.figure)
    if all(cared) and cared[0] != cared[1]:
        return True  # '... compared with 58.2% of older people in X. Across England the proportion for people with a learning
        # disability was 73.4%'
    value_groups = _groups(report, report.sentences[value.sentence], value.start, value.end)
    bench_groups = _groups(report, sentence, bench.start, bench.end)
    if bench_groups and not value_groups and value.sentence != sentence.index and _names_council_before(report, sentence, bench):
        # 'The proportion of people receiving a direct payment, 19.4%, ... . Fewer carers in Brackenshire received their
        # support as a direct payment than nationally, where the figure was 73.8%': the council's own group, named
        # with the council in the benchmark's sentence, that the figure's sentence never names
        earlier = report.sentences[value.sentence]
        return _groups(report, earlier, earlier.start, earlier.end).isdisjoint(bench_groups)
    return bool(value_groups and bench_groups and value_groups.isdisjoint(bench_groups))


def _sex_of_figure(report: Report, figure: Atom) -> str | None:
    """The sex a figure is of: a qualifier right after it ('63.7 years for men'), else the one sex its clause names up
    to it ('For women the figure is 59.8 years'; lexicon sex_group, sex_words)."""
    sentence = report.sentences[figure.sentence]
    qualifier = sentence.cue_starting_at("qualifier", figure.end)
    if qualifier is not None:
        return _sex(qualifier.text.split()[-1])
    named = {_sex(c.text) for c in sentence.cues_of("sex_group", _clause_start(sentence, figure.start), figure.start)}
    return named.pop() if len(named) == 1 else None


def _of_the_benchmark_s_group(report: Report, link: Link, candidate: Candidate) -> Link | None:
    """For a council figure of another group than the benchmark's, the one other figure of its sentence and unit of the
    benchmark's group ('Among people with a learning disability, 66.0% were ..., compared with 58.2% of older people in
    X. Across England the proportion for people with a learning disability was 73.4%': 66.0%), else none."""
    group = _care_group_of(report, candidate.figure)
    if group is None:
        return None
    same = [a for a in report.eligible(report.sentences[link.value.sentence], unit_of(link.value))
            if a is not link.value and _care_group_of(report, a) == group]
    return replace(link, value=same[0]) if len(same) == 1 and not different_groups(report, same[0], candidate) else None


def _care_group_of(report: Report, figure: Atom) -> str | None:
    """The group of people a figure is of (lexicon care_group, care_groups): named right after it ('58.2% of older
    people'), else the one group its clause names before it with no other figure between ('Among people with a learning
    disability, 66.0% ...', 'the proportion for people with a learning disability was 73.4%')."""
    sentence, groups = report.sentences[figure.sentence], lexicon_model().care_groups
    after = next((c for c in sentence.cues_of("care_group", figure.end)
                  if sentence.only_cues_between(figure.end, c.start, "benchmark_figure_before")), None)
    if after is not None:
        return groups.get(after.text.lower())
    lo = max([_clause_start(sentence, figure.start), *(a.end for a in report.atoms_in(sentence)
                                                       if a.label in FIGURES and a.end <= figure.start)])
    named = {groups.get(c.text.lower()) for c in sentence.cues_of("care_group", lo, figure.start)}
    return named.pop() if len(named) == 1 else None


def _names_council_before(report: Report, sentence: Sentence, bench: Atom) -> bool:
    """Does the council's name (when known) stand in the sentence before the benchmark?"""
    return _names_council(report, _WORD.findall(sentence.text[:bench.start - sentence.start]))


def _names_council(report: Report, words: list[str]) -> bool:
    """Is a capitalised word of the council's name (when known) among `words`?"""
    return bool(report.council) and any(w[:1].isupper() and w in report.council for w in words)


# ------------------------------------------------------------------ relation and source

def _names_a_time(sentence: Sentence, atom: Atom) -> bool:
    """'the proportion has grown steadily since the 2011 Census': a data set right after a word of time (lexicon
    source_time_words, then 'the' and a year, 'last' or 'previous' at most: 'since the last census') names a time, not the
    citation of a figure."""
    if atom.label != "SOURCE":
        return False
    before = _joined_patterns().time_before.search(sentence.text, 0, atom.start - sentence.start)
    return before is not None and before.group(1).lower() in lexicon_model().source_time_words


def _bounds_a_number(sentence: Sentence, atom: Atom, figures: set[int]) -> bool:
    """'20.9% of residents are children under 16 (England 18.5%)': relation words right before a number that is
    no figure (an age, a count without its unit) bound that number; they state no comparison."""
    after = _NUMBER_AFTER.match(sentence.text, atom.end - sentence.start) if atom.label == "RELATION" else None
    return after is not None and sentence.start + after.start(1) not in figures


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+|\d)")  # the word (or first digit) right after some words


def _states_an_amount(report: Report, sentence: Sentence, relation: Atom) -> bool:
    """'waiting more than six months', 'more than 1,000 people': relation words right before a number (in digits or
    words) other than a benchmark's own figure ('higher than 14.7% in England') state its amount, no direction."""
    after = _NEXT_WORD.match(sentence.text, relation.end - sentence.start)
    return after is not None and (after.group(1).isdigit() or is_number_word(after.group(1))) \
        and sentence.start + after.start(1) not in report.benchmark_figures


def _is_quantity(relation: Atom, sentence: Sentence) -> bool:
    """Relation words that state an amount, not a direction: 'more than' (lexicon quantity_relations),
    or any before a fraction ('Just under a quarter of residents')."""
    return relation.text.lower() in lexicon_model().quantity_relations \
        or sentence.cue_starting_at("fraction", relation.end) is not None


def _sizes_a_figure(report: Report, relation: Atom, candidate: Candidate) -> bool:
    """'Under 60% of people ...', 'just over 1,000 people', '..., inside the 21 days set out in the legislation':
    relation words right before a figure other than the benchmark's own ('the', 'a' between: lexicon leads_into) state
    that figure's size, not a direction."""
    sentence = candidate.sentence
    after = next((a for a in report.atoms_in(sentence) if a.label in FIGURES and a.start >= relation.end), None)
    return after is not None and after.start != candidate.figure.start \
        and sentence.only_cues_between(relation.end, after.start, "leads_into")


def _one_benchmark(report: Report, sentence: Sentence, bench: Atom) -> bool:
    """Does the sentence name one benchmark: once, or again in other words ('Nationally the figure was 64.7%, so X was in
    line with England') with one figure in all?"""
    named = [a for a in report.atoms_in(sentence) if a.label == "BENCHMARK"]
    return len(named) == 1 or all(same_benchmark(a, bench) for a in named) and len(report.candidates_in.get(sentence.index, [])) == 1


def _directional_elsewhere(report: Report, relations: list[Atom], value: Atom, candidate: Candidate) -> Atom | None:
    """In a sentence with one benchmark, a direction stated away from it ('... this was slightly
    lower'): the nearest relation in the benchmark's clause that is no quantity ('more than', 'under 60%'); not in a
    clause with a subject of its own ('£742, against £803 across its CIPFA nearest neighbours, and leaders were clear
    that low fees were placing some smaller homes under strain'); across a colon only where the figures agree (a lead-in
    may size another quality: 'less diverse than in many parts of the country: 96.1% of residents ... White')."""
    sentence, bench, figure = candidate.sentence, candidate.bench, candidate.figure
    directional = [r for r in relations if r.key != "none" and not _is_quantity(r, sentence)
                   and not _sizes_a_figure(report, r, candidate) and not _leads_elsewhere(report, r, sentence)
                   and not _takes_no_benchmark(report, r, sentence)
                   and not (r.key in OPPOSITE and _names_a_level(sentence, r, bench, relations))  # 'support at a lower level, compared with
                   and not (bench.start <= r.start < figure.end or figure.start <= r.start < bench.end)
                   and not sentence.cues_of("clause_break", min(r.end, bench.end), max(r.start, bench.start))
                   and not _another_clause_between(sentence, min(r.end, bench.end), max(r.start, bench.start))]
    chosen = min(directional, key=lambda r: abs(r.start - bench.start)) if directional else None
    if chosen is not None and ":" in sentence.text[min(chosen.end, bench.end) - sentence.start:max(chosen.start, bench.start) - sentence.start]:
        if chosen.end <= bench.start and sentence.cue_starting_at("benchmark_group", chosen.end) is not None \
                and not sentence.cues_of("than", chosen.end, bench.start):
            return None  # 'Satisfaction was lower among people from ethnic minority groups: ...': a group set against others
        return chosen if figures_agree(chosen, value, figure) else None  # a lead-in across a colon: where the figures agree
    return chosen


def _leads_elsewhere(report: Report, relation: Atom, sentence: Sentence) -> bool:
    """'20.1% of residents are disabled under the Equality Act definition': relation words taking an
    object (lexicon cues.object_taking) followed by words that open neither a benchmark nor a figure
    (only 'the', 'a' between) describe something else."""
    taking = any(c.end == relation.end for c in sentence.cues_of("object_taking", relation.start, relation.end))
    rest = sentence.text[relation.end - sentence.start:].lstrip()
    if not taking or not rest or rest[0] in ",;:.)":  # the relation's last words take an object ('just under')
        return False
    after = next((a for a in report.atoms_in(sentence) if a.start >= relation.end), None)
    return after is None or after.label not in {"BENCHMARK", *FIGURES} \
        or not sentence.only_cues_between(relation.end, after.start, "leads_into")


def _leads_into_another_benchmark(sentence: Sentence, relation: Atom, bench: Atom, atoms: list[Atom]) -> bool:
    """Relation words leading into another benchmark state nothing about this one: in a clause before this one's
    ('higher than in the West Midlands (22.8%); the figure for England is 19.0%'), or after this benchmark ('in line
    with England (18.4%) but below the South East (19.4%), with 18.3% ...')."""
    if relation.start >= bench.end:
        return _into_another(sentence, relation, bench, atoms, len(sentence.text) + sentence.start)
    return bool(sentence.cues_of("clause_break", relation.end, bench.start)) and _into_another(sentence, relation, bench, atoms, bench.start)


def _into_another(sentence: Sentence, relation: Atom, bench: Atom, atoms: list[Atom], hi: int) -> bool:
    """Does the relation lead (only leading words between) into a benchmark other than `bench` starting before `hi`?"""
    return any(b.label == "BENCHMARK" and b is not bench and relation.end <= b.start < hi
               and sentence.only_cues_between(relation.end, b.start, ("leads_into", "place_lead", "than")) for b in atoms)


def _takes_no_benchmark(report: Report, relation: Atom, sentence: Sentence) -> bool:
    """'18.9% of residents are disabled under the Equality Act, while nationally ...': relation words
    taking an object (lexicon cues.object_taking, or ending on 'than') with no benchmark or figure
    after them before the next comma or clause break (nor 'this' after a benchmark) describe something else."""
    if not any(c.end == relation.end for c in sentence.cues_of("object_taking", relation.start, relation.end)) \
            and not any(c.end == relation.end for c in sentence.cues_of("than", relation.start, relation.end)):
        return False  # 'less positive about social services than the people they cared for: 29.4% ...' takes one too
    stops = [i for i in (sentence.text.find(mark, relation.end - sentence.start) for mark in ",:") if i >= 0]
    end = min(_clause_end(sentence, relation.end), sentence.start + min(stops) if stops else sentence.end)
    named = [c for kind in ("place_noun", "own_group") for c in sentence.cues_of(kind, relation.end, end)]
    words = _WORD.findall(sentence.text[relation.end - sentence.start:end - sentence.start])
    council = any(w in report.council for w in words)
    pointed = words[:1] == ["this"] and any(a.label == "BENCHMARK" and a.end <= relation.start for a in report.atoms_in(sentence))
    return not any(a.label in {"BENCHMARK", *FIGURES} and relation.end <= a.start < end for a in report.atoms_in(sentence)) \
        and not named and not council and not pointed  # 'higher than average:', 'than carers elsewhere:', "than the borough's",
    # "than Thornhallow's"; 'Across the North East, 47.2% ...; in Penwardine the figure was well above this, at 58.6%'



OPPOSITE = {"higher": "lower", "lower": "higher"}


def _leads_into_value(report: Report, sentence: Sentence, relation: Atom, value: Atom, figure: Atom) -> bool:
    """'The England average of 72.4% ... was higher than the 66.0% reported in Dunmarsh': the
    benchmark's figure before the direction in one clause and the council figure its object, right
    after it (only words leading into a noun between: 'than the'; or the council's name: '... than Dunmarsh's 66.0%')."""
    return value.sentence == sentence.index and figure.end <= relation.start and relation.end <= value.start \
        and (sentence.only_cues_between(relation.end, value.start, "leads_into")
             or _only_the_council(report, sentence.text[relation.end - sentence.start:value.start - sentence.start])) \
        and not sentence.cues_of("clause_break", figure.end, value.start)


def _benchmark_is_subject(report: Report, relation: Atom, candidate: Candidate, value: Atom) -> bool | None:
    """'The regional figure, at 2.1%, was lower.': the benchmark opens its clause and the direction
    follows its figure with only linking words between, so the direction is the benchmark's (True);
    so too when the council figure is the direction's object ('The England average of 72.4% was
    higher than the 66.0% in Dunmarsh'), or the benchmark opens its clause and the direction stands between it and
    its figure ('The England average was higher, at 62.4%'). None when the direction sets the benchmark against another
    benchmark (unsure); else False."""
    sentence, bench, figure = candidate.sentence, candidate.bench, candidate.figure
    if bench.end <= relation.start and relation.end <= figure.start and value.start not in range(bench.end, figure.start):
        # 'The England average was higher, at 62.4%', '..., and the regional average was higher still at 63.8%', 'The
        # comparable figure for England was a little lower, at 77.5%'
        lo = _stretch_start(sentence, bench.start)
        return sentence.only_cues_between(lo, bench.start, (*OPENING_CUES, "chain", "same_measure"), ",") \
            or _the_measure_named(sentence.text[lo - sentence.start:bench.start - sentence.start])  # ('The average across
        # its CIPFA comparator group was higher, at 371')
    if relation.start < max(bench.end, figure.end):
        return False
    if _leads_into_value(report, sentence, relation, value, figure):
        return True
    clause_start = _clause_start(sentence, bench.start)
    if not sentence.only_cues_between(clause_start, bench.start, "leads_into", ",") \
            or not (sentence.only_cues_between(figure.end, relation.start, "benchmark_figure_after", ",()")
                    or _only_a_gap_between(sentence, figure.end, relation.start)):
        return False
    clause_end = _clause_end(sentence, relation.end)
    if any(a.label == "BENCHMARK" and relation.end <= a.start < clause_end for a in report.atoms_in(sentence)):
        return None  # '... was higher than the regional average': two benchmarks compared
    return True


def _the_measure_named(text: str) -> bool:
    """'The conversion rate ', 'the share of carers ': a word leading into a noun (lexicon leads_into: 'the'), then plain
    words naming a measure (_names_a_measure)."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in lexicon_model().cues["leads_into"].phrases and _names_a_measure(" ".join(words[1:]))


def same_benchmark(one: Atom, other: Atom) -> bool:
    """One benchmark however named: the same key, or keys of the same canonical benchmark ('the national
    picture' and 'for England': rules/indicators.json benchmarks)."""
    from .indicators import benchmark_for  # indicators reads this module's direction helpers
    return one.key == other.key or benchmark_for(one.key) is not None and benchmark_for(one.key) == benchmark_for(other.key) \
        and one.key.rsplit(" ", 1)[-1] == other.key.rsplit(" ", 1)[-1]


def _relation_named_earlier(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'This is higher than the London average. The London figure is 46.2%.': a direction leading
    into the same benchmark, named without a figure of its own in a sentence from the value's on
    (before the value in its own sentence: 'above the national average: 80.6 years ..., against
    national figures of 79.3 and 83.2 years'), there only when the figures agree (as `_relation_before_colon`)."""
    for index in range(value.sentence, candidate.sentence.index + 1):
        sentence = report.sentences[index]
        theirs = report.atoms_in(sentence)
        named = [b for b in theirs if b.label == "BENCHMARK" and same_benchmark(b, candidate.bench)
                 and not any(c.bench is b for c in report.candidates)
                 and (index < candidate.sentence.index
                      or b.end <= value.start and not sentence.cues_of("clause_break", b.end, value.start))]
        for bench in named:
            leading = [r for r in _leading_into(sentence, theirs, bench, ("leads_into", "than", "place_lead"))
                       if r.key != "none" and not _is_quantity(r, sentence) and not _sizes_another(sentence, r, value, theirs)]
            if leading and (bench.end > value.start or figures_agree(leading[-1], value, candidate.figure)):
                return leading[-1]
    return None


def _sizes_another(sentence: Sentence, relation: Atom, value: Atom, atoms: list[Atom]) -> bool:
    """'The proportion aged 65 and over (22.8%) is higher than the national average, and 3.2% ... compared to 2.4%
    nationally': a direction after another figure of the value's unit in its clause is that figure's."""
    lo = _clause_start(sentence, relation.start)
    return any(a.label in FIGURES and a is not value and unit_of(a) == unit_of(value) and lo <= a.start and a.end <= relation.start
               for a in atoms)


def _relation_before_colon(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'Grenholme is more ethnically diverse than both the region and England: 34.6% of residents ...,
    against 15.8% in Yorkshire and the Humber and 26.5% in England': a direction whose object, up to a
    colon, names only places (benchmarks, lexicon cues place_noun, joined by place_join, leads_into,
    place_lead) holds for the benchmarks after the colon set against a council figure after it, when
    it names as many places as there are benchmarks after the colon, or names none, the direction ending
    right at the colon ('Satisfaction among unpaid carers lagged behind: 30.6% ..., against 36.3% nationally'); for a
    bare comparative (atoms.json relations' comparatives: 'fewer', 'more') the object is what follows its 'than' ('Fewer people in Cranmoor felt in control of
    their daily lives than elsewhere in the region: 72.9% against 76.4% across the East Midlands'; its measure may hold a
    figure: 'A smaller share ... had been reviewed in the previous 12 months than in similar councils:').
    A direction with no 'than' and no figure after it, whose subject is the council's name (a few words at most), holds
    so too ('Hatchley has a higher rate of long-term illness: 8.6% ..., compared with 7.3% in England'); 'less likely to feel safe in Harrowfield than in England
    or the wider region:' has its object after 'than'. Only when the figures agree: the lead-in may size another quality than the figures do ('Marlshire is less
    ethnically diverse than England as a whole: 91.8% of residents describe themselves as White, against 81.0%'); a
    likeness too ('... was comparable to the rest of the country: 68.9% ..., where the England figure was 69.2%')."""
    sentence, bench = candidate.sentence, candidate.bench
    colon = _lead_in_end(sentence, value)
    if value.sentence != sentence.index or colon < sentence.start or colon > bench.start:
        return None
    theirs = report.atoms_in(sentence)
    after = sum(1 for a in theirs if a.label == "BENCHMARK" and a.start > colon)
    for relation in (r for r in theirs if r.label == "RELATION" and r.end <= colon and (r.key in OPPOSITE or r.key == "similar")):
        than = sentence.cues_of("than", relation.end, colon)  # 'Fewer people in Cranmoor felt ... than elsewhere in the region:'
        lo = than[-1].end if than and (_is_comparative(relation) or not relation.text.lower().endswith(" than")) else relation.end
        if not than and not relation.text.lower().endswith(" than") and not any(a.label in FIGURES and relation.end <= a.start < colon for a in theirs) \
                and _opens_on_council(report, sentence, _clause_start(sentence, relation.start), relation.start) \
                and len(_WORD.findall(sentence.text[:relation.start - sentence.start])) <= COUNCIL_SUBJECT_WORDS:
            return relation if figures_agree(relation, value, candidate.figure) else None  # 'Hatchley has a higher rate of ...:'
        places = [a for a in theirs if a.label == "BENCHMARK" and lo <= a.start <= colon]
        hi = _places_end(sentence, lo, colon, places) if relation.text.lower().endswith(" than") else colon
        if hi == lo < colon or relation.key == "similar" and not sentence.text[relation.end - sentence.start:colon - sentence.start].strip():
            continue  # 'less positive than people who draw on care:': no place after its 'than'; 'experience was similar:''
        if not _is_quantity(relation, sentence) and not any(a.label in FIGURES and lo <= a.start < colon for a in theirs) \
                and (nouns := _place_nouns(sentence, lo, hi, places)) is not None \
                and (nouns + len(places) >= after or not sentence.text[lo - sentence.start:hi - sentence.start].strip()
                     or _every_place(sentence, lo, hi)):
            return relation if figures_agree(relation, value, candidate.figure) else None
    return None


def _lead_in_end(sentence: Sentence, value: Atom) -> int:
    """Where a lead-in before the council's figure ends: the first ':' before it, else the last ';' ('Fewer unpaid carers
    ... than was the case nationally; the local figure was 24.9% against 28.0% across England'), else the comma right
    before a figure set off by commas and compared ('Kellingworth has a higher rate of ..., 702 per 100,000, compared to
    478 per 100,000 for ...'); before the sentence's start when there is none."""
    head = sentence.text[:value.start - sentence.start]
    colon = head.find(":")
    if colon < 0:
        colon = head.rfind(";")
    if colon < 0 and head.endswith(", ") and sentence.text[value.end - sentence.start:].startswith(", ") \
            and sentence.cue_starting_at("compared_before", value.end + 2):
        colon = len(head) - 2
    return sentence.start + colon


_OBJECT_WORDS = ("place_noun", "place_join", "leads_into", "place_lead", "than", "population_group")  # a comparative's object


def _places_end(sentence: Sentence, lo: int, hi: int, places: list[Atom]) -> int:
    """'Fewer people than elsewhere found it easy ...:', 'less likely than carers nationally to say ...:': where the
    places (and the group they are taken over) right after a comparative's 'than' end (the measure follows them);
    `lo` when no place word stands there."""
    gap = sentence.blanked(lo, hi, places, _OBJECT_WORDS)
    words = _WORD.search(gap)
    end = lo + (words.start() if words else len(gap))
    return end if sentence.text[lo - sentence.start:end - sentence.start].strip() else lo


def _every_place(sentence: Sentence, lo: int, hi: int) -> bool:
    """Does [lo, hi) name every place at once ('elsewhere', lexicon every_benchmark_words; 'in other areas', 'than
    average': place words and a cue every_place)?"""
    words = [w.lower() for w in _WORD.findall(sentence.text[lo - sentence.start:hi - sentence.start])]
    if bool(words) and all(w in lexicon_model().every_benchmark_words for w in words):
        return True
    every = sentence.cues_of("every_place", lo, hi)
    return bool(every) and not sentence.blanked(lo, hi, every, ("place_lead", "leads_into")).strip(" ,")


def _comparative_subject(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'A smaller share of older people received reablement at all after leaving hospital: 1.9%, whereas across England
    it is 2.9%', 'Fewer carers ... , 24% against 31% nationally': a comparative opening the sentence ('fewer', 'a smaller
    share'; atoms.json relations' comparatives) with no 'than' in it compares its measure with the sentence's
    benchmarks; only when the figures agree with it."""
    sentence = candidate.sentence
    if value.sentence != sentence.index or sentence.cues_of("than"):
        return None
    opening = next((r for r in report.atoms_in(sentence) if r.label == "RELATION" and _at_first_word(sentence, r)), None)
    if opening is None or opening.key not in OPPOSITE or not _is_comparative(opening):
        return None
    if not sentence.text[opening.end - sentence.start:].lstrip()[:1].isalpha():
        return None  # 'A smaller proportion, 44.1%, said ...': smaller than the figure before, the measure not named
    return opening if figures_agree(opening, value, candidate.figure) else None


def _is_comparative(relation: Atom) -> bool:
    """A bare comparative or a proportion phrase of one ('fewer', 'a smaller share'; atoms.json relations' comparatives)."""
    words = relation.text.lower().split()
    return bool(words) and (relation.text.lower() in _comparatives()
                            or words[0] in ("a", "an") and len(words) > 1 and words[1] in _comparatives())


@lru_cache(maxsize=1)
def _comparatives() -> frozenset[str]:
    return frozenset(word.lower() for rule in atom_vocabulary().relations.values() for word in rule.comparatives)


def figures_agree(relation: Atom, value: Atom, figure: Atom) -> bool:
    """The council's figure and the benchmark's agree with the direction ('similar': within the similarity band)."""
    if value.value is None or figure.value is None:
        return False
    if relation.key == "similar":
        return within_similar_band(value.value, figure.value, unit_of(value))
    return relation.key not in OPPOSITE or relation.key == direction(value.value, figure.value)


def _place_nouns(sentence: Sentence, lo: int, hi: int, places: list[Atom]) -> int | None:
    """How many place nouns (lexicon cue place_noun) [lo, hi) names when it holds nothing but them,
    the benchmarks `places`, words leading into or joining places and the group they are taken over ('than carers
    nationally'); None when it holds other words."""
    gap = sentence.blanked(lo, hi, places, _OBJECT_WORDS)
    nouns = [c for c in sentence.cues_of("place_noun", lo, hi) if not any(a.start <= c.start < a.end for a in places)]
    return None if gap.strip(" ,") else len(nouns)


@lru_cache(maxsize=1)
def duration_units() -> frozenset[str]:
    """Units of time (figures.json units of kind 'duration' that atoms.json also reads as figure units);
    checks on load that every speed word is an atoms.json relation phrase."""
    from .figures import vocabulary
    relations = {p for rule in atom_vocabulary().relations.values() for p in rule.phrases}
    missing = [w for w in atom_vocabulary().speed_words if w not in relations]
    if missing:
        raise ValueError(f"atoms.json relations lack the speed words {missing}")
    return frozenset(u.unit for u in vocabulary().units if u.kind == "duration") & set(atom_vocabulary().units)


def _speed_without_time(relation: Atom | None, unit: str) -> bool:
    """'quicker than the England average of 3.1 days' is lower; a speed word set against anything but
    a duration ('quicker than the England average of 72%') states no direction one can trust."""
    words = relation.text.lower().split() if relation is not None else []
    return any(w in atom_vocabulary().speed_words for w in words) and unit not in duration_units()


def stated_relation(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    found = _stated_relation(report, value, candidate)
    return None if _speed_without_time(found, unit_of(value)) else found


def _stated_relation(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """The relation words nearest the benchmark between it and the value; when there are none
    or they give no direction ('compared with'), one leading into the benchmark ('less likely
    than the England average'), or in a sentence with one benchmark a direction stated elsewhere,
    or one leading into the same benchmark named without its figure in an earlier sentence. A
    direction whose subject is the benchmark ('The regional figure, at 2.1%, was lower') is turned
    round to be the council's (null when it sets two benchmarks against each other)."""
    chosen = _direction_before_its_figure(report, candidate) or _relation_words(report, value, candidate)
    if (chosen is None or chosen.key == "none") and (on_both := _direction_on_both(report, candidate)) is not None:
        return on_both
    if chosen is None and (alone := _direction_alone_after(report, candidate)) is not None:
        return alone
    if chosen is None and value.sentence == candidate.sentence.index and value.start > candidate.figure.end:
        chosen = _direction_named_after(report, value, candidate) or _direction_on_the_figure_before(report, value, candidate)
    if chosen is None and value.sentence > candidate.sentence.index:
        later = report.sentences[value.sentence]
        return _direction_named_after(report, value, candidate) or _direction_on_that_figure(report, value) \
            or _direction_before_value(report, value) \
            or _direction_on_every(later, [r for r in report.atoms_in(later) if r.label == "RELATION" and r.start >= value.end])
    if chosen is None and (value.sentence < candidate.sentence.index or value.end <= candidate.figure.start) \
            and (council := _council_direction_after(report, candidate) or _council_direction_next(report, candidate)):
        return council  # '..., so people in Harrowdene were waiting almost twice as long as people elsewhere in the region'
    if chosen is None and value.sentence < candidate.sentence.index:
        chosen = _relation_named_earlier(report, value, candidate) or _relation_leading_into_list(report, value, candidate)
    elif chosen is None or chosen.key == "none":
        chosen = _relation_named_earlier(report, value, candidate) or _relation_before_colon(report, value, candidate) \
            or _comparative_subject(report, value, candidate) or _direction_of_the_lead_in(report, value, candidate) or chosen
    if chosen is None or chosen.key not in OPPOSITE or chosen.sentence != candidate.sentence.index:
        return chosen
    subject = _benchmark_is_subject(report, chosen, candidate, value)
    if subject is None:
        return None
    return replace(chosen, key=OPPOSITE[chosen.key]) if subject else chosen


def _direction_before_its_figure(report: Report, candidate: Candidate) -> Atom | None:
    """'The England average was higher, at 62.4%': the direction between a benchmark and its figure (turned round
    after: its subject is the benchmark)."""
    bench, figure = candidate.bench, candidate.figure
    relations = [a for a in report.atoms_in(candidate.sentence) if a.label == "RELATION" and bench.end <= a.start and a.end <= figure.start]
    return relations[0] if bench.end <= figure.start and _direction_then_figure(candidate.sentence, bench, figure, relations) else None


def _direction_alone_after(report: Report, candidate: Candidate) -> Atom | None:
    """'79.0% still at home 91 days after discharge. England: 83.8%. Lower.': a sentence that is a direction and nothing
    else, right after the benchmark's sentence, when that sentence has one benchmark, states the relation."""
    following = report.neighbour(candidate.sentence, 1)
    if following is None or len(report.candidates_in.get(candidate.sentence.index, [])) != 1:
        return None
    own = report.atoms_in(following)
    alone = len(own) == 1 and own[0].label == "RELATION" and own[0].key in OPPOSITE \
        and not following.text.replace(own[0].text, "", 1).strip(" .!")
    return own[0] if alone else None


def _direction_on_both(report: Report, candidate: Candidate) -> Atom | None:
    """'The equivalent England figure was 78.9%, and the West Midlands 76.1%; Stenbridge therefore sat below both
    (ASCOF 2023-24).', '..., leaving Saltmere nearly ten points lower than either': a direction after every figure
    of the sentence, its object only 'both' or 'either' (a citation may follow), holds for each benchmark of the
    sentence."""
    sentence = candidate.sentence
    own = report.atoms_in(sentence)
    last = max((a.end for a in own if a.label in FIGURES), default=sentence.end)
    for relation in (r for r in own if r.label == "RELATION" and r.start >= last and r.key == "similar"):
        if any(sentence.only_cues_between(c.end, relation.start, "benchmark_figure_after") for c in sentence.cues_of("figures_together", last, relation.start)):
            return relation  # '... was 63.5%, and the two figures were not statistically different'
        rest = sentence.text[relation.end - sentence.start:]
        if not _WORD.findall(rest[:rest.index("(")] if "(" in rest else rest):
            return relation  # 'The England figure was 70.1%, which is statistically similar (ASCS, 2023-24).': a likeness both ways
    after = [r for r in own if r.label == "RELATION" and r.start >= last]
    return _direction_on_every(sentence, after) or _both_in_the_council(report, sentence, after) \
        or _every_benchmark_directed(report, sentence, [r for r in own if r.label == "RELATION"]) \
        or _both_against_it(report, candidate, after)


def _both_against_it(report: Report, candidate: Candidate, relations: list[Atom]) -> Atom | None:
    """'...; the England averages are 79.4 and 83.1 years, so both sit below the national picture': a clause opening on
    'both' (lexicon every_benchmark_words; a joining word before it) whose direction leads into the benchmark of the
    figures just given, named again: 'both' is the council's figures, the direction theirs."""
    sentence, every = candidate.sentence, lexicon_model().every_benchmark_words
    for relation in (r for r in relations if r.key in OPPOSITE):
        head = sentence.text[_clause_start(sentence, relation.start) - sentence.start:relation.start - sentence.start]
        head = _WORD.findall(head.rsplit(",", 1)[-1])  # ', so both sit'
        named = next((a for a in report.atoms_in(sentence) if a.label == "BENCHMARK" and a.start >= relation.end), None)
        if any(w.lower() in every for w in head[:2]) and len(head) <= 4 and named is not None and named is not candidate.bench \
                and same_benchmark(named, candidate.bench) and sentence.only_cues_between(relation.end, named.start, "leads_into"):
            return relation
    return None


def _both_in_the_council(report: Report, sentence: Sentence, relations: list[Atom]) -> Atom | None:
    """'The corresponding East Midlands figures are 78.9 and 82.7 years; both are lower in Marlbridge.': a clause
    after every figure opening on 'both' or 'either' (lexicon every_benchmark_words), a direction, then only the
    council's name or 'here' (a citation aside): the council's figures stand so against each benchmark; turned round
    after 'than' ('... in England six days; both figures were lower than in Saltmere')."""
    lexicon = lexicon_model()
    here = frozenset(lexicon.here_words)
    for relation in (r for r in relations if r.key in OPPOSITE):
        head = sentence.text[_clause_start(sentence, relation.start) - sentence.start:relation.start - sentence.start]
        head = _WORD.findall(_AFTER_A_DASH.split(head)[-1])  # '87.8% - both lower than ...'
        rest = sentence.text[relation.end - sentence.start:]
        rest = rest[:rest.index("(")] if "(" in rest else rest
        words = _WORD.findall(_POSSESSIVE.sub("", rest))  # '... - both lower than Ashcombe's'
        if head[:1] and head[0].lower() in lexicon.every_benchmark_words and len(head) <= 3 and words \
                and all(w.lower() in here or w.lower() in lexicon.council_words or w.lower() in place_words() or w in report.council
                        for w in words) \
                and any(w in report.council or w.lower() in here for w in words):
            than = bool(sentence.cues_of("than", relation.start, relation.end))  # the relation phrase ends on 'than'
            return replace(relation, key=OPPOSITE[relation.key]) if than else relation
    return None


def _every_benchmark_directed(report: Report, sentence: Sentence, relations: list[Atom]) -> Atom | None:
    """'Both the England average (82.3%) and the South West average (80.6%) were considerably higher.': a sentence opening
    on 'both' (lexicon every_benchmark_words) and its benchmarks with their figures, then a direction with no object (a
    citation aside): the benchmarks' direction, turned round to be the council's. 'both' may stand just before the
    direction instead ('The North East average (68.0%) and England's (67.5%) were both lower'); or their figures may
    follow it ('Both the South West and England figures were higher, at 37.9% and 36.3% respectively')."""
    every = lexicon_model().every_benchmark_words
    words = _WORD.findall(sentence.text)
    for relation in (r for r in relations if r.key in OPPOSITE):
        before = _WORD.findall(sentence.text[:relation.start - sentence.start])
        if not words or not (words[0].lower() in every or before[-1:] and before[-1].lower() in every):
            continue
        rest = sentence.text[relation.end - sentence.start:]
        end = relation.end + (rest.index("(") if "(" in rest else len(rest))
        theirs = [a for a in report.atoms_in(sentence) if a.label in FIGURES and relation.end <= a.start]
        if not _WORD.findall(sentence.blanked(relation.end, end, theirs, ("benchmark_figure_after", "respectively", "chain"))) \
                and all(a.label in {"BENCHMARK", "SOURCE", *FIGURES} for a in report.atoms_in(sentence) if a.end <= relation.start):
            return replace(relation, key=OPPOSITE[relation.key])  # (their figures may follow: '..., at 37.9% and 36.3% respectively')
    return None


def _direction_on_every(sentence: Sentence, relations: list[Atom]) -> Atom | None:
    """The first direction (or likeness: 'was not statistically different from either') among `relations` whose object
    is only 'both' or 'either' (lexicon every_benchmark_words), a citation aside, to the sentence's end."""
    for relation in (r for r in relations if r.key in OPPOSITE or r.key == "similar"):
        rest = sentence.text[relation.end - sentence.start:]
        rest = rest[:rest.index("(")] if "(" in rest else rest
        words = _WORD.findall(rest)
        if len(words) == 1 and words[0] in lexicon_model().every_benchmark_words:
            return relation
    return None


def _direction_named_after(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'The England and London averages ... were 59.1% and 53.8% respectively. In Tollingham the figure was 55.0%,
    lower than England but slightly above London': in the council figure's sentence (later, or its clause after the
    benchmark's figure), the direction leading into the benchmark named again after the figure."""
    sentence = report.sentences[value.sentence]
    theirs = report.atoms_in(sentence)
    for bench in (b for b in theirs if b.label == "BENCHMARK" and b.start > value.end and same_benchmark(b, candidate.bench)):
        leading = [r for r in _leading_into(sentence, theirs, bench, ("leads_into", "than", "place_lead")) if r.key != "none"]
        if leading:
            return leading[-1]
    return None


def _direction_on_the_figure_before(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'Across the South West, 33.1% of carers were ... satisfied (SACE 2021-22); in Ashcombe the figure was 39.5%, higher
    than that and above the England figure of 36.3%': relation words right after the council's figure whose object is
    only a pronoun (lexicon back_pronoun) standing for the benchmark's figure, the last figure before the council's."""
    sentence = candidate.sentence
    own = report.atoms_in(sentence)
    if any(a.label in FIGURES and candidate.figure.end <= a.start < value.start for a in own):
        return None
    relation = next((a for a in own if a.label == "RELATION" and a.start >= value.end), None)
    if relation is None or relation.key not in OPPOSITE or not sentence.only_cues_between(value.end, relation.start, "leads_into", ","):
        return None
    pronoun = sentence.cue_starting_at("back_pronoun", relation.end)
    if pronoun is None:
        return None
    after = _WORD.findall(sentence.text[pronoun.end - sentence.start:_clause_end(sentence, pronoun.end) - sentence.start])
    ends = not after or any(sentence.cue_starting_at(kind, pronoun.end) for kind in ("chain", "figure_end"))
    return relation if ends else None  # not '..., higher than that of Peverell'


def _direction_on_that_figure(report: Report, value: Atom) -> Atom | None:
    """'Across England, 71.1% ... felt safe. In Medwyn the proportion was 68.4%, broadly in line with that figure': in the
    council figure's later sentence, relation words right after the figure leading into words naming a figure
    again ('that figure': cue same_measure) state the direction against the benchmark of the sentence before."""
    sentence = report.sentences[value.sentence]
    for r in (a for a in report.atoms_in(sentence) if a.label == "RELATION" and a.start >= value.end):
        if not sentence.only_cues_between(value.end, r.start, "leads_into", ","):
            return None
        named = sentence.cue_starting_at("same_measure", r.end)
        return r if named is not None and not sentence.text[named.end - sentence.start:].strip(" .;)") else None
    return None



def _direction_before_value(report: Report, value: Atom) -> Atom | None:
    """'Nationally, 82.3% ... were still at home 91 days later. In Caddonfield the proportion was higher, at
    86.0%': in a sentence after the benchmark's naming no benchmark before the figure, a direction with no object
    ('than' or a benchmark after it) in the council figure's clause before the figure is that figure's ('In Cheverell
    and Downs the proportion is higher, at 22.4%, and is also above the South East average of 19.4%')."""
    sentence = report.sentences[value.sentence]
    own = report.atoms_in(sentence)
    if any(a.label == "BENCHMARK" and a.start < value.start for a in own):
        return None
    clause = _clause_start(sentence, value.start)
    found = [r for r in own if r.label == "RELATION" and clause <= r.start and r.end <= value.start and r.key in OPPOSITE
             and not sentence.cue_starting_at("than", r.end) and not _is_quantity(r, sentence)]
    return found[-1] if len(found) == 1 else None


def _supposed(sentence: Sentence, relation: Atom) -> bool:
    """Relation words inside a supposition ('If uptake matched the England average, ...': lexicon
    cues.supposition, with no comma or semicolon between)."""
    return any(not any(ch in sentence.text[c.end - sentence.start:relation.start - sentence.start] for ch in ",;")
               for c in sentence.cues_of("supposition", hi=relation.start))


def _relation_leading_into_list(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'Carers were slightly less likely than elsewhere to find information easy to come by:' then
    '• Durnford: 55.2%', '• England: 57.7%': for benchmark bullets under the council's bullet, the one
    direction of the line leading into the list (a line ending ':' with no figure)."""
    lead = _lead_in(report, report.sentences[value.sentence])
    if lead is None or not _benchmark_item(report, candidate.sentence):
        return None
    theirs = report.atoms_in(lead)
    directions = [a for a in theirs if a.label == "RELATION" and a.key != "none" and not _is_quantity(a, lead)]
    if len(directions) != 1 or any(a.label in FIGURES for a in theirs):
        return None
    return directions[0]


def _direction_of_the_lead_in(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'The Adult Social Care Survey 2023-24 placed Wexcombe below the England average on several measures:' then
    '- 62.8% ... (England 67.1%)': for a list item setting the council's figure against a benchmark, the one direction
    of the lead-in line, when it leads into that same benchmark and the figures agree with it."""
    sentence = candidate.sentence
    lead = _lead_in(report, sentence) if value.sentence == sentence.index else None
    if lead is None:
        return None
    theirs = report.atoms_in(lead)
    directions = [a for a in theirs if a.label == "RELATION" and a.key != "none" and not _is_quantity(a, lead)]
    if len(directions) != 1 or any(a.label in FIGURES for a in theirs):
        return None
    led = [b for b in theirs if b.label == "BENCHMARK" and directions[0] in _leading_into(lead, theirs, b, ("leads_into", "place_lead", "than"))]
    if len(led) != 1 or not same_benchmark(led[0], candidate.bench):
        return None
    return directions[0] if figures_agree(directions[0], value, candidate.figure) else None


def _lead_in(report: Report, item: Sentence) -> Sentence | None:
    """The line ending ':' right above the list a bullet belongs to ('Data from ASCOF for 2023-24 showed:')."""
    if not _BULLET.match(item.text):
        return _unmarked_lead_in(report, item)
    while (above := report.beside(item, -1)) is not None:
        first = above  # the first sentence of the paragraph above (a bullet of two sentences)
        while (before := report.neighbour(first, -1)) is not None:
            first = before
        if not _BULLET.match(first.text):
            return above if above.text.rstrip().endswith(":") else None
        item = first
    return None


def _unmarked_lead_in(report: Report, item: Sentence) -> Sentence | None:
    """A page saved without its list marks: the sentence ending ':' above a run of sentences with no closing stop (each
    ended by its line: 'Ratings ... were lower than across England for every type of service (CQC data, August 2024):'
    then 'Residential care homes: 72% rated good or outstanding (England 81%)')."""
    while not item.text.rstrip().endswith((".", ".)", "!", "?", ":")) and not item.text.lstrip().startswith("|"):
        above = report.neighbour(item, -1) or report.beside(item, -1)
        if above is None or above.text.rstrip().endswith(":"):
            return above
        item = above
    return None


def _relation_words(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    sentence, bench = candidate.sentence, candidate.bench
    own = report.atoms_in(sentence)
    relations = [a for a in own if a.label == "RELATION"]
    if value.sentence == bench.sentence:
        low, high = min(value.end, bench.start), max(value.start, bench.start)
    else:
        low, high = sentence.start, bench.start
    if candidate.figure.start in report.scaled:  # 'more than the 23,400 that would be expected if ... matched ...'
        clause = _clause_start(sentence, bench.start)
        high = min(high, candidate.figure.start, clause if clause > low else high)
        return next((r for r in reversed(relations) if low <= r.start and r.end <= high
                     and not _supposed(sentence, r)), None)
    # a fraction between the benchmark and its figure sizes that figure ('Nationally, just under a third of concerns (31%)')
    between = [r for r in relations if low <= r.start and r.end <= high and not _names_a_level(sentence, r, bench, relations)
               and not _states_an_amount(report, sentence, r)  # '... waiting more than six months ...; in X the figure was 22.4%'
               and not _supposed(sentence, r)  # '..., around 24 more than would be expected if the city matched the average
               and not _takes_no_benchmark(report, r, sentence) and sentence.cue_starting_at("fraction", r.end) is None
               and not (sentence.cue_starting_at("fraction", r.start) and bench.end <= r.start and r.end <= candidate.figure.start)
               and not _leads_into_another_benchmark(sentence, r, bench, own)]
    chosen = between[-1] if between else None
    if chosen is None or chosen.key == "none":
        leading = [r for r in _leading_into(sentence, own, bench, ("leads_into", "place_lead"), joined=True) if r.key != "none"]  # all
        # atoms: listed names between; 'a larger share of the population than in the South East
        chosen = leading[-1] if leading else chosen
    if (chosen is None or chosen.key == "none") and _one_benchmark(report, sentence, bench):
        chosen = _directional_elsewhere(report, relations, value, candidate) or chosen
    if chosen is None or chosen.key == "none":
        chosen = _comparative_opening(report, value, candidate) or chosen
    if chosen is None or chosen.key == "none":
        chosen = _comparative_completed(report, sentence, bench, relations) or chosen
    if chosen is not None and chosen.key == "none" and low <= chosen.start:
        chosen = _direction_before_comparing(sentence, relations, chosen) or chosen
    if (chosen is None or chosen.key == "none") and value.sentence == bench.sentence and value.start > candidate.figure.end:
        chosen = _direction_after_value(report, relations, value, candidate) or chosen
    return chosen


def _comparative_opening(report: Report, value: Atom, candidate: Candidate) -> Atom | None:
    """'Fewer care homes in Hallowfield were rated good or outstanding than elsewhere in the country, with 71% of nursing
    homes compared with 77% across England, and 80% of residential homes against an England figure of 84%': a
    comparative opening the sentence ('than' after it, before any figure) over figures set against one benchmark only,
    named once or again, holds for each of its comparisons whose figures agree with it."""
    sentence = candidate.sentence
    own = report.atoms_in(sentence)
    opening = own[0] if own else None
    first_figure = min((a.start for a in own if a.label in FIGURES), default=sentence.end)
    than = sentence.cues_of("than", opening.end, first_figure) if opening is not None else []
    if opening is None or opening.label != "RELATION" or opening.key not in OPPOSITE or not _at_first_word(sentence, opening) \
            or _is_quantity(opening, sentence) or not than:
        return None
    stop = next((i for i, ch in enumerate(sentence.text[than[0].end - sentence.start:], than[0].end) if ch in ",;:"), sentence.end)
    if _WORD.findall(sentence.blanked(than[0].end, stop, [a for a in own if a.label == "BENCHMARK"], (*PLACE_WORDS, "place_noun"))):
        return None  # its object a place ('than elsewhere in the country'), not a time ('than last year')
    if not all(same_benchmark(a, candidate.bench) for a in own if a.label == "BENCHMARK") or value.sentence != sentence.index:
        return None
    return opening if figures_agree(opening, value, candidate.figure) else None


def _direction_before_comparing(sentence: Sentence, relations: list[Atom], comparing: Atom) -> Atom | None:
    """'..., and higher still when set against England (18.4%)': a direction at most four words before the comparison
    words (a relation 'none') leading into the benchmark, with no punctuation or number between."""
    before = [r for r in relations if r.end <= comparing.start]
    if not before or before[-1].key not in OPPOSITE:
        return None
    gap = sentence.text[before[-1].end - sentence.start:comparing.start - sentence.start]
    return before[-1] if len(_WORD.findall(gap)) <= 4 and not any(ch.isdigit() or ch in ",;:.()" for ch in gap) else None


def _comparative_completed(report: Report, sentence: Sentence, bench: Atom, relations: list[Atom]) -> Atom | None:
    """'A smaller share of residents (8.7%) ... than in the East of England (14.3%) or in England as a whole
    (19.0%)', '... less likely to have been included ... (58.1%) than carers across the North East (66.8%)', 'Fewer
    people ... said they felt safe (66.9%) than people across the North East (72.4%)': the
    direction a 'than' completes, for each benchmark after it joined only by 'or'/'and' (other benchmarks, their
    figures, words leading into them and the group compared aside). Not a 'than' of other relation words ('at a lower
    level, which was slightly better than the England average')."""
    for than in reversed(sentence.cues_of("than", hi=bench.start)):
        if any(r.start <= than.start < r.end for r in relations) \
                or sentence.cues_of("clause_break", than.end, _bracket_opening(sentence, bench.start)):
            return None  # ('a higher rate than in England (8.9%); the regional rate is 10.1%': not the regional's; a ';' in
            # the brackets holding the benchmark parts a list: '(Tolbury 59.3%; London 63.0%)')
        named = [a for a in report.atoms_in(sentence)
                 if than.end <= a.start and a.end <= bench.start and a.label in {"BENCHMARK", *FIGURES}]
        gap = sentence.blanked(than.end, bench.start, named, ("leads_into", "place_lead", "chain", "population_group"))
        if any(word.lower() != "or" and word.lower() not in atom_vocabulary().units["people"] and word not in report.council
               for word in _WORD.findall(gap)):
            return None  # ('than people across the North East (72.4%) or England (71.1%)': words counting people aside; the
            # council's name labelling its figure in a list: '... than across London or England (Tolbury 59.3%; London 63.0%)')
        before = [r for r in relations if r.end <= than.start and r.key in OPPOSITE and not _is_quantity(r, sentence)
                  and not sentence.cues_of("clause_break", r.end, than.start)]
        return before[-1] if before else None
    return None


def _names_a_level(sentence: Sentence, relation: Atom, bench: Atom, relations: list[Atom]) -> bool:
    """'... moved to a lower level of support; in England ...': relation words shaped as a noun
    phrase ('a lower level', 'a higher proportion') compare only with a 'than' after them in their
    clause and before any other relation words (not '... at a lower level, which was slightly better than the England
    average'); without one they describe the measure. A sentence opening on comparison words before the benchmark is
    such a 'than' ('Compared with its statistical neighbours (28.3%), a smaller share of people in Halbridge ...')."""
    words = relation.text.lower().split()
    degrees = set(atom_vocabulary().degree_words) - {"a"}
    words = words[next((i for i, w in enumerate(words) if w not in degrees), 0):]  # 'only a lower level'
    if words[0] not in {"a", "an"} or words[-1] not in atom_vocabulary().relation_nouns:
        return False  # 'a little below' is a degree, not a level
    if bench.end <= relation.start and sentence.opens_with("compared_before"):
        return False
    hi = min([_clause_end(sentence, relation.end), max(bench.end, relation.end)]
             + [r.start for r in relations if r.start >= relation.end])
    return not sentence.cues_of("than", relation.end, hi)


def _direction_after_value(report: Report, relations: list[Atom], value: Atom, candidate: Candidate) -> Atom | None:
    """'The England average ... was 31%; Redwick's rate, at 26%, was 5 percentage points lower': the
    council figure after the benchmark's, and a direction in its own clause after it, leading into no
    other benchmark (the council figure is that direction's subject); the same benchmark named again
    without a figure may follow ('With 18.4% of England's population ..., Orlingham's figure of 22.9% is
    well above the national picture'); a direction on 'both' holds for every benchmark."""
    sentence = candidate.sentence
    clause_end = _clause_end(sentence, value.end)
    after = [r for r in relations if value.end <= r.start and r.end <= clause_end and r.key != "none"
             and not _is_quantity(r, sentence) and not _another_clause_between(sentence, value.end, r.start)]
    if not after:
        return None
    if (_WORD.findall(sentence.text[after[0].end - sentence.start:])[:1] or [""])[0].lower() in lexicon_model().every_benchmark_words:
        return after[0]  # '..., in Stenholme the figure was 79.9%, below both that and the East of England average of 86.4%'
    comma = sentence.text.find(",", after[0].end - sentence.start)
    stop = clause_end if comma < 0 else min(clause_end, sentence.start + comma)
    if any(a.label in {"BENCHMARK", *FIGURES} and value.end <= a.start < stop and a is not value
           and not _named_again(report, a, candidate.bench) for a in report.atoms_in(sentence)):
        return None
    return after[0]


def _another_clause_between(sentence: Sentence, lo: int, hi: int) -> bool:
    """'in Holmeshaw the figure was 5.8%, and in two of the town centre wards it was more than double the borough
    rate': a clause joined by a comma and 'and' or 'but' (lexicon clause_joins) between a figure and relation words has
    a subject of its own."""
    between = sentence.text[lo - sentence.start:hi - sentence.start]
    return any(f", {word} " in between for word in lexicon_model().clause_joins)


def _named_again(report: Report, atom: Atom, bench: Atom) -> bool:
    """Is `atom` the benchmark `bench` named again, without a figure of its own?"""
    return atom.label == "BENCHMARK" and same_benchmark(atom, bench) and not any(c.bench is atom for c in report.candidates)


def citation(source: Atom, sentence: Sentence) -> tuple[str | None, int | None]:
    """The parenthesised citation holding a source atom, and the year it gives (from the
    source's own part of a citation like '(ASCS, 2023; SACE, 2022)')."""
    text, rel = sentence.text, source.start - sentence.start
    if (line := source_line(sentence)) is not None:
        year = YEAR.search(line) or CITED_YEAR.search(line)
        return line, int(year.group(0)) if year else None
    open_at, close_at = text.rfind("(", 0, rel), text.find(")", rel)
    after = source.end - sentence.start
    if (open_at == -1 or ")" in text[open_at:rel]) and text[after:].lstrip().startswith("(") and close_at != -1:
        open_at = text.index("(", after)  # 'the Adult Social Care Workforce Data Set (Skills for Care, 2023-24)': its bracket after it
    if open_at == -1 or close_at == -1 or ")" in text[open_at:rel] and open_at < rel:
        return None, None
    inner = text[open_at + 1:close_at]
    own_part = next((part for part in inner.split(";") if source.text in part), inner)
    year = YEAR.search(own_part) or CITED_YEAR.search(own_part)
    return inner.strip(), int(year.group(0)) if year else None


def source_line(sentence: Sentence) -> str | None:
    """What a 'Source: ASCOF 2024' sentence cites."""
    return cited_after_label(sentence.text)


def cited_after_label(text: str) -> str | None:
    """The words after a source label and its colon ('Source: ASCOF 2023/24': the label one of
    lexicon table_source_headers), under a table or after a comparison; None for any other text."""
    label, colon, rest = text.lstrip(" " + lexicon_model().list_marks).partition(":")
    if not colon:  # 'Source ASCS 2023-24.' (no colon)
        label, _, rest = text.strip(" *_").partition(" ")
    if label.strip(" *_").lower() not in lexicon_model().table_source_headers:
        return None
    return rest.strip(" .\n") or None


def _source_places(report: Report, candidate: Candidate, value: Atom) -> list[tuple[SourceLocation, Sentence, int]]:
    """Where a citation may be, in order: the benchmark's sentence, the one before when it opens on words naming the
    same data set (cue same_source) or on an anaphor after a sentence opening on a data set, the value's, the next one, and for a bullet the line leading into its list (and
    the sentence before it in its paragraph when that holds no figure)."""
    sentence = candidate.sentence
    places = [(SourceLocation.SENTENCE, sentence, candidate.bench.end)]
    previous = report.neighbour(sentence, -1)
    if previous is not None and (sentence.opens_with("same_source") or sentence.opens_with("anaphor") and _opens_on_source(report, previous)):
        places.append((SourceLocation.PREVIOUS, previous, previous.start))  # 'The same return showed that 47% ...', 'Census 2021
        # recorded 5,460 residents providing ... unpaid care. That is 3.9% of people aged 5 and over, compared with 2.7% in England.'
    if value.sentence != sentence.index:
        places.append((SourceLocation.VALUE_SENTENCE, report.sentences[value.sentence], value.end))
    following = report.neighbour(sentence, 1) or _after_list(report, sentence)
    if following is not None:
        places.append((SourceLocation.NEXT, following, following.start))
    lead = _lead_in(report, report.sentences[value.sentence])
    if lead is not None:
        places.append((SourceLocation.LEAD_IN, lead, lead.end))
        framing = report.neighbour(lead, -1)  # 'Other results from the Adult Social Care Survey 2023-24 told a similar story.'
        if framing is not None and not any(a.label in FIGURES for a in report.atoms_in(framing)):
            places.append((SourceLocation.LEAD_IN, framing, framing.end))
    if (under := _source_line_under(report, sentence)) is not None and under is not following:
        places.append((SourceLocation.NEXT, under, under.start))
    if (closing := _closing_citation(report, sentence)) is not None:
        places.append((SourceLocation.PARAGRAPH, *closing))
    return places


def _opens_on_source(report: Report, sentence: Sentence) -> bool:
    """Does the sentence open on a data set ('Census 2021 recorded ...', 'The Adult Social Care Survey found ...')?"""
    first = next(iter(report.atoms_in(sentence)), None)
    return first is not None and first.label == "SOURCE" and sentence.only_cues_between(sentence.start, first.start, "leads_into")


def _closing_citation(report: Report, sentence: Sentence) -> tuple[Sentence, int] | None:
    """'... are spoken. (All figures in this paragraph: Census 2021.)': the paragraph's last sentence (from `sentence`
    on) and where a bracketed aside after its full stop opens, when the aside labels a data set after a colon and holds
    no figure (a bare '(SALT, 2023-24)' there cites the sentence before it alone)."""
    last = _paragraph_end(report, sentence)
    aside = _CLOSING_ASIDE.search(last.text)
    if aside is None:
        return None
    start = last.start + aside.start(1)
    inside = [a for a in report.atoms_in(last) if a.start >= start]
    sources = [a for a in inside if a.label == "SOURCE"]
    if not sources or any(a.label in FIGURES for a in inside) or ":" not in last.text[start - last.start:sources[0].start - last.start]:
        return None
    return last, start


def _source_line_under(report: Report, sentence: Sentence) -> Sentence | None:
    """A 'Source: ...' line right under the sentence's paragraph (a list mark before it allowed: '• Source: Adult Social
    Care Survey 2024-25'): the citation of the paragraph's comparisons that cite nothing in their own sentences."""
    last = sentence
    while (following := report.neighbour(last, 1)) is not None:
        if source_line(following) is not None:
            return following
        last = following
    under = report.beside(last, 1)
    while under is not None and _BULLET.match(sentence.text) and _BULLET.match(under.text) and source_line(under) is None:
        under = report.beside(_paragraph_end(report, under), 1)  # past the list's other items: the line under the list
    return under if under is not None and source_line(under) is not None else None


def _paragraph_end(report: Report, sentence: Sentence) -> Sentence:
    """The last sentence of the sentence's paragraph."""
    while (following := report.neighbour(sentence, 1)) is not None:
        sentence = following
    return sentence


def _after_list(report: Report, sentence: Sentence) -> Sentence | None:
    """The paragraph right after a run of benchmark bullets, when it is only a citation ('(SACE, 2023)')."""
    if not _benchmark_item(report, sentence):
        return None
    index = sentence.index
    while index + 1 < len(report.sentences) and _benchmark_item(report, report.sentences[index + 1]):
        index += 1
    after = report.beside(report.sentences[index], 1)
    if after is None or not (after.text.lstrip().startswith("(") or source_line(after) is not None):
        return None
    return after


def _sources_at(report: Report, location: SourceLocation, where: Sentence, anchor: int) -> list[Atom]:
    theirs = report.atoms_in(where)
    sources = [a for a in theirs if a.label == "SOURCE"]
    if location == SourceLocation.PARAGRAPH:
        return [a for a in sources if a.start >= anchor]
    if location != SourceLocation.NEXT or where.opens_with("source_back"):
        return sources  # 'These figures come from the Survey of Adult Carers in England 2023-24, ...'
    if where.index in report.compared or (any(a.label == "BENCHMARK" for a in theirs)
                                          and any(a.label == "RELATION" and a.key != "none" for a in theirs)):
        return []  # '... also below the national picture (SACE)': that citation is its own
    if source_line(where) is not None or _only_a_citation(where, sources):
        return sources  # 'Source: ASCOF 2024' or 'SACE 2023-24.' after the comparison's sentence
    return [s for s in sources if citation(s, where)[0] is not None and where.text.rstrip(" .").endswith(")")]


def _only_a_citation(where: Sentence, sources: list[Atom]) -> bool:
    """'SACE 2023-24.': a sentence of one data set's name and a year, nothing else."""
    if len(sources) != 1:
        return False
    rest = _YEAR_SPAN.sub(" ", where.text.replace(sources[0].text, " ", 1))
    return _WORD.search(rest) is None and not any(ch.isdigit() for ch in rest)


def _respectively_source(report: Report, candidate: Candidate, value: Atom, sources: list[Atom]) -> Atom | None:
    """'(ASCS, 2023; SACE, 2023)' closing a 'respectively' sentence: the n-th distinct source for the n-th pair; else
    so of the sources before the benchmark ('At 58.3% and 30.9% respectively, the proportions of people satisfied (ASCS
    2023-24) and of carers satisfied (SACE 2023-24) were both below the England averages of 64.7% and 36.8%')."""
    closing = [a for a in sources if a.start >= candidate.bench.end]
    pairs = sum(1 for link, _ in report.forced.values() if link.value.sentence == value.sentence)
    position = report.forced[candidate.figure.start][1]
    return _nth_data_set(closing, position, pairs) or _nth_data_set([a for a in sources if a.end <= candidate.bench.start], position, pairs)


def _nth_data_set(sources: list[Atom], position: int, count: int) -> Atom | None:
    """The first source of the `position`-th distinct data set among `sources`, when they name exactly `count`."""
    distinct = list(dict.fromkeys(a.key for a in sources))
    return next(a for a in sources if a.key == distinct[position]) if len(distinct) == count > position else None


def find_source(report: Report, candidate: Candidate, value: Atom) -> tuple[Atom, SourceLocation, Sentence] | None:
    """The cited data set: in the benchmark's sentence, else the value's sentence, else the
    citation closing the next sentence of the paragraph (unless that sentence makes a
    comparison of its own). The nearest source after the anchor wins, else the last before it."""
    for location, where, anchor in _source_places(report, candidate, value):
        sources = [s for s in _sources_at(report, location, where, anchor) if not _cites_earlier_figure(report, where, s, value, candidate.figure)]
        after = [s for s in sources if s.start >= anchor]
        if location == SourceLocation.SENTENCE and after and where.cues_of("clause_break", candidate.figure.end, after[0].start):
            own = [s for s in sources if value.end <= s.start and s.end <= candidate.bench.start]
            after = own or after  # '71.2% ... (SACE, 2021-22), outperforming the national figure of 57.7%; by contrast ... (ASCS)'
        picked = after[0] if after else sources[-1] if sources else None
        if candidate.figure.start in report.forced and location == SourceLocation.SENTENCE:
            picked = _respectively_source(report, candidate, value, sources) or picked
        elif location == SourceLocation.SENTENCE:
            picked = _nth_source(report, candidate, after) or picked
        elif location == SourceLocation.VALUE_SENTENCE:
            picked = _nth_value_source(report, where, value, after) or picked
        if picked is not None:
            return _with_its_year(picked, sources, where), location, where
    return None


def _with_its_year(source: Atom, sources: list[Atom], where: Sentence) -> Atom:
    """The data set named again with its year where the name picked gives none ('Both figures are taken from the Adult
    Social Care Workforce Data Set (Skills for Care, 2023-24)')."""
    if citation(source, where)[1] is not None:
        return source
    return next((s for s in sources if s.key == source.key and citation(s, where)[1] is not None), source)


def _nth_source(report: Report, candidate: Candidate, after: list[Atom]) -> Atom | None:
    """'66.0% ..., compared to 71.1% in England; for carers the figure was 78.4% against 80.8% nationally (ASCS
    2023-24; SACE 2023-24)': one closing citation naming as many data sets as the sentence has comparisons, each
    after all of them: the n-th comparison's is the n-th."""
    ours = report.candidates_in.get(candidate.sentence.index, [])
    if len(ours) < 2 or any(a.start < max(c.figure.end for c in ours) for a in after):
        return None
    return _nth_data_set(after, sorted(ours, key=lambda c: c.figure.start).index(candidate), len(ours))


def _nth_value_source(report: Report, where: Sentence, value: Atom, after: list[Atom]) -> Atom | None:
    """'... were 61.0% and 52.3% respectively (ASCS 2023-24; SACE 2023-24). Both figures were lower than the regional
    averages of 67.8% and 59.6%.': a citation closing the value's sentence and naming as many data sets as it has
    figures of the value's unit, all before it: the n-th figure's is the n-th."""
    figures = [a for a in report.atoms_in(where) if a.label in FIGURES and unit_of(a) == unit_of(value)]
    if len(figures) < 2 or value not in figures or any(a.start < figures[-1].end for a in after):
        return None
    return _nth_data_set(after, figures.index(value), len(figures))


def _cites_earlier_figure(report: Report, where: Sentence, source: Atom, value: Atom, figure: Atom) -> bool:
    """'83.5%, above the England average of 80.5% (ASCOF 2023-24), and 61% ..., compared with 58%
    nationally': a citation after other figures and before the council value, in the value's own
    sentence, closes the comparison before it; not this one's. Its own benchmark figure before the citation
    is no other ('The England average ... was 85.1% (SACE 2021-22), and Caddonfield's result was ... 84.3 per cent').
    A data set named outside brackets is the council value's clause's own ('...; in Fennick Green the 2021 Census
    recorded 51.8%')."""
    return value.sentence == where.index and source.end <= value.start and citation(source, where)[0] is not None and any(
        a.label in FIGURES and a.end <= source.start and a.start != figure.start for a in report.atoms_in(where))


# ------------------------------------------------------------------ putting it together

@lru_cache(maxsize=1)
def statistic_keys() -> dict[str, dict[str, str]]:
    """Each benchmark key's variants by statistic noun: 'comparator group average' -> {'median':
    'comparator group median'}, from the atoms.json benchmark keys that differ only in a last word
    that is a region noun (a statistic: average, median)."""
    vocab = atom_vocabulary()
    nouns = {n.split()[-1] for n in vocab.regions.nouns}
    keys = [b.key for b in vocab.benchmarks]
    out: dict[str, dict[str, str]] = {}
    for key in keys:
        head, _, last = key.rpartition(" ")
        if last in nouns:
            out[key] = {other.rpartition(" ")[2]: other for other in keys
                        if other != key and other.rpartition(" ")[0] == head and other.rpartition(" ")[2] in nouns}
    return out


def with_statistic(bench: Atom, sentence: Sentence, figure: Atom | None = None) -> Atom:
    """'the median across Ellesby's CIPFA nearest neighbours': a statistic noun before a benchmark
    that does not name one, with only the words between a figure and its benchmark between
    (benchmark_figure_before: 'across', 'among', a place's possessive), or opening those words ('the
    41 days median among its CIPFA nearest neighbours'), is the benchmark's statistic: the comparator
    becomes its median, printed from that noun; else one next to the benchmark's `figure` (_statistic_by_figure)."""
    variants = statistic_keys().get(bench.key)
    if not variants or bench.key.rpartition(" ")[2] in bench.text.lower():
        return bench  # none, or the benchmark names its own ('the regional average')
    inside = next((w for w in map(_singular, _WORD.findall(bench.text.lower())) if w in variants), None)
    if inside is not None:
        return replace(bench, key=variants[inside])  # 'the North East median rate of £23.40': a measure word naming it
    plural = _PLURAL_AFTER.match(sentence.text, bench.end - sentence.start)
    if plural is not None and plural.group(1).lower() in variants:  # 'compared with South West medians of £24.60 and £1,095'
        end = sentence.start + plural.end()
        return replace(bench, key=variants[plural.group(1).lower()], end=end, text=sentence.text[bench.start - sentence.start:end - sentence.start])
    lo = bench.start
    while True:
        joined = [c.start for c in sentence.cues_of("benchmark_figure_before", hi=lo) if sentence.adjacent(c.end, lo)]
        if not joined or min(joined) >= lo:
            break
        lo = min(joined)
    found = (_statistic_word(sentence, lo, variants) if lo < bench.start else None) or _statistic_opening(sentence, lo, variants)
    if found is None:
        word = (_statistic_by_figure(sentence, bench, figure, variants) if figure is not None else None) \
            or _statistic_of_the_clause_before(sentence, bench, variants)
        return replace(bench, key=variants[word]) if word else bench
    word, start = found
    return replace(bench, key=variants[word], start=start, text=sentence.text[start - sentence.start:bench.end - sentence.start])


def _statistic_of_the_clause_before(sentence: Sentence, bench: Atom, variants: dict[str, str]) -> str | None:
    """'Across the North West the median was 26 days, and in England 29 days': a place after ', and' right before its
    figure takes the one statistic noun of the clause before it; after 'and' alone, only one leading into a place ('the
    median across the South West was 29 days and in England 24 days')."""
    head = sentence.text[:bench.start - sentence.start].rstrip()
    if not head.endswith(" and"):
        return None
    lo = _clause_start(sentence, sentence.start + len(head.removesuffix(" and").rstrip(",")))
    found = {m.group().lower() for m in _WORD.finditer(head, lo - sentence.start) if m.group().lower() in variants
             and (head.endswith(", and") or sentence.cue_starting_at("place_lead", sentence.start + m.end() + 1) is not None)}
    return found.pop() if len(found) == 1 else None  # (no comma: only 'the median across the South West was 29 days and')


def _statistic_by_figure(sentence: Sentence, bench: Atom, figure: Atom, variants: dict[str, str]) -> str | None:
    """'for the council's CIPFA comparator group the median was 27 days', 'a median of 32 days across
    similar councils': a statistic noun between the benchmark and its figure, or among the three words
    right before a figure that comes first (or its plural: 'medians of 78.6 and 82.7 years across West Midlands
    authorities')."""
    if figure.start >= bench.end:
        words = _WORD.findall(sentence.text[bench.end - sentence.start:figure.start - sentence.start])
    else:
        words = _WORD.findall(sentence.text[:figure.start - sentence.start])[-3:]
    found = [w for w in map(_singular, words) if w in variants]
    return found[-1] if len(set(found)) == 1 else None


def _singular(word: str) -> str:
    """A statistic noun's plural as its singular ('medians' -> 'median'), lower-cased; any other word lower-cased."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and word[:-1] in _statistic_nouns() else word


def _statistic_word(sentence: Sentence, lo: int, variants: dict[str, str]) -> tuple[str, int] | None:
    """The statistic noun opening the words at `lo` ('median among its ...') or the word right
    before them ('the median across ...'), or before one or two plain words naming the measure there
    ('The median weekly fee paid by comparator councils'), lower-cased, with its offset, if it is one of `variants`."""
    opening = _WORD.match(sentence.text, lo - sentence.start)
    if opening is not None and opening.group(0).lower() in variants:
        return opening.group(0).lower(), sentence.start + opening.start()
    for word in reversed(list(_WORD.finditer(sentence.text[:lo - sentence.start]))[-3:]):
        named = sentence.text[word.end():lo - sentence.start]
        if word.group(0).lower() in variants and (not named.strip() or _names_plainly(named)):
            return word.group(0).lower(), sentence.start + word.start()
    return None


STATISTIC_REACH = 6  # the most words between a statistic noun and the benchmark it opens the phrase of


def _statistic_opening(sentence: Sentence, lo: int, variants: dict[str, str]) -> tuple[str, int] | None:
    """'the median rate paid by councils in the region was £22.85': a statistic noun in the benchmark's
    clause, at most STATISTIC_REACH words before it, or further as the sentence's subject ('The median wait for
    a Care Act assessment across the county councils in Ashcombe's comparator group was 24 days'), with words
    only between (no number, no punctuation)."""
    start = _clause_start(sentence, lo)
    words = list(_WORD.finditer(sentence.text, start - sentence.start, lo - sentence.start))
    subject = start == sentence.start and len(words) > 1 and words[0].group(0).lower() == "the" \
        and words[1].group(0).lower() in variants
    for word in reversed(words if subject else words[-STATISTIC_REACH - 1:]):
        between = sentence.text[word.end():lo - sentence.start]
        if any(ch.isdigit() or ch in ",;:()" for ch in between):
            return None
        if word.group(0).lower() in variants:
            return word.group(0).lower(), sentence.start + word.start()
    return None


def _comparison(report: Report, candidate: Candidate, link: Link) -> Comparison:
    value, figure = link.value, candidate.figure
    bench = _statistic_named_before(report, candidate, with_statistic(candidate.bench, candidate.sentence, candidate.figure))
    if figure.start in report.scaled:
        bench = replace(bench, key=f"{bench.key}{SCALED}")
    first, last = sorted([report.sentences[value.sentence], candidate.sentence], key=lambda s: s.index)
    comparison = Comparison(
        value=value, figure=figure, bench=bench, relation=stated_relation(report, value, candidate),
        value_location=link.location, char_start=min(value.start, bench.start, figure.start),
        char_end=max(value.end, bench.end, figure.end),
        sentence=" ".join(s.text for s in report.sentences[first.index:last.index + 1]),
        sentence_start=first.start, sentence_end=last.end)
    found = find_source(report, candidate, value)
    if found is not None:
        comparison.source, comparison.source_location, where = found
        comparison.source_text, comparison.source_year = citation(comparison.source, where)
    return comparison


def _statistic_named_before(report: Report, candidate: Candidate, bench: Atom) -> Atom:
    """'the comparator group median, drawn from the local authority's CIPFA nearest neighbours, was 27 days': the
    same place named earlier in the clause with another statistic, without a figure of its own, gives the
    benchmark that statistic."""
    sentence = candidate.sentence
    lo = _clause_start(sentence, candidate.bench.start)
    variants = statistic_keys().get(bench.key, {}).values()
    own = report.atoms_in(sentence)
    earlier = [b for b in own if b.label == "BENCHMARK" and lo <= b.start and b.end <= candidate.bench.start
               and b.key in variants and b.key.rpartition(" ")[2] in b.text.lower()  # it names its statistic
               and not any(c.bench is b for c in report.candidates)
               and not any(a.label in FIGURES and b.end <= a.start < candidate.bench.start for a in own)]
    return replace(bench, key=earlier[-1].key) if earlier else bench


def _set_against_it_already(found: list[Comparison], comparison: Comparison) -> Finding | None:
    """A council figure already set against this benchmark with another of its figures in the same sentence ('... was
    6.4%, lower than the England rate of 8.1%; turnover stood at 27.5% higher than England's 24.8%', the second figure
    read as a gap): which is its benchmark figure is not known, so the later pairing is left out and warned of."""
    earlier = next((c for c in found if c.value is comparison.value and c.bench.key == comparison.bench.key
                    and c.figure.start != comparison.figure.start and c.figure.sentence == comparison.figure.sentence), None)
    if earlier is None:
        return None
    return Finding(Code.AMBIGUOUS_VALUE, f"{comparison.value.text} is already set against {comparison.bench.key} "
                   f"{earlier.figure.text}; {comparison.figure.text} left unpaired", char_start=comparison.char_start,
                   char_end=comparison.char_end, sentence=comparison.sentence)


def _contradiction(comparison: Comparison) -> Finding:
    similar = " by more than the 'similar' tolerance" if comparison.stated_relation == "similar" else ""
    return Finding(Code.RELATION_CONTRADICTS_NUMBERS,
                   f"text says {comparison.relation.text if comparison.relation else None!r} but "
                   f"{comparison.value.text} vs {comparison.bench.key} {comparison.figure.text} is "
                   f"{direction(comparison.value.value, comparison.figure.value)}{similar}",
                   char_start=comparison.char_start, char_end=comparison.char_end, sentence=comparison.sentence)


def council_name_words(local_authority: str | None) -> frozenset[str]:
    """The words naming one council ('Thornleigh' of 'Thornleigh Metropolitan Borough Council'), not
    words any council's name has (lexicon council_words), stop words or a benchmark's bare name ('London' of
    'London Borough of Eastholm': 'Across London, 74.3% ...' names no council)."""
    generic = set(lexicon_model().council_words) | {name.lower() for b in atom_vocabulary().benchmarks for name in b.bare}
    return frozenset(w for w in _WORD.findall(local_authority or "")
                     if w[0].isupper() and w.lower() not in generic and w.lower() not in STOP_WORDS)


def link_comparisons(sentences: list[Sentence], atoms: list[Atom], council: str | None = None) -> tuple[list[Comparison], list[Finding]]:
    """Every council figure set against a benchmark figure, in document order (`council`: its name, when known)."""
    report = Report(sentences, with_bare_numbers(sentences, atoms), council=council_name_words(council))
    comparisons: list[Comparison] = []
    findings: list[Finding] = []
    for candidate in benchmark_candidates(report):
        link = council_value(report, candidate)
        if link is not None and link.note is not None:
            findings.append(link.note)
        if link is not None and different_groups(report, link.value, candidate):
            link = _of_the_benchmark_s_group(report, link, candidate)
        if link is None or _gap_contradicts(candidate, link):
            continue
        comparison = _comparison(report, candidate, link)
        if (twice := _set_against_it_already(comparisons, comparison)) is not None:
            findings.append(twice)
            continue
        comparisons.append(comparison)
        if (implausible := source_year_finding(comparison)) is not None:
            findings.append(implausible)
        if relation_contradicts(comparison):
            findings.append(_contradiction(comparison))
    _share_sources(comparisons)
    comparisons.sort(key=lambda c: (c.value.start, c.figure.start))
    return comparisons, findings


def _share_sources(comparisons: list[Comparison]) -> None:
    """A comparison citing nothing takes the one data set the other comparisons of its council figure cite
    ('86.5% ..., a stronger result than the England average of 83.8%. The East Midlands average was 84.9%
    (ASCOF, 2023-24).'): one figure, one measure, one data set."""
    by_figure: dict[int, list[Comparison]] = {}
    for comparison in comparisons:
        by_figure.setdefault(comparison.value.start, []).append(comparison)
    for same in by_figure.values():
        cited = [c for c in same if c.source is not None]
        if len({c.source.key for c in cited}) != 1:
            continue
        for comparison in (c for c in same if c.source is None):
            comparison.source, comparison.source_text, comparison.source_year = cited[0].source, cited[0].source_text, cited[0].source_year
            comparison.source_location = SourceLocation.SAME_FIGURE

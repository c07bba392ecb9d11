"""Load the rule files kept as data under pipeline/rules/, validating them on load.

Typed models (pydantic, unknown keys refused) describe each file: `atoms.json` (figures,
benchmark, relation and source vocabularies), `lexicon.json` (cue words for linking,
tolerances, score labels, ratings), `sections.json`, `report.json` and `facts.json`.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

RULES_DIR = Path(__file__).parent / "rules"


class RuleError(ValueError):
    """A rule file is malformed; names the file and the problem."""


def load_json(name: str) -> dict:
    """A rule file from pipeline/rules/, or a RuleError naming it (a key given twice in one object
    is an error: JSON would keep the last silently)."""
    path = RULES_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except (OSError, ValueError) as err:
        raise RuleError(f"{path}: {err}") from err


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    if twice := sorted(key for key, n in Counter(key for key, _ in pairs).items() if n > 1):
        raise ValueError(f"key given twice in one object: {', '.join(twice)}")
    return dict(pairs)


class _Rule(BaseModel):
    """A rule-file object: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def load_model(name: str, model: type[_Rule]):
    """A rule file parsed into its typed model, or a RuleError naming the file and the key."""
    try:
        return model.model_validate(load_json(name))
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RuleError(f"{RULES_DIR / name}: {where}: {first['msg']}") from err


FigureLabel = Literal["PERCENT", "QUANTITY", "MONEY"]
FIGURE_LABELS = frozenset(get_args(FigureLabel))  # the labels of atoms that are figures
RelationKey = Literal["lower", "higher", "similar", "none"]


class FigureRule(_Rule):
    label: FigureLabel
    unit: str                  # '{last}' stands for the figure's last token ('per 100,000')
    pattern: list[dict]        # spaCy token pattern; validated by the Matcher


class BenchmarkRule(_Rule):
    key: str                   # the comparator as written in comparisons.comparator
    phrases: list[str]
    bare: list[str] = []       # 'England (70.1%) and regional (69.8%) averages'
    plural: list[str] = []     # 'England averages of X and Y respectively'
    regions: bool = False      # also '<region> average', '<region> rate', ...
    trailing: list[str] = []   # only right after its figure after comparison words: 'compared with 18.6% in England'
    # Phrases composed of word slots, one word (or words) from each in turn, '' leaving a slot out:
    # [["similar"], ["", "London"], ["boroughs"]] is 'similar boroughs' and 'similar London boroughs'.
    composed: list[list[list[str]]] = []


class Regions(_Rule):
    names: list[str]
    hyphenated: list[str]      # also spelt with a hyphen ('north-west average')
    nouns: list[str]
    lead_ins: list[str]        # '<lead-in> <region>': 'average across the East of England'
    lead_in_suffixes: list[str] = [""]  # '<lead-in> <region><suffix>': 'across the East Midlands region'
    whole_suffixes: list[str] = []  # '<region><suffix>' with no lead-in: 'and the East of England as a whole 9.9%'
    trailing_lead_ins: list[str] = []  # '<lead-in> <region>' right after its figure: 'compared with 30% in the North West'
    bare: list[str]
    aliases: dict[str, str] = {}  # another spelling -> the region's name as councils.json prints it (any case)
    possessive: bool = False  # each name also as a possessive: "the North West's 21.0%", "the East Midlands' 70.6%"


class RelationRule(_Rule):
    comparatives: list[str] = []
    proportion_words: list[str] = []
    phrases: list[str] = []
    token_patterns: list[list[dict]] = []  # 'less ethnically diverse than'


class SourceRule(_Rule):
    id: str
    name: str
    acronyms: list[str]
    phrases: list[str]


class AtomVocabulary(_Rule):
    doc: str = Field(alias="_doc")
    figures: list[FigureRule]
    units: dict[str, list[str]]
    benchmarks: list[BenchmarkRule]
    regions: Regions
    benchmark_plural_nouns: list[str]
    bare_suffixes: list[str] = [""]  # after a bare name before its bracketed figure: 'the South West as a whole (93.1%)'
    relations: dict[RelationKey, RelationRule]
    relation_tails: list[str]
    relation_nouns: list[str]
    degree_words: list[str]
    unit_sharing_joins: list[str] = []
    trailing_qualifiers: list[str] = []
    speed_words: list[str] = []  # relation phrases stating a direction only for a duration ('quicker' = less time)
    numbering_words: list[str] = []  # a number right after one of these names a thing ('Section 42 enquiries'), no figure
    gap_words: list[str] = []  # after a time in words, a difference ('nine years above', 'two years older')
    event_gap_words: list[str] = []  # gap words that, before an '-ing' word, open the event a time runs to ('days after being')
    listed_names_verbs: list[str] = []  # after a list of names, before their figures and 'respectively' ('A, B and C were ...')
    hyphenated_compounds: list[str] = []  # benchmark words also spelt with a hyphen ('comparator-group average')
    not_relation_openers: list[str] = []  # a word before a relation word that makes it none ('no longer', 'set out below')
    not_relation_names: list[str] = []  # the last word of a name after a relation word that makes it none ('under the Equality Act')
    sources: list[SourceRule]


@lru_cache(maxsize=None)
def atom_vocabulary() -> AtomVocabulary:
    """The atom vocabularies (atoms.json)."""
    return load_model("atoms.json", AtomVocabulary)


CueKind = Literal[
    "benchmark_figure_after", "benchmark_where", "age_bound", "benchmark_group", "benchmark_group_figure", "benchmark_figure_before", "respectively", "plural_pronoun", "plural_statistic",
    "chain", "anaphor", "same_measure",
    "local_opener", "leads_into", "own_group", "target", "clause_break", "past_before", "compared_before", "past_after", "past_year",
    "population_group", "than", "superlative", "approximation", "supposition", "scaled_count", "target_setting", "target_limit", "target_intent", "same_answer", "same_period", "limit_statistic", "figures_together",
    "measure_pronoun", "place_lead", "place_noun", "every_place", "council_share", "place_join", "same_measure_opener", "aside_opener", "change_word", "change_link", "contrast_opener", "figure_end", "conversion", "past_opener", "neighbour", "part_of_area", "former", "latter", "source_back", "same_source", "other_measure", "not_compared", "gap_noun", "gap_subject", "back_pronoun", "names_after", "span_lead", "next_item", "negation", "sex_group", "care_group", "object_taking", "fraction", "band", "breakdown", "not_target", "qualifier", "metric_end", "metric_lead",
    "metric_trailing", "metric_after_opener", "metric_before_opener"]


class CueRule(_Rule):
    """Words that play one role in linking, matched on whole tokens, case-insensitively."""

    doc: str = Field("", alias="_doc")
    phrases: list[str] = []
    prefixes: list[str] = []   # each phrase also matches with one of these words before it
    token_patterns: list[list[dict]] = []
    opening_only: bool = False  # matched only where a sentence's first word starts (Sentence.opens_with)


class Tolerance(_Rule):
    doc: str = Field("", alias="_doc")
    percentage_points: float
    relative: float


class Lexicon(_Rule):
    doc: str = Field(alias="_doc")
    cues: dict[CueKind, CueRule]
    score_labels: dict[Literal["1", "2", "3", "4"], str]
    ratings: list[str]
    rating_bands_by_score_sum: dict[str, tuple[int, int]]
    similar_tolerance: Tolerance
    distribution_categories: list[str]
    distribution_tolerance_pct: float
    quantity_relations: list[str]
    table_benchmark_headers: dict[str, str]
    table_source_headers: list[str]
    council_words: list[str]
    line_wrap_words: list[str] = []
    list_marks: str = "-*+\u2022"  # a list item's marker at a line's start ('-', '\u2022', '\u25aa', ...)
    linking_verbs: list[str] = []  # 'this is 1.9 years lower': after an anaphor, the figure refers back
    every_benchmark_words: list[str] = []  # '... lower than either': a direction's object naming every benchmark
    row_ordinals: list[str] = []  # 'The third was slightly under both': under a table, its third row
    here_words: list[str] = []  # '...; both are lower here', '... lower in Marlbridge': with council_words, naming the council
    sex_words: dict[str, str] = {}  # 'woman' -> 'women': the group a lexicon sex_group word names ('A woman born in X ...')
    care_groups: dict[str, str] = {}  # 'over-65s' -> 'older': the group a lexicon care_group phrase names
    there_words: list[str] = []  # '..., and 2.6% of people there give 50 or more hours': the benchmark's place, not the council
    clause_joins: list[str] = []  # ', and in two of the wards it was ...': after a comma, these open a clause of its own
    source_time_words: list[str] = []  # 'since the 2011 Census': a data set after one of these names a time
    source_time_qualifiers: list[str] = []  # 'since the last census': words that may stand between them and the data set
    range_joins: list[str] = []  # 'aged 18 to 64': words joining an age range's bounds
    gap_units: list[str] = []  # 'nearly eight percentage points higher': words sizing a gap besides units and numbers
    gap_leads: list[str] = []  # 'to seventy-eight, each more than a year below the national averages': may open a gap

    @model_validator(mode="after")
    def _consistent(self) -> "Lexicon":
        if any(not w.isalpha() or not w.islower()
               for w in [*self.council_words, *self.line_wrap_words, *self.linking_verbs, *self.every_benchmark_words, *self.here_words,
                         *self.there_words]):
            raise ValueError("council_words, line_wrap_words, linking_verbs, every_benchmark_words, here_words and there_words must be single "
                             "lower-case words")
        if not self.list_marks or any(c.isalnum() or c.isspace() for c in self.list_marks):
            raise ValueError("list_marks must be marks, not letters, digits or spaces")
        missing = set(CueKind.__args__) - set(self.cues)  # type: ignore[attr-defined]
        if missing:
            raise ValueError(f"cues missing: {sorted(missing)}")
        if set(self.sex_words) != set(self.cues["sex_group"].phrases):
            raise ValueError("sex_words must give the group of each cues.sex_group phrase, and only those")
        if set(self.care_groups) != set(self.cues["care_group"].phrases):
            raise ValueError("care_groups must give the group of each cues.care_group phrase, and only those")
        if sorted(self.rating_bands_by_score_sum) != sorted(self.ratings):
            raise ValueError("rating_bands_by_score_sum must give a band for each rating")
        return self


def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """A case-insensitive regular expression, or a RuleError naming where it came from."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise RuleError(f"{where}: bad pattern {pattern!r}: {err}") from err


def squash(text: str) -> str:
    """Heading text for matching: no marks, bullets, or repeated spaces; lower case."""
    text = re.sub(rf"^[#>\s]*(?:{list_mark()}\s+)?", "", text)
    return " ".join(text.split()).strip(" :").lower()


@dataclass(frozen=True)
class Statement:
    name: str
    short: str
    theme: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class HeadingRule:
    kind: str
    level: int
    pattern: re.Pattern[str]


MAX_HEADING = 160  # longer lines are paragraphs, never headings


@dataclass(frozen=True)
class SectionRules:
    statements: tuple[Statement, ...]
    themes: dict[int, str]
    theme_short: dict[int, str]
    headings: tuple[HeadingRule, ...]
    theme_number: re.Pattern[str]
    not_headings: re.Pattern[str]  # sections.json's patterns as one alternation
    by_alias: dict[str, Statement]
    aliases_longest_first: tuple[str, ...]
    subheadings: frozenset[str] = frozenset()  # squashed

    def statement_for(self, heading: str) -> Statement | None:
        if len(heading) > MAX_HEADING:
            return None
        return self.by_alias.get(squash(heading))

    def statement_at_start(self, line: str) -> tuple[Statement, str] | None:
        """A statement name opening a line ('Assessing needs: Score 2', '| Assessing needs | 3 |'),
        with the rest of the line (lower case, table bars kept)."""
        if len(line) > MAX_HEADING:
            return None
        key = squash(line.replace("|", " | ").strip(" |"))
        for alias in self.aliases_longest_first:
            if key.startswith(alias) and not key[len(alias):len(alias) + 1].isalnum():
                return self.by_alias[alias], key[len(alias):]
        return None

    def heading_rule_for(self, heading: str) -> HeadingRule | None:
        if len(heading) > MAX_HEADING:
            return None
        key = squash(heading)
        return next((rule for rule in self.headings if rule.pattern.fullmatch(key)), None)

    def is_not_heading(self, line: str) -> bool:
        if len(line) > MAX_HEADING:
            return True  # a paragraph
        key = squash(line)
        return self.not_headings.fullmatch(key) is not None


@lru_cache(maxsize=None)
def section_rules() -> SectionRules:
    data = load_json("sections.json")
    statements = tuple(Statement(s["name"], s["short"], int(s["theme"]), tuple(s["aliases"])) for s in data["statements"])
    if len(statements) != 9 or sorted({s.theme for s in statements}) != [1, 2, 3, 4]:
        raise RuleError("sections.json: expected nine statements across themes 1-4")
    headings = tuple(HeadingRule(h["kind"], int(h["level"]), compile_pattern(h["pattern"], "sections.json"))
                     for h in data["headings"])
    return SectionRules(
        statements=statements,
        themes={int(k): v["name"] for k, v in data["themes"].items()},
        theme_short={int(k): v["short"] for k, v in data["themes"].items()},
        headings=headings,
        theme_number=compile_pattern(data["theme_number"], "sections.json"),
        not_headings=compile_pattern("|".join(f"(?:{compile_pattern(p, 'sections.json').pattern})"
                                              for p in data["not_headings"]), "sections.json"),
        by_alias={alias.lower(): s for s in statements for alias in s.aliases},
        aliases_longest_first=tuple(sorted((a.lower() for s in statements for a in s.aliases), key=len, reverse=True)),
        subheadings=frozenset(squash(h) for h in data.get("subheadings", [])),
    )


@lru_cache(maxsize=None)
def lexicon_model() -> Lexicon:
    """lexicon.json as its typed model; benchmark headers must name known comparators."""
    model = load_model("lexicon.json", Lexicon)
    known = {b.key for b in atom_vocabulary().benchmarks}
    unknown = set(model.table_benchmark_headers.values()) - known
    if unknown:
        raise RuleError(f"lexicon.json: table_benchmark_headers name unknown comparators {sorted(unknown)}")
    return model


@lru_cache(maxsize=1)
def list_mark() -> str:
    """A regular-expression character class matching one list item mark (lexicon list_marks)."""
    return "[" + re.escape(lexicon_model().list_marks) + "]"


@lru_cache(maxsize=1)
def measure_nouns() -> frozenset[str]:
    """The nouns of the two-word same_measure cues ('the rate', 'the proportion'): a measure named again after
    'the' and a word or two naming it ('In London the conversion rate was 33%')."""
    return frozenset(p.split()[1] for p in lexicon_model().cues["same_measure"].phrases
                     if p.startswith("the ") and len(p.split()) == 2)


@lru_cache(maxsize=None)
def lexicon() -> dict:
    """lexicon.json (validated by its model) as plain data: cue words, labels, tolerances."""
    lexicon_model()
    return load_json("lexicon.json")

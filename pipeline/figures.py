"""Stage 3e: every other number (figures.parquet): counts, money, durations, rates, ratios, shares.

spaCy Matcher patterns from rules/figures.json find the candidates in each sentence that holds a
digit, a number word or a 'no waiting list' phrase (the sentences of the atom stage, plus the
paragraphs without a digit that hold a number word); exclusion patterns drop the numbers that
are not figures (years, dates, ages used as a boundary, section, score, page and phone numbers,
...; each a named rule with its own example). Each figure then takes, from the words around it
and the vocabularies of the same file, its unit and kind (the words right after it), a qualifier
(just before it), a topic (cue words near it), a date or period (`as_of`, anywhere in the
sentence) and a measure (words of its clause). Percentages stay in percentages.parquet.

Only candidate sentences are tokenized (by the same tokenizer as the atoms), so the cost is a
fraction of the atom stage's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, chain
from bisect import bisect_left
from typing import Literal

from pydantic import Field, model_validator
import numpy
from spacy.attrs import LEMMA, NORM, ORTH, TAG
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .atoms import Atom, Sentence, paragraphs
from .nlp import build_nlp
from .numbers import DIGIT, digit_offsets, holds_digit, parse_money, parse_number
from .rules import _Rule, lexicon_model, load_model

Reading = Literal["money", "range", "ratio", "rate", "fraction", "compound", "number", "none"]
PatternToken = dict | str
Pattern = list[PatternToken]
WORD_PLACEHOLDERS = ("NUMWORD", "NUMBER", "SCALE?", "MONTH", "FRACTION")
DIGITS_MARK, WORD_MARK, NUMBER_MARK, MONTH_MARK, FRACTION_MARK = "#digits", "#word", "#number", "#month", "#fraction"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
MONTH_SET = frozenset(MONTHS)
EXACT_ATTRS = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG")   # pattern attributes whose values (or IN sets) a Doc must hold
Needs = tuple[frozenset[int], ...]   # a pattern's required tokens: for each, the values one of which it holds
CLAUSE_MARKS = frozenset(map(get_string_id, [",", ";", ":", "(", ")", "."]))   # ORTH ids: a clause starts after one
HYPHEN = get_string_id("-")   # its ORTH id
SPACES_AND_HYPHENS = re.compile(r"[\s-]*")   # how `unit_after` starts
LOWER_CASE_CHANGES = ("\u0130", "\u212a")   # 'İ' lower-cases to two characters, the Kelvin sign to 'k'
WORD_START = re.compile("[a-z]{2,}")   # what a word `_word_hits` looks for starts with
LETTERS, RUN_LENGTHS = 26, 16   # `_run_key`: letters a-z; lengths of letter runs told apart (longer ones as the longest)


class TokenClasses(_Rule):
    doc: str = Field(alias="_doc")
    classes: list[tuple[str, str]]
    groups: dict[str, list[str]]

    @model_validator(mode="after")
    def _known(self) -> "TokenClasses":
        names = {name for name, _ in self.classes}
        for group, members in self.groups.items():
            if not set(members) <= names:
                raise ValueError(f"group {group} names unknown classes {sorted(set(members) - names)}")
        for name, regex in self.classes:
            re.compile(regex)
        return self

    def placeholder(self, name: str) -> dict | None:
        members = self.groups.get(name) or ([name] if name in {n for n, _ in self.classes} else None)
        if members is None:
            return None
        return {"NORM": f"#{members[0]}"} if len(members) == 1 else {"NORM": {"IN": [f"#{m}" for m in members]}}


class UnitRule(_Rule):
    unit: str
    kind: str
    words: list[str]
    gap: int = 0


class TopicRule(_Rule):
    topic: str
    kinds: list[str] = []
    cues: list[str]
    none: list[str] = []


class Exclusion(_Rule):
    name: str
    doc: str = Field(alias="_doc")
    example: str
    hides: str
    classes: list[str] = []
    before: list[str] = []
    gap: list[str] = []
    after: list[str] = []
    patterns: list[Pattern] = []
    unless_unit: bool = False
    at_start: bool = False


class AsOfRule(_Rule):
    pattern: Pattern
    needs_lead: bool = False


class FigureVocabulary(_Rule):
    doc: str = Field(alias="_doc")
    token_classes: TokenClasses
    number_words: dict[str, int]
    tens_words: list[str]
    fraction_words: dict[str, float]
    fraction_counts: dict[str, int]
    scale_words: dict[str, float]
    needs_unit: list[str]
    needs_unit_kinds: list[str]
    period_kinds: list[str]
    candidates: dict[Reading, list[Pattern]]
    units: list[UnitRule]
    per_periods: dict[str, list[str]]
    qualifiers: dict[str, list[str]]
    qualifier_window: int
    qualifier_fillers: list[str]
    back_references: list[str]
    measure_stops: list[str]
    measure_window: int
    unit_gap_stops: list[str]
    as_of: list[AsOfRule]
    as_of_leads: list[str]
    topics: list[TopicRule]
    topic_window: int
    exclusions: list[Exclusion]

    @model_validator(mode="after")
    def _consistent(self) -> "FigureVocabulary":
        classes = {n for n, _ in self.token_classes.classes}
        for rule in self.exclusions:
            if not set(rule.classes) <= classes:
                raise ValueError(f"exclusion {rule.name}: unknown token classes {sorted(set(rule.classes) - classes)}")
        for pattern in [*(p for ps in self.candidates.values() for p in ps), *(a.pattern for a in self.as_of),
                        *(p for e in self.exclusions for p in e.patterns)]:
            bad = [t for t in pattern if isinstance(t, str) and t not in WORD_PLACEHOLDERS
                   and self.token_classes.placeholder(t) is None]
            if bad:
                raise ValueError(f"unknown placeholder {bad[0]!r}")
        names = [e.name for e in self.exclusions]
        if len(set(names)) != len(names):
            raise ValueError("exclusion names must be unique")
        if not set(self.needs_unit) <= set(self.number_words) or not set(self.tens_words) <= set(self.number_words):
            raise ValueError("needs_unit and tens_words must be number words")
        unfound = [w for w in [*self.number_words, *self.fraction_words] if not WORD_START.match(w)]
        if unfound:   # `_word_hits` looks for a word where a run of its first letters stands
            raise ValueError(f"number and fraction words must start with two or more letters a-z: {unfound}")
        return self


def _placeholders(vocab: FigureVocabulary) -> dict[str, dict]:
    """What each placeholder token stands for, in the token attributes `_classify` sets: the class
    as NORM ('#YEAR'), a number in digits or in words as LEMMA, any number as TAG. Exact values
    keep the Matcher in C (a set test is a Python call per token)."""
    classes = vocab.token_classes
    table = {name: classes.placeholder(name) for name in [*(n for n, _ in classes.classes), *classes.groups]}
    return {**table, "DIGITS": {"LEMMA": DIGITS_MARK}, "NUMWORD": {"LEMMA": WORD_MARK}, "NUMBER": {"TAG": NUMBER_MARK},
            "SCALE?": {"LOWER": {"IN": list(vocab.scale_words)}, "OP": "?"}, "MONTH": {"NORM": MONTH_MARK},
            "FRACTION": {"NORM": FRACTION_MARK}}


def expand(pattern: Pattern, vocab: FigureVocabulary) -> list[dict]:
    """A pattern with its placeholders replaced by the token attributes `_classify` sets."""
    table = _placeholders(vocab)
    return [table[t] if isinstance(t, str) else t for t in pattern]


@dataclass
class Matchers:
    vocab: FigureVocabulary
    patterns: Matcher           # every pattern, validated; keys 'candidate:<reading>', 'exclusion:<rule name>', 'as_of:<i>'
    #                             (a sentence goes through a Matcher of only the patterns it can match: `_pattern_matches`)
    classes: re.Pattern[str]    # token classes, one named group each, tried in order
    noise: re.Pattern[str]      # percentages and years (no unit after): a sentence with only these needs no look
    digit_classes: frozenset[str]
    phrases: PhraseMatcher      # every word list, keyed '<list>|<name>': unit, period, qualifier, topic, exclusion, lead
    stops: frozenset[int]           # measure_stops as LOWER ids (a token's id is read without making its string)
    gap_stops: frozenset[str]
    words: frozenset[str]           # number and fraction words that need no unit
    needs_unit: frozenset[str]      # 'one': only before a unit of time or a scale word ('one week')
    unit_after: re.Pattern[str]
    unit_reach: int                 # characters of the longest word `unit_after` looks for

    unit_rules: dict[str, UnitRule] = field(default_factory=dict)
    marks: dict[int, "_Mark"] = field(default_factory=dict)   # word -> its marks and the values of `needed` it holds
    needs: list[tuple[str, list[dict], Needs]] = field(default_factory=list)  # (key, pattern, values it needs)
    needed: frozenset[int] = frozenset()   # every value of `needs`
    subsets: dict[frozenset[int], tuple[int, ...]] = field(default_factory=dict)  # needed values a Doc holds -> patterns
    sub_matchers: dict[tuple[int, ...], Matcher] = field(default_factory=dict)  # indices into `needs` -> their Matcher
    rule_sets: dict[frozenset[str], "_Rules"] = field(default_factory=dict)   # `skip` -> the exclusion rules in force
    key_parts: dict[int, tuple[str, str]] = field(default_factory=dict)   # match key -> (group, name), both matchers

    @property
    def strings(self):
        return self.patterns.vocab.strings

    @property
    def words_and_more(self) -> list[str]:
        return [*sorted(self.words), *sorted(self.needs_unit), "waiting list"]

    @cached_property
    def topic_rules(self) -> list[tuple[str, frozenset[str], bool, str, str]]:
        """The topic rules in order as `_topic` reads them: topic, kinds, whether a cue is needed, and
        the keys of its cue and none word lists (built once)."""
        return [(rule.topic, frozenset(rule.kinds), bool(rule.cues), f"{rule.topic}:cue", f"{rule.topic}:none")
                for rule in self.vocab.topics]

    @cached_property
    def run_keys(self) -> numpy.ndarray:
        """Which `_run_key`s are those of the first run of letters of a word `_word_hits` looks for,
        as a table of booleans indexed by the key (built once)."""
        table = numpy.zeros(_run_key(LETTERS - 1, LETTERS - 1, LETTERS - 1, RUN_LENGTHS - 1) + 1, dtype=bool)
        for run in self.words_by_run:
            table[_run_key(*(ord(c) - ord("a") for c in (run[0], run[1], run[-1])), min(len(run), RUN_LENGTHS - 1))] = True
        return table

    @cached_property
    def words_by_run(self) -> dict[str, list[str]]:
        """The words `_word_hits` looks for by their first run of letters ('waiting' -> ['waiting list'])."""
        found: dict[str, list[str]] = {}
        for word in self.words_and_more:   # each starts with WORD_START (FigureVocabulary)
            found.setdefault(WORD_START.match(word).group(), []).append(word)  # type: ignore[union-attr]
        return found


@lru_cache(maxsize=1)
def vocabulary() -> FigureVocabulary:
    """rules/figures.json as its typed model."""
    return load_model("figures.json", FigureVocabulary)


@lru_cache(maxsize=1)
def matchers() -> Matchers:
    """The spaCy matchers of figures.json (validated by spaCy as they are added)."""
    vocab, nlp = vocabulary(), build_nlp()
    matcher = Matcher(nlp.vocab, validate=True)
    keyed = _keyed_patterns(vocab)
    for key, pattern in keyed:
        matcher.add(key, [pattern])
    classes = re.compile("|".join(f"(?P<{name}>{regex})" for name, regex in vocab.token_classes.classes))

    lists = {f"unit|{u.unit}": u.words for u in vocab.units} | {f"period|{k}": v for k, v in vocab.per_periods.items()}
    lists |= {f"qualifier|{k}": v for k, v in vocab.qualifiers.items()} | {"lead|as_of": vocab.as_of_leads}
    lists |= {"back|reference": vocab.back_references}
    lists |= {f"topic|{t.topic}:cue": t.cues for t in vocab.topics} | {f"topic|{t.topic}:none": t.none for t in vocab.topics}
    lists |= {f"{side}|{r.name}": getattr(r, side) for r in vocab.exclusions for side in ("before", "after")}
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, words in lists.items():
        if words:
            phrases.add(key, list(nlp.tokenizer.pipe(words)))
    unit_words = [w for u in vocab.units if u.kind in vocab.needs_unit_kinds for w in u.words] + list(vocab.scale_words)
    words = frozenset({*vocab.number_words, *vocab.fraction_words} - set(vocab.needs_unit))
    unit_after = re.compile(r"[\s-]+(?:" + "|".join(sorted(map(re.escape, unit_words), key=len, reverse=True)) + r")\b")
    all_units = "|".join(sorted((re.escape(w) for u in vocab.units for w in u.words), key=len, reverse=True))
    noise = re.compile(r"(?<![\d.,])\d[\d.,]*+\s?(?:%|per ?cent\b)|\b(?:19|20)\d\d(?:\s?[/\u2013-]\s?\d{2,4})?\b(?!\s+(?:"
                       + all_units + r")\b)", re.IGNORECASE)
    needs = [(key, pattern, _needs(pattern, nlp.vocab.strings)) for key, pattern in keyed]
    key_parts = {nlp.vocab.strings.add(key): _split_key(key, ":") for key, _ in keyed}
    key_parts |= {nlp.vocab.strings.add(key): _split_key(key, "|") for key in lists}
    return Matchers(vocab, matcher, classes, noise, frozenset(vocab.token_classes.groups["DIGITS"]), phrases,
                    frozenset(map(get_string_id, vocab.measure_stops)), frozenset(vocab.unit_gap_stops), words,
                    frozenset(vocab.needs_unit), unit_after, max(map(len, unit_words)),
                    {u.unit: u for u in vocab.units}, {}, needs,
                    frozenset(v for _, _, need in needs for values in need for v in values), key_parts=key_parts)


def _split_key(key: str, separator: str) -> tuple[str, str]:
    """'candidate:range' -> ('candidate', 'range') (Matcher keys); 'unit|days' -> ('unit', 'days') (word lists)."""
    group, _, name = key.partition(separator)
    return group, name


def _keyed_patterns(vocab: FigureVocabulary) -> list[tuple[str, list[dict]]]:
    """Every Matcher pattern, expanded, with its key ('candidate:<reading>', 'exclusion:<rule name>',
    'as_of:<index>'), in the order they are added."""
    keyed = [(f"candidate:{reading}", expand(p, vocab)) for reading, patterns in vocab.candidates.items() for p in patterns]
    keyed += [(f"exclusion:{rule.name}", expand(p, vocab)) for rule in vocab.exclusions for p in rule.patterns]
    return keyed + [(f"as_of:{i}", expand(rule.pattern, vocab)) for i, rule in enumerate(vocab.as_of)]


def _needs(pattern: list[dict], strings) -> Needs:
    """For each value test of a required token (no operator, or '+'), the values that pass it (one,
    or an IN set): a Doc holding none of them cannot match the pattern."""
    return tuple(frozenset(strings.add(v) for v in ([value] if isinstance(value, str) else value["IN"]))
                 for token in pattern if token.get("OP") in (None, "+") for attr, value in token.items()
                 if attr in EXACT_ATTRS and (isinstance(value, str) or list(value) == ["IN"]))


@dataclass
class Figure:
    """One figure of a report, offsets absolute into the normalised text."""

    value: float | None
    value_low: float | None
    value_high: float | None
    text: str
    kind: str
    unit: str | None
    measure: str | None
    qualifier: str | None
    as_of: str | None
    topic: str | None
    char_start: int
    char_end: int
    sentence: str
    sentence_start: int
    refers_back: bool = False   # a bare count next to 'of these': takes the unit of the count before it


@dataclass
class _Candidate:
    reading: str
    span: Span


# ---------------------------------------------------------------- values

def _word_value(token_text: str, vocab: FigureVocabulary) -> float | None:
    return float(vocab.number_words[token_text.lower()]) if token_text.lower() in vocab.number_words else parse_number(token_text)


def _number(span: Span, vocab: FigureVocabulary) -> float | None:
    """'3,535' -> 3535; 'one million' -> 1e6; 'Eighty-eight' -> 88 (tokens of a number or compound)."""
    scale = vocab.scale_words.get(span[-1].lower_, 1.0) if len(span) > 1 else 1.0
    tokens = [t for t in (span[:-1] if scale != 1.0 else span) if t.text != "-"]
    values = [_word_value(t.text, vocab) for t in tokens]
    if not values or None in values:
        return None
    return round(sum(values) * scale, 6)  # type: ignore[arg-type]


def _values(candidate: _Candidate, vocab: FigureVocabulary) -> tuple[float | None, float | None, float | None]:
    """(value, value_low, value_high) of a candidate by how it is read."""
    span, reading = candidate.span, candidate.reading
    if reading == "money":
        return parse_money(span.text), None, None
    if reading in {"range", "ratio"}:
        numbers = [t for t in span if t.like_num and (t.text[:1].isdigit() or t.lower_ in vocab.number_words)]
    if reading == "range":
        low, high = (_word_value(t.text, vocab) for t in (numbers[0], numbers[-1]))
        return None, low, high
    if reading == "ratio":
        a, b = (_word_value(t.text, vocab) for t in (numbers[0], numbers[-1]))
        return (round(a / b, 6) if a is not None and b else None), None, None
    if reading == "rate":
        return parse_number(span[0].text), None, None
    if reading == "fraction":
        count = vocab.fraction_counts.get(span[0].lower_, 1)
        share = vocab.fraction_words.get(span[1].lower_ if span[0].lower_ != "half" else "half", 0.0)
        return round(count * share, 4), None, None
    if reading == "none":
        return 0.0, None, None
    return _number(span, vocab), None, None


# ---------------------------------------------------------------- words around a figure

def _unit(doc: Doc, span: Span, m: Matchers, units: list[tuple[str, int, int]]) -> tuple[UnitRule | None, int, bool]:
    """The unit printed after the figure (a hyphen may join: '28-day'), the token where it ends, and
    whether it stands right after the figure (then it is part of the printed text)."""
    start = span.end + 1 if span.end < len(doc) and doc[span.end].text == "-" else span.end
    for key, s, e in units:
        rule = m.unit_rules[key]
        if s < start or s > start + rule.gap:
            continue
        between = [doc[i] for i in range(start, s)]
        if all(t.lower_ not in m.gap_stops and not t.is_punct or t.text == "-" for t in between) \
                and not any(t.like_num for t in between):
            return rule, e, s == start
    return None, span.end, False


def _period(doc: Doc, end: int, periods: list[tuple[str, int, int]]) -> tuple[str | None, int]:
    return next(((key, e) for key, s, e in periods if s == end), (None, end))


def _clause_start(doc: Doc, index: int, stops: frozenset[int], window: int) -> int:
    lo = max(0, index - window)
    for i in range(index - 1, lo - 1, -1):
        token = doc[i]
        if token.orth in CLAUSE_MARKS or token.lower in stops:
            return i + 1
    return lo


def _qualifier(doc: Doc, span: Span, qualifiers: list[tuple[str, int, int]], vocab: FigureVocabulary) -> str | None:
    """The nearest qualifier ending at most `qualifier_window` tokens before the figure, only filler words between."""
    best = None
    for key, s, e in qualifiers:
        if e <= span.start and span.start - e <= vocab.qualifier_window and all(
                doc[i].lower_ in vocab.qualifier_fillers for i in range(e, span.start)) and (best is None or e >= best[1]):
            best = (key, e)
    return best[0] if best else None


def _measure(doc: Doc, span: Span, unit_end: int, kind: str, reading: str, m: Matchers) -> str | None:
    """Words of the figure's clause that say what it measures: after a count ('545 safeguarding
    concerns'), else before the figure ('Referrals received were processed within 48 hours')."""
    window, length = m.vocab.measure_window, len(doc)
    start, end = span.start, span.end
    if reading == "none":  # 'no waiting lists for people to be screened'
        start = end = span.end - 2
    after: list[str] = []
    if kind in {"count", "ratio", "fraction", "number"}:
        for i in range(end, min(length, end + window)):
            token = doc[i]
            if (token.is_punct and token.orth != HYPHEN) or token.lower in m.stops or token.like_num and token.text[:1].isdigit():
                break
            after.append(token.text)
    if after:
        return " ".join(after).replace(" - ", "-")
    clause = [doc[i] for i in range(_clause_start(doc, start, m.stops, window), start)]
    before = [token.text for token in clause if not token.is_punct]
    if not before:  # '... and 2 days a week at the hospital': the words after it
        for i in range(unit_end, min(length, unit_end + window)):
            token = doc[i]
            if token.is_punct or token.lower in m.stops:
                break
            before.append(token.text)
    return " ".join(before) or None


def _topic(span: Span, kind: str, cues: dict[str, list[tuple[int, int]]], m: Matchers) -> str | None:
    window = m.vocab.topic_window
    lo, hi = span.start - window, span.end + window
    near = {key for key, found in cues.items() if any(s < hi and e > lo for s, e in found)}
    for topic, kinds, needs_cue, cue, none in m.topic_rules:
        if kinds and kind not in kinds:
            continue
        if (not needs_cue or cue in near) and none not in near:
            return topic
    return None


def _as_of(doc: Doc, found: list[tuple[int, int]], text: str) -> str | None:
    """The first date or period of the sentence outside brackets ('as at 31 March 2024' -> '31 March 2024').
    `text` is the Doc's text (Doc.text would rebuild it on every call)."""
    for start, end in _longest(found):
        before = text[:doc[start].idx]
        if before.count("(") <= before.count(")"):
            while start < end - 1 and doc[start].is_alpha and doc[start].lower_ not in MONTH_SET:
                start += 1
            return _text(doc, start, end, text)
    return None


def _text(doc: Doc, start: int, end: int, text: str) -> str:
    """The text of the tokens [start, end) (end > start) of a Doc whose text is `text` (Span.text without the Span)."""
    last = doc[end - 1]
    return text[doc[start].idx:last.idx + len(last)]


def _longest(spans: list[tuple]) -> list[tuple]:
    """spacy.util.filter_spans on (start, end, ...) tuples: of overlapping spans the longest (the
    first of those), in order of start."""
    kept, seen = [], set()
    for span in sorted(spans, key=lambda span: (span[1] - span[0], -span[0]), reverse=True):
        if span[0] not in seen and span[1] - 1 not in seen:
            kept.append(span)
            seen.update(range(span[0], span[1]))
    return sorted(kept, key=lambda span: span[0])


# ---------------------------------------------------------------- one sentence

def _classify(docs: list[Doc], m: Matchers) -> list[frozenset[int]]:
    """Mark the tokens the placeholders stand for, in bulk (Doc.from_array): a token with a digit
    gets its class as NORM ('#YEAR', '#NUM', ...), a month or fraction word a NORM mark; a number in
    digits (DIGITS) or a number word (NUMWORD) a LEMMA mark, and either a TAG mark (NUMBER). Each
    distinct word is classed once per process; the marks of all the Docs are put in one array (an
    array per Doc costs more than its tokens). Returns, for each Doc, the values of `m.needed` it
    holds (as ORTH, LOWER, NORM, LEMMA or TAG)."""
    strings, orths = m.strings, [doc.to_array(ORTH).tolist() for doc in docs]
    found = [m.marks.get(orth) or _mark(orth, strings[orth], m) for orth in chain.from_iterable(orths)]
    marks = numpy.frombuffer(b"".join([mark.row for mark in found]), dtype=numpy.uint64).reshape(len(found), 3)
    present, start = [], 0
    for doc, end in zip(docs, accumulate(map(len, orths))):
        doc.from_array([NORM, LEMMA, TAG], marks[start:end])
        present.append(frozenset().union(*[mark.needed for mark in found[start:end]]))
        start = end
    return present


@dataclass
class _Mark:
    row: bytes                    # NORM, LEMMA, TAG as three uint64: the word's row of the array Doc.from_array takes
    needed: frozenset[int]        # the values of `Matchers.needed` the word holds (as ORTH, LOWER, NORM, LEMMA or TAG)


def _mark(orth: int, text: str, m: Matchers) -> _Mark:
    strings, lower = m.strings, text.lower()
    norm, lemma, tag = lower, "-", "-"   # a TAG and LEMMA on every token: spaCy checks the Doc has them
    if DIGIT.search(text):
        found = m.classes.fullmatch(text)
        if found is not None and found.lastgroup:
            norm = f"#{found.lastgroup}"
            if found.lastgroup in m.digit_classes:
                lemma, tag = DIGITS_MARK, NUMBER_MARK
    elif lower in m.vocab.number_words:
        lemma, tag = WORD_MARK, NUMBER_MARK
    elif lower in MONTH_SET:
        norm = MONTH_MARK
    elif lower in m.vocab.fraction_words:
        norm = FRACTION_MARK
    attrs = (strings.add(norm), strings.add(lemma), strings.add(tag))
    mark = _Mark(numpy.array(attrs, dtype=numpy.uint64).tobytes(), m.needed.intersection((orth, strings.add(lower), *attrs)))
    if len(m.marks) < 200_000:
        m.marks[orth] = mark
    return mark


@dataclass
class _Matches:
    candidates: list[tuple[int, int, str]]               # start, end, reading
    patterns: list[tuple[str, int, int]]                 # exclusion rule, span
    as_of: list[tuple[int, int]]
    lists: dict[str, list[tuple[str, int, int]]]         # word list ('unit', 'before', ...) -> (name, start, end)


def _matches(doc: Doc, m: Matchers, present: frozenset[int]) -> _Matches | None:
    """Candidates and exclusion patterns (Matcher), then, only when there is a candidate, every
    word list (PhraseMatcher) and the as_of dates whose lead is in place; None without a candidate."""
    parts, out = m.key_parts, _Matches([], [], [], {})
    as_of = []
    for key, s, e in _pattern_matches(doc, m, present):
        group, name = parts[key]
        if group == "candidate":
            out.candidates.append((s, e, name))
        elif group == "exclusion":
            out.patterns.append((name, s, e))
        else:
            as_of.append((int(name), s, e))
    if not out.candidates:
        return None
    for key, s, e in m.phrases(doc):
        group, name = parts[key]
        out.lists.setdefault(group, []).append((name, s, e))
    leads = {e for _, _, e in out.lists.get("lead", [])}
    out.as_of = [(s, e) for i, s, e in as_of if not m.vocab.as_of[i].needs_lead or s in leads]
    return out


def _pattern_matches(doc: Doc, m: Matchers, present: frozenset[int]) -> list[tuple[int, int, int]]:
    """What the Matcher of every pattern finds, by a Matcher of only the patterns whose needed values
    the Doc holds (`present`, from `_classify`; each pattern costs the Matcher a step at every token);
    one Matcher per set of values, kept, with the patterns in their order."""
    chosen = m.subsets.get(present)
    if chosen is None:
        chosen = tuple(i for i, (_, _, needs) in enumerate(m.needs) if all(not v.isdisjoint(present) for v in needs))
        if len(m.subsets) < 4096:
            m.subsets[present] = chosen
    if not chosen:
        return []
    matcher = m.sub_matchers.get(chosen)
    if matcher is None:
        matcher = Matcher(doc.vocab)
        for i in chosen:
            matcher.add(m.needs[i][0], [m.needs[i][1]])
        if len(m.sub_matchers) < 4096:
            m.sub_matchers[chosen] = matcher
    return matcher(doc)


@dataclass
class _Rules:
    by_name: dict[str, Exclusion]
    by_class: dict[str, list[Exclusion]]   # token class -> the rules it drops a number of


def _rules(m: Matchers, skip: frozenset[str]) -> _Rules:
    """The exclusion rules not in `skip`, by name and by token class (kept per `skip`)."""
    found = m.rule_sets.get(skip)
    if found is None:
        rules = {r.name: r for r in m.vocab.exclusions if r.name not in skip}
        by_class = {c: [r for r in rules.values() if c in r.classes] for r in rules.values() for c in r.classes}
        found = m.rule_sets[skip] = _Rules(rules, by_class)
    return found


def _candidates(doc: Doc, found: _Matches, m: Matchers, skip: frozenset[str],
                units: list[tuple[str, int, int]]) -> list[_Candidate]:
    """Longest candidate spans, minus those an exclusion rule drops: by the class of the first
    number, a 'before' phrase ending right before it (only the rule's gap words between), an
    'after' phrase starting right after it, or one of the rule's patterns overlapping it."""
    in_force = _rules(m, skip)
    rules, by_class = in_force.by_name, in_force.by_class
    before: dict[int, list[tuple[Exclusion, int]]] = {}
    after: dict[int, list[Exclusion]] = {}
    for name, s, e in found.lists.get("before", []):
        if name in rules:
            before.setdefault(e, []).append((rules[name], e))
    for name, s, e in found.lists.get("after", []):
        if name in rules:
            after.setdefault(s, []).append(rules[name])
    unit_starts, out = {s for _, s, _ in units}, []
    for start, end, reading in _longest(found.candidates):
        number = _first_number(doc, start, end)
        hits = [*by_class.get(number.norm_[1:], []), *after.get(end, [])]
        if found.patterns:
            hits += [r for name, s, e in found.patterns if s < end and e > start for r in [rules.get(name)] if r]
        if before:
            hits += [r for gap_end in range(start, max(-1, start - 4), -1) if gap_end in before
                     for r, e in before[gap_end] if all(doc[i].lower_ in r.gap for i in range(e, start))]
        if hits and any(r.at_start for r in hits):
            hits = [r for r in hits if not r.at_start or start == _first_word(doc)]
        if not hits or all(r.unless_unit for r in hits) and end in unit_starts:
            out.append(_Candidate(reading, Span(doc, start, end)))
    return out


def _first_number(doc: Doc, start: int, end: int) -> Token:
    """The first token of [start, end) with a class mark ('#YEAR', ...) or like a number; else the first."""
    for i in range(start, end):
        token = doc[i]
        if token.norm_.startswith("#") or token.like_num:
            return token
    return doc[start]


def _first_word(doc: Doc) -> int:
    marks = set("#" + lexicon_model().list_marks)  # a heading's or a list item's mark
    return next((t.i for t in doc if not t.is_space and t.text not in marks), 0)


def _in_doc(doc: Doc, base: int, sentence: str, sentence_start: int, m: Matchers,
            skip: frozenset[str] = frozenset()) -> list[Figure]:
    """The figures of one sentence's Doc; `base` is the absolute offset of its first character."""
    return _figures(doc, _matches(doc, m, _classify([doc], m)[0]), base, sentence, sentence_start, m, skip)


def _figures(doc: Doc, found: _Matches | None, base: int, sentence: str, sentence_start: int, m: Matchers,
             skip: frozenset[str]) -> list[Figure]:
    """The figures of one sentence's Doc from its matches (`_matches`)."""
    if found is None:
        return []
    units = _units(found)
    return _read(doc, found, _candidates(doc, found, m, skip, units), units, base, sentence, sentence_start, m)


def _units(found: _Matches) -> list[tuple[str, int, int]]:
    """The unit phrases of a sentence by start, longest first."""
    return sorted(found.lists.get("unit", []), key=lambda u: (u[1], -u[2]))


def _read(doc: Doc, found: _Matches, candidates: list[_Candidate], units: list[tuple[str, int, int]], base: int,
          sentence: str, sentence_start: int, m: Matchers) -> list[Figure]:
    """The figures of the candidates kept in one sentence's Doc (`sentence`: its text): value, unit, kind and the words around."""
    if not candidates:
        return []
    vocab, lists = m.vocab, found.lists
    periods, qualifiers, back = lists.get("period", []), lists.get("qualifier", []), lists.get("back", [])
    cues: dict[str, list[tuple[int, int]]] = {}
    for name, s, e in lists.get("topic", []):
        cues.setdefault(name, []).append((s, e))
    as_of = _as_of(doc, found.as_of, sentence) if found.as_of else None
    figures = []
    for candidate in candidates:
        span, reading = candidate.span, candidate.reading
        start, end = span.start, span.end
        unit_rule, unit_end, adjacent = (None, end, False) if reading in {"money", "rate", "ratio", "fraction", "none"} \
            else _unit(doc, span, m, units)
        if end - start == 1 and doc[start].lower_ in vocab.needs_unit \
                and (unit_rule is None or unit_rule.kind not in vocab.needs_unit_kinds):
            continue  # 'one partner told us': a word, not a count
        kind, unit = _kind_unit(candidate, unit_rule, doc, span)
        period, _ = _period(doc, unit_end, periods)
        if period and kind in vocab.period_kinds:
            unit = f"{unit} per {period}" if unit and unit != "times" else f"per {period}"
            kind = kind if kind == "money" else "frequency"
        value, low, high = _values(candidate, vocab)
        first, printed = base + span.start_char, _text(doc, start, unit_end if adjacent else end, sentence)
        figures.append(Figure(
            value, low, high, printed, kind, unit, _measure(doc, span, unit_end, kind, reading, m),
            _qualifier(doc, span, qualifiers, vocab), as_of, _topic(span, kind, cues, m),
            first, first + len(printed), sentence, sentence_start,
            any(e >= start - 3 and s <= end + 3 for _, s, e in back)))
    return figures


def _kind_unit(candidate: _Candidate, unit_rule: UnitRule | None, doc: Doc, span: Span) -> tuple[str, str | None]:
    reading = candidate.reading
    if reading == "money":
        return "money", "GBP"
    if reading == "rate":
        return "rate", f"per {span[-1].text}"
    if reading in {"ratio", "fraction"}:
        return reading, "share"
    if unit_rule is not None:
        return unit_rule.kind, unit_rule.unit
    if reading == "none":
        return "count", None
    number = next((t for t in span if t.text[:1].isdigit()), None)
    return ("number" if number is not None and "." in number.text else "count"), None


# ---------------------------------------------------------------- a report

def _may_hold_words(text: str, m: Matchers) -> bool:
    """A number word, fraction word or 'waiting list' in the text (a quick look before tokenizing)."""
    return bool(_word_hits(text, m))


def _run_key(first: int, second: int, last: int, length: int) -> int:
    """One integer for the first, second and last letter (0 for 'a') and the length (at most
    RUN_LENGTHS - 1) of a run of letters; works on numbers and on numpy arrays alike."""
    return ((first * LETTERS + second) * LETTERS + last) * RUN_LENGTHS + length


def _letter_runs(text: str) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The ASCII letters of a text as 0-25 for a-z and A-Z (other characters as larger numbers), and
    where each run of them (two letters or more) starts and ends, by numpy over its code points."""
    codes = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
    codes = (codes | numpy.uint32(ord("a") - ord("A"))) - numpy.uint32(ord("a"))   # 'A' -> 'a' (and no other to a-z)
    letter = numpy.concatenate(([False], codes < LETTERS, [False]))
    edges = numpy.flatnonzero(letter[1:] != letter[:-1])
    starts, ends = edges[::2], edges[1::2]
    longer = ends - starts > 1
    return codes, starts[longer], ends[longer]


def _word_hits(text: str, m: Matchers) -> list[int]:
    """Offsets of the number and fraction words, 'waiting list' and 'one' before a unit of time in
    the lower-cased text (the offsets of text.lower(), which are the text's but after an 'İ'): each
    word standing alone (no letter right before it nor, but for 'waiting list', right after it)
    starts with a whole run of ASCII letters, so the runs whose first, second and last letter and
    length are a word's first run's (`_run_key`, in bulk by numpy: a few hundred of a report's
    twenty thousand; `Matchers.words_by_run`) are the only
    places the words are looked for (str.find passes, one per word, took several times longer: most
    of their hits are inside other words: 'someone', 'often'). Only those places are lower-cased
    (lower-casing the whole report took longer than the rest), unless a character lower-cases to
    more than one or to an ASCII letter (LOWER_CASE_CHANGES): then the whole text is."""
    source = text.lower() if any(c in text for c in LOWER_CASE_CHANGES) else text   # its c.lower() is text.lower()'s
    codes, starts, ends = _letter_runs(source)
    keys = _run_key(codes[starts], codes[starts + 1], codes[ends - 1], numpy.minimum(ends - starts, RUN_LENGTHS - 1))
    chosen = m.run_keys[keys]
    hits = []
    for at, run_end in zip(starts[chosen].tolist(), ends[chosen].tolist()):
        for word in m.words_by_run.get(source[at:run_end].lower(), ()):
            end = at + len(word)
            if source[at:end].lower() == word and (at == 0 or not source[at - 1].lower().isalpha()) \
                    and (word == "waiting list" or end == len(source) or not source[end].lower().isalpha()) \
                    and (word not in m.needs_unit or _unit_after(source, end, m)):
                hits.append(at)
    return hits


def _unit_after(source: str, at: int, m: Matchers) -> bool:
    """Does `m.unit_after` match the lower-cased text at `at`? Only the stretch it can read is
    lower-cased: the spaces and hyphens (the same lower-cased), the longest unit word and the
    character after it (for the word boundary)."""
    reach = SPACES_AND_HYPHENS.match(source, at).end() + m.unit_reach + 1
    return m.unit_after.match(source[at:reach].lower()) is not None


def _digit_beyond_noise(text: str, noise: re.Pattern[str], digits: list[int], offset: int) -> bool:
    """A digit left by `noise.sub(" ", text)` (not of a percentage or year), without the substitution:
    a noise match starts at a digit, so the scan jumps from digit to digit (lookbehinds see before pos).
    `digits`: the offsets of the digits (numbers.digit_offsets) of the report whose text at `offset` is `text`."""
    i, end = bisect_left(digits, offset), offset + len(text)
    while i < len(digits) and digits[i] < end:
        covered = noise.match(text, digits[i] - offset)
        if covered is None:
            return True
        i = bisect_left(digits, offset + covered.end(), i + 1)
    return False


def _paragraphs_around(text: str, hits: list[int]) -> list[tuple[int, str]]:
    """The paragraphs (atoms.paragraphs) of the stretches between the blank lines around each hit,
    in text order, offsets absolute: every paragraph that holds a hit. A paragraph never crosses a
    blank line, and after one atoms.paragraphs starts afresh, so a stretch that starts at a blank
    line (or the text's start) and ends before one (or at the text's end) has the same paragraphs
    (those of an earlier stretch are not taken twice)."""
    out, done = [], -1
    for hit in hits:
        if hit >= done:
            lo, end = _blank_line_before(text, hit), _blank_line_after(text, hit)
            out += [(lo + start, block) for start, block in paragraphs(text[lo:end]) if lo + start >= done]
            done = end
    return out


def _blank_line_before(text: str, at: int) -> int:
    """Start of the last blank (or whitespace) line before the line holding `at`; 0 without one."""
    line_start = text.rfind("\n", 0, at) + 1
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if not text[previous:line_start - 1].strip():
            return previous
        line_start = previous
    return 0


def _blank_line_after(text: str, at: int) -> int:
    """The line break before the first blank (or whitespace) line after the line holding `at`; the
    text's length without one."""
    line_end = text.find("\n", at)
    while line_end >= 0:
        following = text.find("\n", line_end + 1)
        if not text[line_end + 1:following if following >= 0 else len(text)].strip():
            return line_end
        line_end = following
    return len(text)


def _segments(text: str, sentences: list[Sentence], m: Matchers) -> list[tuple[str, int, str, int]]:
    """(text to tokenize, its offset, its sentence, the sentence's offset) for every sentence that may
    hold a figure: the atom stage's sentences (paragraphs with a digit) holding a digit other than a
    percentage's or a year's, or a number word, and the sentences of the other paragraphs that hold
    a number word."""
    hits, digits = _word_hits(text, m), digit_offsets(text)

    def holds_word(start: int, end: int) -> bool:
        i = bisect_left(hits, start)
        return i < len(hits) and hits[i] < end

    out = [(s.text, s.start, s.text, s.start) for s in sentences
           if holds_word(s.start, s.end) or _digit_beyond_noise(s.text, m.noise, digits, s.start)]
    extra = [(start, block) for start, block in _paragraphs_around(text, hits)
             if holds_word(start, start + len(block)) and not holds_digit(block)]
    if extra:
        nlp = build_nlp()
        sentencizer = nlp.get_pipe("sentencizer")
        for (start, block), doc in zip(extra, nlp.tokenizer.pipe(b for _, b in extra)):
            for sent in sentencizer(doc).sents:
                if holds_word(start + sent.start_char, start + sent.end_char):
                    sentence = block[sent.start_char:sent.end_char].rstrip()   # sent.text (which makes a Token per token)
                    out.append((sentence, start + sent.start_char, sentence, start + sent.start_char))
    return sorted(out, key=lambda s: s[1])


def extract_figures(text: str, sentences: list[Sentence], skip: frozenset[str] = frozenset()) -> list[Figure]:
    """Every figure of a report in text order. `sentences` are the atom stage's (atoms.analyse);
    `skip` names exclusion rules to leave out (tests show what each rule hides)."""
    m = matchers()
    segments = _segments(text, sentences, m)
    # Stage by stage over all the sentences (tokenize, class, match, keep candidates, read) rather
    # than sentence by sentence: each stage's code stays warm, measured ~20% faster on Westminster.
    docs = list(build_nlp().tokenizer.pipe(s[0] for s in segments))
    present = _classify(docs, m)
    found = [(segment, doc, matches) for segment, doc, values in zip(segments, docs, present)
             if (matches := _matches(doc, m, values)) is not None]
    units = [_units(matches) for _, _, matches in found]
    kept = [_candidates(doc, matches, m, skip, u) for (_, doc, matches), u in zip(found, units)]
    figures: list[Figure] = []
    for ((_, base, sentence, sentence_start), doc, matches), u, candidates in zip(found, units, kept):
        figures += _read(doc, matches, candidates, u, base, sentence, sentence_start, m)
    _units_referred_back(figures)
    return figures


def _units_referred_back(figures: list[Figure]) -> None:
    for before, figure in zip(figures, figures[1:]):
        if figure.refers_back and figure.kind == "count" and figure.unit is None and before.kind == "count" \
                and before.unit is not None and figure.char_start - before.char_end <= 300:
            figure.unit = before.unit


def figures_in(sentence: str, skip: frozenset[str] = frozenset()) -> list[Figure]:
    """The figures of one sentence on its own (for tests and the rules' examples)."""
    m = matchers()
    return _in_doc(build_nlp().make_doc(sentence), 0, sentence, 0, m, skip)


def in_comparison(figure: Figure, atoms: list[Atom]) -> bool:
    """Is the figure a council value or benchmark figure of a comparison (atoms given by the caller)?"""
    return any(a.start < figure.char_end and a.end > figure.char_start for a in atoms)

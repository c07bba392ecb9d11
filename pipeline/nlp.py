"""The spaCy pipeline: blank English, sentencizer, the atom ruler, atom details, cues.

- `atom_ruler` finds atoms (figures, benchmark, relation and source phrases) from the
  patterns that `patterns.atom_rules` expands out of rules/atoms.json (validated as added):
  phrases with a PhraseMatcher over the whole Doc, figures (token patterns) with a Matcher
  over the stretches around each number only (a figure holds a digit), which spares the
  Matcher most of the tokens; other token patterns (benchmark names with a measure word)
  with a Matcher over the whole Doc. Spans as spaCy's SpanRuler makes them (label, `id` = rule index).
- `atom_details` keeps the longest non-overlapping atoms, joins degree words to relations
  ('slightly lower than'), marks ranges ('50-60%') and sets each span's custom attributes
  (`span._.rule`, `._.value`, `._.number_text`, `._.is_range`).
- `cue_matcher` marks the cue words of linking (rules/lexicon.json `cues`) as spans labelled
  by role in `doc.spans["cues"]`, only around sentences that hold a benchmark.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from .numbers import YEAR, is_year_span, parse_money, parse_number
from .patterns import MEASURE_WORD, AtomRule, atom_rules, cue_patterns, opening_roles, unit_words
from .rules import atom_vocabulary, lexicon_model, measure_nouns

ATOMS_KEY = "atoms"
CUES_KEY = "cues"
FIGURE_LABELS = frozenset({"PERCENT", "QUANTITY", "MONEY"})
RANGE_WORDS = frozenset({"-", "\u2013", "\u2014", "to", "and"})
_RANGE_TOKEN = re.compile(r"^\d[\d.,]*[\u2013\u2014-]\d[\d.,]*$")  # '50\u201360' stays one token
_MINUS = "-\u2212"

for _name in ("rule", "value", "number_text", "is_range", "unit_token"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def _with_degree_words(span: Span, degree_words: frozenset[str]) -> Span:
    """'lower than' preceded by 'slightly' or 'statistically' becomes 'slightly lower than'."""
    start, doc = span.start, span.doc
    while not doc[start].is_sent_start and doc[start - 1].lower_ in degree_words:
        start -= 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label, span_id=span.id)


def _range_start(span: Span) -> int | None:
    """Token index where a range ending in this figure starts ('50 - 60%', '5 and 10%'), or None.
    Not after a year or a span of years ('from 6% in 2022-23 to 11%', 'from 6.2% in 2022/23 to 3.9%'), nor from a
    larger number to a smaller ('reduced the share without a plan at 18 to 4%': an age, then the figure)."""
    i, doc = span.start, span.doc
    if i >= 2 and doc[i - 1].text in RANGE_WORDS and doc[i - 2].like_num and doc[i - 2].text[:1].isdigit() \
            and not YEAR.fullmatch(doc[i - 2].text) and not _ends_years(doc, i - 2) and not is_year_span(doc[i - 2].text) \
            and (doc[i - 1].text != "and" or (i >= 3 and doc[i - 3].lower_ == "between")) \
            and _ascending(doc[i - 2].text, doc[i].text):
        return i - 2
    return None


def _ascending(low: str, high: str) -> bool:
    """Are two printed numbers in increasing order (or either unreadable, left to the range's own check)?"""
    lo, hi = parse_number(low.rstrip("%")), parse_number(high.rstrip("%"))
    return lo is None or hi is None or lo < hi


def _ends_years(doc: Doc, i: int) -> bool:
    """Is token i the second year of a span of years ('2022-23', '2022 – 2023')?"""
    return i >= 2 and doc[i - 1].text in {"-", "\u2013", "/"} and bool(YEAR.fullmatch(doc[i - 2].text))


def _figure_value(rule: AtomRule, span: Span, number_text: str) -> float | None:
    if rule.label == "MONEY":
        return parse_money(span.text)
    sign = -1.0 if number_text[:1] in _MINUS else 1.0
    value = parse_number(number_text.rstrip("%").lstrip(_MINUS))
    return None if value is None else sign * value


@lru_cache(maxsize=1)
def _number_words() -> tuple[dict[str, int], frozenset[str]]:
    """figures.json number words and tens words (imported here: figures.py imports this module)."""
    from .figures import vocabulary
    return vocabulary().number_words, frozenset(vocabulary().tens_words)


def _spelled_time(span: Span) -> tuple[Span, str, float] | None:
    """'waited eleven days', 'forty-two days', 'six working days': a time (a quantity of an atoms.json unit other than
    people) whose number is written in words (figures.json number words from two; tens joined by a hyphen): the span,
    its number's text and value."""
    words, tens = _number_words()
    doc, first, unit = span.doc, span[0].lower_, unit_words().get(span[-1].lower_)
    if first not in words or unit in (None, "people") or _states_a_gap(span):
        return None
    start, value = span.start, words[first]
    if start >= 2 and doc[start - 1].text in HYPHENS and doc[start - 2].lower_ in tens and first not in tens:
        start, value = start - 2, value + words[doc[start - 2].lower_]  # 'sixty-one years'
    number = doc[start:span.start + 1].text
    return None if value < 2 else (Span(doc, start, span.end, label=span.label, span_id=span.id), number, float(value))


def _states_a_gap(span: Span) -> bool:
    """'two years older than', 'nine years above': a gap word (atoms.json gap_words) right after the time; not one
    opening an event the time runs to or from ('waited eleven days after being declared ready': a wait)."""
    doc, i = span.doc, span.end
    event = i + 1 < len(doc) and doc[i].lower_ in atom_vocabulary().event_gap_words and doc[i + 1].lower_.endswith("ing")
    return i < len(doc) and doc[i].lower_ in atom_vocabulary().gap_words and not event


def _detailed(span: Span, rule: AtomRule, degree_words: frozenset[str]) -> Span | None:
    """The atom span with its attributes set, or None when it is no atom (a number word, but for a time)."""
    if rule.label == "QUANTITY" and not span[0].text[:1].isdigit() and (spelled := _spelled_time(span)) is not None:
        span, number, value = spelled
        details = span._
        details.rule, details.number_text, details.is_range, details.value = rule, number, False, value
        return span
    if rule.label in FIGURE_LABELS and not span[0].text.lstrip(_MINUS)[:1].isdigit() and span[0].text != "£":
        return None  # LIKE_NUM also matches number words ('ten per cent'); figures are digits
    if rule.label in FIGURE_LABELS and span.start and span.doc[span.start - 1].lower_ in atom_vocabulary().numbering_words:
        return None  # 'Section 42 enquiries started per 100,000 adults': a name, no rate of 42
    if rule.label == "RELATION":
        span = _with_degree_words(span, degree_words)
    ranged = _range_start(span) if rule.label in {"PERCENT", "QUANTITY"} else None
    if ranged is not None:  # '50-60%', 'between 5 and 10%': one figure with no single value
        span = Span(span.doc, ranged, span.end, label=span.label, span_id=span.id)
    is_range = ranged is not None or bool(_RANGE_TOKEN.match(span[0].text))
    number = next((t.text for t in span if t.text.lstrip(_MINUS)[:1].isdigit()), None)
    details = span._  # one accessor for the four attributes
    details.rule, details.number_text, details.is_range = rule, number, is_range
    details.value = None if is_range or number is None else _figure_value(rule, span, number)
    return span


def _sharing_unit(span: Span, joins: frozenset[str]) -> Span | None:
    """'(79.0 and 82.9 years)', '63.1 and 63.9 years respectively': the bare number joined to a bracketed
    quantity, or to one closed by 'respectively' (lexicon cue), prints the same unit, so it is a figure of
    its own (quantities only: a percentage is printed with its sign)."""
    i, doc = span.start, span.doc
    if span.label_ != "QUANTITY" or i < 3 or span.end >= len(doc) or span._.is_range:
        return None
    number = doc[i - 2]
    listed = doc[span.end].lower_ in lexicon_model().cues["respectively"].phrases
    if not (listed or doc[i - 3].text == "(" and doc[span.end].text == ")") or doc[i - 1].lower_ not in joins \
            or not number.like_num or not number.text[:1].isdigit() or YEAR.fullmatch(number.text):
        return None
    shared = Span(doc, i - 2, i - 1, label=span.label, span_id=span.id)
    details, rule = shared._, span._.rule
    details.rule, details.number_text, details.is_range = rule, number.text, False
    details.value, details.unit_token = _figure_value(rule, shared, number.text), span[-1]
    return shared


HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # a word's own hyphens ("long-term")
_LIST_MARKS = frozenset({";", "|", ",", ":", "-", "\u2013", "\u2014"})  # before a bare name and its figure


def _joined_to_a_figure(span: Span, figure_ends: set[int]) -> bool:
    """'... the South West figure is 23.4% and England 18.4%', '... reported 40.1%, and England 44.4%': the name follows
    'and' (or ', and') right after a figure."""
    doc, i = span.doc, span.start - 1
    return i >= 1 and doc[i].lower_ == "and" and (i in figure_ends or doc[i - 1].text == "," and i - 1 in figure_ends)


def _listed_in_brackets(span: Span) -> bool:
    """The span follows ';' or ',' inside brackets opened earlier in its sentence and not closed."""
    doc, i = span.doc, span.start - 1
    if doc[i].text not in {";", ","}:
        return False
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
        if doc[i].text == ")":
            return False
        if doc[i].text == "(":
            return True
    return False


def _in_place(span: Span, rule: AtomRule, figures: tuple[set[int], set[int]], qualifiers: frozenset[tuple[str, ...]],
              restating: frozenset[tuple[str, ...]], comparing: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """Benchmark names that only count where they stand: a bracketed name right after '(', or
    after ';' or ',' inside the same brackets ('(England 18.4%)', '(London 12.1%; England 18.4%)'),
    or after ';', '|', ',', ':' or a dash right before a figure ('Aged under 18: 23.7%; England 21.0%; North West 21.3%',
    'Regional figure 6.9%, England 5.2%', 'Aged 65 and over: England 18.4%', '65+: 9.3% — London 11.9%'),
    or after 'the' right before a figure ('in line with the national 92.1%': counted by comparisons.py
    only after comparison words), or after 'and' right after a figure ('the South West figure is 23.4% and England
    18.4%'), or right after comparison words (`comparing`: 'compared to England 17.4%'),
    a trailing phrase right after a figure ('18.6% in England'), or after a figure and a qualifier
    ('61.5 years for men in the North West'), or opening a sentence or a clause after ';' on words
    restating the measure ('In the East of England the figure was 92.4%', '; in London it was 72.0%': cues
    same_measure, measure_pronoun), or after 'and' right
    before a figure ('..., and in England 92.9%'). A relation word joined by a hyphen to the next word is a
    compound, no relation ('lower-level needs'). `figures`: the starts and ends of figures."""
    figure_starts, figure_ends = figures
    if rule.label == "RELATION" and span.end < len(span.doc) and (span.doc[span.end].text in HYPHENS
                                                                  and not span.doc[span.end - 1].whitespace_
                                                                  or _describes_what_follows(span)):
        return False  # 'lower-level needs', 'higher-risk cases': a compound, no relation
    if rule.label == "RELATION" and span.start > 0 and span.doc[span.start - 1].lower_ in atom_vocabulary().not_relation_openers \
            and len(span) == 1:
        return False  # 'after they no longer met the criteria': no comparison
    if rule.label == "RELATION" and len(span) == 1 and _names_a_law_after(span):
        return False  # 'reported a disability under the Equality Act'
    if rule.form == "listed":
        return _heads_a_shared_noun(span) or _listed_after_a_plural_noun(span)
    if rule.form == "bracketed":
        before = span.doc[span.start - 1] if span.start > 0 else None
        return before is not None and (before.text == "(" or _listed_in_brackets(span) or _named_before_respectively(span)
                                       or _last_of_names_respectively(span, figure_ends)
                                       or span.end in figure_starts
                                       and (before.text in _LIST_MARKS or before.lower_ == "the" or _joined_to_a_figure(span, figure_ends))
                                       or _after_comparison_words(span, comparing))
    if rule.form == "trailing":
        return span.start in figure_ends or _after_a_compared_number(span, comparing, figure_ends) \
            or span.start - _phrase_ending_at(span.doc, span.start, qualifiers) in figure_ends \
            or _opens_on_measure(span, restating) or _listed_before_figure(span, figure_starts) \
            or _opens_on_its_figure(span, figure_starts) or _clause_of_its_figure(span, figure_starts)
    return True


def _clause_of_its_figure(span: Span, figure_starts: set[int]) -> bool:
    """'In the South East, the figure is 13.6%; in England, 19.0%': a trailing name opening a clause after ';', then a
    comma and its figure."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == ";" and span.end + 1 < len(doc) \
        and doc[span.end].text == "," and span.end + 1 in figure_starts


def _names_a_law_after(span: Span) -> bool:
    """Does a name ('the' and up to five title-case words) ending on a word of atoms.json not_relation_names follow
    ('under the Equality Act', 'under Section 42')?"""
    doc, i = span.doc, span.end + (span.end < len(span.doc) and span.doc[span.end].lower_ == "the")
    names = atom_vocabulary().not_relation_names
    for token in doc[i:min(len(doc), i + 5)]:
        if not token.is_title:
            return False
        if token.text in names:
            return True
    return False


def _last_of_names_respectively(span: Span, figure_ends: set[int]) -> bool:
    """'against 44.4% and 42.9% for England and the North West respectively': a name after 'and' closing a list of names
    ('the' and title-case words, ',' and 'and' between) that one lower-case word leads right after a figure, then
    'respectively'."""
    doc, i = span.doc, span.start - 1
    i -= i > 0 and doc[i].lower_ == "the"
    if i < 1 or doc[i].lower_ != "and" or span.end >= len(doc) or doc[span.end].lower_ != "respectively":
        return False
    i -= 1
    while i > 0 and (doc[i].is_title or doc[i].text in {",", "and", "the"}):
        i -= 1
    return i < span.start - 2 and doc[i].is_lower and doc[i].is_alpha and i in figure_ends


def _named_before_respectively(span: Span) -> bool:
    """'... in Kirkhaven, the North East and England were 61%, 49% and 46% respectively': a name in a list of names
    (joined by ',' and 'and', 'the' and title-case words between), then a verb (atoms.json listed_names_verbs), then only
    numbers, '%', ',' and 'and' up to 'respectively'."""
    doc, i = span.doc, span.end
    while i < len(doc) and (doc[i].text in {",", "and", "the"} or doc[i].is_title):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in atom_vocabulary().listed_names_verbs:
        return False
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "at")
    start = i
    while i < len(doc) and (doc[i].like_num or doc[i].text in {",", "and", "%"}):
        i += 1
    return i > start + 2 and i < len(doc) and doc[i].lower_ == "respectively"


def _listed_after_a_plural_noun(span: Span) -> bool:
    """'The figures for London and England were 5.8% and 4.8%', 'the comparable figures for the North East and England
    are ...': a name in a list of two after a plural benchmark noun (atoms.json benchmark_plural_nouns) and 'for',
    the first before 'and', the second after it."""
    doc, nouns = span.doc, atom_vocabulary().benchmark_plural_nouns
    i = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in nouns:
        return span.end < len(doc) and doc[span.end].lower_ == "and"
    if i < 1 or doc[i - 1].lower_ != "and":
        return False
    window = doc[max(0, i - 8):i - 1]
    fors = [t.i for t in window if t.lower_ == "for" and t.i > 0 and doc[t.i - 1].lower_ in nouns]
    return bool(fors) and not any(t.is_punct or t.like_num for t in doc[fors[-1]:i - 1])


def _heads_a_shared_noun(span: Span) -> bool:
    """'the London and England averages', 'the regional and national averages': a benchmark's name before 'and'
    and, within four words, a plural benchmark noun (atoms.json benchmark_plural_nouns) both share."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].lower_ != "and":
        return False
    nouns = atom_vocabulary().benchmark_plural_nouns
    for token in doc[i + 2:min(len(doc), i + 6)]:
        if token.is_punct or token.like_num:
            return False
        if token.lower_ in nouns:
            return True
    return False


def _describes_what_follows(span: Span) -> bool:
    """A relation word that names no relation: part of a name ('a Greater Manchester campaign': title case
    before a title-case word), or a one-word likeness ('similar', 'comparable': atoms.json proportion words)
    describing the word after it ('similar schemes', 'The comparable England figures'), which is no
    relation tail ('to') or stop word ('similar in'), nor a relation noun after 'a' or before a relation tail ('a
    similar proportion', 'similar rates to': 'Comparable figures for its nearest neighbours were 58%' describes)."""
    doc, after = span.doc, span.doc[span.end]
    last = doc[span.end - 1]
    if last.is_title and after.is_title and not last.is_sent_start:
        return True
    vocabulary = atom_vocabulary()
    if len(span) != 1 or span.text.lower() not in vocabulary.relations["similar"].proportion_words \
            or not after.is_alpha or after.is_stop or after.lower_ in vocabulary.relation_tails:
        return False
    if after.lower_.removesuffix("s") not in vocabulary.relation_nouns:
        return True
    tail = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
    return not (span.start > 0 and doc[span.start - 1].lower_ in ("a", "an") or tail in vocabulary.relation_tails)


def _after_a_compared_number(span: Span, comparing: frozenset[tuple[str, ...]], figure_ends: Collection[int] = ()) -> bool:
    """'75.8 years, against 79.3 in England': a trailing name right after a number printed without its
    unit, itself right after comparison words, or after 'and' right after such a name and its number ('..., compared
    with 566.0 in England and 651.8 in the North West'; the number is read later: comparisons.bare_numbers), or right
    after a name trailing a figure (`figure_ends`: '... 1,046 per 100,000 across the South East and 1,127 in England')."""
    doc, i = span.doc, span.start - 1
    if i < 1 or not doc[i].like_num or not doc[i].text[:1].isdigit() or YEAR.fullmatch(doc[i].text):
        return False
    if doc[i - 1].lower_ == "and" and i >= 4 and doc[i - 2].is_title:
        j = i - 2  # '..., compared with 566.0 in England and 651.8 in the North West': one more place of the list
        while j > 0 and doc[j - 1].is_title:
            j -= 1
        while j > 0 and doc[j - 1].lower_ in place_words():
            j -= 1
        return j > 1 and (j in figure_ends or _after_a_compared_number(Span(doc, j, i - 1), comparing))
    return _after_comparison_words(Span(doc, i, i + 1), comparing)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """One-word cues that may stand between comparison words and a place's name ('than in the'):
    lexicon cues place_lead and leads_into."""
    cues = lexicon_model().cues
    return frozenset(w for kind in ("place_lead", "leads_into") for w in cues[kind].phrases if " " not in w)


def _after_comparison_words(span: Span, comparing: frozenset[tuple[str, ...]]) -> bool:
    """'compared to England 17.4%', 'higher than in England, where it is 10.3', 'lower than the national
    83.1': a bare name right after comparison words (lexicon cues compared_before and than), place words between."""
    doc, i = span.doc, span.start
    while i > 0 and doc[i - 1].lower_ in place_words():
        i -= 1
    ending = _by_last_word(comparing).get(doc[i - 1].lower_, []) if i > 0 else []
    return () in comparing or _phrase_ending_at(doc, i, ending) > 0


@lru_cache(maxsize=8)
def _by_last_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases (tuples of words) by their last word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        if words:
            found.setdefault(words[-1], []).append(words)
    return found


def _listed_before_figure(span: Span, figure_starts: set[int]) -> bool:
    """'the figure was 92.4%, and in England 92.9%': a trailing phrase after 'and', right before a figure
    or before words restating the measure and a figure ('the regional average was 24.6% and in England it was 26.2%')
    or linking words ('..., and in the South West at 46.9%': lexicon cue benchmark_figure_after), or both ('... and in the
    South West the proportion is 22.3%')."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "and":
        return False
    links = cue_words(("benchmark_figure_after",))
    return span.end in figure_starts or any(
        _words_at(span.doc, span.end, w) and (span.end + len(w) in figure_starts or any(
            span.end + len(w) + len(v) in figure_starts and _words_at(span.doc, span.end + len(w), v) for v in links))
        for w in cue_words(("same_measure", "measure_pronoun", "benchmark_figure_after")))


@lru_cache(maxsize=None)
def cue_words(kinds: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The phrases of these lexicon cue kinds as lower-case word tuples ('stood at' -> ('stood', 'at'))."""
    cues = lexicon_model().cues
    return frozenset(tuple(p.lower().split()) for kind in kinds for p in cues[kind].phrases)


@lru_cache(maxsize=1)
def clause_joins() -> frozenset[str]:
    """Words that open a clause after a comma: lexicon clause_break's ', while' etc. and chain's 'and'."""
    cues = lexicon_model().cues
    return frozenset([*(p.removeprefix(", ") for p in cues["clause_break"].phrases if p.startswith(", ") and " " not in p[2:]),
                      *cues["chain"].phrases])


def _opens_on_measure(span: Span, restating: frozenset[tuple[str, ...]]) -> bool:
    """The span opens its sentence (or a clause after ';' or ', and') and words restating the measure follow
    it, or it follows such words opening the clause ('...; the figure for London was 30.0%', 'The conversion rate in
    England was 31%')."""
    doc = span.doc
    before = _phrase_ending_at(doc, span.start, restating) or _measure_named_before(doc, span.start)
    first = span.start - before
    opens_clause = first >= 2 and doc[first - 2].text == "," and doc[first - 1].lower_ in clause_joins()
    if not (doc[first].is_sent_start or doc[first - 1].text == ";" or opens_clause):
        return False
    start = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    return bool(before) or any(_words_at(doc, start, words) for words in restating) or _measure_restated(doc, start)


def _opens_on_its_figure(span: Span, figure_starts: set[int]) -> bool:
    """'In England, around 28% of concerns become enquiries': opening its sentence, a comma, then (a word of
    approximation aside: lexicon cue approximation) a figure."""
    doc, i = span.doc, span.end + 1
    if not doc[span.start].is_sent_start or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    approximation = lexicon_model().cues["approximation"].phrases
    return i in figure_starts or i < len(doc) and doc[i].lower_ in approximation and i + 1 in figure_starts


def _measure_named_before(doc: Doc, end: int) -> int:
    """'The conversion rate in England was 31%': the length of a measure phrase (_measure_phrase) right before `end`;
    0: none."""
    return next((width + 2 for width in (1, 2) if _measure_phrase(doc, end - width - 2, width)), 0)


def _measure_restated(doc: Doc, start: int) -> bool:
    """'In London the conversion rate was 33%': a measure phrase (_measure_phrase) from `start` on."""
    return any(_measure_phrase(doc, start, width) for width in (1, 2))


def _measure_phrase(doc: Doc, start: int, width: int) -> bool:
    """From `start`: 'the', then `width` measure words and a noun that ends a same_measure phrase ('the conversion
    rate': rules.measure_nouns), or that noun and `width` measure words ('the median wait')."""
    end = start + 1 + width
    if start < 0 or end >= len(doc) or doc[start].lower_ != "the":
        return False
    nouns = measure_nouns()
    return (all(_is_measure_word(t) for t in doc[start + 1:end]) and doc[end].lower_ in nouns) \
        or (doc[start + 1].lower_ in nouns and all(_is_measure_word(t) for t in doc[start + 2:end + 1]))


def _words_at(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
    """Do the tokens from `start` on spell `words` (lower case)?"""
    return start >= 0 and tuple(t.lower_ for t in doc[start:start + len(words)]) == words


def _phrase_ending_at(doc: Doc, end: int, phrases: Collection[tuple[str, ...]]) -> int:
    """The length of the longest of `phrases` (lower-case words) whose tokens end right before `end`; 0: none."""
    return max((len(w) for w in phrases if w and end >= len(w) and _words_at(doc, end - len(w), w)), default=0)


SHORT_REACH = 3  # figure patterns of at most this many tokens are tried around every number
MERGE_GAP = 12  # number windows this close are matched as one: a Matcher call costs as much as ~10 tokens


def _reach(pattern: list[dict]) -> int | None:
    """The most tokens a token pattern can span, or None when it is unbounded."""
    length = 0
    for token in pattern:
        op = token.get("OP", "1")
        bounds = re.fullmatch(r"\{(\d*),?(\d*)\}", op)
        if op in {"*", "+"} or (bounds and op.endswith(",}")):
            return None
        length += int(bounds.group(2) or bounds.group(1)) if bounds else 1
    return length


def _required_words(pattern: list[dict]) -> set[str]:
    """Words of which a pattern cannot match without one: each word a token requires ('per' in '... per 100,000'),
    or the words of the first token that requires one of a list ('per' or 'every' in '... for every 100,000')."""
    required = [token for token in pattern if token.get("OP", "1") == "1"]
    words = {token["LOWER"] for token in required if isinstance(token.get("LOWER"), str)}
    listed = next((set(token["LOWER"]["IN"]) for token in required
                   if isinstance(token.get("LOWER"), dict) and set(token["LOWER"]) == {"IN"}), set())
    return words or listed


def _holds_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


_FLAGS: dict[tuple[int, str], int] = {}  # (vocabulary id, what the flag tests) -> lexeme flag


def digit_flag(vocab: Vocab) -> int:
    """The lexeme flag 'holds a digit' of a vocabulary, added once (flags are few)."""
    if (id(vocab), "digit") not in _FLAGS:
        _FLAGS[id(vocab), "digit"] = vocab.add_flag(_holds_digit)
    return _FLAGS[id(vocab), "digit"]


def regex_flag(vocab: Vocab, regex: str) -> int:
    """The lexeme flag 'the text matches `regex`' (re.search) of a vocabulary, added once per regex."""
    if (id(vocab), regex) not in _FLAGS:
        search = re.compile(regex).search
        _FLAGS[id(vocab), regex] = vocab.add_flag(lambda text: search(text) is not None)
    return _FLAGS[id(vocab), regex]


def flagged(vocab: Vocab, pattern: list[dict]) -> list[dict]:
    """The token pattern with each regular expression on a token's text ({"TEXT": {"REGEX": r}})
    as a lexeme flag: the Matcher tests a flag in C, a REGEX by calling Python at every token a
    pattern reaches. The text of a token is its lexeme's, so the matches are the same."""
    out = []
    for token in pattern:
        attr = next((a for a in ("TEXT", "ORTH") if isinstance(token.get(a), dict) and set(token[a]) == {"REGEX"}), None)
        out.append(token if attr is None else
                   {**{k: v for k, v in token.items() if k != attr}, regex_flag(vocab, token[attr]["REGEX"]): True})
    return out


def token_matcher(vocab: Vocab, keyed: list[tuple[str, list[list[dict]]]]) -> Matcher:
    """A Matcher of token patterns by key, each validated as written (spaCy's token pattern
    schema, as `Matcher(validate=True)` does) and added `flagged`."""
    matcher = Matcher(vocab, validate=False)  # validated above, as written
    for key, patterns in keyed:
        errors = {i: found for i, pattern in enumerate(patterns) if (found := validate_token_pattern(pattern))}
        if errors:
            raise MatchPatternError(key, errors)
        matcher.add(key, [flagged(vocab, pattern) for pattern in patterns])
    return matcher


def number_windows(digits: list[int], reach: int, length: int, gate: list[int] | None = None) -> list[tuple[int, int]]:
    """Token stretches from one token before each token with a digit (`digits`) to `reach` - 1 tokens
    after it, merged when they overlap or lie within MERGE_GAP tokens: a figure pattern starts at its
    number or at the sign before it ('£'), so every match of a pattern no longer than `reach` lies
    inside one. With `gate` (positions of words), only the stretches holding one of them."""
    windows: list[tuple[int, int]] = []
    for i in digits:
        lo, hi = max(0, i - 1), min(length, i + reach)
        if windows and lo <= windows[-1][1] + MERGE_GAP:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    if gate is None:
        return windows
    return [(lo, hi) for lo, hi in windows if any(lo <= g < hi for g in gate)]


class FigureMatchers:
    """The figure patterns (each holds a number) by length: short ones tried around every number (digits or
    a number word),
    longer ones only around numbers near one of the words every longer pattern requires. A
    longer pattern with no required word makes its group run around every number too. 'Holds a
    digit' and 'is a required word' are lexeme flags, so a Doc's are read in one call."""

    def __init__(self, nlp: Language, patterns: list[tuple[str, list[dict]]]) -> None:
        reaches = {key: _reach(pattern) for key, pattern in patterns}
        if None in reaches.values():
            raise ValueError(f"figure patterns must be bounded: {[k for k, r in reaches.items() if r is None]}")
        short = [(k, p) for k, p in patterns if reaches[k] <= SHORT_REACH]
        long = [(k, p) for k, p in patterns if reaches[k] > SHORT_REACH]
        required = [_required_words(p) for _, p in long]
        gate = frozenset(w for words in required for w in words) if long and all(required) else None
        words = frozenset(_number_words()[0])  # a time in words ('eleven days') is a figure too
        self.flags = [nlp.vocab.add_flag(lambda text: _holds_digit(text) or text.lower() in words)] \
            + ([nlp.vocab.add_flag(lambda text: text.lower() in gate)] if gate else [])
        self.groups: list[tuple[Matcher, int, bool]] = []  # matcher, reach, gated
        for group, reach, gated in ((short, SHORT_REACH, False),
                                    (long, max((reaches[k] for k, _ in long), default=0), gate is not None)):
            if group:
                self.groups.append((token_matcher(nlp.vocab, [(key, [pattern]) for key, pattern in group]), reach, gated))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        flags = doc.to_array(self.flags).reshape(len(doc), len(self.flags))
        digits = numpy.flatnonzero(flags[:, 0]).tolist()
        if not digits:
            return []
        gate = numpy.flatnonzero(flags[:, 1]).tolist() if len(self.flags) > 1 else None
        matches = []
        for matcher, reach, gated in self.groups:
            for lo, hi in number_windows(digits, reach, len(doc), gate if gated else None):
                matches += [(key, lo + s, lo + e) for key, s, e in matcher(doc[lo:hi])]
        return matches


_LABEL_LINE = re.compile(r"(?:\|[ \t]*)?[A-Z][^\n:.;,%£|]{0,60}[:|]")  # 'Adult social care budget (estimated):' or '| Total budget |' opening a line


@Language.factory("punct_sentencizer")
class PunctSentencizer:
    """spaCy's Sentencizer rule over the Doc's arrays: a sentence starts at the first token that is
    no punctuation after one of its sentence-final characters ('.', '!', '?', ...). The same starts
    as spacy.pipeline.Sentencizer, which makes a Token object per token and costs several times more."""

    def __init__(self, nlp: Language, name: str) -> None:
        finals = frozenset(Sentencizer.default_punct_chars)
        labels = frozenset(h for h in lexicon_model().table_source_headers if " " not in h)
        self.final = nlp.vocab.add_flag(lambda text: text in finals)  # a lexeme flag: read in one call
        self.line_break = nlp.vocab.add_flag(lambda text: "\n" in text and not text.strip())
        self.label = nlp.vocab.add_flag(lambda text: text.lower() in labels)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        finals, puncts, breaks, labels = doc.to_array([self.final, IS_PUNCT, self.line_break, self.label]).T.astype(bool)
        starts = numpy.full(len(doc), -1, dtype="int64")
        starts[0] = 1
        # The loop of Sentencizer in bulk: a token that is neither final nor punctuation starts a
        # sentence when the last such token or final token before it is a final one.
        events = numpy.flatnonzero(finals | ~puncts)
        is_final = finals[events]
        starts[events[1:][is_final[:-1] & ~is_final[1:]]] = 1
        if breaks.any():
            self._label_lines(doc, starts, breaks)
        opening_breaks = numpy.flatnonzero(breaks[1:-1] & (starts[1:-1] == 1)) + 1
        starts[opening_breaks], starts[opening_breaks + 1] = -1, 1  # a line break stays with the sentence before
        if labels.any():
            self._source_lines(doc, starts, breaks, labels)
        self._bracket_after_stop(doc, starts)
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc

    @staticmethod
    def _bracket_after_stop(doc: Doc, starts: numpy.ndarray) -> None:
        """A bracket opened right after a sentence's final stop, which the rule above leaves at the end of
        that sentence: closed within a few tokens, it closes that sentence ('The figure nationally was
        36.8%. (SACE 2023-24) Carers ...': a citation after the stop); else it opens the next."""
        for i in numpy.flatnonzero(starts[2:] == 1).tolist():
            start = i + 2
            if doc[start - 1].text != "(":
                continue
            close = next((j for j in range(start, min(start + 12, len(doc))) if doc[j].text == ")"), None)
            starts[start] = -1
            if close is None:
                starts[start - 1] = 1
                continue
            after = next((j for j in range(close + 1, len(doc)) if not doc[j].is_punct and not doc[j].is_space), None)
            if after is not None:
                starts[after] = 1

    @staticmethod
    def _label_lines(doc: Doc, starts: numpy.ndarray, breaks: numpy.ndarray) -> None:
        """A line opening on a label starts a sentence ('Actual spend: £228.5m\nAdult social care
        budget (estimated): £64.2m': a page's one element per line), and so does a line opening
        upper-case under one ending on a bracket ('- North East: 84.6%\n(SALT, 2023-24)\nLeaders told us')."""
        text = doc.text
        for i in numpy.flatnonzero(breaks[:-1]).tolist():
            line_end, start = doc[i].idx, doc[i + 1].idx
            if _LABEL_LINE.match(text, start) or text[start].isupper() and text[line_end - 1:line_end] == ")":
                starts[i + 1] = 1

    @staticmethod
    def _source_lines(doc: Doc, starts: numpy.ndarray, breaks: numpy.ndarray, labels: numpy.ndarray) -> None:
        """A line opening 'Source:' (lexicon table_source_headers) is a sentence of its own, whatever
        ends the line before it ('... was 63.9%.\nSource: Adult Social Care Survey 2023-24\nHealthy ...')."""
        n, line_breaks = len(doc), numpy.flatnonzero(breaks).tolist()
        for i in numpy.flatnonzero(labels[:-1]).tolist():
            if (i == 0 or breaks[i - 1]) and doc[i + 1].text == ":":
                starts[i] = 1
                if i > 1:
                    starts[i - 1] = -1  # the line break stays with the sentence before
                after = bisect_left(line_breaks, i + 2)  # the first line break from i + 2 on
                end = line_breaks[after] if after < len(line_breaks) else n
                if end + 1 < n:
                    starts[end + 1] = 1


@Language.factory("atom_ruler")
class AtomRuler:
    """Atoms by label and rule id (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER", validate=True)
        self.others = Matcher(nlp.vocab, validate=True)   # any other token pattern: the whole Doc
        self.gapped = PhraseMatcher(nlp.vocab, attr="LOWER")  # words, one measure word, a noun: see _gapped
        self.gaps: dict[int, list[tuple[str, int]]] = {}  # prefix match id -> (last word, atom key)
        self.keys: dict[int, tuple[int, int]] = {}  # match id -> label and span id (as strings' hashes)
        figure_patterns: list[tuple[str, list[dict]]] = []
        others_patterns: list[list[dict]] = []
        for pattern in atom_rules()[1]:
            key = f"{pattern['label']}|{pattern['id']}"
            strings = nlp.vocab.strings
            self.keys[strings.add(key)] = (strings.add(pattern["label"]), strings.add(pattern["id"]))
            if isinstance(pattern["pattern"], str):
                self.phrases.add(key, [nlp.make_doc(pattern["pattern"])])
            elif pattern["label"] in FIGURE_LABELS:
                figure_patterns.append((key, pattern["pattern"]))
            elif (split := _gapped(pattern["pattern"])) is not None:
                prefix, last = split
                prefix_id = nlp.vocab.strings.add(f"gap|{prefix}")
                self.gapped.add(f"gap|{prefix}", [nlp.make_doc(prefix)])
                self.gaps.setdefault(prefix_id, []).append((last, nlp.vocab.strings[key]))
            else:
                spelled = spelled_out(pattern["pattern"])
                self.others.add(key, spelled)
                others_patterns += spelled
        self.figures = FigureMatchers(nlp, figure_patterns)  # run around numbers only
        self.others_gate = _first_word_gate(nlp, others_patterns)

    def _gap_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The gapped patterns' matches: the words, then a measure word, then the last word."""
        found = []
        for prefix_id, start, end in self.gapped(doc):
            if end + 1 < len(doc) and _is_measure_word(doc[end]):
                found += [(key, start, end + 2) for last, key in self.gaps[prefix_id] if doc[end + 1].lower_ == last]
        return found

    def __call__(self, doc: Doc) -> Doc:
        matches = [*self.phrases(doc), *self._gap_matches(doc), *self._other_matches(doc), *self.figures(doc)]
        # Distinct spans in Span order ((start, end), label, id: start_char and end_char grow with start and end)
        found = sorted({(s, e, *self.keys[key]) for key, s, e in matches if s != e})
        doc.spans[ATOMS_KEY] = [Span(doc, s, e, label=label, span_id=span_id) for s, e, label, span_id in found]
        return doc


    def _other_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The other token patterns' matches, tried only where one of their first words stands (a
        Matcher over a whole paragraph costs a Token per token)."""
        if not len(self.others):
            return []
        if self.others_gate is None:
            return self.others(doc)
        flag, reach = self.others_gate
        starts = numpy.flatnonzero(doc.to_array([flag]).reshape(-1)).tolist()
        return [(key, i + s, i + e) for i in starts for key, s, e in self.others(doc[i:min(len(doc), i + reach)]) if s == 0]


def _first_word_gate(nlp: Language, patterns: list[list[dict]]) -> tuple[int, int] | None:
    """(lexeme flag of the patterns' first words, their longest reach) when every pattern opens on one
    plain lower-case word and is bounded; else None (run over the whole Doc)."""
    firsts = [p[0].get("LOWER") if set(p[0]) == {"LOWER"} else None for p in patterns]
    reaches = [_reach(p) for p in patterns]
    if not patterns or any(not isinstance(f, str) for f in firsts) or None in reaches:
        return None
    words = frozenset(firsts)
    return nlp.vocab.add_flag(lambda text: text.lower() in words), max(reaches)


def _gapped(pattern: list[dict]) -> tuple[str, str] | None:
    """A token pattern of words, then patterns.MEASURE_WORD, then one word ('England <word> rate') as
    (the words, the last word): found by a PhraseMatcher and a look at the next two tokens, which is
    far cheaper than a Matcher trying every such pattern at every token. None for any other shape."""
    if len(pattern) < 3 or pattern[-2] != MEASURE_WORD or set(pattern[-1]) != {"LOWER"} \
            or any(set(token) != {"LOWER"} or not isinstance(token["LOWER"], str) for token in pattern[:-2]) \
            or not isinstance(pattern[-1]["LOWER"], str):
        return None
    return " ".join(token["LOWER"] for token in pattern[:-2]), pattern[-1]["LOWER"]


def _is_measure_word(token) -> bool:
    return token.is_alpha and token.is_lower and not token.is_stop


@Language.factory("atom_details")
class AtomDetails:
    """Longest atoms only, with degree words, ranges and values (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.rules = atom_rules()[0]
        self.degree_words = frozenset(atom_vocabulary().degree_words)
        self.qualifiers = frozenset(tuple(q.split()) for q in atom_vocabulary().trailing_qualifiers)
        self.unit_joins = frozenset(atom_vocabulary().unit_sharing_joins)
        self.restating = cue_words(("same_measure", "measure_pronoun", "plural_pronoun"))
        self.comparing = cue_words(("compared_before", "than"))
        self.naming = cue_words(("compared_before", "than", "names_after"))  # before a bare name only

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans[ATOMS_KEY])
        figures = [span for span in found if span.label_ in FIGURE_LABELS]
        bounds = ({span.start for span in figures}, {span.end for span in figures})
        placed = [span for span in found
                  if _in_place(span, rule := self.rules[int(span.id_)], bounds, self.qualifiers, self.restating,
                               self.naming if rule.form == "bracketed" else self.comparing)]
        kept = (_detailed(span, self.rules[int(span.id_)], self.degree_words) for span in filter_spans(placed))
        atoms = _one_name_each([span for span in kept if span is not None])
        shared = [s for s in (_sharing_unit(span, self.unit_joins) for span in atoms) if s is not None]
        doc.spans[ATOMS_KEY] = sorted([*atoms, *shared], key=lambda s: s.start) if shared else atoms
        return doc


def _one_name_each(atoms: list[Span]) -> list[Span]:
    """'the council's comparator group of similar councils': two names of one benchmark joined by
    'of' are one benchmark atom (the first's rule), not two benchmarks without a figure between."""
    merged: list[Span] = []
    for span in atoms:
        last = merged[-1] if merged else None
        if last is not None and span.label_ == last.label_ == "BENCHMARK" and span._.rule.key == last._.rule.key \
                and span.start == last.end + 1 and span.doc[last.end].lower_ == "of":
            joined = Span(span.doc, last.start, span.end, label=last.label, span_id=last.id)
            joined._.rule = last._.rule
            merged[-1] = joined
        else:
            merged.append(span)
    return merged


def spelled_out(pattern: list[dict]) -> list[list[dict]]:
    """A pattern whose first token is a set ({"LOWER": {"IN": [...]}}) as one pattern per word: the
    Matcher tests a set by calling Python at every token, a single word in C. Same matches."""
    first = pattern[0] if pattern else {}
    if len(first) != 1:
        return [pattern]
    (attr, value), = first.items()
    if attr not in {"LOWER", "ORTH", "TEXT", "NORM"} or not isinstance(value, dict) or set(value) != {"IN"}:
        return [pattern]
    return [[{attr: word}, *pattern[1:]] for word in value["IN"]]


class RoleMatchers:
    """Cue phrases (PhraseMatcher, lower case) and token patterns (Matcher) labelled by role."""

    def __init__(self, nlp: Language, phrases: dict[str, list[str]], tokens: dict[str, list[list[dict]]]) -> None:
        phrase_docs = {kind: list(nlp.tokenizer.pipe(words)) for kind, words in phrases.items() if words}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind, docs in phrase_docs.items():
            self.phrases.add(kind, docs)
        spelled = {kind: [p for pattern in patterns for p in spelled_out(pattern)] for kind, patterns in tokens.items() if patterns}
        self.tokens = token_matcher(nlp.vocab, list(spelled.items()))
        reaches = [*(len(doc) for docs in phrase_docs.values() for doc in docs),
                   *(_reach(p) for patterns in tokens.values() for p in patterns)]
        self.reach = None if None in reaches else max(reaches, default=0)  # the most tokens a match spans
        firsts = [*(doc[0].lower_ for docs in phrase_docs.values() for doc in docs),
                  *(_first_word_of(p) for patterns in spelled.values() for p in patterns)]
        self.first_words = None if None in firsts else frozenset(firsts)  # (lower case) every match starts with one

    def may_start(self, token) -> bool:
        """Can a match start at this token (by its word)?"""
        return self.first_words is None or token.lower_ in self.first_words

    def __call__(self, span: Span) -> list[Span]:
        return [*self.phrases(span, as_spans=True), *(self.tokens(span, as_spans=True) if len(self.tokens) else [])]


@Language.factory("cue_matcher")
class CueMatcher:
    """Cue words by role, in paragraphs with a benchmark (the only ones linking reads); the roles
    marked `opening_only` only where a sentence's first word starts (a Matcher over a sentence's
    first few tokens, not the whole stretch)."""

    def __init__(self, nlp: Language, name: str) -> None:
        phrases, tokens = cue_patterns()
        opening = opening_roles()
        self.anywhere = RoleMatchers(nlp, {k: v for k, v in phrases.items() if k not in opening},
                                     {k: v for k, v in tokens.items() if k not in opening})
        self.openings = RoleMatchers(nlp, {k: v for k, v in phrases.items() if k in opening},
                                     {k: v for k, v in tokens.items() if k in opening})

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for window in _linking_windows(doc):
            found += self.anywhere(window)
            for sentence in window.sents:
                start = _first_word(sentence)
                if start is not None and self.openings.may_start(doc[start]):
                    reach = sentence.end if self.openings.reach is None else min(sentence.end, start + self.openings.reach)
                    found += [s for s in self.openings(doc[start:reach]) if s.start == start]
        doc.spans[CUES_KEY] = sorted(found, key=lambda s: (s.start, -s.end))
        return doc


def _first_word_of(pattern: list[dict]) -> str | None:
    """The word (lower case) a token pattern must start with, or None when it may start otherwise."""
    first = pattern[0] if pattern else {}
    word = first.get("LOWER")
    return word if set(first) == {"LOWER"} and isinstance(word, str) and word == word.lower() else None


def first_word_at(text: str) -> int | None:
    """Where a sentence's first word starts: its first letter, digit or '_' (None: there is none).
    Sentence.opens_with and the cue matcher's openings both read it here, so they agree."""
    return next((i for i, ch in enumerate(text) if ch.isalnum() or ch == "_"), None)


def _first_word(sentence: Span) -> int | None:
    """The token starting at the sentence's first word (first_word_at), or None when that
    character starts no token. The spaces between tokens hold no word character, so the first
    token holding one holds it."""
    for token in sentence:
        first = first_word_at(token.text)
        if first is not None:
            return token.i if first == 0 else None
    return None


def _linking_windows(doc: Doc) -> list[Span]:
    """The stretches linking reads: each sentence with a benchmark, the two before it (where a
    council figure may be) and the two after it (a council figure or a citation)."""
    benchmarks = [span.start for span in doc.spans[ATOMS_KEY] if span.label_ == "BENCHMARK"]
    if not benchmarks:
        return []  # most paragraphs: no need to walk their sentences
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    wanted: set[int] = set()
    for start in benchmarks:
        i = bisect_right(starts, start) - 1
        wanted.update(range(max(0, i - 2), min(len(sentences), i + 3)))
    windows: list[Span] = []
    for i in sorted(wanted):
        if windows and windows[-1].end == sentences[i].start:
            windows[-1] = doc[windows[-1].start:sentences[i].end]
        else:
            windows.append(sentences[i])
    return windows


def analysed(texts: list[str]) -> list[Doc]:
    """The pipeline over many texts, one component at a time over all of them: the same Docs as
    `build_nlp().pipe(texts)`, which passes each Doc through every component in turn (a chain of
    generators) and costs about a sixth more here."""
    nlp = build_nlp()
    docs = [nlp.make_doc(text) for text in texts]
    for _, component in nlp.pipeline:
        docs = [component(doc) for doc in docs]
    return docs


# Real reports drop the space after a full stop ("74.8%.This was lower", "in 1996.Labour"):
# split there so the figure and the sentence boundary are both seen. The text is unchanged.
# A citation can drop the space after its comma too ("(ASC-WDS,2024)"): split a comma between a
# letter and a digit so the data set's name is a word of its own (a number's "1,000" is untouched).
# A citation's bracket can follow a figure with no space ("64.4%(ASCS, 2022-23)"): split the bracket
# (and a '%' before it) off when a capital letter follows, so the figure is a figure.
_EXTRA_INFIXES = [r"(?<=[%a-z0-9)])\.(?=[A-Z][a-z])", r"(?<=[0-9])%(?=\.[A-Z][a-z])", r"(?<=[A-Za-z]),(?=[0-9])",
                  r"(?<=[0-9])%(?=\([A-Z])", r"(?<=[0-9%])\((?=[A-Z])"]
# 'm.' is an abbreviation to spaCy's English exceptions, but in reports it ends '£412.6m.':
# without the exception the scale word is part of the money and the sentence ends there.
_DROPPED_EXCEPTIONS = {"m.", "M."}
# 'covering 141 sq. miles': an abbreviation inside a unit, no sentence end.
_ADDED_EXCEPTIONS = {text: [{ORTH: text}] for text in ("sq.", "Sq.")}


@spacy.registry.tokenizers("cqc_report_tokenizer.v1")
def report_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer with the infixes and exceptions above, built once (spaCy's own factory, then setting
    each, loads its 4,000 special cases three times: 0.3 s of every process start)."""
    def factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = {**{k: v for k, v in defaults.tokenizer_exceptions.items() if k not in _DROPPED_EXCEPTIONS}, **_ADDED_EXCEPTIONS}
        return Tokenizer(nlp.vocab, rules=rules,
                         prefix_search=compile_prefix_regex(defaults.prefixes).search,
                         suffix_search=compile_suffix_regex(defaults.suffixes).search,
                         infix_finditer=compile_infix_regex([*defaults.infixes, *_EXTRA_INFIXES]).finditer,
                         token_match=defaults.token_match, url_match=defaults.url_match)
    return factory


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The one spaCy pipeline (built once per process)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "cqc_report_tokenizer.v1"}}})
    nlp.max_length = 50_000_000  # inputs are capped at 20 MiB; a wrapped page can be one paragraph
    nlp.add_pipe("punct_sentencizer", name="sentencizer")
    # Phrase patterns go to the PhraseMatcher on lower-cased text; token patterns (figures)
    # to the Matcher, each starting with a required token, which keeps the Matcher cheap.
    nlp.add_pipe("atom_ruler")
    nlp.add_pipe("atom_details")
    nlp.add_pipe("cue_matcher")
    return nlp

"""Stage 3a: run spaCy over a report's paragraphs and keep plain records of sentences and atoms.

spaCy spans die with their Doc, so everything leaves this module as dataclasses with
absolute character offsets into the normalised report text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span
from spacy.util import filter_spans

from .nlp import ATOMS_KEY, build_nlp
from .numbers import parse_money, parse_number
from .rules import lexicon

FIGURE_LABELS = {"PERCENT", "QUANTITY", "MONEY"}

_DIGIT = re.compile(r"\d")
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+\u2022\u25cf]\s|\d+[.)]\s)")


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Atom:
    label: str      # PERCENT, QUANTITY, MONEY, BENCHMARK, RELATION, SOURCE
    key: str        # normalised id: unit, comparator name, relation, source id
    text: str
    start: int
    end: int
    sentence: int
    number_text: str | None = None
    value: float | None = None
    is_range: bool = False   # '50-60%': printed as a range, so no single value


def paragraphs(text: str, heading_starts: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """Blocks of prose: separated by blank lines; a heading line (by '#' mark, bullet, or an
    offset in heading_starts) is a block of its own. Hard-wrapped lines of one paragraph stay
    together."""
    blocks: list[tuple[int, str]] = []
    start: int | None = None
    offset = 0
    for line in text.split("\n"):
        is_heading = offset in heading_starts
        if not line.strip() or _BLOCK_START.match(line) or is_heading:
            if start is not None:
                blocks.append((start, text[start:offset - 1]))
                start = None
        if line.strip() and start is None:
            start = offset
        offset += len(line) + 1
        if is_heading and start is not None:
            blocks.append((start, text[start:offset - 1]))
            start = None
    if start is not None:
        blocks.append((start, text[start:]))
    return [(s, b.rstrip("\n")) for s, b in blocks if b.strip()]


def _with_degree_words(span: Span, degree_words: frozenset[str]) -> Span:
    """'lower than' preceded by 'slightly' or 'statistically' becomes 'slightly lower than'."""
    start = span.start
    while start > span.sent.start and span.doc[start - 1].lower_ in degree_words:
        start -= 1
    if start == span.start:
        return span
    return Span(span.doc, start, span.end, label=span.label, span_id=span.id)


def _atom_key(span: Span) -> str:
    """The atom's normalised id; '@table' ids are looked up by the matched words in lexicon.json."""
    key = span.id_
    if not key.startswith("@"):
        return key
    if key == "@rate":  # '712.4 per 100,000'
        return f"per {span[-1].text}"
    table = lexicon()[key[1:]]
    if key == "@units":
        return table[span[-1].lower_]
    return table[span.text.replace("-", "").replace(" ", "").upper()]


def _figure_value(label: str, span_text: str, number_text: str) -> float | None:
    if label == "MONEY":
        return parse_money(span_text)
    sign = -1.0 if number_text[:1] in "-\u2212" else 1.0
    value = parse_number(number_text.rstrip("%").lstrip("-\u2212"))
    return None if value is None else sign * value


def analyse(text: str, heading_starts: frozenset[int] = frozenset()) -> tuple[list[Sentence], list[Atom]]:
    """Sentences and atoms of a whole report, with absolute offsets."""
    nlp = build_nlp()
    degree_words = frozenset(lexicon()["relation_degree_words"])
    # Only paragraphs with a digit can hold a figure, and every table row is anchored on a
    # figure; skipping the rest keeps the cost near the tokenizer's.
    blocks = [(start, block) for start, block in paragraphs(text, heading_starts) if _DIGIT.search(block)]
    sentences: list[Sentence] = []
    atoms: list[Atom] = []
    for para, (doc, base) in enumerate(
            zip(nlp.pipe(b for _, b in blocks), (s for s, _ in blocks))):
        first = len(sentences)
        sent_starts = []
        for sent in doc.sents:
            sent_starts.append(sent.start)
            sentences.append(Sentence(len(sentences), para, base + sent.start_char,
                                      base + sent.end_char, sent.text))
        for span in filter_spans(list(doc.spans[ATOMS_KEY])):
            first_char = span[0].text.lstrip("-\u2212")[:1]
            if span.label_ in FIGURE_LABELS and not first_char.isdigit() and span[0].text != "£":
                continue  # LIKE_NUM also matches number words ('ten per cent'); figures are digits
            if span.label_ == "RELATION":
                span = _with_degree_words(span, degree_words)
            ranged = span.label_ in {"PERCENT", "QUANTITY"} and _range_start(span)
            if ranged:  # '50-60%', 'between 5 and 10%': one figure with no single value
                span = Span(doc, ranged, span.end, label=span.label, span_id=span.id)
            sent_index = first + sum(1 for s in sent_starts if s <= span.start) - 1
            number = next((t.text for t in span if t.text.lstrip("-\u2212")[:1].isdigit()), None)
            value = None if ranged or _RANGE_TOKEN.match(span[0].text) else \
                _figure_value(span.label_, span.text, number) if number else None
            atoms.append(Atom(span.label_, _atom_key(span), span.text, base + span.start_char,
                              base + span.end_char, sent_index, number, value, bool(ranged)
                              or bool(_RANGE_TOKEN.match(span[0].text))))
    return sentences, atoms


_YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}$")  # 'from 38% in 2021 to 44%' is no range
_RANGE_TOKEN = re.compile(r"^\d[\d.,]*[\u2013\u2014-]\d[\d.,]*$")  # '50\u201360' stays one token


def _range_start(span: Span) -> int | None:
    """Token index where a range ending in this figure starts ('50 - 60%', '5 and 10%'), or None."""
    i = span.start
    if i >= 2 and span.doc[i - 1].text in {"-", "\u2013", "\u2014", "to", "and"} \
            and span.doc[i - 2].like_num and span.doc[i - 2].text[:1].isdigit() \
            and not _YEAR_TOKEN.match(span.doc[i - 2].text) \
            and (span.doc[i - 1].text != "and" or (i >= 3 and span.doc[i - 3].lower_ == "between")):
        return i - 2
    return None

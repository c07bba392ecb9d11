"""Stage 3a: run spaCy over a report's paragraphs; keep plain records of sentences, atoms and cues.

The Doc holds the atoms (`doc.spans["atoms"]`, attributes in `span._`) and the cue words
(`doc.spans["cues"]`, labelled by role); see nlp.py. Spans die with their Doc, so they leave
this module as small records with absolute character offsets into the normalised text, and
each sentence carries its cues with the positional questions linking asks of them.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .numbers import holds_digit
from .nlp import ATOMS_KEY, CUES_KEY, analysed, first_word_at
from .patterns import unit_words
from .rules import list_mark

WRAPPED_LINE = 100  # characters: no hard-wrapped prose line is longer
LEAD_IN_REACH = 3  # paragraphs: a lead-in ending on a colon, a table title and its header line, then the rows
_BLOCK_START = re.compile(rf"^\s*(?:#{{1,6}}\s|{list_mark()}\s|\d+[.)]\s)")
TABLE_ROW = re.compile(r"^[ \t]*(?:\|.*\||[^|\n]+(?:\|[^|\n]*){2,}|[^\t\n]+(?:\t[^\t\n]*){2,})[ \t]*$",
                       re.MULTILINE)  # outer pipes, two inner ones, or cells between tabs ('Vacancy rate\t11.9%\t9.6%\t8.1%')


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str       # a role from lexicon.json `cues`
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    cues: tuple[Cue, ...] = field(default=(), repr=False)

    def cues_of(self, kind: str, lo: int | None = None, hi: int | None = None) -> list[Cue]:
        """Cues of one role lying within [lo, hi) (absolute offsets; the whole sentence by default)."""
        lo = self.start if lo is None else lo
        hi = self.end if hi is None else hi
        return [c for c in self.cues if c.kind == kind and lo <= c.start and c.end <= hi]

    def opens_with(self, kind: str) -> bool:
        """Does the sentence's first word start a cue of this role ('This was ...')?"""
        first = first_word_at(self.text)
        return first is not None and any(c.start == self.start + first for c in self.cues if c.kind == kind)

    def only_cues_between(self, lo: int, hi: int, kinds: str | tuple[str, ...], punctuation: str = "") -> bool:
        """Is the text in [lo, hi) nothing but cues of this role (or these roles), spaces and the
        given punctuation?"""
        return all(ch.isspace() or ch in punctuation for ch in self.blanked(lo, hi, (), kinds))

    def blanked(self, lo: int, hi: int, spans: Collection[Atom | Cue] = (), kinds: str | tuple[str, ...] = ()) -> str:
        """The text of [lo, hi) with `spans` (atoms or cues) and the cues of `kinds` blanked out (each cut to [lo, hi))."""
        chars = list(self.text[lo - self.start:hi - self.start])
        for start, end in [(a.start, a.end) for a in spans] + [
                (c.start, c.end) for kind in ((kinds,) if isinstance(kinds, str) else kinds) for c in self.cues_of(kind, lo, hi)]:
            start, end = max(start, lo), min(end, hi)
            if start < end:
                chars[start - lo:end - lo] = " " * (end - start)
        return "".join(chars)

    def run_leading_to(self, kind: str, lo: int, offset: int) -> Cue | None:
        """The first cue of this role from `lo` on from which nothing but cues of the role and spaces
        lead to `offset` ('which stood at' right before a figure), if any."""
        return next((c for c in self.cues_of(kind, lo, offset) if self.only_cues_between(c.start, offset, kind)), None)

    def adjacent(self, end: int, start: int) -> bool:
        """Does `end` come before `start` with only spaces between (absolute offsets)?"""
        return end <= start and not self.text[end - self.start:start - self.start].strip()

    def cue_ending_at(self, kind: str, offset: int) -> bool:
        """A cue of this role that ends just before `offset` (only spaces between)."""
        return any(c.end <= offset and not self.text[c.end - self.start:offset - self.start].strip()
                   for c in self.cues if c.kind == kind)

    def cue_starting_at(self, kind: str, offset: int) -> Cue | None:
        """The cue of this role that starts just after `offset` (only spaces between), if any."""
        return next((c for c in self.cues if c.kind == kind and c.start >= offset
                     and not self.text[offset - self.start:c.start - self.start].strip()), None)


@dataclass(slots=True)
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
    form: str = "phrase"     # how a benchmark was printed: phrase, bare ('England (70%)'), plural


def paragraphs(text: str, heading_starts: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """Blocks of prose: separated by blank lines; a heading line (by '#' mark, bullet, or an
    offset in heading_starts) is a block of its own. Hard-wrapped lines of one paragraph stay
    together; a line longer than any hard wrap (WRAPPED_LINE) that ends a sentence ends its block (a compact page: one
    paragraph per line)."""
    blocks: list[tuple[int, str]] = []
    start: int | None = None
    offset = 0
    ended = False  # the line before was a whole paragraph
    for line in text.split("\n"):
        is_heading = offset in heading_starts
        if not line.strip() or _BLOCK_START.match(line) or is_heading or ended:
            if start is not None:
                blocks.append((start, text[start:offset - 1]))
                start = None
        if line.strip() and start is None:
            start = offset
        ended = len(line.strip()) > WRAPPED_LINE and line.rstrip().endswith((".", "!", "?", ".)", ".'", '."'))
        offset += len(line) + 1
        if is_heading and start is not None:
            blocks.append((start, text[start:offset - 1]))
            start = None
    if start is not None:
        blocks.append((start, text[start:]))
    return [(s, b.rstrip("\n")) for s, b in blocks if b.strip()]


def _atom(span: Span, block: str, base: int, sentence: int) -> Atom:
    details = span._  # one accessor for the five attributes
    rule, start, end = details.rule, span.start_char, span.end_char
    key = rule.key
    if rule.label == "QUANTITY":
        last = details.unit_token or span[-1]  # '(79.0 and 82.9 years)': 79.0 prints its unit with 82.9
        key = rule.key.format(last=last.text, unit=unit_words().get(last.lower_))
    return Atom(span.label_, key, block[start:end], base + start, base + end, sentence,
                details.number_text, details.value, bool(details.is_range), rule.form)


def _records(doc: Doc, block: str, base: int, para: int, first: int) -> tuple[list[Sentence], list[Atom]]:
    """One paragraph's sentences (numbered from `first`) and atoms, offsets made absolute.
    Texts are sliced from the paragraph string (`doc.text` would rebuild it every time)."""
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    bounds = [(sent.start_char, sent.start_char + len(block[sent.start_char:sent.end_char].rstrip())) for sent in sents]
    char_starts = [s for s, _ in bounds]
    held: list[list[Cue]] = [[] for _ in sents]  # each sentence's cues, in the cue spans' order
    for c in doc.spans[CUES_KEY]:
        start, end = c.start_char, c.end_char  # each a look at the Doc's tokens: read once
        i = bisect_right(char_starts, start) - 1
        if i >= 0 and end <= bounds[i][1]:
            held[i].append(Cue(c.label_, base + start, base + end, block[start:end]))
    sentences = [Sentence(first + i, para, base + s, base + e, block[s:e], tuple(held[i]))
                 for i, (s, e) in enumerate(bounds)]
    atoms = [_atom(span, block, base, first + bisect_right(starts, span.start) - 1) for span in doc.spans[ATOMS_KEY]]
    return sentences, atoms


@dataclass
class Analysis:
    """A report's sentences and atoms, and the spaCy Docs of its paragraphs with a digit (kept
    for the stages that read the same paragraphs again: facts, figures) with their offsets."""

    sentences: list[Sentence]
    atoms: list[Atom]
    docs: list[tuple[int, Doc]]
    spelled_only: frozenset[int] = frozenset()  # paragraphs read only for a time in words (no digit): not the figures'


@lru_cache(maxsize=1)
def _spelled_time_pattern() -> re.Pattern[str]:
    """A number word (figures.json number_words, from two) right before a word printing a unit other than people
    (atoms.json units): 'three weeks', 'twenty-one days' (nlp reads such a time as a figure)."""
    from .figures import vocabulary  # figures imports nlp, which this module imports
    numbers = sorted((w for w, n in vocabulary().number_words.items() if n >= 2), key=len, reverse=True)
    units = sorted((w for w, unit in unit_words().items() if unit != "people"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, numbers))})\s+(?:{'|'.join(map(re.escape, units))})\b", re.IGNORECASE)


def _paragraphs_read(every: list[tuple[int, str]], digits: list[bool]) -> frozenset[int]:
    """The paragraphs with a figure (`digits`), each line ending on ':' that leads into one (a table's title and
    header lines, one line each, between), the paragraph right after a table row with a figure (its sentences may
    state the rows' directions: comparison_tables) and a table's header row saved as a paragraph of its own (its
    columns may name data sets)."""
    return frozenset(para for para, (_, block) in enumerate(every)
                     if digits[para] or block.endswith(":") and _leads_into_a_figure(every, digits, para)
                     or para > 0 and digits[para - 1] and TABLE_ROW.search(every[para - 1][1]) is not None
                     or para + 1 < len(every) and digits[para + 1] and TABLE_ROW.search(block) is not None
                     and TABLE_ROW.search(every[para + 1][1]) is not None)


def _leads_into_a_figure(every: list[tuple[int, str]], digits: list[bool], para: int) -> bool:
    """Is the next paragraph with a figure within LEAD_IN_REACH, only one-line paragraphs between?"""
    for after in range(para + 1, min(para + 1 + LEAD_IN_REACH, len(every))):
        if digits[after]:
            return after == para + 1 or TABLE_ROW.search(every[after][1]) is not None
        if "\n" in every[after][1].strip():
            return False
    return False


def _holds_spelled_time(block: str) -> bool:
    """Does a paragraph without a digit hold a time written in words ('waited three weeks, against five weeks')?"""
    return _spelled_time_pattern().search(block) is not None


def analyse_report(text: str, heading_starts: frozenset[int] = frozenset()) -> Analysis:
    """Sentences, atoms and paragraph Docs of a whole report, with absolute offsets."""
    # Only paragraphs with a digit (or a time in words: 'three weeks', read for comparisons only: the figures table
    # keeps to paragraphs with a digit) can hold a figure, and every table row is anchored on a figure; skipping the
    # rest keeps the cost near the tokenizer's. A line leading into a
    # paragraph with a digit ('Carers were less likely than elsewhere to ...:') is read too.
    # Paragraphs keep their number among all paragraphs, so adjacent numbers are adjacent blocks.
    every = paragraphs(text, heading_starts)
    digits = [holds_digit(block) for _, block in every]
    read = _paragraphs_read(every, digits)
    spelled = [holds or _holds_spelled_time(block) for holds, (_, block) in zip(digits, every)]
    admitted = _paragraphs_read(every, spelled)
    blocks = [(para, start, block) for para, (start, block) in enumerate(every) if para in admitted]
    analysis = Analysis([], [], [], admitted - read)
    for doc, (para, base, block) in zip(analysed([b for _, _, b in blocks]), blocks):
        more_sentences, more_atoms = _records(doc, block, base, para, len(analysis.sentences))
        analysis.sentences += more_sentences
        analysis.atoms += more_atoms
        analysis.docs.append((base, doc))
    return analysis


def analyse(text: str, heading_starts: frozenset[int] = frozenset()) -> tuple[list[Sentence], list[Atom]]:
    """Sentences and atoms of a whole report, with absolute offsets."""
    analysis = analyse_report(text, heading_starts)
    return analysis.sentences, analysis.atoms

"""What a comparison measures, in the sentence's own words (comparisons.metric).

The words after the council's figure ('of people who ...') up to where they stop naming the
measure (a `metric_end` cue: relation or benchmark words, ', which', ...), or, when the figure
closes its clause ('turnover was 5.3%'), the words before it: after the last `metric_lead` cue
and without trailing `metric_trailing` words. Cues are in rules/lexicon.json.
"""
from __future__ import annotations

from .atoms import Sentence
from .comparisons import Comparison

_EDGE_AFTER = " ,.)"
_EDGE_TRAILING = " ,("
_EDGE_BEFORE = " ,.;:"


def _tidy(text: str) -> str:
    """Strip edge punctuation and close or drop an unbalanced parenthesis."""
    text = " ".join(text.split()).strip(" ,.;:")
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")].strip(" ,") if text.endswith("(") else text + ")"
    return text


class Slice:
    """A [lo, hi) window of a sentence that shrinks as edges and cue words are cut away."""

    def __init__(self, sentence: Sentence, lo: int, hi: int) -> None:
        self.sentence, self.lo, self.hi = sentence, lo, hi

    @property
    def text(self) -> str:
        return self.sentence.text[self.lo - self.sentence.start:self.hi - self.sentence.start]

    def strip(self, chars: str | None) -> "Slice":
        text = self.text
        kept = text.strip(chars)
        if not kept:
            self.hi = self.lo
            return self
        self.lo += len(text) - len(text.lstrip(chars))
        self.hi -= len(text) - len(text.rstrip(chars))
        return self

    def drop_opener(self, kind: str) -> "Slice":
        """Remove a cue word opening the slice when whitespace follows it ('of people' -> 'people')."""
        cue = next((c for c in self.sentence.cues_of(kind, self.lo, self.hi) if c.start == self.lo), None)
        rest = self.sentence.text[cue.end - self.sentence.start:self.hi - self.sentence.start] if cue else ""
        if cue and rest[:1].isspace():
            self.lo = cue.end + len(rest) - len(rest.lstrip())
        return self


def _after(comparison: Comparison, sentence: Sentence, stop: int) -> str:
    part = Slice(sentence, comparison.value.end, stop)
    semicolon = part.text.find(";")
    if semicolon != -1:
        part.hi = part.lo + semicolon
    ends = [c.start for c in sentence.cues_of("metric_end", part.lo, part.hi)]
    if ends:
        part.hi = min(ends)
    return part.strip(_EDGE_AFTER).drop_opener("metric_after_opener").text


def _space_or_comma(char: str) -> bool:
    return char.isspace() or char == ","


def _trailing_cue(part: Slice):
    """A trailing cue word at the slice's end, preceded by a space or comma inside it."""
    return next((c for c in part.sentence.cues_of("metric_trailing", part.lo + 1, part.hi) if c.end == part.hi
                 and _space_or_comma(part.sentence.text[c.start - part.sentence.start - 1])), None)


def _before(comparison: Comparison, sentence: Sentence, begin: int) -> str:
    part = Slice(sentence, begin, comparison.value.start)
    part.lo += part.text.rfind(";") + 1
    leads = [c.end for c in sentence.cues_of("metric_lead", part.lo, part.hi)
             if sentence.text[c.end - sentence.start:c.end - sentence.start + 1].isspace()]
    if leads:
        part.lo = max(leads)
        part.strip(None)
    while True:
        cue = _trailing_cue(part.strip(_EDGE_TRAILING).strip(None))
        if cue is None:
            break
        part.hi = cue.start
        while part.hi > part.lo and _space_or_comma(part.text[-1]):
            part.hi -= 1
    return part.strip(_EDGE_BEFORE).drop_opener("metric_before_opener").text


def metric_for(comparison: Comparison, sentences: list[Sentence]) -> str:
    """What is measured, from the council figure's sentence (see the module docstring)."""
    value = comparison.value
    sentence = sentences[value.sentence]
    others = [a for a in (comparison.relation, comparison.bench, comparison.figure)
              if a is not None and a.sentence == value.sentence]
    after = _after(comparison, sentence, min([a.start for a in others if a.start >= value.end], default=sentence.end))
    if len(after.split()) >= 3:
        return _tidy(after)
    before = _before(comparison, sentence, max([a.end for a in others if a.end <= value.start], default=sentence.start))
    return _tidy(before or after or sentence.text)

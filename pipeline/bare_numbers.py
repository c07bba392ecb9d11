"""Numbers printed without their unit, in the slot of a figure of a quantity named in the sentence.

Inspectors print a unit once and leave it off the figures around it: '80.6 years for men and 84.1
for women', 'an average age of 35.8 years, compared to 40.5 for England', 'England: 79.4 and 83.1',
'812 per 100,000 people, compared to England's 475'. Such a number is read as a figure of that unit
only when all of these hold:
- it is well formed (numbers.LONE_NUMBER), no year and no age bound ('aged 65 and over': cue
  age_bound), no whole number of a fraction ('nine and a half': cue fraction), and touches no atom;
- it sits in a figure's slot: right after comparison words (cue compared_before), after a benchmark
  with only linking words (`_LINKING` cues), '(', ':' or ',' between, or joined by 'and' (a few plain
  words between) or a comma to a figure of the unit, or set against another number that is no year
  ('81.5 against 83.2'), or before relation words leading into a benchmark ('was 7.6, which was
  broadly comparable with England (5.2 days)'), or joined by 'and' to a figure and the benchmark name after it
  ('compared with 566.0 in England and 651.8 in the North West');
- the sentence holds quantities of exactly one unit of its size (0.4 to 2.5 times it), so '7 districts'
  beside '80.6 years' stays a count; a sentence of benchmarks with no figure of its own is sized by
  the sentence before it in its paragraph, when that holds quantities of one unit and no other figure
  ('... 742.3 admissions for every 100,000 people aged 65 and over. By comparison, the England average
  was 566.0');
- a number word from two to nineteen ('six') only right after comparison words or a benchmark's
  linking words ('against an England median of six'), from twenty on in any slot above.
Linking then treats it as any other figure; its text is the number as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .atoms import Atom, Sentence
from .nlp import RANGE_WORDS
from .numbers import LONE_NUMBER, NUMBER_TEXT, YEAR
from .rules import FIGURE_LABELS, atom_vocabulary, lexicon_model

_NUMBER = LONE_NUMBER  # '4,0' is none
_CLOSING = ",;.):"
_PAIRED_NUMBER = re.compile(rf"((?:\s+[a-z]+){{0,3}})\s+({NUMBER_TEXT})(?=\s*[,;.)]|\s*$)")  # ' women to 81.2,'
_LINKING = ("benchmark_figure_after", "same_measure", "plural_noun", "leads_into")  # 'for England the figures are 61.5'
SIZE_RANGE = (0.4, 2.5)  # a bare number's size against a figure of the unit it may take


def with_bare_numbers(sentences: list[Sentence], atoms: list[Atom]) -> list[Atom]:
    """The atoms and, in each sentence, the numbers printed without their unit (see module doc), in order."""
    by_sentence: dict[int, list[Atom]] = {}
    for atom in atoms:
        by_sentence.setdefault(atom.sentence, []).append(atom)
    found: list[Atom] = []
    for before, sentence in zip([None, *sentences], sentences):
        own = by_sentence.get(sentence.index, [])
        if any(a.label == "QUANTITY" for a in own):
            found += _bare_in(sentence, own, _quantities(own))
        elif before is not None and (units := _borrowed_units(before, sentence, own, by_sentence)):
            found += [replace(bare, sentence=sentence.index) for bare in _bare_in(sentence, own, units)]
    return sorted([*atoms, *found], key=lambda a: a.start) if found else atoms


def _quantities(atoms: list[Atom]) -> list[Atom]:
    """The single-valued quantities among `atoms` (the units a bare number may take)."""
    return [a for a in atoms if a.label == "QUANTITY" and a.value and not a.is_range]


def _borrowed_units(before: Sentence, sentence: Sentence, own: list[Atom], by_sentence: dict[int, list[Atom]]) -> list[Atom]:
    """'... 742.3 permanent admissions for every 100,000 people aged 65 and over. By comparison, the England average was
    566.0 and the North West average was 641.7': a sentence of benchmarks with no figure of its own sizes its numbers
    by the quantities of the sentence before in its paragraph (of one unit), if they are all it holds."""
    if sentence.paragraph != before.paragraph or not any(a.label == "BENCHMARK" for a in own) \
            or any(a.label in FIGURE_LABELS for a in own):
        return []
    earlier = by_sentence.get(before.index, [])
    quantities = _quantities(earlier)
    figures = [a for a in earlier if a.label in FIGURE_LABELS]
    return quantities if quantities and len(quantities) == len(figures) and len({a.key for a in quantities}) == 1 else []


def _bare_in(sentence: Sentence, atoms: list[Atom], quantities: list[Atom]) -> list[Atom]:
    """The sentence's numbers printed without a unit, sized by `quantities`; twice over, so that a number paired with a
    later one ('live to 77.4 and women to 81.2, compared with 79.3 and 83.2 years') is read once that one is."""
    found = _bare_pass(sentence, atoms, quantities, [])
    return _bare_pass(sentence, atoms, quantities, found) if found else found


def _bare_pass(sentence: Sentence, atoms: list[Atom], quantities: list[Atom], known: list[Atom]) -> list[Atom]:
    """One pass over the sentence's numbers, with the bare figures `known` from a pass before."""
    found = list(known)
    for number, value, lo, hi in _numbers_in(sentence.text):
        start, end = sentence.start + lo, sentence.start + hi
        if YEAR.fullmatch(number) or any(a.start < end and start < a.end for a in [*atoms, *found]) \
                or bounds_an_age(sentence, start, end) or _and_a_fraction(sentence, end):
            continue  # 'aged 65 and over' is an age band, no figure; 'nine and a half days' is no 9
        like = {a.key: a for a in quantities if SIZE_RANGE[0] <= value / a.value <= SIZE_RANGE[1]}
        slot = _in_figure_slot(sentence, atoms, start, end, sorted([*quantities, *found], key=lambda a: a.start)) \
            if number[0].isdigit() or value >= 20 else _closes(sentence, atoms, end) and _after_comparison(sentence, atoms, start)
        if len(like) == 1 and slot:
            found.append(printed_without_unit(next(iter(like.values())), number, start, end, value))
    return sorted(found, key=lambda a: a.start)


def bounds_an_age(sentence: Sentence, start: int, end: int) -> bool:
    """Is the number at [start, end) an age band's bound ('aged 65 and over': cue age_bound before or after it), or the
    upper end of one ('people aged 18 to 64': a range word of nlp.RANGE_WORDS and a lower bound before it)?"""
    if sentence.cue_ending_at("age_bound", start) or sentence.cue_starting_at("age_bound", end) is not None:
        return True
    lower = _LOWER_BOUND.search(sentence.text, 0, start - sentence.start)
    return lower is not None and lower.group(2).strip().lower() in RANGE_WORDS \
        and sentence.cue_ending_at("age_bound", sentence.start + lower.start(1))


_LOWER_BOUND = re.compile(r"(\d+)(\s*\S+\s*)$")  # a number and one word or mark right before a point ('18 to ')


def _and_a_fraction(sentence: Sentence, end: int) -> bool:
    """Does 'and' and a fraction follow ('nine and a half days')? The number is only part of the figure."""
    joined = sentence.cue_starting_at("chain", end)
    return joined is not None and sentence.cue_starting_at("fraction", joined.end) is not None


def _numbers_in(text: str) -> list[tuple[str, float, int, int]]:
    """The numbers of a text, in digits or in words ('seventy-nine', 'eighty'; from two to nineteen, 'six', only right
    after a benchmark or comparison words: 'against an England median of six'), with their values and offsets, in order."""
    words, tens, small = _spelled_numbers()
    found = [(m.group(0), float(m.group(0).replace(",", "")), m.start(), m.end()) for m in _NUMBER.finditer(text)]
    found += [(m.group(0), float(words[m.group(1).lower()] + (words[m.group(2).lower()] if m.group(2) else 0)), m.start(), m.end())
              for m in tens.finditer(text)]
    found += [(m.group(0), float(words[m.group(0).lower()]), m.start(), m.end()) for m in small.finditer(text)]
    return sorted(found, key=lambda n: n[2])


def is_number_word(word: str) -> bool:
    """Is `word` a number written in words (figures.json number_words: 'six', 'twenty')?"""
    return word.lower() in _spelled_numbers()[0]


@lru_cache(maxsize=1)
def _spelled_numbers() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """figures.json number words, a pattern for a tens word with an optional unit word after a hyphen, and one for a
    number word from two to nineteen standing alone."""
    from .figures import vocabulary  # figures imports this module's neighbours; read lazily
    words = vocabulary().number_words
    units = "|".join(w for w, n in words.items() if 1 <= n <= 9)
    small = "|".join(w for w, n in words.items() if 2 <= n <= 19 and w != "dozen")
    return words, re.compile(rf"\b({'|'.join(vocabulary().tens_words)})(?:[-\u2010\u2011]({units}))?\b", re.IGNORECASE), \
        re.compile(rf"(?<![-\u2010\u2011])\b(?:{small})\b(?![-\u2010\u2011])", re.IGNORECASE)


def printed_without_unit(like: Atom, number: str, start: int, end: int, value: float | None = None) -> Atom:
    """A figure printed as a bare number at [start, end), of the unit of the figure `like` (`value`: of a number in
    words)."""
    return replace(like, text=number, number_text=number, start=start, end=end,
                   value=float(number.replace(",", "")) if value is None else value)


def _in_figure_slot(sentence: Sentence, atoms: list[Atom], start: int, end: int, figures: list[Atom]) -> bool:
    """After comparison words or a benchmark's linking words, or paired by 'and' or comparison words with a figure."""
    if _closes(sentence, atoms, end) and (_after_comparison(sentence, atoms, start) or _second_of_pair(sentence, start, figures)
                                          or _set_against_benchmark(sentence, atoms, end)
                                          or _next_place_of_list(sentence, atoms, start, figures)):
        return True
    return _first_of_pair(sentence, end, figures) or _placed_after_relation(sentence, atoms, start, end)


def _placed_after_relation(sentence: Sentence, atoms: list[Atom], start: int, end: int) -> bool:
    """'close to the 21.1 recorded by similar councils': relation words leading into the number ('the': cue leads_into)
    and words placing it (cue benchmark_figure_before, at least one) right before a benchmark."""
    return any(r.label == "RELATION" and r.end <= start and sentence.only_cues_between(r.end, start, "leads_into") for r in atoms) \
        and any(b.label == "BENCHMARK" and b.start > end and bool(sentence.cues_of("benchmark_figure_before", end, b.start))
                and sentence.only_cues_between(end, b.start, "benchmark_figure_before") for b in atoms)


def _between(sentence: Sentence, lo: int, hi: int) -> str:
    """The sentence's text in [lo, hi) (absolute offsets)."""
    return sentence.text[lo - sentence.start:hi - sentence.start]


def _plain_words(text: str, most: int = 3) -> bool:
    """Only a few lower-case words ('and women to', or none)."""
    words = text.split()
    return len(words) <= most and all(w.isalpha() and w.islower() for w in words)


def _closes(sentence: Sentence, atoms: list[Atom], end: int) -> bool:
    """Ends a figure: punctuation, a citation's bracket, a group ('for women'), 'and', 'respectively', words opening
    another clause ('but': cue figure_end), or a benchmark name."""
    after = _between(sentence, end, sentence.end).lstrip()
    return not after or after[0] in _CLOSING + "(" or bool(
        sentence.cue_starting_at("qualifier", end) or sentence.cue_starting_at("chain", end)
        or sentence.cue_starting_at("respectively", end) or sentence.cue_starting_at("figure_end", end)) or any(
        a.label == "BENCHMARK" and a.start >= end and not _between(sentence, end, a.start).strip() for a in atoms)


def _after_comparison(sentence: Sentence, atoms: list[Atom], start: int) -> bool:
    """'compared to 40.5', 'England: 79.4', 'England's 475', 'the national average of 83.1', 'for England the figures are 61.5'."""
    return sentence.cue_ending_at("compared_before", start) or any(  # bool: cue_ending_at is one
        a.label == "BENCHMARK" and a.end <= start and sentence.only_cues_between(a.end, start, _LINKING, "(:,")
        for a in atoms)


def _set_against_benchmark(sentence: Sentence, atoms: list[Atom], end: int) -> bool:
    """'sickness days per care worker was 7.6, which was broadly comparable with England (5.2 days)':
    only linking words (', which was') or a gap ('women to eighty-two, each more than a year below the national
    averages') between the number and relation words leading into a benchmark."""
    return any(r.label == "RELATION" and r.start >= end and (sentence.only_cues_between(end, r.start, "benchmark_figure_after", ",")
                                                             or _gap_between(sentence, atoms, end, r.start))
               and any(b.label == "BENCHMARK" and b.start >= r.end and sentence.only_cues_between(r.end, b.start, "leads_into")
                       for b in atoms)
               for r in atoms)


def _gap_between(sentence: Sentence, atoms: list[Atom], lo: int, hi: int) -> bool:
    """', each more than a year': a comma, then a gap's words (gap_amount_words, lexicon gap_leads, relation phrases)."""
    text = sentence.blanked(lo, hi, [a for a in atoms if a.label == "RELATION" and lo <= a.start and a.end <= hi])
    words = text.lstrip()[1:].split() if text.lstrip().startswith(",") else []
    allowed = gap_amount_words() | set(lexicon_model().gap_leads)
    return bool(words) and all(w.lower() in allowed for w in words)


@lru_cache(maxsize=1)
def gap_amount_words() -> frozenset[str]:
    """Words sizing a gap: atoms.json degree words and units, figures.json number words, lexicon gap_units."""
    from .figures import vocabulary  # figures imports this module's neighbours; read lazily
    vocab = atom_vocabulary()
    return frozenset([*(w.lower() for p in vocab.degree_words for w in p.split()), *vocabulary().number_words,
                      *(w for words in vocab.units.values() for w in words), *lexicon_model().gap_units])


def _second_of_pair(sentence: Sentence, start: int, figures: list[Atom]) -> bool:
    """'80.6 years for men and 84.1 for women', 'men 57.4 years ... and women 58.0': 'and' and a few
    plain words before it, and a figure right before the 'and' (a few plain words between); or a comma
    after a figure and a few plain words ('79.3, 83.2, 63.1 and 63.9 years', '75.4 years for men, 79.8 for women')."""
    if any("," in (gap := _between(sentence, f.end, start)) and _plain_words(gap.replace(",", " "))
           for f in figures if f.end <= start):
        return True  # 'the England figures are 79.3, 83.2, 63.1 and 63.9 years', '(75.4 years for men, 79.8 for women)'
    return any(_plain_words(_between(sentence, c.end, start)) and any(
        f.end <= c.start and _plain_words(_between(sentence, f.end, c.start).replace(",", " ")) for f in figures)
        for c in sentence.cues_of("chain", hi=start))


def _next_place_of_list(sentence: Sentence, atoms: list[Atom], start: int, figures: list[Atom]) -> bool:
    """'compared with 566.0 in England and 651.8 in the North West': 'and' right after a figure and the benchmark name
    after it."""
    return any(not _between(sentence, c.end, start).strip() and any(
        b.label == "BENCHMARK" and sentence.adjacent(b.end, c.start) and any(sentence.adjacent(f.end, b.start) for f in figures)
        for b in atoms) for c in sentence.cues_of("chain", hi=start))


def _first_of_pair(sentence: Sentence, end: int, figures: list[Atom]) -> bool:
    """'men live to 78.1 and women to 82.2 years': 'and' after it (a few plain words between), then a
    few plain words and a figure; 'live on average to seventy-seven, women to eighty-one': a comma, a few plain words and
    a figure; or '81.5 against 83.2': comparison words and a number."""
    if any(f.start > end and (gap := _between(sentence, end, f.start)).lstrip().startswith(",")
           and _plain_words(gap.replace(",", " ", 1)) for f in figures):
        return True
    joined = next((c for c in sentence.cues_of("chain", lo=end) if _plain_words(_between(sentence, end, c.start))), None)
    if joined is not None and any(f.start >= joined.end and _plain_words(_between(sentence, joined.end, f.start))
                                  for f in figures):
        return True
    if joined is not None and (pair := _PAIRED_NUMBER.match(_between(sentence, joined.end, sentence.end))) \
            and _plain_words(pair.group(1)) and not YEAR.fullmatch(pair.group(2)):
        return True  # 'live to 77.4 and women to 81.2, compared with ...': two numbers printed without a unit
    compared = sentence.cue_starting_at("compared_before", end)
    other = _NUMBER.match(_between(sentence, compared.end, sentence.end).lstrip()) if compared is not None else None
    return other is not None and not YEAR.fullmatch(other.group(0))  # '81.5 against 83.2', not 'compared with 2019'

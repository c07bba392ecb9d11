"""Stage 3d: overview facts (demographics, financial facts) by role assignment.

spaCy finds the figures in the overview and summary paragraphs (numbers with scale words,
ordinals, financial years from the token patterns in rules/facts.json; money and percentages
from the atom stage). Each figure then takes the role of the fact whose cue words stand right
before it, right after it, or nearest to it in its sentence (see facts.json `_doc`). No rule is
a sentence pattern: a new phrasing needs at most a new cue word.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import Field

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .atoms import paragraphs
from .nlp import ATOMS_KEY, HYPHENS, FigureMatchers, analysed, build_nlp, token_matcher
from .numbers import YEAR, SCALES, financial_year, holds_digit, parse_count, parse_number
from .patterns import with_curly_apostrophes
from .records import Finding, Spans
from .rules import _Rule, lexicon_model, load_model
from .vocab import Code

FigureKind = Literal["number", "ordinal", "percent", "money"]
MoneyRole = Literal["estimate", "actual"]


class FactRule(_Rule):
    fact: str
    figure: FigureKind
    parser: Literal["count", "number", "percent", "text"]
    before: list[str] = []
    before_patterns: list[list[dict]] = []
    after: list[str] = []
    near: list[str] = []
    sentence_any: list[str] = []
    sentence_none: list[str] = []
    after_none: list[str] = []
    before_none: list[str] = []  # a part of the area leading into the figure ('Its largest town, Axeford, has some 64,500')
    # where the sentence conditions are looked for: the figure's sentence; it and the one before; the one before too
    # only when the figure's sentence opens on a word continuing it ('It is ranked 97th out of 153': continuing_openers)
    context: Literal["sentence", "with_previous", "continuing"] = "sentence"
    range: tuple[float, float] | None = None
    requires_before: str | None = None   # a fact that must have been read just before in the sentence
    near_in_clause: bool = False  # a 'near' cue before the figure counts only in the figure's clause


class FactVocabulary(_Rule):
    doc: str = Field(alias="_doc")
    fillers: list[str]
    ratio_words: list[str]
    figures: dict[Literal["number", "ordinal", "year"], list[list[dict]]]
    topics: dict[str, list[str]]
    money_roles: dict[MoneyRole, list[str]]
    money_facts: dict[str, dict[MoneyRole, str]]
    money_year_fact: str
    # the topic of money in a paragraph that states a difference from the estimate ('... which is £6,640,000
    # more than estimated') but names no topic: the Financial facts list names adult social care when it means it
    money_topic_of_a_difference: str | None = None
    differences: dict[Literal["more", "less"], list[str]]
    facts: list[FactRule]
    imd_scale_reversed: list[list[dict]]
    continuing_openers: list[str] = []  # 'It is ranked 97th ...': a sentence opening on one of these continues the one before
    hypothetical_words: list[str] = []  # 'would expect around 2,240 people': a figure after one in its clause takes no role
    year_nouns: list[str] = []  # 'the 2021 Census': a year right before one of these is no figure
    year_words: list[str] = []  # 'in 2022', 'since 2019': a year right after one of these is no figure
    rate_words: list[str] = []  # '£412 per adult': money right before one of these is a rate, no budget
    duration_words: list[str] = []  # 'over 2 years': a number right before one of these is a time, no count
    rate_bases: list[str] = []  # 'per 100,000': a number right after one of these, and the rate before it, are no count
    age_words: list[str] = []  # 'adults aged 18 to 64': a number right after one of these, or ending a range after one, is an age
    range_words: list[str] = []  # 'aged 18 to 64', 'aged 65-74': the words joining a range's two ends
    budget_range: tuple[float, float] = (0, float("inf"))  # the money a budget fact may be, in pounds
    national_rank_totals: list[int] = []  # 'of 153 county and unitary authorities': a total ranking every council

    def model_post_init(self, _context) -> None:
        if set(self.money_facts) != set(self.topics):
            raise ValueError("money_facts must name a fact for each topic")
        if self.money_topic_of_a_difference not in {None, *self.topics}:
            raise ValueError("money_topic_of_a_difference must be a topic")


@dataclass
class FactValue:
    fact: str
    value: float | int | str | None
    text: str
    char_start: int
    char_end: int


@dataclass
class Matchers:
    vocab: FactVocabulary
    numbers: FigureMatchers   # the figure patterns: each starts at a number, so run around numbers only
    before: Matcher           # cues written as token patterns ('<rule>:before')
    cues: PhraseMatcher
    reversed_scale: Matcher
    fillers: frozenset[str]
    ratio_words: frozenset[str]

    def figures(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The figure matches, then the token-pattern cues, of a paragraph."""
        return [*self.numbers(doc), *(self.before(doc) if len(self.before) else [])]


@lru_cache(maxsize=1)
def matchers() -> Matchers:
    """spaCy matchers for facts.json: figure patterns, cue phrases by key, reversed-scale patterns."""
    vocab: FactVocabulary = load_model("facts.json", FactVocabulary)
    nlp = build_nlp()
    numbers = FigureMatchers(nlp, [(kind, p) for kind, patterns in vocab.figures.items() for p in patterns])
    before = token_matcher(nlp.vocab, [(f"{i}:before", rule.before_patterns)
                                       for i, rule in enumerate(vocab.facts) if rule.before_patterns])
    reversed_scale = token_matcher(nlp.vocab, [("reversed", vocab.imd_scale_reversed)])
    cues = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, phrases in _cue_lists(vocab).items():
        cues.add(key, list(nlp.tokenizer.pipe(with_curly_apostrophes(phrases))))
    return Matchers(vocab, numbers, before, cues, reversed_scale, frozenset(vocab.fillers), frozenset(vocab.ratio_words))


def _cue_lists(vocab: FactVocabulary) -> dict[str, list[str]]:
    lists = {f"topic:{k}": v for k, v in vocab.topics.items()}
    lists |= {f"role:{k}": v for k, v in vocab.money_roles.items()}
    lists |= {f"diff:{k}": v for k, v in vocab.differences.items()}
    for i, rule in enumerate(vocab.facts):
        for part in ("before", "after", "near", "sentence_any", "sentence_none", "after_none", "before_none"):
            lists[f"{i}:{part}"] = getattr(rule, part)
    return {key: phrases for key, phrases in lists.items() if phrases}


@dataclass
class Figure:
    kind: str
    span: Span
    value_text: str
    scale: str | None = None
    atom_value: float | None = None


@dataclass
class Reading:
    """What one report's overview says: facts by name, and the findings on the way."""

    found: dict[str, FactValue] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    differences: list[tuple[str, str, FactValue, str]] = field(default_factory=list)  # topic, direction, value, sentence
    reversed_scale: bool = False

    def record(self, value: FactValue, sentence: str) -> None:
        first = self.found.get(value.fact)
        if first is None:
            self.found[value.fact] = value
        elif first.value != value.value and value.char_start != first.char_start:
            self.findings.append(Finding(
                Code.FACT_CONFLICT, f"{value.fact} stated as {first.text!r} and later as {value.text!r}; kept the first",
                char_start=value.char_start, char_end=value.char_end, sentence=sentence))


def _figures(doc: Doc, matches: list[tuple[int, int, int]], m: Matchers) -> list[Figure]:
    """Figures of every kind in a paragraph (`matches`: its figure Matcher's), longest first where
    they overlap, in text order."""
    atoms = [s for s in doc.spans[ATOMS_KEY] if s.label_ in {"MONEY", "PERCENT"}]
    spans = [Span(doc, s, e, label=k) for k, s, e in matches if ":" not in doc.vocab.strings[k]]
    kept = filter_spans([*atoms, *spans])
    out = []
    for span in sorted(kept, key=lambda s: s.start):
        if span.label_ in {"MONEY", "PERCENT"}:
            if not (span.label_ == "MONEY" and _a_rate(span, m)):
                out.append(Figure(span.label_.lower(), span, span.text, atom_value=span._.value))
        elif not (span.start and doc[span.start - 1].text == "£") and not _ratio(span, m) and not _dated(span, m) \
                and not _an_age(span, m) and not (span.label_ == "number" and _before_one_of(span, m.vocab.duration_words)):
            scale = span[-1].lower_ if span.label_ == "number" and len(span) > 1 else None
            out.append(Figure(span.label_, span, span.text if span.label_ == "year" else span[0].text, scale))
    return out


def _a_rate(span: Span, m: Matchers) -> bool:
    """'£412 per adult', '£23.50 an hour': money per unit (facts.json rate_words right after it) is no budget."""
    return _before_one_of(span, m.vocab.rate_words)


def _before_one_of(span: Span, words: list[str]) -> bool:
    """Does one of `words` (lower case) follow the span right after it ('£412 per', 'over 2 years': duration_words)?"""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in words


def _an_age(span: Span, m: Matchers) -> bool:
    """'adults aged 18 to 64', 'people aged 65-74': a number right after an age word (facts.json age_words), or after
    one and a number and a range word, is an age, no count."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].lower_ in m.vocab.age_words:
        return True
    return i >= 3 and doc[i - 1].lower_ in m.vocab.range_words and doc[i - 2].like_num and doc[i - 3].lower_ in m.vocab.age_words


def _dated(span: Span, m: Matchers) -> bool:
    """'at the 2021 Census', 'long-term support in 2022': a year before a word that dates it (facts.json
    year_nouns) or after one (year_words) is no figure."""
    doc = span.doc
    return len(span) == 1 and YEAR.fullmatch(span.text) is not None and (
        span.end < len(doc) and doc[span.end].lower_ in m.vocab.year_nouns
        or span.start > 0 and doc[span.start - 1].lower_ in m.vocab.year_words)


IMD_SCORE = "imd_score"  # the fact of the deprivation score (facts.json), stored on the 10-is-most-deprived scale
RATE_REACH = 8  # tokens a count's own words may run before a rate's base word ('adults in long-term care per')


def _ratio(span: Span, m: Matchers) -> bool:
    """'1 in 20 residents', '3 per 1,000': the second number is half of a ratio; so is any number after a rate's
    base word ('receiving support per 100,000'), and a number whose own words run into one ('1,390 adults per
    100,000 were receiving long-term support', '1,012 adults in long-term care per 100,000 adult population': a rate,
    not the people supported; up to RATE_REACH words, hyphens between them allowed)."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in m.ratio_words and doc[span.start - 2].like_num:
        return True
    if span.start >= 1 and doc[span.start - 1].lower_ in m.vocab.rate_bases:
        return True
    after = doc[span.end:span.end + RATE_REACH + 1]
    base = next((t.i for t in after if t.lower_ in m.vocab.rate_bases), None)
    return base is not None and base + 1 < len(doc) and doc[base + 1].like_num \
        and all(t.is_alpha or t.text in HYPHENS for t in doc[span.end:base])


def _parse(rule: FactRule, figure: Figure) -> float | int | str | None:
    if rule.parser == "text":
        return " ".join(figure.value_text.split())
    if figure.kind == "percent":
        return figure.atom_value
    digits = figure.value_text.rstrip("stndrdth") if figure.kind == "ordinal" else figure.value_text
    if figure.scale:
        number = parse_number(digits)
        return None if number is None else round(number * SCALES[figure.scale])
    return parse_count(digits) if rule.parser == "count" else parse_number(digits)


Cues = dict[str, list[tuple[int, int]]]   # cue key -> token spans (start, end)


def _only_fillers(doc: Doc, lo: int, hi: int, fillers: frozenset[str]) -> bool:
    return all(doc[i].is_space or doc[i].lower_ in fillers for i in range(lo, hi))


def _distance(key: str, rule: FactRule, figure: Span, cues: Cues, fillers: frozenset[str],
              others: list[int]) -> tuple[int, int, int] | None:
    """How well a rule's cues fit a figure: (gap to an adjacent before/after cue, with only
    filler words between, required when the rule has such cues; 0 when a cue after the figure is
    that close, else 1: the words a figure runs into name it more surely than those before it ('a
    borough of 5.9 square miles' is an area); distance to the nearest 'near' cue in the sentence
    with no other figure of the kind (`others`: their starts) between, required when the rule has
    only those: in '4,215 people, with a further 1,380 people receiving short-term support' the cue
    is 1,380's, and a cue after a comma with another figure after it is that one's: '... to 2,980
    people, and short-term support to 845 people'); for a rule with near_in_clause, nor one before the figure in another
    clause ('30.8% of people receiving long-term support ..., and the register of personal assistants had grown to 214
    people'). None: no fit."""
    doc = figure.doc
    before = [figure.start - e for _, e in cues.get(f"{key}:before", [])
              if e <= figure.start and _only_fillers(doc, e, figure.start, fillers)]
    after = [s - figure.end for s, _ in cues.get(f"{key}:after", [])
             if s >= figure.end and _only_fillers(doc, figure.end, s, fillers)]
    near = [min(abs(s - figure.end), abs(figure.start - e)) for s, e in cues.get(f"{key}:near", [])
            if not any(min(s, figure.start) < o < max(e, figure.end) for o in others)
            and not (s >= figure.end and any(o >= e for o in others) and any(t.text in ",;" for t in doc[figure.end:s]))
            and not (s >= figure.end and _another_clause(doc, figure.end, s))
            and not (rule.near_in_clause and e <= figure.start and _another_clause(doc, e, figure.start))]
    if (rule.before or rule.after) and not (before or after) or rule.near and not near:
        return None
    named = [n for n, _ in cues.get(f"{key}:near", []) if n >= figure.end]
    if any(_runs_on(figure, s) and not any(figure.end <= o < s for o in others) and sum(n < s for n in named) < 2
           and not _ranks_every_council(doc[figure.end:s]) for s, _ in cues.get(f"{key}:after_none", [])):
        return None  # not when another figure of the kind, or its cue named again, stands between ('41st ... and the 4th
        # most deprived in Yorkshire', '24th most deprived local authority in England and the third most deprived in the North East')
    if any(_leads_in(figure, e) and not any(e <= o < figure.start for o in others) for _, e in cues.get(f"{key}:before_none", [])):
        return None
    gap = min(before + after, default=0)
    return gap, 0 if gap in after else 1, min(near, default=0)


def _ranks_every_council(between: Span) -> bool:
    """Is the rank's total that of every council ranked nationally (facts.json national_rank_totals), so that group
    words after it name the whole set ('112th of 153 county and unitary authorities'), not a part of it?"""
    totals = matchers().vocab.national_rank_totals
    return any(t.like_num and parse_count(t.text) in totals for t in between)


def _another_clause(doc: Doc, lo: int, hi: int) -> bool:
    """Do tokens [lo, hi) cross into another clause (';', or a comma and a word of lexicon clause_joins opening one:
    '874 people were awaiting a Care Act assessment, and the council had met its target ... for 52% of people in
    long-term support')?"""
    joins = lexicon_model().clause_joins
    return any(t.text == ";" or t.text == "," and t.i + 1 < hi and doc[t.i + 1].lower_ in joins for t in doc[lo:hi])


def _runs_on(figure: Span, start: int) -> bool:
    """Does a cue at token `start` still describe the figure: at most twelve tokens after it in
    its clause ('3rd most deprived of the 12 local authorities in the North East', not '87th out
    of 152 (1st being ...')."""
    between = figure.doc[figure.end:start]
    return figure.end <= start <= figure.end + 12 and not any(t.text in "();,." for t in between)


def _leads_in(figure: Span, end: int) -> bool:
    """Does a cue ending at token `end` still lead into the figure: at most six tokens before it, commas
    allowed ('Its largest town, Axeford, has some 64,500 residents'), no stop or semicolon between."""
    return figure.start - 6 <= end <= figure.start and not any(t.text in ".;" for t in figure.doc[end:figure.start])


def _sentence_allows(key: str, rule: FactRule, cues: Cues) -> bool:
    return (not rule.sentence_any or bool(cues.get(f"{key}:sentence_any"))) and not cues.get(f"{key}:sentence_none")


def _role(figure: Figure, context: dict[str, Cues], m: Matchers, previous: str | None, others: list[int]
          ) -> tuple[FactRule, float | int | str | None] | None:
    """The fact a non-money figure states: the nearest-cued rule of its kind whose sentence (or
    paragraph) conditions hold and whose range its value fits."""
    ranked = []
    for i, rule in enumerate(m.vocab.facts):
        cues = context[rule.context]
        if rule.figure != figure.kind or not _sentence_allows(str(i), rule, cues):
            continue
        if rule.requires_before is not None and previous != rule.requires_before:
            continue
        distance = _distance(str(i), rule, figure.span, cues, m.fillers, others)
        if distance is not None:
            ranked.append((distance, i, rule))
    # nearest cue first; at one distance, not the fact the figure just before took ('44th on the ranking of 151': the
    # rank's total, not a second rank), then facts.json order
    for *_, rule in sorted(ranked, key=lambda r: (r[0], r[2].fact == previous, r[1])):
        value = _parse(rule, figure)
        if rule.range is None or value is None or rule.range[0] <= float(value) <= rule.range[1]:
            return rule, value
    return None


def _money_role(figure: Figure, cues: Cues, m: Matchers) -> str | None:
    """'more'/'less' for a stated difference, else the nearest role cue before the money."""
    span = figure.span
    for direction in ("more", "less"):
        if any(s >= span.end and _only_fillers(span.doc, span.end, s, m.fillers) for s, _ in cues.get(f"diff:{direction}", [])):
            return direction
    before = [(e, role) for role in m.vocab.money_roles for _, e in cues.get(f"role:{role}", []) if e <= span.start]
    return max(before)[1] if before else None


def _value(fact: str, figure: Figure, value, base: int, reading: Reading) -> FactValue:
    start = base + figure.span.start_char
    text = figure.span.text if figure.kind in {"money", "percent"} else figure.value_text
    if value is None:
        reading.findings.append(Finding(Code.MALFORMED_NUMBER, f"{fact}: {text!r} is not a well-formed figure; recorded as null",
                                        char_start=start, char_end=start + len(text)))
    return FactValue(fact, value, text, start, start + len(text))


def _read_money(figure: Figure, cues: Cues, topic: str | None, base: int, sentence: str, reading: Reading,
                m: Matchers) -> bool:
    """Record a money figure as its topic's estimate or actual (or a stated difference); True if it took a role."""
    role = _money_role(figure, cues, m)
    low, high = m.vocab.budget_range
    if topic is None or role is None or figure.atom_value is not None and not low <= figure.atom_value <= high:
        return False  # '£412 per adult ... (£455)': no council budget is that small
    if role in ("more", "less"):
        reading.differences.append((topic, role, _value("difference", figure, figure.atom_value, base, reading), sentence))
        return False
    fact = m.vocab.money_facts[topic][role]  # type: ignore[index]
    reading.record(_value(fact, figure, figure.atom_value, base, reading), sentence)
    return True


def _cues(doc: Doc, matches: list[tuple[int, int, int]], m: Matchers) -> Cues:
    cues: Cues = {}
    found = [*m.cues(doc), *((k, s, e) for k, s, e in matches if ":" in doc.vocab.strings[k])]
    for key, start, end in found:
        cues.setdefault(doc.vocab.strings[key], []).append((start, end))
    return cues


def _follows_a_rank(doc: Doc, start: int, ordinals: set[int]) -> bool:
    """'... it sits 96th out of 153 local authorities, where 1 is the most deprived': a scale statement
    whose nearest number before it in its sentence is a rank (an ordinal: `ordinals`, the token starts
    of facts.json's ordinal figures; or the total after 'out of', after a number and 'of', or after 'of' with an
    ordinal before it in the sentence, unless that number is on a score's scale) is about the rank, not the deprivation
    score."""
    sentence_start = doc[start].sent.start
    number = next((i for i in range(start - 1, sentence_start - 1, -1) if doc[i].like_num), None)
    if number is None:
        return False
    if number in ordinals:
        return True
    of = number - 1 if number > 0 and doc[number - 1].lower_ == "of" else None  # '96th out of 153', '121st of 153'
    # ... or a number right before ('a national ranking of 104 of 153'), or an ordinal earlier in the sentence ('44th on
    # the national deprivation ranking of 151')
    return of is not None and of > 0 and (doc[of - 1].lower_ == "out" or doc[of - 1].like_num
                                          or any(sentence_start <= i < of for i in ordinals) and not _on_a_score_scale(doc[number]))


def _on_a_score_scale(token: Token) -> bool:
    """Could the number be a deprivation score or decile (a whole number in the range of facts.json's imd_score: 'an IMD
    decile of 3 (1 being the most deprived)'), not a ranking's total ('the national deprivation ranking of 151')?"""
    low, high = next(r.range for r in matchers().vocab.facts if r.fact == IMD_SCORE and r.range)
    return token.text.isdigit() and low <= int(token.text) <= high


def _read_paragraph(doc: Doc, base: int, reading: Reading, m: Matchers) -> None:
    """Every figure of one paragraph read in its sentence; money topics carry over sentences."""
    matches = m.figures(doc)  # figures, and cues written as token patterns ('<key>:...')
    cues, figures, start_before = _cues(doc, matches, m), _figures(doc, matches, m), 0
    topic = m.vocab.money_topic_of_a_difference if any(key.startswith("diff:") for key in cues) else None
    ordinals = {f.span.start for f in figures if f.kind == "ordinal"}
    reading.reversed_scale = reading.reversed_scale or any(not _follows_a_rank(doc, start, ordinals)
                                                           for _, start, _ in m.reversed_scale(doc))
    for sent in doc.sents:
        own, with_previous = _within(cues, sent.start, sent.end), _within(cues, start_before, sent.end)
        topic = next((t for t in m.vocab.topics if own.get(f"topic:{t}")), topic)
        continuing = with_previous if sent[0].lower_ in m.vocab.continuing_openers else own
        _read_sentence([f for f in figures if sent.start <= f.span.start < sent.end],
                       {"sentence": own, "with_previous": with_previous, "continuing": continuing},
                       topic, base, sent.text.rstrip(), reading, m)
        start_before = sent.start


def _in_an_aside(span: Span) -> bool:
    """Is the figure inside brackets ('ranked 25th (where 1 is the most deprived) of 153')? Such a figure taking no role
    leaves the fact read before it the one just before."""
    before = [t.text for t in span.doc[span.sent.start:span.start] if t.text in ("(", ")")]
    return bool(before) and before[-1] == "("


_CLAUSE_MARKS = {";", ",", "\u2013", "\u2014", "-", "(", ")"}


def _hypothetical(span: Span, words: list[str]) -> bool:
    """Does a word of `words` ('would', 'if') stand before the figure in its clause (from the sentence's start or its
    last semicolon, comma, dash or bracket: '... 9 – a score of 10 would indicate ... – and the city is ranked 6th')?"""
    before = span.doc[span.sent.start:span.start]
    start = max((t.i + 1 for t in before if t.text in _CLAUSE_MARKS), default=span.sent.start)
    return any(t.lower_ in words for t in span.doc[start:span.start])


def _within(cues: Cues, start: int, end: int) -> Cues:
    return {k: [(s, e) for s, e in v if start <= s and e <= end] for k, v in cues.items()}


def _read_sentence(figures: list[Figure], context: dict[str, Cues], topic: str | None, base: int, sentence: str,
                   reading: Reading, m: Matchers) -> None:
    """Each figure's role in one sentence; the sentence's financial year when its money took a role."""
    previous, money, exact = None, False, None
    for figure, after in zip(figures, [*figures[1:], None]):
        if figure is exact:
            continue  # read with the rounded figure before it
        if figure.kind == "money":
            money = _read_money(figure, context["sentence"], topic, base, sentence, reading, m) or money
        elif figure.kind != "year":
            # 'just under 1.2 million (1,186,400 at the 2021 Census)': the role the rounded figure's words give, the
            # value the bracket prints exactly
            exact = after if after is not None and _restated_in_brackets(figure, after) else None
            others = [f.span.start for f in figures if f is not figure and f.kind == figure.kind and f is not exact]
            found = None if _hypothetical(figure.span, m.vocab.hypothetical_words) else _role(figure, context, m, previous, others)
            found = found or (exact and _role_around_aside(figure, exact, m))
            previous = found[0].fact if found else previous if _in_an_aside(figure.span) else None
            if found:
                stated = exact or figure
                value = _parse(found[0], stated) if exact else found[1]
                reading.record(_value(found[0].fact, stated, value, base, reading), sentence)
    year = next((f for f in figures if f.kind == "year"), None)
    if money and year is not None:
        reading.record(_value(m.vocab.money_year_fact, year, financial_year(year.value_text), base, reading), sentence)


_ASIDE_CLOSERS = {"(": ")", "\u2013": "\u2013", "\u2014": "\u2014"}


def _role_around_aside(figure: Figure, exact: Figure, m: Matchers) -> tuple[FactRule, None] | None:
    """The role a rounded figure's words give it once the aside restating it is cut out of its sentence ('Nearly
    200,000 people – 197,650 at the latest estimate – live in ...' reads as 'Nearly 200,000 people live in ...')."""
    doc, sent = figure.span.doc, figure.span.sent
    closer = _ASIDE_CLOSERS[doc[exact.span.start - 1].text]
    close = next((t.i for t in doc[exact.span.end:sent.end] if t.text == closer), None)
    if close is None:
        return None
    cut = doc[sent.start:exact.span.start - 1].text_with_ws + doc[close + 1:sent.end].text
    reading, at = Reading(), figure.span.start_char - sent.start_char
    _read_paragraph(analysed([cut])[0], 0, reading, m)
    fact = next((v.fact for v in reading.found.values() if v.char_start == at), None)
    rule = next((r for r in m.vocab.facts if r.fact == fact and r.figure == figure.kind), None)
    return None if rule is None else (rule, None)


def _restated_in_brackets(figure: Figure, after: Figure) -> bool:
    """Is `after` the same number printed exactly in brackets (or between dashes) right after a rounded `figure`, or
    after it and the one word it counts ('1.2 million (1,186,400', 'nearly 700,000 residents (697,600 at the most recent
    estimate)', 'Nearly 200,000 people – 197,650 at the latest estimate –')?"""
    doc = figure.span.doc
    between = doc[figure.span.end:after.span.start - 1]
    if figure.kind != "number" or after.kind != "number" or after.scale is not None \
            or doc[after.span.start - 1].text not in _ASIDE_CLOSERS or len(between) > 1 or between and not between[0].is_alpha:
        return False
    exact = parse_count(after.value_text)
    if figure.scale is not None:  # '1.2 million': rounded to the last printed digit of the scale
        rounded, step = parse_number(figure.value_text), SCALES[figure.scale] * 10 ** -len(figure.value_text.partition(".")[2])
        rounded = None if rounded is None else rounded * SCALES[figure.scale]
    else:  # '700,000': rounded to its trailing zeros (three at least; '697,600' is exact)
        rounded = parse_count(figure.value_text)
        zeros = len(str(rounded)) - len(str(rounded).rstrip("0")) if rounded else 0
        step = 10 ** zeros if zeros >= 3 else None
    if rounded is None or exact is None or step is None:
        return False
    return abs(exact - rounded) <= step / 2


def extract_facts(text: str, regions: list[tuple[int, int]] | None = None,
                  docs: list[tuple[int, Doc]] | None = None) -> tuple[dict[str, FactValue], list[Finding]]:
    """Each fact's first stated value within the regions (character spans; default all text);
    conflicts, malformed figures, impossible ranks, bad differences and a reversed deprivation
    scale as findings. `docs`: the report's paragraph Docs from atoms.analyse_report, if at hand."""
    m, reading = matchers(), Reading()
    within = Spans(regions if regions is not None else [(0, len(text))])
    if docs is None:
        blocks = [(start, block) for start, block in paragraphs(text) if holds_digit(block)]
        docs = list(zip((s for s, _ in blocks), analysed([b for _, b in blocks])))
    for base, doc in docs:
        if within.holds(base):
            _read_paragraph(doc, base, reading, m)
    _check_differences(reading, m)
    _check_rank(reading)
    _imd_convention(reading)
    return reading.found, reading.findings


def _check_rank(reading: Reading) -> None:
    """A deprivation rank cannot exceed the number of councils ranked."""
    rank, of = reading.found.get("imd_rank"), reading.found.get("imd_rank_of")
    if rank and of and rank.value is not None and of.value is not None and rank.value > of.value:
        reading.findings.append(Finding(Code.VALUE_OUT_OF_RANGE, f"deprivation rank {rank.text} out of {of.text} is impossible; both recorded as null",
                                        char_start=rank.char_start, char_end=of.char_end))
        rank.value = of.value = None


def _check_differences(reading: Reading, m: Matchers) -> None:
    """'actual ... which was £X more than estimated': X must equal actual minus estimate."""
    for topic, direction, stated, sentence in reading.differences:
        facts = m.vocab.money_facts[topic]
        estimate, actual = reading.found.get(facts["estimate"]), reading.found.get(facts["actual"])
        if estimate is None or actual is None or None in (estimate.value, actual.value, stated.value):
            continue
        signed = float(stated.value) if direction == "more" else -float(stated.value)  # type: ignore[arg-type]
        gap = float(actual.value) - float(estimate.value)  # type: ignore[arg-type]
        if abs(gap - signed) > 0.5:
            reading.findings.append(Finding(
                Code.DIFFERENCE_MISMATCH, f"{facts['actual']}: stated difference {stated.text} {direction} than estimated, "
                f"but actual minus estimate is £{gap:,.0f}", char_start=stated.char_start, char_end=stated.char_end,
                sentence=sentence))


def _imd_convention(reading: Reading) -> None:
    """imd_score on one scale (10 = most deprived); the printed score kept in imd_score_printed."""
    score = reading.found.get(IMD_SCORE)
    if score is None:
        return
    reading.found["imd_score_printed"] = FactValue("imd_score_printed", score.value, score.text,
                                                   score.char_start, score.char_end)
    if reading.reversed_scale and score.value is not None:
        reading.found[IMD_SCORE] = FactValue(IMD_SCORE, 11 - float(score.value), score.text,
                                               score.char_start, score.char_end)
        reading.findings.append(Finding(
            Code.IMD_SCALE_REVERSED, f"the report states 10 as the least deprived; imd_score {score.text} stored as "
            f"{11 - float(score.value):g} (10 = most deprived), printed value in imd_score_printed",
            char_start=score.char_start, char_end=score.char_end))

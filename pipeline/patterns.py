"""Expand the compact vocabularies of the rule files into spaCy patterns.

Atoms (rules/atoms.json) become span-ruler patterns whose `id` is the index of a typed
`AtomRule` (label, key, form), so no meaning hides in the id string. Cues (the `cues` of
rules/lexicon.json) become phrase and token patterns labelled by their role.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .rules import AtomVocabulary, BenchmarkRule, RuleError, atom_vocabulary, lexicon_model

AtomForm = Literal["figure", "phrase", "bare", "bracketed", "trailing", "plural", "listed", "acronym"]


@dataclass(frozen=True)
class AtomRule:
    """What a matched atom is: its label, its normalised key and the form it was printed in."""

    label: str   # PERCENT, QUANTITY, MONEY, BENCHMARK, RELATION, SOURCE
    key: str     # unit ('%', 'days', 'per {last}'), comparator, relation or source id
    form: AtomForm = "phrase"


REGION = "{region}"  # in a benchmark phrase: each region name ('{region} median' -> 'North West median')


def _region_names(vocab: AtomVocabulary) -> list[str]:
    regions = vocab.regions
    return [*regions.names, *(n.replace(" ", "-") for n in regions.hyphenated)]


def _claimed_nouns(rule: BenchmarkRule, vocab: AtomVocabulary) -> set[str]:
    """Region nouns another benchmark takes by a '{region} <noun>' phrase ('{region} median' is the
    regional median's, so the regional average does not expand 'North West median')."""
    prefix = REGION + " "
    return {p[len(prefix):].lower() for other in vocab.benchmarks if other is not rule
            for p in other.phrases if p.startswith(prefix)}


def _composed(slots: list[list[str]]) -> list[str]:
    """Every phrase taking one entry of each slot in turn ('' leaves the slot out)."""
    return [" ".join(w for w in words if w) for words in itertools.product(*slots)]


def _benchmark_phrases(rule: BenchmarkRule, vocab: AtomVocabulary) -> list[str]:
    names = _region_names(vocab)
    phrases = [p for p in rule.phrases if REGION not in p]
    phrases += [p for slots in rule.composed for p in _composed(slots) if p not in rule.phrases]
    phrases += [p.replace(REGION, name) for p in rule.phrases if REGION in p for name in names]
    if rule.regions:
        regions = vocab.regions
        claimed = _claimed_nouns(rule, vocab)
        phrases += [f"{name} {noun}" for name in names for noun in regions.nouns
                    if noun.lower() not in claimed and not (name.endswith(" region") and noun.startswith("region"))]
        phrases += [f"{lead_in} {name}{suffix}" for name in names for lead_in in regions.lead_ins
                    for suffix in regions.lead_in_suffixes]
        phrases += [f"{name}{suffix}" for name in names for suffix in regions.whole_suffixes]
        if regions.possessive:
            phrases += [f"{name}'" if name.endswith("s") else f"{name}'s" for name in names]
    return phrases


def _with_hyphens(phrases: list[str], vocab: AtomVocabulary) -> list[str]:
    """The phrases, and each holding a compound of atoms.json `hyphenated_compounds` also with the
    compound's words joined by hyphens ('comparator group average', 'comparator-group average')."""
    compounds = [c.lower() for c in vocab.hyphenated_compounds]
    return [*phrases, *(p.lower().replace(c, c.replace(" ", "-")) for p in phrases for c in compounds if c in p.lower())]


def _bare_names(rule: BenchmarkRule, vocab: AtomVocabulary) -> list[str]:
    return [*rule.bare, *(vocab.regions.bare if rule.regions else [])]


def _trailing_phrases(rule: BenchmarkRule, vocab: AtomVocabulary) -> list[str]:
    """'compared with 18.6% in England', '... 30% in the North West', '... 46.2% in London as a whole'
    (each with each of bare_suffixes)."""
    regions = vocab.regions.names if rule.regions else []
    names = [*rule.trailing, *(f"{lead} {name}" for name in regions for lead in vocab.regions.trailing_lead_ins)]
    return [f"{name}{suffix}" for name in names for suffix in vocab.bare_suffixes]


def _relation_phrases(vocab: AtomVocabulary) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, rule in vocab.relations.items():
        out[key] = [*(f"{word} {tail}".strip() for word in rule.comparatives for tail in ["", *vocab.relation_tails]),
                    *(f"a {word} {noun}" for word in rule.proportion_words for noun in vocab.relation_nouns),
                    *rule.phrases]
    return out


def _acronym_spellings(acronym: str) -> list[str]:
    return list(dict.fromkeys([acronym, acronym.replace("-", ""), acronym.replace("-", " ")]))


def _phrase_groups(vocab: AtomVocabulary) -> list[tuple[AtomRule, list[str]]]:
    """Every phrase atom rule with the phrases that print it."""
    groups: list[tuple[AtomRule, list[str]]] = []
    for rule in vocab.benchmarks:
        groups.append((AtomRule("BENCHMARK", rule.key), _with_hyphens(_benchmark_phrases(rule, vocab), vocab)))
        groups.append((AtomRule("BENCHMARK", rule.key, "bare"),
                       [f"{n}{suffix} (" for n in _bare_names(rule, vocab) for suffix in vocab.bare_suffixes]))
        groups.append((AtomRule("BENCHMARK", rule.key, "bracketed"), _bare_names(rule, vocab)))
        groups.append((AtomRule("BENCHMARK", rule.key, "trailing"), _trailing_phrases(rule, vocab)))
        plural = [*rule.plural, *(_region_names(vocab) if rule.regions else [])]  # 'the North West figures'
        groups.append((AtomRule("BENCHMARK", rule.key, "plural"),
                       [f"{n} {noun}" for n in plural for noun in vocab.benchmark_plural_nouns]))
        groups.append((AtomRule("BENCHMARK", rule.key, "listed"), plural))  # 'the London and England averages'

    groups += [(AtomRule("RELATION", key), phrases) for key, phrases in _relation_phrases(vocab).items()]
    for source in vocab.sources:
        groups.append((AtomRule("SOURCE", source.id), source.phrases))
        groups.append((AtomRule("SOURCE", source.id, "acronym"),
                       [s for a in source.acronyms for s in _acronym_spellings(a)]))
    _one_key_per_phrase(groups)
    return [(rule, phrases) for rule, phrases in groups if phrases]


def _one_key_per_phrase(groups: list[tuple[AtomRule, list[str]]]) -> None:
    """A benchmark phrase names one comparator: the same words under two keys ('North West median'
    as a regional average and a regional median) would be matched twice, one key chosen at random."""
    owner: dict[tuple[str, str], str] = {}
    for rule, phrases in groups:
        if rule.label != "BENCHMARK":
            continue
        for phrase in phrases:
            key = owner.setdefault((rule.form, phrase.lower()), rule.key)
            if key != rule.key:
                raise RuleError(f"atoms.json: benchmark phrase {phrase!r} is listed under {key!r} and {rule.key!r}")


def with_curly_apostrophes(phrases: list[str]) -> list[str]:
    """Each phrase, and with a typographic apostrophe where it has a straight one ('London's' and
    'London’s': saved pages print either)."""
    return [*phrases, *(p.replace("'", "\u2019") for p in phrases if "'" in p)]


@lru_cache(maxsize=1)
def unit_words() -> dict[str, str]:
    """Each word that prints a unit ('week', 'weeks') and the unit it prints ('weeks')."""
    return {word: unit for unit, words in atom_vocabulary().units.items() for word in words}


@lru_cache(maxsize=1)
def atom_rules() -> tuple[tuple[AtomRule, ...], tuple[dict, ...]]:
    """The typed atom rules and the patterns (as for spaCy's SpanRuler) that find them (pattern id = rule index)."""
    vocab = atom_vocabulary()
    rules: list[AtomRule] = []
    patterns: list[dict] = []

    def add(rule: AtomRule, pattern_list: list) -> None:
        patterns.extend({"label": rule.label, "id": str(len(rules)), "pattern": p} for p in pattern_list)
        rules.append(rule)

    for figure in vocab.figures:
        add(AtomRule(figure.label, figure.unit, "figure"), [figure.pattern])
    add(AtomRule("QUANTITY", "{unit}", "figure"), [[{"LIKE_NUM": True}, {"LOWER": {"IN": sorted(unit_words())}}]])
    for rule, phrases in _phrase_groups(vocab):
        add(rule, list(dict.fromkeys(p.lower() for p in with_curly_apostrophes(phrases))))
    for rule, token_patterns in _measure_named_groups(vocab):
        add(rule, token_patterns)
    for key, relation in vocab.relations.items():
        if relation.token_patterns:
            add(AtomRule("RELATION", key), relation.token_patterns)
    return tuple(rules), tuple(patterns)


MEASURE_WORD = {"IS_ALPHA": True, "IS_LOWER": True, "IS_STOP": False}


def _measure_named_groups(vocab: AtomVocabulary) -> list[tuple[AtomRule, list[list[dict]]]]:
    """'an England conversion rate of 29%', 'the national vacancy rate': a benchmark phrase ending on
    a statistic noun (a region noun: 'England rate', 'North West average') with one lower-case word
    naming the measure before that noun is the same benchmark (token patterns, run around numbers)."""
    nouns = {n.lower() for n in vocab.regions.nouns if " " not in n}
    groups = []
    for rule in vocab.benchmarks:
        found = []
        for phrase in _benchmark_phrases(rule, vocab):
            words = phrase.lower().split()
            if len(words) >= 2 and words[-1] in nouns and all(w.isalpha() for w in words[:-1]):
                found.append([*({"LOWER": w} for w in words[:-1]), MEASURE_WORD, {"LOWER": words[-1]}])
        if found:
            groups.append((AtomRule("BENCHMARK", rule.key), found))
    return groups


@lru_cache(maxsize=1)
def opening_roles() -> frozenset[str]:
    """The cue roles matched only where a sentence's first word starts (`opening_only`)."""
    return frozenset(kind for kind, rule in lexicon_model().cues.items() if rule.opening_only)


def cue_patterns() -> tuple[dict[str, list[str]], dict[str, list[list[dict]]]]:
    """Cue phrases and token patterns by role (lexicon.json `cues`), and the plural benchmark
    nouns of atoms.json as role `plural_noun` ('the England (70%) and regional (69%) averages')."""
    phrases: dict[str, list[str]] = {"plural_noun": list(atom_vocabulary().benchmark_plural_nouns)}
    tokens: dict[str, list[list[dict]]] = {}
    for kind, rule in lexicon_model().cues.items():
        phrases[kind] = with_curly_apostrophes([*rule.phrases, *(f"{p} {phrase}" for p in rule.prefixes for phrase in rule.phrases)])
        tokens[kind] = list(rule.token_patterns)
    return phrases, tokens

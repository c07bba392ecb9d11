"""figures.parquet: every other number, its kind, unit, qualifier, date, topic; exclusions as data.

All in-process and on short texts (the Westminster figures are checked in test_westminster.py).
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, extract_string
from pipeline import rules
from pipeline.figures import FigureVocabulary, figures_in, vocabulary
from pipeline.rules import RuleError, load_model

FIXTURES = ROOT / "tests" / "figures_fixtures"
SHAPES = json.loads((FIXTURES / "brackenmoor_shapes.expected.json").read_text(encoding="utf-8"))
FIELDS = ["text", "value", "value_low", "value_high", "kind", "unit", "qualifier", "as_of", "topic"]


@pytest.fixture(scope="module")
def shapes():
    return extract_string((FIXTURES / "brackenmoor_shapes.md").read_text(encoding="utf-8"), "brackenmoor_shapes")


def _one(sentence: str) -> dict:
    found = figures_in(sentence)
    assert len(found) == 1, [f.text for f in found]
    return {k: getattr(found[0], k) for k in FIELDS}


# ---------------------------------------------------------------- the fixture report, every shape

def test_fixture_figures_as_checked(shapes):
    got = [{k: row[k] for k in FIELDS} for row in shapes.tables["figures"]]
    assert got == SHAPES["figures"]


def test_fixture_provenance_points_at_the_printed_figure(shapes):
    text = "".join(s["text"] for s in sorted(shapes.tables["sections"], key=lambda s: s["section_id"]))
    for row in shapes.tables["figures"]:
        assert text[row["char_start"]:row["char_end"]] == row["text"]
        assert row["text"] in row["sentence"]
    assert {r["quality_statement"] for r in shapes.tables["figures"] if r["topic"] == "waiting_list"} == {"Assessing needs"}


def test_fixture_numbers_that_are_not_figures(shapes):
    text = "".join(s["text"] for s in sorted(shapes.tables["sections"], key=lambda s: s["section_id"]))
    spans = [(r["char_start"], r["char_end"]) for r in shapes.tables["figures"]]
    for printed in SHAPES["not_figures"]:
        places = [m.start() for m in re.finditer(re.escape(printed), text)]
        assert places, printed
        for start in places:
            assert not any(s < start + len(printed) and e > start for s, e in spans), printed


# ---------------------------------------------------------------- shapes one sentence at a time

@pytest.mark.parametrize("sentence, want", [
    ("Eighty-eight languages are spoken across the county.", {"value": 88.0, "kind": "count", "unit": "languages"}),
    ("Two thirds of carers said they had a break.", {"value": 0.6667, "kind": "fraction", "unit": "share"}),
    ("Half of the referrals came from hospitals.", {"value": 0.5, "kind": "fraction", "text": "Half of"}),
    ("Forty-two staff joined the new team.", {"value": 42.0, "kind": "count", "unit": "staff"}),
    ("The reviews took one week on average.", {"value": 1.0, "kind": "duration", "unit": "weeks"}),
    ("They met four times a year with partners.", {"value": 4.0, "kind": "frequency", "unit": "per year"}),
])
def test_words_as_numbers(sentence, want):
    got = _one(sentence)
    assert {k: got[k] for k in want} == want


def test_one_as_a_word_is_no_count():
    assert figures_in("One partner told us the service was good and one person agreed.") == []


@pytest.mark.parametrize("sentence, low, high, unit", [
    ("Most people waited between 4 and 6 weeks for a review.", 4.0, 6.0, "weeks"),
    ("Urgent cases were seen within 2-3 days of referral.", 2.0, 3.0, "days"),
    ("An assessment took 10 to 12 weeks.", 10.0, 12.0, "weeks"),
    ("Between six and eight people were waiting for a care package.", 6.0, 8.0, "people"),
])
def test_ranges_keep_both_ends_and_are_never_averaged(sentence, low, high, unit):
    got = _one(sentence)
    assert (got["value"], got["value_low"], got["value_high"], got["unit"]) == (None, low, high, unit)


@pytest.mark.parametrize("sentence, qualifier", [
    ("Approximately 300 people were waiting for an assessment.", "approximately"),
    ("Over 1,200 carers were supported last year.", "over"),
    ("The service offers up to 6 weeks of support.", "up to"),
    ("People waited an average of 21 days for a decision.", "average"),
    ("The median wait was 35 days.", "median"),
    ("The maximum wait would be 8 weeks.", "maximum"),
    ("Fewer than 50 people were on the list.", "under"),
])
def test_qualifiers(sentence, qualifier):
    assert _one(sentence)["qualifier"] == qualifier


@pytest.mark.parametrize("sentence, as_of", [
    ("As at 31 March 2024, 812 people were waiting for an assessment.", "31 March 2024"),
    ("In 2023/24 the team received 1,930 referrals.", "2023/24"),
    ("During 2022-23 the council placed 140 people out of area.", "2022-23"),
    ("In May 2024 there were 64 people on the list.", "May 2024"),
    ("There were 64 people on the list (ASCS, 2023).", None),
])
def test_as_of(sentence, as_of):
    assert _one(sentence)["as_of"] == as_of


@pytest.mark.parametrize("sentence, value, unit", [
    ("Admissions to care homes were 540.2 per 100,000 people aged 65 and over.", 540.2, "per 100,000"),
    ("The council spent £250k on advocacy.", 250000.0, "GBP"),
    ("The council spent £4.2million on homecare.", 4200000.0, "GBP"),
    ("The council spent £3.4 million on reablement.", 3400000.0, "GBP"),
    ("The budget was £1.2bn in total.", 1200000000.0, "GBP"),
    ("Care workers were paid £11.95 per hour.", 11.95, "GBP per hour"),
    ("The council had a budget of £12 thousand for the pilot.", 12000.0, "GBP"),
])
def test_rates_and_money(sentence, value, unit):
    got = _one(sentence)
    assert (got["value"], got["unit"]) == (value, unit)


def test_malformed_money_keeps_its_text_and_no_value():
    got = _one("The council spent £382,390,0000 in the year.")
    assert (got["text"], got["value"]) == ("£382,390,0000", None)


@pytest.mark.parametrize("sentence, topic", [
    ("At the end of March, 412 people were waiting for a Care Act assessment.", "waiting_list"),
    ("There was no waiting list for occupational therapy.", "waiting_list"),
    ("People waited 9 weeks on average for an assessment.", "waiting_time"),
    ("Referrals were responded to within 48 hours.", "waiting_time"),
    ("The council received 545 safeguarding concerns.", "safeguarding"),
    ("The service provided up to six weeks of reablement support.", "services"),
    ("There were 38 social workers in the team.", "workforce"),
])
def test_topics(sentence, topic):
    assert _one(sentence)["topic"] == topic


def test_percentages_stay_in_their_own_table():
    assert figures_in("Some 48% of carers and 12 per cent of adults, 50-60% in all, said so.") == []


def test_a_year_with_a_unit_is_a_count():
    assert [f.text for f in figures_in("The council supported 2000 people in 2023.")] == ["2000 people"]


def test_a_bare_count_takes_the_unit_it_refers_back_to():
    text = "As of 1 May 2024, 425 people were placed out of area. The majority of these (321) were in the region."
    found = figures_in(text)
    assert [(f.text, f.unit) for f in found] == [("425 people", "people"), ("321", None)]  # one sentence at a time
    from pipeline.figures import _units_referred_back
    _units_referred_back(found)
    assert found[1].unit == "people"


# ---------------------------------------------------------------- exclusions are rules kept as data

@pytest.mark.parametrize("rule", vocabulary().exclusions, ids=lambda r: r.name)
def test_each_exclusion_hides_its_example(rule):
    """Each rule hides the number of its own example, and without the rule that number would be a figure."""
    with_rule = " | ".join(f.text for f in figures_in(rule.example))
    without = " | ".join(f.text for f in figures_in(rule.example, skip=frozenset({rule.name})))
    assert rule.hides not in with_rule, rule.name
    assert rule.hides in without, rule.name


@pytest.mark.parametrize("sentence", [
    "Assessment published: 8 November 2024",
    "Score: 3",
    "3 - Evidence shows a good standard",
    "# Theme 2: Providing support",
    "Under the Care Act 2014, councils must assess needs.",
    "The council had a Section 42 enquiry rate that had improved.",
    "It is rated 87th out of 152 (1st being most deprived).",
    "The borough has a deprivation score of 5 (with 10 being the most deprived).",
    "For help call 0300 061 6161 or 03000 616161.",
    "Visit us at 64 Victoria Street, London SW1E 6QP.",
    "The strategy for 2023-2028 was agreed in July 2023.",
    "People aged 65 and over, adults aged 18-64 and those over 85 were asked.",
    "Planning starts from the age of 14 and ends on their 18th birthday.",
    "This is described on page 12 of the plan [4].",
    "The '7-minute learning brief' and the Five-year Reablement Strategy were shared.",
    "Pathway 1 and Pathway 3 were redesigned under the #2035 project.",
    "The team changed 3 years ago and no two care packages are the same.",
    "Of people over 65, 80% were still at home 91 days after discharge.",
])
def test_numbers_that_are_not_figures(sentence):
    assert [f.text for f in figures_in(sentence)] == []


def test_rule_file_refuses_unknown_keys_and_placeholders(tmp_path, monkeypatch):
    data = json.loads((ROOT / "pipeline" / "rules" / "figures.json").read_text(encoding="utf-8"))
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    bad = {**data, "exclusions": [{**data["exclusions"][0], "hidess": "48"}]}
    (tmp_path / "figures.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(RuleError, match=r"figures\.json: exclusions\.0\.hidess"):
        load_model("figures.json", FigureVocabulary)
    bad = {**data, "candidates": {**data["candidates"], "number": [["DIGITZ"]]}}
    (tmp_path / "figures.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(RuleError, match="unknown placeholder 'DIGITZ'"):
        load_model("figures.json", FigureVocabulary)


def test_patterns_are_validated_by_spacy():
    from spacy.matcher import Matcher

    from pipeline.figures import expand
    from pipeline.nlp import build_nlp

    matcher = Matcher(build_nlp().vocab, validate=True)
    vocab = vocabulary()
    for reading, patterns in vocab.candidates.items():
        matcher.add(reading, [expand(p, vocab) for p in patterns])
    with pytest.raises(ValueError):
        matcher.add("bad", [[{"LOWER": {"IN": "not a list"}}]])


def _word_hits_by_find(lower: str, m) -> list[int]:
    """`figures._word_hits` as a str.find loop per word (how it was first written)."""
    hits = []
    for word in m.words_and_more:
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lower[at - 1].isalpha()) and (word == "waiting list" or end == len(lower) or not lower[end].isalpha()) \
                    and (word not in m.needs_unit or m.unit_after.match(lower, end)):
                hits.append(at)
            at = lower.find(word, end)
    return sorted(hits)


def test_word_hits_are_those_of_a_find_loop_per_word_in_the_lower_cased_text():
    import random
    from dataclasses import replace

    from pipeline.figures import _word_hits, matchers

    m, rnd = matchers(), random.Random(7)
    words = [*m.words_and_more, "waiting lists", "waiting  list", " weeks", " WEEK", "-Day", " - \n years", "someone", "often"]
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), "oneone", "sixes", "é", "É", "İ", "ß",
              "\u212a", "²", "½", "_", "1", " ", "\n", "-", ",", "a", "s", "ty", "teen", "ſix", "Ⅰ"]
    more = replace(m, words=frozenset({*m.words, "twenty-one", "one hundred"}))   # words of more than one run of letters
    pieces += ["twenty-one", "Twenty-One", "one hundred", "twenty-", "one  hundred"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", "", " ", "-", "s", "é"]) for _ in range(rnd.randint(0, 12)))
        assert _word_hits(text, m) == _word_hits_by_find(text.lower(), m), text
        assert _word_hits(text, more) == _word_hits_by_find(text.lower(), more), text


def test_digit_offsets_are_those_of_the_digit_pattern():
    import random

    from pipeline.numbers import digit_offsets
    from pipeline.numbers import DIGIT

    rnd = random.Random(3)
    pieces = ["1", "0", "9", "٣", "０", "²", "½", "Ⅻ", "a", " ", "£", "–", "’", "İ", "\U0001d7d9", "x"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        assert digit_offsets(text) == [found.start() for found in DIGIT.finditer(text)], text


def test_rule_file_refuses_number_words_not_starting_with_two_letters(tmp_path, monkeypatch):
    data = json.loads((ROOT / "pipeline" / "rules" / "figures.json").read_text(encoding="utf-8"))
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    (tmp_path / "figures.json").write_text(json.dumps({**data, "number_words": {**data["number_words"], "a dozen": 12}}),
                                           encoding="utf-8")
    with pytest.raises(RuleError, match="two or more letters"):
        load_model("figures.json", FigureVocabulary)

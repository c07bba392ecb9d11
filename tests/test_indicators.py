"""Indicator catalogue (rules/indicators.json), canonical benchmarks and assessments (issue 10)."""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from pathlib import Path

import pytest

from conftest import ROOT
from pipeline.comparisons import computed_relation, within_similar_band
from pipeline.extract import extract_path
from pipeline.indicators import assessment, by_id, catalogue, indicator_for, matching
from pipeline.rules import atom_vocabulary


def test_catalogue_is_complete_and_typed():
    ids = [i.id for i in catalogue().indicators]
    assert len(ids) == len(set(ids)) >= 40
    kinds = {i.experience for i in catalogue().indicators}
    assert kinds == {"people_who_use_services", "carers", "workforce", "population"}
    assert {b.key for b in atom_vocabulary().benchmarks} == set(catalogue().benchmarks)
    assert catalogue().benchmarks["national average"] == catalogue().benchmarks["England average"] == "england"
    # the 2023-24 refresh renumbered measures: both codes kept where they differ
    assert (by_id()["short_term_no_further_support"].ascof_code, by_id()["short_term_no_further_support"].ascof_code_2023) == ("2D", "2A")
    assert (by_id()["direct_payments"].ascof_code, by_id()["direct_payments"].ascof_code_2023) == ("1C(2A)", "3D(2A)")
    assert by_id()["reablement_at_home_91_days"].ascof_code == "2B(1)"
    for measure in ("asc_vacancy_rate", "staff_turnover", "sickness_days", "agency_use", "population_65_plus_share",
                    "ethnic_minority_share", "life_expectancy", "healthy_life_expectancy"):
        assert measure in by_id()


# --- Westminster acceptance ------------------------------------------------------------------------

def test_every_westminster_comparison_has_an_indicator(westminster):
    rows = westminster.tables["comparisons"]
    assert len(rows) == 20 and all(r["indicator_id"] for r in rows), [r["metric"] for r in rows if not r["indicator_id"]]
    assert [r["indicator_id"] for r in rows] == [
        "asc_satisfaction", "asc_control_daily_life", "asc_choice", "carers_satisfaction", "asc_no_top_up",
        "carers_information_helpful", "short_term_no_further_support", "reablement_at_home_91_days",
        "asc_information_easy", "asc_information_easy", "carers_information_easy", "direct_payments", "asc_choice",
        "care_homes_rated_good", "asc_vacancy_rate", "sickness_days", "asc_services_made_safe", "staff_turnover",
        "agency_use", "staff_turnover"]


def test_westminster_choice_wordings_share_one_id(westminster):
    choice = [r for r in westminster.tables["comparisons"] if r["value"] == 66.11]
    assert {r["metric"] for r in choice} == {"people felt they were given choice over services",
                                            "people who used services felt they have choice over the service they used"}
    assert {r["indicator_id"] for r in choice} == {"asc_choice"}


def test_westminster_assessments(westminster):
    rows = {(r["value"], r["comparator_value"]): r for r in westminster.tables["comparisons"]}
    vacancy = rows[(5.51, 9.74)]
    assert (vacancy["indicator_id"], vacancy["computed_relation"], vacancy["assessment"]) == ("asc_vacancy_rate", "lower", "better")
    helpful = rows[(86.96, 85.22)]
    assert (helpful["computed_relation"], helpful["assessment"]) == ("similar", "similar")
    assert rows[(55.98, 61.21)]["assessment"] == "worse"           # satisfaction, higher is better
    assert rows[(8.12, 6.24)]["assessment"] == "worse"             # sick days, lower is better, outside 10%
    assert rows[(72.63, 64.63)]["assessment"] is None              # 'top up': neither direction is better
    assert {r["benchmark"] for r in westminster.tables["comparisons"]} == {"england", "region", "london"}
    assert {r["comparator"] for r in westminster.tables["comparisons"] if r["benchmark"] == "england"} == \
        {"England average", "national average"}


# --- the same measure in other words, across fixtures ----------------------------------------------
# Hand-made groups, each member read in its report: every member of a group is the same measure.

SAME_MEASURE = {
    "choice over services": [
        ("raw/westminster.md", 66.11, 69.81), ("tests/fixtures/kent_good_markdown.md", 67.3, 69.8),
        ("tests/holdout10/kelbridge.md", 63.0, 70.3),        # 'In Kelbridge, 63% said the same'
        ("tests/holdout3/brackenmoor.md", 68.0, 69.5), ("tests/holdout4/stanmere.html", 60.3, 69.8)],
    "carers' satisfaction with social services": [
        ("raw/westminster.md", 43.9, 36.83),
        ("tests/fixtures/derbyshire_requires_improvement_pagetext.txt", 29.8, 36.3),  # 'Fewer carers (29.8%) ...'
        ("tests/fixtures/lewisham_requires_improvement_london.txt", 33.0, 32.1),      # "Carers' satisfaction ... was"
        ("tests/holdout/fenmere.md", 27.9, 36.3),             # '... the England average is 36.3% and the local figure 27.9%'
        ("tests/holdout/northwold.txt", 38.6, 36.3), ("tests/holdout3/saltmarsh.md", 44.0, 36.3),
        ("tests/holdout6/isles_of_wren.txt", 20.4, 29.0)],   # 'A fifth of carers (20.4%) were satisfied'
    "still at home 91 days after reablement": [
        ("raw/westminster.md", 89.47, 82.18), ("tests/fixtures/cornwall_truncated_markdown.md", 86.0, 83.7),
        ("tests/holdout2/thornbury_vale.html", 84.6, 82.1), ("tests/holdout3/eastwick.md", 88.2, 82.4),
        ("tests/holdout7/ashbury_borough.html", 74.0, 83.8), ("tests/holdout8/castlebrook.md", 80.0, 83.7)],
    "people who use services find information easily": [
        ("raw/westminster.md", 66.68, 66.26), ("tests/holdout/fenmere.md", 58.3, 67.1),
        ("tests/holdout/northwold.txt", 59.4, 66.2),          # 'in Northwold the figure was 59.4%'
        ("tests/holdout10/kelbridge.md", 54.0, 60.0)],        # 'easy to get information'
    "carers find information easily": [
        ("raw/westminster.md", 59.49, 59.06), ("tests/holdout4/hollinsford.txt", 44.9, 57.7)],
    "carers' social contact": [
        ("tests/fixtures/cornwall_truncated_markdown.md", 27.8, 28.8),  # 'Fewer unpaid carers (27.8%) said ...'
        ("tests/holdout/kestrel_bay.html", 24.3, 30.0), ("tests/holdout8/redwick.md", 19.0, 28.0)],
    "direct payments": [
        ("raw/westminster.md", 21.58, 26.22), ("tests/fixtures/norfolk_good_2025_markdown.md", 29.4, 26.2),
        ("tests/holdout3/harrowfield.md", 24.8, 26.2), ("tests/holdout9/kelbrook_mbc.md", 31.7, 26.2)],
    "adult social care vacancy rate": [
        ("raw/westminster.md", 5.51, 9.74), ("tests/holdout4/hollinsford.txt", 8.2, 9.9),
        ("tests/holdout10/kelbridge.md", 12.5, 10.2), ("tests/holdout6/elmbridge_thames.md", 7.2, 8.1)],
    "staff turnover": [
        ("raw/westminster.md", 5.3, 13.0), ("tests/fixtures/kent_good_markdown.md", 9.8, 12.4),
        ("tests/holdout10/kelbridge.md", 31.0, 29.0),         # '..., while turnover was 31%'
        ("tests/holdout5/merton.md", 31.5, 28.3)],
    "people who feel safe": [
        ("tests/fixtures/york_outstanding_pagetext.txt", 71.8, 71.0), ("tests/holdout8/thornmere.md", 64.0, 69.2),
        ("tests/holdout3/brackenmoor.md", 66.0, 71.1)],
    "life expectancy": [
        ("tests/pages_round1/ashcombe_overview.txt", 80.9, 79.0), ("tests/pages_round1/ashcombe_overview.txt", 84.6, 82.9),
        ("tests/pages_round1/wenbrook_overview.txt", 78.4, 80.3)],
}


@lru_cache(maxsize=None)
def _comparisons(path: str) -> list[dict]:
    p = ROOT / path
    return extract_path(p, p.parent).tables["comparisons"]


def _ids(members) -> set[str | None]:
    out = set()
    for path, value, comparator in members:
        rows = [r for r in _comparisons(path) if (r["value"], r["comparator_value"]) == (value, comparator)]
        assert rows, (path, value, comparator)
        out |= {r["indicator_id"] for r in rows}
    return out


@pytest.mark.parametrize("measure", sorted(SAME_MEASURE))
def test_same_measure_same_id(measure):
    ids = _ids(SAME_MEASURE[measure])
    assert len(ids) == 1 and None not in ids, ids


def test_different_measures_different_ids():
    ids = {measure: _ids(members).pop() for measure, members in SAME_MEASURE.items()}
    for (m1, i1), (m2, i2) in combinations(ids.items(), 2):
        assert i1 != i2, (m1, m2)


# --- own words: matching rules ------------------------------------------------------------------

@pytest.mark.parametrize("text, unit, want", [
    ("Carers' satisfaction with social services was 33%", "%", "carers_satisfaction"),
    ("the share of unpaid carers who were satisfied with the council's support", "%", "carers_satisfaction"),
    ("people who use services were satisfied with their care and support", "%", "asc_satisfaction"),
    ("satisfaction with home care", "%", None),                       # another measure: no guess
    ("the social worker vacancy rate", "%", "social_worker_vacancy_rate"),
    ("posts vacant across the care sector", "%", "asc_vacancy_rate"),
    ("the average wait for an occupational therapy assessment", "days", "ot_assessment_wait"),
    ("the median wait for a Care Act assessment", "weeks", "assessment_wait"),
    ("the median wait for a Care Act assessment", "%", None),        # unit of no entry for that measure
    ("Healthy life expectancy for women", "years", "healthy_life_expectancy"),
    ("Female life expectancy", "years", "life_expectancy"),
    ("residents aged 65 and over", "%", "population_65_plus_share"),
    ("older people still at home 91 days after discharge", "%", "reablement_at_home_91_days"),
    ("91% of care homes were rated good", "%", "care_homes_rated_good"),  # "91" alone is a number, not the measure
    ("a figure nobody catalogued", "%", None),
])
def test_indicator_for(text, unit, want):
    assert indicator_for([text], unit) == want


def test_ambiguous_text_gives_null_unless_a_later_text_chooses():
    both = "vacancy rates and turnover"
    assert matching(both, "%") == {"asc_vacancy_rate", "staff_turnover"}
    assert indicator_for([both], "%") is None
    assert indicator_for([both, "turnover was 31%"], "%") == "staff_turnover"
    assert indicator_for([both, "carers were satisfied"], "%") is None   # a later text cannot bring a new id


# --- similarity band, computed relation, assessment ------------------------------------------------

def test_similarity_band_is_the_contradiction_band():
    assert within_similar_band(86.96, 85.22, "%") and not within_similar_band(66.11, 69.81, "%")
    assert computed_relation(86.96, 85.22) == "similar"
    assert computed_relation(66.11, 69.81) == "lower"
    assert computed_relation(8.12, 6.24, "days") == "higher"          # 1.88 > 10% of 6.24
    assert computed_relation(6.5, 6.24, "days") == "similar"
    assert computed_relation(5.0, 5.0) == "equal" and computed_relation(None, 5.0) is None


@pytest.mark.parametrize("indicator, value, comparator, unit, want", [
    ("asc_vacancy_rate", 5.51, 9.74, "%", "better"),
    ("asc_vacancy_rate", 14.0, 9.74, "%", "worse"),
    ("asc_satisfaction", 70.0, 61.2, "%", "better"),
    ("asc_satisfaction", 62.0, 61.2, "%", "similar"),
    ("assessment_wait", 34.0, 24.0, "days", "worse"),
    ("population_65_plus_share", 24.6, 18.6, "%", None),              # neither direction is better
    (None, 24.6, 18.6, "%", None),
    ("asc_satisfaction", None, 61.2, "%", None),
])
def test_assessment(indicator, value, comparator, unit, want):
    assert assessment(indicator, value, comparator, unit) == want


def test_small_stated_direction_is_no_contradiction(westminster):
    # 59.49% 'higher than' 59.06%: computed 'similar', and the stated direction is still right
    row = next(r for r in westminster.tables["comparisons"] if r["value"] == 59.49)
    assert (row["stated_relation"], row["computed_relation"]) == ("higher", "similar")
    assert sum(w["code"] == "RELATION_CONTRADICTS_NUMBERS" for w in westminster.tables["warnings"]) == 2

"""Linking traps found on blind pages (round 1), in our own words: a wrong pairing is worse than a miss."""
from __future__ import annotations

from pipeline.atoms import analyse
from pipeline.comparisons import link_comparisons


def _pairs(text: str) -> list[tuple[float, str, float]]:
    comparisons, _ = link_comparisons(*analyse(text))
    return [(c.value.value, c.bench.key, c.figure.value) for c in comparisons]


def test_region_named_after_average_is_a_benchmark_not_a_council_figure():
    text = ("Satisfaction among carers stood at 40.2%. The average across the North East was 44.0%, "
            "and for England as a whole 45.1% (SACE, 2022).")
    pairs = _pairs(text)
    assert (44.0, "England average", 45.1) not in pairs  # a benchmark's own figure is never the council's
    assert all(value == 40.2 for value, _, _ in pairs)


def test_no_choice_of_council_figure_across_a_clause_break():
    text = ("Healthy life expectancy is 61.3 years for men and 63.9 years for women; for men this is "
            "below the North West average of 62.0 years.")
    assert _pairs(text) == []  # two candidates in the other clause: record nothing rather than guess


def test_single_figure_across_a_clause_break_still_links():
    text = "Of those asked, 20.4% said they had enough choice; the England average is 29%."
    assert _pairs(text) == [(20.4, "England average", 29.0)]

"""Regression: Westminster values checked by hand against the report (tests/expected/westminster.json).

Any change in an extracted number, relation or source fails here.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import COMPARISON_FIELDS, ROOT
from pipeline.ingest import read_report
from pipeline.vocab import SCORE_LABELS, Code

EXPECTED = json.loads((ROOT / "tests" / "expected" / "westminster.json").read_text(encoding="utf-8"))


def test_report_row(westminster):
    report = westminster.tables["reports"][0]
    assert report["overall_rating"] == "Good"
    assert report["published"] == date(2024, 11, 8)
    assert report["complete"] is True
    assert report["score_sum"] == 27
    for field, want in EXPECTED["report"].items():
        got = report[field].isoformat() if field == "published" else report[field]
        assert got == want, field


def test_nine_scores(westminster):
    scores = westminster.tables["scores"]
    assert {s["quality_statement"]: s["section_score"] for s in scores} == EXPECTED["scores"]
    assert {s["quality_statement"]: s["summary_score"] for s in scores} == EXPECTED["summary_scores"]
    assert {s["score_label"] for s in scores} == {SCORE_LABELS[3]}


def test_all_64_percentages(westminster):
    rows = westminster.tables["percentages"]
    assert len(rows) == 64
    got = [(r["value"], r["text"], r["quality_statement"]) for r in rows]
    want = [(p["value"], p["text"], p["quality_statement"]) for p in EXPECTED["percentages"]]
    assert got == want


def test_percentage_provenance_points_at_the_figure(westminster):
    normalised = read_report(ROOT / "raw" / "westminster.md").text
    for row in westminster.tables["percentages"]:
        assert normalised[row["char_start"]:row["char_end"]] == row["text"]
        assert row["text"] in row["sentence"]


def test_all_20_comparisons(westminster):
    rows = westminster.tables["comparisons"]
    assert len(rows) == 20
    assert sum(r["unit"] == "%" for r in rows) == 19
    assert [r["unit"] for r in rows if r["unit"] != "%"] == ["days"]
    fields = [*COMPARISON_FIELDS, "stated_relation_text"]
    for got, want in zip(rows, EXPECTED["comparisons"], strict=True):
        assert {f: got[f] for f in fields} == {f: want[f] for f in fields}, want["line"]
        assert (got["source_location"] == "next sentence") == want["source_from_next_sentence"], want["line"]


def test_comparison_computed_relations_and_values_marked(westminster):
    rows = westminster.tables["comparisons"]
    for row in rows:  # within the similarity band (3 points for %, 10% otherwise) the numbers say 'similar'
        band = 3.0 if row["unit"] == "%" else 0.1 * row["comparator_value"]
        expected = "similar" if abs(row["value"] - row["comparator_value"]) <= band else \
            "higher" if row["value"] > row["comparator_value"] else "lower"
        assert row["computed_relation"] == expected
    assert [r["computed_relation"] for r in rows].count("similar") == 3  # 86.96/85.22, 66.68/66.26, 59.49/59.06
    in_comparison = [p for p in westminster.tables["percentages"] if p["in_comparison"]]
    # 19 percentage comparisons; 66.68% is one value against two benchmarks: 19 * 2 - 1 figures
    assert len(in_comparison) == 37


@pytest.mark.parametrize("code, count", [
    (Code.RELATION_CONTRADICTS_NUMBERS, 2),  # 'statistically comparable' 66.11 vs 69.81; 'similar' 8.12 vs 6.24 days
    (Code.DISTRIBUTION_NOT_100, 1),          # nursing homes 65.50 + 12.50 + 25.00 = 103
])
def test_warnings(westminster, code, count):
    assert sum(w["code"] == code for w in westminster.tables["warnings"]) == count


def test_no_other_warnings(westminster):
    assert {w["code"] for w in westminster.tables["warnings"]} == {Code.RELATION_CONTRADICTS_NUMBERS, Code.DISTRIBUTION_NOT_100}


# ---------------------------------------------------------------- figures (every other number)

FIGURE_FIELDS = ["text", "value", "value_low", "value_high", "kind", "unit", "qualifier", "as_of", "topic", "in_comparison"]


def test_all_93_figures_as_checked(westminster):
    """Every figure, checked by reading raw/westminster.md (tests/expected/westminster.json 'figures')."""
    rows = westminster.tables["figures"]
    assert [{f: r[f] for f in FIGURE_FIELDS} for r in rows] == EXPECTED["figures"]
    normalised = read_report(ROOT / "raw" / "westminster.md").text
    for row in rows:
        assert normalised[row["char_start"]:row["char_end"]] == row["text"]


# Every count a careful reader marks (people, staff, organisations, services, cases): printed text, value, unit.
COUNTS = [
    ("205,087", 205087, None), ("7", 7, "organisations"), ("3,535 people", 3535, "people"),
    ("1,060 people", 1060, "people"), ("8", 8, "services"), ("100 people", 100, "people"),
    ("250 languages", 250, "languages"), ("four languages", 4, "languages"), ("3535 people", 3535, "people"),
    ("2180 people", 2180, "people"), ("four", 4, "services"), ("6 care homes", 6, "services"),
    ("7", 7, "organisations"), ("425 people", 425, "people"), ("321", 321, "people"), ("153", 153, "people"),
    ("three", 3, "organisations"), ("50 partners", 50, "organisations"), ("2", 2, "organisations"),
    ("3 local authorities", 3, "organisations"), ("3", 3, "organisations"), ("2300 people", 2300, "people"),
    ("8 local authorities", 8, "organisations"), ("545", 545, "cases"), ("295 cases", 295, "cases"),
    ("13", 13, "organisations"), ("27 cases", 27, "cases"), ("three", 3, "staff"),
    ("Three social workers", 3, "staff"), ("110", 110, "cases"),
]


def test_every_count_a_reader_marks(westminster):
    counts = [(r["text"], r["value"], r["unit"]) for r in westminster.tables["figures"] if r["kind"] == "count" and r["value"]]
    for want in COUNTS:
        assert want in counts, want
    money = [r["value"] for r in westminster.tables["figures"] if r["kind"] == "money"]
    assert money == [363119000, 386922000, 23803000, 77633000, 84003000, 6370000, 1.5, 1.5]


@pytest.mark.parametrize("printed, number", [
    ("Assessment published: 8 November 2024", "8"), ("Index Multiple Deprivation score of 5", "5"),
    ("with 10 being the highest", "10"), ("87<sup>th</sup> out of 152", "152"), ("In May 2022", "2022"),
    ("Care Act 2014", "2014"), ("Section 42 threshold", "42"), ("# Theme 1:", "1"), ("Score: 3", "3"),
    ("3 - Evidence shows a good standard", "3"), ("Pathway 1 had", "1"), ("#2035", "2035"),
    ("aged 65 and over", "65"), ("children aged under 18", "18"), ("working age 18-64", "18-64"),
    ("over 65 years", "65"), ("around age 17", "17"), ("reaching 18", "18"), ("changed 3 years ago", "3"),
    ("91 days after discharge", "91"), ("'7-minute learning brief'", "7"), ("within the last 12 months", "12"),
    ("Carers Strategy 2023-2028", "2023-2028"), ("In 2022/23", "2022/23"), ("for 2023/24", "2023/24"),
])
def test_no_date_year_section_score_or_boundary_is_a_figure(westminster, printed, number):
    text = read_report(ROOT / "raw" / "westminster.md").text
    printed = printed.replace("<sup>th</sup>", "th")
    spans = [(r["char_start"], r["char_end"]) for r in westminster.tables["figures"]]
    start = 0
    while (start := text.find(printed, start)) >= 0:
        at = start + printed.index(number)
        assert not any(s < at + len(number) and e > at for s, e in spans), printed
        start += 1


def test_waiting_lists_and_waiting_times(westminster):
    rows = westminster.tables["figures"]
    lists = [r for r in rows if r["topic"] == "waiting_list"]
    # every "no waiting lists", "did not have a waiting list", "without having a waiting list": a count of 0
    assert len(lists) == 11 and all(r["value"] == 0 and "waiting list" in r["text"] for r in lists)  # 8 + 2 + 1 in the text
    times = [(r["text"], r["qualifier"]) for r in rows if r["topic"] == "waiting_time"]
    assert times == [
        ("28-day", "within"), ("2 days", None), ("48 hours", "within"), ("28-day", None), ("one week", None),
        ("8 days", "within"), ("1 week", "within"), ("2 weeks", "within"), ("5 days", "target"), ("5 days", "median"),
        ("57 days", "maximum"), ("48 hours", "within"), ("24 hours", "within"), ("48-hour", "within"), ("28-day", None),
        ("4 weeks", "maximum"), ("24 hours", None), ("6 weeks", "within"), ("2 weeks", "within"), ("28 days", None),
        ("2 weeks", None), ("3 weeks", None), ("5 days", "within"), ("24 hours", "within")]
    # durations that are no wait: a stay, a length of support, meetings every 8 weeks, life expectancy
    not_waits = {r["text"] for r in rows if r["kind"] in ("duration", "frequency") and r["topic"] != "waiting_time"}
    assert {"six weeks", "85 years", "8 weeks", "1 day", "8.12 days"} <= not_waits


def test_benchmark_figures_are_marked_in_comparison(westminster):
    marked = [r["text"] for r in westminster.tables["figures"] if r["in_comparison"]]
    assert marked == ["8.12 days", "6.24 days"]

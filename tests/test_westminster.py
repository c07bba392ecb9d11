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

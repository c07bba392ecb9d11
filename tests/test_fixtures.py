"""Hand-checked expected values for our own-words fixtures (several councils, all ratings, three layouts)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import COMPARISON_FIELDS, FIXTURES, OVERVIEW_FACTS
from pipeline.extract import extract_path
from pipeline.vocab import RATINGS

# tests/holdout*/: reports written by other authors who had not read the rules
CASES = sorted([*FIXTURES.glob("*.expected.json"), *FIXTURES.parent.glob("holdout*/*.expected.json")])
REPORT_FIELDS = ["local_authority", "published", "overall_rating", "overall_score_pct", "complete", *OVERVIEW_FACTS]


def _input_for(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    folder = expected.parent
    matches = [p for p in folder.iterdir() if (p.stem == stem or p.name == stem) and not p.name.endswith(".json")]
    assert len(matches) == 1, f"no single input for {expected.name}: {matches}"
    return matches[0]


@pytest.fixture(scope="module", params=CASES, ids=lambda p: p.name.removesuffix(".expected.json"))
def case(request):
    expected = json.loads(request.param.read_text(encoding="utf-8"))
    return expected, extract_path(_input_for(request.param), request.param.parent)


def test_fixture_set_covers_all_ratings_and_layouts():
    ratings = {json.loads(p.read_text())["report"]["overall_rating"] for p in FIXTURES.glob("*.expected.json")}
    assert ratings >= set(RATINGS)
    suffixes = {_input_for(p).suffix for p in FIXTURES.glob("*.expected.json")}
    assert {".md", ".txt", ".html", ""} <= suffixes  # "" is a multi-page folder


def test_report_values(case):
    expected, rows = case
    report = rows.tables["reports"][0]
    for field in REPORT_FIELDS:
        want = expected["report"].get(field)
        got = report.get(field)
        if field == "published" and got is not None:
            got = got.isoformat()
        assert got == want, f"{field}: {got!r} != {want!r}"


def test_scores(case):
    expected, rows = case
    got = {r["quality_statement"]: r["section_score"] for r in rows.tables["scores"] if r["section_score"] is not None}
    assert got == expected["scores"]


def test_percentages(case):
    expected, rows = case
    assert [r["value"] for r in rows.tables["percentages"]] == pytest.approx(expected["percentages"])


def test_comparisons(case):
    expected, rows = case
    got = [{k: r[k] for k in COMPARISON_FIELDS} for r in rows.tables["comparisons"]]
    # known_gaps: comparisons an author expects that the rules do not find yet (recorded, not hidden)
    gaps = [{k: c[k] for k in COMPARISON_FIELDS} for c in expected.get("known_gaps", [])]
    want = [w for w in ({k: c[k] for k in COMPARISON_FIELDS} for c in expected["comparisons"]) if w not in gaps]
    assert got == want


def test_warning_codes(case):
    expected, rows = case
    codes = {w["code"] for w in rows.tables["warnings"] if w["severity"] != "info"}
    assert codes == set(expected["warnings"])


def test_provenance_slices_the_text(case, request):
    """Every row's offsets point at what it claims, in the report's normalised text."""
    _, rows = case
    from pipeline.ingest import read_report

    path = _input_for(request.node.callspec.params["case"])
    text = read_report(path, path.parent).text
    for row in rows.tables["percentages"]:
        assert text[row["char_start"]:row["char_end"]] == row["text"]
        assert row["sentence"] in text
    for row in rows.tables["comparisons"]:
        assert row["sentence"] in text
        span = text[row["char_start"]:row["char_end"]]
        assert row["value_text"] in span or row["value_text"] in row["sentence"]
        assert row["comparator_value_text"] in span
    for row in rows.tables["scores"]:
        assert text[row["char_start"]:row["char_end"]] == row["sentence"]

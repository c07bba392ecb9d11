"""The same report as markdown, plain page text and an HTML page gives the same figures."""
from __future__ import annotations

import pytest

from conftest import COMPARISON_FIELDS, OVERVIEW_FACTS, WESTMINSTER
from formats import to_html, to_pagetext
from pipeline.extract import extract_path

COMPARISON_VIEW_FIELDS = [*COMPARISON_FIELDS, "stated_relation_text", "computed_relation", "quality_statement"]
FIGURE_VIEW_FIELDS = ["value", "value_low", "value_high", "text", "kind", "unit", "measure", "qualifier", "as_of", "topic",
                      "quality_statement", "in_comparison"]
REPORT_FIELDS = ["local_authority", "published", "overall_rating", "score_sum", "complete", *OVERVIEW_FACTS]


def _view(rows):
    t = rows.tables
    return {
        "report": {f: t["reports"][0][f] for f in REPORT_FIELDS},
        "scores": [(s["quality_statement"], s["section_score"], s["summary_score"]) for s in t["scores"]],
        "percentages": [(p["value"], p["quality_statement"], p["in_comparison"]) for p in t["percentages"]],
        "comparisons": [{f: c[f] for f in COMPARISON_VIEW_FIELDS} for c in t["comparisons"]],
        "figures": [{f: x[f] for f in FIGURE_VIEW_FIELDS} for x in t["figures"]],
        "warnings": sorted(w["code"] for w in t["warnings"]),
    }


@pytest.fixture(scope="module")
def markdown_view(westminster):
    return _view(westminster)


@pytest.mark.parametrize("render, suffix, layout", [(to_pagetext, ".txt", "pagetext"), (to_html, ".html", "html")])
def test_same_figures_in_every_layout(tmp_path, markdown_view, render, suffix, layout):
    path = tmp_path / f"westminster{suffix}"
    path.write_text(render(WESTMINSTER.read_text(encoding="utf-8")), encoding="utf-8")
    rows = extract_path(path)
    assert rows.tables["reports"][0]["layout"] == layout
    view = _view(rows)
    assert len(view["percentages"]) == 64 and len(view["comparisons"]) == 20 and len(view["figures"]) == 93
    for key in markdown_view:
        assert view[key] == markdown_view[key], key


def test_html_chrome_numbers_never_extracted(tmp_path):
    path = tmp_path / "westminster.html"
    path.write_text(to_html(WESTMINSTER.read_text(encoding="utf-8")), encoding="utf-8")
    rows = extract_path(path)
    texts = " ".join(s["text"] for s in rows.tables["sections"])
    for chrome in ("cookies", "87% of people", "03000 616161", "Gallowgate", "Breadcrumb", "Find care", "window.track", "12,000"):
        assert chrome not in texts

"""Shared helpers: paths, mini-report builders, and running the pipeline on a report path or on text."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pipeline.extract import ReportRows

# The pipeline (and spaCy with it) is imported where it is used, not here: under pytest-xdist the
# controlling process loads this file too and runs no test, so it starts the workers seconds sooner.

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
WESTMINSTER = ROOT / "raw" / "westminster.md"

# The overview facts of reports.parquet that tests compare field by field.
OVERVIEW_FACTS = ["population", "area_sq_miles", "imd_score", "imd_rank", "imd_rank_of", "financial_year",
                  "budget_estimated_gbp", "budget_actual_gbp", "asc_budget_estimated_gbp", "asc_spend_actual_gbp",
                  "asc_share_of_budget_pct", "asc_precept_pct", "people_long_term_support",
                  "people_short_term_support"]
# The fields of a comparison row that tests compare with hand-checked values.
COMPARISON_FIELDS = ["value", "unit", "comparator", "comparator_value", "stated_relation", "source", "source_year"]


# --- mini-reports: short CQC-shaped markdown reports in our own words ------------------------------
#
# A mini-report is a list of blocks joined by blank lines: title, publication date, optional
# 'About' and 'Financial facts' sections, the rating, the summary list of scores, an optional
# summary of people's experiences, then 'Theme 1' and its statement sections.

def financial_facts(estimated: str, actual: str, difference: str, year: str = "2023/24") -> str:
    """The budget bullet of a 'Financial facts' section (amounts as printed, without '£')."""
    return (f"- The local authority estimated that in {year}, its total budget would be £{estimated}. "
            f"Its actual spend for that year was £{actual}, which was £{difference} more than estimated.")


def statement_section(name: str, score: int, text: str, *, heading: str = "##",
                      commitment: str | None = None) -> str:
    """A quality statement's section: heading, 'Score: N', and its text; with `commitment`, the
    text sits under 'The local authority commitment' and 'Key findings' sub-headings."""
    blocks = [f"{heading} {name}", f"Score: {score}"]
    if commitment is not None:
        blocks += ["## The local authority commitment", commitment, "## Key findings for this quality statement"]
    return "\n\n".join([*blocks, text])


def mini_report(council: str = "Oakshire County Council", *, published: str = "3 March 2025",
                rating: str = "Requires improvement", scores: Mapping[str, int] | None = None,
                about: str | None = None, finance: str | None = None, overall_summary: bool = True,
                experiences: str | None = None, statements: Iterable[str] = ()) -> str:
    """A mini-report as markdown. `scores` is the summary list (statement name -> score), in order;
    `about` the demographics paragraph; `finance` a financial_facts() bullet; `overall_summary`
    puts '# Overall summary' above the rating; `experiences` adds a summary of people's
    experiences; `statements` are statement_section() blocks under Theme 1."""
    blocks = [f"# {council}: local authority assessment", f"Assessment published: {published}"]
    if about is not None:
        blocks += [f"## About {council}", "### Demographics", about]
    if finance is not None:
        blocks += ["## Financial facts", finance]
    if overall_summary:
        blocks.append("# Overall summary")
    blocks += ["## Local authority rating and score", f"{council}\n{rating}", "## Quality statement scores"]
    blocks += [f"{name}\nScore: {score}" for name, score in (scores or {}).items()]
    if experiences is not None:
        blocks += ["# Summary of people's experiences", experiences]
    blocks.append(f"# Theme 1: How {council} works with people")
    blocks += statements
    return "\n\n".join(blocks) + "\n"


# --- running the pipeline ---------------------------------------------------------------------------

def extract_string(text: str, report_id: str = "sample", layout: str = "markdown") -> ReportRows:
    """Rows for a report given as already-normalised text (own-words shape fixtures)."""
    from pipeline.extract import extract_text
    from pipeline.records import ReportText

    return extract_text(ReportText(report_id, f"{report_id}.md", "0" * 64, layout, text))


@pytest.fixture(scope="session")
def westminster() -> ReportRows:
    from pipeline.extract import extract_path

    return extract_path(WESTMINSTER)


# --- order: the longest files first ------------------------------------------------------------------
#
# `make test` runs in two pytest-xdist processes that take whole files, in collection order, as they
# become free (pyproject: -n 2 --dist loadfile --no-loadscope-reorder). Starting the files that take
# longest (whole pipeline runs, forked and real CLI processes, Chromium, notebook kernels) first keeps
# one of them from being left to run alone at the end. The order within a file is unchanged.

SLOW_FILES = ("test_faults.py", "test_notebook.py", "test_bad_input.py", "test_pdf.py", "test_incremental.py",
              "test_blind_pages_newest.py", "test_review.py", "test_fetch.py", "test_blind_pages_latest.py", "test_properties.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FILES)))  # stable sort

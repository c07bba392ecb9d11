"""Analyst views over the loaded tables: the rating as a rank, and a wide view with one row per
report (council) and one column per quality statement score and per indicator.

`wide(tables)` takes the dict `pipeline.load()` returns. Column order: the council's keys
(`report_id`, `local_authority`, `ons_code`, `region`, `council_type`, `published`,
`overall_rating`, `overall_rating_rank`, `score_sum`), then `score_<statement>` (the nine
quality statement scores, 1-4, in theme order), then one column per `indicator_id` in the order
of the indicator catalogue (`pipeline/rules/indicators.json`; ids the catalogue does not list
come last, sorted): every indicator some report compares, whatever the options.

Several comparisons of one indicator in one report (the same figure against England and its
region, or quoted twice): the cell holds the one against `benchmark` (default `england`) when
there is one, else (unless `strict`) the first against another benchmark; among equals the first
in the report (lowest `char_start`). Comparisons whose chosen column is null are passed over.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .rules import load_json
from .vocab import RATINGS, STATEMENT_SHORT, STATEMENTS

KEYS = ("report_id", "local_authority", "ons_code", "region", "council_type", "published",
        "overall_rating", "overall_rating_rank", "score_sum")
VALUES = ("value", "comparator_value", "assessment", "computed_relation", "stated_relation", "benchmark")


def rating_rank(ratings: pd.Series) -> pd.Series:
    """1 Inadequate, 2 Requires improvement, 3 Good, 4 Outstanding (vocab.RATINGS order); null
    for a missing rating. Sorting by it keeps the rating order where a category is not kept
    (CSV, Excel, SQL over Parquet)."""
    rank = {rating: number for number, rating in enumerate(RATINGS, start=1)}
    return ratings.astype("string").map(rank).astype("Int8")


def score_column(statement: str) -> str:
    """'Supporting people to live healthier lives' -> 'score_healthier_lives'."""
    return "score_" + re.sub(r"[^a-z0-9]+", "_", STATEMENT_SHORT[statement].lower()).strip("_")


@lru_cache(maxsize=None)
def _catalogue() -> tuple[dict, ...]:
    """The catalogue's entries, read as plain JSON (indicators.py validates it but imports spaCy)."""
    return tuple(load_json("indicators.json")["indicators"])


def indicator_order() -> tuple[str, ...]:
    """Indicator ids in catalogue order."""
    return tuple(entry["id"] for entry in _catalogue())


def indicator_names() -> dict[str, str]:
    """indicator_id -> plain name, from the catalogue."""
    return {entry["id"]: entry["name"] for entry in _catalogue()}


def with_rating_rank(reports: pd.DataFrame) -> pd.DataFrame:
    """reports with `overall_rating_rank` inserted after `overall_rating`."""
    if "overall_rating" not in reports or "overall_rating_rank" in reports:
        return reports
    out = reports.copy()
    out.insert(out.columns.get_loc("overall_rating") + 1, "overall_rating_rank", rating_rank(out["overall_rating"]))
    return out


def wide(tables: dict[str, pd.DataFrame], values: str = "value", benchmark: str = "england",
         strict: bool = False) -> pd.DataFrame:
    """One row per report, one column per statement score and per indicator (see the module doc).

    values: the comparisons column the indicator cells hold — `value` (the council's own figure,
    Float64), `comparator_value` (the benchmark's), `assessment` (better / worse / similar), ...
    benchmark: the benchmark preferred when a report compares an indicator with several.
    strict: only comparisons against `benchmark`; otherwise fall back to the others.
    """
    if values not in VALUES:
        raise ValueError(f"values must be one of {', '.join(VALUES)}")
    reports = tables.get("reports")
    if reports is None:
        reports = pd.DataFrame({"report_id": pd.Series(dtype="string")})
    reports = with_rating_rank(reports)
    out = reports[[key for key in KEYS if key in reports]].reset_index(drop=True)

    scores = tables.get("scores")
    score_columns = [score_column(statement) for statement in STATEMENTS]
    if scores is not None and not scores.empty:
        grid = (scores.drop_duplicates(["report_id", "quality_statement"])
                .pivot(index="report_id", columns="quality_statement", values="score")
                .reindex(columns=list(STATEMENTS)))
        grid.columns = score_columns
        out = out.merge(grid.astype("Int8"), left_on="report_id", right_index=True, how="left")
    else:
        for column in score_columns:
            out[column] = pd.array([pd.NA] * len(out), dtype="Int8")

    comparisons = tables.get("comparisons")
    if comparisons is None or comparisons.empty:
        return out
    present = set(comparisons["indicator_id"].dropna())  # the same columns whatever the options
    columns = [i for i in indicator_order() if i in present] + sorted(present - set(indicator_order()))
    rows = comparisons.dropna(subset=["indicator_id", values])
    if strict:
        rows = rows[rows["benchmark"] == benchmark]
    rows = (rows.assign(_other=(rows["benchmark"] != benchmark).fillna(True))
            .sort_values(["report_id", "indicator_id", "_other", "char_start"], kind="stable")
            .drop_duplicates(["report_id", "indicator_id"]))
    cells = (rows.pivot(index="report_id", columns="indicator_id", values=values) if len(rows)
             else pd.DataFrame(index=pd.Index([], name="report_id")))
    cells = cells.reindex(columns=columns)
    cells = cells.astype(comparisons[values].dtype)
    cells.columns.name = None
    return out.merge(cells, left_on="report_id", right_index=True, how="left")

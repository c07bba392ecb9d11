"""The benchmark audit across a run: benchmarks.parquet and BENCHMARK_INCONSISTENT warnings.

An England average for one indicator and year is one number nationally (so is London's, and a
region's), so every report quoting it should print the same figure. After all reports of a run are
known (cached or fresh), `audit` groups the run's comparisons by (indicator_id, benchmark, area,
statistic, unit, year) and gives one row per distinct value quoted, with the reports quoting it.

- Audited: comparisons with an indicator_id, a comparator_value and a source_year, against
  `england`, `london`, or `region` when the region is known (named in comparator_text, else the
  council's region). Comparator groups and "the rest of England" differ from council to council.
- Year: `source_year` as cited. A comparison without one is not audited: reports published in the
  same month quote different data years, and guessing one would raise false alarms.
- Two values agree when they are equal at the coarser of their printed precisions: |a - b| is at
  most half a unit of the last decimal printed by the less precise one (61.2 and 61.21 agree;
  61.2 and 61.3 do not), so a value rounded for print is never a conflict.
- Each comparison row whose value disagrees with another report's gets a BENCHMARK_INCONSISTENT
  warning at its own place in its report, naming the other reports and their values. These rows
  depend on the other reports of the run, so they are never cached; they are recomputed each run.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .vocab import Code

AUDITED = ("england", "london", "region")
_AREA = {"england": "England", "london": "London"}
_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
QUOTE_COLUMNS = ("report_id", "indicator_id", "benchmark", "comparator_text", "comparator_value",
                 "comparator_value_text", "unit", "source_year", "section_id", "char_start", "char_end",
                 "sentence", "page")


@lru_cache(maxsize=None)
def _regions() -> list[tuple[re.Pattern, str]]:
    """Region names as atoms.json prints them (and its aliases) -> the region name of councils.json."""
    from .councils import councils
    from .rules import atom_vocabulary

    regions = atom_vocabulary().regions
    official = {c.region.casefold(): c.region for c in councils().councils}
    names = {name: official[regions.aliases.get(name, name).casefold()] for name in regions.names}
    return [(re.compile(r"\b" + "[ -]".join(map(re.escape, k.split())) + r"\b", re.IGNORECASE), v)
            for k, v in names.items()]


def region_named(text: str) -> str | None:
    """The region a comparator's words name ('North West average', 'the north-west rate'), if any."""
    for pattern, name in _regions():
        if pattern.search(text or ""):
            return name
    return None


def decimals(text: str) -> int:
    """Decimal places of the first number printed in `text` ('61.21%' -> 2, '1,180 people' -> 0)."""
    match = _DECIMALS.search(text or "")
    return len(match.group(1)) if match and match.group(1) else 0


def agree(a: float, da: int, b: float, db: int) -> bool:
    """Equal at the coarser printed precision: within half a unit of its last decimal."""
    return abs(a - b) <= 0.5 * 10 ** -min(da, db) + 1e-9


@dataclass
class _Value:
    value: float
    text: str
    decimals: int
    quotes: list[dict] = field(default_factory=list)

    @property
    def report_ids(self) -> list[str]:
        return list(dict.fromkeys(q["report_id"] for q in self.quotes))


def _key(quote: dict, council_region: str | None) -> tuple | None:
    """(indicator, benchmark, area, statistic, unit, year) of an auditable comparison, else None."""
    benchmark = quote.get("benchmark")
    if benchmark not in AUDITED or not quote.get("indicator_id") or quote.get("comparator_value") is None \
            or quote.get("source_year") is None:
        return None
    area = _AREA.get(benchmark) or region_named(quote.get("comparator_text") or "") or council_region
    if not area:
        return None
    statistic = "median" if "median" in (quote.get("comparator_text") or "").lower() else "average"
    return quote["indicator_id"], benchmark, area, statistic, quote["unit"], int(quote["source_year"])


def audit(quotes: list[dict], regions: dict[str, str | None], source_files: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """benchmarks rows and BENCHMARK_INCONSISTENT warnings rows from the run's comparison rows
    (dicts with QUOTE_COLUMNS, in input order); `regions` and `source_files` by report id."""
    groups: dict[tuple, dict[tuple, _Value]] = defaultdict(dict)
    for quote in quotes:
        key = _key(quote, regions.get(quote["report_id"]))
        if key is None:
            continue
        value, text = float(quote["comparator_value"]), quote.get("comparator_value_text") or ""
        places = decimals(text)
        entry = groups[key].setdefault((value, places), _Value(value, text, places))
        entry.quotes.append(quote)
    rows, warnings = [], []
    for key in sorted(groups):
        values = sorted(groups[key].values(), key=lambda v: (v.value, v.decimals))
        conflicts = {id(v): [w for w in values if w is not v and not agree(v.value, v.decimals, w.value, w.decimals)]
                     for v in values}
        consistent = not any(conflicts.values())
        indicator_id, benchmark, area, statistic, unit, year = key
        for v in values:
            mine = set(v.report_ids)
            others = list(dict.fromkeys(r for w in conflicts[id(v)] for r in w.report_ids if r not in mine))
            rows.append({"indicator_id": indicator_id, "benchmark": benchmark, "area": area, "statistic": statistic,
                         "year": year, "unit": unit, "value": v.value, "value_text": v.text, "decimals": v.decimals,
                         "report_ids": v.report_ids, "n_reports": len(v.report_ids), "n_quotes": len(v.quotes),
                         "n_values": len(values), "consistent": consistent, "conflicts_with": others})
            for quote in v.quotes:
                named = [f"{r} ({w.text})" for w in conflicts[id(v)] for r in w.report_ids if r != quote["report_id"]]
                if named:
                    warnings.append(_warning(quote, key, v, named, source_files))
    return rows, warnings


def _warning(quote: dict, key: tuple, value: _Value, named: list[str], source_files: dict[str, str]) -> dict:
    indicator_id, _, area, statistic, _, year = key
    message = (f"{area} {statistic} of {indicator_id} for {year} quoted as {value.text}; "
               f"other reports quote it differently: {', '.join(dict.fromkeys(named))}")
    return {"report_id": quote["report_id"], "code": str(Code.BENCHMARK_INCONSISTENT),
            "severity": str(Code.BENCHMARK_INCONSISTENT.severity), "message": message,
            "source_file": source_files.get(quote["report_id"], quote["report_id"]),
            "section_id": quote.get("section_id"), "char_start": quote.get("char_start"),
            "char_end": quote.get("char_end"), "sentence": quote.get("sentence"), "page": quote.get("page")}


def quotes_of(comparisons) -> list[dict]:
    """The auditable comparison rows of a validated comparisons frame, as small dicts (kept across batches)."""
    frame = comparisons[comparisons["indicator_id"].notna() & comparisons["comparator_value"].notna()
                        & comparisons["source_year"].notna() & comparisons["benchmark"].isin(AUDITED)]
    return [{k: (None if _missing(v) else v) for k, v in zip(QUOTE_COLUMNS, row)}
            for row in frame[list(QUOTE_COLUMNS)].itertuples(index=False, name=None)]


def _missing(value) -> bool:
    try:
        return value is None or value != value or str(value) == "<NA>"
    except (TypeError, ValueError):
        return False

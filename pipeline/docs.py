"""The data dictionary (docs/tables.md), generated from the schemas module so it cannot drift."""
from __future__ import annotations

import pyarrow as pa

from .schemas import ARROW_SCHEMAS

TABLE_NOTES = {
    "reports": "One row per report.",
    "sections": "One row per heading (plus the text before the first heading): the report's section tree.",
    "scores": "One row per report and quality statement found.",
    "percentages": "Every percentage figure in the report text, in document order.",
    "comparisons": "Every council figure set against a benchmark figure; one value against two benchmarks gives two rows.",
    "figures": "Every other number that measures something (counts, money, durations, frequencies, rates, ratios and shares, in digits or in words), in document order; percentages are in percentages.parquet. Not figures: dates and years, ages used as a boundary, phone numbers, postcodes and street numbers, Act section numbers, theme and score numbers, ranks, list, page and footnote numbers (each a rule in pipeline/rules/figures.json). A range keeps both ends and no value. \"no waiting list\" is a count of 0 with topic waiting_list.",
    "warnings": "Everything the pipeline noticed and could not make clean, and every input that failed (code INPUT_ERROR).",
    "benchmarks": "The benchmark audit across the run (pipeline/benchmarks.py): one row per distinct value quoted for an indicator's England, London or regional benchmark and year, with the reports quoting it. Built from comparisons with an indicator_id, a comparator_value and a source_year (a comparison without a source_year is not audited: no year is assumed); comparator groups and the rest of England differ by council and are not audited. Values agree when equal at the coarser printed precision (61.2% and 61.21% agree, 36.3% and 36.8% do not); each comparison quoting a value that disagrees with another report's gets a BENCHMARK_INCONSISTENT warning naming the other reports. Recomputed every run from all its reports (never cached). Trace a row back: comparisons where indicator_id, benchmark, source_year = year and comparator_value = value, report_id in report_ids.",
}


def _type_name(type_: pa.DataType) -> str:
    if isinstance(type_, pa.DictionaryType):
        return "ordered category (dictionary)"
    if pa.types.is_list(type_):
        return f"list of {type_.value_type}"
    return str(type_)


def data_dictionary() -> str:
    lines = ["# Data dictionary", "",
             "Generated from `pipeline/schemas.py` by `make docs`; a test fails when this file is out of date.",
             "Offsets (`char_start`, `char_end`) index the report's normalised text (see README).", ""]
    for table, schema in ARROW_SCHEMAS.items():
        lines += [f"## {table}.parquet", "", TABLE_NOTES[table], "",
                  "| column | type | nullable | meaning | example |", "|---|---|---|---|---|"]
        for field in schema:
            meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
            lines.append(f"| `{field.name}` | {_type_name(field.type)} | {'yes' if field.nullable else 'no'} | "
                         f"{meta.get('description', '')} | {meta.get('example', '')} |")
        lines.append("")
    return "\n".join(lines)

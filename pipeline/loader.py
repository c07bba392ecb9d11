"""Read the Parquet tables back with the dtypes analysts expect.

A folder written by a run shows its tables as links through `.cache/current` (see
pipeline/write.py); `load_tables` follows that pointer once, so all tables come from one set
even while another run publishes a new one."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import ARROW_SCHEMAS, pandas_dtype, arrow_types_mapper


def _read(path: Path, name: str, report_ids: list[str] | None) -> pa.Table:
    """One table's Parquet file in a folder as Arrow (only the rows of `report_ids` when given)."""
    filters = None if report_ids is None else [("report_id", "in", list(report_ids))]
    return pq.read_table(path / f"{name}.parquet", filters=filters)


def load_table(path: Path, name: str, report_ids: list[str] | None = None) -> pd.DataFrame:
    """One table from a folder (only the rows of `report_ids` when given), with the dtypes of
    pipeline.schemas."""
    frame = _read(path, name, report_ids).to_pandas(types_mapper=arrow_types_mapper)
    for field in ARROW_SCHEMAS[name]:
        frame[field.name] = frame[field.name].astype(pandas_dtype(field.type))
        if pa.types.is_list(field.type):  # Arrow gives NumPy arrays; lists compare and print plainly
            frame[field.name] = frame[field.name].map(list)
    return frame


def load_rows(path: Path, name: str, report_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """One table's rows as dicts (only the rows of `report_ids` when given), straight from Arrow
    with no DataFrame: the values of load_table's frame with every missing one (null, NaN) as
    None, dates as datetime.date, ratings as str, lists as lists. For code that walks the rows
    (the review pages), at a fraction of a frame's cost."""
    table = _read(path, name, report_ids)
    columns = {}
    for field in table.schema:
        values = table.column(field.name).to_pylist()
        if pa.types.is_floating(field.type):
            values = [None if value != value else value for value in values]  # NaN: missing, as in the frame
        columns[field.name] = values
    return [dict(zip(columns, row)) for row in zip(*columns.values())]


def table_folder(path: str | Path) -> Path:
    """The folder holding the current set of tables: the run's current set when `path` is an
    output folder written by a run, else `path` itself."""
    from .atomic import CURRENT, STATE_DIR

    pointer = Path(path) / STATE_DIR / CURRENT
    return pointer.resolve() if pointer.is_dir() else Path(path)


def load_tables(path: str | Path = "extracted") -> dict[str, pd.DataFrame]:
    """Every table in the folder: ordered rating category, nullable integers, dates."""
    folder = table_folder(path)
    return {name: load_table(folder, name) for name in ARROW_SCHEMAS if (folder / f"{name}.parquet").exists()}


WAITING_TOPICS = ("waiting_list", "waiting_time")
DAYS_PER = {"hours": 1 / 24, "days": 1.0, "weeks": 7.0, "months": 365.25 / 12, "years": 365.25}


def waiting_figures(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Waiting lists and waiting times across councils: the figures with topic waiting_list or
    waiting_time, beside each council's name and rating, with waits also in days (`days`,
    `days_low`, `days_high`; null for a count or a unit that is no duration)."""
    figures = tables.get("figures")
    if figures is None or figures.empty:
        return pd.DataFrame(columns=["report_id", "local_authority", "overall_rating", "topic", "text", "value",
                                     "value_low", "value_high", "unit", "qualifier", "measure", "as_of",
                                     "days", "days_low", "days_high"])
    waits = figures[figures["topic"].isin(WAITING_TOPICS)].copy()
    per_day = waits["unit"].map(DAYS_PER).astype("Float64")
    for column, source in (("days", "value"), ("days_low", "value_low"), ("days_high", "value_high")):
        waits[column] = waits[source] * per_day
    reports = tables.get("reports", pd.DataFrame(columns=["report_id", "local_authority", "overall_rating"]))
    return waits.merge(reports[["report_id", "local_authority", "overall_rating"]], on="report_id", how="left")

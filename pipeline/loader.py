"""Read the Parquet tables back with the dtypes analysts expect.

A folder written by a run shows its tables as links through `.cache/current` (see
pipeline/write.py); `load_tables` follows that pointer once, so all tables come from one set
even while another run publishes a new one."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from .schemas import ARROW_SCHEMAS, pandas_dtype, arrow_types_mapper


def load_table(path: Path, name: str) -> pd.DataFrame:
    """One table from a folder, with the dtypes of pipeline.schemas."""
    frame = pq.read_table(path / f"{name}.parquet").to_pandas(types_mapper=arrow_types_mapper)
    for field in ARROW_SCHEMAS[name]:
        frame[field.name] = frame[field.name].astype(pandas_dtype(field.type))
    return frame


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

"""Read the Parquet tables back with the dtypes analysts expect."""
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


def load_tables(path: str | Path = "extracted") -> dict[str, pd.DataFrame]:
    """Every table in the folder: ordered rating category, nullable integers, dates."""
    folder = Path(path)
    return {name: load_table(folder, name) for name in ARROW_SCHEMAS if (folder / f"{name}.parquet").exists()}

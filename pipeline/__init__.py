"""CQC local authority assessment reports to validated Parquet tables."""
from __future__ import annotations

__all__ = ["load"]


def load(path: str = "extracted") -> dict:
    """The extracted tables as pandas DataFrames with their proper dtypes, keyed by table name."""
    from .loader import load_tables

    return load_tables(path)

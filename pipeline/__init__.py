"""CQC local authority assessment reports to validated Parquet tables."""
from __future__ import annotations

__all__ = ["load", "wide"]


def load(path: str = "extracted") -> dict:
    """The extracted tables as pandas DataFrames with their proper dtypes, keyed by table name."""
    from .loader import load_tables

    return load_tables(path)


def wide(tables: dict | str = "extracted", **options):
    """One row per report (council keys, rating and its rank, score sum), one column per quality
    statement score and one per indicator_id holding the council's figure against England (see
    pipeline.analysis.wide for the options and how several comparisons of one indicator are
    chosen). `tables` is what load() returns, or a folder to load."""
    from .analysis import wide as wide_view

    return wide_view(tables if isinstance(tables, dict) else load(tables), **options)

"""`python -m pipeline export`: the tables as CSV files or one Excel workbook, for people who do
not use Parquet.

Every table the folder holds (vocab.TABLES, read with `pipeline.load`, so all from one table set)
plus `wide` (pipeline.analysis.wide: one row per council, one column per statement score and per
indicator). `reports` and `wide` carry `overall_rating_rank` (1 Inadequate .. 4 Outstanding)
beside `overall_rating`, so that sorting keeps the rating order in a spreadsheet.

CSV: one `<table>.csv` per table in the output folder, UTF-8 with a byte order mark (Excel
opens a CSV without one in the local code page and garbles '£', 'é', curly quotes; pandas,
DuckDB, R and Python's csv with encoding='utf-8-sig' read the mark transparently), comma
separated, a header row, "\n" line ends, empty for null, dates as YYYY-MM-DD, list cells joined
with "; ". Excel (.xlsx, written by openpyxl through pandas): one sheet per table and `wide`,
header row frozen with a filter; a text cell starting with '=' stays text, never a formula;
characters XML cannot hold are dropped and a cell over Excel's 32,767-character limit is cut
there (only long `sections.text` can be).

Each file is written to a temp file beside it and renamed into place (pipeline.atomic), so a
reader never sees a half-written file.
"""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from .analysis import wide, with_rating_rank
from .atomic import atomic_write
from .vocab import TABLES

FORMATS = ("csv", "xlsx")
EXCEL_CELL_LIMIT = 32_767
LIST_SEPARATOR = "; "


class ExportError(Exception):
    """Nothing to export (no tables in the folder)."""


def export_frames(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The frames to export, in table order, then `wide`; list cells flattened."""
    frames = {name: tables[name] for name in TABLES if name in tables}
    frames.update({name: frame for name, frame in tables.items() if name not in frames})
    if "reports" in frames:
        frames["reports"] = with_rating_rank(frames["reports"])
        frames["wide"] = wide(tables)
    return {name: _flat(frame) for name, frame in frames.items()}


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """List-like cells (numpy arrays, lists, tuples) joined with '; '; other columns as they are."""
    out = frame
    for column in frame.columns:
        if frame[column].dtype == object and frame[column].map(_is_list).any():
            if out is frame:
                out = frame.copy()
            out[column] = frame[column].map(
                lambda cell: LIST_SEPARATOR.join(map(str, cell)) if _is_list(cell) else cell).astype("string")
    return out


def _is_list(cell) -> bool:
    return isinstance(cell, (list, tuple)) or (hasattr(cell, "ndim") and getattr(cell, "ndim", 0) == 1)


def export(tables_dir: str | Path, out: str | Path, fmt: str) -> list[Path]:
    """Write the tables of `tables_dir` as `fmt` (csv: a folder of files; xlsx: one workbook) to
    `out`; returns the files written."""
    from .loader import load_tables

    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    tables = load_tables(tables_dir)
    if not tables:
        raise ExportError(f"{tables_dir}: no tables (run `python -m pipeline extract` first)")
    frames = export_frames(tables)
    return write_csv(frames, Path(out)) if fmt == "csv" else [write_xlsx(frames, Path(out))]


def write_csv(frames: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        path = folder / f"{name}.csv"
        text = frame.to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d")
        atomic_write(path, text.encode("utf-8-sig"))
        written.append(path)
    return written


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> Path:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl", date_format="YYYY-MM-DD", datetime_format="YYYY-MM-DD") as writer:
        for name, frame in frames.items():
            _excel_safe(frame, ILLEGAL_CHARACTERS_RE).to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            for row in sheet.iter_rows(min_row=2):
                for cell in row:
                    if cell.data_type == "f":  # text that starts with '=' is text here
                        cell.data_type = "s"
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = sheet.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, buffer.getvalue())
    return path


def _excel_safe(frame: pd.DataFrame, illegal) -> pd.DataFrame:
    """Text columns without characters XML cannot hold and cut at Excel's cell limit; the
    ordered rating as its text (the rank column keeps the order)."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            out[column] = series.astype("string")
        elif pd.api.types.is_string_dtype(series.dtype) or series.dtype == object:
            out[column] = series.map(
                lambda cell: illegal.sub("", cell)[:EXCEL_CELL_LIMIT] if isinstance(cell, str) else cell)
    return out

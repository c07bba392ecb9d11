"""Stage 5: validate every table, then write all of them atomically.

`write_tables` writes a plain folder (temp files renamed together, see pipeline/atomic.py).
A corpus run publishes through `atomic.TableSets`: the tables and the review pages are written
into a fresh folder `OUT/.cache/sets/<id>/`, and one symbolic link, `OUT/.cache/current`, is
switched to it in a single atomic rename (then the folder is fsynced). `OUT/<table>.parquet`
and `OUT/review` are fixed links through `.cache/current`, so every reader sees the old set or
the new one, never a mix, even after kill -9 or a power cut. The set before is kept (as
`.cache/previous`) until the next publish, so a reader that resolved it keeps working.
"""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .atomic import replace_together, temp_beside
from .schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS


def validate(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Raise pandera's SchemaErrors if any row breaks the table's model; the frame itself is returned
    (validated in place, not on a copy: the models coerce nothing)."""
    return PANDERA_SCHEMAS[table].validate(frame, lazy=True, inplace=True)


def to_arrow(table: str, frame: pd.DataFrame) -> pa.Table:
    """A validated frame as an Arrow table with the explicit schema (dates as date32); the frame is
    left as it is (only its date columns are converted, in a new frame: no copy of the rest)."""
    dates = {field.name: [None if pd.isna(v) else v.date() for v in frame[field.name]]
             for field in ARROW_SCHEMAS[table] if field.type == pa.date32()}
    return pa.Table.from_pandas(frame.assign(**dates) if dates else frame, schema=ARROW_SCHEMAS[table],
                                preserve_index=False)


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> dict[str, Path]:
    """Validate all tables first; only if all pass, write them and replace them together.

    Ctrl-C or an error leaves either the previous files or the new ones, never a partial file.
    """
    validated = {name: validate(name, frame) for name, frame in frames.items()}
    writer = TableSetWriter(out_dir)
    try:
        writer.write(validated)
        return writer.commit({})
    finally:
        writer.abort()  # no-op after a commit


class TableSetWriter:
    """Stream validated batches of rows into temp Parquet files (one per table, one row group
    per batch, each from atomic.temp_beside), then replace all the tables at once
    (atomic.replace_together), or discard everything.

    Memory stays flat on any corpus size: only the current batch is held.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.temps: dict[str, Path] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self._temp_files = ExitStack()  # deletes every temp file not renamed into place
        out_dir.mkdir(parents=True, exist_ok=True)

    def write(self, frames: dict[str, pd.DataFrame]) -> None:
        """Append already-validated frames (see validate) to their tables."""
        for name, frame in frames.items():
            table = to_arrow(name, frame)
            writer = self.writers.get(name) or self._open(name, table.schema)
            writer.write_table(table.replace_schema_metadata(writer.schema.metadata))

    def _open(self, name: str, schema: pa.Schema) -> pq.ParquetWriter:
        temp = self._temp_files.enter_context(temp_beside(self.out_dir / f"{name}.parquet"))
        self.temps[name] = temp
        self.writers[name] = pq.ParquetWriter(temp, schema)
        return self.writers[name]

    def commit(self, empty: dict[str, pd.DataFrame]) -> dict[str, Path]:
        """Close every table (tables that got no batch are written from `empty`) and rename
        all of them into place together."""
        missing = {name: frame for name, frame in empty.items() if name not in self.writers}
        if missing:
            self.write(missing)
        self._close_writers(ignore_errors=False)
        written = {name: self.out_dir / f"{name}.parquet" for name in self.temps}
        replace_together({self.temps[name]: target for name, target in written.items()})
        self.temps.clear()
        return written

    def abort(self) -> None:
        """Discard everything written so far; the previous tables stay as they were."""
        self._close_writers(ignore_errors=True)
        self.temps.clear()
        self._temp_files.close()

    def _close_writers(self, ignore_errors: bool) -> None:
        for writer in self.writers.values():
            try:
                writer.close()
            except Exception:  # closing a half-written file may fail; it is deleted anyway
                if not ignore_errors:
                    raise
        self.writers.clear()

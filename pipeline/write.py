"""Stage 5: validate every table, then write all of them atomically (temp file + rename)."""
from __future__ import annotations

import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import ARROW_SCHEMAS, PANDERA_SCHEMAS


def validate(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Raise pandera's SchemaErrors if any row breaks the table's model."""
    return PANDERA_SCHEMAS[table].validate(frame, lazy=True)


def to_arrow(table: str, frame: pd.DataFrame) -> pa.Table:
    """A validated frame as an Arrow table with the explicit schema (dates as date32)."""
    frame = frame.copy()
    for field in ARROW_SCHEMAS[table]:
        if field.type == pa.date32():
            frame[field.name] = [None if pd.isna(v) else v.date() for v in frame[field.name]]
    return pa.Table.from_pandas(frame, schema=ARROW_SCHEMAS[table], preserve_index=False)


@contextmanager
def _signals_held():
    """Delay SIGINT and SIGTERM (delivered when the block ends) where the platform allows it."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # no signal masks here: nothing to hold
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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
    per batch), then replace all six tables at once, or discard everything.

    Memory stays flat on any corpus size: only the current batch is held.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.temps: dict[str, str] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}
        out_dir.mkdir(parents=True, exist_ok=True)

    def write(self, frames: dict[str, pd.DataFrame]) -> None:
        """Append already-validated frames (see validate) to their tables."""
        for name, frame in frames.items():
            table = to_arrow(name, frame)
            writer = self.writers.get(name)
            if writer is None:
                fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=self.out_dir)
                os.close(fd)
                os.chmod(temp, 0o644)
                self.temps[name] = temp
                writer = self.writers[name] = pq.ParquetWriter(temp, table.schema)
            writer.write_table(table.replace_schema_metadata(writer.schema.metadata))

    def commit(self, empty: dict[str, pd.DataFrame]) -> dict[str, Path]:
        """Close every table (tables that got no batch are written from `empty`) and rename
        all of them into place together."""
        missing = {name: frame for name, frame in empty.items() if name not in self.writers}
        if missing:
            self.write(missing)
        for name, writer in self.writers.items():
            writer.close()
            with open(self.temps[name], "rb") as handle:
                os.fsync(handle.fileno())
        written = {}
        with _signals_held():
            for name, temp in self.temps.items():
                target = self.out_dir / f"{name}.parquet"
                os.replace(temp, target)
                written[name] = target
        self.temps.clear()
        return written

    def abort(self) -> None:
        """Discard everything written so far; the previous tables stay as they were."""
        for writer in self.writers.values():
            try:
                writer.close()
            except Exception:  # closing a half-written file may fail; it is deleted anyway
                pass
        for temp in self.temps.values():
            if os.path.exists(temp):
                os.unlink(temp)
        self.temps.clear()

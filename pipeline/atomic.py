"""The one way the pipeline writes a file: to a temp file beside it, flushed to disk, then
renamed over the target, so a reader sees the old file or the new one, never a part."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def temp_beside(path: Path) -> Iterator[Path]:
    """A fresh temp file in the target's folder (hidden, '.tmp' suffix), removed unless it
    was renamed away before the block ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    """Flush a closed file's contents to disk."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write bytes (or UTF-8 text) to `path` atomically, readable by all (0644)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with temp_beside(path) as temp:
        temp.write_bytes(payload)
        os.chmod(temp, 0o644)
        fsync_file(temp)
        os.replace(temp, path)

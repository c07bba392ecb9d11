"""The one way the pipeline writes a file: to a temp file beside it, flushed to disk, then
renamed over the target, so a reader sees the old file or the new one, never a part.

A set of files that belongs together (the six tables) is renamed in one go with Ctrl-C held
back (`replace_together`); a folder of pages is swapped in the same way (`swap_dir`).
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def temp_beside(path: Path) -> Iterator[Path]:
    """A fresh temp file in the target's folder (hidden, '.tmp' suffix, readable by all),
    removed unless it was renamed away before the block ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        os.chmod(temp, 0o644)
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
        fsync_file(temp)
        os.replace(temp, path)


@contextmanager
def signals_held() -> Iterator[None]:
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


def replace_together(moves: Mapping[Path, Path]) -> None:
    """Flush every temp file (closed, written beside its target) to disk, then rename all of
    them over their targets ({temp: target}) with Ctrl-C held back: a reader sees the old set
    or the new one."""
    for temp in moves:
        fsync_file(temp)
    with signals_held():
        for temp, target in moves.items():
            os.replace(temp, target)


def swap_dir(new: Path, target: Path) -> None:
    """Put the folder `new` in place of `target` (if any) with Ctrl-C held back; the old
    folder is moved aside first, then deleted. Both must be on one file system."""
    old = target.with_name(f".{target.name}.old.{os.getpid()}")
    with signals_held():
        if target.exists():
            os.replace(target, old)
        os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
